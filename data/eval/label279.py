#!/usr/bin/env python3
"""Writes the held-out gold of batch 279 (gold-279/*.nq) from the labels below.

Batch 279 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- axios-2022-01-26-us-written-response-russia: Axios, "Why it matters / Driving
  the news" bullets with front matter; Stoltenberg quote interrupted by "he said",
  an anonymous State Department official, in-passing Kremlin demand inside an
  analyst's quote, Lavrov fragments under six words, Bucharest background.
- times-2022-01-13-nato-russia-council-no-deal: The Times news story, no front
  matter, curly quotes, "yesterday"/"last night" against a 12.01am Thursday
  dateline, Grushko quote split in two, Baker/Gorbachev and 1997 Founding Act
  background, an anonymous Nato diplomat's six-word quote.
- gazeta-ru-2022-01-10-ryabkov-geneva-never: Gazeta.ru machine-translated,
  « » quotes followed by ", - said", "Read also" links, Ryabkov rejecting
  de-escalation, an IMEMO expert who voices written guarantees himself.
- hromadske-2022-01-28-interview-hrytsenko-nato-answers: Hromadske Q&A with
  dashes, published 28 Jan but conducted 27 Jan; answers over several
  paragraphs; Moscow's demands attributed in passing ("they want", "they asked for").
- sejm-2022-01-19-joint-committee-security-guarantees: Polish Sejm joint
  committee record in translation, speaker labels, Lukashevich's OSCE words of
  13 Jan reported by a minister on 19 Jan, MPs' questions, an interjection.
- ukrainian-mfa-2022-01-27-statement-us-nato-responses: Ukrainian MFA statement,
  UTF-8 BOM and CRLF, no front matter; the ministry's own sentences are labelled
  as its (non-quoted, direct 0) statements, plus Kuleba's quotations.
- podcast-2022-02-02-the-flank-ignored: podcast transcript, host plus two
  independent analysts, Putin clips via interpreter dated 1 Feb, analysts who
  take stances of their own, Lavrov reported inside a guest's answer.

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

A = "axios-2022-01-26-us-written-response-russia"
D = "2022-01-26"
OK_Q = "offers Moscow plenty to chew on with missiles and drills, but nothing on the one thing the Kremlin says it can't live without — a promise that Ukraine never joins."
L[A] = [
 ("sets out a serious diplomatic path, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the U.S. had put forward ideas on reciprocal transparency for military exercises and on the placement of offensive missiles in Europe, provided Moscow reciprocates.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the U.S. had put forward ideas on reciprocal transparency for military exercises and on the placement of offensive missiles in Europe, provided Moscow reciprocates.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Moscow has demanded that NATO formally rule out Ukraine's membership and pull its forces and weapons out of the allies that joined after 1997.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has demanded that NATO formally rule out Ukraine's membership and pull its forces and weapons out of the allies that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow has also insisted the guarantees be legally binding, rather than political pledges of the kind it says the West broke in the 1990s.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("It's a document that Russia can take away and read carefully, and we hope they will,", "us-state-department", 0, "a senior State Department official", "", "", 1, ""),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("But we cannot compromise on the principles on which the security of our alliance rests, including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, ""),
 ("He again called on Moscow to pull back its forces from around Ukraine and choose the path of dialogue.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, ""),
 ("If Russia is serious about diplomacy, the first step is to pull back the troops it has massed on Ukraine's border.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, ""),
 ("not a menu from which the West can pick and choose.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 ("Lavrov also repeated that Russia wanted an answer \"on the main question\": a halt to NATO's eastward movement and no strike weapons stationed near Russian territory.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lavrov also repeated that Russia wanted an answer \"on the main question\": a halt to NATO's eastward movement and no strike weapons stationed near Russian territory.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 (OK_Q, "rachel-okafor", 1, "Rachel Okafor", "no-intermediate-range-missiles", "mentions", 1, ""),
 (OK_Q, "rachel-okafor", 1, "Rachel Okafor", "limit-military-exercises", "mentions", 1, ""),
 (OK_Q, "rachel-okafor", 1, "Rachel Okafor", "no-ukraine-membership", "mentions", 1, ""),
 (OK_Q, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Neither side has given up on talking, which is the good news,", "rachel-okafor", 1, "she", "", "", 1, ""),
 ("Okafor noted that the offer on exercises echoes Cold War-era confidence-building arrangements, some of which Russia itself walked away from.", "rachel-okafor", 1, "Okafor", "limit-military-exercises", "mentions", 0, ""),
]

A = "times-2022-01-13-nato-russia-council-no-deal"
D = "2022-01-12"
ST = "He said Nato was prepared to discuss limits on missile deployments, greater notice of military exercises and the restoration of contacts between military commanders, but only if Russia stepped back from Ukraine’s border."
TR = "In London, Liz Truss, the foreign secretary, said yesterday that Russia must “pull back and desist” and that Britain would never accept a Kremlin veto over which countries joined Nato."
RY = "He added that a mere moratorium on enlargement “will not satisfy us”, since Moscow wanted its guarantees “on paper, with signatures”."
HA = "Dr Imogen Hartley, of the Centre for Eurasian Strategy at King’s College London, said that the Kremlin’s demand to pull Nato forces back to where they stood in 1997 amounted to “asking the alliance to abandon half of its members”."
GR2 = "If the alliance cannot give a legally binding promise on that, we will ensure our security by other means."
L[A] = [
 ("Nato’s further movement to the east is for us a red line, and we have said so in every possible language,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 (GR2, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 (GR2, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("He said Moscow would “not accept” that Ukraine and Georgia could one day be admitted, and accused the alliance of “drawing Kyiv into its military orbit”.", "alexander-grushko", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("Allies stand united on the core principle that every nation in Europe must be free to decide its own security arrangements, and that Russia has no veto over that,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (ST, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Wendy Sherman, the US deputy secretary of state, who led the American delegation, said Washington would not let anyone “slam shut Nato’s open-door policy”.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("We asked our Russian colleagues for one thing above all: to de-escalate, to send their troops back to barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 (TR, "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, D),
 (TR, "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 0, D),
 ("I see no basis right now for any optimism, but we are not slamming the door either.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (RY, "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (RY, "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (HA, "imogen-hartley", 1, "Dr Imogen Hartley", "rollback-to-1997", "mentions", 0, ""),
 (HA, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("Putin has set the bar so high that any answer will look like a refusal, which may be exactly the point,", "imogen-hartley", 1, "she", "", "", 1, ""),
 ("read out its positions and listened politely", "nato", 0, "A Nato diplomat", "", "", 1, D),
]

A = "gazeta-ru-2022-01-10-ryabkov-geneva-never"
D = "2022-01-10"
RM = "He added that the American side showed readiness to discuss the question of medium-range missiles, but Russia considers this insufficient without the main thing — the non-expansion of the alliance."
SH = "According to her, the USA is ready to discuss with Moscow possible mutual restrictions on the scale of exercises and on the deployment of missiles in Europe, \"if Russia is ready to it\"."
SO = "Americans are ready to talk about missiles and about exercises, and this is already not little. But on the key point — on the non-expansion of NATO — the positions are diametrically opposite"
L[A] = [
 ("Deputy Minister of Foreign Affairs of the Russian Federation Sergey Ryabkov following the results of the Russian-American consultations on security guarantees in Geneva stated that for Moscow it is fundamentally important that Ukraine never becomes a member of the North Atlantic Alliance.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely obligatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 1, D),
 ("The conversation was difficult, long, very professional, specific, without attempts to embellish something or to bypass sharp corners", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The deputy minister emphasized that Moscow does not need promises which can be forgotten in a few years.", "sergei-ryabkov", 1, "The deputy minister", "written-legal-guarantees", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov also said that Moscow is not going to make concessions on the question of non-deployment of strike weapon systems near Russian borders, calling this issue \"a matter of principle\".", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We have no intention to attack Ukraine. Our troops are on our own territory, and to withdraw them somewhere by the demand of Washington we do not plan", "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 1, D),
 (RM, "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (RM, "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We will not allow anyone to slam the door of the open-door policy of NATO", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SH, "wendy-sherman", 1, "her", "limit-military-exercises", "mentions", 0, D),
 (SH, "wendy-sherman", 1, "her", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The de-escalation of the situation on the border of Ukraine would create a conditions for the diplomacy to succeed", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 (SO, "andrei-sokolovsky", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (SO, "andrei-sokolovsky", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (SO, "andrei-sokolovsky", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("In my opinion, Moscow should insist on the written form of the agreements, because the oral promises, as experience of 1990 shows, do not work", "andrei-sokolovsky", 1, "Sokolovsky", "written-legal-guarantees", "supports", 1, ""),
]

A = "hromadske-2022-01-28-interview-hrytsenko-nato-answers"
D = "2022-01-27"
H = "nataliya-hrytsenko"
N = "Nataliya Hrytsenko"
H2 = "The door is open on paper and it stays open. Nobody in Brussels is going to trade Ukraine for a treaty. If the Americans had agreed to write into a document that Ukraine can never join, it would have been a second Munich, and they know that."
H4 = "No, I don't think so. Reciprocal limits on exercises and on where missiles can be placed are old arms-control ideas, from the days of the INF Treaty and the Vienna Document. If Russia really cares about these things, it can have a serious negotiation."
H8 = "The question now is whether they take the ideas on missiles and on notification of exercises, or whether they use the rejection as a pretext."
L[A] = [
 ("We were consulted, and I know that our Foreign Ministry saw the American text before it went to Moscow. That was important for us: nothing about Ukraine without Ukraine.", H, 1, N, "", "", 1, D),
 (H2, H, 1, N, "nato-open-door", "supports", 1, D),
 (H2, H, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("Of course, we also understand that membership is not tomorrow. We have to do our homework, and nobody is pretending otherwise.", H, 1, N, "", "", 1, D),
 ("That is the most cynical point of their draft. They want NATO to disown its own 2008 declaration, as if Ukraine and Georgia could be struck off a list. It will not happen, and Ukraine would never ask for it.", H, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("They want NATO to disown its own 2008 declaration, as if Ukraine and Georgia could be struck off a list.", "russia", 0, "They", "rescind-bucharest-2008", "supports", 0, ""),
 (H4, H, 1, N, "limit-military-exercises", "mentions", 1, D),
 (H4, H, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("What is not acceptable is the idea that the US would stop training our army or delivering weapons to us because we are a former Soviet republic. That would be a return to the logic of Yalta.", H, 1, N, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Lavrov is right in one sense: the answer gives them nothing on the main thing they asked for, a halt to enlargement. But the Kremlin designed these demands to be refused.", H, 1, N, "nato-non-expansion", "mentions", 1, D),
 ("the answer gives them nothing on the main thing they asked for, a halt to enlargement.", "russia", 0, "they", "nato-non-expansion", "supports", 0, ""),
 (H8, H, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 (H8, H, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("That Russia takes its troops away from our border, first of all. That is the only de-escalation that matters; everything else is words.", H, 1, N, "russia-de-escalation", "supports", 1, D),
 ("And we need to be at the table whenever Europe's security is discussed. Ukraine is not a buffer zone, and it is not a subject of somebody else's bargain.", H, 1, N, "", "", 1, D),
 ("The President is trying to keep the economy from panicking, and I understand him. He said this week that the threat is not bigger than it was last spring. I'm not so sure.", H, 1, N, "", "", 1, D),
 ("Honestly, the unity. I expected at least one capital to go soft, and so far none has. The Germans are cautious about weapons, but on the principle of the open door there is no daylight between allies.", H, 1, N, "nato-open-door", "mentions", 1, D),
]

A = "sejm-2022-01-19-joint-committee-security-guarantees"
D = "2022-01-19"
P = "marcin-przydacz"
PN = "Marcin Przydacz"
O = "marek-ostrowski"
ON = "Marek Ostrowski"
P2 = "At the Permanent Council, the Russian ambassador, Mr Alexander Lukashevich, repeated that the Russian Federation expects legally binding guarantees that NATO will not enlarge further. He said that if there is no constructive answer within a reasonable time, Russia will be forced to take measures to restore the military balance."
LU = "At the Permanent Council, the Russian ambassador, Mr Alexander Lukashevich, repeated that the Russian Federation expects legally binding guarantees that NATO will not enlarge further."
P3 = "The position of the Polish government is unchanged and fully coordinated with our allies. We do not accept that any third state should decide whether Ukraine, Georgia or any other country joins the Alliance. The principle of the open door is not for negotiation."
P4 = "Let me also say clearly: the Russian demand that NATO withdraw its forces and infrastructure from the countries that joined after 1997 concerns Poland directly. For us it is absolutely unacceptable. There will be no second-class members of the Alliance."
P4R = "Let me also say clearly: the Russian demand that NATO withdraw its forces and infrastructure from the countries that joined after 1997 concerns Poland directly."
O2 = "Moscow demands that we remove what it calls strike weapons from its neighbourhood, and it means Redzikowo. The base is defensive, and it is not for Moscow to decide about it."
O2R = "Moscow demands that we remove what it calls strike weapons from its neighbourhood, and it means Redzikowo."
L[A] = [
 ("Thank you, Mr Chairman. High Committees, I will report on the OSCE Permanent Council of 13 January, which was opened by Minister Zbigniew Rau as Chairman-in-Office, and on the talks in Geneva and Brussels that preceded it.", P, 1, PN, "", "", 1, D),
 (P2, P, 1, PN, "written-legal-guarantees", "mentions", 1, D),
 (P2, P, 1, PN, "nato-non-expansion", "mentions", 1, D),
 (LU, "alexander-lukashevich", 1, "Mr Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 (LU, "alexander-lukashevich", 1, "Mr Alexander Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (P3, P, 1, PN, "nato-open-door", "supports", 1, D),
 (P3, P, 1, PN, "no-ukraine-membership", "rejects", 1, D),
 (P4, P, 1, PN, "rollback-to-1997", "rejects", 1, D),
 (P4R, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("Mr Chairman, High Committees, regarding exercises: Poland is open to greater transparency, within the Vienna Document, on a reciprocal basis. But we will not accept any restriction that would apply only to allied territory and not to Russia's Western Military District or to Belarus.", O, 1, ON, "limit-military-exercises", "mentions", 1, D),
 (O2, O, 1, ON, "no-strike-weapons-near-borders", "rejects", 1, D),
 (O2R, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Mr Chairman, I want to say something unpopular. We should not pretend that the exercises of recent years near the Russian border have no effect. Reciprocal limits on large exercises, with notification and observers, would be in Poland's interest as well, and we should say so in Brussels.", "tomasz-rudnicki", 1, "Tomasz Rudnicki", "limit-military-exercises", "supports", 1, D),
 ("The Left supports the government's line here. The key is that Russia pulls back the battalion tactical groups from the Ukrainian border and from Belarus; without that, any talk of guarantees is talk under the barrel of a gun.", "pawel-sroka", 1, "Paweł Sroka", "russia-de-escalation", "supports", 1, D),
 ("Madam MP, the Founding Act speaks of the security environment as it was in 1997, and that environment was changed by Russia, not by NATO. The presence of allied forces in Poland is in full accordance with our obligations, and no one will negotiate it away.", P, 1, PN, "rollback-to-1997", "rejects", 1, D),
 ("As for the American reply: the decision belongs to Washington, and we have been assured that allies will see it before it is delivered.", P, 1, PN, "", "", 1, D),
]

A = "ukrainian-mfa-2022-01-27-statement-us-nato-responses"
D = "2022-01-27"
M = "ukrainian-foreign-ministry"
MN = "Ministry of Foreign Affairs of Ukraine"
R4 = "Russia's demands to ban NATO enlargement and to deprive Ukraine of its prospect of membership are unacceptable and have no basis in international law."
R9 = "The Ministry stresses that the Russian Federation's demand for a withdrawal of Allied forces from the territory of states that joined NATO after 1997 is a direct attack on the security of our neighbours, and Ukraine stands in solidarity with them."
L[A] = [
 ("We welcome the fact that the responses contain no concessions on the fundamental principle of the sovereign right of every state to choose its own security arrangements, including membership in alliances.", M, 0, "We", "nato-open-door", "supports", 0, D),
 (R4, M, 0, MN, "nato-non-expansion", "rejects", 0, D),
 (R4, M, 0, MN, "no-ukraine-membership", "rejects", 0, D),
 (R4, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (R4, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The decisions of the 2008 Bucharest Summit remain in force and cannot be revised at the request of a third country.", M, 0, MN, "rescind-bucharest-2008", "rejects", 0, D),
 ("Ukraine’s path to NATO is our sovereign choice, written into our Constitution. No one in Moscow will ever be given a veto over it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, D),
 ("We will not accept any decisions about us taken behind our backs, and our partners have confirmed this to us at every level,", "dmytro-kuleba", 1, "the Minister", "", "", 1, D),
 ("At the same time, the key to de-escalation is in Moscow's hands.", M, 0, MN, "russia-de-escalation", "supports", 0, D),
 ("We call on the Russian Federation to withdraw its forces deployed along the Ukrainian border and in the temporarily occupied territories of Ukraine, and to return to constructive work in the Normandy format and the Trilateral Contact Group.", M, 0, "We", "russia-de-escalation", "supports", 0, D),
 ("Ukraine also rejects attempts by the Russian side to present military cooperation between Ukraine and its partners as a threat to Russia.", M, 0, "Ukraine", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("The training missions of partner states and the supply of defensive weapons to Ukraine are fully consistent with international law and with Article 51 of the UN Charter.", M, 0, MN, "no-military-activity-ex-soviet", "rejects", 0, D),
 (R9, M, 0, "The Ministry", "rollback-to-1997", "rejects", 0, D),
 (R9, "russia", 0, "the Russian Federation", "rollback-to-1997", "supports", 0, ""),
]

A = "podcast-2022-02-02-the-flank-ignored"
D = "2022-02-02"
PU = "It is already clear now that fundamental Russian concerns were ignored. We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the renunciation of deploying strike weapon systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997."
EM = "elena-marchetti"
EN = "Elena Marchetti"
BT = "brian-tulloch"
BN = "Brian Tulloch"
M1 = "What struck me is the list. He named three things, and Ukraine's membership as such is folded into the first. He did not mention the missiles or the exercises at all, which are exactly the areas where Washington actually offered something."
TU3 = "And the Russians actually asked for that too, it's in their draft. That's the irony: the least controversial item on their list is the one nobody is following up on."
L[A] = [
 (PU, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (PU, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (PU, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Imagine Ukraine is a NATO member and starts a military operation in Crimea. What, are we supposed to fight against the NATO bloc? Has anyone thought about that?", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 (M1, EM, 1, EN, "nato-non-expansion", "mentions", 1, D),
 (M1, EM, 1, EN, "no-ukraine-membership", "mentions", 1, D),
 (M1, EM, 1, EN, "no-intermediate-range-missiles", "mentions", 1, D),
 (M1, EM, 1, EN, "limit-military-exercises", "mentions", 1, D),
 ("I'd put it differently. The missile piece is real. The Russians have been worried about Aegis Ashore in Romania and Poland for a decade, and the U.S. letter apparently offers a transparency mechanism so Moscow can check there are no Tomahawks in those launchers. That's a genuine offer.", BT, 1, BN, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Lavrov's line since Friday has been that the letter is good on secondary issues and bad on the main one. He keeps saying the right to choose alliances cannot override the obligation not to strengthen your own security at the expense of others. That's the whole Russian argument in one sentence.", EM, 1, EN, "nato-open-door", "mentions", 1, D),
 ("He keeps saying the right to choose alliances cannot override the obligation not to strengthen your own security at the expense of others.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, ""),
 ("My own view, for what it's worth: NATO should never have let itself be pushed into talking about its membership policy at all. That's not up for negotiation with a third party.", BT, 1, BN, "nato-open-door", "supports", 1, D),
 ("But a deal on exercises — snap drills, notification thresholds, keeping big manoeuvres away from each other's borders — that I would sign tomorrow.", BT, 1, BN, "limit-military-exercises", "supports", 1, D),
 ("The one thing nobody's talking about is the military-to-military channel. Gerasimov and Milley talking regularly, the way the militaries did inside the NATO-Russia Council before 2014, would do more for stability than any treaty. I'd make that the first ask.", EM, 1, EN, "resume-military-dialogue", "supports", 1, D),
 (TU3, BT, 1, BN, "resume-military-dialogue", "mentions", 1, D),
 ("And the Russians actually asked for that too, it's in their draft.", "russia", 0, "the Russians", "resume-military-dialogue", "supports", 0, ""),
 ("As long as the troops are sitting there. The Russians have a hundred-plus battalion tactical groups deployed, and more are heading into Belarus. Logistics tells you more than any press conference.", BT, 1, BN, "", "", 1, D),
 ("Watch the Belarus exercises. Allied Resolve ends on February 20, and if those troops don't go home after that, it tells you everything.", EM, 1, EN, "russia-de-escalation", "mentions", 1, D),
 ("I'm less pessimistic than most of your listeners, I suspect, but not by much.", BT, 1, BN, "", "", 1, D),
 ("I think the letters bought time. Whether anybody uses that time well is another question entirely.", EM, 1, EN, "", "", 1, D),
]

write_gold(L, "articles-279", "gold-279")
