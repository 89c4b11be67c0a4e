#!/usr/bin/env python3
"""Writes the 113th held-out gold (gold-113/*.nq) from the labels below.

Batch 113 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. The
seven articles are invented but imitate the coverage most readers saw of the
December 2021 - February 2022 crisis over Russia's demands for "security
guarantees", in the mainstream outlets and forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy on the Geneva
  talks (front matter, straight quotes, dateline, summary bullets); a lead
  with two actors (Russia, Washington), a Ryabkov quotation split by "told
  reporters", demands attributed in passing to Moscow inside Sherman's,
  Kuleba's and an analyst's sentences, history (Bucharest 2008, 1990) and the
  draft treaty's contents, which are not labelled.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press conference transcript
  after the NATO-Russia Council (no front matter, UTF-8 BOM and CRLF line
  ends, speaker labels, moderator and journalists' questions that get no
  label; each paragraph of an answer is one quotation).
- tass-2022-01-14-lavrov-grushko-guarantees: TASS wire (no front matter, date
  line "14 JAN 2022, 13:20", crossheads); Lavrov's press conference, Grushko
  after the NRC (Wednesday), Lukashevich at the OSCE and Ryabkov (Thursday),
  a split quotation by "the diplomat", Lavrov recalling Baker 1990 (history,
  not labelled), words quoted from the Bucharest declaration.
- state-2022-01-26-blinken-written-response: State Department press
  availability transcript on the written answers (no front matter, "Secretary
  Blinken:" speaker labels, Price moderating, "Question:" lines).
- lrt-2022-01-19-landsbergis-interview: LRT English Q&A interview (front
  matter, curly single quotes in the headline, questions as "LRT English:",
  answers opened by a dash and continued in plain paragraphs; interview given
  on Tuesday, published Wednesday).
- kyivpost-2022-01-26-live-written-answers: Kyiv Post live blog (front
  matter, curly quotes and apostrophes, reverse-chronological time stamps,
  crossheads and a "Read more" link line, two ministers in one sentence).
- novayagazeta-mt-2022-01-28-lavrov-answers: machine-translated Novaya Gazeta
  news piece with experts' comments (front matter, « » with attribution after
  a dash, „ " inside, "declared, that", unspecified "main question" and
  "fundamental concerns", the 1997 Founding Act as background).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia told the United States on Monday that it needed legally binding guarantees that Ukraine would never be admitted to NATO, while Washington called the demand a non-starter after nearly eight hours of talks in Geneva that ended with no breakthrough and no date for another round.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it needed legally binding guarantees that Ukraine would never be admitted to NATO, while Washington called the demand a non-starter after nearly eight hours of talks in Geneva that ended with no breakthrough and no date for another round.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it needed legally binding guarantees that Ukraine would never be admitted to NATO, while Washington called the demand a non-starter after nearly eight hours of talks in Geneva that ended with no breakthrough and no date for another round.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards, but guarantees, with all the words 'shall' and 'must' written into them.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said Moscow also wanted U.S. warships and strategic bombers kept out of areas from which they could strike Russian territory, and described the American side's approach to that part of the Russian draft as \"serious and professional\".", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, said Washington had \"firmly pushed back on security proposals that are simply non-starters,\" among them Moscow's insistence that Ukraine be barred from the alliance for good.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, said Washington had \"firmly pushed back on security proposals that are simply non-starters,\" among them Moscow's insistence that Ukraine be barred from the alliance for good.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("firmly pushed back on security proposals that are simply non-starters,", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Foreign Minister Dmytro Kuleba said on Monday that the talks could only produce results if Russia first pulled its troops back from Ukraine's border, rejecting Moscow's insistence on negotiations without preconditions.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Foreign Minister Dmytro Kuleba said on Monday that the talks could only produce results if Russia first pulled its troops back from Ukraine's border, rejecting Moscow's insistence on negotiations without preconditions.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-preconditions", "rejects", 0, "2022-01-10"),
 ("Foreign Minister Dmytro Kuleba said on Monday that the talks could only produce results if Russia first pulled its troops back from Ukraine's border, rejecting Moscow's insistence on negotiations without preconditions.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Anna Keszler, a senior fellow at the Geneva-based Centre for Euro-Atlantic Studies, said Moscow's demand that NATO pull its forces back to where they stood in 1997 was \"a maximalist opening bid\" that neither delegation expected to see met.", "anna-keszler", 1, "Anna Keszler", "rollback-to-1997", "mentions", 0, ""),
 ("Anna Keszler, a senior fellow at the Geneva-based Centre for Euro-Atlantic Studies, said Moscow's demand that NATO pull its forces back to where they stood in 1997 was \"a maximalist opening bid\" that neither delegation expected to see met.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A moratorium on intermediate-range missiles that leaves Russia's own 9M729 missiles where they are would be a bad bargain for Europe, and I would not sign it,", "anna-keszler", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The next two days will show whether Moscow wants a negotiation or a pretext.", "anna-keszler", 1, "she", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council, the first in more than two years. It was not an easy discussion, but that is exactly why this meeting was so important.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies and Russia set out their positions, and there are significant differences between us that will not be easy to bridge. Allies were clear that each nation has the right to choose its own path, and that only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join the Alliance. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies and Russia set out their positions, and there are significant differences between us that will not be easy to bridge. Allies were clear that each nation has the right to choose its own path, and that only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join the Alliance. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will not accept a NATO with first-class and second-class members. Allies that joined after 1997 have the same right to NATO forces and infrastructure on their territory as every other Ally, and we will not withdraw what we have deployed there.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control, including on reciprocal limits on intermediate-range missiles in Europe and on more transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels and to make full use of military lines of communication, to avoid accidents and incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control, including on reciprocal limits on intermediate-range missiles in Europe and on more transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels and to make full use of military lines of communication, to avoid accidents and incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control, including on reciprocal limits on intermediate-range missiles in Europe and on more transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels and to make full use of military lines of communication, to avoid accidents and incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe. Russia did not agree, and did not refuse, to a programme of further meetings. They said they need time to come back to us, and Allies are ready for that.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("No. We will not sign any legally binding document that takes away NATO's right to decide on its own enlargement. That was made very clear by all Allies around the table today.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("No. We will not sign any legally binding document that takes away NATO's right to decide on its own enlargement. That was made very clear by all Allies around the table today.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("And let me add: our partnership with Ukraine and Georgia, the training, the advisers, the exercises, is not something Russia can decide to end. That will continue.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("NATO ships and aircraft operate in international waters and international airspace, in full accordance with international law, and they will continue to do so. What we can discuss is how to avoid incidents, with better notification and more predictability.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("Allies decide on their own territory which defensive systems they deploy. NATO will not accept that Russia dictates what Poland or Romania can host, or how close to its borders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("I will not speculate about dates. We have made our proposals in good faith and put them in writing, and now it is for Russia to decide whether it wants to engage.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["tass-2022-01-14-lavrov-grushko-guarantees"] = [
 ("Russia needs legally binding guarantees of its security, not verbal promises, and expects a written answer from the United States and NATO next week, Russian Foreign Minister Sergei Lavrov said at his annual press conference on Friday.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("We have run out of patience. The Americans and their allies keep telling us to withdraw our troops, but these troops are on our own territory, and we will move them wherever we consider necessary,", "sergei-lavrov", 1, "the minister", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("The key to everything is the guarantee that NATO will not expand eastward,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("Everything else is secondary, and we will not allow it to be drowned in talk about confidence-building measures.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("Lavrov said NATO had to formally disavow the declaration of its 2008 Bucharest summit that Ukraine and Georgia \"will become members\" of the alliance, and called the bloc's \"open door\" policy an anachronism that ignored the security interests of other states.", "sergei-lavrov", 1, "Lavrov", "rescind-bucharest-2008", "supports", 0, "2022-01-14"),
 ("Lavrov said NATO had to formally disavow the declaration of its 2008 Bucharest summit that Ukraine and Georgia \"will become members\" of the alliance, and called the bloc's \"open door\" policy an anachronism that ignored the security interests of other states.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-14"),
 ("Deputy Foreign Minister Alexander Grushko, who led the Russian delegation at the Russia-NATO Council in Brussels on Wednesday, told journalists after the meeting that Moscow saw no point in restoring military contacts with the alliance as long as NATO treated Russia as an adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("If NATO switches to a policy of containment, there will be counter-containment from our side. If it is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("At the same briefing, he reiterated that Russia's proposals included the withdrawal of NATO forces and weapons from the states that joined the bloc after 1997 and an end to large-scale NATO drills close to Russian borders.", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("At the same briefing, he reiterated that Russia's proposals included the withdrawal of NATO forces and weapons from the states that joined the bloc after 1997 and an end to large-scale NATO drills close to Russian borders.", "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Our proposals are not a menu from which one can choose individual dishes,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, "2022-01-13"),
 ("They are a package, and its central element is the guarantee that Ukraine will never become a member of NATO.", "alexander-lukashevich", 1, "the diplomat", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("In the same interview, the deputy foreign minister said Moscow was ready to agree on a mutual moratorium on deploying intermediate-range missiles in Europe, but only as part of the overall package.", "sergei-ryabkov", 1, "the deputy foreign minister", "no-intermediate-range-missiles", "supports", 0, "2022-01-13"),
 ("Dialogue is possible only without preconditions. Nobody can tell Russia where to keep its troops on its own territory,", "dmitry-peskov", 1, "he", "no-preconditions", "supports", 1, "2022-01-14"),
 ("Dialogue is possible only without preconditions. Nobody can tell Russia where to keep its troops on its own territory,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("Dmitry Ostapenko, a political scientist at MGIMO University, told TASS that the question of Ukraine's non-admission to NATO would be \"the litmus test\" of the American answer.", "dmitry-ostapenko", 1, "Dmitry Ostapenko", "no-ukraine-membership", "mentions", 0, ""),
]
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon. A short while ago, our ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. NATO is delivering its own response in parallel, and the two are fully coordinated with our Allies and partners, including Ukraine, which saw the text before we sent it.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path, should Russia choose it. It addresses the concerns that Russia has raised, and it puts forward our own concerns about Russian actions that undermine security. We're not making it public, because we think diplomacy has the best chance to succeed if we give space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("It also makes clear that there are core principles we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine, and the principle that no country can change the borders of another by force.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("At the same time, we are ready to discuss reciprocal transparency measures on force posture, and measures to increase confidence regarding military exercises and manoeuvres in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("The path forward is clear: Russia needs to de-escalate, to pull back the forces it has massed along Ukraine's borders, and to choose diplomacy over confrontation.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("No. There is no change, and there will be no change. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("No. There is no change, and there will be no change. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We have put our ideas on paper, as Russia asked. But let's be clear: we are not going to sign any legally binding guarantee that takes away the sovereign choices of other countries, and nobody should expect that.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("Our security assistance to Ukraine is defensive, and it will continue. We are not going to ask anyone's permission to work with our partners in Ukraine or in Georgia.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("Yes. President Zelensky and Foreign Minister Kuleba saw the text before it went to Moscow, and we took their views into account. Nothing about Ukraine without Ukraine.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("I've said it before and I'll say it again: if Russia renews its aggression against Ukraine, it will be met with a swift, severe and united response, from the United States and from Europe.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Russia has had a chance to read the document and is ready to discuss next steps.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
]
L["lrt-2022-01-19-landsbergis-interview"] = [
 ("Very seriously, because it tells you exactly how the Kremlin sees us. But the answer is simple: the battalion in Rukla stays, the air policing mission stays, and we will ask our allies for more, not less. A rollback to 1997 would turn us into a grey zone again.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-18"),
 ("Nobody in Vilnius needs a lecture from the Kremlin about what a sphere of influence looks like.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, "2022-01-18"),
 ("Not unilateral ones. We are not going to cancel exercises on our own territory while Russia moves thousands of troops into Belarus for its own drills. If Moscow wants reciprocal transparency, with observers on both sides, the Vienna Document already exists for that.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 1, "2022-01-18"),
 ("That is a non-starter, and every ally said so in Brussels last week. Whether Ukraine joins NATO is for Ukraine and the allies to decide, not for Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("That is a non-starter, and every ally said so in Brussels last week. Whether Ukraine joins NATO is for Ukraine and the allies to decide, not for Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 1, "2022-01-18"),
 ("Russia keeps Iskanders in Kaliningrad, a few dozen kilometres from our border. A Russian veto over what allies may deploy on their own soil, near Russia’s borders or not, would be unacceptable.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-18"),
 ("If Moscow is serious about restoring military contacts, the NATO-Russia Council is the place to discuss that. But a hotline is not a concession, and it cannot be traded for our security.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "resume-military-dialogue", "mentions", 1, "2022-01-18"),
 ("I get worried when I hear talk of ‘understanding Russia’s concerns’ without anyone asking what those concerns mean for us. Decisions about the Baltic states cannot be taken without the Baltic states.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, "2022-01-18"),
 ("Then Russia will face sanctions unlike anything it has seen, and NATO will reinforce the eastern flank further. I hope we do not get there.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, "2022-01-18"),
]
L["kyivpost-2022-01-26-live-written-answers"] = [
 ("The American answer repeats that Russia must pull its troops back and that NATO’s door stays open. Anyone who expected NATO to give up enlargement was not listening,", "oksana-dovhal", 1, "Oksana Dovhal", "russia-de-escalation", "mentions", 1, ""),
 ("The American answer repeats that Russia must pull its troops back and that NATO’s door stays open. Anyone who expected NATO to give up enlargement was not listening,", "oksana-dovhal", 1, "Oksana Dovhal", "nato-open-door", "mentions", 1, ""),
 ("The American answer repeats that Russia must pull its troops back and that NATO’s door stays open. Anyone who expected NATO to give up enlargement was not listening,", "oksana-dovhal", 1, "Oksana Dovhal", "nato-non-expansion", "mentions", 1, ""),
 ("We are strong enough to keep everything under control and to stop any attempt at destabilisation,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
 ("We saw the American answer before it was handed over, and there is no position in it that contradicts Ukraine’s interests,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-26"),
 ("He dismissed Moscow’s demand that Western instructors and weapons be kept out of Ukraine, saying Kyiv would go on training its army with its partners.", "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("He dismissed Moscow’s demand that Western instructors and weapons be kept out of Ukraine, saying Kyiv would go on training its army with its partners.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("He said NATO stood by the decision of its 2008 Bucharest summit that Ukraine and Georgia would become members, and would not take it back.", "jens-stoltenberg", 1, "He", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we will not compromise on the principles that underpin European security,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Polish Foreign Minister Zbigniew Rau and his Lithuanian counterpart Gabrielius Landsbergis both said on Wednesday that NATO must not withdraw a single soldier from its eastern flank in response to Moscow’s draft agreement.", "zbigniew-rau", 1, "Zbigniew Rau", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Polish Foreign Minister Zbigniew Rau and his Lithuanian counterpart Gabrielius Landsbergis both said on Wednesday that NATO must not withdraw a single soldier from its eastern flank in response to Moscow’s draft agreement.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters in Washington on Wednesday that the document responded to Russia’s request for legally binding guarantees and also set out “our own concerns” about Russia’s behaviour.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "mentions", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters in Washington on Wednesday that the document responded to Russia’s request for legally binding guarantees and also set out “our own concerns” about Russia’s behaviour.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
]
L["novayagazeta-mt-2022-01-28-lavrov-answers"] = [
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("He also reminded, that Russia demands the renunciation of the alliance from any military activity on the territory of Ukraine, Georgia and the states of Central Asia and the Transcaucasia.", "sergei-lavrov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-28"),
 ("The fundamental concerns of Russia were not taken into account. Nevertheless we do not lose the hope, that the dialogue will continue", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("We will not allow, that our proposals are drowned in the endless discussions", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, ""),
 ("In Brussels the High representative of the EU on foreign affairs and security policy Josep Borrell on Thursday declared, that the proposal of Moscow about the negotiations without preconditions is possible to discuss, but only with the participation of the Europeans.", "josep-borrell", 1, "Josep Borrell", "no-preconditions", "mentions", 0, "2022-01-27"),
 ("In Brussels the High representative of the EU on foreign affairs and security policy Josep Borrell on Thursday declared, that the proposal of Moscow about the negotiations without preconditions is possible to discuss, but only with the participation of the Europeans.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("The security of Europe cannot be discussed over the heads of the Europeans", "josep-borrell", 1, "he", "", "", 1, "2022-01-27"),
 ("About the Bucharest promise to Ukraine and Georgia and about the American instructors in Ukraine in the answer there is not a word. Without this there will be no agreement", "yevgeny-rozhkov", 1, "Yevgeny Rozhkov", "rescind-bucharest-2008", "mentions", 1, ""),
 ("About the Bucharest promise to Ukraine and Georgia and about the American instructors in Ukraine in the answer there is not a word. Without this there will be no agreement", "yevgeny-rozhkov", 1, "Yevgeny Rozhkov", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Military expert, the retired colonel Mikhail Tereshin considers, that the question of the American warships and strategic bombers in the zones, from which they can strike on the Russian territory, and also of the strike complexes in Poland and Romania will remain the most difficult in the negotiations.", "mikhail-tereshin", 1, "Mikhail Tereshin", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Military expert, the retired colonel Mikhail Tereshin considers, that the question of the American warships and strategic bombers in the zones, from which they can strike on the Russian territory, and also of the strike complexes in Poland and Romania will remain the most difficult in the negotiations.", "mikhail-tereshin", 1, "Mikhail Tereshin", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("Both sides now will play for the time. Nobody wants to be that one, who first left the table", "mikhail-tereshin", 1, "the expert", "", "", 1, ""),
]

write_gold(L, "articles-113", "gold-113")
