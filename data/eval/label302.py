#!/usr/bin/env python3
"""Writes the held-out gold of batch 302 (gold-302/*.nq) from the labels below.

Batch 302 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- guardian-2022-01-10-russia-us-geneva-talks-ukraine-nato: The Guardian news
  story with front matter, standfirst and byline; quotes interrupted by "he said",
  a two-sentence quotation, analysts, an MEP, Baker 1990 background, a Friday date.
- meduza-2022-01-27-america-answered-what-now: Meduza English feature (no front
  matter, « » quotes, Q-style crossheads, a "Read also" link), Russia's demands
  narrated by the outlet, Lavrov's quotation split in two, an analyst.
- state-department-2022-01-18-department-press-briefing: State Department
  transcript of a Ned Price briefing; reporters' questions name the demands, every
  answer paragraph is a quotation, offers to discuss versus refusals.
- lrt-2022-01-14-interview-mikalauskas-second-class-ally: LRT English radio
  interview (UTF-8 BOM, CRLF) with an invented Lithuanian MP; host questions,
  Bucharest 2008 used in an argument, "they want everything on paper".
- cnn-2022-01-26-russia-ukraine-us-written-response-live: CNN live updates with
  time-stamped posts, summary bullets and post headlines (unlabelled), a headline
  repeating a quote, organisations ("officials said"), an analysis post.
- csis-2022-01-20-what-russia-wants-and-what-washington-can-offer: CSIS Critical
  Questions explainer (no front matter), Q/A crossheads, words quoted from the draft
  treaty (unlabelled), Founding Act / INF background, analysts with own stances.
- osce-2022-01-13-permanent-council-chair-and-us-mission-statements: two official
  statements on one page (Chairman-in-Office Rau, Ambassador Carpenter); each
  paragraph is the speaker's own words, Russian demands listed in passing.

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

Statements on an official page (the OSCE file) are treated like transcript answers: each
paragraph of the speaker's text is one direct quotation. P(doc, start) below returns the whole
paragraph (line) of an article that begins with `start`, so long paragraph evidence is not
retyped; it is still checked to occur exactly once. Russia's in-passing labels taken from
another speaker's quotation are direct 0 (Russia's own words are not quoted there).
"""
import os
from goldlib import write_gold

HERE = os.path.dirname(os.path.abspath(__file__))


def P(doc, start):
    with open(os.path.join(HERE, "articles-302", doc + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    assert text.count(start) == 1, (doc, start)
    i = text.index(start)
    j = text.index("\n", i)
    return text[i:j].rstrip("\r")


# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

G = "guardian-2022-01-10-russia-us-geneva-talks-ukraine-nato"
L[G] = [
 ("Russia has told the United States it is \"absolutely mandatory\" that Ukraine is never allowed into Nato, after nearly eight hours of talks in Geneva that both sides described as frank but which yielded no breakthrough on the crisis over Moscow's troop buildup.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Ryabkov said Moscow was not interested in promises that could be withdrawn when convenient.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("He also said the American side had been told, once more, that Nato must pull its forces and weapons back from the countries that joined the alliance after 1997, a demand Washington has repeatedly refused to entertain.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("He also said the American side had been told, once more, that Nato must pull its forces and weapons back from the countries that joined the alliance after 1997, a demand Washington has repeatedly refused to entertain.", "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("firmly pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato's open-door policy,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("which has always been central to the Nato alliance.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was willing to talk about where certain missile systems might be placed in Europe, and about reciprocal limits on the size and scope of military exercises, provided Russia accepted the same constraints.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was willing to talk about where certain missile systems might be placed in Europe, and about reciprocal limits on the size and scope of military exercises, provided Russia accepted the same constraints.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about Nato without Nato,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("The deputy secretary of state said the most useful thing Moscow could do was to pull back the roughly 100,000 troops it has massed close to Ukraine's borders.", "wendy-sherman", 1, "The deputy secretary of state", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("It is hard to see how we can make real progress in an atmosphere of escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Moscow set out its demands on 17 December in two draft documents, a treaty with the US and an agreement with Nato, which Russian officials insisted should be signed rather than merely discussed.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("We are aimed at achieving a result, not at conversations for the sake of conversations,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-10"),
 ("the right of each nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-07"),
 ("He has also said Nato will not accept a \"two-tier\" membership in which some allies could not host allied troops.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, ""),
 ("a request to redraw the map of Europe behind our backs", "marius-kazmierczak", 1, "Marius Kaźmierczak", "", "", 1, ""),
 ("If the Americans agree even to discuss pulling troops out of Poland and the Baltic states, Putin will have won without firing a shot,", "marius-kazmierczak", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("The Kremlin is demanding a veto over Nato enlargement and a rollback of the alliance's eastern presence – the Americans were never going to sign that,", "tatiana-orlova-bennett", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin is demanding a veto over Nato enlargement and a rollback of the alliance's eastern presence – the Americans were never going to sign that,", "tatiana-orlova-bennett", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("The Kremlin is demanding a veto over Nato enlargement and a rollback of the alliance's eastern presence – the Americans were never going to sign that,", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("The Kremlin is demanding a veto over Nato enlargement and a rollback of the alliance's eastern presence – the Americans were never going to sign that,", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The question is whether Russia uses the refusal as a pretext.", "tatiana-orlova-bennett", 1, "she", "", "", 1, ""),
 ("Ukraine's foreign minister, Dmytro Kuleba, said on Monday that Kyiv was in close contact with Washington and that the country's path into Nato was not something for Moscow to decide.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Nobody can take away from Ukraine its right to choose its alliances,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-10"),
 ("I would not call them a failure. But we are not yet seeing the understanding on the key issues that we need.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]

M = "meduza-2022-01-27-america-answered-what-now"
L[M] = [
 ("Moscow wants the alliance to commit, on paper and in a legally binding form, to stop accepting new members, above all Ukraine and Georgia.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow wants the alliance to commit, on paper and in a legally binding form, to stop accepting new members, above all Ukraine and Georgia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants the alliance to commit, on paper and in a legally binding form, to stop accepting new members, above all Ukraine and Georgia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("It wants no American or NATO strike weapons stationed near Russian borders, and it wants the alliance to withdraw troops and hardware from the countries that joined after 1997 — in practice, from Poland, the Baltic states, Romania and Bulgaria.", "russia", 0, "It", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("It wants no American or NATO strike weapons stationed near Russian borders, and it wants the alliance to withdraw troops and hardware from the countries that joined after 1997 — in practice, from Poland, the Baltic states, Romania and Bulgaria.", "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("The Kremlin has since repeated that talk of «assurances» would not satisfy it.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("According to him, the United States proposes instead a «serious diplomatic path» — talks on arms control, on the placement of missiles in Europe and on transparency measures for exercises, on a basis of reciprocity.", "antony-blinken", 1, "him", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("According to him, the United States proposes instead a «serious diplomatic path» — talks on arms control, on the placement of missiles in Europe and on transparency measures for exercises, on a basis of reciprocity.", "antony-blinken", 1, "him", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("we cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rests", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("At a meeting with State Duma deputies on January 27 he said that the American response contained «a rational grain» on secondary matters, like medium-range missiles and military drills, but not on what mattered most.", "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("At a meeting with State Duma deputies on January 27 he said that the American response contained «a rational grain» on secondary matters, like medium-range missiles and military drills, but not on what mattered most.", "sergei-lavrov", 1, "he", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the East and deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the East and deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is no positive reaction on this main question in this document.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive reaction on this main question in this document.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The Americans are saying: the part about missiles and exercises we can discuss, the part about NATO membership and the 1997 borders we will not,", "kirill-rogachev", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans are saying: the part about missiles and exercises we can discuss, the part about NATO membership and the 1997 borders we will not,", "kirill-rogachev", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("The Americans are saying: the part about missiles and exercises we can discuss, the part about NATO membership and the 1997 borders we will not,", "kirill-rogachev", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans are saying: the part about missiles and exercises we can discuss, the part about NATO membership and the 1997 borders we will not,", "kirill-rogachev", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("For the Kremlin this is exactly the part it called the main one.", "kirill-rogachev", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("For the Kremlin this is exactly the part it called the main one.", "kirill-rogachev", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Both options remain open. The troops near the border are the argument that Moscow has not yet put away,", "kirill-rogachev", 1, "Rogachev", "", "", 1, ""),
]

S = "state-department-2022-01-18-department-press-briefing"
D = "2022-01-18"
L[S] = [
 (P(S, "Good afternoon. As you saw this morning"), "ned-price", 1, "MR PRICE", "", "", 1, D),
 ("With that, happy to take your questions.", "ned-price", 1, "MR PRICE", "", "", 1, D),
 (P(S, "The Secretary is not going to Geneva"), "ned-price", 1, "MR PRICE", "", "", 1, D),
 (P(S, "We have been clear that there are areas"), "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, D),
 (P(S, "We have been clear that there are areas"), "ned-price", 1, "MR PRICE", "limit-military-exercises", "mentions", 1, D),
 (P(S, "Look, we have heard the Russians say that."), "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 (P(S, "No. We are not going to discuss the force posture"), "ned-price", 1, "MR PRICE", "rollback-to-1997", "rejects", 1, D),
 (P(S, "We are watching that very closely."), "ned-price", 1, "MR PRICE", "russia-de-escalation", "supports", 1, D),
 (P(S, "We have seen precisely the opposite"), "ned-price", 1, "MR PRICE", "", "", 1, D),
 (P(S, "I'm not going to characterize the Russian position"), "ned-price", 1, "MR PRICE", "", "", 1, D),
 (P(S, "We have said we are prepared to discuss reciprocal measures"), "ned-price", 1, "MR PRICE", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (P(S, "What form any eventual agreement might take"), "ned-price", 1, "MR PRICE", "written-legal-guarantees", "mentions", 1, D),
 (P(S, "They absolutely are. The Secretary will be in Kyiv"), "ned-price", 1, "MR PRICE", "", "", 1, D),
 (P(S, "I'm not going to put a number on it."), "ned-price", 1, "MR PRICE", "", "", 1, D),
]

T = "lrt-2022-01-14-interview-mikalauskas-second-class-ally"
D = "2022-01-14"
VM = "vytautas-mikalauskas"
A6 = P(T, "Honestly, not much.")
L[T] = [
 (P(T, "Both, to be honest."), VM, 1, "Vytautas Mikalauskas", "russia-de-escalation", "supports", 1, D),
 (P(T, "The Kremlin must pull those troops back."), VM, 1, "Vytautas Mikalauskas", "russia-de-escalation", "supports", 1, D),
 (P(T, "It would mean the German-led battalion"), VM, 1, "Mikalauskas", "rollback-to-1997", "mentions", 1, D),
 (P(T, "For us this is absolutely unacceptable."), VM, 1, "Mikalauskas", "rollback-to-1997", "rejects", 1, D),
 (P(T, "I take it seriously in the sense"), VM, 1, "Mikalauskas", "", "", 1, D),
 (P(T, "I have heard that argument"), VM, 1, "Mikalauskas", "nato-open-door", "supports", 1, D),
 (P(T, "I have heard that argument"), VM, 1, "Mikalauskas", "no-ukraine-membership", "rejects", 1, D),
 (P(T, "The Bucharest summit in 2008 said"), VM, 1, "Mikalauskas", "rescind-bucharest-2008", "rejects", 1, D),
 (P(T, "If it is really reciprocal, yes."), VM, 1, "Mikalauskas", "limit-military-exercises", "supports", 1, D),
 (P(T, "But we must be careful that \"reciprocal\""), VM, 1, "Mikalauskas", "limit-military-exercises", "mentions", 1, D),
 (A6, VM, 1, "Mikalauskas", "written-legal-guarantees", "mentions", 1, D),
 (A6, "russia", 0, "they", "written-legal-guarantees", "supports", 0, ""),
 (P(T, "The Americans have promised to give a written reply."), VM, 1, "Mikalauskas", "nato-non-expansion", "mentions", 1, D),
 ("Earlier this week, Lithuanian Foreign Minister Gabrielius Landsbergis said that the West must not \"reward aggression\" by discussing the withdrawal of allied troops from the Baltic states.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, ""),
]

C = "cnn-2022-01-26-russia-ukraine-us-written-response-live"
D = "2022-01-26"
KES = "They will say their core demands were ignored, and in a sense they were – because nobody in Washington was ever going to give Moscow a veto over who joins NATO,"
CNNAN = "Russia's sweeping December proposals – a pledge of no further expansion, a pullback of NATO forces from eastern Europe and a ban on missiles near its borders – were always unlikely to be accepted in full."
US_OFF = "The US is prepared to discuss reciprocal limits on missile deployments in Europe and transparency measures for military exercises, according to officials familiar with the text."
KUL = "It is important that the US position remains firm on the key point: there are no decisions about Ukraine without Ukraine, and nobody can close the door to NATO for us,"
L[C] = [
 (US_OFF, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, D),
 (US_OFF, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, D),
 ("It does not accept Russia's call for a halt to NATO enlargement.", "united-states", 0, "It", "nato-non-expansion", "rejects", 0, D),
 ("It does not accept Russia's call for a halt to NATO enlargement.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We will not rush to conclusions,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Blinken, speaking at the State Department, said the response made clear that the US stood by the principle that countries choose their own partners.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("There is no change; there will be no change.", "antony-blinken", 1, "the top US diplomat", "no-ukraine-membership", "rejects", 1, D),
 ("There is no change; there will be no change.", "antony-blinken", 1, "the top US diplomat", "nato-open-door", "supports", 1, D),
 ("reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 1, D),
 ("It offers a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("NATO is a defensive alliance and we will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said allies were ready to \"listen to Russia's concerns\" and to discuss arms control, but that Moscow had to withdraw its forces from around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("We call on Russia to immediately de-escalate the situation,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("We will not accept that we are back to a situation where NATO has second-class members.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("These forces will be ready to go when and if NATO decides to activate the response force,", "john-kirby", 1, "Kirby", "", "", 1, D),
 ("reassure our allies on the eastern flank.", "john-kirby", 1, "Kirby", "", "", 1, D),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (CNNAN, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (CNNAN, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (CNNAN, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (KES, "laura-kessenich", 1, "Kessenich", "nato-non-expansion", "mentions", 1, D),
 (KES, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

K = "csis-2022-01-20-what-russia-wants-and-what-washington-can-offer"
MIL = "At the same time, both Washington and Brussels signaled readiness to discuss reciprocal restrictions on missile deployments, limits on exercises, and risk reduction for bombers and naval vessels operating close to each other."
EXS = "Moscow has also demanded that Washington and its allies stop all military activity in Ukraine, the South Caucasus, and Central Asia, and that neither side station intermediate- and shorter-range missiles where they can reach the other's territory."
L[K] = [
 (EXS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (EXS, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Deputy Foreign Minister Alexander Grushko said after the NATO-Russia Council that the alliance's military should not be anywhere it could threaten Russia, and he warned of a \"military-technical\" response if Russia's concerns were ignored.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("not allow anyone to slam closed NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("NATO Secretary General Jens Stoltenberg said after the January 12 meeting that \"Russia's demands\" would require the alliance to abandon its core principles, adding that \"we will not compromise\" on the right of Ukraine to choose its path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (MIL, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (MIL, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (MIL, "united-states", 0, "Washington", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 (MIL, "nato", 0, "Brussels", "no-intermediate-range-missiles", "mentions", 0, ""),
 (MIL, "nato", 0, "Brussels", "limit-military-exercises", "mentions", 0, ""),
 (MIL, "nato", 0, "Brussels", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("NATO also proposed reopening the two sides' diplomatic missions and restoring military-to-military channels.", "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, ""),
 ("What is new is the form in which Moscow wants its demands met: a signed, legally binding text rather than political commitments.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Russian officials have repeatedly contrasted their demand with what they describe as the verbal assurances given to Mikhail Gorbachev in 1990, which, in their telling, were broken.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("We need legally binding guarantees, because our Western colleagues have failed to implement the verbal commitments they made,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Former Pentagon official Marcus Ellery, now at the Brookings Institution, argued in a recent essay that a moratorium on Ukraine's membership, unlike a treaty ban, could be politically survivable for the alliance.", "marcus-ellery", 1, "Marcus Ellery", "no-ukraine-membership", "mentions", 0, ""),
 ("Any formal pause would be read in Kyiv as a betrayal and in Moscow as a first installment,", "agnieszka-rudnicka-lowe", 1, "Agnieszka Rudnicka-Lowe", "no-ukraine-membership", "rejects", 1, ""),
 ("For its part, the Kremlin has said repeatedly that it has no plans to attack anyone, while refusing to withdraw the forces it has assembled.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, ""),
]

O = "osce-2022-01-13-permanent-council-chair-and-us-mission-statements"
D = "2022-01-13"
ZR = "zbigniew-rau"
MC = "michael-carpenter"
R5 = P(O, "At the same time, I take note of the proposals")
C3 = P(O, "This week, in Geneva and in Brussels")
C4 = P(O, "These demands are not a basis for negotiation.")
L[O] = [
 (P(O, "It seems that the risk of war"), ZR, 1, "Zbigniew Rau", "", "", 1, D),
 (P(O, "The Polish Chairmanship is ready"), ZR, 1, "Zbigniew Rau", "", "", 1, D),
 (P(O, "Let me be clear about the principles"), ZR, 1, "Zbigniew Rau", "nato-open-door", "supports", 1, D),
 (P(O, "The first step to restoring confidence"), ZR, 1, "Zbigniew Rau", "russia-de-escalation", "supports", 1, D),
 (R5, ZR, 1, "Zbigniew Rau", "limit-military-exercises", "mentions", 1, D),
 (R5, ZR, 1, "Zbigniew Rau", "no-strike-weapons-near-borders", "mentions", 1, D),
 (R5, "russia", 0, "the Russian Federation", "limit-military-exercises", "supports", 0, ""),
 (R5, "russia", 0, "the Russian Federation", "no-strike-weapons-near-borders", "supports", 0, ""),
 (P(O, "The Chairmanship will consult"), ZR, 1, "Zbigniew Rau", "", "", 1, D),
 (P(O, "Thank you, Mr. Chair, and thank you, Minister Rau"), MC, 1, "Michael Carpenter", "", "", 1, D),
 (P(O, "We are facing a crisis in European security."), MC, 1, "Michael Carpenter", "", "", 1, D),
 (C3, MC, 1, "Michael Carpenter", "nato-non-expansion", "mentions", 1, D),
 (C3, MC, 1, "Michael Carpenter", "rollback-to-1997", "mentions", 1, D),
 (C3, MC, 1, "Michael Carpenter", "no-military-activity-ex-soviet", "mentions", 1, D),
 (C3, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (C3, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (C3, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (C4, MC, 1, "Michael Carpenter", "nato-non-expansion", "rejects", 1, D),
 (C4, MC, 1, "Michael Carpenter", "rollback-to-1997", "rejects", 1, D),
 (C4, MC, 1, "Michael Carpenter", "no-military-activity-ex-soviet", "rejects", 1, D),
 (C4, MC, 1, "Michael Carpenter", "nato-open-door", "supports", 1, D),
 (P(O, "We are, however, prepared to work with Russia"), MC, 1, "Michael Carpenter", "limit-military-exercises", "mentions", 1, D),
 (P(O, "Russia's representative has told us"), MC, 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 (P(O, "Let me close by reaffirming"), MC, 1, "Michael Carpenter", "", "", 1, D),
]

write_gold(L, "articles-302", "gold-302")
