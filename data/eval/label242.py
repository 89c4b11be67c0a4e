#!/usr/bin/env python3
"""Writes the held-out gold of batch 242 (gold-242/*.nq) from the labels below.

Batch 242 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cbs-news-2022-01-30-face-the-nation-sullivan-haldane: CBS News, "Face the
  Nation" transcript (no front matter, date in the header line); upper-case
  speaker labels, host questions that name demands (unlabelled), a
  correspondent voice-over with one reported Peskov sentence, an analyst whose
  answers attribute demands to Moscow/"the Russians" in passing.
- le-figaro-2022-01-13-nato-russia-dialogue-of-the-deaf: Le Figaro in English,
  « » quotation marks, quotations interrupted by "X said", "READ ALSO" link
  lines (one with a quoted phrase), Baker 1990 / Bucharest background with
  quoted fragments, a two-word «dead end» fragment, an anonymous five-word quote.
- el-pais-2022-01-27-us-nato-written-answers-russia: El País in English,
  curly quotes, photo caption and "MORE INFORMATION" box, Blinken's
  "There is no change" answer to a reported question, lead-in clause plus quote
  in one sentence, Spanish ministers and a coalition MP, an analyst naming
  Moscow's package in passing.
- vedomosti-2022-01-11-ryabkov-reinforced-concrete-guarantees: Vedomosti,
  machine-translated from Russian (UTF-8 BOM, CRLF line ends, no front matter),
  « » quotes followed by ", - said X", odd articles and word order, a short
  quoted fragment inside reported speech, a "Recall, ..." paragraph
  paraphrasing the 17 December drafts (labelled as Moscow's, dated 17 Dec).
- georgia-today-2022-01-13-stoltenberg-bucharest-decision-stands: Georgia
  Today, straight quotes; Bucharest 2008 is both background (unlabelled
  declaration quote) and a live demand (rescind-bucharest-2008); Georgia
  counts under no-ukraine-membership; opposition/ruling MPs, an analyst.
- valdai-club-2022-02-02-indivisible-security-after-the-letters: Valdai Club
  expert article (first-person opinion of an invented author). The author's
  own unattributed prose is not a quotation nor reported speech and is not
  labelled; quoted words of the leaked US document, Istanbul/Astana and Baker
  are not labelled; Putin 1 Feb, Price 31 Jan, Lavrov's letter, an American
  ex-official quoted at a Valdai discussion.
- osce-2022-01-13-rau-permanent-council-priorities: OSCE Chairmanship press
  release (no front matter, "VIENNA, 13 January 2022 -" dateline), remarks of
  the Polish Chairman-in-Office Rau quoted in the release, one reported
  sentence in which Rau lists Russia's demands (Rau mentions, Russia supports).

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

Batch-specific choices: when one sentence has a reported lead-in and then the
quotation itself (e.g. 'he was blunt: "..."'), only the quotation is labelled.
Russia's in-passing labels use as evidence the sentence (inside the quotation,
when the attribution sits in a quotation) that attributes the demand, direct 0.
Offers to negotiate reciprocal limits on exercises or missiles are "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

# ---------------------------------------------------------------- CBS News
D = "2022-01-30"
S1 = "What we put on paper is a serious diplomatic path, if Russia wants to take it. We laid out areas where we think real progress is possible: reciprocal limits on the size and scope of military exercises, transparency measures, and a conversation about where offensive missile systems can and can't be placed in Europe, picking up where the old INF Treaty left off."
S2 = "But we were equally clear about what is not on the table. NATO's door is open and it is going to stay open. No one in Moscow gets to decide who joins the alliance."
S3 = "Diplomacy is not dead. The Russians are studying our paper, and we expect them to come back with a reply of their own. We'll see."
S4 = "At the same time, you have more than 100,000 Russian troops arrayed around Ukraine, and the most convincing thing Moscow could do to show it is serious about talking is to send those forces back to their barracks. That's the test."
S5 = "Because it isn't ours to give away. We made no commitment of that kind in the letter and we won't make one. Whether Ukraine joins is for Ukraine and the 30 allies to decide, not for Russia, and certainly not in a deal cut over Kyiv's head."
S6 = "That's a non-starter, and we told them so in Geneva and again in writing. We are not going to withdraw forces from allies who joined NATO after 1997. If anything, if Russia moves further into Ukraine, we will reinforce the eastern flank, and the President has put 8,500 troops on heightened alert to do exactly that."
S7 = "Our response was fully coordinated with Kyiv and with our allies. NATO delivered its own document the same day, and the two papers are consistent with each other. Chancellor Scholz has been very clear that there will be a high price if Russia invades."
H1 = "I think he's going to say his central demands were brushed aside, and in a narrow sense he'll be right. Moscow asked for a written, legally binding pledge that NATO never takes in Ukraine or anyone else to its east, and for the alliance to go back to where it stood in 1997. That was never going to fly."
H1r = "Moscow asked for a written, legally binding pledge that NATO never takes in Ukraine or anyone else to its east, and for the alliance to go back to where it stood in 1997."
H2 = "It's in the arms control piece. Limits on where intermediate-range missiles can go, caps on big exercises close to each other's borders: those are things the Russians themselves have been asking about for years, and frankly I'd take them up on it. That's in our interest too."
H2r = "Limits on where intermediate-range missiles can go, caps on big exercises close to each other's borders: those are things the Russians themselves have been asking about for years, and frankly I'd take them up on it."
H3 = "I wouldn't. A moratorium is exactly what the Russians have said they don't want, by the way; they want it in a treaty, signed and ratified. So it wouldn't buy you much, and it would tell Kyiv that its future is being negotiated over its head."
H3r = "A moratorium is exactly what the Russians have said they don't want, by the way; they want it in a treaty, signed and ratified."
H4 = "Then we're in a very different world, and the sanctions conversation stops being theoretical. I don't think he has decided yet. I think he's keeping every option open, which is what the troops are for."
L["cbs-news-2022-01-30-face-the-nation-sullivan-haldane"] = [
 ("Spokesman Dmitry Peskov said Thursday there was little reason for optimism after reading the American reply, because it did not address Moscow's central demand that NATO stop its eastward march.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (S1, "jake-sullivan", 1, "JAKE SULLIVAN", "limit-military-exercises", "mentions", 1, D),
 (S1, "jake-sullivan", 1, "JAKE SULLIVAN", "no-intermediate-range-missiles", "mentions", 1, D),
 (S2, "jake-sullivan", 1, "JAKE SULLIVAN", "nato-open-door", "supports", 1, D),
 (S2, "jake-sullivan", 1, "JAKE SULLIVAN", "nato-non-expansion", "rejects", 1, D),
 (S3, "jake-sullivan", 1, "JAKE SULLIVAN", "", "", 1, D),
 (S4, "jake-sullivan", 1, "JAKE SULLIVAN", "russia-de-escalation", "supports", 1, D),
 (S5, "jake-sullivan", 1, "JAKE SULLIVAN", "no-ukraine-membership", "rejects", 1, D),
 (S5, "jake-sullivan", 1, "JAKE SULLIVAN", "nato-open-door", "supports", 1, D),
 (S6, "jake-sullivan", 1, "JAKE SULLIVAN", "rollback-to-1997", "rejects", 1, D),
 (S7, "jake-sullivan", 1, "JAKE SULLIVAN", "", "", 1, D),
 (H1, "thomas-haldane", 1, "THOMAS HALDANE", "written-legal-guarantees", "mentions", 1, D),
 (H1, "thomas-haldane", 1, "THOMAS HALDANE", "nato-non-expansion", "mentions", 1, D),
 (H1, "thomas-haldane", 1, "THOMAS HALDANE", "no-ukraine-membership", "mentions", 1, D),
 (H1, "thomas-haldane", 1, "THOMAS HALDANE", "rollback-to-1997", "mentions", 1, D),
 (H1r, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (H1r, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (H1r, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (H1r, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (H2, "thomas-haldane", 1, "THOMAS HALDANE", "no-intermediate-range-missiles", "supports", 1, D),
 (H2, "thomas-haldane", 1, "THOMAS HALDANE", "limit-military-exercises", "supports", 1, D),
 (H2r, "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 (H2r, "russia", 0, "the Russians", "limit-military-exercises", "supports", 0, ""),
 (H3, "thomas-haldane", 1, "THOMAS HALDANE", "no-ukraine-membership", "rejects", 1, D),
 (H3, "thomas-haldane", 1, "THOMAS HALDANE", "written-legal-guarantees", "mentions", 1, D),
 (H3r, "russia", 0, "the Russians", "written-legal-guarantees", "supports", 0, ""),
 (H3r, "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 (H4, "thomas-haldane", 1, "THOMAS HALDANE", "", "", 1, D),
]

# ---------------------------------------------------------------- Le Figaro
W = "2022-01-12"
F_duc = "Moscow demands that we renounce the Bucharest promise and close the door to Kyiv forever; no French government could sign that,"
L["le-figaro-2022-01-13-nato-russia-dialogue-of-the-deaf"] = [
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, W),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, W),
 ("We will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, W),
 ("He added that Moscow had no say over whether Kyiv joins the Alliance one day.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, W),
 ("He added that Moscow had no say over whether Kyiv joins the Alliance one day.", "jens-stoltenberg", 1, "He", "no-ukraine-membership", "rejects", 0, W),
 ("According to NATO officials, the allies proposed a series of meetings on arms control, on missiles in Europe and on military exercises, as well as the reopening of the two missions closed last autumn.", "nato", 0, "NATO officials", "no-intermediate-range-missiles", "mentions", 0, W),
 ("According to NATO officials, the allies proposed a series of meetings on arms control, on missiles in Europe and on military exercises, as well as the reopening of the two missions closed last autumn.", "nato", 0, "NATO officials", "limit-military-exercises", "mentions", 0, W),
 ("Allies are ready to restore military-to-military channels of communication with Russia, which have been frozen for too long,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, W),
 ("On Wednesday evening, Alexander Grushko regretted that the allies had once again taken refuge behind their open-door policy, which, in his view, has turned NATO into a machine for containing Russia.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, W),
 ("If NATO moves to a policy of containment, then from our side there will be a policy of counter-containment,", "alexander-grushko", 1, "the deputy minister", "", "", 1, W),
 ("For us, the non-enlargement of NATO is an absolute imperative, and it must be fixed in a legally binding form.", "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, W),
 ("For us, the non-enlargement of NATO is an absolute imperative, and it must be fixed in a legally binding form.", "alexander-grushko", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, W),
 ("He also repeated Moscow's demand that the Alliance pull its forces and weapons back to the positions of 1997, when the NATO-Russia Founding Act was signed.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, W),
 ("He also repeated Moscow's demand that the Alliance pull its forces and weapons back to the positions of 1997, when the NATO-Russia Founding Act was signed.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("His colleague from the defence ministry, Alexander Fomin, said on Wednesday that the Russian military had put concrete de-escalation measures on the table, including moving exercise areas away from the line of contact and keeping warships and aircraft out of range of each other's territory.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, W),
 ("His colleague from the defence ministry, Alexander Fomin, said on Wednesday that the Russian military had put concrete de-escalation measures on the table, including moving exercise areas away from the line of contact and keeping warships and aircraft out of range of each other's territory.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, W),
 ("There can be no discussion on European security without the Europeans,", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, W),
 ("Europe is not a spectator in a conversation between Washington and Moscow about its own future.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, W),
 ("The minister, who hosts his European counterparts in Brest from this Thursday, added that Russia must first withdraw the troops it has massed near the Ukrainian border if it wants to be heard.", "jean-yves-le-drian", 1, "The minister", "russia-de-escalation", "supports", 0, W),
 ("The time of spheres of influence is over. Every European country is free to choose its alliances,", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, W),
 (F_duc, "jean-marc-ducastel", 1, "he", "rescind-bucharest-2008", "rejects", 1, ""),
 (F_duc, "jean-marc-ducastel", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 (F_duc, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (F_duc, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The Russians have set the bar so high that a refusal was guaranteed, which may well have been the point,", "camille-rouvier", 1, "she", "", "", 1, ""),
 ("But on missiles and exercises there is material for a real negotiation, and Europeans would be wrong to leave it to the Americans alone.", "camille-rouvier", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("But on missiles and exercises there is material for a real negotiation, and Europeans would be wrong to leave it to the Americans alone.", "camille-rouvier", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("We see no reason to sit down again in the coming days if the Americans do not give an answer on the key issue, the non-expansion of NATO,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
]

# ---------------------------------------------------------------- El País
W = "2022-01-26"
T = "2022-01-27"
E_mon = "Moscow's package has two halves: a political one, the end of enlargement and the return to 1997, which was never negotiable, and a military-technical one, on missiles and exercises, where there is real room for a deal,"
E_sec = "The secretary added that the document offers talks on reciprocal limits to military exercises and on the placement of offensive missiles in Europe, areas where, in Washington's view, both sides could gain."
E_lav = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and of deploying strike weapons that could threaten Russian territory."
E_alb = "Nobody can tell a sovereign country which alliance it may join, whether it is Ukraine, Finland or any other,"
L["el-pais-2022-01-27-us-nato-written-answers-russia"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, W),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, W),
 (E_sec, "antony-blinken", 1, "The secretary", "limit-military-exercises", "mentions", 0, W),
 (E_sec, "antony-blinken", 1, "The secretary", "no-intermediate-range-missiles", "mentions", 0, W),
 ("We cannot and will not compromise on the principles on which the security of our Alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "the Secretary General", "", "", 1, W),
 ("We will not give up on our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance.", "jens-stoltenberg", 1, "the Secretary General", "rollback-to-1997", "rejects", 1, W),
 ("He also urged Moscow to de-escalate immediately and to pull back the forces it has deployed around Ukraine and in Belarus.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, W),
 ("There is no positive answer on the main question,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, T),
 (E_lav, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, T),
 (E_lav, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("Spain is a committed and reliable ally, and we are contributing to deterrence, but our priority is diplomacy, and the first step must be for Russia to de-escalate,", "jose-manuel-albares", 1, "José Manuel Albares", "russia-de-escalation", "supports", 1, T),
 (E_alb, "jose-manuel-albares", 1, "he", "nato-open-door", "supports", 1, T),
 (E_alb, "jose-manuel-albares", 1, "he", "no-ukraine-membership", "rejects", 1, T),
 ("The Blas de Lezo is going to the Black Sea as part of an Allied mission, not to provoke anyone,", "margarita-robles", 1, "Margarita Robles", "", "", 1, ""),
 ("No to war. Spain should not be dragging itself into a military escalation that has been decided in Washington,", "rosa-villalobos", 1, "Rosa Villalobos", "", "", 1, W),
 (E_mon, "javier-montalban", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (E_mon, "javier-montalban", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 (E_mon, "javier-montalban", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (E_mon, "javier-montalban", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (E_mon, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (E_mon, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (E_mon, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (E_mon, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The question now is whether Putin will settle for half a victory.", "javier-montalban", 1, "he", "", "", 1, ""),
]

# ---------------------------------------------------------------- Vedomosti (machine-translated)
M = "2022-01-10"
V_ryab = "At the same press-conference Ryabkov said that Moscow expects from Washington the withdrawal of the military infrastructure of NATO to the configuration of 1997 and that the American missiles of medium and shorter range will not appear in Europe."
V_dec = "In them Moscow demands, in particular, the refusal of NATO from further expansion, including at the expense of Ukraine, and the non-deployment of strike weapons systems near the Russian borders."
V_sh1 = "Wendy Sherman at the telephone briefing for the journalists said that the USA firmly opposed the proposals which are «simply non-starters» for Washington, first of all the idea to close the doors of NATO for new members."
V_sh2 = "We will not allow anyone to slam closed NATO's open door policy"
V_sh3 = "At the same time, in the words of Sherman, the USA are ready to discuss with Russia the placement of the missiles and the parameters of the exercises on the reciprocal basis."
V_kr = "Washington is ready to talk about missiles and exercises, this is convenient for him. But on the non-expansion of NATO the positions are diametrically opposite"
L["vedomosti-2022-01-11-ryabkov-reinforced-concrete-guarantees"] = [
 ("For us it is absolutely obligatory to make sure that Ukraine never, never, ever becomes the member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, M),
 ("reinforced concrete, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 1, M),
 ("Not the assurances, not the safeguards - exactly guarantees", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, M),
 (V_ryab, "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, M),
 (V_ryab, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, M),
 ("We have no intention to attack Ukraine, there is no reason to fear some scenario of escalation", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, M),
 ("Movement of our troops on our own territory is not the subject of discussions with anybody", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, M),
 (V_dec, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (V_dec, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (V_dec, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 (V_sh1, "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, M),
 (V_sh1, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, M),
 (V_sh2, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, M),
 (V_sh2, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, M),
 (V_sh3, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, M),
 (V_sh3, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, M),
 ("She also called Moscow to take the steps towards de-escalation, having returned the troops to the places of permanent deployment.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, M),
 ("It is premature to make conclusions, the President will receive the full report", "dmitry-peskov", 1, "Peskov", "", "", 1, M),
 (V_kr, "ilya-kravchenko", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (V_kr, "ilya-kravchenko", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (V_kr, "ilya-kravchenko", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("If the Americans again will offer us only the moratorium for 10-20 years, it is not the answer. We need the signature under the treaty, ratified by the Senate", "konstantin-yuryev", 1, "the deputy", "written-legal-guarantees", "supports", 1, ""),
]

# ---------------------------------------------------------------- Georgia Today
W = "2022-01-12"
G_st1 = "NATO Secretary General Jens Stoltenberg said on Wednesday that the decision taken by Allied leaders at the 2008 Bucharest summit, that Georgia and Ukraine will become members of the Alliance, remains fully valid, following a four-hour meeting of the NATO-Russia Council in Brussels."
G_st2 = "We stand by the Bucharest decision. It is for Georgia and for the 30 Allies to decide when Georgia is ready to join, nobody else,"
G_gr = "The Russian delegation at the meeting was led by Deputy Foreign Minister Alexander Grushko, who told reporters afterwards that NATO must stop pulling Ukraine and Georgia into its orbit and must give Russia legally binding guarantees that neither will ever be admitted."
G_ry = "The Bucharest formula must be disavowed, and it must be done on paper, not in words,"
G_ts = "When Moscow demands that NATO tear up the Bucharest promise, Tbilisi should be the loudest voice in the room, not a bystander,"
G_ge = "Russia is asking the West to turn the clock back to 1997 and to recognize the post-Soviet space as its backyard, where NATO cannot hold an exercise or train a single soldier,"
L["georgia-today-2022-01-13-stoltenberg-bucharest-decision-stands"] = [
 (G_st1, "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 0, W),
 (G_st1, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, W),
 (G_st2, "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 1, W),
 (G_st2, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, W),
 (G_st2, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, W),
 (G_gr, "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 0, W),
 (G_gr, "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, W),
 ("Earlier this week, Russian Deputy Foreign Minister Sergei Ryabkov, who led Moscow's team at the Geneva talks with the United States, demanded on Monday that the Alliance formally disown the pledge made to Tbilisi and Kyiv in Bucharest.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 (G_ry, "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 (G_ry, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Georgia's sovereign choice is not a subject for negotiation between third parties. No decision about Georgia without Georgia,", "david-zalkaliani", 1, "Zalkaliani", "nato-open-door", "supports", 1, "2022-01-13"),
 (G_ts, "giorgi-tsertsvadze", 1, "Giorgi Tsertsvadze", "rescind-bucharest-2008", "rejects", 1, ""),
 (G_ts, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Our silence only tells the Kremlin that it can bargain over our heads.", "giorgi-tsertsvadze", 1, "Giorgi Tsertsvadze", "", "", 1, ""),
 ("We do not need to shout. Our partners have said clearly that there will be no deals over Georgia's head, and that is what matters,", "tamar-kapanadze", 1, "she", "", "", 1, ""),
 (G_ge, "levan-gegechkori", 1, "Levan Gegechkori", "rollback-to-1997", "mentions", 1, ""),
 (G_ge, "levan-gegechkori", 1, "Levan Gegechkori", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (G_ge, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (G_ge, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("That would make the Substantial NATO-Georgia Package and every joint drill at Krtsanisi illegitimate overnight.", "levan-gegechkori", 1, "Levan Gegechkori", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

# ---------------------------------------------------------------- Valdai Club
P = "2022-02-01"
VA_pu = "We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and the return of the bloc's military capability and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed,"
VA_la = "In a message sent on 1 February to his counterparts in the United States, Canada and European countries, Foreign Minister Sergei Lavrov asked each government to explain how it reconciles its attachment to the freedom to choose alliances with that second obligation, and warned that Russia expects an individual answer from every capital rather than a collective reply from NATO or the EU."
VA_wh = "Washington has put a genuinely serious arms control agenda on the table, on intermediate-range missiles and on exercises, and it would be a historic mistake to dismiss it because the enlargement question was not answered the way the Kremlin wanted,"
L["valdai-club-2022-02-02-indivisible-security-after-the-letters"] = [
 (VA_pu, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, P),
 (VA_pu, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, P),
 (VA_pu, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, P),
 ("Imagine that Ukraine is a NATO member and a military operation begins there to take back Crimea. What, are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, P),
 ("The door to diplomacy remains open, but so does NATO's door.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-31"),
 (VA_la, "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "mentions", 0, P),
 (VA_wh, "richard-whitlock", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 (VA_wh, "richard-whitlock", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 (VA_wh, "richard-whitlock", 1, "he", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (VA_wh, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
]

# ---------------------------------------------------------------- OSCE Chairmanship
D = "2022-01-13"
O_note = "The Chairman-in-Office noted that the Russian Federation had in recent weeks put forward proposals calling for legally binding guarantees that NATO would not enlarge further and that forces would be pulled back from countries that joined the Alliance after 1997, and that these proposals had been discussed this week in Geneva and in Brussels."
O_plat = "We are ready to offer this Organization as a platform where concerns on all sides, including about the scale of military exercises and the deployment of missile systems, can be addressed on the basis of reciprocity and transparency,"
L["osce-2022-01-13-rau-permanent-council-priorities"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("For several weeks we have been faced with the prospect of a major military escalation in Eastern Europe.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (O_note, "zbigniew-rau", 1, "The Chairman-in-Office", "nato-non-expansion", "mentions", 0, D),
 (O_note, "zbigniew-rau", 1, "The Chairman-in-Office", "written-legal-guarantees", "mentions", 0, D),
 (O_note, "zbigniew-rau", 1, "The Chairman-in-Office", "rollback-to-1997", "mentions", 0, D),
 (O_note, "russia", 0, "the Russian Federation", "nato-non-expansion", "supports", 0, ""),
 (O_note, "russia", 0, "the Russian Federation", "written-legal-guarantees", "supports", 0, ""),
 (O_note, "russia", 0, "the Russian Federation", "rollback-to-1997", "supports", 0, ""),
 ("The principles we all signed in Helsinki and reaffirmed in Paris are not up for renegotiation. Every participating State has the sovereign right to choose its own security arrangements, including treaties of alliance, or to remain neutral,", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, D),
 (O_plat, "zbigniew-rau", 1, "he", "limit-military-exercises", "mentions", 1, D),
 (O_plat, "zbigniew-rau", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The first and most urgent step is de-escalation,", "zbigniew-rau", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("The forces that have been concentrated along Ukraine's borders should be pulled back, and all sides should engage in good faith.", "zbigniew-rau", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("The OSCE has the tools, from the Vienna Document to our field operations, to reduce risks and increase military transparency, and we stand ready to use them,", "helga-maria-schmid", 1, "she", "", "", 1, D),
]

write_gold(L, "articles-242", "gold-242")
