#!/usr/bin/env python3
"""Writes the held-out gold of batch 156 (gold-156/*.nq) from the labels below.

Batch 156 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, outlets and forms chosen to differ from the earlier
batches:

- notesfrompoland-2022-01-13-rau-osce-vienna: Polish English-language news
  site, front matter, curly quotes; standfirst, photo caption and a "Read more"
  link line; a quotation split by "Rau told journalists"; words quoted from
  the 1999 Istanbul charter inside reported speech (the sentence is labelled,
  the charter words are not a quotation of Rau); passive attribution
  ("was dismissed ... by Landsbergis"); the 1997 Founding Act as background.
- swissinfo-2022-01-10-geneva-ryabkov-sherman: SWI swissinfo.ch, no front
  matter (date in the byline), straight quotes; a news part followed by
  excerpts of a news-conference transcript with "Sergei Ryabkov:" /
  "Ryabkov:" labels, continuation paragraphs without a label and journalists'
  questions; Bucharest 2008 as background at the end.
- npr-2022-01-27-julianne-smith-nato-response: NPR Morning Edition transcript,
  no front matter, upper-case speaker labels, an archived soundbite, the host's
  questions, a BYLINE report with reported speech and an interpreted soundbite.
- izvestia-2022-01-17-grushko-interview: machine-translated aggregator copy of
  an Izvestia interview, UTF-8 BOM and CRLF line ends, no front matter,
  « » quotes, questions and answers both introduced by a dash, a standfirst,
  an undated "Earlier ..." paragraph and "Read also" link lines.
- abc-2022-01-27-us-nato-written-response-live: ABC News (Australia) live
  blog, front matter, reverse-chronological posts with times and post
  headlines, curly quotes; days resolve against the publication date
  (Wednesday = 26 January, Thursday = 27 January).
- valdai-2022-02-02-security-guarantees-expert-discussion: Valdai Club event
  report, front matter, „ “ quotes, mostly reported speech of invented
  experts, a moderator, indirect speech spanning sentences ("According to
  him"), Baker 1990 / Founding Act / Bucharest as recalled history.
- helsinkitimes-2022-01-20-finland-nato-option: Finnish English-language news,
  no front matter, Finnish-style ” ” quotes (the same mark opens and closes),
  several speakers in one sentence, words quoted from the Russian draft
  agreement, the 1948 treaty as background.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator (NPR host, Valdai moderator) get
  no label, whatever they say about Moscow's demands; the interviewee's name
  is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns", "secondary issues"), gets no label; quoted fragments of fewer
  than six words inside a reported sentence get no label of their own;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the 1948 Finnish-Soviet treaty), words quoted from documents (Istanbul
  charter, Founding Act, Bucharest declaration, the Russian draft agreement),
  headlines, post headlines, crossheads, standfirsts, key-event bullets, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor ("several Western delegations", "researchers") are
  left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's insistence on ...", "rejected Moscow's demand that ...")
  is also Russia's label (speaker russia, not a person), undated when no day
  is given;
- speaker ids: persons as firstname-lastname slugs (diacritics folded to
  ASCII); a senior EU official -> european-union, an embassy -> its country;
  speaker name = the words naming the speaker at that point, pronouns as
  written, titles (Mr, Dr, Senator) dropped, roles ("the NATO
  Secretary-General", "The deputy secretary") kept as written;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

Each label names its evidence by a unique substring of the article;
goldlib.write_gold only turns it into code-point offsets (into the whole
file, BOM and front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["notesfrompoland-2022-01-13-rau-osce-vienna"] = [
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("But he reminded the 57 participating states that in the Istanbul charter of 1999 they had all recognised “the inherent right of each and every participating State to be free to choose or change its security arrangements, including treaties of alliance, as they evolve”.", "zbigniew-rau", 1, "he", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We did not come to Vienna to trade away anybody’s security,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The presence of allied troops on NATO’s eastern flank is not a subject for negotiation with a third country.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("He said Russia wanted guarantees that were legally binding and set down on paper, not “political assurances”, and that the non-expansion of NATO was “the key element” of the whole package.", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("He said Russia wanted guarantees that were legally binding and set down on paper, not “political assurances”, and that the non-expansion of NATO was “the key element” of the whole package.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("Our proposals are not a menu from which our partners can pick the dishes they like. They are a single whole,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The Russian envoy also dismissed calls from several Western delegations for Russia to pull back the troops it has massed near Ukraine’s border, saying that the movement of Russian forces on Russian territory was “nobody’s business but ours”.", "alexander-lukashevich", 1, "The Russian envoy", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington was ready to discuss reciprocal limits on the size and scope of military exercises and on the deployment of intermediate-range missiles in Europe, but that any agreement would require Russia to de-escalate first.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Carpenter said Washington was ready to discuss reciprocal limits on the size and scope of military exercises and on the deployment of intermediate-range missiles in Europe, but that any agreement would require Russia to de-escalate first.", "michael-carpenter", 1, "Carpenter", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 ("Carpenter said Washington was ready to discuss reciprocal limits on the size and scope of military exercises and on the deployment of intermediate-range missiles in Europe, but that any agreement would require Russia to de-escalate first.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("We are not naive about what Moscow is doing in Vienna,", "marcin-przydacz", 1, "he", "", "", 1, "2022-01-13"),
 ("First Russia has to withdraw its troops from the Ukrainian border, and only then can we sit down and talk about anything.", "marcin-przydacz", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("First Russia has to withdraw its troops from the Ukrainian border, and only then can we sit down and talk about anything.", "marcin-przydacz", 1, "he", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("A return to NATO’s 1997 configuration was dismissed on Thursday as “pure fantasy” by Lithuania’s foreign minister, Gabrielius Landsbergis, who followed the session from Vilnius.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Poland’s defence minister, Mariusz Błaszczak, said on Wednesday that Warsaw would accept no limits on the weapons its allies station on Polish soil, including the US missile defence base at Redzikowo, which Moscow has long claimed could be converted to launch offensive missiles.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("What is on the table is a sphere of influence, with the allied troops gone from the eastern flank,", "anna-grabowska-lis", 1, "Anna Grabowska-Lis", "rollback-to-1997", "mentions", 1, ""),
 ("That is why it is drafted as a treaty, so that every future government in Washington would be legally bound by it.", "anna-grabowska-lis", 1, "Anna Grabowska-Lis", "written-legal-guarantees", "mentions", 1, ""),
]
L["swissinfo-2022-01-10-geneva-ryabkov-sherman"] = [
 ("The talks were difficult, long, very professional, deep, concrete, without attempts to sugarcoat anything,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("The deputy secretary said the two sides had discussed possible reciprocal limits on the size and scope of military exercises and on the placement of missiles in Europe, areas where she believed \"we can make progress\".", "wendy-sherman", 1, "The deputy secretary", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The deputy secretary said the two sides had discussed possible reciprocal limits on the size and scope of military exercises and on the placement of missiles in Europe, areas where she believed \"we can make progress\".", "wendy-sherman", 1, "The deputy secretary", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("But progress, she added, would be hard to achieve \"in an atmosphere of escalation\", and Russia needed to return the troops it has massed near Ukraine to their barracks.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Both sides told me where their red lines are: for Moscow it is NATO's enlargement, for Washington it is the freedom of every country to choose its alliances,", "ignazio-cassis", 1, "Cassis", "nato-non-expansion", "mentions", 1, "2022-01-10"),
 ("Both sides told me where their red lines are: for Moscow it is NATO's enlargement, for Washington it is the freedom of every country to choose its alliances,", "ignazio-cassis", 1, "Cassis", "nato-open-door", "mentions", 1, "2022-01-10"),
 ("It is very rare for two delegations to sit together for eight hours and then have so little to announce,", "laurent-getaz", 1, "he", "", "", 1, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We have no intention and no plans to attack Ukraine. Our troops are on our own territory, and we will not pull them back just because someone in Washington or in Brussels demands it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The American side said it is not prepared to discuss this. We told them that this is a mistake. Without a result on non-expansion, everything else loses its meaning.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("On missiles and on exercises, yes, we are ready to work, but only as part of the package and not as a substitute for it.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("On missiles and on exercises, yes, we are ready to work, but only as part of the package and not as a substitute for it.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("We meet NATO in Brussels on Wednesday and the OSCE in Vienna on Thursday. After that we will assess whether there is any sense in continuing. We do not accept any preconditions for these contacts, and we expect our partners not to put any forward either.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2022-01-10"),
 ("The Bucharest formula, that Ukraine and Georgia will one day become members, must be disavowed. It has to be taken off the table, once and for all.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("No, no date. We will report to Moscow, and the leadership will decide.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
]
L["npr-2022-01-27-julianne-smith-nato-response"] = [
 ("There is no change; there will be no change. We uphold the principle that every country has the right to choose its own security arrangements and alliances, and that includes NATO's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("No. There is no guarantee in there that NATO will stop enlarging, and there won't be one. Our open door is not up for negotiation. Every country has the right to choose its own path, and that includes Ukraine. Moscow does not get a veto over that.", "julianne-smith", 1, "Julianne Smith", "nato-non-expansion", "rejects", 1, "2022-01-27"),
 ("No. There is no guarantee in there that NATO will stop enlarging, and there won't be one. Our open door is not up for negotiation. Every country has the right to choose its own path, and that includes Ukraine. Moscow does not get a veto over that.", "julianne-smith", 1, "Julianne Smith", "nato-open-door", "supports", 1, "2022-01-27"),
 ("No. There is no guarantee in there that NATO will stop enlarging, and there won't be one. Our open door is not up for negotiation. Every country has the right to choose its own path, and that includes Ukraine. Moscow does not get a veto over that.", "julianne-smith", 1, "Julianne Smith", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("At the same time, we've laid out areas where we think we can do business - reciprocal transparency, limits on exercises, a conversation about missiles in Europe, and getting the lines between our militaries working again so that an accident at sea or in the air doesn't turn into something much worse.", "julianne-smith", 1, "Julianne Smith", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("At the same time, we've laid out areas where we think we can do business - reciprocal transparency, limits on exercises, a conversation about missiles in Europe, and getting the lines between our militaries working again so that an accident at sea or in the air doesn't turn into something much worse.", "julianne-smith", 1, "Julianne Smith", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("At the same time, we've laid out areas where we think we can do business - reciprocal transparency, limits on exercises, a conversation about missiles in Europe, and getting the lines between our militaries working again so that an accident at sea or in the air doesn't turn into something much worse.", "julianne-smith", 1, "Julianne Smith", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("That's a non-starter. The battlegroups in Poland and the Baltic states are there because of what Russia did in 2014, and they are staying.", "julianne-smith", 1, "Julianne Smith", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("We'll keep flying and sailing wherever international law allows, including over the Black Sea and in it. We are not going to accept restrictions that only apply to one side.", "julianne-smith", 1, "Julianne Smith", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("Then that is their choice. We have said from day one that the way forward is de-escalation. Pull the troops back from Ukraine's border, and there is a great deal we can talk about.", "julianne-smith", 1, "Julianne Smith", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("He told reporters today that the documents contained no positive reaction to the main question - that NATO not expand any further to the east.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The whole point was a guarantee in ink that NATO will not move east. What came back is a letter about everything else. The question is whether the Kremlin can present that at home as a victory.", "kirill-abramenko", 1, "Kirill Abramenko", "written-legal-guarantees", "mentions", 1, ""),
 ("The whole point was a guarantee in ink that NATO will not move east. What came back is a letter about everything else. The question is whether the Kremlin can present that at home as a victory.", "kirill-abramenko", 1, "Kirill Abramenko", "nato-non-expansion", "mentions", 1, ""),
]
L["izvestia-2022-01-17-grushko-interview"] = [
 ("Conversation was frank, direct and deep, without diplomatic sugar. But we did not see from the alliance the readiness to hear our main concerns. The alliance holds to so-called policy of «open doors» as to the sacred cow, though the Washington treaty does not give to anybody the automatic right for the joining.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-16"),
 ("We need the legally binding guarantees of non-expansion of NATO to the east, and not the declarations, not the promises, which as the history shows are forgotten on the next day.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-16"),
 ("We need the legally binding guarantees of non-expansion of NATO to the east, and not the declarations, not the promises, which as the history shows are forgotten on the next day.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-16"),
 ("We need also the refusal of deployment near our borders of the strike weapon systems, which create the threat for the territory of Russia. This is the question of our survival, not of the bargaining.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-16"),
 ("Moratorium is not the solution. Moratorium can be cancelled in any moment by the next administration. We need the juridical obligation that NATO will not expand, not the pause.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-16"),
 ("Moratorium is not the solution. Moratorium can be cancelled in any moment by the next administration. We need the juridical obligation that NATO will not expand, not the pause.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-16"),
 ("We do not speak about some restoration of the past. We speak that the forces and the military infrastructure, which were moved to the territory of the new members after 27 May 1997, must be withdrawn. This is the base point of our proposals, and we will not remove it.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-16"),
 ("For us the question of Ukraine and Georgia is the question of principle. They must not become the members of the alliance, and NATO must stop the military development of their territory, the sending of the instructors, the delivery of the weapons.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-16"),
 ("For us the question of Ukraine and Georgia is the question of principle. They must not become the members of the alliance, and NATO must stop the military development of their territory, the sending of the instructors, the delivery of the weapons.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-16"),
 ("We do not see the sense to restore the missions only so that the alliance could lecture us. The channels of military contacts are not on the agenda, while NATO considers Russia as the adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-16"),
 ("The exercises of the alliance along our borders became more large-scale and more provocative. The strategic bombers fly at 20 kilometres from our border, the ships of USA come into the Black sea as into their home. We proposed to agree that such activity is stopped, and that the exercises above the brigade level are not conducted in the agreed zone along the line of contact Russia – NATO.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-16"),
 ("The exercises of the alliance along our borders became more large-scale and more provocative. The strategic bombers fly at 20 kilometres from our border, the ships of USA come into the Black sea as into their home. We proposed to agree that such activity is stopped, and that the exercises above the brigade level are not conducted in the agreed zone along the line of contact Russia – NATO.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-16"),
 ("Then we will have to answer by the military-technical means. We will not be waiting for the answer forever, it is necessary to understand this clearly.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-16"),
 ("Earlier the press-secretary of the president of Russia Dmitry Peskov declared, that Russia has no intention to withdraw the troops from own territory, where it moves them «at own discretion», and called the demands of West on this account «interference into internal affairs».", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, ""),
]
L["abc-2022-01-27-us-nato-written-response-live"] = [
 ("We still insist on our main demand, that the alliance does not move any further to the east,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("We will not rush with any conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("allows us to count on the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The decision taken in Bucharest is valid, and nobody can cancel it on Georgia’s behalf,", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("Senator Payne said on Thursday that Russia must “de-escalate and engage in dialogue”, and warned that any further incursion into Ukraine would carry “massive consequences”.", "marise-payne", 1, "Payne", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("There were three things in the Russian drafts that were never going to happen: no more enlargement, no Ukraine in NATO, and allied forces back to where they were in 1997,", "harriet-colquhoun", 1, "she", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 ("There were three things in the Russian drafts that were never going to happen: no more enlargement, no Ukraine in NATO, and allied forces back to where they were in 1997,", "harriet-colquhoun", 1, "she", "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("There were three things in the Russian drafts that were never going to happen: no more enlargement, no Ukraine in NATO, and allied forces back to where they were in 1997,", "harriet-colquhoun", 1, "she", "rollback-to-1997", "mentions", 1, "2022-01-27"),
 ("It is not nothing, and Moscow knows that it is not nothing,", "harriet-colquhoun", 1, "she", "", "", 1, "2022-01-27"),
 ("Ukraine's Defence Minister Oleksii Reznikov told the national telethon on Wednesday evening that Western military instructors would remain in Ukraine and deliveries of anti-tank weapons would continue, whatever the outcome of the talks.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("There is not a single word in the document about Ukraine renouncing its path to NATO, and there never will be,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("In a phone call with Mr Blinken on Thursday, Chinese Foreign Minister Wang Yi said regional security could not be guaranteed by strengthening or even expanding military blocs, according to a readout published in Beijing.", "wang-yi", 1, "Wang Yi", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("We cannot compromise on the core principles on which the security of our alliance, and security in Europe and North America, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("That includes the right of every nation to choose its own path, and it includes our ability to protect all allies, with our troops in the eastern part of the alliance,", "jens-stoltenberg", 1, "the NATO Secretary-General", "nato-open-door", "supports", 1, "2022-01-26"),
 ("That includes the right of every nation to choose its own path, and it includes our ability to protect all allies, with our troops in the eastern part of the alliance,", "jens-stoltenberg", 1, "the NATO Secretary-General", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("He said NATO had proposed reopening the NATO and Russian missions in Moscow and Brussels and re-establishing military-to-military contacts to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("including the principle of NATO’s open door.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Mr Blinken said Washington was prepared to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems in Ukraine, as well as arms control for intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Mr Blinken said Washington was prepared to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems in Ukraine, as well as arms control for intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
]
L["valdai-2022-02-02-security-guarantees-expert-discussion"] = [
 ("According to him, the main thing is a legally binding commitment that NATO will not expand further east, including to Ukraine.", "konstantin-kosachev", 1, "him", "written-legal-guarantees", "supports", 0, "2022-02-01"),
 ("According to him, the main thing is a legally binding commitment that NATO will not expand further east, including to Ukraine.", "konstantin-kosachev", 1, "him", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("According to him, the main thing is a legally binding commitment that NATO will not expand further east, including to Ukraine.", "konstantin-kosachev", 1, "him", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("For thirty years the West has discussed its own agenda with us. Now it has finally been forced to discuss ours,", "konstantin-kosachev", 1, "Kosachev", "", "", 1, "2022-02-01"),
 ("A moratorium on intermediate-range missiles in Europe, verified by both sides, is not a concession to Russia. It is what Russia has been proposing since 2019, and it should be written into a binding agreement,", "anatoly-kremenetsky", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2022-02-01"),
 ("A moratorium on intermediate-range missiles in Europe, verified by both sides, is not a concession to Russia. It is what Russia has been proposing since 2019, and it should be written into a binding agreement,", "anatoly-kremenetsky", 1, "he", "written-legal-guarantees", "supports", 1, "2022-02-01"),
 ("Kremenetsky said that the provisions on keeping warships and heavy bombers out of range of each other's territory were the most technical part of the Russian package and could be negotiated separately.", "anatoly-kremenetsky", 1, "Kremenetsky", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-02-01"),
 ("He added that the question of the Bucharest declaration would have to be addressed sooner or later, but doubted that the alliance would ever formally revoke it.", "anatoly-kremenetsky", 1, "He", "rescind-bucharest-2008", "mentions", 0, "2022-02-01"),
 ("Harrington said that, despite Moscow's insistence on a legally binding treaty, no American administration could sign one, since the Senate would never ratify it.", "paul-harrington", 1, "Harrington", "written-legal-guarantees", "rejects", 0, "2022-02-01"),
 ("Harrington said that, despite Moscow's insistence on a legally binding treaty, no American administration could sign one, since the Senate would never ratify it.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Putting a moratorium on our missiles in Europe while the 9M729 stays deployed is a non-starter for any administration, Democratic or Republican,", "paul-harrington", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-02-01"),
 ("Ending all military cooperation with Ukraine, Georgia and the Central Asian states is the item that gets the least attention in the West, and it deserves more,", "paul-harrington", 1, "Harrington", "no-military-activity-ex-soviet", "mentions", 1, "2022-02-01"),
 ("Leena Kallio, a senior research fellow at the Finnish Institute of International Affairs, said Western capitals would want to see Russian forces pulled back from Ukraine's border before anything was signed, and that the question of whether talks should go on without preconditions would dominate the coming weeks.", "leena-kallio", 1, "Leena Kallio", "russia-de-escalation", "mentions", 0, "2022-02-01"),
 ("Leena Kallio, a senior research fellow at the Finnish Institute of International Affairs, said Western capitals would want to see Russian forces pulled back from Ukraine's border before anything was signed, and that the question of whether talks should go on without preconditions would dominate the coming weeks.", "leena-kallio", 1, "Leena Kallio", "no-preconditions", "mentions", 0, "2022-02-01"),
 ("The one thing both sides seem to want is to get the military channels working again. The question is who makes the first move,", "leena-kallio", 1, "Kallio", "resume-military-dialogue", "mentions", 1, "2022-02-01"),
 ("If the answer on non-expansion is no, Russia will have to secure its interests by other means. Nobody should think that we will simply return to the table as if nothing had happened,", "dmitry-ostapenko", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("Deputy Foreign Minister Sergei Ryabkov, who addressed the participants by video link, said Moscow would not accept a „partial“ deal that left aside NATO's military activity in Ukraine and in other post-Soviet states.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2022-02-01"),
]
L["helsinkitimes-2022-01-20-finland-nato-option"] = [
 ("Prime Minister Sanna Marin said on Wednesday that Finland's membership of NATO was ”very unlikely” during her current term, but stressed that the country retained the right to apply at any time.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, "2022-01-19"),
 ("We keep the option open, and nobody else will decide it for us,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide.", "sauli-niinisto", 1, "he", "nato-open-door", "supports", 1, "2022-01-01"),
 ("Both Niinistö and Marin have since repeated that formula, and Foreign Minister Pekka Haavisto restated it on Wednesday in parliament.", "sauli-niinisto", 1, "Niinistö", "nato-open-door", "supports", 0, ""),
 ("Both Niinistö and Marin have since repeated that formula, and Foreign Minister Pekka Haavisto restated it on Wednesday in parliament.", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 0, ""),
 ("Both Niinistö and Marin have since repeated that formula, and Foreign Minister Pekka Haavisto restated it on Wednesday in parliament.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-open-door", "supports", 0, "2022-01-19"),
 ("Russian foreign ministry spokeswoman Maria Zakharova warned at her weekly briefing on 24 December that the accession of Finland and Sweden to NATO would have ”serious military and political consequences” requiring an adequate response from Russia.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2021-12-24"),
 ("In Stockholm, Prime Minister Magdalena Andersson said on Tuesday that she rejected Moscow's demand that NATO close its door to new members, calling it ”unacceptable”.", "magdalena-andersson", 1, "Magdalena Andersson", "nato-non-expansion", "rejects", 0, "2022-01-18"),
 ("In Stockholm, Prime Minister Magdalena Andersson said on Tuesday that she rejected Moscow's demand that NATO close its door to new members, calling it ”unacceptable”.", "magdalena-andersson", 1, "Magdalena Andersson", "nato-open-door", "supports", 0, "2022-01-18"),
 ("In Stockholm, Prime Minister Magdalena Andersson said on Tuesday that she rejected Moscow's demand that NATO close its door to new members, calling it ”unacceptable”.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Finland's Defence Minister Antti Kaikkonen told the public broadcaster Yle on Tuesday that Finnish forces would go on training with NATO countries and with Sweden as planned.", "antti-kaikkonen", 1, "Antti Kaikkonen", "limit-military-exercises", "rejects", 0, "2022-01-18"),
 ("Finland will continue to exercise with its partners, in Finland and abroad, and nobody outside Finland decides on that,", "antti-kaikkonen", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-18"),
 ("Haavisto told MPs on Wednesday that the restoration of military-to-military contacts between NATO and Russia had been raised at the NATO-Russia Council in Brussels last week, and that Finland would follow the discussion closely.", "pekka-haavisto", 1, "Haavisto", "resume-military-dialogue", "mentions", 0, "2022-01-19"),
 ("The Russian drafts are written as if Finland and Sweden were objects of other people's diplomacy, not subjects of their own,", "outi-kaskela", 1, "Outi Kaskela", "", "", 1, ""),
 ("A ban on enlargement would turn Finland's NATO option into a dead letter overnight.", "outi-kaskela", 1, "Outi Kaskela", "nato-non-expansion", "rejects", 1, ""),
]

write_gold(L, "articles-156", "gold-156")
