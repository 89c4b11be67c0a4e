#!/usr/bin/env python3
"""Writes the held-out gold of batch 348 (gold-348/*.nq) from the labels below.

Batch 348 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-14-lavrov-patience-running-out: AP wire story (front matter) on
  Lavrov's 14 January press conference; interrupted quotations, demands in a
  relative clause of reported speech, Baker/Gorbachev history, an analyst.
- rt-2022-01-27-us-answer-ignores-main-question: RT story without front matter
  (date as "27 Jan, 2022 11:42"), photo caption, "Read also" link, en-dash
  asides, Telegram quotes over two sentences, two Russian analysts.
- mid-russia-2022-01-14-lavrov-news-conference-transcript: Russian MFA
  transcript (UTF-8 BOM, CRLF), opening remarks then "Question:" /
  "Sergey Lavrov:" answers; one label set per answer paragraph.
- kyiv-independent-2022-01-13-osce-vienna-no-deal-over-ukraine: Kyiv
  Independent story (front matter, curly quotes), OSCE Permanent Council,
  "Read more" line, Bucharest 2008 background, a Russian demand named in a
  Ukrainian envoy's sentence, photo caption.
- foreign-policy-2022-01-11-morning-brief-geneva-talks: FP Morning Brief
  newsletter (front matter), crossheads, schedule list, off-topic Kazakhstan
  item, a quotation running over two sentences, journalist's summary of demands.
- stimson-center-2022-01-24-what-geneva-can-still-deliver: Stimson Center
  commentary, no front matter; the author's own argument is not attributed
  speech and is left unlabelled, but the demands he attributes to Moscow are
  Russia's; an invented former ambassador with a stance of her own.
- senate-foreign-relations-2022-01-27-hearing-russia-security-demands: SFRC
  hearing transcript (no front matter), opening statements by senators (labelled
  per paragraph), witness answers (labelled), senators' questions (not labelled).

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

D = "2022-01-14"
L["ap-2022-01-14-lavrov-patience-running-out"] = [
 ("Our patience has run out,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We are very patient people, as you know, but we have been harnessed for too long.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("He said Moscow was waiting for a detailed response to its drafts — which would bar Ukraine and other former Soviet nations from ever joining NATO and roll back the alliance's deployments in Central and Eastern Europe — and that it wanted that response in writing, \"article by article.\"", "sergei-lavrov", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("He said Moscow was waiting for a detailed response to its drafts — which would bar Ukraine and other former Soviet nations from ever joining NATO and roll back the alliance's deployments in Central and Eastern Europe — and that it wanted that response in writing, \"article by article.\"", "sergei-lavrov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("The key to everything is the guarantee that NATO will not expand eastward,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Not a promise, not a gentleman's agreement, but a guarantee fixed in a document that is legally binding.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("Lavrov scoffed at Washington's insistence that every country is free to pick its own alliances.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("They keep telling us that no one can deny Ukraine the right to choose. Fine. But nobody has the right to enter an alliance that threatens another country,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 ("They keep telling us that no one can deny Ukraine the right to choose. Fine. But nobody has the right to enter an alliance that threatens another country,", "sergei-lavrov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Lavrov said some of those elements — including missile deployments and limits on drills — could be discussed, but he described the question of NATO's enlargement as Moscow's absolute priority.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Lavrov said some of those elements — including missile deployments and limits on drills — could be discussed, but he described the question of NATO's enlargement as Moscow's absolute priority.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("Lavrov said some of those elements — including missile deployments and limits on drills — could be discussed, but he described the question of NATO's enlargement as Moscow's absolute priority.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("U.S. officials have said they are open to talking about missile placement and the scale of exercises, but have rejected the key Russian demands as non-starters.", "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("U.S. officials have said they are open to talking about missile placement and the scale of exercises, but have rejected the key Russian demands as non-starters.", "united-states", 0, "U.S. officials", "limit-military-exercises", "mentions", 0, ""),
 ("are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("On Thursday, at the Organization for Security and Cooperation in Europe in Vienna, U.S. Ambassador Michael Carpenter said the \"drumbeat of war is sounding loud\" and urged Russia to pull back the estimated 100,000 troops it has massed near Ukraine.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Lavrov dismissed Western claims that Moscow was preparing to invade its neighbor, saying Russian troops were moving on Russian territory.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("He said the negotiations had reached a \"dead end\" because the U.S. was unwilling to budge on the alliance's expansion.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("Foreign Minister Dmytro Kuleba has said Kyiv alone would decide whether to seek NATO membership.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 ("When you put the unacceptable and the negotiable in the same package and say it must be taken whole, you make it very hard for the other side to say yes to anything,", "samuel-charap", 1, "he", "", "", 1, ""),
]

D = "2022-01-27"
W = "2022-01-26"
L["rt-2022-01-27-us-answer-ignores-main-question"] = [
 ("The written response delivered by Washington to Moscow's proposals on security guarantees does not contain a positive reaction to the key issue – NATO's eastward expansion – Russia's top diplomat Sergey Lavrov said on Thursday.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 ("There is no positive response in this document on the main question,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("It cannot be said that our considerations were taken into account or that a readiness to take our concerns into account was shown.", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("NATO is not ready to take a step toward us,", "alexander-grushko", 1, "he", "", "", 1, ""),
 ("NATO is not ready to take a step toward us,\" he told journalists, adding that without guarantees regarding the alliance's non-expansion, the \"collective West\" cannot expect Moscow to move on other points.", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 0, ""),
 ("Grushko recalled that Moscow's draft agreement with NATO asked the bloc to return its forces and infrastructure to the positions of May 1997, when the NATO-Russia Founding Act was signed.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, ""),
 ("Grushko recalled that Moscow's draft agreement with NATO asked the bloc to return its forces and infrastructure to the positions of May 1997, when the NATO-Russia Founding Act was signed.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("This is a legitimate demand,", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, ""),
 ("It is not we who moved our military machine to the borders of NATO countries.", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, ""),
 ("sets out a serious diplomatic path forward should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, W),
 ("the principle of NATO's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("not compromise on the core principles,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, ""),
 ("Russian officials have repeatedly said that these \"principles\" are applied selectively.", "russia", 0, "Russian officials", "nato-open-door", "rejects", 0, ""),
 ("Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that the West refers to the freedom to choose alliances while ignoring \"the indivisibility of security\" that it had endorsed in Istanbul in 1999 and in Astana in 2010.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, ""),
 ("Russia does not need verbal assurances. We have had enough of those since 1990,", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, ""),
 ("We need legally binding commitments, with signatures.", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, ""),
 ("engage with the form but not the substance", "fyodor-lukyanov", 1, "Fyodor Lukyanov", "", "", 1, ""),
 ("The Americans have said yes to talking about missiles, yes to talking about exercises, and a very firm no to what Moscow actually asked for,", "fyodor-lukyanov", 1, "Lukyanov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans have said yes to talking about missiles, yes to talking about exercises, and a very firm no to what Moscow actually asked for,", "fyodor-lukyanov", 1, "Lukyanov", "limit-military-exercises", "mentions", 1, ""),
 ("The question now is whether the Kremlin decides that half a conversation is better than none.", "fyodor-lukyanov", 1, "Lukyanov", "", "", 1, ""),
 ("Another analyst, Dmitry Suslov of the Higher School of Economics, argued that Moscow could use the American openness on intermediate-range missiles as leverage.", "dmitry-suslov", 1, "Dmitry Suslov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("He suggested that a moratorium on such weapons in Europe, verified by both sides, would be a realistic first step.", "dmitry-suslov", 1, "He", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The Russian president has not yet commented publicly on the documents, though he said in December that Moscow needs \"long-term, legally binding guarantees,\" stressing that Russia had been \"cheated\" in the past.", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-14"
P = "Sergey Lavrov"
L["mid-russia-2022-01-14-lavrov-news-conference-transcript"] = [
 ("Good afternoon. As per tradition, we are meeting at the start of the year to sum up the results of the past year. I will not take much of your time with the opening remarks, as I know that there are many questions, and most of them concern the subject of security guarantees.", "sergei-lavrov", 1, P, "", "", 1, D),
 ("Last year we made a concerted effort to bring our Western colleagues to a serious conversation on the principle of indivisible security. On December 17, we published the draft treaty with the United States and the draft agreement with the NATO member states. We did this deliberately, so that there would be no distortions and our positions would be clear to everyone.", "sergei-lavrov", 1, P, "", "", 1, D),
 ("This week, we held talks with the Americans in Geneva, the Russia-NATO Council met in Brussels and yesterday the OSCE Permanent Council discussed these issues in Vienna. I would like to say once more: we are not going to accept a situation in which our proposals are diluted in endless discussions. We expect a written response, a concrete response, article by article, to our draft documents.", "sergei-lavrov", 1, P, "", "", 1, D),
 ("The key to everything is the guarantee that NATO will not expand eastward. This is the first item, and we will insist on it. Our Western colleagues say that this is out of the question, that every state has the right to choose its alliances. But they forget the second part of the formula that they signed in Istanbul and in Astana: that no one may strengthen its security at the expense of others.", "sergei-lavrov", 1, P, "nato-non-expansion", "supports", 1, D),
 ("The key to everything is the guarantee that NATO will not expand eastward. This is the first item, and we will insist on it. Our Western colleagues say that this is out of the question, that every state has the right to choose its alliances. But they forget the second part of the formula that they signed in Istanbul and in Astana: that no one may strengthen its security at the expense of others.", "sergei-lavrov", 1, P, "nato-open-door", "rejects", 1, D),
 ("I will not speculate on what we will do. President Vladimir Putin has spoken about this many times. If our proposals are not accepted, we will take measures that we deem necessary to ensure our own security. These will be military-technical measures, I think everyone understands this.", "sergei-lavrov", 1, P, "", "", 1, D),
 ("We are ready to discuss all issues. The issue of intermediate-range and shorter-range missiles is an important one. We proposed a moratorium on their deployment in Europe back in 2019 and the Americans and NATO ignored it for two years. Now they suddenly remember it. Good.", "sergei-lavrov", 1, P, "no-intermediate-range-missiles", "supports", 1, D),
 ("But we will not allow our package to be taken apart, so that they pick what suits them and put aside the rest. The package is a package. Non-expansion of NATO, the non-deployment of strike weapons systems near our borders and the return of the alliance’s military infrastructure to the 1997 configuration – these are the three main elements.", "sergei-lavrov", 1, P, "nato-non-expansion", "supports", 1, D),
 ("But we will not allow our package to be taken apart, so that they pick what suits them and put aside the rest. The package is a package. Non-expansion of NATO, the non-deployment of strike weapons systems near our borders and the return of the alliance’s military infrastructure to the 1997 configuration – these are the three main elements.", "sergei-lavrov", 1, P, "no-strike-weapons-near-borders", "supports", 1, D),
 ("But we will not allow our package to be taken apart, so that they pick what suits them and put aside the rest. The package is a package. Non-expansion of NATO, the non-deployment of strike weapons systems near our borders and the return of the alliance’s military infrastructure to the 1997 configuration – these are the three main elements.", "sergei-lavrov", 1, P, "rollback-to-1997", "supports", 1, D),
 ("Sergey Ryabkov answered that question himself, saying he neither confirms nor excludes anything. I have nothing to add. We have good relations with both countries.", "sergei-lavrov", 1, P, "", "", 1, D),
 ("We have no intention of attacking anyone. Russian troops are on their own territory, and we do not have to justify ourselves to anyone about where we conduct our exercises. At the same time, NATO warships are constantly sailing in the Black Sea, strategic bombers fly twenty kilometres from our border. Who is threatening whom?", "sergei-lavrov", 1, P, "russia-de-escalation", "rejects", 1, D),
 ("We have no intention of attacking anyone. Russian troops are on their own territory, and we do not have to justify ourselves to anyone about where we conduct our exercises. At the same time, NATO warships are constantly sailing in the Black Sea, strategic bombers fly twenty kilometres from our border. Who is threatening whom?", "sergei-lavrov", 1, P, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We would like to see a situation where these provocative actions stop. It is written in our draft treaty that warships and aircraft should not be in areas from which they can strike the territory of the other side. This is a reasonable, mutual proposal.", "sergei-lavrov", 1, P, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("It was NATO that froze practical cooperation with us in 2014. It was NATO that expelled our diplomats. We have always said that contacts between the military are useful to prevent incidents. We included this in our draft agreement. If NATO is ready, so are we.", "sergei-lavrov", 1, P, "resume-military-dialogue", "supports", 1, D),
 ("The European Union is not a military organisation. Josep Borrell says the EU must be at the table. I respect Mr Borrell, but what would the European Union bring to the table? The security of Europe is determined by NATO, and NATO is run from Washington. That is why we address our proposals to the United States and to NATO.", "sergei-lavrov", 1, P, "", "", 1, D),
 ("Our American colleagues have promised to give it to us next week. We will wait. But I want to repeat: we need legally binding guarantees. Verbal assurances were given to us in 1990, and we all know what happened after that. A moratorium would not satisfy us either; we need a treaty.", "sergei-lavrov", 1, P, "written-legal-guarantees", "supports", 1, D),
]

D = "2022-01-13"
L["kyiv-independent-2022-01-13-osce-vienna-no-deal-over-ukraine"] = [
 ("We are not going to be drawn into endless talks,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to draw conclusions.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He said that Russia’s central demand — that NATO stop moving east and that Ukraine never be admitted into the alliance — was not a subject for bargaining.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He said that Russia’s central demand — that NATO stop moving east and that Ukraine never be admitted into the alliance — was not a subject for bargaining.", "alexander-lukashevich", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("We face a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("We take this very seriously and we are preparing for the eventuality that there could be an escalation.", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Carpenter said that Washington expected Russia to return its troops to their barracks.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("The most urgent thing that Russia can do is de-escalate,", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("a threat to the whole OSCE area.", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("greater now than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("an attempt to rewrite the post-Cold War order with tanks.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine’s Ambassador to the OSCE Yevhenii Tsymbaliuk told the council that Russia’s demand to veto Ukraine’s future in NATO was “an attempt to rewrite the post-Cold War order with tanks.”", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Ukraine will decide itself which alliances to join. This right is not up for negotiation in Geneva, Brussels, Vienna or anywhere else,", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "nato-open-door", "supports", 1, D),
 ("No one will make decisions about Ukraine without Ukraine. The United States has confirmed this to me again today,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Kuleba also said Kyiv was ready to discuss confidence-building measures in the region — including transparency over military exercises — but only if Russia first pulls back its forces.", "dmytro-kuleba", 1, "Kuleba", "limit-military-exercises", "mentions", 0, D),
 ("Kuleba also said Kyiv was ready to discuss confidence-building measures in the region — including transparency over military exercises — but only if Russia first pulls back its forces.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, D),
 ("Russian Deputy Foreign Minister Sergei Ryabkov has insisted that the Bucharest formula must be disavowed, saying on Jan. 10 in Geneva that NATO should “abandon” it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("Our partners have said it clearly: there will be no Yalta-2,", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "", "", 1, ""),
 ("The Kremlin is asking for a sphere of influence, and it has been told no.", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "", "", 1, ""),
 ("Mykola Bielieskov, a research fellow at the National Institute for Strategic Studies in Kyiv, said he feared Washington might offer concessions on drills and missile deployments that would in practice limit Ukraine’s defense cooperation with the West.", "mykola-bielieskov", 1, "Mykola Bielieskov", "limit-military-exercises", "mentions", 0, ""),
 ("Mykola Bielieskov, a research fellow at the National Institute for Strategic Studies in Kyiv, said he feared Washington might offer concessions on drills and missile deployments that would in practice limit Ukraine’s defense cooperation with the West.", "mykola-bielieskov", 1, "Mykola Bielieskov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The danger is not that the U.S. will sign Russia’s treaty. The danger is a slow erosion, where Ukraine is quietly excluded from exercises and arms deliveries so as not to provoke Moscow,", "mykola-bielieskov", 1, "Bielieskov", "no-military-activity-ex-soviet", "rejects", 1, ""),
]

M = "2022-01-10"
L["foreign-policy-2022-01-11-morning-brief-geneva-talks"] = [
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, M),
 ("never, never, ever become members of NATO.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 1, M),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, M),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, M),
 ("The United States, she said, was willing to discuss reciprocal limits on the size and scope of military exercises and on the future deployment of offensive missiles in Europe, two issues that featured in Russia’s draft treaty.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, M),
 ("The United States, she said, was willing to discuss reciprocal limits on the size and scope of military exercises and on the future deployment of offensive missiles in Europe, two issues that featured in Russia’s draft treaty.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, M),
 ("Russia’s demand that NATO pull its forces back from member states that joined after 1997 — essentially all of Central and Eastern Europe — remains a nonstarter for the alliance, as does the demand to shut the door to Ukraine.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia’s demand that NATO pull its forces back from member states that joined after 1997 — essentially all of Central and Eastern Europe — remains a nonstarter for the alliance, as does the demand to shut the door to Ukraine.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The U.S. approach is to strip the Russian proposals down to the parts that existed in arms control before and to discard the rest,", "olga-oliker", 1, "Olga Oliker", "", "", 1, ""),
 ("The question is whether Moscow wants an agreement or a reason.", "olga-oliker", 1, "Olga Oliker", "", "", 1, ""),
 ("NATO Secretary-General Jens Stoltenberg said on Monday that the alliance would not “compromise on core principles” in Brussels, including the right of each country to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, M),
 ("U.S. officials have said the best way for Moscow to show it is serious about diplomacy is to send them home.", "united-states", 0, "U.S. officials", "russia-de-escalation", "supports", 0, ""),
 ("It’s hard to see how you make progress with a gun to Ukraine’s head,", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 1, ""),
 ("There is no security in Europe without the security of Europe,", "josep-borrell", 1, "Josep Borrell", "", "", 1, ""),
]

F = "2022-01-21"
L["stimson-center-2022-01-24-what-geneva-can-still-deliver"] = [
 ("our concerns and ideas in more detail in writing", "antony-blinken", 1, "Blinken", "", "", 1, F),
 ("Moscow wants a legally binding pledge that NATO will never admit another member in the east, it wants the alliance to disown the promise made to Ukraine and Georgia at Bucharest in 2008, and it wants NATO troops and equipment pulled out of every country that joined after May 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a legally binding pledge that NATO will never admit another member in the east, it wants the alliance to disown the promise made to Ukraine and Georgia at Bucharest in 2008, and it wants NATO troops and equipment pulled out of every country that joined after May 1997.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Moscow wants a legally binding pledge that NATO will never admit another member in the east, it wants the alliance to disown the promise made to Ukraine and Georgia at Bucharest in 2008, and it wants NATO troops and equipment pulled out of every country that joined after May 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russia proposes that neither side place intermediate-range missiles where they could reach the other's territory, that heavy bombers and warships stay out of areas from which they could strike, and that large exercises near borders be limited and notified.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Russia proposes that neither side place intermediate-range missiles where they could reach the other's territory, that heavy bombers and warships stay out of areas from which they could strike, and that large exercises near borders be limited and notified.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Russia proposes that neither side place intermediate-range missiles where they could reach the other's territory, that heavy bombers and warships stay out of areas from which they could strike, and that large exercises near borders be limited and notified.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Washington has already said it is willing to discuss such ideas on a reciprocal basis, and it should.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Washington has already said it is willing to discuss such ideas on a reciprocal basis, and it should.", "united-states", 0, "Washington", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Washington has already said it is willing to discuss such ideas on a reciprocal basis, and it should.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("The third kind is procedural: Russian insistence that whatever emerges be written down and ratified rather than left to political declarations.", "russia", 0, "Russian", "written-legal-guarantees", "supports", 0, ""),
 ("On this point the Kremlin has been consistent since President Vladimir Putin said in December that \"verbal assurances are not enough.\"", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("Deputy Secretary Wendy Sherman was right when she told Ryabkov in Geneva that Washington would not \"slam closed\" NATO's door.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, ""),
 ("a promise we never intend to keep and that only guarantees Ukraine's insecurity.", "linda-carswell", 1, "Linda H. Carswell", "nato-open-door", "rejects", 1, ""),
 ("In her view, a formal moratorium on membership for Ukraine, lasting a decade or two, would be a fair price for a Russian drawdown.", "linda-carswell", 1, "her", "no-ukraine-membership", "supports", 0, ""),
 ("In her view, a formal moratorium on membership for Ukraine, lasting a decade or two, would be a fair price for a Russian drawdown.", "linda-carswell", 1, "her", "russia-de-escalation", "supports", 0, ""),
 ("I respect the argument, but I think it misreads the Kremlin: Russian officials have said repeatedly that a moratorium would not satisfy them.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov made this clear last week when he said that Moscow \"will not be content\" with a pause in enlargement, because a pause can always be lifted.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov made this clear last week when he said that Moscow \"will not be content\" with a pause in enlargement, because a pause can always be lifted.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, ""),
 ("the most important thing now is that Russia de-escalates.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
]

D = "2022-01-27"
MEN = "The Chairman"
DON = "Dr. Donfried"
L["senate-foreign-relations-2022-01-27-hearing-russia-security-demands"] = [
 ("Yesterday, the United States and NATO delivered their written responses to the two documents Moscow published on December 17. We are here to understand what was in those answers and what comes next.", "robert-menendez", 1, MEN, "", "", 1, D),
 ("Let me be clear about where I stand. Vladimir Putin is demanding that NATO shut its doors to Ukraine and to any other country that wants to join. That is not a negotiating position. That is a demand for a veto over the choices of sovereign nations, and this committee will not support any agreement that gives it to him.", "robert-menendez", 1, MEN, "no-ukraine-membership", "rejects", 1, D),
 ("Let me be clear about where I stand. Vladimir Putin is demanding that NATO shut its doors to Ukraine and to any other country that wants to join. That is not a negotiating position. That is a demand for a veto over the choices of sovereign nations, and this committee will not support any agreement that gives it to him.", "robert-menendez", 1, MEN, "nato-non-expansion", "rejects", 1, D),
 ("Let me be clear about where I stand. Vladimir Putin is demanding that NATO shut its doors to Ukraine and to any other country that wants to join. That is not a negotiating position. That is a demand for a veto over the choices of sovereign nations, and this committee will not support any agreement that gives it to him.", "robert-menendez", 1, MEN, "nato-open-door", "supports", 1, D),
 ("Vladimir Putin is demanding that NATO shut its doors to Ukraine and to any other country that wants to join.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 0, ""),
 ("Vladimir Putin is demanding that NATO shut its doors to Ukraine and to any other country that wants to join.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
 ("At the same time, Russia has surrounded Ukraine on three sides with more than 100,000 troops. Mr. Putin must pull those forces back if he wants anyone to believe he is interested in diplomacy.", "robert-menendez", 1, MEN, "russia-de-escalation", "supports", 1, D),
 ("Thank you, Mr. Chairman. I share your view. I would add that I am concerned about reports that the administration offered to discuss limits on exercises and missile deployments. Those ideas are not new, and they may be worth exploring, but not under the threat of invasion.", "james-risch", 1, "Senator Risch", "limit-military-exercises", "mentions", 1, D),
 ("Thank you, Mr. Chairman. I share your view. I would add that I am concerned about reports that the administration offered to discuss limits on exercises and missile deployments. Those ideas are not new, and they may be worth exploring, but not under the threat of invasion.", "james-risch", 1, "Senator Risch", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Chairman Menendez, Ranking Member Risch, members of the committee, thank you for the opportunity to testify.", "karen-donfried", 1, DON, "", "", 1, D),
 ("Yesterday Ambassador Sullivan delivered our written response in Moscow. It was fully coordinated with Ukraine and with our European allies and partners. It sets out a serious diplomatic path for Russia, should it choose it.", "karen-donfried", 1, DON, "", "", 1, D),
 ("Our response is clear on the principles we will uphold. We will defend NATO's open door. Every country has the sovereign right to choose its own security arrangements and alliances, and neither Russia nor anyone else can veto that choice.", "karen-donfried", 1, DON, "nato-open-door", "supports", 1, D),
 ("At the same time, we have put forward areas where we believe there could be progress on a reciprocal basis. These include arms control related to missiles in Europe, greater transparency and limits on military exercises, and risk reduction measures, including better military-to-military communication to avoid incidents.", "karen-donfried", 1, DON, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, we have put forward areas where we believe there could be progress on a reciprocal basis. These include arms control related to missiles in Europe, greater transparency and limits on military exercises, and risk reduction measures, including better military-to-military communication to avoid incidents.", "karen-donfried", 1, DON, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, we have put forward areas where we believe there could be progress on a reciprocal basis. These include arms control related to missiles in Europe, greater transparency and limits on military exercises, and risk reduction measures, including better military-to-military communication to avoid incidents.", "karen-donfried", 1, DON, "resume-military-dialogue", "mentions", 1, D),
 ("What we have not done is accept the proposition that NATO should withdraw its forces from allied territory. Our commitment to the defense of every inch of NATO territory is ironclad.", "karen-donfried", 1, DON, "rollback-to-1997", "rejects", 1, D),
 ("Mr. Chairman, we have said we are open to discussing the form that any agreements would take. Some of the arms control ideas would naturally lend themselves to legally binding instruments, as they have in the past. But the form should follow the substance, and on the core issues the substance is not acceptable.", "karen-donfried", 1, DON, "written-legal-guarantees", "mentions", 1, D),
 ("Foreign Minister Lavrov said this morning that there was no positive response on the main issue, by which he meant NATO enlargement. We are not surprised. We expect the Kremlin will take some time to review the document.", "karen-donfried", 1, DON, "nato-non-expansion", "mentions", 1, D),
 ("Foreign Minister Lavrov said this morning that there was no positive response on the main issue, by which he meant NATO enlargement.", "sergei-lavrov", 1, "Foreign Minister Lavrov", "nato-non-expansion", "supports", 0, D),
 ("No, Senator. The decision reached at Bucharest in 2008 stands, and it is for Ukraine and the 30 allies to decide when Ukraine is ready. Nobody else.", "karen-donfried", 1, DON, "rescind-bucharest-2008", "rejects", 1, D),
 ("No, Senator. The decision reached at Bucharest in 2008 stands, and it is for Ukraine and the 30 allies to decide when Ukraine is ready. Nobody else.", "karen-donfried", 1, DON, "nato-open-door", "supports", 1, D),
 ("Yes, Senator. Any discussion of exercises has to be reciprocal. We have made clear that the buildup in Belarus, which Russia calls the Allied Resolve exercise, is part of the problem we are trying to address.", "karen-donfried", 1, DON, "limit-military-exercises", "mentions", 1, D),
 ("I think it is too early to say. What I can tell you is that the door to diplomacy is open, and it is up to Moscow to walk through it. The best way for Russia to show that it is serious is to de-escalate.", "karen-donfried", 1, DON, "russia-de-escalation", "supports", 1, D),
 ("Senator, we do not know. Deputy Foreign Minister Ryabkov has hinted at deployments in the Western Hemisphere, but we have not seen any evidence to support that. We are prepared for a range of contingencies.", "karen-donfried", 1, DON, "", "", 1, D),
]

write_gold(L, "articles-348", "gold-348")
