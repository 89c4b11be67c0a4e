#!/usr/bin/env python3
"""Writes the held-out gold of batch 180 (gold-180/*.nq) from the labels below.

Batch 180 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw, in seven forms:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy on the Geneva talks
  (front matter, straight quotes, a dash crosshead, the 2008 Bucharest
  declaration quoted as background, a lead sentence in which "Moscow" and
  "Washington" take opposite sides of one demand).
- state-2022-01-10-sherman-press-call: State Department transcript of
  Wendy Sherman's call with reporters (no front matter; date in the header;
  MODERATOR / QUESTION / DEPUTY SECRETARY SHERMAN speaker labels; answers
  running over several unlabelled paragraphs).
- ria-2022-01-12-grushko-nato-russia-council: RIA Novosti, machine-translated
  (« » quotes followed by "- said X", odd word order, "Earlier ... declared"
  without a day, the agency's closing paragraph summarising the December
  drafts).
- guardian-2022-01-13-osce-vienna-dead-end: The Guardian on the OSCE meeting
  and Ryabkov's RTVI interview (curly quotes, standfirst, a quotation split by
  "Ryabkov said", Baker 1990 as history, photo caption and "Read more" line).
- kyivindependent-2022-01-28-kuleba-interview: Kyiv Independent Q&A with
  Dmytro Kuleba (no front matter; questions led by "Kyiv Independent:",
  answers by a dash; interview held on Jan. 27, published Jan. 28).
- euronews-2022-01-26-live-written-answers: Euronews live blog of the written
  answers (UTF-8 BOM, CRLF line ends, front matter; entries stamped
  26/01 and 27/01; „ “ quotes for Baerbock; an anonymous senior EU official;
  the 1997 Founding Act quoted in an editor's note).
- ft-2022-02-02-what-russia-wants: Financial Times analysis quoting invented
  experts alongside Putin, Lavrov and eastern-flank ministers (curly quotes
  with a nested ‘ ’, crossheads, the leaked letters quoted from El País).

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
  words quoted from documents (and RIA's closing summary of what the December
  drafts provide), headlines, crossheads, standfirsts, photo captions and link
  lines are not labelled; statements by unnamed groups with no identifiable
  actor ("Western officials", "Russian officials", "some people in Western
  capitals") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given; inside a direct quotation it is
  not;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington calling that demand a \"non-starter\".", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington calling that demand a \"non-starter\".", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said Russia had \"no intention\" of attacking its neighbour and insisted that the movement of Russian troops on Russian territory was a matter for Moscow alone and would not be the subject of any bargain with Washington.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("The diplomat also said that Moscow had again set out its demand that NATO withdraw the forces and weapons it has deployed since 1997 in the countries of central and eastern Europe that joined the alliance afterwards.", "sergei-ryabkov", 1, "The diplomat", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("We are disappointed, but we will keep explaining our position patiently and in detail,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("Nobody gets to decide for Ukraine whether it joins NATO. That is for Ukraine and the 30 allies to decide,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Nobody gets to decide for Ukraine whether it joins NATO. That is for Ukraine and the 30 allies to decide,", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("Real progress can only take place in an atmosphere of de-escalation, not escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("We will use the meeting on Wednesday to see whether we can re-establish some channels of military communication with Russia, to reduce risks and avoid incidents,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("But we will not compromise on core principles,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-10"),
 ("There can be no decisions about Ukraine without Ukraine, and our partners have confirmed this once again,", "oleg-nikolenko", 1, "Nikolenko", "", "", 1, "2022-01-10"),
 ("The Russians have put maximalist demands on the table knowing full well they will be refused,", "tobias-hallner", 1, "Tobias Hallner", "", "", 1, ""),
 ("The question is what they do once the refusal is in writing,", "tobias-hallner", 1, "he", "", "", 1, ""),
]
S = "SHERMAN"
D = "2022-01-10"
L["state-2022-01-10-sherman-press-call"] = [
 ("Thank you very much, and thank you all for staying up late with us. I have just come out of a frank and forthright discussion with Deputy Foreign Minister Ryabkov and his interagency delegation that lasted nearly eight hours.", "wendy-sherman", 1, S, "", "", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance. And we will not forgo bilateral cooperation with sovereign states, in Ukraine, in Georgia or anywhere else, that wish to work with the United States on their defense.", "wendy-sherman", 1, S, "nato-open-door", "supports", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance. And we will not forgo bilateral cooperation with sovereign states, in Ukraine, in Georgia or anywhere else, that wish to work with the United States on their defense.", "wendy-sherman", 1, S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We did make clear that we are open to discussing, on a reciprocal basis, the future deployment of certain missile systems in Europe, and that we are ready to talk about limits on the size and scope of military exercises, provided Russia is prepared to do the same.", "wendy-sherman", 1, S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We did make clear that we are open to discussing, on a reciprocal basis, the future deployment of certain missile systems in Europe, and that we are ready to talk about limits on the size and scope of military exercises, provided Russia is prepared to do the same.", "wendy-sherman", 1, S, "limit-military-exercises", "mentions", 1, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO. We will be in Brussels on Wednesday and in Vienna on Thursday to make sure of that.", "wendy-sherman", 1, S, "", "", 1, D),
 ("Well, the Russian delegation told us, once again, that they have no intention to invade Ukraine. If that is so, the easiest way to show it is to de-escalate and return those troops to their barracks, and we said that very directly.", "wendy-sherman", 1, S, "russia-de-escalation", "supports", 1, D),
 ("As for Ukraine, we will not give anybody a legally binding promise that Ukraine will never join NATO. Nobody can close that door, and nobody should try to write it shut.", "wendy-sherman", 1, S, "written-legal-guarantees", "rejects", 1, D),
 ("As for Ukraine, we will not give anybody a legally binding promise that Ukraine will never join NATO. Nobody can close that door, and nobody should try to write it shut.", "wendy-sherman", 1, S, "no-ukraine-membership", "rejects", 1, D),
 ("As for Ukraine, we will not give anybody a legally binding promise that Ukraine will never join NATO. Nobody can close that door, and nobody should try to write it shut.", "wendy-sherman", 1, S, "nato-open-door", "supports", 1, D),
 ("Pulling allied forces back to where they were in 1997 is not on the table. We listened carefully to everything the Russian delegation had to say, and we told them that plainly.", "wendy-sherman", 1, S, "rollback-to-1997", "rejects", 1, D),
 ("On the other side of the ledger, risk reduction for bombers and warships operating close to each other's territory is something we could look at, reciprocally, as part of a broader conversation. We are not going to discuss it in isolation or under an artificial deadline.", "wendy-sherman", 1, S, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("We also proposed that our militaries talk to each other much more regularly, because in a situation like this one, miscalculation is the real danger.", "wendy-sherman", 1, S, "resume-military-dialogue", "supports", 1, D),
 ("It was a serious and professional conversation, not a negotiation. We have not set a date for the next round, and I would not expect one until we have consulted with our allies and partners this week.", "wendy-sherman", 1, S, "", "", 1, D),
]
D = "2022-01-12"
L["ria-2022-01-12-grushko-nato-russia-council"] = [
 ("The conversation was very frank, direct, deep, but the serious differences on a number of the fundamental questions remain", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("The expansion of NATO must be stopped, it is a question of principle for us, and we need the legally fixed guarantees about this, not the promises", "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 ("The expansion of NATO must be stopped, it is a question of principle for us, and we need the legally fixed guarantees about this, not the promises", "alexander-grushko", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("The diplomat reminded that the Russian side proposed also to disavow the formula of the Bucharest summit of the alliance of 2008, according to which Ukraine and Georgia will become the members of NATO.", "alexander-grushko", 1, "The diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("We will not allow the alliance to deploy the strike weapon systems on the territory of the neighbouring countries, from where they reach Moscow in few minutes. The same concerns the missiles of medium and smaller range, they must not be placed where they can reach the territory of the other side", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We will not allow the alliance to deploy the strike weapon systems on the territory of the neighbouring countries, from where they reach Moscow in few minutes. The same concerns the missiles of medium and smaller range, they must not be placed where they can reach the territory of the other side", "alexander-grushko", 1, "Grushko", "no-intermediate-range-missiles", "supports", 1, D),
 ("At the same time Grushko noted, that Moscow does not see the sense to restore the military contacts with the alliance «for the sake of contacts», while NATO ignores the Russian proposals and continues the policy of the containment.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("If the alliance passes to the containment, we will answer with the counter-containment. If it passes to the intimidation, we will answer with the counter-intimidation", "alexander-grushko", 1, "the diplomat", "", "", 1, D),
 ("Earlier the deputy minister of foreign affairs Sergei Ryabkov declared, that Russia insists that the USA refuse to send the heavy bombers and the surface warships into the areas, from which they can strike the targets on the Russian territory.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The general secretary of NATO Jens Stoltenberg at the press conference after the meeting declared, that the allies are ready to talk about the arms control and the transparency, but will not refuse the policy of «open doors», which allows every country to choose its own way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("There are significant differences between the NATO allies and Russia on these issues. Our differences will not be easy to bridge", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("The deputy secretary of state of the USA Wendy Sherman, who participated in the meeting in Brussels, declared to the journalists, that Washington will not agree with the demand of Moscow about the stop of the expansion of the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("The deputy secretary of state of the USA Wendy Sherman, who participated in the meeting in Brussels, declared to the journalists, that Washington will not agree with the demand of Moscow about the stop of the expansion of the alliance.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("there are no grounds for the optimism yet", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("The return to the configuration of 1997 is the most difficult point of the whole package. I do not think that the West will discuss it seriously, but it is important that the question is put on the table", "andrei-sukhov", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
]
D = "2022-01-13"
L["guardian-2022-01-13-osce-vienna-dead-end"] = [
 ("There is, in a sense, a dead end or a difference in approaches, and I see no grounds to resume talks soon,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("The Americans say they are ready to talk about intermediate-range missiles,", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 1, D),
 ("but for us the question of Nato not moving eastward comes first, and without it there is nothing to talk about.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("I don’t want to confirm anything, nor would I exclude anything,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau said Poland would never accept a “second-class membership” of Nato in which the allies that joined after 1997 could no longer host allied troops on their own soil.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, D),
 ("He said the OSCE stood ready to host talks on risk reduction and on restoring military-to-military contacts between Russia and the members of the alliance, if both sides wanted them.", "zbigniew-rau", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("We need to get a constructive response to our proposals, and we need it soon. If we do not hear it, we will take the necessary measures to ensure our security,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("Lukashevich also said Russia wanted Nato to “stop the practice” of staging large-scale drills close to Russia’s borders and to agree limits on where and how often they were held.", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 0, D),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("We are ready to talk about transparency and about risk reduction, but Russia has to pull its forces back from Ukraine’s border. That is the quickest way to lower the temperature,", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 1, D),
 ("We are not going to withdraw our troops from our own territory because someone in Washington or Brussels demands it,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("In London, Liz Truss, the foreign secretary, said on Thursday that Britain would not stand by while Moscow demanded that Nato abandon its open-door policy and decide the fate of sovereign countries over their heads.", "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 0, D),
 ("In London, Liz Truss, the foreign secretary, said on Thursday that Britain would not stand by while Moscow demanded that Nato abandon its open-door policy and decide the fate of sovereign countries over their heads.", "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 ("Moscow has set this up so that the west’s refusal to sign a treaty barring Ukraine from Nato becomes the justification for whatever comes next,", "miriam-ashworth-vale", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow has set this up so that the west’s refusal to sign a treaty barring Ukraine from Nato becomes the justification for whatever comes next,", "miriam-ashworth-vale", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("The language of the draft treaties was never the language of a negotiation. It was the language of an ultimatum,", "miriam-ashworth-vale", 1, "she", "", "", 1, ""),
]
K = "Dmytro Kuleba"
D = "2022-01-27"
L["kyivindependent-2022-01-28-kuleba-interview"] = [
 ("We have seen the text before it was delivered, and I can tell you that there is not a single word in it that contradicts Ukraine's positions. The United States coordinated every line with us, and there are no concessions on Ukraine's right to choose its own alliances, including membership in NATO.", "dmytro-kuleba", 1, K, "nato-open-door", "supports", 1, D),
 ("We have seen the text before it was delivered, and I can tell you that there is not a single word in it that contradicts Ukraine's positions. The United States coordinated every line with us, and there are no concessions on Ukraine's right to choose its own alliances, including membership in NATO.", "dmytro-kuleba", 1, K, "no-ukraine-membership", "rejects", 1, D),
 ("That would be a betrayal, and our partners know it. The Bucharest decision stands, and nobody in the alliance has proposed to take it back. Russia cannot cancel the decisions of a summit it was not even a part of.", "dmytro-kuleba", 1, K, "rescind-bucharest-2008", "rejects", 1, D),
 ("Our defense cooperation with the United States, the United Kingdom, Canada and other partners is a sovereign matter for Ukraine. The Javelins, the instructors at Yavoriv, the joint exercises — none of this is a subject for negotiation between Moscow and Washington, and nobody will bargain it away.", "dmytro-kuleba", 1, K, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Russia likes to say that it is ready to talk without preconditions. But it has placed more than 100,000 troops on our border and calls this a negotiating position. For us the first condition of any serious conversation is obvious: Russia must withdraw those forces.", "dmytro-kuleba", 1, K, "no-preconditions", "rejects", 1, D),
 ("Russia likes to say that it is ready to talk without preconditions. But it has placed more than 100,000 troops on our border and calls this a negotiating position. For us the first condition of any serious conversation is obvious: Russia must withdraw those forces.", "dmytro-kuleba", 1, K, "russia-de-escalation", "supports", 1, D),
 ("Russia wants Europe divided into spheres of influence, with a written promise that NATO will stop at its current borders. That will not happen, and it should not happen.", "dmytro-kuleba", 1, K, "nato-non-expansion", "rejects", 1, D),
 ("Russia wants Europe divided into spheres of influence, with a written promise that NATO will stop at its current borders. That will not happen, and it should not happen.", "dmytro-kuleba", 1, K, "written-legal-guarantees", "rejects", 1, D),
 ("I understand that some people in Western capitals are tempted by the idea of a moratorium, a pause of ten or twenty years. It would be a mistake. A moratorium on enlargement is the same veto, only with a date on it.", "dmytro-kuleba", 1, K, "nato-non-expansion", "rejects", 1, D),
 ("I understand that some people in Western capitals are tempted by the idea of a moratorium, a pause of ten or twenty years. It would be a mistake. A moratorium on enlargement is the same veto, only with a date on it.", "dmytro-kuleba", 1, K, "nato-open-door", "supports", 1, D),
 ("I think some of our partners are creating more panic than is warranted. The threat is real, it has been real since 2014, but it is not greater today than it was in the spring of last year. Panic is the best friend of the Kremlin.", "dmytro-kuleba", 1, K, "", "", 1, D),
 ("This is a question for the White House. What I can say is that the channels between our presidents are working very intensively, and the conversation of Jan. 27 was long and substantive.", "dmytro-kuleba", 1, K, "", "", 1, D),
 ("Diplomacy still has a chance, and we are using it. But if Russia chooses war, it will pay a price it has never paid before.", "dmytro-kuleba", 1, K, "", "", 1, D),
]
D26 = "2022-01-26"
D27 = "2022-01-27"
L["euronews-2022-01-26-live-written-answers"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D26),
 ("NATO's door is open, remains open, and that is our commitment. There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D26),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D26),
 ("Stoltenberg rejected Russia's demand that the alliance withdraw its troops from the members that joined after 1997, saying NATO would never have \"first- and second-class members\".", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D26),
 ("Stoltenberg rejected Russia's demand that the alliance withdraw its troops from the members that joined after 1997, saying NATO would never have \"first- and second-class members\".", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("He said the allies had proposed to Moscow to restore regular military-to-military communication channels and to set up a civilian hotline to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D26),
 ("There is no positive answer to the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D27),
 ("There is no positive answer to the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D27),
 ("gives hope for the start of a serious conversation on secondary matters", "sergei-lavrov", 1, "He", "", "", 1, D27),
 ("Based on what our colleagues have told us, we cannot say that our concerns have been taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D27),
 ("We are ready for a serious dialogue with Russia, but the freedom of every country to choose its alliances is not up for negotiation", "annalena-baerbock", 1, "she", "nato-open-door", "supports", 1, D27),
 ("A senior EU official, speaking on condition of anonymity, said on Thursday that the bloc had been \"fully consulted\" on the US text and backed the refusal to give Moscow any veto over the enlargement of NATO.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, D27),
 ("Any discussion about security in Europe must include the Europeans. We are not just a playground for others,", "josep-borrell", 1, "Borrell", "", "", 1, D27),
 ("The transformation of Ukraine into a NATO bridgehead, with Western instructors, Western weapons and Western exercises, is a red line for us,", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, D27),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, D27),
]
D = "2022-02-01"
L["ft-2022-02-02-what-russia-wants"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("Putin said the US and Nato had failed to address Moscow’s three key demands: that Nato stop expanding, that it refrain from deploying strike weapons near Russia’s borders, and that it return its military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 ("Putin said the US and Nato had failed to address Moscow’s three key demands: that Nato stop expanding, that it refrain from deploying strike weapons near Russia’s borders, and that it return its military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Putin said the US and Nato had failed to address Moscow’s three key demands: that Nato stop expanding, that it refrain from deploying strike weapons near Russia’s borders, and that it return its military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 ("Orbán, the only EU leader to visit Moscow since the crisis began, told reporters at the same news conference that he and Putin had discussed whether Nato could stop enlarging, and said the differences between Moscow and the west were “bridgeable”.", "viktor-orban", 1, "Orbán", "nato-non-expansion", "mentions", 0, D),
 ("The letters restate Nato’s open-door policy in almost the same words as every summit communiqué since 2008, so nobody in Moscow can have been surprised,", "hannah-okonkwo-berg", 1, "Hannah Okonkwo-Berg", "nato-open-door", "mentions", 1, ""),
 ("The Kremlin never expected Washington to sign a treaty ruling out Ukraine’s membership. What it wanted was a record showing that it had asked, and had been refused,", "pavel-lomakin", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin never expected Washington to sign a treaty ruling out Ukraine’s membership. What it wanted was a record showing that it had asked, and had been refused,", "pavel-lomakin", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Sergei Lavrov, Russia’s foreign minister, said on Monday that Moscow remained ready to continue the dialogue, but only as an equal and without preconditions set by the west.", "sergei-lavrov", 1, "Sergei Lavrov", "no-preconditions", "supports", 0, "2022-01-31"),
 ("Lavrov also argued that the “freedom to choose alliances” cited by Washington could not be read selectively, and that no state had the right to strengthen its own security at the expense of Russia’s.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-31"),
 ("Both sides say they want talks without preconditions, and both sides have preconditions,", "mathilde-ferrand-akers", 1, "Mathilde Ferrand-Akers", "no-preconditions", "mentions", 1, ""),
 ("We will not cancel or scale down a single exercise because Moscow does not like it,", "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 1, ""),
 ("Lithuania’s defence minister, Arvydas Anušauskas, said on Monday that any moratorium on intermediate-range missiles that left Russia’s Iskanders in Kaliningrad where they were would be “a non-starter”.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "no-intermediate-range-missiles", "rejects", 0, "2022-01-31"),
 ("It is not for Moscow to tell Poland which weapons it may keep on its own soil,", "mariusz-blaszczak", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("‘Strike weapons near our borders’ can mean anything from Aegis Ashore in Redzikowo to a Himars battery in Estonia, which is exactly why the Kremlin likes the phrase,", "hannah-okonkwo-berg", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Read literally, the clause banning western military activity in former Soviet states would end the Georgian army’s training with the US Marines,", "levan-kiknadze", 1, "Levan Kiknadze", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Revoking Bucharest costs Nato nothing in practice and everything in principle, which is why it will not happen,", "pavel-lomakin", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Washington’s demand that Russia pull its troops back from the border and Moscow’s demand for guarantees are being made in two different languages,", "mathilde-ferrand-akers", 1, "Ferrand-Akers", "russia-de-escalation", "mentions", 1, ""),
 ("The next move is Putin’s, and he has not shown anyone his cards,", "hannah-okonkwo-berg", 1, "Okonkwo-Berg", "", "", 1, ""),
]

write_gold(L, "articles-180", "gold-180")
