#!/usr/bin/env python3
"""Writes the thirteenth held-out gold (gold-13/*.nq) from the labels below.

Batch 13 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor its command code nor
batches 10-12 nor any first-run output; only the design notes, the curated
statements, goldlib.py and batch 9 (as a format example). Topic: Russia's
December 2021 - February 2022 demands for security guarantees. Seven styles:
a Russian MFA briefing transcript, Civil.ge, ERR News, a Washington Post
analysis, Interfax-Ukraine, Bloomberg and an AP explainer without front
matter. Quotations are invented but plausible for their dates; facts and
people are real except the analysts (Tamar Jorbenadze, Rachel Ostrowski,
Andrei Vetrov) and the AP bylines.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices (following data/curated/statements.nq and label9.py):
- One label per (speaker, demand) a passage expresses; a direct quotation of
  six or more words about none of the demands: one label without demand and
  stance. Indirect (reported) statements about none of the demands, and short
  quoted fragments (five words or fewer) inside reported speech, get no label.
- Evidence: the words between the quote marks (punctuation inside kept) for
  quotations, the whole sentence for reported speech. A quotation of two
  sentences inside one pair of marks is one span. A sentence carrying a short
  quoted fragment is reported speech (direct 0); a six-word fragment
  ("ironclad, ... guarantees") is its own direct span, and the demand the
  surrounding sentence adds is labelled on the whole sentence.
- Transcript (MFA briefing): each answer turn is direct; the evidence is the
  sentence(s) carrying the position; the opening turn, about no demand, is
  one demand-less label spanning the whole turn. Journalists' questions: no
  label. An answer that refers back to the question ("This is exactly what we
  have been saying ... this key question") takes the demand the question names
  (non-expansion); the span includes the referring sentence.
- Russia describing its own proposals ("these ideas are in our own drafts",
  "we proposed a moratorium") supports the demand; a Russian official merely
  willing to discuss missiles/exercises in a Western reply mentions it (as in
  batch 9). Western offers to discuss a demand: mentions. Analysts describing
  what Moscow asked for: mentions.
- Western/Ukrainian/Georgian insistence that a country (Ukraine or Georgia
  named) may choose its alliances: supports nato-open-door and rejects
  no-ukraine-membership (which covers Georgia). Refusing to withdraw allied
  troops from states that joined after 1997: rejects rollback-to-1997.
  Joint exercises with NATO on Georgian soil continuing: rejects
  no-military-activity-ex-soviet and limit-military-exercises. Military
  hotlines / mil-to-mil channels offered: supports resume-military-dialogue.
  Refusing to make talks conditional on a troop pullback: supports
  no-preconditions and rejects russia-de-escalation.
- "Stop sending weapons and instructors to Ukraine" supports
  no-military-activity-ex-soviet; Putin's "missiles ... on our doorstep"
  is no-strike-weapons-near-borders (as in the curated gold).
- Contents of a published draft attributed to Moscow ("The draft agreement
  Moscow published on December 17 would commit NATO ...") = Russia's demand,
  dated with the publication (curated convention).
- Narration is not labelled: leads, background history (Bucharest 2008, the
  2008 war, the 2016 Warsaw decision, constitutional amendments) and, in the
  AP explainer, the explainer's own summaries even where they describe a
  position ("In short, a Europe in which NATO stops where it is ...", "The
  alliance's 30 members also refuse to pull back the battlegroups ...").
  A noun phrase naming a demand ("Moscow's demand that ...") is not a
  statement by Moscow. "People familiar with the matter" with no named side
  are not speakers.
- Speakers: anonymous "senior administration official" -> united-states,
  "A White House official" -> white-house; ministries as organisations.
  Person ids are ASCII slugs of the full name (Edgars Rinkevics ->
  edgars-rinkevics).
- Speaker name: the words naming the speaker at that point ("the minister",
  "the diplomat", "The official"); a pronoun ("he", "she") is replaced by
  the nearest preceding name of that person (curated convention; batch 9
  kept the pronoun). The transcript speaker is "Maria Zakharova".
- Dates: the day the words were said, resolved against the publication date
  ("on Sunday" in a Monday 24 Jan piece -> 23 Jan; "a day earlier" than
  Wednesday 12 Jan -> 11 Jan; "two days later" than 10 Jan -> 12 Jan). A
  quotation or "According to X" sentence that continues a dated statement of
  the same occasion takes its date. No day in the text -> "" (analysts,
  Yermak, "said separately", Sherman "who led the delegation in Geneva").
- Bloomberg's unbalanced mark: the opening mark before "Our main concern" is
  never closed; the quotation is taken to end where the attribution
  ("Deputy Foreign Minister Sergei Ryabkov told ...") begins, comma kept.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

MZ = ("maria-zakharova", 1, "Maria Zakharova")
L["mid-2022-01-20-zakharova-briefing"] = [
 ("Tomorrow, January 21, Foreign Minister Sergey Lavrov will meet with US Secretary of State Antony Blinken in Geneva. The meeting was proposed by the American side. The ministers will take stock of the Russia-US consultations in Geneva on January 10, the Russia-NATO Council meeting in Brussels on January 12 and the OSCE Permanent Council session in Vienna on January 13. We will inform you of the results as soon as the talks are over.",) + MZ + ("", "", 1, "2022-01-20"),
 ("We need legally binding guarantees that NATO will not move further eastward and will not admit Ukraine or any other state.",) + MZ + ("written-legal-guarantees", "supports", 1, "2022-01-20"),
 ("We need legally binding guarantees that NATO will not move further eastward and will not admit Ukraine or any other state.",) + MZ + ("nato-non-expansion", "supports", 1, "2022-01-20"),
 ("We need legally binding guarantees that NATO will not move further eastward and will not admit Ukraine or any other state.",) + MZ + ("no-ukraine-membership", "supports", 1, "2022-01-20"),
 ("Equally, we insist that the United States and its allies do not deploy strike weapons systems near our borders, in the territories of states from which they could threaten Russia.",) + MZ + ("no-strike-weapons-near-borders", "supports", 1, "2022-01-20"),
 ("This is exactly what we have been saying since December. Without a clear answer on this key question, discussing everything else makes no sense.",) + MZ + ("nato-non-expansion", "supports", 1, "2022-01-20"),
 ("Russian troops are on Russian territory, and we will not discuss their movements on our own soil with anyone.",) + MZ + ("russia-de-escalation", "rejects", 1, "2022-01-20"),
 ("Nor will we accept preconditions for a dialogue that we ourselves proposed.",) + MZ + ("no-preconditions", "supports", 1, "2022-01-20"),
 ("If someone wants to see de-escalation, let them stop sending weapons and instructors to Ukraine.",) + MZ + ("no-military-activity-ex-soviet", "supports", 1, "2022-01-20"),
 ("The Bucharest declaration was a grave mistake, and its consequences became clear in August of the same year. The promise made there to Kiev and Tbilisi must be formally disavowed.",) + MZ + ("rescind-bucharest-2008", "supports", 1, "2022-01-20"),
 ("We have never refused to discuss intermediate-range missiles or restrictions on exercises. On the contrary, these ideas are in our own drafts, and we proposed a moratorium on intermediate-range missiles in Europe back in 2019.",) + MZ + ("no-intermediate-range-missiles", "supports", 1, "2022-01-20"),
 ("We have never refused to discuss intermediate-range missiles or restrictions on exercises. On the contrary, these ideas are in our own drafts, and we proposed a moratorium on intermediate-range missiles in Europe back in 2019.",) + MZ + ("limit-military-exercises", "supports", 1, "2022-01-20"),
]

L["civil-2022-01-13-bucharest-not-negotiable"] = [
 ("The Bucharest decision is final. Georgia will become a member of NATO, and no third country has a veto over that,", "irakli-garibashvili", 1, "Irakli Garibashvili", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("The Bucharest decision is final. Georgia will become a member of NATO, and no third country has a veto over that,", "irakli-garibashvili", 1, "Irakli Garibashvili", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("The Bucharest decision is final. Georgia will become a member of NATO, and no third country has a veto over that,", "irakli-garibashvili", 1, "Irakli Garibashvili", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Our cooperation with NATO, including the joint exercises held on Georgian soil, will continue, and it is not a subject of negotiations between Moscow and Washington,", "david-zalkaliani", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-11"),
 ("Our cooperation with NATO, including the joint exercises held on Georgian soil, will continue, and it is not a subject of negotiations between Moscow and Washington,", "david-zalkaliani", 1, "the minister", "limit-military-exercises", "rejects", 1, "2022-01-11"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov said in Geneva on Monday that Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that neither Ukraine nor Georgia would ever join the Alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("NATO Secretary General Jens Stoltenberg said after Wednesday's meeting that the Allies had reaffirmed the 2008 Bucharest decision in full.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("Moscow does not seriously believe NATO will tear up the Bucharest declaration. What it wants is for the West to admit, in front of everyone, that the promise was never meant to be kept,", "tamar-jorbenadze", 1, "Tamar Jorbenadze", "rescind-bucharest-2008", "mentions", 1, ""),
]

L["err-2022-01-24-baltics-allied-troops-stay"] = [
 ("The draft agreement Moscow published on December 17 would commit NATO not to station troops or weapons in any country that joined after May 27, 1997, beyond those already deployed there on that date – a list that includes all three Baltic states, which joined in 2004.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Estonia joined NATO as a full member, not as a member of some second category. Nobody in Moscow gets to decide which allied troops may be stationed on our territory,", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 1, "2022-01-23"),
 ("Defense Minister Kalle Laanet (Reform) told ERR News on Friday that Russia first had to withdraw the more than 100,000 troops it has massed near Ukraine before any talk of easing tensions in Europe could be credible.", "kalle-laanet", 1, "Kalle Laanet", "russia-de-escalation", "supports", 0, "2022-01-21"),
 ("Sending the allies home from Tapa would be the best possible present for the Kremlin, and we are not in the business of giving presents,", "kalle-laanet", 1, "the minister", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("He added that the Spring Storm (Kevadtorm) exercise, the Defense Forces' largest annual drill, would go ahead in May with allied units taking part, regardless of Russian objections.", "kalle-laanet", 1, "Kalle Laanet", "limit-military-exercises", "rejects", 0, "2022-01-21"),
 ("What Moscow is proposing is a new Yalta, with Europe carved up into spheres of influence. Lithuania has lived through one such arrangement already, and we will not live through another.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, "2022-01-24"),
 ("In an interview with Latvian Radio on Monday, Latvian Foreign Minister Edgars Rinkēvičs said Riga had no objection to Washington discussing limits on intermediate-range missiles and more transparency about military exercises with Moscow, as long as the allies were consulted at every step.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "no-intermediate-range-missiles", "mentions", 0, "2022-01-24"),
 ("In an interview with Latvian Radio on Monday, Latvian Foreign Minister Edgars Rinkēvičs said Riga had no objection to Washington discussing limits on intermediate-range missiles and more transparency about military exercises with Moscow, as long as the allies were consulted at every step.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "limit-military-exercises", "mentions", 0, "2022-01-24"),
]

L["wapo-2022-01-28-us-reply-analysis"] = [
 ("A senior administration official, who briefed reporters Wednesday on the condition of anonymity under ground rules set by the White House, said the reply proposed reciprocal transparency measures for military exercises in Europe and talks on where intermediate-range missiles could be based.", "united-states", 0, "A senior administration official", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("A senior administration official, who briefed reporters Wednesday on the condition of anonymity under ground rules set by the White House, said the reply proposed reciprocal transparency measures for military exercises in Europe and talks on where intermediate-range missiles could be based.", "united-states", 0, "A senior administration official", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The official said the United States had not agreed to keep its warships and bombers out of international waters and airspace near Russia, calling that idea “a nonstarter.”", "united-states", 0, "The official", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("A White House official said separately that the reply also proposed restoring the channels between the Pentagon and the Russian General Staff, which have been largely silent since Russia’s annexation of Crimea in 2014.", "white-house", 0, "A White House official", "resume-military-dialogue", "supports", 0, ""),
 ("The administration has answered the questions it wanted to answer. It has not answered the one Putin actually asked, which is whether NATO will ever stop growing,", "rachel-ostrowski", 1, "Rachel Ostrowski", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow asked for a legally binding promise that Ukraine would never join NATO, and what it got was a polite letter explaining why that is impossible,", "andrei-vetrov", 1, "Andrei Vetrov", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow asked for a legally binding promise that Ukraine would never join NATO, and what it got was a polite letter explaining why that is impossible,", "andrei-vetrov", 1, "Andrei Vetrov", "no-ukraine-membership", "mentions", 1, ""),
 ("If Russia is serious about diplomacy, the first thing it can do is pull back the troops it has massed on Ukraine’s border,", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("He will let the diplomats talk for a few more weeks, because silence is also a form of pressure,", "andrei-vetrov", 1, "Vetrov", "", "", 1, ""),
]

L["interfax-ukraine-2021-12-20-kyiv-rejects-drafts"] = [
 ("KYIV. Dec 20 (Interfax-Ukraine) – The Ministry of Foreign Affairs of Ukraine said in a statement on Saturday that Russia has no right to decide on relations between Ukraine and NATO, responding to the draft documents on security guarantees published by the Russian Foreign Ministry on December 17.", "ukrainian-foreign-ministry", 0, "The Ministry of Foreign Affairs of Ukraine", "nato-open-door", "supports", 0, "2021-12-18"),
 ("KYIV. Dec 20 (Interfax-Ukraine) – The Ministry of Foreign Affairs of Ukraine said in a statement on Saturday that Russia has no right to decide on relations between Ukraine and NATO, responding to the draft documents on security guarantees published by the Russian Foreign Ministry on December 17.", "ukrainian-foreign-ministry", 0, "The Ministry of Foreign Affairs of Ukraine", "no-ukraine-membership", "rejects", 0, "2021-12-18"),
 ("Russia's demand to ban any military cooperation between Ukraine and NATO member states is an attempt to legalize its aggression against our state and to return Europe to the era of spheres of influence,", "ukrainian-foreign-ministry", 0, "the ministry", "no-military-activity-ex-soviet", "rejects", 1, "2021-12-18"),
 ("Nobody in the world will tell Ukraine whom to be friends with and which alliance to join,", "oleksiy-danilov", 1, "Oleksiy Danilov", "nato-open-door", "supports", 1, "2021-12-20"),
 ("Nobody in the world will tell Ukraine whom to be friends with and which alliance to join,", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-ukraine-membership", "rejects", 1, "2021-12-20"),
 ("According to Danilov, the Russian troops concentrated near Ukraine's borders must be withdrawn before any talks on \"guarantees\" can be taken seriously.", "oleksiy-danilov", 1, "Danilov", "russia-de-escalation", "supports", 0, "2021-12-20"),
 ("The decision of the Bucharest summit is not a relic of history. It is a commitment of the Alliance to Ukraine, and we expect the Alliance to honor it,", "dmytro-kuleba", 1, "the minister", "rescind-bucharest-2008", "rejects", 1, "2021-12-19"),
 ("the sovereignty and territorial integrity of Ukraine are not a subject of anyone's bargaining.", "andriy-yermak", 1, "Andriy Yermak", "", "", 1, ""),
]

L["bloomberg-2022-01-27-kremlin-reply-concerns"] = [
 ("It cannot be said that our considerations were taken into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("Our main concern, that NATO must not expand any further to the east, has not been addressed,", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("He said the U.S. reply contained elements on intermediate-range missiles and on the transparency of military exercises that could become the basis for “a serious conversation,” though only on what Moscow regards as secondary issues.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("He said the U.S. reply contained elements on intermediate-range missiles and on the transparency of military exercises that could become the basis for “a serious conversation,” though only on what Moscow regards as secondary issues.", "sergei-ryabkov", 1, "Sergei Ryabkov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("Any attempt to make further talks conditional on a pullback of Russian forces from the Ukrainian border would be rejected, the diplomat noted.", "sergei-ryabkov", 1, "the diplomat", "no-preconditions", "supports", 0, "2022-01-27"),
 ("Any attempt to make further talks conditional on a pullback of Russian forces from the Ukrainian border would be rejected, the diplomat noted.", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("NATO Secretary-General Jens Stoltenberg said Wednesday the alliance’s separate reply proposed reopening NATO’s and Russia’s missions in each other’s capitals and setting up military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
]

L["ap-2022-01-18-explainer-what-russia-wants"] = [
 ("We need guarantees, and we need them now. They must be legally binding, not words that can be forgotten the next day,", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Are we deploying missiles near the U.S. border? No. It is the United States that has come to our doorstep with its missiles.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("At the NATO-Russia Council two days later, Deputy Foreign Minister Alexander Grushko said NATO warships and aircraft must stop operating in areas from which they can strike Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, ""),
 ("There will not be first- and second-class members of this alliance. Allies who joined after 1997 have the same right to be defended as everyone else,", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
]

write_gold(L, "articles-13", "gold-13")
