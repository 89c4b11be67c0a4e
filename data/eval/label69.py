#!/usr/bin/env python3
"""Writes the sixty-ninth held-out gold (gold-69/*.nq) from the labels below.

Batch 69 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, each from an outlet and in a form that earlier
batches hardly used:

- belta-2022-01-28-makei-us-nato-answers: Belarusian state agency wire copy
  (front matter, straight quotes), Makei on the US/NATO answers, Lukashenko,
  Grushko, Ryabkov, Khrenin, an invented analyst; Baker 1990 recalled as
  history; the CSTO backing the Russian initiatives "as a whole" (no demand).
- kazinform-2022-01-14-osce-permanent-council: Kazakh agency, machine-
  translated English with « » quotes, no front matter (date in the text);
  the OSCE Permanent Council of 13 January, Kazakh officials; "the demand of
  Moscow" inside the US envoy's sentence; a statement by unnamed delegations.
- parliament-ge-2022-01-19-zalkaliani-committee: verbatim record of a
  Georgian parliamentary committee hearing with speaker labels; MPs' and the
  chairman's questions are not labelled, each answer paragraph is one
  quotation.
- moldpres-2022-01-27-sandu-press-conference: Moldovan president's press
  conference (front matter, UTF-8 BOM, CRLF line ends, „ “ quotes), journalists'
  questions and the president's answers.
- kathimerini-2022-01-30-athens-moscow-demands: Greek analysis with curly
  quotes, invented experts, quotations split by "X said"/"says X", two
  speakers in one sentence, an embassy as speaker, "despite Moscow's demands",
  Baker 1990 and the 1997 Founding Act as history.
- helsinkitimes-2022-01-02-niinisto-new-year-nato-option: Finnish president's
  New Year speech with reactions (front matter, Finnish ” ” quotes with the
  same mark on both sides), speakers named by pronoun and role.
- cgtn-2022-01-27-dialogue-us-answers: Chinese state TV panel transcript;
  the host's words (including what Wang Yi told Blinken) are not labelled.

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
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

NNE = "nato-non-expansion"
NUM = "no-ukraine-membership"
RB = "rescind-bucharest-2008"
NSW = "no-strike-weapons-near-borders"
INF = "no-intermediate-range-missiles"
NWA = "no-warships-aircraft-in-strike-range"
LME = "limit-military-exercises"
R97 = "rollback-to-1997"
NMA = "no-military-activity-ex-soviet"
WLG = "written-legal-guarantees"
NP = "no-preconditions"
RMD = "resume-military-dialogue"
RDE = "russia-de-escalation"
NOD = "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["belta-2022-01-28-makei-us-nato-answers"] = [
 ("We have studied what has been published and what our Russian colleagues have told us. The main thing, a guarantee that NATO will not move further to the east, is simply not there,", "vladimir-makei", 1, "the minister", NNE, S, 1, "2022-01-28"),
 ("The so-called open door policy has become a cover for bringing the military infrastructure of the bloc ever closer to our borders. It cannot be an argument in a serious conversation between responsible states,", "vladimir-makei", 1, "Vladimir Makei", NOD, R, 1, "2022-01-28"),
 ("The head of the Belarusian diplomatic service noted that Minsk fully supported the idea that the alliance should not deploy strike weapon systems on the territory of the states neighbouring Russia and Belarus, including Poland and Lithuania, which he said were being turned into \"a springboard\".", "vladimir-makei", 1, "The head of the Belarusian diplomatic service", NSW, S, 0, "2022-01-28"),
 ("He also said NATO should formally disavow the decision of the 2008 Bucharest summit on the future membership of Ukraine and Georgia, calling that decision the starting point of the present crisis.", "vladimir-makei", 1, "He", RB, S, 0, "2022-01-28"),
 ("The exercises of NATO along our border, in Poland, in Lithuania, in Latvia, have to be reduced, and seriously reduced. Then we can talk about everything else,", "alexander-lukashenko", 1, "the Belarusian leader", LME, S, 1, "2022-01-27"),
 ("Lukashenko dismissed as \"absurd\" the calls from Washington and Brussels to send home the Russian troops arriving in Belarus for the Allied Resolve 2022 joint response force inspection, saying the country would decide itself who stays on its territory and for how long.", "alexander-lukashenko", 1, "Lukashenko", RDE, R, 0, "2022-01-27"),
 ("Earlier, on Wednesday, Russian Deputy Foreign Minister Alexander Grushko said that NATO would have to withdraw the forces and infrastructure it had deployed in the countries that joined the alliance after 1997, adding that the written answer of the alliance did not contain a single word on this issue.", "alexander-grushko", 1, "Alexander Grushko", R97, S, 0, "2022-01-26"),
 ("His colleague Sergei Ryabkov told journalists on Thursday that the American reply contained some \"rational grains\" on medium- and shorter-range missiles, but insisted that such missiles must not be deployed anywhere from where they could reach Russian territory.", "sergei-ryabkov", 1, "Sergei Ryabkov", INF, S, 0, "2022-01-27"),
 ("Belarusian Defence Minister Viktor Khrenin said on Wednesday he saw no sense in restoring contacts with the military command of NATO as long as the alliance \"continues to look at Belarus through a gun sight\".", "viktor-khrenin", 1, "Viktor Khrenin", RMD, R, 0, "2022-01-26"),
 ("continues to look at Belarus through a gun sight", "viktor-khrenin", 1, "Viktor Khrenin", "", "", 1, "2022-01-26"),
 ("Our position is simple and it has not changed: Belarus wants to be a zone of peace and good neighbourliness, not a front line,", "anatoly-glaz", 1, "Anatoly Glaz", "", "", 1, ""),
 ("For Belarus, the most important article is the one under which the United States and NATO would give up any military activity in Ukraine, in the South Caucasus and in Central Asia. This is our immediate neighbourhood, and it should not become a testing ground for the weapons of the alliance,", "pyotr-kolesnik", 1, "Pyotr Kolesnik", NMA, S, 1, ""),
]

L["kazinform-2022-01-14-osce-permanent-council"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau has called the Russian Federation to de-escalation and to the withdrawal of the forces from the border of Ukraine, having underlined that the organization is ready to offer the platform for the dialogue on the renewal of the European security.", "zbigniew-rau", 1, "Rau", RDE, S, 0, "2022-01-13"),
 ("The guarantees must be juridically obligatory, fixed on the paper, and not the verbal promises which were already given one time and then were broken", "alexander-lukashevich", 1, "the Russian diplomat", WLG, S, 1, "2022-01-13"),
 ("According to him, the talk is also about the refusal of NATO from the further expansion to the east, including at the expense of Ukraine and Georgia.", "alexander-lukashevich", 1, "him", NNE, S, 0, "2022-01-13"),
 ("According to him, the talk is also about the refusal of NATO from the further expansion to the east, including at the expense of Ukraine and Georgia.", "alexander-lukashevich", 1, "him", NUM, S, 0, "2022-01-13"),
 ("The permanent representative of the USA Michael Carpenter has named the demand of Moscow to close the door of the Alliance for Ukraine and Georgia «the non-starter» and has reminded that each state has the right to choose the alliances itself.", "michael-carpenter", 1, "Michael Carpenter", NUM, R, 0, "2022-01-13"),
 ("The permanent representative of the USA Michael Carpenter has named the demand of Moscow to close the door of the Alliance for Ukraine and Georgia «the non-starter» and has reminded that each state has the right to choose the alliances itself.", "michael-carpenter", 1, "Michael Carpenter", NOD, S, 0, "2022-01-13"),
 ("The permanent representative of the USA Michael Carpenter has named the demand of Moscow to close the door of the Alliance for Ukraine and Georgia «the non-starter» and has reminded that each state has the right to choose the alliances itself.", "russia", 0, "Moscow", NUM, S, 0, ""),
 ("He has noted also that Washington will not accept the ban on the deployment of the missiles of the medium and shorter range in Europe in the form of the Russian draft, while Russia itself keeps the deployed complexes 9M729.", "michael-carpenter", 1, "He", INF, R, 0, "2022-01-13"),
 ("The representative of Ukraine Yevhenii Tsymbaliuk has underlined that no third country can have the right of veto on the choice of Ukraine of the alliances, and has called the Russian draft agreements «the attempt to return the Europe to the epoch of the spheres of influence».", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", NOD, S, 0, "2022-01-13"),
 ("The representative of Ukraine Yevhenii Tsymbaliuk has underlined that no third country can have the right of veto on the choice of Ukraine of the alliances, and has called the Russian draft agreements «the attempt to return the Europe to the epoch of the spheres of influence».", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", NUM, R, 0, "2022-01-13"),
 ("the attempt to return the Europe to the epoch of the spheres of influence", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "", "", 1, "2022-01-13"),
 ("The OSCE remains the unique platform where all 57 states can sit at one table and speak about the security of each", "helga-schmid", 1, "Helga Schmid", "", "", 1, "2022-01-13"),
 ("The official representative of the Ministry of Foreign Affairs of Kazakhstan Aibek Smadiyarov on Thursday at the briefing in Nur-Sultan has declared that Kazakhstan supports the continuation of the dialogue between Russia, the USA and NATO without any preconditions and hopes for the mutually acceptable decisions.", "aibek-smadiyarov", 1, "Aibek Smadiyarov", NP, S, 0, "2022-01-13"),
 ("Earlier in the interview to Kazinform the deputy minister of foreign affairs Roman Vassilenko has noted that the Russian draft of the treaty with the USA concerns also Central Asia, because it foresees the refusal of the USA and NATO from any military activity on the territory of the states of the region.", "roman-vassilenko", 1, "Roman Vassilenko", NMA, M, 0, ""),
 ("Kazakhstan attentively studies these documents, our position will be formulated on the basis of the national interests", "roman-vassilenko", 1, "he", "", "", 1, ""),
]

L["parliament-ge-2022-01-19-zalkaliani-committee"] = [
 ("Thank you, Mr Chairman. Let me start with the main point. Georgia's position has not changed and will not change: the decision of the Bucharest summit that Georgia will become a member of NATO remains in force, and no one in Moscow can annul it with a draft treaty.", "david-zalkaliani", 1, "David Zalkaliani", RB, R, 1, "2022-01-19"),
 ("Thank you, Mr Chairman. Let me start with the main point. Georgia's position has not changed and will not change: the decision of the Bucharest summit that Georgia will become a member of NATO remains in force, and no one in Moscow can annul it with a draft treaty.", "david-zalkaliani", 1, "David Zalkaliani", NUM, R, 1, "2022-01-19"),
 ("Every sovereign state has the right to choose its own security arrangements. This is written in the Helsinki Final Act and in the Charter of Paris, and it is the principle on which our foreign policy is built. Nothing about Georgia will be decided without Georgia.", "david-zalkaliani", 1, "David Zalkaliani", NOD, S, 1, "2022-01-19"),
 ("Our cooperation with the United States and with NATO - the Substantial NATO-Georgia Package, the Joint Training and Evaluation Centre, the Georgia Defence Readiness Program with American instructors - will continue. A demand that Washington renounce military cooperation with Georgia is absolutely unacceptable to us, and our partners have told us clearly that it is unacceptable to them as well.", "david-zalkaliani", 1, "Zalkaliani", NMA, R, 1, "2022-01-19"),
 ("Yes, we raised it, and we will continue to raise it at every format. Russia speaks about guarantees for its own security while its troops remain in Tskhinvali and Sokhumi. The first step towards any security in Europe is for Russia to pull back its forces from the Ukrainian border and to stop this military build-up.", "david-zalkaliani", 1, "Zalkaliani", RDE, S, 1, "2022-01-19"),
 ("Thank you, Mr Chairman. According to the information we received from the allies, at the NATO-Russia Council on 12 January the allies told the Russian delegation that they were ready to talk about reciprocal limits on the deployment of missiles, about transparency and risk reduction for military exercises, and about restoring the military lines of communication between NATO and Russia.", "khatia-mchedlishvili", 1, "Khatia Mchedlishvili", INF, M, 1, "2022-01-19"),
 ("Thank you, Mr Chairman. According to the information we received from the allies, at the NATO-Russia Council on 12 January the allies told the Russian delegation that they were ready to talk about reciprocal limits on the deployment of missiles, about transparency and risk reduction for military exercises, and about restoring the military lines of communication between NATO and Russia.", "khatia-mchedlishvili", 1, "Khatia Mchedlishvili", LME, M, 1, "2022-01-19"),
 ("Thank you, Mr Chairman. According to the information we received from the allies, at the NATO-Russia Council on 12 January the allies told the Russian delegation that they were ready to talk about reciprocal limits on the deployment of missiles, about transparency and risk reduction for military exercises, and about restoring the military lines of communication between NATO and Russia.", "khatia-mchedlishvili", 1, "Khatia Mchedlishvili", RMD, M, 1, "2022-01-19"),
 ("The Bucharest decision of 2008 and the question of allied warships in the Black Sea, and whether they may operate within reach of Russian territory, were also discussed. For Georgia, the latter would mean an end to the port calls of allied ships in Batumi and Poti.", "khatia-mchedlishvili", 1, "Khatia Mchedlishvili", RB, M, 1, "2022-01-19"),
 ("The Bucharest decision of 2008 and the question of allied warships in the Black Sea, and whether they may operate within reach of Russian territory, were also discussed. For Georgia, the latter would mean an end to the port calls of allied ships in Batumi and Poti.", "khatia-mchedlishvili", 1, "Khatia Mchedlishvili", NWA, M, 1, "2022-01-19"),
 ("On the open door, the position of all thirty allies was unanimous, as we expected. I would say that on this point the meeting was very short.", "khatia-mchedlishvili", 1, "Khatia Mchedlishvili", NOD, M, 1, "2022-01-19"),
 ("Our answer is the one the Georgian people gave in the 2008 plebiscite, when the overwhelming majority voted for NATO membership. Georgia will join the alliance, and neutrality is not an option for a country a fifth of whose territory is occupied.", "david-zalkaliani", 1, "Zalkaliani", NUM, R, 1, "2022-01-19"),
 ("We are in daily contact with our partners in Washington, in Brussels and in the European capitals, and I will brief the committee again as soon as the answers are delivered.", "david-zalkaliani", 1, "Zalkaliani", "", "", 1, "2022-01-19"),
]

L["moldpres-2022-01-27-sandu-press-conference"] = [
 ("Earlier on Thursday, Deputy Prime Minister and Foreign Minister Nicu Popescu said that Chisinau welcomed the readiness of the United States and NATO, set out in their written answers to Moscow, to discuss with Russia the placement of missiles in Europe and greater transparency of military exercises.", "nicu-popescu", 1, "Nicu Popescu", INF, M, 0, "2022-01-27"),
 ("Earlier on Thursday, Deputy Prime Minister and Foreign Minister Nicu Popescu said that Chisinau welcomed the readiness of the United States and NATO, set out in their written answers to Moscow, to discuss with Russia the placement of missiles in Europe and greater transparency of military exercises.", "nicu-popescu", 1, "Nicu Popescu", LME, M, 0, "2022-01-27"),
 ("Diplomacy is the only way out of this crisis, and Moldova will support every effort to keep the dialogue going,", "nicu-popescu", 1, "the minister", "", "", 1, "2022-01-27"),
 ("We have read the Russian proposals carefully. They speak about countries like ours as if we were objects and not subjects of international law.", "maia-sandu", 1, "Maia Sandu", "", "", 1, "2022-01-27"),
 ("Our cooperation with our partners, including with NATO under the Individual Partnership Action Plan and with the United States in training our army, is modest, transparent and decided here, in Chisinau. It will continue, and we do not accept that anyone else should decide it for us.", "maia-sandu", 1, "Maia Sandu", NMA, R, 1, "2022-01-27"),
 ("Moldova is a neutral state, this is written in our Constitution, and we are not seeking to join NATO. But the choice of alliances belongs to each country alone, not to other states who write treaties about their neighbours.", "maia-sandu", 1, "Maia Sandu", NOD, S, 1, "2022-01-27"),
 ("We call on Russia to de-escalate and to pull its troops back from the Ukrainian border. A war next door would be a catastrophe for the whole region, and for Moldova first of all.", "maia-sandu", 1, "Maia Sandu", RDE, S, 1, "2022-01-27"),
 ("The Government has prepared contingency plans for a possible flow of refugees, and I have asked all institutions to be ready for any scenario.", "maia-sandu", 1, "Maia Sandu", "", "", 1, "2022-01-27"),
 ("We want a peaceful settlement of the Transnistrian conflict, through dialogue, and we will keep the 5+2 format alive even if some of its participants now talk to each other mostly through the press.", "maia-sandu", 1, "Maia Sandu", "", "", 1, "2022-01-27"),
 ("It is not for Moldova to judge whether Moscow and Washington sign a legally binding document or exchange letters. Whether the talks are held with or without preconditions is also a matter for the parties themselves. We ask only one thing: nothing about Moldova should be decided without Moldova.", "maia-sandu", 1, "Maia Sandu", WLG, M, 1, "2022-01-27"),
 ("It is not for Moldova to judge whether Moscow and Washington sign a legally binding document or exchange letters. Whether the talks are held with or without preconditions is also a matter for the parties themselves. We ask only one thing: nothing about Moldova should be decided without Moldova.", "maia-sandu", 1, "Maia Sandu", NP, M, 1, "2022-01-27"),
 ("We paid the January bill for gas on time, and we are buying additional volumes from other sources for the reserve. The energy security of the country is our priority this winter.", "maia-sandu", 1, "Maia Sandu", "", "", 1, "2022-01-27"),
]

L["kathimerini-2022-01-30-athens-moscow-demands"] = [
 ("The Russian Embassy in Athens insisted on Friday that the United States must not keep strike weapons in Romania and Poland, “minutes' flight from Moscow”, and that their removal had to be part of any settlement.", "russia", 0, "The Russian Embassy in Athens", NSW, S, 0, "2022-01-28"),
 ("Foreign Minister Nikos Dendias told Parliament on Thursday that Greece would keep its frigate with the NATO naval group in the Black Sea, despite Moscow's demands that allied warships stay out of waters from which they could strike Russian territory.", "nikos-dendias", 1, "Nikos Dendias", NWA, R, 0, "2022-01-27"),
 ("Foreign Minister Nikos Dendias told Parliament on Thursday that Greece would keep its frigate with the NATO naval group in the Black Sea, despite Moscow's demands that allied warships stay out of waters from which they could strike Russian territory.", "russia", 0, "Moscow", NWA, S, 0, ""),
 ("Prime Minister Kyriakos Mitsotakis said on Wednesday that Greece stood “fully behind” the allied reply handed to Moscow, which, he said, offered Russia serious talks on missiles and on military exercises but gave it no say over who joins the alliance.", "kyriakos-mitsotakis", 1, "Kyriakos Mitsotakis", NOD, S, 0, "2022-01-26"),
 ("Prime Minister Kyriakos Mitsotakis said on Wednesday that Greece stood “fully behind” the allied reply handed to Moscow, which, he said, offered Russia serious talks on missiles and on military exercises but gave it no say over who joins the alliance.", "kyriakos-mitsotakis", 1, "Kyriakos Mitsotakis", INF, M, 0, "2022-01-26"),
 ("Prime Minister Kyriakos Mitsotakis said on Wednesday that Greece stood “fully behind” the allied reply handed to Moscow, which, he said, offered Russia serious talks on missiles and on military exercises but gave it no say over who joins the alliance.", "kyriakos-mitsotakis", 1, "Kyriakos Mitsotakis", LME, M, 0, "2022-01-26"),
 ("The Russians know perfectly well that no American administration will sign a treaty which freezes NATO's borders,", "eleni-karatza", 1, "Eleni Karatza", NNE, M, 1, ""),
 ("The Russians know perfectly well that no American administration will sign a treaty which freezes NATO's borders,", "eleni-karatza", 1, "Eleni Karatza", WLG, M, 1, ""),
 ("What they want is a record of Western refusal that they can use later.", "eleni-karatza", 1, "Eleni Karatza", "", "", 1, ""),
 ("Karatza notes that the list in the Russian drafts runs from a promise that Ukraine never joins NATO to a ban on strike weapons in neighbouring states, and argues that most of it was written to be rejected.", "eleni-karatza", 1, "Karatza", NUM, M, 0, ""),
 ("Karatza notes that the list in the Russian drafts runs from a promise that Ukraine never joins NATO to a ban on strike weapons in neighbouring states, and argues that most of it was written to be rejected.", "eleni-karatza", 1, "Karatza", NSW, M, 0, ""),
 ("Pulling allied troops out of Poland and the Baltic states would be a gift to Moscow and a betrayal of the eastern flank,", "konstantinos-vlachopoulos", 1, "Konstantinos Vlachopoulos", R97, R, 1, ""),
 ("Greece has its own quarrels with Turkey, but on this there is no daylight between Athens and Warsaw.", "konstantinos-vlachopoulos", 1, "Konstantinos Vlachopoulos", "", "", 1, ""),
 ("On Friday in Nicosia, Dendias and his Cypriot counterpart Ioannis Kasoulides insisted that Russia must pull back the forces it has massed on Ukraine's borders.", "nikos-dendias", 1, "Dendias", RDE, S, 0, "2022-01-28"),
 ("On Friday in Nicosia, Dendias and his Cypriot counterpart Ioannis Kasoulides insisted that Russia must pull back the forces it has massed on Ukraine's borders.", "ioannis-kasoulides", 1, "Ioannis Kasoulides", RDE, S, 0, "2022-01-28"),
 ("Greece has friendly relations with the Russian people, but it is a member of the West and knows very well where it belongs,", "nikos-dendias", 1, "Dendias", "", "", 1, "2022-01-28"),
]

L["helsinkitimes-2022-01-02-niinisto-new-year-nato-option"] = [
 ("Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide,", "sauli-niinisto", 1, "Niinistö", NOD, S, 1, "2022-01-01"),
 ("Spheres of influence do not belong to the 2020s. The security of Europe is not decided by two great powers over the heads of the rest of us,", "sauli-niinisto", 1, "the president", "", "", 1, "2022-01-01"),
 ("Finland's NATO option is not going anywhere. No one else decides on our security policy solutions,", "sanna-marin", 1, "she", NOD, S, 1, "2021-12-31"),
 ("The speech came a week after Russian Foreign Ministry spokeswoman Maria Zakharova warned on 24 December that Finland and Sweden joining NATO would have ”serious military and political consequences” and that any further enlargement of the alliance would be regarded as a threat to Russia's security.", "maria-zakharova", 1, "Maria Zakharova", NNE, S, 0, "2021-12-24"),
 ("A guarantee that NATO will never take in new members is not something Finland could ever accept, and it is not something the alliance can give,", "pekka-haavisto", 1, "Haavisto", NNE, R, 1, "2022-01-01"),
 ("NATO's door remains open. It is for Finland, and for Finland alone, to decide its path,", "jens-stoltenberg", 1, "Jens Stoltenberg", NOD, S, 1, "2022-01-01"),
 ("We do not ask anyone's permission to train with our partners. The exercises we have planned with Sweden and the United States this year will go ahead in full,", "antti-kaikkonen", 1, "Antti Kaikkonen", LME, R, 1, "2021-12-31"),
 ("It is Sweden that decides our security policy line, not Russia, and we will not let anyone else dictate it,", "magdalena-andersson", 1, "she", NOD, S, 1, "2022-01-01"),
 ("The December drafts ask for a promise that NATO will never take in another member and that it pull its forces back to where they stood in 1997. Niinistö's answer is that Finland will not be part of that bargain,", "juha-pekka-salmela", 1, "Juha-Pekka Salmela", NNE, M, 1, ""),
 ("The December drafts ask for a promise that NATO will never take in another member and that it pull its forces back to where they stood in 1997. Niinistö's answer is that Finland will not be part of that bargain,", "juha-pekka-salmela", 1, "Juha-Pekka Salmela", R97, M, 1, ""),
]

L["cgtn-2022-01-27-dialogue-us-answers"] = [
 ("Let me be very direct. The answer does not contain the main thing, which is a guarantee in writing, on paper, with signatures, that NATO stops moving east. Everything else is secondary.", "pavel-drozdov", 1, "Pavel Drozdov", WLG, S, 1, "2022-01-27"),
 ("Let me be very direct. The answer does not contain the main thing, which is a guarantee in writing, on paper, with signatures, that NATO stops moving east. Everything else is secondary.", "pavel-drozdov", 1, "Pavel Drozdov", NNE, S, 1, "2022-01-27"),
 ("What the Americans offer, talks on where intermediate-range missiles may be deployed, more transparency for exercises, these are ideas Moscow itself put forward years ago. So yes, we can discuss them, but only as part of the package.", "pavel-drozdov", 1, "Pavel Drozdov", INF, M, 1, "2022-01-27"),
 ("What the Americans offer, talks on where intermediate-range missiles may be deployed, more transparency for exercises, these are ideas Moscow itself put forward years ago. So yes, we can discuss them, but only as part of the package.", "pavel-drozdov", 1, "Pavel Drozdov", LME, M, 1, "2022-01-27"),
 ("It is. The United States was never going to sign away the right of Ukraine or Georgia to apply for membership. That's a non-starter, and Moscow knew it from day one.", "richard-holloway", 1, "Richard Holloway", NUM, R, 1, "2022-01-27"),
 ("It is. The United States was never going to sign away the right of Ukraine or Georgia to apply for membership. That's a non-starter, and Moscow knew it from day one.", "richard-holloway", 1, "Richard Holloway", NOD, S, 1, "2022-01-27"),
 ("And a legally binding treaty? No Senate would ratify it, and no administration is going to put its name to a document like that. Political commitments, yes; a treaty, no.", "richard-holloway", 1, "Richard Holloway", WLG, R, 1, "2022-01-27"),
 ("But look at what is actually on the table, including restarting the military-to-military channels that were cut off last year. Frankly, getting the generals back on the phone with each other is long overdue.", "richard-holloway", 1, "Richard Holloway", RMD, S, 1, "2022-01-27"),
 ("What is not on the table is just as clear. The Black Sea is international water, and US Navy ships will keep sailing there. And Washington is not going to be told what weapons its allies in Poland or Romania may host on their own soil.", "richard-holloway", 1, "Richard Holloway", NWA, R, 1, "2022-01-27"),
 ("What is not on the table is just as clear. The Black Sea is international water, and US Navy ships will keep sailing there. And Washington is not going to be told what weapons its allies in Poland or Romania may host on their own soil.", "richard-holloway", 1, "Richard Holloway", NSW, R, 1, "2022-01-27"),
 ("China's position is consistent. The security of one country should not be pursued at the expense of others, and the expansion of military blocs does not bring security. NATO should abandon its Cold War mentality and stop expanding eastward.", "gao-jianming", 1, "Gao Jianming", NNE, S, 1, "2022-01-27"),
 ("Dialogue without preconditions is the only way forward. Both sides should sit down, put all their concerns on the table and talk.", "gao-jianming", 1, "Gao Jianming", NP, S, 1, "2022-01-27"),
 ("Everyone is talking about whether Russia will pull its troops back from the border. Our view is that all sides should avoid any step that raises tensions.", "gao-jianming", 1, "Gao Jianming", RDE, M, 1, "2022-01-27"),
 ("Frankly, I don't think you can sit down for serious talks with a gun on the table. Pull the troops back first, then negotiate.", "richard-holloway", 1, "Richard Holloway", RDE, S, 1, "2022-01-27"),
 ("Frankly, I don't think you can sit down for serious talks with a gun on the table. Pull the troops back first, then negotiate.", "richard-holloway", 1, "Richard Holloway", NP, R, 1, "2022-01-27"),
 ("With respect to Richard, these troops are on Russian territory, and nobody in Washington has the right to tell us where to keep them. This demand to pull back is simply unacceptable.", "pavel-drozdov", 1, "Pavel Drozdov", RDE, R, 1, "2022-01-27"),
 ("And the withdrawal of NATO forces from the countries that joined after 1997 is not a whim. Without it, the Baltic states and Poland become a permanent forward base, and that is not acceptable for Russia.", "pavel-drozdov", 1, "Pavel Drozdov", R97, S, 1, "2022-01-27"),
 ("I think the Europeans should ask themselves whether their security is decided in Brussels or in Washington. That question will not go away after this week.", "gao-jianming", 1, "Gao Jianming", "", "", 1, "2022-01-27"),
]

write_gold(L, "articles-69", "gold-69")
