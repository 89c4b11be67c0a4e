#!/usr/bin/env python3
"""Writes the held-out gold of batch 268 (gold-268/*.nq) from the labels below.

Batch 268 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-21-blinken-lavrov-geneva: Reuters wire story from Geneva
  (front matter, straight quotes, all-caps crosshead); interrupted quotes, an
  anonymous State Department official, an analyst, Ryabkov's 10 January words
  reported in a background sentence, Russia's demands named in narration.
- nytimes-2022-01-27-russia-demands-explained: NYT Q&A-style explainer (front
  matter, question crossheads, "Mr." honorifics, middle initials); document
  descriptions and Baker/Gorbachev 1990 history that are not statements,
  quote fragments of six or more words, two analysts with opposite views.
- interfax-2022-01-27-peskov-call-reporters: Interfax English machine
  translation (no front matter, "Moscow. January 27. INTERFAX" dateline,
  article-less MT English, spaced hyphens as dashes, "Read also" lines);
  many demand-less Peskov quotes, a Duma deputy, 17 December background.
- ukrinform-2022-01-13-kuleba-osce-vienna: Ukrinform news item (UTF-8 BOM and
  CRLF, "13.01.2022 16:05" date, no front matter, "Read also" links); Kuleba,
  Lukashevich, Carpenter, Rau at the OSCE Permanent Council, a Rada chairman,
  a lead paragraph that is Kuleba's reported speech.
- nato-2022-01-26-stoltenberg-press-conference: NATO transcript (front
  matter, bracketed speaker labels, journalists' questions); each answer
  paragraph is one direct quotation; the spokesperson hosts.
- meduza-2022-02-01-putin-breaks-silence: Meduza English news story (no front
  matter, curly quotes and apostrophes, crossheads); Putin on 1 February, a
  quotation from Lavrov's letter (document, not labelled), Grushko on
  Bucharest, Psaki and Blinken readout, a Riga analyst.
- foreignaffairs-2022-01-24-the-price-of-a-deal: Foreign Affairs essay
  excerpt (no front matter, author bio, small-caps crossheads); the author's
  own prose is not attributed speech and gets no label; quotes of Ryabkov,
  Putin, Sherman, Blinken and an anonymous official; Russia's proposals named
  in passing.

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. A direct quotation of six or more words about none of the demands
gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words
quoted from documents, headlines, crossheads, standfirsts, captions and link
lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a
person, supports; undated when no day is given). Dates are the day the words
were said, resolved against the publication date; "" when the text gives no
day. Analysts and experts (independent people) speak for themselves and have
no side: they "support"/"reject" only when they voice the demand in their own
words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-21"
L["reuters-2022-01-21-blinken-lavrov-geneva"] = [
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said he had told Lavrov that there could be no trade-off on the principle that countries choose their own partners.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, D),
 ("There are core principles that we are committed to uphold, including the right of every country to decide its own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Lavrov, speaking at a separate news conference, said he had reminded Blinken that Moscow wanted a firm commitment that the Western alliance would stop moving towards its borders.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lavrov, speaking at a separate news conference, said he had reminded Blinken that Moscow wanted a firm commitment that the Western alliance would stop moving towards its borders.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We expect to receive written answers to all our proposals next week,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Our position is clear: NATO must not expand further to the east, and this must be fixed in a legally binding form.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Our position is clear: NATO must not expand further to the east, and this must be fixed in a legally binding form.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("and we have no plans to attack Ukraine.", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("Blinken said the quickest way to calm the situation was for Russia to reduce its forces.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to begin to convince the world that it has no aggressive intent toward Ukraine, a very good place to start would be to de-escalate, to bring those forces back,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("The Russian minister, who has dismissed Western talk of a coming invasion as hysteria, said that the presence of Russian troops on Russian territory was nobody else's business.", "sergei-lavrov", 1, "The Russian minister", "russia-de-escalation", "rejects", 0, D),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the U.S. response would not address Moscow's call to pull alliance forces out of members that joined after 1997, describing it as \"a non-starter.\"", "us-state-department", 0, "A senior State Department official", "rollback-to-1997", "rejects", 0, ""),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the U.S. response would not address Moscow's call to pull alliance forces out of members that joined after 1997, describing it as \"a non-starter.\"", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russia's demands also include a ban on deployments of intermediate-range missiles in Europe and curbs on exercises near its frontier.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Russia's demands also include a ban on deployments of intermediate-range missiles in Europe and curbs on exercises near its frontier.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("U.S. officials have said they are ready to talk about both on a reciprocal basis.", "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("U.S. officials have said they are ready to talk about both on a reciprocal basis.", "united-states", 0, "U.S. officials", "limit-military-exercises", "mentions", 0, ""),
 ("There are areas where we can make progress, including arms control and transparency about military exercises, if Russia is serious,", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 ("Diplomats in Geneva noted that the tone of Friday's talks was calmer than at the Jan. 10 meeting between Deputy Foreign Minister Sergei Ryabkov and U.S. Deputy Secretary of State Wendy Sherman, when Ryabkov said Ukraine and Georgia must never be allowed to join NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Both sides got what they needed from today: Lavrov got a promise of paper, Blinken got another week,", "marie-claire-duvernoy", 1, "she", "", "", 1, D),
 ("But the gap on enlargement is as wide as it was in December.", "marie-claire-duvernoy", 1, "she", "nato-non-expansion", "mentions", 1, D),
 ("But the gap on enlargement is as wide as it was in December.", "marie-claire-duvernoy", 1, "she", "nato-open-door", "mentions", 1, D),
]

W = "2022-01-26"
L["nytimes-2022-01-27-russia-demands-explained"] = [
 ("We are not asking for anything new; we are asking that promises made to us be put on paper,", "sergei-ryabkov", 1, "Sergei A. Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("Russia also wants both sides to refrain from placing land-based intermediate-range missiles where they could hit each other's territory, and to keep heavy bombers and warships out of waters and airspace from which they could strike the other side.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Russia also wants both sides to refrain from placing land-based intermediate-range missiles where they could hit each other's territory, and to keep heavy bombers and warships out of waters and airspace from which they could strike the other side.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Mr. Blinken", "nato-open-door", "supports", 1, W),
 ("NATO's secretary general, Jens Stoltenberg, said the alliance was ready to discuss arms control, more transparency about exercises and reopening its liaison offices in Moscow, which Russia shut last fall.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, W),
 ("compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, W),
 ("Officials said the reply urged Russia to withdraw the forces it has gathered near Ukraine — by U.S. estimates more than 100,000 troops.", "united-states", 0, "Officials", "russia-de-escalation", "supports", 0, ""),
 ("It is obvious that our key concerns were not taken into account,", "dmitry-peskov", 1, "Mr. Peskov", "", "", 1, ""),
 ("If you strip away the maximalist language, there is a respectable arms control agenda in the Russian drafts,", "rebecca-lindqvist-hale", 1, "Rebecca Lindqvist-Hale", "", "", 1, ""),
 ("a genuinely good idea, whoever proposed it.", "rebecca-lindqvist-hale", 1, "She", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Thomas Okonkwo-Reyes, a Russia scholar at Columbia University, noted that Moscow had demanded a binding promise on enlargement and had said the other issues were secondary.", "thomas-okonkwo-reyes", 1, "Thomas Okonkwo-Reyes", "nato-non-expansion", "mentions", 0, ""),
 ("Thomas Okonkwo-Reyes, a Russia scholar at Columbia University, noted that Moscow had demanded a binding promise on enlargement and had said the other issues were secondary.", "thomas-okonkwo-reyes", 1, "Thomas Okonkwo-Reyes", "written-legal-guarantees", "mentions", 0, ""),
 ("Thomas Okonkwo-Reyes, a Russia scholar at Columbia University, noted that Moscow had demanded a binding promise on enlargement and had said the other issues were secondary.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Thomas Okonkwo-Reyes, a Russia scholar at Columbia University, noted that Moscow had demanded a binding promise on enlargement and had said the other issues were secondary.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Kremlin has made clear that it will not take the arms control pieces and walk away happy,", "thomas-okonkwo-reyes", 1, "he", "", "", 1, ""),
 ("For them, Ukraine is the whole thing.", "thomas-okonkwo-reyes", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
]

T = "2022-01-27"
L["interfax-2022-01-27-peskov-call-reporters"] = [
 ("It is not necessary to hurry with the assessments. The texts are at the President, he familiarizes himself with them, and the analysis will take some time,", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("On the main question - about the non-expansion of NATO and non-deployment of the strike weapon systems near our borders - we cannot speak about the reaction which would take into account our concerns,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, T),
 ("On the main question - about the non-expansion of NATO and non-deployment of the strike weapon systems near our borders - we cannot speak about the reaction which would take into account our concerns,", "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("There is a basis for the continuation of the conversation on the secondary topics, this is true,", "dmitry-peskov", 1, "the Kremlin representative", "", "", 1, T),
 ("To the question of journalists whether Moscow agrees with the position of the West that each state chooses the alliances itself, Peskov answered that the principle of indivisibility of security cannot be read selectively.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 0, T),
 ("Nobody may strengthen the own security at the expense of the security of other states. This is written in the Istanbul documents of the OSCE and the Astana declaration, and this was signed also by the Americans,", "dmitry-peskov", 1, "he", "nato-open-door", "rejects", 1, T),
 ("We need concrete answers, article by article, on paper,", "dmitry-peskov", 1, "he", "", "", 1, T),
 ("This is not the subject for discussion, such sanctions would be politically destructive,", "dmitry-peskov", 1, "he", "", "", 1, T),
 ("Asked about the statements in Washington and Brussels that Russia must withdraw its military from the border of Ukraine, Peskov repeated that movements of Russian troops on Russian territory are internal affair of the Russian Federation and do not threaten anybody.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, T),
 ("We did not move anything anywhere and we will not receive the orders where to hold our troops,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, T),
 ("did not refuse from the contacts", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "supports", 1, T),
 ("Regarding the proposal of NATO to restore the work of the military channels of communication, Peskov said that Moscow \"did not refuse from the contacts\" but the problem is in the substance.", "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, ""),
 ("The restoring of the normal dialogue between the military is important, but it cannot substitute the answer on the main questions, he specified.", "dmitry-peskov", 1, "he", "resume-military-dialogue", "supports", 0, T),
 ("a reaction that allows to count on the beginning of a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, T),
 ("Lavrov also stated that the main question is the clear position of Russia about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of Russia.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, T),
 ("Lavrov also stated that the main question is the clear position of Russia about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of Russia.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, T),
 ("Lavrov also stated that the main question is the clear position of Russia about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of Russia.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Lavrov also stated that the main question is the clear position of Russia about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of Russia.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("If the Americans are not ready to give the legal guarantees, they should understand that Russia will take the measures of military-technical character. The verbal promises we already had in 1990,", "alexei-chepurnykh", 1, "the deputy", "written-legal-guarantees", "supports", 1, ""),
 ("Among others, Moscow proposed to exclude the further expansion of NATO, including the accession of Ukraine, and to refuse the deployment of the forces and weapons in the countries which became members after May 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Among others, Moscow proposed to exclude the further expansion of NATO, including the accession of Ukraine, and to refuse the deployment of the forces and weapons in the countries which became members after May 1997.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Among others, Moscow proposed to exclude the further expansion of NATO, including the accession of Ukraine, and to refuse the deployment of the forces and weapons in the countries which became members after May 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

V = "2022-01-13"
L["ukrinform-2022-01-13-kuleba-osce-vienna"] = [
 ("Ukraine will not allow any decisions about its future to be taken without it, and the only way to reduce tension is for Russia to pull back its troops from the Ukrainian border.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, V),
 ("Russia came to Vienna not to listen but to dictate. But no one in Europe is going to give the Kremlin a right of veto over the choice of Ukraine. The door of NATO is open, and it is for Ukraine and the 30 allies to decide, not for Moscow,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, V),
 ("Russia came to Vienna not to listen but to dictate. But no one in Europe is going to give the Kremlin a right of veto over the choice of Ukraine. The door of NATO is open, and it is for Ukraine and the 30 allies to decide, not for Moscow,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, V),
 ("According to him, the Euro-Atlantic course of Ukraine is enshrined in the Constitution and is not a subject of bargaining.", "dmytro-kuleba", 1, "him", "no-ukraine-membership", "rejects", 0, V),
 ("De-escalation means one thing: Russian troops and equipment must go back to their permanent bases. Everything else is words,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, V),
 ("The head of Ukrainian diplomacy also commented on the Russian demand that NATO should not carry out any military activity on the territory of Ukraine and other non-member states.", "dmytro-kuleba", 1, "The head of Ukrainian diplomacy", "no-military-activity-ex-soviet", "mentions", 0, V),
 ("The head of Ukrainian diplomacy also commented on the Russian demand that NATO should not carry out any military activity on the territory of Ukraine and other non-member states.", "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("This is an attempt to return to spheres of influence. Our cooperation with partners, including joint exercises and training missions, will continue,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, V),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, V),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, V),
 ("Lukashevich also said that the main thing for Russia is to receive legally binding guarantees that NATO will not move eastwards and that strike systems will not be deployed in the immediate vicinity of the Russian border.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, V),
 ("Lukashevich also said that the main thing for Russia is to receive legally binding guarantees that NATO will not move eastwards and that strike systems will not be deployed in the immediate vicinity of the Russian border.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, V),
 ("Lukashevich also said that the main thing for Russia is to receive legally binding guarantees that NATO will not move eastwards and that strike systems will not be deployed in the immediate vicinity of the Russian border.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, V),
 ("Lukashevich also said that the main thing for Russia is to receive legally binding guarantees that NATO will not move eastwards and that strike systems will not be deployed in the immediate vicinity of the Russian border.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Lukashevich also said that the main thing for Russia is to receive legally binding guarantees that NATO will not move eastwards and that strike systems will not be deployed in the immediate vicinity of the Russian border.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Lukashevich also said that the main thing for Russia is to receive legally binding guarantees that NATO will not move eastwards and that strike systems will not be deployed in the immediate vicinity of the Russian border.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We are facing a crisis in European security. The drumbeats of war are sounding loud,", "michael-carpenter", 1, "Carpenter", "", "", 1, V),
 ("He stressed that the United States is open to discussing reciprocal limits on exercises and missile deployments, but \"we will not slam the door on NATO's open-door policy.\"", "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, V),
 ("He stressed that the United States is open to discussing reciprocal limits on exercises and missile deployments, but \"we will not slam the door on NATO's open-door policy.\"", "michael-carpenter", 1, "He", "no-intermediate-range-missiles", "mentions", 0, V),
 ("we will not slam the door on NATO's open-door policy.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 1, V),
 ("Ukrainian Permanent Representative to the international organizations in Vienna Yevhenii Tsymbaliuk called on the participating States to support the demand that Russia withdraw its forces and to use the OSCE tools of transparency.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, V),
 ("Oleksandr Merezhko, Chairman of the Verkhovna Rada Committee on Foreign Policy and Inter-Parliamentary Cooperation, told Ukrinform that Moscow's demand to roll NATO back to the borders of 1997 is \"a diplomatic ultimatum dressed as a treaty\".", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("a diplomatic ultimatum dressed as a treaty", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "rollback-to-1997", "rejects", 1, ""),
 ("No serious country in the alliance will agree to leave the Baltic states and Poland defenceless,", "oleksandr-merezhko", 1, "he", "rollback-to-1997", "rejects", 1, ""),
]

S = "jens-stoltenberg"
J = "Jens Stoltenberg"
L["nato-2022-01-26-stoltenberg-press-conference"] = [
 ("Good afternoon. Today, we have sent written proposals to Russia, in parallel with the United States. We have done this after close consultations among all 30 Allies, and we have shared the text with Ukraine, Georgia, Finland, Sweden and the European Union.", S, 1, J, "", "", 1, W),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we all signed up to, including the Helsinki Final Act.", S, 1, J, "", "", 1, W),
 ("But we cannot and will not compromise on the principles on which the security of our Alliance, and security in Europe and North America, rests. This includes the right of each nation to choose its own path, and NATO's ability to protect and defend all Allies.", S, 1, J, "nato-open-door", "supports", 1, W),
 ("We call on Russia to immediately de-escalate the situation. Russia has continued its military build-up in and around Ukraine and in Belarus, with tens of thousands of combat-ready troops, and we see no sign of any withdrawal.", S, 1, J, "russia-de-escalation", "supports", 1, W),
 ("Our proposals cover three areas. First, the NATO-Russia relationship: we propose to re-establish our respective offices in Moscow and Brussels, and to make full use of military lines of communication to promote transparency and reduce risks, including a civilian hotline for emergency use.", S, 1, J, "resume-military-dialogue", "supports", 1, W),
 ("Second, European security, including the crisis in and around Ukraine. Third, arms control and risk reduction. We are ready to discuss reciprocal transparency and notification of military exercises, and to hold talks on the full range of missile systems, including land-based intermediate-range missiles.", S, 1, J, "limit-military-exercises", "mentions", 1, W),
 ("Second, European security, including the crisis in and around Ukraine. Third, arms control and risk reduction. We are ready to discuss reciprocal transparency and notification of military exercises, and to hold talks on the full range of missile systems, including land-based intermediate-range missiles.", S, 1, J, "no-intermediate-range-missiles", "mentions", 1, W),
 ("Our position is very clear. It is for Ukraine and the 30 Allies to decide when Ukraine is ready to become a member. Russia does not have a veto, and Russia has no right to establish a sphere of influence to control what its neighbours do.", S, 1, J, "nato-open-door", "supports", 1, W),
 ("Our position is very clear. It is for Ukraine and the 30 Allies to decide when Ukraine is ready to become a member. Russia does not have a veto, and Russia has no right to establish a sphere of influence to control what its neighbours do.", S, 1, J, "no-ukraine-membership", "rejects", 1, W),
 ("There will be no moratorium, and we will not go back to a situation with first- and second-class members. We will not remove our battlegroups from the eastern part of the Alliance; they are there because of Russia's actions in 2014, not the other way around.", S, 1, J, "no-ukraine-membership", "rejects", 1, W),
 ("There will be no moratorium, and we will not go back to a situation with first- and second-class members. We will not remove our battlegroups from the eastern part of the Alliance; they are there because of Russia's actions in 2014, not the other way around.", S, 1, J, "rollback-to-1997", "rejects", 1, W),
 ("There are areas where we believe we can find common ground. We are ready to sit down and discuss concrete limits on missiles, and on the conduct of exercises, on a reciprocal basis. This is about reducing risks for all of us.", S, 1, J, "no-intermediate-range-missiles", "mentions", 1, W),
 ("There are areas where we believe we can find common ground. We are ready to sit down and discuss concrete limits on missiles, and on the conduct of exercises, on a reciprocal basis. This is about reducing risks for all of us.", S, 1, J, "limit-military-exercises", "mentions", 1, W),
 ("But we should be realistic. Russia has asked for things that go to the core of our collective defence, and on those we have been clear in our letter, as we were in the NATO-Russia Council on the twelfth of January.", S, 1, J, "", "", 1, W),
 ("I have invited Russia to a new series of meetings in the NATO-Russia Council. Russia has not yet answered. We are ready to meet, and I hope they will come back to the table.", S, 1, J, "", "", 1, W),
 ("I will not speculate about what Russia will do next. What I can say is that Allies are prepared for the worst, and we have increased our presence in the eastern part of the Alliance with more ships and planes.", S, 1, J, "", "", 1, W),
 ("That promise was never made. NATO is a defensive Alliance, and the decision to join has always been taken by sovereign nations through their own democratic processes.", S, 1, J, "nato-open-door", "supports", 1, W),
 ("That promise was never made. NATO is a defensive Alliance, and the decision to join has always been taken by sovereign nations through their own democratic processes.", S, 1, J, "nato-non-expansion", "rejects", 1, W),
]

F = "2022-02-01"
L["meduza-2022-02-01-putin-breaks-silence"] = [
 ("We are analyzing them carefully, but it is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, F),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, F),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, F),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, F),
 ("Putin also argued that Ukraine’s accession to the alliance would drag Europe into a war.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, F),
 ("what, are we supposed to fight the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, F),
 ("The president dismissed the alliance’s insistence that every state is free to pick its own bloc.", "vladimir-putin", 1, "The president", "nato-open-door", "rejects", 0, F),
 ("The president dismissed the alliance’s insistence that every state is free to pick its own bloc.", "nato", 0, "the alliance", "nato-open-door", "supports", 0, ""),
 ("According to Putin, Western capitals “cling to one principle” of the OSCE documents and “forget” the other, that no country may strengthen its security at the expense of others.", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 0, F),
 ("I hope that in the end we will find a solution, although it is not easy,", "vladimir-putin", 1, "Putin", "", "", 1, F),
 ("We expect a concrete answer to the question of why our partners do not want to fulfil the obligations they signed at the top level,", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("If they refuse to answer, that will say a lot.", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("In an interview with the newspaper Izvestia published on Tuesday, he said the alliance was still refusing to give up on Ukraine and Georgia.", "alexander-grushko", 1, "he", "no-ukraine-membership", "supports", 0, F),
 ("The Bucharest formula must be disavowed. As long as the promise made to Kyiv and Tbilisi in 2008 stands, there will be no stability in Europe,", "alexander-grushko", 1, "Grushko", "rescind-bucharest-2008", "supports", 1, F),
 ("Meanwhile, Foreign Ministry spokeswoman Maria Zakharova claimed on Telegram that Western talk of an invasion was “disinformation,” and that it was Washington that should stop “pumping weapons” into Ukraine.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("laid out a serious diplomatic path", "jen-psaki", 1, "Jen Psaki", "", "", 1, ""),
 ("Press Secretary Jen Psaki told reporters in Washington that the United States had “laid out a serious diplomatic path” and was still waiting for Moscow to pull back its troops from the Ukrainian border.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, ""),
 ("immediate Russian de-escalation and the withdrawal of troops and equipment from Ukraine’s borders,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, F),
 ("According to the State Department, Blinken urged “immediate Russian de-escalation and the withdrawal of troops and equipment from Ukraine’s borders,” and reaffirmed U.S. support for NATO’s open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, F),
 ("The call was polite, but no one moved an inch,", "kirill-sokolovsky", 1, "Kirill Sokolovsky", "", "", 1, ""),
 ("Putin needed to show that he is not closing the door, and at the same time to repeat the demands word for word. This is how he keeps the pressure on without committing to anything.", "kirill-sokolovsky", 1, "Kirill Sokolovsky", "", "", 1, ""),
 ("Sokolovsky thinks the Kremlin is unlikely to get what it calls legal guarantees.", "kirill-sokolovsky", 1, "Sokolovsky", "written-legal-guarantees", "mentions", 0, ""),
 ("Sokolovsky thinks the Kremlin is unlikely to get what it calls legal guarantees.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("Nobody in Washington can sell a treaty banning enlargement to the Senate. Moscow knows that perfectly well,", "kirill-sokolovsky", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("Nobody in Washington can sell a treaty banning enlargement to the Senate. Moscow knows that perfectly well,", "kirill-sokolovsky", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
]

L["foreignaffairs-2022-01-24-the-price-of-a-deal"] = [
 ("Russian officials have been explicit that their priority is a written, binding promise that the alliance will never take in Ukraine.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("Russian officials have been explicit that their priority is a written, binding promise that the alliance will never take in Ukraine.", "russia", 0, "Russian officials", "no-ukraine-membership", "supports", 0, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Speaking at an expanded meeting of the Defense Ministry board on December 21, he complained that the West had \"cheated\" Russia by enlarging five times since the 1990s and said Moscow needed \"long-term, legally binding guarantees.\"", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 0, "2021-12-21"),
 ("Speaking at an expanded meeting of the Defense Ministry board on December 21, he complained that the West had \"cheated\" Russia by enlarging five times since the 1990s and said Moscow needed \"long-term, legally binding guarantees.\"", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2021-12-21"),
 ("Speaking at an expanded meeting of the Defense Ministry board on December 21, he complained that the West had \"cheated\" Russia by enlarging five times since the 1990s and said Moscow needed \"long-term, legally binding guarantees.\"", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Nor can Washington accept the Russian proposal that the United States forgo military cooperation with non-NATO former Soviet republics.", "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Secretary of State Antony Blinken has said the United States will continue to provide security assistance to Ukraine, and Georgia and Moldova would regard such a pledge as abandonment.", "antony-blinken", 1, "Antony Blinken", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Likewise, Moscow's call for limits on large exercises near the line of contact echoes confidence-building measures that the West has long pushed in the OSCE's Vienna Document.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("We are prepared to discuss reciprocal restrictions on the size and scope of military exercises,", "united-states", 0, "a senior Biden administration official", "limit-military-exercises", "mentions", 1, ""),
 ("Russia's proposal to keep heavy bombers and surface warships out of range of each other's territory is more problematic, given NATO's presence in the Baltic and Black seas, but incidents-at-sea agreements from the Cold War offer a template.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Even the Kremlin's demand to restore military-to-military channels is one Washington should welcome.", "russia", 0, "the Kremlin", "resume-military-dialogue", "supports", 0, ""),
 ("It's hard to negotiate with a gun to your head.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-19"),
]

write_gold(L, "articles-268", "gold-268")
