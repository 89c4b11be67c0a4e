#!/usr/bin/env python3
"""Writes the 167th held-out gold (gold-167/*.nq) from the labels below.

Batch 167 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
is meant to look like the coverage most readers actually saw, in the
mainstream outlets and forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy with front
  matter and a GENEVA dateline, straight quotes; Ryabkov's quotation split by
  "Ryabkov said" (the second part running over two sentences), a lede with two
  actors in one sentence (Russia / Washington), an analyst, a demand attributed
  in passing to Moscow, Bucharest 2008 and the 1997 Founding Act as background.
- nato-2022-01-12-nrc-press-conference: NATO's own transcript of Stoltenberg's
  press conference after the NATO-Russia Council, no front matter, speaker
  labels "Name (Role):", the spokesperson moderating, journalists' questions
  (one of them stating Russia's demand), follow-on paragraphs without a label.
- izvestia-2022-01-27-grushko-interview: machine-translated Izvestia interview
  with Grushko, UTF-8 BOM and CRLF line ends, no front matter (date line in
  the text), dash-led questions and answers, « » quotes, a passive attribution
  in the intro ("It was stressed by the deputy minister"), "shock"/"hit"
  wording of the translation, a link line.
- cnn-2022-01-26-us-written-response-live: CNN live blog on the day of the
  written answers, front matter, time-stamped entries with entry headlines,
  a "What we're covering" list, curly quotes; Blinken, Stoltenberg, Price,
  Kirby, Peskov, Zelensky, the Russian Embassy in Washington (-> russia).
- ft-2022-02-03-security-guarantees-analysis: Financial Times analysis with
  headline and standfirst, "Nato" spelling, curly quotes and ’; history that
  must not be labelled (Baker 1990, the Founding Act, Bucharest 2008, Putin at
  Munich 2007), invented analysts in Stockholm, Moscow, Odesa and Washington,
  Putin (Tuesday 1 Feb) and Borrell (Wednesday 2 Feb).
- up-2022-01-13-rau-osce-vienna: Ukrainska Pravda on the OSCE Permanent
  Council, no front matter, „ “ quotes, crossheads, a verbatim quotation from
  the draft agreement (not labelled), quotation fragments inside reported
  sentences, "According to Rau", "in an interview with LRT radio" (no day),
  Georgian and Lithuanian ministers, an invented Kyiv analyst.
- mid-2022-01-20-zakharova-briefing: the Russian Foreign Ministry's English
  transcript of Zakharova's weekly briefing, front matter, table of contents
  and crossheads, monologue paragraphs without a speaker label, then
  "Question:" / "Maria Zakharova:" answers (one running over two paragraphs).

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
 ("Russia told the United States on Monday that it was essential to ensure Ukraine never joins NATO, while Washington called such proposals \"non-starters\" as the two sides held talks in Geneva aimed at defusing tensions over Moscow's military build-up near Ukraine.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it was essential to ensure Ukraine never joins NATO, while Washington called such proposals \"non-starters\" as the two sides held talks in Geneva aimed at defusing tensions over Moscow's military build-up near Ukraine.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("and we need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The conversation was difficult, long, very professional, deep, concrete, without attempts to gloss over the sharp corners,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("He said Russia's proposal for a mutual ban on deploying intermediate-range missiles in Europe remained on the table and that Moscow was prepared to extend its own moratorium on such deployments if Washington did the same.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("Asked whether some of those forces would be pulled back, Ryabkov insisted the troops were exercising on Russian soil and that Moscow would not be told where it could move its own army.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("It's very hard to have constructive, productive, successful diplomacy without de-escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Sherman said the two delegations had also discussed Moscow's demand that the United States end military cooperation with Ukraine, Georgia and other former Soviet republics outside the alliance.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-10"),
 ("Sherman said the two delegations had also discussed Moscow's demand that the United States end military cooperation with Ukraine, Georgia and other former Soviet republics outside the alliance.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Both delegations came to Geneva to state positions, not to trade them,", "olga-vetrova", 1, "Olga Vetrova", "", "", 1, ""),
 ("Whether NATO would ever put its promises on paper, and whether Ukraine would ever join, were the questions everyone circled around and nobody answered.", "olga-vetrova", 1, "Olga Vetrova", "written-legal-guarantees", "mentions", 1, ""),
 ("Whether NATO would ever put its promises on paper, and whether Ukraine would ever join, were the questions everyone circled around and nobody answered.", "olga-vetrova", 1, "Olga Vetrova", "no-ukraine-membership", "mentions", 1, ""),
]
L["nato-2022-01-12-nrc-press-conference"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council, the first in more than two years. It was a very serious and direct exchange, and it was not an easy discussion.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies and Russia have significant differences, and they will not be easy to bridge. Allies reaffirmed that every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies and Russia have significant differences, and they will not be easy to bridge. Allies reaffirmed that every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will not compromise on the ability of Allies to protect and defend each other. We will not end up in a situation where we have second-class NATO members, where NATO as an Alliance is not allowed to protect them in the same way as other Allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage with Russia on arms control, including on intermediate-range missiles, and on greater transparency and risk reduction. These are areas where we can make real progress.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("Allies also proposed to re-establish our respective offices in Moscow and in Brussels, and to make full use of military channels of communication to prevent incidents and reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia's military build-up in and around Ukraine is the most serious crisis in European security in many years. We call on Russia to de-escalate and to withdraw its forces from Ukraine's borders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The Russian delegation will speak for itself. What I can tell you is that Allies were united today. We will not sign any legally binding agreement that freezes enlargement or trades away the security of Allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("The Russian delegation will speak for itself. What I can tell you is that Allies were united today. We will not sign any legally binding agreement that freezes enlargement or trades away the security of Allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("There is a real risk of a new armed conflict in Europe. This is exactly why we need to continue to talk.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies will not accept any limits on where we place defensive weapons on Allied territory, including in those Allies that border Russia. These are decisions for NATO, not for Moscow.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("I proposed to the Russian delegation a series of meetings to address the full range of issues. They were not ready to agree to a timeline today, but they did not reject it either.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia has not given us any such commitment. Words are welcome, but what we need to see is action on the ground, and that means fewer troops, not more, along Ukraine's border.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
]
L["izvestia-2022-01-27-grushko-interview"] = [
 ("It was stressed by the deputy minister that Russia will not be satisfied with any answer in which there is no clear obligation on the non-expansion of NATO to the east.", "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("We received the documents, now they are studied in the interagency format. I will not anticipate the conclusions, but already now it is possible to say: on the main question there is no positive reaction.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-27"),
 ("Our key demand did not change: NATO must not expand further to the east, and this must be fixed legally, in the form of the international treaty, and not in the form of the political declarations, which were violated many times.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Our key demand did not change: NATO must not expand further to the east, and this must be fixed legally, in the form of the international treaty, and not in the form of the political declarations, which were violated many times.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("The so-called policy of open doors is not the right of NATO, but the instrument of its expansion. The freedom of choice of the alliances cannot be realised at the expense of the security of other states, this is fixed in the documents of the OSCE, which were signed by everybody.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We are ready to discuss the missiles of medium and shorter range, but only in the package with the main questions. To pull out separate subjects and to forget about the rest will not work.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("The ships and the aircraft of NATO come closer and closer to our borders, the strategic bombers fly at the distance of 20 kilometres from the border. We demand that such activity is stopped in the zones, from where they can hit our territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-27"),
 ("The channels of the military dialogue between Russia and NATO were destroyed by the alliance itself. We do not see the reasons to restore them now, when NATO calls Russia the threat and builds up the forces on the eastern flank.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("The Bucharest formula, that Ukraine and Georgia will become the members of NATO, must be disavowed. While it remains in force, all the talk about the «distant perspective» costs nothing.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("We proposed to begin the negotiations without any preconditions, and we expect the same from the partners. The demands to withdraw our troops from our own territory are not the subject for discussion.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-27"),
 ("We proposed to begin the negotiations without any preconditions, and we expect the same from the partners. The demands to withdraw our troops from our own territory are not the subject for discussion.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("In Vienna we heard many good words from the Polish chairmanship. We will see, whether behind these words there is anything except the words.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-27"),
]
L["cnn-2022-01-26-us-written-response-live"] = [
 ("Ukraine’s path to NATO is written into our Constitution, and no one in Moscow will cross it out,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We are calm, we are strong, and we are not going to panic,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("The document we’ve delivered includes concerns of the United States and our allies and partners about Russia’s actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said the response also proposed talks on arms control and on confidence-building measures around military exercises and maneuvers in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("He urged Russia to pull back the troops it has massed along Ukraine’s border, saying the choice between diplomacy and confrontation was Moscow’s alone.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said the alliance had sent Russia a separate document proposing to reopen NATO’s office in Moscow and Russia’s mission in Brussels and to set up military hotlines to reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance, and security in Europe and North America, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He also made clear that NATO would not pull its battlegroups out of Poland and the Baltic states, dismissing Moscow’s demand that the alliance return to its 1997 military posture.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("He also made clear that NATO would not pull its battlegroups out of Poland and the Baltic states, dismissing Moscow’s demand that the alliance return to its 1997 military posture.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We think diplomacy has the best chance to succeed if we give it space to work,", "ned-price", 1, "Price", "", "", 1, "2022-01-26"),
 ("According to Price, the United States would consider further rounds of talks without preconditions once Moscow had studied the document.", "ned-price", 1, "Price", "no-preconditions", "mentions", 0, "2022-01-26"),
 ("No decision has been made to deploy any of these forces at this time,", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 ("It is obvious that if our concerns are ignored, we will have to think about other measures,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
 ("Peskov also brushed off Western calls to withdraw troops from near Ukraine, saying Russia moves forces around its own territory “as it sees fit.”", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-26"),
 ("the military development of the territory of Ukraine and other post-Soviet states.", "russia", 0, "The Russian Embassy in Washington", "no-military-activity-ex-soviet", "supports", 1, "2022-01-26"),
]
L["ft-2022-02-03-security-guarantees-analysis"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("The Russian president said the US and Nato had ignored his three core demands: a halt to the alliance’s enlargement, a refusal to deploy strike weapons near Russia’s borders and the withdrawal of Nato’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "The Russian president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("The Russian president said the US and Nato had ignored his three core demands: a halt to the alliance’s enlargement, a refusal to deploy strike weapons near Russia’s borders and the withdrawal of Nato’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "The Russian president", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("The Russian president said the US and Nato had ignored his three core demands: a halt to the alliance’s enlargement, a refusal to deploy strike weapons near Russia’s borders and the withdrawal of Nato’s military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "The Russian president", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("A legally binding promise that Nato will never expand again is not something any allied government could sign, nor should it,", "tobias-lindqvist", 1, "Tobias Lindqvist", "nato-non-expansion", "rejects", 1, ""),
 ("A legally binding promise that Nato will never expand again is not something any allied government could sign, nor should it,", "tobias-lindqvist", 1, "Tobias Lindqvist", "written-legal-guarantees", "rejects", 1, ""),
 ("Reviving a ban on intermediate-range missiles in Europe sounds sensible, but without inspections in Kaliningrad it would be worthless. No ally should sign up to that on trust,", "tobias-lindqvist", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The demand to pull Nato back to its 1997 lines was the opening bid, and everyone at Smolenskaya Square knew it,", "irina-sokolovskaya", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Keeping American ships and bombers out of strike range sounds technical, but in the Black Sea it would mean keeping them out altogether,", "irina-sokolovskaya", 1, "Sokolovskaya", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Keeping US destroyers out of the Black Sea because Moscow feels threatened is not a security guarantee. It is a sphere of influence,", "hanna-ostapenko", 1, "she", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Josep Borrell, the EU’s foreign policy chief, told reporters in Brussels on Wednesday that the bloc would never accept a Europe carved into spheres of influence and that no third country could dictate to Ukraine or Georgia which alliances they may join.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 0, "2022-02-02"),
 ("Talks on where strike systems sit, on transparency, on risk reduction: that is a serious offer. What Washington cannot offer is a veto over who joins Nato,", "margaret-ellery", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Talks on where strike systems sit, on transparency, on risk reduction: that is a serious offer. What Washington cannot offer is a veto over who joins Nato,", "margaret-ellery", 1, "she", "nato-open-door", "supports", 1, ""),
]
L["up-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("According to Rau, the OSCE is ready to offer a platform for talks on de-escalation along Ukraine's borders and on restoring the freedom of movement of the Special Monitoring Mission in Donbas.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "mentions", 0, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not advance further east. Promises and declarations have been given to us before, and we know what they are worth,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not advance further east. Promises and declarations have been given to us before, and we know what they are worth,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("take measures to ensure the strategic balance", "alexander-lukashevich", 1, "He", "", "", 1, "2022-01-13"),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington had heard Moscow's demand to revisit the 2008 Bucharest declaration and would address it, like all of Russia's proposals, together with the allies.", "michael-carpenter", 1, "Carpenter", "rescind-bucharest-2008", "mentions", 0, "2022-01-13"),
 ("Carpenter said Washington had heard Moscow's demand to revisit the 2008 Bucharest declaration and would address it, like all of Russia's proposals, together with the allies.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Our military cooperation with partners, including the training missions of the United States, the United Kingdom and Canada, is not and will not be the subject of any bargaining with Moscow,", "yevhenii-tsymbaliuk", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-13"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba on Thursday dismissed Moscow's calls for negotiations „without preconditions“, insisting that any talks had to begin with Russia pulling its forces back from Ukraine's borders.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-preconditions", "rejects", 0, "2022-01-13"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba on Thursday dismissed Moscow's calls for negotiations „without preconditions“, insisting that any talks had to begin with Russia pulling its forces back from Ukraine's borders.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba on Thursday dismissed Moscow's calls for negotiations „without preconditions“, insisting that any talks had to begin with Russia pulling its forces back from Ukraine's borders.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Nothing about Ukraine without Ukraine. This principle is not negotiable, whatever format the talks take,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-13"),
 ("Georgian Foreign Minister David Zalkaliani said in Tbilisi on Thursday that the decisions of the 2008 Bucharest summit were not subject to revision by any third country.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-01-13"),
 ("Meanwhile, in an interview with LRT radio, Lithuanian Defence Minister Arvydas Anušauskas said his country would not accept any limits on NATO exercises on its territory and that allied drills planned for the spring would go ahead in full.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, ""),
 ("The Russians will keep asking one and the same question – will NATO expand or not – in Geneva, in Brussels and in Vienna. And the West will keep answering with two words: open door,", "taras-hnatiuk", 1, "Hnatiuk", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians will keep asking one and the same question – will NATO expand or not – in Geneva, in Brussels and in Vienna. And the West will keep answering with two words: open door,", "taras-hnatiuk", 1, "Hnatiuk", "nato-open-door", "mentions", 1, ""),
]
L["mid-2022-01-20-zakharova-briefing"] = [
 ("Tomorrow, January 21, Foreign Minister Sergey Lavrov will hold talks in Geneva with US Secretary of State Antony Blinken. The meeting is being held at the request of the American side.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("We expect the United States to deliver, as promised, a written, article-by-article response to our draft documents. Our position is well known: we need legally binding guarantees of the non-expansion of NATO to the east, of the non-deployment of strike weapon systems near our borders, and of the return of the alliance’s military infrastructure to the configuration of May 1997.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, "2022-01-20"),
 ("We expect the United States to deliver, as promised, a written, article-by-article response to our draft documents. Our position is well known: we need legally binding guarantees of the non-expansion of NATO to the east, of the non-deployment of strike weapon systems near our borders, and of the return of the alliance’s military infrastructure to the configuration of May 1997.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, "2022-01-20"),
 ("We expect the United States to deliver, as promised, a written, article-by-article response to our draft documents. Our position is well known: we need legally binding guarantees of the non-expansion of NATO to the east, of the non-deployment of strike weapon systems near our borders, and of the return of the alliance’s military infrastructure to the configuration of May 1997.", "maria-zakharova", 1, "Maria Zakharova", "no-strike-weapons-near-borders", "supports", 1, "2022-01-20"),
 ("We expect the United States to deliver, as promised, a written, article-by-article response to our draft documents. Our position is well known: we need legally binding guarantees of the non-expansion of NATO to the east, of the non-deployment of strike weapon systems near our borders, and of the return of the alliance’s military infrastructure to the configuration of May 1997.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 1, "2022-01-20"),
 ("We have noted statements by US and NATO officials about their readiness to discuss limits on exercises. Restricting military drills near the line of contact between Russia and NATO has long been our proposal, and it is good that it has finally been heard.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 1, "2022-01-20"),
 ("The CSTO collective peacekeeping forces have completed their mission in Kazakhstan and are returning to their permanent bases. We thank all the participants for their professionalism and coordination.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("This week London began delivering anti-tank weapons to Kiev, with the transport aircraft flying around German airspace. Instructors from NATO countries are already working in Ukraine. This is precisely what we had in mind when we demanded that the alliance stop the military development of Ukrainian territory.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2022-01-20"),
 ("We have seen the statements from Brussels about restoring channels of military communication. We will study these ideas carefully, although it was the alliance itself that severed them in 2014.", "maria-zakharova", 1, "Maria Zakharova", "resume-military-dialogue", "mentions", 1, "2022-01-20"),
 ("Kiev talks about a “sovereign right” to join NATO. But no one has a right to strengthen their own security at the expense of others, and the alliance has no obligation to admit anyone. Ukraine must not become a member of NATO – for us, this is a matter of national security.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-01-20"),
 ("Kiev talks about a “sovereign right” to join NATO. But no one has a right to strengthen their own security at the expense of others, and the alliance has no obligation to admit anyone. Ukraine must not become a member of NATO – for us, this is a matter of national security.", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 1, "2022-01-20"),
 ("I would advise Mr Kuleba to reread the documents signed at the OSCE summits in Istanbul and Astana.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("American warships sail thousands of kilometres from their own shores to demonstrate force near ours. Our draft treaty says clearly that warships and heavy bombers must not operate in areas from which they can strike the other party’s territory.", "maria-zakharova", 1, "Maria Zakharova", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-20"),
 ("We have commented on this many times. The language of sanctions does not work with Russia, and Washington should have understood that long ago.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("Everything will depend on the results of tomorrow’s meeting and on the content of the American answer. We will inform you.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
]

write_gold(L, "articles-167", "gold-167")
