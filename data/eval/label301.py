#!/usr/bin/env python3
"""Writes the held-out gold of batch 301 (gold-301/*.nq) from the labels below.

Batch 301 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-10-us-and-russia-dig-in-after-geneva-talks: Financial Times news
  story (front matter, curly quotes) on Geneva; quotes interrupted by "he said"
  / "the diplomat added", Baker-Gorbachev background, an invented analyst whose
  words attribute demands to the Kremlin in passing, "on Sunday" dating.
- gazeta-ru-2022-01-27-lavrov-no-positive-answer-on-main-question: Gazeta.ru
  in machine-translated English, « » quotes with "— said", indirect speech
  over two sentences ("About this on Thursday declared ..."), "Read also" line,
  an invented Duma deputy and expert, no front matter (date 27.01.2022).
- nato-2022-01-07-stoltenberg-press-conference-foreign-ministers: NATO
  transcript after the foreign ministers' video call; speaker labels,
  moderator and questions (no labels), each answer paragraph one quotation.
- kyiv-post-2022-01-13-osce-vienna-russia-ultimatum: Kyiv Post story on the
  OSCE Permanent Council; UTF-8 BOM and CRLF, "Jan. 13" dates, Bucharest 2008
  background, lawmaker and analyst naming Moscow's demands in passing.
- sky-news-2022-01-21-blinken-lavrov-geneva-live: Sky News live page,
  reverse-chronological time stamps, key points and post titles (not
  labelled), an explainer list of what "Moscow wants" (Russia, undated), a
  signed analysis post (author prose, not labelled).
- ecfr-2022-02-03-reading-the-written-answers: ECFR commentary; the author's
  own prose is not labelled (no speaker); words quoted from the leaked US
  paper and the Founding Act are not labelled; Putin 1 Feb, Lukyanov.
- ukrnews24-2022-02-02-putin-west-ignored-russian-concerns: machine-translated
  Ukrainian aggregator with menus, ads, "ALSO READ" links and reader comments
  (comments are site junk, not labelled); "yesterday"/"on February 1" dates.

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
FT1 = "Russia and the US failed to narrow their differences over the future of European security after almost eight hours of talks in Geneva on Monday, with Moscow insisting that Nato must be barred from ever admitting Ukraine and Washington refusing to entertain the idea."
FT2 = "Ryabkov said Moscow also wanted the alliance to pull back forces and weapons it had sent to countries that joined after 1997, a demand that would strip Poland, Romania and the Baltic states of the allied battle groups stationed there since 2017."
FT3 = "In the draft treaties it published on December 17, Moscow also demanded that Nato give up any military activity in eastern Europe, the South Caucasus and Central Asia and that the US keep intermediate-range missiles out of reach of Russian territory."
FT4 = "Sherman said Washington was prepared to talk about where missiles could be based in Europe and about reciprocal limits on the size and scope of military exercises, provided Moscow was willing to do the same."
FT5 = "The Kremlin has asked for things in writing that it knows it cannot get, so that it can say the west refused,"
L["ft-2022-01-10-us-and-russia-dig-in-after-geneva-talks"] = [
 (FT1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (FT1, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (FT2, "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 (FT2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards — guarantees.", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We will not allow anyone to slam closed Nato’s open door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (FT4, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (FT4, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("It is hard to make real progress at the barrel of a gun,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Russia needs to de-escalate and pull its forces back.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Antony Blinken, the US secretary of state, said on Sunday that Washington did not expect breakthroughs while Russia kept tens of thousands of troops and heavy armour within striking distance of Ukraine.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-01-09"),
 (FT3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (FT3, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (FT5, "oliver-brandt", 1, "he", "written-legal-guarantees", "mentions", 1, D),
 (FT5, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("Washington’s task is to keep the conversation on the parts that are negotiable — missiles and drills — without looking as if it is rewarding the build-up.", "oliver-brandt", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Washington’s task is to keep the conversation on the parts that are negotiable — missiles and drills — without looking as if it is rewarding the build-up.", "oliver-brandt", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("I would not like to say that the talks were a failure, but I cannot say that they were a success either,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-27"
G1 = "The written answer of the United States to the Russian proposals on security guarantees does not contain a positive reaction on the main question — non-expansion of NATO to the east."
G2 = "The main question is our clear position about inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten the territory of the Russian Federation. There is no positive reaction on this main question in this document"
G3 = "At the same time Lavrov noted that the American answer contains «some rational grains» on secondary questions, for example on medium-range missiles and transparency of exercises."
G4 = "He added that in his opinion the Americans again are trying to reduce everything to the questions of missiles and trust measures to avoid the conversation on withdrawal of NATO forces from the countries which joined after 1997."
G5 = "The Americans answer on the questions which are convenient for them — missiles, exercises, incidents at sea. Russia asked the other question: where will the alliance stop. On this question there is no answer and, honestly speaking, there cannot be"
L["gazeta-ru-2022-01-27-lavrov-no-positive-answer-on-main-question"] = [
 (G1, "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 (G2, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (G2, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 (G3, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 (G3, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("Hoping that we will forget about the main thing and will discuss only this, is naive", "sergei-lavrov", 1, "the diplomat", "nato-non-expansion", "supports", 1, D),
 ("The US Secretary of State Antony Blinken after that declared that the document does not contain concessions on the principle of «open doors» of the alliance.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It cannot be said that our considerations were taken into account or that readiness to take into account our concerns was shown. But we will not make hasty conclusions", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He also reminded that Moscow expects not promises but legally binding obligations.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("He also reminded that Moscow expects not promises but legally binding obligations.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, D),
 ("Verbal assurances we have already heard in the 1990s, we know their price", "dmitry-peskov", 1, "the representative of the Kremlin", "written-legal-guarantees", "supports", 1, D),
 ("the society must know, what the West is really offering", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, ""),
 ("According to her, the US and allies have only confirmed their line on continuation of the «open door» policy, which, as she stressed, is a direct threat to Russia.", "maria-zakharova", 1, "her", "nato-open-door", "rejects", 0, ""),
 ("The first deputy chairman of the committee of the State Duma on international affairs Viktor Sobolevsky in the conversation with «Gazeta.Ru» said that Russia cannot accept the situation when Ukraine becomes a member of the alliance in any form.", "viktor-sobolevsky", 1, "Viktor Sobolevsky", "no-ukraine-membership", "supports", 0, ""),
 ("Any military activity of NATO on the territory of Ukraine, Georgia, other countries of the former USSR is the red line for us. The instructors, the bases, the joint exercises — all this must be stopped", "viktor-sobolevsky", 1, "the parliamentarian", "no-military-activity-ex-soviet", "supports", 1, ""),
 (G4, "viktor-sobolevsky", 1, "He", "rollback-to-1997", "supports", 0, ""),
 (G4, "viktor-sobolevsky", 1, "He", "no-intermediate-range-missiles", "mentions", 0, ""),
 (G5, "kirill-mirsky", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (G5, "kirill-mirsky", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (G5, "kirill-mirsky", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (G5, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We are ready to continue the conversation, but not eternally", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Putin in the end of December called the expansion of NATO to the east the main irritant and demanded guarantees «immediately, now».", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-07"
S = "jens-stoltenberg"
N = "Jens Stoltenberg"
L["nato-2022-01-07-stoltenberg-press-conference-foreign-ministers"] = [
 ("Good afternoon. NATO Foreign Ministers have just concluded an extraordinary virtual meeting to address Russia's military build-up in and around Ukraine, and to prepare for the meetings with Russia next week.", S, 1, N, "", "", 1, D),
 ("Russia has continued its military build-up, with tens of thousands of combat-ready troops, heavy weapons, armoured units and electronic warfare capabilities. At the same time, we see threatening rhetoric and disinformation. Allies call on Russia to de-escalate, to pull back its forces and to engage in good faith in diplomacy.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("Next week, we will hold a meeting of the NATO-Russia Council in Brussels on Wednesday. This will be the first such meeting in more than two years. Allies are ready to engage in a meaningful dialogue with Russia, including on arms control, on risk reduction and on transparency of military activities.", S, 1, N, "", "", 1, D),
 ("We are ready to discuss ways to limit and reduce the risks associated with military exercises, and we are ready to discuss the deployment of missiles, both conventional and nuclear, in Europe. We have made proposals on these issues before, and they remain on the table.", S, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("We are ready to discuss ways to limit and reduce the risks associated with military exercises, and we are ready to discuss the deployment of missiles, both conventional and nuclear, in Europe. We have made proposals on these issues before, and they remain on the table.", S, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("But we will not compromise on core principles. Every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. It is for Ukraine and thirty NATO Allies to decide when Ukraine is ready to join NATO. Russia has no veto and no right to establish a sphere of influence to control its neighbours.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("But we will not compromise on core principles. Every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. It is for Ukraine and thirty NATO Allies to decide when Ukraine is ready to join NATO. Russia has no veto and no right to establish a sphere of influence to control its neighbours.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("And we cannot end up in a situation where we have second-class NATO members, where NATO as an Alliance is not allowed to protect them in the same way as other Allies. So the idea that we should remove our forces from the eastern part of the Alliance is not acceptable.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("We are ready to put in writing many things, and we have done so before. We signed the NATO-Russia Founding Act, we signed the Paris Charter, the Helsinki Final Act. All these documents say that each country has the right to choose its own security arrangements.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("We are ready to put in writing many things, and we have done so before. We signed the NATO-Russia Founding Act, we signed the Paris Charter, the Helsinki Final Act. All these documents say that each country has the right to choose its own security arrangements.", S, 1, N, "written-legal-guarantees", "mentions", 1, D),
 ("So what is being asked of us now is that we should rewrite those principles. That is not something we will do. NATO's door remains open, and that is also a decision we are not going to change at the request of a country outside the Alliance.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("So what is being asked of us now is that we should rewrite those principles. That is not something we will do. NATO's door remains open, and that is also a decision we are not going to change at the request of a country outside the Alliance.", S, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("No. I speak with President Biden and with Secretary Blinken regularly and there is full unity. The United States has been very clear that there will be no decisions on European security without Europe and without NATO Allies.", S, 1, N, "", "", 1, D),
 ("We are now consulting closely on every step. Next week there will be the strategic stability talks in Geneva, then the NATO-Russia Council here in Brussels and the OSCE in Vienna. These are three formats, but one coordinated approach.", S, 1, N, "", "", 1, D),
 ("My message is that NATO Allies will continue to provide political and practical support to Ukraine. Ukraine is a sovereign and independent nation, and it has the right to defend itself.", S, 1, N, "", "", 1, D),
 ("We hope for a political solution, but we must be prepared that diplomacy may fail. If Russia once again uses force against Ukraine, it will pay a high price, with severe economic and political consequences.", S, 1, N, "", "", 1, D),
]

D = "2022-01-13"
K1 = "The Russian envoy said afterwards that Moscow's key requirement remained the same: a legally binding promise that NATO would stop moving toward Russia's borders and would not admit Ukraine."
K2 = "What they want is a buffer zone in which there are no Western troops, no Western instructors, no joint drills — nothing,"
K3 = "But the Kremlin will not trade its main demand — no Ukraine in NATO — for a few confidence-building measures."
K4 = "She said Russia's demand that NATO roll back its infrastructure to the lines of 1997 was \"designed to be rejected.\""
K5 = "The Americans put missiles and exercises on the table, and Moscow did not say no. That is the only opening I see,"
K6 = "Nobody in Washington, Brussels or Vienna is going to trade Ukraine's future for Russia's comfort. Our path to NATO is written in our constitution, and only Ukrainians will decide it,"
L["kyiv-post-2022-01-13-osce-vienna-russia-ultimatum"] = [
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior towards Russia continues, we will have to take the necessary measures to eliminate risks and threats,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("This is a moment of truth.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (K1, "alexander-lukashevich", 1, "The Russian envoy", "nato-non-expansion", "supports", 0, D),
 (K1, "alexander-lukashevich", 1, "The Russian envoy", "no-ukraine-membership", "supports", 0, D),
 (K1, "alexander-lukashevich", 1, "The Russian envoy", "written-legal-guarantees", "supports", 0, D),
 (K1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, D),
 (K1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (K1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, D),
 ("He also insisted that allied military exercises in the Black Sea region and near the Baltic states be scaled back, saying they were \"provocative.\"", "alexander-lukashevich", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("We have to take this very seriously. We have to prepare for the eventuality that there could be an escalation,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("He added that Russia should move its troops back to their barracks if it wanted the talks to go anywhere.", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Carpenter said the United States would not \"negotiate away\" the right of countries such as Ukraine to choose their alliances.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (K6, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (K6, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("He said Ukraine expected Russia to withdraw the more than 100,000 troops it has concentrated near the Ukrainian border and in occupied Crimea.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("turn back the clock to the Yalta system.", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "", "", 1, ""),
 (K2, "oleksandr-merezhko", 1, "Merezhko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (K2, "russia", 0, "they", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We cannot accept a situation where a neighbor dictates who may train our army.", "oleksandr-merezhko", 1, "Merezhko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 (K5, "hanna-yatsenko", 1, "Yatsenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 (K5, "hanna-yatsenko", 1, "Yatsenko", "limit-military-exercises", "mentions", 1, ""),
 (K3, "hanna-yatsenko", 1, "Yatsenko", "no-ukraine-membership", "mentions", 1, ""),
 (K3, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (K4, "hanna-yatsenko", 1, "She", "rollback-to-1997", "mentions", 0, ""),
 (K4, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-21"
Y1 = "He said Russia's demands that NATO stop its eastward march and keep strike weapons away from Russia's borders were \"not a menu to choose from\" but a single package."
Y2 = "Asked whether Russia would accept a compromise on the question of NATO expansion, he said Moscow was waiting for \"a response on paper, point by point\" and that only a legally binding settlement would do."
L["sky-news-2022-01-21-blinken-lavrov-geneva-live"] = [
 ("Grateful to Tony Blinken for the detailed readout. Ukraine's sovereign right to choose its own alliances is not up for negotiation with anybody,", "dmytro-kuleba", 1, "Mr Kuleba", "nato-open-door", "supports", 1, D),
 ("We have never threatened the Ukrainian people, and we are not going to attack anyone,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("He said the Russian troops near the border were on Russian territory and that Moscow would not take orders about where to move them.", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We do not tell the Americans where to hold their exercises in Texas,", "sergei-lavrov", 1, "Mr Lavrov", "russia-de-escalation", "rejects", 1, D),
 (Y2, "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 (Y2, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions,", "antony-blinken", 1, "he", "", "", 1, D),
 ("We were clear that there are core principles that the United States and our partners and allies are committed to defend, including those that would deny the ability of countries to choose their own partners,", "antony-blinken", 1, "Mr Blinken", "nato-open-door", "supports", 1, D),
 ("He added that the best way for Russia to show it was serious was to pull back the roughly 100,000 troops it has stationed around Ukraine.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response to all our proposals on paper,", "sergei-lavrov", 1, "the Russian foreign minister", "", "", 1, D),
 (Y1, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (Y1, "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (Y1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 (Y1, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Speaking in Sydney, Foreign Secretary Liz Truss has urged the Kremlin to pull back its troops.", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, D),
 ("The Kremlin has not learned the lessons of history. Invasion will only lead to a terrible quagmire and loss of life,", "liz-truss", 1, "she", "", "", 1, D),
 ("Ms Truss said it was up to Ukraine and its people, not Moscow, to decide whether they joined NATO.", "liz-truss", 1, "Ms Truss", "nato-open-door", "supports", 0, D),
 ("A legally binding pledge that NATO will not expand further east", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("A legally binding pledge that NATO will not expand further east", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("No NATO membership for Ukraine", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("No deployment of intermediate-range missiles near Russia", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("A withdrawal of NATO troops and weapons from countries that joined after 1997", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

E1 = "We did not see an adequate consideration of our three key demands: preventing NATO’s expansion, refusing to deploy strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997."
E2 = "Josep Borrell, the EU’s high representative, insisted on 24 January that “there will be no discussion on European security without the Europeans,” and EU foreign ministers agreed that Russia must “de-escalate” before anything else could happen."
L["ecfr-2022-02-03-reading-the-written-answers"] = [
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our Alliance, and of Europe, rests,", "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Sergei Lavrov complained on 27 January that there was “no positive reaction” on the central issue of NATO expansion, while conceding that secondary questions could be discussed.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("It is already clear now that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (E1, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (E1, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (E1, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("there will be no discussion on European security without the Europeans,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-24"),
 (E2, "european-union", 0, "EU foreign ministers", "russia-de-escalation", "supports", 0, "2022-01-24"),
 ("have offered more than anyone expected on missiles,", "fyodor-lukyanov", 1, "Fyodor Lukyanov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("does not touch the core of what Moscow asked for.", "fyodor-lukyanov", 1, "Fyodor Lukyanov", "", "", 1, ""),
 ("a side dish to a meal Moscow never ordered.", "ivana-petrovic", 1, "Ivana Petrović", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The West has not bent the knee on NATO’s open door. Ukraine’s future is not being negotiated without Ukraine,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
]

D = "2022-02-01"
U1 = "According to the Russian leader, the West did not take into account three key demands of Kremlin: the non-expansion of NATO, the refusal from the deployment of strike weapon systems near the Russian borders and the return of military infrastructure of the bloc to the positions of 1997."
U2 = "He again says that he wants everything: that NATO does not expand, that there are no weapons near the borders, that the alliance goes back to 1997. But the Americans already answered: about the missiles and exercises can talk, about the membership of Ukraine — no"
U3 = "again tries to decide for Ukraine, in which unions to be"
L["ukrnews24-2022-02-02-putin-west-ignored-russian-concerns"] = [
 ("We carefully analyse the received written answers of USA and NATO. But already now it is clear that the principal Russian concerns appeared ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (U1, "vladimir-putin", 1, "the Russian leader", "nato-non-expansion", "supports", 0, D),
 (U1, "vladimir-putin", 1, "the Russian leader", "no-strike-weapons-near-borders", "supports", 0, D),
 (U1, "vladimir-putin", 1, "the Russian leader", "rollback-to-1997", "supports", 0, D),
 (U1, "russia", 0, "Kremlin", "nato-non-expansion", "supports", 0, D),
 (U1, "russia", 0, "Kremlin", "no-strike-weapons-near-borders", "supports", 0, D),
 (U1, "russia", 0, "Kremlin", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a member of NATO and begins military operation in Crimea. What, we must fight with NATO bloc? Somebody thought about this at all? It seems, not,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (U3, "mykhailo-podolyak", 1, "Mykhailo Podolyak", "nato-open-door", "supports", 1, ""),
 (U3, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Ukraine itself will decide, with whom to be in alliances. No Kremlin ultimatums will change this, and no one in the world is going to give Putin the right of veto", "mykhailo-podolyak", 1, "Podolyak", "nato-open-door", "supports", 1, ""),
 ("The Minister of Foreign Affairs Dmytro Kuleba in the evening on February 1 said that Russia has to choose the path of diplomacy and to withdraw the troops from the Ukrainian borders, instead of to tell stories about the attack of Ukraine on Crimea.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, D),
 ("The best guarantee of the security for everyone is the removal of Russian troops from our borders. Let Moscow begin from this, and then let us talk", "dmytro-kuleba", 1, "the minister", "russia-de-escalation", "supports", 1, D),
 (U2, "taras-hnatiuk", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (U2, "taras-hnatiuk", 1, "the expert", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (U2, "taras-hnatiuk", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 (U2, "taras-hnatiuk", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (U2, "taras-hnatiuk", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (U2, "taras-hnatiuk", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 ("will continue to raise the rates", "taras-hnatiuk", 1, "Hnatiuk", "", "", 1, ""),
 ("The Secretary of State of USA Antony Blinken declared then that the policy of \"open doors\" of NATO remains unchanged.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
]

write_gold(L, "articles-301", "gold-301")
