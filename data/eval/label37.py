#!/usr/bin/env python3
"""Writes the thirty-seventh held-out gold (gold-37/*.nq) from the labels below.

Batch 37 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later
(only DESIGN.md, the curated gold, and batch 9 as a format example).

Outlets and forms (all seven articles invented but plausible):
- Reuters wire story on Putin's speech to the expanded Defence Ministry board
  (21 Dec 2021); straight quotes, "said X" inversion, Reuters credit line and
  "Our Standards" footer, a 1990 Baker / 1997 Founding Act background paragraph.
- Financial Times analysis after the Geneva / NATO-Russia Council / OSCE week
  (14 Jan 2022); curly quotes, unnamed speakers ("a senior EU official", "one
  Nato ambassador", "An EU diplomat", "A senior German official").
- Ukrinform rewrite of the Ukrainian presidential office readout of the
  Zelensky-Biden call (2 Jan 2022); site junk (share buttons, photo credit,
  "Read also", tags, hyperlink notice), a Bucharest 2008 background paragraph.
- Kremlin transcript excerpt of Putin's annual news conference (23 Dec 2021),
  journalists named by outlet, moderator lines by Peskov; no quote marks.
- Deutsche Welle interview in Q/A form with an (invented) SPD member of the
  Bundestag (27 Jan 2022, the day after the written answers); DW footer junk.
- Interfax item WITHOUT front matter (id = file name; date only in the
  timestamp line and the "Jan 27 (Interfax)" dateline).
- NewsMaker (Moldova) on President Maia Sandu and neutrality (21 Jan 2022);
  guillemets « », UTF-8 BOM and CRLF line ends, cookie banner and share junk.
People no list would know: Alexei Voronin, Katarzyna Wilk, Taras Matviichuk,
Katrin Albers, Viktor Prosvirin, Petru Ciobanu, Ion Muntean.

Labelling conventions (after the curated gold and label9.py):
- One label per (speaker, demand) that a passage expresses; a passage that
  expresses several demands gets several labels with the same evidence.
- Direct quotation: evidence = the words between the marks (punctuation inside
  the marks kept), direct 1. A quotation interrupted by "X said." is two
  passages. Reported speech: evidence = the whole sentence, direct 0. When a
  sentence reports with a short embedded quote (< 6 words), the sentence is the
  evidence; when the demand is carried by an embedded quote of 6+ words, the
  quote is the evidence.
- Transcript and Q/A interview: the speaker's turn is his or her own words
  without marks. Each paragraph of an answer counts as one quotation:
  evidence = the paragraph (without the "Name:" prefix), direct 1; speaker
  name = the name of the turn label ("Vladimir Putin", "Katrin Albers",
  "Albers"). Questions by journalists / the interviewer get no label, nor do
  the moderator's short lines.
- Stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a position (analysts describing what Moscow wants),
  asks, or offers to discuss (Western offers to talk about missiles,
  exercises, bomber and warship activity). Reopening military channels that
  the speaker wants reopened = supports resume-military-dialogue.
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""). Reported speech about no
  demand gets no label. Demands named only as "the main issue", "main
  concerns", "proposals", "security guarantees" as a whole: no demand.
- Historical background (1990 Baker assurance, 1997 Founding Act, Bucharest
  2008, Moldova's 1994 constitution) and words quoted from documents are not
  labelled; site junk and headlines are not labelled.
- Putin's "you cheated us" about NATO expansion backs nato-non-expansion (as
  in the curated gold). A right to choose partners / alliances without a
  Russian veto = nato-open-door supports; on Ukraine explicitly it also
  rejects no-ukraine-membership. Cooperation, instructors and weapons for
  non-NATO former Soviet states (Ukraine, Moldova) = no-military-activity-ex-soviet.
  Pulling troops back from Ukraine's border = russia-de-escalation; Moldova's
  call for Russian troops to leave Transnistria is not that demand.
- Speaker ids: person slugs firstname-lastname; unnamed officials map to their
  institution's actor id ("a senior EU official" -> european-union, "one Nato
  ambassador" -> nato). Speaker name = the words naming the speaker
  at that point (pronouns and role nouns as written, titles dropped).
- Date: the day the words were said, resolved against the publication date;
  "" when the text gives no day (e.g. analysts' quotes without a day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

S = "President Vladimir Putin said on Tuesday that Russia would take \"appropriate military-technical retaliatory measures\" if the West kept up what he called its aggressive line, and demanded that the United States and NATO give Moscow legally binding security guarantees rather than verbal promises."
V = "What Moscow wants is a signature under a promise that NATO will never take in Ukraine, and the generals in that hall heard Putin say he will settle for nothing less,"
L["reuters-2021-12-21-putin-defence-board"] = [
 (S, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-21"),
 ("What they are doing, or trying or planning to do in Ukraine, is not happening thousands of kilometres away from our national border. It is happening on the doorstep of our house,", "vladimir-putin", 1, "Putin", "no-military-activity-ex-soviet", "supports", 1, "2021-12-21"),
 ("They must understand that we simply have nowhere further to retreat.", "vladimir-putin", 1, "Putin", "", "", 1, "2021-12-21"),
 ("He said that if U.S. and NATO strike systems were deployed in Ukraine, missiles could reach Moscow in seven to ten minutes, and in five minutes in the case of hypersonic weapons.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2021-12-21"),
 ("We cannot allow strike systems to stand five minutes' flight from Moscow. For us that is a red line,", "vladimir-putin", 1, "the Russian leader", "no-strike-weapons-near-borders", "supports", 1, "2021-12-21"),
 ("They cheated us, vulgarly and shamelessly cheated us,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-21"),
 ("We need long-term, legally binding guarantees,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("We know very well that even legal guarantees cannot be fully trusted, because the United States easily withdraws from international treaties that have become uninteresting to it. But it is at least something, not just verbal assurances.", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("Defence Minister Sergei Shoigu told the same meeting that U.S. strategic bombers had flown close to Russia's borders about 30 times this year, rehearsing strikes on Russian targets, and said such flights had to stop.", "sergei-shoigu", 1, "Sergei Shoigu", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-21"),
 ("We are not going to drag this out, and we expect the Americans not to drag it out either,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2021-12-21"),
 ("the principle that every country has the right to choose its own alliances.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2021-12-20"),
 (V, "alexei-voronin", 1, "Alexei Voronin", "no-ukraine-membership", "mentions", 1, ""),
 (V, "alexei-voronin", 1, "Alexei Voronin", "written-legal-guarantees", "mentions", 1, ""),
]

ST = "At the Nato-Russia Council on Wednesday, Jens Stoltenberg, the alliance’s secretary-general, said allies had offered talks on arms control, on missile deployments in Europe and on more transparency about military exercises, but would not compromise on the right of every nation to choose its own path."
W = "Moscow has bundled what is negotiable, like missiles, with what is not, like a veto on Ukraine joining Nato,"
L["ft-2022-01-14-europe-sidelined-security-talks"] = [
 ("There can be no discussion about European security without Europeans at the table, and we have made that very clear to Washington,", "european-union", 0, "a senior EU official", "", "", 1, ""),
 ("firmly pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "She", "", "", 1, "2022-01-10"),
 ("to slam closed Nato’s open-door policy", "wendy-sherman", 1, "She", "nato-open-door", "supports", 1, "2022-01-10"),
 ("iron-clad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Grushko said afterwards that Moscow’s proposals were “not a menu” and had to be treated as a package, including the withdrawal of Nato forces deployed in the alliance’s eastern member states after 1997.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("If we accept that allied troops in Poland and the Baltics are a subject for negotiation with Moscow, we have lost before the talks have even begun,", "nato", 0, "one Nato ambassador", "rollback-to-1997", "rejects", 1, ""),
 ("The security of Europe cannot be negotiated in a bilateral conversation between Washington and Moscow,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 (W, "katarzyna-wilk", 1, "Katarzyna Wilk", "no-intermediate-range-missiles", "mentions", 1, ""),
 (W, "katarzyna-wilk", 1, "Katarzyna Wilk", "no-ukraine-membership", "mentions", 1, ""),
 ("Europeans should be writing their own proposals instead of waiting to read Washington’s.", "katarzyna-wilk", 1, "Katarzyna Wilk", "", "", 1, ""),
]

Z = "Zelensky stressed that Ukraine's course towards membership in the EU and NATO is enshrined in the Constitution and that no third country can veto the choice of the Ukrainian people."
L["ukrinform-2022-01-02-zelensky-biden-call"] = [
 (Z, "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 0, "2022-01-02"),
 (Z, "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-02"),
 ("The Head of State also emphasized that Russia must withdraw the troops it has concentrated near Ukraine's borders and return to negotiations in the Normandy format.", "volodymyr-zelensky", 1, "The Head of State", "russia-de-escalation", "supports", 0, "2022-01-02"),
 ("According to a readout released by the White House, Biden also urged Moscow to pull back the forces it has massed near the Ukrainian border and expressed support for confidence-building measures in Donbas.", "joe-biden", 1, "Biden", "russia-de-escalation", "supports", 0, "2022-01-02"),
 ("Had a conversation with @POTUS. Discussed joint actions to keep peace in Europe, reforms and deoligarchization. Grateful for the unwavering support to Ukraine!", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-02"),
 ("Ukraine's right to choose its alliances is not a subject for bargaining between Moscow and Washington. Today we heard that our partners see it exactly the same way.", "andriy-yermak", 1, "Andriy Yermak", "nato-open-door", "supports", 1, "2022-01-02"),
 ("Kremlin foreign policy aide Yuri Ushakov told reporters late on December 30 that Moscow wanted the results of the forthcoming talks to be fixed in legally binding documents.", "yuri-ushakov", 1, "Yuri Ushakov", "written-legal-guarantees", "supports", 0, "2021-12-30"),
 ("Moscow wants the Americans to promise in Geneva that Ukraine will never join NATO. Today's call shows that Washington will not give that promise,", "taras-matviichuk", 1, "Taras Matviichuk", "no-ukraine-membership", "mentions", 1, "2022-01-02"),
]

P5 = "And now they are pumping weapons into Ukraine and sending instructors there. We cannot allow Ukraine to become a NATO member and turn into a springboard against Russia. It is not us who are threatening anyone."
P8 = "But we need results, not endless discussions. We are ready to restore normal contacts between our militaries, which were broken off not by us. And we want what is agreed to be fixed in the form of treaties, and the sooner the better."
L["kremlin-2021-12-23-putin-annual-news-conference"] = [
 ("You know, our actions do not depend on the course of the negotiations but on the unconditional guarantee of Russia's security, today and in the long run. We have made it clear that any further movement of NATO to the east is unacceptable. What is unclear about that?", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("Are we deploying our missiles near the US border? No, we are not. It is the United States that has come to our home with its missiles and is already standing on our doorstep. How would the Americans react if missiles were deployed on the border between Canada and the United States, or between Mexico and the United States? Is it going too far to demand that no strike systems be placed near our home?", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("You are asking us for guarantees. It is you who must give us guarantees, legally binding ones, and you must do it immediately, right now, instead of talking about it for decades.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("In the 1990s you told us that NATO would not move an inch to the east. You cheated us shamelessly: there have been five waves of NATO expansion.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 (P5, "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, "2021-12-23"),
 (P5, "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2021-12-23"),
 ("The Minsk agreements must be implemented; there is simply no alternative to them. But the current authorities in Kiev are not implementing them and refuse even to talk to Donetsk and Lugansk directly.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("So far we have seen a positive reaction overall. Our American partners have told us that they are ready to begin these discussions early next year in Geneva. Both sides have appointed their representatives. I hope that the situation will develop along this track.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 (P8, "vladimir-putin", 1, "Vladimir Putin", "resume-military-dialogue", "supports", 1, "2021-12-23"),
 (P8, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
]

A1 = "It was an answer, not a rejection. We have said clearly where we are ready to negotiate: on intermediate-range missiles in Europe and on transparency about military exercises on both sides. And frankly, the channels between our militaries should never have been cut. I want them reopened."
A2 = "Because it is not ours to give. Whether Ukraine joins NATO is a matter for Ukraine and the 30 allies, not something Berlin settles with Moscow over the heads of Ukrainians. Everyone knows membership is not on the agenda tomorrow. But to promise that it can never happen would mean handing the Kremlin a veto."
A5 = "Yes, if Moscow wants one. Both sides are nervous about how close bombers and warships operate to each other's territory, and that is something we can negotiate about. But first Russia has to pull its troops back from the Ukrainian border. You cannot negotiate with a gun on the table."
L["dw-2022-01-27-albers-interview-nato-answers"] = [
 ("US Secretary of State Antony Blinken said the document set out \"a serious diplomatic path\" for Moscow, but that there was no change, and there would be no change, to NATO's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (A1, "katrin-albers", 1, "Katrin Albers", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 (A1, "katrin-albers", 1, "Katrin Albers", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 (A1, "katrin-albers", 1, "Katrin Albers", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 (A2, "katrin-albers", 1, "Albers", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 (A2, "katrin-albers", 1, "Albers", "nato-open-door", "supports", 1, "2022-01-27"),
 ("That is off the table, full stop. German soldiers are in Rukla because Lithuania asked us to be there, and they will stay as long as Lithuania wants them. We are not going back to 1997.", "katrin-albers", 1, "Albers", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("I understand the frustration in Kyiv, and I take it seriously. But credibility is not measured only in howitzers. Germany has been the biggest financial supporter of Ukraine in Europe for years, and the chancellor has been clear that if Russia attacks, everything is on the table, Nord Stream 2 included.", "katrin-albers", 1, "Albers", "", "", 1, "2022-01-27"),
 (A5, "katrin-albers", 1, "Albers", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 (A5, "katrin-albers", 1, "Albers", "russia-de-escalation", "supports", 1, "2022-01-27"),
]

LV = "There is no positive reaction on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
GR = "The so-called open door policy cannot be a cover for drawing Ukraine and Georgia into the alliance. For us this is a matter of principle,"
L["interfax-2022-01-27-lavrov-us-response"] = [
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("At the same time, there is a reaction which allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-27"),
 ("We will not rush with our assessments. The document needs to be analysed, and this will take some time,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (GR, "alexander-grushko", 1, "the deputy minister", "nato-open-door", "rejects", 1, "2022-01-27"),
 (GR, "alexander-grushko", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("Deputy Foreign Minister Sergei Ryabkov said earlier on Thursday that Moscow had seen no constructive reaction to its demand that NATO pull its forces and weapons back to the positions of 1997, which he called \"an integral part\" of the package.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("We asked for a legally binding document and we received a letter. A letter is not a treaty,", "viktor-prosvirin", 1, "Viktor Prosvirin", "written-legal-guarantees", "supports", 1, ""),
]

SA = "But neutrality is our own choice. Nobody in Moscow or anywhere else can decide for us which partners we have, and our cooperation with the United States and our European partners, including in defence, is not a subject for negotiation between other countries."
L["newsmaker-2022-01-21-sandu-neutrality"] = [
 ("President Maia Sandu said on Thursday that Moldova's constitutional neutrality is «not up for discussion», but that it does not give Russia or anyone else the right to decide which partners Chisinau chooses.", "maia-sandu", 1, "Maia Sandu", "nato-open-door", "supports", 0, "2022-01-20"),
 ("The Republic of Moldova is a neutral state, this is written in our Constitution, and nobody is proposing to change it,", "maia-sandu", 1, "Sandu", "", "", 1, "2022-01-20"),
 (SA, "maia-sandu", 1, "Sandu", "nato-open-door", "supports", 1, "2022-01-20"),
 (SA, "maia-sandu", 1, "Sandu", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-20"),
 ("She called on Russia to pull back the troops it has massed near Ukraine's borders, warning that a war in the region «would be a tragedy for the whole of Europe, including for Moldova».", "maia-sandu", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-20"),
 ("would be a tragedy for the whole of Europe, including for Moldova", "maia-sandu", 1, "She", "", "", 1, "2022-01-20"),
 ("the right of every state to choose its own security arrangements", "nicu-popescu", 1, "Nicu Popescu", "nato-open-door", "supports", 1, "2022-01-19"),
 ("drawing Moldova into military cooperation that contradicts its neutral status", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2022-01-13"),
 ("Neutrality means no NATO instructors and no American weapons for our army. Russia is right to demand this,", "petru-ciobanu", 1, "Petru Ciobanu", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("What Moscow is asking for would freeze Moldova in a grey zone: no Western military help, but Russian soldiers still on the Dniester. That is not neutrality, that is a sphere of influence,", "ion-muntean", 1, "Ion Muntean", "no-military-activity-ex-soviet", "rejects", 1, ""),
]

write_gold(L, "articles-37", "gold-37")
