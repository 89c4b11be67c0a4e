#!/usr/bin/env python3
"""Writes the held-out gold of batch 318 (gold-318/*.nq) from the labels below.

Batch 318 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-27-putin-wrote-the-answer-he-wanted-to-reject: Bloomberg
  Opinion column; the columnist paraphrases the drafts, "Wednesday"/"Thursday"
  dates, an unnamed "Washington", Baker/1997/Bucharest background not labelled.
- ria-novosti-2022-01-18-grushko-interview: RIA Novosti Q&A with Grushko in
  machine-translated English, dashes for turns, « » headline, one span per answer paragraph.
- nato-2022-01-12-press-point-nato-russia-council: NATO press conference
  transcript with speaker labels; Russia's demands reported inside Stoltenberg's answers.
- ukrainska-pravda-2022-01-26-kuleba-us-answer-no-concessions: Ukrainska Pravda
  English story, "Quote from Kuleba:", "Background:"/"Reminder:" blocks, "Read also" links.
- politico-2022-01-21-blinken-lavrov-geneva: Politico story; interrupted quotes,
  an anonymous State Department official, an invented congressman and analyst.
- wilson-center-2022-02-03-expert-qa-after-the-answers: Wilson Center expert Q&A;
  three (partly invented) experts who report Putin's and Lavrov's demands and take stances.
- bundesregierung-2022-01-14-government-press-conference: German government press
  conference (translation), UTF-8 BOM and CRLF; journalists' questions carry claims, not labelled.

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
import os
from goldlib import write_gold

HERE = os.path.dirname(os.path.abspath(__file__))


def P(doc, start, label=""):
    """The whole paragraph (one line) of doc that begins, after label, with start."""
    with open(os.path.join(HERE, "articles-318", doc + ".txt"), encoding="utf-8", newline="") as f:
        lines = f.read().lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    hits = [l for l in lines if l.startswith(label + start)]
    assert len(hits) == 1, (doc, start, len(hits))
    return hits[0][len(label):]


# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "bloomberg-2022-01-27-putin-wrote-the-answer-he-wanted-to-reject"
s1 = "Russia had asked, in the two draft documents it published on Dec. 17, for a world in which the North Atlantic alliance freezes at its current size, Ukraine stays outside forever, and American troops and hardware in eastern Europe pack up and go back to where they stood a quarter-century ago."
s2 = "Washington had said, at every table in January, that none of that was on offer."
s3 = "They asked the alliance to promise, in a legally binding text, that it would take in no one else, and to pull whatever it had put into Poland, the Baltics and Romania since 1997 back out."
s4 = "Foreign Minister Sergei Lavrov was quicker: the response, he said, contained no positive reaction on the principal question, which is the non-enlargement of NATO, though there were things in it that could lead to \"a serious conversation on secondary issues.\""
s5 = "The US has signaled it is open to talks on where intermediate-range missiles can be placed, on reciprocal limits on the size and proximity of drills, and on transparency measures that would have sounded ambitious in 2019."
s6 = "NATO Secretary General Jens Stoltenberg said this week that the alliance was putting forces on standby and sending ships and jets to the east, and insisted that Russia could still choose to pull back."
L[d] = [
 (s1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (s1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (s1, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (s2, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, ""),
 (s2, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 (s2, "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("a principled and pragmatic evaluation of the concerns that Russia has raised.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (s3, "russia", 0, "They", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (s3, "russia", 0, "They", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (s3, "russia", 0, "They", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Moscow, he added, did not need \"some verbal assurances\" but documents with legal force.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (s4, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (s5, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, ""),
 (s5, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, ""),
 ("the most serious arms-control offer Moscow has been handed in a decade, and they know it.", "nicholas-bergstrom", 1, "Nicholas Bergstrom", "", "", 1, ""),
 (s6, "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, ""),
 ("We call on Russia to de-escalate,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, ""),
]

d = "ria-novosti-2022-01-18-grushko-interview"
G = "alexander-grushko"
D = "2022-01-18"
L[d] = [
 (P(d, "We had frank, direct", "— "), G, 1, "Alexander Grushko", "", "", 1, D),
 (P(d, "We said to them directly"), G, 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, D),
 (P(d, "We said to them directly"), G, 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, D),
 (P(d, "We said to them directly"), G, 1, "Alexander Grushko", "nato-open-door", "rejects", 1, D),
 (P(d, "This is a position which ignores", "— "), G, 1, "Alexander Grushko", "nato-open-door", "rejects", 1, D),
 (P(d, "For us the non-accession"), G, 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, D),
 (P(d, "For us the non-accession"), G, 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, D),
 (P(d, "We proposed that the parties", "— "), G, 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, D),
 (P(d, "Also we need that the alliance"), G, 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 (P(d, "We are ready to discuss all these topics", "— "), G, 1, "Alexander Grushko", "", "", 1, D),
 (P(d, "As for the military contacts"), G, 1, "Alexander Grushko", "resume-military-dialogue", "supports", 1, D),
 (P(d, "We move our troops", "— "), G, 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, D),
 (P(d, "We move our troops", "— "), G, 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (P(d, "We will be guided by our own", "— "), G, 1, "Alexander Grushko", "", "", 1, D),
 (P(d, "Our colleagues promised", "— "), G, 1, "Alexander Grushko", "", "", 1, D),
 ("The NATO Secretary General Jens Stoltenberg after the session of the Council said that the allies are ready for the dialogue but will not compromise the principles, in particular the right of each state to choose its own way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
]

d = "nato-2022-01-12-press-point-nato-russia-council"
S = "jens-stoltenberg"
D = "2022-01-12"
SG = "NATO Secretary General, Jens Stoltenberg: "
SG2 = "NATO Secretary General: "
L[d] = [
 (P(d, "Good afternoon. We have just finished", SG), S, 1, "Jens Stoltenberg", "", "", 1, D),
 (P(d, "Allies and Russia expressed"), S, 1, "Jens Stoltenberg", "", "", 1, D),
 (P(d, "Allies made clear that"), S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P(d, "Allies made clear that"), S, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 (P(d, "Russia also called on NATO"), S, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("Russia also called on NATO to withdraw forces and infrastructure from Allies that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 (P(d, "At the same time, Allies expressed"), S, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (P(d, "At the same time, Allies expressed"), S, 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 (P(d, "At the same time, Allies expressed"), S, 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 (P(d, "Allies called on Russia to immediately"), S, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 (P(d, "Russian representatives were not"), S, 1, "Jens Stoltenberg", "", "", 1, D),
 (P(d, "No. The principle", SG2), S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P(d, "No. The principle", SG2), S, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 (P(d, "It is for Ukraine and the Allies"), S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P(d, "It is for Ukraine and the Allies"), S, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 (P(d, "They did not give any commitment", SG2), S, 1, "Jens Stoltenberg", "russia-de-escalation", "mentions", 1, D),
 (P(d, "They did not give any commitment", SG2), S, 1, "Jens Stoltenberg", "written-legal-guarantees", "mentions", 1, D),
 ("They made it very clear that they want legally binding agreements", "russia", 0, "they", "written-legal-guarantees", "supports", 0, D),
 (P(d, "We were ready to listen"), S, 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, D),
 (P(d, "Our message is that", SG2), S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
]

d = "ukrainska-pravda-2022-01-26-kuleba-us-answer-no-concessions"
K = "dmytro-kuleba"
D = "2022-01-26"
q_kul = "No one can give Russia what it wants, namely a guarantee that Ukraine will never be in NATO. This is simply not on the table,"
q_ust = "Moscow demands that NATO promise it will never take us in. We demand that Russia withdraw its troops from our border. Only one of these demands is legitimate,"
rem = "In December, Russia published draft agreements with the US and NATO in which it demanded that the alliance not expand eastwards, in particular not to admit Ukraine, and not deploy weapons near Russia's borders."
bl = "Blinken added that the US was ready for serious talks on arms control, including on the deployment of offensive missile systems and on the scope of military exercises in Europe, on the basis of reciprocity."
L[d] = [
 ("We have seen the US written response before it was handed to Russia. There are no objections from the Ukrainian side. It is important that the United States continues to stand firmly on the principle of nothing about Ukraine without Ukraine.", K, 1, "Kuleba", "", "", 1, D),
 ("Kuleba noted that the key message for Ukraine is that the US did not agree to close NATO's door to Ukraine.", K, 1, "Kuleba", "nato-open-door", "supports", 0, D),
 ("Kuleba noted that the key message for Ukraine is that the US did not agree to close NATO's door to Ukraine.", K, 1, "Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("According to him, the question of Ukraine's membership in the alliance is decided in Kyiv and in NATO's capitals, not in Moscow.", K, 1, "him", "nato-open-door", "supports", 0, D),
 (q_kul, K, 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("No one can give Russia what it wants, namely a guarantee that Ukraine will never be in NATO.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("US Secretary of State Antony Blinken said that the document reaffirms the US commitment to NATO's open door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (bl, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (bl, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (rem, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (rem, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (rem, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Russia also demanded that NATO return to its 1997 positions.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There are risks, they have not disappeared, but they are no greater today than they were in spring 2021. We are strong, we have an army, we have partners,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, D),
 (q_ust, "oleksandra-ustymenko-boyko", 1, "Ustymenko-Boyko", "no-ukraine-membership", "rejects", 1, ""),
 (q_ust, "oleksandra-ustymenko-boyko", 1, "Ustymenko-Boyko", "russia-de-escalation", "supports", 1, ""),
 ("Moscow demands that NATO promise it will never take us in.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Earlier, Russian Deputy Foreign Minister Sergei Ryabkov said that Russia would not wait forever for the answers and that Moscow needs a clear answer on the non-expansion of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, ""),
 ("it would be wrong to expect", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 ("grateful to partners for their unwavering support", "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "", "", 1, D),
 ("answers in writing to all our proposals.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
]

d = "politico-2022-01-21-blinken-lavrov-geneva"
D = "2022-01-21"
rus = "The Russians have demanded that NATO bar Ukraine from ever joining the alliance and roll back its military presence in Central and Eastern Europe — proposals U.S. officials have repeatedly called non-starters."
sdo = "A senior State Department official, briefing reporters on the plane home on condition of anonymity, said the administration was prepared to discuss reciprocal limits on the placement of missiles and on exercises, but not \"anything that touches the fundamental sovereignty of our allies or partners.\""
kil = "Rep. Thomas Kilgariff (R-Ohio), a member of the House Armed Services Committee, said the administration should put more American troops in the Baltic states and Poland rather than entertain Russian demands for a pullback."
rya = "ironclad, waterproof, bulletproof, legally binding guarantees"
L[d] = [
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (rus, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 (rus, "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
 (rus, "united-states", 0, "U.S. officials", "no-ukraine-membership", "rejects", 0, ""),
 (rus, "united-states", 0, "U.S. officials", "rollback-to-1997", "rejects", 0, ""),
 ("There are some things that are simply not up for negotiation,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("That includes the principle that countries get to choose their own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("If Russia wants to begin to demonstrate that its intentions are peaceful, it can start by de-escalating, by moving its forces away from Ukraine's borders,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("He also said Russia could prove it was serious by pulling back.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("I can't say whether we are on the right track or not. We will understand this when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Lavrov insisted that Moscow had \"never threatened the Ukrainian people\" and repeated Russia's claim that the troop movements were taking place on Russian territory.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("He said Russia wanted guarantees that NATO would not place strike weapons near its borders.", "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (sdo, "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, D),
 (sdo, "us-state-department", 0, "A senior State Department official", "limit-military-exercises", "mentions", 0, D),
 ("anything that touches the fundamental sovereignty of our allies or partners.", "us-state-department", 0, "A senior State Department official", "nato-open-door", "supports", 1, D),
 ("Putin is not negotiating, he's stalling while his tanks move into position,", "bob-menendez", 1, "Sen. Bob Menendez", "", "", 1, ""),
 ("We should not be waiting for the invasion before we act.", "bob-menendez", 1, "Sen. Bob Menendez", "", "", 1, ""),
 (kil, "thomas-kilgariff", 1, "Rep. Thomas Kilgariff", "rollback-to-1997", "rejects", 0, ""),
 (kil, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("The Kremlin wants us to go back to 1997. We should answer by doing the opposite,", "thomas-kilgariff", 1, "Kilgariff", "rollback-to-1997", "rejects", 1, ""),
 ("The Kremlin wants us to go back to 1997.", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The choice is Russia's to make: diplomacy or severe consequences,", "jen-psaki", 1, "Jen Psaki", "", "", 1, ""),
 (rya, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (rya, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("The Russians asked for a treaty. They're going to get a letter,", "samantha-de-courcy-whelan", 1, "Samantha de Courcy-Whelan", "written-legal-guarantees", "mentions", 1, ""),
 ("Whether they see that as an insult or an opening tells you everything about what they actually want.", "samantha-de-courcy-whelan", 1, "she", "", "", 1, ""),
]

d = "wilson-center-2022-02-03-expert-qa-after-the-answers"
D = "2022-02-03"
T, A, W = "marina-tsvetkova-reid", "jonathan-aldersley", "hanna-wisniewska"
put = "Putin listed three things he considers fundamental: no further NATO enlargement, no deployment of strike systems near Russia's borders, and returning the alliance's military infrastructure in Europe to where it stood in 1997."
t1 = P(d, "Putin listed three", "Marina Tsvetkova-Reid: ")
a2 = P(d, "Quite a lot", "Jonathan Aldersley: ")
w1 = P(d, "I disagree with my colleague", "Hanna Wiśniewska: ")
w2 = P(d, "On the open door", "Hanna Wiśniewska: ")
a3 = P(d, "The Russians have also asked", "Jonathan Aldersley: ")
L[d] = [
 (t1, T, 1, "Marina Tsvetkova-Reid", "nato-non-expansion", "mentions", 1, D),
 (t1, T, 1, "Marina Tsvetkova-Reid", "no-strike-weapons-near-borders", "mentions", 1, D),
 (t1, T, 1, "Marina Tsvetkova-Reid", "rollback-to-1997", "mentions", 1, D),
 (put, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (put, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (put, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (P(d, "What struck me was the tone"), T, 1, "Marina Tsvetkova-Reid", "", "", 1, D),
 (P(d, "I would be more cautious", "Jonathan Aldersley: "), A, 1, "Jonathan Aldersley", "nato-non-expansion", "mentions", 1, D),
 ("Lavrov said on January 28 that the answers \"cannot satisfy us\" on the main point, the non-enlargement.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (a2, A, 1, "Jonathan Aldersley", "no-intermediate-range-missiles", "mentions", 1, D),
 (a2, A, 1, "Jonathan Aldersley", "limit-military-exercises", "supports", 1, D),
 (w1, W, 1, "Hanna Wiśniewska", "rollback-to-1997", "rejects", 1, D),
 (w1, W, 1, "Hanna Wiśniewska", "limit-military-exercises", "mentions", 1, D),
 ("Any limits on exercises must not become a back door to the rollback Moscow wants.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (w2, W, 1, "Hanna Wiśniewska", "nato-open-door", "supports", 1, D),
 (w2, W, 1, "Hanna Wiśniewska", "no-ukraine-membership", "rejects", 1, D),
 (P(d, "That argument is made seriously", "Marina Tsvetkova-Reid: "), T, 1, "Marina Tsvetkova-Reid", "no-ukraine-membership", "rejects", 1, D),
 (a3, A, 1, "Jonathan Aldersley", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Russians have also asked for something that gets less attention — that NATO stop all military cooperation with Ukraine, Georgia and other former Soviet states that are outside the alliance.", "russia", 0, "The Russians", "no-military-activity-ex-soviet", "supports", 0, ""),
 (P(d, "The Permanent Council meeting", "Hanna Wiśniewska: "), W, 1, "Hanna Wiśniewska", "", "", 1, D),
 (P(d, "Watch the joint exercises", "Marina Tsvetkova-Reid: "), T, 1, "Marina Tsvetkova-Reid", "", "", 1, D),
]

d = "bundesregierung-2022-01-14-government-press-conference"
D = "2022-01-14"
H, B2, C = "steffen-hebestreit", "ulrike-brandtner-sell", "arne-collatz"
HS = "SPOKESMAN HEBESTREIT: "
BS = "BRANDTNER-SELL: "
CS = "COLLATZ: "
L[d] = [
 (P(d, "Thank you. Before the appointments", HS), H, 1, "Hebestreit", "", "", 1, D),
 (P(d, "We do not see a dead end", HS), H, 1, "Hebestreit", "", "", 1, D),
 (P(d, "What is also clear is that the responsibility"), H, 1, "Hebestreit", "russia-de-escalation", "supports", 1, D),
 (P(d, "I can only refer to", BS), B2, 1, "Brandtner-Sell", "nato-open-door", "supports", 1, D),
 (P(d, "I can only refer to", BS), B2, 1, "Brandtner-Sell", "no-ukraine-membership", "rejects", 1, D),
 (P(d, "At the same time, there is a whole range"), B2, 1, "Brandtner-Sell", "limit-military-exercises", "mentions", 1, D),
 (P(d, "The allies are in close coordination", BS), B2, 1, "Brandtner-Sell", "", "", 1, D),
 (P(d, "No. The presence of the Bundeswehr", CS), C, 1, "Collatz", "rollback-to-1997", "rejects", 1, D),
 (P(d, "I cannot announce a telephone call", HS), H, 1, "Hebestreit", "", "", 1, D),
 (P(d, "The historical debate", BS), B2, 1, "Brandtner-Sell", "nato-open-door", "supports", 1, D),
 (P(d, "If I may add", HS), H, 1, "Hebestreit", "", "", 1, D),
 (P(d, "Military lines of communication", CS), C, 1, "Collatz", "resume-military-dialogue", "supports", 1, D),
]

write_gold(L, "articles-318", "gold-318")
