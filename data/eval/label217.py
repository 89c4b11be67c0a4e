#!/usr/bin/env python3
"""Writes the held-out gold of batch 217 (gold-217/*.nq) from the labels below.

Batch 217 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- apnews-2022-01-09-explainer-what-russia-wants: AP explainer with capitalised
  question crossheads; draft-treaty contents described as documents (unlabelled),
  Baker/Gorbachev 1990 and Bucharest 2008 background, a quotation continued after
  "Putin told reporters", "U.S. officials"/"Washington" speaking, an analyst.
- reuters-2022-01-13-osce-vienna-war-risk: Reuters wire story from the OSCE Permanent
  Council (dateline, straight quotes, capitalised crossheads); Lukashevich, Carpenter,
  Rau, the EU delegation, Ryabkov on RTVI; demands attributed to Moscow in passing,
  Helsinki/Paris background, "Moscow denies ... says it can move forces".
- aljazeera-2022-01-27-analysts-us-nato-answers: Al Jazeera report after the written
  answers; standfirst, photo caption, "Read more" line, three invented analysts
  (one mentions, two take stances of their own), INF treaty background.
- kremlin-2022-01-27-peskov-conference-call: Kremlin-style transcript of Peskov's daily
  call ("Question:" / "Dmitry Peskov:"); every answer paragraph is a quotation, many
  about no demand; questions voice Western demands and are not labelled.
- meduza-2022-02-01-putin-breaks-silence: Meduza news piece on Putin's 1 February
  remarks; curly quotes, "Read also" link carrying a quotation, Zakharova on Telegram,
  Price and Thomas-Greenfield "on Monday", Nebenzia, an exiled analyst, "Recall that"
  paragraph on the drafts.
- euronews-2022-01-21-live-blinken-lavrov-geneva: Euronews live page, reverse
  chronological time stamps, no front matter (date in "Updated: 21/01/2022"); the
  Romania/Bulgaria row (Russian MFA, Lungescu, Petkov, "Romania's Foreign Ministry"),
  Lavrov and Blinken pressers, WATCH/READ MORE lines.
- izvestia-2022-01-27-senator-us-response: Izvestia piece machine-translated into
  English, UTF-8 BOM and CRLF, « » quotes followed by ", - said the senator", "on the
  eve" (= 26 January), senators Dzhabarov and (invented) Bereznitsky, Slutsky, an
  invented MGIMO expert, "Recall" paragraph describing the drafts.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position; mentions when
the speaker only reports a demand, asks about it or offers to discuss it. A direct quotation
of six or more words about none of the demands gets one demand-less label (demand "",
stance ""); reported speech about no demand or about demands left unspecified gets none.
Background history, words quoted from documents, headlines, crossheads, standfirsts,
captions and link lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the
demand in their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

NE, UA, BU = "nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008"
SW, IRM = "no-strike-weapons-near-borders", "no-intermediate-range-missiles"
EX, R97, EXS = "limit-military-exercises", "rollback-to-1997", "no-military-activity-ex-soviet"
WLG, MIL = "written-legal-guarantees", "resume-military-dialogue"
DE, OD = "russia-de-escalation", "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

d = "apnews-2022-01-09-explainer-what-russia-wants"
putin_ap = "Russian President Vladimir Putin has insisted that the West must give Moscow binding commitments, not just verbal promises, that NATO will stop its march toward Russia’s frontiers."
ryab_ap = "Deputy Foreign Minister Sergei Ryabkov, who will lead the Russian delegation in Geneva, has said Moscow wants the alliance to formally disown its 2008 pledge that Ukraine and Georgia would one day become members."
ryab_q = "We need ironclad, bulletproof guarantees that Ukraine will not be pulled into the alliance — not promises, not hints,"
pesk_ap = "Kremlin spokesman Dmitry Peskov said last week that Moscow would not accept endless talks and wanted a quick answer to its demand that the alliance stop expanding."
usoff = "U.S. officials said on a call with reporters Saturday that Washington was prepared to discuss reciprocal limits on the size and scope of military exercises in Europe, as well as the placement of intermediate-range missiles, provided Russia was willing to do the same."
kul_ap = "Ukrainian Foreign Minister Dmytro Kuleba said Saturday that Kyiv would not accept any deal that closed the alliance’s door to it, and insisted that Ukraine alone would decide whether to apply to join."
L[d] = [
 (putin_ap, "vladimir-putin", 1, "Vladimir Putin", WLG, S, 0, ""),
 (putin_ap, "vladimir-putin", 1, "Vladimir Putin", NE, S, 0, ""),
 ("Further movement of NATO to the east is unacceptable for us,", "vladimir-putin", 1, "Putin", NE, S, 1, "2021-12-23"),
 ("We need guarantees, and they must be legally binding, not words on a napkin that can be thrown away tomorrow.", "vladimir-putin", 1, "Putin", WLG, S, 1, "2021-12-23"),
 (ryab_ap, "sergei-ryabkov", 1, "Sergei Ryabkov", BU, S, 0, ""),
 (ryab_ap, "russia", 0, "Moscow", BU, S, 0, ""),
 (ryab_q, "sergei-ryabkov", 1, "Ryabkov", UA, S, 1, "2022-01-07"),
 (ryab_q, "sergei-ryabkov", 1, "Ryabkov", WLG, S, 1, "2022-01-07"),
 (pesk_ap, "dmitry-peskov", 1, "Dmitry Peskov", NE, S, 0, ""),
 (pesk_ap, "russia", 0, "Moscow", NE, S, 0, ""),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Wendy Sherman", OD, S, 1, ""),
 ("We are ready to listen and to discuss arms control, but we will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 1, "2022-01-07"),
 ("He said the alliance would also refuse any idea of withdrawing its troops from the allies that joined after the Cold War, something he said would create two classes of members.", "jens-stoltenberg", 1, "He", R97, R, 0, "2022-01-07"),
 (usoff, "united-states", 0, "U.S. officials", EX, M, 0, "2022-01-08"),
 (usoff, "united-states", 0, "U.S. officials", IRM, M, 0, "2022-01-08"),
 ("Washington has also demanded that Russia pull back its troops from Ukraine’s borders as a sign of good faith before any broader deal is considered.", "united-states", 0, "Washington", DE, S, 0, ""),
 ("The Kremlin has set the bar so high that a deal looks almost impossible, but that may be the point,", "mikhail-tarasenko", 1, "Mikhail Tarasenko", "", "", 1, ""),
 ("The written-guarantee demand is the core. Moscow no longer trusts oral assurances after what it sees as the betrayal of the 1990s,", "mikhail-tarasenko", 1, "he", WLG, M, 1, ""),
 (kul_ap, "dmytro-kuleba", 1, "Dmytro Kuleba", OD, S, 0, "2022-01-08"),
 (kul_ap, "dmytro-kuleba", 1, "Dmytro Kuleba", UA, R, 0, "2022-01-08"),
]

d = "reuters-2022-01-13-osce-vienna-war-risk"
lead = "The risk of war in Europe is greater than at any time in the past three decades, the head of the Organization for Security and Co-operation in Europe said on Thursday, as Russia used the last of a week of security talks to press the West for an answer on its demand that NATO stop expanding."
luk2 = "He said Russia expected the West to put any assurances on paper in a form binding under international law, and would not settle for a mere moratorium on enlargement instead of a permanent halt."
carp2 = "He said Washington would not accept any arrangement that gave Russia a say over which countries may join NATO, adding that the United States remained open to discussing reciprocal steps on military exercises and on the transparency of deployments."
ryab_r = "Ryabkov said the talks had hit a dead end over Moscow's insistence that NATO abandon further eastward expansion, a point on which he said Washington had refused to budge."
L[d] = [
 (lead, "russia", 0, "Russia", NE, S, 0, "2022-01-13"),
 ("It seems that the danger of war in the OSCE area is now bigger than it has been at any time in the last thirty years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The fundamental question is very simple: will NATO stop moving eastward or not? Without an answer to this, there is no point in continuing the conversation,", "alexander-lukashevich", 1, "Lukashevich", NE, S, 1, "2022-01-13"),
 (luk2, "alexander-lukashevich", 1, "He", WLG, S, 0, "2022-01-13"),
 (luk2, "alexander-lukashevich", 1, "He", NE, S, 0, "2022-01-13"),
 (luk2, "russia", 0, "Russia", WLG, S, 0, ""),
 (luk2, "russia", 0, "Russia", NE, S, 0, ""),
 ("If we do not hear a constructive response within a reasonable time frame, we will have to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "the Russian envoy", "", "", 1, "2022-01-13"),
 ("We are facing a crisis in European security, and the rhetoric coming out of Moscow has grown rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 (carp2, "michael-carpenter", 1, "He", OD, S, 0, "2022-01-13"),
 (carp2, "michael-carpenter", 1, "He", EX, M, 0, "2022-01-13"),
 ("The ball is in Russia's court. Pull back the troops from Ukraine's border, and we can talk about a lot of things,", "michael-carpenter", 1, "he", DE, S, 1, "2022-01-13"),
 ("The European Union's delegation, in a statement on Thursday, urged Moscow to withdraw the forces it has amassed near Ukraine and to engage \"constructively\" in the OSCE process.", "european-union", 0, "The European Union's delegation", DE, S, 0, "2022-01-13"),
 ("I see no reason to sit down again in the coming days and start the same discussions all over again,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 (ryab_r, "sergei-ryabkov", 1, "Ryabkov", NE, S, 0, "2022-01-13"),
 (ryab_r, "russia", 0, "Moscow", NE, S, 0, ""),
 ("Moscow denies planning an invasion and says it can move forces on its own territory as it sees fit.", "russia", 0, "Moscow", DE, R, 0, ""),
]

d = "aljazeera-2022-01-27-analysts-us-nato-answers"
blk2 = "He said the document laid out areas where the two sides could make progress, including reciprocal transparency measures on military exercises and possible limits on intermediate-range missiles in Europe."
stol = "NATO Secretary-General Jens Stoltenberg, presenting the alliance's reply the same day, urged Russia to pull back the forces it has massed around Ukraine and offered to discuss restoring military-to-military hotlines between the alliance and Moscow."
bel1 = "For the Kremlin, the point was never arms control. The point was a signature under a promise that Ukraine stays out of NATO forever,"
lin2 = "Limits on intermediate-range missiles and on snap exercises near borders are things the West should sign up to tomorrow. That would make everyone safer, including us,"
oko2 = "He said Moscow's call for NATO to pull its forces out of the members that joined after 1997 was unacceptable and should never have been put on the table."
L[d] = [
 ("Our answer makes clear that we will stand by core principles, and one of them is that countries get to pick their own alliances,", "antony-blinken", 1, "Antony Blinken", OD, S, 1, "2022-01-26"),
 (blk2, "antony-blinken", 1, "He", EX, M, 0, "2022-01-26"),
 (blk2, "antony-blinken", 1, "He", IRM, M, 0, "2022-01-26"),
 ("There is no positive answer to the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east,", "sergei-lavrov", 1, "Lavrov", NE, S, 1, "2022-01-27"),
 (stol, "jens-stoltenberg", 1, "Jens Stoltenberg", DE, S, 0, "2022-01-26"),
 (stol, "jens-stoltenberg", 1, "Jens Stoltenberg", MIL, M, 0, "2022-01-26"),
 ("Ukrainian Foreign Minister Dmytro Kuleba said on Wednesday that Kyiv was satisfied the US reply did not trade away Ukraine's right to seek membership of the alliance.", "dmytro-kuleba", 1, "Dmytro Kuleba", OD, S, 0, "2022-01-26"),
 (bel1, "tatiana-belousova", 1, "Tatiana Belousova", UA, M, 1, ""),
 (bel1, "tatiana-belousova", 1, "Tatiana Belousova", WLG, M, 1, ""),
 ("Now they need to find a way to present whatever they get as a victory, and that is not easy when the West has said no so clearly,", "tatiana-belousova", 1, "Belousova", "", "", 1, ""),
 ("Gustav Lindqvist, a former Swedish ambassador to Moscow, said the West had been right to hold its ground on enlargement.", "gustav-lindqvist", 1, "Gustav Lindqvist", OD, S, 0, ""),
 ("Giving Moscow a veto over who joins the alliance would be a disaster for every small country in Europe, and Washington knows it,", "gustav-lindqvist", 1, "he", OD, S, 1, ""),
 (lin2, "gustav-lindqvist", 1, "he", IRM, S, 1, ""),
 (lin2, "gustav-lindqvist", 1, "he", EX, S, 1, ""),
 ("The written answer is a classic move: engage on the second-tier items, stay firm on the first-tier ones,", "samuel-okonjo", 1, "Okonjo", "", "", 1, ""),
 (oko2, "samuel-okonjo", 1, "He", R97, R, 0, ""),
 (oko2, "russia", 0, "Moscow", R97, S, 0, ""),
 ("You cannot ask Poland or the Baltic states to become second-class allies. No NATO government would survive proposing that,", "samuel-okonjo", 1, "Okonjo", R97, R, 1, ""),
 ("Russia has to pull those troops back. Until that happens, every diplomatic signal from Moscow will be read in the West with suspicion,", "samuel-okonjo", 1, "he", DE, S, 1, ""),
 ("Russia, which has massed more than 100,000 troops near Ukraine's border, has repeatedly denied planning an attack but says it needs guarantees that the alliance will not set up bases or deploy forces on Ukrainian territory.", "russia", 0, "Russia", EXS, S, 0, ""),
]

d = "kremlin-2022-01-27-peskov-conference-call"
P = lambda ev, dem="", st="": (ev, "dmitry-peskov", 1, "Dmitry Peskov", dem, st, 1, "2022-01-27")
pk7 = "And we expect this to be fixed legally, on paper, and not in the form of some assurances at the level of words. We have had enough of assurances at the level of words. You know the history of the 1990s very well."
pk10 = "There are, of course, some points that can be discussed – intermediate-range missiles, the parameters of exercises. We do not reject dialogue on those topics."
L[d] = [
 P("Good afternoon. Yes, the texts were delivered to the President yesterday evening, as soon as they were received by the Foreign Ministry. He has them."),
 P("The President will of course study them carefully. This is not a matter of hours; the interagency analysis is already under way."),
 P("I would not get ahead of the analysis. We are not going to rush to conclusions, and I would advise everyone against that."),
 P("But, as you know, the cornerstone of our proposals is that NATO does not advance any further to the east. Judging by what our American colleagues have said publicly, that principle was not taken into account.", NE, S),
 P("The same applies to the non-deployment of strike weapon systems close to our borders. These are our fundamental concerns, and we have been talking about them for a long time and very clearly.", SW, S),
 P("Nobody is closing anything. We have said many times that for us the membership of Ukraine in the alliance is a red line.", UA, S),
 P(pk7, WLG, S),
 P(pk7, UA, S),
 P("Russian troops are located on Russian territory. Where to move them is the sovereign right of our country, and it is not the subject of discussion with anyone.", DE, R),
 P("Calls to pull troops back from our own territory sound, to put it mildly, strange. We would like to see the same attention paid to the NATO forces that are being moved to the countries bordering us.", DE, R),
 P(pk10, IRM, M),
 P(pk10, EX, M),
 P("But these are secondary issues. They cannot replace an answer on the main one."),
 P("The American side asked us not to publish them, and we consider it possible to respect that. But I think they will become public sooner or later, this is how it usually happens."),
 P("When the President considers it necessary. Do not hurry, there is no need to hurry here."),
 P("We have always said that channels between the military should work. Their absence does not make anyone safer, including our partners in Europe.", MIL, S),
 P("If there are concrete proposals on this, they will of course be considered.", MIL, M),
 P("Yes, such a conversation is being prepared for tomorrow. The topics are known: European security and the situation around Ukraine."),
 P("These are the decisions of those countries. We believe this is a manifestation of the hysteria that is being whipped up, and we regret it."),
]

d = "meduza-2022-02-01-putin-breaks-silence"
put2 = "We did not see any serious consideration of our three key demands — that NATO stops expanding, that no strike systems are placed near our borders, and that the bloc’s military infrastructure in Europe goes back to where it stood in 1997,"
shu2 = "According to Shulgin, the Kremlin is likely to seize on the U.S. offer to discuss limits on intermediate-range missiles and is unlikely to achieve anything on NATO enlargement."
shu3 = "On missiles, there may be a deal. On Ukraine and NATO, there will be no deal, and everyone in the Kremlin understands that,"
L[d] = [
 ("It is already clear that our principal concerns were simply ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (put2, "vladimir-putin", 1, "he", NE, S, 1, "2022-02-01"),
 (put2, "vladimir-putin", 1, "he", SW, S, 1, "2022-02-01"),
 (put2, "vladimir-putin", 1, "he", R97, S, 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea. What then, should we go to war with the NATO bloc? Has anyone thought about this? Apparently not,", "vladimir-putin", 1, "Putin", UA, S, 1, "2022-02-01"),
 ("I hope that in the end we will find a solution, although it is not easy,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("The West is trying to turn the conversation toward secondary questions, to talk about anything except what matters to us — the non-expansion of NATO,", "maria-zakharova", 1, "Zakharova", NE, S, 1, "2022-01-31"),
 ("State Department spokesman Ned Price said on Monday that Washington remained ready for diplomacy but would not bargain over the principle that NATO’s doors stay open to any country that wants to join.", "ned-price", 1, "Ned Price", OD, S, 0, "2022-01-31"),
 ("That same day, at a session of the UN Security Council called by the United States, American Ambassador Linda Thomas-Greenfield called on Russia to pull back the more than 100,000 troops it has deployed along Ukraine’s borders.", "linda-thomas-greenfield", 1, "Linda Thomas-Greenfield", DE, S, 0, "2022-01-31"),
 ("They are unable to explain why Russian troops on Russian territory are a threat, but they demand that we remove them. That is not how a dialogue works,", "vasily-nebenzia", 1, "Nebenzia", DE, R, 1, "2022-01-31"),
 ("Putin has painted himself into a corner: he made this a matter of personal prestige, and now he cannot come away with nothing,", "anton-shulgin", 1, "Anton Shulgin", "", "", 1, ""),
 (shu2, "anton-shulgin", 1, "Shulgin", IRM, M, 0, ""),
 (shu2, "anton-shulgin", 1, "Shulgin", NE, M, 0, ""),
 (shu3, "anton-shulgin", 1, "he", IRM, M, 1, ""),
 (shu3, "anton-shulgin", 1, "he", UA, M, 1, ""),
 ("Secretary of State Antony Blinken said at the time that the replies did not contain any concessions on the alliance’s “open door” principle.", "antony-blinken", 1, "Antony Blinken", OD, S, 0, "2022-01-26"),
]

d = "euronews-2022-01-21-live-blinken-lavrov-geneva"
lav2 = "He said he had told Blinken that Russia's central demand remained a firm guarantee that NATO would not take in Ukraine and would not deploy weapons capable of striking Russia on Ukrainian soil."
lav3 = "Lavrov also repeated Moscow's call for NATO allies to disavow the decision of the 2008 Bucharest summit that Ukraine and Georgia \"will become members\" of the alliance."
blk3 = "Blinken said he had made it clear to Lavrov that the United States would not compromise on NATO's open door, but that it was ready to discuss with Russia reciprocal limits on the placement of intermediate-range missiles in Europe."
welc = "Expectations are low: the two sides remain far apart on Moscow's demand for legally binding guarantees that NATO will not expand eastwards."
L[d] = [
 ("Bulgaria is a sovereign state, and we alone decide how to organise the defence of our country together with our allies. No one in Moscow will tell us to send them home,", "kiril-petkov", 1, "Petkov", R97, R, 1, "2022-01-21"),
 ("Romania's Foreign Ministry earlier called the demand unacceptable and said it could not be the subject of any negotiation.", "romania", 0, "Romania's Foreign Ministry", R97, R, 0, "2022-01-21"),
 ("NATO will not renounce our ability to protect and defend each other, including with the presence of troops in the eastern part of our alliance. We will always respond to any deterioration of our security environment,", "oana-lungescu", 1, "Lungescu", R97, R, 1, "2022-01-21"),
 ("Russia's Foreign Ministry said in a statement on Friday that its proposal to return NATO to its 1997 configuration meant the withdrawal of foreign forces, equipment and weapons from all countries that joined the alliance after that year, \"including Bulgaria and Romania\".", "russian-foreign-ministry", 0, "Russia's Foreign Ministry", R97, S, 0, "2022-01-21"),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper to all of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 (lav2, "sergei-lavrov", 1, "He", UA, S, 0, "2022-01-21"),
 (lav2, "sergei-lavrov", 1, "He", SW, S, 0, "2022-01-21"),
 (lav2, "russia", 0, "Russia", UA, S, 0, ""),
 (lav2, "russia", 0, "Russia", SW, S, 0, ""),
 (lav3, "sergei-lavrov", 1, "Lavrov", BU, S, 0, "2022-01-21"),
 (lav3, "russia", 0, "Moscow", BU, S, 0, ""),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 ("We didn't expect a major breakthrough today, but I believe we now have a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("The best way for Moscow to show it has no aggressive intentions is to pull back the forces it has massed along Ukraine's borders,", "antony-blinken", 1, "he", DE, S, 1, "2022-01-21"),
 (blk3, "antony-blinken", 1, "Blinken", OD, S, 0, "2022-01-21"),
 (blk3, "antony-blinken", 1, "Blinken", IRM, M, 0, "2022-01-21"),
 ("Ukrainian Foreign Minister Dmytro Kuleba said this morning that any attempt to decide on Ukraine's future alliances without Kyiv was doomed to fail and that the door to NATO had to stay open.", "dmytro-kuleba", 1, "Dmytro Kuleba", OD, S, 0, "2022-01-21"),
 ("We are not a neutral spectator. Any security architecture for Europe that is negotiated without the Europeans will not work,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-21"),
 (welc, "russia", 0, "Moscow", NE, S, 0, ""),
 (welc, "russia", 0, "Moscow", WLG, S, 0, ""),
]

d = "izvestia-2022-01-27-senator-us-response"
ber2 = "According to him, Moscow will insist that the agreements be legally binding, and not be limited to «gentlemen's promises», which, as in 1990, were quickly forgotten."
blk_iz = "The US Secretary of State Antony Blinken, in turn, declared on the eve that the US will not refuse the principle of «open doors» of NATO and also called Russia to the de-escalation on the border with Ukraine."
kre1 = "The Americans show readiness to talk about the medium-range missiles and about the transparency of the exercises, this is a step, but a small one"
L[d] = [
 ("The Americans answered on paper, but on the main thing - non-expansion of NATO to the east - there is no answer, as far as we understand. This is not the answer that we were waiting for", "vladimir-dzhabarov", 1, "the senator", NE, S, 1, "2022-01-27"),
 ("If Ukraine is dragged into the alliance, we will have to respond, and this is not a threat, this is a statement of fact", "vladimir-dzhabarov", 1, "the parliamentarian", UA, S, 1, "2022-01-27"),
 ("The demand to withdraw the NATO infrastructure to the positions of 1997 is not a whim of Moscow, it is the minimum of our security", "anatoly-bereznitsky", 1, "the senator", R97, S, 1, ""),
 (ber2, "anatoly-bereznitsky", 1, "him", WLG, S, 0, ""),
 (ber2, "russia", 0, "Moscow", WLG, S, 0, ""),
 ("It is obvious that the answer of Washington and Brussels ignores the key - guarantees of non-deployment of strike weapons near our borders. We will continue to insist", "leonid-slutsky", 1, "the deputy", SW, S, 1, ""),
 ("We will not allow our initiatives to be drowned in endless discussions, it is necessary to get an answer on the key points, first of all on the non-expansion of NATO", "sergei-ryabkov", 1, "Sergei Ryabkov", NE, S, 1, "2022-01-26"),
 (blk_iz, "antony-blinken", 1, "Antony Blinken", OD, S, 0, "2022-01-26"),
 (blk_iz, "antony-blinken", 1, "Antony Blinken", DE, S, 0, "2022-01-26"),
 (kre1, "vasily-kremenchugsky", 1, "he", IRM, M, 1, ""),
 (kre1, "vasily-kremenchugsky", 1, "he", EX, M, 1, ""),
 ("The expert believes that the West will not agree to refuse the policy of «open doors», because for the alliance this is a question of principle, which it cannot give up without losing the face.", "vasily-kremenchugsky", 1, "The expert", OD, M, 0, ""),
 ("In the same time, to tell that the dialogue has ended, it is too early. Both sides need the pause and the time", "vasily-kremenchugsky", 1, "Kremenchugsky", "", "", 1, ""),
]

write_gold(L, "articles-217", "gold-217")
