#!/usr/bin/env python3
"""Writes the held-out gold of batch 210 (gold-210/*.nq) from the labels below.

Batch 210 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-13-osce-vienna-war-risk: AFP wire from Vienna on the OSCE Permanent
  Council (front matter); "he said" interruptions, a dash crosshead, a 6-word quoted
  fragment, a Charter of Paris quotation (document, unlabelled), NATO's position folded
  into a Ryabkov sentence.
- dw-2022-01-11-what-does-moscow-really-want: DW analysis (front matter) with invented
  German experts (analysts: mentions unless they take a side), a "Read more" link line,
  crossheads, Bucharest 2008 and Baker/Gorbachev background, Moscow in passing.
- ria-novosti-2022-01-12-grushko-counter-containment: RIA Novosti report of Grushko
  after the NATO-Russia Council, machine-translated English, « » quotes with "- said X",
  no front matter (date in the time stamp), "the Russian side"/"Moscow" inside his sentences.
- state-department-2022-01-27-press-briefing: State Department briefing transcript,
  MR PRICE / QUESTION labels; each answer paragraph is one quotation, reporters'
  questions unlabelled; Lavrov and Moscow reported inside Price's answers.
- kyiv-post-2022-01-21-kuleba-no-deal-behind-ukraine: Kyiv Post story on the Geneva
  Blinken-Lavrov meeting, UTF-8 BOM and CRLF, "Jan. 21" dates, READ ALSO lines,
  an invented MP, a quote inside a tweet, "a 'no'" nested quotes.
- politico-2022-01-26-senators-rally-behind-response: Politico (US) on Congress's
  reaction, curly quotes, section label and standfirst, senators with (D-N.J.) tags,
  an invented congressman, remarks with and without a day.
- meduza-2022-02-02-the-kremlin-got-the-answer-it-expected: Meduza interview with an
  invented Russian analyst in dash Q/A form (front matter); answers run over
  several paragraphs; Putin and the Kremlin reported inside the analyst's answers.

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

Notes of this batch: a Russia label in passing takes the direct flag of the passage
it rides on (1 inside a quotation or an answer paragraph); people reported inside
someone else's quotation (Lavrov and Blinken by Price, Putin by the Meduza analyst)
are reported speech, direct 0, with their own sentence as evidence.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D13 = "2022-01-13"
D12 = "2022-01-12"
L["afp-2022-01-13-osce-vienna-war-risk"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D13),
 ("The Kremlin denies any such plan but says it wants binding guarantees that NATO will stop expanding eastward and will never admit Ukraine.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("The Kremlin denies any such plan but says it wants binding guarantees that NATO will stop expanding eastward and will never admit Ukraine.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("The Kremlin denies any such plan but says it wants binding guarantees that NATO will stop expanding eastward and will never admit Ukraine.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("We need a clear, legally formulated answer from our partners on the non-expansion of NATO, not another round of soothing words,", "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D13),
 ("We need a clear, legally formulated answer from our partners on the non-expansion of NATO, not another round of soothing words,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D13),
 ("forced to take the necessary measures", "alexander-lukashevich", 1, "he", "", "", 1, D13),
 ("The diplomat brushed aside Western calls for a pullback of Russian forces, saying Russia was moving troops on its own territory and owed no one an explanation.", "alexander-lukashevich", 1, "The diplomat", "russia-de-escalation", "rejects", 0, D13),
 ("The so-called open door is a myth invented to justify the absorption of our neighbours,", "alexander-lukashevich", 1, "Lukashevich", "nato-open-door", "rejects", 1, D13),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D13),
 ("But we will not be bullied into abandoning the principle that every nation gets to choose its own partners and alliances,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D13),
 ("Carpenter said Washington remained ready to discuss reciprocal limits on military exercises and on where missiles could be deployed in Europe, but not while Russian forces kept massing on Ukraine's doorstep.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, D13),
 ("Carpenter said Washington remained ready to discuss reciprocal limits on military exercises and on where missiles could be deployed in Europe, but not while Russian forces kept massing on Ukraine's doorstep.", "michael-carpenter", 1, "Carpenter", "no-intermediate-range-missiles", "mentions", 0, D13),
 ("Carpenter said Washington remained ready to discuss reciprocal limits on military exercises and on where missiles could be deployed in Europe, but not while Russian forces kept massing on Ukraine's doorstep.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D13),
 ("No one has a veto over the choices of sovereign nations. Russia must first pull its troops back from our border before anyone talks about a new security architecture,", "taras-oliynyk", 1, "Oliynyk", "nato-open-door", "supports", 1, D13),
 ("No one has a veto over the choices of sovereign nations. Russia must first pull its troops back from our border before anyone talks about a new security architecture,", "taras-oliynyk", 1, "Oliynyk", "russia-de-escalation", "supports", 1, D13),
 ("I see no grounds to sit down again in the coming days and start these same negotiations,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D13),
 ("a dead end or a difference of approaches", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D13),
 ("He insisted that NATO must not only renounce further enlargement but also return its military infrastructure to where it stood in 1997, a demand the alliance has repeatedly called a non-starter.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D13),
 ("He insisted that NATO must not only renounce further enlargement but also return its military infrastructure to where it stood in 1997, a demand the alliance has repeatedly called a non-starter.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, D13),
 ("He insisted that NATO must not only renounce further enlargement but also return its military infrastructure to where it stood in 1997, a demand the alliance has repeatedly called a non-starter.", "nato", 0, "the alliance", "rollback-to-1997", "rejects", 0, ""),
 ("We will not compromise on core principles, including the right for each nation to choose its own path,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D12),
 ("He said allies had offered to resume talks on arms control, on the transparency of military exercises and on risk reduction, but that Russia had not yet agreed to a new meeting.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D12),
]

D10 = "2022-01-10"
L["dw-2022-01-11-what-does-moscow-really-want"] = [
 ("Ryabkov told reporters that Moscow considered it \"absolutely mandatory\" that Ukraine never become a member of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, D10),
 ("Ryabkov told reporters that Moscow considered it \"absolutely mandatory\" that Ukraine never become a member of NATO.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D10),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D10),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D10),
 ("She added that the US was open to discussing the future deployment of offensive weapons systems in Ukraine and the scale of military exercises, provided Russia did the same.", "wendy-sherman", 1, "She", "no-strike-weapons-near-borders", "mentions", 0, D10),
 ("She added that the US was open to discussing the future deployment of offensive weapons systems in Ukraine and the scale of military exercises, provided Russia did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D10),
 ("These demands were drafted to be rejected,", "henrike-vollmer", 1, "Henrike Vollmer", "", "", 1, ""),
 ("Moscow's demand that NATO pull back to the lines of 1997 is not serious. Nobody expects the alliance to leave Poland and the Baltic states. But once the West says no, Moscow can claim it tried diplomacy and was humiliated,", "henrike-vollmer", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow's demand that NATO pull back to the lines of 1997 is not serious. Nobody expects the alliance to leave Poland and the Baltic states. But once the West says no, Moscow can claim it tried diplomacy and was humiliated,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("Some of the Russian points are not absurd at all,", "matthias-reinhardt-falk", 1, "Matthias Reinhardt-Falk", "", "", 1, ""),
 ("Limits on intermediate-range missiles in Europe, advance notice of large exercises, fewer close encounters between warships and bombers — we negotiated exactly these things with the Soviet Union in the 1980s. The West should take them up.", "matthias-reinhardt-falk", 1, "Matthias Reinhardt-Falk", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Limits on intermediate-range missiles in Europe, advance notice of large exercises, fewer close encounters between warships and bombers — we negotiated exactly these things with the Soviet Union in the 1980s. The West should take them up.", "matthias-reinhardt-falk", 1, "Matthias Reinhardt-Falk", "limit-military-exercises", "supports", 1, ""),
 ("Limits on intermediate-range missiles in Europe, advance notice of large exercises, fewer close encounters between warships and bombers — we negotiated exactly these things with the Soviet Union in the 1980s. The West should take them up.", "matthias-reinhardt-falk", 1, "Matthias Reinhardt-Falk", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("Moscow now wants that promise formally withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Germany and France blocked a membership action plan for Ukraine in 2008, and nothing has changed since. Berlin is not going to push Kyiv's accession tomorrow. But formally renouncing it under pressure from 100,000 soldiers would be a disaster for the credibility of the alliance,", "sabine-kessler", 1, "Kessler", "no-ukraine-membership", "rejects", 1, ""),
 ("German Foreign Minister Annalena Baerbock said on Monday that there could be no negotiations over the heads of Ukrainians, and that the right of every state to choose its own alliances was not up for discussion.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, D10),
 ("If the diplomacy stalls by the end of the month, watch the troops, not the diplomats,", "henrike-vollmer", 1, "she", "", "", 1, ""),
 ("Both sides have an interest in not stumbling into a war by accident. That is where talks always begin,", "matthias-reinhardt-falk", 1, "he", "", "", 1, ""),
]

L["ria-novosti-2022-01-12-grushko-counter-containment"] = [
 ("If NATO will switch over to the policy of containment, then there will be a counter-containment from our side. If there will be deterrence, there will be counter-deterrence. If they will search for the vulnerable places in the system of defense of Russia, then there will be a search for the vulnerabilities of NATO", "alexander-grushko", 1, "Grushko", "", "", 1, D12),
 ("According to him, the Russian side in the course of the meeting has stated in detail its position on all the elements of the draft agreement, in the first turn on the non-extension of the alliance to the east and on the non-deployment of the strike weapon systems near the Russian borders.", "alexander-grushko", 1, "him", "nato-non-expansion", "supports", 0, D12),
 ("According to him, the Russian side in the course of the meeting has stated in detail its position on all the elements of the draft agreement, in the first turn on the non-extension of the alliance to the east and on the non-deployment of the strike weapon systems near the Russian borders.", "alexander-grushko", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D12),
 ("According to him, the Russian side in the course of the meeting has stated in detail its position on all the elements of the draft agreement, in the first turn on the non-extension of the alliance to the east and on the non-deployment of the strike weapon systems near the Russian borders.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, D12),
 ("According to him, the Russian side in the course of the meeting has stated in detail its position on all the elements of the draft agreement, in the first turn on the non-extension of the alliance to the east and on the non-deployment of the strike weapon systems near the Russian borders.", "russia", 0, "the Russian side", "no-strike-weapons-near-borders", "supports", 0, D12),
 ("For us it is absolutely obligatory to have the legally binding guarantees that NATO will not extend further. The political promises we already received in 1990, and we all know how it ended", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D12),
 ("For us it is absolutely obligatory to have the legally binding guarantees that NATO will not extend further. The political promises we already received in 1990, and we all know how it ended", "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, D12),
 ("The diplomat also noted that Russia continues to insist on the return of the military infrastructure of NATO to the configuration of the year 1997.", "alexander-grushko", 1, "The diplomat", "rollback-to-1997", "supports", 0, D12),
 ("The diplomat also noted that Russia continues to insist on the return of the military infrastructure of NATO to the configuration of the year 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We were told again about the so-called policy of the open doors. But the doors of NATO are not the doors of a house of prayer, it is the military bloc, and its expansion is touching directly our security", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D12),
 ("We were told again about the so-called policy of the open doors. But the doors of NATO are not the doors of a house of prayer, it is the military bloc, and its expansion is touching directly our security", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D12),
 ("Besides, Grushko said that the Russian side does not see any sense to continue the discussions of the secondary importance, such as the transparency of the military exercises, if the main questions will remain without the answer.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "mentions", 0, D12),
 ("The deputy minister also informed that Moscow is ready to the restoration of the channels of the military communication with the alliance.", "alexander-grushko", 1, "The deputy minister", "resume-military-dialogue", "supports", 0, D12),
 ("The deputy minister also informed that Moscow is ready to the restoration of the channels of the military communication with the alliance.", "russia", 0, "Moscow", "resume-military-dialogue", "supports", 0, ""),
 ("We are for restoring the normal military channels, we never were the ones who closed them. It was the alliance who in 2014 stopped all the practical cooperation, and now it is blaming us", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "supports", 1, D12),
 ("Earlier the Secretary General of NATO Jens Stoltenberg on the press conference declared that the allies are ready for the dialogue with Russia, but will not make compromises on the key principles, including the right of Ukraine to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D12),
 ("Stoltenberg also called Russia to the de-escalation and to the withdrawal of the troops from the border with Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D12),
 ("In December Russia handed over to the USA and NATO the drafts of the agreements about the security guarantees, demanding in them the refusal of the alliance from the further extension to the east, including the accession of Ukraine, and from the deployment of the strike weapons near the Russian borders.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("In December Russia handed over to the USA and NATO the drafts of the agreements about the security guarantees, demanding in them the refusal of the alliance from the further extension to the east, including the accession of Ukraine, and from the deployment of the strike weapons near the Russian borders.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("In December Russia handed over to the USA and NATO the drafts of the agreements about the security guarantees, demanding in them the refusal of the alliance from the further extension to the east, including the accession of Ukraine, and from the deployment of the strike weapons near the Russian borders.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("In Kremlin they have many times stated that Russia is not threatening anybody and moves the troops on own territory at its own discretion, rejecting the demands to withdraw them, and that the statements about the \"Russian aggression\" are used as the pretext for the deployment of more military equipment of NATO near the Russian borders.", "russia", 0, "Kremlin", "russia-de-escalation", "rejects", 0, ""),
]

D27 = "2022-01-27"
P_OPEN = "Good afternoon, everyone. I have one brief element at the top, and then I'm happy to turn to your questions."
P_YDAY = "Yesterday, as you know, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow, and NATO delivered its own in parallel. As the Secretary said, the document sets out a serious diplomatic path should Russia choose it – including reciprocal transparency measures regarding force posture in Ukraine, confidence-building measures regarding military exercises and maneuvers in Europe, and arms control related to missiles in Europe."
S_SEC = "As the Secretary said, the document sets out a serious diplomatic path should Russia choose it – including reciprocal transparency measures regarding force posture in Ukraine, confidence-building measures regarding military exercises and maneuvers in Europe, and arms control related to missiles in Europe."
P_CORE = "It also makes clear that there are core principles we are committed to upholding and defending, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances. NATO's door is open, and it remains open. That is not up for negotiation."
P_DOC = "Matt, we're not going to be releasing the document. We think the diplomacy has the best chance of success if we give it the space to play out in confidence."
P_DOOR = "But I can tell you what we have said publicly and what we have said privately: we will not, and NATO will not, close the door on Ukraine or on any other aspirant. Those are decisions for Ukraine and for NATO's 30 members, no one else. So if the question is whether the response accepts Moscow's demand for a veto over Ukraine's future, the answer is no."
S_VETO = "So if the question is whether the response accepts Moscow's demand for a veto over Ukraine's future, the answer is no."
P_LAV = "Foreign Minister Lavrov said this morning that our response contained no positive answer on what Moscow calls the main issue, NATO's nonexpansion. I would not quarrel with that reading. We were never going to trade away the principles that I just mentioned."
S_LAV = "Foreign Minister Lavrov said this morning that our response contained no positive answer on what Moscow calls the main issue, NATO's nonexpansion."
P_1997 = "We have been very clear that we will not entertain any proposal that would have NATO withdraw forces from the territory of its Eastern Flank Allies. The Alliance's force posture is a decision for the Alliance. What we have done is put on the table areas where we think, on the basis of reciprocity, we can make real progress."
P_DEESC = "To the contrary. We continue to see Russia adding forces, including in Belarus, where it is moving in troops and equipment under the guise of exercises. If Moscow is serious about diplomacy, the single most important step it can take is to de-escalate, to pull those forces back. Diplomacy and de-escalation go hand in hand; it is very difficult to see how we make progress in an atmosphere of escalation."
P_MIL = "We have always believed in keeping lines of communication open, including between our militaries, precisely to avoid misunderstanding and miscalculation. That is something that the response also speaks to."
P_1990 = "Said, NATO never made such a promise. The Alliance is a defensive alliance. Its expansion came about because sovereign democracies chose to knock on its door, and it was their right to do so."
P_NEXT = "The Secretary expects to speak with Foreign Minister Lavrov in the coming days. I don't have a meeting to announce, but we are prepared to keep talking for as long as Moscow is prepared to talk."
L["state-department-2022-01-27-press-briefing"] = [
 (P_OPEN, "ned-price", 1, "MR PRICE", "", "", 1, D27),
 (P_YDAY, "ned-price", 1, "MR PRICE", "limit-military-exercises", "mentions", 1, D27),
 (P_YDAY, "ned-price", 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, D27),
 (S_SEC, "antony-blinken", 1, "the Secretary", "limit-military-exercises", "mentions", 0, ""),
 (S_SEC, "antony-blinken", 1, "the Secretary", "no-intermediate-range-missiles", "mentions", 0, ""),
 (P_CORE, "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, D27),
 (P_DOC, "ned-price", 1, "MR PRICE", "", "", 1, D27),
 (P_DOOR, "ned-price", 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, D27),
 (P_DOOR, "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, D27),
 (S_VETO, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 (P_LAV, "ned-price", 1, "MR PRICE", "nato-non-expansion", "rejects", 1, D27),
 (S_LAV, "sergei-lavrov", 1, "Foreign Minister Lavrov", "nato-non-expansion", "supports", 0, D27),
 (S_LAV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (P_1997, "ned-price", 1, "MR PRICE", "rollback-to-1997", "rejects", 1, D27),
 (P_DEESC, "ned-price", 1, "MR PRICE", "russia-de-escalation", "supports", 1, D27),
 (P_MIL, "ned-price", 1, "MR PRICE", "resume-military-dialogue", "supports", 1, D27),
 (P_1990, "ned-price", 1, "MR PRICE", "nato-open-door", "supports", 1, D27),
 (P_NEXT, "ned-price", 1, "MR PRICE", "", "", 1, D27),
]

D21 = "2022-01-21"
K_LEDE = "Foreign Minister Dmytro Kuleba said on Jan. 21 that Ukraine would not accept any arrangement between Russia and the West that limited its right to join NATO, as U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov wrapped up a 90-minute meeting in Geneva."
K_WHICH = "Nobody in Geneva, Brussels or anywhere else will decide on our behalf which alliance we may join."
K_ARMS = "He also rejected Russian demands that Western countries halt arms deliveries and military training missions in Ukraine, calling the British anti-tank weapons flown into Kyiv this week \"purely defensive.\""
K_BL = "He said the U.S. would share its ideas with Russia in writing next week and was ready to explore reciprocal steps on missile deployments and military exercises, but would not budge on NATO's open door."
K_SAV = "Moscow wants to turn the clock back to 1997 and push NATO out of Poland and the Baltic states. Any Western politician who even discusses this is rewarding blackmail,"
L["kyiv-post-2022-01-21-kuleba-no-deal-behind-ukraine"] = [
 (K_LEDE, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D21),
 (K_LEDE, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D21),
 ("Nothing about Ukraine without Ukraine. This is not a slogan for us, this is a red line,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D21),
 (K_WHICH, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D21),
 (K_WHICH, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D21),
 (K_ARMS, "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D21),
 (K_ARMS, "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We didn't expect any major breakthroughs today, but I believe we are now on a clearer path to understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, D21),
 (K_BL, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D21),
 (K_BL, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D21),
 (K_BL, "antony-blinken", 1, "He", "nato-open-door", "supports", 0, D21),
 ("Lavrov, speaking separately, said Russia expected a written answer next week and repeated that the central issue remained a guarantee that NATO would not expand eastward.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D21),
 ("He dismissed calls to withdraw the troops massed near the border, saying they were on Russian soil and that Moscow had \"never threatened the Ukrainian people.\"", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, D21),
 (K_SAV, "iryna-savchuk-dovha", 1, "Iryna Savchuk-Dovha", "rollback-to-1997", "rejects", 1, ""),
 (K_SAV, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("Savchuk-Dovha said she feared that European capitals, above all Berlin, would be tempted to offer Russia an informal moratorium on Ukraine's membership in exchange for calm.", "iryna-savchuk-dovha", 1, "Savchuk-Dovha", "no-ukraine-membership", "rejects", 0, ""),
 ("A moratorium for ten or twenty years would be the same as a 'no' forever. We have seen this movie before,", "iryna-savchuk-dovha", 1, "she", "no-ukraine-membership", "rejects", 1, ""),
 ("If Russia wants to be taken seriously at the negotiating table, it should start with the simplest step – withdraw its troops,", "mykhailo-podolyak", 1, "Mykhailo Podolyak", "russia-de-escalation", "supports", 1, D21),
]

D26 = "2022-01-26"
PO_MEN = "They put real proposals on the table on missiles and on exercises, and they refused to give anyone a veto over who joins NATO. That’s exactly what I wanted to see,"
PO_SHA = "The Russians asked for a guarantee that Ukraine would never join NATO. They didn’t get it, and they were never going to get it,"
PO_MUR = "Some of what Russia wrote down is worth talking about — where missiles get deployed, how close our planes and ships operate to each other’s territory. That’s arms control. We did it with the Soviets, and we can do it again,"
PO_MAL = "Rep. Curtis Mallory (R-Texas), a member of the Armed Services Committee, said Wednesday that the administration should never have agreed to discuss limits on U.S. and allied exercises in Eastern Europe, arguing it would reward Putin’s troop buildup."
L["politico-2022-01-26-senators-rally-behind-response"] = [
 ("There is no change; there will be no change. We will uphold the principle of NATO’s open door,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D26),
 (PO_MEN, "bob-menendez", 1, "Menendez", "no-intermediate-range-missiles", "mentions", 1, D26),
 (PO_MEN, "bob-menendez", 1, "Menendez", "limit-military-exercises", "mentions", 1, D26),
 (PO_MEN, "bob-menendez", 1, "Menendez", "nato-open-door", "supports", 1, D26),
 ("I’m glad they didn’t cave on the open door,", "jim-risch", 1, "Risch", "nato-open-door", "supports", 1, D26),
 ("But Putin has to pull those 100,000 troops back from Ukraine’s border, and a letter won’t make him do it. Sanctions have to bite before the tanks roll, not after.", "jim-risch", 1, "Risch", "russia-de-escalation", "supports", 1, D26),
 (PO_SHA, "jeanne-shaheen", 1, "Shaheen", "no-ukraine-membership", "rejects", 1, ""),
 (PO_SHA, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 1, ""),
 (PO_MUR, "chris-murphy", 1, "Murphy", "no-intermediate-range-missiles", "mentions", 1, ""),
 (PO_MUR, "chris-murphy", 1, "Murphy", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (PO_MUR, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 1, ""),
 (PO_MUR, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 (PO_MAL, "curtis-mallory", 1, "Rep. Curtis Mallory", "limit-military-exercises", "rejects", 0, D26),
 ("You don’t negotiate the size of our drills with a man who has a gun pointed at Kyiv,", "curtis-mallory", 1, "Mallory", "limit-military-exercises", "rejects", 1, D26),
 ("At the White House, press secretary Jen Psaki said Wednesday that the administration would make no decisions about Ukraine without Ukraine and was still urging Moscow to choose de-escalation and pull its forces back.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, D26),
]

D01 = "2022-02-01"
M_PUT = "According to the Russian president, the West had sidestepped the three points that mattered most to Moscow: preventing NATO’s further expansion, keeping strike weapons away from Russia’s borders, and returning the alliance’s military infrastructure to where it stood in 1997."
M_A1 = "I think he wanted the Foreign Ministry to do the dirty work first. Lavrov had already said on January 27 that there was no positive answer on the main issue. After that, Putin could come out and sound more measured, almost conciliatory. He even said the dialogue would continue."
M_A2 = "Quite a lot, if you read them without emotion. The American paper offers talks on intermediate-range missiles, essentially a return to the logic of the INF Treaty, on limits for exercises close to borders, on incidents at sea and in the air. Ten years ago the General Staff would have celebrated."
M_A2b = "But none of this was what the Kremlin asked for first. Its first point was that NATO should stop expanding, and the answer to that was a polite but firm no."
M_A2bS = "Its first point was that NATO should stop expanding, and the answer to that was a polite but firm no."
M_A3 = "No. Nobody in the Kremlin thought the Americans would sign away NATO enlargement. What Putin wanted was a paper with a signature on it — he has said many times that the verbal promises of 1990 turned out to be worth nothing. The Kremlin’s logic is simple: either you sign a legally binding document, or you bear responsibility for what comes next."
M_A3p = "What Putin wanted was a paper with a signature on it — he has said many times that the verbal promises of 1990 turned out to be worth nothing."
M_A3k = "The Kremlin’s logic is simple: either you sign a legally binding document, or you bear responsibility for what comes next."
M_A4 = "Because the NATO document is pure ideology. It repeats the mantra about open doors — every state chooses its own alliances — as if that settled the matter. The Americans at least wrote about concrete things that can be measured and verified."
M_A5 = "For Ukraine the key passage was his hypothetical: imagine Ukraine is in NATO and decides to retake Crimea by force — are we then supposed to go to war with the whole bloc? That is the argument he will repeat again and again. He’s telling the Western public that Ukrainian membership in NATO means war with Russia."
M_A5p = "He’s telling the Western public that Ukrainian membership in NATO means war with Russia."
M_A6 = "Personally, I think Moscow’s demand to pull NATO back to the 1997 lines was a mistake from the start. It made the whole package look like an ultimatum nobody could accept, and it buried the parts that made sense."
M_A6s = "Personally, I think Moscow’s demand to pull NATO back to the 1997 lines was a mistake from the start."
M_A6b = "Limiting where missiles and heavy bombers can be stationed, on the other hand, is something both sides genuinely need. I would sign that tomorrow."
M_A7 = "I am not a prophet. But I can tell you that the troops are not going home. As long as the forces stay where they are, along the Ukrainian border and now in Belarus, every word about diplomacy sounds hollow."
M_A8 = "Then they will continue about the things the Americans offered, not about the things Putin asked for. The question is whether the Kremlin can sell that at home as a victory. I think it can, if it wants to. I just don’t know whether it wants to."
V = "anton-velikanov"
L["meduza-2022-02-02-the-kremlin-got-the-answer-it-expected"] = [
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D01),
 (M_PUT, "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 0, D01),
 (M_PUT, "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 0, D01),
 (M_PUT, "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 0, D01),
 (M_A1, V, 1, "Anton Velikanov", "", "", 1, ""),
 (M_A2, V, 1, "Anton Velikanov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (M_A2, V, 1, "Anton Velikanov", "limit-military-exercises", "mentions", 1, ""),
 (M_A2b, V, 1, "Anton Velikanov", "nato-non-expansion", "mentions", 1, ""),
 (M_A2bS, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 1, ""),
 (M_A3, V, 1, "Anton Velikanov", "nato-non-expansion", "mentions", 1, ""),
 (M_A3, V, 1, "Anton Velikanov", "written-legal-guarantees", "mentions", 1, ""),
 (M_A3p, "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, ""),
 (M_A3k, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 1, ""),
 (M_A4, V, 1, "Anton Velikanov", "nato-open-door", "mentions", 1, ""),
 (M_A5, V, 1, "Anton Velikanov", "no-ukraine-membership", "mentions", 1, ""),
 (M_A5p, "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, D01),
 (M_A6, V, 1, "Anton Velikanov", "rollback-to-1997", "rejects", 1, ""),
 (M_A6s, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (M_A6b, V, 1, "Anton Velikanov", "no-intermediate-range-missiles", "supports", 1, ""),
 (M_A6b, V, 1, "Anton Velikanov", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 (M_A7, V, 1, "Anton Velikanov", "russia-de-escalation", "mentions", 1, ""),
 (M_A8, V, 1, "Anton Velikanov", "", "", 1, ""),
]

write_gold(L, "articles-210", "gold-210")
