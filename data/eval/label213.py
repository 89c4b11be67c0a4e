#!/usr/bin/env python3
"""Writes the held-out gold of batch 213 (gold-213/*.nq) from the labels below.

Batch 213 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- polskieradio-2022-01-13-rau-osce-risk-of-war: Polish Radio English service
  report, no front matter ("13.01.2022 17:45" date line, "Read also" link,
  source/editor tail); OSCE Permanent Council; quotations interrupted by
  "Carpenter told journalists after the meeting", "Przydacz said"; Moscow's
  demands in the journalist's narrative; Poland's 1999 accession as background.
- ipn-2022-01-27-popescu-neutrality-guarantees: Moldovan IPN report with front
  matter, translated style ("the head of the Moldovan diplomacy", "stated the
  official"), curly quotes; neutrality vs the ex-Soviet demand; a paraphrase of
  the 17 December draft attributed to Moscow (dated 2021-12-17); a question put
  to the minister (not labelled); undated interviews "for IPN".
- belta-2022-01-20-lukashenko-union-resolve-guarantees: BelTA report in
  translated English, no front matter, UTF-8 BOM and CRLF line ends; "MINSK,
  20 January (BelTA) -" dateline; Lukashenko rejecting the Western call to pull
  troops back; "earlier this week" (undated); 1990 background; a closing
  paraphrase of the draft documents (not labelled). Lukashenko's id follows the
  text's spelling: aleksandr-lukashenko.
- bundestag-2022-01-13-aktuelle-stunde-russia-ukraine: extract of a Bundestag
  plenary record in English translation, with front matter; speaker labels with
  parties, applause and heckles in parentheses. Each speech paragraph is one
  direct quotation; the presiding officer (Vice-President Petra Pau) is treated
  like a host and her procedural lines get no label; heckles are under six
  words and about no demand. Several speakers list Moscow's demands in passing.
- nzz-2022-01-27-washington-answers-moscow-analysis: NZZ English analysis with
  front matter, "ANALYSIS" kicker, standfirst, byline and crossheads; curly
  quotes; Blinken and Stoltenberg on 26 January ("Wednesday"), Lavrov and Peskov
  on 27 January; Baker 1990 "one inch eastward" as background; analysts quoted
  in the present tense with no day.
- dailysabah-2022-01-12-nato-russia-council-turkey-mediation: Daily Sabah
  report, no front matter ("DAILY SABAH WITH AGENCIES / ISTANBUL / JAN 12,
  2022"), photo caption, "READ MORE" link; NATO-Russia Council; a quotation of
  Cavusoglu split by "he added"; the drafts' content paraphrased (not labelled).
- warontherocks-2022-01-28-paper-guarantees-podcast: podcast transcript with
  front matter, two invented hosts and an invented guest; "recorded on
  Thursday, January 27" gives the date of the guest's words; hosts and questions
  get no label; each guest paragraph is one direct quotation; the guest
  attributes many demands to Moscow in passing.

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each paragraph
of an answer is one direct quotation (without the dash or speaker label);
questions and the host get no label. Reported speech: the whole sentence
(dateline excluded), direct 0. Stance by the speaker's own position; mentions
when the speaker only reports a demand, asks about it or offers to discuss it.
A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or
about demands left unspecified gets none. Background history, words quoted from
documents, headlines, crossheads, standfirsts, captions and link lines are not
labelled. A demand attributed in passing to Moscow inside another speaker's
sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved
against the publication date; "" when the text gives no day. Analysts and
experts (independent people) speak for themselves and have no side: they
"support"/"reject" only when they voice the demand in their own words with a
stance of their own, else "mentions".

Local choices: a Russia-in-passing label reuses the other speaker's evidence
span with direct 0 (the words are not Moscow's own), and is undated unless the
text ties a day to Moscow's demand.
"""
from goldlib import write_gold

NE, UA, BU, SW = "nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008", "no-strike-weapons-near-borders"
IRM, WS, EX, R97 = "no-intermediate-range-missiles", "no-warships-aircraft-in-strike-range", "limit-military-exercises", "rollback-to-1997"
XS, WR, NP, MD = "no-military-activity-ex-soviet", "written-legal-guarantees", "no-preconditions", "resume-military-dialogue"
DE, OD = "russia-de-escalation", "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-13"
e_mosc = "Moscow has been pressing for a written, legally binding commitment that NATO will never again enlarge eastwards and that Ukraine will not be admitted."
e_luk = "Lukashevich said the key Russian demand remained a guarantee that the alliance would move no closer to Russia's borders, adding that there could be no compromise on Ukraine's non-membership."
L["polskieradio-2022-01-13-rau-osce-risk-of-war"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("For several weeks we have been facing the prospect of a major military escalation in the east of Europe,", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("a clear and verifiable de-escalation along Ukraine's borders", "zbigniew-rau", 1, "The Polish minister", DE, S, 1, D),
 (e_mosc, "russia", 0, "Moscow", WR, S, 0, ""),
 (e_mosc, "russia", 0, "Moscow", NE, S, 0, ""),
 (e_mosc, "russia", 0, "Moscow", UA, S, 0, ""),
 ("We need quick answers, in writing, to our proposals, and we are not talking about dialogue for the sake of dialogue,", "alexander-lukashevich", 1, "he", WR, S, 1, D),
 (e_luk, "alexander-lukashevich", 1, "Lukashevich", NE, S, 0, D),
 (e_luk, "alexander-lukashevich", 1, "Lukashevich", UA, S, 0, D),
 (e_luk, "russia", 0, "Russian", NE, S, 0, ""),
 ("If we do not hear a constructive response within a reasonable time frame, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, D),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("No country can veto another country's choice of partners, and no country has the right to carve out a sphere of influence.", "michael-carpenter", 1, "Carpenter", OD, S, 1, D),
 ("He said the United States had come to Vienna ready to talk about arms control and about transparency of military exercises on a reciprocal basis.", "michael-carpenter", 1, "He", EX, M, 0, D),
 ("But all of that is very hard to do with a gun to Ukraine's head, so the first step has to be de-escalation,", "michael-carpenter", 1, "he", DE, S, 1, D),
 ("Moscow has also demanded that NATO pull back troops and weapons from countries that joined the alliance after May 1997, which would include Poland, the Baltic states and Romania.", "russia", 0, "Moscow", R97, S, 0, ""),
 ("Poland's Deputy Foreign Minister Marcin Przydacz told Polish Radio on Thursday that Warsaw would not accept such a scenario.", "marcin-przydacz", 1, "Marcin Przydacz", R97, R, 0, D),
 ("Poland will not accept any deal that turns the clock back to 1997 and divides NATO members into first and second category,", "marcin-przydacz", 1, "Przydacz", R97, R, 1, D),
 ("Our security is not a bargaining chip between Washington and Moscow.", "marcin-przydacz", 1, "Przydacz", "", "", 1, D),
 ("The OSCE is the only forum where Russia, Ukraine and the West all sit at one table, and Poland wants to use that,", "agnieszka-sroka-malinowska", 1, "she", "", "", 1, ""),
 ("But the idea that allied troops must leave Poland because we joined after 1997 is unacceptable, full stop,", "agnieszka-sroka-malinowska", 1, "Sroka-Malinowska", R97, R, 1, ""),
 ("No Polish government of any colour could sign up to that.", "agnieszka-sroka-malinowska", 1, "Sroka-Malinowska", R97, R, 1, ""),
]

D = "2022-01-27"
e_caz = "Russia has every right to ask that NATO stop expanding towards its borders. NATO came to the Russian border, not the Russian army to the borders of NATO,"
e_ceb = "If the West accepted the Russian demand that there be no military cooperation with the non-NATO former Soviet republics, the reform of the National Army would be frozen and Moldova would automatically enter the zone of influence of Moscow,"
e_kr = "The Kremlin also wants a written guarantee that NATO will not enlarge to the east."
L["ipn-2022-01-27-popescu-neutrality-guarantees"] = [
 ("The Republic of Moldova is a neutral state and its neutrality is enshrined in the Constitution, but this does not mean that other states can decide with whom Chisinau cooperates and in what areas, Deputy Prime Minister, Minister of Foreign Affairs and European Integration Nicu Popescu stated in a news conference on Thursday, commenting on the security proposals that the Russian Federation submitted to the U.S. and NATO in December.", "nicu-popescu", 1, "Nicu Popescu", XS, R, 0, D),
 ("We are a neutral country, but neutral does not mean that somebody else chooses our partners. Our cooperation with the European Union, with the United States, with NATO in areas such as demining, cyber security or the reform of the National Army is our sovereign decision and will continue,", "nicu-popescu", 1, "Nicu Popescu", XS, R, 1, D),
 ("The minister noted that each state has the right to choose its security arrangements, including the right to be neutral, and that this principle was agreed by all OSCE participating states, including the Russian Federation, in documents signed in Istanbul in 1999 and Astana in 2010.", "nicu-popescu", 1, "The minister", OD, S, 0, D),
 ("Nothing about us without us. This is what our partners have told us, and we count on this,", "nicu-popescu", 1, "the official", "", "", 1, D),
 ("For us, the real de-escalation in the region means Russia pulling its forces back from the Ukrainian border, and also the withdrawal of the foreign troops that are on our territory without our consent,", "nicu-popescu", 1, "the Deputy Prime Minister", DE, S, 1, D),
 ("In the Russian draft agreement with NATO, published on December 17 by the Ministry of Foreign Affairs of the Russian Federation, Moscow insists that the alliance members refrain from any military activity in states that are not part of NATO, including states of the former Soviet Union.", "russia", 0, "Moscow", XS, S, 0, "2021-12-17"),
 (e_kr, "russia", 0, "The Kremlin", WR, S, 0, ""),
 (e_kr, "russia", 0, "The Kremlin", NE, S, 0, ""),
 ("She said that the neutrality of Moldova must be respected by all, including by the Western partners who, in her opinion, use the cooperation programmes to bring Moldova closer to the alliance.", "valentina-cazacu", 1, "She", XS, S, 0, ""),
 (e_caz, "valentina-cazacu", 1, "the Socialist MP", NE, S, 1, ""),
 (e_caz, "russia", 0, "Russia", NE, S, 0, ""),
 ("Valentina Cazacu said the exercises carried out on Moldovan territory with the participation of American servicemen should be suspended until the situation in the region calms down.", "valentina-cazacu", 1, "Valentina Cazacu", XS, S, 0, ""),
 (e_ceb, "mihai-cebotaru", 1, "the expert", XS, M, 1, ""),
 (e_ceb, "russia", 0, "Russian", XS, S, 0, ""),
 ("In his opinion, such a scenario is unlikely, because the U.S. and NATO have repeated several times that they will not give up the principle of freedom to choose alliances.", "mihai-cebotaru", 1, "his", OD, M, 0, ""),
 ("Both Secretary Blinken and Secretary General Stoltenberg said clearly that the open door remains open. The question for Chisinau is what Moscow does next, not what Washington says,", "mihai-cebotaru", 1, "Mihai Cebotaru", OD, M, 1, ""),
]

D = "2022-01-20"
e_l4 = "If NATO does not want war, it should stop dragging Ukraine into the alliance and give Russia the guarantees in writing, on paper, with signatures. Not these promises like they gave to Gorbachev,"
e_mak = "Earlier this week Minister of Foreign Affairs of Belarus Vladimir Makei noted that Minsk shares the concerns of Moscow about the expansion of NATO to the east and the possible deployment of NATO strike weapons near the borders of the Union State."
e_sak = "The Americans and NATO are talking about an open door. But the open door of NATO is a door into our house, and we have the right to ask them to close it,"
L["belta-2022-01-20-lukashenko-union-resolve-guarantees"] = [
 ("We are not hiding anything. This is a planned exercise, everyone was informed. Nobody will dictate to us where and when to hold exercises on our own territory, neither in Washington nor in Brussels,", "aleksandr-lukashenko", 1, "the President", EX, R, 1, D),
 ('According to the head of state, the demands of some Western politicians to withdraw the Russian troops from Belarus and from the border with Ukraine are "pure hypocrisy", taking into account the NATO battalions deployed in Poland and the Baltic states.', "aleksandr-lukashenko", 1, "the head of state", DE, R, 0, D),
 ("They are telling Russia: take your troops away from your own border. And at the same time they are bringing in thousands of troops to our borders, to Poland, to Lithuania, they are flying their aircraft along our borders,", "aleksandr-lukashenko", 1, "Aleksandr Lukashenko", DE, R, 1, D),
 (e_l4, "aleksandr-lukashenko", 1, "he", UA, S, 1, D),
 (e_l4, "aleksandr-lukashenko", 1, "he", WR, S, 1, D),
 ("The head of state also said that the deployment of offensive weapons near the borders of the Union State is a red line.", "aleksandr-lukashenko", 1, "The head of state", SW, S, 0, D),
 ("If they place strike systems in Ukraine or in Poland, aimed at Moscow and Minsk, we will have to respond. We have agreed on this with the President of Russia,", "aleksandr-lukashenko", 1, "the Belarusian leader", SW, S, 1, D),
 ("The exercise is aimed at working out the tasks of suppressing and repelling external aggression in the course of a defensive operation,", "viktor-khrenin", 1, "the Defense Minister", "", "", 1, D),
 (e_mak, "vladimir-makei", 1, "Vladimir Makei", NE, S, 0, ""),
 (e_mak, "vladimir-makei", 1, "Vladimir Makei", SW, S, 0, ""),
 (e_mak, "russia", 0, "Moscow", NE, S, 0, ""),
 (e_mak, "russia", 0, "Moscow", SW, S, 0, ""),
 (e_sak, "viktor-sakovich", 1, "the parliamentarian", OD, R, 1, ""),
 (e_sak, "viktor-sakovich", 1, "the parliamentarian", NE, S, 1, ""),
 ("Viktor Sakovich also noted that the Belarusian side is ready to consider proposals on mutual restrictions on the scale of exercises near the borders, if the NATO countries are ready for the same.", "viktor-sakovich", 1, "Viktor Sakovich", EX, M, 0, ""),
 ("We have always said: let us sit down and agree on transparency and on limiting exercises, but on an equal footing,", "viktor-sakovich", 1, "he", EX, S, 1, ""),
 ("Washington will answer in a way that allows it to continue the talks, but the main thing, the non-expansion of NATO, will not be in the answer. I think this is a mistake of the Americans,", "andrei-kuzmenkov", 1, "the expert", NE, S, 1, ""),
]

D = "2022-01-13"
e_h1 = "More than 100,000 Russian soldiers are standing at Ukraine's border, with tanks, artillery and field hospitals. This week, in Geneva, in Brussels and today in Vienna, the West sat down at the table with Russia. And what did we hear from Moscow? The same list of demands that the Kremlin put on paper before Christmas: no further enlargement of NATO, a veto over Ukraine, and the withdrawal of allied forces from our eastern partners. I say very clearly on behalf of my group: these demands are unacceptable, and the Federal Government must say so just as clearly."
e_h2 = "Russia must pull its troops back. That is the first step, and it is the precondition for any serious talks about arms control and confidence-building."
e_a3 = "At the same time, there are things we can and should talk about: transparency and limits for manoeuvres, the stationing of medium-range missiles in Europe, the military contacts between NATO and Russia that have been frozen for years. It would be wrong to refuse such a conversation."
e_b1 = "In 1990 the West promised Moscow that NATO would not move one inch to the east. Fourteen countries have joined since. One can understand that Russia now wants this in writing."
e_l2 = "What Russia is demanding is nothing less than a Europe of spheres of influence: NATO troops out of the Baltic states and Poland, no cooperation with Ukraine, Georgia or Moldova, and a say over who may join. We will not go back to 1997, and we will not go back to Yalta."
e_s1 = "We are in favour of talks – without preconditions and without ultimatums, from either side. The Russian troops must move back from the Ukrainian border, we say that clearly. But NATO must also scale down its manoeuvres in the Black Sea and keep its warships and bombers away from the Russian coast."
KH, JA, HB, ML, US_ = "katrin-hollmann", "jens-albers", "heiko-brandl", "miriam-lenz-okafor", "ulrike-sander"
L["bundestag-2022-01-13-aktuelle-stunde-russia-ukraine"] = [
 (e_h1, KH, 1, "Katrin Hollmann", NE, R, 1, D),
 (e_h1, KH, 1, "Katrin Hollmann", UA, R, 1, D),
 (e_h1, KH, 1, "Katrin Hollmann", R97, R, 1, D),
 (e_h1, "russia", 0, "the Kremlin", NE, S, 0, ""),
 (e_h1, "russia", 0, "the Kremlin", UA, S, 0, ""),
 (e_h1, "russia", 0, "the Kremlin", R97, S, 0, ""),
 (e_h2, KH, 1, "Katrin Hollmann", DE, S, 1, D),
 (e_h2, KH, 1, "Katrin Hollmann", NP, R, 1, D),
 ("And I ask the Federal Chancellor: where is the Federal Government's position on Nord Stream 2? You cannot threaten consequences in the morning and in the evening declare a pipeline a purely private-sector project.", KH, 1, "Katrin Hollmann", "", "", 1, D),
 ("Colleague Hollmann, nobody in this House is naïve about what is happening at the Ukrainian border. But the answer to a dangerous situation is not louder words; it is more diplomacy. That is why it was right that the United States, NATO and the OSCE all spoke with Russia this week, and it is why the Federal Government is working to revive the Normandy format.", JA, 1, "Jens Albers", "", "", 1, D),
 ("Let me be clear about one thing: the sovereign right of every state to choose its alliances is not negotiable. It was agreed in the Charter of Paris, and Russia signed it. Nobody in Moscow gets a veto over Kyiv's future.", JA, 1, "Jens Albers", OD, S, 1, D),
 (e_a3, JA, 1, "Jens Albers", EX, M, 1, D),
 (e_a3, JA, 1, "Jens Albers", IRM, M, 1, D),
 (e_a3, JA, 1, "Jens Albers", MD, M, 1, D),
 (e_b1, HB, 1, "Dr. Heiko Brandl", NE, S, 1, D),
 (e_b1, HB, 1, "Dr. Heiko Brandl", WR, S, 1, D),
 (e_b1, "russia", 0, "Russia", NE, S, 0, ""),
 (e_b1, "russia", 0, "Russia", WR, S, 0, ""),
 ("Ukraine in NATO would mean German soldiers on the front line in the Donbas. Nobody in this country wants that. The Federal Government should say openly what everybody in Brussels knows: Ukraine will not join NATO, not in ten years and not in twenty.", HB, 1, "Dr. Heiko Brandl", UA, S, 1, D),
 ("Mr Brandl, you have just repeated the Kremlin's talking points word for word. There was no such promise in any treaty, and the countries of Central and Eastern Europe were not bargaining chips; they chose their alliance freely, and that choice must be respected.", ML, 1, "Dr. Miriam Lenz-Okafor", OD, S, 1, D),
 (e_l2, ML, 1, "Dr. Miriam Lenz-Okafor", R97, R, 1, D),
 (e_l2, ML, 1, "Dr. Miriam Lenz-Okafor", XS, R, 1, D),
 (e_l2, ML, 1, "Dr. Miriam Lenz-Okafor", NE, R, 1, D),
 (e_l2, "russia", 0, "Russia", R97, S, 0, ""),
 (e_l2, "russia", 0, "Russia", XS, S, 0, ""),
 (e_l2, "russia", 0, "Russia", NE, S, 0, ""),
 ("The Federal Foreign Minister will travel to Kyiv and to Moscow next week. She goes with a clear message: the way out of this crisis leads through de-escalation and through diplomacy, and Russia has to take the first step by withdrawing its troops.", ML, 1, "Dr. Miriam Lenz-Okafor", DE, S, 1, D),
 (e_s1, US_, 1, "Ulrike Sander", NP, S, 1, D),
 (e_s1, US_, 1, "Ulrike Sander", DE, S, 1, D),
 (e_s1, US_, 1, "Ulrike Sander", EX, S, 1, D),
 (e_s1, US_, 1, "Ulrike Sander", WS, S, 1, D),
 ("What we need is a security architecture for Europe with Russia and not against Russia, and a return to real disarmament, including a ban on intermediate-range missiles on European soil.", US_, 1, "Ulrike Sander", IRM, S, 1, D),
]

W, T = "2022-01-26", "2022-01-27"
e_n2 = "The Secretary of State said the reply instead laid out “a serious diplomatic path” on other questions: reciprocal transparency measures for military exercises, a possible agreement on the stationing of offensive missiles in Europe and risk-reduction steps."
e_lav = "There is no positive reaction on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
e_mos = "Moscow had asked for a treaty that would rule out any further enlargement of the alliance and in particular Ukraine's accession; it has received a letter that confirms, in substance, the principle that every state may choose its own alliances."
e_w2 = "The Russians had themselves proposed that neither side station intermediate-range missiles within reach of the other. On this, Washington is clearly willing to talk, and that is a genuine opening,"
e_w4 = "It would not satisfy Moscow, because the Kremlin wants a legally binding guarantee and not a political gesture that the next government can withdraw."
e_orl = "Moscow has staked a great deal on this paper. If it gets nothing on NATO expansion, it has to show something else – and that something may be military,"
L["nzz-2022-01-27-washington-answers-moscow-analysis"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", OD, S, 1, W),
 (e_n2, "antony-blinken", 1, "The Secretary of State", EX, M, 0, W),
 (e_n2, "antony-blinken", 1, "The Secretary of State", IRM, M, 0, W),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 1, W),
 ("The alliance also proposed to reopen the respective missions in Moscow and Brussels and to re-establish military-to-military channels to avoid incidents, Stoltenberg said.", "jens-stoltenberg", 1, "Stoltenberg", MD, S, 0, W),
 (e_lav, "sergei-lavrov", 1, "Lavrov", NE, S, 1, T),
 (e_lav, "sergei-lavrov", 1, "Lavrov", SW, S, 1, T),
 ("It is obvious that our main concerns have not been taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("There is little reason for optimism, but there is always a chance to continue the dialogue.", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 (e_mos, "russia", 0, "Moscow", NE, S, 0, ""),
 (e_mos, "russia", 0, "Moscow", UA, S, 0, ""),
 (e_mos, "russia", 0, "Moscow", WR, S, 0, ""),
 ("The Americans have done exactly what one could expect: they have said no to the principle and yes to the details,", "martina-wyss-berger", 1, "Martina Wyss-Berger", "", "", 1, ""),
 (e_w2, "martina-wyss-berger", 1, "she", IRM, M, 1, ""),
 (e_w2, "russia", 0, "The Russians", IRM, S, 0, ""),
 ("A moratorium on Ukraine's membership, which is being quietly discussed in some European capitals, would not solve the problem either, Wyss-Berger believes.", "martina-wyss-berger", 1, "Wyss-Berger", UA, M, 0, ""),
 (e_w4, "martina-wyss-berger", 1, "Wyss-Berger", WR, M, 1, ""),
 (e_w4, "martina-wyss-berger", 1, "Wyss-Berger", UA, M, 1, ""),
 (e_w4, "russia", 0, "the Kremlin", WR, S, 0, ""),
 (e_orl, "dmitri-orlovsky", 1, "he", NE, M, 1, ""),
 (e_orl, "russia", 0, "Moscow", NE, S, 0, ""),
 ("Geneva stays at the disposal of both sides, for as long as they are willing to talk,", "ignazio-cassis", 1, "he", "", "", 1, W),
 ("Around 100,000 Russian soldiers remain deployed near Ukraine, and Washington and its allies have repeated that they expect Moscow to withdraw them before any agreement is possible.", "united-states", 0, "Washington", DE, S, 0, ""),
]

D = "2022-01-12"
e_st3 = "Russia should not have a veto over whether Ukraine can become a NATO member. Each nation has the right to choose its own path, and that is not up for negotiation,"
e_sh = "Sherman, speaking to reporters separately, said Washington would not give in to Moscow's demand to close the alliance to new members."
e_gr = "Grushko, for his part, told journalists after the talks that Moscow needed legally binding guarantees that the alliance would stop enlarging eastward, and warned that relations were at a critically low level."
e_fo = "Fomin said NATO's drills near Russia's borders had become larger and more frequent, and that Moscow wanted them scaled back on a mutual basis."
e_ka1 = "Moscow's demand to keep American warships and aircraft out of range of its territory is, in practice, about the Black Sea. The Montreux Convention already limits non-littoral navies there, and Ankara will not let anyone rewrite that regime through a bilateral deal,"
e_ka2 = "Karaağaç said the Russian insistence on halting NATO enlargement was unrealistic."
L["dailysabah-2022-01-12-nato-russia-council-turkey-mediation"] = [
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (e_st3, "jens-stoltenberg", 1, "he", OD, S, 1, D),
 (e_st3, "jens-stoltenberg", 1, "he", UA, R, 1, D),
 ('Stoltenberg said NATO had offered a series of meetings on arms control, risk reduction and greater transparency of military exercises and that Russia had not rejected the proposal, but was "not in a position" to agree to a date.', "jens-stoltenberg", 1, "Stoltenberg", EX, M, 0, D),
 ("He also urged Moscow to de-escalate and withdraw the forces it has massed near Ukraine.", "jens-stoltenberg", 1, "He", DE, S, 0, D),
 (e_sh, "wendy-sherman", 1, "Sherman", NE, R, 0, D),
 (e_sh, "russia", 0, "Moscow", NE, S, 0, ""),
 ("We will not slam the door shut on NATO's open-door policy, a policy that has always been central to the NATO alliance,", "wendy-sherman", 1, "she", OD, S, 1, D),
 (e_gr, "alexander-grushko", 1, "Grushko", WR, S, 0, D),
 (e_gr, "alexander-grushko", 1, "Grushko", NE, S, 0, D),
 (e_gr, "russia", 0, "Moscow", WR, S, 0, ""),
 (e_gr, "russia", 0, "Moscow", NE, S, 0, ""),
 ("The situation is very dangerous, and the alliance is simply not listening to what we are saying,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("If NATO goes on with its policy of containment, we will respond with counter-containment.", "alexander-grushko", 1, "he", "", "", 1, D),
 (e_fo, "alexander-fomin", 1, "Fomin", EX, S, 0, D),
 (e_fo, "russia", 0, "Moscow", EX, S, 0, ""),
 ("We are ready to do whatever we can, including hosting talks at the highest level, to prevent a war in our region,", "mevlut-cavusoglu", 1, "Çavuşoğlu", "", "", 1, D),
 ("Turkey has always supported NATO's open-door policy,", "mevlut-cavusoglu", 1, "he", OD, S, 1, D),
 ("but we believe the security concerns of all sides can be discussed around the table.", "mevlut-cavusoglu", 1, "he", "", "", 1, D),
 (e_ka1, "selin-karaagac", 1, "she", WS, M, 1, ""),
 (e_ka1, "russia", 0, "Moscow", WS, S, 0, ""),
 (e_ka2, "selin-karaagac", 1, "Karaağaç", NE, M, 0, ""),
 (e_ka2, "russia", 0, "Russian", NE, S, 0, ""),
 ("I don't see any ally agreeing to tell Ukraine or Georgia that the door is closed forever. That is simply not going to happen, and the Kremlin knows it,", "selin-karaagac", 1, "she", UA, M, 1, ""),
]

D = "2022-01-27"
EK = "elena-kostenko-hale"
e_g2 = "It's really two documents, a treaty with the United States and an agreement with NATO, and the core is pretty simple. Moscow wants the alliance to stop growing, full stop, and it wants Ukraine and Georgia specifically ruled out. Then there's the part people in Washington noticed less at first: the demand that NATO take its forces and infrastructure back to where they were in May 1997. That would mean no allied battlegroups in the Baltics or Poland."
e_g3 = "They do, and they want the Bucharest language formally disavowed, the line that Ukraine and Georgia \"will become members.\" Honestly, I understand why that line bothers them. It was a compromise that gave Kyiv a promise without a plan. But rescinding it under the gun of a hundred thousand troops? No. I wouldn't do that, and I don't think any administration could."
e_g5 = "There is, and this is where I think the answer gets genuinely interesting, on the stuff the Russians put toward the bottom of their list. Reciprocal limits on exercises near the borders, some kind of INF-like arrangement on ground-launched missiles in Europe, transparency measures. Some of those are Cold War ideas that actually worked, and it would be a shame to throw them out with the rest."
e_g6 = "Not by itself. Lavrov's line today was basically: thank you, but you answered the secondary questions and ignored the main one. And the main one, for them, is a piece of paper saying NATO will never expand again, signed and ratified. They've been very explicit that a political promise or a moratorium isn't enough. In their telling they got burned by the verbal assurances of 1990, and they're not going to accept anything that isn't legally binding."
e_g8b = "Second, and this is where I part ways with some colleagues, restore the military-to-military channels right now. The Russians have asked for that, we've offered it in the answer, and there is no reason to wait. When you have this many forces this close together, you want generals who can pick up the phone."
L["warontherocks-2022-01-28-paper-guarantees-podcast"] = [
 ("Thanks for having me. It's been a long month. I think I've slept maybe four nights since the middle of December.", EK, 1, "Elena Kostenko-Hale", "", "", 1, D),
 (e_g2, EK, 1, "Elena Kostenko-Hale", NE, M, 1, D),
 (e_g2, EK, 1, "Elena Kostenko-Hale", UA, M, 1, D),
 (e_g2, EK, 1, "Elena Kostenko-Hale", R97, M, 1, D),
 (e_g2, "russia", 0, "Moscow", NE, S, 0, ""),
 (e_g2, "russia", 0, "Moscow", UA, S, 0, ""),
 (e_g2, "russia", 0, "Moscow", R97, S, 0, ""),
 (e_g3, EK, 1, "Elena Kostenko-Hale", BU, R, 1, D),
 (e_g3, "russia", 0, "they", BU, S, 0, ""),
 ("Right, and neither has anyone outside a very small circle. What we know from Blinken's press conference is that the answer holds the line on the open door. And I think that's correct. You can't let a third country decide who joins an alliance. The moment you do that, the alliance isn't really yours anymore.", EK, 1, "Elena Kostenko-Hale", OD, S, 1, D),
 (e_g5, EK, 1, "Elena Kostenko-Hale", EX, S, 1, D),
 (e_g5, EK, 1, "Elena Kostenko-Hale", IRM, S, 1, D),
 (e_g5, "russia", 0, "the Russians", EX, S, 0, ""),
 (e_g5, "russia", 0, "the Russians", IRM, S, 0, ""),
 (e_g6, EK, 1, "Elena Kostenko-Hale", NE, M, 1, D),
 (e_g6, EK, 1, "Elena Kostenko-Hale", WR, M, 1, D),
 (e_g6, "russia", 0, "them", NE, S, 0, ""),
 (e_g6, "russia", 0, "them", WR, S, 0, ""),
 ("I go back and forth. If this were purely coercive diplomacy, you'd expect them to keep the negotiating track fully alive, and to some degree they have. But the logistics we're seeing in Belarus and around Yelnya are not what you bring for a bluff.", EK, 1, "Elena Kostenko-Hale", "", "", 1, D),
 ("Two things. First, keep insisting that the pullback comes before anything gets signed. The troops have to go back to their garrisons, and that has to be verifiable.", EK, 1, "Elena Kostenko-Hale", DE, S, 1, D),
 (e_g8b, EK, 1, "Elena Kostenko-Hale", MD, S, 1, D),
 (e_g8b, "russia", 0, "The Russians", MD, S, 0, ""),
]

write_gold(L, "articles-213", "gold-213")
