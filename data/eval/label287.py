#!/usr/bin/env python3
"""Writes the held-out gold of batch 287 (gold-287/*.nq) from the labels below.

Batch 287 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-26-live-us-nato-written-responses: Reuters live blog with GMT
  time stamps and capitalised entry heads; pronoun quotes ("he added"), an
  answer to a reported question, a Tuesday quote inside a Wednesday blog.
- kommersant-2022-01-11-geneva-ryabkov-sherman: Kommersant in clumsy machine
  translation, no front matter, « » quotes with "— he said. —" interruptions,
  Moscow's demands summarised by the journalist, an unnamed delegation source,
  an IMEMO analyst who only forecasts, Bucharest 2008 as background.
- nato-2022-01-18-geoana-black-sea-security-speech: NATO Deputy Secretary
  General's speech text, no front matter; every paragraph is his direct
  quotation; Russian demands named in passing inside his rejections; he
  reaffirms Bucharest 2008 (a stance, not background).
- ukrainska-pravda-2022-01-13-kuleba-osce-russia-demands: Ukrainska Pravda
  English with "Quote:", "Details:", "Read also:" and "Context:" lines; a
  multi-sentence quote; a Ukrainian MP quoting Moscow's demand to reject it.
- guardian-2022-01-21-blinken-lavrov-geneva: Guardian news story with curly
  quotes, standfirst and caption; quote interrupted by "he said"; undated
  remarks (Peskov, Truss, a Rusi analyst, "US officials say").
- valdai-2022-02-03-after-the-answers-arkhipov: Valdai expert article by an
  invented MGIMO analyst, no front matter; the author's own first-person
  stances are labelled as his reported words dated on the publication day;
  Baker-Gorbachev 1990 background; Putin's 1 Feb list of concerns.
- auswaertiges-amt-2022-01-20-baerbock-blinken-press-conference: German
  Foreign Office transcript (UTF-8 BOM, CRLF), speaker labels, journalists'
  questions that name demands (not labelled), one paragraph = one quotation.

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

Also: a speech text is treated like a transcript (each paragraph one direct
quotation of the speaker); an opinion article's author voicing his own view
is labelled as reported speech (the whole sentence, direct 0) dated on the
publication day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["reuters-2022-01-26-live-us-nato-written-responses"] = [
 ("We will not comment on anything until we have received and read the document,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Our position on the main questions is well known - the alliance has to stop creeping towards our borders, and this is not something we intend to trade away,", "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("Nobody in Moscow gets to decide who sits at NATO's table,", "edgars-rinkevics", 1, "Rinkevics", "nato-open-door", "supports", 1, D),
 ("The best outcome here is that Mr. Putin de-escalates and moves those troops away from Ukraine's border,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-01-25"),
 ("The principle remains the same, nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("He said no outside power could forbid Ukraine from joining NATO and that the choice of alliances belonged to Ukrainians alone.", "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("He said no outside power could forbid Ukraine from joining NATO and that the choice of alliances belonged to Ukrainians alone.", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, D),
 ("Russian Deputy Foreign Minister Sergei Ryabkov told members of the State Duma that Moscow expected a clear answer on its core points, above all that the alliance would not take in Ukraine or any other new members in the east.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("Russian Deputy Foreign Minister Sergei Ryabkov told members of the State Duma that Moscow expected a clear answer on its core points, above all that the alliance would not take in Ukraine or any other new members in the east.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("If the answer turns out to be evasive, we will draw our own conclusions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("It sets out a serious diplomatic path, should Russia choose to take it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the response offered Moscow talks on reciprocal limits on where offensive missiles may be stationed in Europe and on transparency over military exercises, but no bargaining over who joins the alliance.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the response offered Moscow talks on reciprocal limits on where offensive missiles may be stationed in Europe and on transparency over military exercises, but no bargaining over who joins the alliance.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the response offered Moscow talks on reciprocal limits on where offensive missiles may be stationed in Europe and on transparency over military exercises, but no bargaining over who joins the alliance.", "antony-blinken", 1, "He", "nato-non-expansion", "rejects", 0, D),
 ("We are ready to listen to Russia's concerns, but we will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said NATO had also called for the reopening of the two sides' missions and for better military-to-military communication lines to avoid incidents, and had offered talks on transparency for drills.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("He said NATO had also called for the reopening of the two sides' missions and for better military-to-military communication lines to avoid incidents, and had offered talks on transparency for drills.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Stoltenberg added that Russia should withdraw the forces it had built up around Ukraine and in Belarus.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
]

D = "2022-01-10"
K = "Recall, Moscow demands from the West a refusal of further NATO expansion to the east, including at the expense of Ukraine and Georgia, and the withdrawal of the alliance infrastructure to the lines of 1997."
MOR = "According to him, the talk in Washington about a possible moratorium on admission of Ukraine for some years does not satisfy Moscow at all, because a moratorium can be cancelled by the next administration."
SH = "At the same time, according to her, the USA is ready to discuss with Russia the future deployment of missiles in Europe and the parameters of exercises on a reciprocal basis."
LES = "The Americans will hardly agree on paper to close the door for Ukraine, but on medium-range missiles and on exercises a compromise is quite possible, since this was discussed with them already in the 1980s"
L["kommersant-2022-01-11-geneva-ryabkov-sherman"] = [
 (K, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (K, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (K, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We got the impression that the American side took the Russian proposals very seriously,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("But for us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("iron-clad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "The deputy minister", "written-legal-guarantees", "supports", 1, D),
 (MOR, "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, D),
 (MOR, "sergei-ryabkov", 1, "him", "no-ukraine-membership", "supports", 0, D),
 ("Our troops are on our own territory, and nobody will dictate to us where to move them", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("He also said that Russia did not receive from the Americans any signals of readiness to discuss the main issue — non-enlargement — and that without movement on it the other topics lose sense.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (SH, "wendy-sherman", 1, "her", "no-intermediate-range-missiles", "mentions", 0, D),
 (SH, "wendy-sherman", 1, "her", "limit-military-exercises", "mentions", 0, D),
 ("Ms. Sherman called also Moscow to de-escalate and to return troops to the places of permanent deployment, otherwise the sanctions will be \"severe\".", "wendy-sherman", 1, "Ms. Sherman", "russia-de-escalation", "supports", 0, D),
 ("The Americans listened, took notes, asked clarifying questions. But on the first points of our draft they simply have no mandate,", "russia", 0, "the source", "", "", 1, ""),
 (LES, "viktor-lesnykh", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (LES, "viktor-lesnykh", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (LES, "viktor-lesnykh", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("are not a menu from which one can choose one dish and leave the rest", "alexander-grushko", 1, "He", "", "", 1, ""),
 ("it is too early to make conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
]

D = "2022-01-18"
G = "mircea-geoana"
GN = "Mircea Geoană"
P4 = "But let me be very clear about what we heard. Russia is asking us to close our door to Ukraine and Georgia and to any other European democracy that may wish to join in the future. That is not going to happen. Every nation has the sovereign right to choose its own security arrangements. This is a principle that Russia itself signed up to, in Helsinki, in Paris, in Istanbul."
P5 = "Moscow also wants us to pull our forces and infrastructure out of all the Allies that joined after 1997. In practice, this would create first- and second-class members of NATO. I come from one of those countries. Romania will not be a second-class Ally, and neither will Poland, the Baltic states or any other member. The battlegroups and the air policing missions on our eastern flank are defensive, proportionate and here to stay."
P6 = "In 2008, at our summit in this very city, Bucharest, Allies agreed that Ukraine and Georgia would become members of NATO. We stand by that decision. It is not for Moscow to rewrite it."
P7 = "At the same time, we are ready to work with Russia on issues where there is a genuine interest on both sides. We have proposed to discuss reciprocal limits on missiles in Europe, more transparency and risk reduction around military exercises, and arms control more broadly."
P10 = "Let me say a word about the Black Sea. This region is of strategic importance for the Alliance. Three Allies are littoral states, and two close partners, Ukraine and Georgia, sit on its shores. We will continue to work with both of them, to train, to exercise and to help them build up their defence institutions, whatever Moscow may say about our cooperation with them."
L["nato-2022-01-18-geoana-black-sea-security-speech"] = [
 ("Thank you, dear Ambassador Ionescu, for the kind introduction, and good afternoon to all of you joining us from Bucharest, Chisinau, Tbilisi, Kyiv and beyond.", G, 1, GN, "", "", 1, D),
 ("Let me start with the obvious. We meet at a moment of real danger for European security. Russia has massed close to one hundred thousand troops, with tanks, artillery and electronic warfare units, around Ukraine. And it continues to move more forces into Belarus.", G, 1, GN, "", "", 1, D),
 ("Last week, NATO Allies and Russia sat down at the NATO-Russia Council for the first time in more than two years. That was a good thing. Dialogue is never a sign of weakness. Allies were united, and we listened carefully to the Russian delegation led by Deputy Foreign Minister Grushko.", G, 1, GN, "", "", 1, D),
 (P4, G, 1, GN, "no-ukraine-membership", "rejects", 1, D),
 (P4, G, 1, GN, "nato-non-expansion", "rejects", 1, D),
 (P4, G, 1, GN, "nato-open-door", "supports", 1, D),
 (P4, "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, ""),
 (P4, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, ""),
 (P5, G, 1, GN, "rollback-to-1997", "rejects", 1, D),
 (P5, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (P6, G, 1, GN, "rescind-bucharest-2008", "rejects", 1, D),
 (P6, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 1, ""),
 (P7, G, 1, GN, "no-intermediate-range-missiles", "mentions", 1, D),
 (P7, G, 1, GN, "limit-military-exercises", "mentions", 1, D),
 ("We are also ready to restore our offices in Moscow and Brussels and to use existing military channels of communication, which in times of tension are more important than ever.", G, 1, GN, "resume-military-dialogue", "supports", 1, D),
 ("The way forward is for Russia to de-escalate, to pull back its troops from Ukraine's borders and to choose the path of diplomacy. We have offered a series of meetings. Russia has not yet said whether it is ready to continue.", G, 1, GN, "russia-de-escalation", "supports", 1, D),
 (P10, G, 1, GN, "no-military-activity-ex-soviet", "rejects", 1, D),
 (P10, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("Allies are also considering further steps to strengthen our posture in the south-east of the Alliance, including a possible new battlegroup in Romania. Any decisions will be taken by Allies, and by Allies alone.", G, 1, GN, "rollback-to-1997", "rejects", 1, D),
 ("Friends, history tells us that security in Europe is indivisible only when it is built on respect for the sovereignty of every nation, big or small. That is what we will continue to defend, with unity and with resolve.", G, 1, GN, "", "", 1, D),
]

D = "2022-01-13"
KQ = "Russia came to Geneva, Brussels and Vienna not with proposals, but with an ultimatum. It wants the world to agree that Ukraine will never be a member of NATO. Nobody agreed to that, and nobody will."
BU = "He added that Russia's demand that NATO abandon the decision of the 2008 Bucharest Summit is \"a demand to rewrite history\", which Ukraine rejects outright."
LU = "He also said that Russia insisted on NATO not placing strike weapons near Russian borders and that the alliance should stop \"military development\" of Ukraine's territory."
KR = "Russia wants there to be no Western instructors, no Western weapons and no joint exercises in Ukraine. Our answer is exactly the opposite: more of all three,"
CX = "Among other things, Moscow demands that NATO refuse further eastward expansion and stop any military activity in Ukraine and other post-Soviet states."
L["ukrainska-pravda-2022-01-13-kuleba-osce-russia-demands"] = [
 (KQ, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (KQ, "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, ""),
 ("not betrayed Ukraine in any of the three formats", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (BU, "dmytro-kuleba", 1, "He", "rescind-bucharest-2008", "rejects", 0, D),
 (BU, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("The minister also called on Russia to withdraw its troops from the Ukrainian border.", "dmytro-kuleba", 1, "The minister", "russia-de-escalation", "supports", 0, D),
 ("If Russia is serious about diplomacy, the first step is obvious: pull back the forces it has gathered around our country.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("it is not Ukraine that has brought 100,000 troops to someone else's border", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "", "", 1, D),
 ("We are being told that the non-expansion of NATO is impossible. For us, this is a dead end.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("Meanwhile, Ivan Kravets, MP for the Servant of the People party and member of the Verkhovna Rada Committee on National Security, told Ukrainska Pravda that Kyiv expects more weapons and instructors from partners, not fewer.", "ivan-kravets", 1, "Ivan Kravets", "no-military-activity-ex-soviet", "rejects", 0, ""),
 (KR, "ivan-kravets", 1, "Kravets", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (KR, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 1, ""),
 (CX, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (CX, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2022-01-21"
LA = "He said Russia’s main concern remained that the alliance must stop its eastward expansion and that “the security of one cannot be strengthened at the expense of another”."
PE = "In Moscow, the Kremlin spokesperson, Dmitry Peskov, said the Russian side expected the written answers to address “point by point” the concerns set out in the two drafts, starting with a legally binding guarantee against further Nato expansion."
US = "US officials say there is room to talk about some of Russia’s secondary demands, including limits on the size and location of exercises and on where missiles can be based, but none on a pledge to keep Ukraine out of Nato."
L["guardian-2022-01-21-blinken-lavrov-geneva"] = [
 ("We didn’t expect a major breakthrough today, but I believe we are now on a clearer path to understanding each other’s concerns,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("If Russia wants to begin to convince the world that it has no aggressive intent, a very good place to start would be by de-escalating, moving its forces away from Ukraine’s borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("remains open, and that is not up for discussion with Moscow", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("I can’t say whether we are on the right track or not,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("We will understand that when we receive the American response in writing to all of our proposals.", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("The Russian minister insisted that Moscow had never threatened the Ukrainian people, and complained that the west was pumping Ukraine full of weapons and instructors.", "sergei-lavrov", 1, "The Russian minister", "no-military-activity-ex-soviet", "supports", 0, D),
 (LA, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("the security of one cannot be strengthened at the expense of another", "sergei-lavrov", 1, "He", "", "", 1, D),
 ("Asked whether Russia would pull back some of the estimated 100,000 troops near the border, Lavrov said Russia would move its forces on its own territory as it saw fit.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 (PE, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, ""),
 (PE, "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, ""),
 (US, "united-states", 0, "US officials", "limit-military-exercises", "mentions", 0, ""),
 (US, "united-states", 0, "US officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (US, "united-states", 0, "US officials", "no-ukraine-membership", "rejects", 0, ""),
 (US, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (US, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (US, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The Russians have put maximalist demands on the table, and they know most of them are unacceptable,", "fiona-marsh", 1, "Dr Fiona Marsh", "", "", 1, ""),
 ("The interesting question is whether Moscow can take the arms control pieces, declare victory, and walk away from the cliff edge. I’m not sure the Kremlin has decided yet.", "fiona-marsh", 1, "Dr Fiona Marsh", "", "", 1, ""),
 ("exactly what the US is and isn’t prepared to offer", "fiona-marsh", 1, "Marsh", "", "", 1, ""),
 ("desist and step back from Ukraine before he makes a massive strategic mistake", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 1, ""),
 ("unity, not a deal behind our backs", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, ""),
 ("if any assembled Russian units move across the Ukrainian border, that is an invasion", "joe-biden", 1, "Joe Biden", "", "", 1, "2022-01-20"),
 ("will always respond to any deterioration of our security environment", "nato", 0, "Nato", "", "", 1, D),
]

P = "2022-02-03"
A = "gleb-arkhipov"
PU = "Speaking after talks with Hungary's Prime Minister Viktor Orbán, he said that Russia's \"fundamental concerns were ignored\", and listed them: the prevention of NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the Founding Act was signed."
MV = "In my view, a legally binding guarantee that the alliance will not move further east is not a maximalist whim but the minimum that a great power can accept after thirty years of broken verbal assurances."
WA = "As far as one can judge from what has been published and leaked, Washington is ready to talk about reciprocal restrictions on missile deployments in Romania and Poland, about the notification of large exercises, and about restoring military contacts that broke down after 2014."
L["valdai-2022-02-03-after-the-answers-arkhipov"] = [
 ("On January 27 he said the American document contained \"no positive answer\" on the main issue, by which he meant the non-enlargement of the alliance, while conceding that it offered material for \"a serious conversation on secondary topics\".", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (PU, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("It seems to me that the United States is not so much concerned about the security of Ukraine,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("its main task is to contain the development of Russia.", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (MV, A, 1, "Gleb Arkhipov", "nato-non-expansion", "supports", 0, P),
 (MV, A, 1, "Gleb Arkhipov", "written-legal-guarantees", "supports", 0, P),
 ("The story of James Baker telling Mikhail Gorbachev in February 1990 that NATO would not move \"one inch eastward\" is well known, and whatever the archival disputes, the lesson Moscow drew is simple: only signatures count.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("At the same time, I do not think the demand to withdraw allied forces from Poland, Romania and the Baltic states to the positions of 1997 was ever realistic, and I doubt that it was meant to be.", A, 1, "Gleb Arkhipov", "rollback-to-1997", "mentions", 0, P),
 (WA, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (WA, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (WA, "united-states", 0, "Washington", "resume-military-dialogue", "mentions", 0, ""),
 ("The revival of a regular channel between the general staffs is, frankly, something Russia needs no less than NATO does, and I would welcome it regardless of the fate of the larger package.", A, 1, "Gleb Arkhipov", "resume-military-dialogue", "supports", 0, P),
 ("Jens Stoltenberg repeated on January 26 that NATO \"will not compromise\" on the right of every nation to choose its own way, and Antony Blinken's formula — \"there will be no change\" — leaves no room for interpretation.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("there will be no change", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, ""),
 ("Moscow asked, in effect, for the note to be cancelled.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("I think it was right to ask, and I expect it will go on asking.", A, 1, "Gleb Arkhipov", "rescind-bucharest-2008", "supports", 0, P),
 ("NATO demands that Russia pull its units back from the Ukrainian border as a precondition for anything.", "nato", 0, "NATO", "russia-de-escalation", "supports", 0, ""),
 ("Moscow rejects the very idea that it must explain movements on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("I find the Western demand understandable but badly formulated: de-escalation will be the result of an agreement, not its entrance ticket.", A, 1, "Gleb Arkhipov", "russia-de-escalation", "mentions", 0, P),
]

D = "2022-01-20"
AB = "annalena-baerbock"
ABN = "Foreign Minister Baerbock"
AN = "antony-blinken"
ANN = "Secretary Blinken"
B5 = "Whether and when a country joins NATO is decided by that country and by the 30 Allies together, and by nobody else. A veto for Russia, in writing or otherwise, will not exist."
B4 = "Thank you for the question. It is not for Moscow to decide which alliance Ukraine or any other country belongs to. That is the basis of the Helsinki Final Act and of the Charter of Paris, and we will not give it up."
L["auswaertiges-amt-2022-01-20-baerbock-blinken-press-conference"] = [
 ("Dear Tony, it is very good to have you here in Berlin today, and ladies and gentlemen, thank you for coming at such short notice.", AB, 1, ABN, "", "", 1, D),
 ("We have just had an intensive meeting with our colleagues from France and the United Kingdom, and I want to say very clearly: the transatlantic partners are speaking with one voice in these days, and we will continue to do so.", AB, 1, ABN, "", "", 1, D),
 ("We are seeing a massive build-up of Russian troops at the border with Ukraine, without any understandable reason. Our expectation of Russia is clear: withdraw these forces and take concrete steps towards de-escalation. Every further aggressive step would have a high price.", AB, 1, ABN, "russia-de-escalation", "supports", 1, D),
 ("At the same time, we stand ready for serious dialogue. In the NATO-Russia Council and at the OSCE last week we heard Russia's concerns, and we are prepared to talk about mutual transparency for manoeuvres and about arms control in Europe. But some of the proposals on the table go to the heart of the European peace order.", AB, 1, ABN, "limit-military-exercises", "mentions", 1, D),
 ("Thank you, Annalena. Thank you for your hospitality and for your leadership at a critical moment.", AN, 1, ANN, "", "", 1, D),
 ("We are united on the simple proposition that borders cannot be changed by force and that countries have the right to decide their own future and their own alliances. Those are not American ideas or German ideas; they are principles that Russia itself signed up to, many times.", AN, 1, ANN, "nato-open-door", "supports", 1, D),
 ("Tomorrow I will meet Foreign Minister Lavrov in Geneva. I don't expect that we will resolve our differences there. But I want to test whether the path of diplomacy is still open, and to see whether Russia is prepared to work with us on reciprocal steps, including on the placement of missiles in Europe.", AN, 1, ANN, "no-intermediate-range-missiles", "mentions", 1, D),
 (B4, AB, 1, ABN, "nato-open-door", "supports", 1, D),
 (B4, AB, 1, ABN, "no-ukraine-membership", "rejects", 1, D),
 (B5, AB, 1, ABN, "nato-open-door", "supports", 1, D),
 (B5, AB, 1, ABN, "nato-non-expansion", "rejects", 1, D),
 ("We have been very clear that we have no intention of putting offensive strike missiles in Ukraine. That is something we have said before, and I'm happy to say it again today.", AN, 1, ANN, "no-strike-weapons-near-borders", "supports", 1, D),
 ("But the broader idea that the United States and NATO should stop all cooperation with Ukraine and with other partners who have asked for our support, that is a non-starter. We will continue to provide Ukraine with defensive assistance, and we will continue to stand with its people.", AN, 1, ANN, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We have said as the German Government, and the Federal Chancellor has made this clear as well, that in the event of further escalation all options are on the table. I will not go into more detail here.", AB, 1, ABN, "", "", 1, D),
]

write_gold(L, "articles-287", "gold-287")
