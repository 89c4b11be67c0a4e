#!/usr/bin/env python3
"""Writes the held-out gold of batch 201 (gold-201/*.nq) from the labels below.

Batch 201 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-12-nato-russia-council-brussels: AFP wire story from Brussels (front
  matter, "Brussels (AFP) -" dateline, crosshead, burs sign-off) on the NATO-Russia Council;
  lead in which NATO turns down "Russia's demand", narrator sentences on what Moscow/the
  Kremlin wants, a quote interrupted by "Ryabkov had told reporters" (two spans), the 1997
  Founding Act as background, an analyst who takes sides in his own words.
- bloomberg-2022-01-26-us-written-reply-nato-door: Bloomberg story on the US written reply
  with bullet standfirst, "Read more:" link lines, an "Analysis" section and a "What Bloomberg
  Economics Says" box; curly quotes; "There is no change" whose demand (open door) is only
  in the surrounding sentence; an undated "Lavrov has repeatedly said"; analysts who only
  mention demands vs. one who backs a missile deal.
- bbc-2022-01-10-geneva-talks-ukraine-nato: BBC News online report on the Geneva talks
  (no front matter, byline, image caption, Related Topics / More on this story links) with
  a "What does Russia want?" box written as prose about what Moscow wants (Russia's labels,
  undated); Baker/Gorbachev 1990 as background; a Sherman quote about unspecified
  "non-starters" (demand-less) interrupted before the open-door sentence.
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO transcript (no front matter,
  "12 Jan. 2022 |", speaker labels, spokesperson and journalists' questions get no label);
  every answer paragraph is one quotation, several carry three or four demands; Russia's
  demands listed inside Stoltenberg's paragraph are also Russia's labels.
- interfax-2022-01-28-lavrov-no-positive-answer: Interfax English wire ("MOSCOW. Jan 28
  (Interfax) -"), no front matter; "on Thursday"/"on Friday"/"earlier this week" dates;
  Lavrov's "main question" quote whose demand comes from the lead; indivisible-security
  talk that is no listed demand; Lavrov calling the Western missile/exercise ideas reasonable
  (his own side: supports); Zakharova on preconditions; draft contents as document text.
- kommersant-2022-01-14-security-week-vienna: Kommersant article machine-translated into
  English (UTF-8 BOM, CRLF line ends, « » quotes closed before "», — said Mr. X", odd
  article use and word order, "Read also" line); the OSCE Permanent Council, Ryabkov on
  RTVI, Peskov, a Bucharest background sentence followed by Moscow's demand to disavow it,
  an expert who first reports and then rejects the 1997 demand.
- dw-2022-02-02-interview-albrecht-sommer: DW interview (front matter, teaser, "DW:" and
  surname labels) with an invented German security expert after Putin's 1 February remarks;
  an unspecified "key security demands" sentence vs. a listed one; two-paragraph answers;
  the expert reports the Kremlin's demands (Russia's labels) and takes her own side on some.

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

Note: Russia's in-passing labels whose evidence is another speaker's quotation are direct 0
(Russia itself is not being quoted there).
"""
from goldlib import write_gold

NE = "nato-non-expansion"
UA = "no-ukraine-membership"
BU = "rescind-bucharest-2008"
SW = "no-strike-weapons-near-borders"
IR = "no-intermediate-range-missiles"
WA = "no-warships-aircraft-in-strike-range"
EX = "limit-military-exercises"
RB = "rollback-to-1997"
XS = "no-military-activity-ex-soviet"
WG = "written-legal-guarantees"
NP = "no-preconditions"
MD = "resume-military-dialogue"
DE = "russia-de-escalation"
OD = "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-12"
e1 = "NATO on Wednesday turned down Russia's demand for a halt to the alliance's eastward expansion, as four hours of talks between the two sides in Brussels ended with no breakthrough and no date for another meeting."
e4 = "Moscow, which has massed around 100,000 troops near Ukraine's borders, wants a legally binding promise that Kyiv will never be let into NATO and that the alliance pulls its forces and weapons back from the countries of eastern Europe that joined after the Cold War."
e6 = "Stoltenberg said the alliance's 30 members had spoken with one voice, telling the Russian side that every nation has the right to choose its own security arrangements and that Moscow would have no veto over whether Ukraine joins."
e8 = "He said NATO was nevertheless ready to sit down with Moscow on arms control, on the deployment of missiles in Europe and on greater transparency about military exercises, and had proposed a series of follow-up meetings."
e9 = "It is absolutely necessary to ensure legally binding guarantees of the non-expansion of NATO,"
e16 = "In Kyiv, Foreign Minister Dmytro Kuleba said on Wednesday that no one in Brussels, Moscow or Washington would decide on Ukraine's behalf whether it joins the alliance."
e18 = "NATO cannot hand Moscow the veto it is asking for without ceasing to be NATO,"
e19 = "But there is a genuine agenda on the table -- missiles, exercises, hotlines between militaries -- if the Kremlin chooses to take it up,"
L["afp-2022-01-12-nato-russia-council-brussels"] = [
 (e1, "nato", 0, "NATO", NE, R, 0, d),
 (e1, "russia", 0, "Russia", NE, S, 0, ""),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, d),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, d),
 (e4, "russia", 0, "Moscow", WG, S, 0, ""),
 (e4, "russia", 0, "Moscow", UA, S, 0, ""),
 (e4, "russia", 0, "Moscow", RB, S, 0, ""),
 ("The Kremlin also wants the West to give up military cooperation with former Soviet republics such as Ukraine and Georgia.", "russia", 0, "The Kremlin", XS, S, 0, ""),
 (e6, "jens-stoltenberg", 1, "Stoltenberg", OD, S, 0, d),
 (e6, "jens-stoltenberg", 1, "Stoltenberg", UA, R, 0, d),
 ("We will not compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", OD, S, 1, d),
 (e8, "jens-stoltenberg", 1, "He", IR, M, 0, d),
 (e8, "jens-stoltenberg", 1, "He", EX, M, 0, d),
 (e9, "alexander-grushko", 1, "Grushko", NE, S, 1, d),
 (e9, "alexander-grushko", 1, "Grushko", WG, S, 1, d),
 ("The veteran diplomat said Moscow could not accept the alliance's open-door policy as an article of faith, and warned that if diplomacy failed Russia would respond with \"military-technical\" measures.", "alexander-grushko", 1, "The veteran diplomat", OD, R, 0, d),
 ("Fomin, for his part, complained that NATO drills near Russian territory had grown larger and more frequent, and said they should be pulled back from the border.", "alexander-fomin", 1, "Fomin", EX, S, 0, d),
 ("NATO officials said after the meeting that the allies had offered to restore regular contacts between military commanders to lower the risk of accidents, and to reopen each side's missions, which were closed last year.", "nato", 0, "NATO officials", MD, S, 0, d),
 ("The Brussels meeting came two days after US and Russian negotiators held nearly eight hours of talks in Geneva, where Deputy Secretary of State Wendy Sherman told Deputy Foreign Minister Sergei Ryabkov that Washington would not let anyone slam shut NATO's door.", "wendy-sherman", 1, "Wendy Sherman", OD, S, 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", WG, S, 1, "2022-01-10"),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", WG, S, 1, "2022-01-10"),
 ("We need concrete answers on the key questions, and the key question is that NATO stops moving towards our borders,", "dmitry-peskov", 1, "he", NE, S, 1, d),
 (e16, "dmytro-kuleba", 1, "Dmytro Kuleba", OD, S, 0, d),
 (e16, "dmytro-kuleba", 1, "Dmytro Kuleba", UA, R, 0, d),
 (e18, "pieter-van-houtte", 1, "Pieter Van Houtte", OD, S, 1, ""),
 (e18, "pieter-van-houtte", 1, "Pieter Van Houtte", NE, R, 1, ""),
 (e18, "russia", 0, "Moscow", NE, S, 0, ""),
 (e19, "pieter-van-houtte", 1, "he", IR, M, 1, ""),
 (e19, "pieter-van-houtte", 1, "he", EX, M, 1, ""),
 (e19, "pieter-van-houtte", 1, "he", MD, M, 1, ""),
]

d = "2022-01-26"
b1 = "The U.S. gave Russia a written answer to its sweeping security demands on Wednesday, refusing to bar Ukraine from NATO while offering to negotiate limits on missile deployments and military drills in a bid to head off a possible invasion."
b5 = "Blinken said the reply also set out proposals for reciprocal transparency on military exercises and on where intermediate-range missiles may be placed in Europe."
b8 = "Secretary-General Jens Stoltenberg told a briefing in Brussels that the alliance was ready to hear out Moscow but would not budge on the right of Ukraine and Georgia to seek membership one day."
b11 = "Lavrov has repeatedly said the crux for Moscow is an end to NATO’s march eastward and a pledge that no strike weapons capable of hitting Russian territory are placed next to its frontier."
b15 = "The Kremlin asked for a legally binding pledge that NATO will stop growing, and what it got is a letter offering talks about talks,"
b18 = "Thomas Gravenor, a former Pentagon official now at the Center for a New American Security, said Washington was right to insist that Moscow gets no say over who joins NATO, but should now move fast to put the missile and exercise proposals into negotiating texts."
L["bloomberg-2022-01-26-us-written-reply-nato-door"] = [
 (b1, "united-states", 0, "The U.S.", UA, R, 0, d),
 (b1, "united-states", 0, "The U.S.", IR, M, 0, d),
 (b1, "united-states", 0, "The U.S.", EX, M, 0, d),
 ("Secretary of State Antony Blinken said the document, handed over in Moscow by Ambassador John Sullivan, makes clear that Washington will stand by the principle that countries are free to choose their own alliances.", "antony-blinken", 1, "Antony Blinken", OD, S, 0, d),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", OD, S, 1, d),
 ("It sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, d),
 (b5, "antony-blinken", 1, "Blinken", EX, M, 0, d),
 (b5, "antony-blinken", 1, "Blinken", IR, M, 0, d),
 (b8, "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 0, d),
 (b8, "jens-stoltenberg", 1, "Jens Stoltenberg", UA, R, 0, d),
 ("We are ready to listen to Russia’s concerns and engage in a real conversation on how to uphold and strengthen the fundamental principles of European security,", "jens-stoltenberg", 1, "he", "", "", 1, d),
 (b11, "sergei-lavrov", 1, "Lavrov", NE, S, 0, ""),
 (b11, "sergei-lavrov", 1, "Lavrov", SW, S, 0, ""),
 (b11, "russia", 0, "Moscow", NE, S, 0, ""),
 (b11, "russia", 0, "Moscow", SW, S, 0, ""),
 (b15, "olena-marchetti", 1, "Olena Marchetti", WG, M, 1, ""),
 (b15, "olena-marchetti", 1, "Olena Marchetti", NE, M, 1, ""),
 (b15, "russia", 0, "The Kremlin", WG, S, 0, ""),
 (b15, "russia", 0, "The Kremlin", NE, S, 0, ""),
 ("Putin now has to decide whether that is a basis for diplomacy or a pretext.", "olena-marchetti", 1, "Olena Marchetti", "", "", 1, ""),
 ("Moscow has sought a ban on ground-launched intermediate-range missiles within reach of each other’s territory since the 1987 INF Treaty collapsed in 2019, and a reciprocal regime of inspections could give it something to show domestically.", "russia", 0, "Moscow", IR, S, 0, ""),
 (b18, "thomas-gravenor", 1, "Thomas Gravenor", OD, S, 0, ""),
 (b18, "thomas-gravenor", 1, "Thomas Gravenor", IR, M, 0, ""),
 (b18, "thomas-gravenor", 1, "Thomas Gravenor", EX, M, 0, ""),
 ("If the Russians are serious about missiles, there is a deal to be had, and it would be the first real arms-control win in Europe in a decade,", "thomas-gravenor", 1, "Gravenor", IR, S, 1, ""),
 ("Sanctions risk remains the dominant driver of Russian assets, and a written reply that keeps diplomacy alive only trims the tail. We still see the central bank hiking to 10% in February.", "katarina-wiese", 1, "Katarina Wiese", "", "", 1, ""),
]

d = "2022-01-10"
c9 = "She said decisions about Ukraine's relationship with Nato were a matter for Kyiv and the alliance's 30 members alone."
c10 = "Ms Sherman said the US was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia did the same."
c13 = "Above all, it wants the West to promise in writing that Nato will stop growing - and that Ukraine in particular will never be admitted."
c15 = "Moscow is also seeking a ban on US and Russian intermediate-range missiles in places from which they could hit each other's territory, and wants Nato to stop holding drills close to Russia's frontiers."
c16 = "Ukraine is not a chess piece. Whether we join Nato is for Ukrainians to decide, not for Mr Ryabkov in a hotel in Geneva,"
c18 = "The Kremlin is asking for a written veto over Nato enlargement, and it knows perfectly well that Washington cannot give it that. The question is whether Moscow wants a way out or an excuse,"
c5 = "We don't need a moratorium, we need legally binding guarantees that the alliance will not move a single step further to the east,"
L["bbc-2022-01-10-geneva-talks-ukraine-nato"] = [
 ("Russia has told the US it wants a firm guarantee that Ukraine will never join the Nato military alliance, after almost eight hours of talks in Geneva failed to ease tensions over a Russian troop build-up.", "russia", 0, "Russia", UA, S, 0, d),
 ("difficult, long, very professional, deep and concrete", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, d),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of Nato,", "sergei-ryabkov", 1, "Mr Ryabkov", UA, S, 1, d),
 (c5, "sergei-ryabkov", 1, "he", WG, S, 1, d),
 (c5, "sergei-ryabkov", 1, "he", NE, S, 1, d),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Ms Sherman", "", "", 1, d),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance.", "wendy-sherman", 1, "Ms Sherman", OD, S, 1, d),
 (c9, "wendy-sherman", 1, "She", OD, S, 0, d),
 (c9, "wendy-sherman", 1, "She", UA, R, 0, d),
 (c10, "wendy-sherman", 1, "Ms Sherman", IR, M, 0, d),
 (c10, "wendy-sherman", 1, "Ms Sherman", EX, M, 0, d),
 ("She also urged Moscow to pull back the roughly 100,000 troops it has gathered near Ukraine's border, saying it was hard to make real progress \"in an atmosphere of escalation\".", "wendy-sherman", 1, "She", DE, S, 0, d),
 ("We are going into these talks with a clear position, and we expect our concerns about Nato coming ever closer to our borders to be heard,", "dmitry-peskov", 1, "he", NE, S, 1, d),
 (c13, "russia", 0, "it", WG, S, 0, ""),
 (c13, "russia", 0, "it", NE, S, 0, ""),
 (c13, "russia", 0, "it", UA, S, 0, ""),
 ("It also wants the alliance to remove troops and weaponry from member states that joined after 1997, which would mean pulling out of Poland, Romania and the Baltic states.", "russia", 0, "It", RB, S, 0, ""),
 (c15, "russia", 0, "Moscow", IR, S, 0, ""),
 (c15, "russia", 0, "Moscow", EX, S, 0, ""),
 ("Nato says its members alone decide who joins, and that Russia has no veto.", "nato", 0, "Nato", OD, S, 0, ""),
 (c16, "iryna-bondarchuk", 1, "Iryna Bondarchuk", OD, S, 1, ""),
 (c16, "iryna-bondarchuk", 1, "Iryna Bondarchuk", UA, R, 1, ""),
 (c18, "mark-pemberton", 1, "he", NE, M, 1, ""),
 (c18, "mark-pemberton", 1, "he", WG, M, 1, ""),
 (c18, "russia", 0, "The Kremlin", NE, S, 0, ""),
 (c18, "russia", 0, "The Kremlin", WG, S, 0, ""),
]

d = "2022-01-12"
JS, JN = "jens-stoltenberg", "Jens Stoltenberg"
n1 = "We have just concluded a meeting of the NATO-Russia Council. It was a serious and direct exchange, and I welcome that all 30 Allies and Russia sat down at the same table and engaged on substantive issues."
n2 = "We addressed the situation in and around Ukraine. NATO Allies called on Russia to immediately de-escalate, to pull back its forces from Ukraine's borders and to refrain from threatening rhetoric. A further Russian military build-up would be a serious mistake, and it would come at a high cost."
n3 = "Russia has presented its proposals, and we listened carefully. But there are significant differences between NATO Allies and Russia on these issues. Russia asks NATO to close its door to new members, to never admit Ukraine, and to pull back our forces and infrastructure from the Allies who joined after 1997. These are not proposals we can accept."
n4 = "Allies were clear that we will not compromise on some core principles. Every nation has the right to choose its own path. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
n5 = "At the same time, NATO Allies are ready to engage in dialogue on a wide range of issues. We proposed a series of meetings on arms control and disarmament, including on missiles in Europe, on transparency and risk reduction around military exercises, and on restoring regular military-to-military channels of communication so that incidents do not spiral out of control."
n6 = "Russia was not in a position to agree to these meetings today, but it did not reject them either. They need time to get back to us, and we are ready to meet again."
n7 = "There is a real risk for new armed conflict in Europe. NATO will continue to respond to Russia's actions with strength and unity, while staying open to dialogue."
a1 = "NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, no one else. We cannot accept a situation where a big power tries to reintroduce spheres of influence and decides what its neighbours can and cannot do."
a2 = "So there is no moratorium, there is no written pledge, and there will be no agreement that closes the door. That would be to go back to a Europe of spheres of influence that we thought belonged to history."
a3 = "No. NATO's battlegroups in the eastern part of the Alliance are there because of Russia's aggressive actions against Ukraine in 2014. They are defensive, they are proportionate, and we will not create first- and second-class members in NATO."
a4 = "If anything, Russia's build-up forces us to consider whether we need to strengthen our presence further. That is not what we want, but it is the responsibility of NATO to protect and defend all Allies."
a5 = "We are ready to discuss how we can make our exercises more transparent and more predictable, on a reciprocal basis, and we have offered briefings on exercises. But that has to go both ways. Russia has conducted large snap exercises without any notice, with tens of thousands of troops."
a6 = "On missiles, NATO has no intention to deploy land-based nuclear missiles in Europe. We have said that for years. And we are ready to talk about arms control, including intermediate-range missiles, because that is in our interest too."
a7 = "Russia did not commit to de-escalate today. We have called on them to do so, and I repeat that call. Diplomacy needs space, and it is very hard to have meaningful talks when there are tens of thousands of combat-ready troops, heavy equipment and tanks massed along Ukraine's border."
a8 = "We are not naive. We have to be prepared for the possibility that diplomacy fails. But NATO is ready to sit down again, and I hope that Russia will agree to a new meeting in the near future."
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 (n1, JS, 1, JN, "", "", 1, d),
 (n2, JS, 1, JN, DE, S, 1, d),
 (n3, JS, 1, JN, NE, R, 1, d),
 (n3, JS, 1, JN, UA, R, 1, d),
 (n3, JS, 1, JN, RB, R, 1, d),
 (n3, "russia", 0, "Russia", NE, S, 0, ""),
 (n3, "russia", 0, "Russia", UA, S, 0, ""),
 (n3, "russia", 0, "Russia", RB, S, 0, ""),
 (n4, JS, 1, JN, OD, S, 1, d),
 (n4, JS, 1, JN, UA, R, 1, d),
 (n5, JS, 1, JN, IR, M, 1, d),
 (n5, JS, 1, JN, EX, M, 1, d),
 (n5, JS, 1, JN, MD, S, 1, d),
 (n6, JS, 1, JN, "", "", 1, d),
 (n7, JS, 1, JN, "", "", 1, d),
 (a1, JS, 1, JN, OD, S, 1, d),
 (a1, JS, 1, JN, UA, R, 1, d),
 (a2, JS, 1, JN, UA, R, 1, d),
 (a2, JS, 1, JN, WG, R, 1, d),
 (a2, JS, 1, JN, NE, R, 1, d),
 (a2, JS, 1, JN, OD, S, 1, d),
 (a3, JS, 1, JN, RB, R, 1, d),
 (a4, JS, 1, JN, "", "", 1, d),
 (a5, JS, 1, JN, EX, M, 1, d),
 (a6, JS, 1, JN, IR, M, 1, d),
 (a7, JS, 1, JN, DE, S, 1, d),
 (a8, JS, 1, JN, "", "", 1, d),
]

d, th = "2022-01-28", "2022-01-27"
i3 = "The main question is our clear position on the inadmissibility of NATO's further expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
i4 = "At the same time, the minister said the replies contained some reasonable ideas on what he called secondary issues, including intermediate-range missiles and the transparency of military exercises."
i5 = "There is a grain of rationality there, on medium-range missiles, on confidence-building measures, on exercises,"
i10 = "Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Russia's demand for NATO to pull its forces and weapons back to where they stood in 1997 remained on the table."
i11 = "Zakharova also dismissed Western calls for Russia to withdraw troops from areas near the Ukrainian border as a condition for continuing the dialogue."
i12 = "We are being told to move our troops away from our own borders, on our own territory, before anyone will talk to us. This is unacceptable. Dialogue cannot be conducted with preconditions,"
i14 = "He said Moscow had not changed its demand that NATO renounce any military activity on the territory of Ukraine and other states of Eastern Europe, the Transcaucasus and Central Asia."
i15 = "Ryabkov also said Russia expected the United States to stop sending its heavy bombers and warships to areas from where they could strike targets on Russian territory."
L["interfax-2022-01-28-lavrov-no-positive-answer"] = [
 ("The written replies of the United States and NATO to Russia's proposals on security guarantees contain no positive answer to the main issue, the non-expansion of NATO to the east, Russian Foreign Minister Sergei Lavrov said on Friday.", "sergei-lavrov", 1, "Sergei Lavrov", NE, S, 0, d),
 ("There is no positive reaction to the main question in this document,", "sergei-lavrov", 1, "Lavrov", NE, S, 1, d),
 (i3, "sergei-lavrov", 1, "he", NE, S, 1, d),
 (i3, "sergei-lavrov", 1, "he", SW, S, 1, d),
 (i4, "sergei-lavrov", 1, "the minister", IR, S, 0, d),
 (i4, "sergei-lavrov", 1, "the minister", EX, S, 0, d),
 (i5, "sergei-lavrov", 1, "Lavrov", IR, S, 1, d),
 (i5, "sergei-lavrov", 1, "Lavrov", EX, S, 1, d),
 ("We will ask them to explain how they understand the obligation not to strengthen their own security at the expense of the security of other states,", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 ("If it depends on Russia, there will be no war. We don't want wars,", "sergei-lavrov", 1, "he", "", "", 1, d),
 ("It cannot be said that our views were taken into account or that any consideration was shown for our concerns,", "dmitry-peskov", 1, "Peskov", "", "", 1, th),
 (i10, "maria-zakharova", 1, "Maria Zakharova", RB, S, 0, th),
 (i10, "russia", 0, "Russia", RB, S, 0, ""),
 (i11, "maria-zakharova", 1, "Zakharova", DE, R, 0, th),
 (i11, "maria-zakharova", 1, "Zakharova", NP, S, 0, th),
 (i12, "maria-zakharova", 1, "she", DE, R, 1, th),
 (i12, "maria-zakharova", 1, "she", NP, S, 1, th),
 (i14, "sergei-ryabkov", 1, "He", XS, S, 0, ""),
 (i14, "russia", 0, "Moscow", XS, S, 0, ""),
 (i15, "sergei-ryabkov", 1, "Ryabkov", WA, S, 0, ""),
 (i15, "russia", 0, "Russia", WA, S, 0, ""),
 ("Deputy Foreign Minister Alexander Grushko told Interfax that Moscow would insist that the open-door policy cannot override the principle of indivisible security.", "alexander-grushko", 1, "Alexander Grushko", OD, R, 0, ""),
 ("The right to choose alliances is not absolute. It cannot be exercised at the expense of the security of other states,", "alexander-grushko", 1, "the diplomat", OD, R, 1, ""),
 ("I think they will leak very soon,", "sergei-lavrov", 1, "he", "", "", 1, d),
]

th = "2022-01-13"
k3 = "We need the legally fixed guarantees of non-expansion of the NATO, including concerning Ukraine and Georgia. Not words, not promises, but international-legal obligations"
k5 = "According to him, the USA is ready to discuss with Russia the questions of the control over arms, including the rockets of medium and smaller range, and also the transparency of military exercises, but not the principle of the free choice of alliances by every state."
k9 = "Mr. Ryabkov explained that the American side refused the key Russian requirement — the non-expansion of the NATO — and without it the negotiations turn into the talk."
k11 = "There were some positive moments, some nuances, but on the main questions — that the NATO does not go further to the east and that the strike systems are not deployed near our borders — there are disagreements"
k14 = "Moscow asked for the maximum. Realistically, on the table now are only the medium-range missiles and the scale of exercises near the borders — and this is not so little"
L["kommersant-2022-01-14-security-week-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Mr. Rau", "", "", 1, th),
 ("If we do not hear a constructive answer to our proposals in a reasonable time and the aggressive behavior towards Russia continues, we will be forced to take necessary measures for the elimination of unacceptable threats to our security", "alexander-lukashevich", 1, "he", "", "", 1, th),
 (k3, "alexander-lukashevich", 1, "Mr. Lukashevich", NE, S, 1, th),
 (k3, "alexander-lukashevich", 1, "Mr. Lukashevich", UA, S, 1, th),
 (k3, "alexander-lukashevich", 1, "Mr. Lukashevich", WG, S, 1, th),
 ("the drumbeat of war sounds loud, and the rhetoric became rather sharp", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, th),
 (k5, "michael-carpenter", 1, "him", IR, M, 0, th),
 (k5, "michael-carpenter", 1, "him", EX, M, 0, th),
 (k5, "michael-carpenter", 1, "him", OD, S, 0, th),
 ("We will not give up the principle that each country decides itself with whom to be in union. This is not subject to negotiations, neither in Vienna, nor in Geneva, nor in Brussels", "michael-carpenter", 1, "Mr. Carpenter", OD, S, 1, th),
 ("Moscow in its drafts of treaty and agreement, published on December 17, demands in fact to disavow this formulation, so that the alliance officially refuses the Bucharest promise.", "russia", 0, "Moscow", BU, S, 0, "2021-12-17"),
 (k9, "sergei-ryabkov", 1, "Mr. Ryabkov", NE, S, 0, th),
 (k9, "russia", 0, "Russian", NE, S, 0, ""),
 ("I do not want to confirm anything, and I will not exclude anything", "sergei-ryabkov", 1, "Mr. Ryabkov", "", "", 1, th),
 (k11, "dmitry-peskov", 1, "Mr. Peskov", NE, S, 1, th),
 (k11, "dmitry-peskov", 1, "Mr. Peskov", SW, S, 1, th),
 ("At the same time in the Kremlin they assure that Moscow does not put any preconditions and is ready to continue the contacts, if the West will treat the Russian proposals seriously.", "russia", 0, "the Kremlin", NP, S, 0, ""),
 (k14, "dmitriy-sokolovskiy", 1, "Dmitriy Sokolovskiy", IR, M, 1, ""),
 (k14, "dmitriy-sokolovskiy", 1, "Dmitriy Sokolovskiy", EX, M, 1, ""),
 ("According to the expert, the demand to return the NATO forces to the positions of 1997 will not be accepted by any Western government, since for Poland and the Baltic countries this would mean a return to the «gray zone».", "dmitriy-sokolovskiy", 1, "the expert", RB, M, 0, ""),
 ("I personally consider this demand unrealistic and, frankly, unjustified, and in Moscow they understand it very well", "dmitriy-sokolovskiy", 1, "he", RB, R, 1, ""),
]

HA, HN = "henrike-albrecht-sommer", "Albrecht-Sommer"
w1 = "Speaking after talks with Hungarian Prime Minister Viktor Orban in Moscow, Putin said the West had brushed aside Russia's call for an end to NATO expansion, for keeping offensive weapons systems away from its borders and for returning the alliance's military infrastructure in Europe to where it stood in 1997."
w2 = "First of all, that he has not slammed the door. Yes, he complained that Washington had ignored what he considers fundamental Russian concerns, and he said it in a very sharp way. But he also said he hoped the dialogue would continue. That is not the language of a man who has already decided on war."
w3 = "No. No American administration could promise Moscow that Ukraine will never join NATO, and no German government would support such a promise either. The principle that countries choose their own alliances is written into the Helsinki Final Act and the Charter of Paris, which Moscow signed. Giving that up under the threat of force would be a disaster for European security."
w4 = "That is exactly the paradox. In practice, Ukraine is not going to join in the next ten or 15 years, everybody knows that, including in Kyiv. Some people have suggested a moratorium, a sort of informal freeze."
w5 = "But the Kremlin has said very clearly that it does not want a moratorium, it wants a guarantee in black and white, ratified by the US Senate, that Ukraine stays out. And precisely that is what nobody in the West can give."
w6 = "There, I think, lies the real opportunity. The Russians want limits on intermediate-range missiles in Europe, they want fewer large exercises close to their borders, and they want bombers and warships kept at a distance from which they cannot hit Russian territory. These are all things we can negotiate, and reciprocal limits on all three would make Germany safer too, because we have the same worries about Iskanders in Kaliningrad and about Russian snap exercises."
w7 = "That is a non-starter, and I think Moscow knows it. Going back to 1997 would mean treating Poles and Lithuanians as second-class allies. I would never accept that, and neither would any government in Berlin."
w8 = "What Germany can offer instead is transparency: inspections of each other's bases, notification of troop movements, the old instruments of the OSCE. That is boring, but in this crisis boring is good."
w9 = "Berlin has to be careful not to look like the weak link. Saying no to arms deliveries is a legitimate decision, but then Germany must be very clear on everything else: on sanctions, on Nord Stream 2, and on the message that Russia has to pull its troops back from the Ukrainian border."
w10 = "I'm afraid the next weeks will be the most dangerous in Europe since the end of the Cold War. Diplomacy is on life support, but it is still alive."
L["dw-2022-02-02-interview-albrecht-sommer"] = [
 (w1, "vladimir-putin", 1, "Putin", NE, S, 0, "2022-02-01"),
 (w1, "vladimir-putin", 1, "Putin", SW, S, 0, "2022-02-01"),
 (w1, "vladimir-putin", 1, "Putin", RB, S, 0, "2022-02-01"),
 (w1, "russia", 0, "Russia", NE, S, 0, ""),
 (w1, "russia", 0, "Russia", SW, S, 0, ""),
 (w1, "russia", 0, "Russia", RB, S, 0, ""),
 (w2, HA, 1, "Henrike Albrecht-Sommer", "", "", 1, ""),
 (w3, HA, 1, HN, UA, R, 1, ""),
 (w3, HA, 1, HN, OD, S, 1, ""),
 (w4, HA, 1, HN, UA, M, 1, ""),
 (w5, HA, 1, HN, WG, M, 1, ""),
 (w5, HA, 1, HN, UA, M, 1, ""),
 (w5, "russia", 0, "the Kremlin", WG, S, 0, ""),
 (w5, "russia", 0, "the Kremlin", UA, S, 0, ""),
 (w6, HA, 1, HN, IR, S, 1, ""),
 (w6, HA, 1, HN, EX, S, 1, ""),
 (w6, HA, 1, HN, WA, S, 1, ""),
 (w6, "russia", 0, "The Russians", IR, S, 0, ""),
 (w6, "russia", 0, "The Russians", EX, S, 0, ""),
 (w6, "russia", 0, "The Russians", WA, S, 0, ""),
 (w7, HA, 1, HN, RB, R, 1, ""),
 (w8, HA, 1, HN, "", "", 1, ""),
 (w9, HA, 1, HN, DE, S, 1, ""),
 (w10, HA, 1, HN, "", "", 1, ""),
]

write_gold(L, "articles-201", "gold-201")
