#!/usr/bin/env python3
"""Writes the eleventh held-out gold (gold-11/*.nq) from the labels below.

Batch 11 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any earlier
extractor output, nor batch 10.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions specific to this batch:
- In the State Department transcript every "MR PRICE:" turn is the
  spokesman's own words (direct); the evidence is the whole turn after the
  speaker tag. A journalist's question takes no position and gets no label,
  but a quotation of someone else inside a question (Lavrov) is labelled with
  that person as speaker.
- Background history (the 2008 Bucharest summit, the 1997 Founding Act, the
  Vienna Document, Crimea 2014) is narration, not a statement, and has no
  label. Site junk (captions, "Related" headlines) has no label.
- A document that speaks ("The US answer ... rejected") is labelled with its
  issuing actor; "one Nato diplomat" is NATO. An anonymous "senior
  administration official" was first labelled the White House; after the
  first run it was relabelled the United States, the convention of the
  earlier batches (batch 6's FT piece labels the same phrase
  united-states): one phrase, one speaker across the gold.
- Reported speech about no demand (e.g. "still waiting for written
  answers") is not labelled; only direct quotations of six or more words get
  a label with no demand, also when they are a fragment inside reported
  speech ("a frank discussion of indivisible security," - Lukashevich).
- The BBC live page has no front matter; its dates come from the entry
  timestamps ("20 Jan, 2022 ..."), "on Wednesday" resolving to 2022-01-19.
  Its Stoltenberg quotation has no closing quote mark; the evidence runs to
  the end of that paragraph.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["state-2022-01-27-price-briefing"] = [
 ("Good afternoon. Today is International Holocaust Remembrance Day, and we join people around the world in honoring the memory of the six million Jews and the millions of others who were murdered by the Nazis and their collaborators. With that, I am happy to take your questions.", "ned-price", 1, "MR PRICE", "", "", 1, "2022-01-27"),
 ("no positive answer on the main question.", "sergei-lavrov", 1, "Foreign Minister Lavrov", "", "", 1, "2022-01-27"),
 ("No. We've been clear on that from the very start. NATO's door is open and it will remain open, and it is not for Moscow to decide which countries walk through it.", "ned-price", 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("No. We've been clear on that from the very start. NATO's door is open and it will remain open, and it is not for Moscow to decide which countries walk through it.", "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, "2022-01-27"),
 ("That is a non-starter, and the Russians knew it was a non-starter when they put it on paper. What we have put forward are areas where we think we can make real progress: reciprocal transparency measures and limits on military exercises, reciprocal commitments not to deploy offensive ground-launched missile systems in Ukraine, and arms control on intermediate-range missiles in Europe. These are concerns the Russians have raised, and we are prepared to discuss them on the basis of reciprocity.", "ned-price", 1, "MR PRICE", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("That is a non-starter, and the Russians knew it was a non-starter when they put it on paper. What we have put forward are areas where we think we can make real progress: reciprocal transparency measures and limits on military exercises, reciprocal commitments not to deploy offensive ground-launched missile systems in Ukraine, and arms control on intermediate-range missiles in Europe. These are concerns the Russians have raised, and we are prepared to discuss them on the basis of reciprocity.", "ned-price", 1, "MR PRICE", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("That is a non-starter, and the Russians knew it was a non-starter when they put it on paper. What we have put forward are areas where we think we can make real progress: reciprocal transparency measures and limits on military exercises, reciprocal commitments not to deploy offensive ground-launched missile systems in Ukraine, and arms control on intermediate-range missiles in Europe. These are concerns the Russians have raised, and we are prepared to discuss them on the basis of reciprocity.", "ned-price", 1, "MR PRICE", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 ("That is a non-starter, and the Russians knew it was a non-starter when they put it on paper. What we have put forward are areas where we think we can make real progress: reciprocal transparency measures and limits on military exercises, reciprocal commitments not to deploy offensive ground-launched missile systems in Ukraine, and arms control on intermediate-range missiles in Europe. These are concerns the Russians have raised, and we are prepared to discuss them on the basis of reciprocity.", "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("We have long supported keeping military lines of communication open, including at the highest levels. Deconfliction is in both of our interests, especially at a moment like this.", "ned-price", 1, "MR PRICE", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("It does. Allies reaffirmed it at the Brussels summit last June, and nothing in our response walks it back.", "ned-price", 1, "MR PRICE", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
]
L["aljazeera-2022-01-21-blinken-lavrov-geneva"] = [
 ("Lavrov, speaking to reporters at the lakeside hotel where the talks were held, said Russia would settle for nothing less than a legally binding commitment that NATO will not expand further east.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("Lavrov, speaking to reporters at the lakeside hotel where the talks were held, said Russia would settle for nothing less than a legally binding commitment that NATO will not expand further east.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-21"),
 ("We need guarantees that are written down and binding under international law, not promises that are forgotten the day after they are made,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 ("Blinken said the US was prepared to address some of Russia’s concerns “on a reciprocal basis”, including the placement of intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-21"),
 ("There are some things that are simply not up for negotiation. One of them is the right of Ukraine, and of every other country, to choose its own partners,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-21"),
 ("There are some things that are simply not up for negotiation. One of them is the right of Ukraine, and of every other country, to choose its own partners,", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-21"),
 ("If Moscow wants to prove it has no plans to invade, it can start by moving its forces away from Ukraine’s borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 1, "2022-01-21"),
]
L["dw-2022-02-15-scholz-putin-kremlin"] = [
 ("German Chancellor Olaf Scholz said in Moscow on Tuesday that Ukraine's membership of NATO was \"not on the agenda,\" after nearly four hours of talks with Russian President Vladimir Putin.", "olaf-scholz", 1, "Olaf Scholz", "no-ukraine-membership", "mentions", 0, "2022-02-15"),
 ("Everyone knows that the question of NATO membership is not on the agenda. But it cannot be that Moscow decides for the Ukrainians which alliance they may one day join,", "olaf-scholz", 1, "Scholz", "nato-open-door", "supports", 1, "2022-02-15"),
 ("Everyone knows that the question of NATO membership is not on the agenda. But it cannot be that Moscow decides for the Ukrainians which alliance they may one day join,", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "rejects", 1, "2022-02-15"),
 ("They tell us it will not happen tomorrow. Then when will it happen, the day after tomorrow? We want this question resolved now, in the course of negotiations and in a legally binding form,", "vladimir-putin", 1, "the Russian leader", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("They tell us it will not happen tomorrow. Then when will it happen, the day after tomorrow? We want this question resolved now, in the course of negotiations and in a legally binding form,", "vladimir-putin", 1, "the Russian leader", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("He said Moscow was ready to keep talking about intermediate-range missiles and other proposals put forward by Washington, but only together with Russia's core demand that NATO stop expanding eastward.", "vladimir-putin", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-02-15"),
 ("He said Moscow was ready to keep talking about intermediate-range missiles and other proposals put forward by Washington, but only together with Russia's core demand that NATO stop expanding eastward.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-15"),
 ("Scholz called the move \"a good sign\" but said it had to be followed by a real withdrawal of troops from the Ukrainian border.", "olaf-scholz", 1, "Scholz", "russia-de-escalation", "supports", 0, "2022-02-15"),
 ("In Berlin, Foreign Minister Annalena Baerbock said on Tuesday that diplomacy was far from exhausted, but that Germany would never accept a Russian veto over the alliance choices of its neighbors.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, "2022-02-15"),
]
L["interfax-2022-01-13-lukashevich-osce"] = [
 ("The envoy stressed that Moscow would insist on legally binding agreements and would not be satisfied with political declarations of the kind that had been \"repeatedly violated\" in the past.", "alexander-lukashevich", 1, "The envoy", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("NATO must stop moving eastward, and strike weapons must not be stationed at our borders. These are not bargaining chips,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("NATO must stop moving eastward, and strike weapons must not be stationed at our borders. These are not bargaining chips,", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("In the words of the Russian diplomat, the United States and its allies must also scale down military exercises near Russian borders and halt the flights of strategic bombers along them.", "alexander-lukashevich", 1, "the Russian diplomat", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("In the words of the Russian diplomat, the United States and its allies must also scale down military exercises near Russian borders and halt the flights of strategic bombers along them.", "alexander-lukashevich", 1, "the Russian diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-13"),
 ("a frank discussion of indivisible security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The chairman said every participating State had the right to choose its own security arrangements, including treaties of alliance, as laid down in the 1999 Istanbul Charter.", "zbigniew-rau", 1, "The chairman", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The chairmanship is ready to facilitate a dialogue on military transparency and on the scale of exercises within the framework of the Vienna Document,", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 1, "2022-01-13"),
]
L["kyivindependent-2022-01-10-kyiv-rejects-demands"] = [
 ("In the draft treaties it published on Dec. 17, Moscow demanded that NATO rule out any further expansion and that the U.S. and its allies refrain from military activity in Eastern Europe, the South Caucasus and Central Asia, including Ukraine.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In the draft treaties it published on Dec. 17, Moscow demanded that NATO rule out any further expansion and that the U.S. and its allies refrain from military activity in Eastern Europe, the South Caucasus and Central Asia, including Ukraine.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("No one in Geneva has a mandate to decide whether Ukraine joins NATO. That decision belongs to Ukrainians and to the 30 allies, and to nobody else,", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-10"),
 ("No one in Geneva has a mandate to decide whether Ukraine joins NATO. That decision belongs to Ukrainians and to the 30 allies, and to nobody else,", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("He added that the only security guarantee Ukraine was interested in was the withdrawal of the Russian troops massed along its border.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("The Kremlin wants our partners to stop training our soldiers and stop supplying us with weapons. That will not happen, and Moscow knows it,", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-09"),
 ("The Bucharest decision cannot be cancelled at a negotiating table in Geneva. It was taken by the allies together, and it stands,", "olha-stefanishyna", 1, "Olha Stefanishyna", "rescind-bucharest-2008", "rejects", 1, ""),
 ("Ukraine's Foreign Ministry said in a statement on Sunday that Kyiv's sovereign right to choose its alliances was \"not up for bargaining\" between third countries.", "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "nato-open-door", "supports", 0, "2022-01-09"),
 ("Ukraine's Foreign Ministry said in a statement on Sunday that Kyiv's sovereign right to choose its alliances was \"not up for bargaining\" between third countries.", "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "no-ukraine-membership", "rejects", 0, "2022-01-09"),
 ("Russia is asking for things it knows it will never get, so that it can later say diplomacy has failed,", "mykola-bielieskov", 1, "Mykola Bielieskov", "", "", 1, ""),
]
L["ft-2022-02-01-putin-security-answers"] = [
 ("Putin said on Tuesday that the replies failed to address Russia’s three key demands: an end to Nato’s eastward expansion, a refusal to deploy strike weapons near Russia’s borders and a return of the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Putin said on Tuesday that the replies failed to address Russia’s three key demands: an end to Nato’s eastward expansion, a refusal to deploy strike weapons near Russia’s borders and a return of the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Putin said on Tuesday that the replies failed to address Russia’s three key demands: an end to Nato’s eastward expansion, a refusal to deploy strike weapons near Russia’s borders and a return of the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("They say that every country has the right to choose its alliances. But you cannot strengthen your own security at the expense of others, and they signed that too,", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("The US answer, handed to the Russian foreign ministry by ambassador John Sullivan on January 26, offered talks on arms control and on reciprocal limits on military exercises in Europe, but rejected Moscow’s demand for a guarantee that Ukraine would never join Nato.", "united-states", 0, "The US answer", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("The US answer, handed to the Russian foreign ministry by ambassador John Sullivan on January 26, offered talks on arms control and on reciprocal limits on military exercises in Europe, but rejected Moscow’s demand for a guarantee that Ukraine would never join Nato.", "united-states", 0, "The US answer", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("We have laid out a serious diplomatic path. We have not conceded on the open door, and we were never going to,", "united-states", 0, "a senior administration official", "nato-open-door", "supports", 1, ""),
 ("The official said Washington was also prepared to discuss restoring the military-to-military hotlines Moscow had asked for.", "united-states", 0, "The official", "resume-military-dialogue", "mentions", 0, ""),
 ("There is nothing in the letter about pulling back from the eastern flank. Allies were unanimous that the 1997 line is not coming back,", "nato", 0, "one Nato diplomat", "rollback-to-1997", "rejects", 1, ""),
]
L["bbc-live-2022-01-20-ukraine-russia-tensions"] = [
 ("Nobody can tell us where to move troops on our own territory, and that cannot be made a condition for dialogue,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-20"),
 ("Nobody can tell us where to move troops on our own territory, and that cannot be made a condition for dialogue,", "dmitry-peskov", 1, "he", "no-preconditions", "supports", 1, "2022-01-20"),
 ("We want to remind the great powers that there are no minor incursions and small nations. Just as there are no minor casualties and little grief from the loss of loved ones.", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-20"),
 ("Russia's foreign ministry says US and Nato warships and aircraft must stay out of areas from which they could strike Russian territory, repeating one of the key points of the draft treaty it published in December.", "russian-foreign-ministry", 0, "Russia's foreign ministry", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-20"),
 ("Nato Secretary General Jens Stoltenberg said on Wednesday that the alliance had invited Russia to a new round of Nato-Russia Council meetings to discuss arms control, including intermediate-range missiles, and greater transparency on military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-19"),
 ("Nato Secretary General Jens Stoltenberg said on Wednesday that the alliance had invited Russia to a new round of Nato-Russia Council meetings to discuss arms control, including intermediate-range missiles, and greater transparency on military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-19"),
 ("We are ready to sit down and listen to Russia's concerns. But we will not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, "2022-01-19"),
 ("He also said the chance of Ukraine joining Nato in the near term was \"not very likely\", and suggested there was room for a deal on whether strategic weapons could be placed in Ukraine", "joe-biden", 1, "He", "no-ukraine-membership", "mentions", 0, "2022-01-19"),
 ("He also said the chance of Ukraine joining Nato in the near term was \"not very likely\", and suggested there was room for a deal on whether strategic weapons could be placed in Ukraine", "joe-biden", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-19"),
 ("Russia will be held accountable if it invades, and it depends on what it does. It's one thing if it's a minor incursion and then we end up having a fight about what to do and not do.", "joe-biden", 1, "President Biden", "", "", 1, "2022-01-19"),
]

write_gold(L, "articles-11", "gold-11")
