#!/usr/bin/env python3
"""Writes the 25th held-out gold (gold-25/*.nq) from the labels below.

Batch 25 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any batch after 9
(it read only DESIGN.md, the curated statements, goldlib.py, label9.py and
articles-9 as format examples). The seven articles are invented but
plausible for their dates; quotations are realistic, partly modelled on what
was really said, partly made up. Outlets and forms: a wire story (Reuters),
a NATO press-conference transcript, a machine-translated Russian news item
without front matter (id = file name, date in the dateline), a broadcaster's
live page with site junk, a broadsheet (FT), a think-tank commentary page with
cookie/newsletter junk, a broadcaster article (DW) with footer junk.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices:
- One label per (speaker, demand) a passage expresses. When a reported-speech
  sentence and a following quotation of the same speaker say the same thing,
  the quotation is the evidence (direct 1) and the frame sentence gets no
  label of its own (Lukashevich, Stoltenberg's "He again urges ...").
- A short quoted fragment inside reported speech that does not state the
  position by itself (Lavrov's letter, Haavisto, Zelensky): the whole sentence
  is the evidence, direct 0.
- Reported speech about none of the demands (Putin "does not want a war",
  Rau offering a dialogue, Lukashevich's unspecified "measures", Kuleba's
  "no objections", the ambassador handing over the reply) gets no label; only direct quotations
  of six or more words about no demand get a demand-less label.
- Background history (NATO enlargement since 1999, the NRC's 2002 founding,
  Helsinki/Paris/Istanbul documents, the 2008 Bucharest summit, the
  reminder of the 26 Jan answers) is not labelled. Words quoted from a
  document (the Bucharest pledge "will become members of NATO") are not the
  speaker's own quotation.
- Transcript: the NATO spokesperson's moderation and the journalists'
  questions get no label; Stoltenberg's answer about the next meeting (no
  demand) is one demand-less label for the whole turn. Stoltenberg reporting
  Grushko's words inside his answer is Grushko's statement (direct 0);
  Stoltenberg's own refusal that follows is his (direct 1). Speaker name in
  a transcript is the turn label.
- Speaker name is the word(s) naming the speaker at that point, pronouns as
  written ("he", "She"), as in label9.py.
- "Russia told the United States" in a lead -> speaker russia; "a senior U.S.
  administration official" -> united-states; "one NATO diplomat" -> nato.
- Offers to discuss a demand (Sherman and Blinken on missiles, Carpenter on
  exercises, Putin on the US missile offer) are mentions. Scholz's "not on
  the agenda" on Ukraine's membership is mentions. Rejecting "not tomorrow"
  assurances and wanting the question settled now = supports
  written-legal-guarantees (as in the curated moratorium rows).
- Western officials insisting on the right to choose alliances support
  nato-open-door; where Ukraine is named (Stoltenberg's answer, Kuleba) they
  also reject no-ukraine-membership. Stoltenberg refusing the
  non-enlargement guarantee "because it would mean NATO closes its door"
  rejects nato-non-expansion and supports nato-open-door. Restoring
  military-to-military channels (NATO proposal) supports
  resume-military-dialogue. Refusing troop withdrawal as a precondition
  rejects russia-de-escalation and supports no-preconditions.
- Lavrov "underlined the inadmissibility of the military development of the
  territory of Ukraine and other neighbouring states" -> supports
  no-military-activity-ex-soviet. Putin's "shock weapons systems near the
  Russian borders" -> no-strike-weapons-near-borders; "return ... to the
  condition of 1997" -> rollback-to-1997.
- Dates: resolved against the publication date (live page: "Earlier today",
  "this evening" = 26 Jan; ECFR "on Sunday" against Fri 4 Feb = 30 Jan; DW
  "On Monday" against Tue 15 Feb = 14 Feb). Lavrov's letter dated 28 Jan.
  The NATO diplomat's remark has no day: "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it was absolutely mandatory for Ukraine never to join NATO, as the two sides ended almost eight hours of talks in Geneva with no sign that either was ready to give ground.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss where missiles could be placed in Europe, an issue left open since Washington quit the Intermediate-Range Nuclear Forces Treaty in 2019, provided Russia made reciprocal commitments.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said it would be very hard to make progress while some 100,000 Russian troops remained massed near Ukraine's borders, and urged Moscow to send them back to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Ryabkov said the Russian side had also pressed its demand that U.S. warships and strategic bombers stay out of areas from which they could hit targets inside Russia, a point he said the Americans had treated as secondary.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("A senior U.S. administration official, briefing reporters after the session on condition of anonymity, said the American delegation had told the Russians that withdrawing U.S. and allied forces from NATO's eastern members was not something Washington would discuss.", "united-states", 0, "A senior U.S. administration official", "rollback-to-1997", "rejects", 0, "2022-01-10"),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Allies were united in making clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia has demanded that NATO pull back its forces and infrastructure from Allies that joined after 1997. That is not acceptable. We will not create first-class and second-class members of our Alliance.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("I called on Russia to de-escalate, to withdraw its forces from around Ukraine, and to engage in good faith.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine can become a NATO member. It is for Ukraine and for the 30 Allies to decide when Ukraine is ready, and no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine can become a NATO member. It is for Ukraine and for the 30 Allies to decide when Ukraine is ready, and no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Deputy Foreign Minister Grushko made it very clear that Russia wants legally binding guarantees that NATO will not enlarge any further.", "alexander-grushko", 1, "Deputy Foreign Minister Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Deputy Foreign Minister Grushko made it very clear that Russia wants legally binding guarantees that NATO will not enlarge any further.", "alexander-grushko", 1, "Deputy Foreign Minister Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("That is not something Allies can agree to, because it would mean that NATO closes its door to sovereign nations.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("That is not something Allies can agree to, because it would mean that NATO closes its door to sovereign nations.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia was not in a position to agree on a schedule for new meetings. They said they need to go back to Moscow and report. Allies are ready to meet again, and we have proposed a series of meetings on a broad range of issues. I hope Russia will say yes.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
Q_PUTIN = "It is already clear, that the principal Russian concerns appeared ignored. We did not see the adequate account of our three key demands: the prevention of the expansion of NATO, the refusal of the deployment of the shock weapons systems near the Russian borders and the return of the military infrastructure of the bloc in Europe to the condition of 1997, when the Founding act Russia - NATO was signed"
L["rusnews-mt-2022-02-01-putin-concerns-ignored"] = [
 (Q_PUTIN, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (Q_PUTIN, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (Q_PUTIN, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Their main task is to hold back the development of Russia. Ukraine is simply the instrument for the achievement of this purpose", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("But they pull out only one part of it - the right freely to choose the military alliances. And the second part they simply forget", "vladimir-putin", 1, "the president", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("As reported by the MFA of Russia, Lavrov has underlined the inadmissibility of the military development of the territory of Ukraine and other neighbouring states by the countries of NATO.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, "2022-02-01"),
 ("In the State Department in turn have informed, that Blinken has called Moscow to the immediate de-escalation and the withdrawal of the troops from the borders of Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
]
L["bbc-live-2022-01-26-written-replies"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "US Secretary of State Antony Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken adds that the response offers Russia talks on reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine, as well as arms control talks on intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Blinken adds that the response offers Russia talks on reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine, as well as arms control talks on intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("At a news conference in Brussels, Secretary General Jens Stoltenberg says the alliance is proposing to restore military-to-military channels of communication with Russia and to reopen the two sides' offices in Moscow and Brussels.", "jens-stoltenberg", 1, "Secretary General Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We call on Russia to immediately de-escalate the situation.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("He said what mattered most to Russia was a clear answer on the non-expansion of Nato eastward and on the non-deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-26"),
 ("He said what mattered most to Russia was a clear answer on the non-expansion of Nato eastward and on the non-deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-26"),
 ("It is important that the US position remains firm: the door of Nato remains open for Ukraine, and nobody but Ukraine and the allies will decide on it,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It is important that the US position remains firm: the door of Nato remains open for Ukraine, and nobody but Ukraine and the allies will decide on it,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
]
Q_LUK = "We are on our own territory, and we will not accept the withdrawal of our forces as a precondition for dialogue. Talks must begin without any preconditions,"
L["ft-2022-01-13-osce-vienna-war-risk"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Alexander Lukashevich, Russia's ambassador to the OSCE, told reporters after the meeting that Moscow wanted the 2008 Bucharest summit pledge that Ukraine and Georgia \"will become members of NATO\" to be formally disavowed.", "alexander-lukashevich", 1, "Alexander Lukashevich", "rescind-bucharest-2008", "supports", 0, "2022-01-13"),
 (Q_LUK, "alexander-lukashevich", 1, "he", "no-preconditions", "supports", 1, "2022-01-13"),
 (Q_LUK, "alexander-lukashevich", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington was ready to discuss, within the OSCE, greater transparency and notification requirements for large military exercises, and would look at updating the Vienna Document, the 2011 agreement on confidence-building measures.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
]
L["ecfr-2022-02-04-lavrov-letter-replies"] = [
 ("In the letter, Lavrov argued that the freedom to choose alliances \"cannot be exercised at the expense of the legitimate security interests of other states\".", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("Every country in Europe has the right to decide its own security arrangements, and there is no room in today's Europe for spheres of influence,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, "2022-02-01"),
 ("Finland's foreign minister, Pekka Haavisto, told the Finnish broadcaster Yle on Sunday that Finland's freedom of choice, \"including the possibility to apply for NATO membership\", was not up for negotiation.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-open-door", "supports", 0, "2022-01-30"),
 ("Regional security cannot be guaranteed by strengthening or even expanding military blocs,", "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The letter was an attempt to split us into thirty separate conversations, and it failed,", "nato", 0, "one NATO diplomat", "", "", 1, ""),
]
L["dw-2022-02-15-scholz-putin-moscow"] = [
 ("We are told that Ukraine will not join NATO tomorrow. Then when will it join? The day after tomorrow? For us that changes nothing. We want this question resolved now, within the framework of the negotiation process,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("We are told that Ukraine will not join NATO tomorrow. Then when will it join? The day after tomorrow? For us that changes nothing. We want this question resolved now, within the framework of the negotiation process,", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("Putin said Moscow was ready to continue discussing the limits on intermediate-range missiles that Washington had offered, but only as part of a package with Russia's main demands.", "vladimir-putin", 1, "Putin", "no-intermediate-range-missiles", "mentions", 0, "2022-02-15"),
 ("Scholz said that NATO membership for Ukraine was \"not on the agenda\" and that everyone at the table knew it.", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 0, "2022-02-15"),
 ("But the principles remain: every state has the right to choose its alliances, and we will not give that up,", "olaf-scholz", 1, "the chancellor", "nato-open-door", "supports", 1, "2022-02-15"),
 ("We now expect this to be followed by a real de-escalation, with troops moving away from the Ukrainian border,", "olaf-scholz", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-15"),
 ("It seems to me that our possibilities are far from exhausted,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-02-14"),
 ("In Kyiv on Monday, Ukrainian President Volodymyr Zelensky told reporters after his meeting with Scholz that Ukraine would keep its course towards NATO membership, even if it \"may be a dream\" for now.", "volodymyr-zelensky", 1, "Ukrainian President Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-02-14"),
]

write_gold(L, "articles-25", "gold-25")
