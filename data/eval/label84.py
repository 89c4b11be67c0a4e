#!/usr/bin/env python3
"""Writes the eighty-fourth held-out gold (gold-84/*.nq) from the labels below.

Batch 84 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw between 17 December 2021 and
early February 2022, in seven forms:

- reuters-2021-12-17-russia-draft-treaties: Reuters wire copy with front
  matter, straight quotes, crossheads, quoted treaty text and a 1990/1997
  history paragraph (not labelled);
- tass-2022-01-10-ryabkov-geneva: TASS English copy without front matter (date
  line "10 JAN 2022, 22:05"), stiff translated style, a quotation split by
  "Ryabkov stressed", speakers named by role ("the Russian diplomat", "the
  deputy minister");
- nato-2022-01-12-stoltenberg-nrc: NATO press-conference transcript after the
  NATO-Russia Council, UTF-8 BOM and CRLF line ends, speaker labels, a
  moderator and journalists' questions (not labelled);
- bbc-2022-01-13-osce-vienna-live: BBC News live blog of the OSCE day in Vienna,
  reverse-chronological posts with crossheads, a summary, a caption and a
  correspondent's analysis, curly quotes, two speakers in one sentence;
- spiegel-2022-01-22-reinhardt-interview: DER SPIEGEL International Q&A with an
  invented former NATO officer, German quotation marks in headline and
  questions, interview conducted "on Thursday" (20 January);
- ap-2022-01-27-us-nato-written-answers: AP wire copy on the US/NATO written
  answers of 26 January and the Russian reaction of 27 January, no front
  matter, "last week" (undated), Lavrov spelt Sergey;
- lemonde-2022-02-02-europe-security-voice: Le Monde in English analysis
  (translated), « » quotes, invented experts, a senior EU official, a
  Bucharest 2008 history sentence (not labelled).

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
  russia, not a person, same evidence, direct 0), undated when no day is
  given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2021-12-17"
LEDE = "Russia on Friday demanded that NATO give up any further eastward expansion and roll back its military deployments in central and eastern Europe to where they stood in 1997, setting out a sweeping list of demands in two draft documents published by its foreign ministry."
RY2 = "The American side must understand that the non-expansion of NATO has to be fixed in a legally binding form, not in promises that can be forgotten the next morning,"
RY3 = "The deputy foreign minister said the documents also required the United States and its allies to refrain from deploying strike weapons near Russia's borders, to end military activity in Ukraine and other former Soviet republics outside the alliance, and to curb large-scale exercises close to Russian territory."
GL1 = "The drafts ask NATO to give up on Ukraine for good and to pull its troops back to where they stood a quarter of a century ago, and everyone in Moscow knows perfectly well what the answer will be,"
L["reuters-2021-12-17-russia-draft-treaties"] = [
 (LEDE, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 (LEDE, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("We are not going to put up with the current situation any longer, and we want an answer quickly,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (RY2, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 (RY2, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 (RY3, "sergei-ryabkov", 1, "The deputy foreign minister", "no-strike-weapons-near-borders", "supports", 0, D),
 (RY3, "sergei-ryabkov", 1, "The deputy foreign minister", "no-military-activity-ex-soviet", "supports", 0, D),
 (RY3, "sergei-ryabkov", 1, "The deputy foreign minister", "limit-military-exercises", "supports", 0, D),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, D),
 ("What we want to see is Russia pulling its forces back from the border and de-escalating,", "ned-price", 1, "Price", "russia-de-escalation", "supports", 1, D),
 (GL1, "greta-lindqvist", 1, "Greta Lindqvist", "no-ukraine-membership", "mentions", 1, ""),
 (GL1, "greta-lindqvist", 1, "Greta Lindqvist", "rollback-to-1997", "mentions", 1, ""),
 ("The offer of talks without preconditions, tomorrow if need be, is meant to make the West look like the side that is stalling,", "greta-lindqvist", 1, "she", "no-preconditions", "mentions", 1, ""),
]

D = "2022-01-10"
TL = "Russia insists on receiving legally binding guarantees that NATO will not expand eastward, Russian Deputy Foreign Minister Sergei Ryabkov told a press conference on Monday following almost eight hours of talks with US Deputy Secretary of State Wendy Sherman at the US permanent mission in Geneva."
L["tass-2022-01-10-ryabkov-geneva"] = [
 (TL, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 (TL, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "the Russian diplomat", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("According to him, the Russian side also insisted that the formula of the 2008 Bucharest summit, under which Ukraine and Georgia were promised future membership in the alliance, be disavowed.", "sergei-ryabkov", 1, "him", "rescind-bucharest-2008", "supports", 0, D),
 ("The so-called open door policy is a hollow formula which does not create security for anyone, and we do not accept it,", "sergei-ryabkov", 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 ("We came here without any preconditions, and we expect the same honest approach from our American colleagues,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, D),
 ("There is no reason to fear some kind of escalation. Our troops are on our own territory, and nobody will tell us where to keep them,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("According to the diplomat, the sides also touched upon the resumption of regular contacts between the military departments of the two countries, but he gave no details.", "sergei-ryabkov", 1, "the diplomat", "resume-military-dialogue", "mentions", 0, D),
 ("At a separate telephone briefing, US Deputy Secretary of State Wendy Sherman said Washington had firmly pushed back on proposals which it considers non-starters, including the proposal to close NATO's doors to Ukraine.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("According to Sherman, the United States is prepared to discuss with Russia reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Russia can demonstrate its seriousness by pulling back its forces and de-escalating,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("The talks have only just begun, and it would be naive to expect a result on the first day,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
]

D = "2022-01-12"
JS = "jens-stoltenberg"
N2 = "Allies made clear that we will not compromise on some core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Russia does not have a veto over whether Ukraine can become a NATO member."
N3 = "Russia's demand that NATO withdraw its forces and infrastructure from the Allies that joined after 1997 is not acceptable. We will not create first- and second-class members of this Alliance, and we will not go back to a Europe of spheres of influence."
N4 = "At the same time, Allies are ready to engage in dialogue on arms control, including on intermediate-range missiles, and on more transparency and risk reduction around military exercises. We also proposed to restore our military lines of communication and to reopen our respective offices in Moscow and Brussels."
NB = "On Bucharest, the decision we took in 2008 stands. Ukraine and Georgia will become members if they meet the standards, and that is for the 30 Allies and the applicants to decide, not for Russia."
NW = "We are ready to set out our proposals in writing, and we will do so. But a legally binding guarantee that NATO will never enlarge again is not something Allies will ever sign."
L["nato-2022-01-12-stoltenberg-nrc"] = [
 ("Good afternoon. The NATO-Russia Council met today for the first time in more than two years. We had a very serious and direct exchange, and it was a good thing that all 30 Allies and Russia sat around the same table and engaged on substantive topics.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 (N2, JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (N2, JS, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 (N3, JS, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 (N3, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (N4, JS, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (N4, JS, 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 (N4, JS, 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("We call on Russia to de-escalate, to pull back its forces from Ukraine's borders and to choose the path of diplomacy. There is a real risk for new armed conflict in Europe.", JS, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("Russia was not in a position today to agree to that proposal. They did not say yes, but they did not say no either, and they said they needed time to come back to us.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 (NB, JS, 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, D),
 (NB, JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (NW, JS, 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, D),
 (NW, JS, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 ("We discussed air policing and naval activity in the Black Sea and in the Baltic. My message was that NATO aircraft and ships operate in international airspace and international waters, and they will continue to do so.", JS, 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Ukraine was at the centre of our discussion today. Nothing about Ukraine will be decided without Ukraine, and we will keep Kyiv closely informed, as we always do.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
]

D = "2022-01-13"
BS = "US National Security Adviser Jake Sullivan told reporters at the White House on Thursday that Washington had heard Russia’s demand for written, legally binding guarantees and would set out its own positions on paper in the coming days."
BL = "Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both said on Thursday that NATO would not ask Moscow’s permission to hold exercises on allied territory."
BK = "Nobody has a veto over Ukraine’s Euro-Atlantic choice. The Kremlin can demand what it likes, but our future in NATO will be decided in Kyiv and in Brussels, not in Moscow."
L["bbc-2022-01-13-osce-vienna-live"] = [
 (BS, "jake-sullivan", 1, "Jake Sullivan", "written-legal-guarantees", "mentions", 0, D),
 (BS, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We are prepared for either path, and we will be ready either way,", "jake-sullivan", 1, "Sullivan", "", "", 1, D),
 (BL, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, D),
 (BL, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "limit-military-exercises", "rejects", 0, D),
 ("There are some positive elements and nuances, but on the main, fundamental issues we still see divergence,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Asked about Western calls for Russia to pull its troops back from the Ukrainian border, he said Russia would move its forces on its own territory as it saw fit and would not take advice on this from Washington or Brussels.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("The Americans are ready to talk about secondary things, but not about the main thing,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (BK, "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 1, D),
 (BK, "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 1, D),
 ("We face a crisis in European security. The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("We are not going to let Moscow decide what offensive or defensive systems allies station on their own soil, next to Russia or anywhere else.", "michael-carpenter", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("heard many calls today for Russia to de-escalate and pull back its forces", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "mentions", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("The envoy said the central issue for his country remained a guarantee that the alliance would stop moving east.", "alexander-lukashevich", 1, "The envoy", "nato-non-expansion", "supports", 0, D),
]

D = "2022-01-20"
TR = "tobias-reinhardt"
S1 = "It is realistic in one sense only: nobody in Brussels expects Ukraine to join in the next ten years. But to write that down in a treaty would hand the Kremlin a veto that no alliance of sovereign states can accept."
S3 = "Not entirely. Some points in the drafts are things the West could actually talk about: a moratorium on intermediate-range missiles in Europe, rules on how close bombers and warships come to each other's coasts. There is real substance there."
L["spiegel-2022-01-22-reinhardt-interview"] = [
 (S1, TR, 1, "Reinhardt", "no-ukraine-membership", "rejects", 1, D),
 (S1, TR, 1, "Reinhardt", "written-legal-guarantees", "rejects", 1, D),
 (S1, TR, 1, "Reinhardt", "nato-open-door", "supports", 1, D),
 ("Putin knows this. He asked for the maximum so that he can later tell his own people that the West refused him.", TR, 1, "Reinhardt", "", "", 1, D),
 (S3, TR, 1, "Reinhardt", "no-intermediate-range-missiles", "mentions", 1, D),
 (S3, TR, 1, "Reinhardt", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("I would go further. NATO should offer mutual limits on large-scale exercises near the Russian border, as long as Russia accepts the same for Belarus and the Kaliningrad region.", TR, 1, "Reinhardt", "limit-military-exercises", "supports", 1, D),
 ("That is a non-starter. The battlegroups are there because of 2014, not because of 1997, and nobody in Warsaw or Vilnius will accept being a second-class ally.", TR, 1, "Reinhardt", "rollback-to-1997", "rejects", 1, D),
 ("Talks should go on without preconditions. You talk to your adversary precisely when things are tense; otherwise you only ever talk to your friends.", TR, 1, "Reinhardt", "no-preconditions", "supports", 1, D),
 ("That does not mean we look away. Moscow has to hear a clear and united message from every European capital, not only from Washington.", TR, 1, "Reinhardt", "", "", 1, D),
 ("Push hard to restore the military-to-military channels that were cut in 2014. When generals cannot pick up the phone to each other, a single incident over the Baltic Sea can get out of control.", TR, 1, "Reinhardt", "resume-military-dialogue", "supports", 1, D),
 ("I am not going to give the chancellor advice on pipelines. That is a question for the politicians, and they will have to answer it soon enough.", TR, 1, "Reinhardt", "", "", 1, D),
 ("Very little. Ukraine decides for itself whom it trains with and whose weapons it buys, and I would be surprised if any Western government signed away that right.", TR, 1, "Reinhardt", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I expect a long and dangerous winter. Whether it ends in war depends on one man in the Kremlin, and I am not sure he has decided yet himself.", TR, 1, "Reinhardt", "", "", 1, D),
]

W, T = "2022-01-26", "2022-01-27"
AL = "The United States and NATO on Wednesday formally rejected Russia's demand that Ukraine be permanently barred from joining the alliance, but offered to talk with Moscow about arms control and other security issues in a bid to head off a war."
AV = "The main issue, Lavrov said, was a clear guarantee that NATO would not expand further east and would not deploy strike weapons close to Russia's borders."
AK = "Speaking on Wednesday, Ukrainian Foreign Minister Dmytro Kuleba dismissed Moscow's demand that Western military cooperation with Kyiv be halted, saying Ukraine's defense ties with the United States, Britain and Canada were not up for negotiation with anyone."
L["ap-2022-01-27-us-nato-written-answers"] = [
 (AL, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, W),
 (AL, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, W),
 (AL, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, W),
 ("Blinken said the document offered to discuss reciprocal limits on offensive strike systems deployed near each other's territory, along with broader arms control.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, W),
 ("He said Washington was also willing to discuss, on a reciprocal basis, limits on foreign military deployments and activity in Ukraine.", "antony-blinken", 1, "He", "no-military-activity-ex-soviet", "mentions", 0, W),
 ("In Brussels, NATO Secretary-General Jens Stoltenberg said on Wednesday that the alliance's own written reply, delivered separately, proposed restoring military-to-military communication channels with Moscow and reopening the two sides' offices.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("We're going to continue to fly and sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, W),
 ("It contains a reaction which allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "Lavrov", "", "", 1, T),
 ("There is no positive reaction on the main issue in this document.", "sergei-lavrov", 1, "Lavrov", "", "", 1, T),
 (AV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, T),
 (AV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, T),
 ("It cannot be said that our views were taken into account,", "dmitry-peskov", 1, "he", "", "", 1, T),
 ("The Russian Foreign Ministry said last week that its demand for a withdrawal of foreign forces from countries that joined NATO after 1997 covered Romania and Bulgaria, which became members in 2004.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "rollback-to-1997", "supports", 0, ""),
 (AK, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, W),
 (AK, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

LD = "There can be no negotiation with a gun to the head. Russia must first pull its troops back from the Ukrainian border, then we can talk about everything else,"
CD = "The draft treaties describe a NATO frozen at its current borders, with second-class members in the east,"
L["lemonde-2022-02-02-europe-security-voice"] = [
 ("We need to build a new order of security and stability in Europe, share it with our allies within NATO, and then propose it for negotiation to Russia,", "emmanuel-macron", 1, "the French president", "", "", 1, "2022-01-19"),
 (LD, "jean-yves-le-drian", 1, "he", "no-preconditions", "rejects", 1, "2022-01-30"),
 (LD, "jean-yves-le-drian", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-30"),
 ("If NATO keeps sending its bombers and warships right up to our borders, we will be forced to respond symmetrically,", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-31"),
 ("We proposed a moratorium on intermediate-range missiles in Europe years ago, and we still want it,", "alexander-grushko", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2022-01-31"),
 ("We see no point in restoring military channels with an alliance that has officially declared us an adversary.", "alexander-grushko", 1, "The diplomat", "resume-military-dialogue", "rejects", 1, "2022-01-31"),
 ("Moscow now wants the Bucharest promise formally withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (CD, "claire-dufresne", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (CD, "claire-dufresne", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("A moratorium on missiles that Russia has already deployed in Kaliningrad is a trap that Europe must not fall into,", "claire-dufresne", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The whole negotiation now turns on the open-door principle and on whether anyone can find a formula around it,", "claire-dufresne", 1, "the researcher", "nato-open-door", "mentions", 1, ""),
 ("The heart of the matter is Ukraine's membership; everything else in these drafts is packaging,", "dmitri-sokolov", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Annulling Bucharest is in the drafts, but nobody in Moscow seriously thinks NATO will tear up a summit declaration,", "dmitri-sokolov", 1, "Sokolov", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The European Union will not accept a return to spheres of influence in Europe, whatever form the Russian proposals take,", "european-union", 0, "a senior EU official", "", "", 1, ""),
]

write_gold(L, "articles-84", "gold-84")
