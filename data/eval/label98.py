#!/usr/bin/env python3
"""Writes the 98th held-out gold (gold-98/*.nq) from the labels below.

Batch 98 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
January 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy with front
  matter, dateline, straight quotes; several speakers in the lead sentence, a
  quotation split by "Ryabkov said", "according to", "dismissed as", a
  demand attributed in passing to Moscow, Baker 1990 history, an invented
  analyst (Annika Lindqvist).
- bbc-2022-01-12-nato-russia-council-live: BBC News live page without front
  matter (date in the header), reverse-chronological entries with "Posted at"
  times, crossheads, curly quotes; Peskov, Grushko (also "the deputy
  minister"), Stoltenberg, Landsbergis, Julianne Smith, "a senior Nato
  official" (-> nato) reporting the Russian delegation's demand, a
  correspondent's analysis and 1997 Founding Act background (no labels).
- mid-2022-01-14-lavrov-annual-press-conference: Russian Foreign Ministry
  transcript with front matter, "Question (Outlet):" and "Sergey Lavrov:"
  labels, answers of several paragraphs, « » inside answers, a paragraph of
  1990 history (demand-less), a paragraph naming "the main thing" without
  saying what it is.
- meduza-2022-01-18-sokolina-interview: Meduza Q&A interview without front
  matter, questions as plain lines, answers opened by "— "; an invented
  IMEMO researcher (Yevgenia Sokolina) who only reports what each side wants
  (mentions); she was interviewed "on Monday" (2022-01-17).
- state-2022-01-26-blinken-press-availability: U.S. State Department
  transcript with front matter, SECRETARY BLINKEN / MR PRICE / QUESTION
  labels; Price moderates and gets no label.
- lemonde-2022-01-28-security-guarantees-analysis: Le Monde in English
  analysis with front matter, standfirst, crossheads, « » quotes; Lavrov as
  "the foreign minister", Peskov's unspecified "fundamental concerns" (no
  label), Le Drian, Rau at the OSCE on 13 January, invented experts (Camille
  Dufresne, Pierre-Alain Gaudry, Mathias Kessler) with attribution after the
  quotation, "in an interview with", Bucharest 2008 and INF history.
- up-2021-12-18-kuleba-russian-drafts: Ukrainska Pravda machine-translated
  from Ukrainian, no front matter, UTF-8 BOM and CRLF line ends, „ “ quotes
  followed by ", – X said", passive attribution to the Ukrainian Foreign
  Ministry's press service, "despite the demands of Moscow", Founding Act and
  Bucharest history, a "Read also" link line.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans,
  each labelled; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives (titles dropped);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("core demands", "fundamental
  concerns", "the main thing"), gets no label; quoted fragments of five words
  or fewer inside a reported sentence get no label of their own;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the INF treaty), words quoted from documents and descriptions of what the
  draft documents contain, headlines, crossheads, standfirsts, summary
  bullets, photo captions and link lines are not labelled; a speaker's own
  direct quotation about history gets only a demand-less label; statements by
  unnamed groups with no identifiable actor ("Western diplomats", "Western
  calls", "Western governments") are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("the demand from Moscow that ...") is also Russia's label
  (speaker russia, not a person, direct 0), undated when no day is given;
  inside a direct quotation only the quoted speaker is labelled (an analyst
  saying "Moscow wants ..." mentions the demand);
- speaker ids: persons as firstname-lastname slugs (Sergey Lavrov ->
  sergei-lavrov); a senior NATO official -> nato, the Russian delegation ->
  russia, the press service of Ukraine's foreign ministry ->
  ukrainian-foreign-ministry; speaker name = the words naming the speaker at
  that point, pronouns as written, titles (Mr, Secretary) dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts quoted without a day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia told the United States on Monday that it needed a cast-iron guarantee that Ukraine would never join NATO, while Washington pressed Moscow to pull back the troops it has massed near Ukraine's border, as nearly eight hours of talks in Geneva ended without a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia told the United States on Monday that it needed a cast-iron guarantee that Ukraine would never join NATO, while Washington pressed Moscow to pull back the troops it has massed near Ukraine's border, as nearly eight hours of talks in Geneva ended without a breakthrough.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees, with the words 'shall' and 'must' in them,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov bristled at suggestions that the tens of thousands of Russian troops deployed within reach of Ukraine should be withdrawn as a gesture of goodwill.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We are not going to move our battalions anywhere because somebody in Washington does not like where they stand,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("because they are on Russian soil and will stay there as long as we consider it necessary.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("According to Ryabkov, Russia had come to Geneva without preconditions and expected its partners to do the same, rather than making progress on one issue hostage to another.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, briefing reporters by telephone, dismissed as \"simply non-starters\" a number of Russian proposals, including the demand from Moscow that NATO halt its expansion.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, briefing reporters by telephone, dismissed as \"simply non-starters\" a number of Russian proposals, including the demand from Moscow that NATO halt its expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We are open to discussing the future deployment of certain missile systems in Europe, and we are prepared to talk about reciprocal limits on the size and scope of military exercises,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We are open to discussing the future deployment of certain missile systems in Europe, and we are prepared to talk about reciprocal limits on the size and scope of military exercises,", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("Nobody walked out, and nobody set a date for the next round. In this climate, that counts as a modest success,", "annika-lindqvist", 1, "Annika Lindqvist", "", "", 1, ""),
 ("Both sides have put their maximalist positions on record. Moscow wants NATO frozen where it stands, Washington wants Russian troops pulled back before anything else,", "annika-lindqvist", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Both sides have put their maximalist positions on record. Moscow wants NATO frozen where it stands, Washington wants Russian troops pulled back before anything else,", "annika-lindqvist", 1, "she", "russia-de-escalation", "mentions", 1, ""),
]

D = "2022-01-12"
L["bbc-2022-01-12-nato-russia-council-live"] = [
 ("The movement of Russian armed forces on Russian territory is our sovereign business and cannot be the subject of anybody’s demands,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("We told our Nato colleagues very frankly: the deployment of strike weapons near our borders, in countries bordering Russia, must stop. If this line is crossed, we will respond,", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Exercises with scenarios directed against Russia must be moved away from the line of contact, and we are ready to discuss concrete distances,", "alexander-grushko", 1, "the deputy minister", "limit-military-exercises", "supports", 1, D),
 ("Asked whether Russia would accept Nato’s offer to restore military lines of communication, Mr Grushko said Moscow saw no point in contacts “for the sake of contacts” while the alliance treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("We will not have first and second class members of Nato. We will not withdraw our forces from the eastern part of the alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("He said allies had proposed reopening Nato’s liaison office in Moscow and Russia’s mission to the alliance, and restoring military-to-military channels to avoid accidents and incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("Lithuania will decide with its allies when and where our soldiers train. Nobody in Moscow gets to draw that map for us,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 1, D),
 ("A senior Nato official said the Russian delegation had repeated its demand for a written pledge that the alliance would never take in Ukraine or Georgia, and that allies had told them this was “not going to happen”.", "nato", 0, "A senior Nato official", "no-ukraine-membership", "rejects", 0, D),
 ("A senior Nato official said the Russian delegation had repeated its demand for a written pledge that the alliance would never take in Ukraine or Georgia, and that allies had told them this was “not going to happen”.", "russia", 0, "the Russian delegation", "no-ukraine-membership", "supports", 0, D),
 ("A senior Nato official said the Russian delegation had repeated its demand for a written pledge that the alliance would never take in Ukraine or Georgia, and that allies had told them this was “not going to happen”.", "russia", 0, "the Russian delegation", "written-legal-guarantees", "supports", 0, D),
 ("We are not going to negotiate about Ukraine without Ukraine, and we will not let anyone veto who joins this alliance,", "julianne-smith", 1, "she", "nato-open-door", "supports", 1, D),
]

D = "2022-01-14"
LV = ("sergei-lavrov", 1, "Sergey Lavrov")
L["mid-2022-01-14-lavrov-annual-press-conference"] = [
 ("We are running out of patience. Our partners received the draft treaty and the draft agreement a month ago, and we have now spent a whole week explaining them article by article. We are waiting for a written answer, and we expect it to be concrete.", *LV, "", "", 1, D),
 ("The key point is clear. There must be no further eastward expansion of NATO and no deployment of weapons systems that threaten us in the immediate vicinity of Russian territory. And the configuration of NATO forces must return to where it was in 1997, when the Russia-NATO Founding Act was signed. This is not a wish list.", *LV, "nato-non-expansion", "supports", 1, D),
 ("The key point is clear. There must be no further eastward expansion of NATO and no deployment of weapons systems that threaten us in the immediate vicinity of Russian territory. And the configuration of NATO forces must return to where it was in 1997, when the Russia-NATO Founding Act was signed. This is not a wish list.", *LV, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The key point is clear. There must be no further eastward expansion of NATO and no deployment of weapons systems that threaten us in the immediate vicinity of Russian territory. And the configuration of NATO forces must return to where it was in 1997, when the Russia-NATO Founding Act was signed. This is not a wish list.", *LV, "rollback-to-1997", "supports", 1, D),
 ("Our Western colleagues keep repeating the mantra about the «open door» and the right of every state to choose its alliances. They forget the second half of the same OSCE commitments, signed in Istanbul in 1999 and in Astana in 2010: no state may strengthen its security at the expense of the security of others. The freedom to choose alliances is not absolute, and we will never accept it as an excuse.", *LV, "nato-open-door", "rejects", 1, D),
 ("The Bucharest formula that Ukraine and Georgia «will become members of NATO» is a time bomb planted under European security. It must be disavowed, and this must be done in writing, in a legally binding form, not with verbal assurances and friendly pats on the shoulder.", *LV, "rescind-bucharest-2008", "supports", 1, D),
 ("The Bucharest formula that Ukraine and Georgia «will become members of NATO» is a time bomb planted under European security. It must be disavowed, and this must be done in writing, in a legally binding form, not with verbal assurances and friendly pats on the shoulder.", *LV, "written-legal-guarantees", "supports", 1, D),
 ("We have been through this before. In 1990, during the talks on German reunification, James Baker assured Mikhail Gorbachev that NATO would not move one inch to the east. There are records of those conversations, and they have been published.", *LV, "", "", 1, D),
 ("The Americans say they are ready to talk about intermediate-range missiles. We welcome that: we proposed a moratorium on deploying such missiles in Europe back in 2019, and it is good that they have finally heard us. But this is secondary. Without the main thing, such steps will not save the situation.", *LV, "no-intermediate-range-missiles", "supports", 1, D),
 ("We are being told to withdraw our troops from our own territory. This is absurd. We will move our armed forces wherever we consider necessary on Russian soil, and no one in London or Washington will dictate that to us.", *LV, "russia-de-escalation", "rejects", 1, D),
 ("At the same time American destroyers enter the Black Sea and strategic bombers fly twenty kilometres from our border. We propose a simple thing: warships and military aircraft should stay out of the areas from which they can strike the territory of the other side.", *LV, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("And what about NATO instructors in Ukraine, the naval facilities being built in Ochakov, the exercises in Georgia? All this military development of the territory of states that are not members of the alliance must stop.", *LV, "no-military-activity-ex-soviet", "supports", 1, D),
 ("We will take the measures necessary to ensure our security, military-technical ones included. I would not like to go into details now. Everything will depend on the answer.", *LV, "", "", 1, D),
]

D = "2022-01-17"
YS = ("yevgenia-sokolina", 1, "Yevgenia Sokolina")
L["meduza-2022-01-18-sokolina-interview"] = [
 ("Formally there are two drafts, one for Washington and one for NATO, with eight and nine articles. But the core is simple. Moscow wants NATO to rule out membership for Ukraine and Georgia for good, and everything else is built around that.", *YS, "no-ukraine-membership", "mentions", 1, D),
 ("Then there are the more technical items: no strike weapons in the countries next to Russia, and warships and strategic bombers kept out of areas from which they can reach targets inside Russia. Some of this the Americans have said they are willing to look at.", *YS, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Then there are the more technical items: no strike weapons in the countries next to Russia, and warships and strategic bombers kept out of areas from which they can reach targets inside Russia. Some of this the Americans have said they are willing to look at.", *YS, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("That would mean pulling allied troops and infrastructure out of Poland, the Baltic states and Romania, everything deployed since the Founding Act. I think the people who wrote the draft know perfectly well that nobody in the alliance will do that.", *YS, "rollback-to-1997", "mentions", 1, D),
 ("Because in Moscow the conviction is that the promises of the 1990s were verbal and were broken. So this time they want signatures and ratification, a legally binding text, not a moratorium that the next American administration can lift.", *YS, "written-legal-guarantees", "mentions", 1, D),
 ("Revoking it is mostly symbolic. The Russian side wants the allies to state formally that the promise made to Kyiv and Tbilisi in 2008 no longer stands.", *YS, "rescind-bucharest-2008", "mentions", 1, D),
 ("Military contacts, probably. Since 2014 the generals have barely spoken to each other. Restoring a regular military dialogue is on both sides’ lists, so that is where movement is most likely.", *YS, "resume-military-dialogue", "mentions", 1, D),
 ("The hardest part is the ban on Western military activity in the former Soviet republics that are not in NATO: instructors in Ukraine, exercises in Georgia, cooperation with Central Asia. Moscow wants all of it to stop, and Washington will not promise that.", *YS, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Honestly, I don’t know. Moscow says it will talk without preconditions, the West wants the troops pulled back first, and neither side wants to be seen blinking in public.", *YS, "no-preconditions", "mentions", 1, D),
 ("Honestly, I don’t know. Moscow says it will talk without preconditions, the West wants the troops pulled back first, and neither side wants to be seen blinking in public.", *YS, "russia-de-escalation", "mentions", 1, D),
 ("The open door is the one principle NATO cannot give up without ceasing to be NATO, and Moscow knows it. The real question is whether a formula exists that lets both sides save face.", *YS, "nato-open-door", "mentions", 1, D),
 ("I am a researcher, not a fortune teller. What I can say is that the people making decisions in Moscow believe time is on their side, and that is a dangerous belief.", *YS, "", "", 1, D),
]

D = "2022-01-26"
AB = ("antony-blinken", 1, "Blinken")
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short time ago, our ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. It has been fully coordinated with Ukraine and with our European allies and partners, and NATO is delivering its own paper in parallel.", *AB, "", "", 1, D),
 ("The document sets out a serious diplomatic path, should Russia choose it. It addresses areas where we believe we can make progress together, including reciprocal transparency measures and confidence-building measures regarding military exercises and maneuvers in Europe.", *AB, "limit-military-exercises", "mentions", 1, D),
 ("It also makes clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine and the right of states to choose their own security arrangements and alliances. NATO's door is open and remains open, and that is our commitment.", *AB, "nato-open-door", "supports", 1, D),
 ("It did, and our answer will not surprise anyone. Ukraine's relationship with NATO is for Ukraine and the thirty allies to decide, not for Russia. And we are not going to revisit decisions that the allies took together, whether in Bucharest or anywhere else.", *AB, "no-ukraine-membership", "rejects", 1, D),
 ("It did, and our answer will not surprise anyone. Ukraine's relationship with NATO is for Ukraine and the thirty allies to decide, not for Russia. And we are not going to revisit decisions that the allies took together, whether in Bucharest or anywhere else.", *AB, "nato-open-door", "supports", 1, D),
 ("It did, and our answer will not surprise anyone. Ukraine's relationship with NATO is for Ukraine and the thirty allies to decide, not for Russia. And we are not going to revisit decisions that the allies took together, whether in Bucharest or anywhere else.", *AB, "rescind-bucharest-2008", "rejects", 1, D),
 ("We're not making the document public, because we think diplomacy has the best chance to succeed if we give space for confidential talks. I hope and expect that Russia will take the same view.", *AB, "", "", 1, D),
 ("As to the form, what we have delivered is not a treaty; it is a set of proposals. Some of these ideas could eventually find their way into agreements, but a legally binding ban on NATO enlargement is not something the United States will sign.", *AB, "written-legal-guarantees", "rejects", 1, D),
 ("As to the form, what we have delivered is not a treaty; it is a set of proposals. Some of these ideas could eventually find their way into agreements, but a legally binding ban on NATO enlargement is not something the United States will sign.", *AB, "nato-non-expansion", "rejects", 1, D),
 ("No. We will not be withdrawing forces from NATO's eastern flank. If anything, if Russia renews its aggression against Ukraine, we will reinforce it.", *AB, "rollback-to-1997", "rejects", 1, D),
 ("And we will continue to fly, sail and operate wherever international law allows, including in the Black Sea. That is not going to change.", *AB, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Nor will we stop supporting our partners. Our security assistance to Ukraine continues, as does our defense cooperation with Georgia, and no one in Moscow gets to decide that.", *AB, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We're not setting preconditions for the next conversation. I expect to speak with Foreign Minister Lavrov in the coming days, and we are prepared to keep talking, whatever the atmosphere.", *AB, "no-preconditions", "supports", 1, D),
 ("But let me be clear about one thing: we are prepared either way. If Russia chooses the path of further aggression, we and our allies will respond with massive consequences.", *AB, "", "", 1, D),
]

L["lemonde-2022-01-28-security-guarantees-analysis"] = [
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction on this main question in this document,", "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction on this main question in this document,", "sergei-lavrov", 1, "the foreign minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Ever since Moscow demanded on December 17 that NATO renounce any military activity in Ukraine, the South Caucasus and Central Asia, Western diplomats had warned privately that this was a line nobody would cross.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Europe's security will not be renegotiated over the heads of Europeans, and no one outside the alliance will be given a veto over who joins it,", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Moscow is asking for two kinds of things. On one side, a halt to enlargement and a return to the map of 1997; on the other, arms control. The Americans answered only the second list,", "camille-dufresne", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking for two kinds of things. On one side, a halt to enlargement and a return to the map of 1997; on the other, arms control. The Americans answered only the second list,", "camille-dufresne", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles in Europe would freeze the Russian advantage, since the 9M729 is already deployed. Europeans should refuse it,", "camille-dufresne", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The Russians keep repeating that they want negotiations without preconditions, yet they arrived with a finished text and a deadline. That is not how one negotiates in Vienna,", "pierre-alain-gaudry", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("the risk of war in the OSCE area is now greater than ever before in the last thirty years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Moscow also wants the 2008 promise to Ukraine and Georgia formally withdrawn. In Washington nobody even pretends to consider it,", "mathias-kessler", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Putin will now have to decide whether half a loaf is better than none,", "camille-dufresne", 1, "Dufresne", "", "", 1, ""),
]

L["up-2021-12-18-kuleba-russian-drafts"] = [
 ("The minister of foreign affairs of Ukraine Dmytro Kuleba on Saturday has declared, that the demand of Russia about non-acceptance of Ukraine in NATO is „absolutely unacceptable“, and Kyiv will not take part in such discussions.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2021-12-18"),
 ("The minister of foreign affairs of Ukraine Dmytro Kuleba on Saturday has declared, that the demand of Russia about non-acceptance of Ukraine in NATO is „absolutely unacceptable“, and Kyiv will not take part in such discussions.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anybody to speak about Ukraine without Ukraine. Such documents are written first of all for the internal audience in Russia", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2021-12-18"),
 ("Any negotiations about the security in Europe can begin only when Russia takes away its forces from our borders. We will not sit at the table under the gun", "dmytro-kuleba", 1, "he", "no-preconditions", "rejects", 1, "2021-12-18"),
 ("Any negotiations about the security in Europe can begin only when Russia takes away its forces from our borders. We will not sit at the table under the gun", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2021-12-18"),
 ("The deputy minister of foreign affairs of Russia Sergei Ryabkov on Friday on the briefing in Moscow has told, that Russia proposes to begin the negotiations „immediately“, in Geneva, and without any preliminary conditions.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("We have proposed to the American side not to deploy the forces and the weapons in the territories, from where they create the threat to the national security of the other side, and first of all the ground-based missiles of medium and shorter range", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, "2021-12-17"),
 ("We have proposed to the American side not to deploy the forces and the weapons in the territories, from where they create the threat to the national security of the other side, and first of all the ground-based missiles of medium and shorter range", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2021-12-17"),
 ("The question of the Bucharest formula of 2008 must be closed once and for all. It became the root of many problems", "sergei-ryabkov", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, "2021-12-17"),
 ("Nobody will decide for Ukraine. Not in Moscow, and not in any other capital. Our course to NATO remains unchanged, it is fixed in the Constitution", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 1, "2021-12-17"),
 ("Nobody will decide for Ukraine. Not in Moscow, and not in any other capital. Our course to NATO remains unchanged, it is fixed in the Constitution", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 1, "2021-12-17"),
 ("The speaker of the MFA of Ukraine Oleg Nikolenko on Friday has written in Facebook, that the decisions of the Bucharest summit „are not the subject of revision“ and that it is not the business of Moscow.", "oleg-nikolenko", 1, "Oleg Nikolenko", "rescind-bucharest-2008", "rejects", 0, "2021-12-17"),
 ("As it was informed by the press service of the MFA of Ukraine, Kyiv regards the attempts to forbid the military cooperation of Ukraine with the partners and the presence of the foreign instructors as „the interference into the internal affairs“.", "ukrainian-foreign-ministry", 0, "the press service of the MFA of Ukraine", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("The minister of defence Oleksii Reznikov has declared in the interview to the TV channel „Ukraine 24“, that Ukraine itself will decide which weapons to place on its territory, despite the demands of Moscow to keep the strike weapons away from the Russian borders.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-strike-weapons-near-borders", "rejects", 0, ""),
 ("The minister of defence Oleksii Reznikov has declared in the interview to the TV channel „Ukraine 24“, that Ukraine itself will decide which weapons to place on its territory, despite the demands of Moscow to keep the strike weapons away from the Russian borders.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The Kremlin wants to return in 1997, to take out the NATO troops from Poland and Baltic, and to receive the right of veto over the expansion of the Alliance. These are the demands of the winner, not of the partner", "taras-hnatyshyn", 1, "Taras Hnatyshyn", "rollback-to-1997", "mentions", 1, ""),
 ("The Kremlin wants to return in 1997, to take out the NATO troops from Poland and Baltic, and to receive the right of veto over the expansion of the Alliance. These are the demands of the winner, not of the partner", "taras-hnatyshyn", 1, "Taras Hnatyshyn", "nato-non-expansion", "mentions", 1, ""),
]

write_gold(L, "articles-98", "gold-98")
