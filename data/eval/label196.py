#!/usr/bin/env python3
"""Writes the 196th held-out gold (gold-196/*.nq) from the labels below.

Batch 196 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage of the December 2021 - February 2022
"security guarantees" crisis:

- ap-2022-01-10-sherman-ryabkov-geneva: AP wire copy from the Geneva talks,
  front matter, straight quotes, an invented think-tank analyst, a quotation
  split by "she added", history (Bucharest 2008, Baker 1990) to be left out.
- aljazeera-2022-01-12-nato-russia-council-live: Al Jazeera English live
  blog of the NATO-Russia Council, no front matter, GMT timestamps and
  crossheads, curly quotes, a correspondent and an invented researcher.
- osce-2022-01-13-rau-press-conference: OSCE press-conference transcript
  with speaker labels (RAU, LUKASHEVICH), a moderator and journalists'
  questions; UTF-8 BOM and CRLF line ends.
- state-2022-01-27-blinken-npr-interview: State Department transcript of a
  radio interview (QUESTION / SECRETARY BLINKEN), front matter.
- bloomberg-2022-01-27-kremlin-little-optimism: Bloomberg story on the
  Peskov press call and Lavrov's reaction to the written answers, no front
  matter, curly quotes, a market crosshead, a demand attributed to Moscow in
  passing, reported speech about an unspecified "main issue".
- spiegel-2021-12-20-putin-wish-list: DER SPIEGEL International analysis of
  the draft treaties quoting invented German experts, „ “ quotation marks,
  words quoted from the draft treaty, a senior EU official.
- tass-2022-02-02-ryabkov-zakharova-guarantees: TASS wire copy in translated
  English with « » quotation marks, no front matter, dateline "2 FEB 2022".

Conventions: one label per (speaker, demand) a passage expresses; direct
quotations are the words between the marks (punctuation inside kept), a
quotation interrupted by "X said" is two spans, a quotation over two
sentences one span; in transcripts each paragraph of an answer is one direct
quotation, questions and the moderator get no label; reported speech is the
whole sentence (dateline excluded), direct 0. Stance is the speaker's own
position; "mentions" when the speaker only reports a demand, asks about it
or offers to discuss it. Direct quotations of six or more words about no
demand get one demand-less label; reported speech about no demand or about
demands left unspecified gets none. History, words quoted from documents,
headlines, crossheads, standfirsts and unnamed groups are not labelled. A
demand attributed to Moscow in passing is also Russia's label, undated when
no day is given. Dates are the day the words were said, resolved against the
publication date, "" when the text gives none.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
L["ap-2022-01-10-sherman-ryabkov-geneva"] = [
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said the Russian side had also insisted that NATO pull back the forces and weapons it has deployed in member states that joined the alliance after 1997, and that without a halt to the alliance's eastward expansion there could be no real progress on anything else.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("Ryabkov said the Russian side had also insisted that NATO pull back the forces and weapons it has deployed in member states that joined the alliance after 1997, and that without a halt to the alliance's eastward expansion there could be no real progress on anything else.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("The deputy minister added that NATO should formally disavow the pledge made at its 2008 Bucharest summit that Ukraine and Georgia would one day become members.", "sergei-ryabkov", 1, "The deputy minister", "rescind-bucharest-2008", "supports", 0, D),
 ("The conversation was difficult, long, very professional, deep and concrete,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was open to discussing the future deployment of missiles in Europe and possible limits on the size and scope of military exercises, provided Russia was willing to take reciprocal steps.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was open to discussing the future deployment of missiles in Europe and possible limits on the size and scope of military exercises, provided Russia was willing to take reciprocal steps.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman also said Russia could show that it was serious about diplomacy by pulling back the roughly 100,000 troops it has assembled near Ukraine's borders, and she warned of \"significant costs\" if Moscow chose a different path.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Ryabkov dismissed the calls for a pullback, saying Russian units were moving on Russian soil and that the West had no business telling Moscow where to station its own army.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("Moscow knows that no American administration can sign away NATO's open door. The question is whether the Kremlin wants a pretext or a process,", "olga-verhoeven", 1, "Verhoeven", "nato-open-door", "mentions", 1, D),
 ("They say they want talks without preconditions,", "olga-verhoeven", 1, "she", "no-preconditions", "mentions", 1, D),
 ("but the draft treaties themselves read like a list of preconditions.", "olga-verhoeven", 1, "she", "no-preconditions", "mentions", 1, D),
]
D = "2022-01-12"
L["aljazeera-2022-01-12-nato-russia-council-live"] = [
 ("The allies who joined after 1997 are not second-class members, and no one will withdraw troops from our territory because the Kremlin asks for it,", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 1, D),
 ("We are talking about legally binding guarantees, not about promises, and the talks cannot drag on forever,", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, D),
 ("We cannot give Russia a say over where allied missiles are placed in Europe. That would be a victory for blackmail,", "kaja-kallas", 1, "Kallas", "no-intermediate-range-missiles", "rejects", 1, D),
 ("If the Russians insist that NATO enlargement has to be settled before anything else is discussed, then these talks are over before they start,", "marta-kellner", 1, "she", "nato-non-expansion", "mentions", 1, D),
 ("Al Jazeera’s Rory Lanigan, reporting from Brussels, said the Russian side had spent much of the meeting pressing the allies to stop military cooperation with Ukraine and Georgia, while the allies kept asking when Russian troops near Ukraine would return to their bases.", "rory-lanigan", 1, "Rory Lanigan", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("Al Jazeera’s Rory Lanigan, reporting from Brussels, said the Russian side had spent much of the meeting pressing the allies to stop military cooperation with Ukraine and Georgia, while the allies kept asking when Russian troops near Ukraine would return to their bases.", "rory-lanigan", 1, "Rory Lanigan", "russia-de-escalation", "mentions", 0, D),
 ("The mood in the building is sombre. Nobody here is talking about a breakthrough,", "rory-lanigan", 1, "Lanigan", "", "", 1, D),
 ("NATO allies made clear that we will not compromise on some core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Stoltenberg said allies had told the Russian delegation that NATO would not sign up to a ban on further enlargement, adding that Ukraine’s relationship with the alliance was a matter only for Kyiv and the 30 allies.", "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 0, D),
 ("Stoltenberg said allies had told the Russian delegation that NATO would not sign up to a ban on further enlargement, adding that Ukraine’s relationship with the alliance was a matter only for Kyiv and the 30 allies.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 ("He said allies had proposed a series of meetings on arms control, including on missiles and on greater transparency of military exercises, and had also called for restoring the lines of communication between NATO and Russian military commanders.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said allies had proposed a series of meetings on arms control, including on missiles and on greater transparency of military exercises, and had also called for restoring the lines of communication between NATO and Russian military commanders.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said allies had proposed a series of meetings on arms control, including on missiles and on greater transparency of military exercises, and had also called for restoring the lines of communication between NATO and Russian military commanders.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Deputy Defence Minister Alexander Fomin told reporters that NATO had turned large-scale exercises near Russia’s western borders into a routine, and that Moscow wanted binding limits on the number and scale of such drills.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("NATO must stop its expansion to the east, and we need this to be fixed in a legally binding form, not in declarations,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("NATO must stop its expansion to the east, and we need this to be fixed in a legally binding form, not in declarations,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("The deputy foreign minister added that NATO warships and aircraft should keep out of zones from which they can strike Russian territory, and warned that Moscow would answer any threat with “military-technical” measures.", "alexander-grushko", 1, "The deputy foreign minister", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("If the alliance wants to deter us, we will deter the alliance. There is nothing else for us to do,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Ukraine’s foreign ministry spokesman Oleg Nikolenko told reporters that Kyiv welcomed the allies’ refusal to give Moscow any say over who may join NATO.", "oleg-nikolenko", 1, "Oleg Nikolenko", "nato-open-door", "supports", 0, D),
]
D = "2022-01-13"
L["osce-2022-01-13-rau-press-conference"] = [
 ("Good afternoon. Thank you all for coming on such a busy day for European diplomacy. Today I had the honour of presenting to the Permanent Council the priorities of the Polish Chairmanship for 2022.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years. We must focus on a peaceful resolution of the conflict in and around Ukraine, and this begins with a de-escalation of the Russian military build-up along its border.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 1, D),
 ("The OSCE is ready to serve as a platform for a renewed dialogue on European security, including on confidence-building measures, on the transparency of military exercises and on risk reduction.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 1, D),
 ("The OSCE is not a forum where the membership of any alliance can be decided. Every participating State has the sovereign right to choose its own security arrangements, including treaties of alliance. This is written in the Helsinki Final Act and in the Charter of Paris, and Poland will defend this principle.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, D),
 ("As for the demand for new legally binding guarantees, we do not need new treaties. What we need is for the Russian Federation to respect the commitments it has already signed.", "zbigniew-rau", 1, "Rau", "written-legal-guarantees", "rejects", 1, D),
 ("Exercises on the territory of NATO members are a sovereign matter of the allies. We are ready to talk about reciprocal transparency, but there will be no unilateral restrictions on the defence of Poland.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "rejects", 1, D),
 ("I hope so. Dialogue is always better than confrontation, and the door of the OSCE remains open to all of its participating States.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("We listened carefully to the Polish Chairmanship. But I must say frankly that the OSCE cannot substitute for the bilateral track with the United States and for the dialogue with NATO.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("Our proposals are clear. NATO must not expand further, and offensive weapons must not be deployed on the territory of states bordering Russia. These are not wishes; these are requirements of our national security.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("Our proposals are clear. NATO must not expand further, and offensive weapons must not be deployed on the territory of states bordering Russia. These are not wishes; these are requirements of our national security.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Russian troops are on Russian territory. Nobody can dictate to us where to hold our units, and we will not accept any preconditions for this dialogue.", "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 1, D),
 ("Russian troops are on Russian territory. Nobody can dictate to us where to hold our units, and we will not accept any preconditions for this dialogue.", "alexander-lukashevich", 1, "Lukashevich", "no-preconditions", "supports", 1, D),
 ("If we do not receive a constructive answer in a reasonable time, we will be forced to take the necessary measures to ensure our security.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("I have answered this question many times. Russia is not threatening anybody, and these stories about an invasion are being spread to justify the militarisation of Ukraine.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
]
D = "2022-01-27"
L["state-2022-01-27-blinken-npr-interview"] = [
 ("What we've done is put forward a serious diplomatic path, should Russia choose it. The document sets out our concerns and the concerns of our allies and partners about Russia's actions, and it contains concrete proposals on areas where we believe we can make progress together.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("That includes arms control related to missiles in Europe, our interest in a follow-on agreement to the New START Treaty, and transparency measures and risk reduction when it comes to military exercises. Those are areas where, on a reciprocal basis, we're prepared to engage.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, D),
 ("That includes arms control related to missiles in Europe, our interest in a follow-on agreement to the New START Treaty, and transparency measures and risk reduction when it comes to military exercises. Those are areas where, on a reciprocal basis, we're prepared to engage.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 ("No. There is no change, and there will be no change. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("No. There is no change, and there will be no change. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, D),
 ("And the idea that allies who joined after 1997 should somehow become second-tier members, with no forces or infrastructure on their territory, is simply not something we will entertain.", "antony-blinken", 1, "Blinken", "rollback-to-1997", "rejects", 1, D),
 ("Look, if we can find areas of agreement, we're prepared to codify them, including in a legally binding form where that's appropriate, as we have done in arms control for decades. But that's not the same thing as signing away the fundamental principles of European security.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "mentions", 1, D),
 ("We've told the Russians that we are prepared to discuss reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in Ukraine. But we will continue to provide Ukraine with defensive security assistance, and no one in Moscow gets a veto over that.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We've told the Russians that we are prepared to discuss reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in Ukraine. But we will continue to provide Ukraine with defensive security assistance, and no one in Moscow gets a veto over that.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("That's exactly right, and that's why the most important thing right now is for Russia to de-escalate. If Russia is serious about diplomacy, the best way to show it is to pull those forces back.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("I don't think so. I expect to speak with Foreign Minister Lavrov again in the coming days, once they've had a chance to read the document carefully and to take it to President Putin.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We think that diplomacy has the best chance to succeed if we provide space for confidential talks. We shared it with Ukraine and with our European allies before we delivered it, so there are no surprises for anyone.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Nothing about Ukraine without Ukraine, nothing about Europe without Europe. That's been our principle from day one, and we have consulted with allies and partners at every step along the way.", "antony-blinken", 1, "Blinken", "", "", 1, D),
]
D = "2022-01-27"
L["bloomberg-2022-01-27-kremlin-little-optimism"] = [
 ("It cannot be said that our views were taken into account or that a readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("But we won’t rush with our assessments.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Lavrov said Moscow was ready to discuss the U.S. proposals on intermediate-range missiles and on the transparency of military exercises, but only as part of a broader package.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Lavrov said Moscow was ready to discuss the U.S. proposals on intermediate-range missiles and on the transparency of military exercises, but only as part of a broader package.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("Asked whether Russia would pull back the troops it has massed near Ukraine, Peskov said the movement of forces on Russian territory was “an internal matter” and not a subject for negotiation.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, D),
 ("He said the Kremlin had noted the alliance’s offer to restore military contacts but would study it together with the rest of the documents.", "dmitry-peskov", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("At the Pentagon, spokesman John Kirby said on Wednesday that U.S. warships and aircraft would keep operating in the Black Sea and in international airspace wherever international law allowed, and that no other country would be given a say over those deployments.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("The Kremlin will now say: you refused to disavow Bucharest, you refused to close the door to Kyiv, so we drew our own conclusions,", "kirill-lobanov", 1, "Lobanov", "rescind-bucharest-2008", "mentions", 1, D),
 ("The Kremlin will now say: you refused to disavow Bucharest, you refused to close the door to Kyiv, so we drew our own conclusions,", "kirill-lobanov", 1, "Lobanov", "no-ukraine-membership", "mentions", 1, D),
 ("The question is what those conclusions will be.", "kirill-lobanov", 1, "Lobanov", "", "", 1, D),
 ("Ukrainian President Volodymyr Zelensky said on Wednesday evening that Ukraine would not give up its course toward NATO membership despite Moscow’s demand that the alliance bar Ukraine from joining forever.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Ukrainian President Volodymyr Zelensky said on Wednesday evening that Ukraine would not give up its course toward NATO membership despite Moscow’s demand that the alliance bar Ukraine from joining forever.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]
L["spiegel-2021-12-20-putin-wish-list"] = [
 ("This is not a menu. The proposals are a package, and we expect serious talks to begin immediately, without any artificial preconditions,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2021-12-17"),
 ("He also suggested that the United States and Russia should agree not to send warships and heavy bombers into areas from which they could strike each other's territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("The draft asks NATO to go back to its 1997 borders in military terms, with no allied troops in Poland or the Baltic states. That is the real core of the document,", "henrike-abels", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow wants everything in a legally binding treaty rather than in political declarations, because it no longer trusts verbal assurances from the West,", "henrike-abels", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Spokeswoman Oana Lungescu said on Friday that the alliance stood by the decisions of its 2008 Bucharest summit and would not revisit them.", "oana-lungescu", 1, "Oana Lungescu", "rescind-bucharest-2008", "rejects", 0, "2021-12-17"),
 ("We are ready for serious dialogue with Russia, but we will not accept that Moscow decides which alliance its neighbours may join,", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2021-12-20"),
 ("Chancellor Olaf Scholz had already called on Russia last Thursday to withdraw the troops it has concentrated near the Ukrainian border, describing the inviolability of borders as „a foundation of peace“.", "olaf-scholz", 1, "Olaf Scholz", "russia-de-escalation", "supports", 0, "2021-12-16"),
 ("EU foreign policy chief Josep Borrell said on Monday that the bloc would not accept Russian demands to curb NATO's cooperation with Ukraine, Georgia and Moldova, which he said were sovereign states free to choose their partners.", "josep-borrell", 1, "Josep Borrell", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-20"),
 ("A senior EU official, speaking on condition of anonymity, said Brussels was nevertheless open to discussing Russia's proposals on keeping warships and military aircraft away from each other's borders, as long as Europeans had a seat at the table.", "european-union", 0, "senior EU official", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Limits on exercises near the borders and a direct line between commanders are things the West should simply accept. We had them in the 1980s, and they made Europe safer,", "klaus-dieter-wendt", 1, "Wendt", "limit-military-exercises", "supports", 1, ""),
 ("Limits on exercises near the borders and a direct line between commanders are things the West should simply accept. We had them in the 1980s, and they made Europe safer,", "klaus-dieter-wendt", 1, "Wendt", "resume-military-dialogue", "supports", 1, ""),
 ("Telling Poland or Romania what weapons they may station on their own soil is out of the question. That would turn them into protectorates,", "klaus-dieter-wendt", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("Talks without any conditions would simply reward the troop build-up. First the soldiers must go back to their barracks,", "katrin-oberholz", 1, "Oberholz", "no-preconditions", "rejects", 1, ""),
 ("Talks without any conditions would simply reward the troop build-up. First the soldiers must go back to their barracks,", "katrin-oberholz", 1, "Oberholz", "russia-de-escalation", "supports", 1, ""),
 ("If Berlin treats this only as propaganda, it will miss the moment when propaganda turns into a pretext,", "henrike-abels", 1, "she", "", "", 1, ""),
]
D = "2022-02-02"
L["tass-2022-02-02-ryabkov-zakharova-guarantees"] = [
 ("Russia will not accept any agreement in which the question of the non-expansion of NATO is left aside, Deputy Foreign Minister Sergei Ryabkov told TASS on Wednesday.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("The Americans send weapons and instructors to Ukraine practically every week. We demand that this military development of the territory of Ukraine and other non-bloc countries be stopped", "sergei-ryabkov", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 1, D),
 ("Ryabkov also said that Russia insists on the ban of the deployment of intermediate-range and shorter-range missiles in the places from which they can reach the territory of the other side.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("There is no such obligation in any international document to accept everybody who wants to join. The so-called open door policy is a tool for absorbing the territories close to Russia", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, D),
 ("According to the diplomat, the decision of the NATO summit in Bucharest on the future membership of Ukraine and Georgia «must be cancelled, not frozen».", "maria-zakharova", 1, "the diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("This is an information campaign which has nothing in common with reality", "maria-zakharova", 1, "the spokeswoman", "", "", 1, D),
 ("In an interview with the Izvestia newspaper, Deputy Foreign Minister Alexander Grushko said that there is no sense in restoring military contacts with NATO as long as the alliance regards Russia as an adversary and continues to build up its forces on the eastern flank.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, ""),
 ("NATO has chosen the path of confrontation, and it must bear the responsibility for it", "alexander-grushko", 1, "Grushko", "", "", 1, ""),
 ("On Tuesday Foreign Minister Sergei Lavrov in the telephone conversation with US Secretary of State Antony Blinken stressed that Moscow will not allow its initiatives to be blurred in endless discussions and insisted on legally fixed guarantees of security, the Russian Foreign Ministry reported.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-02-01"),
 ("It is already clear that the fundamental Russian concerns turned out to be ignored", "vladimir-putin", 1, "the President", "", "", 1, "2022-02-01"),
 ("Putin also said that the US had ignored the Russian demands not to deploy strike systems near the Russian borders and to return the military infrastructure of the bloc to the positions of 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Putin also said that the US had ignored the Russian demands not to deploy strike systems near the Russian borders and to return the military infrastructure of the bloc to the positions of 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
]

write_gold(L, "articles-196", "gold-196")
