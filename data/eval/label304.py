#!/usr/bin/env python3
"""Writes the held-out gold of batch 304 (gold-304/*.nq) from the labels below.

Batch 304 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-14-lavrov-press-conference: Reuters wire story with front
  matter on Lavrov's 14 January news conference; interrupted quotation, "Asked
  whether" sentence, Peskov "on Thursday", Price in Washington, a Baker 1990
  background paragraph, a named analyst, an organisation ("U.S. officials").
- tass-2022-01-18-ryabkov-interview: TASS English Q&A excerpt, no front matter,
  dash-led questions and answers, translationese; answers spread over two
  paragraphs, Bucharest 2008 and Baker 1990 named inside answers, Sherman
  reported with unspecified demands.
- nato-2022-01-27-stoltenberg-kallas-press-point: nato.int transcript with
  front matter, speaker labels, moderator and journalists' questions;
  NATO offers (exercises, missiles, military channels) vs. open door, Kallas
  reporting the Kremlin's 1997 demand.
- ukrainska-pravda-2022-01-27-kuleba-us-response: UP news item (UTF-8 BOM,
  CRLF), "Source:/Quote:/Details:/Background:" blocks, "Read also" links,
  machine-translation English, a Background block restating the December drafts.
- bbc-2022-02-02-putin-breaks-silence-analysis: BBC analysis by a diplomatic
  correspondent, no front matter; caption, crossheads (one a question), Putin's
  three demands in indirect speech, interrupted quotation, three analysts
  (one with her own stance), a 1990 background paragraph.
- rand-2022-01-20-treaty-drafts-opening-bid: RAND Blog commentary with front
  matter; the authors' own prose is not attributed speech and gets no label,
  but the Russian drafts it paraphrases are Russia's; history paragraph
  (Baker 1990, Founding Act, Bucharest) left unlabelled.
- eduskunta-2022-02-02-plenary-security-situation: Finnish parliament minutes
  in unofficial English translation, time-stamped speaker labels with party
  tags, Speaker's procedural lines (treated as the host: no label),
  interjections; each speech paragraph is one direct quotation.

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

D = "2022-01-14"
L["reuters-2022-01-14-lavrov-press-conference"] = [
 ("Russia expects a response next week to its demand that NATO halt its eastward expansion, Foreign Minister Sergei Lavrov said on Friday, accusing the West of trying to bury Moscow's proposals in endless talk after a week of diplomacy failed to produce a breakthrough.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Speaking at his annual news conference in Moscow, Lavrov said Russia would not accept a situation in which negotiations dragged on for months while the alliance continued to \"develop\" Ukraine militarily with weapons, instructors and joint drills.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We have run out of patience,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The West has been leading us by the nose for decades, promising one thing and doing the opposite, and now they want to drown our proposals in discussions about discussions.", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Lavrov said the key element of Moscow's proposals was a guarantee that the alliance would not move any further east, including to Ukraine, and that no offensive weapons systems would be stationed close to Russian territory.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lavrov said the key element of Moscow's proposals was a guarantee that the alliance would not move any further east, including to Ukraine, and that no offensive weapons systems would be stationed close to Russian territory.", "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, D),
 ("Lavrov said the key element of Moscow's proposals was a guarantee that the alliance would not move any further east, including to Ukraine, and that no offensive weapons systems would be stationed close to Russian territory.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Lavrov said Washington's readiness, voiced in Geneva, to discuss where intermediate-range missiles could be deployed and how large military exercises near borders should be was welcome but secondary, and that Moscow would not let the main question - the alliance's enlargement - be pushed aside.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "supports", 0, D),
 ("Lavrov said Washington's readiness, voiced in Geneva, to discuss where intermediate-range missiles could be deployed and how large military exercises near borders should be was welcome but secondary, and that Moscow would not let the main question - the alliance's enlargement - be pushed aside.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "supports", 0, D),
 ("Lavrov said Washington's readiness, voiced in Geneva, to discuss where intermediate-range missiles could be deployed and how large military exercises near borders should be was welcome but secondary, and that Moscow would not let the main question - the alliance's enlargement - be pushed aside.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Asked whether Russia would pull its troops back from the border with Ukraine, where Western officials say some 100,000 soldiers are massed, Lavrov said Russia would move its forces on its own territory as it saw fit.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("We are not threatening anyone. Our troops are on our own land and they will stay where the General Staff considers necessary,", "sergei-lavrov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Kremlin spokesman Dmitry Peskov told reporters on Thursday the talks had so far been unsuccessful on the main points, citing the refusal of Washington and its allies to rule out membership for Ukraine, which Moscow regards as a red line.", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("Kremlin spokesman Dmitry Peskov told reporters on Thursday the talks had so far been unsuccessful on the main points, citing the refusal of Washington and its allies to rule out membership for Ukraine, which Moscow regards as a red line.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("In Washington, State Department spokesman Ned Price said Washington was prepared to discuss reciprocal limits on missile deployments and on the size and scope of military exercises, but that the principle that countries choose their own alliances was not up for negotiation.", "ned-price", 1, "Ned Price", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 ("In Washington, State Department spokesman Ned Price said Washington was prepared to discuss reciprocal limits on missile deployments and on the size and scope of military exercises, but that the principle that countries choose their own alliances was not up for negotiation.", "ned-price", 1, "Ned Price", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("In Washington, State Department spokesman Ned Price said Washington was prepared to discuss reciprocal limits on missile deployments and on the size and scope of military exercises, but that the principle that countries choose their own alliances was not up for negotiation.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We will not allow anyone to slam shut NATO's open-door policy,", "ned-price", 1, "Price", "nato-open-door", "supports", 1, "2022-01-13"),
 ("U.S. officials have also warned Russia that any further incursion into Ukraine would be met with sanctions of unprecedented severity, and have urged Moscow to withdraw its forces from the Ukrainian frontier as a sign of good faith.", "united-states", 0, "U.S. officials", "russia-de-escalation", "supports", 0, ""),
 ("He is building the case that Russia asked politely and was ignored,", "pavel-gorelik", 1, "Gorelik", "", "", 1, ""),
]

D = "2022-01-18"
R = ("sergei-ryabkov", 1, "Ryabkov")
A1 = "There is no movement on the key issues. The Americans are ready to talk about many things, about missiles, about exercises, about transparency measures, and we are not refusing these topics. But the core of our proposals, and I will repeat it again and again, is the guarantee of the non-expansion of NATO. Without it everything else loses its sense."
A3 = "No. A moratorium is something that can be cancelled tomorrow morning. We have the experience with verbal promises: in 1990 they promised not one inch, and where is the alliance now? We need legally binding documents, signed and ratified, with the obligations which cannot be interpreted in two ways."
L["tass-2022-01-18-ryabkov-interview"] = [
 ("According to the diplomat, the key points for Moscow remain the non-expansion of NATO and the non-deployment of strike weapon systems near the Russian borders.", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 0, D),
 ("According to the diplomat, the key points for Moscow remain the non-expansion of NATO and the non-deployment of strike weapon systems near the Russian borders.", "sergei-ryabkov", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 0, D),
 (A1, *R, "nato-non-expansion", "supports", 1, D),
 (A1, *R, "no-intermediate-range-missiles", "mentions", 1, D),
 (A1, *R, "limit-military-exercises", "mentions", 1, D),
 ("We said it very clearly in Geneva: for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. This has not changed after one week and it will not change after one month.", *R, "no-ukraine-membership", "supports", 1, D),
 ("The open door is a mantra, it is not a norm of international law. Nobody has an unconditional right to join any alliance, and the alliance is not obliged to take anyone. So the reference to a sovereign choice is, excuse me, a trick which hides the geopolitical engineering of the West.", *R, "nato-open-door", "rejects", 1, D),
 ("We need the decision of Bucharest of 2008, the formula that Ukraine and Georgia \"will become members\", to be disavowed officially. This is not a whim, this is a minimum.", *R, "rescind-bucharest-2008", "supports", 1, D),
 (A3, *R, "written-legal-guarantees", "supports", 1, D),
 (A3, *R, "nato-non-expansion", "supports", 1, D),
 ("We are for this. The channels between the military were cut not by us. Restoration of normal dialogue between the military, including the deconfliction of incidents in the air and at sea, would be useful, but it cannot substitute the main thing.", *R, "resume-military-dialogue", "supports", 1, D),
 ("We do not accept such demands and such conditions. The movement of troops on the territory of Russia is our sovereign business, and nobody in Washington or in Brussels will dictate to us where our units should be stationed.", *R, "russia-de-escalation", "rejects", 1, D),
 ("We were promised a written answer this week or the next. We will study it very carefully. But I want to warn: if the answer is negative, or if it is again a stalling, we will draw conclusions, and we have options.", *R, "", "", 1, D),
 ("I would not like to speak about concrete options now. Our military experts will propose them to the leadership of the country if it is necessary.", *R, "", "", 1, D),
]

D = "2022-01-27"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
K = ("kaja-kallas", 1, "Kaja Kallas")
S2 = "Yesterday, the United States and NATO delivered written proposals to Russia. We did so in parallel and in close coordination. We set out concrete areas where we are ready to engage with Russia: reciprocal transparency and notification of military exercises, risk reduction, and arms control, including on land-based intermediate-range missiles. We also proposed to re-open our respective offices in Moscow and Brussels, and to make full use of military-to-military channels of communication to prevent incidents."
S3 = "At the same time, we are clear that we will not compromise on the core principles on which the security of our Alliance and of Europe rests. Every nation has the right to choose its own path. NATO's door remains open. And we will not accept a two-class membership, where Allies like Estonia can no longer host NATO forces on their territory."
K2 = "Let me be very clear. The Kremlin demands that NATO pull its forces out of the territory of the Allies who joined after 1997. This would make Estonia a second-class member, a buffer zone. This is not acceptable to us and, as I understand it, to any Ally around this table."
K3 = "We will also not accept that Russia decides the foreign policy of its neighbours. Ukraine, Georgia, Finland, Sweden: it is for them and for the Allies to decide, nobody else. Spheres of influence belong to the last century."
SA1 = "We have not yet received a formal reaction from Moscow, and I will not speculate. But I can say that we have put forward serious proposals, and that NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, not by anyone else. Russia has no veto."
L["nato-2022-01-27-stoltenberg-kallas-press-point"] = [
 ("Prime Minister Kallas, dear Kaja, welcome back to NATO Headquarters. It is always good to see you, and Estonia is a highly valued Ally, contributing to our shared security in many ways, not least through your leadership in cyber defence.", *S, "", "", 1, D),
 (S2, *S, "limit-military-exercises", "mentions", 1, D),
 (S2, *S, "no-intermediate-range-missiles", "mentions", 1, D),
 (S2, *S, "resume-military-dialogue", "supports", 1, D),
 (S3, *S, "nato-open-door", "supports", 1, D),
 (S3, *S, "rollback-to-1997", "rejects", 1, D),
 ("We call on Russia to de-escalate, to pull back its forces from around Ukraine and from Belarus, and to choose the path of diplomacy. We have seen no de-escalation so far. On the contrary, the number of Russian troops continues to go up.", *S, "russia-de-escalation", "supports", 1, D),
 ("NATO will continue to do what is necessary to protect and defend all Allies. Allies are putting forces on standby and sending additional ships and fighter jets to our deployments in the eastern part of the Alliance.", *S, "", "", 1, D),
 ("Thank you, Jens. Thank you for your leadership in these very difficult times. Estonia fully supports the written answers that NATO sent to Moscow yesterday. They are firm on principles and open on practical steps.", *K, "", "", 1, D),
 (K2, *K, "rollback-to-1997", "rejects", 1, D),
 (K2, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (K3, *K, "nato-open-door", "supports", 1, D),
 (K3, *K, "no-ukraine-membership", "rejects", 1, D),
 ("Estonia is grateful for the allied presence on our soil. And we are asking for more: more allied troops on the ground and stronger air defence. Deterrence is the best way to avoid a war.", *K, "", "", 1, D),
 (SA1, *S, "nato-open-door", "supports", 1, D),
 (SA1, *S, "no-ukraine-membership", "rejects", 1, D),
 ("We are ready to sit down again in the NATO-Russia Council, and we have proposed a series of meetings to address the broad range of issues, including notification of military exercises and arms control. The ball is in Moscow's court.", *S, "limit-military-exercises", "mentions", 1, D),
 ("No. I have heard no Ally saying that, publicly or privately. We are united. The unity we have seen in these weeks is exactly the opposite of what President Putin wanted to achieve.", *K, "", "", 1, D),
]

D = "2022-01-27"
KU = ("dmytro-kuleba", 1, "Kuleba")
DET = "Kuleba noted that Ukraine does not consider the refusal from the Euro-Atlantic course as an option, and that the question of membership of Ukraine in NATO is the matter of Ukraine and 30 member states of the Alliance, not of the Russian Federation."
Q2 = "Russia wants to return us in 1997, or even in the 1945 year, to divide Europe again to the zones of influence. This will not happen."
BG = "In December 2021, Russia published draft treaties with the USA and NATO, in which it demands, in particular, that NATO refuse further expansion and the admission of Ukraine, and that the Alliance withdraws its forces from countries which joined after 1997."
OH = "Putin asked for a sphere of influence and he received an offer to talk about missiles and exercises. For the Kremlin it is a humiliation, and that is why we must be ready for the escalation."
L["ukrainska-pravda-2022-01-27-kuleba-us-response"] = [
 ("We saw the text of the American answer before it was passed to Moscow. I can say that there are no surprises and no position in it that would contradict the interests of Ukraine. Its main point is simple: the open door policy of NATO stays, and nobody will discuss Ukraine behind its back.", *KU, "nato-open-door", "supports", 1, D),
 (DET, *KU, "no-ukraine-membership", "rejects", 0, D),
 (DET, *KU, "nato-open-door", "supports", 0, D),
 (Q2, *KU, "rollback-to-1997", "rejects", 1, D),
 (Q2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Also, the minister said that Ukraine supports the dialogue of US and Russia on arms control and on the transparency of military exercises, if it will reduce the tension, but \"not at our cost\".", "dmytro-kuleba", 1, "the minister", "limit-military-exercises", "mentions", 0, D),
 ("Kuleba also stressed that the Russian Federation continues to concentrate troops near the Ukrainian border and in Belarus, and that the only way for Moscow to show seriousness of its intentions is de-escalation and the withdrawal of these forces.", *KU, "russia-de-escalation", "supports", 0, D),
 ("Earlier, President Volodymyr Zelensky said in his evening address on Wednesday that Ukraine would not turn from its course toward membership in NATO under the pressure of the Kremlin.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Any bargain in which the membership prospect of Ukraine is frozen for twenty years would be the new Munich. Our partners know it, and we remind them every day.", "svitlana-hrytsenko", 1, "Hrytsenko", "no-ukraine-membership", "rejects", 1, ""),
 (OH, "volodymyr-ohryzko", 1, "Ohryzko", "no-intermediate-range-missiles", "mentions", 1, ""),
 (OH, "volodymyr-ohryzko", 1, "Ohryzko", "limit-military-exercises", "mentions", 1, ""),
 (BG, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (BG, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (BG, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that the American answer gives \"grounds for a serious conversation\" on secondary issues, but not on the main question of NATO non-expansion.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
]

D = "2022-02-01"
P = ("vladimir-putin", 1, "Mr Putin")
THEN = "He then went through them one by one: no further expansion of Nato, no deployment of strike weapons close to Russia's frontiers, and a return of the alliance's military infrastructure in Europe to where it stood in 1997, when the Nato-Russia Founding Act was signed."
NO = "Nato officials say privately they have offered Moscow more than at any point since the end of the Cold War: talks on limiting missiles in Europe, on notifying each other of large exercises, even on restoring the military hotlines that fell silent in 2021."
GM1 = "He has banked the offers on missiles and drills, and he keeps the big demands alive,"
LOB = "Without a legal text that closes the door to Ukraine, the Kremlin cannot declare victory and go home,"
AIN = "Frankly, a formal moratorium on enlargement costs Nato nothing - nobody is going to admit Ukraine in the next 15 years anyway,"
L["bbc-2022-02-02-putin-breaks-silence-analysis"] = [
 ("It's already clear now that the fundamental Russian concerns were ignored,", *P, "", "", 1, D),
 (THEN, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (THEN, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (THEN, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a Nato member and starts a military operation to retake Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Are we supposed to go to war with the Nato bloc over Ukraine?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("I hope that we will eventually find a solution, although we understand it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 (NO, "nato", 0, "Nato officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (NO, "nato", 0, "Nato officials", "limit-military-exercises", "mentions", 0, ""),
 (NO, "nato", 0, "Nato officials", "resume-military-dialogue", "mentions", 0, ""),
 ("White House Press Secretary Jen Psaki said on Tuesday that the door to diplomacy remained open, but that Russia would have to pull back the forces it has massed along Ukraine's borders if it wanted to be taken seriously.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, D),
 (GM1, "gideon-marsh", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (GM1, "gideon-marsh", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Ukraine's membership is the one question he will not let go of.", "gideon-marsh", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Yevgeny Lobanov, a foreign policy analyst in Moscow who has advised the Russian parliament, thinks only a treaty will do.", "yevgeny-lobanov", 1, "Yevgeny Lobanov", "written-legal-guarantees", "mentions", 0, ""),
 (LOB, "yevgeny-lobanov", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (LOB, "yevgeny-lobanov", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (AIN, "rachel-ainsworth", 1, "Dr Rachel Ainsworth", "nato-non-expansion", "supports", 1, ""),
 (AIN, "rachel-ainsworth", 1, "Dr Rachel Ainsworth", "no-ukraine-membership", "mentions", 1, ""),
 ("That is a minority view in Nato capitals, where leaders insist they will not sign away anyone's right to choose.", "nato", 0, "Nato capitals", "nato-open-door", "supports", 0, ""),
]

RY = "Speaking after the Geneva session, Deputy Foreign Minister Sergei Ryabkov described Moscow's insistence that Ukraine never join the alliance as \"absolutely mandatory.\""
DR = "But it explains why the drafts ask for things no American administration could sign: a halt to enlargement codified in law, the withdrawal of allied forces and infrastructure from the states that joined after 1997, and an end to Western military cooperation with Ukraine, Georgia and the other non-member states of the former Soviet Union."
L["rand-2022-01-20-treaty-drafts-opening-bid"] = [
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 (RY, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, ""),
 (DR, "russia", 0, "the drafts", "nato-non-expansion", "supports", 0, ""),
 (DR, "russia", 0, "the drafts", "written-legal-guarantees", "supports", 0, ""),
 (DR, "russia", 0, "the drafts", "rollback-to-1997", "supports", 0, ""),
 (DR, "russia", 0, "the drafts", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia's draft proposes not to deploy them where they can reach the other side's territory.", "russia", 0, "Russia's draft", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The Russians have put their real asks in the middle of the document, under the headlines about Ukraine,", "thomas-brennecke", 1, "Thomas Brennecke", "", "", 1, ""),
 ("If Washington engages there, it gets something; if it only argues about the headlines, it gets nothing.", "thomas-brennecke", 1, "Thomas Brennecke", "", "", 1, ""),
]

D = "2022-02-02"
H = ("pekka-haavisto", 1, "Pekka Haavisto")
H2 = "Among other things, Russia demands that NATO gives up further enlargement and that the alliance does not station forces or weapons in the member states that joined after 1997. For Finland, the most important point is clear: every state has the right to choose its security arrangements, and Finland keeps the possibility to apply for NATO membership. This so-called NATO option is ours, and nobody else's."
H3 = "Finland has taken part in the preparation of the answers of NATO and the European Union, and we support the line that the partners have chosen: dialogue is possible on arms control, on risk reduction and on the transparency of exercises, but not on the principles of the Helsinki Final Act. We also call on Russia to reduce its troop presence near Ukraine and to return to the path of de-escalation."
HE2 = "I also want to say that some of the proposals in the Russian drafts, for example on not placing medium-range missiles in Europe and on limiting large military exercises near borders, are ideas which the Finnish peace movement and many researchers have supported for a long time. They should not be thrown away only because they come from Moscow."
SA = "Here we hear again that the Russian drafts are partly reasonable. I do not accept this. When Russia says that no NATO country may have exercises or forces in its neighbourhood, it means also our neighbourhood, Estonia and the Baltic states."
H5 = "And to representative Heikkilä: arms control is in the interest of Finland, and the written answer of the United States also proposes discussions on missiles. But these discussions must be reciprocal, and they cannot be linked to the demand that the alliance closes its doors."
L["eduskunta-2022-02-02-plenary-security-situation"] = [
 ("Honourable Speaker! Since December, the security environment of Finland has been more tense than at any time in the past decades. Russia has concentrated large forces on the borders of Ukraine and in Belarus, and it has presented to the United States and to NATO demands which touch the core of European security order.", *H, "", "", 1, D),
 (H2, *H, "nato-non-expansion", "rejects", 1, D),
 (H2, *H, "rollback-to-1997", "mentions", 1, D),
 (H2, *H, "nato-open-door", "supports", 1, D),
 (H2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (H2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (H3, *H, "limit-military-exercises", "mentions", 1, D),
 (H3, *H, "russia-de-escalation", "supports", 1, D),
 ("Honourable Speaker! I thank the Minister for the clear words. The demands Moscow published in December are nothing else than an attempt to return Europe to the age of spheres of influence. If we accept that a great power can forbid a neighbour from joining an alliance, we accept that our own freedom of choice is only borrowed.", "jussi-pekka-rantala", 1, "Jussi-Pekka Rantala", "nato-open-door", "supports", 1, D),
 ("Therefore I ask the Government: is it not time to update the assessment of the effects of NATO membership for Finland, so that we are ready if the situation demands quick decisions?", "jussi-pekka-rantala", 1, "Jussi-Pekka Rantala", "", "", 1, D),
 ("Honourable Speaker! The Left Alliance does not accept threats and the concentration of troops either. But we must be careful that in this hurry we do not take decisions which are not based on a calm analysis. Military non-alignment has served Finland well for decades.", "aino-heikkila", 1, "Aino Heikkilä", "", "", 1, D),
 (HE2, "aino-heikkila", 1, "Aino Heikkilä", "no-intermediate-range-missiles", "supports", 1, D),
 (HE2, "aino-heikkila", 1, "Aino Heikkilä", "limit-military-exercises", "supports", 1, D),
 (SA, "timo-salminen", 1, "Timo Salminen", "limit-military-exercises", "rejects", 1, D),
 (SA, "timo-salminen", 1, "Timo Salminen", "rollback-to-1997", "rejects", 1, D),
 (SA, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (SA, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Finland cannot let another state decide about our Defence Forces' cooperation. Our exercises with Sweden, with the United States and with the United Kingdom will continue, and the Finns Party will not accept any limitation to them which is demanded from outside.", "timo-salminen", 1, "Timo Salminen", "limit-military-exercises", "rejects", 1, D),
 ("Honourable Speaker! Briefly on the question of representative Rantala. The Government follows the situation daily, and the reports on foreign and security policy give the frame. The Government does not see that the situation requires the update of the assessment today, but the possibility exists.", *H, "", "", 1, D),
 (H5, *H, "no-intermediate-range-missiles", "mentions", 1, D),
 (H5, *H, "nato-non-expansion", "rejects", 1, D),
 (H5, *H, "nato-open-door", "supports", 1, D),
]

write_gold(L, "articles-304", "gold-304")
