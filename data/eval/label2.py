#!/usr/bin/env python3
"""Writes the second held-out gold (gold-2/*.nq) from the labels below.

This second batch was written and labelled after the first batch had been
scored and the extractor fixed, so that the fixed extractor is measured once
more on text it has never seen.

The labels were written by hand, from reading the articles, before the
extractor was ever run on them. Each label names its evidence by a unique
substring of the article; this script only turns it into code-point offsets
(into the whole file, BOM and front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["wire-2022-01-09-sullivan-preview"] = [
 ("National security adviser Jake Sullivan said Sunday the United States would not discuss the future of NATO enlargement with Moscow behind the backs of its allies.", "jake-sullivan", 1, "Jake Sullivan", "nato-non-expansion", "rejects", 0, "2022-01-09"),
 ("We're not going to negotiate the security of Europe without our European allies,", "jake-sullivan", 1, "Sullivan", "", "", 1, "2022-01-09"),
 ("He added that Washington was prepared to talk about where offensive missiles are placed and about the scope of exercises, if Russia does the same.", "jake-sullivan", 1, "Sullivan", "no-intermediate-range-missiles", "mentions", 0, "2022-01-09"),
 ("He added that Washington was prepared to talk about where offensive missiles are placed and about the scope of exercises, if Russia does the same.", "jake-sullivan", 1, "Sullivan", "limit-military-exercises", "mentions", 0, "2022-01-09"),
 ("Kremlin spokesman Dmitry Peskov said on Saturday that Moscow expected the talks to produce \"concrete results\" and that Russia would not accept any attempt to delay them.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 0, "2022-01-08"),
 ("Andrei Kortunov, director general of the Russian International Affairs Council, said the two sides were still far apart.", "andrei-kortunov", 1, "Andrei Kortunov", "", "", 0, ""),
 ("The Kremlin wants a guarantee that Ukraine will never be admitted to NATO, and Washington cannot give that,", "andrei-kortunov", 1, "Kortunov", "no-ukraine-membership", "mentions", 1, ""),
]
L["aggregator-2022-01-19-baerbock-lavrov"] = [
 ("After the talks the minister declared that Russia waits from the West the answer on the project of the treaty on the security guarantees, first of all on the non-expansion of the alliance to the east.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("We are not threatening anybody, but we hear threats addressed to us,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-18"),
 ("Baerbock, in her turn, said that Germany is ready for serious dialogue, but that the principles of the Helsinki Final Act, including the free choice of alliances, are not negotiable.", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 0, "2022-01-18"),
 ("According to her, the deployment of one hundred thousand Russian soldiers near the Ukrainian border must be ended.", "annalena-baerbock", 1, "Baerbock", "russia-de-escalation", "supports", 0, "2022-01-18"),
 ("The political scientist Fyodor Lukyanov thinks, that the meeting did not change anything.", "fyodor-lukyanov", 1, "Fyodor Lukyanov", "", "", 0, ""),
]
L["nato-2022-01-12-stoltenberg-press-conference"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was not an easy discussion, but that is exactly why this meeting was so important.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia on these issues.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies reaffirmed that each nation has the right to choose its own path.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine becomes a NATO member.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine becomes a NATO member.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We called on Russia to immediately de-escalate the situation along Ukraine's borders.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We also proposed a series of meetings on arms control, including on missiles, and on transparency and risk reduction around military exercises.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("We also proposed a series of meetings on arms control, including on missiles, and on transparency and risk reduction around military exercises.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("Russia was not in a position to agree to a new schedule of meetings today. But Allies are ready to meet again.", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, "2022-01-12"),
]

write_gold(L, "articles-2", "gold-2")
