#!/usr/bin/env python3
"""Writes the held-out gold of batch 169 (gold-169/*.nq) from the labels below.

Batch 169 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy after the
  Geneva talks (front matter, dateline, straight quotes, a quotation split by
  "Sherman said", attribution after the quotation, an anonymous senior State
  Department official, an invented analyst, the 2008 Bucharest declaration
  quoted as background).
- state-2022-01-12-sherman-nrc-call: State Department transcript of Wendy
  Sherman's press call after the NATO-Russia Council (no front matter, UTF-8
  BOM and CRLF line ends, speaker labels, moderator, operator and journalists'
  questions, some of which themselves report Russian demands).
- nato-2022-01-26-stoltenberg-press-conference: NATO transcript of
  Stoltenberg's press conference on the written proposals (front matter,
  speaker labels, spokesperson as moderator, questions from Sky News, RIA
  Novosti and Deutsche Welle).
- tass-2022-01-27-peskov-us-response: TASS wire in translated English on
  Peskov's press call, with Lavrov, Grushko, Ryabkov and Zakharova (no front
  matter, date line "27 JAN 2022", « » quotes, "according to the Kremlin
  spokesman", roles and pronouns, an undated interview, a closing paragraph
  describing the draft treaties).
- skynews-2022-02-01-ukraine-live: Sky News live blog (no front matter,
  timestamped entries, key points, entry headlines, picture caption, "Read
  more" link lines; Putin, Zelensky, Johnson, Truss, Blaszczak, Landsbergis and
  an invented academic).
- nyt-2022-01-14-osce-vienna-analysis: New York Times news analysis after the
  OSCE meeting in Vienna (front matter, curly quotes, standfirst, photo
  caption, Baker 1990 and the 1997 Founding Act as background, two speakers in
  one sentence, invented experts, demands attributed in passing to Moscow).
- kyivindependent-2021-12-22-kuleba-interview: Kyiv Independent Q&A
  interview with Dmytro Kuleba (front matter, „ “ quotes in the intro,
  questions prefixed by the outlet's name, answers as dashed paragraphs).

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow needed \"ironclad\" and legally binding guarantees that Ukraine would never join NATO, after nearly eight hours of talks with a U.S. delegation in Geneva ended without a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow needed \"ironclad\" and legally binding guarantees that Ukraine would never join NATO, after nearly eight hours of talks with a U.S. delegation in Geneva ended without a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had firmly pushed back on proposals that were \"simply non-starters\", among them a commitment that NATO would halt its eastward expansion.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("and we were firm that no outside country gets a say over who joins the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was open to discussing limits on the future deployment of intermediate-range missiles in Europe and reciprocal restrictions on the size and scope of military exercises, but only if Russia pulled back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was open to discussing limits on the future deployment of intermediate-range missiles in Europe and reciprocal restrictions on the size and scope of military exercises, but only if Russia pulled back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She said the United States was open to discussing limits on the future deployment of intermediate-range missiles in Europe and reciprocal restrictions on the size and scope of military exercises, but only if Russia pulled back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Ryabkov, for his part, dismissed calls for a Russian pullback, saying the troops were training on Russian soil and that where they were deployed was \"nobody's business but ours\".", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Without a legally binding guarantee of non-enlargement, everything else is secondary. For us this is absolutely mandatory,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Without a legally binding guarantee of non-enlargement, everything else is secondary. For us this is absolutely mandatory,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Nothing about Ukraine will be decided without Ukraine, and nothing about Europe without Europe,", "us-state-department", 0, "a senior State Department official", "", "", 1, "2022-01-10"),
 ("The Russians came to Geneva with a maximalist list and the Americans came with an arms-control menu,", "katarzyna-wielgosz-henning", 1, "Katarzyna Wielgosz-Henning", "", "", 1, ""),
 ("A halt to enlargement is the only item on that list that really matters, and it is the one thing Washington cannot give.", "katarzyna-wielgosz-henning", 1, "Katarzyna Wielgosz-Henning", "nato-non-expansion", "mentions", 1, ""),
]
S = "2022-01-12"
L["state-2022-01-12-sherman-nrc-call"] = [
 ("Thank you very much, Ned, and thanks to all of you for joining. Today all 30 NATO Allies sat around one table with the Russian Federation for about four hours. It was a frank and forthright discussion, and I want to underscore that the Allies spoke with one voice from start to finish.", "wendy-sherman", 1, "Sherman", "", "", 1, S),
 ("We were united in rejecting security proposals that are simply non-starters for the Alliance. We will not slam the door on NATO's open-door policy. Only Ukraine and the 30 Allies can decide whether Ukraine joins NATO, and nobody else gets a veto.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, S),
 ("We were united in rejecting security proposals that are simply non-starters for the Alliance. We will not slam the door on NATO's open-door policy. Only Ukraine and the 30 Allies can decide whether Ukraine joins NATO, and nobody else gets a veto.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 1, S),
 ("On the idea of legally binding guarantees that NATO will not enlarge, I was very direct. No Ally is going to sign away its sovereign choices in a treaty with Russia, and I told Deputy Foreign Minister Grushko that this is not going to change.", "wendy-sherman", 1, "Sherman", "written-legal-guarantees", "rejects", 1, S),
 ("On the idea of legally binding guarantees that NATO will not enlarge, I was very direct. No Ally is going to sign away its sovereign choices in a treaty with Russia, and I told Deputy Foreign Minister Grushko that this is not going to change.", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, S),
 ("At the same time, there are areas where we think progress is possible. We are prepared to discuss, on a reciprocal basis, the question of offensive strike systems in Ukraine and a number of other risk-reduction measures.", "wendy-sherman", 1, "Sherman", "no-strike-weapons-near-borders", "mentions", 1, S),
 ("Allies also proposed that NATO and Russia reopen their missions in Brussels and Moscow and restore regular military-to-military channels, so that an accident in the air or at sea does not turn into a crisis. I hope Moscow takes up that offer.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 1, S),
 ("They did not give us a deadline today. Deputy Foreign Minister Grushko and Deputy Defense Minister Fomin listened very carefully and said they would take what they heard back to Moscow.", "wendy-sherman", 1, "Sherman", "", "", 1, S),
 ("On the second part of your question, we will be consulting closely with Allies and partners, and I expect that we will respond in writing to the Russian proposals in the coming weeks. Responding in writing is not the same thing as accepting the premise of those proposals.", "wendy-sherman", 1, "Sherman", "", "", 1, S),
 ("No, I don't think so. We have not asked Russia to meet any conditions before sitting down with us. We sat down in Geneva, we sat down here today, and we will sit down in Vienna tomorrow at the OSCE.", "wendy-sherman", 1, "Sherman", "no-preconditions", "supports", 1, S),
 ("But let me be clear: it is very hard to make real progress while Russia has 100,000 troops massed on Ukraine's border. De-escalation is the path forward, and we told the Russian delegation that in no uncertain terms.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, S),
 ("We heard that again today, yes. NATO is not going to withdraw from the territory of its own members. The Allies on the eastern flank were eloquent about that, and I have nothing to add to what they said.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 1, S),
 ("As for our cooperation with Ukraine, that is a matter for Ukraine and for us. Russia does not get to tell a sovereign country which partners may train its soldiers.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, S),
]
N = "2022-01-26"
JS = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-26-stoltenberg-press-conference"] = [
 ("Good afternoon. Today, in parallel with the United States, NATO has sent written proposals to Russia. We have transmitted them to the Russian Foreign Ministry, and we have consulted closely with the United States and with all Allies as we prepared them.", *JS, "", "", 1, N),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we all have signed up to. But we cannot and will not compromise on the principles on which the security of our Alliance, and of Europe, rests.", *JS, "", "", 1, N),
 ("We propose to re-establish our respective offices in Moscow and in Brussels, and to make full use of military-to-military channels of communication to promote transparency and reduce risks, including a civilian hotline for emergencies.", *JS, "resume-military-dialogue", "supports", 1, N),
 ("At the same time, we call on Russia to immediately de-escalate and to withdraw its forces from Ukraine and from around Ukraine's borders. Any further aggression would have severe costs.", *JS, "russia-de-escalation", "supports", 1, N),
 ("We will not compromise on the right of each nation to choose its own path, including which security arrangements it wants to be part of.", *JS, "nato-open-door", "supports", 1, N),
 ("The request for legally binding guarantees that NATO will not enlarge further has been discussed seriously by all Allies, and our letter addresses it directly.", *JS, "written-legal-guarantees", "mentions", 1, N),
 ("The request for legally binding guarantees that NATO will not enlarge further has been discussed seriously by all Allies, and our letter addresses it directly.", *JS, "nato-non-expansion", "mentions", 1, N),
 ("But the answer is clear. Decisions on enlargement are taken by NATO Allies and by the countries that aspire to join, and by no one else. The decision we took at the Bucharest summit in 2008 stands, and we will not revoke it.", *JS, "nato-open-door", "supports", 1, N),
 ("But the answer is clear. Decisions on enlargement are taken by NATO Allies and by the countries that aspire to join, and by no one else. The decision we took at the Bucharest summit in 2008 stands, and we will not revoke it.", *JS, "rescind-bucharest-2008", "rejects", 1, N),
 ("No. We will not have first- and second-class members in this Alliance. The battlegroups in the eastern part of our Alliance are there because of Russia's behaviour, and they will stay as long as they are needed.", *JS, "rollback-to-1997", "rejects", 1, N),
 ("Our ships and aircraft will continue to operate in international waters and airspace in accordance with international law. Where Allied ships sail and where Allied aircraft fly is not something Russia can dictate.", *JS, "no-warships-aircraft-in-strike-range", "rejects", 1, N),
 ("We have to be prepared for that. NATO is ready for dialogue, but we are also prepared for the worst. We have already increased our presence in the eastern part of the Alliance, and we will further strengthen it if needed.", *JS, "", "", 1, N),
]
T = "2022-01-27"
L["tass-2022-01-27-peskov-us-response"] = [
 ("It cannot be said that our considerations were taken into account or that readiness was shown to take our concerns into account. There is little ground for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("According to the Kremlin spokesman, the key questions for Moscow remain the non-expansion of NATO and the non-deployment of strike weapon systems near the Russian borders.", "dmitry-peskov", 1, "the Kremlin spokesman", "nato-non-expansion", "supports", 0, T),
 ("According to the Kremlin spokesman, the key questions for Moscow remain the non-expansion of NATO and the non-deployment of strike weapon systems near the Russian borders.", "dmitry-peskov", 1, "the Kremlin spokesman", "no-strike-weapons-near-borders", "supports", 0, T),
 ("Peskov also rejected the Western demands that Russia withdraw its troops from the areas near the Ukrainian border, calling the movement of forces on the Russian territory «our sovereign affair».", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, T),
 ("a reaction which allows to count on the beginning of a serious conversation, but on secondary questions", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, T),
 ("They cannot keep citing the freedom of choice of alliances while ignoring the second half of the same commitment, that nobody strengthens his security at the expense of others. This is cherry-picking,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, T),
 ("Deputy Foreign Minister Alexander Grushko said on Thursday that Moscow continued to insist on the end of NATO military exercises near the Russian borders and on keeping the US and NATO warships and aircraft out of zones from which they could strike the Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, T),
 ("Deputy Foreign Minister Alexander Grushko said on Thursday that Moscow continued to insist on the end of NATO military exercises near the Russian borders and on keeping the US and NATO warships and aircraft out of zones from which they could strike the Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, T),
 ("Speaking at the same briefing, he said Russia saw no sense in restoring contacts between the militaries of Russia and NATO while the alliance «treats Russia as an adversary».", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 0, T),
 ("The Bucharest formula, that Ukraine and Georgia will become members of NATO, must be buried once and for all. Without this there is no stable security in Europe,", "alexander-grushko", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 1, T),
 ("The Bucharest formula, that Ukraine and Georgia will become members of NATO, must be buried once and for all. Without this there is no stable security in Europe,", "alexander-grushko", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, T),
 ("Deputy Foreign Minister Sergei Ryabkov said in an interview with the RIA Novosti news agency that Russia continues to insist on a ban on the deployment of the US intermediate-range missiles in Europe and «will not trade» it for partial steps.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Washington must stop the military development of the territory of Ukraine and other post-Soviet states. This is a red line for us,", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("We are ready for dialogue without preconditions and without ultimatums, but a dialogue is not a monologue of the West,", "maria-zakharova", 1, "Maria Zakharova", "no-preconditions", "supports", 1, T),
]
K = "2022-02-01"
L["skynews-2022-02-01-ukraine-live"] = [
 ("It is already clear now that fundamental Russian concerns were ignored. We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, K),
 ("It is already clear now that fundamental Russian concerns were ignored. We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 1, K),
 ("It is already clear now that fundamental Russian concerns were ignored. We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 1, K),
 ("Ukraine will decide itself what it needs to defend its land: which weapons, defensive or offensive, and from which partners. Nobody in Moscow will write that list for us,", "volodymyr-zelensky", 1, "the Ukrainian president", "no-strike-weapons-near-borders", "rejects", 1, K),
 ("Britain will stand with Ukraine whatever happens, and I have told the president that today,", "boris-johnson", 1, "Johnson", "", "", 1, K),
 ("De-escalation has to come first. We are not going to pretend that talks can carry on as normal, with no conditions attached, while 100,000 troops sit on Ukraine's border,", "liz-truss", 1, "she", "russia-de-escalation", "supports", 1, K),
 ("De-escalation has to come first. We are not going to pretend that talks can carry on as normal, with no conditions attached, while 100,000 troops sit on Ukraine's border,", "liz-truss", 1, "she", "no-preconditions", "rejects", 1, K),
 ("Polish Defence Minister Mariusz Blaszczak said today that any moratorium on intermediate-range missiles in Europe would be \"unacceptable\" as long as Russian Iskander systems remain in Kaliningrad.", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "no-intermediate-range-missiles", "rejects", 0, K),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis today dismissed Moscow's demand that NATO scale back military exercises near Russia's borders, saying allied drills in the Baltic states would go ahead as planned.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, K),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis today dismissed Moscow's demand that NATO scale back military exercises near Russia's borders, saying allied drills in the Baltic states would go ahead as planned.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The question at the heart of all this is simple: will NATO ever promise not to admit Ukraine? Everything else is noise,", "fiona-ashdown", 1, "she", "no-ukraine-membership", "mentions", 1, K),
]
Y = "2022-01-13"
L["nyt-2022-01-14-osce-vienna-analysis"] = [
 ("The risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, Y),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, Y),
 ("Both Mr. Rau and Mr. Carpenter said on Thursday that Russia should pull back the forces it has massed near Ukraine, a point on which the Americans and the Europeans in Vienna showed no daylight.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, Y),
 ("Both Mr. Rau and Mr. Carpenter said on Thursday that Russia should pull back the forces it has massed near Ukraine, a point on which the Americans and the Europeans in Vienna showed no daylight.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, Y),
 ("Rolling NATO back to 1997 is an opening bid, not a plan. Nobody in the Russian foreign ministry expects it to happen,", "pavel-zverintsev", 1, "Pavel Zverintsev", "rollback-to-1997", "mentions", 1, ""),
 ("He said the Kremlin’s real priority was the promise made to Ukraine and Georgia at Bucharest in 2008, which Moscow wants formally withdrawn.", "pavel-zverintsev", 1, "He", "rescind-bucharest-2008", "mentions", 0, ""),
 ("He said the Kremlin’s real priority was the promise made to Ukraine and Georgia at Bucharest in 2008, which Moscow wants formally withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The allies put arms control on the table because that is something they can trade. What they will not trade is Ukraine’s right to choose its alliances, and the Russians know it,", "rosalind-achterberg", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("She added that Russia’s demand to keep American warships and bombers out of areas within striking range of its territory would be almost impossible to verify and had barely come up in Brussels.", "rosalind-achterberg", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("She added that Russia’s demand to keep American warships and bombers out of areas within striking range of its territory would be almost impossible to verify and had barely come up in Brussels.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Jonah Feldstein, who handled Russia policy at the State Department until last year, said the allies’ offer to restore military-to-military contacts with Moscow had gone almost unnoticed.", "jonah-feldstein", 1, "Jonah Feldstein", "resume-military-dialogue", "mentions", 0, ""),
 ("The real argument now is about sequence: whether the talks go on without preconditions, or only after a Russian pullback from the border,", "jonah-feldstein", 1, "Feldstein", "no-preconditions", "mentions", 1, ""),
 ("The real argument now is about sequence: whether the talks go on without preconditions, or only after a Russian pullback from the border,", "jonah-feldstein", 1, "Feldstein", "russia-de-escalation", "mentions", 1, ""),
 ("Marta Hollós, a risk analyst at Eastbridge Advisory in Budapest, wrote in a note to clients that a ban on Western military activity in former Soviet states outside NATO was the item Washington would find hardest to explain at home.", "marta-hollos", 1, "Marta Hollós", "no-military-activity-ex-soviet", "mentions", 0, ""),
]
D = "2021-12-22"
DK = ("dmytro-kuleba", 1, "Dmytro Kuleba")
L["kyivindependent-2021-12-22-kuleba-interview"] = [
 ("an ultimatum dressed up as diplomacy", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("These are not proposals, they are an ultimatum. Russia wants to negotiate about Ukraine without Ukraine and to carve Europe back into spheres of influence. We will not accept that, and our partners have told us clearly that they will not either.", *DK, "", "", 1, D),
 ("Ukraine's membership in NATO is a question for Ukraine and the thirty allies. No third country has a veto, and the Kremlin least of all.", *DK, "nato-open-door", "supports", 1, D),
 ("Ukraine's membership in NATO is a question for Ukraine and the thirty allies. No third country has a veto, and the Kremlin least of all.", *DK, "no-ukraine-membership", "rejects", 1, D),
 ("The Bucharest decision is not a gift that can be taken back at someone's request. It stands, and we expect the allies to turn it into a real membership perspective.", *DK, "rescind-bucharest-2008", "rejects", 1, D),
 ("It would mean Ukraine disarmed and alone. Our exercises with the United States, Britain and Canada will continue, and so will our defence cooperation. Nobody will tell us which instructors may train our soldiers.", *DK, "limit-military-exercises", "rejects", 1, D),
 ("It would mean Ukraine disarmed and alone. Our exercises with the United States, Britain and Canada will continue, and so will our defence cooperation. Nobody will tell us which instructors may train our soldiers.", *DK, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("No. I speak with Secretary Blinken regularly, and he has told me more than once that nothing about Ukraine will be decided without Ukraine.", *DK, "", "", 1, D),
 ("Of course we follow every word that comes out of Geneva and Brussels. But trust between Kyiv and Washington is at its highest level in years.", *DK, "", "", 1, D),
 ("First of all, that Russia pull back the troops it has massed on our border and stop the provocations in Donbas. That is the only real security guarantee Europe needs right now.", *DK, "russia-de-escalation", "supports", 1, D),
 ("Then it will pay a price it has not paid before. Our partners have been very clear about the sanctions, and we are working with them every day to make sure the package is ready.", *DK, "", "", 1, D),
]

write_gold(L, "articles-169", "gold-169")
