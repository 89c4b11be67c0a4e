#!/usr/bin/env python3
"""Writes the held-out gold of batch 303 (gold-303/*.nq) from the labels below.

Batch 303 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-geneva-talks-no-breakthrough: AFP wire, no front matter, dateline
  "Geneva (AFP) - Jan 10, 2022"; interrupted quotes, reported denial, Baker 1990 background,
  an analyst attributing the 1997 demand to Moscow, a short Kuleba tweet.
- vedomosti-2022-01-28-written-answer-is-not-a-refusal: Vedomosti Q&A in translation with an
  invented IMEMO analyst; em-dash answers, demands named only via "it"/"this" from the question,
  many Moscow-in-passing labels, one own-stance support (military channels).
- kremlin-2022-02-01-putin-orban-press-statements: kremlin.ru transcript, speaker labels,
  "(retranslated)", three demands listed in one paragraph, Putin's rhetorical Crimea scenario.
- delfi-2022-01-13-osce-vienna-lithuania: Delfi English story (UTF-8 BOM, CRLF, no front
  matter, date "2022-01-13 17:48"); caption and "Read also" lines, crossheads, Lithuanian names
  with diacritics, analyst mentions.
- politico-2022-01-27-playbook-the-letter-is-in-the-mail: Politico Playbook; all-caps section
  heads, journalists' own gloss ("In plain English"), anonymous senior official, invented
  lawmakers, a forward-looking list of demands by the authors (not labelled).
- iiss-survival-2022-02-03-ultimatum-diplomacy: IISS Survival analysis, single quotes, quoted
  draft-treaty and Founding Act text (not labelled), author's analysis (not labelled), dated
  reported speech from December and January, notes.
- romania-chamber-of-deputies-2022-01-25-debate-russian-demands: Romanian Chamber of Deputies
  stenographic record in translation; chair's procedural remarks, multi-paragraph speeches,
  Russian MFA clarification of "on Friday", Bucharest 2008 in a speaker's rejection.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence
is the words between the marks (punctuation inside kept), direct 1; a quotation interrupted by
"X said" is two spans; one running over two sentences is one span. In Q/A interviews and
transcripts each paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance by the speaker's own position; mentions when the speaker only reports
a demand, asks about it or offers to discuss it. A direct quotation of six or more words about
none of the demands gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words quoted from
documents, headlines, crossheads, standfirsts, captions and link lines are not labelled. A demand
attributed in passing to Moscow inside another speaker's sentence is also Russia's label (speaker
russia, not a person, supports; undated when no day is given). Dates are the day the words were
said, resolved against the publication date; "" when the text gives no day. Analysts and experts
(independent people) speak for themselves and have no side: they "support"/"reject" only when
they voice the demand in their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
AFP_LEDE = "Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that the West rule out Ukraine's membership in NATO and Washington calling such demands \"non-starters\"."
AFP_CORE = "He said the two sides had failed to narrow their differences on what the Kremlin considers the core of its proposals, set out last month in two draft treaties that would bar the Western alliance from expanding further to the east."
AFP_VDB = "Moscow has put on the table demands such as pulling NATO back to where it stood in 1997 knowing perfectly well that no Western capital can accept them,"
AFP_VDB2 = "The question is whether there is something smaller that both sides can live with, on missiles or exercises. That is where a deal, if there is one, will be found,"
L["afp-2022-01-10-geneva-talks-no-breakthrough"] = [
 (AFP_LEDE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (AFP_LEDE, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 (AFP_CORE, "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (AFP_CORE, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("We have the impression that the American side takes the Russian proposals very seriously,", "sergei-ryabkov", 1, "the veteran diplomat", "", "", 1, D),
 ("but we do not see any understanding yet of the need to resolve the key issues.", "sergei-ryabkov", 1, "the veteran diplomat", "", "", 1, D),
 ("Ryabkov also dismissed Western calls to pull back some 100,000 troops massed near Ukraine, saying Russia had every right to move soldiers across its own territory and had no intention of invading its neighbour.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("Sherman said the United States would not give up bilateral cooperation with sovereign countries that wish to work with it, including former Soviet republics such as Georgia and Ukraine, and would make no decisions about Ukraine without Ukraine.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("She said however that Washington was ready to discuss with Moscow the future deployment of missiles in Europe, an idea on which the two countries had cooperated until the collapse of the Intermediate-Range Nuclear Forces Treaty in 2019.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The US negotiator also said both sides could explore reciprocal limits on the size and scope of military exercises, and greater transparency about them.", "wendy-sherman", 1, "The US negotiator", "limit-military-exercises", "mentions", 0, D),
 ("The onus is on Russia to de-escalate tensions,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("so that diplomacy has a real chance to succeed, and that means moving forces back to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("She added that it would be very hard to make progress as long as Russia kept its troops poised on Ukraine's border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("We are going into these talks with clear eyes and without any illusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("NATO Secretary General Jens Stoltenberg said in Brussels on Monday that allies would not compromise on \"core principles\", including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 (AFP_VDB, "pierre-vandenbroucke", 1, "Pierre Vandenbroucke", "rollback-to-1997", "mentions", 1, D),
 (AFP_VDB, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (AFP_VDB2, "pierre-vandenbroucke", 1, "Vandenbroucke", "no-intermediate-range-missiles", "mentions", 1, D),
 (AFP_VDB2, "pierre-vandenbroucke", 1, "Vandenbroucke", "limit-military-exercises", "mentions", 1, D),
]

D = "2022-01-27"
KB = "konstantin-belousov"
V1 = "On the main point — yes. Moscow asked for a clear legally binding obligation that the alliance will not move further to the east, and the Americans answered with the formula about the \"open door\" which we have heard for twenty years. In that sense nothing has changed, and Lavrov said it honestly."
V1s = "Moscow asked for a clear legally binding obligation that the alliance will not move further to the east,"
V2 = "Because the second half of the package is answered, and answered in detail, as far as one understands. Missiles of intermediate and shorter range in Europe, transparency of exercises, mechanisms to avoid dangerous incidents of ships and planes — all this the Americans are ready to discuss on the basis of reciprocity. Two years ago they did not want to hear about a moratorium on missiles at all."
V3 = "Yes, the position of the Foreign Ministry was \"all or nothing\", and Ryabkov repeated it many times. But diplomacy is the art of the possible. I think now the Kremlin must decide whether it prefers to take what is offered and keep pressing on the rest, or to declare that the West has refused and draw military-technical conclusions."
V4 = "I do not make forecasts of this kind, it is a thankless business. I will say only that the troops near the Ukrainian border are also an argument in this negotiation, and everybody understands it."
V5 = "It demands, and it will continue to demand. For Washington and Brussels, the pullback of the forces is the condition for any progress, for Moscow it is an internal affair. Here the positions do not touch at all."
V5s = "For Washington and Brussels, the pullback of the forces is the condition for any progress, for Moscow it is an internal affair."
V6 = "As far as I can judge, it was not even seriously discussed. For Poland, the Baltic countries, Romania, this is an existential question, no government there would survive such an agreement. Moscow formulated it as the maximum, knowing that it is the maximum."
V6s = "Moscow formulated it as the maximum, knowing that it is the maximum."
V7 = "Ukraine in NATO is not on the agenda for ten or fifteen years, everyone understands this, including in Kyiv. The problem is that the West does not want to write this on paper, because it would mean to give Russia a veto. And Moscow does not believe words any more — after the story of 1990, after Bucharest."
V7s = "And Moscow does not believe words any more — after the story of 1990, after Bucharest."
V8 = "A treaty that the US Senate ratifies by two thirds of votes? Today I do not see such a majority for anything connected with Russia. An executive agreement, a joint statement — maybe. But Moscow specifically said that it wants not political promises but legal obligations, so here also there is a gap."
V8s = "But Moscow specifically said that it wants not political promises but legal obligations, so here also there is a gap."
V9 = "In my view, the most urgent thing is to restore the normal channels between the militaries, which were practically cut off after 2014. Without them, any incident in the Black Sea or over the Baltic can turn into a catastrophe that nobody wanted. This is cheap, it does not require treaties, and it is useful to both sides."
V10 = "It is an old line, from the Istanbul charter of 1999 and Astana of 2010: no state should strengthen its security at the expense of the security of others. Lavrov wants to show that the West signed this and does not fulfil it. Whether it will be effective, we will see."
V11 = "He will, and I think his words will define everything. For now the Kremlin says that it needs time to study the documents, and it is correct: the texts are long, and there are more nuances than it seems from the first headlines."
L["vedomosti-2022-01-28-written-answer-is-not-a-refusal"] = [
 (V1, KB, 1, "Belousov", "nato-non-expansion", "mentions", 1, D),
 (V1, KB, 1, "Belousov", "written-legal-guarantees", "mentions", 1, D),
 (V1, KB, 1, "Belousov", "nato-open-door", "mentions", 1, D),
 (V1s, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (V1s, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (V2, KB, 1, "Belousov", "no-intermediate-range-missiles", "mentions", 1, D),
 (V2, KB, 1, "Belousov", "limit-military-exercises", "mentions", 1, D),
 (V2, KB, 1, "Belousov", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (V3, KB, 1, "Belousov", "", "", 1, D),
 (V4, KB, 1, "Belousov", "", "", 1, D),
 (V5, KB, 1, "Belousov", "russia-de-escalation", "mentions", 1, D),
 (V5s, "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 (V6, KB, 1, "Belousov", "rollback-to-1997", "mentions", 1, D),
 (V6s, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (V7, KB, 1, "Belousov", "no-ukraine-membership", "mentions", 1, D),
 (V7, KB, 1, "Belousov", "written-legal-guarantees", "mentions", 1, D),
 (V7, KB, 1, "Belousov", "nato-open-door", "mentions", 1, D),
 (V7s, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (V8, KB, 1, "Belousov", "written-legal-guarantees", "mentions", 1, D),
 (V8s, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (V9, KB, 1, "Belousov", "resume-military-dialogue", "supports", 1, D),
 (V10, KB, 1, "Belousov", "", "", 1, D),
 (V11, KB, 1, "Belousov", "", "", 1, D),
]

D = "2022-02-01"
VP, VO = "vladimir-putin", "viktor-orban"
K3 = "We did not see adequate consideration of our three key demands regarding the prevention of NATO's expansion, the renunciation of the deployment of strike weapon systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed."
K5 = "This is why we insist that Ukraine's entry into the alliance be excluded, not for some period, not in principle, but as a legal obligation."
L["kremlin-2022-02-01-putin-orban-press-statements"] = [
 ("Our talks with Mr Orban took place in a businesslike and constructive atmosphere, as always. We discussed the state of bilateral cooperation, energy, including the long-term contract for the supply of Russian gas to Hungary, and the construction of the Paks-2 nuclear power plant.", VP, 1, "Vladimir Putin", "", "", 1, D),
 ("Of course, we also touched upon the issues of European security. I informed the Prime Minister about our approaches.", VP, 1, "Vladimir Putin", "", "", 1, D),
 ("Hungary is a member of NATO and of the European Union, and we take decisions together with our allies. But Hungary is also interested in peace, because any conflict in our neighbourhood would hit the Hungarian economy and the Hungarian communities first of all.", VO, 1, "Viktor Orban", "", "", 1, D),
 ("I told the President that there are differences between the positions, but I also see that the positions are not so far from each other that an agreement is impossible. A reasonable agreement that guarantees peace and security is possible, and this is what Hungary wants.", VO, 1, "Viktor Orban", "", "", 1, D),
 ("We are now carefully analysing the written replies we have received from the United States and NATO on January 26. But it is already clear, and I informed Mr Prime Minister about it, that Russia's fundamental concerns were ignored.", VP, 1, "Vladimir Putin", "", "", 1, D),
 (K3, VP, 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 (K3, VP, 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (K3, VP, 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 ("They are telling us that every state has the right to freely choose the ways to ensure its security, and they refer to this principle. But there is another principle, that of the indivisibility of security: you cannot strengthen your own security at the expense of the security of other states. This is written in the Istanbul and Astana documents. And they simply ignore it, they keep silent about it.", VP, 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 ("Let us imagine that Ukraine is a NATO member and starts a military operation to return Crimea. Then what? Do we have to fight the NATO bloc? Has anyone given any thought to that? Apparently not.", VP, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 (K5, VP, 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 (K5, VP, 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, D),
 ("I hope that we will eventually find a solution, although we realise that it will not be easy. We are ready to continue the dialogue. But we would like our interests and our proposals to be heard.", VP, 1, "Vladimir Putin", "", "", 1, D),
 ("Hungary is a loyal member of the alliance, and the question of enlargement is decided by the allies together, in accordance with our treaties. This is not a topic on which Hungary will take a separate position.", VO, 1, "Viktor Orban", "nato-non-expansion", "mentions", 1, D),
 ("At the same time, I said in Brussels and I say here: the Russian security demands must be discussed seriously, and not rejected with one sentence. Dialogue is always better than confrontation.", VO, 1, "Viktor Orban", "", "", 1, D),
 ("We are told that Russia must pull back troops from its own territory. This is our country, and we move our troops where we consider necessary. It seems to me that the United States is not so much concerned about the security of Ukraine, its main task is to contain the development of Russia. Ukraine itself is simply a tool to achieve this goal.", VP, 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, D),
]

D = "2022-01-13"
GL = "gabrielius-landsbergis"
DZ = "dainius-zemaitis"
DK = "Moscow wants a written document under which half of NATO would become second-class members. That is not diplomacy, it is an ultimatum,"
DZ3 = "Nobody in Brussels will sign a paper saying that Ukraine will never be a member. But nobody will invite Ukraine tomorrow either, and the Kremlin knows this perfectly well,"
DL = "He said the West must give guarantees \"on paper\" that the alliance would not move closer to Russia's borders."
L["delfi-2022-01-13-osce-vienna-lithuania"] = [
 ("Lithuania will not accept any arrangement between the West and Russia that would limit the presence of allied forces on its territory, Foreign Minister Gabrielius Landsbergis said on Thursday, as the OSCE Permanent Council in Vienna closed a week of talks with Moscow without visible progress.", GL, 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("The allied battlegroup in Rukla is here to stay, and no one in Moscow will decide where NATO troops are stationed,", GL, 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("What Russia is asking for is a return to a Europe of spheres of influence, and we have already lived in Russia's sphere of influence. We know how it ends.", GL, 1, "Landsbergis", "", "", 1, D),
 ("The minister said Lithuania had been consulted \"at every step\" by Washington and Brussels and was satisfied that the allies had not agreed to discuss the withdrawal of forces from the eastern flank.", GL, 1, "The minister", "rollback-to-1997", "rejects", 0, D),
 ("In December, Russia published two draft documents in which it demanded, among other things, that NATO not deploy troops or weapons on the territory of states that joined the alliance after May 1997 — a group that includes Lithuania, Latvia, Estonia and Poland.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (DL, "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (DL, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("We have to take this very seriously.", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Carpenter said the United States would not accept that Russia could veto the choices of sovereign states, including on membership in alliances.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (DK, "laurynas-kasciunas", 1, "Kasčiūnas", "rollback-to-1997", "rejects", 1, D),
 (DK, "laurynas-kasciunas", 1, "Kasčiūnas", "written-legal-guarantees", "mentions", 1, D),
 (DK, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (DK, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Dainius Žemaitis, a lecturer at the Institute of International Relations and Political Science of Vilnius University, said he did not expect the West to make concessions on the troops in the Baltic states, but that some agreements on transparency were possible.", DZ, 1, "Dainius Žemaitis", "rollback-to-1997", "mentions", 0, D),
 ("Limits on military exercises near borders, notifications, observers — this is an area where the West has already made proposals in the past, and it costs little,", DZ, 1, "Žemaitis", "limit-military-exercises", "mentions", 1, D),
 ("For the Baltic states, the danger is different: that in exchange Moscow will try to get a freeze on new deployments in our region.", DZ, 1, "Žemaitis", "rollback-to-1997", "mentions", 1, D),
 ("According to him, the demand not to expand NATO further is directed less at Lithuania than at Ukraine and Georgia.", DZ, 1, "him", "nato-non-expansion", "mentions", 0, D),
 (DZ3, DZ, 1, "the analyst", "no-ukraine-membership", "mentions", 1, D),
 (DZ3, DZ, 1, "the analyst", "written-legal-guarantees", "mentions", 1, D),
]

D = "2022-01-26"
PB = "But Blinken also said the reply lays out \"a serious diplomatic path, should Russia choose it,\" including reciprocal transparency measures on force posture in Ukraine, confidence-building steps on military exercises and maneuvers in Europe, and arms control on missiles in Europe."
PL = "But Sergei Lavrov, the Russian foreign minister, signaled he'd already seen enough, telling lawmakers that the reply offered no positive answer on \"the main question\" — which, in Moscow's telling, is a guarantee that NATO stops growing eastward."
PP = "Pressed on whether Russia could still get a no-Ukraine-in-NATO pledge in writing, Psaki said the president's position hadn't moved and that \"no one gets a veto\" over who joins the alliance."
PW = "You don't give a guy concessions on drills while he's holding a gun to his neighbor's head. Get the troops out first, then we'll talk,"
PWr = "Rep. Dana Whitcomb (R-Ohio), a member of the House Armed Services Committee, told Playbook the administration shouldn't even be negotiating over exercises and missiles while 100,000 Russian troops sit on Ukraine's border."
L["politico-2022-01-27-playbook-the-letter-is-in-the-mail"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("reiterates our commitment to uphold and defend that principle.", "antony-blinken", 1, "He", "nato-open-door", "supports", 1, D),
 ("a serious diplomatic path, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (PB, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (PB, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("It's now up to Russia to decide how to respond. We're ready either way,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 (PL, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 (PL, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We have been clear about where there are areas we can work together and where there are not.", "jen-psaki", 1, "Jen Psaki", "", "", 1, D),
 (PP, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 0, D),
 (PP, "jen-psaki", 1, "Psaki", "no-ukraine-membership", "rejects", 0, D),
 (PP, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (PP, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("the world will know it wasn't because he was stonewalled.", "united-states", 0, "A senior administration official", "", "", 1, D),
 ("We continue to call on Russia to de-escalate,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, ""),
 (PWr, "dana-whitcomb", 1, "Rep. Dana Whitcomb", "limit-military-exercises", "rejects", 0, ""),
 (PWr, "dana-whitcomb", 1, "Rep. Dana Whitcomb", "no-intermediate-range-missiles", "rejects", 0, ""),
 (PW, "dana-whitcomb", 1, "Whitcomb", "limit-military-exercises", "rejects", 1, ""),
 (PW, "dana-whitcomb", 1, "Whitcomb", "russia-de-escalation", "supports", 1, ""),
 ("We're offering real things on arms control that are in our own interest, and we're giving up nothing on the principle that Ukrainians decide their own future,", "marcus-lindqvist", 1, "he", "nato-open-door", "supports", 1, ""),
]

SS = "Deputy Secretary of State Wendy Sherman told reporters in Brussels the same day that Russia's demand to close the door was 'a non-starter' and insisted that any progress depended on Moscow pulling back its forces."
KL = "A verifiable ban on ground-launched intermediate-range missiles in Europe is in Germany's own interest, irrespective of what the Kremlin wants,"
L["iiss-survival-2022-02-03-ultimatum-diplomacy"] = [
 ("We are in a situation where our proposals cannot be put off for discussion over years,", "sergei-ryabkov", 1, "he", "", "", 1, "2021-12-18"),
 ("Ryabkov put the point starkly after the Geneva round of 10 January, describing non-accession as 'absolutely mandatory'.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("He also pressed for the formal repudiation of the 2008 Bucharest summit language, which, he argued, had 'opened the road to the tragedy' of that August.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, ""),
 ("We want the alliance to return to where it was in 1997,", "sergei-lavrov", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("and this is not a wish, it is a requirement.", "sergei-lavrov", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("will not compromise on core principles", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("the right of each nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 (SS, "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 (SS, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 (SS, "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 0, "2022-01-12"),
 (SS, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia's Deputy Foreign Minister Alexander Grushko, who led the delegation in Brussels, replied that evening that NATO's insistence on the open door was a 'recipe for confrontation'.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("Matthias Kleinert, a former German arms-control negotiator now at the Stiftung Wissenschaft und Politik, has suggested reviving the idea of a reciprocal missile moratorium.", "matthias-kleinert", 1, "Matthias Kleinert", "no-intermediate-range-missiles", "supports", 0, ""),
 (KL, "matthias-kleinert", 1, "Kleinert", "no-intermediate-range-missiles", "supports", 1, ""),
]

D = "2022-01-25"
ST, AB, ID, IM = "sorin-mihai-tanase", "adela-barzoi", "ion-catalin-dumitrescu", "ioana-mihailescu"
R1s = "On Friday, the Ministry of Foreign Affairs of the Russian Federation clarified, if anyone still had doubts, that its demand to return NATO to the configuration of 1997 means the withdrawal of foreign forces from Romania and Bulgaria."
R1 = R1s + " Let us say things clearly: Romania is a sovereign member of the North-Atlantic Alliance since 2004, and it does not ask permission from Moscow for the allied troops on its territory."
R2 = "The Aegis Ashore system at Deveselu is defensive, it is not directed against Russia, and it will remain where it is. Romania will not accept to become a member of second category of the Alliance, with a zone of limited sovereignty on the Black Sea."
RB2 = "Also I ask: what does Romania do in the talks between the Americans and Russians? In Geneva they speak about exercises, about missiles, about Deveselu, and Romania is not at the table. We want to know if the Americans offered to the Russians limits on exercises in the Black Sea and inspections at Deveselu, because this concerns us directly."
RD1 = "The Social Democratic Party supports without reservation the strengthening of the allied presence on the eastern flank, as the Minister of National Defence, Mr. Vasile Dîncu, has requested. Russia has concentrated over one hundred thousand soldiers around Ukraine and in Crimea; it is Russia that must withdraw these forces, not NATO that must leave Romania."
RD2a = "In December, Moscow demanded that NATO promise never to accept Ukraine and Georgia."
RD2b = "The Bucharest summit of 2008, which took place in our capital, said clearly that the two states will become members, and Romania will not accept that this decision be annulled at the request of a third country."
RD2 = RD2a + " This is the old logic of Yalta, that big powers decide the fate of small nations. " + RD2b
RM = "I will be short. In 1997, when NATO and Russia signed the Founding Act, Romania was not a member. Today, some in Moscow want to treat us as if we were still in the grey zone. The reply of the United States, which is expected these days, must say clearly that every state chooses its alliances and that no one has a veto on enlargement. This is also the position of our group, and I believe of the whole Parliament, with one exception."
L["romania-chamber-of-deputies-2022-01-25-debate-russian-demands"] = [
 (R1, ST, 1, "Mr. Sorin-Mihai Tănase", "rollback-to-1997", "rejects", 1, D),
 (R1s, "russian-foreign-ministry", 0, "the Ministry of Foreign Affairs of the Russian Federation", "rollback-to-1997", "supports", 0, "2022-01-21"),
 (R2, ST, 1, "Mr. Sorin-Mihai Tănase", "rollback-to-1997", "rejects", 1, D),
 (R2, ST, 1, "Mr. Sorin-Mihai Tănase", "no-intermediate-range-missiles", "rejects", 1, D),
 ("I salute the firm position of the President of Romania and of the Minister of Foreign Affairs, Mr. Bogdan Aurescu, who said last week, in Brussels, that the security of Romania is not negotiable and that no decision about the eastern flank will be taken without the eastern flank.", ST, 1, "Mr. Sorin-Mihai Tănase", "", "", 1, D),
 ("Nobody in this hall wants Russian troops at the border of Romania. But I ask the Government: who decided that Romania must be the first line of a war that is not ours? We have heard that the French will send troops to us. We have not had a debate in Parliament about this.", AB, 1, "Mrs. Adela Bârzoi", "", "", 1, D),
 (RB2, AB, 1, "Mrs. Adela Bârzoi", "limit-military-exercises", "mentions", 1, D),
 (RB2, AB, 1, "Mrs. Adela Bârzoi", "no-intermediate-range-missiles", "mentions", 1, D),
 (RD1, ID, 1, "Mr. Ion-Cătălin Dumitrescu", "russia-de-escalation", "supports", 1, D),
 (RD1, ID, 1, "Mr. Ion-Cătălin Dumitrescu", "rollback-to-1997", "rejects", 1, D),
 (RD2, ID, 1, "Mr. Ion-Cătălin Dumitrescu", "no-ukraine-membership", "rejects", 1, D),
 (RD2, ID, 1, "Mr. Ion-Cătălin Dumitrescu", "rescind-bucharest-2008", "rejects", 1, D),
 (RD2a, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (RD2b, "russia", 0, "a third country", "rescind-bucharest-2008", "supports", 0, ""),
 ("I want also to say to the colleagues from AUR: the dialogue between NATO and Russia is necessary, including the dialogue between the militaries, so that an incident in the Black Sea does not become a war. But dialogue is not capitulation.", ID, 1, "Mr. Ion-Cătălin Dumitrescu", "resume-military-dialogue", "supports", 1, D),
 (RM, IM, 1, "Mrs. Ioana Mihăilescu", "nato-open-door", "supports", 1, D),
 (RM, IM, 1, "Mrs. Ioana Mihăilescu", "rollback-to-1997", "rejects", 1, D),
]

write_gold(L, "articles-303", "gold-303")
