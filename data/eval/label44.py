#!/usr/bin/env python3
"""Writes the forty-fourth held-out gold (gold-44/*.nq) from the labels below.

Batch 44 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Its outlets are wire services and regional papers of Ukraine, Georgia,
Armenia, Azerbaijan, Kazakhstan and the Balkans, plus a UN meeting record and
a radio interview:

- unian-2022-01-10-geneva-live: UNIAN (Kyiv) live blog of the Geneva talks,
  time-stamped entries, front matter, curly quotes; Ryabkov, Sherman,
  Ukrainian ministers, an invented analyst; a history sentence (Baker 1990).
- interpressnews-2022-01-13-zalkaliani-bucharest: Interpressnews (Tbilisi)
  wire, no front matter (date line "13.01.2022 15:47"), machine-translated
  English, „ “ quotation marks followed by "- X said"; two speakers in one
  sentence, a demand attributed in passing to Russia, a document paraphrase.
- armenpress-2022-01-14-lavrov-press-conference: Armenpress (Yerevan) wire
  on Lavrov's annual press conference; UTF-8 BOM, CRLF line ends, front
  matter, straight quotes; a quotation split by "the minister said".
- trend-2022-01-27-us-nato-answers: Trend (Baku) wire on the reactions to
  the US/NATO written answers, no front matter, « » quotation marks; an
  invented analyst.
- kazinform-2022-01-21-borodavkin-radio-interview: Kazinform transcript of
  a Kazakh Radio interview with the Russian ambassador (speaker labels,
  questions unlabelled).
- balkaninsight-2022-02-01-bulgaria-romania-1997: Balkan Insight analysis
  quoting officials and invented experts (one on N1 television); quotes a
  draft article and the 1997 Founding Act (not labelled); crossheads.
- un-2022-01-31-security-council-s-pv-8960: UN Security Council provisional
  record (extracts), speaker labels "Mr. X (Country) (spoke in ...):".

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label);
  journalists' questions and the chair get no label; the speaker's name is
  the one the speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it, offers to discuss it or
  predicts what others will do with it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label; reported speech about no demand, or about demands
  left unspecified ("the main question", "our concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Istanbul 1999,
  Bucharest 2008), words quoted from or paraphrased from documents,
  headlines, crossheads, standfirsts and link lines are not labelled;
  statements by unnamed groups ("diplomats in Brussels", "Bulgarian
  officials", "Ukrainian diplomats") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  is also Russia's label (speaker russia, not a person), undated when no day
  is given;
- speaker ids: persons as firstname-lastname slugs; speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["unian-2022-01-10-geneva-live"] = [
 ("We need legally binding guarantees, not promises and not assurances. The Americans should understand that a paper with signatures is the minimum,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2022-01-09"),
 ("Ukraine’s path to NATO is decided in Kyiv and in thirty allied capitals, not at a table in Geneva. Nothing about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Ukraine’s path to NATO is decided in Kyiv and in thirty allied capitals, not at a table in Geneva. Nothing about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("Ukraine will receive the weapons it needs from the United States, Britain and our other partners. Nobody in Moscow will decide what weapons our partners may deploy on our territory and with whom our army trains.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-10"),
 ("Ukraine will receive the weapons it needs from the United States, Britain and our other partners. Nobody in Moscow will decide what weapons our partners may deploy on our territory and with whom our army trains.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("The Black Sea is not a Russian lake. Ships of our partners have come here and will keep coming, in full accordance with international law,", "oleksiy-neizhpapa", 1, "Oleksiy Neizhpapa", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-10"),
 ("Oleksiy Danilov, secretary of the National Security and Defence Council, told journalists on Monday that the exercises with NATO countries planned on Ukrainian territory this year, including Rapid Trident and Sea Breeze, would take place “as scheduled”, and that Kyiv did not intend to ask anyone’s permission.", "oleksiy-danilov", 1, "Oleksiy Danilov", "limit-military-exercises", "rejects", 0, "2022-01-10"),
 ("Oleksiy Danilov, secretary of the National Security and Defence Council, told journalists on Monday that the exercises with NATO countries planned on Ukrainian territory this year, including Rapid Trident and Sea Breeze, would take place “as scheduled”, and that Kyiv did not intend to ask anyone’s permission.", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 ("For us it is absolutely mandatory that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("The deputy foreign minister said the American side had shown a “serious” interest in discussing mutual restrictions on intermediate-range missiles and on military exercises.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The deputy foreign minister said the American side had shown a “serious” interest in discussing mutual restrictions on intermediate-range missiles and on military exercises.", "sergei-ryabkov", 1, "The deputy foreign minister", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Asked whether Washington had raised the question of the Russian troops near Ukraine, Ryabkov said the Americans had “once again” called for de-escalation, and that Russia saw “no reason” to reduce its forces on its own territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said that during Monday's session the Russian delegation had repeated its demand that Ukraine never be admitted to the alliance, and that Washington was prepared to discuss “reciprocal” limits on the size and scope of exercises and on the placement of missiles in Europe.", "wendy-sherman", 1, "She", "no-ukraine-membership", "mentions", 0, "2022-01-10"),
 ("She said that during Monday's session the Russian delegation had repeated its demand that Ukraine never be admitted to the alliance, and that Washington was prepared to discuss “reciprocal” limits on the size and scope of exercises and on the placement of missiles in Europe.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She said that during Monday's session the Russian delegation had repeated its demand that Ukraine never be admitted to the alliance, and that Washington was prepared to discuss “reciprocal” limits on the size and scope of exercises and on the placement of missiles in Europe.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said that during Monday's session the Russian delegation had repeated its demand that Ukraine never be admitted to the alliance, and that Washington was prepared to discuss “reciprocal” limits on the size and scope of exercises and on the placement of missiles in Europe.", "russia", 0, "the Russian delegation", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Moscow asked for the maximum so that it can later say the West refused everything and it had no choice,", "oksana-hrytsenko", 1, "she", "", "", 1, "2022-01-10"),
 ("Everything now hangs on the non-expansion guarantee, and both sides know it. The demand to keep American ships and planes out of range of Crimea is one that no U.S. administration will ever sign,", "oksana-hrytsenko", 1, "Hrytsenko", "nato-non-expansion", "mentions", 1, "2022-01-10"),
 ("Everything now hangs on the non-expansion guarantee, and both sides know it. The demand to keep American ships and planes out of range of Crimea is one that no U.S. administration will ever sign,", "oksana-hrytsenko", 1, "Hrytsenko", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-10"),
]
L["interpressnews-2022-01-13-zalkaliani-bucharest"] = [
 ("The decision of the Bucharest summit is not subject to revision. Georgia will become a member of NATO, and no third country has the right of veto on this question", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2022-01-13"),
 ("The decision of the Bucharest summit is not subject to revision. Georgia will become a member of NATO, and no third country has the right of veto on this question", "david-zalkaliani", 1, "Zalkaliani", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("The decision of the Bucharest summit is not subject to revision. Georgia will become a member of NATO, and no third country has the right of veto on this question", "david-zalkaliani", 1, "Zalkaliani", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Russian Deputy Foreign Minister Alexander Grushko stated after the meeting of the NATO-Russia Council on January 12 that the Bucharest formula „must be disavowed“ and that the Alliance must refuse the practice of holding exercises near the Russian borders.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("Russian Deputy Foreign Minister Alexander Grushko stated after the meeting of the NATO-Russia Council on January 12 that the Bucharest formula „must be disavowed“ and that the Alliance must refuse the practice of holding exercises near the Russian borders.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("We told our colleagues honestly: if NATO continues the policy of containment, we will answer with counter-containment. This is not our choice, this is their choice", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg stated at the press conference on Wednesday that the allies had rejected Russia's demand to close the door of the Alliance for Georgia and Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg stated at the press conference on Wednesday that the allies had rejected Russia's demand to close the door of the Alliance for Georgia and Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg stated at the press conference on Wednesday that the allies had rejected Russia's demand to close the door of the Alliance for Georgia and Ukraine.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The Secretary General added that the allies are ready to discuss with Russia the restoration of the communication channels between the militaries and the reopening of the offices in Moscow and Brussels.", "jens-stoltenberg", 1, "The Secretary General", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("Yesterday the foreign ministers of Georgia and Ukraine, David Zalkaliani and Dmytro Kuleba, had a telephone conversation, during which both stressed that the „open door“ policy of NATO has no alternative, the press service of the Ministry of Foreign Affairs of Georgia reports.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Yesterday the foreign ministers of Georgia and Ukraine, David Zalkaliani and Dmytro Kuleba, had a telephone conversation, during which both stressed that the „open door“ policy of NATO has no alternative, the press service of the Ministry of Foreign Affairs of Georgia reports.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Prime Minister of Georgia Irakli Garibashvili declared today that the joint exercises with the USA and NATO will be held in Georgia this year as planned, and that nobody can tell Tbilisi with whom to cooperate.", "irakli-garibashvili", 1, "Irakli Garibashvili", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Prime Minister of Georgia Irakli Garibashvili declared today that the joint exercises with the USA and NATO will be held in Georgia this year as planned, and that nobody can tell Tbilisi with whom to cooperate.", "irakli-garibashvili", 1, "Irakli Garibashvili", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 ("Our main task is to keep peace and stability in the country and in the region, and we will do everything for this", "irakli-garibashvili", 1, "the Prime Minister", "", "", 1, "2022-01-13"),
 ("President Salome Zourabichvili wrote on Twitter on Wednesday that Russia must pull back its troops from the borders of Ukraine and „choose dialogue over threats“.", "salome-zourabichvili", 1, "Salome Zourabichvili", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("The director of the Tbilisi Institute for Euro-Atlantic Studies, Tamar Chkheidze, told Interpressnews that the Russian side put the Bucharest declaration „on the table“ for the first time so openly.", "tamar-chkheidze", 1, "Tamar Chkheidze", "rescind-bucharest-2008", "mentions", 0, ""),
 ("The director of the Tbilisi Institute for Euro-Atlantic Studies, Tamar Chkheidze, told Interpressnews that the Russian side put the Bucharest declaration „on the table“ for the first time so openly.", "russia", 0, "the Russian side", "rescind-bucharest-2008", "supports", 0, ""),
 ("A moratorium on enlargement, even a temporary one, would be a betrayal of Georgia, and our partners must reject it", "tamar-chkheidze", 1, "Chkheidze", "nato-non-expansion", "rejects", 1, ""),
 ("What Moscow wants is a new Yalta, where Georgia again stays in the zone of Russian influence", "tamar-chkheidze", 1, "she", "", "", 1, ""),
]
L["armenpress-2022-01-14-lavrov-press-conference"] = [
 ("We have run out of patience. The West is trying to drag out the process, and we will not allow that,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("The key for us is the guarantee that NATO will not expand eastward,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("and it must be written down in a legally binding document, not in assurances that can be forgotten the next day.", "sergei-lavrov", 1, "the minister", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Lavrov said the Western side was reading the OSCE commitments selectively, citing only the right of states to choose alliances while forgetting the obligation not to strengthen their own security at the expense of the security of others.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-14"),
 ("We propose that the United States and NATO do not set up bases and do not conduct military activity on the territory of Ukraine, the countries of the South Caucasus and Central Asia. This does not infringe on anyone's sovereignty,", "sergei-lavrov", 1, "the Russian foreign minister", "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("Our relations with Armenia as an ally and a strategic partner have nothing to do with this dialogue,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("We are not threatening anyone. Our troops are on our own territory, and we will not take instructions from anyone about where to keep them.", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("Lavrov said Russia would insist that offensive weapons not be deployed near its borders, and warned that Moscow would take \"military-technical\" measures if its concerns were ignored.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-14"),
 ("Armenia is interested in the success of this dialogue, because any escalation in our wider region has a direct effect on our own security,", "ararat-mirzoyan", 1, "Mirzoyan", "", "", 1, "2022-01-14"),
 ("Moscow's demand that NATO countries carry out no military activity in the South Caucasus would, if taken literally, also cover Turkey's joint exercises with Azerbaijan, political scientist Hovhannes Melikyan told Armenpress.", "hovhannes-melikyan", 1, "Hovhannes Melikyan", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Moscow's demand that NATO countries carry out no military activity in the South Caucasus would, if taken literally, also cover Turkey's joint exercises with Azerbaijan, political scientist Hovhannes Melikyan told Armenpress.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("For Yerevan the real question is not NATO. The real question is what guarantees our own region will get from all these talks,", "hovhannes-melikyan", 1, "he", "", "", 1, ""),
 ("Melikyan noted that the legally binding guarantees Moscow demands would have to be ratified by the US Senate, which he called \"practically impossible\".", "hovhannes-melikyan", 1, "Melikyan", "written-legal-guarantees", "mentions", 0, ""),
 ("Melikyan noted that the legally binding guarantees Moscow demands would have to be ratified by the US Senate, which he called \"practically impossible\".", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]
L["trend-2022-01-27-us-nato-answers"] = [
 ("There is no change, there will be no change. We make clear that the right of states to choose their own security arrangements and alliances is a principle that we will uphold,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("According to Blinken, the United States proposed to discuss reciprocal transparency measures, arms control on missiles in Europe and confidence-building measures on military exercises and manoeuvres.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("According to Blinken, the United States proposed to discuss reciprocal transparency measures, arms control on missiles in Europe and confidence-building measures on military exercises and manoeuvres.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters the same day that the United States would not take on «legally binding commitments» that would close NATO's door to new members.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters the same day that the United States would not take on «legally binding commitments» that would close NATO's door to new members.", "ned-price", 1, "Ned Price", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("State Department spokesman Ned Price told reporters the same day that the United States would not take on «legally binding commitments» that would close NATO's door to new members.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday that the Alliance had sent its own proposals to Moscow, offering to re-establish the offices in Moscow and Brussels and to make full use of the military-to-military channels of communication to avoid incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We will not compromise on the principles on which the security of our Alliance rests. We will not withdraw our forces from the eastern part of the Alliance, and there will be no first-class and second-class members,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("There is no positive reaction on the main question in this document,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our views were taken into account or that readiness was shown to take our concerns into account. But we will not rush with conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("The Kremlin representative noted that the answers again contained calls for Russia to pull back its troops from the border with Ukraine and reaffirmed Washington's commitment to NATO's «open door».", "dmitry-peskov", 1, "The Kremlin representative", "russia-de-escalation", "mentions", 0, "2022-01-27"),
 ("The Kremlin representative noted that the answers again contained calls for Russia to pull back its troops from the border with Ukraine and reaffirmed Washington's commitment to NATO's «open door».", "dmitry-peskov", 1, "The Kremlin representative", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("He added that the restoration of military contacts was «something that can be discussed».", "dmitry-peskov", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("The American answer contains no positions that would go against the interests of Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("Azerbaijan supports the settlement of all disputes through dialogue and negotiations on the basis of international law", "jeyhun-bayramov", 1, "Jeyhun Bayramov", "", "", 1, "2022-01-27"),
 ("Elnur Mammadli, head of the Baku-based South Caucasus Studies Centre, told Trend that Washington's readiness to discuss missiles in Europe was «the only real bridge» between the two positions.", "elnur-mammadli", 1, "Elnur Mammadli", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Both sides say they want talks without preconditions, but in reality each of them has brought a precondition of its own to the table,", "elnur-mammadli", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("The text leaves room to talk about where offensive systems are placed. If there is a compromise, it will be there,", "elnur-mammadli", 1, "the expert", "no-strike-weapons-near-borders", "mentions", 1, ""),
]
L["kazinform-2022-01-21-borodavkin-radio-interview"] = [
 ("Our proposals are very concrete. First, NATO must stop its expansion to the east, and this must be fixed in a treaty with legal force, not in verbal promises like the ones that were given to the Soviet leadership and then forgotten.", "alexey-borodavkin", 1, "Alexey Borodavkin", "nato-non-expansion", "supports", 1, "2022-01-20"),
 ("Our proposals are very concrete. First, NATO must stop its expansion to the east, and this must be fixed in a treaty with legal force, not in verbal promises like the ones that were given to the Soviet leadership and then forgotten.", "alexey-borodavkin", 1, "Alexey Borodavkin", "written-legal-guarantees", "supports", 1, "2022-01-20"),
 ("Second, no strike weapons should be deployed near the Russian borders, including intermediate- and shorter-range missiles that could reach Moscow within a few minutes.", "alexey-borodavkin", 1, "Alexey Borodavkin", "no-strike-weapons-near-borders", "supports", 1, "2022-01-20"),
 ("Second, no strike weapons should be deployed near the Russian borders, including intermediate- and shorter-range missiles that could reach Moscow within a few minutes.", "alexey-borodavkin", 1, "Alexey Borodavkin", "no-intermediate-range-missiles", "supports", 1, "2022-01-20"),
 ("Third, the alliance should return its military infrastructure to where it stood in May 1997, when the NATO-Russia Founding Act was signed. Everything that was brought to the territory of the new members after that must be taken away.", "alexey-borodavkin", 1, "Alexey Borodavkin", "rollback-to-1997", "supports", 1, "2022-01-20"),
 ("Yes, Central Asia is mentioned there, together with Ukraine and the South Caucasus. We propose that the United States should not set up military bases and should not develop bilateral military cooperation with the former Soviet states that are not members of NATO.", "alexey-borodavkin", 1, "Alexey Borodavkin", "no-military-activity-ex-soviet", "supports", 1, "2022-01-20"),
 ("Kazakhstan pursues a multi-vector foreign policy, and we fully respect it. Our relations with Nur-Sultan are not directed against anyone.", "alexey-borodavkin", 1, "Alexey Borodavkin", "", "", 1, "2022-01-20"),
 ("The CSTO contingent came at the request of President Kassym-Jomart Tokayev and left as soon as its task was done, in less than two weeks. This is how a responsible alliance behaves, and those who spoke about an \"occupation\" should now apologise.", "alexey-borodavkin", 1, "Alexey Borodavkin", "", "", 1, "2022-01-20"),
 ("Russian troops are on Russian territory. Nobody demands that the Americans withdraw their troops from Texas, and nobody will dictate to us where to keep our units.", "alexey-borodavkin", 1, "Alexey Borodavkin", "russia-de-escalation", "rejects", 1, "2022-01-20"),
 ("At the same time NATO warships come into the Black Sea one after another, and American strategic bombers fly along our borders. We have proposed a simple thing: that they stay out of the areas from which they can strike our territory.", "alexey-borodavkin", 1, "Alexey Borodavkin", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-20"),
 ("We have never set preconditions for dialogue, and we expect the same from our partners. The talks should go on without ultimatums of the kind \"first withdraw, then we will talk\".", "alexey-borodavkin", 1, "Alexey Borodavkin", "no-preconditions", "supports", 1, "2022-01-20"),
 ("Frankly, I see no sense in restoring military contacts with NATO as long as the alliance treats Russia as an adversary. Hotlines will not replace an answer on the main questions.", "alexey-borodavkin", 1, "Alexey Borodavkin", "resume-military-dialogue", "rejects", 1, "2022-01-20"),
 ("We expect a written answer, article by article. If the answer is no, Russia will have to take military-technical measures, as our President has said. We would prefer that it does not come to this.", "alexey-borodavkin", 1, "Alexey Borodavkin", "", "", 1, "2022-01-20"),
]
L["balkaninsight-2022-02-01-bulgaria-romania-1997"] = [
 ("That changed on January 21, when the ministry’s spokeswoman, Maria Zakharova, said the demand for the withdrawal of foreign forces, equipment and weapons from the countries that joined NATO after 1997 “includes Bulgaria and Romania”.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Both Romanian Foreign Minister Bogdan Aurescu and Bulgarian Prime Minister Kiril Petkov dismissed the demand the same day as unacceptable, saying their countries were sovereign members of NATO which decide for themselves what allied forces they host.", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Both Romanian Foreign Minister Bogdan Aurescu and Bulgarian Prime Minister Kiril Petkov dismissed the demand the same day as unacceptable, saying their countries were sovereign members of NATO which decide for themselves what allied forces they host.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("The Aegis Ashore system at Deveselu is purely defensive, it cannot launch offensive missiles, and it is not a subject for negotiation with Russia,", "bogdan-aurescu", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-23"),
 ("Turning Bulgaria and Romania into second-class members, with no allied troops on their soil, is exactly what the alliance was built to prevent,", "vesela-dimitrova", 1, "Vesela Dimitrova", "rollback-to-1997", "rejects", 1, ""),
 ("Dimitrova believes the demand was aimed at public opinion in the two countries more than at Washington.", "vesela-dimitrova", 1, "Dimitrova", "rollback-to-1997", "mentions", 0, ""),
 ("In Bulgaria especially, the Kremlin is counting on a public that is divided about NATO. A statement like this is written for Bulgarian television, not for the State Department,", "vesela-dimitrova", 1, "she", "", "", 1, ""),
 ("The EU’s foreign policy chief, Josep Borrell, told reporters in Brussels on January 24 that the bloc would “never accept” that a third country had a veto over a neighbour’s choice of alliances.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 0, "2022-01-24"),
 ("The Black Sea is the real prize. Keep American destroyers out of range of Crimea and Sevastopol, and the balance of the whole region shifts,", "dusan-rakocevic", 1, "Rakocevic", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-30"),
 ("Serbia is not a member of NATO and will not be. But nobody in Belgrade should cheer a deal in which big powers decide the alliances of small countries for them,", "dusan-rakocevic", 1, "he", "nato-open-door", "supports", 1, "2022-01-30"),
]
L["un-2022-01-31-security-council-s-pv-8960"] = [
 ("The Russian Federation objects to the holding of this meeting. There is no threat to international peace and security here, only the hysteria of our Western colleagues, and we call on Council members to vote against the agenda.", "vassily-nebenzia", 1, "Nebenzia", "", "", 1, "2022-01-31"),
 ("The Secretary-General welcomes the intensive diplomatic engagement of recent weeks, including the talks held in Geneva, Brussels and Vienna, and urges all parties to continue on that path.", "rosemary-dicarlo", 1, "DiCarlo", "", "", 1, "2022-01-31"),
 ("More than 100,000 Russian troops are deployed on the border with Ukraine and in Belarus. We call on Russia to pull back these forces and to return to the path of diplomacy, before it is too late.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("Last week the United States presented the Russian Federation with a serious diplomatic path. We are ready to discuss reciprocal limits on missile deployments in Europe and on the scale of military exercises, and we are ready to restore the lines of communication between our militaries so that accidents do not turn into conflicts.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "no-intermediate-range-missiles", "mentions", 1, "2022-01-31"),
 ("Last week the United States presented the Russian Federation with a serious diplomatic path. We are ready to discuss reciprocal limits on missile deployments in Europe and on the scale of military exercises, and we are ready to restore the lines of communication between our militaries so that accidents do not turn into conflicts.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "limit-military-exercises", "mentions", 1, "2022-01-31"),
 ("Last week the United States presented the Russian Federation with a serious diplomatic path. We are ready to discuss reciprocal limits on missile deployments in Europe and on the scale of military exercises, and we are ready to restore the lines of communication between our militaries so that accidents do not turn into conflicts.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "resume-military-dialogue", "supports", 1, "2022-01-31"),
 ("But we will not compromise on the principle that every country has the right to choose its own alliances. That principle is not ours to trade away.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "nato-open-door", "supports", 1, "2022-01-31"),
 ("Our Western colleagues speak about an imminent invasion without providing a single piece of evidence. The movement of our troops on our own territory is our sovereign affair, and we are not going to justify ourselves to anyone, least of all in this Chamber.", "vassily-nebenzia", 1, "Nebenzia", "russia-de-escalation", "rejects", 1, "2022-01-31"),
 ("What we have proposed is clear: NATO must not expand any further to the east, and no offensive weapons must be deployed on our borders. These are not whims. These are our red lines.", "vassily-nebenzia", 1, "Nebenzia", "nato-non-expansion", "supports", 1, "2022-01-31"),
 ("What we have proposed is clear: NATO must not expand any further to the east, and no offensive weapons must be deployed on our borders. These are not whims. These are our red lines.", "vassily-nebenzia", 1, "Nebenzia", "no-strike-weapons-near-borders", "supports", 1, "2022-01-31"),
 ("At the same time Kyiv is being pumped full of Western weapons and NATO instructors. We demand that this stop, because it only encourages the Ukrainian authorities to seek a military solution in Donbas.", "vassily-nebenzia", 1, "Nebenzia", "no-military-activity-ex-soviet", "supports", 1, "2022-01-31"),
 ("Ukraine will not be a bargaining chip. No one will decide for us whether we join NATO, and no one will decide our future at a table where we are not seated.", "sergiy-kyslytsya", 1, "Kyslytsya", "no-ukraine-membership", "rejects", 1, "2022-01-31"),
 ("Ukraine will not be a bargaining chip. No one will decide for us whether we join NATO, and no one will decide our future at a table where we are not seated.", "sergiy-kyslytsya", 1, "Kyslytsya", "nato-open-door", "supports", 1, "2022-01-31"),
 ("We are ready for talks with the Russian Federation in any format, without preconditions, including in the Normandy format and in the Trilateral Contact Group.", "sergiy-kyslytsya", 1, "Kyslytsya", "no-preconditions", "supports", 1, "2022-01-31"),
 ("What is needed now is quiet diplomacy, not megaphone diplomacy. The Council should not add fuel to the fire.", "zhang-jun", 1, "Zhang Jun", "", "", 1, "2022-01-31"),
 ("The security of one country cannot come at the expense of the security of others, and NATO should not keep expanding eastward. The legitimate security concerns of Russia should be taken seriously.", "zhang-jun", 1, "Zhang Jun", "nato-non-expansion", "supports", 1, "2022-01-31"),
 ("Dialogue is the only way forward, but it cannot take place with a gun held to Ukraine's head. Russia must first pull back its forces from Ukraine's borders; then the talks can make real progress.", "barbara-woodward", 1, "Barbara Woodward", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("Dialogue is the only way forward, but it cannot take place with a gun held to Ukraine's head. Russia must first pull back its forces from Ukraine's borders; then the talks can make real progress.", "barbara-woodward", 1, "Barbara Woodward", "no-preconditions", "rejects", 1, "2022-01-31"),
 ("Albania joined NATO by its own free choice, and nobody in Moscow had a vote. The same right belongs to Ukraine, to Georgia and to every other sovereign State in Europe.", "ferit-hoxha", 1, "Hoxha", "nato-open-door", "supports", 1, "2022-01-31"),
 ("India's interest is in finding a solution through quiet and constructive diplomacy, one that takes into account the legitimate security interests of all countries.", "t-s-tirumurti", 1, "Tirumurti", "", "", 1, "2022-01-31"),
 ("I take the floor again because our American colleague spoke about lines of communication. It is not Russia that broke off the contacts between the militaries. We are ready to restore the contacts between the militaries, but this does not replace an answer on the main questions.", "vassily-nebenzia", 1, "Nebenzia", "resume-military-dialogue", "supports", 1, "2022-01-31"),
]

write_gold(L, "articles-44", "gold-44")
