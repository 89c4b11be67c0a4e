#!/usr/bin/env python3
"""Writes the 73rd held-out gold (gold-73/*.nq) from the labels below.

Batch 73 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles, from outlets and forms not used before:

- mea-2022-02-03-weekly-briefing: Indian Ministry of External Affairs weekly
  briefing transcript (front matter); speaker labels "Official Spokesperson,
  Shri Arindam Bagchi:", journalists' questions (some naming demands) that get
  no label, answers on other topics, a neutral "India does not take a
  position" answer (mentions).
- dawn-2022-01-16-what-moscow-wants: Pakistani Dawn analysis/op-ed without
  front matter (date in a "Published January 16, 2022" line), British single
  curly quotes; a quotation split by "Grushko told reporters", Baker 1990 and
  Putin's "cheated" complaint about the 1990s (history, not labelled),
  "Russia's demand that ..." in passing inside Stoltenberg's sentence, invented
  analysts (Farhan Qureshi, Jerzy Wawrzyniak), a Pakistani spokesman's
  demand-less reported speech.
- news24-2022-01-27-live-us-nato-answers: South African News24 live blog
  (front matter), newest first under day headings (Thursday/Wednesday resolve
  against the publication date), curly double quotes, crossheads quoting the
  entries, an embassy as speaker (-> russia), Lavrov's "main issue" (left
  unspecified, no label) spelled out in the next sentence (labelled),
  "areas where progress might be possible" (unspecified, no label).
- knesset-2022-01-24-fadc-ukraine-briefing: Knesset committee press release
  (front matter), „ “ quotes, an invented Foreign Ministry official (Avner
  Tsafrir) reporting Moscow's demands over several sentences (pronoun
  subjects, "Moscow has also demanded, he said, ...") -> mentions; "the core
  Russian demands were unacceptable" (unspecified, no label); MKs' statements.
- aa-2022-01-20-interview-aydemir-russia-nato: Anadolu Agency interview
  without front matter (byline line "20.01.2022"), straight quotes in the
  headline, "Anadolu Agency:" questions and "Aydemir:" answer paragraphs; the
  interview day is given as Wednesday; AA footer junk.
- presstv-2022-02-02-putin-nato-ignored-demands: Iranian Press TV piece with a
  UTF-8 BOM and CRLF line ends (front matter), curly quotes, photo caption,
  Putin's "fundamental Russian concerns were ignored" (demand-less), his three
  demands listed, "simply cheated" (history), undated "Earlier, ... Ryabkov",
  "Moscow's call for" in passing, Press TV boilerplate "Russia has also said"
  (speaker russia, undated), an invented analyst with only unspecified demands.
- tintuc-2022-01-11-geneva-russia-us-talks: Vietnamese machine-translated
  aggregator without front matter (date "11/01/2022", day/month dates like
  "10/1" and "on the same day"), « » quotes with the comma outside, short
  quoted fragments inside reported sentences, "«non-starters»" about
  unspecified proposals (no label), "in spite of Moscow's demand that ...",
  Bucharest 2008 background (history, not labelled) next to Zalkaliani's
  present-day rejection (labelled), an undated Stoltenberg statement.

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

D = "2022-02-03"
AB = ("arindam-bagchi", 1, "Arindam Bagchi")
BAGCHI_TALKS = "We have followed the talks between the United States and Russia in Geneva, as well as the meetings in Brussels and Vienna, and we are aware that written responses were handed over last week. As we understand it, these discussions have covered, among other things, Russia's proposal that NATO not expand any further, and American ideas on missile deployments and on the scale of military exercises. India is not a party to these talks and it would not be appropriate for me to characterise their content."
L["mea-2022-02-03-weekly-briefing"] = [
 ("Good afternoon and welcome to this weekly briefing. I have one brief announcement to make before we take your questions.", *AB, "", "", 1, D),
 ("The External Affairs Minister will travel to Australia next week for the fourth Quad Foreign Ministers' Meeting in Melbourne on 11 February, and will thereafter pay a visit to the Philippines. A detailed press release on the programme will be issued shortly.", *AB, "", "", 1, D),
 ("Thank you. Our position on the procedural vote and on the situation generally was set out in some detail by our Permanent Representative in New York on Monday, and I would refer you to that statement. India's interest is in finding a solution that can ensure an immediate defusing of tensions, taking into account the legitimate security interests of all countries, and aimed at securing long-term peace and stability in the region and beyond.", *AB, "", "", 1, D),
 (BAGCHI_TALKS, *AB, "nato-non-expansion", "mentions", 1, D),
 (BAGCHI_TALKS, *AB, "no-intermediate-range-missiles", "mentions", 1, D),
 (BAGCHI_TALKS, *AB, "limit-military-exercises", "mentions", 1, D),
 ("We have seen the various statements made in the Council and elsewhere, including the calls for a pullback of Russian forces from the border areas. Our view remains that quiet and constructive diplomacy is the need of the moment, and that any step which increases tension is best avoided by all sides.", *AB, "russia-de-escalation", "mentions", 1, D),
 ("On the second part of your question, whether or not Ukraine joins NATO is a matter for the countries concerned. India does not take a position on it, and I do not think it would be helpful for us to do so from this podium.", *AB, "no-ukraine-membership", "mentions", 1, D),
 ("Our Embassy in Kyiv is closely following developments and is in regular touch with Indian nationals there, including around 18,000 students. We have not issued any advisory at this stage, but we will keep the situation under close review.", *AB, "", "", 1, D),
 ("The first India–Central Asia Summit, held in virtual format on 27 January, agreed to institutionalise the Summit mechanism, with meetings every two years. A joint working group on Chabahar port has also been set up, and a secretariat will be established in New Delhi to support the new mechanism.", *AB, "", "", 1, D),
 ("The EAM has been in touch with a number of his counterparts in recent days, and the situation in Ukraine has figured in these conversations. I do not have any specific call to read out today.", *AB, "", "", 1, D),
]

QUR1 = "Moscow is asking for a written veto over Ukraine. No alliance can sign that, and the Kremlin knows it,"
STOL_B = "Nato secretary general Jens Stoltenberg, speaking at alliance headquarters on Wednesday, said allies had turned down Russia's demand that Nato halt its enlargement."
WAW = "Ruling out American missiles in Europe while Russia keeps its 9M729 would simply lock in Moscow's advantage. That is not a compromise, it is a surrender,"
L["dawn-2022-01-16-what-moscow-wants"] = [
 ("The alliance must stop moving east,", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("and it must put that in a treaty, not in speeches.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("Mr Grushko said Moscow also wanted the alliance to scale back its drills near Russia's borders, and warned that if Nato refused to engage, Russia would answer with ‘military-technical’ means.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (STOL_B, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 (STOL_B, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("He said allies had proposed restoring the military lines of communication between Nato and Russia and reopening their missions in Brussels and Moscow, both shut last autumn.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Mr Grushko, for his part, dismissed the idea of reviving military contacts later on Wednesday, telling Russian news agencies that such channels were pointless as long as Nato treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("Foreign Minister Sergei Lavrov told his annual news conference that Russia's patience had run out and that the ‘key to everything’ was a guarantee that Nato would not expand eastward.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 (QUR1, "farhan-qureshi", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (QUR1, "farhan-qureshi", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("The demand to pull Nato back to its 1997 lines is the one that frightens Warsaw and the Baltics most, and it is the one Washington will reject outright,", "farhan-qureshi", 1, "Qureshi", "rollback-to-1997", "mentions", 1, ""),
 ("Jerzy Wawrzyniak, a Warsaw-based analyst at the Centre for Eastern Policy, has argued that a ban on intermediate-range weapons would favour Moscow.", "jerzy-wawrzyniak", 1, "Jerzy Wawrzyniak", "no-intermediate-range-missiles", "rejects", 0, ""),
 (WAW, "jerzy-wawrzyniak", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-13"),
]

LAV_C = "The main question, he said, was Moscow's clear position on the inadmissibility of Nato's further expansion to the east and of the deployment of strike weapons that could threaten Russian territory."
KIRBY_C = "Pentagon press secretary John Kirby, asked on Wednesday about Russia's demand that US warships and bombers keep out of range of its territory, said American forces would keep operating wherever international law allowed."
KUL_C = "It is important that the US position remains firm: there will be no concessions on Ukraine's path to Nato,"
W = "2022-01-26"
L["news24-2022-01-27-live-us-nato-answers"] = [
 ("We call on all parties to pursue dialogue and to take into account the legitimate security concerns of all states in the region,", "naledi-pandor", 1, "Pandor", "", "", 1, "2022-01-27"),
 (LAV_C, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (LAV_C, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("It would be wrong to rush to any conclusions before the analysis is complete,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Nato exercises on Latvian soil are not up for negotiation with Moscow, and we will not scale them down.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, W),
 (KIRBY_C, "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, W),
 (KIRBY_C, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, W),
 (KUL_C, "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, W),
 (KUL_C, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, W),
 ("Which weapons stand on Ukrainian soil is a question for Ukraine and its partners, not for the Kremlin,", "oleksii-reznikov", 1, "Reznikov", "no-strike-weapons-near-borders", "rejects", 1, W),
 ("He said Nato had offered to restore military-to-military communication channels and to reopen both the Nato office in Moscow and Russia's mission to the alliance.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, W),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, W),
 ("We will not remove our forces from the eastern part of the alliance. There will be no first- and second-class members of Nato,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, W),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, W),
 ("We make clear that there are core principles we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("Nato's expansion towards our borders is a direct threat to Russia's security,", "russia", 0, "the Russian embassy in Pretoria", "nato-non-expansion", "supports", 1, W),
]

K = "2022-01-24"
AT = ("avner-tsafrir", 1)
TS1 = "Tsafrir said Russia was demanding a legally binding commitment that NATO would not expand further eastward, and in particular that Ukraine and Georgia would never be admitted to the alliance."
TS2 = "He added that Moscow also wanted the alliance to withdraw the forces and weapons deployed in the member states that joined after 1997, to refrain from deploying strike weapons near Russia's borders and to halt all military activity in Ukraine, the Caucasus and Central Asia."
L["knesset-2022-01-24-fadc-ukraine-briefing"] = [
 ("We are following the events on the border with great concern. Israel has a clear interest in stability in Eastern Europe, and a responsibility towards the tens of thousands of Israelis and Jews who live in Ukraine and in Russia.", "ram-ben-barak", 1, "Ben Barak", "", "", 1, K),
 (TS1, *AT, "Tsafrir", "written-legal-guarantees", "mentions", 0, K),
 (TS1, *AT, "Tsafrir", "nato-non-expansion", "mentions", 0, K),
 (TS1, *AT, "Tsafrir", "no-ukraine-membership", "mentions", 0, K),
 (TS2, *AT, "He", "rollback-to-1997", "mentions", 0, K),
 (TS2, *AT, "He", "no-strike-weapons-near-borders", "mentions", 0, K),
 (TS2, *AT, "He", "no-military-activity-ex-soviet", "mentions", 0, K),
 ("According to Tsafrir, the draft treaty with Washington also asks that American warships and bombers stay out of areas from which they could strike targets on Russian territory.", *AT, "Tsafrir", "no-warships-aircraft-in-strike-range", "mentions", 0, K),
 ("Moscow has also demanded, he said, that NATO formally disavow the promise of future membership given to Kyiv and Tbilisi at the alliance's summit in Bucharest.", *AT, "he", "rescind-bucharest-2008", "mentions", 0, K),
 ("He said the United States had told Moscow that NATO's open-door policy was not up for negotiation.", *AT, "He", "nato-open-door", "mentions", 0, K),
 ("Tsafrir said one area where agreement appeared possible was the restoration of regular contacts between the Russian and NATO militaries, which have been largely frozen since Moscow suspended its mission to the alliance in October.", *AT, "Tsafrir", "resume-military-dialogue", "mentions", 0, K),
 ("The Russians want Ukraine to stay out of NATO forever. I understand why they see it that way, but it is not our business to tell either side what to do,", "yossi-almagor", 1, "Almagor", "no-ukraine-membership", "mentions", 1, K),
 ("Our first interest is our freedom of action in Syria and the coordination mechanism with the Russian army there,", "yossi-almagor", 1, "he", "", "", 1, K),
 ("Israel cannot remain neutral when a large country tells a smaller neighbour which alliances it may join. That is exactly the principle we would never accept for ourselves,", "noa-ravid", 1, "she", "nato-open-door", "supports", 1, K),
 ("We will not wait for the crisis to reach us before we prepare,", "ram-ben-barak", 1, "he", "", "", 1, K),
]

A = "2022-01-19"
SA = ("selin-aydemir", 1, "Aydemir")
AY0 = "Moscow's demand that NATO withdraw its forces to the positions of 1997 is a non-starter and should be dropped if Russia is serious about diplomacy, Selin Aydemir, an associate professor of international relations at Hacettepe University, told Anadolu Agency on Wednesday."
AY1 = "There are two documents, one addressed to Washington and one to NATO. The headline demand is that the alliance stop enlarging altogether. But the part people underestimate is the demand to pull allied forces back to where they stood in 1997, which would mean no NATO battlegroups in Poland, the Baltic states or Romania."
AY4 = "Some of it is. Intermediate-range missiles, the scale and the location of military exercises, transparency measures: these are classic arms control topics, and the Americans have already said they are willing to discuss them."
L["aa-2022-01-20-interview-aydemir-russia-nato"] = [
 (AY0, "selin-aydemir", 1, "Selin Aydemir", "rollback-to-1997", "rejects", 0, A),
 (AY0, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (AY1, *SA, "nato-non-expansion", "mentions", 1, A),
 (AY1, *SA, "rollback-to-1997", "mentions", 1, A),
 ("Moscow also wants all of this in a treaty ratified by the US Senate, rather than in a communique that the next administration could simply ignore.", *SA, "written-legal-guarantees", "mentions", 1, A),
 ("Moscow says it wants talks without preconditions, and formally that is true. But when the other side is told that the agenda is a list of demands and that the answer must be yes, the list itself becomes the precondition.", *SA, "no-preconditions", "mentions", 1, A),
 (AY4, *SA, "no-intermediate-range-missiles", "mentions", 1, A),
 (AY4, *SA, "limit-military-exercises", "mentions", 1, A),
 ("The open door is different. I believe the right of every country to choose its alliances is not something NATO can trade away, and it should not try.", *SA, "nato-open-door", "supports", 1, A),
 ("Ankara talks to both Kyiv and Moscow. It sells drones to Ukraine and buys gas from Russia. President Recep Tayyip Erdogan has offered to host a meeting between Putin and Zelenskyy, and I think that offer is serious.", *SA, "", "", 1, A),
 ("Nor should Türkiye stop its defence cooperation with Ukraine. The Bayraktar contracts are legitimate, and no third country has a say over them.", *SA, "no-military-activity-ex-soviet", "rejects", 1, A),
 ("I hope not. I think the troop build-up is mainly leverage, but leverage has a way of turning into a trap. Russia needs to pull at least some of those units back from the border to show it is serious about diplomacy.", *SA, "russia-de-escalation", "supports", 1, A),
 ("Then the Black Sea becomes a much more dangerous place for everyone who lives around it, and that includes us. Türkiye has every reason to want this settled at the table.", *SA, "", "", 1, A),
]

P = "2022-02-01"
Z = "2022-01-31"
PUT3 = "We did not see an adequate consideration of our three key demands regarding NATO's expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed."
ZAK2 = "It is the West that ties dialogue to demands about where our troops should stand on our own territory. Russia has always been ready to talk without preconditions,"
SMITH = "US Ambassador to NATO Julianne Smith has described Moscow's call for a legally binding treaty as “a non-starter”."
L["presstv-2022-02-02-putin-nato-ignored-demands"] = [
 ("It is already clear, and I informed the prime minister of this, that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "the Russian president", "", "", 1, P),
 (PUT3, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, P),
 (PUT3, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, P),
 (PUT3, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, P),
 ("The Russian leader dismissed NATO's open-door policy as a pretext for bringing the alliance ever closer to Russia's frontiers.", "vladimir-putin", 1, "The Russian leader", "nato-open-door", "rejects", 0, P),
 ("They cite the so-called open-door policy, but the freedom to choose alliances cannot be exercised at the expense of the security of other states,", "vladimir-putin", 1, "he", "nato-open-door", "rejects", 1, P),
 ("Imagine that Ukraine is a NATO member and launches a military operation to retake Crimea. Are we supposed to fight the NATO bloc then?", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 1, P),
 ("I hope that we will eventually find a solution, although it is not easy,", "vladimir-putin", 1, "he", "", "", 1, P),
 ("Meanwhile, Russian Foreign Ministry spokeswoman Maria Zakharova said the West must stop arming Kiev.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, Z),
 ("Pumping Ukraine full of weapons and sending instructors there must stop; that is one of the points on which we expect a clear answer,", "maria-zakharova", 1, "Zakharova", "no-military-activity-ex-soviet", "supports", 1, Z),
 ("She insisted that Russia had always been open to talks with no strings attached.", "maria-zakharova", 1, "She", "no-preconditions", "supports", 0, Z),
 (ZAK2, "maria-zakharova", 1, "she", "no-preconditions", "supports", 1, Z),
 (ZAK2, "maria-zakharova", 1, "she", "russia-de-escalation", "rejects", 1, Z),
 ("Earlier, Deputy Foreign Minister Sergei Ryabkov said NATO must formally disavow the decision of its 2008 Bucharest summit that Ukraine and Georgia would one day become members of the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 (SMITH, "julianne-smith", 1, "Julianne Smith", "written-legal-guarantees", "rejects", 0, ""),
 (SMITH, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("NATO's expansion to the east has been a source of tension from the start, and it must stop before it is too late,", "saeed-khatibzadeh", 1, "Khatibzadeh", "nato-non-expansion", "supports", 1, Z),
 ("The Americans have offered to talk about peripheral questions, while refusing to touch the core of what Moscow asked for. That is not diplomacy, it is public relations,", "kaveh-nikzad-tabrizi", 1, "he", "", "", 1, ""),
 ("Russia has also said that the US and its allies should stop expanding NATO eastward and respect Moscow's security interests.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
]

G = "2022-01-10"
RY2 = "For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need the ironclad, waterproof, bulletproof, legally binding guarantees, not assurances, not safeguards"
SH3 = "Ms. Sherman said the US side is ready to discuss with Russia about the deployment of missiles in Europe and the scale of the military exercises on the basis of reciprocity."
SH5 = "She also affirmed that the US will continue to provide the security assistance for Ukraine, in spite of Moscow's demand that the Western countries stop the military cooperation with Kiev."
LAN = "Also on 10/1, Lithuanian Foreign Minister Gabrielius Landsbergis said that there should be no negotiation with Russia when the Russian troops still stand near the Ukraine border, and that the first step must be de-escalation from Moscow."
L["tintuc-2022-01-11-geneva-russia-us-talks"] = [
 ("According to VNA correspondent in Geneva, speaking at the press conference after the talks, Deputy Foreign Minister of Russia Sergey Ryabkov said that the Russian delegation had explained to the American side that it is «absolutely obligatory» to ensure that Ukraine never becomes member of NATO.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, G),
 (RY2, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, G),
 (RY2, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, G),
 ("According to the deputy minister, Moscow also demands that the US and NATO do not deploy the missiles of short and medium range in the places from where they can reach the Russian territory.", "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 0, G),
 ("He added that Russia is also concerned about the American warships and strategic bombers which come close to the Russian borders, and Moscow wants the guarantee that they will stay away from the zones from where they can hit the targets on the Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, G),
 ("Regarding the troops, Mr. Ryabkov rejected the calls of the West to withdraw Russian army from the area near Ukraine border, affirming that the troops are moving on the territory of Russia itself and there is no reason for fear of escalation.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, G),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO Alliance", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, G),
 (SH3, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, G),
 (SH3, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, G),
 ("It is difficult to make real progress in the atmosphere of escalation and threat. Russia must withdraw the troops back to the barracks", "wendy-sherman", 1, "the American diplomat", "russia-de-escalation", "supports", 1, G),
 (SH5, "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, G),
 (SH5, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We will wait for the report of our delegation and after that we will make the conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, G),
 (LAN, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 0, G),
 (LAN, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 0, G),
 ("Georgian Foreign Minister David Zalkaliani affirmed on the same day that the decision of the NATO Bucharest summit about the future membership of Georgia «is not subject to revision».", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, G),
 ("Before the Geneva talks, Secretary General of NATO Jens Stoltenberg stated that NATO will not compromise on the core principles, including the right of each nation to decide its own path, including what security arrangements it wants to be part of.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]

write_gold(L, "articles-73", "gold-73")
