#!/usr/bin/env python3
"""Writes the held-out gold of batch 326 (gold-326/*.nq) from the labels below.

Batch 326 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nytimes-2022-01-10-geneva-talks-sherman-ryabkov: The New York Times news story with
  front matter; quotations interrupted by "she said", collective "the Russians/the Americans",
  Baker-Gorbachev and Bucharest background, analysts speaking in demand-less quotes.
- global-times-2022-01-27-us-written-response: Global Times story, no front matter
  ("Published: Jan 27, 2022"); Chinese analysts voicing Russia's demands with their own stance,
  a multi-sentence quote, Chinese officials, 'open door' in single quotes inside a quote.
- mid-ru-2022-01-14-grushko-interview-izvestia: Russian MFA site, Grushko interview with
  Question:/Alexander Grushko: labels, translated English; UTF-8 BOM and CRLF line ends.
- rferl-2022-01-21-blinken-lavrov-geneva: RFE/RL story with front matter and crossheads;
  Blinken and Lavrov after Geneva, a Ukrainian lawmaker rejecting the ex-Soviet clause,
  analysts, the Founding Act as background.
- cnn-2022-01-26-price-interview-transcript: CNN rush transcript, no front matter; host
  questions unlabelled, multi-paragraph answers by Ned Price and two analysts.
- valdai-2022-02-03-after-the-answers: Valdai Club expert article with front matter; the
  author's own voice is unlabelled, Putin's 1 February three demands, a rhetorical question.
- europarl-2022-01-19-plenary-debate-russia-ukraine: European Parliament verbatim report,
  no front matter; speeches by Borrell and MEPs ("– Madam President, ..."), one paragraph
  one quotation, a written statement.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["nytimes-2022-01-10-geneva-talks-sherman-ryabkov"] = [
 ("American and Russian diplomats emerged on Monday from a marathon session at the U.S. mission here with their positions essentially unchanged, the Russians insisting that the West rule out any further eastward growth of NATO and the Americans repeating that no such promise was on offer.", "russia", 0, "the Russians", "nato-non-expansion", "supports", 0, D),
 ("American and Russian diplomats emerged on Monday from a marathon session at the U.S. mission here with their positions essentially unchanged, the Russians insisting that the West rule out any further eastward growth of NATO and the Americans repeating that no such promise was on offer.", "united-states", 0, "the Americans", "nato-non-expansion", "rejects", 0, D),
 ("We were firm in pushing back on security proposals that are simply nonstarters for the United States,", "wendy-sherman", 1, "Wendy R. Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy.", "wendy-sherman", 1, "Wendy R. Sherman", "nato-open-door", "supports", 1, D),
 ("absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Mr. Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("On Dec. 17, the Russian Foreign Ministry published two draft treaties — one addressed to Washington, one to NATO — that would bar the alliance from admitting new members and pull its forces back from much of Eastern Europe.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("On Dec. 17, the Russian Foreign Ministry published two draft treaties — one addressed to Washington, one to NATO — that would bar the alliance from admitting new members and pull its forces back from much of Eastern Europe.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Ms. Sherman said the United States had been willing to discuss some of the narrower Russian ideas, including reciprocal limits on the size and scope of military exercises and a possible new arrangement on where certain missiles could be placed in Europe.", "wendy-sherman", 1, "Ms. Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Ms. Sherman said the United States had been willing to discuss some of the narrower Russian ideas, including reciprocal limits on the size and scope of military exercises and a possible new arrangement on where certain missiles could be placed in Europe.", "wendy-sherman", 1, "Ms. Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Those are areas where we think we can make progress,", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("Those are areas where we think we can make progress,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("but only on a reciprocal basis and only in close consultation with our allies.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("but only on a reciprocal basis and only in close consultation with our allies.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The most useful step Russia could take, she said, would be to pull its forces back to their barracks, adding that it was hard to see real progress \"in an atmosphere of escalation.\"", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("Russia, he told reporters at the Russian mission across town, would not be lectured about troop movements on its own territory.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Russia now wants that declaration formally withdrawn.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("a huge mistake that has to be corrected.", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 1, D),
 ("American officials say the alliance's membership decisions belong to its 30 members and to the countries that apply.", "united-states", 0, "American officials", "nato-open-door", "supports", 0, ""),
 ("The fact that they agreed to keep meeting is the story,", "laura-devereaux", 1, "Laura Devereaux", "", "", 1, ""),
 ("The Russians asked for the moon, and the Americans offered them arms control. That gap has not closed, but nobody walked out.", "laura-devereaux", 1, "Laura Devereaux", "", "", 1, ""),
 ("Dmitri Alperovsky, a former Russian diplomat who now teaches at a university in Helsinki, said the Kremlin had boxed itself in by making a written pledge on NATO enlargement its headline demand.", "dmitri-alperovsky", 1, "Dmitri Alperovsky", "nato-non-expansion", "mentions", 0, ""),
 ("Dmitri Alperovsky, a former Russian diplomat who now teaches at a university in Helsinki, said the Kremlin had boxed itself in by making a written pledge on NATO enlargement its headline demand.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Putin cannot go home with a missile-deployment deal and call it victory,", "dmitri-alperovsky", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("He told his people he wants the alliance stopped.", "dmitri-alperovsky", 1, "he", "nato-non-expansion", "mentions", 1, ""),
]

D = "2022-01-27"
L["global-times-2022-01-27-us-written-response"] = [
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("He also stressed that the US stood by the principle that countries can choose their own security arrangements and alliances, which, he said, the response upholds.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, "2022-01-26"),
 ("not compromise on the principles on which the security of our Alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, ""),
 ("He called on Moscow to withdraw its forces from Ukraine's vicinity.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, ""),
 ("Russia asks for something very simple and very reasonable: a legal commitment that NATO will stop pushing toward its doorstep. The US replies with a long lecture about the 'open door'. This is not a dialogue of equals,", "li-haidong", 1, "Li Haidong", "nato-non-expansion", "supports", 1, D),
 ("Russia asks for something very simple and very reasonable: a legal commitment that NATO will stop pushing toward its doorstep. The US replies with a long lecture about the 'open door'. This is not a dialogue of equals,", "li-haidong", 1, "Li Haidong", "written-legal-guarantees", "supports", 1, D),
 ("Russia asks for something very simple and very reasonable: a legal commitment that NATO will stop pushing toward its doorstep. The US replies with a long lecture about the 'open door'. This is not a dialogue of equals,", "li-haidong", 1, "Li Haidong", "nato-open-door", "rejects", 1, D),
 ("Russia asks for something very simple and very reasonable: a legal commitment that NATO will stop pushing toward its doorstep. The US replies with a long lecture about the 'open door'. This is not a dialogue of equals,", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Li said the US had been willing to talk about arms control measures, such as transparency on exercises and the placement of missiles, because these are also in its own interest, while avoiding \"the thing Russia has put at the center of the table.\"", "li-haidong", 1, "Li", "limit-military-exercises", "mentions", 0, D),
 ("Li said the US had been willing to talk about arms control measures, such as transparency on exercises and the placement of missiles, because these are also in its own interest, while avoiding \"the thing Russia has put at the center of the table.\"", "li-haidong", 1, "Li", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Cui Heng, an assistant research fellow at the Center for Russian Studies of East China Normal University, said that NATO's repeated eastward expansion since the end of the Cold War was the root cause of the current tension.", "cui-heng", 1, "Cui Heng", "nato-non-expansion", "mentions", 0, ""),
 ("The Americans once promised the Soviet leaders not to move east by an inch. Now they have moved more than 1,000 kilometers,", "cui-heng", 1, "Cui", "", "", 1, ""),
 ("Ukraine's joining NATO would be a red line for Russia, and Washington knew that very well, Song noted.", "song-zhongping", 1, "Song", "no-ukraine-membership", "mentions", 0, ""),
 ("Ukraine's joining NATO would be a red line for Russia, and Washington knew that very well, Song noted.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Regional security cannot be guaranteed by strengthening or even expanding military blocs,", "zhao-lijian", 1, "Zhao", "nato-non-expansion", "supports", 1, D),
 ("If the US truly wants peace in Europe, it should listen when a major power says its security is threatened,", "li-haidong", 1, "Li", "", "", 1, D),
 ("Otherwise the written response is just paper.", "li-haidong", 1, "Li", "", "", 1, D),
]

D = "2022-01-14"
G = "alexander-grushko"
N = "Alexander Grushko"
L["mid-ru-2022-01-14-grushko-interview-izvestia"] = [
 ("We had a frank, direct, deep conversation. We explained to our NATO counterparts that the situation in the sphere of European security has become extremely dangerous and that we cannot tolerate it further. Russia's proposals are not a menu from which one can choose separate dishes. They are a package, and the key elements in it are interconnected.", G, 1, N, "", "", 1, D),
 ("The main thing is the non-enlargement of the Alliance. We need legally binding guarantees that NATO will not move further to the east, including to Ukraine and Georgia. Political declarations do not work, we have seen it many times.", G, 1, N, "nato-non-expansion", "supports", 1, D),
 ("The main thing is the non-enlargement of the Alliance. We need legally binding guarantees that NATO will not move further to the east, including to Ukraine and Georgia. Political declarations do not work, we have seen it many times.", G, 1, N, "written-legal-guarantees", "supports", 1, D),
 ("The main thing is the non-enlargement of the Alliance. We need legally binding guarantees that NATO will not move further to the east, including to Ukraine and Georgia. Political declarations do not work, we have seen it many times.", G, 1, N, "no-ukraine-membership", "supports", 1, D),
 ('The "open door" policy is a myth which they repeat like a mantra. No country is obliged to accept new members, it is a right but not an obligation of the Alliance. And the principle of indivisibility of security, which was agreed in Istanbul in 1999 and in Astana in 2010, says clearly that no state can strengthen its security at the expense of the security of others. They prefer to forget the second half of this formula.', G, 1, N, "nato-open-door", "rejects", 1, D),
 ("We are ready to discuss these matters, but we will not allow to drown our main proposals in secondary questions. The military activity of NATO near our borders has grown in intensity in recent years. Strategic bombers fly near our borders, warships of NATO countries are constantly in the Black Sea. We propose that each party refrains from flights of heavy bombers and from presence of surface warships in the areas from where they can hit the targets on the territory of the other party.", G, 1, N, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We are ready to discuss these matters, but we will not allow to drown our main proposals in secondary questions. The military activity of NATO near our borders has grown in intensity in recent years. Strategic bombers fly near our borders, warships of NATO countries are constantly in the Black Sea. We propose that each party refrains from flights of heavy bombers and from presence of surface warships in the areas from where they can hit the targets on the territory of the other party.", G, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("We also made it clear that the Alliance must return to the configuration of 1997, when the Founding Act was signed. This means no forces and no weapons on the territory of the states that joined after May 1997. It is not a whim, it is a reaction to what has been done in last two decades.", G, 1, N, "rollback-to-1997", "supports", 1, D),
 ("Russian troops are on Russian territory. We do not accept any demands on how we move our armed forces within our own country. This is a sovereign decision of Russia. It is NATO which has been bringing its infrastructure close to our borders, not vice versa.", G, 1, N, "russia-de-escalation", "rejects", 1, D),
 ("All channels of military communication were cut by NATO itself. We think it would be useful to restore the dialogue between the militaries, including on the level of General Staff, to avoid incidents. But this requires political will of the Alliance.", G, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("Yes, we expect concrete written answers to our concrete proposals, article by article. If we see that our concerns are ignored, we will respond with military-technical means. We have enough of them. There will be no vacuum in this sphere.", G, 1, N, "", "", 1, D),
 ("I would not like to speculate. The military will propose options. But our partners must understand that the price of the refusal to treat our proposals seriously will be high.", G, 1, N, "", "", 1, D),
]

D = "2022-01-21"
U = "oleksandra-ustymenko"
L["rferl-2022-01-21-blinken-lavrov-geneva"] = [
 ("There are some principles that we are committed to defending, including the right of countries to choose their own alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("a candid exchange of concerns and ideas,", "antony-blinken", 1, "He", "", "", 1, D),
 ("Blinken said Washington expected Russia to show it was not planning an invasion by removing its forces from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to begin to convince the world that it has no aggressive intent toward Ukraine, a very good place to start would be de-escalating, bringing its troops back,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("We are waiting for an answer on paper to all our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("guarantees that NATO will not expand eastward and that strike weapons systems will not be deployed near our borders.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 1, D),
 ("guarantees that NATO will not expand eastward and that strike weapons systems will not be deployed near our borders.", "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("Ukrainian lawmaker Oleksandra Ustymenko, a member of parliament's foreign affairs committee, told RFE/RL's Ukrainian Service that Kyiv was worried about talk of limiting military cooperation with Western partners.", U, 1, "Oleksandra Ustymenko", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Russia wants a gray zone where we cannot receive instructors, cannot hold exercises with partners, cannot defend ourselves,", U, 1, "she", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Russia wants a gray zone where we cannot receive instructors, cannot hold exercises with partners, cannot defend ourselves,", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("No Ukrainian government will accept that.", U, 1, "she", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Moscow's draft treaty published in December would bar the United States from establishing military bases in former Soviet republics that are not NATO members and from developing bilateral military cooperation with them.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Alliance Secretary-General Jens Stoltenberg has repeatedly said that Russia has no veto over Ukraine's aspirations.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The key question is whether the Kremlin is looking for a way out or for a pretext,", "mark-galeotti", 1, "he", "", "", 1, ""),
 ("maximalist, but it is what the Kremlin has sold at home as the minimum.", "tatiana-volkhonskaya", 1, "She", "rollback-to-1997", "mentions", 1, ""),
 ("She said the Kremlin's demand that NATO pull its troops and weapons back to where they were before the 1997 enlargement wave was \"maximalist, but it is what the Kremlin has sold at home as the minimum.\"", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-26"
P = "ned-price"
L["cnn-2022-01-26-price-interview-transcript"] = [
 ("Well, thanks for having me, Joanna. What we delivered today was a document that was fully coordinated with our Ukrainian partners and with our European allies. It addresses the concerns that Russia has raised, it lays out our concerns, and it puts forward some areas where we think we can make progress together.", P, 1, "NED PRICE", "", "", 1, D),
 ("We're talking about reciprocal transparency measures, we're talking about reciprocal commitments regarding the deployment of offensive missile systems and forces in Ukraine, and we're talking about arms control more broadly. These are areas where, if Russia is serious, there is real work to be done.", P, 1, "NED PRICE", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Joanna, the answer is that the door to NATO remains open, and it will remain open. That is a commitment the alliance made long ago, and it's not for Moscow to decide who NATO's members are or who its neighbors' allies are going to be.", P, 1, "PRICE", "nato-open-door", "supports", 1, D),
 ("Joanna, the answer is that the door to NATO remains open, and it will remain open. That is a commitment the alliance made long ago, and it's not for Moscow to decide who NATO's members are or who its neighbors' allies are going to be.", P, 1, "PRICE", "no-ukraine-membership", "rejects", 1, D),
 ("We were very clear on this in Geneva, we were clear in Brussels, we were clear in Vienna, and we are clear in this document. There's no daylight between us and our allies on that.", P, 1, "PRICE", "nato-open-door", "supports", 1, D),
 ("Look, I'm not going to get ahead of what comes next. What I can tell you is that we are willing to put some of these understandings in a form that would be binding if we can come to an agreement on reciprocal steps. But that does not extend to the fundamental principles of European security, which are not ours to trade away.", P, 1, "PRICE", "written-legal-guarantees", "mentions", 1, D),
 ("The single most important thing would be de-escalation. We have seen the buildup continue even as we have engaged in this diplomacy. If Russia is sincere, it can pull those forces back. That would create the space for diplomacy to actually succeed.", P, 1, "PRICE", "russia-de-escalation", "supports", 1, D),
 ("In Moscow they will look for one thing, and one thing only: is there a line in the document that says NATO stops moving toward Russia? From what Secretary Blinken said today, there is not.", "nikolai-petrov-sands", 1, "NIKOLAI PETROV-SANDS", "nato-non-expansion", "mentions", 1, D),
 ("In Moscow they will look for one thing, and one thing only: is there a line in the document that says NATO stops moving toward Russia? From what Secretary Blinken said today, there is not.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The rest, the missiles, the exercises, it is all useful, and frankly the Russian military has wanted to talk about these issues for years. But politically, Putin has set the bar at non-enlargement, and I think he will say the Americans did not listen.", "nikolai-petrov-sands", 1, "NIKOLAI PETROV-SANDS", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The rest, the missiles, the exercises, it is all useful, and frankly the Russian military has wanted to talk about these issues for years. But politically, Putin has set the bar at non-enlargement, and I think he will say the Americans did not listen.", "nikolai-petrov-sands", 1, "NIKOLAI PETROV-SANDS", "limit-military-exercises", "mentions", 1, D),
 ("The rest, the missiles, the exercises, it is all useful, and frankly the Russian military has wanted to talk about these issues for years. But politically, Putin has set the bar at non-enlargement, and I think he will say the Americans did not listen.", "nikolai-petrov-sands", 1, "NIKOLAI PETROV-SANDS", "nato-non-expansion", "mentions", 1, D),
 ("I think the U.S. is trying to give Putin an off-ramp that he can sell at home without giving him what he's asked for. You talk to officials and they say, look, we're offering the kind of reciprocal limits on military drills in Europe that were on the table back in the Cold War days. That's not nothing.", "kimberly-dozier", 1, "KIMBERLY DOZIER", "limit-military-exercises", "mentions", 1, D),
 ("But you have the Kremlin also demanding that NATO essentially pull back its forces from countries like Poland and the Baltic states. And no one in this administration is going to entertain that.", "kimberly-dozier", 1, "KIMBERLY DOZIER", "rollback-to-1997", "mentions", 1, D),
 ("But you have the Kremlin also demanding that NATO essentially pull back its forces from countries like Poland and the Baltic states. And no one in this administration is going to entertain that.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("Then we will hear about military-technical measures, which is the Kremlin's phrase. I hope it stays a phrase.", "nikolai-petrov-sands", 1, "PETROV-SANDS", "", "", 1, D),
]

D = "2022-02-01"
PQ = "We do not see that our three key demands were adequately taken into account — preventing NATO expansion, refusing to deploy strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed,"
L["valdai-2022-02-03-after-the-answers"] = [
 (PQ, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 (PQ, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (PQ, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("If Ukraine were admitted to NATO and tried to return Crimea by military means, he asked, would Europe be drawn into a war with Russia?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 0, D),
 ('The American side repeated that the "open door" of NATO is not subject to discussion, and NATO\'s own reply was, by all accounts, even more categorical.', "united-states", 0, "The American side", "nato-open-door", "supports", 0, ""),
 ('Secretary General Jens Stoltenberg said on 26 January that the alliance "cannot and will not compromise" on the right of each nation to choose its own path.', "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Russia has said that moratoria are not enough and that it needs legally binding guarantees; the West has said it cannot sign away its open door.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-19"
B = "josep-borrell"
BN = "Josep Borrell Fontelles"
L["europarl-2022-01-19-plenary-debate-russia-ukraine"] = [
 ("Madam President, honourable Members, last week I travelled to Ukraine, to the line of contact in Donbas, and I can tell you that the tension there is palpable. More than 100 000 Russian troops with heavy equipment are stationed close to the Ukrainian border. This is not a normal situation.", B, 1, BN, "", "", 1, D),
 ("Russia has asked the United States and NATO to sign documents which would create spheres of influence in Europe, and which would, among other things, forbid any further enlargement of the Alliance. Let me be clear: we do not accept that any country has a say over the sovereign choices of another. Every country has the right to choose its alliances.", B, 1, BN, "nato-non-expansion", "rejects", 1, D),
 ("Russia has asked the United States and NATO to sign documents which would create spheres of influence in Europe, and which would, among other things, forbid any further enlargement of the Alliance. Let me be clear: we do not accept that any country has a say over the sovereign choices of another. Every country has the right to choose its alliances.", B, 1, BN, "nato-open-door", "supports", 1, D),
 ("Russia has asked the United States and NATO to sign documents which would create spheres of influence in Europe, and which would, among other things, forbid any further enlargement of the Alliance. Let me be clear: we do not accept that any country has a say over the sovereign choices of another. Every country has the right to choose its alliances.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Any discussion about European security has to involve the European Union. We are not spectators, and the security of Europe cannot be negotiated by two parties alone. We are coordinating very closely with the United States and with NATO, and we are ready for dialogue, but dialogue cannot take place under the threat of force. Russia has to de-escalate, and it has to do so now.", B, 1, BN, "russia-de-escalation", "supports", 1, D),
 ("Madam President, Mr High Representative, the Kremlin's so-called draft treaties are not proposals. They are a list of conditions for the surrender of half of our continent. They demand that NATO withdraw from countries that joined it freely after 1997, including my neighbours in Poland and the Baltic states. Colleagues, we will never accept a Europe with first-class and second-class members of the Alliance.", "anneliese-vogtmann", 1, "Anneliese Vogtmann", "rollback-to-1997", "rejects", 1, D),
 ("Madam President, Mr High Representative, the Kremlin's so-called draft treaties are not proposals. They are a list of conditions for the surrender of half of our continent. They demand that NATO withdraw from countries that joined it freely after 1997, including my neighbours in Poland and the Baltic states. Colleagues, we will never accept a Europe with first-class and second-class members of the Alliance.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("And we must say clearly: the promise of Bucharest is not Moscow's to cancel. It belongs to Ukraine, to Georgia and to the Allies.", "anneliese-vogtmann", 1, "Anneliese Vogtmann", "rescind-bucharest-2008", "rejects", 1, D),
 ("And we must say clearly: the promise of Bucharest is not Moscow's to cancel. It belongs to Ukraine, to Georgia and to the Allies.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Madame la Présidente, Europe must not be a waiting room while others discuss our future in Geneva. I welcome the fact that the Americans are ready to discuss missiles and military exercises. These are legitimate topics for Europe as well, and the European Union should be at that table. But a dialogue on arms control is one thing; a veto on the free choice of nations is quite another.", "pierre-yves-lacombe", 1, "Pierre-Yves Lacombe", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Madame la Présidente, Europe must not be a waiting room while others discuss our future in Geneva. I welcome the fact that the Americans are ready to discuss missiles and military exercises. These are legitimate topics for Europe as well, and the European Union should be at that table. But a dialogue on arms control is one thing; a veto on the free choice of nations is quite another.", "pierre-yves-lacombe", 1, "Pierre-Yves Lacombe", "limit-military-exercises", "mentions", 1, D),
 ("Madame la Présidente, Europe must not be a waiting room while others discuss our future in Geneva. I welcome the fact that the Americans are ready to discuss missiles and military exercises. These are legitimate topics for Europe as well, and the European Union should be at that table. But a dialogue on arms control is one thing; a veto on the free choice of nations is quite another.", "pierre-yves-lacombe", 1, "Pierre-Yves Lacombe", "nato-open-door", "supports", 1, D),
 ("Madam President, we are discussing today whether Russia will be allowed to decide what happens on the territory of Poland. Mr Putin demands that there be no Allied forces on our soil. My answer is: no. Not now, not ever. We learned in 1939 what happens when great powers decide the fate of Central Europe behind closed doors.", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 1, D),
 ("Madam President, I know this is not a popular position in this House, but someone has to say it. Russia has legitimate security interests. For thirty years NATO moved east despite the assurances given in 1990. If we want peace, we should at least be prepared to discuss a treaty under which Ukraine stays outside the military blocs. A neutral Ukraine would be a bridge, not a battlefield.", "helmut-raschke", 1, "Helmut Raschke", "no-ukraine-membership", "supports", 1, D),
 ("Madam President, I listened to the previous speaker and I must disagree with him completely. Ukraine's neutrality is for the Ukrainian people to decide, not for the Kremlin and not for this Parliament. What we can do, and must do, is to prepare sanctions now, so that the cost of a new aggression is clear to Moscow before it takes place, not after.", "marija-kovacevic", 1, "Marija Kovačević", "no-ukraine-membership", "rejects", 1, D),
 ("Madam President, I listened to the previous speaker and I must disagree with him completely. Ukraine's neutrality is for the Ukrainian people to decide, not for the Kremlin and not for this Parliament. What we can do, and must do, is to prepare sanctions now, so that the cost of a new aggression is clear to Moscow before it takes place, not after.", "marija-kovacevic", 1, "Marija Kovačević", "nato-open-door", "supports", 1, D),
 ("Madam President, thank you for this debate, which has shown a very large unity in this House. I have taken note of the proposals to strengthen our support to Ukraine. Let me say once again that we will not go back to the logic of Yalta. The era of spheres of influence is over.", B, 1, BN, "", "", 1, D),
 ("Russia demands that the Alliance stop all activities on the territory of Ukraine and of other former Soviet states. This would leave Ukraine, Georgia and Moldova alone in a grey zone. The EU must increase, not reduce, its security cooperation with these partners.", "kaarel-tammsalu", 1, "Kaarel Tammsalu", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Russia demands that the Alliance stop all activities on the territory of Ukraine and of other former Soviet states. This would leave Ukraine, Georgia and Moldova alone in a grey zone. The EU must increase, not reduce, its security cooperation with these partners.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
]

write_gold(L, "articles-326", "gold-326")
