#!/usr/bin/env python3
"""Writes the thirty-third held-out gold (gold-33/*.nq) from the labels below.

Batch 33 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.
The seven articles are invented but plausible; outlets and forms:
- AFP wire story on Lavrov's letter to OSCE ministers on "indivisible
  security" (straight quotes, dateline, share-button junk);
- Russian Foreign Ministry statement page (no front matter: the id is the
  file name, the date is in the page's dateline; site navigation junk);
- Economist-style analysis (curly quotes, "Mr", present-tense "says", unnamed
  diplomats and two named academics);
- Georgia Today interview with Georgia's prime minister (intro with « »
  quotations, then an abridged question-and-answer transcript, photo credit);
- NHK World-Japan item (Japanese name order for Japan's foreign minister);
- ERR News item with Estonian MPs and ministers (photo credit, "Read more",
  editor line, follow-us footer);
- SWP Comment by a researcher, with recommendations and an institutional
  footer and cookie banner (UTF-8 BOM, CRLF line ends).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (as in the curated gold and label9.py):
- One label per (speaker, demand) a passage expresses; a passage expressing
  two demands gets two labels with the same evidence.
- Direct quotations: the evidence is the words between the marks (closing
  punctuation inside the marks kept), direct 1; a quotation of two sentences
  is one span. Reported speech: the whole sentence, direct 0.
- Stance by the speaker's own position: supports / rejects; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it
  (analysts describing what Moscow wants; Moscow offering to talk about
  missiles as "secondary issues"). Calling a demand absurd, a fantasy or an
  ultimatum rejects it; refusing a moratorium or a Russian veto supports
  nato-open-door (and rejects nato-non-expansion where the moratorium on
  enlargement is the subject); Georgia's own membership counts for
  no-ukraine-membership ("Ukraine (and Georgia)"). Transparency or limits on
  exercises = limit-military-exercises.
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand gets no label; quotations under six words inside reported speech
  are part of that sentence.
- Not labelled: historical background (Baker 1990, the 1997 Founding Act,
  Bucharest 2008, Istanbul 1999 and Astana 2010), words quoted from documents
  (the US paper, the Bucharest declaration, the OSCE charters), journalists'
  questions in the transcript, front-matter titles, the reporter's own
  framing, and views of unidentified groups ("some Western diplomats").
- Ministry statement page: every sentence is the ministry's own text, so the
  speaker is russian-foreign-ministry, direct 0 (no quotation marks), the
  evidence the whole sentence, speakerName the words the sentence uses for
  the speaking side ("We", "The Russian side", "The Russian Federation"),
  date the page's dateline. Its account of the American paper is a reported
  statement of the United States, dated the day the paper was handed over.
- Interview transcript: each answer is the prime minister's own speech
  (direct 1); the evidence is the sentence(s) of the answer that express the
  demand, speakerName the answer tag; an answer about none of the demands
  gets one demand-less label spanning the whole answer. Stoltenberg's words
  reported inside an answer are a reported statement of Stoltenberg.
- SWP Comment: the author's own analysis is not labelled, except her
  numbered recommendations, which are her positions: speaker henrike-albers,
  speakerName as in the byline, direct 0, dated with the publication.
- Anonymous officials map to their institution or country ("a senior EU
  official" -> european-union, "an American official" -> united-states, "one
  NATO ambassador" -> nato, "one German diplomat" -> germany); speakerName is
  the words naming the speaker at that point, pronouns as written.
- Person ids are slugs of given name + family name (Hayashi Yoshimasa ->
  yoshimasa-hayashi).
- Dates: the day the words were said or written, resolved against the
  publication date (Lavrov's letter: sent on Friday 28 Jan); "" when the
  text gives no day (present-tense "says", undated inversions "said X").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-02-01-lavrov-osce-letter"] = [
 ("We urge you to answer one question: how does your government understand its commitment not to strengthen its security at the expense of the security of other states?", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("Freedom to choose alliances cannot be read in isolation. It is conditioned by the obligation not to strengthen one's own security at the expense of others,", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("Moscow argues that NATO's eastward expansion since the end of the Cold War has broken the second of those principles, and in draft treaties handed to Washington and the alliance in December it demanded legally binding guarantees that NATO would not admit Ukraine or any other new members.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow argues that NATO's eastward expansion since the end of the Cold War has broken the second of those principles, and in draft treaties handed to Washington and the alliance in December it demanded legally binding guarantees that NATO would not admit Ukraine or any other new members.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow argues that NATO's eastward expansion since the end of the Cold War has broken the second of those principles, and in draft treaties handed to Washington and the alliance in December it demanded legally binding guarantees that NATO would not admit Ukraine or any other new members.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Security cannot be ensured by declarations of intent that can be revised at any moment. We need legally binding commitments,", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-28"),
 ("We will not compromise on the right of every nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-02-01"),
 ("At the same time he said NATO was still ready to sit down with Russia, and urged Moscow to pull back the more than 100,000 troops it has massed near Ukraine's borders.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("They want thirty-odd answers so they can play one off against the other. Nobody is going to fall for it,", "european-union", 0, "the official", "", "", 1, ""),
 ("Lavrov is using the vocabulary of the OSCE to dress up the same demand: no NATO for Ukraine, ever, and a signed paper to prove it,", "gleb-mironenko", 1, "Gleb Mironenko", "no-ukraine-membership", "mentions", 1, ""),
 ("Lavrov is using the vocabulary of the OSCE to dress up the same demand: no NATO for Ukraine, ever, and a signed paper to prove it,", "gleb-mironenko", 1, "Gleb Mironenko", "written-legal-guarantees", "mentions", 1, ""),
 ("The letter is also addressed to the Europeans who are uneasy about Washington speaking for them,", "gleb-mironenko", 1, "he", "", "", 1, ""),
]
L["mid-2022-01-28-statement-us-nato-responses"] = [
 ("We note with regret that they contain no constructive response to the key provisions of the Russian drafts: the non-expansion of NATO, the renunciation of the deployment of strike weapons systems near Russia's borders, and the return of the Alliance's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "russian-foreign-ministry", 0, "We", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("We note with regret that they contain no constructive response to the key provisions of the Russian drafts: the non-expansion of NATO, the renunciation of the deployment of strike weapons systems near Russia's borders, and the return of the Alliance's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "russian-foreign-ministry", 0, "We", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("We note with regret that they contain no constructive response to the key provisions of the Russian drafts: the non-expansion of NATO, the renunciation of the deployment of strike weapons systems near Russia's borders, and the return of the Alliance's military potential and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed.", "russian-foreign-ministry", 0, "We", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("In its paper, the American side once again reaffirms its commitment to the so-called “open door” policy, stating that “NATO’s door remains open” and that every state has the right to choose its own security arrangements.", "united-states", 0, "the American side", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We consider this position unacceptable: the freedom to choose alliances, enshrined in the OSCE documents, is inseparable from the obligation not to strengthen one's own security at the expense of the security of others.", "russian-foreign-ministry", 0, "We", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("The Russian side also reiterates its demand that the decision of the 2008 NATO Bucharest summit, under which Ukraine and Georgia “will become members of NATO”, be disavowed.", "russian-foreign-ministry", 0, "The Russian side", "rescind-bucharest-2008", "supports", 0, "2022-01-28"),
 ("We call on Washington and its allies to stop the military development of the territory of Ukraine and of other states that are not members of the Alliance, including the supply of weapons, the dispatch of instructors and the conduct of exercises there.", "russian-foreign-ministry", 0, "We", "no-military-activity-ex-soviet", "supports", 0, "2022-01-28"),
 ("We insist that the guarantees be enshrined in legally binding documents, since political assurances, as the experience of the 1990s has shown, cannot be relied upon.", "russian-foreign-ministry", 0, "We", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("The Russian side is ready to consider those elements of the responses that concern secondary issues, among them the mutual renunciation of the deployment of ground-launched intermediate-range and shorter-range missiles in Europe, but only as part of a package that includes the key provisions.", "russian-foreign-ministry", 0, "The Russian side", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 ("The Russian Federation, which has no intention of attacking anyone, regards the movement of troops on its own territory as its sovereign affair, not subject to discussion with third countries.", "russian-foreign-ministry", 0, "The Russian Federation", "russia-de-escalation", "rejects", 0, "2022-01-28"),
]
L["economist-2022-01-15-russia-nato-talks"] = [
 ("not allow anyone to slam closed NATO’s open-door policy", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("NATO would pull its forces and weapons back to where they stood in 1997, when the alliance and Russia signed their Founding Act, and America would give up military co-operation with every former Soviet republic outside the alliance.", "russian-foreign-ministry", 0, "Russia’s foreign ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("NATO would pull its forces and weapons back to where they stood in 1997, when the alliance and Russia signed their Founding Act, and America would give up military co-operation with every former Soviet republic outside the alliance.", "russian-foreign-ministry", 0, "Russia’s foreign ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Nobody in this building thinks the Russians seriously expect to get the 1997 line back. It is an opening bid, and a deliberately absurd one,", "nato", 0, "one NATO ambassador", "rollback-to-1997", "rejects", 1, ""),
 ("reading from a script, item by item, with very little interest in what we said back", "united-states", 0, "An American official", "", "", 1, ""),
 ("Mr Grushko told reporters afterwards that NATO’s refusal to rule out further enlargement left Russia no choice but to guarantee its security by other means.", "alexander-grushko", 1, "Mr Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Jens Stoltenberg, NATO’s secretary-general, offered talks on missile deployments and on the scale of military exercises, but conceded that there were “significant differences” that would not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Jens Stoltenberg, NATO’s secretary-general, offered talks on missile deployments and on the scale of military exercises, but conceded that there were “significant differences” that would not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The Russians have a point about the spirit of 1990, but not about the letter. Nothing Baker said was ever put on paper, which is precisely why Moscow now wants everything in writing,", "marianne-holst", 1, "Marianne Holst", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow does not really need NATO to sign anything. It needs a pretext, and the drafts were written to be refused,", "ilya-karpenko", 1, "Ilya Karpenko", "", "", 1, ""),
 ("Mr Karpenko thinks the Kremlin might settle for a formal moratorium on Ukraine’s accession lasting a decade or two, something some Western diplomats privately regard as a price worth paying and others as a betrayal.", "ilya-karpenko", 1, "Mr Karpenko", "no-ukraine-membership", "mentions", 0, ""),
]
L["georgiatoday-2022-01-20-garibashvili-interview"] = [
 ("Georgian Prime Minister Irakli Garibashvili says Russia's demands for security guarantees from the United States and NATO cannot change Georgia's course towards Euro-Atlantic integration, which is written into the country's constitution.", "irakli-garibashvili", 1, "Irakli Garibashvili", "nato-open-door", "supports", 0, "2022-01-19"),
 ("Georgian Prime Minister Irakli Garibashvili says Russia's demands for security guarantees from the United States and NATO cannot change Georgia's course towards Euro-Atlantic integration, which is written into the country's constitution.", "irakli-garibashvili", 1, "Irakli Garibashvili", "no-ukraine-membership", "rejects", 0, "2022-01-19"),
 ("Georgia's choice was made by the Georgian people, and it is not a subject for negotiation between Moscow and Washington", "irakli-garibashvili", 1, "the prime minister", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Georgia's choice was made by the Georgian people, and it is not a subject for negotiation between Moscow and Washington", "irakli-garibashvili", 1, "the prime minister", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("The Bucharest decision was taken by all the allies, unanimously, and it has been confirmed at every summit since then, including in Brussels last year. No third country can cancel it.", "irakli-garibashvili", 1, "Irakli Garibashvili", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 ("Our cooperation with NATO and with the United States is our sovereign decision, and the exercises will take place this year as planned.", "irakli-garibashvili", 1, "Irakli Garibashvili", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-19"),
 ("A moratorium would mean that Russia gets a veto over our future, and we cannot accept that.", "irakli-garibashvili", 1, "Irakli Garibashvili", "nato-open-door", "supports", 1, "2022-01-19"),
 ("A moratorium would mean that Russia gets a veto over our future, and we cannot accept that.", "irakli-garibashvili", 1, "Irakli Garibashvili", "nato-non-expansion", "rejects", 1, "2022-01-19"),
 ("We have lived with occupation for fourteen years. Twenty percent of our territory is occupied by Russia, and nobody knows better than we do what Russian tanks mean. Our policy is to keep peace and stability in the region and, at the same time, to strengthen our defence.", "irakli-garibashvili", 1, "Irakli Garibashvili", "", "", 1, "2022-01-19"),
 ("The ambassadors of the NATO countries briefed us after the NATO-Russia Council, and Secretary General Stoltenberg has said very clearly that Georgia and Ukraine alone will decide their future.", "jens-stoltenberg", 1, "Secretary General Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The prime minister speaks about NATO in interviews, but he has not once called Moscow's ultimatum what it is", "levan-tsertsvadze", 1, "Levan Tsertsvadze", "", "", 1, ""),
]
L["nhk-2022-02-02-putin-concerns-ignored"] = [
 ("Putin said it is already clear that Russia's main concerns were ignored, namely the prevention of NATO's expansion, the refusal to deploy strike weapons near Russia's borders, and the return of the alliance's military infrastructure in Europe to where it was in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Putin said it is already clear that Russia's main concerns were ignored, namely the prevention of NATO's expansion, the refusal to deploy strike weapons near Russia's borders, and the return of the alliance's military infrastructure in Europe to where it was in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Putin said it is already clear that Russia's main concerns were ignored, namely the prevention of NATO's expansion, the refusal to deploy strike weapons near Russia's borders, and the return of the alliance's military infrastructure in Europe to where it was in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("We are told that Ukraine is not ready to join NATO and will not join tomorrow. But who can guarantee that it will not join the day after tomorrow?", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Putin argued that if Ukraine became a member and then tried to regain Crimea by force, NATO countries would find themselves in a military conflict with Russia.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("A State Department spokesperson said Blinken urged Russia to pull back its troops from the Ukrainian border and to choose the path of diplomacy.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("Hayashi said Japan strongly hopes that Russia will ease tensions and that the situation will be resolved through diplomatic means.", "yoshimasa-hayashi", 1, "Hayashi", "russia-de-escalation", "supports", 0, "2022-02-02"),
 ("Any attempt to change the status quo by force cannot be tolerated, whether in Europe or in Asia.", "yoshimasa-hayashi", 1, "He", "", "", 1, "2022-02-02"),
]
L["err-2022-01-12-riigikogu-1997-demand"] = [
 ("Russia's demand that NATO roll back its forces to where they stood in 1997 is aimed first of all at Estonia and its Baltic neighbors and must be rejected outright, the chair of the Riigikogu's foreign affairs committee, Marko Mihkelson (Reform), said on Wednesday, as NATO and Russian envoys met in Brussels.", "marko-mihkelson", 1, "Marko Mihkelson", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("This is not only about Ukraine. Moscow is asking NATO to turn Estonia into a buffer zone, with no allied troops and no allied aircraft on our soil,", "marko-mihkelson", 1, "Mihkelson", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Prime Minister Kaja Kallas (Reform) said on Tuesday that the allied battlegroup was in Estonia to stay, whatever Moscow demanded.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, "2022-01-11"),
 ("Defense Minister Kalle Laanet (Reform) told ERR's \"Aktuaalne kaamera\" on Tuesday evening that Russia's draft agreement would also bar allied reconnaissance aircraft and warships from areas within range of Russian territory.", "kalle-laanet", 1, "Kalle Laanet", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-11"),
 ("In practice that means no NATO aircraft over the Baltic Sea and no allied ships in the Gulf of Finland. That is not a proposal, it is an ultimatum,", "kalle-laanet", 1, "Laanet", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-11"),
 ("The only thing we should be discussing with Russia is how quickly it pulls its troops back from Ukraine's border. Everything else is a distraction,", "kadri-vahtra", 1, "Kadri Vahtra", "russia-de-escalation", "supports", 1, ""),
 ("Jaanus Kriisa (EKRE) said that while the 1997 demand was \"unacceptable,\" Estonia should not refuse to talk to Moscow about arms control, provided the allied battlegroup stayed.", "jaanus-kriisa", 1, "Jaanus Kriisa", "rollback-to-1997", "rejects", 0, ""),
 ("We should not pretend that every Russian proposal is a trap,", "jaanus-kriisa", 1, "Kriisa", "", "", 1, ""),
 ("Allies will not compromise on the right of each nation to choose its own path, and we will not withdraw from our eastern members,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies will not compromise on the right of each nation to choose its own path, and we will not withdraw from our eastern members,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
]
L["swp-2022-01-24-osce-track-indivisible-security"] = [
 ("The alliance must stop its eastward expansion, and this must be fixed in a legally binding form,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("The alliance must stop its eastward expansion, and this must be fixed in a legally binding form,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("There is no alternative to dialogue. But the principles of the Charter of Paris, including the freedom of every state to choose its alliances, are not negotiable,", "annalena-baerbock", 1, "she", "nato-open-door", "supports", 1, "2022-01-18"),
 ("It is the only room where the Russians cannot claim that their neighbours are being decided about without them,", "germany", 0, "one German diplomat", "", "", 1, ""),
 ("First, Germany and its partners should make clear, in Vienna as in Brussels, that the alliance’s open door is not up for negotiation, neither with Russia nor with anyone else.", "henrike-albers", 1, "Henrike Albers", "nato-open-door", "supports", 0, "2022-01-24"),
 ("Second, Berlin should push for the resumption of regular military-to-military contacts between NATO and Russia, which were suspended in 2014 and whose absence makes every incident more dangerous.", "henrike-albers", 1, "Henrike Albers", "resume-military-dialogue", "supports", 0, "2022-01-24"),
 ("Third, Germany should invest in the Vienna Document, which has not been updated since 2011, and propose lower thresholds for the observation of large exercises.", "henrike-albers", 1, "Henrike Albers", "limit-military-exercises", "supports", 0, "2022-01-24"),
]

write_gold(L, "articles-33", "gold-33")
