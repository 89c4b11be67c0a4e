#!/usr/bin/env python3
"""Writes the sixty-sixth held-out gold (gold-66/*.nq) from the labels below.

Batch 66 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw, in seven forms:

- ap-2022-01-21-blinken-lavrov-geneva: AP wire copy with front matter and
  straight quotes (Blinken-Lavrov meeting in Geneva, 21 Jan); a quotation
  split by "he said", a quotation over two sentences, reported speech with
  pronouns, the Baker 1990 background and an invented analyst.
- state-2022-01-27-price-briefing: State Department press briefing
  transcript, no front matter (date in the text), "MR PRICE:" speaker
  labels and journalists' questions; one answer runs over several
  paragraphs.
- kremlin-2022-02-01-putin-orban-press: Kremlin transcript of Putin's
  1 Feb remarks with Orban; UTF-8 BOM, CRLF line ends, front matter;
  Putin's history of 1990 is a quotation about no demand.
- guardian-2022-02-02-russia-ukraine-live-el-pais: Guardian live blog
  (curly quotes, timestamps, crossheads, standfirst) on the El País
  publication of the US/NATO answers; words quoted from the leaked
  documents, a demand attributed in passing to Moscow, a speaker named by
  role ("The deputy minister"), indirect speech over two sentences ("In her
  view").
- ria-2022-01-24-grushko-interview: machine-translated RIA Novosti Q&A
  interview with Grushko, no front matter, « » and „ “ quotes; questions
  without labels, answers after a dash.
- ft-2022-02-09-macron-scholz-diplomacy: Financial Times analysis of the
  Macron and Scholz visits, curly quotes, invented experts, two speakers in
  one sentence, a quotation split by "said X", the 1997 Founding Act quoted
  as a document.
- kyivindependent-2022-01-27-normandy-paris: Kyiv Independent news story on
  the Normandy-format talks of 26 Jan, no front matter; passive ("was
  dismissed by"), a pronoun-only quotation whose demand is in the sentence
  before, Bucharest 2008 as background, unnamed officials.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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
L["ap-2022-01-21-blinken-lavrov-geneva"] = [
 ("We were not expecting a major breakthrough today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("This is not a negotiation about Ukraine's future,", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("It is about whether Russia is willing to pull its forces back from Ukraine's borders and choose diplomacy over confrontation.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("There has been no change in our position. NATO's door is open, it will stay open, and no country gets to veto another country's choice of alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-21"),
 ("He insisted that Moscow expected the American response to address its central request: a legally binding guarantee that NATO will not expand further eastward.", "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-21"),
 ("He insisted that Moscow expected the American response to address its central request: a legally binding guarantee that NATO will not expand further eastward.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American answer to all the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 ("He also said Russia wanted NATO to formally disavow the promise made at the alliance's 2008 summit in Bucharest that Ukraine and Georgia would one day become members.", "sergei-lavrov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-21"),
 ("Lavrov again dismissed Western calls for Russia to pull back its troops, saying Russia was free to move its forces around its own territory as it saw fit.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("Moscow wants legally binding guarantees on paper, and it wants the Bucharest promise taken back. Washington can give it neither,", "daniel-okafor", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow wants legally binding guarantees on paper, and it wants the Bucharest promise taken back. Washington can give it neither,", "daniel-okafor", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Neither side can really move. The open door is written into NATO's founding treaty, and Putin has staked a great deal on shutting it,", "daniel-okafor", 1, "Okafor", "nato-open-door", "mentions", 1, ""),
]
L["state-2022-01-27-price-briefing"] = [
 ("Good afternoon. As you all know, yesterday Ambassador John Sullivan delivered our written response to the Russian Government in Moscow, and NATO delivered its own response in parallel. We have shared the text with our Allies and partners, including Ukraine, and we will not be releasing it publicly, because we believe diplomacy has a better chance of success when it is given some space.", "ned-price", 1, "PRICE", "", "", 1, "2022-01-27"),
 ("The response sets out a serious diplomatic path, should Russia choose it. It is the product of weeks of consultations, and every Ally had the opportunity to shape it. We now look to Moscow to study it carefully and to engage with it in good faith.", "ned-price", 1, "PRICE", "", "", 1, "2022-01-27"),
 ("We have been clear and consistent from the very beginning: there will be no legally binding guarantee that NATO will stop enlarging. We were not going to put that in writing last month, we did not put it in writing yesterday, and we are not going to put it in writing next month.", "ned-price", 1, "PRICE", "nato-non-expansion", "rejects", 1, "2022-01-27"),
 ("We have been clear and consistent from the very beginning: there will be no legally binding guarantee that NATO will stop enlarging. We were not going to put that in writing last month, we did not put it in writing yesterday, and we are not going to put it in writing next month.", "ned-price", 1, "PRICE", "written-legal-guarantees", "rejects", 1, "2022-01-27"),
 ("NATO's door is open, and it will remain open. Whether Ukraine joins the Alliance is a decision for NATO's 30 members and for Ukraine, not for Moscow.", "ned-price", 1, "PRICE", "nato-open-door", "supports", 1, "2022-01-27"),
 ("NATO's door is open, and it will remain open. Whether Ukraine joins the Alliance is a decision for NATO's 30 members and for Ukraine, not for Moscow.", "ned-price", 1, "PRICE", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("The idea that Allies who joined NATO after 1997 should somehow become second-class members, without the forces and the infrastructure that protect them, is a non-starter. We have said so privately, we have said so publicly, and our response says so as well.", "ned-price", 1, "PRICE", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Allies made a commitment in Bucharest, and that commitment stands. No one is going to rescind it because Moscow asks us to.", "ned-price", 1, "PRICE", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. That is not something we are going to negotiate away.", "ned-price", 1, "PRICE", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("We are not setting preconditions for talking. Diplomacy, in our view, should never be held hostage to preconditions on either side.", "ned-price", 1, "PRICE", "no-preconditions", "supports", 1, "2022-01-27"),
 ("But it is very hard to see how real progress can be made while Russia has more than 100,000 troops arrayed along Ukraine's borders. The most constructive step Moscow could take right now is to pull those forces back.", "ned-price", 1, "PRICE", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("That is a decision for Moscow to make. We would welcome a response, and we stand ready to meet again, whether at the level of the Secretary or at the level of the Deputy Secretary.", "ned-price", 1, "PRICE", "", "", 1, "2022-01-27"),
 ("We think the channels between our militaries, including at the level of our chiefs of defense, should be used more, not less. Miscalculation is the real danger in a moment like this, and talking is how you avoid it.", "ned-price", 1, "PRICE", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("There is no daylight. We speak with our Ukrainian partners every day, at every level, and we will continue to do so.", "ned-price", 1, "PRICE", "", "", 1, "2022-01-27"),
 ("I am not going to characterize the specifics of a confidential document. What I can say is that the areas where we see room for reciprocal progress are the same areas we have been describing publicly for weeks.", "ned-price", 1, "PRICE", "", "", 1, "2022-01-27"),
]
L["kremlin-2022-02-01-putin-orban-press"] = [
 ("Our talks with Mr Orban were, as always, businesslike and substantive. We discussed trade, cooperation in energy and the supply of Russian natural gas to Hungary under the long-term contract signed last year, as well as the construction of the Paks II nuclear power plant.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("I would like to stress that Hungary is a reliable partner for us, and I am grateful to Mr Prime Minister for his constructive approach.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("Thank you, Mr President. Hungary is a member of NATO and of the European Union, and we take our obligations seriously. But we believe that dialogue with Russia is in the interests of every European nation, and nobody in Central Europe wants a new Cold War.", "viktor-orban", 1, "Viktor Orban", "", "", 1, "2022-02-01"),
 ("We spoke openly about the Western call for Russian troops to be pulled back from the Ukrainian border. I told President Putin what our allies think, and Hungary's position is simple: we do not want war, we want dialogue.", "viktor-orban", 1, "Viktor Orban", "russia-de-escalation", "mentions", 1, "2022-02-01"),
 ("We have carefully analysed the written responses received from the United States and NATO on January 26. It is already clear – I informed Mr Prime Minister about this – that Russia's fundamental concerns were ignored.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("We did not see an adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russia's borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see an adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russia's borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see an adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russia's borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("They tell us that every state is free to choose its alliances. But the same OSCE documents also say that no one may strengthen their security at the expense of the security of others. Our Western colleagues like to quote the first half and forget the second.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea, which is sovereign Russian territory. Are we supposed to fight the NATO bloc? Has anyone given any thought to this? Apparently not.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 # history told by Putin: a quotation about none of the demands, not nato-non-expansion
 ("In 1990, when the question of German unification was being discussed, the United States promised the Soviet leadership that NATO's jurisdiction would not extend an inch to the east. They told us so. They deceived us, brazenly.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("At the same time, I hope that we will eventually find a solution, although we realise it will not be easy. We are ready to continue the dialogue.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("Our troops are on our own territory, and we will move them as we see fit. We are not threatening anyone. It is not us who are moving towards NATO's borders; it is NATO that is moving towards ours.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2022-02-01"),
 ("Ukraine, meanwhile, is being pumped with Western weapons and trained by Western instructors, and the territory of a neighbouring country is being turned into a testing ground for NATO. This must stop.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, "2022-02-01"),
 ("I will tell them what I told President Putin: Hungary is interested in a peaceful settlement, and in gas at a reasonable price. A bad compromise is better than a good war.", "viktor-orban", 1, "Viktor Orban", "", "", 1, "2022-02-01"),
]
L["guardian-2022-02-02-russia-ukraine-live-el-pais"] = [
 ("Talking without conditions while there is a gun on the table is not diplomacy. It is negotiating at gunpoint.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 1, "2022-02-02"),
 ("The deputy minister told RIA Novosti on Wednesday that the move only strengthened Russia’s case that Nato must pull its forces back to where they stood in 1997.", "alexander-grushko", 1, "The deputy minister", "rollback-to-1997", "supports", 0, "2022-02-02"),
 ("These are not permanent moves. They are meant to reassure our allies and to deter any aggression against Nato territory.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
 ("Estonia’s prime minister, Kaja Kallas, said on Wednesday that Estonia and its allies would press ahead with their spring exercises despite Moscow’s demand that Nato curb drills near Russia’s borders.", "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 0, "2022-02-02"),
 ("Estonia’s prime minister, Kaja Kallas, said on Wednesday that Estonia and its allies would press ahead with their spring exercises despite Moscow’s demand that Nato curb drills near Russia’s borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Which weapons Ukraine keeps on its own territory, offensive or defensive, is for Ukraine to decide and not for the Kremlin,", "oleksii-reznikov", 1, "Reznikov", "no-strike-weapons-near-borders", "rejects", 1, "2022-02-02"),
 ("In her view, the demand for legally binding guarantees had been “simply brushed aside”.", "maria-zakharova", 1, "her", "written-legal-guarantees", "supports", 0, "2022-02-02"),
 ("We are not going to comment on papers printed by a Spanish newspaper; that is a question for those who leaked them,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-02-02"),
 ("Peskov said the texts, if genuine, gave Moscow no reason for optimism on its main demand, that Nato stop expanding eastwards.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-02-02"),
 ("We are ready to listen to Russia’s concerns, but we will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-02-02"),
 ("What the leak shows is that Washington was willing to talk about missile deployments all along. What it would never do is sign a ban on enlargement or keep its ships out of the Black Sea,", "ruth-calloway-neame", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What the leak shows is that Washington was willing to talk about missile deployments all along. What it would never do is sign a ban on enlargement or keep its ships out of the Black Sea,", "ruth-calloway-neame", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("What the leak shows is that Washington was willing to talk about missile deployments all along. What it would never do is sign a ban on enlargement or keep its ships out of the Black Sea,", "ruth-calloway-neame", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]
L["ria-2022-01-24-grushko-interview"] = [
 ("the time of the unilateral concessions from the Russian side has passed", "alexander-grushko", 1, "He", "", "", 1, "2022-01-24"),
 ("The session has shown, that on the principal questions the serious differences remain. The representatives of NATO came with the old set of claims and were not ready to discuss that, what for us is the main thing, — the guarantees of the non-expansion of the alliance to the east.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-24"),
 ("We are told about the restoring of the offices and the «hot lines», but this is cosmetics. To return to the former format of the contacts without the solving of the core questions there is no sense, the more so that the military contacts were frozen not by us, but by NATO in 2014.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-24"),
 ("If NATO really wants to lower the tension, let it begin from itself: to reduce the scale of the exercises near our borders and to take away from the Black Sea the ships and the aircraft, from which they can strike on the Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-24"),
 ("If NATO really wants to lower the tension, let it begin from itself: to reduce the scale of the exercises near our borders and to take away from the Black Sea the ships and the aircraft, from which they can strike on the Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-24"),
 ("Yes. The Bucharest formula, that Ukraine and Georgia will become members of NATO, is for us the direct threat, and it must be disavowed. Without this the guarantees are not the guarantees.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-24"),
 ("Yes. The Bucharest formula, that Ukraine and Georgia will become members of NATO, is for us the direct threat, and it must be disavowed. Without this the guarantees are not the guarantees.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-24"),
 ("The freedom of the choice of the alliances is not absolute. In the Istanbul and Astana documents of the OSCE it is written also, that nobody must strengthen own security at the expense of the security of the others. Our western colleagues prefer to forget this second part, they cite the first part as a dogma.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-24"),
 ("Only the legally binding, in the written form. The verbal assurances we already had, and we know, how much they cost. And no moratorium, which can be cancelled tomorrow.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-24"),
 ("We will not conduct the negotiations under the preconditions. The Russian troops are located on the Russian territory, and to demand from us their withdrawal as the condition of the dialogue is unacceptable.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-24"),
 ("We will not conduct the negotiations under the preconditions. The Russian troops are located on the Russian territory, and to demand from us their withdrawal as the condition of the dialogue is unacceptable.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-24"),
 ("We wait for the written answer, which was promised to us in Geneva. After that the president will decide, which further steps to take, including the military-technical ones, if our concerns will be ignored again.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-24"),
 ("According to the deputy minister of foreign affairs Sergei Ryabkov, Russia insists on the renunciation of the deployment of the American missiles of the medium and shorter range in Europe, and the ideas of Washington about the moratorium are «insufficient».", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, ""),
]
L["ft-2022-02-09-macron-scholz-diplomacy"] = [
 ("could become a basis for our further joint steps", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-07"),
 ("I will believe in de-escalation when I see the tanks going back to their barracks, not when I read about it in a communiqué,", "volodymyr-zelensky", 1, "the Ukrainian president", "russia-de-escalation", "supports", 1, "2022-02-08"),
 ("Both Macron and Olaf Scholz, who spoke by phone on Tuesday evening, insisted that any new security arrangement for Europe would depend on Russia first pulling back the more than 100,000 troops it has massed near Ukraine.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, "2022-02-08"),
 ("Both Macron and Olaf Scholz, who spoke by phone on Tuesday evening, insisted that any new security arrangement for Europe would depend on Russia first pulling back the more than 100,000 troops it has massed near Ukraine.", "olaf-scholz", 1, "Olaf Scholz", "russia-de-escalation", "supports", 0, "2022-02-08"),
 ("Scholz, who met Joe Biden at the White House on Monday, has repeatedly said that Ukraine’s accession to Nato is “not on the agenda”, a formulation Moscow dismisses as worthless because it wants the promise written into a binding treaty.", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 0, ""),
 ("Scholz, who met Joe Biden at the White House on Monday, has repeatedly said that Ukraine’s accession to Nato is “not on the agenda”, a formulation Moscow dismisses as worthless because it wants the promise written into a binding treaty.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Scholz, who met Joe Biden at the White House on Monday, has repeatedly said that Ukraine’s accession to Nato is “not on the agenda”, a formulation Moscow dismisses as worthless because it wants the promise written into a binding treaty.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("If Russia invades, that means tanks or troops crossing the border of Ukraine again, then there will be no longer a Nord Stream 2,", "joe-biden", 1, "the US president", "", "", 1, "2022-02-07"),
 ("France is a member of Nato, and the answers to our key questions lie in Washington, not in Paris,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-02-08"),
 ("Moscow’s maximalist list, from the rollback to 1997 to the ban on strike weapons anywhere near its borders, was never meant to be negotiated in full,", "claudia-vennemann", 1, "Claudia Vennemann", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow’s maximalist list, from the rollback to 1997 to the ban on strike weapons anywhere near its borders, was never meant to be negotiated in full,", "claudia-vennemann", 1, "Claudia Vennemann", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("It is an opening bid, and a very loud one.", "claudia-vennemann", 1, "Claudia Vennemann", "", "", 1, ""),
 ("Paris keeps saying there should be talks without preconditions, and so does Moscow,", "pierre-alain-dufresne", 1, "Pierre-Alain Dufresne", "no-preconditions", "mentions", 1, ""),
 ("What can actually be traded is a short menu: ceilings on missiles, transparency on exercises, perhaps a return to regular contacts between the generals.", "pierre-alain-dufresne", 1, "Pierre-Alain Dufresne", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What can actually be traded is a short menu: ceilings on missiles, transparency on exercises, perhaps a return to regular contacts between the generals.", "pierre-alain-dufresne", 1, "Pierre-Alain Dufresne", "limit-military-exercises", "mentions", 1, ""),
 ("What can actually be traded is a short menu: ceilings on missiles, transparency on exercises, perhaps a return to regular contacts between the generals.", "pierre-alain-dufresne", 1, "Pierre-Alain Dufresne", "resume-military-dialogue", "mentions", 1, ""),
 ("Any arrangement that gives Moscow a say over where allies may place their missiles is unacceptable. Poland will not become a grey zone,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-intermediate-range-missiles", "rejects", 1, ""),
]
L["kyivindependent-2022-01-27-normandy-paris"] = [
 ("It was a difficult conversation, but we have a result, and for us this result is important,", "andriy-yermak", 1, "Yermak", "", "", 1, "2022-01-26"),
 ("Despite all the differences in interpretations, we agreed that the ceasefire must be maintained by all sides,", "dmitry-kozak", 1, "Kozak", "", "", 1, "2022-01-26"),
 ("Kozak also told Russian reporters that Kyiv's ambition to join NATO was one of the reasons the Donbas settlement had stalled, and that Ukraine should abandon it.", "dmitry-kozak", 1, "Kozak", "no-ukraine-membership", "supports", 0, "2022-01-26"),
 ("The idea that Ukraine should declare neutrality in exchange for Russian promises was dismissed by Foreign Minister Dmytro Kuleba as \"a Kremlin fantasy.\"", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, ""),
 ("We want peace, and we are ready to talk with no preconditions, including a meeting with President Putin,", "volodymyr-zelensky", 1, "he", "no-preconditions", "supports", 1, "2022-01-26"),
 ("Russia has demanded that NATO rule out any further enlargement.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Oksana Melnychuk, a defense analyst at the Kyiv-based Center for Defense Policy Studies, said Moscow's draft treaty with the U.S. would ban American and British instructors from Ukraine and end joint drills at the Yavoriv training ground.", "oksana-melnychuk", 1, "Oksana Melnychuk", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Oksana Melnychuk, a defense analyst at the Kyiv-based Center for Defense Policy Studies, said Moscow's draft treaty with the U.S. would ban American and British instructors from Ukraine and end joint drills at the Yavoriv training ground.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("That is not security. That is a protectorate, and Ukrainians will never accept it,", "oksana-melnychuk", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("If we do not receive a constructive answer and the West continues its aggressive line, Moscow will take the necessary response measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-66", "gold-66")
