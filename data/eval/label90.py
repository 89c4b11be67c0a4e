#!/usr/bin/env python3
"""Writes the ninetieth held-out gold (gold-90/*.nq) from the labels below.

Batch 90 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in mainstream outlets and
forms:

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy (front matter,
  dateline, straight quotes, a crosshead, quotations split by "X said",
  a two-sentence quotation, attribution after the quotation, history of the
  2008 Bucharest summit quoted from the declaration);
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council (no front matter, date "12 Jan. 2022" in the
  text, speaker labels, a moderator, journalists' questions);
- interfax-2022-01-13-grushko-ryabkov-osce: machine-translated aggregator copy
  of Interfax (UTF-8 BOM, CRLF line ends, no front matter, date "13.01.2022",
  « » quotes with nested „ “, attribution after the quotation with "- has said",
  a crosshead in quotes, the 1997 Founding Act as background);
- dw-2021-12-20-santner-interview-draft-treaties: DW Q&A interview with an
  invented analyst (front matter, intro with reported speech, "DW:" questions,
  answers under the interviewee's name);
- state-2022-01-26-price-briefing: State Department press briefing transcript
  (no front matter, "MR PRICE:" / "QUESTION:" labels, date in the heading);
- nbc-2022-01-27-live-blog-written-response: NBC News live blog (front matter,
  timestamped entries newest first, curly quotes, "What to know" bullets,
  a senior EU official, two speakers in one sentence, document summary);
- politico-2022-02-02-putin-concerns-ignored: Politico Europe analysis quoting
  officials and invented experts (no front matter, date line, standfirst,
  history of Baker 1990 and the Founding Act, a Kremlin readout without a
  demand, a link line).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives (in the State Department
  briefing the heading's "Ned Price", not "MR PRICE");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it (an
  analyst calling a demand "a non-starter for any NATO government" only
  mentions it; Western offers to talk about missiles or exercises mention);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label; a quotation about demands left unspecified
  ("main concerns", "non-starters") is demand-less;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents or summaries of a document's content with the
  document as subject ("They call for ..."), headlines, crossheads,
  standfirsts, photo captions and link lines are not labelled; statements by
  unnamed groups with no identifiable actor ("Western diplomats", "his
  aides") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("Russia asked for ...", "What Moscow has asked for ...", "whatever Moscow
  demanded") is also Russia's label (speaker russia, not a person), with the
  same evidence as the passage that carries it, direct 0, undated when no day
  is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts quoted without a day, the DW
  interview).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
R = "2022-01-10"
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia told the United States on Monday that it must guarantee Ukraine will never join NATO, as the two sides ended nearly eight hours of talks in Geneva with no sign of a breakthrough on Moscow's demands for sweeping security guarantees in Europe.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, R),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, R),
 ("We do not trust the other side. We need legally binding guarantees, not assurances, not safeguards.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, R),
 ("We are moving our troops across our own territory, and no one can dictate to us where they should be,", "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 1, R),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, R),
 ("She said Russia's proposal that the alliance pledge to halt any further enlargement was \"a non-starter\" for Washington and its allies.", "wendy-sherman", 1, "She", "nato-non-expansion", "rejects", 0, R),
 ("She said Russia's proposal that the alliance pledge to halt any further enlargement was \"a non-starter\" for Washington and its allies.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters,", "wendy-sherman", 1, "she", "", "", 1, R),
 ("Russia can show it is serious about diplomacy by de-escalating and moving its forces back to their barracks.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, R),
 ("Ryabkov said the alliance should formally disavow the promise made at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, R),
 ("Kremlin spokesman Dmitry Peskov told reporters earlier on Monday that Moscow was not interested in \"endless talk\" and wanted concrete commitments set down on paper.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, R),
 ("What Moscow really wants is for NATO to pull back to where it stood in 1997, and nobody in Washington can deliver that,", "maren-holtby", 1, "Maren Holtby", "rollback-to-1997", "mentions", 1, ""),
 ("What Moscow really wants is for NATO to pull back to where it stood in 1997, and nobody in Washington can deliver that,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no reason to be optimistic, but we will go to Brussels and we will see,", "sergei-ryabkov", 1, "he", "", "", 1, R),
]

N = "2022-01-12"
S = "jens-stoltenberg"
JS = "Jens Stoltenberg"
NP3 = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
NP4 = "Russia asked for NATO to withdraw forces and infrastructure from Allies that joined after 1997. We will not downgrade our relationship with Allies in the east of the Alliance. There will be no first-class and second-class members of NATO."
NP5 = "At the same time, Allies are ready to engage in dialogue on arms control, including on intermediate-range missiles in Europe, and on transparency and risk reduction around military exercises. We also proposed to reopen our respective offices in Moscow and in Brussels and to restore our military-to-military channels of communication, so that we can avoid incidents and accidents."
NA1 = "No. We will not sign up to any legally binding document which says that NATO cannot enlarge further. That would be to go back to a world of spheres of influence, where big powers decide what smaller neighbours can do."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just finished a very serious and direct exchange in the NATO-Russia Council, the first meeting of the Council in more than two years. It was not an easy discussion, but that is exactly why such meetings are so important.", S, 1, JS, "", "", 1, N),
 ("NATO Allies and Russia have significant differences on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics.", S, 1, JS, "", "", 1, N),
 (NP3, S, 1, JS, "nato-open-door", "supports", 1, N),
 (NP3, S, 1, JS, "no-ukraine-membership", "rejects", 1, N),
 (NP4, S, 1, JS, "rollback-to-1997", "rejects", 1, N),
 (NP4, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (NP5, S, 1, JS, "no-intermediate-range-missiles", "mentions", 1, N),
 (NP5, S, 1, JS, "limit-military-exercises", "mentions", 1, N),
 (NP5, S, 1, JS, "resume-military-dialogue", "supports", 1, N),
 ("Allies called on Russia to immediately de-escalate the situation in and around Ukraine and to pull back its forces from Ukraine's borders. There is a real risk of a new armed conflict in Europe.", S, 1, JS, "russia-de-escalation", "supports", 1, N),
 (NA1, S, 1, JS, "nato-non-expansion", "rejects", 1, N),
 (NA1, S, 1, JS, "written-legal-guarantees", "rejects", 1, N),
 ("The decision we took at the Bucharest summit in 2008 stands. We are not going to rescind it, and Ukraine and Georgia remain aspirant countries.", S, 1, JS, "rescind-bucharest-2008", "rejects", 1, N),
 ("Allies will continue to support Ukraine with training and with equipment, as they have done for many years. Ukraine is a sovereign nation, and our partnership with Ukraine is not a matter for Russia to decide.", S, 1, JS, "no-military-activity-ex-soviet", "rejects", 1, N),
]

W = "2022-01-12"
T = "2022-01-13"
IG = "The deputy minister of foreign affairs of Russia Alexander Grushko on Wednesday after the session of the Council Russia-NATO in Brussels has declared, that the talks of the alliance about the «open doors» have not any relation to the security and that the NATO must refuse from the further expansion to the east."
IR = "The NATO must give the guarantees, that Ukraine and Georgia never will become the members of the alliance. The decision of Bucharest of 2008 must be disavowed, it is the necessary condition"
IL = "The exercises of the NATO near our borders, the flights of the strategic bombers and the approaches of the warships to our coasts must be stopped, otherwise we shall be forced to take the measures"
IRau = "We are ready for the dialogue. But first Russia must withdraw the troops from the border of Ukraine, the dialogue under the pressure of the tanks is not the dialogue"
L["interfax-2022-01-13-grushko-ryabkov-osce"] = [
 (IG, "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, W),
 (IG, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, W),
 ("We have told to our colleagues quite clearly: all the strike weapons systems, which are capable to reach our territory, must be removed from our borders. It is not the subject for the bargaining", "alexander-grushko", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 1, W),
 ("If the alliance will pass to the practice of the containment, then we shall answer by the counter-containment, by the military-technical means", "alexander-grushko", 1, "Grushko", "", "", 1, W),
 ("According to Grushko, the proposal of the NATO about the restoring of the channels of the military communication and about the work of the missions «does not solve anything», while the alliance ignores the main Russian proposals.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, W),
 (IR, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, T),
 (IR, "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, T),
 ("He has reminded also, that Russia keeps the unilateral moratorium on the deployment of the missiles of medium and shorter range in Europe and expects from the USA and the NATO the mirror steps.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, T),
 ("We see the certain tendency, that the American side tries to drag out the process, to drown it in the discussions. It will not pass", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, T),
 (IL, "alexander-lukashevich", 1, "Alexander Lukashevich", "limit-military-exercises", "supports", 1, T),
 (IL, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-warships-aircraft-in-strike-range", "supports", 1, T),
 (IRau, "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 1, T),
 (IRau, "zbigniew-rau", 1, "Rau", "no-preconditions", "rejects", 1, T),
 ("The demands of the „de-escalation“ on our own territory are absurd. The Russian troops are there, where they must be", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, T),
 ("As the MFA of Russia has specified on December 17, the draft of the treaty foresees, that the USA will not create the military bases on the territory of the states of the former USSR, which are not the members of the NATO, and will not use their infrastructure for any military activity.", "russian-foreign-ministry", 0, "the MFA of Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

U = "Ulrike Santner"
US = "ulrike-santner"
DUFM = "Ukraine's Foreign Ministry said on Saturday that only Ukraine and the 30 NATO allies could decide on Kyiv's membership of the alliance, and that Russia had no right to interfere."
DA1 = "In short, a legally binding guarantee that NATO stops where it is today. The documents ask the United States to prevent any further eastward enlargement of the alliance, and to put that in a treaty ratified by the Senate."
DA1b = "There is also a long list of military restrictions. No strike weapons in countries neighbouring Russia, no warships and bombers in areas from which they could hit the other side's territory."
DA2 = "Much of it is not new, but the packaging is. What is new is the request to formally revoke the promise that NATO made to Ukraine and Georgia in Bucharest, and the demand that the West stop all military cooperation with former Soviet republics outside NATO, including training missions and joint exercises in Ukraine."
DA3b = "The Kremlin also insists that talks begin immediately and without preconditions, so the ball is now firmly in Washington's court."
DA4b = "But the core of the package, no further enlargement and no Ukrainian membership ever, is a non-starter for any NATO government, and Moscow knows it."
L["dw-2021-12-20-santner-interview-draft-treaties"] = [
 (DUFM, "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "nato-open-door", "supports", 0, "2021-12-18"),
 (DUFM, "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "no-ukraine-membership", "rejects", 0, "2021-12-18"),
 ("Any dialogue with Russia would also need to address NATO's concerns about Russia's actions, and take place in consultation with our European partners, including Ukraine,", "jens-stoltenberg", 1, "he", "", "", 1, "2021-12-17"),
 (DA1, US, 1, U, "nato-non-expansion", "mentions", 1, ""),
 (DA1, US, 1, U, "written-legal-guarantees", "mentions", 1, ""),
 (DA1b, US, 1, U, "no-strike-weapons-near-borders", "mentions", 1, ""),
 (DA1b, US, 1, U, "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (DA2, US, 1, U, "rescind-bucharest-2008", "mentions", 1, ""),
 (DA2, US, 1, U, "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Publishing them was a signal, both to the domestic audience and to the West, that the Kremlin is serious. It also makes compromise much harder later on, because any deviation from a public text looks like a defeat.", US, 1, U, "", "", 1, ""),
 (DA3b, US, 1, U, "no-preconditions", "mentions", 1, ""),
 (DA3b, "russia", 0, "The Kremlin", "no-preconditions", "supports", 0, ""),
 ("Some of it, yes. The idea of restoring regular contacts between the militaries is classic confidence-building. It has been on the table before, in the OSCE and elsewhere.", US, 1, U, "resume-military-dialogue", "mentions", 1, ""),
 (DA4b, US, 1, U, "nato-non-expansion", "mentions", 1, ""),
 (DA4b, US, 1, U, "no-ukraine-membership", "mentions", 1, ""),
 ("One reading is that the drafts are a pretext: Russia asks for the impossible, is refused, and then claims it had no choice. The other reading is that Moscow genuinely believes it has leverage now, with so many troops near the Ukrainian border.", US, 1, U, "", "", 1, ""),
 ("I do not think we know yet which reading is correct. Probably the Kremlin itself has not decided.", US, 1, U, "", "", 1, ""),
 ("Kyiv is right to be nervous. Any talks about European security will also be talks about Ukraine, and Ukraine will not always be in the room.", US, 1, U, "", "", 1, ""),
]

P = "ned-price"
PN = "Ned Price"
D = "2022-01-26"
SP3 = "There are areas where we believe progress is possible: arms control related to missiles in Europe, reciprocal transparency measures regarding the size and scope of military exercises, and confidence-building measures. At the same time, we have been equally clear about the principles we are committed to upholding, and those are not up for negotiation."
SA1 = "No. There is no change in our position on NATO's open door, and there will be no change. Whether Ukraine joins the Alliance is a decision for Ukraine and the 30 NATO Allies, and for no one else."
SA2 = "This is not a treaty. It's a non-paper, and it is not the kind of document that binds anyone. What Moscow has asked for – legally binding guarantees that would shut NATO's door – is not something we are going to put our name to."
L["state-2022-01-26-price-briefing"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. As the Secretary said earlier today, the document sets out a serious diplomatic path should Russia choose it.", P, 1, PN, "", "", 1, D),
 ("The response reflects input from our Allies and partners, including Ukraine, and it was shared with them before it was delivered. It contains our concerns about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", P, 1, PN, "", "", 1, D),
 (SP3, P, 1, PN, "no-intermediate-range-missiles", "mentions", 1, D),
 (SP3, P, 1, PN, "limit-military-exercises", "mentions", 1, D),
 (SA1, P, 1, PN, "nato-open-door", "supports", 1, D),
 (SA1, P, 1, PN, "no-ukraine-membership", "rejects", 1, D),
 (SA2, P, 1, PN, "written-legal-guarantees", "rejects", 1, D),
 (SA2, P, 1, PN, "nato-non-expansion", "rejects", 1, D),
 (SA2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (SA2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("I'm not going to characterize the details of a confidential document. What I can tell you is that the United States will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", P, 1, PN, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("It is very difficult to make real progress in an environment of escalation. Russia can pull its forces back from Ukraine's borders and engage in good faith, or it can choose confrontation. That choice is Moscow's alone.", P, 1, PN, "russia-de-escalation", "supports", 1, D),
 ("But we are not setting preconditions for diplomacy. We are prepared to meet with our Russian counterparts again, and the Secretary expects to speak with Foreign Minister Lavrov in the coming days.", P, 1, PN, "no-preconditions", "supports", 1, D),
 ("We have been in close coordination with our Ukrainian partners every step of the way, and they had the opportunity to review the response before it was delivered. Nothing about Ukraine without Ukraine.", P, 1, PN, "", "", 1, D),
 ("We are not planning to release it publicly. We believe diplomacy has the best chance to succeed if we provide space for confidential talks. It's up to Moscow if it wants to release it.", P, 1, PN, "", "", 1, D),
]

B = "2022-01-27"
DP = "Polish President Andrzej Duda and Latvian Defense Minister Artis Pabriks both said Thursday that NATO would not scale back its exercises on the alliance’s eastern flank, whatever Moscow demanded."
LV = "The main issue is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
ZE = "Ukraine itself will decide with whom to be friends and which alliance to join, and no one in Moscow will decide it for us,"
L["nbc-2022-01-27-live-blog-written-response"] = [
 ("A senior EU official told reporters in Brussels on Thursday that the bloc fully backed Washington’s refusal to accept any freeze on NATO enlargement, calling it “a matter of principle.”", "european-union", 0, "A senior EU official", "nato-non-expansion", "rejects", 0, B),
 ("There cannot be a discussion about European security without Europeans at the table,", "josep-borrell", 1, "he", "", "", 1, B),
 (DP, "andrzej-duda", 1, "Andrzej Duda", "limit-military-exercises", "rejects", 0, B),
 (DP, "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 0, B),
 (DP, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Lithuania will decide what weapons are deployed on its own soil, not the Kremlin,", "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, B),
 ("We have seen this script before, in Georgia in 2008 and in Crimea in 2014,", "gabrielius-landsbergis", 1, "he", "", "", 1, B),
 ("It is obvious that our main concerns were not taken into account, but there are grounds for continuing the dialogue,", "dmitry-peskov", 1, "Peskov", "", "", 1, B),
 ("He said the Kremlin would study “carefully” the American proposals on restoring contacts between the two militaries.", "dmitry-peskov", 1, "He", "resume-military-dialogue", "mentions", 0, B),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, B),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, B),
 (ZE, "volodymyr-zelensky", 1, "Zelenskyy", "nato-open-door", "supports", 1, "2022-01-26"),
 (ZE, "volodymyr-zelensky", 1, "Zelenskyy", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("There are no positions in it that would harm the interests of Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
]

F = "2022-02-01"
PU = "Vladimir Putin on Tuesday broke more than a month of public silence on the standoff over Ukraine, accusing the U.S. and NATO of ignoring Russia’s three key demands: no further NATO expansion, no deployment of strike weapons near Russia’s borders and a return of the alliance’s military infrastructure in Europe to where it stood in 1997."
L["politico-2022-02-02-putin-concerns-ignored"] = [
 (PU, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, F),
 (PU, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, F),
 (PU, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, F),
 ("They are trying to draw us into an armed conflict, and Ukraine is simply a tool to achieve this goal,", "vladimir-putin", 1, "Putin", "", "", 1, F),
 ("If Russia is genuinely interested in diplomacy, it will de-escalate and pull back its forces,", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 1, F),
 ("We’ve put forward a serious path, and it is up to Moscow whether it takes it,", "antony-blinken", 1, "he", "", "", 1, F),
 ("We should not sign up to any ban on intermediate-range missiles in Europe as long as Russia keeps its 9M729s deployed,", "gideon-marsh", 1, "Gideon Marsh", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Arms control has to be verifiable, or it is just a press release.", "gideon-marsh", 1, "Gideon Marsh", "", "", 1, ""),
 ("The West keeps saying Russia must pull its troops back first. In Moscow, that is heard as an ultimatum of its own,", "irina-sokolovskaya", 1, "Irina Sokolovskaya", "russia-de-escalation", "mentions", 1, ""),
 ("The whole fight is now about what the open door actually means, an invitation or a right,", "tomasz-wielgosz", 1, "Tomasz Wielgosz", "nato-open-door", "mentions", 1, ""),
 ("Nobody expects a deal before the spring,", "tomasz-wielgosz", 1, "he", "", "", 1, ""),
 ("but nobody wants to be the one who walks away either.", "tomasz-wielgosz", 1, "he", "", "", 1, ""),
]

write_gold(L, "articles-90", "gold-90")
