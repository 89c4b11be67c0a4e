#!/usr/bin/env python3
"""Writes the held-out gold of batch 218 (gold-218/*.nq) from the labels below.

Batch 218 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- lsm-2022-01-26-live-western-replies-moscow: LSM English (Latvian public
  broadcaster) live blog, no front matter, newest entry first under Rīga time
  stamps; curly quotes, quotes interrupted by "Stoltenberg said", a caption and
  "Read also" lines, a lawmaker's 1990 history aside, demands attributed to
  Moscow inside Latvian ministers' sentences.
- tasr-2022-01-13-korcok-osce-ultimatum: TASR (Slovak agency) English wire,
  front matter, "Bratislava/Vienna, January 13 (TASR) -" dateline inside the
  lead sentence, straight quotes, party tags in brackets, "on Wednesday" vs the
  Thursday OSCE session, an opposition MP who sides with Moscow, a closing
  paragraph paraphrasing the draft agreement (labelled as the ministry's
  17 December demand, since it states what the draft would require).
- czech-radio-2022-01-12-lipavsky-no-veto-nato: Radio Prague International
  (Czech Radio) English report, no front matter ("12-01-2022 17:35"), "Related"
  link block, Stoltenberg quote split in two, a Czech analyst in present tense
  ("says") with no day, 1997/1999 background with a quoted 1996 NATO phrase.
- indian-express-2022-01-28-explained-russia-nato-demands: Indian Express
  "Explained" piece, front matter, question crossheads, standfirst; Moscow's
  demands in the journalist's own paraphrase of the drafts, Putin's 23 December
  press conference, Bucharest 2008 and 1990 as background, an Indian academic,
  MEA spokesperson.
- house-of-commons-2022-01-27-faae-evidence-ukraine: Canadian House of Commons
  committee evidence (UTF-8 BOM, CRLF), speaker labels with ridings and party
  tags, [Translation] markers, time stamps; members' questions (one quoting
  Lavrov) get no label, each paragraph of the single witness's answers is one
  direct quotation, including short ones.
- atlantic-council-2022-01-26-experts-react-written-answers: Atlantic Council
  "Experts react" post with four invented experts; each paragraph an expert
  wrote is taken as one direct quotation (the expert's own words, unquoted),
  bios and "Jump to" lines unlabelled; Lavrov reported inside one expert's text.
- hungary-today-2022-02-02-orban-putin-moscow: Hungary Today report (via MTI)
  on Orbán in Moscow, front matter, "2022.02.02." date line, crossheads,
  Putin's three key demands in one quote, a Putin quote interrupted by "he
  said", an opposition spokesman naming Putin's veto demand in passing.

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

Writer's notes on choices within the conventions: the Atlantic Council experts'
paragraphs are dated the publication day (written for that post). Where the
drafts are attributed to the Russian Foreign Ministry by name (Commons witness),
(Commons witness, TASR's closing paragraph) the label goes to
russian-foreign-ministry; where an opposition
spokesman attributes the veto demand to Putin ("the man who demands a veto"),
it goes to vladimir-putin. Rejecting Moscow's demand to close NATO's door to
Ukraine is labelled rejects no-ukraine-membership; nato-open-door is added only
where the speaker also states the principle of free choice.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["lsm-2022-01-26-live-western-replies-moscow"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the document laid out proposals on arms control, including reciprocal transparency on missile systems in Europe, and said Washington was ready to talk about them if Moscow chose diplomacy.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We are ready to listen to Russia's concerns, and we are ready to sit down again,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("But we cannot and will not compromise on the principles on which the security of our alliance rests, including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He also called on Russia to pull back the forces it has massed around Ukraine and to stop what he described as the most serious build-up in Europe in decades.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("If we would accept that allied soldiers leave the Baltic states because Moscow says so, then we are members of second class, and this is not the NATO we joined,", "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, D),
 ("If we would accept that allied soldiers leave the Baltic states because Moscow says so, then we are members of second class, and this is not the NATO we joined,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("Kremlin spokesman Dmitry Peskov told journalists in Moscow that the Kremlin was waiting for “concrete answers” and above all for clarity on whether NATO would stop moving to the east.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("If there is no constructive response and the West continues its aggressive line, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("He reminded lawmakers that the main thing for Russia remained a guarantee that the alliance would not expand eastward and would not place offensive weapon systems near Russian borders.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He reminded lawmakers that the main thing for Russia remained a guarantee that the alliance would not expand eastward and would not place offensive weapon systems near Russian borders.", "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Nobody in Rīga is asking Moscow for permission. Who is in NATO and who is not, this is decided by the members and by the countries that want to join, not by the neighbour,", "ainars-krumins", 1, "Krūmiņš", "nato-open-door", "supports", 1, D),
 ("I do not think there will be some kind of big compromise, because what Russia is asking is simply not possible to give,", "edgars-rinkevics", 1, "Rinkēvičs", "", "", 1, D),
 ("He said Moscow's demands to withdraw allied battle groups from the Baltic states and to close NATO's door to Ukraine and Georgia were not on the table and would not be.", "edgars-rinkevics", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He said Moscow's demands to withdraw allied battle groups from the Baltic states and to close NATO's door to Ukraine and Georgia were not on the table and would not be.", "edgars-rinkevics", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 ("He said Moscow's demands to withdraw allied battle groups from the Baltic states and to close NATO's door to Ukraine and Georgia were not on the table and would not be.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He said Moscow's demands to withdraw allied battle groups from the Baltic states and to close NATO's door to Ukraine and Georgia were not on the table and would not be.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow asked for things it knew it would not get, the withdrawal of NATO to the lines of 1997 first of all. The question is what it does when the answer is no,", "elina-vitola-zarina", 1, "she", "rollback-to-1997", "mentions", 1, D),
 ("Moscow asked for things it knew it would not get, the withdrawal of NATO to the lines of 1997 first of all. The question is what it does when the answer is no,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("She added that the most interesting part of the replies would be what Washington offers on exercises and missiles, areas where both sides have talked before.", "elina-vitola-zarina", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She added that the most interesting part of the replies would be what Washington offers on exercises and missiles, areas where both sides have talked before.", "elina-vitola-zarina", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
]

D = "2022-01-13"
LK = "We heard again today that Russia wants a guarantee that NATO will not grow by a single country more. This is not a security proposal, this is an ultimatum, and Slovakia will not sign under ultimatums,"
LU = "He reiterated that Moscow needs legally binding guarantees excluding further NATO enlargement to the east and the deployment of weapons systems threatening Russia near its borders."
LH = "Prime Minister Eduard Heger (OĽaNO) said on Wednesday in Bratislava that Slovakia became a member of NATO by its own free decision in 2004 and that the Russian call to withdraw allied forces and infrastructure from countries which joined after 1997 is unacceptable for Slovakia."
L["tasr-2022-01-13-korcok-osce-ultimatum"] = [
 ("Slovakia stands firmly behind the right of every European country to decide freely on its alliances and won't accept any return to spheres of influence, Foreign and European Affairs Minister Ivan Korčok (SaS nominee) stated on Thursday following the session of the OSCE Permanent Council in Vienna, where the Russian proposals on security guarantees were discussed.", "ivan-korcok", 1, "Ivan Korčok", "nato-open-door", "supports", 0, D),
 (LK, "ivan-korcok", 1, "Korčok", "nato-non-expansion", "rejects", 1, D),
 (LK, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, D),
 ("According to Korčok, the OSCE is a suitable platform for talks on arms control, on transparency of military exercises and on reducing the risks of incidents, but not for dividing Europe.", "ivan-korcok", 1, "Korčok", "limit-military-exercises", "mentions", 0, D),
 ("We are ready to talk about everything that increases security for all participating states, Russia included,", "ivan-korcok", 1, "he", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("If we don't hear a constructive response to our proposals within a reasonable time frame, we will be compelled to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("He said Washington would not negotiate over the heads of its allies and partners and that Russia should pull back its troops from the Ukrainian border.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 (LH, "eduard-heger", 1, "Eduard Heger", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (LH, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("Slovakia is not a buffer zone and it is not a grey zone. We are a sovereign member of the Alliance with the same rights as everybody else,", "eduard-heger", 1, "Heger", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("The Russian draft agreement with NATO, published by the Russian Foreign Ministry on December 17, would bar the Alliance from deploying forces and weapons in member states beyond those it had in May 1997.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Russia has the right to demand that NATO does not come closer to its borders, just as the Americans would never tolerate Russian missiles in Mexico,", "juraj-hrnciar", 1, "Hrnčiar", "nato-non-expansion", "supports", 1, ""),
 ("a bridge, not a launching pad", "juraj-hrnciar", 1, "He", "", "", 1, ""),
]

D = "2022-01-12"
LL = "No third country can decide whether Ukraine or anybody else joins the alliance. That is a matter for NATO members and for Ukraine, and nobody else."
LS = "He said the allies had reaffirmed that NATO would not give up its open-door policy but that they were ready to discuss arms control, including on missiles, and more transparency about military exercises."
LG = "Grushko told Russian journalists that Moscow needed the alliance to stop its expansion and to return to the configuration it had in 1997, and that the meeting had shown NATO was not ready to take Russia's concerns seriously."
LJ = "The draft treaty asks NATO to pull back to where it stood in 1997. For the Czech Republic that would mean that allied forces could not even come here for an exercise without Moscow objecting,"
L["czech-radio-2022-01-12-lipavsky-no-veto-nato"] = [
 ("What we are seeing is an attempt to return to the logic of the Cold War, to the logic of blocs and buffer zones,", "jan-lipavsky", 1, "the minister", "", "", 1, D),
 (LL, "jan-lipavsky", 1, "the minister", "nato-open-door", "supports", 1, D),
 (LL, "jan-lipavsky", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("Defence Minister Jana Černochová (ODS) said on Tuesday that the Czech Republic would not accept any arrangement under which allied troops could no longer be deployed on the territory of member states that joined after 1997.", "jana-cernochova", 1, "Jana Černochová", "rollback-to-1997", "rejects", 0, "2022-01-11"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (LS, "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 (LS, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (LS, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (LG, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 (LG, "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, D),
 ("If NATO moves to deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 (LJ, "jakub-hrubes", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 (LJ, "russia", 0, "The draft treaty", "rollback-to-1997", "supports", 1, ""),
 ("Moscow is measuring how united the West is, and the answer so far is that it is more united than the Kremlin expected,", "jakub-hrubes", 1, "he", "", "", 1, ""),
]

LM = "In them, Moscow demanded that NATO rule out any further enlargement, including the accession of Ukraine, and that the alliance pull back the forces and weapons it has deployed in Central and Eastern Europe since 1997."
LW = "Moscow also wants to bar the deployment of intermediate-range missiles in areas from where they could hit the other side's territory, and to keep US and Russian warships and bombers out of zones from which they could strike each other."
LA = "For Moscow the written guarantee is the whole point. It does not trust promises anymore, because it believes it was given one in 1990 and it was broken,"
LB = "Blinken said the US was prepared to discuss reciprocal transparency measures, confidence-building steps on military exercises and manoeuvres in Europe, and arms control covering missiles in Europe."
LV = "There is no positive response in this document on the main issue. The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
L["indian-express-2022-01-28-explained-russia-nato-demands"] = [
 (LM, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (LM, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (LM, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (LW, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (LW, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Any further movement of NATO to the east is unacceptable. Is there anything unclear about this?", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("It is the United States that has come to our home with its missiles, it is already standing at our doorstep.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 (LA, "anuradha-kaul-sethi", 1, "Professor Anuradha Kaul Sethi", "written-legal-guarantees", "mentions", 1, ""),
 (LA, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (LB, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (LB, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said the alliance was ready to listen to Russia's concerns but could not compromise on the principle that each nation has the right to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("He also urged Russia to pull back the troops it has massed near Ukraine's borders.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our views have been taken into account,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("We believe that the issue can be resolved through sustained diplomatic efforts for long-term peace and stability in the region and beyond,", "arindam-bagchi", 1, "Bagchi", "", "", 1, "2022-01-27"),
 ("India's interest is that this does not end in a war that pushes Russia even closer to China,", "anuradha-kaul-sethi", 1, "Professor Sethi", "", "", 1, ""),
]

D = "2022-01-27"
W = "catherine-lapointe-reid"
WN = "Ms. Catherine Lapointe-Reid"
C2 = "On December 17, the Russian Foreign Ministry published two draft texts, one addressed to the United States and one to NATO. Among other things, they would have the alliance commit, in legally binding form, to admit no new members, Ukraine first among them, and to pull back forces and infrastructure from the allies that joined after 1997."
CT = "No. Ukraine's path is for Ukraine to decide, together with the allies. A moratorium dictated under the threat of force would reward exactly the behaviour we are trying to deter."
CM = "I would add that Moscow itself has said publicly that a moratorium would not satisfy it. It wants something signed and binding."
CD = "There are elements that could be the subject of negotiation on a reciprocal basis, for example notification and observation of exercises, or the prevention of incidents at sea and in the air. That is the kind of practical agenda that the OSCE and the NATO-Russia Council exist for."
L["house-of-commons-2022-01-27-faae-evidence-ukraine"] = [
 ("Thank you, Mr. Chair, and thank you to the members of the committee for the invitation to appear today on this very serious situation.", W, 1, WN, "", "", 1, D),
 (C2, W, 1, WN, "written-legal-guarantees", "mentions", 1, D),
 (C2, W, 1, WN, "nato-non-expansion", "mentions", 1, D),
 (C2, W, 1, WN, "no-ukraine-membership", "mentions", 1, D),
 (C2, W, 1, WN, "rollback-to-1997", "mentions", 1, D),
 (C2, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 (C2, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 1, "2021-12-17"),
 (C2, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 (C2, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 1, "2021-12-17"),
 ("Canada's position, shared with all allies, is clear. Russia does not get a veto over NATO membership. Decisions on enlargement are for the 30 allies and for the aspirant countries alone.", W, 1, WN, "nato-open-door", "supports", 1, D),
 ("At the same time, we have made it equally clear that Russia must de-escalate. More than 100,000 Russian troops are now positioned near Ukraine's borders, including in Belarus, and that build-up must be reversed.", W, 1, WN, "russia-de-escalation", "supports", 1, D),
 ("Canada supports the dialogue that took place in Geneva, in Brussels and in Vienna, and we are ready to discuss reciprocal limits on exercises, risk reduction and arms control. None of this will be discussed without Ukraine at the table.", W, 1, WN, "limit-military-exercises", "mentions", 1, D),
 ("Thank you. I look forward to your questions.", W, 1, WN, "", "", 1, D),
 ("We were consulted closely on both the U.S. and the NATO responses. I can't go into the content of documents that have not been made public, but I can tell you that nothing in them changes the alliance's posture on the eastern flank. Our battle group in Latvia stays.", W, 1, WN, "rollback-to-1997", "rejects", 1, D),
 ("That is not under discussion.", W, 1, WN, "rollback-to-1997", "rejects", 1, D),
 ("We expect Russia to take the diplomatic path that has been offered to it. Minister Lavrov himself said that there are elements in the answers that can be discussed. Our expectation is that Moscow will engage and will pull its forces back.", W, 1, WN, "russia-de-escalation", "supports", 1, D),
 ("Then, as the Prime Minister and the Minister of Foreign Affairs have said, there will be massive consequences, coordinated with our allies and with the European Union.", W, 1, WN, "", "", 1, D),
 (CT, W, 1, WN, "no-ukraine-membership", "rejects", 1, D),
 (CT, W, 1, WN, "nato-open-door", "supports", 1, D),
 (CM, W, 1, WN, "written-legal-guarantees", "mentions", 1, D),
 (CM, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 (CD, W, 1, WN, "limit-military-exercises", "mentions", 1, D),
 (CD, W, 1, WN, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("But reciprocity is the key word. What was proposed on December 17 was not reciprocal: it asked the allies to give things up on allied territory while Russia kept its own freedom of action.", W, 1, WN, "", "", 1, D),
]

D = "2022-01-26"
A1 = "The most important thing in today's reply is what is not in it. Washington did not offer to close NATO's door to Ukraine, and it did not agree to pull allied forces back from the eastern flank. Both would have been strategic mistakes, rewarding coercion with concessions that no administration could sustain."
A2 = "What the United States did offer is real: reciprocal transparency on missile deployments in Romania and Poland, talks on what could replace the INF Treaty, and limits on the scale of exercises near borders. If the Kremlin wants a deal on the things that actually affect its security, it is on the table."
A3 = "Kyiv will read this document with relief. For weeks, Ukrainians worried that a deal about them would be made without them. It was not."
A4 = "But relief is not security. Russia still has more than 100,000 troops around Ukraine, and no piece of paper from Washington moves a single battalion. The West should keep saying it plainly: Moscow must pull those forces back to their garrisons."
A5 = "Sergei Lavrov told the Duma this morning that Russia wants answers “point by point,” and above all on NATO's non-expansion. He will not get that answer, and he knew he would not when Moscow published its drafts."
A5L = "Sergei Lavrov told the Duma this morning that Russia wants answers “point by point,” and above all on NATO's non-expansion."
A6 = "The OSCE angle is underrated. Much of what the Russians say they want—fewer snap exercises, restraint on air and naval activity close to each other's borders—was negotiated in Vienna before, in the Vienna Document and the Open Skies Treaty. The smart play for Moscow is to take yes for an answer on those."
A7 = "I would not read too much into Moscow's first reactions. The Kremlin has said it will take its time, and Putin has the final word. Watch instead for whether Russia returns to the NATO-Russia Council, and whether the military-to-military channels that Washington has proposed reopening actually get used."
A8 = "One more thing: the Russian side insists on a treaty ratified by the Senate. That will never happen, and Moscow knows it. Sixty-seven votes for a document promising never to enlarge NATO do not exist."
L["atlantic-council-2022-01-26-experts-react-written-answers"] = [
 ("Speaking at the State Department, Secretary of State Antony Blinken said the response reaffirmed the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, D),
 (A1, "miriam-okonkwo-hale", 1, "Miriam Okonkwo-Hale", "no-ukraine-membership", "rejects", 1, D),
 (A1, "miriam-okonkwo-hale", 1, "Miriam Okonkwo-Hale", "rollback-to-1997", "rejects", 1, D),
 (A2, "miriam-okonkwo-hale", 1, "Miriam Okonkwo-Hale", "no-intermediate-range-missiles", "mentions", 1, D),
 (A2, "miriam-okonkwo-hale", 1, "Miriam Okonkwo-Hale", "limit-military-exercises", "mentions", 1, D),
 (A3, "dmytro-savchuk-lange", 1, "Dmytro Savchuk-Lange", "", "", 1, D),
 (A4, "dmytro-savchuk-lange", 1, "Dmytro Savchuk-Lange", "russia-de-escalation", "supports", 1, D),
 (A5, "harold-brennan-whitcomb", 1, "Harold Brennan-Whitcomb", "nato-non-expansion", "mentions", 1, D),
 (A5L, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 (A6, "harold-brennan-whitcomb", 1, "Harold Brennan-Whitcomb", "limit-military-exercises", "mentions", 1, D),
 (A6, "harold-brennan-whitcomb", 1, "Harold Brennan-Whitcomb", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (A6, "russia", 0, "the Russians", "limit-military-exercises", "supports", 1, ""),
 (A6, "russia", 0, "the Russians", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 (A7, "natalia-reyes-forsberg", 1, "Natalia Reyes-Forsberg", "resume-military-dialogue", "mentions", 1, D),
 (A8, "natalia-reyes-forsberg", 1, "Natalia Reyes-Forsberg", "written-legal-guarantees", "mentions", 1, D),
 (A8, "natalia-reyes-forsberg", 1, "Natalia Reyes-Forsberg", "nato-non-expansion", "mentions", 1, D),
 (A8, "russia", 0, "the Russian side", "written-legal-guarantees", "supports", 1, ""),
]

D = "2022-02-01"
P3 = "We have not seen adequate consideration of our three key demands: preventing NATO's expansion, renouncing the deployment of strike weapon systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997,"
PT = "While our allies are saying that Ukraine's membership in NATO is Ukraine's business and nobody else's, Viktor Orbán goes to Moscow to stand next to the man who demands a veto over it,"
L["hungary-today-2022-02-02-orban-putin-moscow"] = [
 ("I told President Putin that there is no leader in the European Union who wants a conflict with Russia. Differences exist, they are serious, but they are not unbridgeable,", "viktor-orban", 1, "Orbán", "", "", 1, D),
 ("An agreement is possible which guarantees peace, ensures the security of Russia and is acceptable for the NATO member states.", "viktor-orban", 1, "He", "", "", 1, D),
 (P3, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (P3, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (P3, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("What, are we supposed to go to war with the NATO bloc? Has anyone given this any thought? Apparently not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("I hope that we will eventually find a solution, although we understand it will not be easy,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("Hungary is interested in the success of the NATO–Russia and the US–Russia talks, because the Central European region was always the loser of the conflicts between East and West.", "peter-szijjarto", 1, "he", "", "", 1, D),
 (PT, "adam-toth-vamos", 1, "Tóth-Vámos", "nato-open-door", "supports", 1, D),
 (PT, "vladimir-putin", 1, "the man", "no-ukraine-membership", "supports", 1, ""),
]

write_gold(L, "articles-218", "gold-218")
