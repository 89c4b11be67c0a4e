#!/usr/bin/env python3
"""Writes the held-out gold of batch 135 (gold-135/*.nq) from the labels below.

Batch 135 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles on the December 2021 - February 2022
crisis over Russia's demands for security guarantees, in forms and from
outlets the earlier batches used little:

- anadolu-2021-12-18-russia-draft-security-pacts: Anadolu Agency wire copy
  with front matter and straight quotes; reactions to the draft treaties of
  17 December; crossheads in capitals; role names ("the deputy minister"),
  pronouns, document paraphrase and background that carry no label; an
  analyst who only mentions demands ("the drafts ask ...").
- npr-2022-01-10-geneva-talks-transcript: NPR radio transcript without front
  matter (date in the text), host and reporter two-way with soundbites under
  speaker labels (WENDY SHERMAN, RYABKOV, "(Through interpreter)"), then a
  Q&A with an invented former Pentagon official; one answer runs over two
  paragraphs, the second without a speaker label.
- lsm-2022-01-12-nato-russia-council-live: LSM (Latvian public broadcaster)
  live blog of the NATO-Russia Council day, newest entry first, UTF-8 BOM and
  CRLF line ends, curly quotes with a nested single-quoted phrase; two
  speakers in one sentence; a quotation continued after "X said" in a new
  sentence; a photo caption and a "Read also" link.
- izvestia-2022-01-27-drozdovsky-us-answer: Izvestia, translated, guillemets
  « »; reaction to the written answers of 26 January (Lavrov, Peskov), a
  Baker 1990 paragraph that is history, then a dash-formatted Q&A with an
  invented Moscow expert.
- thehindu-2022-01-15-europe-security-talks-analysis: The Hindu news analysis
  without front matter (byline and IST dateline), curly quotes; OSCE Vienna
  13 January, Kuleba, the Indian MEA and two invented Indian analysts; a
  quotation split by "Ms. Varghese said"; Putin's "one inch" history and the
  Bucharest declaration text are not labelled.
- ruposts-2022-01-28-putin-macron-answers: machine-translated aggregator
  without front matter ("28.01.2022 19:40"), „ “ quotes with the attribution
  after the quotation ("— said Lavrov"), odd word order, a Russian demand in
  passing inside a Ukrainian minister's sentence, tags and "Read also" lines.
- hoc-fac-2022-02-01-russia-security-demands: House of Commons Foreign
  Affairs Committee oral evidence, front matter, numbered questions
  ("Q4 Bob Seely:") answered by two invented witnesses; one answer is about
  1990 history only.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans
  (each labelled); a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash, the speaker label or
  "(Through interpreter)"); journalists' questions, the host, the reporter's
  own narration and the committee chair get no label (reported speech inside
  the reporter's narration is labelled like wire copy); the interviewee's name
  is the one the intro or the speaker label gives at that point;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "the
  Russian requirements", "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor ("American officials", "Officials in Moscow") are left
  out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("the Russian demand that ...", "regardless of the demands of Moscow to
  ...") is also Russia's label (speaker russia, not a person), undated when no
  day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  live-blog entries are dated on the blog's day; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["anadolu-2021-12-18-russia-draft-security-pacts"] = [
 ("We need legally binding guarantees, not assurances on paper that can be torn up the next day. Political promises have been given to us before and forgotten,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("NATO has to stop where it is. The line on non-enlargement of the alliance is fundamental for us,", "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("He also insisted that NATO formally disavow the decision of its 2008 summit in Bucharest, where allies promised Ukraine and Georgia eventual membership.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("Ryabkov said Russia expected the United States to begin talks without delay, possibly in Geneva, adding that there could be no preconditions for the negotiations.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("We do not want to see American bombers and warships operating in places from where they can strike our territory within minutes,", "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-17"),
 ("Any dialogue with Russia would also need to take place in consultation with our European partners, including Ukraine,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2021-12-16"),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "Psaki", "", "", 1, "2021-12-17"),
 ("Ukraine's cooperation with its NATO partners, including training missions on our soil, is a sovereign matter, and no foreign state can set conditions on it,", "oleg-nikolenko", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2021-12-17"),
 ("Poland's Deputy Foreign Minister Marcin Przydacz told public radio on Saturday that Warsaw would not accept any arrangement under which NATO renounced the option of stationing intermediate-range missiles in Europe while Russia kept its own systems in the Kaliningrad exclave.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, "2021-12-18"),
 ("We do not want to see a war in our neighborhood, and we are ready to contribute to any diplomatic effort,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2021-12-18"),
 ("In essence, the drafts ask that American warships and bombers stay out of any area from which they could reach Russian territory, and that NATO pull its forces back to where they stood in 1997,", "mehmet-akif-durukan", 1, "Durukan", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("In essence, the drafts ask that American warships and bombers stay out of any area from which they could reach Russian territory, and that NATO pull its forces back to where they stood in 1997,", "mehmet-akif-durukan", 1, "Durukan", "rollback-to-1997", "mentions", 1, ""),
 ("This is an opening bid in what will be a very hard bargaining process, and Moscow knows it,", "mehmet-akif-durukan", 1, "he", "", "", 1, ""),
]
L["npr-2022-01-10-geneva-talks-transcript"] = [
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("It is hard to make real progress while there are a hundred thousand Russian troops on Ukraine's border. The best way for Russia to show it is serious about diplomacy is to de-escalate and pull those forces back.", "wendy-sherman", 1, "SHERMAN", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need ironclad, waterproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need ironclad, waterproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov also told reporters that NATO has to pull its forces and weapons back from the countries that joined the alliance after 1997, a demand American officials have called a non-starter.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("We have no intention of attacking Ukraine. Our troops are on our own territory, and they will be where our command considers it necessary. There is no reason to talk about withdrawing them.", "sergei-ryabkov", 1, "RYABKOV", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The big items are the ones from the December drafts. Ukraine never joins NATO, full stop. And no strike weapons anywhere near Russia's borders, which in practice means no American missiles or bombers in the countries around Russia. We heard all of that again today, almost word for word.", "thomas-elmendorf", 1, "ELMENDORF", "no-ukraine-membership", "mentions", 1, "2022-01-10"),
 ("The big items are the ones from the December drafts. Ukraine never joins NATO, full stop. And no strike weapons anywhere near Russia's borders, which in practice means no American missiles or bombers in the countries around Russia. We heard all of that again today, almost word for word.", "thomas-elmendorf", 1, "ELMENDORF", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-10"),
 ("Parts of it, yes. The missile piece is genuinely negotiable. We lived with the INF Treaty for more than thirty years. A verifiable ban on those intermediate-range missiles in Europe would be good for Russia, and frankly it would be good for us too.", "thomas-elmendorf", 1, "ELMENDORF", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("But a promise that NATO will never enlarge again? No. That's a non-starter, and I think the Russians know it.", "thomas-elmendorf", 1, "ELMENDORF", "nato-non-expansion", "rejects", 1, "2022-01-10"),
 ("Brussels on Wednesday and Vienna on Thursday. If the Russians walk away after that and announce that diplomacy has failed, then I'd be much more worried than I am tonight.", "thomas-elmendorf", 1, "ELMENDORF", "", "", 1, "2022-01-10"),
]
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Lithuanian counterpart Gabrielius Landsbergis, speaking to reporters by video link from Riga and Vilnius, both rejected the Russian demand that NATO withdraw allied forces from the Baltic states.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Lithuanian counterpart Gabrielius Landsbergis, speaking to reporters by video link from Riga and Vilnius, both rejected the Russian demand that NATO withdraw allied forces from the Baltic states.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Lithuanian counterpart Gabrielius Landsbergis, speaking to reporters by video link from Riga and Vilnius, both rejected the Russian demand that NATO withdraw allied forces from the Baltic states.", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("The so-called ‘open door’ is a myth that the alliance uses to justify moving its infrastructure ever closer to our borders,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("Grushko said there were no plans for now to reopen Russia’s mission to NATO or to restore military contacts with the alliance, since NATO itself had destroyed those channels.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("If the alliance chooses containment, we will answer with counter-containment,", "alexander-grushko", 1, "the deputy minister", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO’s relationship with Ukraine will be decided by the 30 NATO allies and Ukraine, nobody else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("NATO’s relationship with Ukraine will be decided by the 30 NATO allies and Ukraine, nobody else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Where allies deploy their defensive capabilities on allied territory is decided by allies, not by Russia,", "kaja-kallas", 1, "Kaja Kallas", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("Allied troops out of the Baltics, an end to Western training missions in Ukraine: none of that is going to be agreed in Brussels today,", "maris-vetra", 1, "Vētra", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("Allied troops out of the Baltics, an end to Western training missions in Ukraine: none of that is going to be agreed in Brussels today,", "maris-vetra", 1, "Vētra", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-12"),
 ("The real question is whether both sides agree to meet again before the spring.", "maris-vetra", 1, "Vētra", "", "", 1, "2022-01-12"),
 ("We will train on our own territory, with our allies, as much as we need. Nobody in Moscow will tell us how big our exercises can be,", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("Russia’s Deputy Defence Minister Alexander Fomin, who is part of the delegation, told reporters on arrival that NATO’s exercises near Russia’s borders had grown in scale and had to be cut back.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Our message is simple: no decisions about us without us, and no decisions about Ukraine without Ukraine,", "edgars-rinkevics", 1, "he", "", "", 1, "2022-01-12"),
]
L["izvestia-2022-01-27-drozdovsky-us-answer"] = [
 ("no positive answer on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Asked about the American proposal to restore regular contacts between the military of the two countries, Peskov said the Kremlin would respond only after the president had studied the texts.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("Asked whether the reaffirmation of NATO's «open door» in the alliance's reply closed the subject, he said it was too early to draw conclusions.", "dmitry-peskov", 1, "he", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("In part. The Americans say they are ready to talk about where intermediate- and shorter-range missiles may be deployed in Europe, and about transparency and limits for exercises. Such ideas have been discussed since 2019, so it is not nothing.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("In part. The Americans say they are ready to talk about where intermediate- and shorter-range missiles may be deployed in Europe, and about transparency and limits for exercises. Such ideas have been discussed since 2019, so it is not nothing.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("On the main issue the answer is the same old «open door». For us that is unacceptable. We need a neutral Ukraine; this is a question of national security, not of prestige.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("On the main issue the answer is the same old «open door». For us that is unacceptable. We need a neutral Ukraine; this is a question of national security, not of prestige.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("That point was always going to be the hardest. Nobody here seriously expects American troops to leave Poland tomorrow. But the principle that forces moved eastward after 1997 are a problem has to be recognised.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "rollback-to-1997", "supports", 1, "2022-01-27"),
 ("Absolutely. Verbal assurances we already received in 1990, and we know how that ended. Only a treaty ratified by the Senate is a guarantee; anything else is a promise valid until the next administration.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("Military-to-military contacts. Restoring regular channels between our General Staff and the Pentagon, and with NATO's military command, would be useful in itself, whatever happens to the rest of the package. Dangerous incidents over the Baltic and the Black Sea happen every week.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("As far as I understand, the Americans say their ships and aircraft will go on operating wherever international law allows, the Black Sea included. So on that item the answer is negative, and it will remain a source of incidents.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 ("The ball is now with Moscow. I expect the Foreign Ministry to prepare a detailed reply within a few weeks, and I would not rule out another round in Geneva before the spring.", "pavel-drozdovsky", 1, "Pavel Drozdovsky", "", "", 1, "2022-01-27"),
]
L["thehindu-2022-01-15-europe-security-talks-analysis"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We need a legally binding guarantee that the alliance will not deploy offensive weapons near our borders,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need a legally binding guarantee that the alliance will not deploy offensive weapons near our borders,", "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Talks under the barrel of a gun are not talks. De-escalation must come first, before any discussion of Russia's so-called security concerns,", "dmytro-kuleba", 1, "he", "no-preconditions", "rejects", 1, "2022-01-14"),
 ("Talks under the barrel of a gun are not talks. De-escalation must come first, before any discussion of Russia's so-called security concerns,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-14"),
 ("We hope the issues can be resolved through sustained diplomatic efforts, for long-term peace and stability in the region and beyond,", "arindam-bagchi", 1, "he", "", "", 1, "2022-01-13"),
 ("What is on the table is something no alliance has ever granted — a written promise to shut its door, and even to take back what was said to Kyiv and Tbilisi in Bucharest in 2008,", "rajiv-nanduri", 1, "Nanduri", "nato-non-expansion", "mentions", 1, ""),
 ("What is on the table is something no alliance has ever granted — a written promise to shut its door, and even to take back what was said to Kyiv and Tbilisi in Bucharest in 2008,", "rajiv-nanduri", 1, "Nanduri", "written-legal-guarantees", "mentions", 1, ""),
 ("What is on the table is something no alliance has ever granted — a written promise to shut its door, and even to take back what was said to Kyiv and Tbilisi in Bucharest in 2008,", "rajiv-nanduri", 1, "Nanduri", "rescind-bucharest-2008", "mentions", 1, ""),
 ("In my view, Ukraine is best served by staying outside any bloc. Neutrality served Finland and Austria well for decades,", "rajiv-nanduri", 1, "he", "no-ukraine-membership", "supports", 1, ""),
 ("The Western precondition is that Russia first pulls its troops back from the border. That is the thing to watch in the coming weeks,", "rajiv-nanduri", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("The Americans offered to talk about intermediate-range missiles,", "shalini-varghese", 1, "Varghese", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("and that is the one area where a deal is realistic, because both sides lost something when the INF treaty collapsed in 2019.", "shalini-varghese", 1, "Varghese", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The question now is whether the two sides keep talking without preconditions, or whether someone walks out,", "shalini-varghese", 1, "she", "no-preconditions", "mentions", 1, ""),
]
L["ruposts-2022-01-28-putin-macron-answers"] = [
 ("As informs the press service of Kremlin, the Russian leader named among these concerns the prevention of the NATO expansion, the refusal of the deployment of strike weapon systems near the Russian borders, and the return of the military potential and infrastructure of the bloc in Europe to the state of 1997, when the Founding Act Russia-NATO was signed.", "vladimir-putin", 1, "the Russian leader", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("As informs the press service of Kremlin, the Russian leader named among these concerns the prevention of the NATO expansion, the refusal of the deployment of strike weapon systems near the Russian borders, and the return of the military potential and infrastructure of the bloc in Europe to the state of 1997, when the Founding Act Russia-NATO was signed.", "vladimir-putin", 1, "the Russian leader", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("As informs the press service of Kremlin, the Russian leader named among these concerns the prevention of the NATO expansion, the refusal of the deployment of strike weapon systems near the Russian borders, and the return of the military potential and infrastructure of the bloc in Europe to the state of 1997, when the Founding Act Russia-NATO was signed.", "vladimir-putin", 1, "the Russian leader", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("We do not want wars. But we will not allow that our interests are rudely ignored", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-28"),
 ("The minister stressed that the West cannot fulfil the OSCE obligations selectively, choosing from them only the right of the states to choose the unions.", "sergei-lavrov", 1, "The minister", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("Russia moves its troops on own territory as it considers necessary, and nobody is entitled to indicate to us where to hold them", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, ""),
 ("The official representative of the MFA Maria Zakharova on Thursday on the briefing declared that the pumping of Ukraine with the western weapons and instructors must be stopped immediately.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("Ukraine itself will decide in which union it will be, and nobody in the Kremlin will write this for us", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-28"),
 ("Ukraine itself will decide in which union it will be, and nobody in the Kremlin will write this for us", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-28"),
 ("The minister of defense of Ukraine Aleksey Reznikov on Friday declared in the Verkhovna Rada that the cooperation with the USA and Great Britain in the preparation of the military will continue regardless of the demands of Moscow to stop any activity of NATO in Ukraine.", "oleksii-reznikov", 1, "Aleksey Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-28"),
 ("The minister of defense of Ukraine Aleksey Reznikov on Friday declared in the Verkhovna Rada that the cooperation with the USA and Great Britain in the preparation of the military will continue regardless of the demands of Moscow to stop any activity of NATO in Ukraine.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("As of today, the striking group of the Russian troops is not formed", "oleksii-reznikov", 1, "he", "", "", 1, "2022-01-28"),
 ("The decision of the Bucharest summit remains in force. Nobody can cancel it, neither Moscow nor anyone else", "david-zalkaliani", 1, "the minister", "rescind-bucharest-2008", "rejects", 1, "2022-01-28"),
 ("the reasonable concerns of Russia in the sphere of security should be taken seriously and solved", "wang-yi", 1, "Wang Yi", "", "", 1, "2022-01-27"),
 ("Blinken in this conversation, as informs the State Department, underlined the necessity of the de-escalation and the withdrawal of the Russian troops from the border of Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-27"),
]
L["hoc-fac-2022-02-01-russia-security-demands"] = [
 ("Broadly, the Russian drafts contain two kinds of demand. Some are classic arms control: intermediate-range missiles, the size and location of exercises. Those are the points on which the American and NATO answers offered negotiations. The others concern the alliance itself, above all a commitment to no further enlargement. Those were always going to be refused, and they were.", "helen-maybury", 1, "Maybury", "no-intermediate-range-missiles", "mentions", 1, "2022-02-01"),
 ("Broadly, the Russian drafts contain two kinds of demand. Some are classic arms control: intermediate-range missiles, the size and location of exercises. Those are the points on which the American and NATO answers offered negotiations. The others concern the alliance itself, above all a commitment to no further enlargement. Those were always going to be refused, and they were.", "helen-maybury", 1, "Maybury", "limit-military-exercises", "mentions", 1, "2022-02-01"),
 ("Broadly, the Russian drafts contain two kinds of demand. Some are classic arms control: intermediate-range missiles, the size and location of exercises. Those are the points on which the American and NATO answers offered negotiations. The others concern the alliance itself, above all a commitment to no further enlargement. Those were always going to be refused, and they were.", "helen-maybury", 1, "Maybury", "nato-non-expansion", "mentions", 1, "2022-02-01"),
 ("Not on warships and aircraft, and here I would go further than the Government has gone. The idea that American or British ships should stay out of range of Russian territory would mean staying out of the Black Sea and much of the Baltic. That is not acceptable, and it should not be negotiable.", "helen-maybury", 1, "Maybury", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-01"),
 ("Rescinding Bucharest is a curious demand. The Bucharest language was never a membership timetable. But to revoke it formally now would be read in Kyiv and Tbilisi as a betrayal, and I would strongly advise allies against it.", "helen-maybury", 1, "Maybury", "rescind-bucharest-2008", "rejects", 1, "2022-02-01"),
 ("I would separate the legal form from the substance. A treaty ratified by the United States Senate that freezes the alliance as it is today? I do not believe any NATO government could deliver that, and I do not think we should try.", "arvid-lindqvist", 1, "Lindqvist", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("I would separate the legal form from the substance. A treaty ratified by the United States Senate that freezes the alliance as it is today? I do not believe any NATO government could deliver that, and I do not think we should try.", "arvid-lindqvist", 1, "Lindqvist", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 ("Where I do see room is military-to-military dialogue. The NATO-Russia Council met on 12 January for the first time in two and a half years. That channel, and a direct line between SACEUR and the Russian General Staff, should be restored whatever happens on the rest of the agenda.", "arvid-lindqvist", 1, "Lindqvist", "resume-military-dialogue", "supports", 1, "2022-02-01"),
 ("Talking while a hundred thousand troops are at the border is deeply uncomfortable. But the alternative is not talking at all. I would not set preconditions for the next round.", "arvid-lindqvist", 1, "Lindqvist", "no-preconditions", "supports", 1, "2022-02-01"),
 ("I would disagree slightly. Talks can continue, but the Government should say plainly that Russia must move those forces back from Ukraine's border, and the sanctions package should be ready if it does not.", "helen-maybury", 1, "Maybury", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("It matters to the Russians, certainly. There was no written promise in 1990, and the Soviet Union itself signed the Paris Charter, which recognises the right of states to choose their alliances. But I would not spend the committee's time on archaeology.", "arvid-lindqvist", 1, "Lindqvist", "", "", 1, "2022-02-01"),
 ("The danger now is that Moscow concludes diplomacy has run its course. Our job is to keep the door to talks open while making the cost of a new invasion unmistakably clear.", "helen-maybury", 1, "Maybury", "", "", 1, "2022-02-01"),
]

write_gold(L, "articles-135", "gold-135")
