#!/usr/bin/env python3
"""Writes the held-out gold of batch 306 (gold-306/*.nq) from the labels below.

Batch 306 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-27-what-the-us-told-putin: Bloomberg QuickTake explainer with
  numbered question crossheads; Moscow as speaker, a quotation interrupted by "he said",
  Baker-Gorbachev background, an analyst attributing a demand to Putin in passing.
- izvestia-2022-01-31-general-morozov-interview: Izvestia Q&A with an invented retired
  general in machine-translated English, dashes, a two-paragraph answer, "Saturday" date,
  a "We will remind" paragraph of Putin's reported words; no front matter.
- state-2022-01-18-secretary-blinkens-call-with-russian-foreign-minister-lavrov: State
  Department readout ("The Secretary", "He"), Lavrov's position reported inside Blinken's
  sentence, offers to discuss, page chrome and related links.
- kyivindependent-2022-01-13-russia-threatens-necessary-measures-at-osce: Kyiv Independent
  news story (UTF-8 BOM, CRLF), interrupted quotations, "Read also" lines, analyst.
- nbcnews-2022-01-26-russia-ukraine-tensions-live-updates: NBC live blog, reverse time
  stamps, entry headlines with short quotes, a day resolved from "on Tuesday".
- atlanticcouncil-2022-01-27-experts-react-us-nato-answers: expert roundup; each expert
  paragraph is treated as a direct quotation dated the publication day; experts with own
  stances, Russia's demands named in passing; no front matter.
- saeima-2022-01-27-annual-foreign-policy-debate: Latvian Saeima verbatim report in
  English; speaker labels, chair lines unlabelled, each speech paragraph one quotation.

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

d = "2022-01-26"
ev_core = "At their core, Moscow wants an end to NATO's eastward growth and a promise that Ukraine will never join."
ev_pull = "It is also pressing the alliance to take its troops and hardware out of the countries that joined after 1997, which would mean pulling back from Poland, the Baltic states and Romania."
ev_offer = "It offers talks on where intermediate-range missiles can be based in Europe and on limits to the size and location of military drills, he said, provided Russia reciprocates."
ev_veto = "But the one thing Putin put at the top of his list, a veto over who joins NATO, is the one thing he was never going to get."
L["bloomberg-2022-01-27-what-the-us-told-putin"] = [
 (ev_core, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (ev_core, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (ev_pull, "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("absolutely mandatory", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, d),
 (ev_offer, "antony-blinken", 1, "he", "no-intermediate-range-missiles", "mentions", 0, d),
 (ev_offer, "antony-blinken", 1, "he", "limit-military-exercises", "mentions", 0, d),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, d),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday the alliance's own letter, sent in parallel, proposed reopening the NATO and Russian missions in each other's capitals and reviving the military hotlines that fell silent in recent years.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, d),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, d),
 ("Foreign Minister Sergei Lavrov said Thursday that the main question — NATO's march toward Russia's borders — had gone unanswered.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is no positive answer on the main issue,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The Russians are getting a menu of arms control items they asked for in 2019 and were refused, which is not nothing,", "olga-brandt-keller", 1, "Olga Brandt-Keller", "", "", 1, ""),
 (ev_veto, "olga-brandt-keller", 1, "Olga Brandt-Keller", "nato-non-expansion", "mentions", 1, ""),
 (ev_veto, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
]

g = "2022-01-29"
ev_put = "On Friday, January 28, President Vladimir Putin in telephone conversation with French leader Emmanuel Macron drew attention that in the answers of the USA and NATO the principal concerns of Russia were not taken into account, namely the prevention of the NATO expansion, the refusal of deployment of strike weapon systems near the Russian borders and the return of military potential of the bloc in Europe to positions of 1997."
m1 = "The first assessment is simple: on the main question there is no answer. We asked for the non-expansion of NATO to the east, fixed in law, in treaty, with signatures, and we received the letter about \"open doors\". This is not the answer, this is the refusal of the answer."
m2 = "Yes, they offered to talk about the intermediate-range missiles, and this is not bad. But remember, it was us who proposed the moratorium on such missiles in Europe already in 2019, and Americans ignored it. Now they present our own idea as gift to us."
m3 = "About exercises is separate conversation. When near our border in the Baltic states and in the Black Sea go the exercises of the alliance with thousands of soldiers, strategic bombers fly along our border and the destroyers come with cruise missiles on board — this is not about \"transparency\". This must be stopped, and stopped on the distance from where they can strike."
m4 = "Ukraine matters as territory. The question is not only the formal membership, which we demand to exclude forever. The question is that infrastructure of the alliance already comes there: instructors, the Javelins, the drones, the training centres in Yavoriv. This is membership de facto without membership de jure, and it must be ended."
m5 = "I will say as military man: troops are on own territory. Where Russia keeps its divisions, in Voronezh or in Yelnya, is business of Russia, not of Mr. Blinken, and nobody will withdraw them on his request."
m6 = "This is ultimatum in reverse. We did not put any preconditions, we said: let us sit and let us sign. Why must we fulfil their conditions before the talk even begins?"
m7 = "I will not reveal plans of the General Staff, I am in reserve for long time. But the answer can be mirror. If American missiles appear in Romania and Poland in strike version, we will put own systems there where they will be able to reach decision-making centres. Everybody understands this language."
m8 = "The chance is always. Sergey Viktorovich Lavrov said that we will not let ourselves be dragged into endless talks, and he is right. But the diplomats must work, and military must be ready. So it was always in our history."
GM = "gennady-morozov"
L["izvestia-2022-01-31-general-morozov-interview"] = [
 (ev_put, "vladimir-putin", 1, "President Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (ev_put, "vladimir-putin", 1, "President Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 (ev_put, "vladimir-putin", 1, "President Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 (m1, GM, 1, "Gennady Morozov", "nato-non-expansion", "supports", 1, g),
 (m1, GM, 1, "Gennady Morozov", "written-legal-guarantees", "supports", 1, g),
 (m1, GM, 1, "Gennady Morozov", "nato-open-door", "rejects", 1, g),
 (m2, GM, 1, "Gennady Morozov", "no-intermediate-range-missiles", "supports", 1, g),
 (m3, GM, 1, "Gennady Morozov", "limit-military-exercises", "supports", 1, g),
 (m3, GM, 1, "Gennady Morozov", "no-warships-aircraft-in-strike-range", "supports", 1, g),
 (m4, GM, 1, "Gennady Morozov", "no-ukraine-membership", "supports", 1, g),
 (m4, GM, 1, "Gennady Morozov", "no-military-activity-ex-soviet", "supports", 1, g),
 (m5, GM, 1, "Gennady Morozov", "russia-de-escalation", "rejects", 1, g),
 (m6, GM, 1, "Gennady Morozov", "no-preconditions", "supports", 1, g),
 (m6, GM, 1, "Gennady Morozov", "russia-de-escalation", "rejects", 1, g),
 (m7, GM, 1, "Gennady Morozov", "no-strike-weapons-near-borders", "supports", 1, g),
 (m8, GM, 1, "Gennady Morozov", "", "", 1, g),
]

s = "2022-01-18"
ev_halt = "The Secretary heard Foreign Minister Lavrov restate Moscow's call for a halt to any further enlargement of NATO, and he was clear that this is a non-starter for the United States."
ev_disc = "The Secretary noted that the United States remains prepared to discuss, on a reciprocal basis with Russia, the future deployment of intermediate- and shorter-range missile systems in Europe and the scope and transparency of military exercises, as the U.S. delegation conveyed in Geneva on January 10 and as Allies conveyed at the NATO-Russia Council on January 12."
L["state-2022-01-18-secretary-blinkens-call-with-russian-foreign-minister-lavrov"] = [
 ("Secretary Blinken urged Russia to pull back the forces it has massed on Ukraine's borders and in occupied Crimea and to take immediate, verifiable steps toward de-escalation.", "antony-blinken", 1, "Secretary Blinken", "russia-de-escalation", "supports", 0, s),
 (ev_halt, "sergei-lavrov", 1, "Foreign Minister Lavrov", "nato-non-expansion", "supports", 0, s),
 (ev_halt, "antony-blinken", 1, "The Secretary", "nato-non-expansion", "rejects", 0, s),
 (ev_halt, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("He reiterated that the United States will not bargain away the principle that every nation is free to choose its own alliances and that NATO's door remains open to European democracies that meet the standards of membership.", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, s),
 (ev_disc, "antony-blinken", 1, "The Secretary", "no-intermediate-range-missiles", "mentions", 0, s),
 (ev_disc, "antony-blinken", 1, "The Secretary", "limit-military-exercises", "mentions", 0, s),
 ("He also expressed openness to restoring regular channels of communication between our militaries, including to reduce the risk of accidents and incidents at sea and in the air, a step both sides have said would serve their interests regardless of the outcome of the broader discussions.", "antony-blinken", 1, "He", "resume-military-dialogue", "supports", 0, s),
]

k = "2022-01-13"
ev_carp = "Carpenter said the United States would not accept any proposal that let Moscow decide whether Ukraine may seek membership in NATO."
ev_carp2 = "He said Washington was open to talking about greater transparency and reciprocal limits on exercises within the OSCE's Vienna Document, but only if Russia stepped back."
ev_luk = "He repeated that the alliance must stop its eastward march and give up any plans to bring in Ukraine."
ev_ok = "What Russia wants in Vienna is what it wanted in Geneva: a promise that Ukraine stays out of NATO forever."
L["kyivindependent-2022-01-13-russia-threatens-necessary-measures-at-osce"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, k),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour toward Russia continues, we will be forced to take necessary measures to eliminate unacceptable risks to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, k),
 (ev_luk, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, k),
 (ev_luk, "alexander-lukashevich", 1, "He", "no-ukraine-membership", "supports", 0, k),
 ("Non-expansion of NATO is not a matter for bargaining,", "alexander-lukashevich", 1, "the Russian envoy", "nato-non-expansion", "supports", 1, k),
 ("It is a matter of our national security.", "alexander-lukashevich", 1, "the Russian envoy", "nato-non-expansion", "supports", 1, k),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, k),
 (ev_carp, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, k),
 (ev_carp, "michael-carpenter", 1, "Carpenter", "no-ukraine-membership", "rejects", 0, k),
 (ev_carp2, "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, k),
 (ev_carp2, "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, k),
 ("Russia must withdraw its troops from our borders and stop its blackmail,", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "russia-de-escalation", "supports", 1, k),
 ("Only then can we talk seriously about European security.", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "russia-de-escalation", "supports", 1, k),
 ("No one will decide for Ukraine whether we join NATO or not,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, k),
 ("No one will decide for Ukraine whether we join NATO or not,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, k),
 ("This is our sovereign choice and the choice of the 30 allies, and nobody else's.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, k),
 ("Moscow is trying to turn the OSCE into one more stage for the same ultimatum,", "oksana-demchenko-lys", 1, "she", "", "", 1, ""),
 (ev_ok, "oksana-demchenko-lys", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (ev_ok, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
]

n = "2022-01-26"
ev_lav = "Russian Foreign Minister Sergei Lavrov told members of the State Duma on Wednesday that if the Western answers fail to address Moscow's main demand — that NATO not move any closer to Russia's borders — Putin will be presented with options for a response."
L["nbcnews-2022-01-26-russia-ukraine-tensions-live-updates"] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, n),
 ("NATO Secretary General Jens Stoltenberg said the alliance had sent its own proposals to Moscow, including ideas on reciprocal transparency and on missiles in Europe.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, n),
 ("We are prepared to sit down and discuss arms control, including on missiles,", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, n),
 ("We call on Russia to immediately de-escalate the situation.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, n),
 ("There is no position in it that would go against Ukraine's interests,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, n),
 ("There is a path forward through diplomacy, but it is up to Russia to de-escalate and pull its forces back,", "jen-psaki", 1, "she", "russia-de-escalation", "supports", 1, n),
 ("Judging by the statements made in Washington, there is little reason for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, n),
 (ev_lav, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, n),
 (ev_lav, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Letting Putin hold a veto over which democracies may join NATO would be a historic mistake,", "daniel-whitcomb", 1, "Whitcomb", "nato-open-door", "supports", 1, n),
 ("No final decisions have been made about deploying these forces,", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-25"),
 ("Russian officials have since insisted that any guarantees be legally binding rather than political promises.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
]

a = "2022-01-27"
ev_k = "The Kremlin had demanded, among other things, an end to NATO enlargement and the withdrawal of allied forces from Central and Eastern Europe."
a1 = "Washington was right to refuse to close NATO's door. Ukraine and every other European democracy must remain free to choose its own alliances, and no treaty can give Moscow a veto over that choice."
a2 = "What the United States did put on the table, reciprocal limits on missile deployments and on exercises, is serious. These are things the Russians themselves have asked for, and they would make Europe safer. If Putin wants to claim a win, it is there for him."
v1 = "The Kremlin never expected a yes. Its demand that NATO pull back to its 1997 lines was written to be refused, so that refusal could become a pretext."
v2 = "Watch Belarus. The Union Resolve exercises start next month, and the Russian forces moving there are not going home soon."
r1 = "The allies should also say plainly that Russia has to pull its battalion tactical groups back from Ukraine's border before any of these arms control ideas go anywhere. Talks under the gun are not talks."
r2 = "There is one Russian request I would take seriously: restoring military-to-military contact. We have fewer channels with the Russian General Staff today than we did in the 1980s, and that is dangerous."
s1 = "For the Baltic states, Moscow's demand to take allied troops out of countries that joined after 1997 is the heart of the matter. It would leave us with fewer protections than any other member of the alliance, and we cannot accept it."
s2 = "The written answers did their job: they were firm and offered nothing on the eastern flank. Now the allies have to match words with more forces on the ground in Lithuania, Latvia and Estonia."
GA, NV, TR, AS = "gregory-ashdown", "natalia-voronets", "thomas-rennick", "aurelija-simkute"
L["atlanticcouncil-2022-01-27-experts-react-us-nato-answers"] = [
 (ev_k, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 (ev_k, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (a1, GA, 1, "Gregory Ashdown", "nato-open-door", "supports", 1, a),
 (a1, GA, 1, "Gregory Ashdown", "nato-non-expansion", "rejects", 1, a),
 (a1, GA, 1, "Gregory Ashdown", "no-ukraine-membership", "rejects", 1, a),
 (a2, GA, 1, "Gregory Ashdown", "no-intermediate-range-missiles", "supports", 1, a),
 (a2, GA, 1, "Gregory Ashdown", "limit-military-exercises", "supports", 1, a),
 (a2, "russia", 0, "the Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 (a2, "russia", 0, "the Russians", "limit-military-exercises", "supports", 0, ""),
 (v1, NV, 1, "Natalia Voronets", "rollback-to-1997", "mentions", 1, a),
 (v1, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (v2, NV, 1, "Natalia Voronets", "", "", 1, a),
 (r1, TR, 1, "Thomas Rennick", "russia-de-escalation", "supports", 1, a),
 (r2, TR, 1, "Thomas Rennick", "resume-military-dialogue", "supports", 1, a),
 (r2, "russia", 0, "Russian", "resume-military-dialogue", "supports", 0, ""),
 (s1, AS, 1, "Aurelija Šimkutė", "rollback-to-1997", "rejects", 1, a),
 (s1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (s2, AS, 1, "Aurelija Šimkutė", "", "", 1, a),
]

t = "2022-01-27"
e1 = "Madam Speaker! Honourable Members of the Saeima! A year ago I stood on this rostrum and spoke of a deteriorating security environment. Today I must tell you that it has deteriorated further than any of us expected."
e2 = "On 17 December Russia published two documents which it calls draft treaties on security guarantees. In essence, they demand that NATO shut its door to new members and that allied forces leave the countries that joined after 1997, Latvia among them. These are not proposals; they are an ultimatum, and they are unacceptable."
e3 = "Yesterday the United States and NATO handed their written replies to Moscow. I want to thank our allies: Latvia was consulted at every step, and the answers are clear. NATO's door stays open, and no third country will decide where allied troops are stationed."
e4 = "At the same time, Latvia supports a dialogue on arms control, on the transparency of military exercises and on risk reduction, on a reciprocal basis, provided Russia withdraws the forces it has concentrated near Ukraine and in Belarus."
e5 = "The NATO enhanced forward presence battalion in Ādaži is not a threat to anyone. It is here at our invitation, and it will stay as long as we need it. Thank you!"
k1 = "Dear colleagues! Nobody in this hall wants war. But let us be honest with ourselves: if we do not want war, we must talk, and talk without conditions set in advance by anyone."
k2 = "The Russian side says that it is worried about missiles and about NATO infrastructure moving up to its borders. One may agree or disagree, but these concerns should be discussed at the table, not ridiculed in this hall."
k3 = "I do not say that Latvia should leave NATO or that the allied soldiers must go home. I say that Latvia should be a voice for de-escalation on both sides of the border, not only a voice for more tanks."
d1 = "Mr Kiseļovs speaks of talks without conditions. But Moscow has already set its conditions: that Ukraine and Georgia be barred from the alliance forever, that the Bucharest promise of 2008 be torn up, that we in the Baltic states be left without allied troops. Not one of these conditions is acceptable to Latvia."
d2 = "The real problem is the Russian troops at Ukraine's border and now in Belarus for the so-called Union Resolve exercise. They must go back to their barracks, and that is where any talk of security in Europe must begin."
d3 = "The National Alliance faction will support the report of the Foreign Minister."
ER, AK, ID = "edgars-rinkevics", "aleksandrs-kiselovs", "ilze-dambe-kalnina"
L["saeima-2022-01-27-annual-foreign-policy-debate"] = [
 (e1, ER, 1, "E. Rinkēvičs", "", "", 1, t),
 (e2, ER, 1, "E. Rinkēvičs", "nato-non-expansion", "rejects", 1, t),
 (e2, ER, 1, "E. Rinkēvičs", "rollback-to-1997", "rejects", 1, t),
 (e2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (e2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (e3, ER, 1, "E. Rinkēvičs", "nato-open-door", "supports", 1, t),
 (e3, ER, 1, "E. Rinkēvičs", "rollback-to-1997", "rejects", 1, t),
 (e4, ER, 1, "E. Rinkēvičs", "limit-military-exercises", "mentions", 1, t),
 (e4, ER, 1, "E. Rinkēvičs", "russia-de-escalation", "supports", 1, t),
 (e5, ER, 1, "E. Rinkēvičs", "rollback-to-1997", "rejects", 1, t),
 (k1, AK, 1, "A. Kiseļovs", "no-preconditions", "supports", 1, t),
 (k2, AK, 1, "A. Kiseļovs", "no-intermediate-range-missiles", "mentions", 1, t),
 (k2, AK, 1, "A. Kiseļovs", "nato-non-expansion", "mentions", 1, t),
 (k2, "russia", 0, "The Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 (k2, "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, ""),
 (k3, AK, 1, "A. Kiseļovs", "rollback-to-1997", "mentions", 1, t),
 (k3, AK, 1, "A. Kiseļovs", "russia-de-escalation", "supports", 1, t),
 (d1, ID, 1, "I. Dambe-Kalniņa", "no-preconditions", "mentions", 1, t),
 (d1, ID, 1, "I. Dambe-Kalniņa", "no-ukraine-membership", "rejects", 1, t),
 (d1, ID, 1, "I. Dambe-Kalniņa", "rescind-bucharest-2008", "rejects", 1, t),
 (d1, ID, 1, "I. Dambe-Kalniņa", "rollback-to-1997", "rejects", 1, t),
 (d1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (d1, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (d1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (d2, ID, 1, "I. Dambe-Kalniņa", "russia-de-escalation", "supports", 1, t),
 (d3, ID, 1, "I. Dambe-Kalniņa", "", "", 1, t),
]

write_gold(L, "articles-306", "gold-306")
