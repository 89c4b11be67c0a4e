#!/usr/bin/env python3
"""Writes the held-out gold of batch 209 (gold-209/*.nq) from the labels below.

Batch 209 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nytimes-2022-01-27-written-answers-analysis: New York Times news analysis
  with front matter, kicker, byline, crossheads; quotations interrupted by
  "he said", a two-sentence Lavrov quotation, journalist narrative that
  attributes the drafts' demands to Moscow, anonymous officials, analysts,
  Baker/Gorbachev and Bucharest history, Ryabkov reported on unspecified demands.
- interfax-2022-01-27-peskov-conference-call: Interfax wire from a Peskov
  conference call, no front matter (date in the dateline "MOSCOW. Jan 27
  (Interfax)"), many "he said"/"the Kremlin spokesman" attributions, "Read
  also" link lines, Lavrov and Blinken reported, a closing summary of the
  17 December drafts.
- nato-2022-01-19-joint-press-point-stoltenberg-kallas: NATO transcript, no
  front matter, speaker labels only on the first paragraph of each turn,
  moderator and journalists' questions (unlabelled), demands of Moscow
  named inside Stoltenberg's and Kallas's answers.
- guardian-2022-02-01-putin-breaks-silence: Guardian report from Moscow,
  front matter, curly quotes, photo caption, Putin's three key demands,
  Thomas-Greenfield and Nebenzia at the UN a day earlier ("on Monday"),
  Moscow analysts, Johnson and Zelenskiy in Kyiv.
- rferl-2022-01-18-georgia-moldova-security-guarantees: RFE/RL with a
  regional angle, front matter, double byline; Georgian and Moldovan
  officials (Zalkaliani, Garibashvili, Sandu, Popescu), Ryabkov's
  "never, never, never" recalled by another speaker, sentences mixing a short
  quotation with reported speech, an invented Georgian analyst.
- mid-2022-01-14-statement-osce-permanent-council: Russian Foreign Ministry
  statement on the OSCE Permanent Council of 13 January, unofficial English
  translation with translationese, UTF-8 BOM and CRLF line ends, no front
  matter; quotations from the Istanbul Charter inside the ministry's own
  paragraphs, Lukashevich reported inside a paragraph. The ministry's own
  published statement is treated like a transcript: each paragraph of its
  text is one direct quotation of russian-foreign-ministry.
- cbs-2022-01-30-face-the-nation-sherman: CBS "Face the Nation" transcript,
  front matter, upper-case speaker labels, host Margaret Brennan's questions
  (unlabelled) naming Russian demands, Wendy Sherman's answers over one or
  two paragraphs.

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

Also: a Russia label attributed in passing carries direct 0 and the same evidence
as the sentence or quotation it sits in. Narrative sentences that describe what
the 17 December drafts ask for are labelled as Russia's (direct 0), dated
2021-12-17 only when the sentence names that day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

# ---------------------------------------------------------------- NYT, 2022-01-27 (Thursday)
n_offer = "What it does offer, according to two officials who have read it, is a negotiation over where missiles may be placed in Europe, reciprocal limits on the size and proximity of military exercises, and a set of \"transparency measures\" the Pentagon has wanted for years anyway."
n_veto = "The gamble in Washington is that Mr. Putin can be offered enough of what his own diplomats call the secondary questions to climb down from a confrontation of his own making — without being handed the veto over NATO enlargement that the Kremlin has sought since it published two draft treaties on Dec. 17."
n_lavrov = "There is no positive reaction on the main issue. The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
n_drafts = "The December drafts would also have NATO pull its forces back to where they stood in 1997, before the alliance took in its first former Warsaw Pact members, and would bar it from any military activity in Ukraine, the South Caucasus or Central Asia."
n_loz1 = "The Kremlin asked for a legally binding answer on enlargement, and what it received is a polite letter,"
n_loz2 = "A letter can be withdrawn by the next administration. That is exactly the problem Moscow said it wanted to solve."
n_design = "That, officials in Washington say, is by design: It leaves Mr. Putin room to declare that he has won something — talks on missiles in Romania and Poland, perhaps, or limits on bomber flights near Russia's borders — or to declare that the West has ignored him."
L["nytimes-2022-01-27-written-answers-analysis"] = [
 (n_offer, "united-states", 0, "two officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (n_offer, "united-states", 0, "two officials", "limit-military-exercises", "mentions", 0, ""),
 ("The door to NATO is open and remains open, and that is our commitment,", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("He added that the United States had also set down in writing its demand that Russia pull back the more than 100,000 troops now camped within reach of Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (n_veto, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("For us it is absolutely mandatory to make sure that NATO does not expand any further to the east,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("Everything else is a derivative of that.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-26"),
 (n_lavrov, "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (n_lavrov, "sergei-lavrov", 1, "Mr. Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "He", "", "", 1, "2022-01-27"),
 ("It is that last sentence, more than any brigade in Poland or the Baltics, that Russian officials want struck from the record.", "russia", 0, "Russian officials", "rescind-bucharest-2008", "supports", 0, ""),
 (n_drafts, "russia", 0, "The December drafts", "rollback-to-1997", "supports", 0, ""),
 (n_drafts, "russia", 0, "The December drafts", "no-military-activity-ex-soviet", "supports", 0, ""),
 (n_loz1, "yevgenia-lozovskaya", 1, "Yevgenia Lozovskaya", "written-legal-guarantees", "mentions", 1, ""),
 (n_loz1, "yevgenia-lozovskaya", 1, "Yevgenia Lozovskaya", "nato-non-expansion", "mentions", 1, ""),
 (n_loz1, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (n_loz1, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 (n_loz2, "yevgenia-lozovskaya", 1, "Yevgenia Lozovskaya", "written-legal-guarantees", "mentions", 1, ""),
 (n_loz2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("It says yes to almost everything that can be verified and no to everything that is political. The question is whether Putin wanted verifiable things in the first place.", "fiona-hartwell", 1, "Fiona Hartwell", "", "", 1, ""),
 ("In Brussels, Jens Stoltenberg, NATO's secretary general, said on Wednesday that the alliance had sent its own, separate reply and that it would not bargain away the right of each European nation to pick its own alliances.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("He also urged Moscow, again, to pull back its forces from around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("There are no positions in it that Ukraine would object to,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-27"),
 ("no need to rush to any conclusions.", "dmitry-peskov", 1, "Dmitri S. Peskov", "", "", 1, "2022-01-27"),
 (n_design, "united-states", 0, "officials in Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (n_design, "united-states", 0, "officials in Washington", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("He has built a ladder and a cliff at the same time,", "fiona-hartwell", 1, "Ms. Hartwell", "", "", 1, ""),
 ("We will find out in the next few weeks which one he wanted.", "fiona-hartwell", 1, "Ms. Hartwell", "", "", 1, ""),
]

# ---------------------------------------------------------------- Interfax, 2022-01-27 (Thursday)
i_main = "Our position on the main issue is known to everybody: Russia needs guarantees that are legally binding, fixed on paper, that NATO will not move further towards our borders. Such guarantees we do not see in these texts,"
i_door = "Washington repeats that the door of NATO is open. We repeat that for us this door must be closed for Ukraine, and that this is not a question of somebody's wishes but a question of our security."
i_lav = "Lavrov said that the main question remains Russia's clear position on the inadmissibility of NATO expansion to the east and of the deployment of strike weapons which can threaten the territory of Russia."
i_bl = "Blinken said on Wednesday that the American document offers Moscow negotiations on reciprocal restrictions on the deployment of intermediate-range missiles in Europe and on the parameters of military exercises, but makes no concessions on the principle that every country can choose its alliances."
i_dr = "The Russian proposals published on December 17 include, in particular, the obligation of NATO not to expand further to the east, including by the accession of Ukraine, the refusal of deployment of strike weapon systems near Russian borders, and the return of the alliance's military infrastructure to the positions of May 1997, when the Russia-NATO Founding Act was signed."
L["interfax-2022-01-27-peskov-conference-call"] = [
 ("The president has familiarized himself with the texts. It will take some time, we will not hurry with conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("It cannot be said that our considerations were taken into account or that readiness was shown to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("But we will not hurry with assessments.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (i_main, "dmitry-peskov", 1, "the Kremlin spokesman", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 (i_main, "dmitry-peskov", 1, "the Kremlin spokesman", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("no room for ambiguous interpretations.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("There are some elements which, in principle, can be the subject of a conversation, but they relate to secondary matters,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("Commenting on statements by U.S. Secretary of State Antony Blinken that the open-door policy of the alliance will not be revised, Peskov said:", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (i_door, "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, "2022-01-27"),
 (i_door, "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("To a question about Western calls to withdraw Russian troops from the border with Ukraine, the Kremlin spokesman answered that Russia moves its armed forces within its own territory and does not owe explanations to anyone about it.", "dmitry-peskov", 1, "the Kremlin spokesman", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Demands that we pull our troops back from our own territory are absolutely inappropriate, we cannot accept such a formulation of the question,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("The Americans asked that this is not made public, and we respect this for the moment. The ministry of foreign affairs will decide on it,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("can be organized quickly if there is a need,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 (i_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (i_lav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 (i_bl, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (i_bl, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (i_bl, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (i_dr, "russia", 0, "The Russian proposals", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (i_dr, "russia", 0, "The Russian proposals", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (i_dr, "russia", 0, "The Russian proposals", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 (i_dr, "russia", 0, "The Russian proposals", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

# ---------------------------------------------------------------- NATO transcript, 2022-01-19
D = "2022-01-19"
S, SN = "jens-stoltenberg", "Jens Stoltenberg"
K, KN = "kaja-kallas", "Kaja Kallas"
s1 = "Good afternoon. Prime Minister Kallas, dear Kaja, it is great to welcome you back to NATO Headquarters."
s2 = "Estonia is a highly valued Ally. You spend more than two percent of GDP on defence, you contribute to our missions and operations, and you host one of our battlegroups, led by the United Kingdom, at Tapa. Our presence in Estonia is defensive, it is proportionate, and it is there to prevent conflict, not to provoke it."
s3 = "We meet at a critical moment for European security. Russia continues its military build-up in and around Ukraine, with tens of thousands of combat-ready troops, heavy weapons and armour. And now also with forces moving into Belarus. There is no transparency, and no de-escalation. I call on Russia to pull back its forces and to choose the path of dialogue."
s4 = "Last week, all thirty Allies sat down with Russia in the NATO-Russia Council. It was a difficult discussion, but an important one. We made clear that NATO is ready to engage with Russia on arms control, including on missiles in Europe, on more transparency about military exercises, and on risk reduction, including by re-establishing our offices in Moscow and Brussels and by using our military lines of communication."
s5 = "At the same time, we will not compromise on core principles. Each nation has the right to choose its own path. It is for Ukraine and thirty Allies to decide when Ukraine is ready to join NATO. Russia has no veto, and Russia has no right to establish a sphere of influence to control its neighbours."
s6 = "And we will not create first-class and second-class members of this Alliance. Moscow wants us to withdraw our forces from the Allies that joined after 1997. That is not going to happen. We have the right to protect and defend all Allies, including Estonia."
k1 = "Thank you, Jens. Thank you for your leadership in these very difficult weeks."
k2 = "I want to be very clear about what the Russian documents of December actually ask for. They ask NATO to leave the eastern flank undefended, they ask Ukraine and Georgia to give up forever their right to apply for membership, and they ask us to accept that there are countries in Europe whose choices are made in Moscow. These are not proposals for negotiation. They are designed to be rejected."
k3 = "For Estonia, the idea of going back to 1997 is not an abstract arms control question. It would mean that the Allied soldiers who are in Tapa today would go home, and that we would be a member of NATO only on paper. We cannot accept that, and I am grateful that no Ally has suggested that we should."
k4 = "What we need now is more Allied presence on the eastern flank, not less. Estonia is ready to host additional forces, and we are discussing this with our Allies."
k5 = "And let me say one more thing. We should not have talks about Ukraine without Ukraine, and we should not have talks about Europe without Europe. Thank you."
s7 = "We constantly assess our posture, and we have already increased our presence in the eastern part of the Alliance. Allies are now considering deploying additional battlegroups to the south-east, and I welcome the announcements by several Allies that they are sending more ships and planes. We will do what is necessary to protect and defend all Allies."
s8 = "What Russia is demanding is the opposite: that we reduce our presence and that we stop exercising on our own territory. We will not accept that our forces cannot train where they are deployed."
k6 = "I have no such fear. I have spoken with President Biden's team many times, and the principle is very clear. Nothing about us without us."
s9 = "We are now preparing written proposals, in close consultation with all Allies, and also in close coordination with the United States, which is preparing its own response. We are ready to put our proposals in writing, but we will not put in writing anything that undermines the right of nations to choose."
s10 = "So there will be no guarantee that Ukraine will never become a member. That would violate the core principles we have all signed up to, including Russia, in the Helsinki Final Act and in the Paris Charter."
k7 = "Estonia has no offensive weapons aimed at anybody. We are a small country with a long memory, and we know what it means to be left in a grey zone. Russia says it wants no strike weapons near its borders, but it has Iskander missiles in Kaliningrad, a few hundred kilometres from Tallinn."
k8 = "If Russia is worried about missiles, then there is a place to discuss that, and NATO has said it is ready. But to discuss missiles is one thing, to demand that we become second-class members is something else."
L["nato-2022-01-19-joint-press-point-stoltenberg-kallas"] = [
 (s1, S, 1, SN, "", "", 1, D),
 (s2, S, 1, SN, "", "", 1, D),
 (s3, S, 1, SN, "russia-de-escalation", "supports", 1, D),
 (s4, S, 1, SN, "no-intermediate-range-missiles", "mentions", 1, D),
 (s4, S, 1, SN, "limit-military-exercises", "mentions", 1, D),
 (s4, S, 1, SN, "resume-military-dialogue", "supports", 1, D),
 (s5, S, 1, SN, "nato-open-door", "supports", 1, D),
 (s5, S, 1, SN, "no-ukraine-membership", "rejects", 1, D),
 (s6, S, 1, SN, "rollback-to-1997", "rejects", 1, D),
 (s6, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (k1, K, 1, KN, "", "", 1, D),
 (k2, K, 1, KN, "rollback-to-1997", "rejects", 1, D),
 (k2, K, 1, KN, "no-ukraine-membership", "rejects", 1, D),
 (k2, K, 1, KN, "nato-open-door", "supports", 1, D),
 (k2, "russia", 0, "the Russian documents", "rollback-to-1997", "supports", 0, ""),
 (k2, "russia", 0, "the Russian documents", "no-ukraine-membership", "supports", 0, ""),
 (k3, K, 1, KN, "rollback-to-1997", "rejects", 1, D),
 (k4, K, 1, KN, "", "", 1, D),
 (k5, K, 1, KN, "", "", 1, D),
 (s7, S, 1, SN, "", "", 1, D),
 (s8, S, 1, SN, "rollback-to-1997", "rejects", 1, D),
 (s8, S, 1, SN, "limit-military-exercises", "rejects", 1, D),
 (s8, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (s8, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (k6, K, 1, KN, "", "", 1, D),
 (s9, S, 1, SN, "nato-open-door", "supports", 1, D),
 (s9, S, 1, SN, "written-legal-guarantees", "mentions", 1, D),
 (s10, S, 1, SN, "no-ukraine-membership", "rejects", 1, D),
 (s10, S, 1, SN, "nato-open-door", "supports", 1, D),
 (k7, K, 1, KN, "no-strike-weapons-near-borders", "mentions", 1, D),
 (k7, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (k8, K, 1, KN, "no-intermediate-range-missiles", "mentions", 1, D),
 (k8, K, 1, KN, "rollback-to-1997", "rejects", 1, D),
 (k8, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]

# ---------------------------------------------------------------- Guardian, 2022-02-01 (Tuesday)
g_key = "We did not see an adequate consideration of our three key demands: preventing Nato’s expansion, refusing to deploy strike weapons systems near Russia’s borders, and returning the military infrastructure of the bloc in Europe to the state of 1997, when the Nato-Russia Founding Act was signed."
g_vor2 = "The Americans offered talks on missiles and exercises. I think Moscow will take those talks, and it will keep the rest of the list on the table as a grievance."
g_ark1 = "The Kremlin has spent two months telling the country that the question of Nato’s eastward expansion must be closed forever,"
P = "2022-02-01"
L["guardian-2022-02-01-putin-breaks-silence"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, P),
 (g_key, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, P),
 (g_key, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, P),
 (g_key, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, P),
 ("Ukraine itself is just a tool to reach this goal,", "vladimir-putin", 1, "he", "", "", 1, P),
 ("It can be done in different ways – by drawing us into some armed conflict and then, with the help of their allies in Europe, forcing through those tough sanctions they are talking about in the US today.", "vladimir-putin", 1, "he", "", "", 1, P),
 ("Putin returned repeatedly to the idea that Kyiv’s eventual entry into Nato would bring the alliance into direct conflict with Moscow.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, P),
 ("Imagine that Ukraine is a Nato member and starts a military operation to take back Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, P),
 ("Are we supposed to go to war with the Nato bloc? Has anyone thought about that? It seems not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, P),
 ("He also dismissed the western argument that every country is free to choose its alliances, citing the 1999 Istanbul charter and the 2010 Astana declaration of the Organization for Security and Co-operation in Europe, which say that states should not strengthen their security at the expense of others.", "vladimir-putin", 1, "He", "nato-open-door", "rejects", 0, P),
 ("that in the end we will find a solution, although it is not easy", "vladimir-putin", 1, "Putin", "", "", 1, P),
 ("They are attempting, without any factual basis, to paint Ukraine and western countries as the aggressors to fabricate a pretext for attack,", "linda-thomas-greenfield", 1, "she", "", "", 1, "2022-01-31"),
 ("She called on Moscow to pull its forces back and de-escalate.", "linda-thomas-greenfield", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("He said the deployment of troops on Russian territory was nobody’s business but Russia’s.", "vasily-nebenzia", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-31"),
 ("He has restated the maximum demands, but he has not issued an ultimatum, and that is the important thing today,", "tatiana-vorontsova", 1, "Tatiana Vorontsova", "", "", 1, P),
 (g_vor2, "tatiana-vorontsova", 1, "Tatiana Vorontsova", "no-intermediate-range-missiles", "mentions", 1, P),
 (g_vor2, "tatiana-vorontsova", 1, "Tatiana Vorontsova", "limit-military-exercises", "mentions", 1, P),
 (g_ark1, "gleb-arkhipov", 1, "he", "nato-non-expansion", "mentions", 1, P),
 (g_ark1, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("It cannot now present a deal on exercises as a victory.", "gleb-arkhipov", 1, "he", "limit-military-exercises", "mentions", 1, P),
 ("Boris Johnson, who had been due to speak to Putin by phone on Monday, was instead in Kyiv on Tuesday, where he said that the UK would not accept any attempt by Russia to veto Ukraine’s choices, including on Nato.", "boris-johnson", 1, "Boris Johnson", "nato-open-door", "supports", 0, P),
 ("It is vital that Russia steps back and engages in dialogue,", "boris-johnson", 1, "Johnson", "russia-de-escalation", "supports", 1, P),
 ("Zelenskiy, who has tried for weeks to play down talk of an imminent invasion, said Ukraine needed economic stability as much as weapons, and repeated that only Ukrainians would decide whether their country joined Nato.", "volodymyr-zelensky", 1, "Zelenskiy", "nato-open-door", "supports", 0, P),
]

# ---------------------------------------------------------------- RFE/RL, 2022-01-18 (Tuesday)
r_draft = "And both are named, if not by name, in the draft treaty Moscow published on December 17, which would bar the United States from setting up bases in former Soviet states that are not NATO members and from \"developing bilateral military cooperation\" with them."
r_z1 = "We heard in Geneva that Ukraine and Georgia must never, never, never become members of NATO,"
r_z2 = "This is not a security guarantee. This is an attempt to decide the future of sovereign countries without them."
r_ry = "Zalkaliani was referring to remarks made by Russian Deputy Foreign Minister Sergei Ryabkov after his talks with U.S. Deputy Secretary of State Wendy Sherman on January 10, when Ryabkov said Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" and insisted that Ukraine's and Georgia's path into NATO be closed."
r_z3 = "The decision of 2008 is not a piece of paper that can be taken back because someone in Moscow asks for it,"
r_gar = "He told journalists in Tbilisi on January 14 that Georgia's NATO aspirations were written into its constitution and that no third country could veto them, but he also said Georgia would \"not become a battlefield for anybody's interests.\""
r_mold = "But the Russian draft's ban on Western military cooperation with non-NATO former Soviet states would hit Moldova directly, officials and analysts say."
r_sandu = "Our neutrality is our choice, not a gift from Moscow, and it does not mean that we can be told who may train our soldiers,"
r_kv1 = "What Moscow is asking for is a formal zone of exclusion from Brest to Batumi and down to Central Asia, where the West may not station a soldier or train an officer,"
L["rferl-2022-01-18-georgia-moldova-security-guarantees"] = [
 (r_draft, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("For Georgia, which was promised at NATO's 2008 summit in Bucharest that it would one day join the alliance, the Russian text goes further still: Moscow wants that promise formally revoked.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (r_z1, "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "mentions", 1, "2022-01-17"),
 (r_z2, "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 1, "2022-01-17"),
 (r_z2, "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 1, "2022-01-17"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (r_ry, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Zalkaliani said Tbilisi had received assurances from Washington and from NATO headquarters that the Bucharest decision remained in force.", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-01-17"),
 (r_z3, "david-zalkaliani", 1, "he", "rescind-bucharest-2008", "rejects", 1, "2022-01-17"),
 (r_z3, "russia", 0, "someone in Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (r_gar, "irakli-garibashvili", 1, "He", "nato-open-door", "supports", 0, "2022-01-14"),
 (r_gar, "irakli-garibashvili", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-14"),
 ("not become a battlefield for anybody's interests.", "irakli-garibashvili", 1, "he", "", "", 1, "2022-01-14"),
 ("Speaking at a special session of the OSCE Permanent Council in Vienna on January 13, Russia's envoy, Aleksandr Lukashevich, said the OSCE principle of indivisible security meant that the expansion of one bloc could not come at the expense of others.", "alexander-lukashevich", 1, "Aleksandr Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (r_mold, "moldova", 0, "officials and analysts", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (r_mold, "russia", 0, "the Russian draft", "no-military-activity-ex-soviet", "supports", 0, ""),
 (r_sandu, "maia-sandu", 1, "President Maia Sandu", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-15"),
 (r_sandu, "maia-sandu", 1, "President Maia Sandu", "nato-open-door", "supports", 1, "2022-01-15"),
 ("Russia speaks in Vienna about indivisible security, but it keeps its soldiers in Moldova without our consent,", "andrei-cernat", 1, "he", "", "", 1, ""),
 ("If there is a discussion about who should leave whose territory, we would like to be part of it.", "andrei-cernat", 1, "he", "", "", 1, ""),
 ("Moldovan Foreign Minister Nicu Popescu said on January 14 that Chisinau supported the right of every state to choose its security arrangements, \"including the right to remain neutral.\"", "nicu-popescu", 1, "Nicu Popescu", "nato-open-door", "supports", 0, "2022-01-14"),
 (r_kv1, "nino-kvirikashvili", 1, "Nino Kvirikashvili", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (r_kv1, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Whether it gets that in a treaty or not, it wants Georgians and Moldovans to believe it already has it.", "nino-kvirikashvili", 1, "Nino Kvirikashvili", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Kvirikashvili said she did not expect NATO to give Georgia a membership date anytime soon, but that formally renouncing the Bucharest language would be a disaster for the region.", "nino-kvirikashvili", 1, "Kvirikashvili", "rescind-bucharest-2008", "rejects", 0, ""),
 ("If the alliance takes back the promise of 2008 under pressure, every government in the neighborhood will understand that the map is drawn in Moscow,", "nino-kvirikashvili", 1, "she", "rescind-bucharest-2008", "rejects", 1, ""),
]

# ---------------------------------------------------------------- Russian MFA statement, 2022-01-14
M, MN, MD = "russian-foreign-ministry", "Ministry of Foreign Affairs of Russia", "2022-01-14"
m1 = "On 13 January 2022 in Vienna a special meeting of the OSCE Permanent Council was held, which was devoted to the Russian initiatives on providing legally binding security guarantees in the Euro-Atlantic region. The meeting completed the series of contacts in different formats which was launched by the Russian-American consultations in Geneva on 10 January and continued by the session of the Russia-NATO Council in Brussels on 12 January."
m2 = "We note that the discussion in the Organization confirmed the relevance of the questions raised by Russia. At the same time, we have to state that the majority of Western participants preferred to replace the substantive conversation with the familiar set of accusations about the so-called \"Russian aggression\" and the \"concentration of troops\" on the territory of our own country. We consider such attempts to dictate to Russia where it may place its armed forces on its own territory as absolutely unacceptable and not relevant to the subject of discussion."
m3 = "Russia proceeds from the fact that the principle of indivisibility of security, solemnly fixed by the heads of states and governments of all OSCE participating States in the Charter for European Security adopted in Istanbul in 1999 and in the Astana Declaration of 2010, has not a selective but a comprehensive character. The right of states to freely choose the ways of ensuring their security, including alliances, is inseparably connected in these documents with the obligation not to strengthen their own security at the expense of the security of other States. Western colleagues prefer to recall only the first half of this formula. We draw attention that without the second half, the so-called \"open door\" policy of NATO turns into a licence for unlimited movement of the military infrastructure of the bloc to the borders of Russia, what we cannot and will not accept."
m4 = "As was stressed in the statement of the Permanent Representative of the Russian Federation to the OSCE A.K.Lukashevich, the continuation of NATO's eastward expansion and the deployment of offensive weapons systems on the territory of neighbouring states to Russia create for our country the threats of unacceptable character. Russia insists on the legally fixed refusal from further enlargement of the alliance, including the accession of Ukraine, and from the deployment near Russian borders of strike weapons systems which could threaten our security."
m4a = "As was stressed in the statement of the Permanent Representative of the Russian Federation to the OSCE A.K.Lukashevich, the continuation of NATO's eastward expansion and the deployment of offensive weapons systems on the territory of neighbouring states to Russia create for our country the threats of unacceptable character."
m5 = "We underline again that political declarations and verbal assurances, as experience of the 1990s showed, cannot be a basis for security in Europe. Russia needs guarantees which will be legally binding and which cannot be revised by the next administration or by a decision of the North Atlantic Council. Any temporary moratoriums or \"pauses\" are not a subject of consideration."
m6 = "The Russian side is ready to examine in the OSCE format the concrete questions of confidence and security building measures, including notification and restriction of military exercises in the zones adjacent to the line of contact between Russia and NATO. We note, however, that such questions have a subordinate character and cannot replace the answer to the key demands set out in the Russian drafts of 17 December 2021."
m7 = "We were also attentive to the statement of the Chairman-in-Office of the OSCE, Minister of Foreign Affairs of Poland Z.Rau, that the risk of war in the OSCE area is now greater than at any time in the last thirty years. We share the concern about the state of European security, but we are convinced that the reasons of this situation must be searched not in Moscow but in the consistent policy of the NATO countries of moving the infrastructure of the alliance eastward in violation of the assurances given to the Soviet leadership in 1990."
m8 = "We expect that the OSCE Chairmanship will act in an impartial manner, in accordance with its mandate, and will not allow the Organization to become an instrument of one group of states against another."
m9 = "Russia remains open to dialogue. But we will not allow the dragging out of the negotiation process. We await from Washington and from Brussels concrete written answers to our proposals, article by article, within a short time. In the absence of a constructive answer Russia will be forced to take measures of a military-technical character for ensuring its own security."
L["mid-2022-01-14-statement-osce-permanent-council"] = [
 (m1, M, 0, MN, "written-legal-guarantees", "supports", 1, MD),
 (m2, M, 0, MN, "russia-de-escalation", "rejects", 1, MD),
 (m3, M, 0, MN, "nato-non-expansion", "supports", 1, MD),
 (m3, M, 0, MN, "nato-open-door", "rejects", 1, MD),
 (m4, M, 0, MN, "nato-non-expansion", "supports", 1, MD),
 (m4, M, 0, MN, "no-ukraine-membership", "supports", 1, MD),
 (m4, M, 0, MN, "no-strike-weapons-near-borders", "supports", 1, MD),
 (m4, M, 0, MN, "written-legal-guarantees", "supports", 1, MD),
 (m4a, "alexander-lukashevich", 1, "A.K.Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (m4a, "alexander-lukashevich", 1, "A.K.Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 (m5, M, 0, MN, "written-legal-guarantees", "supports", 1, MD),
 (m6, M, 0, MN, "limit-military-exercises", "mentions", 1, MD),
 (m7, M, 0, MN, "nato-non-expansion", "supports", 1, MD),
 (m8, M, 0, MN, "", "", 1, MD),
 (m9, M, 0, MN, "", "", 1, MD),
]

# ---------------------------------------------------------------- CBS Face the Nation, 2022-01-30
W, WN, WD = "wendy-sherman", "Wendy Sherman", "2022-01-30"
c0 = "Good morning, Margaret. Thank you for having me."
c1 = "We were very clear in Geneva, and we have been clear in writing. We are not going to let anyone slam closed NATO's open-door policy. That has been a bedrock of the alliance since 1949, and it is not up to Russia to decide who can and who cannot apply."
c2 = "What we did put on the table are areas where we think we can make real progress, if Russia is serious. We said we are prepared to talk about the deployment of offensive missiles in Ukraine and in Europe, on a reciprocal basis. We are prepared to talk about the scope and scale of exercises, both NATO's and Russia's, and about measures so that our planes and our ships don't have dangerous encounters. These are things that enhance the security of everyone, including Russia."
c3 = "Some of these things could well end up in agreements with legal force, arms control agreements always have. But what we are not going to do is sign a treaty that says a sovereign country like Ukraine can never make its own choice. That's not a negotiation. That's a demand for capitulation by someone else, on their behalf."
c4 = "It was raised, and we told them directly that it's a non-starter. We are not going to go back to some world where half of Europe is a buffer zone. The president has said we will defend every inch of NATO territory, and he means it."
c5 = "I don't think anybody knows if he has made a final decision, quite frankly, perhaps not even the people closest to him. But everything we see indicates he will use military force sometime, perhaps between now and the middle of February. We are very aware that the Olympics begin on February 4th."
c6 = "The simplest way to resolve this is for Russia to de-escalate, to return those troops to their barracks, and come back to the table. That's what we have asked for from day one."
c7 = "We have always said that military-to-military communication is important, particularly at a moment like this one, to avoid miscalculation. We are open to more of it. But it is not a favor to Russia. It's in everyone's interest."
c8 = "We are in constant contact with President Zelenskyy and his team. We understand that he has an economy to protect and a population he doesn't want to frighten. But we also have a responsibility to tell the world what we see."
c9 = "We are working very closely with Senators Menendez and Risch and we welcome the work. The sanctions we have prepared with our European partners are severe, and they are ready. Whether they are imposed before or after is a judgment about deterrence, and we believe holding them in reserve gives Mr. Putin one more reason to choose diplomacy."
L["cbs-2022-01-30-face-the-nation-sherman"] = [
 (c0, W, 1, WN, "", "", 1, WD),
 (c1, W, 1, WN, "nato-open-door", "supports", 1, WD),
 (c1, W, 1, WN, "nato-non-expansion", "rejects", 1, WD),
 (c2, W, 1, WN, "no-strike-weapons-near-borders", "mentions", 1, WD),
 (c2, W, 1, WN, "no-intermediate-range-missiles", "mentions", 1, WD),
 (c2, W, 1, WN, "limit-military-exercises", "mentions", 1, WD),
 (c2, W, 1, WN, "no-warships-aircraft-in-strike-range", "mentions", 1, WD),
 (c3, W, 1, WN, "written-legal-guarantees", "mentions", 1, WD),
 (c3, W, 1, WN, "no-ukraine-membership", "rejects", 1, WD),
 (c4, W, 1, WN, "rollback-to-1997", "rejects", 1, WD),
 (c5, W, 1, WN, "", "", 1, WD),
 (c6, W, 1, WN, "russia-de-escalation", "supports", 1, WD),
 (c7, W, 1, WN, "resume-military-dialogue", "supports", 1, WD),
 (c8, W, 1, WN, "", "", 1, WD),
 (c9, W, 1, WN, "", "", 1, WD),
]

write_gold(L, "articles-209", "gold-209")
