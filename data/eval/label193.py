#!/usr/bin/env python3
"""Writes the 193rd held-out gold (gold-193/*.nq) from the labels below.

Batch 193 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's "security guarantees":

- ap-...: Associated Press wire copy from Geneva (front matter, straight
  quotes), with a split quotation ("..., he said. ...") and a two-sentence
  quotation, a reported rejection that also carries Russia's demand in
  passing, an analyst calling a demand a "non-starter", and history (Baker
  1990, the 1997 Founding Act) that is not labelled;
- tass-...: TASS Q&A interview with Grushko (no front matter, "20 DEC 2021,
  09:41" dateline; answers are dash paragraphs; the interview was given on
  Sunday, published on Monday), plus reported speech by Ryabkov and Putin;
- nato-...: NATO press-conference transcript (UTF-8 BOM, CRLF line ends,
  front matter), speaker labels, journalists' questions unlabelled;
- state-...: State Department press briefing, "MR PRICE:" / "QUESTION:";
- interfax-...: machine-translated aggregator copy of Interfax with « »
  quotes, a speaker named only by role ("the representative of Kremlin",
  "the minister"), an unnamed diplomatic source (left out), Sergey/Dmitry
  spellings;
- bbc-...: BBC News live blog with timestamped entries and crossheads
  (crossheads unlabelled), curly quotes, a background entry on the draft
  treaties of 17 December;
- dw-...: DW explainer quoting invented analysts with „ “ quotes, mostly
  mentions, Putin's three key demands in one quotation, an unnamed group
  ("Western governments") left out, a quoted line of the 2008 Bucharest
  declaration left out.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a
quotation running over two sentences is one span. Q/A interviews and
transcripts: each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the moderator get no label; the name is
the one the intro/speaker label gives. Reported speech: the whole sentence
(dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. Every direct quotation of six or more words about none of the
demands gets one demand-less label; reported speech about no demand or about
unspecified demands gets none. Historical background, words quoted from
documents, headlines, crossheads, standfirsts and captions are not labelled;
unnamed groups are left out. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (undated without a day).
Speaker name = the words naming the speaker there, titles dropped. Dates: the
day the words were said, resolved against the publication date; "" when the
text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
S_SHER = "Deputy Secretary of State Wendy Sherman told reporters after the meeting at the U.S. mission that Washington had rejected Russia's insistence that Ukraine be barred from ever joining NATO."
S_SHER2 = "Sherman said the United States was open to discussing the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same."
S_RYAB = "We can discuss missiles, we can discuss exercises,"
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Senior U.S. and Russian diplomats ended nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, and Moscow repeated that it would not back down from its demand for legally binding guarantees on European security.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, D),
 (S_SHER, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 (S_SHER, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 (S_SHER2, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (S_SHER2, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("De-escalation is the way to create the right atmosphere for diplomacy, and Russia has not yet shown us that it is ready to take that step,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("The deputy foreign minister insisted that Russia had no plans to invade its neighbor and dismissed Western calls for a pullback of Russian forces, saying troop movements on Russia's own territory were nobody else's business.", "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 (S_RYAB, "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 (S_RYAB, "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("But without an answer on NATO's non-expansion, everything else loses its meaning.", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("I would not say that there are grounds for optimism at this stage,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Secretary of State Antony Blinken said on Friday that real progress was hard to imagine while Russia kept its forces massed on Ukraine's border.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-01-07"),
 ("Moscow has put its maximalist wish list on the table, and Washington has answered with the items it was always willing to discuss,", "tobias-rennard", 1, "Tobias Rennard", "", "", 1, ""),
 ("Asking NATO to pull its troops out of Poland and the Baltics is a non-starter, and the Kremlin knows it,", "tobias-rennard", 1, "Rennard", "rollback-to-1997", "rejects", 1, ""),
]

G, GN = "alexander-grushko", "Alexander Grushko"
D = "2021-12-19"
L["tass-2021-12-20-grushko-interview"] = [
 ("Because the situation has reached a point where it is impossible to continue as before. NATO has been moving towards our borders for three decades, and every time we were told not to worry. We are no longer prepared to rely on verbal assurances; we need guarantees that are legally binding, written down on paper, signed and ratified.", G, 1, GN, "written-legal-guarantees", "supports", 1, D),
 ("We did hand them over, on December 15, to the American side in Moscow. Publication is about transparency. We want the public in Europe to see that our proposals are clear and that there is nothing in them that threatens anyone.", G, 1, GN, "", "", 1, D),
 ("It means that NATO should not deploy additional forces and weapons on the territory of the states that joined the alliance after that date, beyond what was there in 1997. The forces that have appeared in Poland, the Baltic states and Romania since then must go back where they came from.", G, 1, GN, "rollback-to-1997", "supports", 1, D),
 ("It is not an ultimatum. It is an invitation to a serious conversation, and we hope it will be accepted as such. But if the other side does not want this conversation, we will have to respond with military-technical means.", G, 1, GN, "", "", 1, D),
 ("The Bucharest formula of 2008, that these countries will become members of NATO, must be disavowed officially. As long as it stands, it is a time bomb under European security.", G, 1, GN, "rescind-bucharest-2008", "supports", 1, D),
 ("We insist that there should be no NATO military activity in Ukraine, in the South Caucasus or in Central Asia: no bases, no instructors, no joint exercises. These territories must not be turned into a springboard against Russia.", G, 1, GN, "no-military-activity-ex-soviet", "supports", 1, D),
 ("No. From the very beginning we have said that this is a package. One cannot take the convenient parts and throw out the rest. The halt to NATO's further expansion to the east is the central question, and without it there is no deal.", G, 1, GN, "nato-non-expansion", "supports", 1, D),
 ("After the collapse of the INF Treaty the question of missiles is acute. The United States must not deploy intermediate-range and shorter-range missiles in Europe from where they can reach our territory, and we are ready to take on the same obligation.", G, 1, GN, "no-intermediate-range-missiles", "supports", 1, D),
 ("Our draft says clearly that the parties should not deploy warships and aircraft in areas from which they can strike targets on the territory of the other side. The Black Sea is a vivid example. Warships of non-Black Sea states sailing next to Crimea are no contribution to stability.", G, 1, GN, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We propose to agree on a ceiling for drills near the line of contact between Russia and NATO, and to notify each other well in advance. Large-scale exercises with scenarios directed against Russia near our borders should stop.", G, 1, GN, "limit-military-exercises", "supports", 1, D),
 ("We do not need dialogue for the sake of dialogue. Restoring military contacts makes no sense as long as the alliance treats Russia as an adversary and rejects our proposals out of hand.", G, 1, GN, "resume-military-dialogue", "rejects", 1, D),
 ("As soon as possible. We are ready to sit down in January, without any preconditions, in any format convenient for the Americans - Geneva, Vienna, wherever.", G, 1, GN, "no-preconditions", "supports", 1, D),
 ("Earlier, Deputy Foreign Minister Sergei Ryabkov said on Saturday that NATO's open-door policy was a relic of the past that Moscow did not recognise and would not allow to decide questions of its own security.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 0, "2021-12-18"),
]

J, JN, D = "jens-stoltenberg", "Jens Stoltenberg", "2022-01-12"
N3 = "Allies were clear that we will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and the 30 Allies decide when Ukraine is ready for membership. Russia does not have a veto."
N5 = "At the same time, Allies are ready to meet again and to discuss arms control, including on missiles, as well as more transparency about military exercises and risk reduction. We proposed to re-establish our respective offices in Moscow and Brussels and to make full use of military lines of communication, so that we can avoid accidents and incidents."
N8 = "We are ready to discuss reciprocal limits and transparency on missile deployments, as we did in the days of the INF Treaty. But we will not accept a ban on where Allies can place their defensive capabilities on their own territory."
N7 = "The decision we took at the Bucharest summit stands, and Allies will not revisit it."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a serious and direct exchange on a very difficult set of issues.", J, 1, JN, "", "", 1, D),
 ("NATO Allies called on Russia to immediately de-escalate the situation along Ukraine's borders and to withdraw its forces. A massive build-up of troops, tanks and artillery is not a basis for constructive talks.", J, 1, JN, "russia-de-escalation", "supports", 1, D),
 (N3, J, 1, JN, "nato-open-door", "supports", 1, D),
 (N3, J, 1, JN, "no-ukraine-membership", "rejects", 1, D),
 ("Pulling back our forces from the Allies who joined after 1997 is not going to happen. We will not have first- and second-class members, and we will not give up our ability to defend and protect all Allies.", J, 1, JN, "rollback-to-1997", "rejects", 1, D),
 (N5, J, 1, JN, "no-intermediate-range-missiles", "mentions", 1, D),
 (N5, J, 1, JN, "limit-military-exercises", "mentions", 1, D),
 (N5, J, 1, JN, "resume-military-dialogue", "supports", 1, D),
 ("Russia was not ready to agree on a schedule for new meetings, but the Russian delegation was also clear that they are ready to continue to talk. There is a real risk for new armed conflict in Europe, and that is why dialogue matters.", J, 1, JN, "", "", 1, D),
 ("They did, and we were very clear in our answer. There will be no pledge that NATO stops enlarging. That would undermine the very foundation of European security, and it is not something we will negotiate with Russia.", J, 1, JN, "nato-non-expansion", "rejects", 1, D),
 (N7, J, 1, JN, "rescind-bucharest-2008", "rejects", 1, D),
 (N8, J, 1, JN, "no-intermediate-range-missiles", "mentions", 1, D),
 (N8, J, 1, JN, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Ukraine is a highly valued partner, and Allies will continue to provide support, training and equipment. That is not a threat to anyone. It is support for a sovereign nation's right to self-defence, which is enshrined in the UN Charter.", J, 1, JN, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("No. We have coordinated very closely with the United States before Geneva, before today and we will continue to do so before the meeting in the OSCE tomorrow. Nothing about Europe without Europe, and nothing about Ukraine without Ukraine.", J, 1, JN, "", "", 1, D),
]

P, PN, D = "ned-price", "Ned Price", "2022-01-27"
P2 = "We have laid out areas where we believe we can make progress together, including reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in Ukraine. We are also prepared to discuss the future of intermediate-range missiles in Europe, on a reciprocal basis and with verification."
P4 = "We are not going to sign any legally binding document that gives Moscow a say over the choices of sovereign countries. What we have put on paper is a basis for negotiation, not a treaty text."
L["state-2022-01-27-price-briefing"] = [
 ("Good afternoon, everyone. As you know, yesterday Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. The Secretary spoke to that last night, and I want to make one point clear at the top: the document sets out a serious diplomatic path, should Russia choose to take it.", P, 1, PN, "", "", 1, D),
 (P2, P, 1, PN, "no-strike-weapons-near-borders", "mentions", 1, D),
 (P2, P, 1, PN, "no-intermediate-range-missiles", "mentions", 1, D),
 ("What the document does not do is compromise on the principles at the heart of European security. There is no change, there will be no change, to NATO's open door.", P, 1, PN, "nato-open-door", "supports", 1, D),
 (P4, P, 1, PN, "written-legal-guarantees", "rejects", 1, D),
 (P4, P, 1, PN, "nato-open-door", "supports", 1, D),
 ("We have heard a lot of different things from the Kremlin over the past several weeks, and I would not read too much into any single comment from any single official.", P, 1, PN, "", "", 1, D),
 ("The United States Navy will continue to operate wherever international law allows, including in the Black Sea. Freedom of navigation is not up for negotiation.", P, 1, PN, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We have not set any preconditions for talks. We are prepared to keep talking, even as we prepare, in lockstep with our Allies and partners, for the alternative.", P, 1, PN, "no-preconditions", "supports", 1, D),
 ("But let's be clear: if Russia is serious about diplomacy, the best signal it could send would be to de-escalate and to return those troops to their barracks.", P, 1, PN, "russia-de-escalation", "supports", 1, D),
 ("I'm not going to get into the specifics of a confidential diplomatic document.", P, 1, PN, "", "", 1, D),
 ("What I can tell you is that the question of the 2008 Bucharest declaration is addressed in the text, as are the other issues on the table.", P, 1, PN, "rescind-bucharest-2008", "mentions", 1, D),
 ("No. We will continue to provide Ukraine with defensive security assistance. Two more shipments arrived in Kyiv this week, and there will be more in the coming days.", P, 1, PN, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Secretary expects to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to review the document. I don't have a date to announce for you today.", P, 1, PN, "", "", 1, D),
 ("Yes. We shared the text with our Ukrainian partners before it was delivered, and we consulted closely with our NATO Allies, who delivered their own response in parallel. Nothing about Ukraine without Ukraine.", P, 1, PN, "", "", 1, D),
]

D = "2022-01-27"
I1 = "The main question is our clear position on the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of the Russian Federation,"
L["interfax-2022-01-27-kremlin-us-answers"] = [
 ("It is impossible to tell that our considerations were taken into account or that there was readiness to consider our concerns. But we will not hurry with the estimations,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("At the same time Peskov has rejected the calls of the West to withdraw the troops from the border with Ukraine, having emphasised that movement of the Russian military on the own territory concerns nobody.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Russia moves the troops on its territory at its discretion, it is our sovereign right, and we will not take them away because someone in Washington or in Brussels demands it,", "dmitry-peskov", 1, "the representative of Kremlin", "russia-de-escalation", "rejects", 1, D),
 ("Peskov also has reminded, that Moscow expects the guarantees in the legally obligatory form.", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 0, D),
 ("The verbal assurances we already received in the nineties, and we know what they cost. Now it is necessary the paper with the signatures,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 (I1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (I1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("a myth which the alliance uses to justify the absorption of new territories and new armies", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-01-26"),
 ("We have seen the American answer before it was sent. In it there is no concession to Russia on the question of the membership of Ukraine in NATO, and it is correct,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Russia has no right of veto on the choice of Ukraine, and nobody in Washington is ready to give it this right,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("The secretary of state of the USA Antony Blinken at the press conference on Wednesday has declared, that the document contains the «serious diplomatic way», if Russia chooses it, but that the USA will not refuse the principle of the open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
]

D = "2022-01-13"
B1 = "He said Washington wanted regular contacts between military officers to resume, to reduce the risk of accidents, but would not “slam the door” on countries seeking to join Nato."
B2 = "No one can dictate to Ukraine whether it joins Nato or not. That choice belongs to Ukrainians alone,"
B3 = "In draft treaties published on 17 December, Moscow demanded that Nato rule out membership for Ukraine and pull back forces and weapons from the countries that joined the alliance after 1997."
B4 = "Foreign Secretary Liz Truss said on Thursday that talks with Moscow could not go on as normal while more than 100,000 Russian troops remained on Ukraine's border, and that Russia must pull them back before negotiations could make progress."
L["bbc-2022-01-13-osce-vienna-live"] = [
 ("Poland's Deputy Foreign Minister Marcin Przydacz told Polish radio on Thursday that Warsaw would not accept any deal that restricted where US and allied missile systems could be based on Polish soil.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Aegis Ashore in Redzikowo is a defensive system, and its future is not something Russia and America can settle between themselves,", "marcin-przydacz", 1, "he", "no-intermediate-range-missiles", "rejects", 1, D),
 ("In the same interview he said the United States must stop sending its destroyers and strategic bombers “to our very doorstep”, from where they could hit targets deep inside Russia.", "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("The talks were started in order to get specific answers to specific questions, and those answers on the main issues have not been received,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Our position is that Nato must not move one more step towards our borders, and there is no flexibility on our side about that,", "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 1, D),
 (B4, "liz-truss", 1, "Liz Truss", "no-preconditions", "rejects", 0, D),
 (B4, "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("Mr Rau said dialogue must rest on respect for the right of every state to choose its own security arrangements, including membership of alliances.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 ("the drumbeat of war is sounding loud and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 (B1, "michael-carpenter", 1, "He", "resume-military-dialogue", "supports", 0, D),
 (B1, "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("Large-scale drills along the line of contact, whoever conducts them, must be limited in size and notified well in advance,", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 1, D),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Thursday that the Baltic states would not scale back exercises with their Nato allies to please Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, D),
 ("We train on our own territory with our own allies, and no one in the Kremlin gets to decide how often or how big,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, D),
 (B2, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (B2, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (B3, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (B3, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

W1 = "We did not see an adequate consideration of our three key demands: preventing NATO's expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997,"
W2 = "What Moscow is asking for in writing is a guarantee that NATO will never take in another member in the east, and it wants that signed and ratified, not merely promised,"
W3 = "It also wants the Bucharest promise to Ukraine and Georgia formally taken back, and it wants NATO trainers and bases out of the former Soviet space,"
W4 = "Lototsky said the two sides were talking past each other on sequencing: Moscow's line was that talks should go ahead without preconditions, while the West wanted a pullback of Russian troops first."
W5 = "German Foreign Minister Annalena Baerbock, speaking in Berlin on Wednesday, said every country in Europe had the right to choose its own alliances and that Russia had to withdraw its forces from the Ukrainian border."
HV, PL, OH = "henrike-vossberg", "pavel-lototsky", "oksana-hrytsenko"
L["dw-2022-02-02-what-russia-wants-explained"] = [
 (W1, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (W1, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (W1, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 (W2, HV, 1, "Henrike Vossberg", "nato-non-expansion", "mentions", 1, ""),
 (W2, HV, 1, "Henrike Vossberg", "written-legal-guarantees", "mentions", 1, ""),
 (W3, PL, 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 (W3, PL, 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Moscow wants Ukraine kept out of NATO for good, and on that point both replies give it nothing,", OH, 1, "Oksana Hrytsenko", "no-ukraine-membership", "mentions", 1, ""),
 ("NATO is offering to reopen the military hotlines and the liaison offices. Moscow says that is nice, but it is not what it asked for,", HV, 1, "Vossberg", "resume-military-dialogue", "mentions", 1, ""),
 ("The Americans are willing to talk about ships and aircraft, but only if the rules apply to both sides,", HV, 1, "Vossberg", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Moscow talks about pulling NATO back to where it stood in 1997, but nobody in the Kremlin seriously expects that to happen,", PL, 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Both replies spell out the open-door formula, and in Moscow that will be read as a refusal,", OH, 1, "Hrytsenko", "nato-open-door", "mentions", 1, ""),
 ("Moscow, for its part, insists that negotiations must go ahead without any conditions attached.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (W4, PL, 1, "Lototsky", "no-preconditions", "mentions", 0, ""),
 (W4, PL, 1, "Lototsky", "russia-de-escalation", "mentions", 0, ""),
 (W4, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (W5, "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, "2022-02-02"),
 (W5, "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 0, "2022-02-02"),
 ("Diplomacy remains the only way out of this dangerous situation,", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-02-02"),
 ("no concession on the things that matter to us", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-31"),
]

write_gold(L, "articles-193", "gold-193")
