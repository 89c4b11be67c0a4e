#!/usr/bin/env python3
"""Writes the seventeenth held-out gold (gold-17/*.nq) from the labels below.

Batch 17 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10-16 (only the design
notes, the curated gold statements, goldlib.py, label9.py and batch 9's
articles as format examples). The seven articles are invented but keep to
facts plausible for their dates; the quotations are invented.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices of this batch:
- One label per (speaker, demand) a passage expresses. A direct quotation of
  six or more words about none of the demands: one label without demand and
  stance. Reported speech about none of the demands (Ned Price studying the
  reply, Lavrov "could not say whether ...", Biden's "heavy price", the
  Kyiv Post lead, the Editor's Note) gets no label.
- Evidence: quotations = the words between the marks (punctuation inside
  kept); reported speech = the whole sentence; transcript/interview turns =
  the sentence(s) that carry the position. In a turn that carries a position,
  its other sentences are not labelled (Scholz's "For my generation ...",
  Putin's "Do we want a war? ..."); a turn about no demand is labelled whole
  with an empty demand (Putin on gas, Ischinger on the Munich no-show).
- CNN: one quotation has no closing mark; its evidence ends where the mark
  belongs (before ", the Russian foreign minister said").
- Speaker name = the words naming the speaker at that point, pronouns and
  role nouns as written ("he", "It", "The document", "the reply",
  "The 34-year-old lawmaker", "ISCHINGER", "Olaf Scholz (retranslated)").
- Russia's written reply of 17 Feb is the Foreign Ministry's statement
  (the article names the ministry as its author): russian-foreign-ministry.
  The US letter of 26 Jan, reported "according to a person briefed on the
  talks", is Washington's statement: united-states, dated 26 Jan.
- Zelensky's Office of the President speaks for ukraine (no actor id of its
  own). "One Nato diplomat" -> nato. The FT's "senior European diplomat" is
  not tied to the EU and "a person briefed on the talks" to no actor: their
  own words get no label. The FT's opening narration ("officials on both
  sides ... stress what the documents did not contain") has no identifiable
  speaker: no label. Background history (NATO enlargement since 1999, the
  2019 constitutional amendment, the 2008 Bucharest declaration's wording,
  Putin's 2007 Munich speech) is not labelled.
- Offers to discuss a demand (Ischinger on missiles, drills, bombers and
  warships; the OSCE dialogue on exercise transparency; the US offer of
  Aegis Ashore inspections) are `mentions`; proposing to restore military
  contacts (Stoltenberg, Schmid) or calling for it (Ischinger) `supports`
  resume-military-dialogue. Analysts describing what Moscow wants are
  `mentions`.
- A Western speaker insisting every state chooses its alliances supports
  nato-open-door and, when Ukraine is named in that passage, also rejects
  no-ukraine-membership. Standing by the Bucharest promise rejects both
  rescind-bucharest-2008 and no-ukraine-membership. Refusing Western
  instructors' exclusion rejects no-military-activity-ex-soviet. Putin's
  "where our own troops are stationed ... is for us to decide" and Lavrov
  refusing troop withdrawal as a condition reject russia-de-escalation;
  the latter also supports no-preconditions.
- "Not assurances that can be forgotten" / "a legally binding document"
  support written-legal-guarantees; Ischinger rejecting a treaty moratorium
  rejects nato-non-expansion (and supports nato-open-door), not
  written-legal-guarantees.
- Dates: the day the words were said, resolved against the publication date
  ("on Wednesday" in the FT of Fri 28 Jan = 26 Jan; the DW interview "was
  conducted on Tuesday" = 15 Feb though published 16 Feb). "" when the text
  gives no day (the MP Bondarenko, the Nato diplomat, the two analysts).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "moscowtimes-2022-02-17-russia-reply-us-answer"
FM3 = "In the text, the Foreign Ministry said Washington had failed to give a constructive answer on the three points Moscow considers fundamental: an end to NATO's eastward expansion, the withdrawal of alliance forces and infrastructure to where they stood in 1997, and a refusal to deploy strike weapons near Russia's borders."
UKR = "It also repeated that Ukraine must never be admitted to NATO, and said the promise of eventual membership that the alliance gave Kyiv and Tbilisi at its Bucharest summit had to be formally withdrawn."
L[D] = [
 (FM3, "russian-foreign-ministry", 0, "the Foreign Ministry", "nato-non-expansion", "supports", 0, "2022-02-17"),
 (FM3, "russian-foreign-ministry", 0, "the Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-02-17"),
 (FM3, "russian-foreign-ministry", 0, "the Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, "2022-02-17"),
 ("In the absence of the American side's readiness to agree on firm, legally binding guarantees of our security, Russia will be forced to respond, including through the implementation of military-technical measures,", "russian-foreign-ministry", 0, "the ministry", "written-legal-guarantees", "supports", 1, "2022-02-17"),
 ("The document demanded that Washington and its allies stop supplying weapons to Ukraine, withdraw their military advisers and instructors from the country and call off joint drills with the Ukrainian army.", "russian-foreign-ministry", 0, "The document", "no-military-activity-ex-soviet", "supports", 0, "2022-02-17"),
 (UKR, "russian-foreign-ministry", 0, "It", "no-ukraine-membership", "supports", 0, "2022-02-17"),
 (UKR, "russian-foreign-ministry", 0, "It", "rescind-bucharest-2008", "supports", 0, "2022-02-17"),
 ("There is no ‘Russian invasion’ of Ukraine, which the United States and its allies have been announcing at the official level since last autumn,", "russian-foreign-ministry", 0, "the reply", "", "", 1, "2022-02-17"),
 ("Without a guarantee that the alliance will not take a single step further east, everything else is secondary,", "sergei-ryabkov", 1, "Deputy Foreign Minister Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-02-17"),
 ("If Russia is serious about diplomacy, it can start by sending these troops back to their barracks,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-02-17"),
]

D = "kremlin-2022-02-15-putin-scholz-press-conference"
KEY = "Our key proposals – that NATO should not expand any further, that strike weapons should not be deployed near Russia's borders and that the alliance's military capabilities and infrastructure in Europe should be returned to the state of 1997, when the Russia-NATO Founding Act was signed – have not received a constructive response."
OPEN = "But we cannot give up principles because of that. That every country may freely choose its alliances is one of the foundations on which security in Europe rests, and this applies to Ukraine too."
L[D] = [
 (KEY, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-15"),
 (KEY, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-15"),
 (KEY, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-15"),
 ("We have heard today that some units are being withdrawn from the Ukrainian border. That is a good sign, and we hope that many more will follow. The deployment of more than 100,000 soldiers near Ukraine is perceived by us as a threat, and the de-escalation must be real and visible.", "olaf-scholz", 1, "Olaf Scholz (retranslated)", "russia-de-escalation", "supports", 1, "2022-02-15"),
 (OPEN, "olaf-scholz", 1, "Olaf Scholz (retranslated)", "nato-open-door", "supports", 1, "2022-02-15"),
 (OPEN, "olaf-scholz", 1, "Olaf Scholz (retranslated)", "no-ukraine-membership", "rejects", 1, "2022-02-15"),
 ("We are told that Ukraine is not ready to join NATO tomorrow. Then when will it join – the day after tomorrow? For us, this changes nothing. We want this question to be resolved now, in the course of the negotiating process, by peaceful means.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("And we expect that our concerns will be taken seriously and that the guarantees we need will be set down in a legally binding document, not in promises that are then forgotten.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("But where our own troops are stationed on our own territory is for us to decide, and for no one else.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2022-02-15"),
 ("Russia has always fulfilled its contractual obligations, including in the most difficult periods of our history. Gazprom continues to supply gas under all its long-term contracts, and Nord Stream 2 is a purely commercial project that would only increase the reliability of supplies to Europe.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-15"),
]

D = "ft-2022-01-28-west-answers-moscow-demands"
NATODIP = "One Nato diplomat said allies had agreed that the commitment made to Ukraine and Georgia at the 2008 Bucharest summit would stand, whatever Moscow demanded."
BRANDT = "The Kremlin will not accept anything short of a legally binding promise that Nato stops where it is,"
L[D] = [
 ("According to a person briefed on the talks, Washington's letter offered Russia reciprocal inspections at the Aegis Ashore missile defence sites in Romania and Poland, to verify that no Tomahawk cruise missiles were based there, in return for similar checks at two Russian bases.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Jens Stoltenberg, Nato's secretary-general, said on Wednesday that the alliance had proposed reopening its office in Moscow and Russia's mission in Brussels and re-establishing military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 (NATODIP, "nato", 0, "One Nato diplomat", "rescind-bucharest-2008", "rejects", 0, ""),
 (NATODIP, "nato", 0, "One Nato diplomat", "no-ukraine-membership", "rejects", 0, ""),
 ("Sergei Lavrov, Russia's foreign minister, said on Thursday that the US answer left room for a “serious conversation” on secondary issues but gave no positive response on the main question: Nato's further expansion to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (BRANDT, "maximilian-brandt", 1, "Maximilian Brandt", "written-legal-guarantees", "mentions", 1, ""),
 (BRANDT, "maximilian-brandt", 1, "Maximilian Brandt", "nato-non-expansion", "mentions", 1, ""),
 ("For the Russian general staff, intermediate-range missiles in Europe are a real concern, not a pretext,", "olga-vinogradova", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("If Washington is serious, it will be hard for the Kremlin to walk away from the table.", "olga-vinogradova", 1, "she", "", "", 1, ""),
]

D = "kyivpost-2022-01-27-us-answer-ukraine-reaction"
OFFICE = "Ukraine's course toward NATO membership, the office said, is fixed in the constitution and is not a subject for bargaining with the Kremlin."
BOND = "If the Kremlin wanted a neutral Ukraine, it should not have annexed Crimea,"
L[D] = [
 ("nothing about Ukraine was decided without Ukraine.", "ukraine", 0, "The Office of the President", "", "", 1, "2022-01-26"),
 (OFFICE, "ukraine", 0, "the office", "nato-open-door", "supports", 0, "2022-01-26"),
 (OFFICE, "ukraine", 0, "the office", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("The United States has not traded away a single Ukrainian interest behind our back. There is no concession on NATO's open door,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("an attempt to turn sovereign states into a buffer zone.", "ukrainian-foreign-ministry", 0, "the Ukrainian Foreign Ministry", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("The ministry said the only way to reduce tensions was for Russia to withdraw the troops it has concentrated near Ukraine's borders and in occupied Crimea.", "ukrainian-foreign-ministry", 0, "The ministry", "russia-de-escalation", "supports", 0, "2022-01-27"),
 (BOND, "yehor-bondarenko", 1, "Yehor Bondarenko", "no-ukraine-membership", "rejects", 1, ""),
 ("The 34-year-old lawmaker, elected from a district in Zaporizhzhia Oblast in 2019, said Kyiv would never agree to any arrangement that forbade British or American instructors from training Ukrainian troops.", "yehor-bondarenko", 1, "The 34-year-old lawmaker", "no-military-activity-ex-soviet", "rejects", 0, ""),
]

D = "osce-2022-01-13-rau-permanent-council"
L[D] = [
 ("We are facing the most serious crisis of European security in three decades, and the OSCE must be equal to it,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The Chairman-in-Office underlined that the principles of the Helsinki Final Act and the Charter of Paris, including the right of every participating State to be free to choose or change its security arrangements, including treaties of alliance, are not open to renegotiation.", "zbigniew-rau", 1, "The Chairman-in-Office", "nato-open-door", "supports", 0, "2022-01-13"),
 ("He called for de-escalation and for full transparency regarding the large-scale Russian military build-up along Ukraine's borders, and recalled that the OSCE Special Monitoring Mission to Ukraine continues to work on the ground.", "zbigniew-rau", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The Chairman-in-Office announced that the Polish Chairmanship stands ready to host a renewed dialogue on European security, open to all 57 participating States, in which questions such as risk reduction, the transparency of military exercises under the Vienna Document and conventional arms control could be discussed.", "zbigniew-rau", 1, "The Chairman-in-Office", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("The OSCE is the only platform where all sides to this crisis sit at the same table, and it should be used to the full,", "helga-schmid", 1, "she", "", "", 1, "2022-01-13"),
 ("The Secretary General stressed the importance of restoring regular contacts between military representatives of participating States, including through the mechanisms of the Vienna Document, in order to prevent incidents and dangerous miscalculations.", "helga-schmid", 1, "The Secretary General", "resume-military-dialogue", "supports", 0, "2022-01-13"),
]

D = "dw-2022-02-16-ischinger-interview"
W = "wolfgang-ischinger"
L[D] = [
 ("I regret it very much. For decades Russian foreign ministers and even President Putin came to Munich, including in 2007, when he gave that famous angry speech. Our invitation remains open until the very last minute, and an empty chair does not help anybody.", W, 1, "ISCHINGER", "", "", 1, "2022-02-15"),
 ("I know the idea is being discussed in some capitals, and I would advise against it. A formal moratorium, written into a treaty, would give Moscow a veto over the choices of its neighbours.", W, 1, "ISCHINGER", "nato-non-expansion", "rejects", 1, "2022-02-15"),
 ("No one in NATO can sign away the right of sovereign states to choose their alliances.", W, 1, "ISCHINGER", "nato-open-door", "supports", 1, "2022-02-15"),
 ("An agreement on intermediate-range missiles in Europe, something Russia proposed itself.", W, 1, "ISCHINGER", "no-intermediate-range-missiles", "mentions", 1, "2022-02-15"),
 ("Limits on the size of exercises and on how close to the borders they take place.", W, 1, "ISCHINGER", "limit-military-exercises", "mentions", 1, "2022-02-15"),
 ("Some form of mutual restraint on where bombers and warships operate near each other's territory.", W, 1, "ISCHINGER", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-02-15"),
 ("And we should get the generals talking again. That NATO and Russian military commanders hardly speak to each other today is, frankly, dangerous.", W, 1, "ISCHINGER", "resume-military-dialogue", "supports", 1, "2022-02-15"),
 ("That is not going to happen. Withdrawing allied troops from Poland or the Baltic states to where they were in 1997 is not something any German government could ever agree to.", W, 1, "ISCHINGER", "rollback-to-1997", "rejects", 1, "2022-02-15"),
 ("But we will judge by what we see on the ground, not by what we hear, and the troops must go back in large numbers.", W, 1, "ISCHINGER", "russia-de-escalation", "supports", 1, "2022-02-15"),
]

D = "cnn-2022-01-21-blinken-lavrov-geneva"
BL = "I made clear that the United States will not trade away the principle that countries choose their own alliances, and that includes Ukraine,"
KEYISSUE = "The key issue is NATO's eastward expansion, and the refusal to deploy weapons that threaten Russia on the territory of our neighbors,"
PRECOND = "Lavrov also said Russia would not accept Western demands that it pull its troops back as a condition for continuing the talks, insisting that Moscow was free to move its forces on its own territory."
L[D] = [
 (BL, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-21"),
 (BL, "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-21"),
 ("What we need are legally binding guarantees, not assurances that can be forgotten the next day,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 ("We have never threatened the Ukrainian people and we have no plans to attack Ukraine.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 (KEYISSUE, "sergei-lavrov", 1, "the Russian foreign minister", "nato-non-expansion", "supports", 1, "2022-01-21"),
 (KEYISSUE, "sergei-lavrov", 1, "the Russian foreign minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-21"),
 (PRECOND, "sergei-lavrov", 1, "Lavrov", "no-preconditions", "supports", 0, "2022-01-21"),
 (PRECOND, "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, "2022-01-21"),
]

write_gold(L, "articles-17", "gold-17")
