#!/usr/bin/env python3
"""Writes the thirty-fifth held-out gold (gold-35/*.nq) from the labels below.

Batch 35 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later
(only DESIGN.md, the curated gold, batch 9 and goldlib.py as format examples).

Outlets and forms (seven invented but plausible articles):
- ap-2022-01-19-blinken-kyiv: AP wire story, Blinken's visit to Kyiv on 19 January
  (straight quotes, "said X" inversion, anonymous senior U.S. official, an MP).
- tass-2022-01-28-ryabkov-us-response: TASS item on a Ryabkov interview, quotations
  in « », two-sentence quotations, "the diplomat" / "the deputy minister" back-references.
- fp-2022-02-03-what-the-west-offered: Foreign Policy analysis, curly quotes, unnamed
  NATO/Polish/EU diplomats, one named former official, 1990 Baker and 1997 Founding
  Act background.
- chathamhouse-2022-01-14-russia-week-of-talks: Chatham House expert comment by an
  invented researcher (single straight quotes, cookie banner, share bar, footer links).
- nato-2022-02-03-geoana-black-sea-conference: NATO speech page, the page being
  Mircea Geoana's own remarks (no quote marks for his own words).
- lrt-2022-01-27-nauseda-written-answers: LRT English item on Nauseda's reaction;
  UTF-8 BOM and CRLF line ends, photo credit, share bar, "Read more".
- kyivindependent-2022-01-26-live: Kyiv Independent live-updates page, no front matter
  (id = file name, date only in the page's dateline), timestamps and site junk.

Labelling conventions (after the curated gold and label9.py):
- One label per (speaker, demand) a passage expresses; a sentence naming two
  speakers (e.g. "X rejected Russia's call for ...") gives a label to each.
- Direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "he said" is two spans; a
  two-sentence quotation without interruption is one span.
- Reported speech: the whole sentence is the evidence, direct 0. A short quoted
  fragment inside a reported sentence is covered by the sentence's label; if the
  fragment has six or more words and is about none of the demands it also gets
  its own demand-less label.
- Stance: supports / rejects by the speaker's position; mentions when the speaker
  only reports, asks about or offers to discuss a demand.
- Every direct quotation of six or more words about none of the demands gets one
  demand-less label (demand "", stance ""). Reported speech about no demand gets
  no label, nor do headlines or link teasers that name no demand.
- Historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008) is not
  a statement; words quoted from documents (Founding Act, Helsinki Final Act) are
  not labelled. A paraphrase of what Russia's draft treaties demand is Russia's
  position (speaker russia, or russian-foreign-ministry when the ministry is named).
- Speech page and expert comment: the speaker's/author's own unquoted sentences
  that take a position on a demand are labelled with the sentence as evidence,
  direct 0 (there are no quote marks), speaker = the speech-giver / byline author,
  dated with the speech / publication; their sentences on no demand get no label.
- Speaker ids: person slugs (firstname-lastname, ASCII-folded); the Kremlin and
  "Moscow" -> russia, "Washington" and anonymous U.S. officials -> united-states,
  anonymous NATO diplomats -> nato, a senior EU official -> european-union, a Polish
  diplomat -> poland. Speaker name: the words naming the speaker at that point
  (pronouns and role nouns as written; a byline or title line for speech/comment).
- Dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["ap-2022-01-19-blinken-kyiv"] = [
 ("U.S. Secretary of State Antony Blinken warned Wednesday that Russia could launch a new attack on Ukraine \"on very short notice\" and urged President Vladimir Putin to pull back the roughly 100,000 troops massed near Ukraine's borders and choose the path of diplomacy.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-01-19"),
 ("We will not go back to a world of spheres of influence. Whether Ukraine one day joins NATO is for Ukrainians and the 30 allies to decide, not for anyone in Moscow,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-19"),
 ("We will not go back to a world of spheres of influence. Whether Ukraine one day joins NATO is for Ukrainians and the 30 allies to decide, not for anyone in Moscow,", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("I strongly, strongly hope that we can keep this on a diplomatic path, but ultimately it's President Putin's decision,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-19"),
 ("see if there is a diplomatic path forward.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-19"),
 ("The strength of our partners is the best guarantee that diplomacy still has a chance,", "dmytro-kuleba", 1, "the minister", "", "", 1, "2022-01-19"),
 ("He repeated that Russia needs legally binding guarantees that NATO will not move any closer to its borders.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-19"),
 ("He repeated that Russia needs legally binding guarantees that NATO will not move any closer to its borders.", "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-19"),
 ("A senior U.S. official, briefing reporters on condition of anonymity on the flight to Kyiv on Tuesday, said Washington was prepared to discuss reciprocal limits on military exercises and on where missiles can be placed in Europe, ideas first raised with Russian negotiators in Geneva on Jan. 10.", "united-states", 0, "A senior U.S. official", "limit-military-exercises", "mentions", 0, "2022-01-18"),
 ("A senior U.S. official, briefing reporters on condition of anonymity on the flight to Kyiv on Tuesday, said Washington was prepared to discuss reciprocal limits on military exercises and on where missiles can be placed in Europe, ideas first raised with Russian negotiators in Geneva on Jan. 10.", "united-states", 0, "A senior U.S. official", "no-intermediate-range-missiles", "mentions", 0, "2022-01-18"),
 ("But there is not going to be any conversation about rolling NATO back to where it stood in 1997,", "united-states", 0, "the official", "rollback-to-1997", "rejects", 1, "2022-01-18"),
 ("Words are good, but words do not shoot down cruise missiles,", "ivanna-tkachuk", 1, "Ivanna Tkachuk", "", "", 1, ""),
]
L["tass-2022-01-28-ryabkov-us-response"] = [
 ("The main thing for us is a clear answer on the non-expansion of NATO and on the non-deployment of strike weapons systems near our borders. There is no positive reaction on these key points in the American document", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main thing for us is a clear answer on the non-expansion of NATO and on the non-deployment of strike weapons systems near our borders. There is no positive reaction on these key points in the American document", "sergei-ryabkov", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("We are not going to be satisfied with talk of a moratorium for five or ten years. We need legally binding guarantees that Ukraine and Georgia will never become members of the alliance", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("We are not going to be satisfied with talk of a moratorium for five or ten years. We need legally binding guarantees that Ukraine and Georgia will never become members of the alliance", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("He said that Moscow was ready to discuss restrictions on military exercises and a mutual renunciation of deploying ground-launched intermediate- and shorter-range missiles in Europe.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("He said that Moscow was ready to discuss restrictions on military exercises and a mutual renunciation of deploying ground-launched intermediate- and shorter-range missiles in Europe.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("We will study all this carefully, but we will not trade the main things for secondary ones", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, "2022-01-27"),
 ("The diplomat also said that Russia insists on the renunciation by the United States of any military activity on the territory of former Soviet republics that are not members of NATO, including the creation of military bases there.", "sergei-ryabkov", 1, "The diplomat", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("No, I would not say so. But the time for endless consultations has passed, and the final word on how we proceed belongs to the president", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-27"),
 ("no need to rush to conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("a reaction that allows us to count on the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("Foreign Minister Sergei Lavrov said on Thursday that the US document contained «a reaction that allows us to count on the start of a serious conversation on secondary issues», but that the main question, the non-expansion of NATO to the east, had received no positive answer.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
]
L["fp-2022-02-03-what-the-west-offered"] = [
 ("According to the leaked copy, Washington offered to negotiate reciprocal limits on the scale of military exercises near borders and a new arrangement on ground-launched intermediate-range missiles, a category of weapons banned under the INF Treaty until the United States withdrew from it in 2019, citing Russian violations.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("According to the leaked copy, Washington offered to negotiate reciprocal limits on the scale of military exercises near borders and a new arrangement on ground-launched intermediate-range missiles, a category of weapons banned under the INF Treaty until the United States withdrew from it in 2019, citing Russian violations.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("We gave them everything we could give without closing the door on Ukraine,", "nato", 0, "one senior NATO diplomat", "nato-open-door", "supports", 1, ""),
 ("We gave them everything we could give without closing the door on Ukraine,", "nato", 0, "one senior NATO diplomat", "no-ukraine-membership", "rejects", 1, ""),
 ("For us, 1997 is not a negotiable date. It is the year we were finally invited in,", "poland", 0, "the diplomat", "rollback-to-1997", "rejects", 1, ""),
 ("The Russians asked us to pull NATO back to its 1997 lines, and they knew they would never get it,", "daniel-hoskins", 1, "Daniel Hoskins", "rollback-to-1997", "mentions", 1, ""),
 ("The real question is whether they wanted a deal at all, or a pretext.", "daniel-hoskins", 1, "Daniel Hoskins", "", "", 1, ""),
 ("After talks in Moscow with Hungarian Prime Minister Viktor Orbán, he said the West had ignored Russia’s fundamental concerns: the non-expansion of NATO, the refusal to deploy strike weapons near Russia’s borders, and the return of the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("After talks in Moscow with Hungarian Prime Minister Viktor Orbán, he said the West had ignored Russia’s fundamental concerns: the non-expansion of NATO, the refusal to deploy strike weapons near Russia’s borders, and the return of the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("After talks in Moscow with Hungarian Prime Minister Viktor Orbán, he said the West had ignored Russia’s fundamental concerns: the non-expansion of NATO, the refusal to deploy strike weapons near Russia’s borders, and the return of the alliance’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("I hope we will eventually find a solution, although we understand it will not be easy,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("It is an invitation to answer one by one, so that Moscow can quote whichever answer suits it,", "european-union", 0, "the official", "", "", 1, ""),
 ("Nobody in this building thinks a letter will change Putin’s mind,", "nato", 0, "another NATO diplomat", "", "", 1, ""),
]
L["chathamhouse-2022-01-14-russia-week-of-talks"] = [
 ("After nearly eight hours of talks with US Deputy Secretary of State Wendy Sherman on 10 January, Deputy Foreign Minister Sergei Ryabkov told reporters that Russia needed guarantees 'in writing and legally binding' that Ukraine would never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("After nearly eight hours of talks with US Deputy Secretary of State Wendy Sherman on 10 January, Deputy Foreign Minister Sergei Ryabkov told reporters that Russia needed guarantees 'in writing and legally binding' that Ukraine would never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("It is absolutely mandatory for us that Ukraine never, ever becomes a member of the alliance,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Sherman, for her part, said Washington had 'firmly pushed back on security proposals that are simply non-starters', among them any bar on Ukraine joining the alliance.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("In Brussels on 12 January, NATO Secretary General Jens Stoltenberg acknowledged 'significant differences' between the allies and Russia and said the alliance would not compromise on the right of every nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("If NATO treats our proposals as a menu from which it can choose the dishes it likes, we will ensure our security by other means,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("The key to everything is a guarantee that NATO will not expand eastward,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("NATO cannot accept a formal ban on enlargement, and it should not pretend otherwise in order to keep the talks alive.", "anya-morrell", 1, "Dr Anya Morrell", "nato-non-expansion", "rejects", 0, "2022-01-14"),
 ("Reciprocal limits on ground-launched intermediate-range missiles in Europe would serve the allies' security as much as Russia's, and the same is true of caps on the size of exercises held close to borders.", "anya-morrell", 1, "Dr Anya Morrell", "no-intermediate-range-missiles", "supports", 0, "2022-01-14"),
 ("Reciprocal limits on ground-launched intermediate-range missiles in Europe would serve the allies' security as much as Russia's, and the same is true of caps on the size of exercises held close to borders.", "anya-morrell", 1, "Dr Anya Morrell", "limit-military-exercises", "supports", 0, "2022-01-14"),
]
L["nato-2022-02-03-geoana-black-sea-conference"] = [
 ("I call on Russia to de-escalate, to pull back its forces and to choose the path of dialogue.", "mircea-geoana", 1, "Mircea Geoană", "russia-de-escalation", "supports", 0, "2022-02-03"),
 ("We have proposed to re-establish our respective offices in Moscow and Brussels and to restore regular contacts between our militaries, so that incidents and accidents do not spiral out of control.", "mircea-geoana", 1, "Mircea Geoană", "resume-military-dialogue", "supports", 0, "2022-02-03"),
 ("We are ready to discuss arms control, including reciprocal limits on intermediate-range missiles in Europe.", "mircea-geoana", 1, "Mircea Geoană", "no-intermediate-range-missiles", "mentions", 0, "2022-02-03"),
 ("NATO is a defensive alliance, and we do not seek confrontation with anyone.", "jens-stoltenberg", 1, "the Secretary General", "", "", 1, ""),
 ("We will not compromise on the right of every nation to choose its own path.", "mircea-geoana", 1, "Mircea Geoană", "nato-open-door", "supports", 0, "2022-02-03"),
 ("That decision stands.", "mircea-geoana", 1, "Mircea Geoană", "rescind-bucharest-2008", "rejects", 0, "2022-02-03"),
 ("There will be no rolling back of our presence from the countries that joined after 1997.", "mircea-geoana", 1, "Mircea Geoană", "rollback-to-1997", "rejects", 0, "2022-02-03"),
 ("Russia's draft treaty would have our ships and aircraft stay out of areas from which they could reach Russian territory.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Allied ships and aircraft will continue to sail and fly wherever international law allows.", "mircea-geoana", 1, "Mircea Geoană", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-02-03"),
]
L["lrt-2022-01-27-nauseda-written-answers"] = [
 ("Lithuanian President Gitanas Nausėda on Thursday welcomed the written replies the United States and NATO handed to Moscow, saying the allies had stood firm on the principle that every country is free to choose its alliances.", "gitanas-nauseda", 1, "Gitanas Nausėda", "nato-open-door", "supports", 0, "2022-01-27"),
 ("I am glad that our allies did not give in to blackmail. There are no first-class and second-class members in NATO, and there will be no return to 1997,", "gitanas-nauseda", 1, "Nausėda", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Under the draft agreement Moscow published in December, NATO would have to withdraw forces and weapons deployed on the territory of states that joined after May 1997 – a group that includes all three Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Our answer to the Russian threat is a stronger allied presence on the eastern flank, including a permanent US military presence in Lithuania,", "gitanas-nauseda", 1, "the president", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Nausėda also called Russia's demand that Ukraine be barred from NATO for good “unacceptable”, saying it was for Kyiv and the allies alone to decide.", "gitanas-nauseda", 1, "Nausėda", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("Nausėda also called Russia's demand that Ukraine be barred from NATO for good “unacceptable”, saying it was for Kyiv and the allies alone to decide.", "gitanas-nauseda", 1, "Nausėda", "nato-open-door", "supports", 0, "2022-01-27"),
 ("Nausėda also called Russia's demand that Ukraine be barred from NATO for good “unacceptable”, saying it was for Kyiv and the allies alone to decide.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia will now pick out the answers it likes and pretend the rest were never written,", "gabrielius-landsbergis", 1, "he", "", "", 1, "2022-01-26"),
 ("We can talk to Moscow about exercises and transparency, but only when its troops go back to their barracks,", "arunas-gudaitis", 1, "Gudaitis", "limit-military-exercises", "mentions", 1, ""),
 ("We can talk to Moscow about exercises and transparency, but only when its troops go back to their barracks,", "arunas-gudaitis", 1, "Gudaitis", "russia-de-escalation", "supports", 1, ""),
 ("The danger is not that NATO says yes to Russia. The danger is that the talking drags on for months while Moscow keeps everyone guessing,", "tomas-rimkevicius", 1, "he", "", "", 1, ""),
]
L["kyivindependent-2022-01-26-live"] = [
 ("U.S. Secretary of State Antony Blinken said the written response, handed to Russia's Foreign Ministry by Ambassador John Sullivan, reaffirms \"core principles that we are committed to uphold and defend,\" including the right of every country to choose its own alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("core principles that we are committed to uphold and defend,", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said the alliance had sent Russia its own written proposals on Wednesday, including reopening the NATO and Russian missions that were closed last year and restoring channels of communication between the militaries.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("Stoltenberg also rejected Russia's call for NATO to remove troops and infrastructure from the allies that joined after 1997.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Stoltenberg also rejected Russia's call for NATO to remove troops and infrastructure from the allies that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There is not a single word in it that contradicts Ukraine's position,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 ("Everything is written in our proposals: NATO must not expand further, and weapons that threaten us must not be deployed near our borders,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("Everything is written in our proposals: NATO must not expand further, and weapons that threaten us must not be deployed near our borders,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-26"),
 ("We agreed to meet again in two weeks in Berlin, and that is already a signal,", "andriy-yermak", 1, "Yermak", "", "", 1, "2022-01-26"),
 ("Neutrality did not protect us in 2014, and it will not protect us now,", "iryna-samoilenko", 1, "she", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Kremlin spokesman Dmitry Peskov said Moscow would study the responses carefully but would not be satisfied with one that ignored its demand for guarantees that NATO will not expand.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-26"),
]

write_gold(L, "articles-35", "gold-35")
