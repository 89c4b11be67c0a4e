#!/usr/bin/env python3
"""Writes the twentieth held-out gold (gold-20/*.nq) from the labels below.

Batch 20 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch
except batch 9 (read only as a format example; none of its sentences reused).
The seven articles are invented but plausible for their dates (quotations
may be invented); outlets and styles: a news wire (Reuters), a government
transcript with site junk (NATO press conference, 12 Jan 2022), a machine
translation from a Russian agency without front matter (Interfax, OSCE
Permanent Council, 13 Jan 2022), a live page with site junk (CNN, written
answers of 26 Jan 2022), a think-tank commentary (on the drafts of 17 Dec
2021), a Kremlin transcript (Putin and Orban, 1 Feb 2022) and a broadcaster
(DW, Scholz in Moscow, 15 Feb 2022).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices (following data/curated/statements.nq and label9.py):
- One label per (speaker, demand) a passage expresses. Demand-less labels
  only for direct quotations (or transcript turns) of six or more words about
  none of the demands; demand-less indirect speech is not labelled (as in
  label9.py). Journalists' questions and moderator turns get no label.
- Evidence: direct quotation = the words between the marks (punctuation
  inside kept); a quotation spanning two or three sentences is one span.
  Indirect speech = the whole sentence. Transcript: the sentence(s) of the
  turn carrying the position; a turn about no demand = the whole turn after
  the speaker label. Transcript answers are direct=1.
- Speaker name: the words naming the speaker at that point, as label9.py
  does (a pronoun stays "he"/"It"; a transcript label as printed, e.g.
  "NATO Secretary General" for later turns).
- Anonymous people speak for their employer: "a NATO diplomat" -> nato;
  "The source in the Russian delegation" -> russia. A ministry's own
  statement: "Georgia's Foreign Ministry" -> georgia.
- Drafts: content is the author's statement. In the think-tank piece the
  sentence naming "The ministry's draft treaty" (and the following "It")
  -> russian-foreign-ministry; the sentences naming "Moscow" -> russia.
  Dated with the publication of the drafts (Friday 17 Dec 2021).
- Offers to discuss (Sherman, Blinken on missiles/exercises) = mentions;
  an analyst's view that NATO will not do something (Kovac) = mentions;
  Scholz calling Ukraine's membership "not on the agenda" = mentions.
- NATO's proposal to use military lines of communication = supports
  resume-military-dialogue. Ryabkov refusing to be told where to move troops
  on Russian territory = rejects russia-de-escalation. Putin dismissing "not
  tomorrow" assurances = supports written-legal-guarantees as well (curated:
  rejecting a temporary moratorium). Putin's "testing ground" passage about
  NATO instructors, weapons and drills in Ukraine = no-military-activity-ex-soviet
  only. Putin invoking "no security at the expense of others" against free
  choice of alliances = rejects nato-open-door. Western insistence that
  Ukraine may choose = supports nato-open-door and, when Ukraine is named,
  rejects no-ukraine-membership; Stoltenberg's "No." to a moratorium on
  Ukraine/Georgia is read as that, not as a rejection of nato-non-expansion.
  Orban's "decided by NATO and by that country" names no country: open door only.
- Not labelled: background history (Baker 1990, the 1997 Founding Act's
  wording, the 2008 Bucharest declaration), the reporters' own framing, the
  think-tank author's own analysis, headlines/titles and site furniture.
- Dates resolved against the publication date (Friday -> 2021-12-17,
  Sunday -> 2021-12-19, Monday -> 2022-02-14); "" when no day is given.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("GENEVA, Jan 10 (Reuters) - Russia told the United States on Monday it was \"absolutely mandatory\" that Ukraine never be allowed to join NATO, as more than seven hours of talks in Geneva ended without a breakthrough on Moscow's demands for sweeping security guarantees.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. The formula adopted at Bucharest in 2008 has to be thrown out, not reinterpreted,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. The formula adopted at Bucharest in 2008 has to be thrown out, not reinterpreted,", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("Ryabkov said Russia had no plans to attack Ukraine and would not accept being told where it could move troops on its own territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Nobody is going to dictate terms to us before the conversation has even started,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, said she had told the Russian side that some of its proposals, including a halt to NATO enlargement, were \"simply non-starters\".", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to slam shut NATO's open door policy. It has been central to the alliance from the very beginning,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was willing to discuss the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was willing to discuss the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Allies made clear that we call on Russia to immediately de-escalate the situation, to pull back its forces from Ukraine's borders and to refrain from any aggressive actions.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Russia has demanded that NATO stop admitting new members. Allies were united in rejecting that demand.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("We will not compromise on core principles, and the right of each nation to choose its own path is one of them.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We also cannot accept that some Allies would be second-class members, without the right to have NATO forces on their territory just because they joined the Alliance after 1997.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("We proposed to reopen our offices in Moscow and in Brussels and to make full use of military lines of communication, so that incidents do not spin out of control.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("No. NATO's door remains open, and no deal will be made over the heads of Ukraine or Georgia. It is for them and for the 30 Allies to decide, nobody else.", "jens-stoltenberg", 1, "NATO Secretary General", "nato-open-door", "supports", 1, "2022-01-12"),
 ("No. NATO's door remains open, and no deal will be made over the heads of Ukraine or Georgia. It is for them and for the 30 Allies to decide, nobody else.", "jens-stoltenberg", 1, "NATO Secretary General", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("The decision we took in Bucharest stands. Allies have reaffirmed it at every summit since then, and there is no discussion about changing it.", "jens-stoltenberg", 1, "NATO Secretary General", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
]
L["interfax-mt-2022-01-13-lukashevich-osce"] = [
 ("If we will not hear the constructive answer to our proposals in the reasonable terms, and the aggressive line of behaviour concerning Russia will continue, we will be forced to take the necessary measures for elimination of the strategic imbalance. It is a question of the legally obliging guarantees, and not about the promises which were given and were broken earlier", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("According to the diplomat, for Russia the further advance of NATO to the east and the placement on territory of the neighbouring states of the weapon systems which create threat to Russia are unacceptable.", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("According to the diplomat, for Russia the further advance of NATO to the east and the placement on territory of the neighbouring states of the weapon systems which create threat to Russia are unacceptable.", "alexander-lukashevich", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("He has also underlined, that the discussion of the Russian proposals must not turn into the endless process, and the Western partners must not put to Moscow any preliminary conditions.", "alexander-lukashevich", 1, "He", "no-preconditions", "supports", 0, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We will not allow to Russia to close the door of NATO, and we will not negotiate about the security of Europe without Europeans", "michael-carpenter", 1, "the American diplomat", "nato-open-door", "supports", 1, "2022-01-13"),
 ("The source in the Russian delegation on Thursday has told Interfax, that in Vienna Moscow again insisted on the curtailment of the NATO exercises near the Russian borders and on the ending of the flights of the American strategic bombers along the borders of Russia.", "russia", 0, "The source in the Russian delegation", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("The source in the Russian delegation on Thursday has told Interfax, that in Vienna Moscow again insisted on the curtailment of the NATO exercises near the Russian borders and on the ending of the flights of the American strategic bombers along the borders of Russia.", "russia", 0, "The source in the Russian delegation", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-13"),
]
L["cnn-live-2022-01-26-us-written-response"] = [
 ("We are not going to rush to any conclusions. First the text has to be read carefully,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the document offered Moscow reciprocal transparency measures and talks on arms control, including on ground-launched missiles in Europe.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Allied troops are in Estonia because Russia attacked Ukraine in 2014. They will not leave because the Kremlin now asks them to,", "kaja-kallas", 1, "Kallas", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("The decisions of the Bucharest summit remain in force, and no third country can veto Georgia's sovereign choice,", "georgia", 0, "the ministry", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("The decisions of the Bucharest summit remain in force, and no third country can veto Georgia's sovereign choice,", "georgia", 0, "the ministry", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Our path to NATO is not a subject for discussion with Russia or with anyone else,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Our path to NATO is not a subject for discussion with Russia or with anyone else,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
]
L["isd-2021-12-20-reading-moscows-drafts"] = [
 ("The ministry's draft treaty would oblige Washington to prevent any further eastward expansion of NATO and to deny membership to Ukraine and other former Soviet republics.", "russian-foreign-ministry", 0, "The ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The ministry's draft treaty would oblige Washington to prevent any further eastward expansion of NATO and to deny membership to Ukraine and other former Soviet republics.", "russian-foreign-ministry", 0, "The ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("It would also bar the United States from setting up bases in former Soviet states outside the alliance or developing bilateral military cooperation with them.", "russian-foreign-ministry", 0, "It", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("In the companion agreement with the alliance, Moscow asks NATO members not to station forces or weapons in any European country beyond those that were there on 27 May 1997, and to hold no exercises above brigade level in agreed zones along the borders.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("In the companion agreement with the alliance, Moscow asks NATO members not to station forces or weapons in any European country beyond those that were there on 27 May 1997, and to hold no exercises above brigade level in agreed zones along the borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("Moscow also wants American heavy bombers and surface warships kept out of areas from which they could strike Russian territory, and would accept the same limits on its own forces.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("We need legally formalised guarantees, because the verbal assurances given to us in the past have turned out to be worthless,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("Asking NATO to tear up the Bucharest declaration is asking it to admit that it misled Kyiv and Tbilisi for thirteen years. No alliance does that,", "marta-kovac", 1, "Marta Kovac", "rescind-bucharest-2008", "mentions", 1, ""),
 ("There are no spheres of influence in 21st-century Europe. Every country is free to choose the alliances it wants to join,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, "2021-12-19"),
]
L["kremlin-2022-02-01-putin-orban-press-statements"] = [
 ("Mr Prime Minister, ladies and gentlemen, our talks with Prime Minister Orbán were, as always, businesslike and substantive. We discussed energy first of all: Russian gas continues to flow to Hungary under the long-term contract signed last autumn, and at prices well below those on the spot market. We also talked about the Paks nuclear power plant, which our companies are building together.", "vladimir-putin", 1, "President of Russia Vladimir Putin", "", "", 1, "2022-02-01"),
 ("Thank you, Mr President. Hungary is interested in stable and predictable energy supplies, and today we agreed to increase gas deliveries. We Hungarians also want peace in Europe. Hungary is a member of NATO and the European Union, and within both we are working for a solution that prevents war.", "viktor-orban", 1, "Prime Minister of Hungary Viktor Orbán", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("They refer to the right of every state to freely choose its alliances. But no one should strengthen their own security at the expense of the security of other states; this is also written in the documents signed in Istanbul in 1999 and Astana in 2010, and our partners simply prefer not to remember it.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("What worries us is that Ukraine is being turned into a testing ground: NATO instructors are already there, weapons keep arriving, and exercises are held on its territory. This must stop.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, "2022-02-01"),
 ("We need legally binding guarantees, and we will keep insisting on them. We were already given verbal promises once, and we know what became of them.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2022-02-01"),
 ("Which country joins NATO is decided by NATO and by that country, not by anyone else.", "viktor-orban", 1, "Viktor Orbán", "nato-open-door", "supports", 1, "2022-02-01"),
]
L["dw-2022-02-15-scholz-putin-moscow"] = [
 ("After some four hours of talks, Putin said Russia did not want a war but insisted that the question of NATO’s eastward expansion had to be resolved “right now” and by peaceful means.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-15"),
 ("We are told that Ukraine is not going to join NATO tomorrow. So when will it join, the day after tomorrow? For us that changes nothing,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("We are told that Ukraine is not going to join NATO tomorrow. So when will it join, the day after tomorrow? For us that changes nothing,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("Scholz said that Ukrainian membership of the alliance was “not on the agenda” and that everybody knew it, adding that Russia should not build a crisis around a question nobody was currently asking.", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 0, "2022-02-15"),
 ("The chancellor welcomed reports that some Russian units were returning to their bases after exercises as “a good sign,” but said Moscow now had to follow up with further steps.", "olaf-scholz", 1, "The chancellor", "russia-de-escalation", "supports", 0, "2022-02-15"),
 ("We now expect to see real de-escalation on the ground. For us Germans, a war in Europe has become unthinkable, and it is our duty to keep it that way,", "olaf-scholz", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-15"),
 ("As head of the foreign ministry, I must say there is always a chance. Our possibilities are far from exhausted,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-02-14"),
 ("Membership of the alliance is written into our constitution, and that decision will not be taken for us in Moscow,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-02-14"),
 ("Membership of the alliance is written into our constitution, and that decision will not be taken for us in Moscow,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-02-14"),
 ("We will judge Russia by what it does, not by what it says, and so far we have seen no withdrawal,", "nato", 0, "a NATO diplomat", "russia-de-escalation", "supports", 1, "2022-02-15"),
]

write_gold(L, "articles-20", "gold-20")
