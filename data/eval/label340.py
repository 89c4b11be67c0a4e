#!/usr/bin/env python3
"""Writes the held-out gold of batch 340 (gold-340/*.nq) from the labels below.

Batch 340 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-27-us-nato-written-answers: Reuters wire story on the
  26 January written answers; Blinken quote split by "he said", anonymous State
  Department official, Russia's 17 December demands in a background sentence,
  Wednesday/Thursday resolved against a 27 January dateline.
- kommersant-2022-01-28-grushko-interview: Kommersant interview with Grushko in
  clumsy translation, dash turns, « » quotes, no front matter (date 28.01.2022);
  each answer paragraph is a quotation, several demands per answer.
- state-department-2022-01-11-department-press-briefing: Price briefing
  transcript (MR PRICE / QUESTION labels); questions carry Ryabkov's demands but
  get no label; offers to discuss missiles, exercises and mil-mil contacts.
- bns-2022-01-13-landsbergis-1997-lines: Baltic News Service story, no front
  matter; demand attributed to Moscow inside Landsbergis's sentence, OSCE chair
  quote about no demand, lawmaker and analyst, "on Wednesday" tweet.
- economist-2022-02-02-putin-breaks-his-silence: Economist Espresso item;
  "Mr Putin", multi-sentence quote, leaked documents described (not labelled),
  analyst quote split in two with a demand attributed to the Kremlin.
- iiss-2022-01-18-what-can-be-salvaged: IISS online analysis by an invented
  fellow; two-sentence Ryabkov quote, Sherman/Grushko/Stoltenberg/Carpenter,
  author's prose naming Moscow's demands in passing, Founding Act background.
- senat-rp-2022-01-19-debate-russian-security-proposals: Polish Senate
  stenographic record in translation, UTF-8 BOM and CRLF; speaker labels,
  Marshal (host) and senators' questions unlabelled, Moscow's demands reported
  inside speeches.

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

L["reuters-2022-01-27-us-nato-written-answers"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path forward should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("He again urged Russia to pull back the more than 100,000 troops it has massed near Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Washington also told Moscow it was ready to discuss reciprocal limits on the deployment of offensive missiles in Ukraine and on the scale of military exercises in Europe, a senior State Department official said on Wednesday, speaking on condition of anonymity.", "us-state-department", 0, "a senior State Department official", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Washington also told Moscow it was ready to discuss reciprocal limits on the deployment of offensive missiles in Ukraine and on the scale of military exercises in Europe, a senior State Department official said on Wednesday, speaking on condition of anonymity.", "us-state-department", 0, "a senior State Department official", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("NATO Secretary-General Jens Stoltenberg, who sent the alliance's own paper to Moscow hours later, said the 30 allies would not give up the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Stoltenberg said NATO was ready to re-establish its liaison office in Moscow, to reopen the Russian mission to the alliance and to set up a civilian and military hotline to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Russian Foreign Minister Sergei Lavrov said on Thursday the U.S. response gave no positive answer on the main question, which he described as halting NATO's expansion to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It's obvious that our main concerns were not taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("There is nothing in it about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("Russia, which denies planning an invasion, handed Washington and NATO draft treaties on Dec. 17 demanding that the alliance halt all military activity in Eastern Europe, Ukraine and the Caucasus and roll its deployments back to where they stood in 1997.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Russia, which denies planning an invasion, handed Washington and NATO draft treaties on Dec. 17 demanding that the alliance halt all military activity in Eastern Europe, Ukraine and the Caucasus and roll its deployments back to where they stood in 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov, who led Moscow's delegation at talks in Geneva on Jan. 10, told reporters that day that guarantees Ukraine would never join NATO were \"an absolute must\" for Russia.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
]

G = "alexander-grushko"
D = "2022-01-27"
L["kommersant-2022-01-28-grushko-interview"] = [
 ("We are studying them carefully, the interagency work is going on. But already now I can say that the key questions, those about which we wrote in our drafts, are not solved there.", G, 1, "Alexander Grushko", "", "", 1, D),
 ("First of all the non-expansion of NATO. We need legal guarantees that the alliance will not move further to the east — not a promise, not a moratorium for some years, but a treaty which is ratified.", G, 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, D),
 ("First of all the non-expansion of NATO. We need legal guarantees that the alliance will not move further to the east — not a promise, not a moratorium for some years, but a treaty which is ratified.", G, 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, D),
 ("Yes, they repeat this mantra about the freedom to choose alliances as if it was the only principle. But there is also the principle of indivisibility of security, fixed in Istanbul and in Astana: no state may strengthen its security at the expense of others. The so-called open door cannot be a license to move the military machine to our borders.", G, 1, "Alexander Grushko", "nato-open-door", "rejects", 1, D),
 ("Ukraine in NATO is a red line for us, and the formula of the Bucharest summit of 2008 must be disavowed, otherwise nothing is solved. As long as this promise stays on paper, it will push Kiev to adventures.", G, 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, D),
 ("Ukraine in NATO is a red line for us, and the formula of the Bucharest summit of 2008 must be disavowed, otherwise nothing is solved. As long as this promise stays on paper, it will push Kiev to adventures.", G, 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, D),
 ("These are questions that we ourselves raised many times, including the intermediate-range missiles after the INF Treaty stopped to exist in 2019, and the restriction of exercises along the line of contact between Russia and NATO. We are ready to work on them. But they cannot be separated from the main package. We will not allow to take the convenient parts out of the package and to bury the rest.", G, 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, D),
 ("These are questions that we ourselves raised many times, including the intermediate-range missiles after the INF Treaty stopped to exist in 2019, and the restriction of exercises along the line of contact between Russia and NATO. We are ready to work on them. But they cannot be separated from the main package. We will not allow to take the convenient parts out of the package and to bury the rest.", G, 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, D),
 ("We never refused a professional military dialogue. We proposed to restore it many times, it was the alliance which was against. In October they withdrew the accreditation of our diplomats, and we had to close our mission.", G, 1, "Alexander Grushko", "resume-military-dialogue", "supports", 1, D),
 ("It is our proposal, and it remains on the table. The forces and weapons which appeared on the territory of the new members after 1997 are a source of tension, and we wrote this directly in the draft agreement.", G, 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, D),
 ("This is absurd. If we wanted the pretext, we would not publish the drafts and would not go to Geneva, to Brussels and to Vienna. We want serious answers, article by article, not general words about dialogue.", G, 1, "Alexander Grushko", "", "", 1, D),
 ("If our concerns are ignored, we will take measures to compensate the threats, and the choice of these measures will be made by our military. It is not an ultimatum, it is an explanation of the logic.", G, 1, "Alexander Grushko", "", "", 1, D),
 ("The President will take the decision after the analysis. We are not in a hurry, but we will not wait forever either.", G, 1, "Alexander Grushko", "", "", 1, D),
]

P = "ned-price"
D = "2022-01-11"
L["state-department-2022-01-11-department-press-briefing"] = [
 ("Good afternoon. Just one element at the top, and then we'll be happy to take your questions.", P, 1, "MR PRICE", "", "", 1, D),
 ("Tomorrow the NATO-Russia Council will meet in Brussels, and on Thursday the OSCE Permanent Council will meet in Vienna. Those are the venues where our allies and partners have a seat at the table, and that is how it should be. Nothing about Europe without Europe.", P, 1, "MR PRICE", "", "", 1, D),
 ("As you heard from the Deputy Secretary last night in Geneva, we pushed back firmly on proposals that are simply non-starters for us. The decision on who joins NATO belongs to NATO and to the countries that want to join, and to no one else.", P, 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 ("The Deputy Foreign Minister is entitled to his views. Our view is that membership is a matter between the 30 Allies and the countries that aspire to join. No third country has a veto over that, and Russia doesn't.", P, 1, "MR PRICE", "nato-open-door", "supports", 1, D),
 ("So no, we are not going to sign up to some pledge that Ukraine will never be allowed into the Alliance. That was made clear yesterday, and it will be made clear again tomorrow.", P, 1, "MR PRICE", "no-ukraine-membership", "rejects", 1, D),
 ("There are areas where we may be able to make progress: the future of certain missile systems in Europe, the scope and scale of exercises, transparency measures. Those would have to be reciprocal, and they would have to be negotiated in close coordination with our allies.", P, 1, "MR PRICE", "no-intermediate-range-missiles", "mentions", 1, D),
 ("There are areas where we may be able to make progress: the future of certain missile systems in Europe, the scope and scale of exercises, transparency measures. Those would have to be reciprocal, and they would have to be negotiated in close coordination with our allies.", P, 1, "MR PRICE", "limit-military-exercises", "mentions", 1, D),
 ("It is very difficult to see how real progress can be made in an atmosphere of escalation. If Moscow wants to demonstrate that it is serious, the most effective way would be to pull back the forces it has amassed along Ukraine's borders and return them to their barracks.", P, 1, "MR PRICE", "russia-de-escalation", "supports", 1, D),
 ("We're not going to get ahead of the process. We'll continue to consult with allies and partners, and we'll see where we are at the end of this week.", P, 1, "MR PRICE", "", "", 1, D),
 ("We're not going to negotiate against artificial deadlines, and we're certainly not going to negotiate under the barrel of a gun. Diplomacy works on its own timelines.", P, 1, "MR PRICE", "", "", 1, D),
 ("Risk reduction is something we have long been interested in, and that includes better communication between our militaries to avoid accidents and miscalculation. That is the kind of topic that could be on the agenda if Russia chooses the path of diplomacy.", P, 1, "MR PRICE", "resume-military-dialogue", "mentions", 1, D),
 ("We continue to watch events there closely, and we've called for restraint by all sides.", P, 1, "MR PRICE", "", "", 1, D),
]

D = "2022-01-13"
LEAD = "Russia's demand that NATO pull its forces back to where they stood in 1997 is aimed squarely at the Baltic states and must not even be put on the negotiating table, Lithuanian Foreign Minister Gabrielius Landsbergis said on Thursday."
LUK = "Lukashevich said Russia's key requirement remained that NATO not expand any further and not deploy attack weapons systems in the immediate vicinity of Russian territory."
L["bns-2022-01-13-landsbergis-1997-lines"] = [
 (LEAD, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 (LEAD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("If we accepted this logic, the allied battalion in Rukla would have to pack up and go home. That will not happen,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("written in the language of spheres of influence", "artis-pabriks", 1, "Artis Pabriks", "", "", 1, ""),
 ("Estonian Prime Minister Kaja Kallas wrote on Twitter on Wednesday that the principle of open doors was not up for negotiation and that only NATO members and aspirants could decide on membership.", "kaja-kallas", 1, "Kaja Kallas", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Moscow wants a buffer zone, and we are supposed to be the buffer. Withdrawing allied troops from the countries that joined after 1997 would mean leaving us alone with Russia, and no Lithuanian government will ever accept it,", "dainius-vaitkevicius", 1, "Vaitkevičius", "rollback-to-1997", "rejects", 1, ""),
 ("The drafts are a list of grievances dressed up as diplomacy. Nobody, including in Moscow, really expects them to be signed as they are,", "justina-petrauskaite", 1, "she", "", "", 1, ""),
]

D = "2022-02-01"
THREE = "Those concerns, he said, were three: no further enlargement of NATO, no offensive weapons on Russia's doorstep, and a return of the alliance's military infrastructure in Europe to where it stood in 1997."
SOK2 = "Having demanded everything in writing and with a ratification stamp, it must now either walk away or settle for much less than it asked for."
L["economist-2022-02-02-putin-breaks-his-silence"] = [
 (THREE, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, D),
 (THREE, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, D),
 (THREE, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea. Are we supposed to go to war with the NATO bloc? Has anyone thought about that? Apparently not,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("He also waved away the idea that countries are free to pick their alliances, invoking instead the notion, agreed at summits of the OSCE in Istanbul in 1999 and Astana in 2010, that no state should strengthen its security at the expense of another's.", "vladimir-putin", 1, "He", "nato-open-door", "rejects", 0, D),
 ("There is no change; there will be no change.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, ""),
 ("Jens Stoltenberg, NATO's secretary-general, insists that Russia will get no say over who joins the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The Kremlin has painted itself into a corner,", "irina-sokolovskaya", 1, "Irina Sokolovskaya", "", "", 1, ""),
 (SOK2, "irina-sokolovskaya", 1, "Irina Sokolovskaya", "written-legal-guarantees", "mentions", 1, ""),
 (SOK2, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
]

MOSCOW = "Moscow is asking the West to forswear any further enlargement of the Alliance, to refrain from stationing intermediate-range missiles within reach of Russian territory, and to pull allied forces out of the states that joined NATO after May 1997."
SHER = "She told reporters that Washington was open to discussing the future deployment of certain missiles in Europe as well as reciprocal limits on the size and scope of military exercises."
CORE = "The core Russian demands – an end to enlargement and a withdrawal to the force posture of 1997 – cannot be met by any NATO government without abandoning principles that the Alliance regards as foundational."
INF = "Since the collapse of the INF Treaty in August 2019, Russia has proposed a moratorium on deploying such systems in Europe, and Washington has signalled an interest in a verifiable successor regime."
L["iiss-2022-01-18-what-can-be-salvaged"] = [
 (MOSCOW, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MOSCOW, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (MOSCOW, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We need to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (SHER, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (SHER, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("At the NATO–Russia Council on 12 January, the first in more than two years, Deputy Foreign Minister Alexander Grushko pressed the Alliance to formally renounce the promise made to Ukraine and Georgia at the 2008 Bucharest summit.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("Allies reaffirmed that each country has the right to choose its own security arrangements. That is also reflected in many documents signed by Russia,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Stoltenberg said the Allies had proposed a series of meetings on risk reduction, transparency and better military-to-military communication.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 (CORE, "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 (CORE, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 (INF, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (INF, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Moscow has insisted that its proposals are a package, and that discussion of secondary items without movement on enlargement is of little interest.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

M = "marcin-przydacz"
D = "2022-01-19"
P1 = "The Russian Federation presented documents which are in fact an ultimatum. It demands that the North Atlantic Alliance withdraw its forces from the territory of the states which joined after 1997, so also from Poland, where today American and allied soldiers are stationed."
P3 = "We also reject the idea that Russia could decide which states may join the Alliance. Ukraine and Georgia have the right to make their own choices, like every sovereign state, and we will not accept any closing of the door to them."
BS1 = "In 1997, when the NATO–Russia Founding Act was signed, Poland was not yet a member, and we remember how hard it was to convince our allies. Today Moscow demands that we return to the grey zone, without allied soldiers on our soil, and I say clearly from this tribune: this will not happen."
BS2 = "I would like also to remind that in Bucharest in 2008 the Alliance promised Ukraine and Georgia membership. Now Russia wants this promise to be annulled. We should write in the resolution of the Senate that this promise remains valid."
B = "jadwiga-borowiec-sadowska"
W = "krzysztof-wielgus-nowicki"
L["senat-rp-2022-01-19-debate-russian-security-proposals"] = [
 (P1, M, 1, "Marcin Przydacz", "rollback-to-1997", "mentions", 1, D),
 (P1, "russia", 0, "The Russian Federation", "rollback-to-1997", "supports", 0, ""),
 ("Poland will not agree to any division of Europe into spheres of influence. The presence of allied troops on the eastern flank is not a subject of negotiation with Moscow, and the Polish government said this clearly to our American partners and in Brussels.", M, 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, D),
 (P3, M, 1, "Marcin Przydacz", "nato-open-door", "supports", 1, D),
 (P3, M, 1, "Marcin Przydacz", "no-ukraine-membership", "rejects", 1, D),
 ("At the same time we do not exclude talks on arms control, on the transparency of military exercises, on the reduction of risks. Poland, as the chairmanship of the OSCE this year, will create a space for such dialogue, as Minister Rau said in Vienna on 13 January.", M, 1, "Marcin Przydacz", "limit-military-exercises", "mentions", 1, D),
 ("But first Russia must withdraw its troops from the Ukrainian border. Without de-escalation there is no serious conversation, there is only dictate.", M, 1, "Marcin Przydacz", "russia-de-escalation", "supports", 1, D),
 ("Thank you for the question. We are in constant consultation with the American side, and I can assure the High Chamber that nothing about Poland will be decided without Poland.", M, 1, "Marcin Przydacz", "", "", 1, D),
 ("Concerning Redzikowo: the base is defensive, it is not able to strike Russian territory, and the Russian claims that these are offensive systems are simply false. Any talks about the transparency of missile systems must be reciprocal and must include the Russian Iskanders in the Kaliningrad oblast.", M, 1, "Marcin Przydacz", "no-intermediate-range-missiles", "mentions", 1, D),
 (BS1, B, 1, "Jadwiga Borowiec-Sadowska", "rollback-to-1997", "rejects", 1, D),
 (BS1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (BS2, B, 1, "Jadwiga Borowiec-Sadowska", "rescind-bucharest-2008", "rejects", 1, D),
 (BS2, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Mr Marshal, in this matter there is no opposition and no government, there is Poland. I support what the minister said today.", W, 1, "Krzysztof Wielgus-Nowicki", "", "", 1, D),
 ("But I am asking the government to speak also with Berlin and Paris with one voice, so that nobody in Europe will think that a deal with Moscow over our heads is possible.", W, 1, "Krzysztof Wielgus-Nowicki", "", "", 1, D),
]

write_gold(L, "articles-340", "gold-340")
