#!/usr/bin/env python3
"""Writes the held-out gold of batch 274 (gold-274/*.nq) from the labels below.

Batch 274 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-26-kremlin-peskov-written-reply: Reuters Moscow wire story with
  front matter; Peskov quotes interrupted by "Peskov said", a quote fragment inside
  reported speech, a narrative sentence summarising the 17 December demands,
  1990 "one inch" background, analyst (Kortunov) and Duma (Slutsky) voices.
- washington-post-2022-01-12-nato-russia-council-brussels: Washington Post news
  story with front matter, standfirst and byline; Stoltenberg, Grushko, Sherman,
  reported speech over two sentences ("he argued"), an anonymous Baltic diplomat,
  an invented Norwegian analyst, the draft agreement paraphrased.
- tass-2022-01-10-ryabkov-geneva-no-optimism: TASS English, machine-translated
  style, no front matter, UTF-8 BOM and CRLF line ends; lead sentence attributed
  in the following sentence, "Read also" link, crosshead, document words quoted
  (Bucharest formula), US side's position reported at the end.
- ukrinform-2022-01-13-osce-vienna-kuleba: Ukrinform, no front matter, date as
  13.01.2022 18:07; Kuleba, Lukashevich, Carpenter, Rau, Tsymbaliuk and an
  invented MP; demands attributed to Russia in others' sentences; "Read also" lines.
- state-department-2022-01-26-blinken-press-availability: State Department
  transcript with front matter; SECRETARY BLINKEN / MR PRICE / QUESTION labels;
  every answer paragraph is a quotation; questions carry demands but get no label.
- meduza-2022-02-01-what-putin-said-about-answers: Meduza English explainer, no
  front matter, curly quotes and apostrophes, question crossheads, headline that
  is a quotation; Putin (1 Feb) and Lavrov (28 Jan) quotes, the drafts summarised,
  an invented analyst, an anonymous source.
- csis-2022-01-21-blinken-lavrov-geneva-critical-questions: CSIS Critical
  Questions Q&A with front matter; a single (invented) analyst's answer
  paragraphs, which themselves report Blinken and Lavrov; 1997 Founding Act
  quoted as history; disclaimer and copyright boilerplate.

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

Writer's own decisions, applied throughout: a journalist's narrative sentence
setting out what Russia's drafts demand is labelled as Russia's (supports);
when a reported sentence names the demand outside an embedded quotation, the
label's evidence is the whole sentence (direct 0) and the embedded quotation gets
no separate label; "X decides, Russia has no veto" is nato-open-door only;
requests for "written answers" are not the written-legal-guarantees demand;
anonymous speakers get no label.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["reuters-2022-01-26-kremlin-peskov-written-reply"] = [
 ("The Kremlin said on Wednesday it would take time to study Washington's written answer to its security proposals once it arrived, but made clear that Moscow would judge the document above all on whether it closed the door to Ukraine joining NATO.",
  "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, "2022-01-26"),
 ("We will not rush to any conclusions. The answer has to be read carefully, and then the president will decide,",
  "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-26"),
 ("a menu from which our partners pick the dishes they like",
  "dmitry-peskov", 1, "he", "", "", 1, "2022-01-26"),
 ("Russia handed the United States and NATO two draft documents on Dec. 17, setting out demands that include a halt to any further enlargement of the alliance and a pullback of its forces from countries in eastern Europe that joined after 1997.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Russia handed the United States and NATO two draft documents on Dec. 17, setting out demands that include a halt to any further enlargement of the alliance and a pullback of its forces from countries in eastern Europe that joined after 1997.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("What matters for us is the main thing — the non-expansion of NATO to the east. Everything else is secondary,",
  "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("If this question is pushed aside, then, frankly, there is not much to talk about.",
  "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("Russia is not threatening anyone. The troops are on our own territory, and where and how we move them is our business,",
  "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-26"),
 ("U.S. officials said earlier that the written reply would not give Russia what it wanted on enlargement.",
  "united-states", 0, "U.S. officials", "nato-non-expansion", "rejects", 0, ""),
 ("U.S. officials said earlier that the written reply would not give Russia what it wanted on enlargement.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Secretary of State Antony Blinken said on Tuesday that the principle that countries choose their own alliances was \"not up for negotiation\", but that Washington was ready to discuss arms control and transparency measures.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-25"),
 ("The rhetoric is not encouraging. We hear that some things are not negotiable at all. That is not how you approach a dialogue on security,",
  "dmitry-peskov", 1, "he", "", "", 1, "2022-01-26"),
 ("In the lower house of parliament, Leonid Slutsky, head of the State Duma's foreign affairs committee, said the United States should put its commitments \"on paper, with signatures,\" rather than offering verbal assurances that could be withdrawn by the next administration.",
  "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 0, ""),
 ("We have had enough of promises that evaporate. We need a treaty that binds them,",
  "leonid-slutsky", 1, "Slutsky", "written-legal-guarantees", "supports", 1, ""),
 ("The Kremlin has invested too much in this process to slam the door on day one,",
  "andrei-kortunov", 1, "Kortunov", "", "", 1, ""),
 ("Expect a long pause, then a partial answer.",
  "andrei-kortunov", 1, "Kortunov", "", "", 1, ""),
 ("Kortunov said the areas where some movement was realistic were limits on where intermediate-range missiles could be stationed and restrictions on the scale of exercises near the border, both of which the United States had already signalled it could discuss.",
  "andrei-kortunov", 1, "Kortunov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Kortunov said the areas where some movement was realistic were limits on where intermediate-range missiles could be stationed and restrictions on the scale of exercises near the border, both of which the United States had already signalled it could discuss.",
  "andrei-kortunov", 1, "Kortunov", "limit-military-exercises", "mentions", 0, ""),
 ("Ukraine's path to NATO is for Ukraine and the 30 allies to decide, not for Moscow,",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, ""),
]

L["washington-post-2022-01-12-nato-russia-council-brussels"] = [
 ("There is a real risk for new armed conflict in Europe,",
  "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("He said allies had been \"united\" in telling the Russian delegation that they would not compromise on \"core principles,\" including the right of each nation in Europe to choose its own path.",
  "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("NATO's relationship with Ukraine will be decided by the 30 NATO allies and Ukraine, no one else,",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We cannot end up in a situation where we have second-class members, where NATO as an alliance is not allowed to protect them in the same way as other allies.",
  "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("The alliance offered to hold further talks on arms control, missile deployments and transparency of military exercises, Stoltenberg said — topics on which Western officials believe a deal is possible.",
  "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("The alliance offered to hold further talks on arms control, missile deployments and transparency of military exercises, Stoltenberg said — topics on which Western officials believe a deal is possible.",
  "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("He urged Moscow to pull back the roughly 100,000 troops it has gathered on Ukraine's borders.",
  "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("The enlargement of the alliance is not a question of the past for us, it is a question of our security today,",
  "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("Grushko said Russia wanted the alliance to formally abandon the promise, made at a 2008 summit in Bucharest, that Ukraine and Georgia would one day become members.",
  "alexander-grushko", 1, "Grushko", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("Leaving that declaration in force, he argued, amounted to an open invitation to further escalation.",
  "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("Russia's draft agreement with NATO, published in December, would also bar the alliance from any military activity in Ukraine, other parts of Eastern Europe, the South Caucasus and Central Asia, and would pull back allied forces to where they stood in 1997, before the alliance admitted Poland, Hungary and the Czech Republic.",
  "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia's draft agreement with NATO, published in December, would also bar the alliance from any military activity in Ukraine, other parts of Eastern Europe, the South Caucasus and Central Asia, and would pull back allied forces to where they stood in 1997, before the alliance admitted Poland, Hungary and the Czech Republic.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We will not slam the door shut on NATO's open-door policy, which has always been central to the NATO alliance,",
  "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Sherman said the United States was prepared to discuss reciprocal limits on the size and scope of exercises and on the placement of missiles in Europe, but only \"in a context of de-escalation.\"",
  "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("Sherman said the United States was prepared to discuss reciprocal limits on the size and scope of exercises and on the placement of missiles in Europe, but only \"in a context of de-escalation.\"",
  "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Sherman said the United States was prepared to discuss reciprocal limits on the size and scope of exercises and on the placement of missiles in Europe, but only \"in a context of de-escalation.\"",
  "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("It is hard to have a constructive, productive, successful diplomacy when a gun is pointed at Ukraine's head,",
  "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The Russians came to Brussels to be told no, and they were told no,",
  "kristina-halvorsen", 1, "Halvorsen", "", "", 1, ""),
 ("The question now is whether Moscow wanted a no, because a no is also a pretext.",
  "kristina-halvorsen", 1, "Halvorsen", "", "", 1, ""),
 ("She said the demand to pull allied forces back to 1997 lines was \"simply not something any alliance government could sign, even if it wanted to.\"",
  "kristina-halvorsen", 1, "She", "rollback-to-1997", "mentions", 0, ""),
]

L["tass-2022-01-10-ryabkov-geneva-no-optimism"] = [
 ("Russia will not make concessions on the issue of the non-expansion of NATO, the talks with the United States in Geneva did not give reason for optimism in this part.",
  "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO,",
  "sergei-ryabkov", 1, "the Deputy Minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("iron-clad, waterproof, bulletproof, legally binding guarantees, not assurances, not safeguards, but guarantees.",
  "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("difficult, long, very professional, deep, concrete, without attempts to embellish something.",
  "sergei-ryabkov", 1, "The diplomat", "", "", 1, "2022-01-10"),
 ("We have an impression that the American side has taken the Russian proposals very seriously and studied them deeply,",
  "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("But on the main issue, which for us is the issue of principle, there is no movement so far.",
  "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("According to the deputy minister, Russia insists that NATO should renounce the formula of the Bucharest summit of 2008, according to which Georgia and Ukraine \"will become members of NATO.\"",
  "sergei-ryabkov", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("Ryabkov called this formula a \"time bomb\" under European security.",
  "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("He also said that the Russian side explained in detail to American colleagues the need for the return of the alliance's military configuration to the state of 1997.",
  "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("We do not need the withdrawal of troops to the states of the Warsaw Pact, we need the withdrawal of infrastructure that was created after 1997, this is our position, and it is clear,",
  "sergei-ryabkov", 1, "the diplomat", "rollback-to-1997", "supports", 1, "2022-01-10"),
 ("There are no plans and no intentions to attack Ukraine. There is no reason to fear any escalation scenario in this regard,",
  "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("At the same time he rejected the demands of Washington to take troops away from the border.",
  "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("this is not a subject for negotiation with anybody.",
  "sergei-ryabkov", 1, "him", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The Americans have a certain interest here, we see it. We are ready to work on this subject, but it cannot be separated from the whole package,",
  "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("He reminded that Russia proposes to fix in the agreement the refusal of deployment of the ground-based intermediate-range and shorter-range missiles in the areas from which they can reach the territory of other party.",
  "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("Also the Russian side insists that heavy bombers and surface warships of the both sides do not go to the areas from which they can strike at the targets on the territory of other party.",
  "sergei-ryabkov", 1, "the Russian side", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Without serious progress on the key issues, it is meaningless to discuss secondary things. We are not going to bargain from one point to another point,",
  "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2022-01-10"),
 ("We will look at the results of all three rounds and then make conclusions. I do not exclude that there will be a pause,",
  "sergei-ryabkov", 1, "the diplomat", "", "", 1, "2022-01-10"),
 ("Fomin, according to the Ministry of Defence, briefed the American side on the \"real situation\" with the military activity near Russian borders and demanded to stop the exercises of the NATO countries which are carried out there \"with an increasing intensity\".",
  "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-10"),
 ("The American side after the talks declared that it is ready to discuss with Russia the mutual restrictions in the field of military exercises and the deployment of missiles, but the question of the membership of Ukraine in NATO is not subject to discussion.",
  "united-states", 0, "The American side", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The American side after the talks declared that it is ready to discuss with Russia the mutual restrictions in the field of military exercises and the deployment of missiles, but the question of the membership of Ukraine in NATO is not subject to discussion.",
  "united-states", 0, "The American side", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The American side after the talks declared that it is ready to discuss with Russia the mutual restrictions in the field of military exercises and the deployment of missiles, but the question of the membership of Ukraine in NATO is not subject to discussion.",
  "united-states", 0, "The American side", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("will not allow anybody to slam closed the open-door policy of NATO",
  "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
]

L["ukrinform-2022-01-13-osce-vienna-kuleba"] = [
 ("Ukraine will not recognize any agreements concerning its security that are reached without its participation, and the right of Ukraine to choose its alliances is not a subject for bargaining with Russia.",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Nothing about Ukraine without Ukraine. This principle was heard in Geneva, in Brussels and today in Vienna, and we are grateful to our partners for it,",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-13"),
 ("According to him, the Russian demands to the West to stop the enlargement of NATO and to give up cooperation with Ukraine are an attempt \"to return Europe to the times of spheres of influence.\"",
  "dmytro-kuleba", 1, "him", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("According to him, the Russian demands to the West to stop the enlargement of NATO and to give up cooperation with Ukraine are an attempt \"to return Europe to the times of spheres of influence.\"",
  "dmytro-kuleba", 1, "him", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 ("According to him, the Russian demands to the West to stop the enlargement of NATO and to give up cooperation with Ukraine are an attempt \"to return Europe to the times of spheres of influence.\"",
  "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("According to him, the Russian demands to the West to stop the enlargement of NATO and to give up cooperation with Ukraine are an attempt \"to return Europe to the times of spheres of influence.\"",
  "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The decision on membership in the Alliance is made by Ukraine and the 30 member states. Russia has no right of veto and will never have it,",
  "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-13"),
 ("which would be so painful that Russia would think twice before escalating.",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-13"),
 ("In his opinion, the best way to avoid a new war is for Moscow to withdraw its troops from the Ukrainian border and return to the negotiating table in the Normandy format.",
  "dmytro-kuleba", 1, "his", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("We want diplomacy to work. But diplomacy works only when Russia stops blackmailing and pulls its forces back,",
  "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.",
  "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("the necessary measures to ensure strategic balance.",
  "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("We are not going to wait forever. We need a concrete, article-by-article response to our drafts, and we need it soon,",
  "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("He said that Russia demanded a stop to the \"military development of the territory of Ukraine\" by NATO countries, including the supply of weapons and the training of Ukrainian military by Western instructors.",
  "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("He said that Russia demanded a stop to the \"military development of the territory of Ukraine\" by NATO countries, including the supply of weapons and the training of Ukrainian military by Western instructors.",
  "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud,",
  "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("He noted that Washington remains ready for dialogue on reciprocal steps to increase transparency of military exercises and reduce risks, but will not discuss the sovereign choice of other countries.",
  "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("He noted that Washington remains ready for dialogue on reciprocal steps to increase transparency of military exercises and reduce risks, but will not discuss the sovereign choice of other countries.",
  "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We are not going to give in on the principle that every country has the right to choose its own security arrangements,",
  "michael-carpenter", 1, "the American diplomat", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We asked a simple question: why are there more than 100,000 soldiers near our border? There was no answer,",
  "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "", "", 1, "2022-01-13"),
 ("cancel the Bucharest decision, about which in Ukraine many people already forgot, but in the Kremlin remember very well.",
  "oksana-lytvynenko-horbach", 1, "Oksana Lytvynenko-Horbach", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Member of the Verkhovna Rada Committee on Foreign Policy and Interparliamentary Cooperation Oksana Lytvynenko-Horbach noted in a comment to Ukrinform that the Russian draft treaties had in fact demanded to \"cancel the Bucharest decision, about which in Ukraine many people already forgot, but in the Kremlin remember very well.\"",
  "russia", 0, "the Russian draft treaties", "rescind-bucharest-2008", "supports", 0, ""),
 ("Russia wants to sign with the Americans a paper that would close our door forever. This will not happen, and our partners told it clearly,",
  "oksana-lytvynenko-horbach", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 ("Russia wants to sign with the Americans a paper that would close our door forever. This will not happen, and our partners told it clearly,",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, ""),
]

SB = "SECRETARY BLINKEN"
D = "2022-01-26"
L["state-department-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Government in Moscow. NATO is delivering its own response in parallel. I want to take a few minutes to explain what is in it and what is not.",
  "antony-blinken", 1, SB, "", "", 1, D),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It addresses the concerns that Russia has raised, it addresses our concerns and those of our allies and partners, and it contains principled and pragmatic proposals for how we can advance common security.",
  "antony-blinken", 1, SB, "", "", 1, D),
 ("Let me be very clear about one thing. We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. NATO's door is open, remains open, and that is our commitment.",
  "antony-blinken", 1, SB, "nato-open-door", "supports", 1, D),
 ("At the same time, we lay out areas where we think we can make progress. That includes reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. It includes arms control on missiles in Europe, and we are prepared to discuss a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia offers reciprocal transparency at two ground-launched missile bases of our choosing in Russia.",
  "antony-blinken", 1, SB, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, we lay out areas where we think we can make progress. That includes reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. It includes arms control on missiles in Europe, and we are prepared to discuss a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia offers reciprocal transparency at two ground-launched missile bases of our choosing in Russia.",
  "antony-blinken", 1, SB, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We are not going to make this document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. But there is nothing secret in what it says about our position on enlargement. It reiterates what we have said publicly for weeks.",
  "antony-blinken", 1, SB, "nato-open-door", "supports", 1, D),
 ("Now, the ball is in Russia's court. We are ready either way. If Russia is serious about diplomacy, the way forward is clear: it needs to de-escalate, to pull back the forces it has massed on Ukraine's borders, and to engage in good faith.",
  "antony-blinken", 1, SB, "russia-de-escalation", "supports", 1, D),
 ("No. There is no change; there will be no change. We have been very clear and consistent in public and in private that NATO's open-door policy is not something we will negotiate away, and we have not.",
  "antony-blinken", 1, SB, "nato-open-door", "supports", 1, D),
 ("No. There is no change; there will be no change. We have been very clear and consistent in public and in private that NATO's open-door policy is not something we will negotiate away, and we have not.",
  "antony-blinken", 1, SB, "no-ukraine-membership", "rejects", 1, D),
 ("And Matt, I would add that this is not only an American position. Our allies have been equally clear. It is not for Russia, or for anyone else, to decide who can and cannot apply to join the Alliance.",
  "antony-blinken", 1, SB, "nato-open-door", "supports", 1, D),
 ("The response makes clear that we are not going to withdraw our forces from the territory of our Allies. That is not on the table. Those deployments are defensive, they are at the invitation of sovereign governments, and most of them exist precisely because of what Russia did in 2014.",
  "antony-blinken", 1, SB, "rollback-to-1997", "rejects", 1, D),
 ("Foreign Minister Lavrov and I agreed in Geneva that, after our response, we would speak again. I expect to do that in the coming days. I'm not going to characterize what he told me privately.",
  "antony-blinken", 1, SB, "", "", 1, D),
 ("As for a pretext, we have seen this playbook before. We will see whether Russia is looking for a diplomatic way out or for an excuse. Either way, we and our allies are prepared, and we have been very clear about the massive consequences that further aggression would bring.",
  "antony-blinken", 1, SB, "", "", 1, D),
 ("We have said we are open to improving risk reduction and communication, including between our militaries, and that is reflected in the response. Channels that reduce the risk of an accident or a miscalculation are in everyone's interest.",
  "antony-blinken", 1, SB, "resume-military-dialogue", "supports", 1, D),
 ("Some of what we propose could, over time, take the form of agreements, and arms control agreements in particular have in the past been legally binding. But we are a long way from that. First there has to be a process, and that process cannot take place with a gun to Ukraine's head.",
  "antony-blinken", 1, SB, "written-legal-guarantees", "mentions", 1, D),
 ("Some of what we propose could, over time, take the form of agreements, and arms control agreements in particular have in the past been legally binding. But we are a long way from that. First there has to be a process, and that process cannot take place with a gun to Ukraine's head.",
  "antony-blinken", 1, SB, "russia-de-escalation", "supports", 1, D),
]

M1 = "The best known is that NATO should stop growing to the east and never admit Ukraine."
M2 = "But the drafts go further: Moscow wants the alliance to return its forces and weapons to where they were in May 1997, when the NATO–Russia Founding Act was signed, and to stop any military activity in Ukraine, the South Caucasus, and Central Asia."
M3 = "There are also more technical points: bans on placing intermediate-range missiles where they could reach the other side, keeping bombers and warships out of striking distance, and cutting back on exercises near the borders."
MP = "We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapon systems near Russia’s borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997."
ML = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
MW = "According to what American officials said publicly, Washington proposed talks on missile deployments in Europe, on the scale and notification of exercises, and on inspections at the US missile-defense sites in Romania and Poland."
L["meduza-2022-02-01-what-putin-said-about-answers"] = [
 (M1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (M1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (M2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (M2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (M3, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (M3, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 (M3, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("Russian diplomats have also repeatedly said they want all of this in a legally binding form, not in a political declaration.",
  "russia", 0, "Russian diplomats", "written-legal-guarantees", "supports", 0, ""),
 ("It is already clear — I informed the prime minister — that the fundamental Russian concerns were ignored,",
  "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (MP, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (MP, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (MP, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("In Putin’s telling, the West is picking only half of that principle — the right to choose alliances — and ignoring the other half.",
  "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("as a tool to contain Russia.",
  "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("Imagine Ukraine is a NATO member and starts a military operation in Crimea. What, should we fight with the NATO bloc?",
  "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Has anyone thought about it? It seems not.",
  "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 (ML, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (ML, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 (MW, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (MW, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("The American answer is a serious text, not a brush-off,",
  "ilya-stepanovsky", 1, "Ilya Stepanovsky", "", "", 1, ""),
 ("There is material in it for two or three years of arms control negotiations. The problem is that the Kremlin didn’t ask for arms control. It asked for a new map of Europe.",
  "ilya-stepanovsky", 1, "Ilya Stepanovsky", "", "", 1, ""),
 ("we will eventually find a solution, although it is not easy,",
  "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
]

R = "rachel-okonkwo-hayes"
RN = "Rachel Okonkwo-Hayes"
C = "2022-01-21"
CA1 = "Very little that was new. Secretary Blinken told reporters that he had made clear to Lavrov that \"if any Russian military forces move across Ukraine's border, that's a renewed invasion,\" and that it would be met with a swift and severe response. He also repeated that the alliance's door would remain open. Minister Lavrov, for his part, said that Russia had \"no plans to attack the Ukrainian people\" and insisted once more that Moscow needed answers on the substance of its drafts, above all on the question of NATO's eastward expansion."
CA2 = "On the central political demand—a binding promise that NATO will never admit Ukraine or anyone else to its east—the answer is no. No U.S. administration could give that promise, and no ally would ratify it. It would also be a dead letter in practice: a treaty that tells a sovereign country what it may not apply for would be contested from the first day."
CA3 = "There is, however, a second tier of the Russian drafts that is much more negotiable. The limits on where intermediate-range missiles can be based resemble ideas Moscow itself floated after the INF Treaty collapsed in 2019. Constraints on snap exercises near borders, and on bomber and ship patrols close to each other's territory, are the sort of incidents-at-sea and confidence-building measures that the Cold War produced in abundance. Washington should put them on the table seriously."
CA5 = "Three things. First, whether the written U.S. answer is made public, or leaked. Second, whether Russia's military buildup continues, particularly the movement of forces into Belarus ahead of the Allied Resolve exercises in February. Third, whether the Kremlin chooses to treat the U.S. offer on missiles and exercises as a basis for talks or as proof that its \"main\" concerns were ignored."
L["csis-2022-01-21-blinken-lavrov-geneva-critical-questions"] = [
 (CA1, R, 1, RN, "nato-open-door", "mentions", 1, C),
 (CA1, R, 1, RN, "nato-non-expansion", "mentions", 1, C),
 ("if any Russian military forces move across Ukraine's border, that's a renewed invasion,",
  "antony-blinken", 1, "Secretary Blinken", "", "", 1, C),
 ("He also repeated that the alliance's door would remain open.",
  "antony-blinken", 1, "He", "nato-open-door", "supports", 0, C),
 ("Minister Lavrov, for his part, said that Russia had \"no plans to attack the Ukrainian people\" and insisted once more that Moscow needed answers on the substance of its drafts, above all on the question of NATO's eastward expansion.",
  "sergei-lavrov", 1, "Minister Lavrov", "nato-non-expansion", "supports", 0, C),
 ("no plans to attack the Ukrainian people",
  "sergei-lavrov", 1, "Minister Lavrov", "", "", 1, C),
 ("What is worth noticing is what both men avoided. Neither described the meeting as a negotiation. Blinken called it \"a frank exchange of ideas.\" Lavrov talked about \"an open conversation.\" That is diplomatic language for the fact that the two sides are not yet bargaining over the same document.",
  R, 1, RN, "", "", 1, C),
 (CA2, R, 1, RN, "nato-non-expansion", "rejects", 1, C),
 (CA2, R, 1, RN, "no-ukraine-membership", "rejects", 1, C),
 (CA3, R, 1, RN, "no-intermediate-range-missiles", "mentions", 1, C),
 (CA3, R, 1, RN, "limit-military-exercises", "mentions", 1, C),
 (CA3, R, 1, RN, "no-warships-aircraft-in-strike-range", "mentions", 1, C),
 ("That demand is a nonstarter, and I think it should be treated as one. It would mean withdrawing the multinational battlegroups from Poland and the Baltic states, and arguably most allied infrastructure in Romania and Bulgaria. The allies that joined after 1997 are full members, and the alliance cannot create a class of members with lesser protection.",
  R, 1, RN, "rollback-to-1997", "rejects", 1, C),
 ("History matters here, though not in the way Moscow suggests. The 1997 Founding Act did include a NATO statement that it had no intention to permanently station substantial combat forces on new members' territory \"in the current and foreseeable security environment.\" The environment changed in 2014, and it was Russia that changed it.",
  R, 1, RN, "", "", 1, C),
 ("It matters for Ukraine and for the Europeans. Russia would prefer to negotiate only with Washington, over the heads of both Kyiv and the European Union, in the manner of the great-power deals it likes to cite. Josep Borrell, the EU's foreign policy chief, has complained publicly that the EU was not at the table. The OSCE meeting in Vienna on January 13 was the one place where Ukraine could speak for itself, and that is why Moscow treated it as the least important of the three.",
  R, 1, RN, "", "", 1, C),
 (CA5, R, 1, RN, "no-intermediate-range-missiles", "mentions", 1, C),
 (CA5, R, 1, RN, "limit-military-exercises", "mentions", 1, C),
 ("The administration has been right to insist that any progress requires Russia to pull back from Ukraine's borders. Diplomacy under the threat of invasion is not really diplomacy.",
  R, 1, RN, "russia-de-escalation", "supports", 1, C),
]

write_gold(L, "articles-274", "gold-274")
