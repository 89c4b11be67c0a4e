#!/usr/bin/env python3
"""Writes the forty-first held-out gold (gold-41/*.nq) from the labels below.

Batch 41 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Outlets and forms (all invented texts, with real and invented speakers):
- rg-2021-12-21-grushko-interview: Rossiyskaya Gazeta English edition, a
  translated Q&A interview with "RG:" / "Alexander Grushko:" labels, front
  matter, curly quotes, recorded "on Monday"; closing background on 1990 and
  the 1997 Founding Act (history, not labelled).
- npr-2022-01-10-geneva-talks-transcript: NPR broadcast transcript without
  front matter, upper-case speaker labels (HOST, BYLINE, soundbites with
  "(Through interpreter)"), a correspondent paraphrasing Sherman, an invented
  analyst interviewed by the host.
- aa-2022-01-13-osce-vienna-cavusoglu: Anadolu Agency wire without front
  matter ("13.01.2022" byline line), straight quotes, crossheads with "- ",
  a split quotation, an unnamed group of diplomats (not labelled), Moscow's
  demands attributed in passing, the Montreux Convention as background.
- ansa-2022-01-26-di-maio-us-answers: ANSA English wire with front matter,
  « » quotes, a quotation split by "he said", a short and a long quoted
  fragment inside reported sentences, Bucharest 2008 as background.
- izvestia-2022-01-27-answer-usa-evaluated: machine-translated Russian press
  (Izvestia) without front matter, „ “ quotes with Russian dash attribution
  („...“, — underlined the minister), speakers named by role ("the minister",
  "the diplomat", "the expert"), indirect speech spanning two sentences about
  an unspecified "main question" (not labelled).
- congreso-2022-02-02-albares-ukraine-hearing: Spanish Congress committee
  hearing in English working translation, UTF-8 BOM and CRLF line ends, no
  front matter, speaker labels with surnames only (the chair names the
  deputies in full), deputies asking about and attributing demands to Moscow.
- valdai-2022-02-03-second-basket: Valdai Discussion Club commentary with
  front matter and curly quotes, quoting Putin, Grushko and invented experts,
  split quotations attributed after "says"/"argues", Baker 1990 and Bucharest
  2008 as history, and a quotation from Article 4 of the draft agreement
  (document text, not labelled).

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a quotation
running over two sentences is one span. Q/A interviews and transcripts: each
paragraph of an answer is one direct quotation (evidence = the paragraph
without the speaker label, and without the "(Through interpreter)" stage
direction); journalists' questions, the host, the correspondent's own words
and the chair of the hearing get no label; the interviewee's name is the one
the speaker label gives. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance by the speaker's own position; mentions when the
speaker only reports a demand, asks about it or offers to discuss it. Every
direct quotation of six or more words about none of the demands gets one
demand-less label; reported speech about no demand or about unspecified
demands ("the main question", "the key issues") gets no label. History,
words quoted from documents, headlines, crossheads, standfirsts and link
lines are not labelled; unnamed groups are left out. A demand attributed in
passing to Moscow inside another speaker's sentence is also Russia's label
(speaker russia, not a person, direct 0 even when the other speaker's words
are quoted, since Moscow's own words are not), undated when no day is given;
a speaker's own clause "Moscow is asking for ..." (an analyst describing
Moscow's position) is only that speaker's mention, as in batch 9. Speaker
name = the words naming the speaker at that point, titles dropped. Dates: the day
the words were said, resolved against the publication date; "" when the text
gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2021-12-20"
L["rg-2021-12-21-grushko-interview"] = [
 ("Because we want our position to be understood not only by diplomats but by the public in Europe and in America. For years our concerns were treated as rhetoric. This time we have put on paper exactly what we need: legally binding guarantees, not promises, not declarations of intent, and not a moratorium that can be lifted the day after tomorrow.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, D),
 ("The so-called open door policy is not a law of nature. It is a decision of the alliance itself, and what the alliance decided, the alliance can reconsider. Nobody has the right to strengthen its own security at the expense of ours.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, D),
 ("What we need is a clear answer: no further eastward expansion of NATO, full stop. We have heard quite enough explanations about how expansion is directed against nobody.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, D),
 ("It is not unrealistic, it is simply inconvenient for them. The forces and weapons that appeared on the territory of the new member states after May 1997 must go back to where they came from. That is the configuration on which, as the alliance itself assured us, European security was supposed to rest.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, D),
 ("Nor should NATO conduct any military activity on the territory of Ukraine, in the South Caucasus or in Central Asia. These are our neighbours. Foreign instructors and foreign bases have no business there.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("We propose that neither side deploy ground-launched intermediate- and shorter-range missiles in areas from which they can reach the territory of the other side. We offered a moratorium of this kind when the treaty collapsed, and nobody in NATO wanted to listen.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, D),
 ("The same logic applies to heavy bombers and surface warships. They should stay out of the areas from which they can strike targets on the other side’s territory, and we are prepared to take on exactly the same obligation ourselves.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("That is why we propose rules for both sides. We want an agreed zone along the line of contact between Russia and the alliance where exercises above brigade level are not held, with advance notification of everything else.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, D),
 ("Then we will be forced to respond with military-technical measures. I want to be understood correctly: we are not bluffing, and this is not an ultimatum. It is a warning, stated calmly and in advance.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, D),
 ("Our troops are on our own territory, and we will move them as we see fit. Nobody will set us conditions for a conversation about our own security; we are ready to talk without any preconditions.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, D),
 ("Our troops are on our own territory, and we will move them as we see fit. Nobody will set us conditions for a conversation about our own security; we are ready to talk without any preconditions.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, D),
 ("We are ready to begin in January, in Geneva or anywhere else. The sooner we sit down at the table, the better for everyone, including our European neighbours.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, D),
]
D = "2022-01-10"
L["npr-2022-01-10-geneva-talks-transcript"] = [
 ("Afterwards, she told reporters she had made clear to the Russians that some of their proposals were simply non-starters, among them Moscow's demand that Ukraine be barred from ever joining NATO.", "wendy-sherman", 1, "she", "no-ukraine-membership", "rejects", 0, D),
 ("Afterwards, she told reporters she had made clear to the Russians that some of their proposals were simply non-starters, among them Moscow's demand that Ukraine be barred from ever joining NATO.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, D),
 ("We are open to discussing the future deployment of certain missile systems in Europe, along the lines of the old INF Treaty, and reciprocal limits on the size and scope of military exercises. But all of that has to be reciprocal.", "wendy-sherman", 1, "SHERMAN", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We are open to discussing the future deployment of certain missile systems in Europe, along the lines of the old INF Treaty, and reciprocal limits on the size and scope of military exercises. But all of that has to be reciprocal.", "wendy-sherman", 1, "SHERMAN", "limit-military-exercises", "mentions", 1, D),
 ("And she said, more than once, that real progress is hard to imagine until Russia pulls back at least some of the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, D),
 ("These are our troops, on our own territory. We are not going to be told where to keep them, and this is not a subject for these negotiations.", "sergei-ryabkov", 1, "RYABKOV", "russia-de-escalation", "rejects", 1, D),
 ("Moscow is asking for two very different kinds of things. Some of it looks like classic arms control, and Washington can work with that. The rest, a written promise that NATO will never take in Ukraine or Georgia, is something no American administration could sign.", "evan-marsden", 1, "MARSDEN", "no-ukraine-membership", "mentions", 1, D),
 ("Moscow is asking for two very different kinds of things. Some of it looks like classic arms control, and Washington can work with that. The rest, a written promise that NATO will never take in Ukraine or Georgia, is something no American administration could sign.", "evan-marsden", 1, "MARSDEN", "written-legal-guarantees", "mentions", 1, D),
 ("I think the Russians know that perfectly well. Putting the maximalist demands in writing and then publishing them was a way of being refused in public, and on their own schedule.", "evan-marsden", 1, "MARSDEN", "", "", 1, D),
 ("On Wednesday the allies will defend the open door, which is exactly what Sherman said today, only with thirty voices instead of one. The risk is that the Kremlin takes that as the answer it was waiting for.", "evan-marsden", 1, "MARSDEN", "nato-open-door", "mentions", 1, D),
]
D = "2022-01-13"
L["aa-2022-01-13-osce-vienna-cavusoglu"] = [
 ("We are not going to wait forever. If the OSCE cannot confirm that no state may strengthen its security at the expense of others, then the principle of indivisible security means nothing,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau said Poland would not accept any arrangement that turned the allies on NATO's eastern flank into second-class members, in a clear reference to Moscow's demand that the alliance withdraw troops and weapons deployed on the territory of countries that joined after 1997.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, D),
 ("Rau said Poland would not accept any arrangement that turned the allies on NATO's eastern flank into second-class members, in a clear reference to Moscow's demand that the alliance withdraw troops and weapons deployed on the territory of countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("We are prepared to discuss reciprocal limits on the size and scope of military exercises, but we will not entertain a Russian veto over any country's choice of alliance,", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 1, D),
 ("We are prepared to discuss reciprocal limits on the size and scope of military exercises, but we will not entertain a Russian veto over any country's choice of alliance,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("NATO Secretary-General Jens Stoltenberg said afterwards that allies were ready to discuss arms control and risk reduction, but would not compromise on core principles, including the right of each nation to choose its own path, and would not agree to any ban on further enlargement of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("NATO Secretary-General Jens Stoltenberg said afterwards that allies were ready to discuss arms control and risk reduction, but would not compromise on core principles, including the right of each nation to choose its own path, and would not agree to any ban on further enlargement of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("Dialogue between NATO and Russia must continue, and Türkiye is ready to contribute to it in every way,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, D),
 ("Cavusoglu also called on Russia to reduce tensions and pull back its forces from the Ukrainian border, saying a military escalation in the Black Sea region would harm all countries of the region.", "mevlut-cavusoglu", 1, "Cavusoglu", "russia-de-escalation", "supports", 0, D),
 ("He dismissed the idea, contained in Moscow's draft treaty with Washington, that allied warships should keep out of waters from which they could strike Russian territory, stressing that passage through the Turkish Straits and navigation in the Black Sea were governed by the Montreux Convention and would remain so.", "mevlut-cavusoglu", 1, "He", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("He dismissed the idea, contained in Moscow's draft treaty with Washington, that allied warships should keep out of waters from which they could strike Russian territory, stressing that passage through the Turkish Straits and navigation in the Black Sea were governed by the Montreux Convention and would remain so.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Moscow is asking for the former Soviet space to be closed to NATO: no troops, no bases, no instructors in Ukraine, Georgia or Moldova. Ankara cannot sign up to that, but it also does not want to shut the door on Russia,", "selin-aydemir", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The Russians put the military-technical package on the table,", "selin-aydemir", 1, "Aydemir", "", "", 1, ""),
 ("but what they really want is the clause on the non-enlargement of NATO.", "selin-aydemir", 1, "Aydemir", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow denies planning any attack and says it is free to move forces on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]
D = "2022-01-26"
L["ansa-2022-01-26-di-maio-us-answers"] = [
 ("Foreign Minister Luigi Di Maio on Wednesday urged Moscow to lower tensions on the Ukrainian border as the United States and NATO prepared to hand over their written answers to Russia's demands for security guarantees.", "luigi-di-maio", 1, "Luigi Di Maio", "russia-de-escalation", "supports", 0, D),
 ("Italy is working at every level to keep the channel of dialogue with Moscow open, but Russia must take concrete steps towards de-escalation and pull back its troops from the Ukrainian border", "luigi-di-maio", 1, "Di Maio", "russia-de-escalation", "supports", 1, D),
 ("He added that Italy, like all its allies, would never accept Moscow's demand that NATO pull its forces back to where they stood in 1997, which would leave the Baltic states and Poland «without protection».", "luigi-di-maio", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He added that Italy, like all its allies, would never accept Moscow's demand that NATO pull its forces back to where they stood in 1997, which would leave the Baltic states and Poland «without protection».", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Defence Minister Lorenzo Guerini told the Senate defence committee on Tuesday that Italian units would take part in allied exercises in the Baltic region and in Romania as planned, despite Moscow's call for NATO to refrain from drills near Russia's borders.", "lorenzo-guerini", 1, "Lorenzo Guerini", "limit-military-exercises", "rejects", 0, "2022-01-25"),
 ("Defence Minister Lorenzo Guerini told the Senate defence committee on Tuesday that Italian units would take part in allied exercises in the Baltic region and in Romania as planned, despite Moscow's call for NATO to refrain from drills near Russia's borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("The document includes our concerns and those of our allies and partners", "antony-blinken", 1, "he", "", "", 1, D),
 ("as well as areas where we can make progress, such as arms control related to missiles in Europe and transparency on military exercises", "antony-blinken", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("as well as areas where we can make progress, such as arms control related to missiles in Europe and transparency on military exercises", "antony-blinken", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance had sent its own proposals in parallel, offering to restore the NATO and Russian missions in each other's capitals and to set up a civilian and military hotline to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We are ready to listen to Russia's concerns and to engage in a real dialogue, but we must also be prepared for the worst", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("We will receive the answer, read it carefully and only then decide on our next steps", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Washington has offered Moscow what it can give. What it cannot give is a promise to keep Ukraine out of NATO forever, and in the Kremlin that is the only item that really counts", "chiara-benedetti", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]
D = "2022-01-27"
L["izvestia-2022-01-27-answer-usa-evaluated"] = [
 ("There is no positive reaction on the main question in this document. The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 ("There is no positive reaction on the main question in this document. The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which could threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The minister added, that Moscow is ready to continue the dialogue, but without the preliminary conditions and without the ultimatums from the side of the West.", "sergei-lavrov", 1, "The minister", "no-preconditions", "supports", 0, D),
 ("Certain elements of the answer allow to count on the beginning of the serious conversation on the secondary themes", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("But without the guarantees of the non-expansion, fixed juridically, all the rest loses the sense. We will not accept the obligations which are verbal or temporary", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, D),
 ("But without the guarantees of the non-expansion, fixed juridically, all the rest loses the sense. We will not accept the obligations which are verbal or temporary", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("It is obvious that on the basic questions, about which we spoke, the reaction does not give the reason for the big optimism", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("The official representative of the MFA Maria Zakharova on the briefing on Thursday underlined that Russia expects also the answer about the return of the military infrastructure of NATO to the positions of 1997 and about the annulment of the formula of Bucharest about the future membership of Ukraine and Georgia.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 0, D),
 ("The official representative of the MFA Maria Zakharova on the briefing on Thursday underlined that Russia expects also the answer about the return of the military infrastructure of NATO to the positions of 1997 and about the annulment of the formula of Bucharest about the future membership of Ukraine and Georgia.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, D),
 ("The head of the committee of the State Duma on the international affairs Leonid Slutsky on Thursday called the American answer „hiding behind open doors“ and declared that the so-called policy of the open doors is the instrument of the expansion, which Russia will never accept.", "leonid-slutsky", 1, "Leonid Slutsky", "nato-open-door", "rejects", 0, D),
 ("The deputy minister Alexander Grushko added to this on Thursday, that Moscow sees no sense to restore the military channels with the alliance while it ignores the principal demands of Russia.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("The Americans propose to return to the practice of the contacts between the militaries, to the hot lines. It is not little, but it is not what Moscow asked", "viktor-yelansky", 1, "the expert", "resume-military-dialogue", "mentions", 1, ""),
 ("The expert reminds, that in the American answer there is not a word about the December demand of Moscow to cancel the Bucharest promises.", "viktor-yelansky", 1, "The expert", "rescind-bucharest-2008", "mentions", 0, ""),
 ("The expert reminds, that in the American answer there is not a word about the December demand of Moscow to cancel the Bucharest promises.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]
D = "2022-02-02"
L["congreso-2022-02-02-albares-ukraine-hearing"] = [
 ("Thank you, Madam Chair. I appear before this committee at a moment of the greatest tension on our continent in several decades.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 ("Let me be very clear about Spain's position. Spain will not accept that any third country decides who may or may not join the Atlantic Alliance. The open door is a founding principle of the Alliance, and it is not negotiable.", "jose-manuel-albares", 1, "Albares Bueno", "nato-open-door", "supports", 1, D),
 ("Nor do we accept that the allies who joined after 1997 should enjoy fewer guarantees than the others, or that Moscow should decide which defensive systems they may host on their own territory. The proposal to withdraw allied forces from their soil is, quite simply, a non-starter.", "jose-manuel-albares", 1, "Albares Bueno", "rollback-to-1997", "rejects", 1, D),
 ("Nor do we accept that the allies who joined after 1997 should enjoy fewer guarantees than the others, or that Moscow should decide which defensive systems they may host on their own territory. The proposal to withdraw allied forces from their soil is, quite simply, a non-starter.", "jose-manuel-albares", 1, "Albares Bueno", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("At the same time, Spain is in favour of dialogue, and of a Europe in which security is built with Russia and not against it, provided Russia chooses that path.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 ("Thank you, Chair. Minister, my group supports the Government's firmness, and I am glad to hear it expressed so plainly today.", "lucia-ortiz-llamazares", 1, "ORTIZ LLAMAZARES", "", "", 1, D),
 ("But I would like to ask you directly: has Spain been asked, in any forum, to accept Moscow's demand for a legally binding commitment that Ukraine will never join NATO? And if so, what did the Government answer?", "lucia-ortiz-llamazares", 1, "ORTIZ LLAMAZARES", "no-ukraine-membership", "mentions", 1, D),
 ("But I would like to ask you directly: has Spain been asked, in any forum, to accept Moscow's demand for a legally binding commitment that Ukraine will never join NATO? And if so, what did the Government answer?", "lucia-ortiz-llamazares", 1, "ORTIZ LLAMAZARES", "written-legal-guarantees", "mentions", 1, D),
 ("But I would like to ask you directly: has Spain been asked, in any forum, to accept Moscow's demand for a legally binding commitment that Ukraine will never join NATO? And if so, what did the Government answer?", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("But I would like to ask you directly: has Spain been asked, in any forum, to accept Moscow's demand for a legally binding commitment that Ukraine will never join NATO? And if so, what did the Government answer?", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow's demands that the Bucharest declaration be torn up and that NATO renounce any military cooperation with Ukraine, Georgia or Moldova are not a negotiating position, Minister. They are an ultimatum, and they must be rejected in full.", "ignacio-sanz-de-valdes", 1, "SANZ DE VALDÉS", "rescind-bucharest-2008", "rejects", 1, D),
 ("Moscow's demands that the Bucharest declaration be torn up and that NATO renounce any military cooperation with Ukraine, Georgia or Moldova are not a negotiating position, Minister. They are an ultimatum, and they must be rejected in full.", "ignacio-sanz-de-valdes", 1, "SANZ DE VALDÉS", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Moscow's demands that the Bucharest declaration be torn up and that NATO renounce any military cooperation with Ukraine, Georgia or Moldova are not a negotiating position, Minister. They are an ultimatum, and they must be rejected in full.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Moscow's demands that the Bucharest declaration be torn up and that NATO renounce any military cooperation with Ukraine, Georgia or Moldova are not a negotiating position, Minister. They are an ultimatum, and they must be rejected in full.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Nor should Spain endorse the so-called moratorium on intermediate-range missiles. Russia deployed its 9M729 missiles while the INF Treaty was still in force, and a moratorium now would only freeze its advantage.", "ignacio-sanz-de-valdes", 1, "SANZ DE VALDÉS", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Minister, nobody in my group defends the troop build-up: Russia should pull those soldiers back from Ukraine's border, and it should do so now.", "xabier-etxeberria-goni", 1, "ETXEBERRIA GOÑI", "russia-de-escalation", "supports", 1, D),
 ("But we should also be honest. Some of the ideas now on the table, such as a moratorium on intermediate-range missiles in Europe or limits on exercises near the borders, are reasonable and deserve a serious answer, not a reflex.", "xabier-etxeberria-goni", 1, "ETXEBERRIA GOÑI", "no-intermediate-range-missiles", "supports", 1, D),
 ("But we should also be honest. Some of the ideas now on the table, such as a moratorium on intermediate-range missiles in Europe or limits on exercises near the borders, are reasonable and deserve a serious answer, not a reflex.", "xabier-etxeberria-goni", 1, "ETXEBERRIA GOÑI", "limit-military-exercises", "supports", 1, D),
 ("Thank you, Chair, and thank you to all the spokespersons.", "jose-manuel-albares", 1, "Albares Bueno", "", "", 1, D),
 ("On Ms Ortiz's question: yes, the question was put to all of the allies, and Spain's answer, like that of every ally, was no. Ukraine's path to the Alliance will not be closed from Moscow.", "jose-manuel-albares", 1, "Albares Bueno", "no-ukraine-membership", "rejects", 1, D),
 ("On Ms Ortiz's question: yes, the question was put to all of the allies, and Spain's answer, like that of every ally, was no. Ukraine's path to the Alliance will not be closed from Moscow.", "jose-manuel-albares", 1, "Albares Bueno", "nato-open-door", "supports", 1, D),
 ("To Mr Etxeberria I would say that we agree on the need to talk about missiles and exercises on a reciprocal basis; that is what the allies offered in their written replies. But there can be no negotiation without conditions while a hundred thousand soldiers stand on Ukraine's border.", "jose-manuel-albares", 1, "Albares Bueno", "no-intermediate-range-missiles", "mentions", 1, D),
 ("To Mr Etxeberria I would say that we agree on the need to talk about missiles and exercises on a reciprocal basis; that is what the allies offered in their written replies. But there can be no negotiation without conditions while a hundred thousand soldiers stand on Ukraine's border.", "jose-manuel-albares", 1, "Albares Bueno", "limit-military-exercises", "mentions", 1, D),
 ("To Mr Etxeberria I would say that we agree on the need to talk about missiles and exercises on a reciprocal basis; that is what the allies offered in their written replies. But there can be no negotiation without conditions while a hundred thousand soldiers stand on Ukraine's border.", "jose-manuel-albares", 1, "Albares Bueno", "no-preconditions", "rejects", 1, D),
]
L["valdai-2022-02-03-second-basket"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons systems near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the NATO–Russia Founding Act was signed,", "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons systems near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the NATO–Russia Founding Act was signed,", "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons systems near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997, when the NATO–Russia Founding Act was signed,", "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("It seems to me that the United States is not so much concerned about the security of Ukraine as about containing Russia’s development,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("The Bucharest formula must be disavowed. If the alliance treats it as sacred, it will have to explain why Russia should treat its own security as anything less,", "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 1, "2022-02-02"),
 ("The Americans have agreed to talk about the second basket, the arms-control items. That is useful, and it should not be dismissed,", "ivan-starodubtsev", 1, "Ivan Starodubtsev", "", "", 1, ""),
 ("But the first basket — the non-expansion of NATO, the strike weapons near our borders, the withdrawal of infrastructure — is where the real bargaining is, and there the two sides are as far apart as they were in December.", "ivan-starodubtsev", 1, "Ivan Starodubtsev", "nato-non-expansion", "mentions", 1, ""),
 ("But the first basket — the non-expansion of NATO, the strike weapons near our borders, the withdrawal of infrastructure — is where the real bargaining is, and there the two sides are as far apart as they were in December.", "ivan-starodubtsev", 1, "Ivan Starodubtsev", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("But the first basket — the non-expansion of NATO, the strike weapons near our borders, the withdrawal of infrastructure — is where the real bargaining is, and there the two sides are as far apart as they were in December.", "ivan-starodubtsev", 1, "Ivan Starodubtsev", "rollback-to-1997", "mentions", 1, ""),
 ("The clause on warships and bombers is the one the Americans are most likely to discuss, because it cuts both ways,", "ivan-starodubtsev", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("One side wants troops pulled back before any serious talks; the other wants talks without preconditions. Both positions are now public, which paradoxically makes a compromise easier,", "ivan-starodubtsev", 1, "Starodubtsev", "russia-de-escalation", "mentions", 1, ""),
 ("One side wants troops pulled back before any serious talks; the other wants talks without preconditions. Both positions are now public, which paradoxically makes a compromise easier,", "ivan-starodubtsev", 1, "Starodubtsev", "no-preconditions", "mentions", 1, ""),
 ("In my view the West should not even consider putting its signature under a text that makes Ukraine’s exclusion from NATO permanent,", "eleni-marangou", 1, "Eleni Marangou", "no-ukraine-membership", "rejects", 1, ""),
 ("In my view the West should not even consider putting its signature under a text that makes Ukraine’s exclusion from NATO permanent,", "eleni-marangou", 1, "Eleni Marangou", "written-legal-guarantees", "rejects", 1, ""),
 ("because Ukraine’s choice belongs to Ukraine, and that is the whole point.", "eleni-marangou", 1, "Eleni Marangou", "nato-open-door", "supports", 1, ""),
 ("For Central Asia the most interesting clause is the one nobody in Europe reads: Moscow’s demand for a ban on NATO military activity in the former Soviet states, including ours. Astana has said nothing about it,", "marat-zhaksybekov", 1, "Marat Zhaksybekov", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("For Central Asia the most interesting clause is the one nobody in Europe reads: Moscow’s demand for a ban on NATO military activity in the former Soviet states, including ours. Astana has said nothing about it,", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

write_gold(L, "articles-41", "gold-41")
