#!/usr/bin/env python3
"""Writes the 24th held-out gold (gold-24/*.nq) from the labels below.

Batch 24 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch
except batch 9 (read only as a format example; no sentence copied). The seven
articles (a wire story, a NATO press-conference transcript, a machine-translated
Russian agency item without front matter, a live page with site furniture, a
Kremlin transcript page with site furniture, a think-tank commentary and a
broadcaster's web story) are invented but plausible for their dates; quotes
are invented unless they are well-known public remarks.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices in this batch:
- Transcript turns: evidence is the sentence(s) carrying the position, direct;
  a turn about no demand (Stoltenberg on the risk of war, Orban's turn) is one
  demand-less label spanning the whole turn; demand-less sentences inside a
  turn that also carries positions are not labelled. Journalists' questions
  get no label.
- Stoltenberg's "Allies called on Russia ..." / "Allies made clear ..." are
  his words speaking for the allies: speaker jens-stoltenberg.
- Offers to talk about missiles, exercise transparency or (reciprocal
  transparency on) force posture in Ukraine = mentions of
  no-intermediate-range-missiles / limit-military-exercises /
  no-military-activity-ex-soviet. Offering to restore offices and military
  channels of communication = supports resume-military-dialogue.
- Refusing "any concession on Nato enlargement" = rejects nato-non-expansion
  and supports nato-open-door. Refusing to sign a legally binding document
  limiting the choice of alliances = rejects written-legal-guarantees and
  supports nato-open-door. "legally fixed refusal" = written-legal-guarantees.
- Refusing withdrawal from its own territory "as the condition for the
  negotiations" = supports no-preconditions and rejects russia-de-escalation.
- Putin's "If Ukraine is admitted to NATO, the same systems can appear there"
  = supports no-ukraine-membership and no-strike-weapons-near-borders;
  "this question" in his second DW quotation = Ukraine's membership.
- Scholz saying membership "was not on the agenda" takes no side: mentions.
- "We have chosen the path to NATO membership ourselves" (Zelensky) =
  supports nato-open-door, rejects no-ukraine-membership.
- The content of Moscow's draft treaties is Russia's statement (speaker name
  "Moscow"), dated with their publication (17 Dec 2021).
- Anonymous officials -> their actor ("a senior U.S. official" ->
  united-states, "One senior EU diplomat" -> european-union). The Georgian
  government -> georgia.
- Background history (1987 INF treaty, Bucharest 2008 MAP decision, Helsinki
  1975 / Istanbul 1999 / Astana 2010 texts, the draft-treaty timeline) and the
  commentary author's own analysis are not statements: left out. Quotations
  shorter than six words about no demand ("simply non-starters", "little
  ground for optimism", "response measures") get no label.
- A wire lede attributing a demand to "Russia" is a statement of russia,
  dated with the talks it reports. Live-page post headlines and the
  Kremlin/ECFR/DW site furniture carry no statement.
- Speaker name for pronouns: the nearest preceding name of that speaker.
- Dates: "Last Friday" in the 4 Feb commentary = 28 Jan; "On Sunday" in the
  10 Jan story = 9 Jan; "Day before" in the 13 Jan item = 12 Jan; "earlier
  today" on the live page = 26 Jan; "this week" / no day given = "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("GENEVA, Jan 10 (Reuters) - Russia told the United States on Monday that it must guarantee Ukraine will never join NATO, after nearly eight hours of talks in Geneva that left the two sides far apart on Moscow's demands for a redrawing of Europe's security map.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov added that NATO must also take back the promise it made to Kyiv and Tbilisi at its 2008 summit in Bucharest that both would one day become members.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, said Washington had firmly pushed back on proposals that were \"simply non-starters\", including Russia's call for a halt to NATO enlargement.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("On Sunday, a senior U.S. official, speaking on condition of anonymity ahead of the talks, said Washington would not agree to pull its troops out of NATO's eastern member states and would not discuss Europe's security without the Europeans at the table.", "united-states", 0, "a senior U.S. official", "rollback-to-1997", "rejects", 0, "2022-01-09"),
 ("Moscow's draft treaties, published on Dec. 17, would also bar the United States from sending warships and bombers to areas from which they could strike Russian territory, and from deploying ground-launched intermediate-range missiles within reach of the other side.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("Moscow's draft treaties, published on Dec. 17, would also bar the United States from sending warships and bombers to areas from which they could strike Russian territory, and from deploying ground-launched intermediate-range missiles within reach of the other side.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Allies called on Russia to immediately de-escalate the situation along Ukraine's borders and to refrain from any further aggressive actions.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Each nation has the right to choose its own path. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Each nation has the right to choose its own path. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control and disarmament. This includes reciprocal limits on missiles, and greater transparency and risk reduction around military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control and disarmament. This includes reciprocal limits on missiles, and greater transparency and risk reduction around military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("There is a real risk for a new armed conflict in Europe. That is why we are engaged in dialogue, and that is why we also send a very clear message that if Russia uses force again, it will pay a high price.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO is not going to sign any legally binding document that takes away the sovereign right of nations to choose their own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("NATO is not going to sign any legally binding document that takes away the sovereign right of nations to choose their own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
]
L["interfax-2022-01-13-osce-lukashevich-grushko"] = [
 ("If we will not hear the constructive answer to our proposals in the reasonable terms and the aggressive line of behaviour against Russia will continue, we will have to take the necessary measures for the liquidation of the unacceptable risks for our security", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("According to him, the Russian side demands first of all the legally fixed refusal of the further eastward expansion of NATO and of the deployment of the strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("According to him, the Russian side demands first of all the legally fixed refusal of the further eastward expansion of NATO and of the deployment of the strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("According to him, the Russian side demands first of all the legally fixed refusal of the further eastward expansion of NATO and of the deployment of the strike weapon systems near the Russian borders.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The permanent representative of the USA at OSCE Michael Carpenter has said to the journalists after the session, that Washington will not discuss with Moscow the question about the right of Ukraine to choose its allies.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The permanent representative of the USA at OSCE Michael Carpenter has said to the journalists after the session, that Washington will not discuss with Moscow the question about the right of Ukraine to choose its allies.", "michael-carpenter", 1, "Michael Carpenter", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("Day before, after the session of the Council Russia-NATO in Brussels, the deputy minister of foreign affairs of RF Alexander Grushko has declared, that Russia will not accept the demands to withdraw its troops from its own territory as the condition for the negotiations.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 0, "2022-01-12"),
 ("Day before, after the session of the Council Russia-NATO in Brussels, the deputy minister of foreign affairs of RF Alexander Grushko has declared, that Russia will not accept the demands to withdraw its troops from its own territory as the condition for the negotiations.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 0, "2022-01-12"),
]
L["bbc-live-2022-01-26-us-nato-written-replies"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("No. There is no change; there will be no change.", "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("No. There is no change; there will be no change.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken says the reply proposes \"reciprocal transparency measures\" on force posture in Ukraine, as well as steps to build confidence around military exercises and manoeuvres in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Blinken says the reply proposes \"reciprocal transparency measures\" on force posture in Ukraine, as well as steps to build confidence around military exercises and manoeuvres in Europe.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-26"),
 ("He says the alliance offers to restore its office in Moscow and Russia's mission at Nato headquarters, and to reopen military channels of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("The main thing for us is a clear position on the non-expansion of Nato to the east and the non-deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("The main thing for us is a clear position on the non-expansion of Nato to the east and the non-deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-26"),
 ("It is important that the United States is not making any concessions on Ukraine's Euro-Atlantic path,", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
]
L["kremlin-2022-02-01-putin-orban-press"] = [
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Our partners refer to the right of every state to choose freely the ways to ensure its security, including membership in military alliances. But this cannot be done at the expense of the security of other states, and this is exactly what they prefer not to mention.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("Thank you, Mr President. I came to Moscow on a peace mission. The differences between the positions are serious, but in my opinion they can be bridged, and an agreement that ensures peace and satisfies both Russia and the members of NATO is possible.", "viktor-orban", 1, "Viktor Orban", "", "", 1, "2022-02-01"),
 ("Mk 41 launchers, which can be used for Tomahawk strike missiles, are already deployed in Romania and are being installed in Poland. If Ukraine is admitted to NATO, the same systems can appear there as well, a few minutes' flight from Moscow.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("Mk 41 launchers, which can be used for Tomahawk strike missiles, are already deployed in Romania and are being installed in Poland. If Ukraine is admitted to NATO, the same systems can appear there as well, a few minutes' flight from Moscow.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
]
L["ecfr-2022-02-04-lavrov-letter-indivisible-security"] = [
 ("Lavrov's letter argues that the right to choose alliances cannot be separated from the obligation not to harm the security of others, and that Western capitals have been reading their commitments selectively.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("We will give one answer, as the European Union, in coordination with our allies in NATO and the United States,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-02-01"),
 ("This is an attempt to turn the OSCE's own language into a Russian veto over NATO enlargement, and nobody is falling for it,", "european-union", 0, "the diplomat", "nato-open-door", "supports", 1, ""),
 ("This is an attempt to turn the OSCE's own language into a Russian veto over NATO enlargement, and nobody is falling for it,", "european-union", 0, "the diplomat", "nato-non-expansion", "rejects", 1, ""),
 ("On Wednesday, the Georgian government said that the decision of the 2008 Bucharest summit, that Georgia will become a member of NATO, remained valid and could not be revised at the request of a third country.", "georgia", 0, "the Georgian government", "rescind-bucharest-2008", "rejects", 0, "2022-02-02"),
 ("We need legal guarantees, not promises that can be forgotten the next morning,", "anatoly-antonov", 1, "Anatoly Antonov", "written-legal-guarantees", "supports", 1, ""),
]
L["dw-2022-02-15-scholz-putin-moscow"] = [
 ("That some units are being withdrawn is a good signal. We hope that further steps will follow,", "olaf-scholz", 1, "Scholz", "russia-de-escalation", "supports", 1, "2022-02-15"),
 ("We are told that Ukraine will not join NATO tomorrow. Then when? The day after tomorrow? What does that change for us in historical perspective? Nothing,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("We want this question to be resolved now, in the course of negotiations, and in a legally binding form, not with verbal assurances.", "vladimir-putin", 1, "the Russian president", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("We want this question to be resolved now, in the course of negotiations, and in a legally binding form, not with verbal assurances.", "vladimir-putin", 1, "the Russian president", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("Scholz countered that the question of Ukraine's membership was not on the agenda and that everyone knew it, adding that it was strange to see Russia turn it into such a big problem.", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 0, "2022-02-15"),
 ("We have chosen the path to NATO membership ourselves, and it is written into our constitution,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-02-14"),
 ("We have chosen the path to NATO membership ourselves, and it is written into our constitution,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-02-14"),
]

write_gold(L, "articles-24", "gold-24")
