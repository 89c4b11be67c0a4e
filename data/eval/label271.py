#!/usr/bin/env python3
"""Writes the held-out gold of batch 271 (gold-271/*.nq) from the labels below.

Batch 271 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-12-nato-russia-council-brussels: AP Brussels story (front matter,
  curly quotes); Moscow's demand in the lede next to NATO's, quotes interrupted by
  "he said", "not a menu" reported speech about unspecified demands, Baker 1990 and
  Bucharest 2008 background, an analyst, a lawmaker's demand-less quote.
- bbc-2022-01-26-us-written-reply-russia: BBC News story (no front matter,
  "Published / 26 January 2022", image captions, "Read more" link, "Nato" spelling);
  the US reply, Blinken/Stoltenberg/Peskov/Lavrov/Kuleba, an analyst, Moscow in passing.
- kommersant-2022-01-14-ryabkov-interview: machine-translated Kommersant interview
  with Deputy Foreign Minister Ryabkov (front matter, « » headline, dash Q/A with no
  speaker labels, "the NATO", scare quotes inside answers, a question quoting Sherman).
- euractiv-2022-01-13-osce-vienna-security-talks: Euractiv (front matter, "READ ALSO"
  lines, editor line); OSCE Permanent Council: Rau, Lukashevich, Carpenter, Borrell,
  invented MEPs (one rejecting, one open to a freeze) and a researcher.
- gov-uk-2022-01-21-truss-russia-de-escalate: GOV.UK FCDO press release with Truss's
  remarks (UTF-8 BOM, CRLF, no front matter, multi-paragraph quote with no closing
  marks between paragraphs, standfirst, Background section on the 17 December drafts).
- kremlin-2022-01-28-security-council-meeting: Kremlin transcript (no front matter,
  speaker labels with titles, Putin/Lavrov/Shoigu/Patrushev, procedural lines).
- npr-2022-01-27-analyst-us-reply-russia: NPR radio transcript (front matter, host
  labels, soundbites, Lavrov via an unidentified interpreter, an analyst with stances
  of her own, Moscow's demands reported inside her answers).

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

AP1 = "NATO and Russia ended more than four hours of talks on Wednesday without any sign of a breakthrough, as Moscow held fast to its demand for assurances that Ukraine will never be allowed into the military alliance and NATO allies insisted that no outside power can dictate who joins."
AP4 = "Stoltenberg said the 30 allies had offered to hold a series of meetings on arms control, on where missiles are deployed in Europe and on more openness about military exercises, but that Russia had not been ready to agree to a timetable."
AP5 = "He said the alliance would not give ground on what he called “core principles,” among them the right of each nation to choose its own path."
AP6 = "Russia cannot have a veto on whether Ukraine can become a NATO member,"
AP7 = "Ukraine’s relationship with NATO will be decided by the 30 allies and Ukraine. No one else."
AP9 = "For us, it is absolutely mandatory to have a legally binding guarantee that the alliance will stop moving east,"
AP10 = "He said Moscow also wanted NATO to pull back the forces and weaponry it has sent to its eastern members in recent years, and to stop what he called “provocative” drills close to Russia’s frontiers."
AP12 = "U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said allies had told Moscow plainly that it must pull back the roughly 100,000 troops it has massed near Ukraine’s border."
AP13 = "We were very clear that we will not close the door that NATO has kept open to European countries for more than seven decades,"
AP14 = "Sherman said Washington remained willing to talk about reciprocal limits on the size and scope of military exercises and on where certain missiles could be based, but not “with a gun to Ukraine’s head.”"
AP17 = "In Moscow, Kremlin spokesman Dmitry Peskov said Wednesday that the Geneva round had produced “some grounds for cautious optimism” but that Russia still expected concrete answers on its main demand, an end to NATO’s expansion toward its borders."
AP20 = "Moscow is essentially asking NATO to undo a quarter-century of history in Central Europe, and it knows perfectly well what the answer will be,"
L["ap-2022-01-12-nato-russia-council-brussels"] = [
 (AP1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-12"),
 (AP1, "nato", 0, "NATO allies", "nato-open-door", "supports", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge. But it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 (AP4, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (AP4, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (AP5, "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 (AP6, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (AP6, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 (AP7, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 (AP7, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 (AP9, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (AP9, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 (AP10, "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-12"),
 (AP10, "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (AP10, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2022-01-12"),
 (AP10, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (AP12, "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, "2022-01-12"),
 (AP13, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-12"),
 (AP13, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 (AP14, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (AP14, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("We don’t know whether the Russians are serious about the diplomatic path,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-12"),
 ("We’ll know it when we see it.", "wendy-sherman", 1, "she", "", "", 1, "2022-01-12"),
 ("legally binding, watertight and not open to any interpretation.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (AP17, "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (AP17, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Russia has also demanded that the alliance formally withdraw that 2008 promise.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (AP20, "jan-hoekstra", 1, "Jan Hoekstra", "rollback-to-1997", "mentions", 1, ""),
 (AP20, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If we start trading away the security of small countries to calm down a big one, we will have a much more dangerous Europe in five years,", "rimantas-kazlauskas", 1, "Rimantas Kazlauskas", "", "", 1, ""),
]

B1 = "The United States has handed Russia a written reply to its demands for sweeping security guarantees, refusing to rule out Ukraine ever joining Nato but offering talks on arms control and military transparency."
B2 = "There is no change, and there will be no change. The door to Nato stays open, and it is not for Moscow to close it,"
B3 = "He said the US had put forward ideas on reciprocal transparency about where missiles are stationed in Europe and about the scale of military exercises, \"on the condition that Russia reciprocates\"."
B4 = "Foreign Minister Sergei Lavrov has said repeatedly that the central issue for Moscow is a guarantee that Nato will stop expanding eastward and will not deploy strike weapons near Russia's borders."
B5 = "Washington has offered the Kremlin a menu of arms control, but not the one dish it ordered, which is a promise that Ukraine stays out of Nato for good,"
L["bbc-2022-01-26-us-written-reply-russia"] = [
 (B1, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (B2, "antony-blinken", 1, "Mr Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (B2, "antony-blinken", 1, "Mr Blinken", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 (B2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (B3, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (B3, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("The ball is in their court.", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("Mr Blinken said the US would also keep pressing Russia to pull its forces back from Ukraine's borders, where Western officials estimate more than 100,000 troops are now stationed.", "antony-blinken", 1, "Mr Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Secretary General Jens Stoltenberg said the alliance was prepared to listen to Russia's concerns and to restore the offices that the two sides closed last year, so that channels between their militaries could work again.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to sit down and talk, but we will not compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Mr Stoltenberg said the alliance's reply also called on Russia to withdraw its troops from Ukraine, Georgia and Moldova, where they are stationed without the consent of those countries.", "jens-stoltenberg", 1, "Mr Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("It would be wrong to rush to any conclusions, we need time to analyse the text,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-26"),
 (B4, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 (B4, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, ""),
 (B4, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (B4, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("to be drowned in endless discussions", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-26"),
 ("It is important for us that the United States has not made any concessions at the expense of Ukraine, and that the principle of nothing about Ukraine without Ukraine holds,", "dmytro-kuleba", 1, "Mr Kuleba", "", "", 1, "2022-01-26"),
 (B5, "marcus-holloway", 1, "Dr Marcus Holloway", "no-ukraine-membership", "mentions", 1, ""),
 (B5, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Dr Holloway said the offer on missiles was nonetheless significant, because it echoed a proposal Moscow itself had made after the collapse of the Intermediate-Range Nuclear Forces (INF) Treaty in 2019.", "marcus-holloway", 1, "Dr Holloway", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Moscow has since argued that the alliance should be rolled back to where it stood in 1997, when Nato and Russia signed the Founding Act, a demand Western governments describe as a non-starter.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

K = "sergei-ryabkov"; KN = "Sergey Ryabkov"; KD = "2022-01-13"
K1 = "I would not use such categories. The conversation in Geneva was difficult, long, professional, without the attempts to embellish. But on the key issues, which are most important for us, we did not hear anything that would give reason to talk about progress. On the main thing we have a deadlock."
K2 = "It is very simple. We need the NATO to stop its movement to the east, and we need it fixed on paper, in the form of a legally binding document. The Americans say to us: let us discuss a moratorium, let us discuss some political declarations. No. A moratorium can be lifted the next morning, and declarations have been given to us before, and we know their price."
K3 = "We heard it many times. But let me repeat: for us it is absolutely necessary that Ukraine and Georgia never, under any circumstances, become members of the NATO. And the formula of Bucharest, where it was written that they \"will become members\", must be disavowed. Without it, the security situation in Europe will not become more stable."
K4 = "These are topics which we ourselves put into our drafts, so of course we are ready to work on them. Ground-based intermediate and shorter-range missiles should not be placed in the areas from which they can reach the territory of the other side. The same concerns exercises near the borders, there should be clear limits. But I want to say it clearly: it is impossible to take out only these elements and forget the rest. It is not a buffet."
K5 = "This is absurd. We are moving our troops on our own territory, and we will not take advice from anyone about where they must be located. There will be no \"de-escalation\" on command from Washington or from Brussels, the word is simply used to put pressure on us."
K6 = "On the military channels, probably, yes. We consider it useful to restore the normal contacts between the military of Russia and the NATO, which were frozen by the alliance's decision in 2014. The regular dialogue between the military is the minimal condition so that incidents do not happen."
K7 = "We went to Geneva without any preconditions, and we expect the same approach from the other side. But I do not see much sense in meeting again and again only to repeat the same positions. We are waiting for a written answer, article by article, to our drafts."
K8 = "Then we will take other measures, including measures of military-technical character. I do not want to go into details. The President has spoken about this, and everything is clear."
K9 = "This is their position, we know it. But the \"open door\" is not a principle of international law. Nobody has the right to strengthen own security at the expense of security of others, this obligation was accepted by everybody in Istanbul in 1999 and in Astana in 2010. We are not going to beg the Americans. We will insist."
L["kommersant-2022-01-14-ryabkov-interview"] = [
 (K1, K, 1, KN, "", "", 1, KD),
 (K2, K, 1, KN, "nato-non-expansion", "supports", 1, KD),
 (K2, K, 1, KN, "written-legal-guarantees", "supports", 1, KD),
 (K3, K, 1, KN, "no-ukraine-membership", "supports", 1, KD),
 (K3, K, 1, KN, "rescind-bucharest-2008", "supports", 1, KD),
 (K4, K, 1, KN, "no-intermediate-range-missiles", "supports", 1, KD),
 (K4, K, 1, KN, "limit-military-exercises", "supports", 1, KD),
 (K5, K, 1, KN, "russia-de-escalation", "rejects", 1, KD),
 (K6, K, 1, KN, "resume-military-dialogue", "supports", 1, KD),
 (K7, K, 1, KN, "no-preconditions", "supports", 1, KD),
 (K8, K, 1, KN, "", "", 1, KD),
 (K9, K, 1, KN, "nato-open-door", "rejects", 1, KD),
]

E = "2022-01-13"
E1 = "He said Russia needed firm guarantees that NATO would not station offensive weapons systems on the territory of Ukraine or of other states bordering Russia."
E2 = "Carpenter said the United States would not negotiate about Ukraine's future over Kyiv's head and would not accept any limits on which countries could apply to join NATO."
E3 = "What the Kremlin calls security guarantees is in reality a demand that NATO abandons its eastern members and that countries like Ukraine or Georgia give up their right to choose. This is unacceptable for Poland and it should be unacceptable for the whole EU,"
E4 = "Moscow wants a new Yalta, signed and legally binding. The West is offering a return to the arms control agenda of the 1980s. These two things do not meet,"
L["euractiv-2022-01-13-osce-vienna-security-talks"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, E),
 ("Rau said the organisation remained the natural forum for a discussion on arms control, transparency about military manoeuvres and risk reduction, and offered to host further talks.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, E),
 ("the same old talk about confidence-building", "alexander-lukashevich", 1, "He", "", "", 1, E),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, E),
 (E1, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, E),
 (E1, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, E),
 ("The alliance, he added, had to stop using Ukraine as a training ground.", "alexander-lukashevich", 1, "he", "no-military-activity-ex-soviet", "supports", 0, E),
 ("The US ambassador to the OSCE, Michael Carpenter, said Washington was facing “a crisis in European security” and that the build-up of Russian forces had to be reversed.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, E),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, E),
 (E2, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, E),
 (E2, "michael-carpenter", 1, "Carpenter", "nato-non-expansion", "rejects", 0, E),
 ("European security is our security, and there can be no discussion about it without us,", "josep-borrell", 1, "Josep Borrell", "", "", 1, E),
 ("Borrell said the bloc stood with Ukraine and expected Russia to pull back its forces and return to the negotiating table “in good faith”.", "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 0, E),
 (E3, "katarzyna-wroblewska-lind", 1, "Katarzyna Wróblewska-Lind", "rollback-to-1997", "rejects", 1, ""),
 (E3, "katarzyna-wroblewska-lind", 1, "Katarzyna Wróblewska-Lind", "no-ukraine-membership", "rejects", 1, ""),
 (E3, "katarzyna-wroblewska-lind", 1, "Katarzyna Wróblewska-Lind", "nato-open-door", "supports", 1, ""),
 (E3, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (E3, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("German Left MEP Jonas Hellwig said the EU should take Russia's security concerns seriously and that a freeze on NATO enlargement could be “a price worth discussing” if it prevented a war.", "jonas-hellwig", 1, "Jonas Hellwig", "nato-non-expansion", "mentions", 0, ""),
 (E4, "gustav-lindqvist", 1, "Lindqvist", "written-legal-guarantees", "mentions", 1, ""),
 (E4, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

G = "2022-01-21"
G3 = "NATO is a defensive alliance. It is for sovereign nations to decide their own future and their own alliances, not for the Kremlin to decide it for them. Demands that NATO shut its doors to new members, or that it withdraw from the countries that joined it after the Cold War, are a non-starter."
G5 = "The UK's Permanent Representative to NATO, David Quarrey, said after the NATO-Russia Council in Brussels on 12 January that allies had put a serious agenda to Russia but would never bargain away the right of countries such as Ukraine and Georgia to seek membership of the Alliance."
G6 = "On 17 December 2021 Russia published two draft agreements, with the United States and with NATO, setting out a series of demands including on NATO enlargement and on the deployment of forces and weapons in countries that joined the Alliance after 1997."
L["gov-uk-2022-01-21-truss-russia-de-escalate"] = [
 ("The Kremlin has not learnt the lessons of history. Invading Ukraine will only lead to a terrible quagmire and loss of life, as we know from the Soviet-Afghan war and the conflict in Chechnya.", "liz-truss", 1, "Liz Truss", "", "", 1, G),
 ("Russia must desist, de-escalate and move its forces away from Ukraine's border. That is the only way to create the space for genuine dialogue.", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 1, G),
 (G3, "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 1, G),
 (G3, "liz-truss", 1, "Liz Truss", "nato-non-expansion", "rejects", 1, G),
 (G3, "liz-truss", 1, "Liz Truss", "rollback-to-1997", "rejects", 1, G),
 ("At the same time, we are prepared to talk about reciprocal measures to build trust, including on transparency over military exercises and on arms control, as we and our allies made clear in Brussels and Vienna last week.", "liz-truss", 1, "Liz Truss", "limit-military-exercises", "mentions", 1, G),
 ("Ukraine has every right to defend itself, and the support we are providing is entirely defensive in nature. It poses no threat to Russia,", "james-cleverly", 1, "Mr Cleverly", "", "", 1, ""),
 ("He added that the UK wanted to see Russia and NATO re-establish regular contact between their armed forces, to reduce the risk of miscalculation.", "james-cleverly", 1, "He", "resume-military-dialogue", "supports", 0, ""),
 (G5, "david-quarrey", 1, "David Quarrey", "nato-open-door", "supports", 0, "2022-01-12"),
 (G5, "david-quarrey", 1, "David Quarrey", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 (G6, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (G6, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

R = "2022-01-28"
R1 = "We have received the responses and are studying them carefully, together with other agencies. I can already say that they contain no positive reaction to the main question. Our main question is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation."
R2 = "Our Western colleagues keep repeating that every state has the right to choose its alliances freely. They forget, or prefer to forget, the second half of the same commitment, adopted at the OSCE summits in Istanbul and in Astana: no state may strengthen its own security at the expense of the security of others. We intend to send an official request to our colleagues asking them to explain how exactly they understand this obligation."
R3 = "There are things in the responses which can be the basis for serious talks, but only on secondary matters. These are the questions of intermediate-range and shorter-range missiles, of transparency and limits on exercises, and of measures to prevent incidents at sea and in the air. We raised these questions ourselves long ago, and we are ready to work on them, but not in isolation from the main issue."
R6 = "Over the past year the intensity of NATO's operational and combat training near our borders has grown substantially. Strategic bombers of the United States are flying within twenty kilometres of the state border, and the number of exercises in the Black Sea region has doubled. We believe such drills should be limited and moved away from the line of contact between Russia and the alliance."
L["kremlin-2022-01-28-security-council-meeting"] = [
 ("We have several issues on the agenda today, but I would like to begin with the international situation. As you know, on January 26, our American partners and the NATO leadership handed over their written responses to our proposals on security guarantees.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, R),
 ("Mr Lavrov, please tell us how the Foreign Ministry assesses these documents.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, R),
 (R1, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, R),
 (R1, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, R),
 (R2, "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 1, R),
 (R3, "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "supports", 1, R),
 (R3, "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "supports", 1, R),
 ("I want to stress once again that what we need are not words and not promises, but legally binding guarantees, formalised on paper. We have already been given oral assurances once, in the early 1990s, and we know how that ended.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, R),
 ("As for the so-called de-escalation that our partners keep talking about, Russia is moving its own units on its own territory and will not ask anybody for permission to do so.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, R),
 (R6, "sergei-shoigu", 1, "Sergei Shoigu", "limit-military-exercises", "supports", 1, R),
 (R6, "sergei-shoigu", 1, "Sergei Shoigu", "no-warships-aircraft-in-strike-range", "supports", 1, R),
 ("We also see that the alliance is conducting what is in practice the military development of the territory of Ukraine: instructors, supplies of weapons, the construction of facilities. This activity in states that are not members of NATO must stop.", "sergei-shoigu", 1, "Sergei Shoigu", "no-military-activity-ex-soviet", "supports", 1, R),
 ("Mr President, I have nothing to add on this issue. I would suggest moving on to the next item on the agenda.", "nikolai-patrushev", 1, "Nikolai Patrushev", "", "", 1, R),
]

N = "2022-01-27"; M = "olena-marchuk"; MN = "MARCHUK"
N1 = "From what we know, it offers to talk about things that Russia itself put on the table in December: where intermediate-range missiles can be deployed, how big military exercises can be and how close to the border, and ways to avoid dangerous incidents between ships and planes. Those are real topics. Some of them are in the Russian drafts almost word for word."
N2 = "Not the big one. Moscow wants a signed promise that NATO never takes in Ukraine, and the U.S. has said no, in writing this time. And honestly, I think that is the right answer. If you give Russia a veto over who joins the alliance, you are telling every small country in Europe that its future is decided in Moscow."
N3 = "I would want to be sure that any deal on missiles or exercises is truly reciprocal, that it doesn't leave Ukraine in some kind of gray zone. The Russian draft also says NATO should not have any military activity in Ukraine or in the other former Soviet states. That would freeze Ukraine out of training and exercises with its partners, and I think Kyiv will never agree to that."
N5 = "More, by some estimates. And the U.S. and NATO are saying that for any of this to go anywhere, those troops have to go back. Russia says it can move troops wherever it likes on its own territory. So we have a standoff there too."
L["npr-2022-01-27-analyst-us-reply-russia"] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "ANTONY BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no positive answer on the main issue. The main issue is our clear position that NATO must not expand further to the east.", "sergei-lavrov", 1, "SERGEY LAVROV", "nato-non-expansion", "supports", 1, N),
 (N1, M, 1, MN, "no-intermediate-range-missiles", "mentions", 1, N),
 (N1, M, 1, MN, "limit-military-exercises", "mentions", 1, N),
 (N1, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (N1, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (N2, M, 1, MN, "no-ukraine-membership", "rejects", 1, N),
 (N2, M, 1, MN, "nato-open-door", "supports", 1, N),
 (N2, M, 1, MN, "written-legal-guarantees", "mentions", 1, N),
 (N2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (N2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (N3, M, 1, MN, "no-intermediate-range-missiles", "mentions", 1, N),
 (N3, M, 1, MN, "limit-military-exercises", "mentions", 1, N),
 (N3, M, 1, MN, "no-military-activity-ex-soviet", "rejects", 1, N),
 (N3, "russia", 0, "The Russian draft", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("I think that's overdue, frankly. When the generals are not talking to each other, the chance of an accident turning into something bigger goes up. Both sides should want that, whatever happens with the rest.", M, 1, MN, "resume-military-dialogue", "supports", 1, N),
 (N5, M, 1, MN, "russia-de-escalation", "mentions", 1, N),
 (N5, "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("I don't think anyone outside a very small circle in the Kremlin knows that. He has kept all of his options open, and that is deliberate.", M, 1, MN, "", "", 1, N),
]

write_gold(L, "articles-271", "gold-271")
