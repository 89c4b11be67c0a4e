#!/usr/bin/env python3
"""Writes the held-out gold of batch 259 (gold-259/*.nq) from the labels below.

Batch 259 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-26-us-nato-answer-russia-in-writing: The Associated Press, wire
  story with front matter and dateline; lede reporting US/NATO positions,
  quotations interrupted by "he said", quote fragments under six words,
  analysts, a narrator's "Moscow wants ..." sentence, a Jan. 10 flashback.
- bbc-2022-01-14-what-does-russia-want-from-nato: BBC explainer without front
  matter; question crossheads, image caption, "Read more" line, a clause of the
  draft quoted (not labelled), Baker 1990 / Founding Act / Bucharest history,
  "Mr Putin", "on Monday"/"on Wednesday" resolved against a Friday.
- kommersant-2022-01-11-geneva-without-breakthrough: Kommersant news story,
  machine-translated (no front matter, «» quotes followed by "— he said",
  "shock weapons", "medium- and shorter-range missiles"), a "Let us remind"
  background paragraph, an IMEMO expert, "on Sunday"/"Earlier".
- lrt-2022-01-13-baltics-reject-1997-rollback: LRT English with front matter,
  curly quotes, photo caption, "Read also" lines; Baltic objections to the
  rollback to 1997, a Seimas member, a Vilnius analyst, "the Kremlin asks for
  it" inside a minister's quotation.
- bundestag-2022-01-19-foreign-affairs-committee-hearing: Bundestag Foreign
  Affairs Committee public hearing, shorthand record in translation (UTF-8 BOM,
  CRLF); speaker labels, the chair and MPs' questions unlabelled, each answer
  paragraph of the three experts one direct quotation; experts both mention
  and take sides.
- usnato-2022-01-12-ambassador-smith-briefing-nrc: US Mission to NATO
  telephonic press briefing transcript after the NATO-Russia Council
  (MODERATOR / AMBASSADOR SMITH / QUESTION labels); each answer paragraph one
  quotation; Russia's demands reported by the ambassador.
- warontherocks-2022-02-03-the-answer-moscow-did-not-want: War on the Rocks
  commentary with front matter; the author's own first-person argument is not
  a quotation or reported speech and gets no label; Lavrov 27 Jan, Putin 1 Feb,
  Zakharova, an analyst backing a moratorium, words quoted from the leaked
  replies (not labelled).

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

AP_LEDE = "The United States and NATO on Wednesday handed Russia written replies to its demands for a new security order in Europe, refusing to close the alliance's door to Ukraine but holding out talks on missiles and military drills in a bid to pull Moscow back from the brink of war."
AP_MOSCOW = "Moscow denies it is planning an attack, but it wants a guarantee that NATO will never admit Ukraine, an end to alliance weapons deployments near Russian borders and a pullback of allied forces from Central and Eastern Europe."
AP_STOL = "Stoltenberg said allies were ready to listen to Russia's concerns and to discuss ceilings on missiles and notification of exercises, and he urged Moscow to withdraw the forces it has built up in and around Ukraine."
AP_LAV = "He repeated that the core of the Russian proposals was a firm, legally binding commitment that the alliance would stop moving east."
AP_KAL = "Moscow will pocket the arms control offers and keep pressing on enlargement, because stopping enlargement is the thing it really wants."
AP_REIN = "Thomas Reinholt, a retired U.S. Army colonel who teaches at Georgetown University, said the offers on missiles and drills were worth making in their own right."
AP_RYAB = "After Geneva, Russian Deputy Foreign Minister Sergei Ryabkov said Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees,\" not assurances."
AP_USO = "U.S. officials said then that they would not discuss NATO's enlargement with Russia over the heads of its members."
AP_BL = "Blinken said the reply also listed areas where the two sides could make headway, among them reciprocal limits on where offensive missiles can be based in Europe and greater openness about the size and timing of military exercises."
L["ap-2022-01-26-us-nato-answer-russia-in-writing"] = [
 (AP_LEDE, "united-states", 0, "The United States", "nato-open-door", "supports", 0, "2022-01-26"),
 (AP_LEDE, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (AP_LEDE, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (AP_LEDE, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (AP_LEDE, "nato", 0, "NATO", "nato-open-door", "supports", 0, "2022-01-26"),
 (AP_LEDE, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (AP_LEDE, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (AP_LEDE, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (AP_BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (AP_BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("because we think that diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 (AP_MOSCOW, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (AP_MOSCOW, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (AP_MOSCOW, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Russians, he said, needed to show they were serious by sending their troops back to their barracks.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We cannot compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (AP_STOL, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (AP_STOL, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (AP_STOL, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("NATO is a defensive alliance, and we do not seek confrontation,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("But we must be prepared for the worst.", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Judging by what American and NATO officials have been saying in recent days, there is little reason for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
 (AP_LAV, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-26"),
 (AP_LAV, "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 (AP_LAV, "russia", 0, "the Russian proposals", "nato-non-expansion", "supports", 0, ""),
 (AP_LAV, "russia", 0, "the Russian proposals", "written-legal-guarantees", "supports", 0, ""),
 ("It is important that the United States has coordinated every step with Ukraine,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-26"),
 ("The Russians asked for a menu and got half of one,", "irina-kalmykova", 1, "Irina Kalmykova", "", "", 1, ""),
 (AP_KAL, "irina-kalmykova", 1, "Irina Kalmykova", "nato-non-expansion", "mentions", 1, ""),
 (AP_KAL, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (AP_REIN, "thomas-reinholt", 1, "Thomas Reinholt", "no-intermediate-range-missiles", "supports", 0, ""),
 (AP_REIN, "thomas-reinholt", 1, "Thomas Reinholt", "limit-military-exercises", "supports", 0, ""),
 ("Even if Putin walks away, putting limits on intermediate-range missiles back on the table is in our interest,", "thomas-reinholt", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 ("ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (AP_RYAB, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (AP_USO, "united-states", 0, "U.S. officials", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 (AP_USO, "united-states", 0, "U.S. officials", "nato-open-door", "supports", 0, "2022-01-10"),
 ("It's up to Russia to decide which path they take,", "jen-psaki", 1, "she", "", "", 1, "2022-01-26"),
]

BBC_LA = "Moscow also wants the alliance to pull its forces and weapons back to where they were in 1997, before it took in former communist states in central Europe."
BBC_SH = "She did, however, say the US was willing to discuss where missiles could be placed in Europe and the scale of military exercises, provided Russia did the same."
BBC_AL = "But tucked inside them are some old Russian ideas about missiles and exercises that the West has itself floated in the past."
L["bbc-2022-01-14-what-does-russia-want-from-nato"] = [
 ("We have made it clear that any further movement of Nato eastward is unacceptable,", "vladimir-putin", 1, "Mr Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("Is it we who are putting missiles near the borders of the United States? No. It is the United States that has come with its missiles to our doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 (BBC_LA, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow wants that promise withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He also said Russia did not want to hear about \"moratoriums\" or promises, only about commitments that would be binding in law.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("He also said Russia did not want to hear about \"moratoriums\" or promises, only about commitments that would be binding in law.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("firmly pushed back on security proposals that are simply non-starters", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed Nato's open-door policy,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 (BBC_SH, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (BBC_SH, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("After the Nato-Russia Council met in Brussels on Wednesday, Secretary-General Jens Stoltenberg said the alliance would not give Moscow a say over who could join.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("There are significant differences between Nato allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("He called on Russia to de-escalate and to pull its troops back from Ukraine's borders.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("The draft treaties were written to be refused,", "helen-ashworth-lyle", 1, "Dr Helen Ashworth-Lyle", "", "", 1, ""),
 (BBC_AL, "helen-ashworth-lyle", 1, "Dr Helen Ashworth-Lyle", "no-intermediate-range-missiles", "mentions", 1, ""),
 (BBC_AL, "helen-ashworth-lyle", 1, "Dr Helen Ashworth-Lyle", "limit-military-exercises", "mentions", 1, ""),
 (BBC_AL, "russia", 0, "Russian", "no-intermediate-range-missiles", "supports", 0, ""),
 (BBC_AL, "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("He does not want a treaty. He wants the West to accept that Ukraine belongs to him,", "oleksandr-bereza", 1, "he", "", "", 1, ""),
 ("The US has said it will respond in writing in the coming days, but officials insist that Ukraine's future will be decided in Kyiv, not in talks between Washington and Moscow.", "united-states", 0, "officials", "nato-open-door", "supports", 0, ""),
]

K_R1 = "The Deputy Minister of Foreign Affairs of the Russian Federation Sergey Ryabkov, who led the Russian delegation, declared after the meeting that the American side approaches the Russian proposals \"seriously\", but on the key point — non-expansion of NATO — movement is not observed."
K_R2 = "According to him, Moscow insists that the North Atlantic Alliance must give up the promises made in Bucharest in 2008."
K_R3 = "We do not accept the logic when on the missiles they are ready to talk and on the expansion of the bloc they say: this is not your business"
K_SH = "She added that the USA proposed to Russia to return to the discussion of the missiles and of the mutual restrictions on the scale of military exercises, if Moscow will take the steps for de-escalation."
K_PE = "Earlier Mr. Peskov underlined that Moscow expects not the talks for the sake of talks, but concrete guarantees fixed on paper and in legal form."
K_KR = "In his opinion, the real field for agreement is the missiles and the exercises."
L["kommersant-2022-01-11-geneva-without-breakthrough"] = [
 (K_R1, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("We need iron-concrete, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "Mr. Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (K_R2, "sergei-ryabkov", 1, "him", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 (K_R2, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The decision of Bucharest summit that Ukraine and Georgia will become members of NATO must be cancelled, this is for us a matter of principle", "sergei-ryabkov", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("The Russian side also gave to the American colleagues its vision concerning non-deployment of shock weapons near the borders of Russia.", "russia", 0, "The Russian side", "no-strike-weapons-near-borders", "supports", 0, "2022-01-10"),
 ("Mr. Ryabkov noted that on the theme of medium- and shorter-range missiles the positions of the parties are \"closer than on other questions\", but this cannot be a substitute for the main thing.", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (K_R3, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 (K_R3, "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("In reply to a question about the concentration of Russian troops near the Ukrainian border the diplomat stated that Russia moves its forces on its own territory and is not obliged to give account to anyone.", "sergei-ryabkov", 1, "the diplomat", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("There is no reason to fear some scenario of escalation. We have no intention to attack Ukraine", "sergei-ryabkov", 1, "Mr. Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The head of the American delegation, the Deputy Secretary of State Wendy Sherman, on her part, declared at the press conference that Washington is not ready to discuss with Moscow the open door policy of the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Nobody will be allowed to close the door of NATO", "wendy-sherman", 1, "Mrs. Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (K_SH, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (K_SH, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (K_SH, "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We are ready to move forward, but this is possible only in an atmosphere of de-escalation and not escalation", "wendy-sherman", 1, "the American diplomat", "russia-de-escalation", "supports", 1, "2022-01-10"),
 (K_PE, "dmitry-peskov", 1, "Mr. Peskov", "written-legal-guarantees", "supports", 0, ""),
 (K_PE, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The issue of the non-expansion of NATO is for Washington absolutely closed topic, and the Russian diplomats understand it perfectly", "andrei-krasovsky", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (K_KR, "andrei-krasovsky", 1, "his", "no-intermediate-range-missiles", "mentions", 0, ""),
 (K_KR, "andrei-krasovsky", 1, "his", "limit-military-exercises", "mentions", 0, ""),
 ("If the sides will agree about the mutual limitation of the intermediate-range missiles in Europe, this already will be a big result, comparable with the 1980s", "andrei-krasovsky", 1, "Mr. Krasovsky", "no-intermediate-range-missiles", "supports", 1, ""),
 ("We are not going to negotiate for years. We need answers quickly, otherwise we will be forced to take military-technical measures", "alexander-grushko", 1, "he", "", "", 1, "2022-01-09"),
]

LRT_LEDE = "Lithuanian officials on Thursday welcomed NATO's refusal to discuss Russia's demand to withdraw allied troops from the alliance's eastern flank, but warned that Moscow's pressure on the Baltic states is unlikely to ease after the first NATO-Russia Council meeting in more than two years."
LRT_LA1 = "There is no scenario in which NATO forces leave Lithuania because the Kremlin asks for it,"
LRT_LA2 = "Landsbergis said the allies had made clear in Brussels that each country had the right to choose its own alliances and that no one outside the alliance could veto membership decisions."
LRT_GR = "The situation is very dangerous. NATO has not shown readiness to take into account our concerns on non-enlargement and on the non-deployment of strike weapons close to our borders,"
LRT_DK1 = "Darius Kuolys-Ramanauskas, a researcher at Vilnius University's Institute of International Relations and Political Science, said the Russian demands on 1997 were aimed as much at the Baltic states as at Ukraine."
LRT_DK2 = "Moscow wants a grey zone in which the Baltic states are members of NATO only on paper. That is what the return to 1997 really means,"
L["lrt-2022-01-13-baltics-reject-1997-rollback"] = [
 (LRT_LEDE, "lithuania", 0, "Lithuanian officials", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 (LRT_LEDE, "nato", 0, "NATO", "rollback-to-1997", "rejects", 0, ""),
 (LRT_LEDE, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (LRT_LA1, "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 (LRT_LA1, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The battlegroup in Rukla is here because of Russia's behaviour, not in spite of it.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 (LRT_LA2, "gabrielius-landsbergis", 1, "Landsbergis", "nato-open-door", "supports", 0, "2022-01-13"),
 (LRT_LA2, "nato", 0, "the allies", "nato-open-door", "supports", 0, ""),
 (LRT_GR, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (LRT_GR, "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 ("We will not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("President Gitanas Nausėda, speaking in Vilnius on Thursday, said Lithuania would ask allies for more, not fewer, troops.", "gitanas-nauseda", 1, "Gitanas Nausėda", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Our answer to these ultimatums is a stronger presence of allies on our soil,", "gitanas-nauseda", 1, "the president", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("Audronė Vaitkevičiūtė, a member of the Seimas Committee on National Security and Defence, said the alliance should be careful about what it offers Moscow on exercises.", "audrone-vaitkeviciute", 1, "Audronė Vaitkevičiūtė", "limit-military-exercises", "rejects", 0, ""),
 ("If NATO agrees to limit drills near the Russian border, it will in practice limit drills in Lithuania. We must not pay for a deal with our own security,", "audrone-vaitkeviciute", 1, "she", "limit-military-exercises", "rejects", 1, ""),
 ("She added that she had no objection to talks on missiles, which she said concerned the US and Russia above all.", "audrone-vaitkeviciute", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 (LRT_DK1, "darius-kuolys-ramanauskas", 1, "Darius Kuolys-Ramanauskas", "rollback-to-1997", "mentions", 0, ""),
 (LRT_DK1, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 (LRT_DK2, "darius-kuolys-ramanauskas", 1, "Kuolys-Ramanauskas", "rollback-to-1997", "mentions", 1, ""),
 (LRT_DK2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The proposal is not serious as a negotiating position, but it is very serious as a statement of intent.", "darius-kuolys-ramanauskas", 1, "Kuolys-Ramanauskas", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-19"
BT_O1 = "Thank you very much, Mr Chairman. Ladies and gentlemen, the two Russian drafts are not an offer for negotiation in the usual sense. They are a list of conditions. Moscow demands, first, a legally binding undertaking that the Alliance will not admit any further members, and second, the withdrawal of Allied forces from all states that joined after May 1997."
BT_O2 = "Both points are unacceptable to the Alliance and, in my assessment, must remain so. A NATO that lets a third country decide on the stationing of its troops on the territory of its own members would give up the core of collective defence."
BT_O3 = "At the same time, I would advise against throwing the drafts away as a whole. Several articles concern questions on which the West itself made proposals in the past: the stationing of land-based intermediate-range missiles, the scale of exercises close to borders, incidents between warships and aircraft. Here there is material for talks, provided Russia reduces its troop presence on the Ukrainian border."
BT_K1 = "Mr Chairman, ladies and gentlemen, allow me to look at the question from the angle of international law. The Russian side insists on treaties that would be ratified and binding, and expressly rejects political declarations. That is understandable from its perspective, because it considers the assurances of 1990 to have been broken."
BT_K2 = "But a treaty that forbids sovereign states to apply for membership of an alliance contradicts the Helsinki Final Act and the Charter of Paris, which Russia itself signed. The right of every state to choose its alliances is not a Western invention; it is common European acquis."
BT_K3 = "I would add one more point. The 2008 Bucharest declaration gave Ukraine and Georgia a promise without a timetable. One may regret that formulation, as many in Berlin did at the time, but to withdraw it now under military pressure would be read everywhere as a reward for threats."
BT_M1 = "Thank you. I would like to speak about the domestic Russian context. In the Russian reading, the drafts are not maximal demands to be bargained down. The leadership in Moscow expects guarantees on paper, binding in international law, and has said so repeatedly."
BT_M2 = "The demand that there be no Western military cooperation with Ukraine, Georgia or the states of Central Asia is, in my view, the heart of the matter for the Kremlin. It concerns the post-Soviet space as a zone of Russian influence."
BT_M3 = "Whether the troop build-up is preparation for an attack or a means of pressure, I cannot say with certainty. I think both are possible, and I think that makes the situation more dangerous than in 2014."
BT_O4 = "Thank you for the question. The most promising starting point is the missile question. After the end of the INF Treaty there is no regime at all; a reciprocal renunciation of intermediate-range land-based systems in Europe, with verification, would be in the German interest, and I would support it without hesitation."
BT_O5 = "Germany could also push for the modernisation of the Vienna Document, which would give notice of exercises earlier and at lower thresholds. That would address part of what Russia calls limits on manoeuvres, without giving Moscow a veto."
BT_K4 = "Legally, a moratorium by the members themselves would be possible; nobody can oblige NATO to admit anyone. But Moscow has explicitly said it does not want a moratorium, but a permanent and binding renunciation. So the question is somewhat theoretical."
BT_M4 = "I expect the Russian side to ask once again for a reply to each article of its drafts. I do not expect a breakthrough; the most we can hope for is that the channel stays open."
KO, MK, IM = "katrin-oberhauser", "matthias-kettenbach", "ilse-marquardt"
L["bundestag-2022-01-19-foreign-affairs-committee-hearing"] = [
 (BT_O1, KO, 1, "Dr. Katrin Oberhauser", "nato-non-expansion", "mentions", 1, D),
 (BT_O1, KO, 1, "Dr. Katrin Oberhauser", "written-legal-guarantees", "mentions", 1, D),
 (BT_O1, KO, 1, "Dr. Katrin Oberhauser", "rollback-to-1997", "mentions", 1, D),
 (BT_O1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (BT_O1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (BT_O1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (BT_O2, KO, 1, "Dr. Katrin Oberhauser", "nato-non-expansion", "rejects", 1, D),
 (BT_O2, KO, 1, "Dr. Katrin Oberhauser", "rollback-to-1997", "rejects", 1, D),
 (BT_O3, KO, 1, "Dr. Katrin Oberhauser", "no-intermediate-range-missiles", "mentions", 1, D),
 (BT_O3, KO, 1, "Dr. Katrin Oberhauser", "limit-military-exercises", "mentions", 1, D),
 (BT_O3, KO, 1, "Dr. Katrin Oberhauser", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (BT_O3, KO, 1, "Dr. Katrin Oberhauser", "russia-de-escalation", "supports", 1, D),
 (BT_K1, MK, 1, "Prof. Dr. Matthias Kettenbach", "written-legal-guarantees", "mentions", 1, D),
 (BT_K1, "russia", 0, "The Russian side", "written-legal-guarantees", "supports", 0, ""),
 (BT_K2, MK, 1, "Prof. Dr. Matthias Kettenbach", "nato-open-door", "supports", 1, D),
 (BT_K2, MK, 1, "Prof. Dr. Matthias Kettenbach", "nato-non-expansion", "rejects", 1, D),
 (BT_K3, MK, 1, "Prof. Dr. Matthias Kettenbach", "rescind-bucharest-2008", "rejects", 1, D),
 (BT_M1, IM, 1, "Dr. Ilse Marquardt", "written-legal-guarantees", "mentions", 1, D),
 (BT_M1, "russia", 0, "The leadership in Moscow", "written-legal-guarantees", "supports", 0, ""),
 (BT_M2, IM, 1, "Dr. Ilse Marquardt", "no-military-activity-ex-soviet", "mentions", 1, D),
 (BT_M2, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 (BT_M3, IM, 1, "Dr. Ilse Marquardt", "", "", 1, D),
 (BT_O4, KO, 1, "Dr. Katrin Oberhauser", "no-intermediate-range-missiles", "supports", 1, D),
 (BT_O5, KO, 1, "Dr. Katrin Oberhauser", "limit-military-exercises", "mentions", 1, D),
 (BT_O5, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (BT_K4, MK, 1, "Prof. Dr. Matthias Kettenbach", "nato-non-expansion", "mentions", 1, D),
 (BT_K4, MK, 1, "Prof. Dr. Matthias Kettenbach", "written-legal-guarantees", "mentions", 1, D),
 (BT_K4, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (BT_K4, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (BT_M4, IM, 1, "Dr. Ilse Marquardt", "", "", 1, D),
]

D = "2022-01-12"
JS = "julianne-smith"
US_1 = "Thanks so much, and good afternoon. I just walked out of a meeting of the NATO-Russia Council that lasted about four hours. It was the first meeting of the Council in more than two years, and I would describe it as a frank and serious exchange."
US_2 = "All 30 Allies spoke with one voice this morning. We told our Russian counterparts very clearly that we are not going to slam the door on countries that want to join this Alliance. NATO's open door is not up for negotiation, and neither Moscow nor anyone else gets a veto over who becomes a member."
US_3 = "We also told them that we will not be negotiating about our force posture on the eastern flank in exchange for nothing. Allies decide for themselves where they station their forces, and the idea that NATO would pull back to where it stood in 1997 is a non-starter."
US_4 = "That said, we heard the Russian concerns, and there are issues where we believe we can make progress. Allies put forward a number of ideas: reciprocal restrictions on the placement of missiles, more transparency around military exercises, risk reduction, and reopening our respective missions here in Brussels and in Moscow."
US_5 = "And finally, we urged Russia to de-escalate. It is very difficult to have a productive conversation while there are 100,000 troops sitting on Ukraine's border. So the ball is now in Russia's court."
US_6 = "They did not commit to a date. Deputy Foreign Minister Grushko said they would need to go back to Moscow and report, and we respect that."
US_7 = "On your second question, no, I did not hear them walk away from anything. They went through their draft agreement, and they were very clear that for them the central issue remains a legally binding guarantee that the Alliance will not enlarge any further, including to Ukraine and Georgia."
US_8 = "Absolutely. Nothing about Allies without Allies, and nothing about Ukraine without Ukraine. That is a principle the President and Secretary Blinken have repeated over and over again."
US_9 = "On exercises, what we are talking about is transparency and reciprocity. We are not talking about unilateral limits on NATO drills on Allied territory, and any measure would apply to Russia as much as to us."
US_10 = "We are consulting among Allies on next steps, and I think you will see NATO put its ideas down in writing. I'm not going to get ahead of that process or put a date on it."
US_11 = "What I will say is that we are not going to trade away principles for paper. Diplomacy is our preferred path, but we are prepared for either path."
L["usnato-2022-01-12-ambassador-smith-briefing-nrc"] = [
 (US_1, JS, 1, "Ambassador Smith", "", "", 1, D),
 (US_2, JS, 1, "Ambassador Smith", "nato-open-door", "supports", 1, D),
 (US_2, JS, 1, "Ambassador Smith", "nato-non-expansion", "rejects", 1, D),
 (US_3, JS, 1, "Ambassador Smith", "rollback-to-1997", "rejects", 1, D),
 (US_4, JS, 1, "Ambassador Smith", "no-intermediate-range-missiles", "mentions", 1, D),
 (US_4, JS, 1, "Ambassador Smith", "limit-military-exercises", "mentions", 1, D),
 (US_5, JS, 1, "Ambassador Smith", "russia-de-escalation", "supports", 1, D),
 (US_6, JS, 1, "Ambassador Smith", "", "", 1, D),
 (US_7, JS, 1, "Ambassador Smith", "nato-non-expansion", "mentions", 1, D),
 (US_7, JS, 1, "Ambassador Smith", "no-ukraine-membership", "mentions", 1, D),
 (US_7, JS, 1, "Ambassador Smith", "written-legal-guarantees", "mentions", 1, D),
 (US_7, "russia", 0, "they", "nato-non-expansion", "supports", 0, D),
 (US_7, "russia", 0, "they", "no-ukraine-membership", "supports", 0, D),
 (US_7, "russia", 0, "they", "written-legal-guarantees", "supports", 0, D),
 (US_8, JS, 1, "Ambassador Smith", "", "", 1, D),
 (US_9, JS, 1, "Ambassador Smith", "limit-military-exercises", "mentions", 1, D),
 (US_10, JS, 1, "Ambassador Smith", "", "", 1, D),
 (US_11, JS, 1, "Ambassador Smith", "", "", 1, D),
]

W_LAV = "The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
W_PUT = "He singled out three: NATO expansion, the non-deployment of strike systems near Russia's borders, and the return of the alliance's military infrastructure in Europe to its 1997 state."
L["warontherocks-2022-02-03-the-answer-moscow-did-not-want"] = [
 ("There is no positive response to the main issue in this document,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 (W_LAV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (W_LAV, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (W_PUT, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (W_PUT, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (W_PUT, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Are we supposed to fight with the NATO bloc? Has anyone thought about that?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("sets out a serious diplomatic path forward.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("that security guarantees must be legally binding, not words on paper that can be torn up tomorrow.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, "2022-01-28"),
 ("Deputy Foreign Minister Alexander Grushko told Kommersant that without an end to NATO's eastward enlargement, the rest of the package \"loses its meaning.\"", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, ""),
 ("A moratorium costs us nothing, because Ukraine is not joining in the next 20 years anyway, and it might buy us a war avoided.", "kathryn-dunleavy-moreau", 1, "she", "no-ukraine-membership", "supports", 1, ""),
]

write_gold(L, "articles-259", "gold-259")
