#!/usr/bin/env python3
"""Writes the held-out gold of batch 294 (gold-294/*.nq) from the labels below.

Batch 294 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-27-putin-got-his-answer-in-writing: Bloomberg Opinion column
  by an invented columnist; columnist's own voice (unlabelled), Baker/Founding
  Act/Bucharest background, "Moscow demanded" three demands in one sentence,
  an analyst whose quotation attributes a demand to Moscow, "Wednesday"/"Thursday".
- tass-2022-01-13-security-guarantees-feed: four TASS English items with time
  stamps, no front matter; "the diplomat said", Grushko "on Wednesday" inside a
  13 January item, short partial quotes, an IMEMO expert, a Kremlin denial.
- kremlin-2022-01-21-security-council-meeting: Kremlin.ru transcript with speaker
  labels (Putin, Lavrov, Shoigu, Patrushev); each paragraph one quotation, name-
  and-patronymic hand-overs, salutations too short to label.
- ukrinform-2022-01-26-kuleba-us-response-no-surprises: Ukrinform story with
  "Read also" link lines, UTF-8 BOM and CRLF; Ukrainian side rejecting Russian
  demands, an MP and an invented expert, background paragraph on the drafts.
- independent-2022-01-21-blinken-lavrov-geneva-live: The Independent live blog,
  reverse-chronological time stamps, key points, an interrupted Lavrov quotation,
  partial quotations, an analyst, "Washington has repeatedly said".
- stratfor-2022-01-11-after-geneva-the-real-bargaining: Stratfor-style worldview;
  analytic voice with background history, Sherman's offers to discuss, an
  invented ex-diplomat, Stoltenberg's "second-class" remark glossed as a
  reference to the Russian 1997 demand.
- seimas-2022-01-19-nsgk-hearing-security-guarantees: Seimas committee hearing
  minutes in English translation; chair (host) and members' questions unlabelled,
  vice-minister's and colonel's paragraphs each one quotation.

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

D = "bloomberg-2022-01-27-putin-got-his-answer-in-writing"
moscow_drafts = "In the drafts it published on Dec. 17, Moscow demanded far more than a pledge about Ukraine: it wanted the alliance to pull its forces back to where they stood in 1997, to keep its warships and bombers out of striking range, and to forswear drills of any size along Russia's frontier."
us_offer = "Officials briefing reporters on Wednesday said the document proposes talks on reciprocal limits for intermediate-range missiles in Europe and on transparency for large military exercises."
lavrov_main = "The main question is our clear position on the inadmissibility of NATO's further expansion eastward and the deployment of strike weapons that could threaten Russian territory,"
tillerby1 = "Moscow asked for legally binding guarantees and got a diplomatic letter. That gap is the whole story,"
L[D] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (moscow_drafts, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (moscow_drafts, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 (moscow_drafts, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2021-12-17"),
 (us_offer, "united-states", 0, "Officials", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (us_offer, "united-states", 0, "Officials", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (lavrov_main, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (lavrov_main, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (tillerby1, "marcus-tillerby", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (tillerby1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("The Russians can now say they were ignored, or they can say they were heard. Both would be true.", "marcus-tillerby", 1, "Marcus Tillerby", "", "", 1, ""),
 ("But we will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He added that NATO expected Russia to pull back the more than 100,000 troops it has massed near Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
]

D = "tass-2022-01-13-security-guarantees-feed"
ryab_ua = "According to Ryabkov, Moscow continues to insist that Ukraine and Georgia should never become members of the North Atlantic Alliance and that this commitment should be fixed in a legally binding form."
grushko_rep = "NATO must put an end to large-scale military exercises near Russia's borders and stop deploying attack weapons in neighboring countries, Russian Deputy Foreign Minister Alexander Grushko said on Wednesday after the Russia-NATO Council meeting in Brussels."
grushko_q = "We told our NATO colleagues frankly: if you are really concerned about security, stop pulling your strike systems towards our territory and stop holding exercises in the immediate vicinity of our borders,"
luk_1997 = "According to him, the Russian demand that NATO forces and weapons be pulled back to the positions of 1997 is \"not a whim\" but a matter of principle."
orekhov_q = "Missiles and exercises are important, but the Russian proposals are about non-expansion first of all. If this point is removed, the rest loses its meaning,"
orekhov_inf = "Orekhov added that the US will most likely offer Moscow talks on a moratorium on intermediate-range missile deployment, which Russia has been proposing since 2019."
L[D] = [
 ("The American side is telling us one and the same thing: the door is open and it will stay open. For us, this is a dead end, a road to nowhere,", "sergei-ryabkov", 1, "the diplomat", "nato-open-door", "rejects", 1, "2022-01-13"),
 (ryab_ua, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 (ryab_ua, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 (ryab_ua, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (ryab_ua, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We need not assurances, not promises, but guarantees, with signatures, ratified. Otherwise the whole exercise makes no sense,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 (grushko_rep, "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (grushko_rep, "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 (grushko_q, "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-12"),
 (grushko_q, "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("Either the package is taken seriously, or there will be no package,", "alexander-grushko", 1, "the deputy minister", "", "", 1, "2022-01-12"),
 ("According to him, NATO \"ignores the main thing\" - that the alliance's expansion eastward must stop.", "alexander-grushko", 1, "him", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behavior towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, "2022-01-13"),
 (luk_1997, "alexander-lukashevich", 1, "him", "rollback-to-1997", "supports", 0, "2022-01-13"),
 (luk_1997, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
 ("the drumbeat of war is sounding loud.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Russia moves its troops within its own territory and does not intend to take into account anyone's demands to withdraw them, Kremlin Spokesman Dmitry Peskov told reporters on Thursday.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("The movement of our armed forces on Russian territory is our sovereign business. We have said this many times and will repeat it again,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 (orekhov_q, "vladimir-orekhov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (orekhov_q, "vladimir-orekhov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (orekhov_q, "vladimir-orekhov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (orekhov_q, "russia", 0, "the Russian proposals", "nato-non-expansion", "supports", 1, ""),
 (orekhov_inf, "vladimir-orekhov", 1, "Orekhov", "no-intermediate-range-missiles", "mentions", 0, ""),
 (orekhov_inf, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
]

D = "kremlin-2022-01-21-security-council-meeting"
put3 = "Before he does, I would like to say a few words. Our proposals were not drawn up overnight and they are not an ultimatum, as some of our colleagues abroad like to say. We have set out, clearly and in writing, what we need: that the North Atlantic bloc does not move any further eastward, and that no weapons systems capable of reaching Moscow in a few minutes are placed on the territory of our neighbours."
lav2 = "We once again drew our partners' attention to the fact that the key element of our proposals is the non-expansion of NATO and the non-deployment of strike weapons near our borders. Everything else, including confidence-building measures and the parameters of exercises, is important, but it is derived from this main element."
L[D] = [
 ("Today we have one main topic on the agenda: the results of the contacts our diplomats have had with our American partners and with NATO over the past two weeks, including today's meeting in Geneva. I would ask Sergei Viktorovich to report in detail.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-01-21"),
 (put3, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2022-01-21"),
 (put3, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-01-21"),
 ("I want to stress this: verbal assurances are not enough for us. We have been there already. We were told one thing in the 1990s, and then five waves of expansion followed. So we need legal guarantees, fixed on paper and ratified.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 ("As you know, today in Geneva I met with US Secretary of State Antony Blinken. The conversation was frank and, I would say, useful. The American side promised to give us a written response to all of our proposals next week.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-21"),
 (lav2, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-21"),
 (lav2, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-21"),
 (lav2, "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "supports", 1, "2022-01-21"),
 ("We also stressed that the Istanbul and Astana commitments on the indivisibility of security, signed at the highest level, cannot be read selectively. The right to choose alliances cannot be exercised at the expense of the security of other states.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 1, "2022-01-21"),
 ("The Americans again raised the subject of our troops. I told Mr Blinken that we have never threatened the Ukrainian people and that demands to pull our units back from our own territory are simply out of place.", "sergei-lavrov", 1, "Sergei Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-21"),
 ("The situation along our western borders continues to be tense. In 2021 the number of NATO reconnaissance flights near our territory grew substantially, and strategic bombers of the US Air Force approached our borders at a distance of up to 20 kilometres.", "sergei-shoigu", 1, "Sergei Shoigu", "", "", 1, "2022-01-21"),
 ("In these conditions, we consider it necessary that our proposals on keeping warships and aircraft outside the zones from which they can strike each other's territory be accepted without delay. The Armed Forces are ready to respond to any development of the situation.", "sergei-shoigu", 1, "Sergei Shoigu", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-21"),
 ("Mr President, I fully agree with the assessments that have been given. I would only add that the cooperation of the United States and its allies with Ukraine in the military sphere, including the supply of weapons and the training of personnel, must be stopped. This is a direct threat to our security.", "nikolai-patrushev", 1, "Nikolai Patrushev", "no-military-activity-ex-soviet", "supports", 1, "2022-01-21"),
 ("Good. We will wait for the written response from our partners and then determine our further steps.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-01-21"),
]

D = "ukrinform-2022-01-26-kuleba-us-response-no-surprises"
kul_veto = "The minister stressed that the question of Ukraine's membership in NATO is decided only by Ukraine and the members of the Alliance, and that no third country has a right of veto."
zel = "Our strategic course to the European Union and NATO is written in the Constitution. No one in Moscow or anywhere else will rewrite it for us,"
volo_rep = "Member of the Verkhovna Rada Committee on Foreign Policy and Interparliamentary Cooperation Iryna Voloshchuk told Ukrinform that the Kremlin's demands to ban Ukraine from joining NATO and to withdraw Allied forces from Eastern Europe were \"unacceptable\" from the very beginning."
volo_q = "The Russians wanted to return Europe to 1997 and to receive a veto on our future. They have received neither. But we must be realistic: Moscow will now look for a pretext,"
syd_q = "Washington offered Moscow to talk about missiles and exercises, that is, about things that can be verified and counted. But the non-expansion of NATO was not and could not be the subject of a deal,"
L[D] = [
 ("We have seen the text of the American response before it was handed over to the Russian side. We have no objections to it. There is nothing in it that would touch on the interests of Ukraine behind our back,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-26"),
 (kul_veto, "dmytro-kuleba", 1, "The minister", "nato-open-door", "supports", 0, "2022-01-26"),
 (kul_veto, "dmytro-kuleba", 1, "The minister", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Russia cannot decide who joins the Alliance and who does not. This is a fundamental thing, and our partners confirmed it again today,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He also called on Moscow to take the path of de-escalation and withdraw the troops concentrated near the Ukrainian border and in the temporarily occupied Crimea.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Secretary of State Antony Blinken said that the document reaffirms the principle of open doors of NATO and contains proposals on arms control and transparency.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("a strong army and a strong diplomacy", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, ""),
 (zel, "volodymyr-zelensky", 1, "the President", "no-ukraine-membership", "rejects", 1, ""),
 (zel, "volodymyr-zelensky", 1, "the President", "nato-open-door", "supports", 1, ""),
 (volo_rep, "iryna-voloshchuk", 1, "Iryna Voloshchuk", "no-ukraine-membership", "rejects", 0, ""),
 (volo_rep, "iryna-voloshchuk", 1, "Iryna Voloshchuk", "rollback-to-1997", "rejects", 0, ""),
 (volo_rep, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (volo_rep, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 (volo_q, "iryna-voloshchuk", 1, "Voloshchuk", "rollback-to-1997", "rejects", 1, ""),
 (volo_q, "iryna-voloshchuk", 1, "Voloshchuk", "no-ukraine-membership", "rejects", 1, ""),
 (volo_q, "russia", 0, "The Russians", "rollback-to-1997", "supports", 1, ""),
 (volo_q, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 1, ""),
 (syd_q, "mykola-sydorenko", 1, "the analyst", "no-intermediate-range-missiles", "mentions", 1, ""),
 (syd_q, "mykola-sydorenko", 1, "the analyst", "limit-military-exercises", "mentions", 1, ""),
 (syd_q, "mykola-sydorenko", 1, "the analyst", "nato-non-expansion", "mentions", 1, ""),
 ("In his opinion, the Kremlin will now try to split the positions of the United States and European allies, in particular by using the issue of the deployment of intermediate-range missiles.", "mykola-sydorenko", 1, "his", "no-intermediate-range-missiles", "mentions", 0, ""),
]

D = "independent-2022-01-21-blinken-lavrov-geneva-live"
marsh2 = "Moscow keeps asking for a promise that Nato will never take in Ukraine. Washington cannot give that promise without tearing up thirty years of its own policy. Arms control is the only space where the two can actually meet."
lav_core = "The Russian foreign minister added that Moscow expected concrete answers on its core demands, which he described as the non-expansion of Nato and the non-deployment of strike weapons on Russia's borders."
blink_ua = "Mr Blinken was blunt about Russia's demand that Ukraine be barred from the alliance, saying it was \"not up for negotiation\" and that the US would stand by the principle that every country decides its own security arrangements."
us_rep = "Washington has repeatedly said these ideas are non-starters, while signalling openness to talks on missile deployments and military drills."
L[D] = [
 ("Both sides needed to show they were still talking. Nobody expected a breakthrough, and nobody got one,", "helena-marsh-obi", 1, "she", "", "", 1, "2022-01-21"),
 (marsh2, "helena-marsh-obi", 1, "Dr Helena Marsh-Obi", "no-ukraine-membership", "mentions", 1, "2022-01-21"),
 (marsh2, "helena-marsh-obi", 1, "Dr Helena Marsh-Obi", "nato-open-door", "mentions", 1, "2022-01-21"),
 (marsh2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 ("We have never threatened the Ukrainian people, and we are not planning to attack Ukraine.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 (lav_core, "sergei-lavrov", 1, "The Russian foreign minister", "nato-non-expansion", "supports", 0, "2022-01-21"),
 (lav_core, "sergei-lavrov", 1, "The Russian foreign minister", "no-strike-weapons-near-borders", "supports", 0, "2022-01-21"),
 (lav_core, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (lav_core, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("Nato countries are pumping Ukraine with weapons, sending instructors, holding exercises on its territory,", "sergei-lavrov", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-21"),
 ("and then they accuse us of escalation.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 (blink_ua, "antony-blinken", 1, "Mr Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-21"),
 (blink_ua, "antony-blinken", 1, "Mr Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 (blink_ua, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("by de-escalating and removing its forces from Ukraine's borders", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("desist and step back from Ukraine before he makes a massive strategic mistake", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("She said the UK would continue to back Ukraine's \"freedom to choose\" and would stand by Nato's open door.", "liz-truss", 1, "She", "nato-open-door", "supports", 0, "2022-01-21"),
 ("We do not accept the idea of choosing the convenient points and forgetting about the rest. Our concerns must be addressed together, and in a legally binding form,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 (us_rep, "united-states", 0, "Washington", "no-military-activity-ex-soviet", "rejects", 0, ""),
 (us_rep, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, ""),
 (us_rep, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (us_rep, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
]

D = "stratfor-2022-01-11-after-geneva-the-real-bargaining"
ryab_rep = "He said the Russian side had explained to the Americans that the issue of NATO's non-expansion is a matter of national security for Russia, and that the United States must stop treating the Russian proposals as a wish list from which it can pick and choose."
sher_offer = "At the same time, Sherman indicated that the United States was prepared to discuss reciprocal restrictions on the size and scope of military exercises and the future of missile deployments in Europe, provided that any such steps applied to both sides."
wierz = "The Americans are signaling that they can give Russia something on missiles and exercises, but nothing on membership. The question is whether the Kremlin is willing to sell that at home as a win,"
stolt = "NATO Secretary-General Jens Stoltenberg has already said the alliance will not accept a \"second-class\" membership regime for its eastern members, a likely reference to the Russian demand that NATO withdraw forces deployed in Central and Eastern Europe since 1997."
L[D] = [
 ("it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (ryab_rep, "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She also made clear that Washington would not forgo bilateral cooperation with states that wish to work with the United States, a reference to Ukraine and Georgia.", "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 (sher_offer, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (sher_offer, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She repeatedly urged Moscow to de-escalate along Ukraine's border, saying that real progress would be difficult in an atmosphere of escalation.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Moscow has already proposed a moratorium on such deployments, and some European officials view the idea more favorably than they did two years ago.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (wierz, "anatol-wierzbicki", 1, "Anatol Wierzbicki", "no-intermediate-range-missiles", "mentions", 1, ""),
 (wierz, "anatol-wierzbicki", 1, "Anatol Wierzbicki", "limit-military-exercises", "mentions", 1, ""),
 (wierz, "anatol-wierzbicki", 1, "Anatol Wierzbicki", "no-ukraine-membership", "mentions", 1, ""),
 (stolt, "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, ""),
 (stolt, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
]

D = "seimas-2022-01-19-nsgk-hearing-security-guarantees"
jur_open = "Equally, the principle that each state is free to choose its alliances is not negotiable. Russia is trying to obtain a veto over the decisions of sovereign states, and Ukraine's and Georgia's path to NATO is for them and for the Allies to decide."
jur_treaty = "Moscow wants a legally binding treaty that would freeze the architecture of Europe. We will not sign any document that creates zones of different security within the Alliance."
juk = "I only want to recall for the record that Russia has demanded Allied forces not be present on the territory of states that joined after 1997 since the very beginning of this story. In 2004, when we joined, we heard the same arguments. Nothing is new."
L[D] = [
 ("Thank you, Mr Chair. The three rounds of talks last week showed that there is no common ground on the principal Russian demands. Allies spoke with one voice at the NATO-Russia Council on 12 January, and Lithuania's position was fully reflected in it.", "vaida-jurkoniene", 1, "V. JURKONIENĖ", "", "", 1, "2022-01-19"),
 ("Let me be clear about our assessment. The demand that the Alliance return its forces and infrastructure to the positions of May 1997 is directed first of all against us, against the Baltic states and Poland. For Lithuania, such a thing would mean that Allied battlegroups leave our territory. This is unacceptable and it was not discussed by the Allies as a subject for negotiation.", "vaida-jurkoniene", 1, "V. JURKONIENĖ", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 (jur_open, "vaida-jurkoniene", 1, "V. JURKONIENĖ", "nato-open-door", "supports", 1, "2022-01-19"),
 (jur_open, "vaida-jurkoniene", 1, "V. JURKONIENĖ", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("At the same time, the Allies indicated readiness to talk about risk reduction, transparency of exercises and arms control, on the basis of reciprocity. We support this, as long as it does not touch our defence plans.", "vaida-jurkoniene", 1, "V. JURKONIENĖ", "limit-military-exercises", "mentions", 1, "2022-01-19"),
 ("Thank you. Concerning the military situation: according to our data, Russia continues to concentrate forces around Ukraine and in Belarus, where exercises with the code name \"Allied Resolve\" are announced for February. We do not observe any withdrawal.", "rimantas-saltenis", 1, "R. ŠALTENIS", "russia-de-escalation", "mentions", 1, "2022-01-19"),
 ("The Russian draft also contains a provision that the Allies should not conduct exercises above brigade level in a zone along the borders. For our region, this would mean practically no exercises on our own territory. From a military point of view, we cannot accept such a limitation while Russia conducts exercises of tens of thousands of troops in Belarus.", "rimantas-saltenis", 1, "R. ŠALTENIS", "limit-military-exercises", "rejects", 1, "2022-01-19"),
 ("Our partners have assured us that nothing will be agreed about Europe without the Europeans. Missiles are a subject for arms control between the United States and Russia, and we are consulted. I do not see a risk of a decision over our heads.", "vaida-jurkoniene", 1, "V. JURKONIENĖ", "no-intermediate-range-missiles", "mentions", 1, "2022-01-19"),
 (jur_treaty, "vaida-jurkoniene", 1, "V. JURKONIENĖ", "written-legal-guarantees", "rejects", 1, "2022-01-19"),
 (jur_treaty, "vaida-jurkoniene", 1, "V. JURKONIENĖ", "rollback-to-1997", "rejects", 1, "2022-01-19"),
 (jur_treaty, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 (juk, "rasa-jukneviciene", 1, "R. JUKNEVIČIENĖ", "rollback-to-1997", "mentions", 1, "2022-01-19"),
 (juk, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 ("The risk remains high. We believe that the most important signal would be the return of Russian units to their permanent locations. Until that happens, the talk of de-escalation is only talk.", "rimantas-saltenis", 1, "R. ŠALTENIS", "russia-de-escalation", "supports", 1, "2022-01-19"),
]

write_gold(L, "articles-294", "gold-294")
