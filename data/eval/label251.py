#!/usr/bin/env python3
"""Writes the held-out gold of batch 251 (gold-251/*.nq) from the labels below.

Batch 251 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-10-us-russia-geneva-talks-no-breakthrough: The Associated Press,
  Geneva wire story without front matter (byline, date line, "GENEVA (AP) —");
  Ryabkov quotes split over a "told reporters" break, Sherman quote interrupted
  by "Sherman said", a short sub-six-word quote, Moscow's demands reported in
  the narrator's lede and in passing, Bucharest 2008 background, an analyst.
- telegraph-2022-01-27-putin-paper-answer-analysis: The Telegraph, analysis with
  front matter and standfirst; the draft treaties paraphrased, Baker/Gorbachev
  1990 and the Founding Act as history, partial quotes inside reported speech,
  a Westminster backbencher and a RUSI analyst, Moscow's Bucharest demand in passing.
- tass-2022-01-18-ryabkov-interview-guarantees: TASS machine-translated
  interview with front matter; dash-led Q/A, multi-paragraph answers, « »
  and straight quotes, "non-expansion", "strike means", "positions of 1997",
  a rejection of troop-withdrawal preconditions.
- rbc-2022-01-13-lukashevich-osce-vienna: RBC machine-translated, UTF-8 BOM and
  CRLF, no front matter ("13 Jan 2022, 15:41"); caption, "Read also on RBC"
  link lines, Lukashevich, Rau and Carpenter in Vienna, Grushko "the day
  before" in Brussels, a Duma deputy and an IMEMO expert (mentions).
- un-security-council-2022-01-31-s-pv-8960-ukraine: UN Security Council
  provisional record with front matter; speakers labelled by country, each
  paragraph one quotation; the President's procedural lines and the vote list
  unlabelled; Russia's demands listed inside the US statement.
- carnegie-2022-01-28-qa-what-the-written-answers-mean: Carnegie Endowment Q&A
  without front matter; unlabelled questions, one analyst answering; she
  mostly mentions the demands but takes her own side on a few; Blinken quoted
  and Stoltenberg reported inside her answer.
- france24-2022-02-02-the-interview-ukrainian-mp-hrytsenko: France 24 TV
  interview transcript with front matter; speaker labels in capitals, a
  Putin video clip (1 February) as transcript paragraphs, host questions that
  name demands but get no label, a closing reported paragraph.

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

D = "2022-01-10"
L["ap-2022-01-10-us-russia-geneva-talks-no-breakthrough"] = [
 ("American and Russian negotiators spent nearly eight hours behind closed doors in Geneva on Monday and came out with little more than a promise to keep talking, as Moscow pressed its insistence that the NATO alliance shut its doors to Ukraine and pull back from Eastern Europe.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("American and Russian negotiators spent nearly eight hours behind closed doors in Geneva on Monday and came out with little more than a promise to keep talking, as Moscow pressed its insistence that the NATO alliance shut its doors to Ukraine and pull back from Eastern Europe.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, D),
 ("We need to be sure, absolutely sure, that Ukraine will never, never, ever become a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We do not trust the other side anymore. We need it on paper, with signatures, ratified by the Senate.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("He said there was no reason for Russia to pull back troops that were stationed on its own soil, and insisted the country had no plans to invade its neighbor.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Sherman said the United States was open to discussing where missiles could be placed in Europe in the future and to talking about limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the United States was open to discussing where missiles could be placed in Europe in the future and to talking about limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She said the clearest way for Moscow to show good faith was to move the forces it has positioned around Ukraine back to their bases.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("De-escalation means returning troops to barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("or at least telling us what the exercises are and letting us see them.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Moscow has also demanded that NATO withdraw forces and weapons from the countries that joined the alliance after 1997, a step that would mean pulling out of Poland, Romania and the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("In the draft documents it published last month, Russia also asked the U.S. to rule out any military bases in former Soviet republics that are not members of NATO.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said allies were ready to sit down with Russia on arms control and transparency, but would not accept a world with spheres of influence.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 ("Nothing about Ukraine without Ukraine — this principle is being honored,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Nobody in Washington is going to put their signature on a promise that Ukraine stays out of NATO forever, and Moscow knows that,", "lydia-carver", 1, "Lydia Carver", "no-ukraine-membership", "mentions", 1, ""),
 ("The real question is whether the Kremlin wants an agreement or a pretext.", "lydia-carver", 1, "Lydia Carver", "", "", 1, ""),
]

W, T = "2022-01-26", "2022-01-27"
DRAFTS = "They would have barred Ukraine from the alliance for good, stripped Nato of the troops and kit it has moved into Poland and the Baltic states since 1997, and forbidden American forces from so much as holding an exercise in Georgia or Moldova."
OFFER = "Instead, the reply offers talks on things the Russians have long said they want to talk about when it suits them: reciprocal limits on where missiles can be placed, transparency about large drills, an inspection regime for the Aegis Ashore sites in Romania and Poland."
PEN1 = "The Russians said they wanted talks on intermediate-range missiles and on exercises, and now they have them, in writing,"
L["telegraph-2022-01-27-putin-paper-answer-analysis"] = [
 (DRAFTS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DRAFTS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (DRAFTS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (OFFER, "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 (OFFER, "russia", 0, "the Russians", "limit-military-exercises", "supports", 0, ""),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("a serious diplomatic path, should Russia choose it", "antony-blinken", 1, "Mr Blinken", "", "", 1, W),
 ("a serious conversation on secondary issues", "sergei-lavrov", 1, "the foreign minister", "", "", 1, T),
 ("The main question, as he has made clear since December, is Nato's eastward march.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, ""),
 ("Our position is clear: the non-expansion of Nato and the non-deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 1, T),
 ("Our position is clear: the non-expansion of Nato and the non-deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Mr Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("Mr Putin's insistence on ink and ratification this winter is, in part, a lesson he drew from that history.", "vladimir-putin", 1, "Mr Putin", "written-legal-guarantees", "supports", 0, ""),
 ("Liz Truss, the Foreign Secretary, said on Thursday that Britain would \"never\" accept Russian attempts to decide who could join Nato.", "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 0, T),
 ("Liz Truss, the Foreign Secretary, said on Thursday that Britain would \"never\" accept Russian attempts to decide who could join Nato.", "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("James Fairleigh, a Conservative member of the Commons defence committee, warned that offering to talk about exercises risked rewarding Russia's build-up.", "james-fairleigh", 1, "James Fairleigh", "limit-military-exercises", "rejects", 0, ""),
 ("We should not be negotiating the size of our drills in Estonia while 100,000 Russian soldiers sit on Ukraine's frontier,", "james-fairleigh", 1, "he", "limit-military-exercises", "rejects", 1, ""),
 ("First they go home, then we talk.", "james-fairleigh", 1, "he", "russia-de-escalation", "supports", 1, ""),
 (PEN1, "rachel-penhallow", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (PEN1, "rachel-penhallow", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (PEN1, "russia", 0, "The Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 (PEN1, "russia", 0, "The Russians", "limit-military-exercises", "supports", 0, ""),
 ("If they walk away from that, it tells you the security guarantees were never really the point.", "rachel-penhallow", 1, "she", "", "", 1, ""),
 ("For Putin the core of this was always Ukraine. Everything else in those drafts was packaging.", "rachel-penhallow", 1, "She", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow has demanded that the promise be formally withdrawn; on that, as on the open door, the written answer says nothing new.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("There are no surprises in it for Ukraine,", "dmytro-kuleba", 1, "he", "", "", 1, ""),
]

R = "2022-01-18"
RY2 = "The key for us is the non-expansion of NATO. It must be fixed legally, in the form of the treaty, which is ratified. We do not need promises like in 1990, we were already \"promised\" once. We need the obligation in the document that the alliance will not move further, neither to Ukraine nor to Georgia nor to anyone else."
RY4 = "Everything is in our drafts, they are published, anyone can read. I would emphasize the question of strike means. The deployment near our borders of weapons systems which are capable to hit command centers in Moscow in several minutes is absolutely unacceptable for us. This concerns also ground-based intermediate-range and shorter-range missiles. There must be a mutual renunciation of their deployment in those areas from where they reach the territory of the other side."
RY7 = "We reject such a formulation absolutely. Where our troops are located on our own territory, it is our sovereign affair, and we will not account to anybody for it. Nobody sets the preconditions for Russia. We came to Geneva without preconditions and we expect the same from partners."
L["tass-2022-01-18-ryabkov-interview-guarantees"] = [
 ("I would not call it a failure, but I would not call it a success too. We had a substantive conversation, the American colleagues listened carefully. But on the main things, on what is for us the key, there is no movement. The Americans are ready to talk about everything except what we asked them to talk about.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, R),
 (RY2, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 1, R),
 (RY2, "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 1, R),
 (RY2, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 1, R),
 ("This is their mantra, we heard it many times. But we proceed from the fact that the principle of indivisibility of security, which is written in the Istanbul and Astana documents of the OSCE, says that nobody may strengthen own security at the expense of security of others. The «open door» is not a sacred cow. It is a political decision of the alliance, and political decisions can be changed.", "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-open-door", "rejects", 1, R),
 (RY4, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-strike-weapons-near-borders", "supports", 1, R),
 (RY4, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-intermediate-range-missiles", "supports", 1, R),
 ("Also there is the question of the configuration of forces. We insist that NATO returns to the positions of 1997, when the Founding Act was signed, and takes away what was deployed after that on the territory of the states which joined later. This is not an ultimatum, this is the subject for negotiations, but it is a subject on which we will not retreat.", "sergei-ryabkov", 1, "Sergey Ryabkov", "rollback-to-1997", "supports", 1, R),
 ("Interesting, but as part of a package, not instead of the package. We are ready to discuss the limitation of exercises near the line of contact, the rules of flights, the dangerous incidents at sea. But if someone thinks that we will be satisfied with the secondary elements and forget the main, that is an illusion.", "sergei-ryabkov", 1, "Sergey Ryabkov", "limit-military-exercises", "mentions", 1, R),
 (RY7, "sergei-ryabkov", 1, "Sergey Ryabkov", "russia-de-escalation", "rejects", 1, R),
 (RY7, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-preconditions", "supports", 1, R),
 ("We were promised it this week or next. We will study it very attentively. I want to warn: if the answer is again «general words», then the pause which we will take can become very long. We will not allow to drown our proposals in endless discussions.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, R),
 ("Then we will have to take other measures to provide our security. I will not specify which ones. The President spoke about this already, military-technical measures. I do not want to dramatize, but the situation is very serious.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, R),
]

V, B = "2022-01-13", "2022-01-12"
GR = "The day before in Brussels, after the session of the Russia-NATO Council, the Deputy Foreign Minister Alexander Grushko said that the alliance must give up the policy of \"open doors\", which in fact is the policy of expansion."
VAS = "The leading researcher of the IMEMO RAS Igor Vasilevsky believes that the West will not agree to legally fix the non-expansion, but may give guarantees on missiles."
VAS3 = "At the same time, he noted, the Russian demand to withdraw NATO infrastructure to the lines of 1997 \"has practically zero chances\"."
CAR = "According to him, Washington is ready to discuss reciprocal steps on transparency and restrictions of exercises, but only in an atmosphere of de-escalation."
PAR = "In his opinion, the demand to give up the deployment of strike weapons in Ukraine is a \"red line\", and Moscow must not agree to trade it for smaller concessions on exercises."
L["rbc-2022-01-13-lukashevich-osce-vienna"] = [
 ("If we do not hear a constructive answer to our proposals in a reasonable time frame, and if the aggressive line towards Russia continues, we will be forced to take adequate measures to eliminate the threats,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, V),
 ("further advance of NATO to the east is unacceptable for Russia", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, V),
 ("the military development of the territory of Ukraine", "alexander-lukashevich", 1, "Lukashevich", "no-military-activity-ex-soviet", "supports", 1, V),
 ("We are talking not about some wishes, we are talking about legally binding guarantees. Political declarations do not work, we have seen this,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, V),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, V),
 ("Rau did not mention the Russian draft treaties directly, but declared that each participating state has the right to choose freely its security arrangements, including treaties of alliance.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, V),
 (CAR, "michael-carpenter", 1, "him", "limit-military-exercises", "mentions", 0, V),
 (CAR, "michael-carpenter", 1, "him", "russia-de-escalation", "supports", 0, V),
 ("The drumbeat of war is loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, V),
 ("He called on Moscow to withdraw forces from the Ukrainian border.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, V),
 (GR, "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, B),
 (GR, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, B),
 ("It is absolutely mandatory for us that Ukraine and Georgia never become members of NATO,", "alexander-grushko", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, B),
 ("\"It is absolutely mandatory for us that Ukraine and Georgia never become members of NATO,\" the deputy minister said, adding that the Bucharest formula must be annulled.", "alexander-grushko", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 0, B),
 ("If they want to talk to us from the position of strength, we will answer with the same language,", "alexander-grushko", 1, "he", "", "", 1, B),
 (PAR, "oleg-parfyonov", 1, "his", "no-strike-weapons-near-borders", "supports", 0, ""),
 (PAR, "oleg-parfyonov", 1, "his", "limit-military-exercises", "mentions", 0, ""),
 (VAS, "igor-vasilevsky", 1, "Igor Vasilevsky", "nato-non-expansion", "mentions", 0, ""),
 (VAS, "igor-vasilevsky", 1, "Igor Vasilevsky", "written-legal-guarantees", "mentions", 0, ""),
 (VAS, "igor-vasilevsky", 1, "Igor Vasilevsky", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The Americans can themselves need a moratorium on intermediate-range missiles in Europe, it is a thing they lost after 2019, so here a compromise is real,", "igor-vasilevsky", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VAS3, "igor-vasilevsky", 1, "he", "rollback-to-1997", "mentions", 0, ""),
 (VAS3, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
]

U = "2022-01-31"
LTG2 = "Russia has told us, publicly and privately, what it wants. It wants the United States and our allies to promise that Ukraine will never join NATO, to pull our forces out of countries that have been members of the Alliance for more than twenty years, and to accept that some of its neighbours have only limited sovereignty. We have answered in writing, and we will not pretend that those are reasonable requests."
LTG4 = "At the same time, we have put on the table concrete ideas on arms control, on reciprocal transparency measures for exercises, and on the placement of missile systems in Europe. We are ready to keep talking. What we ask is simple: step back from the border and choose the path of diplomacy."
NEB3 = "We have proposed very clear things. NATO must not expand further. The Alliance must not deploy strike weapon systems next to our borders, and it must return to where it stood in 1997. These are not whims. We want these guarantees to be legally binding, because the promises given to our leaders in the past turned out to be worth nothing."
KYS1 = "The demand that Ukraine be denied the right to seek membership in NATO is a demand to decide our future for us. No one in this Chamber has the right to do that, and Ukraine will never accept it."
WOO1 = "The United Kingdom fully supports Ukraine's sovereignty and territorial integrity. Russia's demands that NATO close its doors and that sovereign nations be denied the freedom to choose their alliances are unacceptable."
FRA = "France calls on Russia to engage in dialogue and to reduce tensions. We are ready to discuss the concerns that each party has expressed, including on arms control, but the sovereign choices of States are not negotiable."
LTG, NEB = "Mrs. Thomas-Greenfield", "Mr. Nebenzia"
L["un-security-council-2022-01-31-s-pv-8960-ukraine"] = [
 ("Russia has massed more than 100,000 troops on the border of Ukraine and is moving more, including into Belarus. This is the largest mobilization of troops in Europe in decades. We asked for this meeting because the situation is a clear threat to international peace and security, and this Council cannot look away.", "linda-thomas-greenfield", 1, LTG, "", "", 1, U),
 (LTG2, "linda-thomas-greenfield", 1, LTG, "no-ukraine-membership", "rejects", 1, U),
 (LTG2, "linda-thomas-greenfield", 1, LTG, "rollback-to-1997", "rejects", 1, U),
 (LTG2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (LTG2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Every country has the right to choose its own alliances. That is not a threat to Russia. It is the foundation of the order that this Council was created to protect, and we will not trade it away.", "linda-thomas-greenfield", 1, LTG, "nato-open-door", "supports", 1, U),
 (LTG4, "linda-thomas-greenfield", 1, LTG, "limit-military-exercises", "mentions", 1, U),
 (LTG4, "linda-thomas-greenfield", 1, LTG, "no-intermediate-range-missiles", "mentions", 1, U),
 (LTG4, "linda-thomas-greenfield", 1, LTG, "russia-de-escalation", "supports", 1, U),
 ("Our Western colleagues are talking about de-escalation. But they themselves are whipping up tensions and rhetoric and are provoking escalation. Where we deploy our troops on our own territory is our sovereign business, and we will not accept that anyone demands that we move them.", "vassily-nebenzia", 1, NEB, "russia-de-escalation", "rejects", 1, U),
 ("The United States has not produced a single piece of evidence that Russia is planning an invasion. We have said many times that we are not. What we are planning is to ensure our own security, which the North Atlantic Alliance has ignored for thirty years.", "vassily-nebenzia", 1, NEB, "", "", 1, U),
 (NEB3, "vassily-nebenzia", 1, NEB, "nato-non-expansion", "supports", 1, U),
 (NEB3, "vassily-nebenzia", 1, NEB, "no-strike-weapons-near-borders", "supports", 1, U),
 (NEB3, "vassily-nebenzia", 1, NEB, "rollback-to-1997", "supports", 1, U),
 (NEB3, "vassily-nebenzia", 1, NEB, "written-legal-guarantees", "supports", 1, U),
 ("Today's meeting is a classic example of megaphone diplomacy. It does not help the diplomatic process, which is ongoing, and it will not intimidate us.", "vassily-nebenzia", 1, NEB, "", "", 1, U),
 (KYS1, "sergiy-kyslytsya", 1, "Mr. Kyslytsya", "no-ukraine-membership", "rejects", 1, U),
 (KYS1, "sergiy-kyslytsya", 1, "Mr. Kyslytsya", "nato-open-door", "supports", 1, U),
 ("Ukraine is not a threat to anyone. The threat comes from the more than 100,000 Russian troops along our borders and in occupied Crimea. We call on the Russian Federation to withdraw them and to engage in good faith in the Normandy format and in the Trilateral Contact Group.", "sergiy-kyslytsya", 1, "Mr. Kyslytsya", "russia-de-escalation", "supports", 1, U),
 (WOO1, "barbara-woodward", 1, "Dame Barbara Woodward", "nato-open-door", "supports", 1, U),
 (WOO1, "barbara-woodward", 1, "Dame Barbara Woodward", "nato-non-expansion", "rejects", 1, U),
 (WOO1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We urge Russia to de-escalate, to pull its troops back and to engage meaningfully with the offers that have been made to it in writing.", "barbara-woodward", 1, "Dame Barbara Woodward", "russia-de-escalation", "supports", 1, U),
 ("China opposed the holding of this meeting. What is urgently needed now is quiet diplomacy, not megaphone diplomacy.", "zhang-jun", 1, "Mr. Zhang Jun", "", "", 1, U),
 ("The legitimate security concerns of Russia should be taken seriously and addressed. NATO's continued eastward expansion is an issue that has to be faced. In the twenty-first century, all parties should abandon the Cold War mentality and reach a balanced, effective and sustainable European security mechanism through negotiation.", "zhang-jun", 1, "Mr. Zhang Jun", "nato-non-expansion", "supports", 1, U),
 (FRA, "nicolas-de-riviere", 1, "Mr. De Rivière", "russia-de-escalation", "supports", 1, U),
 (FRA, "nicolas-de-riviere", 1, "Mr. De Rivière", "nato-open-door", "supports", 1, U),
 ("Kenya believes that the situation on the border of Ukraine can and must be resolved peacefully, through diplomacy and in accordance with the Charter of the United Nations, in particular its principles of sovereign equality and the territorial integrity of States.", "martin-kimani", 1, "Mr. Kimani", "", "", 1, U),
]

C = "2022-01-28"
EMH, EN = "elena-marchenko-hale", "Elena Marchenko-Hale"
C1 = "Two things, packaged as one. The first is a set of demands about NATO itself: no further enlargement, and specifically no membership for Ukraine or Georgia; no deployment of allied forces or weapons on the territory of states that joined after May 1997; and no alliance activity of any kind in Ukraine, the South Caucasus, or Central Asia. The second is a set of U.S.-Russian arms control ideas that, taken alone, are not new: keeping intermediate-range missiles out of range of each other, keeping bombers and warships out of areas from which they could strike the other side, and curbing exercises near borders."
C2 = "Moscow also insisted that all of this be legally binding. Russian diplomats have been explicit that a political declaration, of the kind NATO signed in 1997, will not do."
C3 = "As far as we can tell from what officials have said publicly, the answers split the package in two. On the first part, the answer is no. Secretary Blinken said on Wednesday that the United States would uphold \"the principle of NATO's open door,\" and NATO Secretary General Jens Stoltenberg said the same day that allies would not compromise on the right of every nation to choose its path."
C3S = "Secretary Blinken said on Wednesday that the United States would uphold \"the principle of NATO's open door,\" and NATO Secretary General Jens Stoltenberg said the same day that allies would not compromise on the right of every nation to choose its path."
C4 = "On the second part, the answer is, in effect, let's talk. Reciprocal transparency on exercises, limits on missiles in Europe, confidence-building measures, perhaps a mechanism to verify that the Aegis Ashore sites in Romania and Poland cannot launch Tomahawks. These are real offers, and some of them would have been unthinkable a year ago."
C5 = "I do not think a great power has the right to decide for its neighbors which alliances they join, and I do not think Washington should have signed anything that says so. But I would separate the principle from the practice. Ukraine is nowhere near membership, and everyone in the alliance knows it."
C6 = "That is also why I think the demand for a written, legally binding pledge is a trap for both sides. Moscow asked for something that no U.S. administration could get through the Senate, and Washington cannot offer the one thing that would actually reassure the Kremlin."
C9 = "Yes, and I would say so plainly. You cannot negotiate arms control with a gun on the table. The most useful thing Moscow could do now is send some of those units back to their garrisons, and the most useful thing Washington can do is make clear that the offers on missiles and exercises stand if it does."
L["carnegie-2022-01-28-qa-what-the-written-answers-mean"] = [
 (C1, EMH, 1, EN, "nato-non-expansion", "mentions", 1, C),
 (C1, EMH, 1, EN, "no-ukraine-membership", "mentions", 1, C),
 (C1, EMH, 1, EN, "rollback-to-1997", "mentions", 1, C),
 (C1, EMH, 1, EN, "no-military-activity-ex-soviet", "mentions", 1, C),
 (C1, EMH, 1, EN, "no-intermediate-range-missiles", "mentions", 1, C),
 (C1, EMH, 1, EN, "no-warships-aircraft-in-strike-range", "mentions", 1, C),
 (C1, EMH, 1, EN, "limit-military-exercises", "mentions", 1, C),
 (C2, EMH, 1, EN, "written-legal-guarantees", "mentions", 1, C),
 (C2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (C3, EMH, 1, EN, "nato-open-door", "mentions", 1, C),
 ("the principle of NATO's open door,", "antony-blinken", 1, "Secretary Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (C3S, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 (C4, EMH, 1, EN, "limit-military-exercises", "mentions", 1, C),
 (C4, EMH, 1, EN, "no-intermediate-range-missiles", "mentions", 1, C),
 (C5, EMH, 1, EN, "nato-open-door", "supports", 1, C),
 (C5, EMH, 1, EN, "nato-non-expansion", "rejects", 1, C),
 (C5, EMH, 1, EN, "no-ukraine-membership", "mentions", 1, C),
 (C6, EMH, 1, EN, "written-legal-guarantees", "rejects", 1, C),
 (C6, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("That one was never going to be discussed seriously. It would mean removing the multinational battlegroups from the Baltic states and Poland, which were sent there after 2014, after Crimea. No allied government is going to agree to that, and I doubt the Russian negotiators expected it.", EMH, 1, EN, "rollback-to-1997", "mentions", 1, C),
 ("Cautiously, so far. Sergei Lavrov said on Thursday that the answers contained no positive reaction on the main issue, but he also said there were elements for a serious conversation on secondary matters. Dmitry Peskov said President Putin would take his time. The tone is notably more measured than some of the statements we heard in mid-January, when Sergei Ryabkov warned that Russia could walk away from talks altogether.", EMH, 1, EN, "", "", 1, C),
 (C9, EMH, 1, EN, "russia-de-escalation", "supports", 1, C),
 (C9, EMH, 1, EN, "no-intermediate-range-missiles", "mentions", 1, C),
 (C9, EMH, 1, EN, "limit-military-exercises", "mentions", 1, C),
 ("Three things: whether Putin himself answers publicly; whether the exercises with Belarus, scheduled for February, end on time; and whether the Russian Foreign Ministry agrees to a second round of talks on the arms control track. If all three go the right way, this crisis becomes a negotiation. If not, it becomes something far worse.", EMH, 1, EN, "", "", 1, C),
]

P, F = "2022-02-01", "2022-02-02"
OH, ON = "olena-hrytsenko", "OLENA HRYTSENKO"
PU1 = "We are carefully studying the written answers we received from the United States and NATO on January 26. But it is already clear that the fundamental Russian concerns were ignored. We did not see an adequate consideration of our three key demands: preventing NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the bloc's military infrastructure in Europe to the state of 1997, when the Founding Act was signed."
H1 = "Honestly, with a certain relief and no illusions. He did not say the talks are over, and that matters. But everything he listed is about us. When he talks about stopping NATO expansion, he means Ukraine. When he talks about the infrastructure of 1997, he means the countries that stand between Russia and us."
H2 = "No. That decision belongs to Ukrainians and to the thirty members of the alliance, not to the Kremlin. Our constitution says we are going toward NATO and the European Union. We are not going to rewrite it because there are tanks near Kharkiv."
H6 = "Secretary Blinken has promised us: nothing about Ukraine without Ukraine. If the Americans and the Russians agree on fewer missiles in Europe, on more transparency in drills, good, we will welcome it. That makes all of Europe safer. What we will never accept is a deal where the price is our sovereignty."
L["france24-2022-02-02-the-interview-ukrainian-mp-hrytsenko"] = [
 (PU1, "vladimir-putin", 1, "VLADIMIR PUTIN", "nato-non-expansion", "supports", 1, P),
 (PU1, "vladimir-putin", 1, "VLADIMIR PUTIN", "no-strike-weapons-near-borders", "supports", 1, P),
 (PU1, "vladimir-putin", 1, "VLADIMIR PUTIN", "rollback-to-1997", "supports", 1, P),
 ("They tell us that every country has the right to choose its alliances. But there is also the principle that nobody can strengthen their security at the expense of others. Where is that in their answer?", "vladimir-putin", 1, "VLADIMIR PUTIN", "nato-open-door", "rejects", 1, P),
 (H1, OH, 1, ON, "nato-non-expansion", "mentions", 1, F),
 (H1, OH, 1, ON, "rollback-to-1997", "mentions", 1, F),
 (H1, OH, 1, ON, "no-ukraine-membership", "mentions", 1, F),
 (H2, OH, 1, ON, "no-ukraine-membership", "rejects", 1, F),
 (H2, OH, 1, ON, "nato-open-door", "supports", 1, F),
 ("And let me say something about this idea of neutrality. Ukraine was neutral in 2014. It did not save Crimea.", OH, 1, ON, "no-ukraine-membership", "rejects", 1, F),
 ("We are grateful for every helmet, every anti-tank missile. But I would ask our German friends one thing: who is escalating? It is not Ukraine that put a hundred thousand soldiers on someone else's border. The first step must be Russia's, and it is simple, take the troops home.", OH, 1, ON, "russia-de-escalation", "supports", 1, F),
 ("We cannot accept that. Which partners we train with and who we invite to exercises is a decision for a sovereign state. Otherwise we become a buffer zone, and Ukraine will not be anybody's buffer zone.", OH, 1, ON, "no-military-activity-ex-soviet", "rejects", 1, F),
 (H6, OH, 1, ON, "no-intermediate-range-missiles", "supports", 1, F),
 (H6, OH, 1, ON, "limit-military-exercises", "supports", 1, F),
 ("The State Department said Blinken urged immediate de-escalation and the withdrawal of Russian troops from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, P),
]

write_gold(L, "articles-251", "gold-251")
