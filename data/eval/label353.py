#!/usr/bin/env python3
"""Writes the held-out gold of batch 353 (gold-353/*.nq) from the labels below.

Batch 353 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-27-russia-sees-little-ground-for-optimism: AFP wire story on the
  written answers, no front matter, "Moscow (AFP) –" dateline, dash crossheads,
  interrupted quotations, Lavrov/Peskov/Blinken/Stoltenberg, an analyst, Baker 1990.
- ria-novosti-2022-01-28-ryabkov-usa-ignored-key-demands: RIA Novosti in machine
  translation, « » quotes followed by "— said the diplomat", odd word order,
  background paragraph listing the demands, no front matter.
- white-house-2022-01-26-press-briefing-psaki: White House briefing transcript
  (MS. PSAKI: / Q), front matter; several demands are named only in the
  reporters' questions, and each answer paragraph is one quotation.
- ukrinform-2022-01-21-kuleba-geneva-blinken-lavrov: Ukrinform story with
  "Read also" link lines, "21.01.2022 19:47" date line, lawmaker and analyst.
- the-economist-2022-01-15-a-week-of-talking-past-each-other: Economist analysis
  with front matter, rubric and standfirst, journalist-voiced summary of the demands,
  Geneva/Brussels/Vienna round-up, history (Baker, Founding Act).
- atlantic-council-2022-01-26-experts-react-us-nato-written-responses: Atlantic
  Council "Experts react" with front matter, jump links repeating crossheads,
  multi-paragraph expert quotations (one span per paragraph), bios, caption.
- uk-house-of-lords-2022-01-20-russia-security-proposals: Hansard House of Lords
  oral question, front matter after a UTF-8 BOM, CRLF line ends; the minister's
  paragraphs are direct quotations, peers' questions are not labelled.

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

NNE = "nato-non-expansion"
NUM = "no-ukraine-membership"
BUC = "rescind-bucharest-2008"
STR = "no-strike-weapons-near-borders"
INF = "no-intermediate-range-missiles"
SHIP = "no-warships-aircraft-in-strike-range"
EX = "limit-military-exercises"
R97 = "rollback-to-1997"
EXS = "no-military-activity-ex-soviet"
WLG = "written-legal-guarantees"
NPC = "no-preconditions"
MIL = "resume-military-dialogue"
DE = "russia-de-escalation"
OD = "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-27"; w = "2022-01-26"
e1 = "The United States and NATO on Wednesday handed Moscow their long-awaited replies to draft treaties the Kremlin published in December, in which it called on the Western military alliance to stop growing eastward and to pull back forces from eastern Europe."
e2 = "The main question, the minister said, was Russia's insistence that the alliance take no new members on its western flank and that no strike weapons be stationed close enough to threaten Russian territory."
e3 = "Peskov said Moscow had never made a secret of the fact that it needed iron-clad, signed commitments rather than assurances."
e4 = "He added that a temporary pause in enlargement would not suit the Kremlin."
e5 = "Moscow has also demanded that NATO formally revoke the pledge it made at a 2008 summit in Bucharest that Ukraine and Georgia \"will become members\", a step alliance officials have repeatedly ruled out."
e6 = "The Kremlin asked for a written promise that Ukraine will never be let in, knowing perfectly well it would not get one,"
e7 = "My sense is that the Russians will pocket the arms-control offer and keep pressing on enlargement,"
L["afp-2022-01-27-russia-sees-little-ground-for-optimism"] = [
 (e1, "russia", 0, "the Kremlin", NNE, S, 0, ""),
 (e1, "russia", 0, "the Kremlin", R97, S, 0, ""),
 ("There is a reaction which allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 ("On the main question, there is no positive reaction in this document.", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 (e2, "sergei-lavrov", 1, "the minister", NNE, S, 0, d),
 (e2, "sergei-lavrov", 1, "the minister", STR, S, 0, d),
 (e2, "russia", 0, "Russia", NNE, S, 0, ""),
 (e2, "russia", 0, "Russia", STR, S, 0, ""),
 ("It is obvious that our main concerns were not taken into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, d),
 (e3, "dmitry-peskov", 1, "Peskov", WLG, S, 0, d),
 (e3, "russia", 0, "Moscow", WLG, S, 0, ""),
 (e4, "dmitry-peskov", 1, "He", WLG, S, 0, d),
 (e4, "dmitry-peskov", 1, "He", NNE, S, 0, d),
 (e4, "russia", 0, "the Kremlin", WLG, S, 0, ""),
 (e4, "russia", 0, "the Kremlin", NNE, S, 0, ""),
 ("US Secretary of State Antony Blinken said on Wednesday that the American document \"sets out a serious diplomatic path\" but made clear Washington had not budged on the alliance's open-door policy.", "antony-blinken", 1, "Antony Blinken", OD, S, 0, w),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", OD, S, 1, w),
 ("He said the text offered talks on arms control, on the placement of missiles in Europe and on greater transparency around military drills, and that it was now up to Moscow to decide whether to engage.", "antony-blinken", 1, "He", INF, M, 0, w),
 ("He said the text offered talks on arms control, on the placement of missiles in Europe and on greater transparency around military drills, and that it was now up to Moscow to decide whether to engage.", "antony-blinken", 1, "He", EX, M, 0, w),
 ("If Russia is serious about diplomacy, the first step is obvious,", "antony-blinken", 1, "Blinken", DE, S, 1, w),
 ("Pull back the forces that are massed on Ukraine's borders.", "antony-blinken", 1, "Blinken", DE, S, 1, w),
 ("NATO Secretary General Jens Stoltenberg said the alliance's own letter, delivered separately, proposed restoring the military hotlines that broke down last year and reopening NATO's liaison office in Moscow.", "jens-stoltenberg", 1, "Jens Stoltenberg", MIL, S, 0, ""),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation,", "jens-stoltenberg", 1, "he", "", "", 1, ""),
 ("but we cannot and will not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "he", OD, S, 1, ""),
 (e5, "russia", 0, "Moscow", BUC, S, 0, ""),
 (e5, "nato", 0, "alliance officials", BUC, R, 0, ""),
 ("The response contains nothing that would give Moscow a say over Ukraine's future in NATO,", "dmytro-kuleba", 1, "Kuleba", OD, S, 1, ""),
 (e6, "pavel-lomakin", 1, "Pavel Lomakin", NUM, M, 1, ""),
 (e6, "pavel-lomakin", 1, "Pavel Lomakin", WLG, M, 1, ""),
 (e6, "russia", 0, "The Kremlin", NUM, S, 1, ""),
 (e6, "russia", 0, "The Kremlin", WLG, S, 1, ""),
 ("He said the more interesting question was whether Moscow would take up Washington's offer on missiles and exercises, which he described as \"the only part of the package with real substance\".", "pavel-lomakin", 1, "He", INF, M, 0, ""),
 ("He said the more interesting question was whether Moscow would take up Washington's offer on missiles and exercises, which he described as \"the only part of the package with real substance\".", "pavel-lomakin", 1, "He", EX, M, 0, ""),
 (e7, "pavel-lomakin", 1, "Lomakin", NNE, M, 1, ""),
 (e7, "russia", 0, "the Russians", NNE, S, 1, ""),
]

e1 = "The answers of the USA and NATO on the Russian proposals about security guarantees do not contain the reaction on the key demand of Moscow about non-expansion of the alliance, declared in interview to RIA Novosti the deputy minister of foreign affairs of Russia Sergey Ryabkov."
e2 = "For us the main thing is absolutely clear: the North Atlantic alliance must not expand further to the east, and this must be fixed in the legal form. In the American document it is not there"
e3 = "According to him, Washington again repeated the thesis about so-called «open doors» of NATO, which Moscow considers unacceptable."
e4 = "He declared that the theme of the ground-based intermediate-range and shorter-range missiles in Europe is the one where the positions of the sides «are not so far from each other», and Russia is ready to discuss the mutual moratorium on their deployment."
e5 = "Speaking about the military exercises, the diplomat reminded that Russia proposes to agree on the limitation of the scale of drills in the border zone and on the distance from the line of contact."
e6 = "The head of MFA of Russia Sergey Lavrov on Thursday declared that in the American answer there is «the rational grain» on the secondary questions, but on the main question — about the non-expansion of NATO and non-deployment of strike weapons systems near the Russian borders — there is no positive reaction."
e7 = "Americans never were ready to give the written obligation not to take Ukraine into the NATO, it is the question of the principle for them"
e8 = "The Russian side demands, in particular, to renounce the further expansion of NATO, the return of the forces of the alliance to the positions of 1997 and the non-deployment of the offensive weapons near the borders of Russia."
L["ria-novosti-2022-01-28-ryabkov-usa-ignored-key-demands"] = [
 (e1, "sergei-ryabkov", 1, "Sergey Ryabkov", NNE, S, 0, ""),
 (e1, "russia", 0, "Moscow", NNE, S, 0, ""),
 (e2, "sergei-ryabkov", 1, "the diplomat", NNE, S, 1, ""),
 (e2, "sergei-ryabkov", 1, "the diplomat", WLG, S, 1, ""),
 (e3, "sergei-ryabkov", 1, "him", OD, R, 0, ""),
 (e3, "russia", 0, "Moscow", OD, R, 0, ""),
 ("We heard once more that every state allegedly has the right to choose alliances. But the principle of indivisibility of security says that nobody can strengthen own security at the expense of security of others", "sergei-ryabkov", 1, "Ryabkov", OD, R, 1, ""),
 ("It is impossible to take from our package only the convenient for Americans elements, for example about missiles, and to put aside the rest", "sergei-ryabkov", 1, "he", INF, M, 1, ""),
 (e4, "sergei-ryabkov", 1, "He", INF, S, 0, ""),
 (e4, "russia", 0, "Russia", INF, S, 0, ""),
 ("We proposed still in 2019 the moratorium on the deployment of such missiles in Europe, the Americans then did not want to hear. Now they suddenly became interested", "sergei-ryabkov", 1, "Ryabkov", INF, S, 1, ""),
 (e5, "sergei-ryabkov", 1, "the diplomat", EX, S, 0, ""),
 (e5, "russia", 0, "Russia", EX, S, 0, ""),
 ("This is normal, mutual, verifiable measures, nothing exotic", "sergei-ryabkov", 1, "he", EX, S, 1, ""),
 ("Ryabkov also again called to the USA to refuse from the military development of the territory of the states which are not members of NATO, including Ukraine.", "sergei-ryabkov", 1, "Ryabkov", EXS, S, 0, ""),
 ("The activity of the Western instructors and the supplies of weapons to Ukraine must be stopped, this is the part of our proposals", "sergei-ryabkov", 1, "the deputy minister", EXS, S, 1, ""),
 ("the conversation about the secondary things cannot replace the principal", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, ""),
 ("are trying to present the old proposals as the new ones", "maria-zakharova", 1, "Zakharova", "", "", 1, ""),
 (e6, "sergei-lavrov", 1, "Sergey Lavrov", NNE, S, 0, "2022-01-27"),
 (e6, "sergei-lavrov", 1, "Sergey Lavrov", STR, S, 0, "2022-01-27"),
 ("It is obvious that the main concerns of Russia were not taken into account", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 (e7, "igor-shchegolev", 1, "the expert", WLG, M, 1, ""),
 (e7, "igor-shchegolev", 1, "the expert", NUM, M, 1, ""),
 (e8, "russia", 0, "The Russian side", NNE, S, 0, ""),
 (e8, "russia", 0, "The Russian side", R97, S, 0, ""),
 (e8, "russia", 0, "The Russian side", STR, S, 0, ""),
]

d = "2022-01-26"
P = "jen-psaki"; N = "MS. PSAKI"
a2 = "They have said that, and we've heard them. I'd just reiterate that no country gets to decide for another country who its alliances are. We're not going to be in the business of closing the door, in writing or otherwise."
a7 = "We've said we'll meet them at the table. Secretary Blinken has been in touch with Foreign Minister Lavrov, and we expect they will speak in the coming days. It's hard to imagine real progress while there's a gun pointed at Ukraine's head, but we're not the ones walking away from diplomacy."
L["white-house-2022-01-26-press-briefing-psaki"] = [
 ("Hi, everyone. Okay, a couple of items for you at the top.", P, 1, N, "", "", 1, d),
 ("As you all know, Ambassador Sullivan delivered our written response to the Russian government in Moscow earlier today. The Secretary of State will speak to it in more detail this afternoon, so I'm not going to get ahead of him on the specifics.", P, 1, N, "", "", 1, d),
 ("But I will say this: The document reflects close consultation with our allies and partners, including Ukraine, and it lays out a serious diplomatic path forward should Russia choose it.", P, 1, N, "", "", 1, d),
 ("With that, Zeke, why don't you kick us off.", P, 1, N, "", "", 1, d),
 ("Well, I'd say a couple of things. First, we've been clear publicly and privately, as have our NATO Allies, that the Alliance's door is open and that is not something that is up for negotiation. That is a decision for NATO countries and for countries that aspire to join, and not for Russia.", P, 1, N, OD, S, 1, d),
 ("What the document does do is identify areas where we believe we can make progress — reciprocal transparency measures, commitments on the deployment of offensive missile systems, arms control. Those are areas where we think there is real work to be done.", P, 1, N, INF, M, 1, d),
 (a2, P, 1, N, OD, S, 1, d),
 (a2, P, 1, N, NUM, R, 1, d),
 (a2, P, 1, N, WLG, R, 1, d),
 ("We're not planning to release it publicly. We believe diplomacy has the best chance to succeed if we provide space for confidential talks. If the Russians want to release it, that's their choice.", P, 1, N, "", "", 1, d),
 ("No decision has been made at this point. Those are troops that would be deployed, if they are deployed, to reassure our NATO Allies on the Eastern flank. They are not going to fight in Ukraine.", P, 1, N, "", "", 1, d),
 ("We continue to believe that an attack could be imminent. There are more than 100,000 Russian troops along the border, and we have seen no meaningful movement in the direction of de-escalation.", P, 1, N, DE, S, 1, d),
 ("The best step Russia could take right now to show it is serious about diplomacy is to pull those forces back. That's what we've been calling for for weeks.", P, 1, N, DE, S, 1, d),
 ("No. That's a nonstarter, and we've said that from the beginning. We're not going to negotiate the posture of our Allies over their heads.", P, 1, N, R97, R, 1, d),
 (a7, P, 1, N, NPC, M, 1, d),
 (a7, P, 1, N, DE, S, 1, d),
 ("I think I'd point you to what Under Secretary Nuland said this morning, which is that if Russia invades Ukraine one way or another, Nord Stream 2 will not move forward. I don't have anything more to add beyond that.", P, 1, N, "", "", 1, d),
 ("He hasn't spoken with him today, but I expect they'll be in touch in the coming days. We've been in close contact with the Ukrainian government at every level throughout the process of putting this response together.", P, 1, N, "", "", 1, d),
]

d = "2022-01-21"
e1 = "According to him, Russia's demand that NATO guarantee it will never accept Ukraine is \"an attempt to return Europe to the era of spheres of influence.\""
e2 = "The Kremlin wants a veto over NATO enlargement and the withdrawal of Allied troops from Eastern Europe. Neither is possible, and Moscow knows it perfectly well,"
e3 = "In his opinion, the task of Ukrainian diplomacy now is to ensure that no agreement between Washington and Moscow, for example on missiles or exercises, is concluded at the expense of Ukraine."
e4 = "For the West, talking about the scale of exercises is normal arms control. For the Kremlin, it is just a bonus. What Russia really wants is a Ukraine outside NATO forever, and there the West has nothing to offer,"
e5 = "In particular, Moscow demands that NATO refuse to further expand eastward, to not deploy strike weapons near Russian borders, and to refrain from any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia."
e6 = "We insist on a legally binding answer on the main issue: NATO must not move further east. This is not a matter of preferences but a matter of principle for us,"
L["ukrinform-2022-01-21-kuleba-geneva-blinken-lavrov"] = [
 ("Ukraine's Foreign Minister Dmytro Kuleba has said that the United States made it clear to Russia in Geneva that Ukraine's path to NATO is not a subject for bargaining.", "dmytro-kuleba", 1, "Dmytro Kuleba", OD, S, 0, d),
 ("Secretary Blinken informed me right after the meeting. I want to stress: the United States did not give Russia anything that concerns Ukraine behind our back, and will not give,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, d),
 (e1, "dmytro-kuleba", 1, "him", NUM, R, 0, d),
 (e1, "russia", 0, "Russia", NUM, S, 0, ""),
 ("The decision on membership in the Alliance is taken by Ukraine and by the 30 Allies. Not by Moscow. The open door policy of NATO is not a gift, it is a principle,", "dmytro-kuleba", 1, "the minister", OD, S, 1, d),
 ("Kuleba added that Ukraine supports all diplomatic efforts aimed at de-escalation, but stressed that the first step should be taken by the side that has concentrated troops near the borders of Ukraine.", "dmytro-kuleba", 1, "Kuleba", DE, S, 0, d),
 ("We expect Russia to withdraw its forces from the border with Ukraine and from the temporarily occupied territories. This is the only real de-escalation,", "dmytro-kuleba", 1, "he", DE, S, 1, d),
 ("We were not expecting any breakthroughs today, but I believe we are now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("At the same time, the U.S. Secretary of State stressed that Washington \"will not compromise on the core principles,\" including the right of Ukraine to choose its own alliances.", "antony-blinken", 1, "the U.S. Secretary of State", OD, S, 0, d),
 (e6, "sergei-lavrov", 1, "the Russian minister", NNE, S, 1, d),
 (e6, "sergei-lavrov", 1, "the Russian minister", WLG, S, 1, d),
 ("has never threatened the Ukrainian people", "sergei-lavrov", 1, "He", "", "", 1, d),
 (e2, "oleksandr-merezhko", 1, "Merezhko", NNE, R, 1, ""),
 (e2, "oleksandr-merezhko", 1, "Merezhko", R97, R, 1, ""),
 (e2, "russia", 0, "The Kremlin", NNE, S, 1, ""),
 (e2, "russia", 0, "The Kremlin", R97, S, 1, ""),
 (e3, "oleksandr-merezhko", 1, "his", INF, M, 0, ""),
 (e3, "oleksandr-merezhko", 1, "his", EX, M, 0, ""),
 ("Political analyst, director of the Kyiv Centre for Security Dialogue Yuliia Hnatiuk noted that the West had already signalled readiness to talk about the limitation of military exercises and arms control, but not about \"red lines\" for NATO.", "yuliia-hnatiuk", 1, "Yuliia Hnatiuk", EX, M, 0, ""),
 (e4, "yuliia-hnatiuk", 1, "the analyst", EX, M, 1, ""),
 (e4, "yuliia-hnatiuk", 1, "the analyst", NUM, M, 1, ""),
 (e4, "russia", 0, "Russia", NUM, S, 1, ""),
 (e5, "russia", 0, "Moscow", NNE, S, 0, ""),
 (e5, "russia", 0, "Moscow", STR, S, 0, ""),
 (e5, "russia", 0, "Moscow", EXS, S, 0, ""),
]

g = "2022-01-10"
e1 = "It wants NATO to promise, in a legally binding text, that it will never again take in a new member in the east, least of all Ukraine or Georgia."
e2 = "It wants the alliance to remove the troops and kit it has placed in countries that joined after 1997, which would mean leaving Poland, the Baltic states and Romania all but bare."
e3 = "And it wants America to keep its missiles, bombers and warships out of range of Russian territory."
e4 = "Ms Sherman said America was willing to discuss where intermediate-range missiles might be placed in Europe, and limits on the size and scope of exercises, provided Russia reciprocated."
e5 = "Mr Ryabkov called that a step in the right direction, but complained that Washington wanted \"to pick the cherries off our cake.\""
e6 = "Russia's demand that NATO should no longer admit new members is something we cannot accept,"
L["the-economist-2022-01-15-a-week-of-talking-past-each-other"] = [
 ("like watching two people read out their own shopping lists to each other.", "henrik-vasstrand", 1, "Henrik Vasstrand", "", "", 1, ""),
 (e1, "russia", 0, "It", WLG, S, 0, ""),
 (e1, "russia", 0, "It", NNE, S, 0, ""),
 (e1, "russia", 0, "It", NUM, S, 0, ""),
 (e2, "russia", 0, "It", R97, S, 0, ""),
 (e3, "russia", 0, "it", INF, S, 0, ""),
 (e3, "russia", 0, "it", SHIP, S, 0, ""),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards—guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", WLG, S, 1, g),
 ("Wendy Sherman, his American counterpart, was equally firm that the answer on enlargement was no.", "wendy-sherman", 1, "Wendy Sherman", NNE, R, 0, g),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "she", OD, S, 1, g),
 (e4, "wendy-sherman", 1, "Ms Sherman", INF, M, 0, g),
 (e4, "wendy-sherman", 1, "Ms Sherman", EX, M, 0, g),
 (e5, "sergei-ryabkov", 1, "Mr Ryabkov", INF, S, 0, g),
 (e5, "sergei-ryabkov", 1, "Mr Ryabkov", EX, S, 0, g),
 ("to pick the cherries off our cake.", "sergei-ryabkov", 1, "Mr Ryabkov", "", "", 1, g),
 (e6, "jens-stoltenberg", 1, "he", NNE, R, 1, "2022-01-12"),
 (e6, "russia", 0, "Russia", NNE, S, 1, ""),
 ("He did, though, propose a series of further meetings on arms control and on restoring communication between militaries, which froze after NATO expelled eight Russian diplomats in October.", "jens-stoltenberg", 1, "He", MIL, S, 0, "2022-01-12"),
 ("Michael Carpenter, his American counterpart, described the drumbeat of war as \"loud\" and urged Russia to pull back its forces.", "michael-carpenter", 1, "Michael Carpenter", DE, S, 0, "2022-01-13"),
 ("You don't publish a draft treaty on your foreign ministry's website if you want to negotiate it,", "anna-lindqvist", 1, "Anna Lindqvist", "", "", 1, ""),
 ("The open door is a principle. You cannot bargain away a principle and keep an alliance,", "kristjan-lepp", 1, "Kristjan Lepp", OD, S, 1, ""),
]

f2 = "At the same time, the United States put serious offers on the table. Reciprocal limits on intermediate-range missiles in Europe, transparency on exercises, and maybe even inspections at Aegis Ashore sites in Romania and Poland. These are things Moscow has itself asked for in the past."
m1 = "Let's be honest about what the Kremlin asked for. It asked for a legally binding end to enlargement and for NATO to pull its forces back to where they stood in 1997. It got neither, and it was never going to."
m2 = "Lavrov and Ryabkov have said again and again that missiles and exercises are secondary. So I expect Moscow to describe today's letters as evasive, and to keep its troops where they are."
r2 = "I would not rule out that Moscow also picks up the offer to restore the military-to-military channels that collapsed in the autumn. Those are cheap for both sides and could save lives in an incident over the Black Sea. NATO's letter apparently offers precisely that, and the Kremlin has complained loudly about their absence."
r3 = "What Europe must not do is signal that it would accept a freeze on membership as a temporary compromise. A moratorium is still a veto, just with a date attached."
L["atlantic-council-2022-01-26-experts-react-us-nato-written-responses"] = [
 ("But Secretary of State Antony Blinken said the US response \"makes clear that there are core principles that we are committed to uphold,\" including NATO's open door, while offering talks on arms control and military transparency.", "antony-blinken", 1, "Antony Blinken", OD, S, 0, "2022-01-26"),
 ("The response is about what I expected, and that's a compliment. The administration refused to trade away the right of Ukraine, or anyone else, to seek NATO membership someday. That was never negotiable, and it shouldn't be.", "daniel-fried", 1, "Daniel Fried", OD, S, 1, ""),
 (f2, "daniel-fried", 1, "Daniel Fried", INF, M, 1, ""),
 (f2, "daniel-fried", 1, "Daniel Fried", EX, M, 1, ""),
 (f2, "russia", 0, "Moscow", INF, S, 1, ""),
 (f2, "russia", 0, "Moscow", EX, S, 1, ""),
 ("If Putin wants a deal that improves Russian security, it's there. If he wants a pretext, he'll say nobody listened. We'll know which soon enough.", "daniel-fried", 1, "Daniel Fried", "", "", 1, ""),
 (m1, "elena-martynova", 1, "Elena Martynova", WLG, M, 1, ""),
 (m1, "elena-martynova", 1, "Elena Martynova", NNE, M, 1, ""),
 (m1, "elena-martynova", 1, "Elena Martynova", R97, M, 1, ""),
 (m1, "russia", 0, "the Kremlin", WLG, S, 1, ""),
 (m1, "russia", 0, "the Kremlin", NNE, S, 1, ""),
 (m1, "russia", 0, "the Kremlin", R97, S, 1, ""),
 (m2, "elena-martynova", 1, "Elena Martynova", INF, M, 1, ""),
 (m2, "elena-martynova", 1, "Elena Martynova", EX, M, 1, ""),
 ("My own view is that the West should stop treating the troop build-up as background noise. Any serious negotiation has to start with Russia pulling those forces back from Ukraine's borders. Talks at gunpoint are not talks.", "elena-martynova", 1, "Elena Martynova", DE, S, 1, ""),
 ("The Europeans have spent the past month complaining that they were not at the table. Well, now the letters are out, and the hardest part of this crisis — deterrence in the east and support for Ukraine — falls on them too.", "thomas-reinholt", 1, "Thomas Reinholt", "", "", 1, ""),
 (r2, "thomas-reinholt", 1, "Thomas Reinholt", MIL, S, 1, ""),
 (r2, "russia", 0, "the Kremlin", MIL, S, 1, ""),
 (r3, "thomas-reinholt", 1, "Thomas Reinholt", NNE, R, 1, ""),
 (r3, "thomas-reinholt", 1, "Thomas Reinholt", OD, S, 1, ""),
]

d = "2022-01-20"
A = "tariq-ahmad"; AN = "Lord Ahmad of Wimbledon"
a1 = "My Lords, the draft treaties published by Russia contain a number of proposals that are simply unacceptable to the United Kingdom and to our allies. In particular, Russia seeks to deny sovereign nations the right to decide their own security arrangements, and to dictate to NATO which countries it may or may not admit. We will not accept that."
a3 = "The noble Baroness raises an important historical point, and I understand the argument. But the Bucharest declaration stands, and it is for Ukraine and the allies to decide on its implementation, not for a third country. We will not reopen it at Russia's request."
a4 = "The noble Lord makes a fair point. We have been in close contact with the United States throughout, and the UK supports discussions on intermediate-range missile deployments and on the scale and notification of military exercises, provided they are reciprocal and verifiable."
a5 = "The noble Lord speaks with great experience. I agree that the demand for a legally binding guarantee of that kind is not one that any member of the alliance could accept. What we can offer is dialogue, in good faith, on issues of mutual concern."
c1 = "My Lords, we on these Benches fully support the Government's position that Ukraine's sovereignty is not negotiable. However, there is a real risk that the Russian proposals on missiles and exercises, some of which are not unreasonable in themselves, are lost in the noise. A reciprocal agreement on where intermediate-range missiles may be stationed in Europe would serve British interests as well as Russian ones."
n1 = "My Lords, having served in Moscow in the 1990s, I can tell the House that Russian complaints about enlargement are not new. In 1997 Boris Yeltsin signed the Founding Act precisely because he had been unable to stop it. What is new is that Moscow is now demanding that the West put in writing, as a binding treaty obligation, a promise it knows no Western Government could ever give."
L["uk-house-of-lords-2022-01-20-russia-security-proposals"] = [
 (a1, A, 1, AN, OD, S, 1, d),
 (a1, A, 1, AN, NNE, R, 1, d),
 (a1, "russia", 0, "Russia", NNE, S, 1, ""),
 (a1, "russia", 0, "Russia", OD, R, 1, ""),
 ("We have been clear, together with our allies, that we are ready to engage with Russia on reciprocal arms control, on risk reduction and on transparency measures. The talks last week demonstrated that there is space for that conversation, but it must take place in an atmosphere of de-escalation, and that means Russia withdrawing the forces it has massed on Ukraine's borders.", A, 1, AN, DE, S, 1, d),
 ("I can give my noble friend that assurance without qualification. The deployment of our forces in Estonia is a sovereign matter agreed between allies. Returning NATO to the posture of a quarter of a century ago is not on the table, and I do not believe it ever will be.", A, 1, AN, R97, R, 1, d),
 (a3, A, 1, AN, BUC, R, 1, d),
 (a3, A, 1, AN, OD, S, 1, d),
 (a3, "russia", 0, "Russia", BUC, S, 1, ""),
 (c1, "lord-carraway", 1, "Lord Carraway", INF, S, 1, d),
 (c1, "lord-carraway", 1, "Lord Carraway", EX, M, 1, d),
 (c1, "russia", 0, "Russian", INF, S, 1, ""),
 (c1, "russia", 0, "Russian", EX, S, 1, ""),
 (a4, A, 1, AN, INF, M, 1, d),
 (a4, A, 1, AN, EX, M, 1, d),
 (n1, "lord-dunmore-of-strathblane", 1, "Lord Dunmore of Strathblane", WLG, M, 1, d),
 (n1, "lord-dunmore-of-strathblane", 1, "Lord Dunmore of Strathblane", NNE, M, 1, d),
 (n1, "russia", 0, "Moscow", WLG, S, 1, ""),
 (n1, "russia", 0, "Moscow", NNE, S, 1, ""),
 (a5, A, 1, AN, WLG, R, 1, d),
 (a5, A, 1, AN, NNE, R, 1, d),
 ("My right honourable friend the Foreign Secretary has made clear that she is prepared to travel to Moscow and to meet Foreign Minister Lavrov. Diplomacy remains our preferred course, but the House should be under no illusion: any further Russian incursion into Ukraine would be a massive strategic mistake, and there would be severe costs.", A, 1, AN, "", "", 1, d),
]

write_gold(L, "articles-353", "gold-353")
