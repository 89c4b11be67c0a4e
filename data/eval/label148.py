#!/usr/bin/env python3
"""Writes the held-out gold of batch 148 (gold-148/*.nq) from the labels below.

Batch 148 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw, seven forms:

- Reuters wire copy from Geneva (10 Jan), front matter, straight quotes, a
  quotation split by "she said", a speaker named by role ("the deputy
  minister"), an invented analyst, history (Baker 1990) left unlabelled;
- a TASS excerpt of Dmitry Peskov's press call (27 Jan), no front matter,
  UTF-8 BOM and CRLF line ends, date line "27 Jan, 2022 14:05", speaker
  labels and journalists' questions, answers running over two paragraphs
  (the second without label), « » inside an answer;
- NATO's transcript of Stoltenberg's press conference after the NATO-Russia
  Council (12 Jan), front matter, moderator and named journalists, a
  question that itself names a demand (no label);
- a Sky News live blog (27 Jan, recapping 26 Jan), no front matter, curly
  quotes, timestamped entries in reverse order, key points and link lines,
  an answer whose subject is only in the question ("There is no change"),
  two speakers in one sentence, a demand attributed in passing to Russia;
- an LRT English Q/A interview with an invented Lithuanian analyst (spoken
  on Wednesday 2 Feb), questions as bare paragraphs and answers behind
  dashes, mentions of what Moscow wants next to the analyst's own
  rejections, plus a reported minister;
- an Interfax-Ukraine report from the OSCE (13 Jan) in machine-translated
  English, no front matter, „ “ quotes with "– said X" after them, the
  Bucharest summit as history (no label), a demand attributed in passing to
  Moscow inside Reznikov's sentence, a tweet without a day;
- a Washington Post analysis (3 Feb) quoting Putin, Sullivan, Biden and two
  invented experts, with a history section (Baker 1990, the Founding Act,
  Bucharest 2008) and statements of unnamed "Western officials" and
  "diplomats" left unlabelled.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a
quotation running over two sentences is one span. In transcripts and Q/A
interviews each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the moderator get no label; the
speaker's name is the one the speaker label or the intro gives. Reported
speech: the whole sentence (dateline excluded), direct 0. Stance by the
speaker's own position; mentions when the speaker only reports a demand,
asks about it or offers to discuss it. Every direct quotation of six or more
words about none of the demands gets one demand-less label; reported speech
about no demand or about unspecified demands gets none. History, words
quoted from documents, headlines, key points, crossheads, standfirsts and
link lines are not labelled, nor are unnamed groups. A demand attributed in
passing to Moscow/Russia inside another speaker's sentence is also Russia's
label, undated. Speaker names as written at that point, titles dropped.
Dates: the day the words were said, resolved against the publication date;
"" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("The American side took our proposals very seriously, but there is a fundamental difference of approach,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-10"),
 ("We need to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Asked about the Black Sea, the deputy minister said U.S. destroyers and strategic bombers operating near Crimea were exactly the kind of activity that Russia's draft treaty was meant to rule out, and that Moscow would keep pressing the point.", "sergei-ryabkov", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Ryabkov said Moscow was ready to hear U.S. ideas on intermediate-range missiles, but that they could not be separated from what he called the key issue: a halt to NATO's eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Ryabkov said Moscow was ready to hear U.S. ideas on intermediate-range missiles, but that they could not be separated from what he called the key issue: a halt to NATO's eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said she had told the Russians that Washington would make no commitment to stop NATO enlargement, and that proposals to that effect were \"simply non-starters\".", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to close the alliance's door to countries that want to walk through it. That is a decision for those countries and for NATO's 30 members, and no one else,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("It is very hard to make real progress while 100,000 troops sit on Ukraine's border. The way forward,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("is for Russia to de-escalate and send its forces back to their barracks.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Moscow has asked for a signed treaty that would freeze NATO where it stands, and Washington has now said no to that in the plainest possible terms,", "margit-lindqvist", 1, "Margit Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow has asked for a signed treaty that would freeze NATO where it stands, and Washington has now said no to that in the plainest possible terms,", "margit-lindqvist", 1, "Margit Lindqvist", "written-legal-guarantees", "mentions", 1, ""),
 ("Washington's line is that NATO's door stays open; Moscow's line is that the door is the problem. The question now is whether the Kremlin treats this as the start of a negotiation or as the end of one,", "margit-lindqvist", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("We will assess the results of all three rounds, and then we will decide,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
L["tass-2022-01-27-peskov-press-call"] = [
 ("Yes, the president has been informed, the texts are with him. It will take time to study them carefully, and we are not going to rush to any conclusions today.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("We will not hurry, the interagency work is going on. But I can say right away, judging by what Sergei Viktorovich Lavrov said yesterday evening, there is not much room for optimism. Our main concern, that NATO should not expand further to the east and should not come up to our borders, is not addressed in a way that suits us.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("We ourselves proposed that intermediate-range missiles should not be deployed where they can reach the territory of the other side, so of course it is good that Washington is ready to discuss this. But these are not the main questions, they are secondary in relation to what we consider fundamental.", "dmitry-peskov", 1, "Peskov", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 ("Russia moves its troops on its own territory as it sees fit, this threatens no one and should not worry anyone. We do not intend to take instructions from anyone on where our units are stationed.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Dialogue must continue, we have always said that, and it must be conducted without any preconditions and without ultimatums addressed to us. But dialogue for the sake of dialogue is not what we need.", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, "2022-01-27"),
 ("The topic of military contacts is raised in the NATO text, yes. Our specialists will look at it, like everything else that is written there.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 1, "2022-01-27"),
 ("But restoring some hotlines does not replace the guarantees that the president asked for. We need these guarantees on paper, legally binding, and not verbal assurances which, as history shows, are forgotten very quickly.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("The Bucharest formula, the words that Ukraine and Georgia «will become members of NATO», has to be disavowed. While it remains on the table, it is a source of permanent danger for Europe and for us.", "dmitry-peskov", 1, "Peskov", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("Mr Stoltenberg repeats this like a mantra. We do not accept this interpretation. Nobody may strengthen their own security at the expense of the security of others, this is also written in the documents signed in Istanbul and in Astana. The so-called open door cannot be a door through which the alliance comes right up to our borders.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("The pumping of Ukraine with weapons and the presence of foreign instructors there only raise tensions. We have asked that this military activity on the territory of Ukraine be stopped, and this is an integral part of our proposals.", "dmitry-peskov", 1, "Peskov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("This is the president's prerogative. I would not get ahead of events here.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
]
L["nato-2022-01-12-nrc-press-conference"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies and Russia sat around the same table for almost four hours. That in itself is important. But there are significant differences between NATO Allies and Russia, and our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Russia has no veto over whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Russia has no veto over whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will also not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance. There will be no first- and second-class members in NATO, and pulling back our forces from the Allies that joined after 1997 is simply not acceptable.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia and discuss arms control, transparency and risk reduction, on a reciprocal basis and in good faith.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We also proposed to re-open our respective offices in Moscow and in Brussels and to make better use of military-to-military channels of communication, to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("But the key now is de-escalation. I call on Russia to immediately de-escalate and pull back its forces from Ukraine's borders, and to engage in a genuine political process.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Russia did not agree to a new meeting, but they didn't reject it either. They said they need time to come back to us.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("On Bucharest, the answer is no. The Bucharest decision stands. Allies reaffirmed it today, and it is not something we will renegotiate with Russia.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("NATO ships and aircraft operate in international waters and international airspace, in full accordance with international law. They will continue to do so. We will not accept that Russia decides where Allies can sail or fly.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("We are ready to put our proposals for dialogue in writing, and we will do that in the coming days. What we will not do is sign a legally binding document that freezes the Alliance where it stands today.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We are ready to put our proposals for dialogue in writing, and we will do that in the coming days. What we will not do is sign a legally binding document that freezes the Alliance where it stands today.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("I will not comment on what Deputy Minister Grushko said to you. What I can say is that we listened carefully to Russia's concerns, and Russia listened to ours.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We have put forward concrete proposals on a whole range of issues. The door to dialogue is open, and it is now up to Russia to decide whether it wants to walk through it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["skynews-2022-01-27-ukraine-russia-live"] = [
 ("Nothing in the American paper speaks about returning NATO’s military infrastructure to where it stood in 1997. For us this is not a detail, it means Romania and Bulgaria among others,", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 1, "2022-01-27"),
 ("once the president has read the documents", "maria-zakharova", 1, "She", "", "", 1, "2022-01-27"),
 ("It is important for us that the United States has not given an inch on Ukraine’s path to NATO membership. Nobody will trade our future behind our backs,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("There is no positive answer to the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive answer to the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The Kremlin wanted a promise that Ukraine would never join NATO. What it has got is an offer to talk about secondary issues, which is not nothing, but it is not what Vladimir Putin asked for,", "yelena-korsakova", 1, "Yelena Korsakova", "no-ukraine-membership", "mentions", 1, ""),
 ("The document sets out a serious diplomatic path should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("The secretary of state said the reply proposed “reciprocal transparency measures” on ground-launched missile deployments in Europe and on military exercises, and suggested the two sides begin talks on arms control.", "antony-blinken", 1, "The secretary of state", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The secretary of state said the reply proposed “reciprocal transparency measures” on ground-launched missile deployments in Europe and on military exercises, and suggested the two sides begin talks on arms control.", "antony-blinken", 1, "The secretary of state", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Both Mr Blinken and NATO Secretary General Jens Stoltenberg, who presented the alliance’s own reply in Brussels at around the same time, said Russia would not be given a say over which countries join the alliance.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Both Mr Blinken and NATO Secretary General Jens Stoltenberg, who presented the alliance’s own reply in Brussels at around the same time, said Russia would not be given a say over which countries join the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Pentagon press secretary John Kirby said on Wednesday that US warships would continue to operate in the Black Sea “as they always have”, dismissing Russia’s call for American vessels and aircraft to keep away from its coast.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("Pentagon press secretary John Kirby said on Wednesday that US warships would continue to operate in the Black Sea “as they always have”, dismissing Russia’s call for American vessels and aircraft to keep away from its coast.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We are not panicking, and we ask our partners not to spread panic either,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
]
L["lrt-2022-02-03-strazdas-interview"] = [
 ("Moscow put two drafts on the table, one for Washington and one for NATO. Taken together, they ask for a legally binding promise on paper, for Ukraine and Georgia to be kept out of the Alliance for good, and for the Bucharest promise of 2008 to be formally withdrawn.", "vaidas-strazdas", 1, "Vaidas Strazdas", "written-legal-guarantees", "mentions", 1, "2022-02-02"),
 ("Moscow put two drafts on the table, one for Washington and one for NATO. Taken together, they ask for a legally binding promise on paper, for Ukraine and Georgia to be kept out of the Alliance for good, and for the Bucharest promise of 2008 to be formally withdrawn.", "vaidas-strazdas", 1, "Vaidas Strazdas", "no-ukraine-membership", "mentions", 1, "2022-02-02"),
 ("Moscow put two drafts on the table, one for Washington and one for NATO. Taken together, they ask for a legally binding promise on paper, for Ukraine and Georgia to be kept out of the Alliance for good, and for the Bucharest promise of 2008 to be formally withdrawn.", "vaidas-strazdas", 1, "Vaidas Strazdas", "rescind-bucharest-2008", "mentions", 1, "2022-02-02"),
 ("It is a very long list, and it was published before any negotiation had even started. That tells you it was written for an audience, not for diplomats.", "vaidas-strazdas", 1, "Vaidas Strazdas", "", "", 1, "2022-02-02"),
 ("No, and I would say this is the clearest red line of all. The German-led battlegroup in Rukla is here because Lithuania asked for it. Sending those troops home to please the Kremlin would create exactly the two classes of members that the Alliance has promised never to accept.", "vaidas-strazdas", 1, "Vaidas Strazdas", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("I would be very careful. Russia already keeps Iskander systems in Kaliningrad, a few dozen kilometres from our border. A moratorium that binds NATO but leaves Kaliningrad untouched would be a trap, and I would not want the Alliance to sign it.", "vaidas-strazdas", 1, "Vaidas Strazdas", "no-intermediate-range-missiles", "rejects", 1, "2022-02-02"),
 ("Our exercises are defensive and they are announced well in advance. Russia held Zapad-2021 with tens of thousands of troops right next to us, with very little transparency. Lithuania should not accept any limit on Allied exercises on its own territory.", "vaidas-strazdas", 1, "Vaidas Strazdas", "limit-military-exercises", "rejects", 1, "2022-02-02"),
 ("Where Allies put their defensive systems on their own territory is simply not Moscow’s business. Poland and Romania host missile defence sites, and that is their sovereign decision.", "vaidas-strazdas", 1, "Vaidas Strazdas", "no-strike-weapons-near-borders", "rejects", 1, "2022-02-02"),
 ("That part of the draft is written very cleverly. It sounds like a technical measure, keeping warships and aircraft out of range of each other’s territory, but in practice it would mean the US Navy leaving the Black Sea and the Baltic.", "vaidas-strazdas", 1, "Vaidas Strazdas", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-02-02"),
 ("The draft treaty asks NATO to give up any military activity in Ukraine, the South Caucasus and Central Asia. In plain language, it is a request to have these countries recognised as a Russian sphere of influence.", "vaidas-strazdas", 1, "Vaidas Strazdas", "no-military-activity-ex-soviet", "mentions", 1, "2022-02-02"),
 ("The Kremlin says it wants talks without preconditions, but it arrives at the table with 100,000 soldiers as its precondition.", "vaidas-strazdas", 1, "Vaidas Strazdas", "no-preconditions", "mentions", 1, "2022-02-02"),
 ("No. I have been following the American statements very closely, and there is nothing to suggest a deal over the heads of the Allies. The replies were coordinated with every capital, including Vilnius.", "vaidas-strazdas", 1, "Vaidas Strazdas", "", "", 1, "2022-02-02"),
 ("Moscow will keep the tension high for as long as it thinks this gives it leverage. Our job is to make sure it does not.", "vaidas-strazdas", 1, "Vaidas Strazdas", "", "", 1, "2022-02-02"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Tuesday that Vilnius saw no point in talks “without preconditions” with a country that had massed troops on Ukraine’s border.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 0, "2022-02-01"),
 ("The first condition is simple: Russia must pull its troops back,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-01"),
]
L["interfax-ukraine-2022-01-13-osce-lukashevich"] = [
 ("The permanent representative of the Russian Federation at the OSCE Alexander Lukashevich at the meeting of the Permanent council in Vienna on Thursday declared that Moscow waits from the western partners a concrete answer on its proposals, first of all regarding non-deployment of the strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("We are ready for the dialogue without any preconditions, but we will not participate in the endless discussions for the sake of the discussions", "alexander-lukashevich", 1, "the diplomat", "no-preconditions", "supports", 1, "2022-01-13"),
 ("If we will not hear the constructive answer to our proposals in the reasonable terms, the Russian side will be forced to take the necessary measures for the elimination of the threats", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("the risk of the war in the OSCE region is now bigger than ever during the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("According to Rau, the participating states must not agree that some state dictates to the neighbours to which alliances they can belong.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("At the same time he informed that the Polish chairmanship is ready to give the platform for the discussion of the Russian proposals about the restrictions of the military exercises „to reduce the tension“.", "zbigniew-rau", 1, "he", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("the dead end or the difference of approaches", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-13"),
 ("We insist that the American ships and the airplanes must not appear in the zones from which they can strike on objects on the territory of Russia", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("The offer of the alliance to restore the military contacts is not interesting for us, while NATO continues the policy of the containment of Russia", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-12"),
 ("If NATO is serious, it must stop the exercises near our borders and remove the forces which were deployed on the territory of new members after 1997", "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("If NATO is serious, it must stop the exercises near our borders and remove the forces which were deployed on the territory of new members after 1997", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("Ukraine will not be the subject of bargaining. Nobody except Ukraine and the members of the Alliance decides about our membership in NATO", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, ""),
 ("Ukraine will not be the subject of bargaining. Nobody except Ukraine and the members of the Alliance decides about our membership in NATO", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, ""),
 ("The minister of defense Oleksii Reznikov declared that the military-technical cooperation with the partners, including the joint exercises and the work of the foreign instructors in Ukraine, will be continued despite Moscow's demands to stop any military activity of NATO on the Ukrainian territory.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("The minister of defense Oleksii Reznikov declared that the military-technical cooperation with the partners, including the joint exercises and the work of the foreign instructors in Ukraine, will be continued despite Moscow's demands to stop any military activity of NATO on the Ukrainian territory.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("but the decisions about Ukraine must not be accepted without Ukraine", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, "2022-01-12"),
]
L["washingtonpost-2022-02-03-putin-demands-analysis"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("The Russian president then listed them: preventing NATO’s expansion, refusing to deploy strike weapons near Russia’s borders, and returning the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "The Russian president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("The Russian president then listed them: preventing NATO’s expansion, refusing to deploy strike weapons near Russia’s borders, and returning the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "The Russian president", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("The Russian president then listed them: preventing NATO’s expansion, refusing to deploy strike weapons near Russia’s borders, and returning the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "The Russian president", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Ukraine’s membership in NATO is not a question of the distant future for us,", "vladimir-putin", 1, "the Russian leader", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("It is a question of whether Europe will be dragged into a war with Russia over Crimea.", "vladimir-putin", 1, "the Russian leader", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("On the American side, national security adviser Jake Sullivan said on Sunday that the United States would not bargain over the alliance’s open door, despite Moscow’s demand that Ukraine be barred from membership forever.", "jake-sullivan", 1, "Jake Sullivan", "nato-open-door", "supports", 0, "2022-01-30"),
 ("On the American side, national security adviser Jake Sullivan said on Sunday that the United States would not bargain over the alliance’s open door, despite Moscow’s demand that Ukraine be barred from membership forever.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We are going to stand with our allies, and we are going to be ready whatever Putin decides,", "joe-biden", 1, "Biden", "", "", 1, "2022-02-02"),
 ("The Russians asked for a treaty because they no longer believe a handshake,", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "written-legal-guarantees", "mentions", 1, ""),
 ("The American reply offers to talk about where offensive systems are placed. That is real arms control, but it is not what Moscow put on the table in December.", "eleanor-whitcombe", 1, "Eleanor Whitcombe", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Moscow asked for everything at once, from a halt to enlargement to a return to the 1997 lines, and it knew perfectly well it would not get all of it,", "konstantin-zaitsev", 1, "Zaitsev", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow asked for everything at once, from a halt to enlargement to a return to the 1997 lines, and it knew perfectly well it would not get all of it,", "konstantin-zaitsev", 1, "Zaitsev", "rollback-to-1997", "mentions", 1, ""),
 ("Washington says the troops must go back first, Moscow says its proposals must come first. Both are waiting for the other to blink,", "konstantin-zaitsev", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-148", "gold-148")
