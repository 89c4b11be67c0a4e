#!/usr/bin/env python3
"""Writes the held-out gold of batch 267 (gold-267/*.nq) from the labels below.

Batch 267 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nbc-news-2022-01-10-us-russia-geneva-talks-no-breakthrough: NBC News wire-style
  story from Geneva (front matter, straight quotes); interrupted quotes, a
  standfirst and READ MORE line, Baker/Gorbachev background, an analyst whose
  quote carries a demand attributed to "the Russians".
- le-monde-2022-01-27-written-answers-russia-analysis: Le Monde in English
  analysis (front matter, curly quotes, "Read more Subscribers only", crossheads);
  journalist's summary of what "Russia asked for", Bucharest wording quoted from
  a document, a two-sentence analyst quotation with his own stance.
- rbc-2022-01-28-lavrov-radio-interview-guarantees: RBC machine-translated
  (no front matter, date line "28 Jan 2022, 13:47", « » quotes, MT word order);
  reported speech over consecutive sentences, pronoun speakers, a Duma deputy,
  an MGIMO analyst, closing paragraph describing the drafts.
- lsm-2022-01-13-osce-vienna-latvia-reacts: LSM English (front matter, straight
  quotes, ALSO READ and Photo lines); "Latvian officials" as a country speaker,
  Latvian diacritics in names, short quoted fragments inside reported sentences.
- pentagon-2022-01-28-austin-milley-press-briefing: defense.gov transcript
  (no front matter, speaker labels, Q: lines); every answer paragraph is a
  quotation, host and questions unlabelled, questions that name demands.
- russian-embassy-2021-12-18-antonov-security-guarantees: Russian Embassy press
  release, Question/Answer form (UTF-8 BOM, CRLF, date "18.12.2021", no front
  matter); the 1990 promise inside an answer, several demands per answer.
- atlantic-council-2022-01-21-qa-blinken-lavrov-geneva: Atlantic Council
  New Atlanticist Q&A with two experts, answers opened by "Name: —" (front
  matter); reported intro, analysts with their own stances vs. mentions.

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
LEAD = "Nearly eight hours of talks between senior American and Russian diplomats ended here Monday without any sign that either side had moved, as Moscow insisted that NATO close its doors to Ukraine and Washington answered that the question was not Russia's to decide."
SH_AREAS = "Those are areas where we think we can actually make progress, if Russia is serious,"
SH_DISC = "At the same time, she said Washington was prepared to discuss reciprocal limits on the size and scope of military drills and on where missiles could be based in Europe, ideas that both sides raised during the day."
CAST1 = "The one thing the Russians want most, a promise that the alliance stops where it is today, is the one thing no American administration can sign,"
CAST2 = "Everything else, the exercises, the missiles, is negotiable at the margins."
STOL2 = "including that it is for Ukraine and the 30 allies alone to decide when Ukraine is ready to join."
L["nbc-news-2022-01-10-us-russia-geneva-talks-no-breakthrough"] = [
 (LEAD, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (LEAD, "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said the American side had given no indication it was ready to meet Moscow on the issue of the alliance's eastward march, and warned that without movement on stopping enlargement, the meetings later this week in Brussels and Vienna would have little point.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("Ryabkov also repeated that Russia had \"no intention\" of attacking Ukraine and brushed off Western calls for Moscow to pull its forces back from the border.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("we do not see why we should have to answer to anyone about where they stand.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Sherman said she had pressed the Russian side to de-escalate and move its units back to their barracks, and had made clear that any further invasion would bring \"significant costs and consequences well beyond what they faced in 2014.\"", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("significant costs and consequences well beyond what they faced in 2014.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 (SH_DISC, "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, D),
 (SH_DISC, "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, D),
 (SH_AREAS, "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, D),
 (SH_AREAS, "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The Russians have put demands on the table that they know perfectly well we cannot accept, so that they can later say they tried diplomacy,", "thomas-hallbeck", 1, "Rep. Thomas Hallbeck", "", "", 1, ""),
 (CAST1, "miriam-castellanos", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (CAST1, "russia", 0, "the Russians", "nato-non-expansion", "supports", 0, ""),
 (CAST2, "miriam-castellanos", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (CAST2, "miriam-castellanos", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Paper is how you keep a conversation alive,", "miriam-castellanos", 1, "she", "", "", 1, ""),
 ("the right of every nation in Europe to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("NATO will not compromise on the core principles,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (STOL2, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (STOL2, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
]

W = "2022-01-26"
T = "2022-01-27"
BL_REP = "Mr. Blinken said the document proposed reciprocal transparency measures on the deployment of offensive systems in Ukraine and on military exercises in Europe, as well as talks on arms control."
RU_ASK = "it asked for a legally binding promise that the alliance would take in no new members, starting with Ukraine and Georgia, and for the withdrawal of allied forces to the positions they held in 1997, before the first wave of enlargement to Central Europe."
RU_ASK = "Russia did not ask for transparency on exercises; " + RU_ASK
LAV_MAIN = "no positive response on the main issue,"
LES1 = "The Americans have answered the questions that can be answered: missiles, drills, incidents at sea,"
LES2 = "They have simply ignored the one that cannot, the idea that the Kremlin should hold a veto over who joins the alliance. On that point I think they were right not to bend."
L["le-monde-2022-01-27-written-answers-russia-analysis"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "he", "", "", 1, W),
 (BL_REP, "antony-blinken", 1, "Mr. Blinken", "no-strike-weapons-near-borders", "mentions", 0, W),
 (BL_REP, "antony-blinken", 1, "Mr. Blinken", "limit-military-exercises", "mentions", 0, W),
 ("He insisted that it also restated the American demand that Russia withdraw the forces it has massed near Ukraine.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, W),
 ("We will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, W),
 (RU_ASK, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (RU_ASK, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (RU_ASK, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (RU_ASK, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (LAV_MAIN, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, T),
 (LAV_MAIN, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, T),
 ("It cannot be said that our thoughts were taken into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 (LES1, "arnaud-lescure", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (LES1, "arnaud-lescure", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (LES2, "arnaud-lescure", 1, "he", "nato-open-door", "supports", 1, ""),
 (LES2, "arnaud-lescure", 1, "he", "nato-non-expansion", "rejects", 1, ""),
 ("Nothing in these answers was written without us,", "katrin-oberhauser", 1, "she", "", "", 1, W),
 ("And nothing in them accepts that Russia can decide the security arrangements of its neighbours.", "katrin-oberhauser", 1, "she", "nato-open-door", "supports", 1, W),
 ("Russia has invested too much in the written exchange to walk away from it in a week,", "arnaud-lescure", 1, "he", "", "", 1, ""),
]

F = "2022-01-28"
LV_MAIN = "The main question is our clear position about inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten territory of Russian Federation"
LV_NOREACT = "On this there is no positive reaction, he noted."
LV_GRAINS = "Lavrov said that in the American answer there are «rational grains» concerning medium-range missiles and the mutual measures of confidence during the exercises, but these topics Russia itself proposed to the Americans already several years ago."
OREK = "The Foreign Ministry received material for a long negotiation on missiles and manoeuvres. The main issue, NATO expansion, is blocked, and both sides understand this"
L["rbc-2022-01-28-lavrov-radio-interview-guarantees"] = [
 ("We do not want wars. But we also will not allow that our interests are rudely trampled and ignored", "sergei-lavrov", 1, "he", "", "", 1, F),
 (LV_MAIN, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, F),
 (LV_MAIN, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, F),
 (LV_NOREACT, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, F),
 (LV_NOREACT, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, F),
 (LV_GRAINS, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "supports", 0, F),
 (LV_GRAINS, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "supports", 0, F),
 ("Western colleagues prefer to remember only the half of this formula, namely the freedom to choose alliances. But the second half no one cancelled", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, F),
 ("We will require that they answer not collectively, but every one in national capacity. Let they explain why their obligation does not apply", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("Lavrov also repeated that Russia is not satisfied with promises.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, F),
 ("In his words, Moscow needs guarantees fixed on paper which have legal force, since the verbal assurances given to the Soviet leadership in 1990 were forgotten «very fast».", "sergei-lavrov", 1, "his", "written-legal-guarantees", "supports", 0, F),
 ("We on our territory move the troops where we consider necessary. Nobody will dictate us this", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, F),
 ("It cannot be said that our considerations were taken into account or that readiness was displayed to take into account our concerns", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("is not ready to speak on equal terms", "andrei-shilovtsev", 1, "Andrei Shilovtsev", "", "", 1, ""),
 ("In his opinion, the withdrawal of NATO infrastructure to borders of 1997 must remain a mandatory condition of any agreement.", "andrei-shilovtsev", 1, "his", "rollback-to-1997", "supports", 0, ""),
 ("Without this all other is decoration", "andrei-shilovtsev", 1, "the deputy", "rollback-to-1997", "supports", 1, ""),
 (OREK, "natalya-orekhova", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (OREK, "natalya-orekhova", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (OREK, "natalya-orekhova", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The deployment of such weapon as intermediate-range missiles in Europe, according to Grushko, Russia will consider as direct threat.", "alexander-grushko", 1, "Grushko", "no-intermediate-range-missiles", "supports", 0, ""),
]

J = "2022-01-13"
LSM_LEAD = "Latvian officials on January 13 welcomed the unity shown by Western countries at the Organization for Security and Co-operation in Europe (OSCE) in Vienna, but warned that Russia's demands for a pullback of NATO forces from the Baltic states remained \"completely unacceptable\"."
CARP = "Carpenter said Russia was demanding that its neighbours give up their sovereign right to choose their own alliances, something Washington would never accept."
PAB2 = "Pabriks said that Latvia would be asking allies to increase, not reduce, their military presence in the region, including air defence, and said that the Kremlin should start by withdrawing the more than 100,000 soldiers it has gathered near Ukraine."
VIT1 = "Mārtiņš Vītols, a researcher at the Latvian Institute of International Affairs, said Moscow's demand for guarantees that NATO would grow no further was written so that it could not be accepted."
VIT3 = "Vītols said that in his view, the real question was whether Moscow would settle for a partial agreement on missiles and exercises, which both the US and NATO have signalled they are prepared to talk about."
L["lsm-2022-01-13-osce-vienna-latvia-reacts"] = [
 (LSM_LEAD, "latvia", 0, "Latvian officials", "rollback-to-1997", "rejects", 0, J),
 (LSM_LEAD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("the necessary measures to ensure strategic balance", "alexander-lukashevich", 1, "He", "", "", 1, J),
 ("We are not going to wait forever. We need legally binding guarantees, fixed on paper, article by article, and not general words about dialogue,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, J),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, J),
 (CARP, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, J),
 (CARP, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("a firm and united message in Vienna", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, J),
 ("not something Russia gets to put on the table", "edgars-rinkevics", 1, "he", "rollback-to-1997", "rejects", 1, J),
 ("The multinational battlegroup in Ādaži is here because Latvia asked for it, and it will stay as long as we need it,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, J),
 ("No one in Moscow will decide that for us.", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, J),
 ("What Russia is asking for is a return to spheres of influence, to a world where big countries decide the fate of small ones. We have lived in that world, and we know how it ends,", "artis-pabriks", 1, "he", "", "", 1, ""),
 (PAB2, "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 0, ""),
 (PAB2, "artis-pabriks", 1, "Pabriks", "russia-de-escalation", "supports", 0, ""),
 ("The worst outcome for us would have been a Yalta-style bargain. That did not happen,", "ilze-berzina-kalnina", 1, "she", "", "", 1, ""),
 (VIT1, "martins-vitols", 1, "Mārtiņš Vītols", "nato-non-expansion", "mentions", 0, ""),
 (VIT1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("I think the Russians designed the drafts as a package that must be rejected, so that the rejection itself becomes an argument,", "martins-vitols", 1, "he", "", "", 1, ""),
 (VIT3, "martins-vitols", 1, "Vītols", "no-intermediate-range-missiles", "mentions", 0, ""),
 (VIT3, "martins-vitols", 1, "Vītols", "limit-military-exercises", "mentions", 0, ""),
 ("said on Wednesday in remarks carried by Russian media that the alliance should go back to its 1997 configuration.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("We need to reverse the processes that took place after 1997. Otherwise there will be no de-escalation in Europe,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, "2022-01-12"),
]

P = "2022-01-28"
AU4 = "On Wednesday, the United States delivered a written response to Russia's proposals, and NATO did the same. In our response, we made clear that we are ready to discuss reciprocal steps on things like the placement of offensive missile systems and the scale of military exercises in Europe, if Russia is willing to do the same."
AUQ1 = "Well, Lita, as I said, that's not on the table. Whether Ukraine joins NATO is a decision for Ukraine and for the 30 allies. It's not something that Russia gets a vote on."
L["pentagon-2022-01-28-austin-milley-press-briefing"] = [
 ("Over the past several weeks, Russia has continued to mass forces along Ukraine's border and in Belarus, in a way that we haven't seen in recent memory. These forces include combat units, logistics, medical support and the kinds of capabilities you would need to conduct a significant military operation.", "lloyd-austin", 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "", "", 1, P),
 ("We don't believe that President Putin has made a final decision to use these forces against Ukraine. He clearly now has that capability. And there are multiple options available to him. But conflict is not inevitable. There is still time and space for diplomacy. Mr. Putin can do the right thing and de-escalate the situation. He can order his troops away.", "lloyd-austin", 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "russia-de-escalation", "supports", 1, P),
 (AU4, "lloyd-austin", 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "no-intermediate-range-missiles", "mentions", 1, P),
 (AU4, "lloyd-austin", 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "limit-military-exercises", "mentions", 1, P),
 ("But we also made clear that there are principles we will not set aside. Every nation has the right to decide its own foreign policy and its own alliances, and NATO's door remains open. That's not up for negotiation with Moscow.", "lloyd-austin", 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "nato-open-door", "supports", 1, P),
 ("Meanwhile, as you know, we have placed some 8,500 troops on heightened alert so that they can deploy quickly to reinforce NATO's eastern flank if the alliance activates its response force. Those troops are not going to fight in Ukraine. This is about reassuring our allies.", "lloyd-austin", 1, "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "", "", 1, P),
 ("Given the type of forces that are deployed, the ground maneuver forces, the artillery, the ballistic missiles, the air forces, all of it packaged together, if that was unleashed on Ukraine, it would be significant, very significant, and it would result in a significant amount of casualties.", "mark-milley", 1, "CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL MARK A. MILLEY", "", "", 1, P),
 ("I would urge the Russian leadership to step back from the brink and pursue the diplomatic path that Secretary Blinken and the Secretary of Defense have described.", "mark-milley", 1, "CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL MARK A. MILLEY", "russia-de-escalation", "supports", 1, P),
 (AUQ1, "lloyd-austin", 1, "SEC. AUSTIN", "no-ukraine-membership", "rejects", 1, P),
 (AUQ1, "lloyd-austin", 1, "SEC. AUSTIN", "nato-open-door", "supports", 1, P),
 ("What is on the table are the things that can actually reduce the risks on both sides, transparency, risk reduction, arms control. And, you know, we've said that we'd like to see the military-to-military channels with Russia used more than they have been. I think that's in everybody's interest.", "lloyd-austin", 1, "SEC. AUSTIN", "resume-military-dialogue", "supports", 1, P),
 ("No, we have not seen any pullback. We continue to see forces flowing in.", "mark-milley", 1, "GEN. MILLEY", "russia-de-escalation", "mentions", 1, P),
 ("No. We're not going to reduce our commitment to the defense of our allies. If anything, and I've said this before, if Mr. Putin invades Ukraine again, he's going to get more NATO on his western flank, not less.", "lloyd-austin", 1, "SEC. AUSTIN", "rollback-to-1997", "rejects", 1, P),
 ("I'm not going to speculate on what the Russians may or may not do. We'll watch that closely, as we always do. And we're going to be ready to defend our interests and the interests of our allies.", "lloyd-austin", 1, "SEC. AUSTIN", "", "", 1, P),
 ("If you think about it, in dense urban areas, along roads and so on, you're talking about a very large amount of casualties. It would be horrific, it would be terrible, and it's not necessary. And we think a diplomatic outcome is the way to go here.", "mark-milley", 1, "GEN. MILLEY", "", "", 1, P),
 ("We provided a written response because they asked for one, and we think it lays out a serious path. What they do with it is up to them. I'd rather not characterize their request beyond that.", "lloyd-austin", 1, "SEC. AUSTIN", "written-legal-guarantees", "mentions", 1, P),
]

E = "2021-12-18"
AA = "Anatoly Antonov"
AA3 = "We need legally binding guarantees that exclude any further eastward expansion of NATO. This is the main thing. We have already been deceived once. In 1990 the Soviet leadership was told that the alliance would not move one inch to the east. Where are these promises now? Therefore, we no longer believe words. We need signatures on paper that will be ratified."
L["russian-embassy-2021-12-18-antonov-security-guarantees"] = [
 ("On December 15, the drafts were handed over to Assistant Secretary of State Karen Donfried in Moscow. Yesterday I had a meeting at the Department of State and once again explained the logic of our proposals. I would like to emphasize that we did not put forward an ultimatum. We have put forward a package, and we expect to start negotiations without delay.", "anatoly-antonov", 1, AA, "", "", 1, E),
 ("The American side has promised to study our documents. I hope that this time our concerns will be heard. We have been raising them for many years, but the answer has always been the same: there is nothing to worry about, NATO is a defensive alliance.", "anatoly-antonov", 1, AA, "", "", 1, E),
 (AA3, "anatoly-antonov", 1, AA, "nato-non-expansion", "supports", 1, E),
 (AA3, "anatoly-antonov", 1, AA, "written-legal-guarantees", "supports", 1, E),
 ("It is equally important that the United States and its allies renounce the admission of Ukraine to the alliance. Kiev's membership in NATO is a red line for us. The same applies to Georgia.", "anatoly-antonov", 1, AA, "no-ukraine-membership", "supports", 1, E),
 ("We also insist that Washington should not deploy, outside its national territory, ground-based intermediate-range and shorter-range missiles in areas from which they are able to reach targets on our soil. We proposed a moratorium on such deployments back in 2019. There was no reaction.", "anatoly-antonov", 1, AA, "no-intermediate-range-missiles", "supports", 1, E),
 ("Look at what is happening in the Black Sea and near our borders in the Baltic. American strategic bombers fly twenty kilometers from the Russian border. US Navy destroyers enter the Black Sea almost every month. We propose that the parties refrain from flights of heavy bombers and from the presence of surface warships in areas from where they can hit targets on the territory of the other side. This is a reasonable and mutual approach.", "anatoly-antonov", 1, AA, "no-warships-aircraft-in-strike-range", "supports", 1, E),
 ("Of course, we also want to reduce the intensity of exercises along the line of contact between Russia and NATO. This is also in the interests of the Europeans.", "anatoly-antonov", 1, AA, "limit-military-exercises", "supports", 1, E),
 ("This is a well-known narrative. The Russian army is on its own territory. We do not threaten anyone. It is strange to hear demands to withdraw our forces from our own regions, while NATO military infrastructure is approaching our borders year after year.", "anatoly-antonov", 1, AA, "russia-de-escalation", "rejects", 1, E),
 ("No. We are not interested in long discussions that lead nowhere. We expect the American side to respond quickly and specifically. We want to see the first round of talks in January.", "anatoly-antonov", 1, AA, "", "", 1, E),
 ("I would like to draw attention to the fact that the security of one state cannot be ensured at the expense of the security of another. This principle was enshrined in the OSCE documents signed at the highest level.", "anatoly-antonov", 1, AA, "", "", 1, E),
]

A = "2022-01-21"
KW = "katarzyna-wielgosz"
DM = "daniel-r-mercer"
W2 = "No, and I don't think there should be. A promise to freeze the alliance at its current borders would mean telling Kyiv, Tbilisi and, frankly, Helsinki and Stockholm that their choices are subject to Moscow's approval. That is exactly the world the Helsinki Final Act was meant to end."
M3 = "Yes, quite a lot, actually. Limits on where intermediate-range missiles can be deployed are something the United States has itself wanted since the INF Treaty collapsed in 2019. Notification and scaling back of large exercises near borders, rules for close encounters of aircraft and ships, those are classic confidence-building measures."
W3 = "I agree on missiles. I am much more skeptical of the demand to pull allied forces out of Central Europe and the Baltics. That is not arms control. That is asking NATO to undo the enlargement of 1999 and 2004, and for Poland it is simply out of the question."
M4 = "Expect it to be long on transparency, short on concessions. It will restate the open door, it will insist on Russian de-escalation, and it will offer a menu of reciprocal measures. The Kremlin will call it insufficient on day one."
L["atlantic-council-2022-01-21-qa-blinken-lavrov-geneva"] = [
 ("on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, A),
 ("We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, A),
 ("Blinken said he had told Lavrov that any movement of Russian forces across Ukraine's border would be met with \"a swift, severe, and united response,\" and urged Moscow to prove its peaceful intentions by pulling those forces back.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, A),
 ("Mostly, both men bought time. Lavrov came for one thing, a written reply, and he got a promise of one. Blinken came to show the Europeans that Washington is exhausting every diplomatic option before any sanctions package, and he did that.", KW, 1, "Wielgosz", "", "", 1, A),
 ("I would add that the format matters. This was not a negotiation. Nobody was redlining a text. It was two foreign ministers checking whether the other side was still in the room.", DM, 1, "Mercer", "", "", 1, A),
 (W2, KW, 1, "Wielgosz", "nato-non-expansion", "rejects", 1, A),
 (W2, KW, 1, "Wielgosz", "no-ukraine-membership", "rejects", 1, A),
 (W2, KW, 1, "Wielgosz", "nato-open-door", "supports", 1, A),
 ("There are people in Washington who would quietly say Ukraine is not joining anytime soon anyway, so why not say so. The problem is that saying so in a treaty, under the pressure of 100,000 troops, rewards the pressure.", DM, 1, "Mercer", "no-ukraine-membership", "rejects", 1, A),
 (M3, DM, 1, "Mercer", "no-intermediate-range-missiles", "supports", 1, A),
 (M3, DM, 1, "Mercer", "limit-military-exercises", "supports", 1, A),
 (W3, KW, 1, "Wielgosz", "no-intermediate-range-missiles", "supports", 1, A),
 (W3, KW, 1, "Wielgosz", "rollback-to-1997", "rejects", 1, A),
 (M4, DM, 1, "Mercer", "nato-open-door", "mentions", 1, A),
 (M4, DM, 1, "Mercer", "russia-de-escalation", "mentions", 1, A),
 ("And then the question is whether Putin wants a deal at all. The draft treaties were published before any talks took place. You do not publish your opening position if you want to negotiate. You publish it if you want a refusal you can point to.", KW, 1, "Wielgosz", "", "", 1, A),
 ("Slightly less, if only because the calendar of diplomacy now runs into February. Putin tends to move when he has run out of process.", DM, 1, "Mercer", "", "", 1, A),
 ("I would not be so sure. The troops are still arriving, including in Belarus, and the military logic does not wait for letters.", KW, 1, "Wielgosz", "", "", 1, A),
]

write_gold(L, "articles-267", "gold-267")
