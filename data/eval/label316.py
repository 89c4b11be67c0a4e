#!/usr/bin/env python3
"""Writes the held-out gold of batch 316 (gold-316/*.nq) from the labels below.

Batch 316 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-21-blinken-lavrov-geneva-no-breakthrough: Reuters wire story
  with front matter; quotations interrupted by "he said", "he added" inside a
  reported clause, an anonymous State Department official, unnamed diplomat.
- interfax-ukraine-2022-01-27-kuleba-us-response: Interfax-Ukraine story, no front
  matter (date line "27.01.2022 15:42"), translated English, "Read also" link,
  demands attributed to Moscow inside Kyiv speakers' sentences, an expert.
- kremlin-ru-2022-02-01-putin-orban-press: Kremlin.ru transcript, speaker labels,
  questions from journalists, answers over several paragraphs, Orbán too.
- yle-news-2022-01-13-haavisto-osce-nato-option: Yle News story with front matter,
  captions, crossheads, "Read more" line, Finland's own NATO option, FIIA analyst.
- the-telegraph-2022-01-26-us-nato-written-answers: Telegraph news story with front
  matter, standfirst, byline, caption, UK politicians, a former diplomat.
- carnegie-endowment-2022-01-14-three-meetings-one-impasse: Carnegie commentary with
  front matter; author's own first-person analysis (not labelled), history
  (Baker 1990, Bucharest 2008), two speakers in one reported sentence.
- riigikogu-2022-01-19-question-time-security: Estonian parliament question time,
  English translation, UTF-8 BOM and CRLF; questions and the presiding
  officer unlabelled, each answer paragraph one quotation.

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

D = "2022-01-21"
L["reuters-2022-01-21-blinken-lavrov-geneva-no-breakthrough"] = [
 ("We were clear that there are core principles that we are committed to uphold and defend, including that countries are free to choose their own partners and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("That is not up for negotiation.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He said he had told Lavrov that any Russian military forces moving across Ukraine's border would be met with a \"swift, severe and united response\", and that the best way to prove Moscow had no aggressive intent was to pull back the roughly 100,000 troops it has massed near its neighbour.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("If Russia wants to begin to demonstrate that its intentions are peaceful, it can pull back those forces,", "antony-blinken", 1, "the top U.S. diplomat", "russia-de-escalation", "supports", 1, D),
 ("Lavrov, speaking separately to journalists, described the talks as \"constructive and useful\" but said Russia was waiting for paper, not promises.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("We expect that next week we will receive written answers to all our proposals,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("guarantees that are legally binding, and not the kind of assurances that were given to Mikhail Gorbachev and then forgotten.", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The Russian minister repeated that NATO must pull its forces and weapons back to where they stood in 1997, before the alliance began taking in former Soviet bloc states, and that the alliance must renounce any further enlargement.", "sergei-lavrov", 1, "The Russian minister", "rollback-to-1997", "supports", 0, D),
 ("The Russian minister repeated that NATO must pull its forces and weapons back to where they stood in 1997, before the alliance began taking in former Soviet bloc states, and that the alliance must renounce any further enlargement.", "sergei-lavrov", 1, "The Russian minister", "nato-non-expansion", "supports", 0, D),
 ("Asked whether Moscow would accept a moratorium on Ukraine's entry rather than a formal ban, Lavrov said a pause would not be enough.", "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, D),
 ("Asked whether Moscow would accept a moratorium on Ukraine's entry rather than a formal ban, Lavrov said a pause would not be enough.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 ("A moratorium is not what we are talking about,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We need a guarantee that Ukraine will not be admitted.", "sergei-lavrov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("A senior State Department official, briefing reporters on condition of anonymity, said Washington was prepared to discuss reciprocal limits on exercises and on missile deployments in Europe, but not \"the things that are non-starters\" such as barring Ukraine from NATO.", "us-state-department", 0, "A senior State Department official", "limit-military-exercises", "mentions", 0, ""),
 ("A senior State Department official, briefing reporters on condition of anonymity, said Washington was prepared to discuss reciprocal limits on exercises and on missile deployments in Europe, but not \"the things that are non-starters\" such as barring Ukraine from NATO.", "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A senior State Department official, briefing reporters on condition of anonymity, said Washington was prepared to discuss reciprocal limits on exercises and on missile deployments in Europe, but not \"the things that are non-starters\" such as barring Ukraine from NATO.", "us-state-department", 0, "A senior State Department official", "no-ukraine-membership", "rejects", 0, ""),
 ("The president will look at the answers and then we will see,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("A European diplomat in Brussels, who asked not to be named, said Moscow's insistence that NATO retreat to its 1997 footprint amounted to asking allies such as Poland and the Baltic states to accept \"second-class\" membership.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Both sides are keeping the diplomatic track alive because the alternative is a war nobody can fully control,", "andrew-weiss", 1, "he", "", "", 1, ""),
 ("Russia has denied planning an invasion and says it is entitled to move troops on its own territory.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("It says the West's arming of Ukraine and NATO exercises near its borders threaten its security.", "russia", 0, "It", "limit-military-exercises", "supports", 0, ""),
 ("It says the West's arming of Ukraine and NATO exercises near its borders threaten its security.", "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2022-01-27"
L["interfax-ukraine-2022-01-27-kuleba-us-response"] = [
 ("We have had the opportunity to read the American response before it was passed to the Russian side. There are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("According to the minister, the document firmly confirms that the choice of any state concerning membership in alliances remains its sovereign right.", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 0, D),
 ("The door of NATO remains open, and nobody in Moscow has the right of veto over it,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 ("In his words, the demand of Moscow that Ukraine should never become a member of the Alliance was rejected by Washington and by the NATO Secretary General in their separate replies.", "dmytro-kuleba", 1, "his", "no-ukraine-membership", "mentions", 0, D),
 ("In his words, the demand of Moscow that Ukraine should never become a member of the Alliance was rejected by Washington and by the NATO Secretary General in their separate replies.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wanted to get a signature under the statement that Ukraine will never be in NATO. It did not get it, and it will not get it,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("Russia wanted to get a signature under the statement that Ukraine will never be in NATO. It did not get it, and it will not get it,", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We support any diplomatic efforts that lead to de-escalation, and the first step should be the withdrawal of Russian troops which are concentrated along our border,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Secretary of State Antony Blinken said in Washington that the document \"sets out a serious diplomatic path forward, should Russia choose it\", and that the United States did not make concessions on the principle of open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("No one will sign a new Yalta. The Kremlin demands a zone of influence, and it is not 1945,", "oleksandr-merezhko", 1, "he", "", "", 1, ""),
 ("According to her, the Russian side can now receive the talks on the limits for missiles and exercises, which it itself proposed, but it will hardly accept them instead of its main demand about the non-enlargement of the Alliance.", "olha-vasylenko", 1, "her", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("According to her, the Russian side can now receive the talks on the limits for missiles and exercises, which it itself proposed, but it will hardly accept them instead of its main demand about the non-enlargement of the Alliance.", "olha-vasylenko", 1, "her", "limit-military-exercises", "mentions", 0, ""),
 ("According to her, the Russian side can now receive the talks on the limits for missiles and exercises, which it itself proposed, but it will hardly accept them instead of its main demand about the non-enlargement of the Alliance.", "olha-vasylenko", 1, "her", "nato-non-expansion", "mentions", 0, ""),
 ("According to her, the Russian side can now receive the talks on the limits for missiles and exercises, which it itself proposed, but it will hardly accept them instead of its main demand about the non-enlargement of the Alliance.", "russia", 0, "the Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 ("According to her, the Russian side can now receive the talks on the limits for missiles and exercises, which it itself proposed, but it will hardly accept them instead of its main demand about the non-enlargement of the Alliance.", "russia", 0, "the Russian side", "limit-military-exercises", "supports", 0, ""),
 ("According to her, the Russian side can now receive the talks on the limits for missiles and exercises, which it itself proposed, but it will hardly accept them instead of its main demand about the non-enlargement of the Alliance.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
 ("For the Kremlin the missiles are a secondary topic. The main thing for them is a written guarantee on NATO, and this guarantee they will not receive,", "olha-vasylenko", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("For the Kremlin the missiles are a secondary topic. The main thing for them is a written guarantee on NATO, and this guarantee they will not receive,", "olha-vasylenko", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 ("For the Kremlin the missiles are a secondary topic. The main thing for them is a written guarantee on NATO, and this guarantee they will not receive,", "olha-vasylenko", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("For the Kremlin the missiles are a secondary topic. The main thing for them is a written guarantee on NATO, and this guarantee they will not receive,", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("For the Kremlin the missiles are a secondary topic. The main thing for them is a written guarantee on NATO, and this guarantee they will not receive,", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that can threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that can threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
]

D = "2022-02-01"
P = "vladimir-putin"
O = "viktor-orban"
K1 = "We did not see adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
K2 = "Our concerns are quite specific. We were promised that NATO would not move an inch to the east. They deceived us, to put it simply. Five waves of expansion followed. Now we are told: everybody has the right to choose. But there is also the principle of the indivisibility of security, that nobody may strengthen their own security at the expense of others. This is written in the documents of the OSCE, signed in Istanbul and in Astana. Why do they quote only one half of the principle?"
K3 = "We heard such ideas. A moratorium can be announced today and cancelled tomorrow. We need long-term, legally binding guarantees. I hope that we will eventually find a solution, although we understand that it will not be easy."
K4 = "Hungary supports the principle that every country decides for itself. At the same time, today there is no question of Ukraine's membership on the agenda, everybody knows this. I told the President that I came here on a peace mission, and I see that the differences are large, but they can be bridged."
L["kremlin-ru-2022-02-01-putin-orban-press"] = [
 ("The talks with Prime Minister of Hungary took place in a businesslike and constructive atmosphere. We discussed gas supplies, the construction of the Paks II nuclear power plant and cooperation in pharmaceuticals.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Of course, we also touched on the issues of European security and on the proposals that Russia sent to the United States and NATO in December.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("Hungary is a member of NATO and of the European Union, and we are loyal to the decisions of our allies. But we also believe that there is no problem which cannot be solved by negotiation, and the position of Hungary is that a new Cold War should not come to Europe.", O, 1, "Viktor Orban", "", "", 1, D),
 ("Together with the Foreign Ministry we have analysed the written responses we received from the United States and NATO on January 26. It is already clear now – I informed the Prime Minister about this – that the fundamental Russian concerns were ignored.", P, 1, "Vladimir Putin", "", "", 1, D),
 (K1, P, 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 (K1, P, 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (K1, P, 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 (K2, P, 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 (K2, P, 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 ("Look, Ukraine's doctrine says that it intends to take back Crimea, including by military means. Imagine that Ukraine is a NATO member and starts such a military operation. Should we go to war with the NATO bloc? Has anyone thought about this? It seems not.", P, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 (K3, P, 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, D),
 (K3, P, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 ("We are ready to continue the dialogue. There are issues in the responses which are of secondary importance for us, such as medium-range missiles, but we are ready to discuss them too. However, the main issues were not addressed.", P, 1, "Vladimir Putin", "no-intermediate-range-missiles", "mentions", 1, D),
 (K4, O, 1, "Viktor Orban", "nato-open-door", "supports", 1, D),
 (K4, O, 1, "Viktor Orban", "no-ukraine-membership", "mentions", 1, D),
 ("We Hungarians have the experience of the Cold War, and we know what it means when the great powers cannot agree. A European security architecture must be acceptable to both sides.", O, 1, "Viktor Orban", "", "", 1, D),
 ("This has been said since last spring. We are not going to attack anyone. But it seems to me that the United States is not so much concerned about Ukraine's security as about containing Russia. Ukraine itself is just a tool to reach this goal.", P, 1, "Vladimir Putin", "", "", 1, D),
 ("They can drag us into some kind of armed conflict and then introduce sanctions. This is what they want. We are not going to allow this.", P, 1, "Vladimir Putin", "", "", 1, D),
]

D = "2022-01-13"
Y1 = "Haavisto said that the Russian proposals of December, which would bar the alliance from accepting any new members, had been discussed in all three meetings but that no Western country had been willing to entertain them."
Y2 = "Russia's Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation in Geneva on Monday, said on Thursday that he saw no reason to hold another round in the coming days, because the US and its allies had refused to give ground on the central issues of non-enlargement and the non-deployment of offensive weapons near Russian borders."
Y3 = "According to Korhonen, the Russian demand for a ban on Nato enlargement is aimed primarily at Ukraine, but Moscow also wants to set limits on how closely Finland and Sweden work with the alliance, for example in joint exercises."
L["yle-news-2022-01-13-haavisto-osce-nato-option"] = [
 ("Finland will keep its option to apply for Nato membership regardless of what Russia demands from the West, Foreign Minister Pekka Haavisto (Green) said on Thursday.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-open-door", "supports", 0, D),
 ("Finland's room to manoeuvre and our freedom of choice are not something that anyone else can negotiate on our behalf,", "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, D),
 ("That includes the possibility of applying for Nato membership.", "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, D),
 (Y1, "pekka-haavisto", 1, "Haavisto", "nato-non-expansion", "mentions", 0, D),
 (Y1, "russia", 0, "the Russian proposals", "nato-non-expansion", "supports", 0, ""),
 ("Finnish officials have noted that, read literally, the text would also cover Finland and Sweden.", "finland", 0, "Finnish officials", "nato-non-expansion", "mentions", 0, ""),
 ("We are approaching a moment of truth. We need a clear answer to our proposals, and the answer must be constructive,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (Y2, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 (Y2, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We will not bargain away the sovereignty of Ukraine, Georgia or Moldova, or the right of any state to choose its own path,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("He also called on Russia to withdraw its forces from the Ukrainian border and return them to their barracks.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("President Sauli Niinistö said in his New Year's speech on 1 January that Finland's manoeuvring room and freedom of choice also include the possibility of military alignment and of applying for Nato membership, should the country itself so decide.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-01"),
 (Y3, "hanna-korhonen", 1, "Korhonen", "nato-non-expansion", "mentions", 0, ""),
 (Y3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Russia has framed its proposal as an all-or-nothing package. It is very difficult to see how the West could accept a treaty that gives Moscow a say over who joins Nato,", "hanna-korhonen", 1, "Korhonen", "nato-non-expansion", "mentions", 1, ""),
 ("We have the possibility to apply for Nato membership, and we will keep it,", "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-12"),
]

D = "2022-01-26"
T1 = "The answer, Mr Blinken said, addressed areas where the two sides might make progress, including reciprocal transparency measures on exercises and the placement of offensive missile systems in Europe."
T2 = "He also rejected Moscow's demand that the alliance withdraw troops from eastern members such as Estonia, Latvia, Lithuania and Poland, where multinational battlegroups have been stationed since 2017."
T3 = "She said that the offer on missile deployments echoed the INF Treaty, which the US left in 2019 after accusing Russia of violating it, and that any deal on drills would have to be reciprocal, covering Russia's own large exercises in Belarus and the western military district."
L["the-telegraph-2022-01-26-us-nato-written-answers"] = [
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change. There will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (T1, "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, D),
 (T1, "antony-blinken", 1, "Mr Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("a better chance to succeed if we provide space for confidential talks", "antony-blinken", 1, "He", "", "", 1, D),
 ("In Brussels, Jens Stoltenberg, Nato's Secretary-General, said the alliance was ready to listen to Russia's concerns but would not compromise on the right of each nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Nato will not sign up to an agreement that says Nato will never accept new members.", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, D),
 (T2, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 (T2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not have first- and second-class members,", "jens-stoltenberg", 1, "Mr Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("If there is no constructive response and the West continues its aggressive line, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Mr Lavrov", "", "", 1, D),
 ("Britain has sent anti-tank weapons to Ukraine and on Wednesday Boris Johnson's spokesman said the Prime Minister had urged Mr Putin, through diplomatic channels, \"to step back from the brink\".", "united-kingdom", 0, "Boris Johnson's spokesman", "russia-de-escalation", "supports", 0, D),
 ("The Kremlin must de-escalate, withdraw its forces and engage in meaningful talks,", "liz-truss", 1, "she", "russia-de-escalation", "supports", 1, ""),
 ("The moment you concede that a third country can veto who joins the alliance, you have handed Moscow a permanent seat at Nato's table,", "rachel-pembury", 1, "she", "nato-open-door", "supports", 1, ""),
 (T3, "rachel-pembury", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 (T3, "rachel-pembury", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("Volodymyr Zelensky, its president, has repeatedly asked allies for a clear path to membership.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, ""),
]

C1 = "Deputy Secretary of State Wendy Sherman said in Geneva that Washington would not allow anyone \"to slam closed NATO's open-door policy,\" and NATO Secretary General Jens Stoltenberg told reporters after the NATO-Russia Council that Russia alone could not veto Ukraine's membership."
C2 = "Yet both Sherman and Stoltenberg also signaled willingness to talk about things that Moscow had itself listed: limits on the placement of missiles, more transparency about exercises, and the restoration of channels between militaries that have been largely frozen since 2014."
S, J = "2022-01-10", "2022-01-12"
L["carnegie-endowment-2022-01-14-three-meetings-one-impasse"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, S),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, S),
 ("Two days later in Brussels, Deputy Foreign Minister Alexander Grushko went further, insisting that the alliance pull back to the positions it occupied when the NATO-Russia Founding Act was signed.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, J),
 ("to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, S),
 (C1, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, J),
 ("It's only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, J),
 (C2, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, S),
 (C2, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, S),
 (C2, "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, S),
 (C2, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, J),
 (C2, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, J),
 (C2, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, J),
 (C2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (C2, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (C2, "russia", 0, "Moscow", "resume-military-dialogue", "supports", 0, ""),
 ("Stoltenberg said NATO had proposed a series of meetings on these issues, including on reopening the liaison offices in Moscow and Brussels.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, J),
]

D = "2022-01-19"
K = "kaja-kallas"
R2 = "The demand of Russia to bring back NATO to the borders of 1997 means in fact that there would be two kinds of NATO members, ones with full security and others with half security. This is not acceptable to us and it is not acceptable to the allies. NATO said this clearly also in the NATO-Russia Council on 12 January."
R9 = "As for the written answers, the United States and NATO have said that they will give them. But one thing is clear: the answer to the demand that Ukraine must never become a member of NATO will be no, because this decision is made by Ukraine and the allies, not by Moscow."
L["riigikogu-2022-01-19-question-time-security"] = [
 ("Honourable Mr President! Honourable member of the Riigikogu! Thank you for this question, which is very important for our people. I can say clearly: the presence of allies in Estonia is not for sale and is not a subject of negotiations with Russia. I have discussed this with the Secretary General of NATO Jens Stoltenberg and with the President of the United States, and the answer of the allies is the same.", K, 1, "Prime Minister Kaja Kallas", "rollback-to-1997", "rejects", 1, D),
 (R2, K, 1, "Prime Minister Kaja Kallas", "rollback-to-1997", "rejects", 1, D),
 (R2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We must also understand what Russia really wants. It wants to restore the sphere of influence, where the neighbours of Russia do not have the right to decide on their own alliances. Ukraine, Georgia, Moldova – and tomorrow it could be also us. Therefore we support fully that every country has the right to choose its own security arrangements, and the door of NATO must stay open.", K, 1, "Prime Minister Kaja Kallas", "nato-open-door", "supports", 1, D),
 ("Thank you! The issues of arms control and transparency have been discussed also earlier, in the OSCE and in the framework of the Vienna Document, and there is nothing new in this. If talks on the limits of exercises take place, they must be reciprocal and they must concern also the massive exercises that Russia itself holds near our border, for example Zapad.", K, 1, "Prime Minister Kaja Kallas", "limit-military-exercises", "mentions", 1, D),
 ("What is important is that nothing is decided about us without us. The Americans have confirmed this to us many times, and I have no reason to doubt it.", K, 1, "Prime Minister Kaja Kallas", "", "", 1, D),
 ("Thank you! Estonia has said clearly, as have all allies, that Russia must withdraw its troops from the border of Ukraine. The responsibility for the de-escalation lies on the side which has caused the escalation, and this is Russia.", K, 1, "Prime Minister Kaja Kallas", "russia-de-escalation", "supports", 1, D),
 ("Estonia has also decided to give to Ukraine Javelin anti-tank weapons and artillery, and we have asked the permission for this from our allies. This is defensive help, and I want to stress that no weapon given by Estonia is a threat to Russia if Russia does not attack.", K, 1, "Prime Minister Kaja Kallas", "", "", 1, D),
 ("Thank you! I do not want to speculate. I can say that our defence forces and our allies are ready for different scenarios. Estonia has also asked the allies to strengthen the presence on the eastern flank, and these discussions are ongoing.", K, 1, "Prime Minister Kaja Kallas", "", "", 1, D),
 (R9, K, 1, "Prime Minister Kaja Kallas", "no-ukraine-membership", "rejects", 1, D),
 (R9, K, 1, "Prime Minister Kaja Kallas", "nato-open-door", "supports", 1, D),
 (R9, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

write_gold(L, "articles-316", "gold-316")
