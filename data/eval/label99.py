#!/usr/bin/env python3
"""Writes the ninety-ninth held-out gold (gold-99/*.nq) from the labels below.

Batch 99 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, from mainstream outlets, in
seven different forms:

- mid-2022-01-10-ryabkov-geneva-presser: Russian Foreign Ministry transcript
  (unofficial translation) of Ryabkov's Geneva press conference after the
  talks with Sherman; speaker labels "Sergey Ryabkov:" and "Question (outlet):",
  answers over several paragraphs; front matter.
- ft-2022-01-12-nato-russia-council: Financial Times news story on the
  NATO-Russia Council (Stoltenberg, Grushko, Sherman, an invented analyst);
  curly quotes, a quotation split by "Stoltenberg said", a passive
  attribution ("was dismissed by Stoltenberg"), roles ("Nato's
  secretary-general", "the deputy foreign minister"), history paragraph (Baker
  1990, the 1997 Founding Act); front matter.
- err-2022-01-14-osce-parnpuu-interview: ERR News, news intro on the OSCE
  Permanent Council in Vienna (Rau, Lukashevich) and Estonian reactions
  (Liimets, Laanet), then a Q&A interview with an invented ICDS analyst
  ("ERR News:" / "Pärnpuu:" labels, one answer over two paragraphs); straight
  quotes, no front matter, date line "14.01.2022 16:40".
- cnn-2022-01-26-us-response-live: CNN live blog of the day the written
  answers were delivered, newest entry first, timestamped entries with
  headlines and "From CNN's ..." bylines (Blinken, Price, Stoltenberg, Kuleba,
  Zalkaliani, Lavrov, Peskov, a senior State Department official on
  background); a "What we covered here" list; front matter.
- pentagon-2022-01-27-kirby-briefing: Department of Defense transcript of a
  Kirby press briefing, opening statement and "Q:" / "MR. KIRBY:" exchanges;
  UTF-8 BOM and CRLF line ends, no front matter, date line "Jan. 27, 2022".
- izvestia-2022-01-27-us-answer-mt: machine-translated aggregator copy of an
  Izvestia report on Moscow's first reactions to the answers (Lavrov, Peskov,
  Zakharova, Ryabkov, two invented experts); « » quotes with nested „ “,
  attribution after the quotation with a dash («...», – he said), "according
  to", unnamed diplomatic sources; no front matter, date line
  "27 January 2022, 14:30".
- politico-2022-01-24-borrell-fac-russia: POLITICO Europe story on the
  Foreign Affairs Council (Borrell's press conference, Landsbergis, Przydacz,
  two invented think-tank experts); curly quotes, a split quotation, a
  crosshead, a quoted Bucharest declaration; front matter.

Conventions (the same as the earlier batches):
- one label per (speaker, demand) a passage expresses; a quotation that
  rejects Moscow's demand and defends the open door gets both labels;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span; a quoted fragment of
  fewer than six words inside reported speech leaves the whole sentence as
  reported speech;
- Q/A interviews and transcripts: each paragraph of an answer (or of an
  opening statement) is one direct quotation, evidence = the paragraph without
  the speaker label; journalists' questions and moderators get no label; the
  speaker name is the one the intro/speaker label gives ("Sergey Ryabkov",
  "John F. Kirby", "Kadri-Liis Pärnpuu");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance by the speaker's own position: supports / rejects; mentions when the
  speaker only reports a demand, asks about it, or offers to discuss it
  ("we are ready to talk about this", "something that can be discussed");
- every direct quotation of six or more words about none of the demands gets
  one demand-less label; reported speech about no demand or about demands
  left unspecified ("the main question", "core principles", "our key
  concerns") gets no label, a quotation about them a demand-less one;
- not labelled: historical background (Baker 1990, the 1997 Founding Act,
  Bucharest 2008 as an event), words quoted from documents (the Bucharest
  declaration, the EU ministers' statement), headlines, crossheads,
  standfirsts, the live blog's summary list, statements by unnamed groups
  ("diplomats", "sources in the diplomatic circles", "the experts",
  "analysts");
- a demand attributed in passing to Moscow inside another speaker's
  sentence ("rejecting Moscow's call for ...", "because Moscow demands it",
  "Moscow had asked for talks without preconditions") is also Russia's label
  (speaker russia, not a person, name "Moscow", undated); Russian officials
  speaking of "Moscow" are the speaker themselves, and claims that are not a
  demand ("which Moscow says could be used to launch cruise missiles") get no
  Russia label;
- speaker ids: persons as firstname-lastname slugs (diacritics folded); a
  senior State Department official on background -> us-state-department;
  speaker name = the words naming the speaker at that point, pronouns as
  written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (live-blog entries against their timestamp); "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
RY = ("sergei-ryabkov", 1, "Sergey Ryabkov")
D = "2022-01-10"
L = {}
L["mid-2022-01-10-ryabkov-geneva-presser"] = [
 ("Good evening, colleagues. Today's conversation with the American delegation headed by Deputy Secretary of State Wendy Sherman lasted almost eight hours, with a short break. It was difficult, long, very professional, deep and concrete, without attempts to embellish anything or to evade sharp corners.", *RY, "", "", 1, D),
 ("We explained to our American colleagues that the central element of our package is a legally binding guarantee that NATO will not expand any further. Not a moratorium, not a promise made in a corridor, but a treaty obligation, signed and ratified. Verbal assurances are no longer enough for us.", *RY, "nato-non-expansion", "supports", 1, D),
 ("We explained to our American colleagues that the central element of our package is a legally binding guarantee that NATO will not expand any further. Not a moratorium, not a promise made in a corridor, but a treaty obligation, signed and ratified. Verbal assurances are no longer enough for us.", *RY, "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. The same applies to Georgia. I hope the American side heard this clearly today.", *RY, "no-ukraine-membership", "supports", 1, D),
 ("We also raised the question of the formula adopted at the Bucharest summit. It must be officially disavowed, because as long as it stands, it remains a standing invitation to Kyiv and Tbilisi.", *RY, "rescind-bucharest-2008", "supports", 1, D),
 ("I keep hearing that this policy is sacred. For us it is not sacred at all. It is a dangerous relic of a different era, and that door has to be closed. I said this to Wendy Sherman directly, looking her in the eye.", *RY, "nato-open-door", "rejects", 1, D),
 ("On intermediate- and shorter-range missiles, I would say that the American side showed a more serious approach than before. We have long proposed a moratorium on deploying such missiles in Europe, and we are ready to work on it further. But I want to stress: these are not the issues of first priority, and they cannot be separated from the package.", *RY, "no-intermediate-range-missiles", "supports", 1, D),
 ("As for exercises, there was talk of transparency and of limiting drills near the line of contact. Fine, we are ready to talk about this. But a few more notifications will not solve anything if the main questions remain unanswered.", *RY, "limit-military-exercises", "mentions", 1, D),
 ("Of course. We proposed that American warships and heavy bombers do not go into areas from which they can hit targets on Russian territory, and we are ready to accept the same obligation ourselves. This is simple reciprocity, and I do not understand why it causes such nervousness in Washington.", *RY, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We also insist that the United States stop building military infrastructure on the territory of former Soviet republics that are not members of NATO, and stop its bilateral military cooperation with them.", *RY, "no-military-activity-ex-soviet", "supports", 1, D),
 ("There is no reason to fear any escalation. We have no intention to attack Ukraine. Our troops are on our own territory, and nobody will dictate to us where to move them. Demands of this kind are simply unacceptable to us.", *RY, "russia-de-escalation", "rejects", 1, D),
 ("We did not agree on a date. Everything now depends on Brussels on Wednesday and on Vienna on Thursday. If we see that the other side is not ready to take our key concerns seriously, I do not see a reason to meet again in the same format.", *RY, "", "", 1, D),
 ("Contacts between the military are useful, we have never been against them, and we think they should be restored on a regular basis. But this cannot replace answers on the substance.", *RY, "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-12"
S1 = "Nato’s secretary-general told a press conference that the 30 allies had been united in rejecting Moscow’s call for a legally binding pledge to halt the alliance’s eastward expansion."
S2 = "Moscow’s demand that Nato withdraw troops and weapons from the countries that joined after 1997 was dismissed by Stoltenberg, who said it would create “first- and second-class members” of the alliance."
Q1 = "It is only Ukraine and 30 Nato allies that decide when Ukraine is ready to join Nato. Russia does not have a veto,"
L["ft-2022-01-12-nato-russia-council"] = [
 (S1, "jens-stoltenberg", 1, "Nato’s secretary-general", "nato-non-expansion", "rejects", 0, D),
 (S1, "jens-stoltenberg", 1, "Nato’s secretary-general", "written-legal-guarantees", "rejects", 0, D),
 (S1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (Q1, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (Q1, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("We are ready to sit down and discuss arms control, including on missiles,", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 ("But we will not compromise on core principles.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (S2, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 (S2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He said allies had proposed that Nato and Russia reopen their respective missions in Moscow and Brussels, which were shut down last year, and use military channels of communication to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("If Nato continues to turn Ukraine into a platform for its instructors and its weapons, we will have to respond by military-technical means,", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("The deputy foreign minister said Moscow saw no point in restoring military contacts with the alliance “for the sake of dialogue alone” while its security concerns were being ignored.", "alexander-grushko", 1, "The deputy foreign minister", "resume-military-dialogue", "rejects", 0, D),
 ("We will not slam the door shut on Nato’s open-door policy, a policy that has always been central to the Nato alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("Everything else depends on whether the troops around Ukraine pull back, and there is no sign of that yet,", "henrik-vossberg", 1, "Henrik Vossberg", "russia-de-escalation", "mentions", 1, ""),
 ("The one area where a deal is within reach is exercises. Both sides would gain from smaller, better-announced drills along the border, and the allies should say so,", "henrik-vossberg", 1, "he", "limit-military-exercises", "supports", 1, ""),
]

D = "2022-01-13"
KP = ("kadri-liis-parnpuu", 1, "Kadri-Liis Pärnpuu")
P = "2022-01-14"
LIST = "The list is long: a promise that NATO will never take in Ukraine or Georgia, a pullback of everything the alliance has stationed on our territory since 1997, no NATO exercises anywhere near Russia's borders, and no American warships or bombers close enough to strike Russian territory."
LI = "In Tallinn, Foreign Minister Eva-Maria Liimets (Center) said on Thursday that Estonia would never agree to a situation in which allied troops leave its territory because Moscow demands it."
L["err-2022-01-14-osce-parnpuu-interview"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("a constructive response to our proposals within a reasonable time frame", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("Lukashevich also said NATO must stop holding exercises near Russia's borders, calling the alliance's drills in the Baltic region \"provocative.\"", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 0, D),
 (LI, "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, D),
 (LI, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are not going to scale down our exercises because somebody in Moscow calls them provocative,", "kalle-laanet", 1, "Laanet", "limit-military-exercises", "rejects", 1, D),
 ("Honestly, less than people hoped. Russia repeated its text, the Americans and NATO repeated theirs, and the OSCE listened to both. But the format matters: for the first time in years the Russians are sitting at three tables at once, and that is not nothing.", *KP, "", "", 1, P),
 (LIST, *KP, "no-ukraine-membership", "mentions", 1, P),
 (LIST, *KP, "rollback-to-1997", "mentions", 1, P),
 (LIST, *KP, "limit-military-exercises", "mentions", 1, P),
 (LIST, *KP, "no-warships-aircraft-in-strike-range", "mentions", 1, P),
 ("For us the rollback is a non-starter. The battlegroup in Tapa is not a provocation, it is insurance, and every Estonian government, whatever its colour, will say exactly the same.", *KP, "rollback-to-1997", "rejects", 1, P),
 ("Yes, and I think we should offer it. Mutual limits on snap exercises near the border, more observers, earlier notification under the Vienna Document. If Russia also keeps its drills in the Pskov region and in Belarus smaller, Estonia gains from that too.", *KP, "limit-military-exercises", "supports", 1, P),
 ("It sounds reasonable, but in practice it means negotiating with 100,000 soldiers standing next to Ukraine. I would not sit down for a second round until those troops start moving back to their barracks.", *KP, "no-preconditions", "rejects", 1, P),
 ("It sounds reasonable, but in practice it means negotiating with 100,000 soldiers standing next to Ukraine. I would not sit down for a second round until those troops start moving back to their barracks.", *KP, "russia-de-escalation", "supports", 1, P),
 ("I understand where it comes from, because our history gives us reasons. But this time the Americans have been very careful to consult everyone, and Sherman flew to Brussels straight from Geneva. I do not see a Yalta moment coming.", *KP, "", "", 1, P),
 ("The military-to-military line is something even Estonia should want. Incidents in the air over the Baltic Sea happen almost every month, and restoring regular contacts between generals does not reward Moscow, it simply lowers the risk.", *KP, "resume-military-dialogue", "supports", 1, P),
 ("Weeks, not months. Russia cannot keep that many troops in the field forever, so February will tell us a lot.", *KP, "", "", 1, P),
]

D = "2022-01-26"
KU = "It is important that the United States has not given in on the open door. Our membership is a question for Ukraine and the Alliance alone,"
BL = "There is no change; there will be no change,"
BL2 = "Blinken said the US was prepared to discuss limits on the deployment of missiles in Europe and reciprocal transparency on military exercises, but only on the basis of reciprocity and in close consultation with allies."
L["cnn-2022-01-26-us-response-live"] = [
 ("remains valid and no one can cancel it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, D),
 (KU, "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 (KU, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the US response includes an offer of reciprocal transparency measures at the Aegis Ashore sites in Romania and Poland, which Moscow says could be used to launch cruise missiles.", "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, D),
 ("enter into legally binding commitments that lock in spheres of influence.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 1, D),
 ("Diplomacy is still the best path, and the ball is now in Moscow's court,", "ned-price", 1, "Price", "", "", 1, D),
 ("sets out a serious diplomatic path forward should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 (BL, "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (BL, "antony-blinken", 1, "he", "nato-non-expansion", "rejects", 1, D),
 (BL2, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (BL2, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("we think that diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "he", "", "", 1, D),
 ("He also urged Moscow to immediately de-escalate and to pull back the forces it has massed around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("We are prepared for the worst, but we are ready to sit down and talk,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("We will read everything carefully, and then the President will decide,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
]

D = "2022-01-27"
JK = ("john-kirby", 1, "John F. Kirby")
L["pentagon-2022-01-27-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top. As you know, yesterday the State Department delivered our written response to Moscow, and NATO delivered its own. I won't characterize the content of those documents; that's really for the State Department to speak to.", *JK, "", "", 1, D),
 ("What I can tell you is that we continue to see the Russians add to their force posture along Ukraine's border and in Belarus, including over the last 24 hours. We continue to call on Mr. Putin to de-escalate, to pull those forces back, and to choose the path of diplomacy.", *JK, "russia-de-escalation", "supports", 1, D),
 ("The 8,500 troops that the Secretary put on heightened alert on Monday remain on a prepare-to-deploy order. No decision has been made to deploy them, and we'll keep you posted as things develop.", *JK, "", "", 1, D),
 ("No. We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. That's not going to change, and frankly it's not up for negotiation.", *JK, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We're not going to pull our forces out of allied territory, period. Our commitment to Article 5 is ironclad, and if anything, as the Secretary said, we're prepared to reinforce the eastern flank if we need to.", *JK, "rollback-to-1997", "rejects", 1, D),
 ("We've said we're willing to talk about reciprocal limits on the size and scope of exercises. That's something that can be discussed, on a reciprocal basis and with our allies at the table.", *JK, "limit-military-exercises", "mentions", 1, D),
 ("They will. Our security assistance to Ukraine is going to continue, and so is the training. That's a decision between two sovereign nations, and Russia doesn't get a say in it.", *JK, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Not recently. The Secretary believes that mil-to-mil channels of communication are vital, especially at a time of tension like this, and we'd welcome a regular dialogue with our Russian counterparts. That line is open.", *JK, "resume-military-dialogue", "supports", 1, D),
 ("The United States has no intention of deploying offensive strike systems in Ukraine, and the President has said so. If the Russians want that in writing on a reciprocal basis, that's something the diplomats can talk about.", *JK, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("The United States has no intention of deploying offensive strike systems in Ukraine, and the President has said so. If the Russians want that in writing on a reciprocal basis, that's something the diplomats can talk about.", *JK, "written-legal-guarantees", "mentions", 1, D),
 ("I'm not going to put a clock on it. That's for the diplomats to work through.", *JK, "", "", 1, D),
 ("We're watching them closely, as we always do. We expect the Russian Navy to operate safely and professionally, in accordance with international law.", *JK, "", "", 1, D),
]

D = "2022-01-27"
LV = "The main question, he explained, is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation."
TU = "The Americans offer to us the transparency of exercises and the mutual restrictions on the missiles, that is, what they themselves want. About the nonexpansion in the answer there is not a word"
L["izvestia-2022-01-27-us-answer-mt"] = [
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 (LV, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, D),
 ("It is necessary some time, it is not necessary to rush with the estimates", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("At the same time he emphasized that Vladimir Putin remains open for the continuation of dialogue without any preconditions, but the dialogue must concern the essence of the Russian proposals, and not the secondary details.", "dmitry-peskov", 1, "he", "no-preconditions", "supports", 0, D),
 ("The proposal of the alliance about the restoration of the military channels we have taken to note, it will be studied together with the rest", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 1, D),
 ("Our Western colleagues repeat as a mantra the formula „open doors“, but forget that the same documents of OSCE speak about the indivisibility of security. The door cannot be open at the expense of the security of Russia", "maria-zakharova", 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 ("The return to the configuration of 1997 is for us not the subject for bargaining, it is the base", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-26"),
 ("According to Ryabkov, Moscow does not see the sense in the discussion of secondary questions while the Americans continue to send into Ukraine the weapons and the instructors.", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-26"),
 (TU, "gleb-tulinov", 1, "Gleb Tulinov", "limit-military-exercises", "mentions", 1, ""),
 (TU, "gleb-tulinov", 1, "Gleb Tulinov", "no-intermediate-range-missiles", "mentions", 1, ""),
 (TU, "gleb-tulinov", 1, "Gleb Tulinov", "nato-non-expansion", "mentions", 1, ""),
 ("The Black Sea must be closed for the American destroyers, and the strategic bombers must not fly along our border. This is the elementary requirement of the security", "arkady-pestrikov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
]

D = "2022-01-24"
BO = "No one can decide for Ukraine whether it joins NATO — not Moscow, not Washington and not Brussels,"
PC = "The EU’s foreign policy chief noted that Moscow had asked for talks without preconditions and said the bloc was ready to take part in any format that brought the sides closer."
VR = "A treaty that says NATO stops where it is would never pass the U.S. Senate, and the Russians know that perfectly well,"
UB = "Moscow also wants NATO out of Ukraine entirely, she said: no trainers, no bases, no weapons deliveries."
L["politico-2022-01-24-borrell-fac-russia"] = [
 ("De-escalation is the first thing we ask for. Russia has to pull back the troops it has amassed on the border of Ukraine,", "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 1, D),
 (BO, "josep-borrell", 1, "he", "nato-open-door", "supports", 1, D),
 (BO, "josep-borrell", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("The security of Europe cannot be discussed over our heads,", "josep-borrell", 1, "Borrell", "", "", 1, D),
 ("We are part of the solution, and we want to be at the table when it is discussed.", "josep-borrell", 1, "Borrell", "", "", 1, D),
 (PC, "josep-borrell", 1, "The EU’s foreign policy chief", "no-preconditions", "mentions", 0, D),
 (PC, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Asked whether the EU could live with limits on the deployment of missiles in Europe, Borrell said arms control was “something that can be discussed” but only with Europeans in the room.", "josep-borrell", 1, "Borrell", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The idea that no offensive weapons can ever be stationed in Lithuania or Poland is a non-starter. We will decide what we need to defend ourselves,", "gabrielius-landsbergis", 1, "Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("A ban on American missiles in Europe would only make Poland less safe. We see no reason to give Russia a veto over what defends Polish soil,", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 1, "2022-01-23"),
 ("Putting Bucharest into the draft was deliberate. The point is to make the West admit, on paper, that 2008 was a mistake,", "ulrike-brandstatter", 1, "Ulrike Brandstätter", "rescind-bucharest-2008", "mentions", 1, ""),
 (UB, "ulrike-brandstatter", 1, "she", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (UB, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (VR, "tomas-vrba", 1, "Tomáš Vrba", "nato-non-expansion", "mentions", 1, ""),
 (VR, "tomas-vrba", 1, "Tomáš Vrba", "written-legal-guarantees", "mentions", 1, ""),
 ("The open door is the one thing neither side can trade away, and the whole negotiation is stuck on it,", "tomas-vrba", 1, "Vrba", "nato-open-door", "mentions", 1, ""),
 ("We are not going to be naive, and we are not going to be divided,", "josep-borrell", 1, "he", "", "", 1, D),
]

write_gold(L, "articles-99", "gold-99")
