#!/usr/bin/env python3
"""Writes the held-out gold of batch 339 (gold-339/*.nq) from the labels below.

Batch 339 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- guardian-2022-01-10-geneva-talks-ryabkov-sherman: The Guardian news story with
  front matter, byline and correction line; quotations interrupted by "Ryabkov said",
  Sherman's partial quotes inside reported sentences, background on 1997 and Bucharest.
- izvestia-2022-01-27-otvet-ssha-garantii: Izvestia story in clumsy translation,
  no front matter, UTF-8 BOM and CRLF, « » quotes followed by ", — he told", crossheads,
  Russian analysts, a "Let us remind" document summary and Baker/Gorbachev history.
- eeas-2022-01-14-borrell-gymnich-brest-press-remarks: EEAS transcript of Borrell's
  press remarks in Brest with front matter; every paragraph is his speech, questions "Q."
  unlabelled; demands referred to by "this" in answers.
- ukrainska-pravda-2022-01-26-kuleba-us-answer: Ukrainska Pravda story without front
  matter: "Quote:", "Details:", "Background:", "What preceded:" labels, "Read also" links,
  a journalist's list of Russia's demands, an MP and an analyst.
- cnn-2022-01-21-analysis-blinken-lavrov-geneva: CNN analysis with front matter, the
  writer's own voice, "In Washington's view", analysts, history paragraph.
- brookings-2022-02-02-qa-putin-response-security-guarantees: Brookings expert Q&A with
  front matter and editor's note; the expert reports Putin's and Moscow's demands and
  sometimes takes a stance of her own.
- riigikogu-2022-01-19-question-time-security-guarantees: Estonian Riigikogu question
  time verbatim record in translation, no front matter; chair and MPs' questions are
  unlabelled, each paragraph of the minister's answers is one quotation.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["guardian-2022-01-10-geneva-talks-ryabkov-sherman"] = [
 ("Russia and the US have ended nearly eight hours of talks in Geneva on Monday with no sign of progress, as Moscow's chief negotiator said the Kremlin would not budge on its demand that Nato rule out ever admitting Ukraine.", "sergei-ryabkov", 1, "Moscow's chief negotiator", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees, not assurances, not safeguards", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("The Russian side, he said, had also pressed Washington to drop the promise made to Kyiv and Tbilisi at Nato's 2008 summit in Bucharest.", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 0, D),
 ("We insist that the Bucharest formula be disavowed,", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, D),
 ("It is harmful, it is a relic, and it must go.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, D),
 ("firm in pushing back on security proposals that are simply non-starters", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("not allow anyone to slam closed Nato's open-door policy", "wendy-sherman", 1, "She", "nato-open-door", "supports", 1, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about Nato without Nato,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman said the US was willing to discuss reciprocal limits on the size and scope of military exercises and the future of missile deployments in Europe, topics that had been covered by the now-defunct Intermediate-Range Nuclear Forces treaty.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman said the US was willing to discuss reciprocal limits on the size and scope of military exercises and the future of missile deployments in Europe, topics that had been covered by the now-defunct Intermediate-Range Nuclear Forces treaty.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Those, she stressed, were subjects for negotiation \"on a reciprocal basis\", not concessions.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, D),
 ("Those, she stressed, were subjects for negotiation \"on a reciprocal basis\", not concessions.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The deputy secretary also urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "The deputy secretary", "russia-de-escalation", "supports", 0, D),
 ("It is very hard to make progress in an atmosphere of escalation, with a gun to Ukraine's head,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("De-escalation would be the clearest sign that Russia is serious.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Ryabkov denied that Russia had any intention of attacking its neighbour and said Moscow saw no reason to move its forces.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("There is no reason to fear an escalation,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We are on our own territory.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Ryabkov said the latter point was not a bargaining chip.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("traded away for a few confidence-building measures", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("These texts read less like an opening bid and more like a bill of indictment against the last thirty years,", "olga-vetrova", 1, "she", "", "", 1, ""),
 ("Moscow knows that Nato cannot sign away Ukraine's right to apply.", "olga-vetrova", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("there is genuine mutual interest and a history of verification that both sides understand", "olga-vetrova", 1, "Vetrova", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("there is genuine mutual interest and a history of verification that both sides understand", "olga-vetrova", 1, "Vetrova", "limit-military-exercises", "mentions", 1, ""),
 ("Ukraine, he told a briefing, reserved its sovereign right to choose its own alliances and no outside power could veto that choice.", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 0, D),
 ("not allow anyone to drag these talks out endlessly", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Asked whether Moscow would withdraw troops as a gesture of good faith, he said the deployment of Russian forces on Russian territory was \"nobody's business\".", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("We were clear that we are not going to give up the principles that European security rests on,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We need results, and we need them now,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

L["izvestia-2022-01-27-otvet-ssha-garantii"] = [
 ("According to the Russian side, the documents contain some ideas which can be discussed, but on the key position — non-enlargement of NATO to the east — there is no positive reaction.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
 ("sets out a serious diplomatic path forward", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("According to Lavrov, in the document «there is no positive reaction» on this main question.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("According to Lavrov, in the document «there is no positive reaction» on this main question.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("It would be reckless to make some conclusions in one day", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("We cannot say that our considerations were taken into account or that readiness was shown to take our concerns into account", "dmitry-peskov", 1, "the representative of the Kremlin", "", "", 1, ""),
 ("Deputy Minister of Foreign Affairs Alexander Grushko, who conducted the talks in the Russia–NATO Council on 12 January, in conversation with journalists repeated that for Moscow it is important to obtain guarantees exactly in legal form.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, ""),
 ("Political declarations we have had many, and NATO has moved east five times after them. We need a document with legal force, and not words", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, ""),
 ("Political declarations we have had many, and NATO has moved east five times after them. We need a document with legal force, and not words", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, ""),
 ("a step in the correct direction, but it is not what we asked", "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 1, ""),
 ("Official representative of the Foreign Ministry Maria Zakharova in her briefing called the statements of the American side about the «open door» a deception.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, ""),
 ("This so-called open door is a door into a trap for countries who believe in it", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, ""),
 ("uses the right of every state to choose alliances as a cover for moving its infrastructure to our borders", "maria-zakharova", 1, "her", "nato-open-door", "rejects", 1, ""),
 ("The Americans agree to talk about missiles and about exercises, and this is not nothing. But Russia asked for three main things, and on these three things it received a refusal", "vladimir-sergienko", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans agree to talk about missiles and about exercises, and this is not nothing. But Russia asked for three main things, and on these three things it received a refusal", "vladimir-sergienko", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("Political scientist of the Higher School of Economics Tatyana Lobanova in turn notes that Moscow is unlikely to abandon its demand for legally binding guarantees.", "tatyana-lobanova", 1, "Tatyana Lobanova", "written-legal-guarantees", "mentions", 0, ""),
 ("Political scientist of the Higher School of Economics Tatyana Lobanova in turn notes that Moscow is unlikely to abandon its demand for legally binding guarantees.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("For Russia the issue of written and juridically obligating guarantees is principal, because the experience of the 1990s showed that oral promises are worth nothing", "tatyana-lobanova", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("For Russia the issue of written and juridically obligating guarantees is principal, because the experience of the 1990s showed that oral promises are worth nothing", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("firmly stand behind the principle of open door", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
]

D = "2022-01-14"
B = ("josep-borrell", 1, "Josep Borrell")
def bo(ev, demand="", stance=""):
    return (ev,) + B + (demand, stance, 1, D)
L["eeas-2022-01-14-borrell-gymnich-brest-press-remarks"] = [
 bo("Thank you, bonjour à tous, good afternoon."),
 bo("We have had two days of very intense discussions here in Brest, and I want to thank the French Presidency and Minister [Jean-Yves] Le Drian for their hospitality."),
 bo("The main topic, you can imagine, was Russia and the security situation in and around Ukraine. This week we have had three rounds of talks: Geneva on Monday, the NATO-Russia Council on Wednesday, and the OSCE in Vienna yesterday. The European Union was not at the table in Geneva, but we have been fully coordinated with our American friends and with NATO."),
 bo("Let me be very clear. European security is not something that can be discussed between two parties only. Any discussion on European security must include the Europeans, and must include Ukraine. We will not accept a return to the logic of spheres of influence, the logic of Yalta."),
 bo("The ministers were unanimous on this point. The principles of the Helsinki Final Act and the Charter of Paris are not negotiable. Among them, the freedom of every country to choose its own security arrangements, including to join an alliance, if it wants and if the alliance accepts it. This is not something Russia can decide for others.", "nato-open-door", "supports"),
 bo("At the same time, we are ready for dialogue. There are issues where we can work together: arms control, transparency, risk reduction, exercises. These are things where we have common interests, and where we are ready to engage, on a reciprocal basis.", "limit-military-exercises", "mentions"),
 bo("But dialogue cannot take place under pressure. Russia has massed more than 100,000 troops close to the Ukrainian border. We call on Russia to de-escalate, to reduce these troops, and to engage in good faith.", "russia-de-escalation", "supports"),
 bo("And if Russia chooses the path of military aggression, the response will be massive and it will be coordinated with our partners. Ministers have confirmed that the preparatory work on the sanctions is ongoing."),
 bo("I do not feel sidelined. We are part of this discussion, and we will be more and more part of it. The EU is not a spectator, we are an actor."),
 bo("About the answer, the Russians sent their drafts to the United States and to NATO, not to the European Union. The answers will be given by those to whom the proposals were addressed. But the positions of the Member States of the European Union which are also members of NATO are the positions that we have discussed here."),
 bo("And about the demand for legal guarantees that NATO will never enlarge: I can tell you that this is something nobody on our side is ready to sign. You cannot sign a treaty which takes away the sovereign right of a third country.", "nato-non-expansion", "rejects"),
 bo("And about the demand for legal guarantees that NATO will never enlarge: I can tell you that this is something nobody on our side is ready to sign. You cannot sign a treaty which takes away the sovereign right of a third country.", "written-legal-guarantees", "rejects"),
 bo("And about the demand for legal guarantees that NATO will never enlarge: I can tell you that this is something nobody on our side is ready to sign. You cannot sign a treaty which takes away the sovereign right of a third country.", "nato-open-door", "supports"),
 bo("This is a non-starter, if I may use the expression of my American colleagues. Countries like Estonia, Poland, Romania are sovereign members of NATO, of the European Union, and their security is our security. We are not going to create two categories of members.", "rollback-to-1997", "rejects"),
 bo("The Russian side presented this as part of a package. I understand the logic of presenting a big package, but some parts of the package cannot be accepted.", "rollback-to-1997", "rejects"),
 ("The Russian side presented this as part of a package. I understand the logic of presenting a big package, but some parts of the package cannot be accepted.", "russia", 0, "The Russian side", "rollback-to-1997", "supports", 0, ""),
 bo("I cannot point a finger at anyone because I have no proof, but you can imagine. We are mobilising all our resources to help Ukraine deal with this cyberattack. The Political and Security Committee will meet, and our cyber teams are ready."),
]

D = "2022-01-26"
L["ukrainska-pravda-2022-01-26-kuleba-us-answer"] = [
 ("We have seen the text of the American response before it was passed to the Russian side. There are no objections from the Ukrainian side. It is important that the United States keeps in constant contact with us.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Kuleba added that the position of Ukraine and its partners remains unchanged: only Ukraine and the members of the Alliance decide on Ukraine's path to NATO.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, D),
 ("No one has the right to veto the choice of a sovereign nation. Not Moscow, not anyone,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("Secretary of State Antony Blinken stated in Washington that the document reaffirms the principle of NATO's open door and offers a \"serious diplomatic path\" on issues such as arms control and transparency.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("Russia demanded in December that NATO guarantee in a binding treaty that Ukraine will never become a member, that the Alliance not deploy forces and weapons in countries that joined after 1997, and that the US give up any military cooperation with Ukraine and other post-Soviet states.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia demanded in December that NATO guarantee in a binding treaty that Ukraine will never become a member, that the Alliance not deploy forces and weapons in countries that joined after 1997, and that the US give up any military cooperation with Ukraine and other post-Soviet states.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Russia demanded in December that NATO guarantee in a binding treaty that Ukraine will never become a member, that the Alliance not deploy forces and weapons in countries that joined after 1997, and that the US give up any military cooperation with Ukraine and other post-Soviet states.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia demanded in December that NATO guarantee in a binding treaty that Ukraine will never become a member, that the Alliance not deploy forces and weapons in countries that joined after 1997, and that the US give up any military cooperation with Ukraine and other post-Soviet states.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Ukraine will not agree to any arrangement that limits our right to cooperate with partners in defence. Western instructors, joint exercises, the supply of weapons — all this continues,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Today the number of Russian troops near our borders is big, but it was big in spring too. What we need is not panic, but a calm and consistent position,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-25"),
 ("He said that Ukraine expects Russia to pull back the forces it has concentrated along the border and in occupied Crimea, and that it is precisely this, and not new guarantees for Moscow, that would reduce tension.", "volodymyr-zelensky", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-25"),
 ("It will take time to read it and analyse it,", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("the best answer to Putin's ultimatum", "iryna-moroz-dmytrenko", 1, "Iryna Moroz-Dmytrenko", "", "", 1, ""),
 ("They wanted NATO to pack up and leave Eastern Europe, to forget about Ukraine and Georgia. Instead, they are getting Javelins at Boryspil,", "iryna-moroz-dmytrenko", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("They wanted NATO to pack up and leave Eastern Europe, to forget about Ukraine and Georgia. Instead, they are getting Javelins at Boryspil,", "iryna-moroz-dmytrenko", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 ("They wanted NATO to pack up and leave Eastern Europe, to forget about Ukraine and Georgia. Instead, they are getting Javelins at Boryspil,", "russia", 0, "They", "rollback-to-1997", "supports", 0, ""),
 ("They wanted NATO to pack up and leave Eastern Europe, to forget about Ukraine and Georgia. Instead, they are getting Javelins at Boryspil,", "russia", 0, "They", "no-ukraine-membership", "supports", 0, ""),
 ("The Kremlin did not expect a yes. It needed a documented no on non-enlargement, so it could say: we tried, they refused,", "taras-hrytsenko", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin did not expect a yes. It needed a documented no on non-enlargement, so it could say: we tried, they refused,", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("The question now is what Putin does with this no.", "taras-hrytsenko", 1, "he", "", "", 1, ""),
]

D = "2022-01-21"
L["cnn-2022-01-21-analysis-blinken-lavrov-geneva"] = [
 ("to give us a written answer to all our proposals", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We were clear, again, that there are core principles that we are committed to uphold and defend, including the right of countries to choose their own alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("That is not up for discussion.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia's central demands, set out in draft treaties published in December, are that NATO formally shut the door to Ukraine and other former Soviet republics and pull back forces from the alliance's eastern members.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia's central demands, set out in draft treaties published in December, are that NATO formally shut the door to Ukraine and other former Soviet republics and pull back forces from the alliance's eastern members.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("In Washington's view, those are demands no American administration could accept, and the Biden team has said so publicly for weeks.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 ("In Washington's view, those are demands no American administration could accept, and the Biden team has said so publicly for weeks.", "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("We have repeatedly said that we have never threatened the Ukrainian people and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Blinken repeated the US call for Russia to back down.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to begin to demonstrate that its intentions are peaceful, the best way to do that is to de-escalate, to remove these forces from Ukraine's borders,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("He said NATO's eastward march since the 1990s had violated promises given to Moscow and that Russia wanted guarantees that would stop it once and for all.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We need guarantees that are legally binding, because political promises, as experience shows, are ignored,", "sergei-lavrov", 1, "the Russian diplomat", "written-legal-guarantees", "supports", 1, D),
 ("There is a deal to be had on the arms control side, and the US has signaled it's willing to make it,", "rebecca-lindqvist", 1, "Rebecca Lindqvist", "", "", 1, ""),
 ("The problem is that the Kremlin has told everyone that arms control is the side dish. NATO enlargement is the main course.", "rebecca-lindqvist", 1, "Rebecca Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 ("The problem is that the Kremlin has told everyone that arms control is the side dish. NATO enlargement is the main course.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Diplomacy is the path we prefer, but we are also preparing for every scenario,", "jen-psaki", 1, "she", "", "", 1, D),
 ("Matthew Orlov, a Russia specialist at Georgetown University, said the demand for a formal ban on Ukraine's membership was designed to be unacceptable.", "matthew-orlov", 1, "Matthew Orlov", "no-ukraine-membership", "mentions", 0, ""),
 ("It lets Putin say he asked nicely and was refused,", "matthew-orlov", 1, "Orlov", "no-ukraine-membership", "mentions", 1, ""),
 ("That's a script, not a negotiating position.", "matthew-orlov", 1, "Orlov", "no-ukraine-membership", "mentions", 1, ""),
]

D = "2022-02-02"
M = ("helena-marsh", 1, "Helena Marsh")
def hm(ev, demand="", stance=""):
    return (ev,) + M + (demand, stance, 1, D)
P1 = "He said, standing next to Hungarian Prime Minister Viktor Orbán, that Russia's \"fundamental concerns\" had been ignored. He named three: NATO's further expansion, the deployment of strike weapons systems near Russia's borders, and the return of the alliance's military infrastructure in Europe to the 1997 configuration. Those are the core of the December drafts, and he was signaling that nothing in the US and NATO replies had moved on them."
PS = "He named three: NATO's further expansion, the deployment of strike weapons systems near Russia's borders, and the return of the alliance's military infrastructure in Europe to the 1997 configuration."
P3 = "Quite a lot, actually, if it wants to. The US has offered talks on reciprocal restrictions on intermediate-range missile deployments, on transparency for exercises, on confidence-building measures in the Black Sea, and on a mechanism to verify that there are no Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland. Those are real proposals, and in a calmer moment Russian diplomats would have welcomed them."
P5 = "Yes. Moscow asked for a legally binding promise that NATO will stop expanding, and in particular that Ukraine will never be admitted. It got a polite but firm refusal on both. Lavrov said last week that the answer on this \"main question\" was unsatisfactory, and Putin has now confirmed it."
PM = "Moscow asked for a legally binding promise that NATO will stop expanding, and in particular that Ukraine will never be admitted."
P8 = "And the administration should keep saying, loudly, that the way to lower the temperature is for Russia to move its troops back from Ukraine's borders. That has to come first. It is very difficult to negotiate limits on exercises while more than 100,000 soldiers are sitting in the field."
L["brookings-2022-02-02-qa-putin-response-security-guarantees"] = [
 hm(P1, "nato-non-expansion", "mentions"),
 hm(P1, "no-strike-weapons-near-borders", "mentions"),
 hm(P1, "rollback-to-1997", "mentions"),
 (PS, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PS, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PS, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 hm("He also accused the West of using Ukraine as \"a tool\" to contain Russia, and he raised the scenario of Ukraine joining NATO and then trying to retake Crimea by force. That is a familiar argument, but it was notable that he spent so much time on it.", "no-ukraine-membership", "mentions"),
 hm("No, and I think that is the most important part. He said the responses were still being studied and that he hoped a way forward could be found. The Kremlin is keeping its options open. Peskov, his spokesman, has said the same thing in more bureaucratic language for a week now."),
 hm(P3, "no-intermediate-range-missiles", "mentions"),
 hm(P3, "limit-military-exercises", "mentions"),
 hm("What the US response does not do is touch NATO's open door. Washington said clearly that it will not agree to any arrangement in which a third country gets to decide who joins the alliance, and I think that is the right position. The principle that each state picks its own alliances is not a courtesy, it is the foundation of the post-1990 settlement in Europe.", "nato-open-door", "supports"),
 hm(P5, "nato-non-expansion", "mentions"),
 hm(P5, "no-ukraine-membership", "mentions"),
 hm(P5, "written-legal-guarantees", "mentions"),
 (PM, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (PM, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (PM, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 hm("It would mean NATO pulling its battlegroups out of Poland and the Baltic states and effectively creating a second class of membership for everyone who joined after 1997. Allies like Estonia would regard that as a betrayal, and they would be right. I do not think it is a serious possibility, and I am not sure Moscow thinks so either.", "rollback-to-1997", "rejects"),
 hm("The historical record is contested. James Baker's \"not one inch eastward\" remark to Gorbachev was made in the context of German reunification, and nothing was ever written down. It matters politically because Russians believe they were deceived. It does not give Moscow a legal claim."),
 hm("Keep both tracks going. Keep offering arms control and risk reduction, because if there is any exit from this crisis it runs through those talks. And at the same time keep building up the deterrence side: the sanctions package, the reinforcements for the eastern flank, the support for Ukraine."),
 hm(P8, "russia-de-escalation", "supports"),
 hm(P8, "limit-military-exercises", "mentions"),
 hm("I expect Moscow to send some kind of written counter-response, probably focused on its own red lines and on the indivisibility of security, the idea that no state should strengthen its security at the expense of others. Lavrov has already written to Western foreign ministers on that theme. Beyond that, honestly, it depends on one man, and I do not know what he has decided."),
]

D = "2022-01-19"
E = ("eva-maria-liimets", 1, "Eva-Maria Liimets")
def el(ev, demand="", stance=""):
    return (ev,) + E + (demand, stance, 1, D)
R2 = "The demand of Russia that NATO should withdraw its forces and infrastructure from the member states who joined after 1997 is for Estonia completely unacceptable. There are no first-class and second-class members in the Alliance. The enhanced forward presence in Tapa stays, and our allies have said they are ready to strengthen it further if the situation requires."
R3 = "I want also to underline that we do not accept the idea that Russia can decide which countries may join the Alliance. Every state has the right to choose its own security arrangements. This is written in the Helsinki Final Act and in the Charter of Paris, which Russia has also signed."
R9 = "Russia's wish that NATO stops all cooperation with countries of the former Soviet Union who are not members would in practice mean a sphere of influence. This we have experienced in our own history, and we will not go back to it."
L["riigikogu-2022-01-19-question-time-security-guarantees"] = [
 el("Honourable Chairman! Honourable member of the Riigikogu! Thank you for the very important question. I can answer clearly: nothing about Estonia is decided without Estonia. This has been confirmed by the United States, by the NATO Secretary General and by all allies in the North Atlantic Council, and it was repeated again at the NATO–Russia Council on 12 January."),
 el(R2, "rollback-to-1997", "rejects"),
 (R2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 el(R3, "nato-open-door", "supports"),
 el(R3, "nato-non-expansion", "rejects"),
 el("Thank you! Arms control and transparency are topics which the allies have discussed with Russia also before, and it is in our interest that there is more predictability. But any such measure must be reciprocal, and it must also cover the very large exercises which Russia is conducting in our neighbourhood, for example in Belarus, and the forces which it has moved to the Ukrainian border.", "limit-military-exercises", "mentions"),
 el("So it is not a question of giving something to Russia. If Russia wants to discuss restrictions on military drills, then Russia must also restrict its own drills and open them for observation, which it has not done for years.", "limit-military-exercises", "mentions"),
 el("Thank you for the question! The allies have agreed that they will give their answer to Russia in writing, and Estonia supports this. But the content of the answer is important, not the form. A written answer does not mean that we accept Russia's proposals."),
 el("Our line is clear: Russia must first de-escalate and withdraw its troops from the borders of Ukraine. Diplomacy cannot work when one side keeps more than one hundred thousand soldiers at the border of its neighbour.", "russia-de-escalation", "supports"),
 el("Thank you! Yes. Estonia continues the cooperation with Ukraine and also with Georgia, and we do not accept that a third country could forbid it. We have asked the necessary permissions from our allies for the transfer of Javelin anti-tank weapons and we hope that this will be done soon.", "no-military-activity-ex-soviet", "rejects"),
 el(R9, "no-military-activity-ex-soviet", "rejects"),
 (R9, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
]

write_gold(L, "articles-339", "gold-339")
