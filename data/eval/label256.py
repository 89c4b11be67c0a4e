#!/usr/bin/env python3
"""Writes the held-out gold of batch 256 (gold-256/*.nq) from the labels below.

Batch 256 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-26-us-written-response-russia: Reuters Washington news story on the
  US written answers (front matter); organisations speaking ("The United States",
  "It says", "Washington and its allies"), quotes split by "he said", a short quote
  under six words, INF background, an analyst quote about no listed demand.
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog of the NATO-Russia
  Council (front matter); reverse-chronological time stamps, key-event link lines,
  crossheads, a caption, demands attributed to Moscow in narration and inside an
  analyst's quote, Bucharest background with a quoted document phrase.
- tass-2022-01-10-ryabkov-geneva-concessions: TASS English, machine-translated feel,
  no front matter, « » quotes with "- the diplomat said", two-sentence quotations,
  a crosshead inside the story, description of the 17 December drafts (not labelled).
- ukrinform-2022-01-21-kuleba-geneva: Ukrinform (UTF-8 BOM, CRLF, no front matter);
  lede whose speaker is named only in the next sentence, "Read also" lines, "As
  reported" background, Russia's demands named in passing inside Kyiv's quotes.
- state-department-2022-01-27-price-briefing: State Department briefing transcript
  (front matter); MR PRICE / QUESTION labels, every answer paragraph a quotation,
  questions that name demands (not labelled), offers to discuss (mentions).
- meduza-2022-02-02-analyst-interview-putin-response: Meduza in English, Q&A with an
  invented Moscow analyst (no front matter); answers with dashes, undated interview,
  Putin's demands in the intro, Baker-1990 history inside an answer, Moscow's demands
  in passing inside the analyst's answers.
- politico-europe-2022-01-13-osce-vienna-russia: Politico Europe news story on the OSCE
  Permanent Council (no front matter); standfirst, short quotes inside reported
  speech, Istanbul Charter words quoted from a document, an analyst who takes a side.

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
L["reuters-2022-01-26-us-written-response-russia"] = [
 ("The United States on Wednesday delivered its written response to Russia's demands for security guarantees, refusing to bar Ukraine from ever joining NATO but offering what Secretary of State Antony Blinken called \"a serious diplomatic path\" on arms control and transparency.",
  "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the response also laid out areas where the two sides could make progress, including reciprocal transparency measures on force posture in Ukraine, steps to build confidence around military exercises in Europe, and arms control covering ground-launched missiles in Europe.",
  "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("Blinken said the response also laid out areas where the two sides could make progress, including reciprocal transparency measures on force posture in Ukraine, steps to build confidence around military exercises in Europe, and arms control covering ground-launched missiles in Europe.",
  "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("if we give it the space of confidential talks.", "antony-blinken", 1, "He", "", "", 1, D),
 ("A senior State Department official, briefing reporters later on Wednesday on condition of anonymity, said the U.S. reply proposed talks on a new arrangement under which neither side would station offensive ground-launched missile systems and their forces in Ukraine, and on reciprocal limits on intermediate-range missiles in Europe.",
  "us-state-department", 0, "A senior State Department official", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("A senior State Department official, briefing reporters later on Wednesday on condition of anonymity, said the U.S. reply proposed talks on a new arrangement under which neither side would station offensive ground-launched missile systems and their forces in Ukraine, and on reciprocal limits on intermediate-range missiles in Europe.",
  "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We will not compromise on the right of every nation to choose its own path, and we will not walk away from Ukraine,",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said allies had proposed reopening the NATO and Russian missions in each other's capitals, which closed last year, and reviving regular contacts between military commanders to reduce the risk of incidents and accidents.",
  "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("The key thing for us is a clear answer on the non-expansion of NATO to the east. Without it, the whole conversation has no foundation,",
  "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 1, D),
 ("It says it wants legally binding guarantees that NATO will never admit Ukraine, that the alliance will halt its eastward expansion and that it will pull back forces and weapons from countries that joined after 1997.",
  "russia", 0, "It", "written-legal-guarantees", "supports", 0, ""),
 ("It says it wants legally binding guarantees that NATO will never admit Ukraine, that the alliance will halt its eastward expansion and that it will pull back forces and weapons from countries that joined after 1997.",
  "russia", 0, "It", "no-ukraine-membership", "supports", 0, ""),
 ("It says it wants legally binding guarantees that NATO will never admit Ukraine, that the alliance will halt its eastward expansion and that it will pull back forces and weapons from countries that joined after 1997.",
  "russia", 0, "It", "nato-non-expansion", "supports", 0, ""),
 ("It says it wants legally binding guarantees that NATO will never admit Ukraine, that the alliance will halt its eastward expansion and that it will pull back forces and weapons from countries that joined after 1997.",
  "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("Washington and its allies have offered instead to talk about missile deployments, exercises and transparency, while insisting that Russia first reduce tensions along the Ukrainian border.",
  "united-states", 0, "Washington and its allies", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Washington and its allies have offered instead to talk about missile deployments, exercises and transparency, while insisting that Russia first reduce tensions along the Ukrainian border.",
  "united-states", 0, "Washington and its allies", "limit-military-exercises", "mentions", 0, ""),
 ("Washington and its allies have offered instead to talk about missile deployments, exercises and transparency, while insisting that Russia first reduce tensions along the Ukrainian border.",
  "united-states", 0, "Washington and its allies", "russia-de-escalation", "supports", 0, ""),
 ("Any hint that we would trade away Ukraine's future in NATO to buy Vladimir Putin's goodwill would be a historic mistake,",
  "carl-hedstrom", 1, "Carl Hedstrom", "no-ukraine-membership", "rejects", 1, D),
 ("There is real substance in the arms control offer, and the Russian military knows it. The question is whether the Kremlin wants an agreement or a pretext,",
  "julia-brenneman", 1, "Julia Brenneman", "", "", 1, ""),
]

D = "2022-01-12"
MORROW = "Moscow has asked for things Nato simply cannot give – a veto on who joins, a withdrawal from the eastern flank. The question is whether that maximalism is a bargaining position or a pretext,"
STOLT2 = "We will not compromise on Ukraine's right to make its own choices. Ukraine's relationship with Nato will be decided by Ukraine and the 30 allies, no one else,"
STOLT3 = "He added that allies had offered a series of meetings on arms control, including on missiles, and on greater transparency around military exercises, but that the Russian delegation had not been in a position to agree to a timetable."
GRU = "We told our colleagues very clearly that the expansion of the alliance has to stop, and that this has to be fixed in a document with legal force, not in promises,"
GRU2 = "Grushko said Moscow had also pressed for the alliance to pull its forces and infrastructure back to where they stood in 1997, the year the Nato-Russia Founding Act was signed."
SHER2 = "She said the US had told Russia once again that proposals to slam shut Nato's open door were “simply non-starters”."
KUL = "Ukraine alone will decide whether and when it joins Nato, and Russia has no say in this,"
CENTRAL = "On Moscow's central demand – a halt to the alliance's enlargement and a promise that Ukraine will never join – Stoltenberg was blunt."
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("There are significant differences between Nato allies and Russia on these issues, and they will not be easy to bridge,",
  "jens-stoltenberg", 1, "he", "", "", 1, D),
 (CENTRAL, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (CENTRAL, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (STOLT2, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (STOLT2, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (STOLT3, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (STOLT3, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (GRU, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 (GRU, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 (GRU2, "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, D),
 (GRU2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, D),
 ("We asked Russia to take concrete steps to pull its forces back from Ukraine's border. They neither committed to that nor ruled it out,",
  "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 (SHER2, "wendy-sherman", 1, "She", "nato-open-door", "supports", 0, D),
 (SHER2, "wendy-sherman", 1, "She", "nato-non-expansion", "rejects", 0, D),
 (MORROW, "helena-morrow", 1, "she", "nato-non-expansion", "mentions", 1, D),
 (MORROW, "helena-morrow", 1, "she", "rollback-to-1997", "mentions", 1, D),
 ("Moscow has asked for things Nato simply cannot give – a veto on who joins, a withdrawal from the eastern flank.",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow has asked for things Nato simply cannot give – a veto on who joins, a withdrawal from the eastern flank.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KUL, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("The Pentagon's press secretary, John Kirby, said there had been no meaningful withdrawal of the roughly 100,000 Russian troops massed near Ukraine.",
  "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 0, D),
 ("We haven't seen any significant movement of those forces away from the border, and we continue to urge Moscow to de-escalate,",
  "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("to drown the Russian proposals in endless procedural talk", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, D),
]

D = "2022-01-10"
R1 = "Russia under no circumstances will agree to moratorium instead of legally binding guarantees of non-expansion of NATO, has declared to journalists on Monday Deputy Minister of Foreign Affairs of Russian Federation Sergey Ryabkov on results of consultations with the American delegation."
R2 = "For us it is absolutely obligatory to ensure that Ukraine never, never will become the member of NATO. We need not promises, we need iron guarantees"
R4 = "We have underlined that the question of the non-deployment of the strike weapon systems near our borders, the question of the not-carrying out of the exercises of the alliance in proximity of Russian borders, and also the return to configuration of 1997 are for us questions of principle. We do not see understanding from the side of the USA on these points"
R8 = "The deputy minister also pointed out that Russia came to Geneva without preconditions and expects the American side to do likewise, without tying the dialogue to «ultimatums» about the situation on the border."
S1 = "Deputy Secretary of State of USA Wendy Sherman on her side at the press conference said that the American side «firmly pushed back» against the proposals which are non-starter for the United States, including on the question of the NATO open door policy."
S2 = "We will not allow anyone to slam closed the open door policy of NATO, which has always been central for the alliance"
S3 = "According to her, the USA is ready to discuss with Russia the questions of the reciprocal limits on the size and scope of military exercises and the placement of missiles in Europe."
L["tass-2022-01-10-ryabkov-geneva-concessions"] = [
 (R1, "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 0, D),
 (R1, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, D),
 (R2, "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 1, D),
 (R2, "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("According to him, the talks with the delegation of the USA headed by Deputy Secretary of State Wendy Sherman lasted nearly eight hours and passed in «difficult, long, very professional» atmosphere, but on the key question of non-enlargement of the alliance the progress was not achieved.",
  "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, D),
 (R4, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, D),
 (R4, "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 1, D),
 (R4, "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("At the same time the deputy minister has noted that the Russian side sees «the certain chance» for agreement on non-deployment of medium and shorter range missiles, as Washington has shown readiness to discuss this subject.",
  "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 0, D),
 ("Asked whether Russia will withdraw the troops from the border with Ukraine, Ryabkov stated that the movement of the forces on its own territory is the sovereign affair of Russia.",
  "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We are not escalating anything, therefore there is nothing to de-escalate, and the talk of invasion is groundless",
  "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("We will not allow to drag out these talks endlessly. If there will be no answers, we will draw the conclusions, and the military people will give their proposals",
  "sergei-ryabkov", 1, "the deputy minister", "", "", 1, D),
 (R8, "sergei-ryabkov", 1, "The deputy minister", "no-preconditions", "supports", 0, D),
 (R8, "sergei-ryabkov", 1, "The deputy minister", "russia-de-escalation", "rejects", 0, D),
 (S1, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 (S1, "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 (S2, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (S2, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, D),
 (S3, "wendy-sherman", 1, "her", "limit-military-exercises", "mentions", 0, D),
 (S3, "wendy-sherman", 1, "her", "no-intermediate-range-missiles", "mentions", 0, D),
]

D = "2022-01-21"
K2 = "Russia's demand that Ukraine never join NATO is an attempt to revive spheres of influence in Europe. We reject it categorically, and so do our partners,"
K3 = "Kuleba also noted that the defense assistance from partners would continue regardless of Moscow's demands to stop military cooperation with Kyiv."
LAV = "Russian Foreign Minister Sergei Lavrov, in turn, said on Friday that Moscow expects concrete answers to all its proposals, above all on the non-expansion of NATO to the east and the non-deployment of strike weapons near Russian borders."
SOB = "The Kremlin wants to drag NATO back to the map of 1997 and to forbid any Western military cooperation with Ukraine. Neither will happen. Our partners have understood that any concession today would be an invitation to a new war tomorrow,"
SOB1 = "The Kremlin wants to drag NATO back to the map of 1997 and to forbid any Western military cooperation with Ukraine."
L["ukrinform-2022-01-21-kuleba-geneva"] = [
 ("Ukraine highly appreciates the firm position of the United States, which made it clear to Russia at the Geneva meeting that Ukraine's right to choose its alliances is not a subject for bargaining.",
  "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, D),
 ("We are grateful to the United States for its clear position: there will be no talks about Ukraine without Ukraine, and no one in Washington is going to trade our right to choose our alliances,",
  "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("According to the minister, the only way to reduce tension is the withdrawal of Russian troops from the Ukrainian border and the return of the Russian Federation to constructive work in the Normandy format and the Trilateral Contact Group.",
  "dmytro-kuleba", 1, "the minister", "russia-de-escalation", "supports", 0, D),
 (K2, "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("Russia's demand that Ukraine never join NATO is an attempt to revive spheres of influence in Europe.",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (K3, "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 (K3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We were clear: the United States will defend the principle that NATO's door is open, and we will respond with massive consequences to any renewed Russian aggression against Ukraine,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (LAV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 (LAV, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("According to Lavrov, Blinken did not raise the issue of a possible withdrawal of Russian troops, and Moscow would not discuss the movements of its armed forces on its own territory.",
  "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 (SOB, "iryna-sobolevska", 1, "Sobolevska", "rollback-to-1997", "rejects", 1, ""),
 (SOB, "iryna-sobolevska", 1, "Sobolevska", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (SOB1, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (SOB1, "russia", 0, "The Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("In her opinion, the main task of Ukrainian diplomacy in the coming days is to make sure that the written U.S. and NATO responses do not contain any wording that could be read as a moratorium on enlargement.",
  "iryna-sobolevska", 1, "her", "nato-non-expansion", "rejects", 0, ""),
]

D = "2022-01-27"
P = "ned-price"
P4 = "What the response does do is put forward a serious diplomatic path, should Russia choose it. There are areas where we believe we can make progress on a reciprocal basis: on the placement of intermediate-range missiles in Europe, on the scale and scope of military exercises and notification of those exercises, and on risk reduction more broadly."
P8 = "Membership decisions are for NATO Allies and for aspirant countries to make, and for no one else. It is not for Russia to have a veto over that, and we're not going to offer Moscow one in a back room, in writing or otherwise."
L["state-department-2022-01-27-price-briefing"] = [
 ("Good afternoon, everyone. I have one item at the top, and then we'll turn to your questions.", P, 1, "MR PRICE", "", "", 1, D),
 ("Yesterday, as you know, Ambassador Sullivan delivered our written response to the Russian Government in Moscow. We did so in full coordination with our Ukrainian partners and with our European Allies and partners, and NATO delivered its own paper to Moscow in parallel.",
  P, 1, "MR PRICE", "", "", 1, D),
 ("Well, Matt, let me be very clear about this. We have been consistent and we will continue to be consistent: NATO's door is open, and it will remain open. That is not just a U.S. position; it is a principle that all 30 Allies have reaffirmed, and one that is enshrined in documents Russia itself has signed.",
  P, 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 (P4, P, 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, P, 1, "MR PRICE", "limit-military-exercises", "mentions", 1, D),
 ("That's a non-starter, and we've told the Russians as much, both privately and publicly. The United States is not going to negotiate the force posture of our NATO Allies without our NATO Allies, and frankly, our Allies on the eastern flank have asked us for more reassurance, not less.",
  P, 1, "MR PRICE", "rollback-to-1997", "rejects", 1, D),
 ("I'm not going to get ahead of where we are. If there are arrangements that we can reach on a reciprocal basis, and if those arrangements need to take a particular form, whether that's a treaty or something else, we are open to discussing that form with the Russians. But the form is not the question right now.",
  P, 1, "MR PRICE", "written-legal-guarantees", "mentions", 1, D),
 ("And I would just add, when it comes to de-escalation, we have yet to see it. What we have seen is the opposite: more than 100,000 Russian forces on Ukraine's borders, additional deployments into Belarus. We continue to call on Moscow to pull back those forces and to choose the path of diplomacy.",
  P, 1, "MR PRICE", "russia-de-escalation", "supports", 1, D),
 (P8, P, 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 (P8, P, 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, D),
 ("We have chosen not to publish the document because we think diplomacy has the best chance to succeed when it's given space to be conducted privately. We've shared it with Congress and with our Allies. What the Russians choose to do is, of course, up to them.",
  P, 1, "MR PRICE", "", "", 1, D),
 ("I expect the Secretary will have an opportunity to speak with Foreign Minister Lavrov in the coming days. We'll keep you posted on that.",
  P, 1, "MR PRICE", "", "", 1, D),
 ("We're not going to characterize the Ukrainian President's remarks. What I can tell you is what we see: a significant build-up that has no obvious training or exercise purpose, that continues by the day, and that gives Russia the capacity to move on very short notice.",
  P, 1, "MR PRICE", "", "", 1, D),
]

V = "grigory-vasilevsky"
PUT = "Speaking after talks with Hungary's Viktor Orbán, he said the West had ignored Russia's “fundamental concerns” — the non-expansion of NATO, the refusal to deploy strike weapons systems near Russia's borders, and the return of the alliance's military infrastructure in Europe to where it stood in 1997."
A2 = "The core is Ukraine. Everything about stopping NATO enlargement is really about one country. Moscow knows perfectly well that no alliance will ever sign a pledge never to admit Ukraine, but it wanted to put the question on the table in the starkest possible form."
A2b = "The other items — the 1997 line, the Baltic deployments, the missiles — went in partly as bargaining chips. The missile question in particular is one where a deal is realistic, and I think Moscow would be wise to take it rather than walk away."
A3 = "Not for the public narrative. Lavrov has already said the answers give grounds only for “secondary” conversations. But in substance, the proposals on exercises and on notifying each other about drills near the borders are things the Russian General Staff has wanted for years."
A5 = "In February 1990, James Baker told Gorbachev that NATO would not move “one inch eastward.” There was never a treaty, and historians still argue about what exactly was meant. For the Kremlin, it's the original sin, and that's why today it demands everything on paper and with signatures."
A6 = "A framework, maybe. A treaty of the kind the Foreign Ministry published in December — no. The U.S. Senate will never ratify a text that closes NATO to anyone, and the Kremlin knows that too."
L["meduza-2022-02-02-analyst-interview-putin-response"] = [
 (PUT, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PUT, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PUT, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("we will eventually find a solution.", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("What I heard was a man keeping his options open. He said the West had brushed aside Russia's main concerns, but he also said that the dialogue would continue. That is not the language of someone who has already decided on war.",
  V, 1, "Grigory Vasilevsky", "", "", 1, ""),
 (A2, V, 1, "Grigory Vasilevsky", "nato-non-expansion", "mentions", 1, ""),
 (A2, V, 1, "Grigory Vasilevsky", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow knows perfectly well that no alliance will ever sign a pledge never to admit Ukraine, but it wanted to put the question on the table in the starkest possible form.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (A2b, V, 1, "Grigory Vasilevsky", "rollback-to-1997", "mentions", 1, ""),
 (A2b, V, 1, "Grigory Vasilevsky", "no-intermediate-range-missiles", "supports", 1, ""),
 (A3, V, 1, "Grigory Vasilevsky", "limit-military-exercises", "mentions", 1, ""),
 ("But in substance, the proposals on exercises and on notifying each other about drills near the borders are things the Russian General Staff has wanted for years.",
  "russia", 0, "the Russian General Staff", "limit-military-exercises", "supports", 0, ""),
 ("I don't believe the troops will go home as a concession to Washington. Pulling back under pressure is exactly what Putin cannot be seen doing. If there is a withdrawal, it will be presented as the end of scheduled exercises.",
  V, 1, "Grigory Vasilevsky", "russia-de-escalation", "mentions", 1, ""),
 (A5, V, 1, "Grigory Vasilevsky", "written-legal-guarantees", "mentions", 1, ""),
 ("For the Kremlin, it's the original sin, and that's why today it demands everything on paper and with signatures.",
  "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (A6, V, 1, "Grigory Vasilevsky", "written-legal-guarantees", "mentions", 1, ""),
 (A6, V, 1, "Grigory Vasilevsky", "nato-non-expansion", "mentions", 1, ""),
 ("More letters, more meetings. Lavrov has already written to his OSCE colleagues about the indivisibility of security. The Kremlin is trying to turn the Istanbul and Astana declarations against the West. That won't get very far, but it keeps the process alive, and as long as the process is alive, there is no war.",
  V, 1, "Grigory Vasilevsky", "", "", 1, ""),
]

D = "2022-01-13"
PES = "In Moscow, Kremlin spokesperson Dmitry Peskov said on Thursday that the week's talks had produced \"some positive elements\" but had been unsuccessful on fundamental questions, and repeated that Russia was insisting on legally binding guarantees that NATO would stop moving toward its borders."
ENG = "Lars Engholm, a senior Danish diplomat who attended the closed-door session, said Russian delegates had spent much of the meeting repeating the contents of Moscow's December draft treaties, including the demand that NATO forgo any military activity in Ukraine, the South Caucasus and Central Asia."
L["politico-europe-2022-01-13-osce-vienna-russia"] = [
 ("We are not going to accept any formulas that leave the door open for Ukraine or Georgia. That's the bottom line,",
  "alexander-lukashevich", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("We came here without preconditions and we expect exactly the same from our partners,",
  "alexander-lukashevich", 1, "he", "no-preconditions", "supports", 1, D),
 ("Asked about the tens of thousands of Russian troops stationed near Ukraine, Lukashevich said their withdrawal was \"not a topic for discussion\" because the forces were on Russian territory.",
  "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 0, D),
 ("We are facing a crisis in European security, and we have to treat it with the seriousness it deserves,",
  "michael-carpenter", 1, "he", "", "", 1, D),
 ("Carpenter said the United States would not negotiate \"over the heads\" of Ukraine or any other country, and said any real progress depended on Russia pulling back the troops it has massed near Ukraine's border.",
  "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("The OSCE is the one place where all of us sit at the same table, including Russia and Ukraine, and we should use it,",
  "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("The only de-escalation that matters is the one Russia can do itself: send its battalion tactical groups back to their bases,",
  "yevhenii-tsymbaliuk", 1, "he", "russia-de-escalation", "supports", 1, D),
 (PES, "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 (PES, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("The OSCE can't hand Moscow what it wants on NATO. What it can do, and what it should do, is revive the Vienna Document and put real limits on large exercises and snap inspections near borders,",
  "ulrich-brandstatter", 1, "Ulrich Brandstätter", "limit-military-exercises", "supports", 1, ""),
 ("Everyone in the room knows that. The question is whether anyone in Moscow is listening,",
  "ulrich-brandstatter", 1, "he", "", "", 1, ""),
 (ENG, "lars-engholm", 1, "Lars Engholm", "no-military-activity-ex-soviet", "mentions", 0, D),
 (ENG, "russia", 0, "Russian delegates", "no-military-activity-ex-soviet", "supports", 0, D),
 ("It was a restatement, not a negotiation,", "lars-engholm", 1, "Engholm", "", "", 1, D),
]

write_gold(L, "articles-256", "gold-256")
