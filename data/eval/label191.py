#!/usr/bin/env python3
"""Writes the held-out gold of batch 191 (gold-191/*.nq) from the labels below.

Batch 191 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. The
seven articles are invented but plausible coverage of the December 2021 -
February 2022 crisis over Russia's "security guarantees":

- pap-2021-12-18-rau-draft-treaties: PAP wire copy (front matter, straight
  quotes, dateline, crossheads in capitals) on Polish and Lithuanian reactions
  to the draft treaties, Ryabkov in Moscow, an invented Polish analyst, a
  Baker-1990 paragraph and a description of the drafts' content.
- npr-2022-01-10-geneva-talks-varga: NPR "All Things Considered" transcript
  without front matter (date in the text): host, correspondent, soundbites
  from Sherman and Ryabkov under speaker labels, then a Q&A with an invented
  former Pentagon analyst.
- kyodo-2022-01-14-osce-vienna-war-risk: Kyodo wire copy (front matter, curly
  quotes, dateline a day before publication) on the OSCE Permanent Council of
  13 January, with Rau, Lukashevich, Carpenter, Stoltenberg, Ryabkov (RTVI),
  Lavrov's press conference of 14 January, an invented Japanese analyst and
  Japanese officials.
- hromadske-2022-01-20-tkachuk-interview: Hromadske Q&A interview (front
  matter, bold questions, answers opened by a dash, some answers over two
  paragraphs) with an invented former Ukrainian diplomat, recorded the day
  before publication.
- runews24-2022-01-27-izvestia-us-answer: machine-translated aggregator copy
  of Izvestia with a UTF-8 BOM and CRLF line ends, no front matter, « »
  quotation marks with attribution after the dash, on Russian reactions to
  the written answers of 26 January (Lavrov, Ryabkov, Peskov, Grushko,
  Zakharova) and Blinken and Stoltenberg.
- rusi-2022-02-03-leaked-replies-commentary: RUSI commentary (front matter)
  on the replies leaked by El Pais, quoting Putin, Stoltenberg, Kirby, Price,
  Lavrov and invented experts, one German expert in „ “ marks; history
  (Baker 1990, the 1997 Founding Act, Bucharest 2008) and document content
  described by the author.
- delfi-2022-01-12-nato-russia-council-live: Delfi EN live blog of the
  NATO-Russia Council (no front matter, date in the text, timestamped entries
  in reverse order), with Grushko, Fomin, Sherman, Stoltenberg, Kuleba,
  Anusauskas, Zalkaliani and an invented Lithuanian analyst; a photo caption
  and a link line.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2021-12-18"
L["pap-2021-12-18-rau-draft-treaties"] = [
 ("an attempt to divide Europe into spheres of influence once again", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Poland's Foreign Minister Zbigniew Rau on Saturday described the draft security agreements published by Moscow a day earlier as \"an attempt to divide Europe into spheres of influence once again\" and said Warsaw would never accept an arrangement under which allied troops would have to leave Polish territory.", "zbigniew-rau", 1, "Zbigniew Rau", "rollback-to-1997", "rejects", 0, D),
 ("Poland is a sovereign state and a full member of the North Atlantic Alliance. Nobody in Moscow will decide whether American or British soldiers are stationed here,", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 1, D),
 ("Asked whether Poland could agree to limits on NATO exercises near the borders of Russia and Belarus, which the draft agreement also calls for, Rau said allied drills were defensive, announced well in advance and far smaller than those held by Russia, and that Warsaw saw no reason to scale them back.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "rejects", 0, D),
 ("Deputy Foreign Minister Marcin Przydacz told the private radio station RMF FM on Saturday morning that whether Ukraine joins NATO was \"for Kyiv to decide\", and that Poland would block any deal that shut the alliance's door to its eastern neighbour.", "marcin-przydacz", 1, "Marcin Przydacz", "nato-open-door", "supports", 0, D),
 ("Deputy Foreign Minister Marcin Przydacz told the private radio station RMF FM on Saturday morning that whether Ukraine joins NATO was \"for Kyiv to decide\", and that Poland would block any deal that shut the alliance's door to its eastern neighbour.", "marcin-przydacz", 1, "Marcin Przydacz", "no-ukraine-membership", "rejects", 0, D),
 ("In Moscow, Deputy Foreign Minister Sergei Ryabkov said on Friday that the proposals were not \"a menu from which one can pick single dishes\" and that Russia needed guarantees on paper and with legal force, because promises made to Moscow in the past had proved worthless.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("a menu from which one can pick single dishes", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2021-12-17"),
 ("We are ready to go to Geneva tomorrow, without any preconditions, and to sit down with the Americans,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2021-12-17"),
 ("In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis said on Friday that allies should not even put on the agenda Moscow's demand that NATO withdraw its forces from the Baltic states.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2021-12-17"),
 ("In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis said on Friday that allies should not even put on the agenda Moscow's demand that NATO withdraw its forces from the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow is asking for two things at once: a signed promise that NATO stops where it is, and the right to decide which allied units may stand on the territory of the countries that joined after 1997,", "wojciech-lisowiecki", 1, "Lisowiecki", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking for two things at once: a signed promise that NATO stops where it is, and the right to decide which allied units may stand on the territory of the countries that joined after 1997,", "wojciech-lisowiecki", 1, "Lisowiecki", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow is asking for two things at once: a signed promise that NATO stops where it is, and the right to decide which allied units may stand on the territory of the countries that joined after 1997,", "wojciech-lisowiecki", 1, "Lisowiecki", "rollback-to-1997", "mentions", 1, ""),
 ("The real question is what the Kremlin does after the West says no,", "wojciech-lisowiecki", 1, "he", "", "", 1, ""),
]

D = "2022-01-10"
L["npr-2022-01-10-geneva-talks-varga"] = [
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, D),
 ("It's very hard to make real progress in an atmosphere of escalation, with tanks and guns pointed at Ukraine. If Russia wants diplomacy to succeed, it should de-escalate and send those forces back to their barracks.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 1, D),
 ("Ryabkov told reporters that what Moscow needs are \"ironclad, waterproof, bulletproof\" guarantees, legally binding ones, and not promises or assurances that can be walked back later.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. And NATO moving further to the east must stop. This is not a bargaining chip for us.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. And NATO moving further to the east must stop. This is not a bargaining chip for us.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("The American side took our proposals seriously, I think, and studied them in depth. But I cannot say that I see grounds for optimism yet.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, D),
 ("Ryabkov repeated that Russia moves its troops on its own territory as it sees fit and has no intention of pulling them back because Washington asks it to.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("Because the Kremlin's argument is that it was cheated once already, that verbal assurances about NATO were given in 1990 and then ignored. So now it wants everything written down, signed and ratified by the Senate, and Russian officials keep saying that a moratorium, a pause for ten or twenty years, won't be enough.", "ellen-varga", 1, "Ellen Varga", "written-legal-guarantees", "mentions", 1, D),
 ("On Ukraine's membership, no. Washington cannot promise that, and frankly it shouldn't. Once you hand Moscow a veto over a neighbor's choice of alliances, you've accepted that some countries in Europe are less sovereign than others.", "ellen-varga", 1, "Ellen Varga", "no-ukraine-membership", "rejects", 1, D),
 ("On Ukraine's membership, no. Washington cannot promise that, and frankly it shouldn't. Once you hand Moscow a veto over a neighbor's choice of alliances, you've accepted that some countries in Europe are less sovereign than others.", "ellen-varga", 1, "Ellen Varga", "nato-open-door", "supports", 1, D),
 ("Where there is room is on missiles. The Russians have complained for years about the Aegis Ashore sites in Romania and Poland, and I'd argue Washington should take that deal. An arrangement on intermediate-range systems, with inspections on both sides, is in America's interest as well.", "ellen-varga", 1, "Ellen Varga", "no-intermediate-range-missiles", "supports", 1, D),
 ("That's the first meeting of the council in more than two years. I'd watch for whether they agree to anything on military hotlines. Getting the generals talking to each other again would be a modest win, but a real one.", "ellen-varga", 1, "Ellen Varga", "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-13"
L["kyodo-2022-01-14-osce-vienna-war-risk"] = [
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("We need legally binding guarantees of the non-expansion of NATO, and we need them in writing, not in the form of promises that evaporate,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, D),
 ("We need legally binding guarantees of the non-expansion of NATO, and we need them in writing, not in the form of promises that evaporate,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("If the West continues to put preconditions on any dialogue about our security, I see no point in meeting again soon,", "alexander-lukashevich", 1, "he", "no-preconditions", "supports", 1, D),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("U.S. Ambassador to the OSCE Michael Carpenter said the “drumbeat of war is sounding loud” and urged Russia to pull back the forces it has massed near Ukraine.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, D),
 ("We are prepared to discuss reciprocal limits on exercises and greater transparency about them, but we will not negotiate about the sovereign choices of other states,", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 1, D),
 ("We are prepared to discuss reciprocal limits on exercises and greater transparency about them, but we will not negotiate about the sovereign choices of other states,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("At the NATO-Russia Council on Wednesday, NATO Secretary General Jens Stoltenberg said allies were ready to talk about arms control and risk reduction but would not compromise on core principles, including the right of every nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Ryabkov also ruled out a compromise under which the alliance would merely pledge not to admit Ukraine for a fixed number of years.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("Ryabkov also ruled out a compromise under which the alliance would merely pledge not to admit Ukraine for a fixed number of years.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("A moratorium is not enough. A moratorium can be lifted at any moment,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We are running out of patience. We need the guarantees in a legally binding form, and we need them now, not at some point in the future,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Moscow says it wants talks without preconditions, yet its draft treaties read like a list of conditions for ending a crisis it created itself,", "kenji-osanai", 1, "Osanai", "no-preconditions", "mentions", 1, ""),
]

D = "2022-01-19"
A1 = "In short, it wants to turn the clock back to 1997. It wants NATO troops and infrastructure out of Poland, Romania and the Baltic states, it wants a legal promise that the alliance will never take in Ukraine or Georgia, and it wants the right to say no whenever we train or exercise with anybody in the West."
A3 = "Neutrality is what we had in 2014, and it did not save Crimea. Our constitution now names NATO membership as a strategic goal, and no government in Kyiv can change that under the barrel of a gun. The choice of alliances belongs to Ukrainians, not to the Kremlin."
A6 = "My position is simple, though: no talks about concessions while more than 100,000 Russian soldiers stand at our border. The first step has to be a real pullback, not a promise."
T = ("yevhen-tkachuk", 1, "Yevhen Tkachuk")
L["hromadske-2022-01-20-tkachuk-interview"] = [
 (A1, *T, "rollback-to-1997", "mentions", 1, D),
 (A1, *T, "written-legal-guarantees", "mentions", 1, D),
 (A1, *T, "no-ukraine-membership", "mentions", 1, D),
 (A1, *T, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Because it is the only place where the alliance ever wrote down that Ukraine and Georgia will become members. Withdrawing it would be a symbolic capitulation, and I do not see a single ally willing to do it. Nor should they: that decision was taken by sovereign governments and it should stay on the record.", *T, "rescind-bucharest-2008", "rejects", 1, D),
 (A3, *T, "no-ukraine-membership", "rejects", 1, D),
 (A3, *T, "nato-open-door", "supports", 1, D),
 ("This is the part that worries me most. The idea that Ukraine cannot receive modern air defence or anti-tank weapons from its partners because they might one day threaten Russia is absurd. What we deploy on our own soil to defend ourselves is our decision, and we will keep asking for more.", *T, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Transparency on exercises, certainly. Mutual limits on large drills near borders, with observers from both sides, would be good for us too, because the biggest exercises near our borders are Russian ones.", *T, "limit-military-exercises", "supports", 1, D),
 (A6, *T, "russia-de-escalation", "supports", 1, D),
 (A6, *T, "no-preconditions", "rejects", 1, D),
 ("I expect the Americans to repeat what they have been saying all along: nothing about Ukraine without Ukraine. And I expect the Russians to pretend that they have not heard it.", *T, "", "", 1, D),
 ("It will be polite, detailed and long. It will not give Putin what he really wants, and if the Kremlin treats that as a final rejection, we should be prepared for the worst. Our partners know this, which is why the deliveries of defensive weapons have started to speed up.", *T, "", "", 1, D),
 ("More ready than in 2014. People in Kharkiv and Mariupol are signing up for territorial defence. Nobody wants a war, but nobody here is going to hand over the country either.", *T, "", "", 1, D),
]

D = "2022-01-27"
LV = "The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation"
ZA = "The official representative of the MFA Maria Zakharova on the briefing on Thursday has reminded, that Moscow demands to disavow the decision of the Bucharest summit of 2008 about the future membership of Ukraine and Georgia in the alliance."
L["runews24-2022-01-27-izvestia-us-answer"] = [
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("According to the minister, the answer nevertheless contains «the rational grain» on the secondary questions, such as the missiles of medium and shorter range and the measures of trust, and Moscow is ready to discuss these questions, but only «in the package».", "sergei-lavrov", 1, "the minister", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The deputy minister Sergei Ryabkov in the conversation with the journalists on Thursday also has underlined, that the Russian side «cannot agree» with that the alliance continues to consider the policy of the «open doors» as untouchable.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 0, D),
 ("To the concept of the \"open doors\" we have the fundamentally negative relation. It is the dead end, and the Americans understand it perfectly", "sergei-ryabkov", 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 ("It is not necessary to hurry with the conclusions. The answer is being studied, the president has acquainted with it", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Russia moves its troops on its own territory at its own discretion, and this does not threaten anybody. We will not take them away because somebody in Washington wishes so", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("The deputy minister of foreign affairs Alexander Grushko has told to «Izvestia», that the proposals of the alliance on the restoration of the channels of the military communication and on the return of the missions in Brussels and Moscow «do not solve the problem», and Russia does not see the sense in it while NATO considers Russia as the adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, ""),
 ("The problem is not in the absence of the channels. The problem is that NATO brings the ships and the bombers into the Black sea and Baltic, from where they can strike on our territory", "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 (ZA, "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, D),
 (ZA, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Concerning the open doors of NATO there are no changes and there will be no changes. Every country has the right to choose its alliances", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The secretary general of NATO Jens Stoltenberg has declared in Brussels on Wednesday, that the alliance is ready to restore the military channels of communication with Moscow, including the hot line, for the decrease of the risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("It is the classical diplomatic technique: to answer in detail on the secondary and to keep silence about the main", "arkady-veresov", 1, "the expert", "", "", 1, ""),
]

D = "2022-02-01"
PU = "We have not seen adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997,"
L["rusi-2022-02-03-leaked-replies-commentary"] = [
 (PU, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (PU, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("I hope that we will eventually find a solution, although we understand that it won't be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("Moscow has been asking for limits on intermediate-range systems in Europe since the INF Treaty collapsed, and this is the first time Washington has offered to negotiate them in writing", "katrin-seelmann", 1, "Seelmann", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Kremlin also asked NATO to disown the Bucharest promise. Both replies simply ignore that request", "katrin-seelmann", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("On the open door, Washington and Brussels gave Moscow exactly the answer it expected: every state chooses its own alliances, full stop.", "katrin-seelmann", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("Russia already fields the 9M729, the missile that killed the INF Treaty. A moratorium that freezes that advantage and ties our hands in Europe is a bad deal, and allies should refuse it,", "alastair-brereton", 1, "Brereton", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The idea that NATO should freeze its membership to satisfy Moscow is something allies will never accept,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("State Department spokesman Ned Price said last Thursday that Washington had no intention of turning its reply into a legally binding treaty with Moscow.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, "2022-01-27"),
 ("In an interview with four Russian radio stations on 28 January, Foreign Minister Sergei Lavrov said that the military development of Ukraine's territory by NATO countries had to stop whether or not Kyiv ever formally joined the alliance.", "sergei-lavrov", 1, "Sergei Lavrov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-28"),
 ("The Kremlin's bottom line is that no Western strike systems should ever stand in Ukraine, whether Ukraine is in NATO or not,", "pavel-tretyakov", 1, "Tretyakov", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("And Washington's first demand is that Russia pull its troops back from the border. On that point the American reply is more insistent than on anything else,", "pavel-tretyakov", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]

D = "2022-01-12"
ST = "Russia will not have a veto on whether Ukraine becomes a NATO member. Ukraine's relationship with NATO is for Ukraine and the 30 allies to decide, nobody else,"
SR = "Stoltenberg said allies had called on Russia to de-escalate and withdraw its troops from Ukraine's borders, and had offered a series of meetings on arms control, including the deployment of missiles in Europe."
KU = "Ukrainian Foreign Minister Dmytro Kuleba said in Kyiv on Wednesday that Ukraine would go on holding joint exercises and training missions with NATO countries on its territory, despite Moscow's demand that all Western military activity in Ukraine cease, a demand he called \"unacceptable and absurd\"."
RK = "Moscow is bargaining for things nobody in that building can give: NATO out of the Baltics and no allied ships or planes anywhere near Kaliningrad. What the allies can offer is hotlines,"
L["delfi-2022-01-12-nato-russia-council-live"] = [
 ("Ukraine's membership in NATO would be a red line for us, and we explained very clearly why,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, D),
 ("The alliance has to stop its military activity in Ukraine and Georgia,", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("and that means no instructors, no weapons deliveries and no joint exercises on their territory.", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("Deputy Defence Minister Alexander Fomin, who accompanied Grushko, said Moscow had proposed that both sides pull large exercises back from the line of contact between Russia and NATO and cap their size, but had \"heard no answer\".", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("We want military-to-military channels back, and we told the Russians so today. Reopening the missions in Brussels and Moscow would help too,", "wendy-sherman", 1, "Wendy Sherman", "resume-military-dialogue", "supports", 1, D),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (ST, "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, D),
 (ST, "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, D),
 (SR, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 (SR, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We will not accept a situation where we have first- and second-class members of the alliance. The battlegroups in the Baltic countries and Poland are there to stay.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 (KU, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 (KU, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("NATO exercises in Lithuania are not a subject for negotiation with Russia,", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 1, D),
 ("We will train on our own territory as much as we need and with whomever we need.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 1, D),
 ("No third country has the right to veto Georgia's sovereign choice of alliances,", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 1, D),
 ("Zalkaliani added that the decision of the 2008 Bucharest summit, under which Georgia will one day become a member, remained valid and could not be revoked by any agreement between Moscow and Washington.", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 0, D),
 (RK, "ruta-kaminskaite", 1, "Rūta Kaminskaitė", "rollback-to-1997", "mentions", 1, D),
 (RK, "ruta-kaminskaite", 1, "Rūta Kaminskaitė", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (RK, "ruta-kaminskaite", 1, "Rūta Kaminskaitė", "resume-military-dialogue", "mentions", 1, D),
]

write_gold(L, "articles-191", "gold-191")
