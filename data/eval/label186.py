#!/usr/bin/env python3
"""Writes the held-out gold of batch 186 (gold-186/*.nq) from the labels below.

Batch 186 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy from Geneva,
  front matter, straight quotes, a speaker first named by role ("Russia's chief
  negotiator"), pronouns, a document quotation and Bucharest background.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press conference
  transcript after the NATO-Russia Council, no front matter (date line
  "12 Jan. 2022"), speaker labels, a moderator and journalists' questions.
- interfax-2021-12-27-grushko-interview: Interfax Q&A interview with
  Alexander Grushko, UTF-8 BOM and CRLF line ends, «» quotes, answers as
  dash paragraphs, questions prefixed "Interfax:".
- bbc-2022-01-26-live-written-replies: BBC News live page on the US/NATO
  written replies, front matter, curly quotes, timestamped entries in reverse
  order, summary bullets, entry headlines, a caption and a link line; an
  embassy as speaker, two speakers in one sentence, a demand attributed in
  passing to Moscow.
- dw-2022-01-14-osce-vienna-analysis: DW analysis after the OSCE session in
  Vienna, front matter, „“ quotes, invented experts, a quotation split by
  "X said", an unattributed continuation paragraph, a senior EU official, a
  crosshead, a photo caption and a quotation from the 1997 Founding Act.
- tass-2022-01-27-peskov-lavrov-replies: TASS wire on the Kremlin press call
  and Lavrov's reaction, no front matter (date line "27 JAN, 14:12"),
  straight quotes, roles ("the Kremlin spokesman", "the minister", "the
  diplomat"), "according to", unspecified "main concerns", an Istanbul
  Charter quotation.
- state-2021-12-20-price-briefing: State Department press briefing
  transcript ("MR PRICE:" / "QUESTION:"), no front matter, questions that
  name demands, answers that reject, offer to discuss or dodge, and an
  unrelated topic at the end.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
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
 ("Russia's chief negotiator told the United States on Monday that only \"ironclad\", legally binding guarantees would do, not verbal assurances, as nearly eight hours of talks in Geneva ended with no sign that Washington was ready to meet Moscow's core demands.", "sergei-ryabkov", 1, "Russia's chief negotiator", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Ryabkov said NATO must also pull back the forces and weapons it has stationed since 1997 in the countries that joined the alliance later, from Poland to the Baltic states, and renounce any military activity in Ukraine, Georgia and other former Soviet republics outside the bloc.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("Ryabkov said NATO must also pull back the forces and weapons it has stationed since 1997 in the countries that joined the alliance later, from Poland to the Baltic states, and renounce any military activity in Ukraine, Georgia and other former Soviet republics outside the bloc.", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-10"),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("Ryabkov insisted that Moscow had come to Geneva without any preconditions and expected the same approach from Washington.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("It is very hard to make real progress while Russia keeps a gun pointed at Ukraine's head,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("In the draft treaties it published on Dec. 17, Moscow also demanded that the United States and NATO pledge not to deploy strike weapons near Russia's borders.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("The Americans can offer to talk about a dozen things all day long, but the real issues on the table are a halt to NATO enlargement and a pullback to where the alliance stood in 1997, and on those the two sides are not even speaking the same language,", "harriet-okonjo-lind", 1, "Harriet Okonjo-Lind", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans can offer to talk about a dozen things all day long, but the real issues on the table are a halt to NATO enlargement and a pullback to where the alliance stood in 1997, and on those the two sides are not even speaking the same language,", "harriet-okonjo-lind", 1, "Harriet Okonjo-Lind", "rollback-to-1997", "mentions", 1, ""),
 ("We are in constant contact with our American partners, and I have no reason to doubt them,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-10"),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. Today's meeting of the NATO-Russia Council was not easy, but that is exactly why it was important.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies and Russia had a frank and serious discussion on the situation in and around Ukraine and on the implications for European security. Allies called on Russia to immediately de-escalate, to pull back its forces from Ukraine's borders, and to engage in good faith in diplomacy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Allies also made clear that we will not compromise on the core principles on which European security is built. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies also made clear that we will not compromise on the core principles on which European security is built. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("As for the idea that NATO should withdraw forces and infrastructure from Allies that joined the Alliance after 1997: that is not going to happen. We will not have first- and second-class members in NATO.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to meet Russia again to discuss arms control and risk reduction. We also proposed to reopen our respective offices in Moscow and Brussels, and to restore military-to-military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia was not in a position to agree to a new meeting today, but the Russian delegation did not reject it either. There is a real risk for new armed conflict in Europe. We have to continue to work for a political solution.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("It came up, and I was very clear. NATO's posture is defensive and proportionate. We will not accept that Russia decides what kind of defensive capabilities Allies have on their own territory, and we will not sign away our right to deploy them.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("We will continue to consult closely with Ukraine, with Finland and Sweden, and with the European Union on all of these issues.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("No. The Bucharest decision still stands, and it is not up for renegotiation with Russia or with anyone else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("We are ready to put our own proposals in writing, and we will do so. But we will not sign any legally binding treaty that would stop the Alliance from taking in new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We are ready to put our own proposals in writing, and we will do so. But we will not sign any legally binding treaty that would stop the Alliance from taking in new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("As for the timing, Deputy Foreign Minister Grushko said Russia needs time to reflect. This was the first meeting of the NATO-Russia Council in more than two years, and that in itself shows that dialogue is possible.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We do not know what Russia's intentions are. But we see the troops, the heavy equipment, the rhetoric, and a track record of using force against neighbours. That is why we are prepared for the worst while we work for the best.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("And if Russia chooses confrontation, there will be severe costs. Allies are united on that, and so is the European Union.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["interfax-2021-12-27-grushko-interview"] = [
 ("Only general statements so far. We hear from Brussels that the alliance is «ready for dialogue», but we have not received a single concrete reply to a single article of our draft.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2021-12-27"),
 ("Instead we hear the same mantra about the «open door». The so-called open-door policy is not a law of nature. No one is obliged to accept new members, and the alliance cannot use this formula as a pretext to drag Ukraine and Georgia into its orbit.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2021-12-27"),
 ("Instead we hear the same mantra about the «open door». The so-called open-door policy is not a law of nature. No one is obliged to accept new members, and the alliance cannot use this formula as a pretext to drag Ukraine and Georgia into its orbit.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2021-12-27"),
 ("They can call it what they like. Our position is that the forces and infrastructure deployed on the territory of states that joined the alliance after May 1997 must be withdrawn. That is article four of our draft agreement, and we are not going to remove it.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2021-12-27"),
 ("Of course. We propose that neither side deploys intermediate- and shorter-range missiles in areas from which they can hit the territory of the other side. The same applies to strike systems in general: they must not be placed near our borders, whether in Poland, in Romania or in Ukraine.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2021-12-27"),
 ("Of course. We propose that neither side deploys intermediate- and shorter-range missiles in areas from which they can hit the territory of the other side. The same applies to strike systems in general: they must not be placed near our borders, whether in Poland, in Romania or in Ukraine.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2021-12-27"),
 ("And NATO warships and heavy bombers must stop their provocative voyages and flights near our borders, including in the Black Sea, where the number of such incidents has grown sharply. They must stay out of areas from which they can strike Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-27"),
 ("Military contacts between Russia and NATO were frozen by the alliance itself in 2014. We are not going to restore them just so that NATO can tick a box and carry on as before. Dialogue for the sake of dialogue is not our approach.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2021-12-27"),
 ("Exercises above brigade level near the line of contact must be agreed in advance, and the alliance must stop the large-scale drills it holds ever closer to our borders, from the Baltic to the Black Sea.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2021-12-27"),
 ("No. A moratorium is a pause, and pauses end. We need legally binding guarantees that exclude any further expansion of NATO to the east, not promises that will be forgotten as soon as the political situation changes.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2021-12-27"),
 ("No. A moratorium is a pause, and pauses end. We need legally binding guarantees that exclude any further expansion of NATO to the east, not promises that will be forgotten as soon as the political situation changes.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2021-12-27"),
 ("And the decision of the Bucharest summit that Ukraine and Georgia will become members must be disavowed. As long as it remains in force, no guarantee will be worth anything.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2021-12-27"),
 ("Then we will take the military-technical measures that we consider necessary. The president has spoken about this very clearly, and nobody should be surprised.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2021-12-27"),
]
L["bbc-2022-01-26-live-written-replies"] = [
 ("Washington has answered the questions it wanted to be asked. It restated the open-door principle and politely set aside the question of strike weapons near Russia’s borders, which is where the real argument is,", "orla-fennimore", 1, "she", "nato-open-door", "mentions", 1, "2022-01-26"),
 ("Washington has answered the questions it wanted to be asked. It restated the open-door principle and politely set aside the question of strike weapons near Russia’s borders, which is where the real argument is,", "orla-fennimore", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("Both sides insist they came to talk without preconditions. In practice, each has one, and the American one is that Russia’s troops leave Ukraine’s border.", "orla-fennimore", 1, "she", "no-preconditions", "mentions", 1, "2022-01-26"),
 ("Both sides insist they came to talk without preconditions. In practice, each has one, and the American one is that Russia’s troops leave Ukraine’s border.", "orla-fennimore", 1, "she", "russia-de-escalation", "mentions", 1, "2022-01-26"),
 ("We have seen the American text before it was delivered and we have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 ("the main thing for us is a clear answer on the non-expansion of Nato to the east", "russia", 0, "Russia’s embassy in Washington", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("French Foreign Minister Jean-Yves Le Drian and his German counterpart Annalena Baerbock both said on Wednesday that the right of every European state to choose its own alliances was not up for negotiation.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 0, "2022-01-26"),
 ("French Foreign Minister Jean-Yves Le Drian and his German counterpart Annalena Baerbock both said on Wednesday that the right of every European state to choose its own alliances was not up for negotiation.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("We will not remove our forces from the eastern part of the alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("“We will not remove our forces from the eastern part of the alliance,” he added, rejecting Moscow’s call for Nato to pull back to its 1997 positions.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The document we’ve delivered includes concerns of the United States and our allies and partners about Russia’s actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("No change. There will be no change.", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("No change. There will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
]
L["dw-2022-01-14-osce-vienna-analysis"] = [
 ("The risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau said Poland, like every OSCE participating state, was free to choose its own security arrangements and alliances, and that no other state could decide that for it.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("a constructive response to our proposals within a reasonable time frame", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("We are talking about legally binding guarantees, signed and ratified, not about good intentions,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Not declarations, not a moratorium.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("He described Russia's demand for a halt to NATO enlargement as „a non-starter.“", "michael-carpenter", 1, "He", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("He described Russia's demand for a halt to NATO enlargement as „a non-starter.“", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("I don't want to confirm anything here, but I won't rule anything out either,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Sitting down with Russia without first insisting that it pull its troops back from Ukraine's border is rewarding blackmail,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("Sitting down with Russia without first insisting that it pull its troops back from Ukraine's border is rewarding blackmail,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Everything has been tied to one point: a guarantee that Ukraine will never join NATO. As long as the West says no to that, it can say yes to a lot of other things and still get nowhere,", "henrike-vosskamp", 1, "Henrike Vosskamp", "no-ukraine-membership", "mentions", 1, ""),
 ("Vosskamp points out that two further items get far less attention in Western capitals: withdrawing the membership promise NATO gave Ukraine and Georgia at its 2008 Bucharest summit, and ending any NATO military activity in Ukraine, the South Caucasus and Central Asia.", "henrike-vosskamp", 1, "Vosskamp", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Vosskamp points out that two further items get far less attention in Western capitals: withdrawing the membership promise NATO gave Ukraine and Georgia at its 2008 Bucharest summit, and ending any NATO military activity in Ukraine, the South Caucasus and Central Asia.", "henrike-vosskamp", 1, "Vosskamp", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Limiting our exercises on our own territory while Russia moves 100,000 soldiers around Ukraine's borders and into Belarus would be absurd. That is unacceptable for Poland,", "jakub-wierzchon", 1, "he", "limit-military-exercises", "rejects", 1, ""),
 ("And a ban on American missiles anywhere within range of Russia would cover practically all of Europe, while the Iskanders in Kaliningrad stay where they are. No government in Warsaw could sign up to that.", "jakub-wierzchon", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("In Brussels, a senior EU official, speaking on condition of anonymity, told DW the bloc would never accept an arrangement that curbed the sovereign right of countries such as Ukraine or Moldova to choose their partners.", "european-union", 0, "a senior EU official", "nato-open-door", "supports", 0, ""),
]
L["tass-2022-01-27-peskov-lavrov-replies"] = [
 ("It cannot be said that our considerations were taken into account or that a willingness was shown to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("But we will not hurry with assessments,", "dmitry-peskov", 1, "the Kremlin spokesman", "", "", 1, "2022-01-27"),
 ("Asked about the Western calls to pull back troops, the Kremlin spokesman said that the movement of Russian forces on Russian territory \"is nobody's business\" and that Moscow does not intend to withdraw its troops from its own land at anyone's request.", "dmitry-peskov", 1, "the Kremlin spokesman", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("no positive response on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Lavrov noted that the American reply does contain proposals on intermediate-range missiles and on rules to prevent dangerous incidents involving warships and aircraft near each other's borders, which could be discussed, but only after the main question is settled.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("Lavrov noted that the American reply does contain proposals on intermediate-range missiles and on rules to prevent dangerous incidents involving warships and aircraft near each other's borders, which could be discussed, but only after the main question is settled.", "sergei-lavrov", 1, "Lavrov", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-27"),
 ("According to the minister, the Western countries remember only the part of these documents which speaks about the freedom to choose alliances.", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 0, "2022-01-27"),
 ("Earlier, speaking at his annual press conference on December 23, Russian President Vladimir Putin said that the West must give Russia legally binding guarantees \"immediately, now\" and that \"the ball is in their court\".", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-23"),
 ("On Wednesday evening, Foreign Ministry Spokeswoman Maria Zakharova said on the Rossiya-1 TV channel that Washington's insistence on the so-called \"open door\" was \"a door to nowhere\" and that Russia would never accept it as the foundation of European security.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2022-01-26"),
 ("We are in favour of restoring a full-fledged dialogue between the military of Russia and the United States, this is in the interests of both sides,", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("If the West continues on its destructive course, we will take the necessary retaliatory measures,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, "2022-01-27"),
]
L["state-2021-12-20-price-briefing"] = [
 ("Well, we've seen the documents, and as we said on Friday, we are prepared to engage in diplomacy on the basis of reciprocity. There are some things in those documents that the Russians know will be unacceptable, and we are not going to pretend otherwise.", "ned-price", 1, "Ned Price", "", "", 1, "2021-12-20"),
 ("We're ready to talk, and we are not setting any preconditions for that conversation. But we'll do it in full coordination with our Allies and partners, and there will be no discussion about Ukraine without Ukraine.", "ned-price", 1, "Ned Price", "no-preconditions", "supports", 1, "2021-12-20"),
 ("The idea that NATO would take its forces out of Allied countries that joined after 1997 – that is, frankly, a non-starter. Our commitment to Article 5 is ironclad, and it applies to every Ally equally.", "ned-price", 1, "Ned Price", "rollback-to-1997", "rejects", 1, "2021-12-20"),
 ("I'm not going to negotiate from this podium over the form that any eventual understanding might take. What I will say is that there are areas – strategic stability, arms control, transparency around military exercises – where we have had productive conversations with Russia in the past, and where we may be able to do so again.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "mentions", 1, "2021-12-20"),
 ("I'm not going to negotiate from this podium over the form that any eventual understanding might take. What I will say is that there are areas – strategic stability, arms control, transparency around military exercises – where we have had productive conversations with Russia in the past, and where we may be able to do so again.", "ned-price", 1, "Ned Price", "limit-military-exercises", "mentions", 1, "2021-12-20"),
 ("Our security assistance to Ukraine is defensive, it is longstanding, and it will continue. Ukraine is a sovereign country, and its partnership with the United States is not something for Moscow to decide.", "ned-price", 1, "Ned Price", "no-military-activity-ex-soviet", "rejects", 1, "2021-12-20"),
 ("The United States will continue to fly, sail and operate wherever international law allows, including in the Black Sea. That is not going to change.", "ned-price", 1, "Ned Price", "no-warships-aircraft-in-strike-range", "rejects", 1, "2021-12-20"),
 ("I'd refer you to NATO for questions about NATO-Russia channels. We'll be consulting closely with our Allies on every element of what has been put forward, including that one.", "ned-price", 1, "Ned Price", "resume-military-dialogue", "mentions", 1, "2021-12-20"),
 ("He has. Secretary Blinken spoke with Foreign Minister Kuleba over the weekend and reaffirmed our unwavering support for Ukraine's sovereignty and territorial integrity. You'll have seen our readout of that call.", "ned-price", 1, "Ned Price", "", "", 1, "2021-12-20"),
 ("We've seen those reports, and we would welcome any step that creates space for a negotiated cessation of hostilities. Our special envoy remains in close touch with all of the parties.", "ned-price", 1, "Ned Price", "", "", 1, "2021-12-20"),
]

write_gold(L, "articles-186", "gold-186")
