#!/usr/bin/env python3
"""Writes the held-out gold of batch 357 (gold-357/*.nq) from the labels below.

Batch 357 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- the-guardian-2022-01-12-nato-russia-council-brussels: The Guardian news story
  (front matter, byline, photo caption, "Read more" line); interrupted quotes,
  Baker-Gorbachev background, analysts (Liik, invented Wierzbicki), Moscow's
  demands attributed in passing, Peskov saying nothing about a demand.
- izvestia-2022-01-27-answer-without-answer: Izvestia story in clumsy machine
  translation, « » quotes, no front matter; "Read also" links, a historical-context
  paragraph (1997, Bucharest), anonymous MFA source, invented analysts.
- eeas-2022-01-13-borrell-gymnich-brest-remarks: EEAS transcript of Borrell's
  press remarks (front matter, "Check against delivery!", Q./answer paragraphs);
  each paragraph one quotation, many demand-less ones, questions unlabelled.
- ukrainska-pravda-2022-01-26-kuleba-us-response-no-concessions: Ukrainska Pravda
  story with UTF-8 BOM and CRLF; "Quote:" / "Details:" / "Background:" blocks,
  Kuleba, Blinken, Stoltenberg, an MP and an analyst; background paragraph about
  the 17 December drafts attributed to Moscow.
- npr-2022-01-10-geneva-talks-sherman-ryabkov: NPR All Things Considered
  transcript (front matter, speaker labels, soundbites "(Through interpreter)");
  host unlabelled; the correspondent Kelemen is treated as the reporter (her
  narration carries reported speech of Sherman/Ryabkov, not her own quotations);
  analyst Angela Stent's answers one quotation per paragraph.
- ecfr-2022-01-28-experts-react-written-answers: ECFR "experts react" commentary
  without front matter; each expert paragraph is treated as that expert's direct
  quotation, dated the publication day; editors' intro carries reported speech.
- us-senate-armed-services-2022-02-01-hearing-european-security: SASC hearing
  transcript (front matter); chairman's opening statement and Inhofe's remarks
  labelled as statements, chair's procedural lines and senators' questions not;
  witness paragraphs one quotation each; Putin reported inside a witness answer.

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
L["the-guardian-2022-01-12-nato-russia-council-brussels"] = [
 ("Nato has told Russia it will not give up its right to admit new members, after the first meeting of the Nato-Russia Council in more than two years ended without agreement on Moscow's sweeping demands for a rollback of the western military alliance.", "nato", 0, "Nato", "nato-open-door", "supports", 0, D),
 ("Nato has told Russia it will not give up its right to admit new members, after the first meeting of the Nato-Russia Council in more than two years ended without agreement on Moscow's sweeping demands for a rollback of the western military alliance.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("will not be easy to bridge", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("We will not compromise on core principles,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Each nation has the right to choose its own path, and only Ukraine and 30 Nato allies can decide when Ukraine is ready to join. Russia doesn't have a veto.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Each nation has the right to choose its own path, and only Ukraine and 30 Nato allies can decide when Ukraine is ready to join. Russia doesn't have a veto.", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Among them: a legally binding pledge that the alliance would never take in Ukraine, and the withdrawal of Nato troops and weapons from countries that joined after 1997, including Poland and the Baltic states.", "russia", 0, "The Russian delegation", "no-ukraine-membership", "supports", 0, ""),
 ("Among them: a legally binding pledge that the alliance would never take in Ukraine, and the withdrawal of Nato troops and weapons from countries that joined after 1997, including Poland and the Baltic states.", "russia", 0, "The Russian delegation", "written-legal-guarantees", "supports", 0, ""),
 ("Among them: a legally binding pledge that the alliance would never take in Ukraine, and the withdrawal of Nato troops and weapons from countries that joined after 1997, including Poland and the Baltic states.", "russia", 0, "The Russian delegation", "rollback-to-1997", "supports", 0, ""),
 ("Stoltenberg said allies had offered to discuss arms control, missile deployments and greater transparency around military exercises, and proposed a series of further meetings.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said allies had offered to discuss arms control, missile deployments and greater transparency around military exercises, and proposed a series of further meetings.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("But he made clear that Moscow's call to pull back forces from the alliance's eastern flank was a non-starter.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 0, D),
 ("But he made clear that Moscow's call to pull back forces from the alliance's eastern flank was a non-starter.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not end up in a situation where we have second-class Nato members,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("He said Russia needed \"legally binding guarantees\" that Nato would stop moving eastwards, and that the alliance's attempts to \"contain\" Russia through military means would be met with a response.", "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("He said Russia needed \"legally binding guarantees\" that Nato would stop moving eastwards, and that the alliance's attempts to \"contain\" Russia through military means would be met with a response.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("If Nato moves to a policy of containment, then there will be counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("If there is deterrence, there will be counter-deterrence.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("Russia, she said, would have to choose between diplomacy and confrontation, and could show it was serious by pulling back the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("It is hard to have constructive, productive talks when there is a gun pointed at your head,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("De-escalation would be the best way to show that Russia means what it says.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Russia wants the west to renegotiate the results of the end of the cold war, and it has set out its price in writing,", "kadri-liik", 1, "she", "", "", 1, ""),
 ("I don't think anyone in Moscow seriously expects Nato to sign these drafts as they are.", "kadri-liik", 1, "she", "", "", 1, ""),
 ("Dr Tomasz Wierzbicki, a defence analyst at the Warsaw-based Institute of Eastern Flank Studies, said the demand to roll back deployments to where they were 25 years ago was the clearest sign of what Russia really wanted.", "tomasz-wierzbicki", 1, "Dr Tomasz Wierzbicki", "rollback-to-1997", "mentions", 0, ""),
 ("Dr Tomasz Wierzbicki, a defence analyst at the Warsaw-based Institute of Eastern Flank Studies, said the demand to roll back deployments to where they were 25 years ago was the clearest sign of what Russia really wanted.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("It is a demand to turn Poland and Lithuania into a buffer zone again,", "tomasz-wierzbicki", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("For us it is not a negotiating position, it is a threat, and nobody in this region will accept it.", "tomasz-wierzbicki", 1, "he", "rollback-to-1997", "rejects", 1, ""),
]

L["izvestia-2022-01-27-answer-without-answer"] = [
 ("in order to give diplomacy a chance", "united-states", 0, "Washington", "", "", 1, "2022-01-26"),
 ("It is obvious that on the main question, which is the non-expansion of NATO, there is no positive reaction in this document.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("a reaction that allows to count on the beginning of serious conversation about secondary questions", "sergei-lavrov", 1, "him", "", "", 1, "2022-01-26"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-26"),
 ("In them Moscow proposes that the alliance refuses from any further enlargement, including the accession of Ukraine, and that the parties do not deploy intermediate- and shorter-range missiles in zones from which they can reach the territory of the other side.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("In them Moscow proposes that the alliance refuses from any further enlargement, including the accession of Ukraine, and that the parties do not deploy intermediate- and shorter-range missiles in zones from which they can reach the territory of the other side.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("In them Moscow proposes that the alliance refuses from any further enlargement, including the accession of Ukraine, and that the parties do not deploy intermediate- and shorter-range missiles in zones from which they can reach the territory of the other side.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov told Izvestia that Russia will not accept a situation where the Western side offers only «a verbal assurance» instead of legal obligations.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("We need iron-clad guarantees, written on paper and having legal force, and not promises, which, as history shows, were broken more than once,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, ""),
 ("He added that the «open door» policy of the alliance is for Moscow «not a sacred cow» and that the formula about free choice of allies is used by the West selectively.", "sergei-ryabkov", 1, "He", "nato-open-door", "rejects", 0, ""),
 ("In the document of Washington, according to the information of Izvestia, is proposed the dialogue on mutual transparency measures of exercises and on arms control, including possible reciprocal obligations not to deploy offensive ground-launched missile systems in Ukraine.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("In the document of Washington, according to the information of Izvestia, is proposed the dialogue on mutual transparency measures of exercises and on arms control, including possible reciprocal obligations not to deploy offensive ground-launched missile systems in Ukraine.", "united-states", 0, "Washington", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("This is the American agenda, not ours,", "russian-foreign-ministry", 0, "a source in the Russian MFA", "", "", 1, ""),
 ("Americans agreed to speak about missiles and about exercises, because it is profitable for them. But the demand of Russia to return the NATO infrastructure to the positions of 1997 they simply ignored,", "viktor-polikarpov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Americans agreed to speak about missiles and about exercises, because it is profitable for them. But the demand of Russia to return the NATO infrastructure to the positions of 1997 they simply ignored,", "viktor-polikarpov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("Americans agreed to speak about missiles and about exercises, because it is profitable for them. But the demand of Russia to return the NATO infrastructure to the positions of 1997 they simply ignored,", "viktor-polikarpov", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 ("Americans agreed to speak about missiles and about exercises, because it is profitable for them. But the demand of Russia to return the NATO infrastructure to the positions of 1997 they simply ignored,", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Without legal guarantee of non-expansion, any agreement on missiles will be a half-measure.", "viktor-polikarpov", 1, "the expert", "nato-non-expansion", "supports", 1, ""),
 ("Without legal guarantee of non-expansion, any agreement on missiles will be a half-measure.", "viktor-polikarpov", 1, "the expert", "written-legal-guarantees", "supports", 1, ""),
 ("Without legal guarantee of non-expansion, any agreement on missiles will be a half-measure.", "viktor-polikarpov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Moscow set a maximum program, and the West answered with a minimum program. Between them there is a space, and the question is whether the sides want to use it,", "irina-severtseva", 1, "she", "", "", 1, ""),
 ("Meanwhile the chairman of the State Duma Committee on International Affairs Leonid Slutsky called the answers «a formal reply» and stated that Russia will insist on the stopping of any military activity of NATO on the territory of Ukraine and other post-Soviet states.", "leonid-slutsky", 1, "Leonid Slutsky", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Military development of Ukraine by the alliance is the red line for us,", "leonid-slutsky", 1, "he", "no-military-activity-ex-soviet", "supports", 1, ""),
]

D = "2022-01-13"
B = ("josep-borrell", 1, "Josep Borrell")
def b(ev, dm="", st=""):
    return (ev, B[0], B[1], B[2], dm, st, 1, D)
P5 = "On the substance. Russia has put on the table two draft texts, and some of their proposals are simply not acceptable. The idea of spheres of influence has no place in the 21st century. Every country has the sovereign right to decide which alliances it wants to join, and neither Ukraine nor any other country can be told by a third party what it can or cannot do."
P6 = "At the same time, we are ready to talk. There are issues on which dialogue is possible – arms control, transparency, risk reduction. But dialogue cannot take place under a military threat. The first thing Russia has to do is to reduce the tension on the border with Ukraine and pull back its troops."
A1b = "But let me say this: Russia asks for guarantees for its security. Well, we also want guarantees for our security. The countries which joined NATO after 1997 are sovereign members of the Alliance, they are not second-category members, and the proposal to withdraw forces from their territory is something that no member state around this table would accept."
A3b = "And the best answer Russia can give us is to de-escalate. Withdraw the troops. Then we can talk about everything, including the concerns they have about exercises and about missiles."
L["eeas-2022-01-13-borrell-gymnich-brest-remarks"] = [
 b("Good evening, bonsoir, and thank you to the French Presidency for hosting us here in Brest."),
 b("We have spent the afternoon discussing European security, and it has been, I think, a very timely discussion, because this week we have had three rounds of talks with Russia – in Geneva, in Brussels and today in Vienna at the OSCE."),
 b("Let me be very clear on one thing. The security of Europe is not something that can be discussed without the Europeans. We are not spectators. We cannot be spectators while the United States and Russia discuss the security architecture of our continent."),
 b("I have been in constant contact with Secretary Blinken and with Deputy Secretary Sherman, and I have to say that the coordination with our American friends has been excellent. They have kept their promise: nothing about Europe without Europe."),
 b(P5, "nato-open-door", "supports"),
 b(P5, "no-ukraine-membership", "rejects"),
 b(P6, "russia-de-escalation", "supports"),
 b("Any further military aggression against Ukraine will have massive consequences and severe costs. Ministers today were unanimous on this."),
 b("Look, the European Union is not NATO, and NATO's enlargement is a decision for NATO and for the countries which want to join. It is not for Moscow to decide.", "nato-open-door", "supports"),
 b(A1b, "rollback-to-1997", "rejects"),
 b("I would not say sidelined. We are being consulted, and we will be even more present in the coming weeks. I will be travelling to Ukraine, to the contact line in Donbas, and to Kyiv, to show our support."),
 b("My message is that we have been answering every time. We answered in Geneva, we answered in Brussels, we answered in Vienna. The answer may not be the one Russia wants to hear, but it is an answer."),
 b(A3b, "russia-de-escalation", "supports"),
 b(A3b, "limit-military-exercises", "mentions"),
 b(A3b, "no-intermediate-range-missiles", "mentions"),
 b("We are working on it. I will not give you details. What I can say is that we are ready, and that the unity among Member States has been remarkable."),
]

D = "2022-01-26"
Q2 = "No one is going to trade with Russia over Ukraine's future. The so-called 'guarantees' that Moscow wants would mean a veto on our sovereign choice, and this is not going to happen."
SB = "He said NATO is ready to listen to Russia's concerns, but it will not compromise on the right of every nation to choose its own security arrangements, and it will not withdraw troops from the eastern part of the Alliance."
MQ = "The Kremlin wanted Washington to sign a paper that Ukraine will never be in NATO. Washington said no. This is the most important news of the day for us."
FQ = "Moscow will say it is not satisfied and will use it as an argument for further pressure. The demand to keep Ukraine out of NATO forever has not gone anywhere, it is the core of all Putin's proposals."
BG = "Among other things, Moscow demands that NATO give up further expansion, in particular at the expense of Ukraine, and not conduct military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia."
BL = "Blinken said the document sets out areas where progress is possible, including reciprocal limits on missile deployments and on exercises, but does not budge on what he called the \"fundamental principles\"."
L["ukrainska-pravda-2022-01-26-kuleba-us-response-no-concessions"] = [
 ("Ukraine's Foreign Minister Dmytro Kuleba has said that Kyiv was shown the written response of the United States to Russia's security demands before Washington handed it over to Moscow, and that it contains no concessions on Ukraine's path to NATO.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("We have seen the American response before it was handed over to the Russian side. There are no objections from the Ukrainian side. It is important that the United States is keeping its word: nothing about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Kuleba stressed that the response does not contain any agreement to close the door of the Alliance to Ukraine.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("According to him, the decision on membership belongs only to Ukraine and to the members of NATO, and Russia cannot have a say in it.", "dmytro-kuleba", 1, "him", "nato-open-door", "supports", 0, D),
 (Q2, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (Q2, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("The minister also said that Ukraine expects Russia to withdraw the forces it has concentrated along the Ukrainian border and in occupied Crimea, and that only a real de-escalation can open the way to serious diplomacy.", "dmytro-kuleba", 1, "The minister", "russia-de-escalation", "supports", 0, D),
 ("There is no change, there will be no change. We have made clear that we will uphold the principle of NATO's open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (SB, "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 (SB, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 (MQ, "oleksandr-merezhko", 1, "Oleksandr Merezhko", "no-ukraine-membership", "rejects", 1, ""),
 (MQ, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (MQ, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (FQ, "volodymyr-fesenko", 1, "Volodymyr Fesenko", "no-ukraine-membership", "mentions", 1, ""),
 (FQ, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (BG, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (BG, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (BG, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2022-01-10"
SQ = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States."
SM = "She says the U.S. is open to talking about some things - for instance, where missiles are placed in Europe and limits on the size and scope of military exercises - but only on a reciprocal basis."
RY = "Well, the Russian deputy foreign minister, Sergei Ryabkov, also spoke to reporters, and his message was that Moscow needs ironclad, waterproof, bulletproof guarantees that Ukraine will never become a member of NATO."
ST1 = "There is a narrow deal to be had on arms control. The U.S. and Russia have negotiated about intermediate-range missiles before - that was the INF Treaty, which both sides left in 2019 - and there is room to go back to something like that. There is room to talk about transparency in exercises."
ST2 = "But on the core Russian demand, that NATO promise in writing never to take in Ukraine or Georgia, there is no deal. No American administration could sign that, and I think the Russians know it."
L["npr-2022-01-10-geneva-talks-sherman-ryabkov"] = [
 (SQ, "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, D),
 (SQ, "wendy-sherman", 1, "WENDY SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, D),
 (SM, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (SM, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("And she says that kind of progress is hard to imagine while Russia keeps troops on Ukraine's doorstep.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("For us, it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, D),
 ("And he said Russia wants to see NATO pull back its forces and weapons from Eastern Europe, to where they were in 1997.", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 0, D),
 ("It is a big ask, and U.S. officials have said it's just not going to happen.", "united-states", 0, "U.S. officials", "rollback-to-1997", "rejects", 0, ""),
 (ST1, "angela-stent", 1, "STENT", "no-intermediate-range-missiles", "mentions", 1, D),
 (ST1, "angela-stent", 1, "STENT", "limit-military-exercises", "mentions", 1, D),
 (ST2, "angela-stent", 1, "STENT", "no-ukraine-membership", "mentions", 1, D),
 (ST2, "angela-stent", 1, "STENT", "written-legal-guarantees", "mentions", 1, D),
 (ST2, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 (ST2, "russia", 0, "Russian", "written-legal-guarantees", "supports", 0, ""),
 ("Well, one reading is that Putin wants to be able to say, we tried diplomacy and the West refused. The other reading is that he's playing for a very long game and wants to reopen the settlement of the 1990s. Remember, the Russians have been saying for years that they were promised in 1990 that NATO wouldn't expand.", "angela-stent", 1, "STENT", "", "", 1, D),
 ("There were conversations - Secretary Baker and Gorbachev, famously - but nothing was written down, and it was about Germany. It's a contested history.", "angela-stent", 1, "STENT", "", "", 1, D),
 ("Wednesday is the NATO-Russia Council in Brussels, and then the OSCE in Vienna on Thursday. I'd watch whether the Russians say they'll come back to the table. If Moscow walks out, that's a very bad sign.", "angela-stent", 1, "STENT", "", "", 1, D),
]

D = "2022-01-28"
LI1 = "The West has done what it said it would do: it took the Russian paper seriously enough to answer it in writing, and it said no to the parts that were never acceptable. Moscow asked for a written promise that NATO would stop enlarging; it did not get one."
LI2 = "Whether that is the end of diplomacy depends entirely on how Putin reads it. The Kremlin has spent six weeks telling Russians that the West must give legally binding guarantees or face \"military-technical\" measures. It has painted itself into a corner."
GR1 = "From a military point of view, the interesting part of the Western offer is what it says about missiles. A reciprocal arrangement that keeps ground-launched intermediate-range missiles out of Europe would address something the Russian military genuinely cares about. I would support an agreement of that kind, provided it is verifiable."
GR2 = "But nobody should confuse this with the core of Moscow's list. The demand to strip the eastern flank of allied forces deployed after 1997 is a demand to make Poland and the Baltic states defenceless, and it must be refused outright."
KO1 = "For Ukraine, the answers are reassuring on paper. There is no deal over Kyiv's head, and the principle that Ukrainians choose their own alliances has been restated."
KO2 = "Yet Ukrainians know that NATO membership is not on offer any time soon either. The danger is that the West defends the principle of the open door in Geneva and Brussels while Russian troops keep sitting on the border. De-escalation has to come first, and Europeans should say so louder."
ZL1 = "From Vilnius, the most worrying line in the Russian drafts was never about Ukraine. It was the call for NATO to stop any military activity in countries of the former Soviet Union that are not members of the alliance. That would make Georgia and Moldova – and in practice Ukraine – Russia's exclusive zone."
ZL2 = "The allies' answer, as far as we understand it, offers talks about exercises and risk reduction. That is fine. But the right of non-members to cooperate with the West must not be traded away."
L["ecfr-2022-01-28-experts-react-written-answers"] = [
 ("Secretary of State Antony Blinken said they offer \"a serious diplomatic path forward\" on arms control and transparency while holding firm on the alliance's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (LI1, "kadri-liik", 1, "Kadri Liik", "nato-non-expansion", "mentions", 1, D),
 (LI1, "kadri-liik", 1, "Kadri Liik", "written-legal-guarantees", "mentions", 1, D),
 (LI1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (LI1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (LI2, "kadri-liik", 1, "Kadri Liik", "written-legal-guarantees", "mentions", 1, D),
 (LI2, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (GR1, "gustav-gressel", 1, "Gustav Gressel", "no-intermediate-range-missiles", "supports", 1, D),
 (GR2, "gustav-gressel", 1, "Gustav Gressel", "rollback-to-1997", "rejects", 1, D),
 (GR2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (KO1, "jana-kobzova", 1, "Jana Kobzova", "nato-open-door", "supports", 1, D),
 (KO2, "jana-kobzova", 1, "Jana Kobzova", "nato-open-door", "mentions", 1, D),
 (KO2, "jana-kobzova", 1, "Jana Kobzova", "russia-de-escalation", "supports", 1, D),
 (ZL1, "marek-zawadzki-lind", 1, "Marek Zawadzki-Lind", "no-military-activity-ex-soviet", "rejects", 1, D),
 (ZL1, "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 (ZL2, "marek-zawadzki-lind", 1, "Marek Zawadzki-Lind", "limit-military-exercises", "mentions", 1, D),
 (ZL2, "marek-zawadzki-lind", 1, "Marek Zawadzki-Lind", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The most important thing about the documents is that they exist. Washington has accepted the Russian framing that security in Europe must be negotiated with Moscow, even as it rejects most of the Russian answers. That is a concession in itself, whether or not anyone admits it.", "jeremy-shapiro", 1, "Jeremy Shapiro", "", "", 1, D),
 ("Dmitry Peskov said on Thursday that the Kremlin would not rush to conclusions. I expect Putin to take his time, to say his concerns were ignored, and to keep the military pressure on while he decides.", "jeremy-shapiro", 1, "Jeremy Shapiro", "", "", 1, D),
]

D = "2022-02-01"
R2 = "Russia has now amassed well over 100,000 troops along Ukraine's borders and in Belarus. At the same time, Moscow has demanded that NATO pledge never to admit Ukraine and pull its forces back from allied territory. Let me be plain: those demands are unacceptable, and no member of this committee would support giving the Kremlin a veto over who joins the alliance."
W2 = "The Russian draft agreements of December 17 are best understood not as an opening bid but as a statement of what Moscow believes the post-Cold War order owes it. The treaty text would bar deployments of U.S. forces in any state that joined NATO after May 1997, and it would bar any U.S. military presence in former Soviet republics that are not in the alliance."
W3 = "In my judgment, several elements of the Russian package are worth exploring. A reciprocal ban on ground-based intermediate-range missiles in Europe would be in our interest, and I would support negotiating one. Restoring regular military-to-military channels, which have been largely frozen since 2014, would reduce the risk of accidents, and I would urge the Department to pursue it."
H3 = "I would note that President Putin said earlier today that the U.S. and NATO responses ignored Russia's fundamental concerns, namely the non-expansion of the alliance and the non-deployment of strike systems near its borders."
W5 = "Very little. The only condition the United States has set is that Russia stop threatening Ukraine. Calling de-escalation a precondition is a rhetorical device."
L["us-senate-armed-services-2022-02-01-hearing-european-security"] = [
 ("Good morning. The committee meets today to receive testimony on the security situation in Europe. We welcome our witnesses: Dr. Laura Whitcombe, senior fellow at the Atlantic Defense Institute, and Ambassador (Ret.) Thomas Harland, former U.S. Permanent Representative to the OSCE.", "jack-reed", 1, "Chairman Reed", "", "", 1, D),
 (R2, "jack-reed", 1, "Chairman Reed", "no-ukraine-membership", "rejects", 1, D),
 (R2, "jack-reed", 1, "Chairman Reed", "rollback-to-1997", "rejects", 1, D),
 (R2, "jack-reed", 1, "Chairman Reed", "nato-open-door", "supports", 1, D),
 (R2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (R2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("I support the administration's decision to keep the door to diplomacy open. But diplomacy will only work if Russia pulls its forces back.", "jack-reed", 1, "Chairman Reed", "russia-de-escalation", "supports", 1, D),
 ("Thank you, Mr. Chairman. I agree with much of what you said. I would only add that we should have been sending lethal aid to Ukraine in far greater quantity months ago, and I hope our witnesses will address that.", "jim-inhofe", 1, "Senator Inhofe", "", "", 1, D),
 ("Thank you, Chairman Reed, Ranking Member Inhofe, members of the committee.", "laura-whitcombe", 1, "Dr. Whitcombe", "", "", 1, D),
 (W2, "laura-whitcombe", 1, "Dr. Whitcombe", "rollback-to-1997", "mentions", 1, D),
 (W2, "laura-whitcombe", 1, "Dr. Whitcombe", "no-military-activity-ex-soviet", "mentions", 1, D),
 (W2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (W2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (W3, "laura-whitcombe", 1, "Dr. Whitcombe", "no-intermediate-range-missiles", "supports", 1, D),
 (W3, "laura-whitcombe", 1, "Dr. Whitcombe", "resume-military-dialogue", "supports", 1, D),
 ("What we cannot accept is the idea that the allies who joined after 1997 should have fewer protections than the rest. That would reward coercion.", "laura-whitcombe", 1, "Dr. Whitcombe", "rollback-to-1997", "rejects", 1, D),
 ("Thank you, Mr. Chairman. I was in Vienna for enough of these meetings to recognize the pattern. Russia comes with maximal demands, calls them non-negotiable, and waits for the West to blink.", "thomas-harland", 1, "Ambassador Harland", "", "", 1, D),
 ("On January 13, at the OSCE Permanent Council, Ambassador Lukashevich told the participating States that Russia needed a \"quick and concrete\" answer. Ambassador Carpenter responded that the United States would not negotiate under a deadline set by a country threatening its neighbor. That was the right answer.", "thomas-harland", 1, "Ambassador Harland", "", "", 1, D),
 (H3, "thomas-harland", 1, "Ambassador Harland", "nato-non-expansion", "mentions", 1, D),
 (H3, "thomas-harland", 1, "Ambassador Harland", "no-strike-weapons-near-borders", "mentions", 1, D),
 (H3, "vladimir-putin", 1, "President Putin", "nato-non-expansion", "supports", 0, D),
 (H3, "vladimir-putin", 1, "President Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (W5, "laura-whitcombe", 1, "Dr. Whitcombe", "no-preconditions", "rejects", 1, D),
 (W5, "laura-whitcombe", 1, "Dr. Whitcombe", "russia-de-escalation", "supports", 1, D),
 ("I would add that Moscow itself attached a condition to its drafts: it wants the whole package or nothing. That is hardly negotiating without preconditions.", "laura-whitcombe", 1, "Dr. Whitcombe", "no-preconditions", "mentions", 1, D),
 ("No, Senator. The Kremlin does not need a pretext; it manufactures them. Reassuring Poland, Romania and the Baltic states is exactly what the alliance promised them.", "thomas-harland", 1, "Ambassador Harland", "rollback-to-1997", "rejects", 1, D),
 ("I would be prepared to discuss mutual notification and observation of exercises, as we do under the Vienna Document. I would not agree to a unilateral limit. Russia held exercises with tens of thousands of troops last spring without notifying anyone.", "thomas-harland", 1, "Ambassador Harland", "limit-military-exercises", "mentions", 1, D),
]

write_gold(L, "articles-357", "gold-357")
