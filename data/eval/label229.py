#!/usr/bin/env python3
"""Writes the held-out gold of batch 229 (gold-229/*.nq) from the labels below.

Batch 229 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- apnews-2022-01-26-us-written-response-russia: AP wire story, WASHINGTON (AP)
  dateline, no front matter; Blinken quote interrupted ("There is no change," he
  said. "There will be no change."), Sherman reported with a short partial
  quote, Moscow's demands in narrator sentences, Baker/Gorbachev 1990 background.
- washingtonpost-2022-01-27-kyiv-reacts-us-reply: Washington Post from Kyiv,
  front matter, standfirst, photo caption, "Read more" links; "Ukrainian
  officials" as speaker, interrupted quotes, an analyst on Bucharest whose quote
  mixes history and a demand attributed to Moscow, Bucharest declaration quoted
  as a document (unlabelled).
- kremlin-2022-01-27-peskov-conference-call: kremlin.ru transcript with
  "Question:" / "Dmitry Peskov:" labels and multi-paragraph answers; questions
  name Lavrov, Blinken, Ryabkov and the Bucharest promise (no labels).
- kommersant-2022-01-31-grushko-interview: Kommersant interview with Deputy FM
  Grushko, machine-translated English, dash Q&A where questions and answers
  both start with a dash, « » quotes, UTF-8 BOM and CRLF, date only as
  "31.01.2022", a "Read also" line quoting Ryabkov (unlabelled).
- politico-2022-02-01-senators-ukraine-nato-hawley: Politico Congress report,
  front matter, senators with (D-N.H.)-style tags, a Republican senator who
  takes Moscow's side on Ukraine's membership, short partial quotes inside
  reported sentences, a "RELATED:" line.
- skynews-2022-02-01-ukraine-russia-live: Sky News live page, no front matter,
  key points and entry headings (unlabelled), reverse-chronological time
  stamps, readouts reported through ministries, an unquoted correspondent's
  analysis, a 7-word partial quote in a reported sentence.
- meduza-2022-02-02-what-the-us-offered-explainer: Meduza explainer, front
  matter, curly quotes, question crossheads; paraphrased documents of the US
  and NATO (organisations as speakers) next to verbatim document quotes
  (unlabelled), independent Russian analysts, "Read also" lines.

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

NE, UM, RB = "nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008"
SW, IR, WA = "no-strike-weapons-near-borders", "no-intermediate-range-missiles", "no-warships-aircraft-in-strike-range"
EX, R97, EXS = "limit-military-exercises", "rollback-to-1997", "no-military-activity-ex-soviet"
LG, NP, MD = "written-legal-guarantees", "no-preconditions", "resume-military-dialogue"
DE, OD = "russia-de-escalation", "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-26"
e1 = "The United States on Wednesday handed Russia a written response to its demands for security guarantees, standing firm on NATO's right to take in new members such as Ukraine while laying out areas where the two sides might find common ground, Secretary of State Antony Blinken said."
e2 = "It sets out a serious diplomatic path forward, should Russia choose it,"
e3 = "We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,"
e4 = "There is no change,"
e5 = "There will be no change."
e6 = "The reply does not include the legally binding pledge Moscow has sought that the alliance will never again expand eastward, a demand Washington and its allies have said from the start was a non-starter."
e7 = "Instead, Blinken said the U.S. proposals included reciprocal transparency measures on force posture in Ukraine, confidence-building steps covering military exercises and maneuvers in Europe, and possible arms control arrangements on missiles in Europe."
e8 = "Those ideas echo the agenda U.S. Deputy Secretary of State Wendy Sherman brought to the Geneva talks on Jan. 10, where she told Russian Deputy Foreign Minister Sergei Ryabkov that Washington would not let anyone \"slam closed NATO's open-door policy.\""
e9 = "In Moscow, Foreign Minister Sergey Lavrov said before the document arrived that Russia would study it before deciding its next steps, but he made clear that the central issue for the Kremlin remained NATO's push toward Russia's borders."
e10 = "If there is no constructive answer and the West continues its aggressive course, Moscow will take the necessary retaliatory measures,"
e11 = "Russia has also demanded that NATO pull troops and weapons out of the Eastern European countries that joined the alliance after 1997, including Poland and the Baltic states, and that it halt drills near Russia's frontiers."
e12 = "State Department spokesman Ned Price said Wednesday that any progress would depend on Russia pulling back the more than 100,000 troops it has massed near Ukraine's borders."
e13 = "De-escalation is the single most important thing Moscow can do to show us it is serious about diplomacy,"
e14 = "We will not compromise on the right of each nation to choose its own path,"
e15 = "Stoltenberg said allies were proposing to reopen NATO's and Russia's missions in each other's capitals and to revive military-to-military communication lines to reduce the risk of incidents and accidents."
e16 = "The administration has essentially said yes to talking about missiles and exercises, and no to the idea that NATO shuts its door,"
e17 = "I'd be surprised if Putin regards that as enough."
e18 = "There is nothing in it that goes against Ukraine's interests,"
L["apnews-2022-01-26-us-written-response-russia"] = [
 (e1, "antony-blinken", 1, "Antony Blinken", OD, S, 0, d),
 (e1, "antony-blinken", 1, "Antony Blinken", UM, R, 0, d),
 (e2, "antony-blinken", 1, "Blinken", "", "", 1, d),
 (e3, "antony-blinken", 1, "Blinken", OD, S, 1, d),
 (e4, "antony-blinken", 1, "he", OD, S, 1, d),
 (e4, "antony-blinken", 1, "he", UM, R, 1, d),
 (e5, "antony-blinken", 1, "he", OD, S, 1, d),
 (e5, "antony-blinken", 1, "he", UM, R, 1, d),
 (e6, "russia", 0, "Moscow", NE, S, 0, ""),
 (e6, "russia", 0, "Moscow", LG, S, 0, ""),
 (e6, "united-states", 0, "Washington", NE, R, 0, ""),
 (e7, "antony-blinken", 1, "Blinken", EX, M, 0, d),
 (e7, "antony-blinken", 1, "Blinken", IR, M, 0, d),
 (e8, "wendy-sherman", 1, "she", OD, S, 0, "2022-01-10"),
 (e9, "sergei-lavrov", 1, "Sergey Lavrov", NE, S, 0, d),
 (e9, "russia", 0, "the Kremlin", NE, S, 0, ""),
 (e10, "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 (e11, "russia", 0, "Russia", R97, S, 0, ""),
 (e11, "russia", 0, "Russia", EX, S, 0, ""),
 (e12, "ned-price", 1, "Ned Price", DE, S, 0, d),
 (e13, "ned-price", 1, "Price", DE, S, 1, d),
 (e14, "jens-stoltenberg", 1, "Stoltenberg", OD, S, 1, d),
 (e15, "jens-stoltenberg", 1, "Stoltenberg", MD, S, 0, d),
 (e16, "daniel-whitcombe", 1, "Whitcombe", IR, M, 1, ""),
 (e16, "daniel-whitcombe", 1, "Whitcombe", EX, M, 1, ""),
 (e16, "daniel-whitcombe", 1, "Whitcombe", NE, M, 1, ""),
 (e16, "daniel-whitcombe", 1, "Whitcombe", OD, M, 1, ""),
 (e17, "daniel-whitcombe", 1, "Whitcombe", "", "", 1, ""),
 (e18, "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
]

d = "2022-01-27"
w1 = "Ukrainian officials on Thursday welcomed Washington's refusal to hand Moscow a say over their country's future alliances, a day after the United States and NATO delivered written answers to the Kremlin's sweeping list of security demands."
w2 = "Foreign Minister Dmytro Kuleba told reporters at the ministry that Kyiv was satisfied the U.S. reply had not yielded on the question of Ukraine's eventual membership in NATO, which Russia wants permanently ruled out."
w3 = "The only de-escalation that matters is Russian troops going home,"
w4 = "We are not going to ask anyone's permission about which alliances we join,"
w5 = "That is a decision for Ukrainians and for the countries we want to stand beside, and no one else."
w6 = "There are risks, they have not gone away,"
w7 = "but I ask everyone not to panic and not to empty the shops."
w8 = "Moscow's proposals, published in December as two draft documents, would oblige NATO to halt all military cooperation with Ukraine and other former Soviet republics outside the alliance, from joint exercises to training missions and arms deliveries."
w9 = "The Kremlin wants to push NATO back to where it stood in 1997,"
w10 = "That is not something Ukraine can ever accept, with or without a piece of paper from Washington."
w11 = "Bucharest promised Ukraine membership in 2008, and then nobody did anything about it for 13 years,"
w12 = "Now Moscow wants that promise formally torn up."
w13 = "Yavorska said the American text, as described by officials in Kyiv, appeared to leave the door open to talks on missile deployments and on the scale of exercises, areas in which she said Ukraine had little to lose."
w14 = "If the Americans and Russians want to count missiles in Romania and Poland, fine,"
w15 = "Just don't count them in our name."
w16 = "I don't think a letter from Washington changes anything for people in Kharkiv or in Mariupol,"
w17 = "They will do what they want, and we will be here."
w18 = "Russian Foreign Minister Sergei Lavrov said Thursday that the American reply contained \"no positive response\" on the main issue, which he identified as Moscow's insistence that NATO stop expanding eastward."
L["washingtonpost-2022-01-27-kyiv-reacts-us-reply"] = [
 (w1, "ukraine", 0, "Ukrainian officials", OD, S, 0, d),
 (w2, "dmytro-kuleba", 1, "Dmytro Kuleba", UM, R, 0, d),
 (w2, "dmytro-kuleba", 1, "Dmytro Kuleba", OD, S, 0, d),
 (w2, "russia", 0, "Russia", UM, S, 0, ""),
 (w3, "dmytro-kuleba", 1, "Kuleba", DE, S, 1, d),
 (w4, "volodymyr-zelensky", 1, "Zelensky", OD, S, 1, d),
 (w4, "volodymyr-zelensky", 1, "Zelensky", UM, R, 1, d),
 (w5, "volodymyr-zelensky", 1, "Zelensky", OD, S, 1, d),
 (w6, "volodymyr-zelensky", 1, "he", "", "", 1, d),
 (w7, "volodymyr-zelensky", 1, "he", "", "", 1, d),
 (w8, "russia", 0, "Moscow", EXS, S, 0, ""),
 (w9, "oleksandr-mazurenko", 1, "Oleksandr Mazurenko", R97, R, 1, ""),
 (w9, "russia", 0, "The Kremlin", R97, S, 0, ""),
 (w10, "oleksandr-mazurenko", 1, "Oleksandr Mazurenko", R97, R, 1, ""),
 (w11, "halyna-yavorska", 1, "she", "", "", 1, ""),
 (w12, "halyna-yavorska", 1, "she", RB, M, 1, ""),
 (w12, "russia", 0, "Moscow", RB, S, 0, ""),
 (w13, "halyna-yavorska", 1, "Yavorska", IR, M, 0, ""),
 (w13, "halyna-yavorska", 1, "Yavorska", EX, M, 0, ""),
 (w14, "halyna-yavorska", 1, "she", IR, M, 1, ""),
 (w15, "halyna-yavorska", 1, "she", IR, M, 1, ""),
 (w16, "iryna-stepanenko", 1, "Iryna Stepanenko", "", "", 1, ""),
 (w17, "iryna-stepanenko", 1, "Iryna Stepanenko", "", "", 1, ""),
 (w18, "sergei-lavrov", 1, "Sergei Lavrov", NE, S, 0, d),
 (w18, "russia", 0, "Moscow", NE, S, 0, ""),
]

d = "2022-01-27"
P = ("dmitry-peskov", 1, "Dmitry Peskov")
k = [
 ("Good afternoon. Yes, the documents have been delivered to the President. They were translated overnight, and Vladimir Putin has them at his disposal.", ""),
 ("We will not rush to any conclusions. The texts require careful analysis, this will take some time, and the President will give his assessment when he considers it necessary.", ""),
 ("Sergei Viktorovich has already spoken about this, and I have nothing to add to the Foreign Minister's words. On our main concerns – that NATO must not move further eastward and that offensive weapon systems must not be deployed near our borders – it cannot be said that they have been taken into account.", [(NE, S), (SW, S)]),
 ("At the same time, there are some considerations in these texts on secondary issues, on intermediate-range missiles, on the transparency of exercises. This gives grounds for the beginning of a serious conversation, but on secondary issues.", [(IR, M), (EX, M)]),
 ("We have heard these statements, of course. But the so-called open door cannot be a door through which the alliance keeps coming closer and closer to our borders. No country has the right to strengthen its security at the expense of the security of others – this is written in the documents that all OSCE states signed, in Istanbul in 1999 and in Astana in 2010.", [(OD, R), (NE, S)]),
 ("So the open-door principle, as our American colleagues interpret it, is something we cannot agree with.", [(OD, R)]),
 ("It is not our practice to publish such documents unilaterally. Our American colleagues asked that they not be made public, and we consider this correct in diplomatic practice. I think, though, that sooner or later they will leak anyway.", ""),
 ("Russia moves its troops on its own territory as it sees fit. Nobody can dictate to us where our units should be stationed on our own soil, and demands to pull them back are simply inappropriate.", [(DE, R)]),
 ("And let us not forget who is bringing tension to the region. It is NATO countries that are pumping Ukraine with weapons, sending instructors there and holding manoeuvres on its territory.", [(EXS, S)]),
 ("Our position here is unchanged. We need guarantees that are legally binding, on paper, and not verbal assurances. We have already had verbal assurances, including in 1990, and everyone knows how that ended.", [(LG, S)]),
 ("There are no such plans yet. If the need arises, such a conversation can be organised very quickly, you know this.", ""),
 ("I can't tell you now. As soon as there is something, we will inform you.", ""),
 ("Our proposals were set out in the draft documents in December, and that point has not gone anywhere. The Bucharest formula must be disavowed; otherwise, what we are talking about is simply an invitation to further expansion.", [(RB, S), (NE, S)]),
]
L["kremlin-2022-01-27-peskov-conference-call"] = [
 (ev, P[0], P[1], P[2], dem, st, 1, d)
 for ev, ds in k for dem, st in (ds or [("", "")])
]

G = ("alexander-grushko", 1, "Alexander Grushko")
g = [
 ("We see there the refusal on the main question. The answer of the alliance is frankly ideologized, it repeats like a mantra the «policy of open doors», and about our key demand, that the expansion of the alliance will stop, there is not a word.", [(NE, S), (OD, R)]),
 ("Expansion for us is not an abstraction. Each new wave brought the infrastructure of the alliance closer to our borders, and we demand that this process is stopped in the legally obliging form, not on the word of honour, as it was in 1990.", [(NE, S), (LG, S)]),
 ("We ourselves many times proposed to restore the military channels. The contacts between the military were cut off by the alliance in 2014, not by us, and we always said that without them the risk of the incidents is growing.", [(MD, S)]),
 ("But it is necessary to understand correctly: these are the measures of the second order. They cannot replace the main thing.", [(MD, M)]),
 ("The Russian troops are on Russian territory. To demand from us something in this regard is the same as if we would demand from the United States to take away the troops from Texas. We do not accept such formulation of the question.", [(DE, R)]),
 ("This is the idea which we put forward ourselves back in 2019, when the President proposed the moratorium on the deployment of the intermediate and shorter range missiles in Europe. Then in NATO it was simply ignored. If now they are ready to discuss it seriously, with the measures of verification, we are ready too, and the missiles must not be placed there where they can reach the territory of the other side.", [(IR, S)]),
 ("The alliance conducts the exercises near our borders with the scenarios which are openly anti-Russian, with the strategic bombers which fly some tens of kilometers from our border. We proposed to agree about the reduction of the scale of the exercises in the border zone and about the minimum distances for the ships and the aircraft. This is in our draft, this remains on the table.", [(EX, S), (WA, S)]),
 ("We are not against the meetings, but the meetings for the sake of the meetings do not make sense. If there is no answer about our demand to return the military infrastructure of the alliance to the positions of 1997, then to discuss the formats is premature.", [(R97, S)]),
 ("It is not an ultimatum. It is the invitation to the serious conversation, which we proposed to start without the preliminary conditions and without the long pauses. The pause is now on the side of our partners.", [(NP, S)]),
 ("The President has said everything on this account. I can only repeat: they will be chosen on the basis of the proposals of our military, and I will not speculate about them.", ""),
]
L["kommersant-2022-01-31-grushko-interview"] = [
 (ev, G[0], G[1], G[2], dem, st, 1, "")
 for ev, ds in g for dem, st in (ds or [("", "")])
]

d = "2022-02-01"
p1 = "Sen. Josh Hawley on Tuesday urged the Biden administration to drop its support for Ukraine's eventual entry into NATO, putting the Missouri Republican at odds with most of his party's foreign policy hands just as senators try to finish a bipartisan sanctions package aimed at deterring a Russian invasion."
p2 = "I don't think we should be extending a security guarantee to Ukraine, and I think the administration ought to say so plainly,"
p3 = "Our priority has got to be China, not a war in Eastern Europe."
p4 = "The comments landed days after the administration and NATO sent Moscow written responses that turned down the Kremlin's demand to close the alliance's door, while offering talks on arms control and military transparency."
p5 = "Giving Vladimir Putin a veto over who joins NATO would be a reward for aggression, plain and simple,"
p6 = "Senate Foreign Relations Chair Bob Menendez (D-N.J.) said he had not read Hawley's letter but that the question of Ukraine's membership was not Moscow's to decide."
p7 = "We have been clear with the Kremlin that Ukraine's path to NATO is for Ukrainians and for the allies to decide, not for Vladimir Putin,"
p8 = "We are very close to a bipartisan agreement, and I expect we will have text soon,"
p9 = "Risch, who reviewed the classified version of the U.S. response last week, said Tuesday that it \"did not give an inch\" on Moscow's demand that NATO stop taking in new members, and that he was comfortable with the administration's approach on that front."
p10 = "Sen. Roger Wicker (R-Miss.), a senior member of the Armed Services Committee, said Tuesday that the U.S. should not entertain any Russian proposals until Russia pulls back the troops it has massed along Ukraine's borders."
p11 = "You don't negotiate with a gun pointed at the table,"
p12 = "First the tanks go back to their bases, then we can talk about whatever Moscow wants to talk about."
p13 = "If Russia is serious about the missile issue, that's a conversation a lot of us have wanted since the INF Treaty fell apart,"
p14 = "We'd be happy to have it."
p15 = "The Russians asked for a signed treaty and got a letter. That's a gap you can't paper over with confidence-building measures,"
p16 = "He didn't slam the door. He said, in effect, we're still reading,"
L["politico-2022-02-01-senators-ukraine-nato-hawley"] = [
 (p1, "josh-hawley", 1, "Josh Hawley", UM, S, 0, d),
 (p2, "josh-hawley", 1, "Hawley", UM, S, 1, d),
 (p3, "josh-hawley", 1, "Hawley", "", "", 1, d),
 (p4, "united-states", 0, "the administration", NE, R, 0, ""),
 (p4, "nato", 0, "NATO", NE, R, 0, ""),
 (p4, "russia", 0, "the Kremlin", NE, S, 0, ""),
 (p5, "jeanne-shaheen", 1, "Jeanne Shaheen", OD, S, 1, d),
 (p6, "bob-menendez", 1, "Bob Menendez", OD, S, 0, d),
 (p6, "bob-menendez", 1, "Bob Menendez", UM, R, 0, d),
 (p7, "bob-menendez", 1, "Menendez", OD, S, 1, d),
 (p7, "bob-menendez", 1, "Menendez", UM, R, 1, d),
 (p8, "bob-menendez", 1, "Menendez", "", "", 1, d),
 (p9, "jim-risch", 1, "Risch", NE, R, 0, d),
 (p9, "russia", 0, "Moscow", NE, S, 0, ""),
 (p10, "roger-wicker", 1, "Roger Wicker", DE, S, 0, d),
 (p11, "roger-wicker", 1, "Wicker", DE, S, 1, d),
 (p12, "roger-wicker", 1, "Wicker", DE, S, 1, d),
 (p13, "chris-murphy", 1, "Murphy", IR, M, 1, d),
 (p14, "chris-murphy", 1, "Murphy", IR, M, 1, d),
 (p15, "rebecca-lindqvist", 1, "Lindqvist", LG, M, 1, ""),
 (p15, "russia", 0, "The Russians", LG, S, 0, ""),
 (p16, "rebecca-lindqvist", 1, "Lindqvist", "", "", 1, ""),
]

d = "2022-02-01"
s1 = "According to the readout, Mr Lavrov told the US secretary of state that Moscow still expected a clear answer on why Washington refused to rule out any further NATO enlargement."
s2 = "The US State Department says Mr Blinken used the call to press for \"immediate de-escalation\"."
s3 = "Mr Blinken told Mr Lavrov that Russia should withdraw its forces from Ukraine's borders and return to diplomacy, spokesman Ned Price said in a statement."
s4 = "Moscow wants a written pledge that NATO will never take in Ukraine, and it did not get one."
s5 = "We see that the fundamental Russian concerns were ignored. We haven't seen adequate consideration of our three key demands regarding NATO's expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the 1997 positions,"
s6 = "Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What, are we supposed to go to war with the NATO bloc?"
s7 = "I hope that we will eventually find a solution, although we understand it's not easy."
s8 = "Jens Stoltenberg has told Sky News that allies will not renegotiate the alliance's core principles, and that Moscow's demand for NATO to withdraw forces from members that joined after 1997 is a non-starter."
s9 = "We will not go back to a situation with first- and second-class members,"
s10 = "Every ally, large or small, has the right to be protected."
s11 = "a political, a humanitarian, a military disaster"
s12 = "It's vital that Russia steps back and chooses a path of diplomacy, and I believe that is still possible,"
s13 = "Asked about Moscow's insistence that Ukraine be barred from NATO, Mr Johnson said it was for Ukrainians alone to decide which alliances they joined and that Britain would never accept a Russian veto."
L["skynews-2022-02-01-ukraine-russia-live"] = [
 (s1, "sergei-lavrov", 1, "Mr Lavrov", NE, S, 0, d),
 (s1, "russia", 0, "Moscow", NE, S, 0, ""),
 (s2, "antony-blinken", 1, "Mr Blinken", DE, S, 0, d),
 (s3, "antony-blinken", 1, "Mr Blinken", DE, S, 0, d),
 (s4, "russia", 0, "Moscow", UM, S, 0, ""),
 (s4, "russia", 0, "Moscow", LG, S, 0, ""),
 (s5, "vladimir-putin", 1, "Mr Putin", NE, S, 1, d),
 (s5, "vladimir-putin", 1, "Mr Putin", SW, S, 1, d),
 (s5, "vladimir-putin", 1, "Mr Putin", R97, S, 1, d),
 (s6, "vladimir-putin", 1, "he", UM, S, 1, d),
 (s7, "vladimir-putin", 1, "he", "", "", 1, d),
 (s8, "jens-stoltenberg", 1, "Jens Stoltenberg", R97, R, 0, d),
 (s8, "russia", 0, "Moscow", R97, S, 0, ""),
 (s9, "jens-stoltenberg", 1, "the NATO secretary general", R97, R, 1, d),
 (s10, "jens-stoltenberg", 1, "the NATO secretary general", R97, R, 1, d),
 (s11, "boris-johnson", 1, "the prime minister", "", "", 1, d),
 (s12, "boris-johnson", 1, "Mr Johnson", DE, S, 1, d),
 (s13, "boris-johnson", 1, "Mr Johnson", OD, S, 0, d),
 (s13, "boris-johnson", 1, "Mr Johnson", UM, R, 0, d),
 (s13, "russia", 0, "Moscow", UM, S, 0, ""),
]

m1 = "In them, Moscow demanded that the alliance renounce any further enlargement, including the admission of Ukraine, and that it not station troops or weapons in the countries that joined after May 27, 1997 — the day the NATO–Russia Founding Act was signed."
m2 = "Russia also wanted a ban on deploying intermediate- and shorter-range missiles anywhere they could reach the other side’s territory, and an end to NATO military activity in Ukraine, the South Caucasus and Central Asia."
m3 = "Moscow, he said, needed answers on all points — and in a legally binding form."
m4 = "At the same time, the United States offers to discuss a mutual commitment with Russia not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine."
m5 = "It also proposes talks on a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland — if Russia allows similar inspections at two bases of its choosing."
m6 = "On exercises, Washington suggests reciprocal notification of strategic bomber flights near each other’s borders and additional limits on the size and location of drills in Europe."
m7 = "The alliance reaffirms its open-door policy and calls on Russia to withdraw its forces from Ukraine, Georgia and Moldova, where they are stationed without the host countries’ consent."
m8 = "NATO also proposes to restore the two sides’ diplomatic missions and to reopen military communication channels to prevent dangerous incidents."
m9 = "The main question is our clear position on the inadmissibility of NATO’s further eastward expansion and of the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction to it,"
m10 = "It is clear from them that there is no positive response to our main question — the non-expansion of NATO,"
m11 = "Mutual limits on missiles, on exercises, transparency at the Aegis Ashore sites in Romania and Poland — Moscow has been asking for some of this since 2019,"
m12 = "But on the one thing Putin personally cares about, NATO enlargement, there is nothing."
m13 = "Without a legally binding commitment that NATO won’t expand, I don’t see them calling this a success,"
m14 = "The demands were written so that they would be rejected,"
u = "2022-01-26"
L["meduza-2022-02-02-what-the-us-offered-explainer"] = [
 (m1, "russia", 0, "Moscow", NE, S, 0, ""),
 (m1, "russia", 0, "Moscow", UM, S, 0, ""),
 (m1, "russia", 0, "Moscow", R97, S, 0, ""),
 (m2, "russia", 0, "Russia", IR, S, 0, ""),
 (m2, "russia", 0, "Russia", EXS, S, 0, ""),
 (m3, "sergei-ryabkov", 1, "he", LG, S, 0, ""),
 (m3, "russia", 0, "Moscow", LG, S, 0, ""),
 (m4, "united-states", 0, "the United States", SW, M, 0, u),
 (m5, "united-states", 0, "It", IR, M, 0, u),
 (m6, "united-states", 0, "Washington", EX, M, 0, u),
 (m6, "united-states", 0, "Washington", WA, M, 0, u),
 (m7, "nato", 0, "The alliance", OD, S, 0, u),
 (m7, "nato", 0, "The alliance", DE, S, 0, u),
 (m8, "nato", 0, "NATO", MD, S, 0, u),
 (m9, "sergei-lavrov", 1, "Lavrov", NE, S, 1, "2022-01-28"),
 (m9, "sergei-lavrov", 1, "Lavrov", SW, S, 1, "2022-01-28"),
 (m10, "dmitry-peskov", 1, "Peskov", NE, S, 1, "2022-02-02"),
 (m11, "kirill-zhuravlev", 1, "Zhuravlev", IR, M, 1, ""),
 (m11, "kirill-zhuravlev", 1, "Zhuravlev", EX, M, 1, ""),
 (m11, "russia", 0, "Moscow", IR, S, 0, ""),
 (m12, "kirill-zhuravlev", 1, "Zhuravlev", NE, M, 1, ""),
 (m13, "kirill-zhuravlev", 1, "he", LG, M, 1, ""),
 (m13, "kirill-zhuravlev", 1, "he", NE, M, 1, ""),
 (m14, "pavel-ogarkov", 1, "Pavel Ogarkov", "", "", 1, ""),
]

write_gold(L, "articles-229", "gold-229")
