#!/usr/bin/env python3
"""Writes the held-out gold of batch 211 (gold-211/*.nq) from the labels below.

Batch 211 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-12-nato-russia-council-brussels: Financial Times report from
  Brussels on the NATO-Russia Council; "Nato" spelling, curly quotes, quotes
  split by "the deputy minister added", a 1997 Founding Act background
  paragraph with a quoted phrase, Moscow's drafts paraphrased, an anonymous
  Baltic official, two analysts.
- cnn-2022-01-27-us-response-russia-demands-explained: CNN explainer with
  question crossheads on the US written answer; straight quotes, "--" dashes,
  Baker/Gorbachev 1990 and Bucharest 2008 background, "a promise Moscow wants
  formally withdrawn" in passing, Lavrov's "main question" split over two spans.
- izvestia-2022-01-28-grushko-interview: Izvestia interview with Deputy Foreign
  Minister Alexander Grushko, dash Q&A, machine-translated English, « »
  quotes, an ALSO READ line and a photo caption inside the interview; every
  answer paragraph is a quotation, several carrying many demands at once.
- pentagon-2022-01-24-kirby-press-briefing: Pentagon press briefing
  transcript (MR. KIRBY / Q:), questions that name Russian demands while the
  answers reject, offer to discuss or welcome them; many demand-less answers.
- ukrinform-2022-01-13-kuleba-osce-vienna: Ukrinform report (UTF-8 BOM, CRLF)
  on Kuleba's briefing and the OSCE Permanent Council; "Read also" lines,
  "As Ukrinform reported" background carrying a dated Foreign Ministry demand.
- reuters-2022-01-10-geneva-talks-live: Reuters live blog of the Geneva talks,
  newest entry first, GMT time stamps, summary bullets and entry headlines
  (not labelled), quotes split by "Sherman said", a picture caption.
- euractiv-2022-01-14-borrell-brest-foreign-ministers: Euractiv report on the
  Gymnich in Brest; Borrell rejects demands he attributes to Russia, a READ
  link, a crosshead, anonymous diplomats, an MEP and an analyst.

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

D = "2022-01-12"
L["ft-2022-01-12-nato-russia-council-brussels"] = [
 ("Nato and Russia ended their first formal talks in more than two years with no sign of a breakthrough on Wednesday, as the alliance's secretary-general said its 30 members would never hand Moscow a veto over which countries may join.",
  "jens-stoltenberg", 1, "the alliance's secretary-general", "nato-open-door", "supports", 0, D),
 ("significant differences on these issues which will not be easy to bridge", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Allies reaffirmed that each nation has the right to choose its own path. That is a core principle for European security and it is not up for negotiation with Moscow,",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Moscow published two draft treaties last month that would, among other things, bar Ukraine and other former Soviet republics from ever joining Nato and sharply curtail the alliance's military presence in the countries that joined it after the end of the cold war.",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow published two draft treaties last month that would, among other things, bar Ukraine and other former Soviet republics from ever joining Nato and sharply curtail the alliance's military presence in the countries that joined it after the end of the cold war.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow published two draft treaties last month that would, among other things, bar Ukraine and other former Soviet republics from ever joining Nato and sharply curtail the alliance's military presence in the countries that joined it after the end of the cold war.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Stoltenberg said the alliance was ready to discuss reciprocal limits on missile deployments and more transparency around military drills, but that Russia had not yet agreed to a further meeting.",
  "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said the alliance was ready to discuss reciprocal limits on missile deployments and more transparency around military drills, but that Russia had not yet agreed to a further meeting.",
  "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("He dismissed as “a non-starter” Moscow's call for Nato to withdraw its troops from the members that joined after 1997.",
  "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He dismissed as “a non-starter” Moscow's call for Nato to withdraw its troops from the members that joined after 1997.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not abandon our ability to protect and defend each other, including with the presence of troops in the eastern part of the alliance,",
  "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("The Nato chief also urged Russia to pull back the forces it has massed around Ukraine, saying that a real de-escalation was the only way to create space for diplomacy.",
  "jens-stoltenberg", 1, "The Nato chief", "russia-de-escalation", "supports", 0, D),
 ("We have told our Nato colleagues very clearly that further expansion of the alliance to the east, including to Ukraine, is a red line for us,",
  "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We have told our Nato colleagues very clearly that further expansion of the alliance to the east, including to Ukraine, is a red line for us,",
  "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, D),
 ("This is not something we are prepared to trade.", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("This is not something we are prepared to trade.", "alexander-grushko", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("If Nato moves to a policy of containment, there will be counter-containment,", "alexander-grushko", 1, "the deputy minister", "", "", 1, D),
 ("If it moves to deterrence, there will be counter-deterrence.", "alexander-grushko", 1, "the deputy minister", "", "", 1, D),
 ("Fomin told the meeting, according to the Russian defence ministry, that Moscow expected the alliance to pull back the forces and infrastructure it had deployed in eastern Europe over the past quarter of a century, calling the build-up on Russia's western flank a direct threat to its security.",
  "alexander-fomin", 1, "Fomin", "rollback-to-1997", "supports", 0, D),
 ("We will not allow anyone to slam shut Nato's open-door policy, which has always been central to the alliance,",
  "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("She said a genuine pullback of Russian troops from Ukraine's borders would be the clearest sign that the Kremlin was serious.",
  "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("We need guarantees that are set down on paper and binding in law, not assurances that can be forgotten tomorrow,",
  "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Moscow's draft treaty was written to be refused,", "lukas-brenner", 1, "Lukas Brenner", "", "", 1, ""),
 ("No government in this alliance can sign a paper that tells Finland or Ukraine they may never apply. The Kremlin knows that, and it is using the refusal as a pretext.",
  "lukas-brenner", 1, "Lukas Brenner", "nato-non-expansion", "mentions", 1, ""),
 ("No government in this alliance can sign a paper that tells Finland or Ukraine they may never apply. The Kremlin knows that, and it is using the refusal as a pretext.",
  "lukas-brenner", 1, "Lukas Brenner", "no-ukraine-membership", "mentions", 1, ""),
 ("Agnieszka Wróbel, a former Polish deputy defence minister, said confidence-building measures on exercises and missile placements, once a staple of cold war arms control, could still be revived if Moscow dropped its maximalist demands.",
  "agnieszka-wrobel", 1, "Agnieszka Wróbel", "limit-military-exercises", "mentions", 0, ""),
 ("Agnieszka Wróbel, a former Polish deputy defence minister, said confidence-building measures on exercises and missile placements, once a staple of cold war arms control, could still be revived if Moscow dropped its maximalist demands.",
  "agnieszka-wrobel", 1, "Agnieszka Wróbel", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("There is a deal to be had on the technical questions,", "agnieszka-wrobel", 1, "she", "", "", 1, ""),
 ("There is no deal on the political ones.", "agnieszka-wrobel", 1, "she", "", "", 1, ""),
]

B26, L27 = "2022-01-26", "2022-01-27"
CNN_RU1 = "Among other things, Moscow wants NATO to rule out any further enlargement, including to Ukraine and Georgia, and to stop deploying troops and weapons to the countries that joined the alliance after May 1997."
CNN_RU2 = "It also wants the US barred from setting up bases in, or conducting military activity with, former Soviet states that are not NATO members, and a ban on intermediate-range missiles in places where they could hit the other side."
CNN_BL = "He said the US was prepared to talk about reciprocal transparency on military exercises and maneuvers in Europe, and about arms control measures covering missiles in Europe, as long as Russia was willing to do the same."
CNN_LV = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
CNN_MQ = "Washington offered the things it can live with -- missiles, drills, transparency -- and said no on Ukraine, which is the whole ballgame,"
L["cnn-2022-01-27-us-response-russia-demands-explained"] = [
 (CNN_RU1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (CNN_RU1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (CNN_RU1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (CNN_RU2, "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 (CNN_RU2, "russia", 0, "It", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Russian officials have said repeatedly that the guarantees must be legally binding.",
  "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("The document we've delivered includes concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,",
  "antony-blinken", 1, "Blinken", "", "", 1, B26),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, B26),
 (CNN_BL, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, B26),
 (CNN_BL, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, B26),
 ("We've made clear that there are areas where we can make progress, and there are core principles we are committed to uphold,",
  "antony-blinken", 1, "Blinken", "", "", 1, B26),
 ("Secretary General Jens Stoltenberg said the alliance was \"ready to listen\" to Russia's concerns but would not compromise on the right of every nation to pick its own security arrangements.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, B26),
 ("But the alliance declared at its 2008 summit in Bucharest that Ukraine and Georgia \"will become members,\" a promise Moscow wants formally withdrawn.",
  "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The Biden administration has said the single most important thing Moscow could do is pull those forces back.",
  "united-states", 0, "The Biden administration", "russia-de-escalation", "supports", 0, ""),
 ("There is no positive response in this document on the main question,", "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, L27),
 ("There is no positive response in this document on the main question,", "sergey-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, L27),
 (CNN_LV, "sergey-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, L27),
 (CNN_LV, "sergey-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, L27),
 (CNN_MQ, "daniel-marquez", 1, "Marquez", "no-intermediate-range-missiles", "mentions", 1, ""),
 (CNN_MQ, "daniel-marquez", 1, "Marquez", "limit-military-exercises", "mentions", 1, ""),
 (CNN_MQ, "daniel-marquez", 1, "Marquez", "no-ukraine-membership", "mentions", 1, ""),
 ("Every week that the diplomats are talking is a week the tanks are not moving,", "hanna-sydorenko", 1, "she", "", "", 1, ""),
]

G = "2022-01-27"
IZ1 = "We are carefully studying the documents, the interdepartmental work is going on. But already now it is possible to say that on the key, fundamental issue — the non-expansion of NATO — we did not see a positive reaction. The alliance continues to insist on the so-called «open door policy», which for us is categorically unacceptable."
IZ2 = "I would not like to give hasty assessments. There are some elements which can become a subject of a serious conversation — for example, the ideas concerning intermediate- and shorter-range missiles, the parameters of exercises, the measures of transparency. We ourselves raised these questions for years, and the Americans practically did not react on them. But this is secondary. It cannot substitute the main thing."
IZ3 = "Legally binding guarantees that NATO will not move further to the east, that Ukraine and Georgia will not be accepted in the alliance, that strike weapon systems will not be deployed near our borders. And also the return of the military configuration of the alliance to the state of 1997, when the Founding Act was signed. These are elements of one package, they cannot be taken out one by one, as in a supermarket."
IZ4 = "We hear this mantra all the time. But there is also another principle, which the NATO countries signed both in Istanbul in 1999 and in Astana in 2010 — the principle of indivisibility of security: no state has the right to strengthen its own security at the expense of the security of others. The freedom to choose alliances is not absolute, it is limited by this obligation. Why they remember only half of the formula — it is a question to them."
IZ5 = "After NATO expelled our diplomats in October, and we in response stopped the work of our permanent mission, the situation in this sphere is frozen. We always said that contacts between the militaries are necessary, especially in a situation of such tension, in order to avoid incidents and dangerous misunderstandings. But they cannot be a replacement for the answer on the essence."
IZ6 = "Ships of NATO, strategic bombers are constantly approaching our borders. American reconnaissance aircraft practically every day fly along the Crimean coast. We proposed to write down in the agreement that combat ships and planes of both sides stay away from the zones from where they are able to reach targets on the territory of the other. This is a normal, mirror proposal, nothing exotic."
IZ7 = "Nobody is going to decide for Ukraine. We are talking about obligations of NATO, not of Ukraine. It is the alliance that should refuse to absorb new members and to develop the territory of Ukraine in the military relation. The Ukrainian leadership would better think about the implementation of the Minsk agreements, which it sabotages for seven years already."
IZ8 = "There is no ultimatum. But there is also no endless time. If we see that the West only imitates a dialogue, we will make conclusions. The President spoke about this clearly: in the case of continuation of the obviously aggressive line of our Western colleagues we will take adequate military-technical measures of response."
IZ9 = "We exclude nothing. But to sit at the table for the sake of sitting, to exchange once more the known positions, we do not see a sense. The conversation must go on the texts, on the articles which we proposed. And without preliminary conditions from the side of NATO, like «first withdraw the troops from your own territory»."
IZ10 = "Then it will be an answer too. We will analyze it and report to the leadership of the country. The decisions will be taken by the President."
GR = ("alexander-grushko", 1, "Alexander Grushko")
L["izvestia-2022-01-28-grushko-interview"] = [
 (IZ1, *GR, "nato-non-expansion", "supports", 1, G),
 (IZ1, *GR, "nato-open-door", "rejects", 1, G),
 (IZ2, *GR, "no-intermediate-range-missiles", "supports", 1, G),
 (IZ2, *GR, "limit-military-exercises", "supports", 1, G),
 (IZ3, *GR, "written-legal-guarantees", "supports", 1, G),
 (IZ3, *GR, "nato-non-expansion", "supports", 1, G),
 (IZ3, *GR, "no-ukraine-membership", "supports", 1, G),
 (IZ3, *GR, "no-strike-weapons-near-borders", "supports", 1, G),
 (IZ3, *GR, "rollback-to-1997", "supports", 1, G),
 (IZ4, *GR, "nato-open-door", "rejects", 1, G),
 (IZ5, *GR, "resume-military-dialogue", "supports", 1, G),
 (IZ6, *GR, "no-warships-aircraft-in-strike-range", "supports", 1, G),
 (IZ7, *GR, "no-ukraine-membership", "supports", 1, G),
 (IZ7, *GR, "nato-non-expansion", "supports", 1, G),
 (IZ7, *GR, "no-military-activity-ex-soviet", "supports", 1, G),
 (IZ8, *GR, "", "", 1, G),
 (IZ9, *GR, "no-preconditions", "supports", 1, G),
 (IZ9, *GR, "russia-de-escalation", "rejects", 1, G),
 (IZ10, *GR, "", "", 1, G),
]

K = "2022-01-24"
KI = ("john-kirby", 1, "MR. KIRBY")
PK = {
 "open": "Good afternoon, everybody. I have a couple of things at the top here, and then we'll get right to your questions.",
 "alert": "Today, Secretary Austin, at the direction of President Biden, placed a range of units in the United States on a heightened preparedness to deploy. In total, that's about 8,500 personnel, and that includes brigade combat teams, logistics, medical, aviation, intelligence, surveillance and reconnaissance, and transportation capabilities.",
 "nrf": "These units would primarily be used to support the NATO Response Force, should NATO activate it, or to reassure our allies in other contingencies. I want to stress: no decision has been made to deploy these forces, and none of them are going to Ukraine.",
 "deesc": "It's very clear that the Russians have no intention right now of de-escalating. What we would like to see is for them to pull those forces back, stand down, and give diplomacy a real chance to work.",
 "sec": "The Secretary has been clear about this. It's about reassurance of the eastern flank, and it's defensive in nature. We're not going to apologize for standing by the commitments we've made to our allies.",
 "1997": "Look, the Russians can put whatever they want down on paper. The idea that we would pull our forces and our capabilities out of allied nations that came into the alliance after 1997 is a nonstarter. It was a nonstarter before they put it in writing, and it still is.",
 "resolve": "If anything, Mr. Putin's actions are only strengthening the alliance's resolve and its unity.",
 "intel": "I'm not going to get into specific intelligence assessments. But we have continued to see additional battalion tactical groups moving toward the border with Ukraine, and into Belarus as well.",
 "state": "The response is being drafted by the State Department, so I'd point you there for the details. Obviously, the Department has a voice in that process.",
 "ex": "What I'd say on exercises is that we have long been open to talking about reciprocal transparency and risk-reduction measures around exercises, and that's been on the table for some time.",
 "coop": "No. We're going to continue to support Ukraine's ability to defend itself. We've provided more than $650 million in security assistance in the last year alone, and there's more on the way.",
 "sov": "Ukraine is a sovereign state. Who Ukraine partners with, and whether it one day joins any alliance, is a decision for Ukraine and for the 30 allies, not for Moscow.",
 "shoigu": "He has not spoken with Minister Shoigu recently. The Chairman, General Milley, does have a channel with General Gerasimov, and those lines of communication remain open.",
 "lines": "The Secretary values those lines, and frankly we'd welcome more regular dialogue between our militaries at a time like this, when the risk of miscalculation is high.",
 "straw": "There are no plans, and there have never been plans, to put offensive strike missiles in Ukraine. So, you know, it's a straw man.",
 "navy": "We're aware of the reports, and we're monitoring Russian naval activity closely, as we always do. I don't have anything more specific for you on that today.",
 "time": "There's no timeline. The units have been told to be ready, and we'll be ready if NATO activates the Response Force or if the situation deteriorates further.",
}
L["pentagon-2022-01-24-kirby-press-briefing"] = [
 (PK["open"], *KI, "", "", 1, K),
 (PK["alert"], *KI, "", "", 1, K),
 (PK["nrf"], *KI, "", "", 1, K),
 (PK["deesc"], *KI, "russia-de-escalation", "supports", 1, K),
 (PK["sec"], *KI, "", "", 1, K),
 (PK["1997"], *KI, "rollback-to-1997", "rejects", 1, K),
 (PK["1997"], "russia", 0, "the Russians", "rollback-to-1997", "supports", 0, ""),
 (PK["resolve"], *KI, "", "", 1, K),
 (PK["intel"], *KI, "", "", 1, K),
 (PK["state"], *KI, "", "", 1, K),
 (PK["ex"], *KI, "limit-military-exercises", "mentions", 1, K),
 (PK["coop"], *KI, "no-military-activity-ex-soviet", "rejects", 1, K),
 (PK["sov"], *KI, "nato-open-door", "supports", 1, K),
 (PK["shoigu"], *KI, "resume-military-dialogue", "mentions", 1, K),
 (PK["lines"], *KI, "resume-military-dialogue", "supports", 1, K),
 (PK["straw"], *KI, "no-strike-weapons-near-borders", "mentions", 1, K),
 (PK["navy"], *KI, "", "", 1, K),
 (PK["time"], *KI, "", "", 1, K),
]

U = "2022-01-13"
L["ukrinform-2022-01-13-kuleba-osce-vienna"] = [
 ("Ukraine will not accept any agreements on European security reached behind its back, and the question of its membership in NATO is a matter exclusively for Ukraine and the Allies, Minister of Foreign Affairs of Ukraine Dmytro Kuleba said at a briefing in Kyiv on Thursday.",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, U),
 ("Russia wants to turn back the clock and return to the times when great powers decided the fate of smaller nations at one table. This will not happen,",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, U),
 ("Ukraine's Euro-Atlantic course is enshrined in our Constitution, and we will not give it up under any pressure,",
  "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, U),
 ("Kuleba added that the best contribution Russia could make to the talks would be to withdraw its troops from the Ukrainian border and return them to their permanent bases.",
  "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, U),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,",
  "zbigniew-rau", 1, "Rau", "", "", 1, U),
 ("The only real contribution Russia can make to European security today is to pull back its forces from our borders and to stop the hybrid war against Ukraine,",
  "yevhenii-tsymbaliuk", 1, "the diplomat", "russia-de-escalation", "supports", 1, U),
 ("He also stressed that the principle of the freedom of each state to choose its security arrangements, including alliances, was agreed by all OSCE participating states, including the Russian Federation.",
  "yevhenii-tsymbaliuk", 1, "He", "nato-open-door", "supports", 0, U),
 ("Permanent Representative of Russia to the OSCE Alexander Lukashevich said that only a legally binding ban on NATO's further movement eastward would be acceptable, and that general declarations would not satisfy Russia.",
  "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, U),
 ("Permanent Representative of Russia to the OSCE Alexander Lukashevich said that only a legally binding ban on NATO's further movement eastward would be acceptable, and that general declarations would not satisfy Russia.",
  "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, U),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,",
  "alexander-lukashevich", 1, "Lukashevich", "", "", 1, U),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has grown rather shrill,",
  "michael-carpenter", 1, "Carpenter", "", "", 1, U),
 ("According to him, the United States is ready to discuss arms control and risk reduction with Russia, but will not accept any arrangement that denies sovereign countries the right to choose their own alliances.",
  "michael-carpenter", 1, "him", "nato-open-door", "supports", 0, U),
 ("As Ukrinform reported, on December 17, 2021, the Russian Foreign Ministry published draft agreements with the United States and NATO, demanding, in particular, that the Alliance renounce the admission of Ukraine and abandon any military activity on its territory.",
  "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("As Ukrinform reported, on December 17, 2021, the Russian Foreign Ministry published draft agreements with the United States and NATO, demanding, in particular, that the Alliance renounce the admission of Ukraine and abandon any military activity on its territory.",
  "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

R = "2022-01-10"
R_SH = "Sherman said Washington had told the Russian side it was open to discussing the future deployment of missiles in Europe and possible limits on the size and scope of military exercises, provided Russia was willing to make reciprocal commitments."
R_LQ = "Moscow is asking for a written promise of no more enlargement, which no U.S. administration could give even if it wanted to."
R_BG = "Moscow wants NATO to halt its eastward expansion, pull back forces from countries that joined after 1997 and rule out membership for Ukraine, while Washington wants Russia to reduce the tens of thousands of troops it has massed near Ukraine."
L["reuters-2022-01-10-geneva-talks-live"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,",
  "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, R),
 ("He also said the United States must stop putting what he called \"strike systems\" close to Russian territory.",
  "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, R),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, R),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, R),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,",
  "wendy-sherman", 1, "Sherman", "", "", 1, R),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance.",
  "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, R),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States,",
  "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, R),
 (R_SH, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, R),
 (R_SH, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, R),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe or about NATO without NATO,",
  "wendy-sherman", 1, "she", "", "", 1, R),
 ("She added that Washington could not judge whether Moscow was serious about diplomacy until it saw Russian troops pulled back from the Ukrainian border.",
  "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, R),
 ("We will be negotiating to make sure our concerns are heard, and first of all that NATO does not keep creeping closer to our borders,",
  "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, R),
 ("Both sides came to Geneva to explain why the other is to blame if this fails,", "maria-lindqvist", 1, "she", "", "", 1, R),
 (R_LQ, "maria-lindqvist", 1, "she", "nato-non-expansion", "mentions", 1, R),
 (R_LQ, "maria-lindqvist", 1, "she", "written-legal-guarantees", "mentions", 1, R),
 (R_LQ, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (R_LQ, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (R_BG, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (R_BG, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (R_BG, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (R_BG, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
]

T, F = "2022-01-13", "2022-01-14"
E_BO = "What Russia is asking for is a return to spheres of influence, to a Yalta-like order. It wants NATO to close its doors and to pull its troops out of half of the continent. This is not acceptable,"
E_MC = "In the same remarks, he also rejected Moscow's insistence that Western countries halt all military cooperation with Ukraine and other former Soviet states, saying the EU would keep helping Kyiv strengthen its resilience and was studying options for a training mission."
E_VL = "Dutch MEP Pieter van Loon (Renew Europe) said the EU should demand its own seat at any talks on missile deployments and limits on military drills, since both would directly affect European territory."
L["euractiv-2022-01-14-borrell-brest-foreign-ministers"] = [
 ("We cannot be spectators while others discuss the future of European security. Any discussion about security in Europe has to include the Europeans, and it has to include Ukraine,",
  "josep-borrell", 1, "Josep Borrell", "", "", 1, T),
 (E_BO, "josep-borrell", 1, "he", "nato-non-expansion", "rejects", 1, T),
 (E_BO, "josep-borrell", 1, "he", "rollback-to-1997", "rejects", 1, T),
 (E_BO, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (E_BO, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The first thing we ask from Russia is to de-escalate, to withdraw the troops which are threatening Ukraine,",
  "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 1, F),
 (E_MC, "josep-borrell", 1, "he", "no-military-activity-ex-soviet", "rejects", 0, F),
 (E_MC, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Every country in Europe has the right to choose its own alliances – that is not negotiable for us,",
  "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, T),
 ("Latvia's Foreign Minister Edgars Rinkēvičs told journalists that the Baltic states expected more allied forces on their soil, not fewer, and that any talk of withdrawing NATO troops from the region was “out of the question”.",
  "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, ""),
 ("EU officials have cited that principle repeatedly in recent weeks.",
  "european-union", 0, "EU officials", "nato-open-door", "supports", 0, ""),
 (E_VL, "pieter-van-loon", 1, "Pieter van Loon", "no-intermediate-range-missiles", "mentions", 0, ""),
 (E_VL, "pieter-van-loon", 1, "Pieter van Loon", "limit-military-exercises", "mentions", 0, ""),
 ("Borrell's speeches are fine, but the Kremlin does not read speeches. It reads the size of our sanctions packages,",
  "pieter-van-loon", 1, "van Loon", "", "", 1, ""),
 ("Meanwhile, in Moscow, Russia's Deputy Foreign Minister Sergei Ryabkov said on Thursday that the talks had reached a “dead end” because the West refused to address the key demand that NATO stop enlarging.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, T),
 ("The EU will not sit at the table in Geneva. But whatever is decided there, the EU will pay for it, in gas prices and in refugees,",
  "karolina-mackowiak", 1, "she", "", "", 1, ""),
]

write_gold(L, "articles-211", "gold-211")
