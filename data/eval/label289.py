#!/usr/bin/env python3
"""Writes the held-out gold of batch 289 (gold-289/*.nq) from the labels below.

Batch 289 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- the-new-york-times-2022-01-27-written-answers-analysis: NYT news analysis of the
  26 January written answers; curly quotes, a quote of Lavrov whose demand is only
  defined in the next quote, Baker/Gorbachev and Bucharest background, analysts,
  a "has said" statement without a day, Russia as a complaining actor.
- ria-novosti-2022-01-13-ryabkov-lukashevich-wire: RIA Novosti wire items in
  machine-translated English; « » quotes followed by "- said", time stamps,
  "READ ALSO" links, "According to him" reported speech, moratorium wording,
  Moscow's demands inside Lukashevich's sentence.
- us-senate-foreign-relations-committee-2022-01-27-nuland-hearing: SFRC hearing
  transcript with speaker labels; senators only ask questions (unlabelled), each
  Nuland paragraph a direct quotation; the Kremlin's and Russia's demands named in
  passing inside her answers; offers to discuss (mentions) vs refusals.
- euractiv-2022-01-13-nato-russia-council-differences: Euractiv story on the
  NATO-Russia Council, OSCE and the Brest Gymnich; straight quotes, interrupted
  quotes, crossheads, READ link, an MEP and an analyst, actors in the lead.
- novaya-gazeta-2022-01-24-interview-former-diplomat: Novaya Gazeta Q&A in
  translation with dashes (BOM, CRLF); an independent ex-diplomat who sometimes
  takes his own stance (arms control yes, 1997 rollback no, moratorium instead of
  a treaty) and sometimes only explains Moscow's demands.
- lrt-2022-01-27-radio-interview-steponaviciene: LRT English radio interview
  transcript (host/guest labels) with a Lithuanian MP; multi-paragraph answers,
  Moscow's demands attributed in passing, small talk paragraphs.
- kyodo-2022-01-22-blinken-lavrov-geneva: Kyodo English wire on Blinken-Lavrov in
  Geneva; dateline, weekday dates (Friday/Tuesday), the Kremlin speaking as an
  organisation, NATO officials, Japanese politicians and an analyst, a denial.

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

D = "the-new-york-times-2022-01-27-written-answers-analysis"
bl_rep = "Mr. Blinken said the reply, which was coordinated with European allies and shown to Ukraine before it was sent, offered reciprocal transparency measures on offensive missile systems in Ukraine and talks on the size and scope of military exercises in Europe."
lav_main = "The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
kh = "What the Americans have done is take the parts of the Russian list that were always negotiable — where intermediate-range missiles can go, how big exercises can be — and put them on the table, while declining the parts that were written to be declined,"
ry = "Sergei A. Ryabkov, the deputy foreign minister who led Russia’s delegation at the Geneva talks this month, has said that a guarantee that Ukraine will never become a member of the alliance is an absolute must for Moscow."
L[D] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Secretary of State Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 (bl_rep, "antony-blinken", 1, "Mr. Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 (bl_rep, "antony-blinken", 1, "Mr. Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("no positive answer on the main issue,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (lav_main, "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (lav_main, "sergei-lavrov", 1, "Mr. Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It would be wrong to rush to conclusions,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 (kh, "samantha-kerrigan-holt", 1, "Samantha Kerrigan-Holt", "no-intermediate-range-missiles", "mentions", 1, ""),
 (kh, "samantha-kerrigan-holt", 1, "Samantha Kerrigan-Holt", "limit-military-exercises", "mentions", 1, ""),
 ("Nobody in Moscow seriously expected Washington to sign away Ukraine’s future membership,", "samantha-kerrigan-holt", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("The question is whether Putin wanted a no so that he could act on it.", "samantha-kerrigan-holt", 1, "she", "", "", 1, ""),
 ("We continue to see the Russians add forces, not take them away, and that is the opposite of de-escalation,", "john-kirby", 1, "John F. Kirby", "russia-de-escalation", "supports", 1, "2022-01-26"),
 (ry, "sergei-ryabkov", 1, "Sergei A. Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 (ry, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Russia has complained for years that the United States and NATO stopped talking to its generals after 2014, and the American reply is understood to suggest restoring some of those channels.", "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 ("reopening the lines between our militaries is in both our interests, and it is not a concession.", "jake-sullivan", 1, "Jake Sullivan", "resume-military-dialogue", "supports", 1, "2022-01-26"),
]

D = "ria-novosti-2022-01-13-ryabkov-lukashevich-wire"
acc = "According to him, the American side in Geneva was not ready to give the legally fixed guarantees about non-expansion of the alliance to the east, and without this the impasse remains."
luk = "He reminded that Moscow demands the removal of the infrastructure of the alliance which was deployed after 1997, and the refusal from exercises near the Russian borders."
carp = "American permanent representative Michael Carpenter at the same session stated that Washington will not discuss with Moscow the closing of doors of NATO for new members."
L[D] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes member of NATO", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 (acc, "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (acc, "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("We do not need verbal assurances, we need the legal guarantees, on paper, with signatures", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("The diplomat added that talk in the West about possible pause in the admission of new members does not change the situation.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("Moratorium, about which some people in the West speak, does not suit us, this is not serious", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("If we do not hear a constructive answer to our proposals in a reasonable time frame and the aggressive line of behavior against Russia continues, we will be forced to take the necessary measures", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 (luk, "alexander-lukashevich", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-13"),
 (luk, "alexander-lukashevich", 1, "He", "limit-military-exercises", "supports", 0, "2022-01-13"),
 (luk, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (luk, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (carp, "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 (carp, "michael-carpenter", 1, "Michael Carpenter", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("NATO is instrument of geopolitical conquest, and not organization which is interested in the security, this was confirmed in Brussels", "maria-zakharova", 1, "she", "", "", 1, "2022-01-13"),
 ("She also stated that any agreements must be fixed on paper and have the legal binding force, since the West already once deceived Russia with oral promises.", "maria-zakharova", 1, "She", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The alliance showed no readiness to take into account our proposal that it stop the military activity in the countries, which are not members of NATO, including Ukraine and Georgia", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-12"),
 ("If there is a threat to our security, we will answer it by the military-technical means, and the alliance should not have illusions", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("We see the unwillingness to take into account our concerns about the non-expansion of NATO, this is very bad", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-13"),
]

D = "us-senate-foreign-relations-committee-2022-01-27-nuland-hearing"
N = "victoria-nuland"
p1 = "Chairman Menendez, Ranking Member Risch, members of the committee, thank you for the opportunity to appear today at what is a genuinely dangerous moment for European security."
p2 = "Yesterday, Ambassador Sullivan delivered our written response to the Russian Government's proposals in Moscow, and NATO delivered its own response in parallel. We did this in full coordination with our allies and partners, and with Ukraine, and nothing in our paper was a surprise to Kyiv."
p3 = "Let me be clear about what is not in it. We did not, and we will not, trade away the right of Ukraine or any other sovereign state to choose its own security arrangements. NATO's door remains open. That principle is written into the Helsinki Final Act, into the Charter of Paris, and, yes, into the 1997 Founding Act that Moscow itself signed."
p4 = "What is in it is a serious offer. We are prepared to discuss reciprocal limits on the deployment of ground-launched intermediate-range missiles in Europe, building on the INF Treaty that Russia violated. We are prepared to talk about the size, the scope and the notification of military exercises, on both sides of the line. And we have proposed a transparency mechanism to confirm that there are no Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia gives us reciprocal transparency at two bases of our choosing in Russia."
p5 = "But none of that can happen at gunpoint. Russia now has more than 100,000 troops around Ukraine's borders, and more are arriving in Belarus every day. If the Kremlin is serious about diplomacy, the first step is obvious: pull those forces back."
p6 = "Thank you. I look forward to your questions."
p7 = "No, Mr. Chairman. There is no version of that. Nobody gets a veto over NATO's membership decisions, not Moscow, not anyone else."
p8 = "Because Bucharest is where the allies said that Georgia and Ukraine will become members of NATO. The Kremlin has never accepted that, and in these drafts they are asking us, in effect, to tear up a summit declaration that thirty allies still stand behind. We won't do it."
p9 = "And I would note that Ukraine is not going to join NATO tomorrow; everybody in this room knows that. The question is who decides. The answer is Ukraine and the thirty allies, not a neighbor with tanks on the border."
p10 = "Senator, we have been very clear with Moscow that our security assistance to Ukraine is defensive, and it will continue. We are not going to accept any arrangement under which the United States cannot train with or support a partner in the former Soviet space because Russia objects to it."
p11 = "Since last year we have committed $650 million in security assistance to Ukraine, and a further package is moving as we speak."
p12 = "I won't speculate about what President Putin will decide. What I can tell you is that we have put a real path on the table, and that we are equally prepared for the other path, which is massive consequences for the Russian economy if he moves further into Ukraine."
p13 = "We have also said to the Russians that we are ready to restore regular channels between our militaries, which have withered since 2014, so that an accident does not turn into a war. That is something both sides should want."
p14 = "That is not something we have put on the table, Senator, and I would not expect it to be."
d = "2022-01-27"
L[D] = [
 (p1, N, 1, "Ms. NULAND", "", "", 1, d),
 (p2, N, 1, "Ms. NULAND", "", "", 1, d),
 (p3, N, 1, "Ms. NULAND", "nato-open-door", "supports", 1, d),
 (p3, N, 1, "Ms. NULAND", "no-ukraine-membership", "rejects", 1, d),
 (p4, N, 1, "Ms. NULAND", "no-intermediate-range-missiles", "mentions", 1, d),
 (p4, N, 1, "Ms. NULAND", "limit-military-exercises", "mentions", 1, d),
 (p5, N, 1, "Ms. NULAND", "russia-de-escalation", "supports", 1, d),
 (p6, N, 1, "Ms. NULAND", "", "", 1, d),
 (p7, N, 1, "Ms. NULAND", "nato-non-expansion", "rejects", 1, d),
 (p7, N, 1, "Ms. NULAND", "nato-open-door", "supports", 1, d),
 (p8, N, 1, "Ms. NULAND", "rescind-bucharest-2008", "rejects", 1, d),
 (p8, "russia", 0, "The Kremlin", "rescind-bucharest-2008", "supports", 0, ""),
 (p8, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (p9, N, 1, "Ms. NULAND", "nato-open-door", "supports", 1, d),
 (p10, N, 1, "Ms. NULAND", "no-military-activity-ex-soviet", "rejects", 1, d),
 (p10, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (p11, N, 1, "Ms. NULAND", "", "", 1, d),
 (p12, N, 1, "Ms. NULAND", "", "", 1, d),
 (p13, N, 1, "Ms. NULAND", "resume-military-dialogue", "supports", 1, d),
 (p14, N, 1, "Ms. NULAND", "no-warships-aircraft-in-strike-range", "rejects", 1, d),
]

D = "euractiv-2022-01-13-nato-russia-council-differences"
lead = "NATO and Russia ended their first formal talks in more than two years without a breakthrough on Wednesday (12 January), with the alliance refusing to give up its open-door policy and Moscow insisting on written guarantees, as EU foreign ministers gathered in Brest on Thursday to discuss how not to be sidelined."
stol = "Stoltenberg said the allies had reaffirmed that they would not compromise on core principles, including the right of each nation to choose its own path, and that Russia would have no veto over whether Ukraine joins the alliance."
arms = "Allies are ready to sit down again and discuss arms control, including on missiles, as well as transparency and risk reduction around military exercises,"
gru = "We told them clearly that the enlargement of NATO must stop, and that we need it on paper, legally binding, not as a promise that can be forgotten,"
van = "Rolling the alliance back to 1997, as the Kremlin wants, would mean leaving Poles and Balts with second-class security, and no European government will put its name to that,"
rein = "Thomas Reinholt, a senior fellow at the European Policy Centre, said the Kremlin's insistence on a signed, ratified treaty was designed from the start to be refused."
L[D] = [
 (lead, "nato", 0, "the alliance", "nato-open-door", "supports", 0, "2022-01-12"),
 (lead, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 (stol, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (stol, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 (arms, "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 (arms, "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("He also called on Moscow to pull back the troops it has massed near Ukraine and to de-escalate the situation.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 (gru, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (gru, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("The alliance should have no illusions about this,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("We will ensure our security by other means if it becomes necessary.", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("According to diplomats present in the room, the Russian side also pressed the allies on the withdrawal of multinational battlegroups from the Baltic states and Poland, which NATO deployed after Russia annexed Crimea in 2014.", "russia", 0, "the Russian side", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("A sphere of influence is not a concept that belongs in the 21st century. Countries choose their alliances, full stop,", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-13"),
 ("There cannot be a discussion about European security without the Europeans,", "josep-borrell", 1, "he", "", "", 1, "2022-01-13"),
 (van, "liesbeth-vanderhoeven", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 (van, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (rein, "thomas-reinholt", 1, "Thomas Reinholt", "written-legal-guarantees", "mentions", 0, ""),
 (rein, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("The Russians know no NATO government can accept a ban on Ukraine's membership. The demand is there to be rejected,", "thomas-reinholt", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("What happens after the rejection is the real question.", "thomas-reinholt", 1, "he", "", "", 1, ""),
]

D = "novaya-gazeta-2022-01-24-interview-former-diplomat"
T = "yevgeny-tarasevich"
t = "Yevgeny Tarasevich"
d = "2022-01-22"
a2 = "Because the Kremlin's whole argument rests on a story about deception. In 1990 Baker told Gorbachev about \"not one inch to the east\", nobody wrote it down, and since then our leadership has repeated that verbal promises from the West are worth nothing. Hence the demand for a treaty, with ratification, with signatures."
a3 = "Not all of them. Look at the second half of the list: intermediate-range missiles, the scale of exercises, bombers flying along the borders. This is the classic arms-control agenda, and here, in my view, a deal is both possible and necessary. I negotiated on such things in Vienna myself, and I would sign such an agreement tomorrow."
a7 = "A moratorium. Not a treaty, not a promise forever, but a pause on enlargement for, say, twenty years, plus an arms-control package. The Americans could live with it. The question is whether Moscow can, since Moscow has already said that a moratorium does not suit it."
L[D] = [
 ("\"Useful\" in diplomatic language means that nobody walked out. Nothing more. The Americans promised to give their answers in writing next week, and our side agreed to wait. That is the whole result.", T, 1, t, "", "", 1, d),
 (a2, T, 1, t, "written-legal-guarantees", "mentions", 1, d),
 (a2, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("But let us be honest: no American Senate will ratify a treaty that forbids Ukraine to join NATO. Sixty-seven votes for that? It's fantasy. In Moscow they know this perfectly well.", T, 1, t, "no-ukraine-membership", "mentions", 1, d),
 (a3, T, 1, t, "no-intermediate-range-missiles", "supports", 1, d),
 (a3, T, 1, t, "limit-military-exercises", "supports", 1, d),
 (a3, T, 1, t, "no-warships-aircraft-in-strike-range", "supports", 1, d),
 ("That is a different story. To demand that American troops leave Poland and the Baltic states is to demand the impossible, and I personally consider that point a mistake. It has frightened precisely those countries with which we should be talking.", T, 1, t, "rollback-to-1997", "rejects", 1, d),
 ("I don't know, and I'm afraid nobody in Moscow knows except one person. The troops near the Ukrainian border did not arrive there for exercises. And the more of them there are, the harder it is for anyone in the West to make concessions, because any concession looks like surrender to pressure.", T, 1, t, "", "", 1, d),
 ("If I were advising the Kremlin, I would pull part of the forces back now. It would cost nothing and would change the whole atmosphere.", T, 1, t, "russia-de-escalation", "supports", 1, d),
 ("Formally, yes. The principle that each state chooses its own alliances is written into documents that Moscow signed, including the Charter of Paris and the Istanbul declaration of 1999. Our diplomats prefer to quote the other half of those same documents, that no one should strengthen its security at the expense of others.", T, 1, t, "nato-open-door", "mentions", 1, d),
 (a7, T, 1, t, "nato-non-expansion", "supports", 1, d),
 (a7, T, 1, t, "written-legal-guarantees", "rejects", 1, d),
 (a7, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Thank you. Let us hope we are still talking about diplomacy in a month.", T, 1, t, "", "", 1, d),
]

D = "lrt-2022-01-27-radio-interview-steponaviciene"
V = "vilija-steponaviciene"
v = "STEPONAVIČIENĖ"
d = "2022-01-27"
b3 = "This is the irony. Moscow demands that NATO scale back its exercises near Russia's borders, while it moves tens of thousands of troops into Belarus, a few dozen kilometres from our border. Those troops should go back to where they came from, and then we can talk about exercises."
b6 = "Keep asking for more allied presence, not less. Moscow wants the Americans out of our region; the best answer is a permanent US presence in Lithuania."
L[D] = [
 ("I think the main thing is that the allies did not blink. The answer that went to Moscow yesterday says plainly that the open door stays open. For Lithuania, that was the most important line in the whole document.", V, 1, v, "nato-open-door", "supports", 1, d),
 ("It would mean that the battlegroup in Rukla, the German-led battlegroup, goes home. It would mean no allied fighters on air policing over the Baltics. Basically, it would mean we are members of NATO on paper only. So no, this is not something we will ever accept, and I am glad that nobody in Washington or Brussels is even considering it.", V, 1, v, "rollback-to-1997", "rejects", 1, d),
 ("You know, in 2004, when we joined, people were crying in the streets of Vilnius. I remember it very well.", V, 1, v, "", "", 1, d),
 (b3, V, 1, v, "russia-de-escalation", "supports", 1, d),
 (b3, V, 1, v, "limit-military-exercises", "mentions", 1, d),
 (b3, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("I was worried in December, I will be honest. When the Russian drafts came out, there was a feeling that maybe someone would want a deal, a grand bargain. But Secretary Blinken called our minister before Geneva and after Geneva, and the principle \"nothing about you without you\" has been respected.", V, 1, v, "", "", 1, d),
 ("And the US has only offered to talk about missiles, the intermediate-range ones, and about transparency. These are things that concern all the allies together, not Lithuania alone.", V, 1, v, "no-intermediate-range-missiles", "mentions", 1, d),
 ("Then we will see what Mr. Putin really wanted from the beginning. I am afraid the answer may not be a diplomatic one.", V, 1, v, "", "", 1, d),
 (b6, V, 1, v, "rollback-to-1997", "rejects", 1, d),
 (b6, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

D = "kyodo-2022-01-22-blinken-lavrov-geneva"
d = "2022-01-21"
klead = "U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov agreed Friday to continue dialogue over the Ukraine crisis, but failed to narrow differences over Moscow's demand that NATO halt its eastward expansion, as Russian troops remain massed near the Ukrainian border."
klav = "We need guarantees that are legally binding, that NATO will not move further east and that strike weapons will not be deployed near our borders,"
tan = "Russia has put its maximum demands on the table, but intermediate-range missiles and the scale of military exercises are areas where a compromise is possible,"
nato = "NATO officials said in Brussels that the alliance would deliver its own written reply in parallel with the United States and would again offer talks on the deployment of intermediate-range missiles in Europe and on greater transparency of military exercises."
L[D] = [
 (klead, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We didn't expect any major breakthroughs to come out of today's meeting, but I believe we are now on a clearer path in understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("will not compromise on the principle that countries are free to choose their own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, d),
 ("If Russia wants to begin to convince the world that it has no aggressive intentions toward Ukraine, a very good place to start would be by de-escalating, bringing those forces back,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, d),
 ("Lavrov, speaking at a separate press conference, said he had told Blinken that Moscow was waiting for a written response on all points of its proposals, above all on the non-enlargement of NATO.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, d),
 (klav, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, d),
 (klav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, d),
 (klav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, d),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "the Russian minister", "", "", 1, d),
 ("The Kremlin said Friday that Russian troops would stay on Russian territory as long as the country considered necessary, brushing aside Western calls to pull them back.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, d),
 ("We will not retreat from our demand that Ukraine and Georgia never be admitted to NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("Russia regards the declaration as a direct threat and has asked in its draft treaty that it be annulled.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Any unilateral attempt to change the status quo by force cannot be tolerated, whether in Europe or in Asia,", "fumio-kishida", 1, "Kishida", "", "", 1, d),
 (tan, "kazuhiro-tanimoto", 1, "Kazuhiro Tanimoto", "no-intermediate-range-missiles", "mentions", 1, ""),
 (tan, "kazuhiro-tanimoto", 1, "Kazuhiro Tanimoto", "limit-military-exercises", "mentions", 1, ""),
 ("For Tokyo, the danger is that any concession to Moscow in Europe will be read in Beijing,", "kazuhiro-tanimoto", 1, "Tanimoto", "", "", 1, ""),
 (nato, "nato", 0, "NATO officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (nato, "nato", 0, "NATO officials", "limit-military-exercises", "mentions", 0, ""),
]

write_gold(L, "articles-289", "gold-289")
