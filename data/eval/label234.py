#!/usr/bin/env python3
"""Writes the held-out gold of batch 234 (gold-234/*.nq) from the labels below.

Batch 234 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- moscow-times-2022-01-27-lavrov-us-answers: The Moscow Times news story with front
  matter; a Lavrov quotation interrupted by "said" (one half about no demand), a
  photo credit, a "Read more" line, Moscow's Dec. 17 drafts summarised in passing,
  a Telegram post dated "Wednesday night", analysts, 1990 history.
- meduza-2022-01-11-geneva-never-never-ever: Meduza in English explainer with
  crossheads ("What Moscow said"), curly quotes, 'shall' inside a quotation,
  indirect speech ("brushed aside ... a temporary freeze"), an analyst who names
  Moscow's demands inside her own quotation, Bucharest 2008 history.
- kommersant-2022-01-19-ryabkov-interview: Kommersant interview with Ryabkov, machine
  translated, dash Q&A with multi-paragraph answers, «» quotes, "Kiev", date given as
  19.01.2022 and "the conversation took place on Tuesday"; a demand for written
  answers that is not a demand for legal guarantees.
- new-york-times-2022-01-26-us-written-response: New York Times news story without
  front matter ("Jan. 26, 2022", WASHINGTON dateline); the U.S. position set out in the
  lede, Blinken quotations, Stoltenberg dismissing "the Russian call", Putin "last
  month" (no day), Baker-Gorbachev and Bucharest history, analysts.
- le-monde-2022-01-13-nato-russia-council: Le Monde in English with front matter;
  "the Norwegian", a Grushko quotation split in two, "Read more Subscribers only"
  lines, the 1997 Founding Act quoted as a document, Le Drian "on Thursday morning",
  Borrell "on Monday".
- us-mission-osce-2022-01-13-carpenter-russian-proposals: U.S. Mission to the OSCE
  statement to the Permanent Council (13 January), as the mission publishes it, with
  site junk; UTF-8 BOM and CRLF; no quotation marks, each paragraph is the
  ambassador's words; Russia's demands listed in passing, Lukashevich reported.
- defense-gov-2022-01-24-kirby-press-briefing: Pentagon press briefing transcript
  (Kirby), speaker labels and Q:, reporters' questions that name the demands (not
  labelled), Moscow's demands in passing inside answers, many procedural answers.

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

(Batch-specific reading: a statement delivered to a council, published without
quotation marks, is treated like a transcript: each paragraph is one direct
quotation of the ambassador.)
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-27"
L["moscow-times-2022-01-27-lavrov-us-answers"] = [
 ("There is no positive reaction in this document to the main question,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main question is our clear position that NATO must stop moving east and that no strike weapons should be placed where they could threaten Russian territory.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position that NATO must stop moving east and that no strike weapons should be placed where they could threaten Russian territory.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Lavrov said the American text offered grounds for \"a serious conversation\" on issues such as the placement of intermediate-range missiles and greater transparency around military drills, which he described as second-tier questions.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Lavrov said the American text offered grounds for \"a serious conversation\" on issues such as the placement of intermediate-range missiles and greater transparency around military drills, which he described as second-tier questions.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("We will not allow our core proposals to be drowned in endless discussion,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("In draft treaties published on Dec. 17, Moscow demanded that NATO pull its forces and weapons back to where they stood in 1997, before the alliance took in its first former Warsaw Pact members, and that it renounce any military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("In draft treaties published on Dec. 17, Moscow demanded that NATO pull its forces and weapons back to where they stood in 1997, before the alliance took in its first former Warsaw Pact members, and that it renounce any military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("There is no need to rush to conclusions. This takes time,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Leonid Slutsky, who chairs the Duma's foreign affairs committee, wrote on Telegram on Wednesday night that the United States had \"once again hidden behind the mantra of the open door\" instead of giving a legal guarantee that Ukraine and Georgia would never be admitted to the alliance.", "leonid-slutsky", 1, "Leonid Slutsky", "nato-open-door", "rejects", 0, "2022-01-26"),
 ("Leonid Slutsky, who chairs the Duma's foreign affairs committee, wrote on Telegram on Wednesday night that the United States had \"once again hidden behind the mantra of the open door\" instead of giving a legal guarantee that Ukraine and Georgia would never be admitted to the alliance.", "leonid-slutsky", 1, "Leonid Slutsky", "no-ukraine-membership", "supports", 0, "2022-01-26"),
 ("Leonid Slutsky, who chairs the Duma's foreign affairs committee, wrote on Telegram on Wednesday night that the United States had \"once again hidden behind the mantra of the open door\" instead of giving a legal guarantee that Ukraine and Georgia would never be admitted to the alliance.", "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("Moscow knew from the start that nobody in Washington would ever promise that NATO will never take in Ukraine,", "maxim-vostrikov", 1, "Vostrikov", "no-ukraine-membership", "mentions", 1, ""),
 ("The question now is whether the Kremlin can sell a deal on missiles and exercises as a victory at home.", "maxim-vostrikov", 1, "Vostrikov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The question now is whether the Kremlin can sell a deal on missiles and exercises as a victory at home.", "maxim-vostrikov", 1, "Vostrikov", "limit-military-exercises", "mentions", 1, ""),
 ("The diplomats are doing their job, but the decisions are not being made at Smolenskaya Square,", "yulia-marchenko", 1, "she", "", "", 1, ""),
]

D10, D11 = "2022-01-10", "2022-01-11"
VOR1 = "Moscow wants a written promise that the alliance will never grow again, and Washington answers with offers on missiles and exercises. The Kremlin put those items into its own drafts, but it never considered them the point,"
VOR2 = "In Voronina’s view, the Russian proposal to roll NATO back to where it stood in 1997 is an opening bid rather than a real expectation — something to be traded away later in exchange for concessions elsewhere."
FREEZE = "Ryabkov also brushed aside the idea, floated in Western capitals, of a temporary freeze on NATO’s enlargement, saying that Moscow needed a commitment that would not simply expire after a few years."
SHERMAN_OFFER = "At the same time, Sherman said the U.S. was prepared to discuss where missiles could be deployed in Europe in the future and possible reciprocal limits on the size and scope of military exercises, as long as Russia was ready to reciprocate."
L["meduza-2022-01-11-geneva-never-never-ever"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D10),
 ("He insisted that words alone would not satisfy Moscow.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, D10),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D10),
 ("Not assurances, not safeguards — guarantees. With all the words ‘shall’ and ‘must’ in them.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D10),
 (FREEZE, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D10),
 (FREEZE, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D10),
 ("Asked about the roughly 100,000 Russian troops concentrated near Ukraine’s borders, the diplomat was dismissive.", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 0, D10),
 ("We are moving our forces around our own territory, and we will not be told where to keep them,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D10),
 ("We will insist that NATO stop at its current borders, and this is not a subject for bargaining,", "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 1, D11),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D10),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D10),
 ("nothing about Ukraine without Ukraine, nothing about Europe without Europe.", "wendy-sherman", 1, "She", "", "", 1, D10),
 (SHERMAN_OFFER, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D10),
 (SHERMAN_OFFER, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D10),
 ("Diplomacy can’t work with a gun on the table. If Russia wants results, it can start by sending those troops back to their barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D10),
 (VOR1, "anastasia-voronina", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (VOR1, "anastasia-voronina", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (VOR1, "anastasia-voronina", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VOR1, "anastasia-voronina", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("Moscow wants a written promise that the alliance will never grow again, and Washington answers with offers on missiles and exercises.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a written promise that the alliance will never grow again, and Washington answers with offers on missiles and exercises.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Kremlin put those items into its own drafts, but it never considered them the point,", "russia", 0, "The Kremlin", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The Kremlin put those items into its own drafts, but it never considered them the point,", "russia", 0, "The Kremlin", "limit-military-exercises", "supports", 0, ""),
 (VOR2, "anastasia-voronina", 1, "Voronina", "rollback-to-1997", "mentions", 0, ""),
 (VOR2, "russia", 0, "the Russian proposal", "rollback-to-1997", "supports", 0, ""),
 ("Everyone in Geneva knows that the real negotiation is happening on the border, not at the table,", "dmitry-lebedinsky", 1, "he", "", "", 1, ""),
]

R, RN = "sergei-ryabkov", "Sergey Ryabkov"
T = "2022-01-18"
A_KEY = "But I must be honest: on the key points, on the non-enlargement of NATO and on the non-deployment of strike systems near our borders, we have not heard anything what could satisfy us. Rather the opposite."
A_MOR = "We do not need the so-called moratorium for some years, about which some Western colleagues have hinted in the corridors. We need a legally binding obligation of non-enlargement, fixed on paper, which cannot be revoked by the next administration or the next summit."
A_NATO = "At the same time, look what the NATO does: exercises one after another near our borders, strategic bombers twenty kilometers from our border, warships of the US Navy in the Black Sea practically every month. Here is where de-escalation is needed, and we want that this activity is reduced and is not approaching our territory."
L["kommersant-2022-01-19-ryabkov-interview"] = [
 ("Results in the proper sense of this word there are not yet. We have said to the American side everything what we wanted to say, eye to eye and without diplomatic wrappers, and they have listened, recorded, promised to think.", R, 1, RN, "", "", 1, T),
 (A_KEY, R, 1, RN, "nato-non-expansion", "supports", 1, T),
 (A_KEY, R, 1, RN, "no-strike-weapons-near-borders", "supports", 1, T),
 ("The mantra about the «open door» we have heard hundreds of times. Nobody obliges NATO to accept everyone who knocks. The Washington Treaty of 1949 does not contain any such obligation. It is a political choice of the alliance, and this choice can be changed, if there is a political will.", R, 1, RN, "nato-open-door", "rejects", 1, T),
 (A_MOR, R, 1, RN, "written-legal-guarantees", "supports", 1, T),
 (A_MOR, R, 1, RN, "nato-non-expansion", "supports", 1, T),
 ("This formula of Bucharest must be disavowed. Not forgotten quietly, not «put in the drawer», but officially disavowed by the same body which adopted it. While it remains in force, Kiev and Tbilisi will be encouraged, and this is the direct road to new tensions.", R, 1, RN, "rescind-bucharest-2008", "supports", 1, T),
 ("We do not accept the very formulation of the question. Russian troops are on Russian territory, and where they will be located, we will decide independently. Nobody has the right to dictate to us how to move our units within our own country.", R, 1, RN, "russia-de-escalation", "rejects", 1, T),
 (A_NATO, R, 1, RN, "limit-military-exercises", "supports", 1, T),
 (A_NATO, R, 1, RN, "no-warships-aircraft-in-strike-range", "supports", 1, T),
 ("We do not expect, we demand. The forces and the infrastructure which appeared on the territory of the states that joined after May 1997 must be withdrawn. This is the point of principle, and it is written in the text of our draft agreement with NATO.", R, 1, RN, "rollback-to-1997", "supports", 1, T),
 ("And the same relates to Ukraine and to other states of the former Soviet Union which are not members of the alliance: no bases, no military development of their territory, no joint exercises with NATO countries.", R, 1, RN, "no-military-activity-ex-soviet", "supports", 1, T),
 ("We do not expect breakthroughs. The minister will hear what the Secretary of State has brought, and we will insist that the Americans give written answers to our drafts, article by article, and not in the form of general reasoning.", R, 1, RN, "", "", 1, T),
 ("If we see that the Americans are playing for time, we will make conclusions. The President has already said that in this case there will be a military-technical answer. I would not like to go into details.", R, 1, RN, "", "", 1, T),
 ("But I repeat: we are ready to talk without any preconditions, at any time, on any platform. Only that the talk must be about the substance, not about the ritual.", R, 1, RN, "no-preconditions", "supports", 1, T),
 ("Channels exist, the Chief of the General Staff and his American colleague speak by telephone. But this is not enough. We would welcome that the regular contacts between the militaries are restored in full volume, also in the Russia–NATO format, which the alliance itself has frozen.", R, 1, RN, "resume-military-dialogue", "supports", 1, T),
 ("I am a professional, I do not have the right to believe or not to believe. I have a task, and I perform it. The rest will show the time.", R, 1, RN, "", "", 1, T),
]

W = "2022-01-26"
LEDE = "The United States on Wednesday delivered its long-awaited written response to Russia’s sweeping demands for a new security order in Europe, rejecting Moscow’s insistence that NATO permanently bar Ukraine from membership while offering to negotiate over missile deployments, military exercises and other confidence-building measures."
DRAFTS = "Those drafts would have required NATO to pull back its forces from Eastern Europe and to forswear any further expansion."
BL_OFFER = "He said Washington was ready to discuss reciprocal commitments by the United States and Russia not to station offensive missile systems or permanent combat forces in Ukraine, and to talk about limits on the kinds of intermediate-range missiles in Europe that were banned under the now-defunct 1987 treaty."
ST_TIER = "“We will not accept a two-tier membership, where some allies can no longer have NATO troops on their territory,” Mr. Stoltenberg said, dismissing the Russian call to withdraw forces from allies that joined after the Cold War."
ST_COOP = "He also said the allies had rejected Russia’s demand that NATO halt its cooperation with Ukraine and Georgia."
OKAFOR = "The administration has put real things on the table — missiles, exercises, transparency. What it has not done, and cannot do, is give Putin a veto over who joins NATO,"
L["new-york-times-2022-01-26-us-written-response"] = [
 (LEDE, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, W),
 (LEDE, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, W),
 (LEDE, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, W),
 (LEDE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (DRAFTS, "russia", 0, "Those drafts", "rollback-to-1997", "supports", 0, ""),
 (DRAFTS, "russia", 0, "Those drafts", "nato-non-expansion", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, W),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Mr. Blinken", "", "", 1, W),
 (BL_OFFER, "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, W),
 (BL_OFFER, "antony-blinken", 1, "He", "no-military-activity-ex-soviet", "mentions", 0, W),
 (BL_OFFER, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, W),
 ("He also said that progress would be hard to achieve “in an atmosphere of escalation,” and urged Moscow to pull back the more than 100,000 troops it has massed along Ukraine’s borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, W),
 ("In Brussels, NATO’s secretary general, Jens Stoltenberg, said the alliance had sent Moscow its own set of proposals, including a return of ambassadors to the NATO and Russian missions that were closed last year and the reopening of channels between military commanders to avoid accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("We will not accept a two-tier membership, where some allies can no longer have NATO troops on their territory,", "jens-stoltenberg", 1, "Mr. Stoltenberg", "rollback-to-1997", "rejects", 1, W),
 (ST_TIER, "russia", 0, "the Russian call", "rollback-to-1997", "supports", 0, ""),
 (ST_COOP, "jens-stoltenberg", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, W),
 (ST_COOP, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("President Vladimir V. Putin said last month that Russia needed legally binding guarantees, and that it needed them “immediately,” not after years of negotiations.", "vladimir-putin", 1, "Vladimir V. Putin", "written-legal-guarantees", "supports", 0, ""),
 (OKAFOR, "rachel-okafor-lindqvist", 1, "Rachel Okafor-Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 (OKAFOR, "rachel-okafor-lindqvist", 1, "Rachel Okafor-Lindqvist", "limit-military-exercises", "mentions", 1, ""),
 (OKAFOR, "rachel-okafor-lindqvist", 1, "Rachel Okafor-Lindqvist", "nato-open-door", "mentions", 1, ""),
 ("He told his own people that this was about stopping NATO at Russia’s doorstep,", "samuel-greer", 1, "Mr. Greer", "nato-non-expansion", "mentions", 1, ""),
 ("You can’t easily go back to them with a handshake on missile notifications.", "samuel-greer", 1, "Mr. Greer", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("It is important that the United States stays firm: no decision about Ukraine’s future in NATO can be taken by anyone except Ukraine and the allies,", "dmytro-kuleba", 1, "Mr. Kuleba", "nato-open-door", "supports", 1, W),
]

J12 = "2022-01-12"
ST_PART = "Mr. Stoltenberg said the allies had made it clear to the Russian delegation that they would not give up their partnerships with Kyiv and Tbilisi, as Moscow is demanding."
ST_PROP = "He proposed instead a series of meetings on arms control, including on missiles in Europe, on the transparency of exercises and on reopening the two sides' diplomatic missions, as well as the channels between their militaries."
FOMIN = "General Fomin, for his part, told the allies on Wednesday that the exercises conducted by the alliance close to Russia's borders and the flights of its reconnaissance aircraft and bombers along them, as well as the presence of its warships in the Black Sea, were a source of tension that had to be reduced."
FR0 = "For Camille Ferrand-Rostova, a researcher at the Fondation pour la recherche stratégique, Moscow's demand for a return to the situation of 1997 is unacceptable in any form."
FR1 = "What the Kremlin is asking is that NATO dismantle everything it has built in Central Europe since 1997. It would be a mistake even to pretend to discuss it,"
G1 = "It is absolutely necessary to stop the enlargement of NATO, and to do so in a legally binding form,"
L["le-monde-2022-01-13-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, J12),
 ("Russia does not have a veto on whether Ukraine can become a NATO member. Each nation has the right to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, J12),
 ("Russia does not have a veto on whether Ukraine can become a NATO member. Each nation has the right to choose its own path,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, J12),
 (ST_PART, "jens-stoltenberg", 1, "Mr. Stoltenberg", "no-military-activity-ex-soviet", "rejects", 0, J12),
 (ST_PART, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (ST_PROP, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, J12),
 (ST_PROP, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, J12),
 (ST_PROP, "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, J12),
 ("We call on Russia to de-escalate immediately,", "jens-stoltenberg", 1, "the secretary general", "russia-de-escalation", "supports", 1, J12),
 (G1, "alexander-grushko", 1, "Mr. Grushko", "nato-non-expansion", "supports", 1, J12),
 (G1, "alexander-grushko", 1, "Mr. Grushko", "written-legal-guarantees", "supports", 1, J12),
 ("We told our partners that the alliance must return to the configuration of 1997. This is not a whim, it is a necessity for our security.", "alexander-grushko", 1, "Mr. Grushko", "rollback-to-1997", "supports", 1, J12),
 ("If there is an attempt to find vulnerabilities in Russia's defense, we will look for vulnerabilities in NATO,", "alexander-grushko", 1, "he", "", "", 1, J12),
 (FOMIN, "alexander-fomin", 1, "General Fomin", "limit-military-exercises", "supports", 0, J12),
 (FOMIN, "alexander-fomin", 1, "General Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, J12),
 (FR0, "camille-ferrand-rostova", 1, "Camille Ferrand-Rostova", "rollback-to-1997", "rejects", 0, ""),
 (FR0, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (FR1, "camille-ferrand-rostova", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("What the Kremlin is asking is that NATO dismantle everything it has built in Central Europe since 1997.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("No ally, and certainly not Poland or the Baltic states, would agree to become a second-class member.", "camille-ferrand-rostova", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("One does not negotiate with a weapon on the table. Russia must show that it is ready to lower the pressure on the Ukrainian border.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Any discussion about European security must involve the European Union, which is not a spectator,", "josep-borrell", 1, "he", "", "", 1, "2022-01-10"),
]

C, CN, V = "michael-carpenter", "Michael Carpenter", "2022-01-13"
P3 = "Let me be direct about what we have heard from the Russian Federation. Russia asks that NATO promise, in a binding treaty, never to admit another member. It asks that the Alliance withdraw its forces from the territory of Allies who joined after 1997, and that Ukraine, Georgia, and Moldova be denied the right to seek the security partnerships of their choosing."
P3a = "Russia asks that NATO promise, in a binding treaty, never to admit another member."
P3b = "It asks that the Alliance withdraw its forces from the territory of Allies who joined after 1997, and that Ukraine, Georgia, and Moldova be denied the right to seek the security partnerships of their choosing."
P6 = "We are prepared to work on reciprocal measures that would make all of us safer: greater transparency and advance notification of military exercises, limits on their size near our respective borders, and a conversation on the future of land-based intermediate-range missiles in Europe. We said so in Geneva and in Brussels, and I say it again here."
P9 = "Finally, Mr. Chair, a word to our Russian colleagues. Ambassador Lukashevich told this Council last month that his country needs legally binding guarantees “here and now.” We have heard him. Our answer is that no country can guarantee its security by taking security away from its neighbors."
L["us-mission-osce-2022-01-13-carpenter-russian-proposals"] = [
 ("Welcome, Minister Rau, to the Permanent Council, and congratulations on Poland’s assumption of the Chairpersonship. You have taken the helm at a moment when the security of our region faces its gravest crisis in decades.", C, 1, CN, "", "", 1, V),
 ("This week, the United States and Russia met in Geneva, NATO Allies and Russia met in Brussels, and today we meet here, in the most inclusive forum for European security. The sequence is not accidental: no decision about European security will be taken over the heads of the 57 participating States of this organization.", C, 1, CN, "", "", 1, V),
 (P3, C, 1, CN, "nato-non-expansion", "mentions", 1, V),
 (P3, C, 1, CN, "written-legal-guarantees", "mentions", 1, V),
 (P3, C, 1, CN, "rollback-to-1997", "mentions", 1, V),
 (P3, C, 1, CN, "no-military-activity-ex-soviet", "mentions", 1, V),
 (P3a, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (P3a, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (P3b, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 (P3b, "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("These are not proposals. They are demands to relitigate the Helsinki Final Act, under which every participating State has the sovereign right to belong or not to belong to international organizations, and to be or not to be a party to treaties of alliance. The United States will not trade away that principle, and we will not negotiate it with anyone.", C, 1, CN, "nato-open-door", "supports", 1, V),
 ("At the same time, Russia has massed roughly 100,000 troops along Ukraine’s borders, with tanks, artillery, and the logistics to sustain a large-scale offensive. The drumbeat of war is sounding loud. We call on the Russian Federation to de-escalate, to return its forces to their normal peacetime locations, and to choose the path of diplomacy.", C, 1, CN, "russia-de-escalation", "supports", 1, V),
 (P6, C, 1, CN, "limit-military-exercises", "mentions", 1, V),
 (P6, C, 1, CN, "no-intermediate-range-missiles", "mentions", 1, V),
 ("Such measures can only be negotiated in good faith, at the table, and on the basis of reciprocity — not under the threat of force, and not by means of ultimatums delivered through the press. Russia cannot put a gun to Ukraine’s head and call it an invitation to dialogue.", C, 1, CN, "", "", 1, V),
 ("The Polish Chairpersonship’s proposal for a renewed European security dialogue deserves the support of every participating State. This organization has the tools — the Vienna Document, the Open Skies consultative mechanisms, the Structured Dialogue — and we should use them.", C, 1, CN, "", "", 1, V),
 (P9, C, 1, CN, "written-legal-guarantees", "mentions", 1, V),
 ("Ambassador Lukashevich told this Council last month that his country needs legally binding guarantees “here and now.”", "alexander-lukashevich", 1, "Ambassador Lukashevich", "written-legal-guarantees", "supports", 0, ""),
]

K, KN, J24 = "john-kirby", "MR. KIRBY", "2022-01-24"
K_EX = "I'm not going to get ahead of the written response that the State Department is preparing. I'd just say that the secretary has said before there are areas where we think we could have a productive conversation — on the size and scope of exercises, on intermediate-range missiles, on transparency — all on a reciprocal basis."
K_EXa = "I'd just say that the secretary has said before there are areas where we think we could have a productive conversation — on the size and scope of exercises, on intermediate-range missiles, on transparency — all on a reciprocal basis."
K_RB = "The Russians want NATO to pull its forces off the territory of sovereign allies, nations that chose to join this alliance, and that's a nonstarter. The secretary has been very clear about that, and so have our allies."
K_IR = "And I'd just note the irony here. Moscow tells us it can't tolerate exercises near its borders, and at the same time it's putting on one of the biggest exercises we've seen in Belarus in years, right on Ukraine's doorstep."
L["defense-gov-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top, and then we'll get right to your questions.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, J24),
 ("At the direction of President Biden, and after consultations with the chairman, Secretary Austin has placed a range of units here in the United States on a heightened preparedness to deploy. In total, that's about 8,500 personnel. This is about reassuring our NATO allies, and it sends a very clear signal that we take our commitments to NATO very, very seriously.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, J24),
 ("I want to stress that no decision has been made to deploy these forces, and none of them are going to Ukraine. They would go, if the NATO Response Force is activated, to allied territory on the eastern flank, or they could be used in other contingencies.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, J24),
 ("We continue to see no sign that the Russians are de-escalating. If anything, they're continuing to add forces, in western Russia and now in Belarus. So we call on Moscow once again to pull those forces back, to de-escalate, and to pursue the diplomatic path that's available to them.", K, 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, J24),
 (K_RB, K, 1, KN, "rollback-to-1997", "rejects", 1, J24),
 ("The Russians want NATO to pull its forces off the territory of sovereign allies, nations that chose to join this alliance, and that's a nonstarter.", "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
 ("What we're doing is defensive. These are moves to reassure allies who are, frankly, nervous, and they're nervous for good reason. It's not Russia that's being threatened here.", K, 1, KN, "", "", 1, J24),
 (K_EX, K, 1, KN, "limit-military-exercises", "mentions", 1, J24),
 (K_EX, K, 1, KN, "no-intermediate-range-missiles", "mentions", 1, J24),
 (K_EXa, "lloyd-austin", 1, "the secretary", "limit-military-exercises", "mentions", 0, ""),
 (K_EXa, "lloyd-austin", 1, "the secretary", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("But I'm not going to negotiate from the podium, and I'm certainly not going to announce any changes to our exercise schedule today.", K, 1, KN, "limit-military-exercises", "mentions", 1, J24),
 ("The chairman does have a channel with his Russian counterpart, and they have used it. I won't go into the content of those calls.", K, 1, KN, "", "", 1, J24),
 ("We've always said that military-to-military lines of communication with Russia are valuable, and we would certainly welcome more of them, especially at a time of tension like this one. That's how you avoid miscalculation.", K, 1, KN, "resume-military-dialogue", "supports", 1, J24),
 ("No. I mean — look, NATO's door is open, and it's going to stay open. Who joins the alliance is a matter for the alliance and for the applicant nation, and nobody else, and certainly not Moscow. That's not something we're going to agree to.", K, 1, KN, "nato-open-door", "supports", 1, J24),
 ("No. I mean — look, NATO's door is open, and it's going to stay open. Who joins the alliance is a matter for the alliance and for the applicant nation, and nobody else, and certainly not Moscow. That's not something we're going to agree to.", K, 1, KN, "no-ukraine-membership", "rejects", 1, J24),
 ("It is a concern. We're watching this very closely. What they're calling an exercise is, you know, a significant movement of forces, and they're moving capabilities that could be used against Ukraine from the north.", K, 1, KN, "", "", 1, J24),
 (K_IR, K, 1, KN, "limit-military-exercises", "mentions", 1, J24),
 ("Moscow tells us it can't tolerate exercises near its borders, and at the same time it's putting on one of the biggest exercises we've seen in Belarus in years, right on Ukraine's doorstep.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Not recently, no. I don't have any calls to read out.", K, 1, KN, "", "", 1, J24),
 ("Most of them are on a five-day prepare-to-deploy order, some of them shorter. I'm not going to go into unit-by-unit details. The point is they'd be ready if NATO needs them.", K, 1, KN, "", "", 1, J24),
 ("I'm not going to speculate about specific locations. That'll be worked out with allies.", K, 1, KN, "", "", 1, J24),
]

write_gold(L, "articles-234", "gold-234")
