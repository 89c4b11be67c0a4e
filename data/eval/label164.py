#!/usr/bin/env python3
"""Writes the held-out gold of batch 164 (gold-164/*.nq) from the labels below.

Batch 164 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, deliberately in outlets and forms the earlier
batches used little:

- pap-2022-01-13-rau-osce-vienna: PAP / Notes from Poland wire copy with front
  matter and straight quotes; OSCE Permanent Council of 13 January, Rau in the
  chair, Lukashevich, Carpenter, Warsaw reactions (Przydacz, Blaszczak) and an
  invented analyst; a quotation split by "Rau said", reported speech naming
  the speaker by role ("The ambassador"), a Moscow demand mentioned in passing
  inside Przydacz's sentence, history recalled by Rau (not labelled).
- npr-2022-01-10-geneva-talks-transcript: NPR radio transcript, no front
  matter (date in the text), host and correspondent speaker labels, archived
  soundbites of Sherman and Ryabkov ("through interpreter"), then a guest
  interview (invented former official); host and correspondent questions get
  no label, the correspondent's reported speech of others does.
- izvestia-2022-01-18-grushko-interview: machine-translated aggregator copy of
  an Izvestia interview with Grushko, no front matter, UTF-8 BOM and CRLF line
  ends, « » quotes, Q/A with dashes for both questions and answers; a
  "Read also" link line; Kuleba spelt "Dmitry".
- abc-2022-01-27-us-response-live: ABC News (Australia) live blog with front
  matter, key-events list, timestamped entries and crossheads, curly quotes;
  Blinken, Stoltenberg (one statement in the passive), Payne, Peskov, Lavrov,
  an invented Australian academic; Washington-time days resolved.
- rusi-2022-02-01-what-moscow-asked-for: RUSI commentary (op-ed) quoting
  invented experts in the present tense ("says", "argues", "adds"), Putin's
  remarks of 1 February, Zakharova "last week" (no day), Baker 1990 and the
  Bucharest declaration quoted as history (not labelled), standfirst, photo
  caption, a Moscow proposal mentioned in passing inside an analyst's sentence.
- lsm-2022-01-19-saeima-hearing: LSM (Latvia) report with edited transcript of
  a Saeima Foreign Affairs Committee hearing, no front matter; two speakers in
  one sentence; the chair (moderator) gets no label, MPs' questions do
  (stance mentions); Latvian diacritics in names.
- zn-2022-01-21-blinken-lavrov-geneva: Zerkalo Nedeli (ZN.ua) English copy with
  front matter and „ “ quotes; Blinken-Lavrov meeting in Geneva, indirect
  speech over two sentences ("he said" inside the second), a quotation split
  by "Lavrov told journalists", the Russian MFA on Bulgaria and Romania,
  capitals as actors (Sofia, Bucharest - the city, not the 2008 summit),
  Zelensky, Reznikov, Danilov, an invented Kyiv analyst.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
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
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Every participating state has the inherent right to choose its own security arrangements,", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("including treaties of alliance, and no state may claim a sphere of influence over its neighbours.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("to discuss our proposals, not to listen to lectures", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("We are ready for dialogue without any preconditions, and we expect the same from our partners. A dialogue in which one side first demands unilateral concessions is not a dialogue,", "alexander-lukashevich", 1, "Lukashevich", "no-preconditions", "supports", 1, "2022-01-13"),
 ("The ambassador repeated that Russia needed legally binding guarantees that NATO would not expand further eastward.", "alexander-lukashevich", 1, "The ambassador", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The ambassador repeated that Russia needed legally binding guarantees that NATO would not expand further eastward.", "alexander-lukashevich", 1, "The ambassador", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance and eliminate unacceptable threats to our national security,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("He said Washington was ready to discuss reciprocal limits on the size and scope of military exercises, but would not negotiate \"about Ukraine without Ukraine\".", "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz, speaking to Polsat News on Thursday morning, dismissed as \"absurd\" Moscow's demand that NATO pull its troops and infrastructure out of the countries that joined the alliance after 1997, Poland among them.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz, speaking to Polsat News on Thursday morning, dismissed as \"absurd\" Moscow's demand that NATO pull its troops and infrastructure out of the countries that joined the alliance after 1997, Poland among them.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Nor will we accept a ban on American missile systems in our part of Europe while Russia keeps its Iskanders in Kaliningrad,", "marcin-przydacz", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-13"),
 ("Poland decides, together with its allies, what is deployed on Polish soil. It is not Moscow that will tell us which weapons may stand in Redzikowo or anywhere else,", "mariusz-blaszczak", 1, "Błaszczak", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("Moscow is using the OSCE as a stage. What it wants to hear, loudly and in public, is that NATO will not take in a single new member, Ukraine above all, and it knows perfectly well that nobody in that room can say it,", "agnieszka-wrobel-szymanska", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is using the OSCE as a stage. What it wants to hear, loudly and in public, is that NATO will not take in a single new member, Ukraine above all, and it knows perfectly well that nobody in that room can say it,", "agnieszka-wrobel-szymanska", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]
L["npr-2022-01-10-geneva-talks-transcript"] = [
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty. And we are open to talking about ways to set reciprocal limits on the size and scope of military exercises and to improve transparency about those exercises.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty. And we are open to talking about ways to set reciprocal limits on the size and scope of military exercises and to improve transparency about those exercises.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said Russia also wanted NATO to stop its military activity in Ukraine, Georgia and the other former Soviet republics.", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-10"),
 ("And he insisted that where Russia moves its own troops, on its own territory, is nobody else's business.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("On some of it, yes. The missile piece is where there's real room. Both sides lost the INF Treaty in 2019, and a verified arrangement on ground-launched intermediate-range missiles in Europe is something the two could actually negotiate.", "rebecca-thornquist", 1, "Thornquist", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("That's different. A legally binding treaty promising NATO will never take in another member? No American administration should sign that, and none will.", "rebecca-thornquist", 1, "Thornquist", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("That's different. A legally binding treaty promising NATO will never take in another member? No American administration should sign that, and none will.", "rebecca-thornquist", 1, "Thornquist", "written-legal-guarantees", "rejects", 1, "2022-01-10"),
 ("That's different. A legally binding treaty promising NATO will never take in another member? No American administration should sign that, and none will.", "rebecca-thornquist", 1, "Thornquist", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("Honestly, the most useful thing to come out of this week would be getting the generals talking again. The military channels between NATO and Russia have been mostly frozen since 2014, and when militaries don't talk, accidents turn into crises.", "rebecca-thornquist", 1, "Thornquist", "resume-military-dialogue", "supports", 1, "2022-01-10"),
]
L["izvestia-2022-01-18-grushko-interview"] = [
 ("We had the frank conversation. We told the allies openly that the situation is very dangerous and that we expect the answer on each point of our proposals, not the general words.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("We have passed the drafts of two documents. The main thing in them is the legally fixed guarantees that NATO will not move further to the east and that the strike weapons systems, which create the threat to us, will not be placed on the territory of the neighbouring countries. Not the promises in words, which we already heard in 1990, but the legal obligations.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("We have passed the drafts of two documents. The main thing in them is the legally fixed guarantees that NATO will not move further to the east and that the strike weapons systems, which create the threat to us, will not be placed on the territory of the neighbouring countries. Not the promises in words, which we already heard in 1990, but the legal obligations.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("We have passed the drafts of two documents. The main thing in them is the legally fixed guarantees that NATO will not move further to the east and that the strike weapons systems, which create the threat to us, will not be placed on the territory of the neighbouring countries. Not the promises in words, which we already heard in 1990, but the legal obligations.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-18"),
 ("Absolutely serious. We propose that the alliance returns to the configuration of 27 May 1997, when the Founding act was signed. The forces and the infrastructure which appeared in the new member countries after that date must be withdrawn. It is not an ultimatum, it is the basis for the conversation.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("The readiness to discuss the missiles and the manoeuvres is good, but it is secondary. If the main questions are not solved, to negotiate about the exercises separately makes no sense. We cannot agree that the main thing is substituted by the secondary.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "mentions", 1, "2022-01-18"),
 ("The readiness to discuss the missiles and the manoeuvres is good, but it is secondary. If the main questions are not solved, to negotiate about the exercises separately makes no sense. We cannot agree that the main thing is substituted by the secondary.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "mentions", 1, "2022-01-18"),
 ("The freedom to choose the alliances is not absolute. In the documents of OSCE adopted in Istanbul and Astana it is written that the states will not strengthen their security at the expense of the security of others. The West reads only the half of this phrase, the convenient half.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("The American strategic bombers fly along our borders, the ships of NATO enter the Black Sea constantly. We propose that the sides do not place the warships and the aircraft in the areas from where they can strike the territory of the other side. This is the mirror obligation, it concerns also us.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("Today we do not see the basis for it. NATO itself broke the military channels in 2014, and now it wants to use them as the decoration. When there is the normal agenda, then it will be possible to talk.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("We will wait for the written answer, then we will decide. I do not want to guess in advance.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("Russia has no right of veto on the membership of Ukraine in NATO and never will have", "dmytro-kuleba", 1, "Dmitry Kuleba", "nato-open-door", "supports", 1, "2022-01-17"),
 ("Russia has no right of veto on the membership of Ukraine in NATO and never will have", "dmytro-kuleba", 1, "Dmitry Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-17"),
]
L["abc-2022-01-27-us-response-live"] = [
 ("The document we've delivered includes concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the reply also set out ideas for reciprocal transparency measures on military exercises and for mutual commitments on the deployment of offensive strike systems in Ukraine.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("He said the reply also set out ideas for reciprocal transparency measures on military exercises and for mutual commitments on the deployment of offensive strike systems in Ukraine.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles that are fundamental for the security of our alliance and for security in Europe and North America,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("A proposal to reopen the NATO and Russian offices in Brussels and Moscow and to make full use of military-to-military channels to reduce the risk of incidents was also put forward by Mr Stoltenberg.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Australia calls on Russia to de-escalate and to withdraw its forces from the border with Ukraine. The sovereignty of Ukraine is not up for negotiation,", "marise-payne", 1, "Payne", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Judging by what has been said publicly, there is not much ground for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("He said Moscow had noted that the reply once again invoked NATO's open-door policy, and that the text would be studied carefully before any response.", "dmitry-peskov", 1, "He", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("as much a letter to Berlin and Paris as it is to Moscow", "harriet-kinsella", 1, "Harriet Kinsella", "", "", 1, ""),
 ("A deal saying NATO can never take in Ukraine was never going to come out of Washington, and this reply makes that official,", "harriet-kinsella", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]
L["rusi-2022-02-01-what-moscow-asked-for"] = [
 ("It is already clear now that fundamental Russian concerns were ignored.", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing last week that the Bucharest formula had to be “disavowed, not reinterpreted”.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, ""),
 ("Revoking Bucharest gets the least attention in the West, but in Moscow it comes up in almost every conversation,", "ingrid-vaaland", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("If the alliance signed away Ukraine’s right to apply, it would be signing away its own founding logic.", "ingrid-vaaland", 1, "she", "nato-open-door", "supports", 1, ""),
 ("If the alliance signed away Ukraine’s right to apply, it would be signing away its own founding logic.", "ingrid-vaaland", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 ("Moscow has asked for things the West cannot give and things it can. The trick is to stop the first list from poisoning the second,", "fiona-castellane", 1, "Fiona Castellane", "", "", 1, ""),
 ("A reciprocal, verifiable ban on ground-launched intermediate-range missiles in Europe is the single most promising item on the table. Washington and Moscow both have reasons to want it,", "fiona-castellane", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Castellane points out that Moscow’s proposal to keep warships and aircraft out of each other’s striking range would, read literally, close much of the Baltic and Black Seas to allied navies.", "fiona-castellane", 1, "Castellane", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Castellane points out that Moscow’s proposal to keep warships and aircraft out of each other’s striking range would, read literally, close much of the Baltic and Black Seas to allied navies.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("But he believes NATO should accept limits on the size of exercises near the Russian border and on advance notification, provided those limits are mirrored on the Russian side, including in Belarus.", "mark-halloway", 1, "he", "limit-military-exercises", "supports", 0, ""),
 ("For the Kremlin, Ukraine’s membership is not a bargaining chip. It is the whole point,", "pavel-kravtsov", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Every Western capital now says the troops must pull back first. Moscow hears that as a precondition, and that is exactly where these talks could break,", "pavel-kravtsov", 1, "Kravtsov", "russia-de-escalation", "mentions", 1, ""),
 ("Every Western capital now says the troops must pull back first. Moscow hears that as a precondition, and that is exactly where these talks could break,", "pavel-kravtsov", 1, "Kravtsov", "no-preconditions", "mentions", 1, ""),
 ("From Moscow’s point of view, a moratorium can be lifted by the next American president. Only a ratified treaty survives an election,", "pavel-kravtsov", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
]
L["lsm-2022-01-19-saeima-hearing"] = [
 ("Foreign Minister Edgars Rinkēvičs and Defence Minister Artis Pabriks both told the Saeima Foreign Affairs Committee on Wednesday that allied forces would remain in Latvia regardless of Moscow's demand that NATO pull back its forces to where they stood in 1997.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-19"),
 ("Foreign Minister Edgars Rinkēvičs and Defence Minister Artis Pabriks both told the Saeima Foreign Affairs Committee on Wednesday that allied forces would remain in Latvia regardless of Moscow's demand that NATO pull back its forces to where they stood in 1997.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 0, "2022-01-19"),
 ("Foreign Minister Edgars Rinkēvičs and Defence Minister Artis Pabriks both told the Saeima Foreign Affairs Committee on Wednesday that allied forces would remain in Latvia regardless of Moscow's demand that NATO pull back its forces to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Thank you, Mr Chairman. Last week there were three meetings, in Geneva, in Brussels and in Vienna. I would not call them a failure, but I would not call them progress either. Russia repeated its positions and the allies repeated theirs.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, "2022-01-19"),
 ("Latvia's position is very simple. No decisions about us without us. The allied presence here, including the battlegroup in Ādaži, is not a bargaining chip and it is not negotiable.", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 ("We also do not accept that any country has a veto on the enlargement of the alliance. The Bucharest decisions of 2008 stand, and Ukraine and Georgia have every right to pursue their path to membership.", "edgars-rinkevics", 1, "Rinkēvičs", "nato-open-door", "supports", 1, "2022-01-19"),
 ("We also do not accept that any country has a veto on the enlargement of the alliance. The Bucharest decisions of 2008 stand, and Ukraine and Georgia have every right to pursue their path to membership.", "edgars-rinkevics", 1, "Rinkēvičs", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 ("Thank you. Minister, is there any scenario in which the allies would agree to stop training and arming the Ukrainian army in order to calm the situation?", "inese-kalnina-berzina", 1, "Inese Kalniņa-Bērziņa", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-19"),
 ("No. Our support for Ukraine, including training and equipment, will continue, and I believe the same is true for all our allies. That is a sovereign decision of Ukraine and of the countries that help it.", "edgars-rinkevics", 1, "Rinkēvičs", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-19"),
 ("Our exercises will continue as planned. Russia is preparing exercises with tens of thousands of soldiers in Belarus and at the same time tells us that we should not train a few thousand soldiers on our own territory. That is not going to happen.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-19"),
 ("And allied aircraft will continue air policing over the Baltic states, and allied ships will continue to sail in the Baltic Sea. Nobody in Moscow decides where NATO planes may fly.", "artis-pabriks", 1, "Pabriks", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-19"),
 ("I am sometimes asked whether we should simply talk to Moscow without any conditions. My answer is no. There should be no negotiation without a precondition, and the precondition is that Russian troops go home, away from Ukraine's borders and out of Belarus.", "artis-pabriks", 1, "Pabriks", "no-preconditions", "rejects", 1, "2022-01-19"),
 ("I am sometimes asked whether we should simply talk to Moscow without any conditions. My answer is no. There should be no negotiation without a precondition, and the precondition is that Russian troops go home, away from Ukraine's borders and out of Belarus.", "artis-pabriks", 1, "Pabriks", "russia-de-escalation", "supports", 1, "2022-01-19"),
 ("Would Latvia support reopening military hotlines between NATO and Russia, given the risk of an accident over the Baltic Sea?", "valdis-strautmanis", 1, "Valdis Strautmanis", "resume-military-dialogue", "mentions", 1, "2022-01-19"),
 ("Yes. Risk reduction and military-to-military communication are in everyone's interest. The allies said exactly that at the NATO-Russia Council last week, and we are still waiting for an answer.", "edgars-rinkevics", 1, "Rinkēvičs", "resume-military-dialogue", "supports", 1, "2022-01-19"),
]
L["zn-2022-01-21-blinken-lavrov-geneva"] = [
 ("If Russia wants to begin to convince the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("Troop movements on Russian territory, he said, were not a subject for negotiation with anybody.", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("Without a guarantee that NATO will not move further to the east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-21"),
 ("there can be no lasting security in Europe.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-21"),
 ("We expect that next week we will receive written answers to all our proposals,", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-21"),
 ("In a separate statement, the Russian Foreign Ministry said on Friday that its demand for the withdrawal of foreign forces and weapons from the countries that joined NATO after 1997 applied to Bulgaria and Romania as well.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Both Sofia and Bucharest rejected the statement within hours, calling it unacceptable.", "bulgaria", 0, "Sofia", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Both Sofia and Bucharest rejected the statement within hours, calling it unacceptable.", "romania", 0, "Bucharest", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("We need security guarantees for Ukraine, not for the aggressor.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, "2022-01-19"),
 ("Our cooperation with the United States, Britain, Canada, Lithuania and our other partners is not a subject for negotiations between Moscow and Washington, and it never will be.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-20"),
 ("an ultimatum to which Ukraine is not a party and which it will not even read", "oleksiy-danilov", 1, "Oleksiy Danilov", "", "", 1, "2022-01-20"),
 ("The demand to pull NATO back to the lines of 1997 is addressed to Warsaw, Vilnius and Bucharest, not to Kyiv, but it shows how Moscow sees the map of Europe,", "oleksandr-khomenko-lysenko", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
]

write_gold(L, "articles-164", "gold-164")
