#!/usr/bin/env python3
"""Writes the thirty-fourth held-out gold (gold-34/*.nq) from the labels below.

Batch 34 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.

Outlets and forms (all seven articles are invented but plausible):
- Reuters wire story on Russia's reply of 17 February 2022 to the US answers
  (straight quotes, a quotation from the document itself, background history);
- Kremlin transcript of Putin's meeting with Lavrov on 14 February 2022
  ("Vladimir Putin:" / "Sergei Lavrov:" turns, no journalists), no front
  matter: the id is the file name and the date is in the page header;
- Ukrinform story with Ukrainian officials (Kuleba, Danilov, Reznikov, an MP),
  saved with a UTF-8 BOM and CRLF line ends, "Read also" links;
- Bloomberg Opinion column by an invented columnist quoting two people (a
  former Estonian ambassador and a Moscow analyst), curly quotes, share
  buttons, disclaimer and related-column links;
- Hungary Today story on Orbán's visit to Moscow on 1 February 2022, curly
  quotes, cookie banner, photo credit, tags and share links;
- US Mission to the OSCE statement page: Ambassador Michael Carpenter's
  remarks to the Permanent Council, 20 January 2022 (first person, no quote
  marks around his own words, a quotation from the Istanbul Charter);
- France 24 story on Macron's call with Putin on 28 January 2022, quotations
  in « » (one straight-quoted fragment), "said X" inversion.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (those of the curated gold and of label9.py):
- One label per (speaker, demand) that a passage expresses; a passage naming
  three demands gets three labels with the same evidence.
- Direct quotations: the evidence is the words between the marks (« » marks
  and the spaces inside them excluded, punctuation inside straight/curly marks
  kept), direct 1; a quotation spanning two sentences is one span. Reported
  speech: the whole sentence, direct 0.
- Stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports, asks about or offers to discuss a demand (US offers to
  negotiate missiles or exercises, Lavrov's "ideas we can work with",
  Orbán's "not on the agenda"). Refusing Russia a veto on enlargement =
  nato-open-door supports (plus rejects no-ukraine-membership when Ukraine is
  named, rejects nato-non-expansion when the door as such is named); Russia's
  "indivisible security" argument against the freedom to choose alliances =
  rejects nato-open-door.
- A short quotation whose "that"/"this" points to a demand named in the
  sentence before (Peskov's "Without a clear answer on that") carries that
  demand.
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""). Shorter quoted fragments
  ("very high", "absurd", "in isolation", "panic") get no label of their own;
  the sentence around them is labelled as reported speech if it states a
  demand. Reported speech about no demand gets no label.
- First-person texts (the Kremlin transcript, the OSCE statement): the
  speaker's own words are direct 1 with the sentence(s) as evidence; each
  paragraph is a passage, and a paragraph of six or more words that names none
  of the demands gets one demand-less label with the whole paragraph as
  evidence. Greetings and "Good. Agreed." get none. The Kremlin page's
  narration ("The Foreign Minister briefed the President ...") is not a
  statement.
- Not labelled: historical background (Baker 1990, the 1997 Founding Act,
  Bucharest 2008, accession dates), words quoted from documents (Russia's
  reply of 17 February, the Istanbul Charter, the Founding Act, the Bucharest
  declaration), the columnist's and reporters' own voice, headlines and site
  furniture, Szijjártó's remark on NATO troops in Hungary (not a demand of the
  vocabulary).
- Content of Russia's documents reported without quotation marks ("In the
  11-page document, Moscow said ...", "In its drafts, Moscow asked for ...")
  is Russia's statement (speaker russia), dated with the document.
- Speaker ids: slug of the full name for people; institutions map to their
  country or listed actor (the Kremlin -> russia, "the ministry" of Russia ->
  russian-foreign-ministry, a State Department spokesperson ->
  us-state-department, a senior EU official -> european-union, an Élysée
  official -> france). Speaker name: the words naming the speaker at that
  point, pronouns and role nouns as written ("he", "It", "the minister",
  "the MP", "the Russian president").
- Dates: the day the words were said, resolved against the publication date
  ("on Wednesday", "the next day", "later in the day"); "" when the text gives
  no day (analysts and people quoted "this week" or without a day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["reuters-2022-02-17-russia-reply-us"] = [
 ("Russia told the United States on Thursday it would be forced to take unspecified \"military-technical measures\" if Washington refused to give it legally binding guarantees on European security, as Moscow also expelled the second-ranking U.S. diplomat in the country.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2022-02-17"),
 ("In the 11-page document, Moscow said the United States had failed to respond constructively to the core of the package it put forward in December: a halt to NATO's eastward expansion, a pullback of alliance forces and infrastructure to where they stood in 1997, and a ban on deploying strike weapons near Russia's borders.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2022-02-17"),
 ("In the 11-page document, Moscow said the United States had failed to respond constructively to the core of the package it put forward in December: a halt to NATO's eastward expansion, a pullback of alliance forces and infrastructure to where they stood in 1997, and a ban on deploying strike weapons near Russia's borders.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2022-02-17"),
 ("In the 11-page document, Moscow said the United States had failed to respond constructively to the core of the package it put forward in December: a halt to NATO's eastward expansion, a pullback of alliance forces and infrastructure to where they stood in 1997, and a ban on deploying strike weapons near Russia's borders.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2022-02-17"),
 ("It repeated Moscow's demand that Western countries stop supplying weapons to Ukraine, withdraw all military advisers and instructors from the country and halt joint drills with Ukrainian forces.", "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, "2022-02-17"),
 ("The ministry said Russia was prepared to keep discussing the U.S. ideas on intermediate-range missiles, but only together with its main demands and not \"in isolation\".", "russian-foreign-ministry", 0, "The ministry", "no-intermediate-range-missiles", "mentions", 0, "2022-02-17"),
 ("This was unprovoked and we view it as an escalatory step, and we are considering our response,", "us-state-department", 0, "a State Department spokesperson", "", "", 1, ""),
 ("Every indication we have is they're prepared to go into Ukraine,", "joe-biden", 1, "Biden", "", "", 1, "2022-02-17"),
 ("sending your troops, your tanks and your planes back to their barracks and hangars.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-17"),
 ("Earlier on Thursday, Kremlin spokesman Dmitry Peskov said the central question for Russia remained whether NATO would give up its plans to take in Ukraine.", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, "2022-02-17"),
 ("Without a clear answer on that, everything else is secondary,", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2022-02-17"),
 ("Moscow has now put its objections on the record twice, in December and today. The letter reads like a closing argument rather than an opening bid,", "alina-prokhorova", 1, "Alina Prokhorova", "", "", 1, ""),
 ("a signal, not a negotiating position", "alina-prokhorova", 1, "She", "", "", 1, ""),
]

L["kremlin-2022-02-14-putin-lavrov-meeting"] = [
 ("In December, we put forward our proposals on security guarantees to the United States and to NATO. You know that we received their answers at the end of January, and since then our colleagues in Europe and across the ocean have been calling almost every day. I would like to hear your assessment. Is there a chance to reach agreement with our partners on the key issues that concern us, or is all this an attempt to drag us into an endless negotiating process on matters that do not go to the heart of the problem?", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-14"),
 ("As the head of the Foreign Ministry, I must say that there is always a chance.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-02-14"),
 ("The heart of our proposals has not changed: NATO must not expand further to the east, strike weapons that threaten our territory must not be deployed near our borders, and the alliance's military infrastructure must be returned to the configuration of 1997, when the Founding Act was signed.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-02-14"),
 ("The heart of our proposals has not changed: NATO must not expand further to the east, strike weapons that threaten our territory must not be deployed near our borders, and the alliance's military infrastructure must be returned to the configuration of 1997, when the Founding Act was signed.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-02-14"),
 ("The heart of our proposals has not changed: NATO must not expand further to the east, strike weapons that threaten our territory must not be deployed near our borders, and the alliance's military infrastructure must be returned to the configuration of 1997, when the Founding Act was signed.", "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 1, "2022-02-14"),
 ("They concern intermediate- and shorter-range missiles and limits on military exercises, and there are some proposals on reducing military risks.", "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "mentions", 1, "2022-02-14"),
 ("They concern intermediate- and shorter-range missiles and limits on military exercises, and there are some proposals on reducing military risks.", "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "mentions", 1, "2022-02-14"),
 ("The freedom to choose alliances is only half of what was agreed in Istanbul in 1999 and in Astana in 2010. The other half says that no state may strengthen its security at the expense of the security of others, and this half is simply being ignored.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 1, "2022-02-14"),
 ("That is why, at the end of January, I sent letters to my counterparts in all the OSCE countries asking each of them how they understand this obligation. So far we have received only a collective answer on behalf of the European Union and NATO, which is not what we asked for.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-02-14"),
 ("NATO must not move further to the east, and Ukraine must not be drawn into the alliance.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-02-14"),
 ("NATO must not move further to the east, and Ukraine must not be drawn into the alliance.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2022-02-14"),
 ("And whatever we agree on must be set down in legally binding documents.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 1, "2022-02-14"),
 ("Our response to the American side is almost ready; it runs to about ten pages. I would propose that we continue and step up our work.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-02-14"),
]

L["ukrinform-2022-01-27-kuleba-us-response"] = [
 ("We saw the American response before it was handed over to the Russian side, and we have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("The open-door policy of NATO is not a subject of bargaining with Russia. Only Ukraine and the Allies will decide when Ukraine becomes a member,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The open-door policy of NATO is not a subject of bargaining with Russia. Only Ukraine and the Allies will decide when Ukraine becomes a member,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("Kuleba stressed that Ukraine's defense cooperation with its partners, including deliveries of weapons and the work of Western instructors in Ukraine, would continue regardless of what Moscow demanded.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("Secretary of the National Security and Defense Council Oleksiy Danilov said on Wednesday evening that Russia's demand for NATO to withdraw its forces and infrastructure to the lines of 1997 was \"absurd\" and would never be accepted by the Allies.", "oleksiy-danilov", 1, "Oleksiy Danilov", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("The Russians are trying to frighten us, and we are not going to be frightened,", "oleksiy-danilov", 1, "he", "", "", 1, "2022-01-26"),
 ("As of today, there are no grounds to believe that the Russian Federation will launch an offensive in the coming days. Do not panic,", "oleksii-reznikov", 1, "he", "", "", 1, "2022-01-25"),
 ("The minister added that the best proof of Moscow's good intentions would be to withdraw its troops from Ukraine's borders to their permanent bases.", "oleksii-reznikov", 1, "The minister", "russia-de-escalation", "supports", 0, "2022-01-25"),
 ("Russia wants the West to turn the clock back to 1997 and to shut NATO's door on Ukraine for good. Neither is going to happen,", "mykola-tkachenko", 1, "the MP", "rollback-to-1997", "rejects", 1, ""),
 ("Russia wants the West to turn the clock back to 1997 and to shut NATO's door on Ukraine for good. Neither is going to happen,", "mykola-tkachenko", 1, "the MP", "no-ukraine-membership", "rejects", 1, ""),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
]

L["bloomberg-2022-01-28-putin-drafts-column"] = [
 ("Secretary of State Antony Blinken said on Wednesday that the U.S. response, delivered in Moscow by Ambassador John Sullivan, left NATO’s open door exactly where it was.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Sergei Lavrov, Russia’s foreign minister, replied the next day that there was no positive answer on “the main question” — NATO’s expansion to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("In its drafts, Moscow asked for things no American administration could give: a promise that Ukraine would never join NATO, a pullback of allied forces from every country that entered the alliance after 1997, and an end to U.S. military cooperation with former Soviet republics outside it.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("In its drafts, Moscow asked for things no American administration could give: a promise that Ukraine would never join NATO, a pullback of allied forces from every country that entered the alliance after 1997, and an end to U.S. military cooperation with former Soviet republics outside it.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("In its drafts, Moscow asked for things no American administration could give: a promise that Ukraine would never join NATO, a pullback of allied forces from every country that entered the alliance after 1997, and an end to U.S. military cooperation with former Soviet republics outside it.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("If the price of a deal is pulling the battle group out of Tapa, there is no deal. Moscow knows that perfectly well.", "tiit-kaasik", 1, "Tiit Kaasik", "rollback-to-1997", "rejects", 1, ""),
 ("Give Moscow a veto on Ukraine today and it will ask for one on Finland tomorrow,", "tiit-kaasik", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("Give Moscow a veto on Ukraine today and it will ask for one on Finland tomorrow,", "tiit-kaasik", 1, "he", "nato-open-door", "supports", 1, ""),
 ("For us the real issue is intermediate-range missiles. If American missiles of that class appear in Poland or Romania, Moscow is a few minutes’ flight away, and we cannot accept that.", "oleg-barinov", 1, "Oleg Barinov", "no-intermediate-range-missiles", "supports", 1, ""),
 ("The drafts were a negotiating position, not an ultimatum, whatever the Western press says,", "oleg-barinov", 1, "Barinov", "", "", 1, ""),
]

L["hungarytoday-2022-02-02-orban-putin-moscow"] = [
 ("The differences of opinion are serious, but in my view they can be bridged,", "viktor-orban", 1, "Orbán", "", "", 1, "2022-02-01"),
 ("not on the agenda for the foreseeable future", "viktor-orban", 1, "the prime minister", "no-ukraine-membership", "mentions", 1, "2022-02-01"),
 ("Putin, for his part, said the United States and NATO had ignored Russia’s three key demands: an end to the alliance’s expansion, no strike weapons systems near Russia’s borders, and a return of NATO’s military infrastructure to where it stood in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Putin, for his part, said the United States and NATO had ignored Russia’s three key demands: an end to the alliance’s expansion, no strike weapons systems near Russia’s borders, and a return of NATO’s military infrastructure to where it stood in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Putin, for his part, said the United States and NATO had ignored Russia’s three key demands: an end to the alliance’s expansion, no strike weapons systems near Russia’s borders, and a return of NATO’s military infrastructure to where it stood in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("We hope that in the end we will find a solution, although we understand that it will not be easy,", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("We are interested in dialogue, because if there is a conflict, Central Europe is always the loser,", "peter-szijjarto", 1, "he", "", "", 1, "2022-02-01"),
 ("A senior EU official said on Tuesday that Brussels had been informed about the trip in advance and expected Budapest to stand by the bloc’s common line that Russia must pull its troops back from Ukraine’s border.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("Russia must withdraw its troops from the Ukrainian border, and our prime minister should have said so in the Kremlin,", "katalin-bardos", 1, "Katalin Bárdos", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Orbán did not go to Moscow as NATO’s envoy. Nobody gave him that mandate, and Putin knows it,", "gergely-halasz", 1, "he", "", "", 1, ""),
]

L["usosce-2022-01-20-carpenter-permanent-council"] = [
 ("Last week, in this Council, Foreign Minister Rau opened the renewed European security dialogue, and we listened carefully as the Russian Federation presented its proposals. The United States welcomed the Chairmanship's initiative, and we continue to support it. This is the right forum for the questions that concern all 57 of us, not only two capitals.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "", "", 1, "2022-01-20"),
 ("We are prepared to discuss, on a reciprocal basis, the future deployment of certain offensive missile systems in Europe, as well as transparency measures and limits on the scale of military exercises.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "no-intermediate-range-missiles", "mentions", 1, "2022-01-20"),
 ("We are prepared to discuss, on a reciprocal basis, the future deployment of certain offensive missile systems in Europe, as well as transparency measures and limits on the scale of military exercises.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "limit-military-exercises", "mentions", 1, "2022-01-20"),
 ("That principle is not up for negotiation, and no country has a veto over another country's choice of alliance.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "nato-open-door", "supports", 1, "2022-01-20"),
 ("Whether Ukraine joins NATO one day is a matter for Ukraine and the 30 Allies, and for no one else.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("Whether Ukraine joins NATO one day is a matter for Ukraine and the 30 Allies, and for no one else.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "nato-open-door", "supports", 1, "2022-01-20"),
 ("Nor will we accept the demand that NATO pull its forces out of Allies that joined after 1997. There are no first-class and second-class members of our Alliance.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "rollback-to-1997", "rejects", 1, "2022-01-20"),
 ("The demand that the United States end its security cooperation with non-NATO states that were once part of the Soviet Union is equally unacceptable. Ukraine, Georgia and Moldova are sovereign countries, and they decide with whom they train.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-20"),
 ("Last week the Russian representative told this Council that Russia's proposals were not \"a menu\" from which we could pick and choose. Mr. Chair, European security is not a menu either, and it is certainly not a take-it-or-leave-it ultimatum.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "", "", 1, "2022-01-20"),
 ("We call on the Russian Federation to pull back its forces and return them to their permanent garrisons.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("The path to security in Europe runs through diplomacy. We remain ready to pursue that path with Russia, bilaterally, at NATO and here at the OSCE. Whether Russia chooses it is up to Russia.", "michael-carpenter", 1, "Ambassador Michael Carpenter", "", "", 1, "2022-01-20"),
]

L["france24-2022-01-28-macron-putin-call"] = [
 ("According to the Kremlin, Putin said the written responses that Washington and the alliance delivered on Wednesday did not take into account Russia's fundamental concerns: preventing NATO's expansion, refusing to deploy strike weapons near Russia's borders and returning the alliance's military potential and infrastructure in Europe to their 1997 positions.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("According to the Kremlin, Putin said the written responses that Washington and the alliance delivered on Wednesday did not take into account Russia's fundamental concerns: preventing NATO's expansion, refusing to deploy strike weapons near Russia's borders and returning the alliance's military potential and infrastructure in Europe to their 1997 positions.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("According to the Kremlin, Putin said the written responses that Washington and the alliance delivered on Wednesday did not take into account Russia's fundamental concerns: preventing NATO's expansion, refusing to deploy strike weapons near Russia's borders and returning the alliance's military potential and infrastructure in Europe to their 1997 positions.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("The key question has been ignored: how the United States and its allies intend to respect the principle of the indivisibility of security, under which no one should strengthen their own security at the expense of the security of other states", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("The Élysée said Macron had stressed « the need for a de-escalation » and for respecting Ukraine's sovereignty, and that Putin had told him he had « no offensive plans ».", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("The president wanted to hear from Vladimir Putin himself how he reads the American and NATO answers", "france", 0, "an Élysée official", "", "", 1, ""),
 ("NATO will not close its door because Moscow demands it. That is not up for negotiation", "jean-yves-le-drian", 1, "Le Drian", "nato-open-door", "supports", 1, "2022-01-28"),
 ("NATO will not close its door because Moscow demands it. That is not up for negotiation", "jean-yves-le-drian", 1, "Le Drian", "nato-non-expansion", "rejects", 1, "2022-01-28"),
 ("Ukraine's path to NATO is our choice, and it is written in our Constitution", "volodymyr-zelensky", 1, "he", "nato-open-door", "supports", 1, "2022-01-28"),
 ("Ukraine's path to NATO is our choice, and it is written in our Constitution", "volodymyr-zelensky", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-28"),
 ("Putin is talking to Macron because he wants a European voice to say that his concerns are legitimate. That is the prize for him, more than any paper", "arnaud-delpech", 1, "Arnaud Delpech", "", "", 1, ""),
]

write_gold(L, "articles-34", "gold-34")
