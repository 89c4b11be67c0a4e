#!/usr/bin/env python3
"""Writes the held-out gold of batch 324 (gold-324/*.nq) from the labels below.

Batch 324 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-nato-written-replies-ukraine: Bloomberg news story
  with front matter, bullet standfirst, "Read more" link; Blinken quotes split in
  two, US/NATO rejection and Moscow's demand in one narrative lead, analyst
  quote interrupted by "said", Baker-Gorbachev background, pronoun "He said".
- tass-2022-01-28-security-guarantees-live-updates: TASS live-updates page, no
  front matter, reverse-chronological time stamps, translationese ("Kiev",
  "rational grains"), indirect speech over two sentences (Zakharova), Kremlin
  readout of a Putin-Macron call, analyst with his own stance.
- nato-2022-01-26-stoltenberg-press-conference: NATO transcript with front
  matter, speaker labels, opening remarks and Q&A; each answer paragraph is a
  quotation; questions (some naming demands) get no label; 1990/1997 history
  inside an answer.
- yle-2022-01-13-haavisto-nato-option-osce: Yle News (English service of the
  Finnish broadcaster), UTF-8 BOM and CRLF line ends, no front matter, dates as
  13.1.2022, crossheads, Finnish angle (Finland's own NATO option), OSCE
  Permanent Council of 13 January, Finnish analyst, "Read also" lines.
- foreignpolicy-2022-01-31-putin-wanted-a-treaty: Foreign Policy analysis with
  front matter; long narration of the 17 December drafts, Baker/Founding
  Act/Bucharest background with document quotes, real Ryabkov and Sherman quotes
  of 10 January, Lavrov quote interrupted by "he said on Jan. 28", analysts.
- carnegie-2022-02-02-what-putin-got-qa: Carnegie Q&A, no front matter; each
  answer paragraph is one quotation of the expert, who mostly mentions demands
  but takes her own side on two; other speakers reported inside her answers.
- osce-2022-01-13-us-statement-permanent-council: OSCE Permanent Council
  statement by the US delegation (Carpenter), no front matter, document
  header; the statement is the speaker's own text, so each paragraph of six or
  more words is labelled as one direct quotation, as in a transcript.

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

D = "2022-01-26"
S1 = "The U.S. and NATO delivered written answers to Russia's sweeping security demands on Wednesday, turning down Moscow's insistence that Ukraine be barred from the alliance for good while offering talks on arms control and military transparency that officials hope can avert a war."
S2 = "Blinken said Washington had put forward ideas on reciprocal transparency about military drills in Europe and on the placement of missiles, and was prepared to discuss conditions under which neither side would station offensive systems in Ukraine."
S3 = "Russia's draft treaties, published Dec. 17, call for NATO to rule out any further enlargement and to pull its forces and weapons back to where they stood in 1997, before Poland, Hungary and the Czech Republic joined."
S4 = "Putin asked for a written guarantee that NATO stops growing. He got an invitation to arms-control talks."
S5 = "Vosberg said she thought the offer on missiles and exercises was a sensible one and that Russia should take it."
L["bloomberg-2022-01-26-us-nato-written-replies-ukraine"] = [
 (S1, "united-states", 0, "The U.S.", "no-ukraine-membership", "rejects", 0, D),
 (S1, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, D),
 (S1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The document we've delivered sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We make clear that there are core principles we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 (S2, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (S2, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (S2, "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("He stressed that none of it would happen while Russian forces massed on Ukraine's frontier.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Russia has to choose between diplomacy and confrontation, and the first step is to pull back the forces it has put on Ukraine's borders,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Statements by American and NATO officials that they won't budge on Ukraine's membership do not leave much room for optimism,", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, D),
 (S3, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (S3, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("NATO Secretary-General Jens Stoltenberg said the alliance had sent its own, parallel proposals to Moscow, including an offer to restore the offices that were closed last year and to reopen military channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("He said the alliance would not give Moscow a say over which countries join it.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 ("Washington has offered Moscow a menu of things it never ordered,", "lena-vosberg", 1, "Lena Vosberg", "", "", 1, ""),
 (S4, "lena-vosberg", 1, "Lena Vosberg", "nato-non-expansion", "mentions", 1, ""),
 (S4, "lena-vosberg", 1, "Lena Vosberg", "written-legal-guarantees", "mentions", 1, ""),
 (S4, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
 (S4, "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, ""),
 (S5, "lena-vosberg", 1, "Vosberg", "no-intermediate-range-missiles", "mentions", 0, ""),
 (S5, "lena-vosberg", 1, "Vosberg", "limit-military-exercises", "mentions", 0, ""),
]

D = "2022-01-28"
Z1 = 'Foreign Ministry Spokeswoman Maria Zakharova called "absurd" the demand of Washington that Russia withdraw its troops from its own territory.'
PU = "The Kremlin press service reported that in a telephone conversation with French President Emmanuel Macron, President Vladimir Putin drew attention to the fact that the US and NATO responses did not take into account Russia's fundamental concerns, including preventing NATO expansion, the non-deployment of strike weapons systems near Russian borders, and returning the bloc's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
LV1 = "They write that they are ready to talk about intermediate- and shorter-range missiles and about the transparency of exercises. We are ready to discuss these things, but they are secondary,"
LV2 = "There is no positive reaction in this document to the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
KZ = "In his opinion, Moscow was right to demand that Ukraine be excluded from NATO forever, since any other formula would leave the door open for the deployment of American bases on its territory."
L["tass-2022-01-28-security-guarantees-live-updates"] = [
 (Z1, "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, D),
 (Z1, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("According to her, the Russian armed forces are moving on Russian soil, and no one has the right to dictate to Moscow where they should stand.", "maria-zakharova", 1, "her", "russia-de-escalation", "rejects", 0, D),
 ("What we need are legally binding guarantees, not promises that can be withdrawn at any moment, as happened many times before,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 (PU, "vladimir-putin", 1, "President Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 (PU, "vladimir-putin", 1, "President Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PU, "vladimir-putin", 1, "President Vladimir Putin", "rollback-to-1997", "supports", 0, D),
 ("The key question was ignored - how the United States and its allies intend to follow the principle of indivisibility of security,", "vladimir-putin", 1, "the Russian leader", "", "", 1, D),
 ("I don't think the situation now is more tense than it was a year ago,", "volodymyr-zelensky", 1, "he", "", "", 1, D),
 ("Zelensky also stated that Kiev does not intend to abandon the course for membership in the North Atlantic Alliance, which is enshrined in the country's constitution.", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 0, D),
 ("It would be wrong to expect some quick conclusions. The president has the texts, he is getting acquainted with them,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("They only quote the right of every state to choose alliances freely and forget the second half of the obligation, that no one may strengthen its security at the expense of others,", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, D),
 (LV1, "sergei-lavrov", 1, "the foreign minister", "no-intermediate-range-missiles", "mentions", 1, D),
 (LV1, "sergei-lavrov", 1, "the foreign minister", "limit-military-exercises", "mentions", 1, D),
 (LV2, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LV2, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("If it depends on Russia, there will be no war. We don't want wars,", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 (KZ, "vladimir-kozhin", 1, "Vladimir Kozhin", "no-ukraine-membership", "supports", 0, D),
 (KZ, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-26"
N5 = "At the same time, NATO will not compromise on core principles. Each nation has the right to choose its own path. That includes Ukraine. NATO's relationship with Ukraine will be decided by the thirty Allies and Ukraine, nobody else."
N4 = "We also propose to reciprocally brief each other on our exercises and our nuclear policies, and to work on ways to limit the risk of incidents at sea and in the air. We are ready to discuss arms control, including on missiles of intermediate range."
A12 = "We will not deny countries the right to join. That is a core principle. So there is no way we can give a legally binding commitment that closes the door to future members, whether written down in a treaty or not."
L["nato-2022-01-26-stoltenberg-press-conference"] = [
 ("Today, in parallel with the United States, NATO sent written proposals to Russia. We have shared them with all Allies, and they reflect the views of all thirty Allies.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, D),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we all signed up to, starting with the Helsinki Final Act.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, D),
 ("We propose that Russia and NATO re-establish our respective offices in Moscow and in Brussels. And we propose to make full use of military-to-military channels of communication, to promote transparency and reduce risks, and to set up a civilian hotline for emergency use.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 (N4, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 (N4, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (N5, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (N5, "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("We also call on Russia to immediately de-escalate the situation around Ukraine. The build-up continues, with tens of thousands of combat-ready troops, and now also in Belarus.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("The letter addresses all the issues that Russia has raised, but it also addresses our concerns about Russia's actions.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (A12, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (A12, "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 (A12, "jens-stoltenberg", 1, "Stoltenberg", "written-legal-guarantees", "rejects", 1, D),
 ("We will not withdraw. We will not create first- and second-class members of this Alliance. Poland and the Baltic countries joined NATO freely, and they have the same guarantees as every other Ally.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("If anything, we are now considering to further strengthen our presence in the eastern part of the Alliance, including with new battlegroups in the south-east. That is a defensive response to what Russia is doing.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("That is simply not true. No such promise was ever made, and the issue was not even on the table in 1990, because the Warsaw Pact still existed. In 1997 NATO and Russia signed the Founding Act, and Russia committed to respect the right of all states to choose their own security arrangements.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("It is Russia that has violated the commitments it made, in Georgia in 2008, in Ukraine in 2014, and by deploying forces along Ukraine's borders today.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
]

D = "2022-01-13"
LK = "Lukashevich said Russia wanted a guarantee in law that the alliance would not take in Ukraine, and he repeated that Russia regarded the deployment of Western weapons in Ukraine as a threat."
FS = "Finland and Sweden have both said that this would concern them directly, although neither country has applied."
KA = "In his view, the demand that Nato pull its troops back from its eastern members to where they were in 1997 is so far-reaching that it cannot be a serious basis for negotiation."
L["yle-2022-01-13-haavisto-nato-option-osce"] = [
 ("Foreign Minister Pekka Haavisto (Greens) said on Thursday that Finland retains the option to seek membership of Nato, regardless of what Russia demands from the alliance.", "pekka-haavisto", 1, "Foreign Minister Pekka Haavisto", "nato-open-door", "supports", 0, D),
 ("Finland's room to manoeuvre and freedom of choice are not something that others can negotiate on our behalf,", "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, D),
 ("Russia has demanded that Nato give up enlargement altogether, and in its draft treaty with the alliance it proposes that members commit to not accepting new states.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (FS, "finland", 0, "Finland", "nato-non-expansion", "mentions", 0, ""),
 (FS, "sweden", 0, "Sweden", "nato-non-expansion", "mentions", 0, ""),
 ("President Sauli Niinistö already said in his New Year's speech that Finland's room to manoeuvre also includes the possibility of military alignment and of applying for Nato membership, \"should we ourselves so decide\".", "sauli-niinisto", 1, "President Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-01"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (LK, "alexander-lukashevich", 1, "Lukashevich", "no-ukraine-membership", "supports", 0, D),
 (LK, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, D),
 (LK, "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Russia would like a world where the big powers decide on behalf of small countries. For Finland this is not acceptable, and I do not think it is acceptable for Nato either,", "tuomas-karkkainen", 1, "Kärkkäinen", "nato-open-door", "supports", 1, ""),
 (KA, "tuomas-karkkainen", 1, "his", "rollback-to-1997", "rejects", 0, ""),
 (KA, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The debate has shifted. Many who were against it a year ago are now saying that we must at least keep the door open,", "jussi-halla-aho", 1, "Halla-aho", "", "", 1, D),
 ("Prime Minister Sanna Marin (SDP) said earlier this week that Finland's Nato option is real, but that the country is not currently preparing to apply.", "sanna-marin", 1, "Prime Minister Sanna Marin", "nato-open-door", "supports", 0, ""),
]

F1 = "The documents asked NATO to promise never again to admit a new member, to forswear any military activity in Ukraine, the South Caucasus, and Central Asia, and to withdraw troops and hardware from every country that joined after May 1997."
SH = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,"
LA1 = "The main question is the non-expansion of NATO and the non-deployment of strike weapons near our borders,"
LA2 = "and on that question there is no positive answer."
KV = "He notes that the Russian drafts insisted on legally binding treaties, ratified by the Senate, when any diplomat knew that two-thirds of the Senate would never vote to bar Ukraine from NATO."
L["foreignpolicy-2022-01-31-putin-wanted-a-treaty"] = [
 (F1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (F1, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (F1, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The United States, in its own draft, was to pledge not to station intermediate-range missiles anywhere they could hit Russian territory.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("It is the Bucharest line that Russian diplomats now most want erased.", "russia", 0, "Russian diplomats", "rescind-bucharest-2008", "supports", 0, ""),
 ("absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He added that Moscow wanted the 2008 formula formally disavowed, not just left to gather dust.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 (SH, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 (SH, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("She did, however, signal interest in reviving limits on where missiles can be placed, an idea she noted had been a Russian proposal in 2019.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("According to a version of the U.S. text later published by the Spanish newspaper El País, Washington offered a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, in exchange for reciprocal access to Russian bases.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("It offered talks on notification of large drills.", "united-states", 0, "It", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (LA1, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (LA1, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 (LA2, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (LA2, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("The Kremlin has a habit of asking for the moon and settling for a satellite,", "olga-brennan", 1, "she", "", "", 1, ""),
 ("A verifiable ban on intermediate-range systems in Europe would be a real gain for Moscow, and for us.", "olga-brennan", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (KV, "stephen-kovalenko", 1, "He", "written-legal-guarantees", "mentions", 0, ""),
 (KV, "stephen-kovalenko", 1, "He", "no-ukraine-membership", "mentions", 0, ""),
 (KV, "russia", 0, "the Russian drafts", "written-legal-guarantees", "supports", 0, ""),
 (KV, "russia", 0, "the Russian drafts", "no-ukraine-membership", "supports", 0, ""),
 ("You don't put a demand you could actually win into a format you know can't pass,", "stephen-kovalenko", 1, "Kovalenko", "", "", 1, ""),
 ("If Russia is serious about diplomacy, the first thing it can do is pull back the troops,", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, "2022-01-27"),
]

D = "2022-02-02"
MF = "marina-feldgrube"
C1 = "Two texts: a draft treaty with the United States and a draft agreement with NATO. The core is three things. No further enlargement of NATO, with Ukraine named most often. No deployment of strike weapons near Russia's borders. And a pullback of allied forces and infrastructure to the lines of 1997, which would empty the eastern flank."
C2 = "There is more in there. Moscow wants NATO to stop any military activity in Ukraine, the Caucasus and Central Asia, and it wants both sides to keep warships and bombers out of areas from which they could hit the other. Much of that has been on Russia's wish list for twenty years. What is new is the form: Moscow wants it all on paper and legally binding."
C2r = "Moscow wants NATO to stop any military activity in Ukraine, the Caucasus and Central Asia, and it wants both sides to keep warships and bombers out of areas from which they could hit the other."
C2w = "What is new is the form: Moscow wants it all on paper and legally binding."
C3 = "Because the Kremlin's story is that it was deceived in the 1990s with verbal assurances. Whether or not you accept that story, it drives the insistence on a treaty. Lavrov has said again and again that Russia has no use for verbal promises."
C4 = "I would add that a written guarantee is also a trap for the West. If it signs, NATO's open door is closed by treaty. If it refuses, Moscow can say it tried diplomacy."
C5 = "Yes, and it is more than people think. There is an offer on intermediate-range missiles, an offer on reciprocal transparency for exercises near borders, confidence-building at sea and in the air, and, from NATO, a proposal to restore military-to-military contacts that were cut in 2021."
C7 = "But on Ukraine's membership the answer is no. Secretary Blinken said so publicly, and Stoltenberg was even blunter."
C7b = "Secretary Blinken said so publicly, and Stoltenberg was even blunter."
C8 = "He said that Russia's fundamental concerns had been ignored, and he went back to the argument about indivisible security: a state cannot strengthen its security at the expense of another's. He also talked about Ukraine's membership in a very vivid way, imagining Ukraine in NATO trying to retake Crimea and Russia at war with the alliance."
C8b = "He also talked about Ukraine's membership in a very vivid way, imagining Ukraine in NATO trying to retake Crimea and Russia at war with the alliance."
C11 = "The troops. Roughly 130,000 Russian soldiers are near Ukraine, and more are arriving in Belarus for exercises that start on February 10. Washington and NATO have made de-escalation the condition for everything else, and Moscow says it will move its forces wherever it wants on its own territory."
C11b = "Washington and NATO have made de-escalation the condition for everything else, and Moscow says it will move its forces wherever it wants on its own territory."
C12 = "If diplomacy has a chance, it is in the second-tier issues, missiles and exercises, where the two sides actually overlap. The first-tier issues are where the crisis began, and they remain unsolvable."
L["carnegie-2022-02-02-what-putin-got-qa"] = [
 (C1, MF, 1, "Marina Feldgrube", "nato-non-expansion", "mentions", 1, D),
 (C1, MF, 1, "Marina Feldgrube", "no-ukraine-membership", "mentions", 1, D),
 (C1, MF, 1, "Marina Feldgrube", "no-strike-weapons-near-borders", "mentions", 1, D),
 (C1, MF, 1, "Marina Feldgrube", "rollback-to-1997", "mentions", 1, D),
 (C2, MF, 1, "Marina Feldgrube", "no-military-activity-ex-soviet", "mentions", 1, D),
 (C2, MF, 1, "Marina Feldgrube", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (C2, MF, 1, "Marina Feldgrube", "written-legal-guarantees", "mentions", 1, D),
 (C2r, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (C2r, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (C2w, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (C3, MF, 1, "Marina Feldgrube", "written-legal-guarantees", "mentions", 1, D),
 ("Lavrov has said again and again that Russia has no use for verbal promises.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, ""),
 (C4, MF, 1, "Marina Feldgrube", "written-legal-guarantees", "mentions", 1, D),
 (C4, MF, 1, "Marina Feldgrube", "nato-open-door", "mentions", 1, D),
 (C5, MF, 1, "Marina Feldgrube", "no-intermediate-range-missiles", "mentions", 1, D),
 (C5, MF, 1, "Marina Feldgrube", "limit-military-exercises", "mentions", 1, D),
 (C5, MF, 1, "Marina Feldgrube", "resume-military-dialogue", "mentions", 1, D),
 ("In my view, restoring those military channels is the single most useful thing both sides could do right now. When the generals do not talk, accidents become crises.", MF, 1, "Marina Feldgrube", "resume-military-dialogue", "supports", 1, D),
 (C7, MF, 1, "Marina Feldgrube", "no-ukraine-membership", "mentions", 1, D),
 (C7b, "antony-blinken", 1, "Secretary Blinken", "no-ukraine-membership", "rejects", 0, ""),
 (C7b, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, ""),
 (C8, MF, 1, "Marina Feldgrube", "no-ukraine-membership", "mentions", 1, D),
 (C8b, "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("That is a rhetorical argument for the Ukraine demand, not a new demand. But he did not close the door on talks, which is important.", MF, 1, "Marina Feldgrube", "no-ukraine-membership", "mentions", 1, D),
 ("No. And I don't think it should. A promise never to admit Ukraine would be a promise about a third country, made without that country. Nobody in Kyiv would accept it, and it would not be worth much anyway.", MF, 1, "Marina Feldgrube", "no-ukraine-membership", "rejects", 1, D),
 (C11, MF, 1, "Marina Feldgrube", "russia-de-escalation", "mentions", 1, D),
 (C11b, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 (C11b, "nato", 0, "NATO", "russia-de-escalation", "supports", 0, ""),
 (C11b, "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 (C12, MF, 1, "Marina Feldgrube", "no-intermediate-range-missiles", "mentions", 1, D),
 (C12, MF, 1, "Marina Feldgrube", "limit-military-exercises", "mentions", 1, D),
]

D = "2022-01-13"
MC = "michael-carpenter"
O3 = "The United States has been clear that we are prepared to discuss reciprocal measures that would address the security concerns of all sides. This could include the deployment of certain missile systems in Europe, as well as limits on the scope and scale of military exercises and greater transparency about them. We are ready to work on these issues on the basis of reciprocity."
O5 = "Some of the Russian proposals are simply non-starters. The United States will not agree to close the door on NATO enlargement. Every participating State has the right to be or not to be a party to treaties of alliance. That is not a Western invention; it is written in the Helsinki Final Act, reaffirmed in the Charter of Paris, and restated at Istanbul and Astana, with the Russian Federation's signature on each of these documents."
L["osce-2022-01-13-us-statement-permanent-council"] = [
 ("Let me begin by welcoming Foreign Minister Rau to the Permanent Council and by thanking the Polish Chairmanship for convening this discussion on the renewed dialogue on European security. We are facing a crisis in European security. The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill.", MC, 1, "Ambassador Michael Carpenter", "", "", 1, D),
 ("This week, the United States met with the Russian Federation in Geneva in the Strategic Stability Dialogue, and yesterday our NATO Allies met with Russia in the NATO-Russia Council. Today, this Council, the only body where all fifty-seven participating States sit as equals, has its turn.", MC, 1, "Ambassador Michael Carpenter", "", "", 1, D),
 (O3, MC, 1, "Ambassador Michael Carpenter", "no-intermediate-range-missiles", "mentions", 1, D),
 (O3, MC, 1, "Ambassador Michael Carpenter", "limit-military-exercises", "mentions", 1, D),
 ("But we will not negotiate the security of our Allies and partners without them. Nothing about Ukraine without Ukraine. Nothing about Europe without Europe.", MC, 1, "Ambassador Michael Carpenter", "", "", 1, D),
 (O5, MC, 1, "Ambassador Michael Carpenter", "nato-non-expansion", "rejects", 1, D),
 (O5, MC, 1, "Ambassador Michael Carpenter", "nato-open-door", "supports", 1, D),
 ("Nor will we accept a demand that Allies who joined NATO after 1997 be left without the presence of Allied forces. There are no first-class and second-class members of our Alliance.", MC, 1, "Ambassador Michael Carpenter", "rollback-to-1997", "rejects", 1, D),
 ("The Russian Federation claims that it is threatened by Ukraine. Yet it is Russia that has amassed roughly one hundred thousand troops on Ukraine's border. We call on the Russian Federation to de-escalate, to return its forces to their normal peacetime locations, and to choose the path of diplomacy.", MC, 1, "Ambassador Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 ("We also see value in re-establishing regular contacts between our militaries. The risk of miscalculation grows when channels of communication are closed, and the United States is prepared to explore such contacts, including under the auspices of this Organization and the Forum for Security Co-operation.", MC, 1, "Ambassador Michael Carpenter", "resume-military-dialogue", "supports", 1, D),
 ("We have heard the Russian delegation state that the talks have reached a dead end and that Moscow expects a written response within days. Diplomacy does not work on ultimatums, and it does not work at gunpoint.", MC, 1, "Ambassador Michael Carpenter", "", "", 1, D),
 ("The OSCE has tools for exactly this situation, including the Vienna Document, which Russia has ignored for months. We urge the Russian Federation to make use of them.", MC, 1, "Ambassador Michael Carpenter", "", "", 1, D),
]

write_gold(L, "articles-324", "gold-324")
