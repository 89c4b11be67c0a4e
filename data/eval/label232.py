#!/usr/bin/env python3
"""Writes the held-out gold of batch 232 (gold-232/*.nq) from the labels below.

Batch 232 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-10-geneva-talks-no-breakthrough: Reuters wire copy, Geneva
  dateline, front matter; Ryabkov and Sherman quotes interrupted by "he said",
  a quote fragment inside a reported sentence, Baker/Gorbachev 1990 background,
  an analyst who reports Russia's veto demand (mentions), Kuleba's short quote.
- ap-2022-01-27-explainer-us-answer-russia-demands: AP explainer in capitalised
  question/answer sections, front matter; journalist summaries of Russia's
  demands (speaker russia, undated), "Wednesday"/"Thursday" resolution, Putin's
  December quote without a day, an analyst on writing guarantees down.
- kremlin-2022-01-13-peskov-call-journalists: Kremlin transcript of Peskov's
  call, no front matter, "Question:"/"Dmitry Peskov:" labels; every answer
  paragraph is one quotation, several about no demand; questions unlabelled.
- guardian-2022-01-26-ukraine-crisis-live-written-responses: Guardian live blog,
  front matter, reverse-chronological GMT time stamps, a recap post repeating
  the day's statements, a block-quoted Blinken answer without quote marks, a
  reader-question post summarising the 17 December drafts, a caption.
- tass-2022-01-21-lavrov-blinken-geneva: TASS in machine-translated English,
  UTF-8 BOM and CRLF, no front matter, «» quotes, "Read also" link lines,
  "the head of Russian diplomacy"/"the minister" for Lavrov, a 18 January
  Ryabkov quote and a Thursday Zakharova briefing.
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO press-conference
  transcript, no front matter, opening statement plus Q&A with journalist and
  spokesperson labels; Russia's demands named inside Stoltenberg's paragraphs.
- politico-2022-01-13-brussels-playbook-nrc-vienna: Politico Europe Brussels
  Playbook newsletter, front matter, capitalised crossheads, anonymous
  ambassador and U.S. official quotes, MEPs on both sides, a "history lesson"
  paragraph on the drafts and Bucharest, birthdays and credits.

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

Writer's own choices within the conventions: a journalist's paraphrase of
what Russia's draft treaties contain is labelled as Russia's (reported,
dated 2021-12-17 when the text ties it to the drafts of that day); "no
Russian veto / every nation chooses" is nato-open-door only, while an
explicit refusal of Moscow's call to stop enlargement is also
nato-non-expansion rejects; an anonymous NATO ambassador is speaker nato and
an anonymous U.S. official united-states; a live-blog post without a day is
dated the blog's day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("Russia told the United States on Monday that there could be no progress in security talks unless Washington agreed to stop NATO's expansion eastwards and to rule out membership for Ukraine, as almost eight hours of talks in Geneva ended without a breakthrough.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("Russia told the United States on Monday that there could be no progress in security talks unless Washington agreed to stop NATO's expansion eastwards and to rule out membership for Ukraine, as almost eight hours of talks in Geneva ended without a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said the U.S. side had not yet understood how serious Russia was about its proposals and that the alliance should also give up on stationing strike weapons close to Russian territory.", "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American delegation, said Washington had firmly rejected proposals it regarded as non-starters, including Moscow's call for the alliance to shut its doors to new members.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American delegation, said Washington had firmly rejected proposals it regarded as non-starters, including Moscow's call for the alliance to shut its doors to new members.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("It was a frank and forthright discussion,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman said the U.S. side had told the Russians it was ready to discuss reciprocal limits on where intermediate-range missiles could be deployed in Europe and on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the U.S. side had told the Russians it was ready to discuss reciprocal limits on where intermediate-range missiles could be deployed in Europe and on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("in an atmosphere of de-escalation rather than escalation", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 1, D),
 ("Ryabkov dismissed those calls.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We are moving our troops on our own territory, and nobody has the right to tell us where to keep them,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Russia published two draft treaties on Dec. 17 that would bar NATO from admitting any new members and oblige it to pull forces and weaponry back from countries that joined the alliance after 1997, a list that includes Poland and the Baltic states.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Russia published two draft treaties on Dec. 17 that would bar NATO from admitting any new members and oblige it to pull forces and weaponry back from countries that joined the alliance after 1997, a list that includes Poland and the Baltic states.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("I would not draw any conclusions yet; the talks were very difficult, long, very professional and deep,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The Russians are asking for something no American administration could ever sign: a veto over who is allowed to join NATO,", "helena-marchetti", 1, "Helena Marchetti", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians are asking for something no American administration could ever sign: a veto over who is allowed to join NATO,", "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 ("But the offer on missiles and exercises is real, and that is the part worth watching over the next few weeks,", "helena-marchetti", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("But the offer on missiles and exercises is real, and that is the part worth watching over the next few weeks,", "helena-marchetti", 1, "she", "limit-military-exercises", "mentions", 1, ""),
]

W, T = "2022-01-26", "2022-01-27"
L["ap-2022-01-27-explainer-us-answer-russia-demands"] = [
 ("Among other things, Russia wants a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that it will not station troops or weapons in countries that joined NATO after the Cold War ended.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Among other things, Russia wants a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that it will not station troops or weapons in countries that joined NATO after the Cold War ended.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Among other things, Russia wants a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that it will not station troops or weapons in countries that joined NATO after the Cold War ended.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Among other things, Russia wants a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that it will not station troops or weapons in countries that joined NATO after the Cold War ended.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia has also demanded that the U.S. and its allies stop military drills and weapons deployments close to Russian territory.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Russia has also demanded that the U.S. and its allies stop military drills and weapons deployments close to Russian territory.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("President Vladimir Putin has said he wants the promises on paper, arguing the West deceived Moscow in the past.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("You promised us in the 1990s that NATO would not move an inch to the East. You cheated us shamelessly,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, W),
 ("Blinken said the reply made no concessions on the alliance's so-called open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("The U.S. did, however, offer talks on arms control, on limiting where certain missiles can be placed in Europe, and on transparency measures for military exercises, Blinken said — provided Russia pulls back its troops from around Ukraine.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 ("The U.S. did, however, offer talks on arms control, on limiting where certain missiles can be placed in Europe, and on transparency measures for military exercises, Blinken said — provided Russia pulls back its troops from around Ukraine.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, W),
 ("The U.S. did, however, offer talks on arms control, on limiting where certain missiles can be placed in Europe, and on transparency measures for military exercises, Blinken said — provided Russia pulls back its troops from around Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, W),
 ("Secretary-General Jens Stoltenberg said the alliance was ready to reopen its office in Moscow, which Russia shut last year, and to set up a civilian hotline for emergencies, along with regular contacts between military commanders to prevent accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("no positive response on the main issue.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, T),
 ("no positive response on the main issue.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, T),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("Nobody in Brussels seriously believes Ukraine will be a member this decade, but nobody is willing to put that in writing either, because then Moscow would have won the argument,", "oleksandra-hrytsenko", 1, "Oleksandra Hrytsenko", "no-ukraine-membership", "mentions", 1, ""),
 ("Nobody in Brussels seriously believes Ukraine will be a member this decade, but nobody is willing to put that in writing either, because then Moscow would have won the argument,", "oleksandra-hrytsenko", 1, "Oleksandra Hrytsenko", "written-legal-guarantees", "mentions", 1, ""),
 ("Ukrainian President Volodymyr Zelenskyy has said his country has every right to choose its own path.", "volodymyr-zelensky", 1, "Volodymyr Zelenskyy", "nato-open-door", "supports", 0, ""),
 ("The Kremlin has been handed just enough to keep talking, and not nearly enough to declare victory,", "mark-delacroix-hale", 1, "Mark Delacroix-Hale", "", "", 1, ""),
 ("That might be exactly where Washington wants it.", "mark-delacroix-hale", 1, "Mark Delacroix-Hale", "", "", 1, ""),
]

P = "2022-01-13"
PK = ("dmitry-peskov", 1, "Dmitry Peskov")
L["kremlin-2022-01-13-peskov-call-journalists"] = [
 ("Good afternoon. The talks were, of course, needed, and it is good that they took place. There were some positive elements, there was a frank exchange, and our delegations were able to set out our approaches in detail.", *PK, "", "", 1, P),
 ("At the same time, on the principal questions, on the key points of our proposals, we see fundamental disagreements. And this, of course, cannot but cause disappointment. These key points are well known: it is the non-expansion of NATO, it is the non-deployment of strike weapon systems near our borders.", *PK, "nato-non-expansion", "supports", 1, P),
 ("At the same time, on the principal questions, on the key points of our proposals, we see fundamental disagreements. And this, of course, cannot but cause disappointment. These key points are well known: it is the non-expansion of NATO, it is the non-deployment of strike weapon systems near our borders.", *PK, "no-strike-weapons-near-borders", "supports", 1, P),
 ("The Foreign Ministry will give its own assessment, it is their competence. The President has been informed about the course of the talks and will draw conclusions once all the results have been analysed.", *PK, "", "", 1, P),
 ("We are not going to set any artificial deadlines, but we will not accept an endless process either. We need answers on paper, article by article, on our draft documents. General words about the willingness to listen do not suit us.", *PK, "written-legal-guarantees", "supports", 1, P),
 ("Here we have a fundamental difference of approaches. The alliance keeps repeating that every country has the right to choose. But the same documents of the OSCE, which NATO countries also signed, say that no one can strengthen their own security at the expense of the security of others.", *PK, "nato-open-door", "rejects", 1, P),
 ("Ukraine's membership in NATO would be a direct threat to our security. We have said this many times, and we repeat it again: this must not happen, and we want it to be fixed legally.", *PK, "no-ukraine-membership", "supports", 1, P),
 ("Ukraine's membership in NATO would be a direct threat to our security. We have said this many times, and we repeat it again: this must not happen, and we want it to be fixed legally.", *PK, "written-legal-guarantees", "supports", 1, P),
 ("The decision of the Bucharest summit, about which you ask, has hung over European security like a sword since 2008. It should be dropped. This is part of our proposals, and I have nothing to add to the text that was published in December.", *PK, "rescind-bucharest-2008", "supports", 1, P),
 ("Russia moves its armed forces on its own territory. This is our sovereign right, and we do not intend to coordinate it with anyone, least of all with those who are moving their own forces closer to our borders.", *PK, "russia-de-escalation", "rejects", 1, P),
 ("As for missiles and exercises, these are important issues, we do not deny this, and we are ready to discuss them. But they are secondary. They cannot be a substitute for an answer on the main thing.", *PK, "no-intermediate-range-missiles", "mentions", 1, P),
 ("As for missiles and exercises, these are important issues, we do not deny this, and we are ready to discuss them. But they are secondary. They cannot be a substitute for an answer on the main thing.", *PK, "limit-military-exercises", "mentions", 1, P),
 ("No, there are no such plans at the moment. If necessary, such a conversation can be organised very quickly.", *PK, "", "", 1, P),
 ("The withdrawal is under way, in accordance with the schedule announced by the Defence Ministry. The mission has fulfilled its tasks in full.", *PK, "", "", 1, P),
 ("These are all unfounded and unconfirmed reports. We have heard many such claims in recent weeks, and none of them have been supported by any evidence.", *PK, "", "", 1, P),
]

G, DR = "2022-01-26", "2021-12-17"
SUMMARY_RU = "In short: Moscow wants Nato to halt any further enlargement, including to Ukraine; to refrain from deploying forces or weapons in states that joined after May 1997; and to stop military activity in Ukraine, eastern Europe, the South Caucasus and central Asia."
L["guardian-2022-01-26-ukraine-crisis-live-written-responses"] = [
 ("Antony Blinken said the US had not given ground on the alliance's \"open door\" and had made clear that Ukraine's sovereignty was non-negotiable.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, G),
 ("He said allies had proposed reopening Nato's liaison office in Moscow and Russia's mission to Nato, and restoring military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, G),
 ("We are ready to sit down and have serious talks on arms control, on missiles, on transparency of exercises,", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, G),
 ("We are ready to sit down and have serious talks on arms control, on missiles, on transparency of exercises,", "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, G),
 ("But we cannot and we will not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, G),
 ("He added that \"Russia's massive and unprovoked military build-up\" must end and Moscow should pull its forces back.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, G),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, G),
 ("Blinken said the written response also laid out \"areas where we can make progress\", including reciprocal limits on the deployment of offensive missile systems in Europe and confidence-building measures around military drills.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, G),
 ("Blinken said the written response also laid out \"areas where we can make progress\", including reciprocal limits on the deployment of offensive missile systems in Europe and confidence-building measures around military drills.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, G),
 ("He said the US was prepared to discuss Russian concerns about \"the indivisibility of security\", but that the road to any agreement ran through de-escalation.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, G),
 ("Russia should pull back its forces from Ukraine's border and choose diplomacy,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, G),
 (SUMMARY_RU, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, DR),
 (SUMMARY_RU, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, DR),
 (SUMMARY_RU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, DR),
 (SUMMARY_RU, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, DR),
 ("The drafts also propose mutual bans on intermediate-range missiles within striking distance of each other's territory.", "russia", 0, "The drafts", "no-intermediate-range-missiles", "supports", 0, DR),
 ("concrete answers, not an exchange of essays", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, G),
 ("If the Americans again send us a text about the open door, then everybody will understand that they are playing for time and do not want any legal guarantees,", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, G),
 ("If the Americans again send us a text about the open door, then everybody will understand that they are playing for time and do not want any legal guarantees,", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, G),
 ("He repeated that only Ukraine and the 30 allies could decide whether Ukraine joined Nato, and that Russia had no say.", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, G),
 ("What we see is that the door stays open, and that is exactly what we asked for.", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, G),
 ("We will not hurry with our assessments, there is no need to rush anything here,", "dmitry-peskov", 1, "Peskov", "", "", 1, G),
 ("He added that Moscow's priority remained an end to the eastward expansion of the alliance.", "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, G),
 ("There is a deal to be had on missiles and exercises, because both sides have an interest in reducing the risk of accidents,", "imogen-farrant-clarke", 1, "she", "no-intermediate-range-missiles", "mentions", 1, G),
 ("There is a deal to be had on missiles and exercises, because both sides have an interest in reducing the risk of accidents,", "imogen-farrant-clarke", 1, "she", "limit-military-exercises", "mentions", 1, G),
 ("There is no deal to be had on Ukraine's membership, because Washington cannot promise to shut a door it never actually opened.", "imogen-farrant-clarke", 1, "she", "no-ukraine-membership", "mentions", 1, G),
 ("She added that the 2008 Bucharest pledge was, in Moscow's eyes, \"the original sin\", but that Nato would not revoke a summit declaration under pressure.", "imogen-farrant-clarke", 1, "She", "rescind-bucharest-2008", "mentions", 0, G),
]

F = "2022-01-21"
DOCS = "The documents provide, in particular, for the refusal of further NATO expansion, including the accession of Ukraine, and the non-deployment of the strike weapons systems near the Russian borders."
L["tass-2022-01-21-lavrov-blinken-geneva"] = [
 ("Antony Blinken promised that next week we will receive the written answers to all our proposals. We agreed that after this we will have, possibly, one more meeting,", "sergei-lavrov", 1, "the head of Russian diplomacy", "", "", 1, F),
 ("We explained again to the American colleagues that the main thing for us is the guarantees of the non-expansion of NATO to the east, juridically binding guarantees, and not the promises which were given in the past and then forgotten,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, F),
 ("We explained again to the American colleagues that the main thing for us is the guarantees of the non-expansion of NATO to the east, juridically binding guarantees, and not the promises which were given in the past and then forgotten,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, F),
 ("The proposals are a package. It is impossible to take from it only that which is convenient for the Americans, the missiles, the exercises, and to put aside the rest,", "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, F),
 ("The proposals are a package. It is impossible to take from it only that which is convenient for the Americans, the missiles, the exercises, and to put aside the rest,", "sergei-lavrov", 1, "he", "limit-military-exercises", "mentions", 1, F),
 ("Lavrov also called again the West to return to the forces and the infrastructure of NATO to the positions of 1997, as is provided in the Russian draft of the agreement.", "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, F),
 ("In the opinion of the minister, the deployment of the military infrastructure of the alliance in the Baltic countries and in Poland creates the direct threats for Russia.", "sergei-lavrov", 1, "the minister", "rollback-to-1997", "supports", 0, F),
 ("NATO has occupied the territory which it should not have occupied,", "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 1, F),
 ("We never threatened the Ukrainian people, we have no plans to attack Ukraine. But we cannot be indifferent to what the Kiev regime is doing with the help of the Western instructors and weapons,", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 1, F),
 ("The Russian minister also pointed out that the activity of the US and NATO on the territory of Ukraine and of other states of the post-Soviet space, including the military exercises and the supplies of the weapons, must be stopped.", "sergei-lavrov", 1, "The Russian minister", "no-military-activity-ex-soviet", "supports", 0, F),
 ("This is not their zone of responsibility, and they must leave it,", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 1, F),
 ("Blinken, as it was reported, said after the meeting that Washington will not give to Russia the «veto» on the question of the enlargement of NATO and that every country has the right to choose the alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, F),
 ("The Secretary of State also demanded from Moscow to withdraw the troops from the border with Ukraine, which the Russian side considers as the interference in the internal affairs.", "antony-blinken", 1, "The Secretary of State", "russia-de-escalation", "supports", 0, F),
 ("The Secretary of State also demanded from Moscow to withdraw the troops from the border with Ukraine, which the Russian side considers as the interference in the internal affairs.", "russia", 0, "the Russian side", "russia-de-escalation", "rejects", 0, ""),
 ("We will not accept a situation when our proposals are taken apart and only the convenient pieces are discussed,", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2022-01-18"),
 ("not the formal replies, but the concrete steps", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("According to her, the West's refusal from the signing of the guarantees with the legal force will be considered in Moscow as the choice in favour of the confrontation.", "maria-zakharova", 1, "her", "written-legal-guarantees", "supports", 0, "2022-01-20"),
 ("The fact that the ministers agreed on the next contact is already the result, although on NATO's eastward expansion the positions are as far apart as in December,", "pavel-veretennikov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (DOCS, "russia", 0, "The documents", "nato-non-expansion", "supports", 0, DR),
 (DOCS, "russia", 0, "The documents", "no-ukraine-membership", "supports", 0, DR),
 (DOCS, "russia", 0, "The documents", "no-strike-weapons-near-borders", "supports", 0, DR),
]

N = "2022-01-12"
ST = ("jens-stoltenberg", 1, "Jens Stoltenberg")
SG = ("jens-stoltenberg", 1, "NATO Secretary General")
RU_PROP = "Russia came to the table with a set of proposals that we have studied carefully. Among them is the demand that NATO should no longer admit new members, and that Allies should withdraw forces and infrastructure from countries that joined our Alliance after 1997. Allies were clear that we will not compromise on these core principles."
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange. Russia was represented by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin.", *ST, "", "", 1, N),
 ("Allies and Russia expressed their views on the situation in and around Ukraine. NATO Allies called on Russia to immediately de-escalate the situation and to withdraw its forces from Ukraine and its surroundings. Russia's military build-up is unprovoked and unjustified.", *ST, "russia-de-escalation", "supports", 1, N),
 (RU_PROP, *ST, "nato-non-expansion", "rejects", 1, N),
 (RU_PROP, *ST, "rollback-to-1997", "rejects", 1, N),
 (RU_PROP, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, N),
 (RU_PROP, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, N),
 ("Every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", *ST, "nato-open-door", "supports", 1, N),
 ("At the same time, Allies are ready to engage in dialogue on a range of issues. We proposed a series of meetings on arms control, including on intermediate-range and short-range missiles, on transparency and risk reduction around military exercises, and on restoring our offices in Moscow and Brussels and our military-to-military channels of communication.", *ST, "no-intermediate-range-missiles", "mentions", 1, N),
 ("At the same time, Allies are ready to engage in dialogue on a range of issues. We proposed a series of meetings on arms control, including on intermediate-range and short-range missiles, on transparency and risk reduction around military exercises, and on restoring our offices in Moscow and Brussels and our military-to-military channels of communication.", *ST, "limit-military-exercises", "mentions", 1, N),
 ("At the same time, Allies are ready to engage in dialogue on a range of issues. We proposed a series of meetings on arms control, including on intermediate-range and short-range missiles, on transparency and risk reduction around military exercises, and on restoring our offices in Moscow and Brussels and our military-to-military channels of communication.", *ST, "resume-military-dialogue", "supports", 1, N),
 ("Russia did not accept this proposal today, but it also did not reject it. They said they needed time to come back to us. We are ready to meet again.", *ST, "", "", 1, N),
 ("There is a real risk of a new armed conflict in Europe. That is exactly why it is so important that we sit down and talk, and that we continue to talk.", *SG, "", "", 1, N),
 ("But we will not compromise on our core principles, and the open door is one of them. NATO's door remains open. It is for Ukraine and for NATO Allies to decide, no one else.", *SG, "nato-open-door", "supports", 1, N),
 ("That was not on the table. We have not discussed a moratorium, and we will not sign any agreement that would deny Ukraine the right to become a member at some point in the future.", *SG, "no-ukraine-membership", "rejects", 1, N),
 ("That was not on the table. We have not discussed a moratorium, and we will not sign any agreement that would deny Ukraine the right to become a member at some point in the future.", *SG, "written-legal-guarantees", "rejects", 1, N),
 ("What we did discuss is how we can avoid incidents and accidents, and how we can bring more transparency and predictability to military activities on both sides.", *SG, "limit-military-exercises", "mentions", 1, N),
 ("No. NATO's presence in the eastern part of the Alliance is defensive, it is proportionate, and it is a response to Russia's aggressive actions against Ukraine since 2014. We will not have first and second class members in NATO.", *SG, "rollback-to-1997", "rejects", 1, N),
 ("If anything, Russia's continued build-up may lead to more NATO presence in the east, not less.", *SG, "rollback-to-1997", "rejects", 1, N),
 ("Nothing about Ukraine without Ukraine. I spoke with President Zelensky yesterday and with Foreign Minister Kuleba, and we keep Ukraine informed at every step.", *SG, "", "", 1, N),
 ("Allies are united. What the United States said in Geneva on Monday and what Allies said here today is the same message: we are ready to talk about arms control, about missiles, about risk reduction, on the basis of reciprocity.", *SG, "no-intermediate-range-missiles", "mentions", 1, N),
]

Y = "2022-01-12"
KAL_S = "Riho Kallasmaa, an Estonian Renew Europe MEP who sits on the foreign affairs committee, told Playbook that the Russian text on pulling NATO troops out of the Baltics \"reads like a ransom note.\""
STO = "The secretary-general stuck to the script, telling reporters that nobody in Moscow gets a veto on who joins the club and that allies want Russia to pull its troops away from Ukraine's borders."
L["politico-2022-01-13-brussels-playbook-nrc-vienna"] = [
 ("For us, it is a matter of principle that NATO stops its expansion. This is not a wish list, it is the minimum.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, Y),
 ("Grushko also warned that if the alliance kept moving weapons closer to Russia, Moscow would respond \"with military-technical means\" — the same phrase Vladimir Putin used in December.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, Y),
 (STO, "jens-stoltenberg", 1, "The secretary-general", "nato-open-door", "supports", 0, Y),
 (STO, "jens-stoltenberg", 1, "The secretary-general", "russia-de-escalation", "supports", 0, Y),
 ("He did dangle talks on missiles, exercises and reopening the offices that both sides closed last autumn.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, Y),
 ("He did dangle talks on missiles, exercises and reopening the offices that both sides closed last autumn.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, Y),
 ("Everyone said their lines, nobody threw anything, and we are exactly where we were on Monday,", "nato", 0, "one NATO ambassador", "", "", 1, Y),
 ("Frankly, that counts as a good day.", "nato", 0, "one NATO ambassador", "", "", 1, Y),
 ("He said the West needed to produce binding commitments on paper quickly or Russia would draw its own conclusions.", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, Y),
 ("The Helsinki principles are not a buffet either,", "united-states", 0, "a U.S. official", "nato-open-door", "supports", 1, ""),
 ("We are not a neutral spectator, we are a party to this, because it is Europe's security that is being discussed,", "josep-borrell", 1, "Borrell", "", "", 1, ""),
 ("Any discussion on European security must include the European Union.", "josep-borrell", 1, "Borrell", "", "", 1, ""),
 ("Borrell also told reporters that the EU would never accept \"spheres of influence\" in Europe and that the bloc stood fully behind Ukraine's right to choose its own alliances.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, ""),
 (KAL_S, "riho-kallasmaa", 1, "Riho Kallasmaa", "rollback-to-1997", "rejects", 0, ""),
 (KAL_S, "russia", 0, "the Russian text", "rollback-to-1997", "supports", 0, ""),
 ("My country did not join NATO to become a buffer zone with a flag. There is no scenario in which we accept going back to 1997,", "riho-kallasmaa", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Bernd Lüthgen, a German Left MEP, argued that the West should take Moscow's concerns \"seriously rather than theatrically\" and said a written commitment that NATO would not take in Ukraine for the next 20 years would cost Brussels \"nothing at all\".", "bernd-luthgen", 1, "Bernd Lüthgen", "no-ukraine-membership", "supports", 0, ""),
 ("The best way to avoid a war is to show Russia that the price will be too high,", "dmytro-kuleba", 1, "he", "", "", 1, Y),
 ("Kuleba also called for more Western pressure on Moscow to withdraw the troops massed on Ukraine's eastern frontier.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, Y),
 ("Russia's drafts would roll the alliance back to its footprint of May 1997, the month the NATO-Russia Founding Act was signed in Paris.", "russia", 0, "Russia's drafts", "rollback-to-1997", "supports", 0, ""),
 ("The Bucharest summit of 2008, when allies said Ukraine and Georgia \"will become members,\" remains the text Moscow wants torn up.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]

write_gold(L, "articles-232", "gold-232")
