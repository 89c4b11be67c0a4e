#!/usr/bin/env python3
"""Writes the held-out gold of batch 288 (gold-288/*.nq) from the labels below.

Batch 288 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-26-us-delivers-written-response: Washington Post news
  story with front matter and byline; quotes split by "Blinken said", a quote
  running over two sentences, anonymous officials, Baker/Gorbachev and Bucharest
  background, a "Read also" line, demands described by the reporter.
- tass-2022-01-10-ryabkov-geneva-moratorium: TASS English, machine-translated
  style, UTF-8 BOM and CRLF, dateline "GENEVA, January 10. /TASS/.", "the deputy
  minister"/"the diplomat" pronouns, "Earlier" without a day, a paraphrase of the
  17 December drafts (background, unlabelled), Putin quoted from 23 December.
- russian-mfa-2022-02-02-statement-written-replies: Russian MFA statement, no
  front matter; the ministry speaks in its own voice ("we", "the Russian side"),
  labelled as reported speech of russian-foreign-ministry (whole sentence,
  direct 0); embedded Lavrov and Putin quotations with other dates.
- delfi-2022-01-13-landsbergis-osce-vienna: Delfi English story, BNS style,
  Lithuanian and invented speakers, the rollback-to-1997 demand rejected in many
  phrasings, an analyst who only mentions, a local mayor, "Read also" line.
- politico-2022-01-21-blinken-lavrov-geneva-analysis: Politico analysis with
  front matter, curly quotes, bold crossheads, the drafts summarised by the
  reporters (unlabelled), analysts with and without stances, senators.
- rusi-2022-02-03-paper-answers-putin: RUSI commentary with front matter, single
  quotation marks, a caption, the author's own analysis (not labelled: the
  author's prose is not attributed speech), an interrupted Putin quotation,
  words of the leaked US document (unlabelled).
- polish-mfa-2022-01-14-press-briefing-osce: Polish MFA press briefing
  transcript with speaker labels; each answer paragraph is a direct quotation,
  journalists' questions and the spokesperson's moderating lines are unlabelled.

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

D = "2022-01-26"
L["washington-post-2022-01-26-us-delivers-written-response"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said the response addressed Moscow's concerns about where missiles are based and the scale of exercises in Europe, and proposed reciprocal transparency measures, but that it would not be made public, so as to give diplomacy room.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the response addressed Moscow's concerns about where missiles are based and the scale of exercises in Europe, and proposed reciprocal transparency measures, but that it would not be made public, so as to give diplomacy room.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the response addressed Moscow's concerns about where missiles are based and the scale of exercises in Europe, and proposed reciprocal transparency measures, but that it would not be made public, so as to give diplomacy room.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("He said the response addressed Moscow's concerns about where missiles are based and the scale of exercises in Europe, and proposed reciprocal transparency measures, but that it would not be made public, so as to give diplomacy room.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The Russian buildup must be reversed, he said, before any agreement can be reached.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("It's up to Russia to decide how to respond,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("It is necessary to read it, and that will take time,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He said Russia expected a response point by point, and first of all on the non-enlargement of NATO, which he described as the central item.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("said Wednesday that the document also proposed restarting talks on a successor to the Intermediate-Range Nuclear Forces Treaty", None, None, None, None, None, None, None),
 ("slam the door closed on NATO's open-door policy,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov, for his part, had told reporters after the Geneva session that Russia needed \"ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,\" including the word \"never\" on Ukraine joining the alliance.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("there can be no secret side deal that hands Putin a veto over who joins NATO.", "daniel-okafor", 1, "Daniel Okafor", "nato-open-door", "supports", 1, D),
 ("If you had put the missile-basing and exercise proposals on the table in December, you might have split the Russian package,", "thomas-whitcombe", 1, "Whitcombe", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("If you had put the missile-basing and exercise proposals on the table in December, you might have split the Russian package,", "thomas-whitcombe", 1, "Whitcombe", "limit-military-exercises", "mentions", 1, ""),
 ("Now the Kremlin will say, correctly, that the core item — enlargement — got a flat no.", "thomas-whitcombe", 1, "Whitcombe", "nato-non-expansion", "mentions", 1, ""),
 ("Speaking in Brussels on Wednesday evening, NATO Secretary General Jens Stoltenberg said the alliance's own reply called on Russia to immediately de-escalate and pull its forces back from Ukraine's borders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("we will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rests.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, D),
 ("It is important for us that the United States keeps to the position that there can be no decisions without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
]
# the anonymous senior administration official (white-house ground rules) speaks for the administration
_wp = L["washington-post-2022-01-26-us-delivers-written-response"]
_i = [n for n, x in enumerate(_wp) if x[1] is None][0]
_ev = "A senior administration official, who spoke on the condition of anonymity under ground rules set by the White House, said Wednesday that the document also proposed restarting talks on a successor to the Intermediate-Range Nuclear Forces Treaty, from which the Trump administration withdrew in 2019, and invited Moscow to discuss limits on the size and location of drills on both sides."
_wp[_i:_i + 1] = [
 (_ev, "white-house", 0, "A senior administration official", "no-intermediate-range-missiles", "mentions", 0, D),
 (_ev, "white-house", 0, "A senior administration official", "limit-military-exercises", "mentions", 0, D),
]

D = "2022-01-10"
L["tass-2022-01-10-ryabkov-geneva-moratorium"] = [
 ("Russia does not need from the United States any moratoriums or verbal assurances on the non-expansion of NATO, only legally binding guarantees can satisfy Moscow, Russian Deputy Foreign Minister Sergei Ryabkov told journalists on Monday after the talks with US Deputy Secretary of State Wendy Sherman, which lasted for almost eight hours.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("Russia does not need from the United States any moratoriums or verbal assurances on the non-expansion of NATO, only legally binding guarantees can satisfy Moscow, Russian Deputy Foreign Minister Sergei Ryabkov told journalists on Monday after the talks with US Deputy Secretary of State Wendy Sherman, which lasted for almost eight hours.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, D),
 ("According to him, the Russian side explained to the American colleagues in detail why this issue is the key one.", "sergei-ryabkov", 1, "him", "no-ukraine-membership", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees, not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("the moratorium can be cancelled at any moment", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("difficult, long, very professional, deep, concrete, without attempts to embellish something or to bypass sharp corners", "sergei-ryabkov", 1, "The diplomat", "", "", 1, D),
 ("Ryabkov noted that the American delegation does not understand the importance for Moscow of the demand on the return of the NATO configuration to the year 1997.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("We insisted and will insist that the NATO infrastructure must be returned to the positions where it was in 1997, when the Russia-NATO Founding Act was signed,", "sergei-ryabkov", 1, "the deputy minister", "rollback-to-1997", "supports", 1, D),
 ("In particular, according to Ryabkov, the sides touched the question of the intermediate-range and shorter-range missiles, and Moscow noticed certain interest of the American side in this theme.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("On the missiles we see that there is a basis for conversation, but it can not be a substitute for the main things,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We have no intention to attack Ukraine, there is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("According to him, the movement of Russian troops on its own territory is a sovereign business of Russia and can not be the subject of the negotiations.", "sergei-ryabkov", 1, "him", "russia-de-escalation", "rejects", 0, D),
 ("We cannot accept that our military activity on our own territory should be limited, this is not on the agenda,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("We have no time for a long pause, we need to see the movement in the coming days, not months,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("Earlier the Deputy Secretary of State Wendy Sherman at a telephone briefing stated that the United States are ready to discuss with Russia the question of deployment of missiles in Europe and the parameters of military exercises on a reciprocal basis.", "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Earlier the Deputy Secretary of State Wendy Sherman at a telephone briefing stated that the United States are ready to discuss with Russia the question of deployment of missiles in Europe and the parameters of military exercises on a reciprocal basis.", "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, ""),
 ("At the same time, she stated that the United States will not allow anyone to close the open door policy of NATO.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 0, ""),
 ("Sherman also called Moscow to de-escalation.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, ""),
 ("cannot make real progress in the atmosphere of escalation", "wendy-sherman", 1, "her", "russia-de-escalation", "supports", 1, ""),
 ("The Americans have to understand that the security of one state cannot be strengthened at the expense of the security of others, this is the principle that was fixed in the OSCE documents,", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, D),
 ("The refusal from the guarantees of non-expansion of the alliance to the East is the road nowhere,", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 1, ""),
 ("The Geneva talks are only the first step, the main battle will be around the written text of the agreement,", "andrei-veselov", 1, "the expert", "", "", 1, ""),
 ("It is you who must give us guarantees, and immediately, now,", "vladimir-putin", 1, "the head of state", "", "", 1, "2021-12-23"),
]

D = "2022-02-02"
M = "russian-foreign-ministry"
L["russian-mfa-2022-02-02-statement-written-replies"] = [
 ("First of all, the Russian side proposed that the United States and NATO commit, in the form of an international legal obligation, to exclude any further eastward expansion of the alliance, including the accession of Ukraine and other states; this demand remains unchanged, and Russia regards it as the central element of the entire package and not as a subject for bargaining.", M, 0, "the Russian side", "nato-non-expansion", "supports", 0, D),
 ("First of all, the Russian side proposed that the United States and NATO commit, in the form of an international legal obligation, to exclude any further eastward expansion of the alliance, including the accession of Ukraine and other states; this demand remains unchanged, and Russia regards it as the central element of the entire package and not as a subject for bargaining.", M, 0, "the Russian side", "no-ukraine-membership", "supports", 0, D),
 ("First of all, the Russian side proposed that the United States and NATO commit, in the form of an international legal obligation, to exclude any further eastward expansion of the alliance, including the accession of Ukraine and other states; this demand remains unchanged, and Russia regards it as the central element of the entire package and not as a subject for bargaining.", M, 0, "the Russian side", "written-legal-guarantees", "supports", 0, D),
 ("The responses, instead, reaffirm the so-called \"open door\" policy, which in practice means that the fate of European security is to be decided in Brussels without taking into account the legitimate interests of Russia, an approach we categorically reject.", M, 0, "we", "nato-open-door", "rejects", 0, D),
 ("Secondly, the Russian drafts provide for the non-deployment of offensive strike weapon systems in the territories of states bordering Russia.", M, 0, "the Russian drafts", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Contrary to the assertions of Western officials, this is not a matter of \"spheres of influence\", but a matter of elementary military security.", M, 0, "Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The American side has expressed readiness to discuss certain aspects of this issue only in the context of reciprocal measures, which cannot be considered a substantive answer.", M, 0, "Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Thirdly, we continue to insist that NATO forces and military infrastructure be withdrawn to the configuration that existed as of 27 May 1997,", M, 0, "we", "rollback-to-1997", "supports", 0, D),
 ("At the same time, we note that the American document contains a number of proposals on secondary issues, such as intermediate-range and shorter-range missiles, limitations on the scale of military exercises and measures to prevent dangerous military activities at sea and in the air.", M, 0, "we", "no-intermediate-range-missiles", "mentions", 0, D),
 ("At the same time, we note that the American document contains a number of proposals on secondary issues, such as intermediate-range and shorter-range missiles, limitations on the scale of military exercises and measures to prevent dangerous military activities at sea and in the air.", M, 0, "we", "limit-military-exercises", "mentions", 0, D),
 ("There are reactions in these documents which allow us to count on the start of a serious conversation, but on secondary questions,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-28"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "the Minister", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "the Minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("The Western capitals prefer to quote only that part of these commitments which concerns the right to choose alliances, forgetting the other half.", M, 0, "Foreign Ministry", "nato-open-door", "rejects", 0, D),
 ("We will not allow this issue to be hushed up,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, ""),
 ("We will insist on an honest conversation on why the West does not want to fulfil its obligations.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, ""),
 ("We also note with regret that both responses once again put forward demands concerning the movement of Russian troops on the territory of the Russian Federation.", M, 0, "We", "russia-de-escalation", "rejects", 0, D),
 ("We consider it necessary to underline that the deployment of Russian armed forces on our own territory is the sovereign right of Russia and cannot be the subject of anyone's ultimatums.", M, 0, "We", "russia-de-escalation", "rejects", 0, D),
 ("Talk of so-called \"de-escalation\" is an attempt to shift responsibility for the tension from those who arm the Kyiv regime and send instructors and weapons to Ukraine.", M, 0, "Foreign Ministry", "russia-de-escalation", "rejects", 0, D),
 ("The American side's reference to the possibility of resuming a Russia–US dialogue through military channels does not correspond to its actual conduct.", M, 0, "Foreign Ministry", "resume-military-dialogue", "supports", 0, D),
 ("The Russian side has repeatedly proposed restoring regular contacts between the military departments, including within the Russia–NATO format; these proposals have not received an answer.", M, 0, "The Russian side", "resume-military-dialogue", "supports", 0, D),
 ("It is already clear that the fundamental Russian concerns turned out to be ignored,", "vladimir-putin", 1, "the President", "", "", 1, "2022-02-01"),
 ("He noted that the United States and NATO had not taken into account either the demand to prevent NATO expansion or the refusal to deploy strike weapon systems near Russian borders.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("He noted that the United States and NATO had not taken into account either the demand to prevent NATO expansion or the refusal to deploy strike weapon systems near Russian borders.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("We expect that the work on the Russian proposals will continue, and we stand ready to conduct it without delay, but on the basis of the legally binding guarantees we have proposed and not of verbal assurances that have already been violated before.", M, 0, "we", "written-legal-guarantees", "supports", 0, D),
]
# the rollback sentence runs on to the Founding Act clause: evidence is the whole sentence
_m = L["russian-mfa-2022-02-02-statement-written-replies"]
for _n, _x in enumerate(_m):
    if _x[0].startswith("Thirdly,"):
        _m[_n] = ("Thirdly, we continue to insist that NATO forces and military infrastructure be withdrawn to the configuration that existed as of 27 May 1997, when the Founding Act on Mutual Relations, Cooperation and Security between Russia and NATO was signed, a question the Western responses do not address at all.",) + _x[1:]

D = "2022-01-13"
_pav = "They want a veto over our defence, a veto over Ukraine's choice, and they call it security guarantees. No Lithuanian government will sign up to that,"
L["delfi-2022-01-13-landsbergis-osce-vienna"] = [
 ("Lithuania will not accept any arrangement between Russia and the West that would limit allied presence on its territory, Foreign Minister Gabrielius Landsbergis said on Thursday after the OSCE Permanent Council in Vienna, the third round of this week's talks on Moscow's security demands.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("Russia is trying to draw new dividing lines in Europe and to return us to a time when big powers decided the fate of small nations. That will not happen,", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, D),
 ("The minister said that NATO troops in Lithuania, including the German-led battalion in Rukla, were there at the invitation of a sovereign state and would stay as long as necessary.", "gabrielius-landsbergis", 1, "The minister", "rollback-to-1997", "rejects", 0, D),
 ("Moscow's proposal to roll the alliance back to its 1997 borders would in practice mean that Lithuania, Latvia and Estonia become second-class members, he said.", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 0, D),
 ("Moscow's proposal to roll the alliance back to its 1997 borders would in practice mean that Lithuania, Latvia and Estonia become second-class members, he said.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If we do not hear a constructive answer to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will be forced to take the necessary measures to eliminate the risks,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The Russian diplomat repeated that Moscow wants a guarantee that NATO will stop enlarging and will not station strike weapons in countries neighbouring Russia.", "alexander-lukashevich", 1, "The Russian diplomat", "nato-non-expansion", "supports", 0, D),
 ("The Russian diplomat repeated that Moscow wants a guarantee that NATO will stop enlarging and will not station strike weapons in countries neighbouring Russia.", "alexander-lukashevich", 1, "The Russian diplomat", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Carpenter also said that the organisation was the right place to talk about transparency of exercises and risk reduction, but not about whether Ukraine may join NATO.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, D),
 ("Carpenter also said that the organisation was the right place to talk about transparency of exercises and risk reduction, but not about whether Ukraine may join NATO.", "michael-carpenter", 1, "Carpenter", "no-ukraine-membership", "rejects", 0, D),
 ("That is a decision for Ukraine and the 30 allies, and nobody else,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("That is a decision for Ukraine and the 30 allies, and nobody else,", "michael-carpenter", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("an ultimatum written in the language of 1939.", "zygimantas-pavilionis", 1, "Žygimantas Pavilionis", "", "", 1, ""),
 (_pav, "zygimantas-pavilionis", 1, "Pavilionis", "nato-open-door", "supports", 1, ""),
 (_pav, "zygimantas-pavilionis", 1, "Pavilionis", "no-ukraine-membership", "rejects", 1, ""),
 (_pav, "russia", 0, "They", "no-ukraine-membership", "supports", 1, ""),
 ("Laurynas Kasčiūnas, who heads the parliamentary National Security and Defence Committee, said the answer to Russia's demands should be more NATO, not less, and argued that the alliance should move from a tripwire presence to a permanent forward defence in the Baltic states.", "laurynas-kasciunas", 1, "Laurynas Kasčiūnas", "rollback-to-1997", "rejects", 0, ""),
 ("The demands about non-enlargement and the pullback to 1997 were written to be rejected. The Kremlin gets either a concession or a pretext,", "rasa-mickeviciute", 1, "Mickevičiūtė", "nato-non-expansion", "mentions", 1, ""),
 ("The demands about non-enlargement and the pullback to 1997 were written to be rejected. The Kremlin gets either a concession or a pretext,", "rasa-mickeviciute", 1, "Mickevičiūtė", "rollback-to-1997", "mentions", 1, ""),
 ("What is negotiable is the technical part: missiles, exercises, incidents at sea. The Americans have already indicated that.", "rasa-mickeviciute", 1, "Mickevičiūtė", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What is negotiable is the technical part: missiles, exercises, incidents at sea. The Americans have already indicated that.", "rasa-mickeviciute", 1, "Mickevičiūtė", "limit-military-exercises", "mentions", 1, ""),
 ("He said Russia must de-escalate and that the alliance would not give up its open door policy.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("He said Russia must de-escalate and that the alliance would not give up its open door policy.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Deputy Minister of Foreign Affairs of Russia Alexander Grushko, who led the Russian delegation in Brussels, said after that meeting that the alliance's refusal to halt its expansion made the situation dangerous.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("He warned that Moscow would respond with military means if NATO deployed new strike systems closer to Russia.", "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("People remember 1991, and they ask me whether it can happen again. I tell them that we are in NATO now, and that is the difference,", "vytautas-rimkus", 1, "Rimkus", "", "", 1, ""),
]

D = "2022-01-21"
L["politico-2022-01-21-blinken-lavrov-geneva-analysis"] = [
 ("We didn’t expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other’s concerns and each other’s positions,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("The alliance’s doors, he said, would stay open — and no outside power would get to lock them.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, D),
 ("The alliance’s doors, he said, would stay open — and no outside power would get to lock them.", "antony-blinken", 1, "he", "nato-non-expansion", "rejects", 0, D),
 ("We’ve been very clear that there are certain principles we are not going to trade away,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the Americans had agreed to respond in writing to all of Russia’s proposals, and that Moscow would judge them by their answer on the main item: a halt to NATO’s march eastward.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("I cannot say whether we are on the right track or not,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We will understand this when we receive the American response on paper to all the points of our proposals.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("The Russians have mixed two kinds of things in one box,", "olivia-bramhall", 1, "Olivia Bramhall", "", "", 1, ""),
 ("Some of it is old-fashioned arms control that any administration would talk about. The rest — no more enlargement, a pullback from the Baltics — is a demand for a sphere of influence, and no American president can sign that.", "olivia-bramhall", 1, "Olivia Bramhall", "nato-non-expansion", "rejects", 1, ""),
 ("Some of it is old-fashioned arms control that any administration would talk about. The rest — no more enlargement, a pullback from the Baltics — is a demand for a sphere of influence, and no American president can sign that.", "olivia-bramhall", 1, "Olivia Bramhall", "rollback-to-1997", "rejects", 1, ""),
 ("You don’t reward a man who has a hundred thousand troops at your friend’s border with a formal written response,", "roger-wicker", 1, "Roger Wicker", "", "", 1, ""),
 ("Sen. Jeanne Shaheen, a New Hampshire Democrat, said the message from Geneva should be that diplomacy is available only if Russia pulls back.", "jeanne-shaheen", 1, "Jeanne Shaheen", "russia-de-escalation", "supports", 0, ""),
 ("Putin created this crisis, and he can end it by moving his troops away from Ukraine.", "jeanne-shaheen", 1, "Shaheen", "russia-de-escalation", "supports", 1, ""),
 ("A senior Ukrainian official, speaking on condition of anonymity, said the government had been assured that no document would touch its membership aspirations without its consent.", "ukraine", 0, "A senior Ukrainian official", "nato-open-door", "supports", 0, ""),
 ("The best-case scenario is that everybody keeps talking until the ground thaws and freezes again,", "dana-ostrander", 1, "Dana Ostrander", "", "", 1, ""),
 ("The worst case is that paper becomes the pretext.", "dana-ostrander", 1, "Dana Ostrander", "", "", 1, ""),
]

D = "2022-02-01"
L["rusi-2022-02-03-paper-answers-putin"] = [
 ("It is already clear now – I informed the Prime Minister of this – that fundamental Russian concerns turned out to be ignored", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("Putin then listed three: the prevention of NATO expansion, the non-deployment of strike weapons near Russian borders, and the return of the alliance's military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 ("Putin then listed three: the prevention of NATO expansion, the non-deployment of strike weapons near Russian borders, and the return of the alliance's military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Putin then listed three: the prevention of NATO expansion, the non-deployment of strike weapons near Russian borders, and the return of the alliance's military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts these military operations", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("listen to Russia's concerns and engage in a real conversation on how to uphold and strengthen the fundamental principles of European security", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Foreign Minister Sergei Lavrov described the Western papers on 28 January as containing 'a grain of rationality' on secondary matters, while insisting that the central Russian question – a halt to enlargement – had received no answer.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("the most serious offer on European arms control since the late 1980s", "pavel-zolotaryov-bright", 1, "Dr Pavel Zolotaryov-Bright", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("If the Kremlin walks away from this, it will be because it wanted something else all along", "pavel-zolotaryov-bright", 1, "He", "", "", 1, ""),
 ("Dr Sarah Lindqvist, a research fellow at the Swedish Defence Research Agency, argued in a recent seminar that Western capitals should not treat the demand for a legally binding halt to NATO enlargement as a negotiating position at all.", "sarah-lindqvist", 1, "Dr Sarah Lindqvist", "nato-non-expansion", "rejects", 0, ""),
 ("The open door is not an American favour to Ukraine. It is the core of the post-Cold War settlement, and you cannot bargain it away for missile counts", "sarah-lindqvist", 1, "she", "nato-open-door", "supports", 1, ""),
]

D = "2022-01-14"
J, P = "lukasz-jasina", "marcin-przydacz"
_pz2 = "The Russian drafts contain elements which are simply unacceptable to us. Moscow would like the allied forces that are present on Polish territory, at the invitation of the Polish government, to leave, and it would like the eastern flank to go back to the situation before 1999, when Poland joined NATO. We will never agree to the existence of first-class and second-class allies."
_pz3 = "At the same time, we are not against dialogue. If the Russian side is ready to talk about the reduction of risks, about the transparency of military exercises on both sides, about incidents in the air and at sea, we are ready to talk as well. But the first step is on the Russian side: the withdrawal of troops which have been concentrated on the border with Ukraine."
_pz5 = "Russia has received the answer of the Alliance already many times: there will be no decisions on the security of Central Europe taken without Central Europe. That is the answer to its demand that NATO closes its doors."
_pz6 = "The base in Redzikowo is a defensive installation, and it is not directed against Russia. This has been explained to Moscow many times. As for talks on intermediate-range missiles, this is a subject for the United States and Russia, conducted in close consultation with allies, and we are in constant contact with our American partners."
_pz8 = "The answer is simple. It is for Ukraine and for the allies to decide, and nobody in Moscow has a veto. Poland supports the European and Euro-Atlantic aspirations of Ukraine, and this will not change."
L["polish-mfa-2022-01-14-press-briefing-osce"] = [
 ("Good afternoon, ladies and gentlemen. Thank you for coming. As you know, yesterday in Vienna Minister Zbigniew Rau, as the Chairman-in-Office of the OSCE, presented the priorities of the Polish chairmanship to the Permanent Council, in a week that also included the US–Russia talks in Geneva and the NATO–Russia Council in Brussels. The Minister said that the risk of war in the OSCE area is now greater than ever before in the last thirty years.", J, 1, "ŁUKASZ JASINA", "", "", 1, D),
 ("Minister Rau also proposed to launch a renewed OSCE dialogue on European security. Poland believes that the OSCE, which has all the participating States at one table, is the appropriate place to discuss transparency and confidence-building, risk reduction and arms control.", J, 1, "ŁUKASZ JASINA", "", "", 1, D),
 ("Thank you. Let me be very clear. Poland's position, which is also the position of the whole North Atlantic Alliance, is that every state has the sovereign right to choose its alliances. This principle was accepted by all of us, including the Russian Federation, in Helsinki and in Paris, and it is not up for negotiation.", P, 1, "MARCIN PRZYDACZ", "nato-open-door", "supports", 1, D),
 (_pz2, P, 1, "MARCIN PRZYDACZ", "rollback-to-1997", "rejects", 1, D),
 (_pz2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (_pz3, P, 1, "MARCIN PRZYDACZ", "limit-military-exercises", "mentions", 1, D),
 (_pz3, P, 1, "MARCIN PRZYDACZ", "russia-de-escalation", "supports", 1, D),
 ("We take all statements of the Russian side seriously, but we will not act under pressure. The chairmanship will continue to offer a platform for dialogue, and we hope that the Russian Federation will use it.", P, 1, "MARCIN PRZYDACZ", "", "", 1, D),
 (_pz5, P, 1, "MARCIN PRZYDACZ", "nato-non-expansion", "rejects", 1, D),
 (_pz5, P, 1, "MARCIN PRZYDACZ", "nato-open-door", "supports", 1, D),
 (_pz5, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, ""),
 (_pz6, P, 1, "MARCIN PRZYDACZ", "no-intermediate-range-missiles", "mentions", 1, D),
 ("I would only remind you that it was Russia that violated the INF Treaty.", P, 1, "MARCIN PRZYDACZ", "no-intermediate-range-missiles", "mentions", 1, D),
 (_pz8, P, 1, "MARCIN PRZYDACZ", "nato-open-door", "supports", 1, D),
 (_pz8, P, 1, "MARCIN PRZYDACZ", "no-ukraine-membership", "rejects", 1, D),
 ("We do not exclude any contacts which serve the de-escalation. Minister Rau is in contact with all the participating States, and the decisions on visits will be announced in due time.", J, 1, "ŁUKASZ JASINA", "russia-de-escalation", "supports", 1, D),
 ("I would also like to add that the Minister will travel to Ukraine in the coming weeks, and it will be an opportunity to show our solidarity with Ukraine's independence.", J, 1, "ŁUKASZ JASINA", "", "", 1, D),
 ("Yes, the allies are consulting on the text at NATO headquarters, and Poland takes an active part in this work. I cannot comment on the details of the document.", J, 1, "ŁUKASZ JASINA", "", "", 1, D),
 ("What I can say is that our approach is consistent: we are open to dialogue, but we are not open to going back to the logic of spheres of influence.", J, 1, "ŁUKASZ JASINA", "", "", 1, D),
]

write_gold(L, "articles-288", "gold-288")
