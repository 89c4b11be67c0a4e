#!/usr/bin/env python3
"""Writes the held-out gold of batch 239 (gold-239/*.nq) from the labels below.

Batch 239 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nbc-news-2022-01-10-geneva-talks-no-breakthrough: NBC News web story with
  front matter, section tag, standfirst, byline, photo caption glued to its
  credit, READ MORE link; quotations interrupted by "Sherman said", a two-span
  Ryabkov quote ("adding:"), Baker/Gorbachev 1990 background, an analyst and a
  lawmaker, narrator sentences where Moscow and Washington are the speakers.
- the-times-2022-01-12-nato-russia-council-brussels: The Times (London) news
  report with front matter, "Nato" spelling, curly quotes, quotation fragments
  inside reported speech, a caption without punctuation, a "Related articles"
  line, 1997 Founding Act background, a Russian general speaking through the
  defence ministry, Moscow's demand named in passing inside a British MP's and
  an academic's quotations.
- rossiyskaya-gazeta-2022-01-14-lavrov-patience-has-ended: Rossiyskaya Gazeta
  machine-translated into English, no front matter (date "14.01.2022 13:52"),
  « » quotes closed by "- told Lavrov", odd word order ("shock weapons",
  "the head of MFA"), Lukashevich at the OSCE "day before", Peskov "on
  Thursday", a written answer that is not a demand for written guarantees,
  Istanbul/Astana documents recalled.
- hromadske-2022-01-21-blinken-lavrov-geneva-live: Hromadske in English live
  blog, no front matter, entries newest first under Kyiv-time stamps, "Read
  also" lines, photo caption, a tweet, the Russian Foreign Ministry's
  Romania/Bulgaria clarification and the two countries' answers.
- wall-street-journal-2022-01-27-us-written-response-russia: WSJ story without
  front matter ("Updated Jan. 27, 2022 1:02 pm ET"), honorifics ("Mr.
  Blinken"), Wednesday/Thursday resolved against Jan. 27, an organisation
  speaking ("U.S. officials"), a market paragraph, the open-door answer given
  only by context ("There is no change; there will be no change").
- nato-2022-01-31-geoana-speech-euro-atlantic-security: speech by NATO Deputy
  Secretary General Mircea Geoana as published by NATO (UTF-8 BOM, CRLF line
  ends, "(As delivered)"); every paragraph of the speech is his direct
  quotation; Bucharest 2008 reaffirmed (a stance, not history), Moscow's
  demands named in passing, the 1990 "one inch" story answered.
- council-on-foreign-relations-2022-02-02-diplomatic-off-ramp-qa: CFR expert
  interview with front matter; questions as plain lines; each answer
  paragraph is one direct quotation of the (invented) expert, who mostly
  mentions, twice takes a side of his own; Putin reported in the intro; a
  history paragraph quoting the Founding Act.

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

Writer's notes on applying them: a published speech is treated like a
transcript (each paragraph one direct quotation of the speaker). The "in
passing" Russia label is given when a non-Russian speaker names Moscow's
demand; when a Russian official states Russia's own demand ("Russia's core
concern", "the Russian proposals") only the official is labelled. A Western
open-door statement that names Ukraine's (or Georgia's) right to join also
rejects no-ukraine-membership; a generic one is nato-open-door only. Offering
to talk about a topic is "mentions"; proposing to do it oneself is
"supports". Statements in a same-day news report whose day is given by the
event described (talks "Monday", "today") carry that day; "said" with no day
anywhere in reach carries "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

# ---------------------------------------------------------------- NBC News
D = "2022-01-10"
nbc_lead = "Senior American and Russian diplomats emerged from nearly eight hours of talks here Monday with no sign of a deal, as Moscow held fast to its demand that Ukraine be barred from NATO for good and Washington said it would not let anyone else decide who joins the alliance."
nbc_ex = "Sherman said she had told the Russian delegation that the United States was prepared to explore reciprocal limits on the size and scope of military exercises, as well as restrictions on where certain missiles could be placed in Europe, ideas that Washington has floated in the past."
nbc_areas = "Those are areas where we believe there is room to make progress, but only if it is reciprocal and only if Russia is serious,"
nbc_ryab = "The Russian diplomat added that any promise to halt the alliance's advance toward Russia's borders would have to be put on paper and ratified, not offered as a political gesture that could be withdrawn later."
nbc_drafts = "In draft treaties it made public on Dec. 17, Moscow also demanded that NATO pull back forces and weapons from the countries that joined after 1997 — most of Central and Eastern Europe — and that the U.S. forgo military bases in former Soviet republics outside the alliance."
nbc_grady = "What Moscow is asking for is a pledge that Ukraine stays out forever, and that is a decision for the 30 allies and for Kyiv, not something Washington can sign away over lunch,"
L["nbc-news-2022-01-10-geneva-talks-no-breakthrough"] = [
 (nbc_lead, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (nbc_lead, "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("firm in pushing back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 (nbc_ex, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 (nbc_ex, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (nbc_areas, "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 (nbc_areas, "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("She also urged Moscow to pull back the forces it has assembled along Ukraine's frontier, saying it would be very hard to make headway while Russia kept escalating.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 (nbc_ryab, "sergei-ryabkov", 1, "The Russian diplomat", "nato-non-expansion", "supports", 0, D),
 (nbc_ryab, "sergei-ryabkov", 1, "The Russian diplomat", "written-legal-guarantees", "supports", 0, D),
 ("We have no plans, no intention to attack Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 (nbc_drafts, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (nbc_drafts, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (nbc_grady, "thomas-grady", 1, "Grady", "no-ukraine-membership", "mentions", 1, ""),
 (nbc_grady, "thomas-grady", 1, "Grady", "nato-open-door", "supports", 1, ""),
 (nbc_grady, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Nobody should have expected fireworks on the first day.", "thomas-grady", 1, "Grady", "", "", 1, ""),
 ("any arrangement that hands Moscow a veto over who joins NATO would be a reward for aggression.", "linda-farrow", 1, "Rep. Linda Farrow", "nato-open-door", "supports", 1, ""),
 ("Sherman said the U.S. delegation had not heard anything in Geneva that answered the question of whether Moscow intended to pull its troops back.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "mentions", 0, D),
 ("We don't know yet whether Russia is serious about the diplomatic path,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We will find out this week.", "wendy-sherman", 1, "she", "", "", 1, D),
]

# ---------------------------------------------------------------- The Times
D = "2022-01-12"
t_stol = "Stoltenberg said allies would not compromise on the principle that each nation had the right to choose its own path, and that Russia had no veto over whether Ukraine joined the alliance."
t_talk = "The allies were ready, he said, to talk about arms control, including limits on missiles, greater transparency around military exercises, and reopening the channels between Nato and Russian commanders that fell silent after Moscow shut its mission to the alliance last autumn."
t_grush = "He said Russia needed the alliance to stop expanding “once and for all” and to give up any plans to put strike systems on Ukrainian soil, and warned that Moscow would respond with “military-technical” measures if it did not get satisfaction."
t_inter = "We are interested in agreements on missiles and on exercises, but they cannot be discussed in isolation from the key issue, which is the non-enlargement of Nato,"
t_sher = "Wendy Sherman, the US deputy secretary of state, who travelled from Geneva for the meeting, said allies had been united in telling the Russians that the future of Ukraine and Georgia in the alliance was a matter for Kyiv, Tbilisi and the 30 members alone."
t_avery = "The idea that Britain would pull its soldiers out of Estonia because Moscow has asked nicely is for the birds."
t_lyle = "The bigger question is whether Moscow ever believed its demand that the alliance roll back to where it stood a quarter of a century ago could be accepted."
L["the-times-2022-01-12-nato-russia-council-brussels"] = [
 ("Nato told Russia today that it would never give Moscow a say over which countries may join the alliance, as the first meeting of the Nato-Russia Council in more than two years ended without agreement.", "nato", 0, "Nato", "nato-open-door", "supports", 0, D),
 ("a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("But it is a positive sign that all Nato allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (t_stol, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 (t_stol, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 (t_talk, "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 (t_talk, "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 0, D),
 (t_talk, "jens-stoltenberg", 1, "he", "resume-military-dialogue", "mentions", 0, D),
 ("Russia must de-escalate, pull its forces back and stop the threatening rhetoric,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("If Nato moves to a policy of containment, there will be counter-containment. If there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 (t_grush, "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 (t_grush, "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We told our colleagues plainly that the alliance must return to the configuration of 1997,", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, D),
 (t_inter, "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 (t_inter, "alexander-grushko", 1, "he", "no-intermediate-range-missiles", "supports", 1, D),
 (t_inter, "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 1, D),
 ("According to the Russian defence ministry, Fomin told the meeting that Nato drills near Russia’s borders had become larger and more provocative every year and had to be scaled back.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 (t_sher, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 (t_sher, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 (t_avery, "malcolm-avery", 1, "Sir Malcolm Avery", "rollback-to-1997", "rejects", 1, ""),
 (t_avery, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Russians got what they wanted today, which was to be seen sitting across the table from Nato as an equal,", "harriet-lyle", 1, "she", "", "", 1, D),
 (t_lyle, "harriet-lyle", 1, "she", "rollback-to-1997", "mentions", 1, D),
 (t_lyle, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

# ------------------------------------------- Rossiyskaya Gazeta (machine-translated)
D = "2022-01-14"
D1 = "2022-01-13"
rg_key = "According to him, the key point of the Russian proposals is the refusal of the further advancement of NATO to the east and the non-deployment of strike weapon systems at the Russian borders."
rg_main = "The main thing for us - is the guarantee that NATO will not expand to the east and that on the territory of Ukraine and other neighbours will not be deployed the shock weapons, creating the threats to Russia. Without this there is nothing to speak further"
rg_drown = "Lavrov declared that Western colleagues try to «drown» the discussion in secondary questions - missiles of medium range, exercises, measures of trust - in order to avoid the main one."
rg_semy = "On the missiles of medium range a compromise is possible, there is the experience of the INF treaty. But on Ukraine in NATO there will be no compromise from both sides, and here is the deadlock"
L["rossiyskaya-gazeta-2022-01-14-lavrov-patience-has-ended"] = [
 ("At us the patience has ended. We are very patient people, we harness for a long time, but now we go quickly", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (rg_key, "sergei-lavrov", 1, "him", "nato-non-expansion", "supports", 0, D),
 (rg_key, "sergei-lavrov", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 (rg_main, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (rg_main, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 (rg_drown, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 (rg_drown, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("The Western partners take from these documents only one piece - the freedom to choose the alliances. But there it is written also the obligation not to strengthen own security at the expense of the others. One without other does not work", "sergei-lavrov", 1, "the head of MFA", "nato-open-door", "rejects", 1, D),
 ("The minister characterized the proposal of NATO to reopen the missions and to restore the channels of military communication as «interesting, but not about that».", "sergei-lavrov", 1, "The minister", "resume-military-dialogue", "mentions", 0, D),
 ("To the question of journalist, whether Russia will attack Ukraine, Lavrov answered that Russia does not threaten anybody, and on its own territory moves its troops as it considers necessary.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("Nobody will tell us where to hold our troops on our own land", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Either the Western partners accept our proposals on the legally obligating basis, or we will have to take the measures for elimination of the threats by the military-technical means", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D1),
 ("Lukashevich also stated that the withdrawal of NATO forces and weapons from the territories of countries which joined the alliance after May 1997 is the integral part of the Russian package and it cannot be thrown out from it.", "alexander-lukashevich", 1, "Lukashevich", "rollback-to-1997", "supports", 0, D1),
 ("The press secretary of President Dmitry Peskov on Thursday told to journalists that the talks in Geneva and Brussels were in the main unsuccessful, since the West continues to speak about the «open doors» of NATO, which for Moscow is unacceptable.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-open-door", "rejects", 0, D1),
 ('In the US State Department it was stated that Washington "remains committed to diplomacy", but will not discuss the questions of the membership of Ukraine in NATO behind the back of Kiev.', "us-state-department", 0, "the US State Department", "no-ukraine-membership", "mentions", 0, ""),
 (rg_semy, "igor-semyonov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (rg_semy, "igor-semyonov", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
]

# ---------------------------------------------------------------- Hromadske
D = "2022-01-21"
h_zel = "In his evening video address, President Volodymyr Zelensky said Ukraine would not allow anyone else to decide its future and reminded viewers that the country's course toward membership in the EU and NATO is written into the Constitution."
h_bond = "Russia wants a promise that we will never be in NATO. Nobody in Washington or in Brussels can give that promise on our behalf, and they know it,"
h_sav = "But Moscow has not moved one millimeter on NATO expansion. Everything else is decoration."
h_lav = "He said that NATO's further movement to the east and the appearance of strike weapons next to Russia's borders remain the central questions for Moscow and that they must be settled by legally binding agreements, not by words."
h_blink = "Blinken said he told Lavrov that the United States would defend core principles, including the right of countries like Ukraine to decide for themselves which alliances to join."
L["hromadske-2022-01-21-blinken-lavrov-geneva-live"] = [
 (h_zel, "volodymyr-zelensky", 1, "President Volodymyr Zelensky", "nato-open-door", "supports", 0, D),
 (h_zel, "volodymyr-zelensky", 1, "President Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, D),
 ("We do not ask anyone's permission to be who we are. Ukrainians decided this themselves, and no meeting of other countries will change it,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, D),
 (h_bond, "iryna-bondarenko", 1, "Bondarenko", "no-ukraine-membership", "rejects", 1, D),
 (h_bond, "iryna-bondarenko", 1, "Bondarenko", "nato-open-door", "supports", 1, D),
 (h_bond, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The fact that they agreed to continue is good news for Kyiv, not bad,", "mykola-savchuk", 1, "Savchuk", "", "", 1, D),
 (h_sav, "mykola-savchuk", 1, "Savchuk", "nato-non-expansion", "mentions", 1, D),
 (h_sav, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Bulgaria and Romania have reacted to the statement of the Russian Foreign Ministry issued earlier today, which said that Russia's demand for the withdrawal of foreign forces from countries that joined NATO after 1997 applies to them as well.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 ('Romania called the demand "unacceptable" and said it could not be the subject of any negotiation.', "romania", 0, "Romania", "rollback-to-1997", "rejects", 0, D),
 ("Bulgaria is a sovereign state and it alone decides how to organize the defense of the country together with our partners,", "kiril-petkov", 1, "Bulgarian Prime Minister Kiril Petkov", "rollback-to-1997", "rejects", 1, D),
 ("I cannot say whether we are on the right track or not. We will understand this when we receive the American response on paper,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (h_lav, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (h_lav, "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (h_lav, "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "he", "", "", 1, D),
 (h_blink, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (h_blink, "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, D),
 ("If Russia wants to demonstrate that it has no aggressive intentions, the best way to do that is to pull its forces back from Ukraine's borders,", "antony-blinken", 1, "the Secretary of State", "russia-de-escalation", "supports", 1, D),
 ("We expect concrete answers to our concrete proposals.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Spoke with @SecBlinken ahead of his meeting with Lavrov in Geneva. We coordinate every step. Nothing about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
]

# ---------------------------------------------------------------- Wall Street Journal
W = "2022-01-26"
T = "2022-01-27"
w_lead = "The U.S. delivered its written response to Russia’s security demands on Wednesday, rejecting Moscow’s call to shut NATO’s door to Ukraine while offering to negotiate limits on missile deployments and military exercises, Secretary of State Antony Blinken said."
w_off = "U.S. officials said Wednesday that the document proposed reciprocal transparency measures for military exercises in Europe, talks on a mutual commitment not to station offensive ground-launched missiles and combat forces in Ukraine, and a mechanism that would let Russia confirm there are no Tomahawk cruise missiles at U.S. Aegis Ashore sites in Romania and Poland."
w_stol = "In Brussels, NATO Secretary-General Jens Stoltenberg said on Wednesday that the alliance had sent Moscow its own written proposals, including restoring a military hotline between NATO and Russian commanders and exchanging briefings on exercises."
w_drafts = "Russia published its drafts in December, demanding among other things that NATO rule out membership for Ukraine and withdraw forces from member states that joined after 1997."
w_lav1 = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
w_lav2 = "There is no positive response on this main question."
w_ash = "On missiles and exercises, this is the most the Russians have been offered in a decade,"
w_mar = "Rep. Angela Marchetti (D., N.J.), who sits on the House Foreign Affairs Committee, said she was relieved the administration had refused to trade away Ukraine’s right to seek NATO membership."
L["wall-street-journal-2022-01-27-us-written-response-russia"] = [
 (w_lead, "antony-blinken", 1, "Secretary of State Antony Blinken", "no-ukraine-membership", "rejects", 0, W),
 (w_lead, "antony-blinken", 1, "Secretary of State Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 (w_lead, "antony-blinken", 1, "Secretary of State Antony Blinken", "limit-military-exercises", "mentions", 0, W),
 (w_lead, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("sets out a serious diplomatic path should Russia choose it,", "antony-blinken", 1, "Mr. Blinken", "", "", 1, W),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Mr. Blinken", "nato-open-door", "supports", 1, W),
 ("He said the response made clear that Washington would stand by “core principles,” including Ukraine’s sovereignty and the right of nations to choose their own security arrangements and alliances.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, W),
 ("if we provide space for confidential talks.", "antony-blinken", 1, "Mr. Blinken", "", "", 1, W),
 (w_off, "united-states", 0, "U.S. officials", "limit-military-exercises", "mentions", 0, W),
 (w_off, "united-states", 0, "U.S. officials", "no-strike-weapons-near-borders", "mentions", 0, W),
 (w_off, "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, W),
 (w_stol, "jens-stoltenberg", 1, "NATO Secretary-General Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 (w_stol, "jens-stoltenberg", 1, "NATO Secretary-General Jens Stoltenberg", "limit-military-exercises", "mentions", 0, W),
 ("We are ready to listen to Russia’s concerns,", "jens-stoltenberg", 1, "Mr. Stoltenberg", "", "", 1, W),
 ("but we cannot compromise on the principles on which the security of our alliance and of Europe rests.", "jens-stoltenberg", 1, "Mr. Stoltenberg", "", "", 1, W),
 (w_drafts, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (w_drafts, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (w_lav1, "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, T),
 (w_lav1, "sergei-lavrov", 1, "Mr. Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 (w_lav2, "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, T),
 (w_lav2, "sergei-lavrov", 1, "Mr. Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("Mr. Peskov added that neither reply took into account Russia’s core concern about the alliance’s eastward enlargement, which he said remained the heart of the matter for the Kremlin.", "dmitry-peskov", 1, "Mr. Peskov", "nato-non-expansion", "supports", 0, T),
 (w_ash, "kenneth-ashdown", 1, "Kenneth Ashdown", "no-intermediate-range-missiles", "mentions", 1, ""),
 (w_ash, "kenneth-ashdown", 1, "Kenneth Ashdown", "limit-military-exercises", "mentions", 1, ""),
 ("But if the Kremlin’s real goal is a sphere of influence, no paper from Washington was ever going to satisfy it.", "kenneth-ashdown", 1, "Kenneth Ashdown", "", "", 1, ""),
 (w_mar, "angela-marchetti", 1, "Rep. Angela Marchetti", "nato-open-door", "supports", 0, ""),
 (w_mar, "angela-marchetti", 1, "Rep. Angela Marchetti", "no-ukraine-membership", "rejects", 0, ""),
 ("There are no issues in it that would contradict Ukraine’s interests,", "dmytro-kuleba", 1, "he", "", "", 1, T),
 ("Whether Russia chooses diplomacy or aggression, we are ready either way,", "antony-blinken", 1, "he", "", "", 1, ""),
]

# ---------------------------------------------------------------- NATO speech
G = "2022-01-31"
N = "Mircea Geoană"
n_pleasure = "It is a pleasure to be with you, even if only on a screen, and to be back – virtually at least – in my home city of Bucharest."
n_danger = "We meet at a dangerous moment for European security. Russia has massed well over 100,000 troops, heavy weaponry and advanced air defences in and around Ukraine, and it is now moving forces into Belarus under the cover of exercises. This is the largest concentration of Russian forces in our region since the end of the Cold War."
n_call = "NATO’s call to Moscow is simple: de-escalate. Pull back your forces, stop the threats, and choose the path of diplomacy."
n_sent = "Last Wednesday, the Secretary General sent our written proposals to Moscow, in parallel with the United States. We did so in close consultation with all thirty Allies, and with Ukraine. Our message is that we are ready to sit down with Russia and talk about the things that matter for our common security."
n_prop = "We have proposed that NATO and Russia reopen our offices in Moscow and Brussels, and that we restore the military lines of communication that have gone quiet. We are ready to exchange briefings on our exercises and nuclear policies, and to explore reciprocal limits on missiles, on land-based intermediate-range systems in particular. These are serious offers, and they are on the table."
n_door = "But let me be equally clear about what is not on the table. NATO will not compromise on the right of every nation to choose its own path, including the security arrangements it wishes to be part of. Ukraine, Georgia and any other country that wishes to apply has that right. Russia does not get a veto."
n_buch = "We stand by the decision our leaders took in Bucharest in 2008 – in this very city – that Ukraine and Georgia will become members of the Alliance. That decision has not been withdrawn, and it will not be withdrawn because of pressure."
n_1997 = "Nor will NATO accept the idea that Allies who joined after 1997 should be treated as second-class members, with no Allied forces on their territory. As Moscow made explicit on 21 January, that would include Romania and Bulgaria. Our battlegroups in the Baltic States and Poland, and our presence here on the Black Sea, are defensive, proportionate and there at the request of the host nations. They will stay."
n_inch = "Some say that NATO promised, back in 1990, not to move one inch to the east. I was part of Romania’s journey into this Alliance, and I can tell you: no such promise was ever made to the nations of Central and Eastern Europe. Each of our countries knocked on the door. NATO did not come looking for us. That is how it should be: it is for each nation to knock, and for the Allies to decide."
n_coop = "We have also heard Moscow demand that the United States and NATO end all military cooperation with partners such as Ukraine, Georgia and the Republic of Moldova. Our partnerships are not directed against anyone. They are the sovereign choice of those countries, and we will continue them."
n_legal = "Russia says it wants legally binding guarantees. But Europe already has them: the Helsinki Final Act, the Charter of Paris, the NATO-Russia Founding Act. We do not need new treaties that divide our continent into spheres of influence. What we need is for Russia to respect the commitments it has already signed."
n_naive = "At the same time, we are not naive. If Russia chooses confrontation, it will pay a high price, and NATO will do whatever is necessary to protect and defend every Ally. We have already put forces on standby and sent additional ships and jets to our eastern flank, including here in Romania."
n_dial = "Dialogue is not a sign of weakness, and deterrence is not a sign of aggression. We need both. The choice now is Moscow’s."
L["nato-2022-01-31-geoana-speech-euro-atlantic-security"] = [
 (n_pleasure, "mircea-geoana", 1, N, "", "", 1, G),
 (n_danger, "mircea-geoana", 1, N, "", "", 1, G),
 (n_call, "mircea-geoana", 1, N, "russia-de-escalation", "supports", 1, G),
 (n_sent, "mircea-geoana", 1, N, "", "", 1, G),
 (n_prop, "mircea-geoana", 1, N, "resume-military-dialogue", "supports", 1, G),
 (n_prop, "mircea-geoana", 1, N, "limit-military-exercises", "mentions", 1, G),
 (n_prop, "mircea-geoana", 1, N, "no-intermediate-range-missiles", "mentions", 1, G),
 (n_door, "mircea-geoana", 1, N, "nato-open-door", "supports", 1, G),
 (n_door, "mircea-geoana", 1, N, "no-ukraine-membership", "rejects", 1, G),
 (n_buch, "mircea-geoana", 1, N, "rescind-bucharest-2008", "rejects", 1, G),
 (n_buch, "mircea-geoana", 1, N, "no-ukraine-membership", "rejects", 1, G),
 (n_1997, "mircea-geoana", 1, N, "rollback-to-1997", "rejects", 1, G),
 (n_1997, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2022-01-21"),
 (n_inch, "mircea-geoana", 1, N, "nato-open-door", "supports", 1, G),
 (n_coop, "mircea-geoana", 1, N, "no-military-activity-ex-soviet", "rejects", 1, G),
 (n_coop, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (n_legal, "mircea-geoana", 1, N, "written-legal-guarantees", "rejects", 1, G),
 (n_legal, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (n_naive, "mircea-geoana", 1, N, "", "", 1, G),
 (n_dial, "mircea-geoana", 1, N, "", "", 1, G),
]

# ---------------------------------------------------------------- CFR Q&A
C = "2022-02-02"
M = "Daniel Morrow"
c_putin = "Breaking a weeks-long silence, Russian President Vladimir Putin on February 1 accused the United States and NATO of ignoring Russia's main demands: an end to NATO enlargement, no offensive weapons near its borders, and a pullback of the alliance's military infrastructure to where it stood in 1997."
c_a1 = "Mostly that he is in no hurry. This was the first time he had spoken publicly about the U.S. and NATO replies, and he chose his words carefully. He did not slam the door on diplomacy, and he did not announce any decision."
c_a2 = "The core of what Moscow has been asking for since December has not changed: that NATO stop enlarging, that the alliance not place strike systems near Russia's borders, and that its forces and infrastructure go back to where they were in 1997. None of those three points was addressed in the Western replies, and that was deliberate."
c_a3 = "It is a real offer, and in some ways it is more generous than many people expected. The replies put on the table reciprocal limits on where intermediate-range missiles can be deployed, transparency visits to the Aegis Ashore sites in Romania and Poland, and notification of and limits on large exercises near the borders. These are the kinds of things arms controllers have been proposing for years."
c_a4 = "Personally, I think reciprocal limits on exercises near the NATO-Russia border are long overdue. Both sides have been running snap drills close to each other for years, and sooner or later someone is going to miscalculate."
c_a5 = "The problem is that the Kremlin has called all of this secondary. What it wants is a promise that Ukraine will never join NATO, and that promise was never going to be in the envelope."
c_a6 = "It has been floated. Some people argue that since Ukraine is not going to join NATO for a decade or more anyway, the alliance could say so out loud and lose nothing. I understand the logic."
c_a7 = "But I think it would be a mistake to put the open door itself on the bargaining table. Once you accept that a third country can veto membership decisions, you have conceded the principle that matters most to Kyiv and to every small state in Europe."
c_a8 = "And a moratorium would not satisfy Moscow anyway. The Russians have said very clearly that they want something legally binding and permanent, not a political pause that a future administration can undo."
c_a9 = "That one is a nonstarter, and rightly so. You are talking about pulling allied troops out of Poland, the Baltic states, Romania, and Bulgaria. No alliance government could agree to that and survive the next election."
c_a10 = "It is worth remembering the history. The 1997 Founding Act said NATO had no plans to station substantial combat forces on new members' territory \"in the current and foreseeable security environment.\" That environment changed in 2014, when Russia annexed Crimea and started a war in the Donbas."
c_a11 = "Watch Belarus. The joint exercises there, Union Resolve, run until February 20, and the troop numbers are well beyond anything Belarus needs. If those forces go home afterward, that will tell us more than any statement from the Foreign Ministry."
c_a12 = "Diplomatically, the next step is Moscow's written reply to the replies. Lavrov has said one is coming. I would not expect it to move much on the substance, but the fact that both sides are still exchanging paper is not nothing."
L["council-on-foreign-relations-2022-02-02-diplomatic-off-ramp-qa"] = [
 (c_putin, "vladimir-putin", 1, "Russian President Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (c_putin, "vladimir-putin", 1, "Russian President Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (c_putin, "vladimir-putin", 1, "Russian President Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (c_a1, "daniel-morrow", 1, M, "", "", 1, C),
 (c_a2, "daniel-morrow", 1, M, "nato-non-expansion", "mentions", 1, C),
 (c_a2, "daniel-morrow", 1, M, "no-strike-weapons-near-borders", "mentions", 1, C),
 (c_a2, "daniel-morrow", 1, M, "rollback-to-1997", "mentions", 1, C),
 (c_a2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (c_a2, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (c_a2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (c_a3, "daniel-morrow", 1, M, "no-intermediate-range-missiles", "mentions", 1, C),
 (c_a3, "daniel-morrow", 1, M, "limit-military-exercises", "mentions", 1, C),
 (c_a4, "daniel-morrow", 1, M, "limit-military-exercises", "supports", 1, C),
 (c_a5, "daniel-morrow", 1, M, "no-ukraine-membership", "mentions", 1, C),
 (c_a5, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (c_a6, "daniel-morrow", 1, M, "no-ukraine-membership", "mentions", 1, C),
 (c_a7, "daniel-morrow", 1, M, "nato-open-door", "supports", 1, C),
 (c_a8, "daniel-morrow", 1, M, "written-legal-guarantees", "mentions", 1, C),
 (c_a8, "daniel-morrow", 1, M, "no-ukraine-membership", "mentions", 1, C),
 (c_a8, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 (c_a9, "daniel-morrow", 1, M, "rollback-to-1997", "rejects", 1, C),
 (c_a10, "daniel-morrow", 1, M, "", "", 1, C),
 (c_a11, "daniel-morrow", 1, M, "russia-de-escalation", "mentions", 1, C),
 (c_a12, "daniel-morrow", 1, M, "", "", 1, C),
]

write_gold(L, "articles-239", "gold-239")
