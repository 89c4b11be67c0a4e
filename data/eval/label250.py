#!/usr/bin/env python3
"""Writes the held-out gold of batch 250 (gold-250/*.nq) from the labels below.

Batch 250 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-27-lavrov-us-reply: Reuters wire story from Moscow, no front
  matter, "MOSCOW, Jan 27 (Reuters) -" dateline; a quotation interrupted by
  "Lavrov said" and then running over two sentences; the Kremlin's concern named
  in passing in the lede; Blinken on Wednesday vs Lavrov on Thursday; Baker 1990
  background; an analyst and a Duma member without a day.
- the-times-2022-01-13-nato-russia-council: The Times news story with front
  matter, curly quotes, "Mr"/"Ms", "yesterday"/"today" (12 vs 13 January), a
  crosshead, a Stoltenberg quotation split by "he said", Grushko's
  demand-less counter-containment quote, OSCE chair Rau, Bucharest 2008 and the
  1997 Founding Act as background, an MP and a RUSI analyst, "Related" links.
- interfax-2022-01-10-ryabkov-geneva: Interfax English, machine-translated
  style (« » quotes followed by ", - said S.Ryabkov", "According to him"),
  UTF-8 BOM and CRLF line ends, front matter; Sherman reported "As reported"
  without a day; Duma chairman and an MGIMO expert without a day.
- ukrainska-pravda-2022-01-21-kuleba-blinken-lavrov: Ukrainska Pravda in
  English, no front matter; "Quote:", "Details:", "Source:", "Read also:" and
  a "Background:" list (the 17 December drafts labelled as Russia's demands;
  the 2008 Bucharest bullet not); Russia's demand named in passing by Kuleba;
  an MP and an analyst without a day.
- white-house-2022-01-08-background-call-geneva: White House background press
  call transcript, no front matter; MODERATOR / SENIOR ADMINISTRATION OFFICIAL
  / Q labels; the anonymous official is labelled as the white-house (not a
  person), each answer paragraph one direct quotation; offers to discuss
  Russian demands are "mentions".
- izvestia-2022-02-01-gavrilov-interview: Izvestia interview, machine-
  translated, no front matter, dash-led Q/A; the intro gives the day of the
  interview (31 January); the 1997 Founding Act inside an answer used to
  demand a rollback; Putin background at the end.
- euronews-2022-01-26-live-us-nato-answers: Euronews live page with front
  matter and CET time stamps (all on 26 January), entry headlines (not
  labelled), an analyst whose quotation attributes demands to the Kremlin, an
  explainer entry describing the drafts' contents (a document, not labelled).

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. A direct quotation of six or more words about none of the demands
gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words
quoted from documents, headlines, crossheads, standfirsts, captions and link
lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a
person, supports; undated when no day is given). Dates are the day the words
were said, resolved against the publication date; "" when the text gives no
day. Analysts and experts (independent people) speak for themselves and have
no side: they "support"/"reject" only when they voice the demand in their own
words with a stance of their own, else "mentions".

Further choices of this writer: a journalist's own sentence stating Russia's
demands (as in the UP background list or an intro) is labelled as russia,
direct 0, dated by the day it gives; a sentence where the subject is the
draft document itself ("the draft ... would bar") is not labelled. When a
Russian demand is attributed in passing inside a direct quotation, the russia
label's evidence is the clause or sentence naming it, direct 0.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-27"
W = "2022-01-26"
L["reuters-2022-01-27-lavrov-us-reply"] = [
 ("Russia's top diplomat said on Thursday that Washington's written response to Moscow's security demands offered little hope on the issue that matters most to the Kremlin, NATO's eastward expansion, but left an opening for talks on what he called secondary questions.",
  "sergei-lavrov", 1, "Russia's top diplomat", "nato-non-expansion", "supports", 0, D),
 ("Russia's top diplomat said on Thursday that Washington's written response to Moscow's security demands offered little hope on the issue that matters most to the Kremlin, NATO's eastward expansion, but left an opening for talks on what he called secondary questions.",
  "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("There is a reaction that allows us to hope for the start of a serious conversation, but on secondary questions,",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("On the main question there is no positive reaction. The main question is our clear position that further expansion of NATO to the east is impermissible, and that strike weapons must not be deployed where they can threaten the territory of the Russian Federation.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("On the main question there is no positive reaction. The main question is our clear position that further expansion of NATO to the east is impermissible, and that strike weapons must not be deployed where they can threaten the territory of the Russian Federation.",
  "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Lavrov said Moscow had also expected a clear commitment to return the alliance's military infrastructure to where it stood in 1997, and noted that the U.S. text did not address that point at all.",
  "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, D),
 ("It is obvious that our main concerns have not been taken into account,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He said Russia still wanted guarantees that were legally binding rather than political promises, and that Putin would weigh the replies from both Washington and NATO before deciding on next steps.",
  "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("Secretary of State Antony Blinken said on Wednesday the document set out \"a serious diplomatic path\" but made clear there would be no change to the alliance's policy of admitting any European democracy that meets its standards.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, W),
 ("NATO's door is open, remains open, and that is our commitment,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("He said Washington had offered reciprocal transparency measures and was ready to discuss the placement of offensive missiles in Europe, as well as limits on the size of military drills, if Moscow reciprocated.",
  "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, W),
 ("He said Washington had offered reciprocal transparency measures and was ready to discuss the placement of offensive missiles in Europe, as well as limits on the size of military drills, if Moscow reciprocated.",
  "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, W),
 ("Russia has massed more than 100,000 troops near Ukraine's borders, according to Western estimates, but denies planning an invasion and says it has the right to move forces on its own territory as it sees fit.",
  "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("Tatiana Voronina, a senior fellow at the Moscow-based Institute for Euro-Atlantic Studies, said the Kremlin was likely to seize on the U.S. offer to discuss missile deployments and exercise limits while keeping up pressure on the bigger issues.",
  "tatiana-voronina", 1, "Tatiana Voronina", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Tatiana Voronina, a senior fellow at the Moscow-based Institute for Euro-Atlantic Studies, said the Kremlin was likely to seize on the U.S. offer to discuss missile deployments and exercise limits while keeping up pressure on the bigger issues.",
  "tatiana-voronina", 1, "Tatiana Voronina", "limit-military-exercises", "mentions", 0, ""),
 ("Moscow will take what is on offer on missiles and drills, pocket it, and keep saying the core demands were ignored,",
  "tatiana-voronina", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Moscow will take what is on offer on missiles and drills, pocket it, and keep saying the core demands were ignored,",
  "tatiana-voronina", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Thursday the U.S. and NATO replies contained nothing that would compromise Ukraine's right to seek membership of the alliance.",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("If they will not give us a treaty that says NATO stops where it is now, then everything else is just talk,",
  "leonid-maltsev", 1, "Maltsev", "nato-non-expansion", "supports", 1, ""),
 ("If they will not give us a treaty that says NATO stops where it is now, then everything else is just talk,",
  "leonid-maltsev", 1, "Maltsev", "written-legal-guarantees", "supports", 1, ""),
]

Y = "2022-01-12"
T = "2022-01-13"
L["the-times-2022-01-13-nato-russia-council"] = [
 ("Nato has rejected Russia’s demand for a veto over who may join the alliance after four hours of talks in Brussels that exposed what its secretary-general called “significant differences” between the two sides.",
  "nato", 0, "Nato", "nato-open-door", "supports", 0, Y),
 ("Nato has rejected Russia’s demand for a veto over who may join the alliance after four hours of talks in Brussels that exposed what its secretary-general called “significant differences” between the two sides.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Jens Stoltenberg said yesterday that allies had been united in rejecting any suggestion that the alliance should close its door to Ukraine or pull its troops out of its eastern member states.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, Y),
 ("Jens Stoltenberg said yesterday that allies had been united in rejecting any suggestion that the alliance should close its door to Ukraine or pull its troops out of its eastern member states.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, Y),
 ("There is no way we can compromise on the core principles, including the right of each nation to choose its own path,",
  "jens-stoltenberg", 1, "Mr Stoltenberg", "nato-open-door", "supports", 1, Y),
 ("What Russia is asking for would create first and second-class members of this alliance,",
  "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, Y),
 ("What Russia is asking for would create first and second-class members of this alliance,",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("and that is something we will never accept.",
  "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, Y),
 ("He said the allies had offered a series of further meetings on arms control, the deployment of missiles in Europe and greater transparency over military exercises, and had proposed that both sides reopen their diplomatic missions in Moscow and Brussels.",
  "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, Y),
 ("He said the allies had offered a series of further meetings on arms control, the deployment of missiles in Europe and greater transparency over military exercises, and had proposed that both sides reopen their diplomatic missions in Moscow and Brussels.",
  "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, Y),
 ("He told reporters that the alliance’s insistence on keeping its door open was “a dead end” and that allies had shown no willingness to take Russia’s concerns seriously.",
  "alexander-grushko", 1, "He", "nato-open-door", "rejects", 0, Y),
 ("If Nato moves to a policy of containment, there will be counter-containment. If it is deterrence, there will be counter-deterrence,",
  "alexander-grushko", 1, "Mr Grushko", "", "", 1, Y),
 ("We need guarantees that are legally binding, not promises and not a moratorium that can be lifted tomorrow,",
  "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, Y),
 ("We will not slam the door shut on Nato’s open-door policy, a policy that has always been central to this alliance,",
  "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, Y),
 ("Ms Sherman added that Russia now faced a choice between de-escalation and confrontation, and said the United States and its allies had called on Moscow to pull back the roughly 100,000 troops it has massed near Ukraine.",
  "wendy-sherman", 1, "Ms Sherman", "russia-de-escalation", "supports", 0, Y),
 ("In Moscow, Sergei Ryabkov, the deputy foreign minister who led Russia’s team in Geneva on Monday, said today that he saw “no reason” to sit down for another round soon unless the West began to treat the demand to halt Nato’s eastward march seriously.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, T),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,",
  "zbigniew-rau", 1, "he", "", "", 1, T),
 ("Giving Putin a say over who joins Nato would reward the very aggression we are trying to deter.",
  "julian-marchbanks", 1, "Sir Julian Marchbanks", "nato-open-door", "supports", 1, ""),
 ("The danger is that Moscow then tells its own public that diplomacy was tried and failed,",
  "harriet-colquhoun", 1, "she", "", "", 1, ""),
 ("That is a script we have seen before.",
  "harriet-colquhoun", 1, "she", "", "", 1, ""),
]

G = "2022-01-10"
L["interfax-2022-01-10-ryabkov-geneva"] = [
 ("Ukraine must never become member of NATO, and Russia demands from the USA iron guarantees about this, declared deputy minister of foreign affairs of RF Sergei Ryabkov after the talks with American delegation in Geneva on Monday.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, G),
 ("For us it is absolutely obligatory to ensure that Ukraine never, never, never becomes member of NATO",
  "sergei-ryabkov", 1, "S.Ryabkov", "no-ukraine-membership", "supports", 1, G),
 ("We need the iron-concrete, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees",
  "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, G),
 ("He informed that the American side put forward some ideas on the medium-range missiles and on parameters of the exercises, and the Russian side is ready to discuss this, but only in the package with the main.",
  "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, G),
 ("He informed that the American side put forward some ideas on the medium-range missiles and on parameters of the exercises, and the Russian side is ready to discuss this, but only in the package with the main.",
  "sergei-ryabkov", 1, "He", "limit-military-exercises", "mentions", 0, G),
 ("Without the solution of the question of the non-expansion of NATO to the East we will not move forward on the other topics. The fundamental importance has also the non-deployment of the strike weapon systems in direct proximity to the Russian borders",
  "sergei-ryabkov", 1, "S.Ryabkov", "nato-non-expansion", "supports", 1, G),
 ("Without the solution of the question of the non-expansion of NATO to the East we will not move forward on the other topics. The fundamental importance has also the non-deployment of the strike weapon systems in direct proximity to the Russian borders",
  "sergei-ryabkov", 1, "S.Ryabkov", "no-strike-weapons-near-borders", "supports", 1, G),
 ("According to him, the American side did not show the understanding of the Russian demand to return the configuration of NATO to the positions of 1997, which «is for us key».",
  "sergei-ryabkov", 1, "him", "rollback-to-1997", "supports", 0, G),
 ("The deputy minister also rejected the demands of the Western side to move back the troops from the Ukrainian border, having named them unacceptable, since the Russian armed forces carry out the movements on own territory.",
  "sergei-ryabkov", 1, "The deputy minister", "russia-de-escalation", "rejects", 0, G),
 ("The troops are on our own territory, and nobody can dictate to us where to hold them",
  "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, G),
 ("difficult, long, very professional, deep, concrete",
  "sergei-ryabkov", 1, "S.Ryabkov", "", "", 1, G),
 ("As reported, deputy secretary of state of the USA Wendy Sherman at own press-conference declared that Washington firmly rejected the \"non-starters\" of the Russian side, among which the proposal to close the doors of NATO.",
  "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, G),
 ("As reported, deputy secretary of state of the USA Wendy Sherman at own press-conference declared that Washington firmly rejected the \"non-starters\" of the Russian side, among which the proposal to close the doors of NATO.",
  "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed the open-door policy of NATO",
  "wendy-sherman", 1, "W.Sherman", "nato-open-door", "supports", 1, G),
 ("She informed that Washington is ready to discuss with Moscow the mutual restrictions on the scale of the exercises and on the placing of the missiles in Europe on the reciprocal basis.",
  "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, G),
 ("She informed that Washington is ready to discuss with Moscow the mutual restrictions on the scale of the exercises and on the placing of the missiles in Europe on the reciprocal basis.",
  "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, G),
 ("According to W.Sherman, the American side also called on Moscow to de-escalation.",
  "wendy-sherman", 1, "W.Sherman", "russia-de-escalation", "supports", 0, G),
 ("We need to see the de-escalation, the return of the troops to the barracks, if we are going to make the real progress",
  "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, G),
 ("as before does not want to hear the Russia",
  "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, ""),
 ("The Americans are ready to talk about anything except the main thing - NATO must stop its movement to our borders, and this must be fixed in the treaty",
  "leonid-slutsky", 1, "L.Slutsky", "nato-non-expansion", "supports", 1, ""),
 ("The Americans are ready to talk about anything except the main thing - NATO must stop its movement to our borders, and this must be fixed in the treaty",
  "leonid-slutsky", 1, "L.Slutsky", "written-legal-guarantees", "supports", 1, ""),
 ("The director of the Centre of the Euro-Atlantic security of the Institute of the international studies of MGIMO Anatoly Kuzminov said to Interfax that the discussion about the medium-range missiles can become the \"point of contact\" of sides, since the both sides are interested in this.",
  "anatoly-kuzminov", 1, "Anatoly Kuzminov", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("On the missiles and on the exercises there is the space for the deal. On the non-expansion - no, the Americans will not give it",
  "anatoly-kuzminov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("On the missiles and on the exercises there is the space for the deal. On the non-expansion - no, the Americans will not give it",
  "anatoly-kuzminov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("On the missiles and on the exercises there is the space for the deal. On the non-expansion - no, the Americans will not give it",
  "anatoly-kuzminov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
]

U = "2022-01-21"
KQ = "I have just had a call with Antony Blinken. He assured me that the United States will not discuss Ukraine's future, including our aspiration to join NATO, without Ukraine. The principle of 'nothing about Ukraine without Ukraine' stands firm."
KD = "Kuleba stressed that Russia's demand to shut NATO's door to Ukraine for good was \"unacceptable and will remain so\", and called on partners to increase pressure on Moscow so that it withdraws its troops from Ukraine's borders."
BG = "On 17 December 2021, Russia published draft agreements with the US and NATO, demanding that the alliance renounce any further enlargement, including the accession of Ukraine, and pull back its forces to the positions of 1997."
SQ = "Every time Moscow talks about 'guarantees', it means a guarantee that we will stay in its grey zone forever. That is exactly what the Americans must not give them."
L["ukrainska-pravda-2022-01-21-kuleba-blinken-lavrov"] = [
 (KQ, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, U),
 (KD, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, U),
 (KD, "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, U),
 (KD, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The only way out of this crisis is for Russia to pull back its forces and return to diplomacy in good faith. Ukraine will not be a bargaining chip in anyone's game.",
  "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, U),
 ("We were clear that there are core principles we are committed to uphold, including that every country has the right to decide for itself its own alliances, and that is not up for negotiation.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, U),
 ("According to Russian media, Lavrov said after the meeting that Moscow was waiting for \"concrete, paper answers\" on all of its proposals, first of all on the non-expansion of NATO to the east.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, U),
 ("has never threatened the Ukrainian people",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, U),
 ("Iryna Sobolenko, an MP from the Servant of the People party and member of the Verkhovna Rada Committee on Foreign Policy, told Ukrainska Pravda that Kyiv expects the American response to Moscow to confirm Ukraine's right to become a NATO member \"in black and white\".",
  "iryna-sobolenko", 1, "Iryna Sobolenko", "nato-open-door", "supports", 0, ""),
 (SQ, "iryna-sobolenko", 1, "Sobolenko", "no-ukraine-membership", "rejects", 1, ""),
 ("Every time Moscow talks about 'guarantees', it means a guarantee that we will stay in its grey zone forever.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Talks in Geneva change nothing on the ground. Battalion tactical groups keep arriving, and Belarus is now part of the picture.",
  "mykola-bilan", 1, "Bilan", "", "", 1, ""),
 (BG, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (BG, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (BG, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

H = "2022-01-08"
SAO = "SENIOR ADMINISTRATION OFFICIAL"
P1 = "Thanks so much, and good afternoon, everybody.  I want to walk you through where we are heading into a very busy week of diplomacy: the Strategic Stability Dialogue in Geneva on Monday, the NATO-Russia Council in Brussels on Wednesday, and the OSCE Permanent Council in Vienna on Thursday."
P2 = "Let me start with what we will not do.  We will not discuss Ukraine's sovereign choices, including whether it one day seeks to join NATO, over the heads of the Ukrainians.  And the idea that NATO would pull its forces back from the territory of allies who joined after 1997 is, frankly, a non-starter."
P3 = "That said, there are areas where we think we can make progress if Russia is serious.  One is missiles.  Russia has said it is concerned about the possible deployment of offensive missile systems in Ukraine.  We have no intention of doing that, and we're open to discussing it, along with the future of intermediate-range missiles in Europe, on a reciprocal basis."
P4 = "We are also prepared to explore reciprocal restrictions on the size and scope of military exercises, including strategic bombers flying close to each other's territory and ground-based exercises near borders."
A1 = "Look, I'm not going to get ahead of the talks.  What I can tell you is that NATO's open-door policy is not on the table, full stop.  Nobody gets to tell a sovereign nation which alliances it can or cannot join."
A1b = "On the form, any outcome on the reciprocal issues would be worked out among the parties, and some of it could end up in writing, some of it in other forms.  But we are not going to sign anything that gives Moscow a veto over allied decisions."
A2 = "It would look like Russian forces going back to their garrisons.  It is very hard to make real progress in an atmosphere of escalation with a gun to Ukraine's head.  So de-escalation is what we are looking for, and we've been very clear about that with the Russians."
A2b = "And if Russia chooses the other path, we are prepared, in coordination with our allies and partners, to impose severe economic costs that go well beyond what was done in 2014."
A3 = "We have long believed that channels between our militaries, and between NATO and Russia, are valuable for avoiding accidents and miscalculation.  So yes, if Russia wants to talk about risk reduction and reopening those lines, we welcome that conversation."
A4 = "No preconditions on our side for sitting down.  We go in ready to listen.  But this is going to be reciprocal; it is not going to be a one-way street where only the United States and NATO make concessions."
A5 = "Some elements of what the Russians have put forward are things we can discuss; others are simply non-starters, and we've said so publicly and privately.  I'm not going to do a line-by-line here."
A5b = "What I would say is that we have consulted extensively with our allies and partners -- more than a hundred engagements since the beginning of December -- and we will keep doing that every step of the way."
L["white-house-2022-01-08-background-call-geneva"] = [
 (P1, "white-house", 0, SAO, "", "", 1, H),
 (P2, "white-house", 0, SAO, "nato-open-door", "supports", 1, H),
 (P2, "white-house", 0, SAO, "rollback-to-1997", "rejects", 1, H),
 (P3, "white-house", 0, SAO, "no-strike-weapons-near-borders", "mentions", 1, H),
 (P3, "white-house", 0, SAO, "no-intermediate-range-missiles", "mentions", 1, H),
 ("Russia has said it is concerned about the possible deployment of offensive missile systems in Ukraine.",
  "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (P4, "white-house", 0, SAO, "limit-military-exercises", "mentions", 1, H),
 (P4, "white-house", 0, SAO, "no-warships-aircraft-in-strike-range", "mentions", 1, H),
 (A1, "white-house", 0, SAO, "nato-open-door", "supports", 1, H),
 (A1b, "white-house", 0, SAO, "written-legal-guarantees", "mentions", 1, H),
 (A1b, "white-house", 0, SAO, "nato-open-door", "supports", 1, H),
 (A2, "white-house", 0, SAO, "russia-de-escalation", "supports", 1, H),
 (A2b, "white-house", 0, SAO, "", "", 1, H),
 (A3, "white-house", 0, SAO, "resume-military-dialogue", "supports", 1, H),
 (A4, "white-house", 0, SAO, "no-preconditions", "supports", 1, H),
 (A5, "white-house", 0, SAO, "", "", 1, H),
 (A5b, "white-house", 0, SAO, "", "", 1, H),
]

I = "2022-01-31"
KG = "konstantin-gavrilov"
GA1 = "We have read both documents attentively. On the key question, the non-expansion of NATO, there is no answer, there is only the set of the well-known mantras about the \"open doors\". This does not suit us at all, and the doors, as we see, are open only in one direction - to the east."
GA2 = "The Americans are ready to speak about the missiles of the intermediate and shorter range, about the exercises, about the measures of transparency. These are important topics, we ourselves proposed them still years ago, and we will not refuse from them. But in the logic of our drafts these are secondary topics."
GA3 = "The OSCE is a platform, not a negotiator. In Vienna on January 13 we explained to the partners that the principle of the indivisibility of security, which all signed in Istanbul in 1999 and in Astana in 2010, means that no one may strengthen own security at the expense of the security of others. The expansion of NATO is exactly such strengthening at our expense."
GA4 = "This is our territory. We move the troops where we consider necessary, and nobody will dictate to us. I will remind that it is NATO that conducts the exercises near our borders, with the strategic bombers flying along our border and the warships entering the Black Sea one after another."
GA6 = "NATO itself cut them off in 2014. If the alliance is ready to return to the normal military dialogue through the channels of the general staffs, we are not against, on the contrary, we proposed it. But NATO prefers to speak from the position of force."
GA8 = "Take the Founding Act of 1997, where the alliance wrote that it does not intend to place substantial combat forces on the territory of the new members. Today there are the multinational battalions in the Baltic states and Poland. This must be removed, and the infrastructure must return to where it was at the moment of signing the act."
L["izvestia-2022-02-01-gavrilov-interview"] = [
 ("The Russian side expects that Washington and Brussels will give the clear response to the key points, first of all to the refusal from the further expansion of the alliance.",
  "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, ""),
 (GA1, KG, 1, "Konstantin Gavrilov", "nato-non-expansion", "supports", 1, I),
 (GA1, KG, 1, "Konstantin Gavrilov", "nato-open-door", "rejects", 1, I),
 (GA2, KG, 1, "Konstantin Gavrilov", "no-intermediate-range-missiles", "supports", 1, I),
 (GA2, KG, 1, "Konstantin Gavrilov", "limit-military-exercises", "supports", 1, I),
 (GA3, KG, 1, "Konstantin Gavrilov", "nato-non-expansion", "supports", 1, I),
 ("Unfortunately, the Polish chairmanship preferred to speak about other things.",
  KG, 1, "Konstantin Gavrilov", "", "", 1, I),
 (GA4, KG, 1, "Konstantin Gavrilov", "russia-de-escalation", "rejects", 1, I),
 (GA4, KG, 1, "Konstantin Gavrilov", "limit-military-exercises", "supports", 1, I),
 (GA4, KG, 1, "Konstantin Gavrilov", "no-warships-aircraft-in-strike-range", "supports", 1, I),
 ("Then we will take the military-technical measures, as the president said. I would not like to go into the details, it is not my sphere.",
  KG, 1, "Konstantin Gavrilov", "", "", 1, I),
 (GA6, KG, 1, "Konstantin Gavrilov", "resume-military-dialogue", "supports", 1, I),
 ("We insist that the agreements must be legally binding, ratified by parliaments, and not the political declarations. The political declarations NATO has already violated more than once.",
  KG, 1, "Konstantin Gavrilov", "written-legal-guarantees", "supports", 1, I),
 (GA8, KG, 1, "Konstantin Gavrilov", "rollback-to-1997", "supports", 1, I),
 ("We are not slamming the door. But the dialogue for the dialogue is not interesting to us. We need the result, and the result fixed on the paper.",
  KG, 1, "Konstantin Gavrilov", "written-legal-guarantees", "supports", 1, I),
]

E = "2022-01-26"
BL = "He said the document also addressed Russia's concerns about missile placements in Europe and large-scale exercises, and proposed reciprocal transparency steps, but that the US would not publish it."
ZQ = "The Kremlin asked for a legally binding promise that NATO stops expanding, and what it gets is an offer to talk about missiles and exercises,"
ZK = "The Kremlin asked for a legally binding promise that NATO stops expanding"
KU = "The door to NATO remains open for Ukraine, and no one in Moscow can close it,"
L["euronews-2022-01-26-live-us-nato-answers"] = [
 ("sets out a serious diplomatic path should Russia choose it",
  "antony-blinken", 1, "Antony Blinken", "", "", 1, E),
 ("There is no change, there will be no change,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, E),
 (BL, "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, E),
 (BL, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, E),
 (BL, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (BL, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (ZQ, "piotr-zaleski", 1, "he", "nato-non-expansion", "mentions", 1, E),
 (ZQ, "piotr-zaleski", 1, "he", "written-legal-guarantees", "mentions", 1, E),
 (ZQ, "piotr-zaleski", 1, "he", "no-intermediate-range-missiles", "mentions", 1, E),
 (ZQ, "piotr-zaleski", 1, "he", "limit-military-exercises", "mentions", 1, E),
 (ZK, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 (ZK, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("From the Western point of view that is a fair offer. From Putin's point of view it is a polite no.",
  "piotr-zaleski", 1, "he", "", "", 1, E),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,",
  "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, E),
 ("He said allies were prepared to reopen NATO's office in Moscow and Russia's mission at NATO, but urged Russia to \"immediately de-escalate\" and pull its forces back from around Ukraine.",
  "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, E),
 ("NATO will not give up its ability to protect and defend allies, including by having forces in the eastern part of the alliance,",
  "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, E),
 ("We will read it carefully, and then the president will decide,",
  "dmitry-peskov", 1, "he", "", "", 1, E),
 ("Lavrov said Russia was waiting for an answer \"point by point\" and repeated that the cornerstone of its proposals was the rule that no one should strengthen their own security at the expense of others, which in Moscow's reading excludes any further enlargement of NATO.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, E),
 (KU, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, E),
 (KU, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, E),
 ("Any discussion on European security has to include the Europeans, and our message to Moscow is very simple: de-escalate, pull back your troops,",
  "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 1, E),
 ("ready for constructive talks and compromises within the bounds of our red lines",
  "andriy-yermak", 1, "Andriy Yermak", "", "", 1, E),
]

write_gold(L, "articles-250", "gold-250")
