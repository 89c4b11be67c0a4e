#!/usr/bin/env python3
"""Writes the held-out gold of batch 240 (gold-240/*.nq) from the labels below.

Batch 240 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- the-economist-2022-01-15-russia-west-talking-past: The Economist, a briefing
  (front matter, curly quotes, "Mr"/"Ms"); a week of Geneva/Brussels/Vienna talks, Russia's
  demands paraphrased by the narrator, Baker 1990 / Founding Act / Bucharest as history,
  quotations interrupted by "says", short scare-quoted fragments in reported sentences.
- kyodo-news-2022-01-27-lavrov-us-reply: Kyodo News wire (no front matter, "KYODO NEWS - Jan 27,
  2022" line, straight quotes); Lavrov's and Blinken's reactions to the written answers, a
  Japanese angle, an analyst attributing demands to the Kremlin, weekday dates.
- ansa-english-2022-01-13-di-maio-osce-ukraine: ANSA English wire (no front matter, "(ANSA) -
  ROME, JAN 13 -" dateline, translated-from-Italian phrasing); Di Maio, Italy's OSCE envoy,
  Lukashevich, Guerini answering "the request of Moscow", a quotation interrupted by "he said".
- notes-from-poland-2022-02-03-us-troops-poland-russia-demands: Notes from Poland (front matter,
  byline, "Read also" links, image credit); US reinforcements versus the 1997 roll-back demand,
  many in-passing attributions to Moscow, a two-paragraph analyst quotation.
- daily-sabah-2022-02-02-erdogan-kyiv-putin-concerns: Daily Sabah (front matter, agency byline,
  photo caption, crosshead quoting a speaker); Putin's 1 February list of three demands, Turkish
  officials, Montreux as background, an analyst with a stance of his own.
- state-duma-2022-01-25-plenary-ryabkov-government-hour: State Duma plenary record excerpt in
  English translation (UTF-8 BOM, CRLF, no front matter; speaker labels "Ryabkov S. A.");
  deputies' questions and the chairman get no label, every answer/speech paragraph is one quotation.
- lrt-radio-2022-01-27-landsbergis-interview-written-answers: Lithuanian radio interview transcript
  (LRT RADIO, translated; Q/A dashes, answers running over several paragraphs without a dash,
  a second guest introduced by a narrative line).

Russia's in-passing labels (a demand attributed to Moscow inside another speaker's sentence or
quotation) take the same evidence span as that sentence or quotation, with direct 0, since the
words are not Russia's own.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence
is the words between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X
said" is two spans; one running over two sentences is one span. In Q/A interviews and transcripts
each paragraph of an answer is one direct quotation (without the dash or speaker label); questions
and the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0.
Stance by the speaker's own position; mentions when the speaker only reports a demand, asks about
it or offers to discuss it. A direct quotation of six or more words about none of the demands gets
one demand-less label (demand "", stance ""); reported speech about no demand or about demands
left unspecified gets none. Background history, words quoted from documents, headlines,
crossheads, standfirsts, captions and link lines are not labelled. A demand attributed in passing
to Moscow inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["the-economist-2022-01-15-russia-west-talking-past"] = [
 ("difficult, long, very professional, deep, concrete", "sergei-ryabkov", 1, "Mr Ryabkov", "", "", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "She", "", "", 1, "2022-01-10"),
 ("Her team, she said, had told the Russians that a genuine de-escalation, meaning the return of troops to their barracks, was the test of whether Moscow was serious.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("In two draft treaties published on December 17th, one addressed to America and one to NATO, Russia demanded that the alliance forswear any further enlargement, that it pull its forces and weapons back to where they stood in 1997, before it admitted any former Warsaw Pact members, and that America refrain from putting bases in, or even co-operating militarily with, the former Soviet republics outside the alliance.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In two draft treaties published on December 17th, one addressed to America and one to NATO, Russia demanded that the alliance forswear any further enlargement, that it pull its forces and weapons back to where they stood in 1997, before it admitted any former Warsaw Pact members, and that America refrain from putting bases in, or even co-operating militarily with, the former Soviet republics outside the alliance.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("In two draft treaties published on December 17th, one addressed to America and one to NATO, Russia demanded that the alliance forswear any further enlargement, that it pull its forces and weapons back to where they stood in 1997, before it admitted any former Warsaw Pact members, and that America refrain from putting bases in, or even co-operating militarily with, the former Soviet republics outside the alliance.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Moscow's drafts would also bar both sides from stationing intermediate-range missiles where they could hit each other's territory, and keep warships and bombers out of waters and airspace from which they could strike the other side.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Moscow's drafts would also bar both sides from stationing intermediate-range missiles where they could hit each other's territory, and keep warships and bombers out of waters and airspace from which they could strike the other side.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, guarantees.", "sergei-ryabkov", 1, "Mr Ryabkov", "written-legal-guarantees", "supports", 1, ""),
 ("Allies reaffirmed that each nation has the right to choose its own path, and that only Ukraine and the 30 NATO allies can decide when Ukraine is ready to join,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("there is a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "He", "", "", 1, "2022-01-12"),
 ("He told reporters that NATO's insistence on the “open door” was unacceptable to Moscow, and that the alliance's refusal to halt its eastward march was turning Europe into a “very dangerous” place.", "alexander-grushko", 1, "He", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("He told reporters that NATO's insistence on the “open door” was unacceptable to Moscow, and that the alliance's refusal to halt its eastward march was turning Europe into a “very dangerous” place.", "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("If NATO wanted to reduce tensions, he said, it should stop holding drills so close to Russia's borders.", "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Mr Rau", "", "", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("The drafts were written to be refused,", "anna-kovacs-brennan", 1, "Anna Kovács-Brennan", "", "", 1, ""),
 ("If you publish your opening position before the talks begin, you are not negotiating, you are building a case.", "anna-kovacs-brennan", 1, "Anna Kovács-Brennan", "", "", 1, ""),
 ("A battalion in Lithuania is not a threat to anyone; taking it out would be an invitation,", "tobias-reinholt", 1, "Tobias Reinholt", "rollback-to-1997", "rejects", 1, ""),
 ("That is the one demand I would not even put on the agenda.", "tobias-reinholt", 1, "Tobias Reinholt", "rollback-to-1997", "rejects", 1, ""),
 ("Ms Sherman said on Monday that America was willing to discuss the future deployment of certain offensive missile systems in Europe, on a reciprocal basis, and reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "Ms Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Ms Sherman said on Monday that America was willing to discuss the future deployment of certain offensive missile systems in Europe, on a reciprocal basis, and reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "Ms Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The Americans also want the military hotlines reopened.", "united-states", 0, "The Americans", "resume-military-dialogue", "supports", 0, ""),
 ("Lloyd Austin, America's defence secretary, said this week that Russia should pull them back.", "lloyd-austin", 1, "Lloyd Austin", "russia-de-escalation", "supports", 0, ""),
 ("The Kremlin says it may move troops around its own territory as it pleases.", "russia", 0, "The Kremlin", "russia-de-escalation", "rejects", 0, ""),
]

KY_LAVROV = "There is no positive response on the main issue. The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
KY_LAVROV2 = 'Lavrov said the document nevertheless offered grounds for a "serious conversation" on matters such as the placement of intermediate-range missiles in Europe and confidence-building around military exercises, adding that President Vladimir Putin would decide on Moscow\'s next steps.'
KY_BLINKEN = 'He said the document "sets out a serious diplomatic path forward, should Russia choose it," and proposes reciprocal transparency measures regarding force posture in Ukraine as well as steps to increase confidence regarding military exercises and maneuvers in Europe.'
KY_DEC = "In December, Russia presented draft treaties demanding that NATO rule out membership for Ukraine and other former Soviet states and roll back its troop deployments in Central and Eastern Europe to their 1997 levels."
KY_MORI = "For the Kremlin, a promise on paper that Ukraine will never join NATO was the core of the whole exercise. Without it, everything else is decoration,"
KY_MORI2 = "He added that the offer to discuss missiles and exercises revived ideas from the arms control era of the 1980s and could become the basis for a limited deal if both sides wanted one."
L["kyodo-news-2022-01-27-lavrov-us-reply"] = [
 (KY_LAVROV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (KY_LAVROV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (KY_LAVROV2, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (KY_LAVROV2, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("It is obvious that our main concerns were not taken into account,", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("U.S. Secretary of State Antony Blinken said Wednesday the reply upholds the principle that countries are free to choose their own security arrangements and alliances, including membership in NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 (KY_BLINKEN, "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("We call on Russia to immediately de-escalate the situation,", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-26"),
 (KY_DEC, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (KY_DEC, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (KY_DEC, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Japan will continue to work closely with the United States and other Group of Seven members and respond appropriately,", "hirokazu-matsuno", 1, "Matsuno", "", "", 1, "2022-01-27"),
 ("Foreign Minister Yoshimasa Hayashi, speaking to reporters later in the day, said Japan hopes Russia will ease tensions, including by pulling its forces back from areas near the border with Ukraine.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "russia-de-escalation", "supports", 0, "2022-01-27"),
 (KY_MORI, "takuya-morishita", 1, "Morishita", "no-ukraine-membership", "mentions", 1, ""),
 (KY_MORI, "takuya-morishita", 1, "Morishita", "written-legal-guarantees", "mentions", 1, ""),
 (KY_MORI, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (KY_MORI, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (KY_MORI2, "takuya-morishita", 1, "He", "no-intermediate-range-missiles", "mentions", 0, ""),
 (KY_MORI2, "takuya-morishita", 1, "He", "limit-military-exercises", "mentions", 0, ""),
 ("The question is whether Putin wants a deal or a pretext,", "takuya-morishita", 1, "he", "", "", 1, ""),
]

AN_ASKED = 'Asked about the requests advanced by the Kremlin in December, including the stop to the enlargement of NATO, Di Maio replied that some principles are "not negotiable".'
AN_LUKA = "We need legally binding guarantees, and not promises, that NATO will not move further to the east,"
AN_GUERINI = 'Responding to the request of Moscow that NATO withdraw its forces from the countries that joined the Alliance after 1997, Guerini said that the Italian contingent in Latvia "is there at the request of an ally and it will remain there".'
AN_MARCH1 = "It would be a mistake to treat the entire Russian list as unacceptable: on intermediate-range missiles and on exercises there is space for a serious negotiation,"
AN_MARCH2 = "On Ukraine in NATO, instead, the positions are simply incompatible. Moscow wants a veto that nobody in the Alliance can give,"
L["ansa-english-2022-01-13-di-maio-osce-ukraine"] = [
 ("Italy is working on all fronts so that dialogue prevails. There is no alternative to the path of diplomacy and we will not tire of repeating it,", "luigi-di-maio", 1, "Di Maio", "", "", 1, "2022-01-13"),
 ("We are asking Russia to take concrete steps to lower the tension, starting from the troops that are concentrated at the border with Ukraine,", "luigi-di-maio", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 (AN_ASKED, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (AN_ASKED, "luigi-di-maio", 1, "Di Maio", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("The sovereignty of Ukraine and the freedom of every country to choose its alliances are not on the table,", "luigi-di-maio", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("and on this the Allies are united.", "luigi-di-maio", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Italy hopes that the OSCE can be the forum where we discuss, with transparency and good faith, the reduction of risks linked to military exercises and unplanned incidents,", "lorenzo-cesarini", 1, "Cesarini", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 (AN_LUKA, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 (AN_LUKA, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("not under the barrel of a gun", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ('US Ambassador Michael Carpenter said Washington was ready to talk but "not under the barrel of a gun", asking Moscow again to withdraw the forces deployed near the Ukrainian frontier.', "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 (AN_GUERINI, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("is there at the request of an ally and it will remain there", "lorenzo-guerini", 1, "Guerini", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Our presence on the eastern flank is defensive and it is not an object of exchange in any negotiation,", "lorenzo-guerini", 1, "the minister", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 (AN_MARCH1, "stefano-marchetti", 1, "Marchetti", "no-intermediate-range-missiles", "mentions", 1, ""),
 (AN_MARCH1, "stefano-marchetti", 1, "Marchetti", "limit-military-exercises", "mentions", 1, ""),
 (AN_MARCH2, "stefano-marchetti", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (AN_MARCH2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

NP_LEDE = "The United States will send around 1,700 additional soldiers to Poland, the Pentagon announced on Wednesday, in a move that Polish officials have welcomed as a direct answer to Russia's demand that NATO scale back its presence on the alliance's eastern flank."
NP_PRZ = "Russia would like to go back to a world in which Poland is a grey zone between the West and Moscow. We will never agree to allied troops leaving our territory, whatever is written in Russian drafts,"
NP_GRU = "He said the move showed that Washington had chosen to ignore Moscow's call to return NATO's military posture in Europe to the situation of 1997."
NP_STA1 = "The Russian drafts from December would make Poland a second-class member of NATO, without allied troops and without allied infrastructure,"
L["notes-from-poland-2022-02-03-us-troops-poland-russia-demands"] = [
 (NP_LEDE, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (NP_LEDE, "poland", 0, "Polish officials", "rollback-to-1997", "rejects", 0, ""),
 ("These are not permanent moves. They are meant to reassure our allies and to deter any potential aggression against NATO territory,", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
 ("a strong signal of solidarity with Poland and with the entire eastern flank of NATO", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "", "", 1, ""),
 (NP_PRZ, "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, "2022-02-03"),
 (NP_PRZ, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ('He added that Warsaw had been consulted on the written replies that Washington and NATO sent to Moscow last week, and that none of them accepted a division of NATO into "first and second category members".', "marcin-przydacz", 1, "He", "rollback-to-1997", "rejects", 0, "2022-02-03"),
 ("In December, Moscow published two draft treaties that, among other things, would require NATO to withdraw forces and military infrastructure from all countries that joined the alliance after May 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("NATO says the presence it built up after Russia's annexation of Crimea in 2014, including a multinational battalion in Orzysz in north-eastern Poland, is rotational and consistent with that commitment.", "nato", 0, "NATO", "rollback-to-1997", "rejects", 0, ""),
 ("Russian President Vladimir Putin on Tuesday complained that the Western replies had ignored Russia's main concerns, including the demand that the alliance's military infrastructure be returned to where it stood in 1997.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("These are destructive steps that are not dictated by any military necessity,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-02-02"),
 (NP_GRU, "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-02"),
 (NP_GRU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("should not be the place where the Americans and Russians play their games", "tomasz-lisiecki", 1, "Tomasz Lisiecki", "", "", 1, "2022-02-03"),
 (NP_STA1, "ewa-stachurska", 1, "Dr Ewa Stachurska", "rollback-to-1997", "mentions", 1, ""),
 (NP_STA1, "russia", 0, "The Russian drafts", "rollback-to-1997", "supports", 0, ""),
 ("The American reinforcements are the clearest possible answer to that idea. I don't think anyone in Washington or Brussels was ever going to accept it, and I would be very surprised if they ever did.", "ewa-stachurska", 1, "Dr Ewa Stachurska", "rollback-to-1997", "mentions", 1, ""),
 ('Stachurska noted that NATO had offered Moscow talks on arms control and military transparency, including reciprocal limits on exercises, but said that "Russia is still concentrating troops in Belarus, not reducing them".', "ewa-stachurska", 1, "Stachurska", "limit-military-exercises", "mentions", 0, ""),
 ("Russia is still concentrating troops in Belarus, not reducing them", "ewa-stachurska", 1, "Stachurska", "russia-de-escalation", "mentions", 1, ""),
 ('NATO\'s secretary-general, Jens Stoltenberg, said on Wednesday that the alliance was seeing a "significant movement" of Russian forces into Belarus and that Moscow should pull them back.', "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-02-02"),
 ("Living next door to a neighbour like Russia, we have the feeling of living at the foot of a volcano,", "mateusz-morawiecki", 1, "Morawiecki", "", "", 1, "2022-02-01"),
]

DS_PUTIN = "It is already clear that the fundamental Russian concerns were ignored. We did not see adequate consideration of our three key demands: preventing NATO expansion, refusing to deploy strike weapons systems near Russia's borders and returning the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed,"
DS_TUN1 = "The Russian demand that American warships and aircraft stay out of areas from which they could strike Russian territory points directly at the Black Sea, and therefore at Montreux,"
L["daily-sabah-2022-02-02-erdogan-kyiv-putin-concerns"] = [
 ("We are ready to do our part to resolve the crisis between two countries that are friends of Türkiye,", "recep-tayyip-erdogan", 1, "Erdoğan", "", "", 1, "2022-01-28"),
 ("A war between Russia and Ukraine would not be a realistic scenario, and it would benefit nobody.", "recep-tayyip-erdogan", 1, "Erdoğan", "", "", 1, "2022-01-28"),
 (DS_PUTIN, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (DS_PUTIN, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (DS_PUTIN, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("The Russian leader argued that Ukraine's eventual accession to NATO would pose a direct threat to Russia, citing Kyiv's official strategy of regaining Crimea, which Moscow annexed in 2014.", "vladimir-putin", 1, "The Russian leader", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts military operations there. What, are we supposed to fight NATO? Has anyone thought about this at all?", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("He also said the West was citing the right of states to freely choose their alliances while ignoring the principle, agreed at the OSCE, that no state should strengthen its security at the expense of others.", "vladimir-putin", 1, "He", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("Moscow denies any plans to attack and says it has the right to deploy troops on its own soil.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("Every country has the right to decide which alliance it will join. This is a principle for us as NATO members, as it is for Ukraine,", "mevlut-cavusoglu", 1, "Çavuşoğlu", "nato-open-door", "supports", 1, "2022-01-31"),
 ("But we also say that the security concerns of Russia should be listened to at the table, not on the battlefield,", "mevlut-cavusoglu", 1, "he", "", "", 1, "2022-01-31"),
 ("The military build-up along the border must be reduced and the rhetoric must be softened on all sides,", "ibrahim-kalin", 1, "Kalın", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("According to a statement by State Department spokesperson Ned Price, Blinken urged immediate Russian de-escalation and the withdrawal of troops and equipment from Ukraine's borders, and underlined Washington's willingness to continue a substantive exchange with Russia on mutual security concerns.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
 (DS_TUN1, "mehmet-ali-tuncer", 1, "Tunçer", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (DS_TUN1, "russia", 0, "The Russian demand", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Türkiye has no interest in becoming the gatekeeper of a Russian security zone. The convention works, and Ankara will apply it as it always has,", "mehmet-ali-tuncer", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]

DU = "2022-01-25"
RY = ("sergei-ryabkov", 1, "Ryabkov S. A.")
DU_R2 = "The essence of our proposals is simple. We need legally binding guarantees that NATO will not move further to the east, that Ukraine and Georgia will not be dragged into the alliance, and that strike weapon systems creating a threat to us will not be deployed near our borders. Political declarations were given to us before, and they turned out not worth the paper on which they were written."
DU_R3 = "In Geneva on 10 January we had with the delegation of Mrs. Sherman a very long and substantive conversation. I will say frankly: on the key question, on non-expansion of NATO, we did not hear anything encouraging. The American side offered to talk about missiles, about exercises, about transparency. We do not refuse this, but these questions are of secondary order, they cannot be discussed separately from the main package."
DU_K2 = "We say clearly: Ukraine must never become a member of NATO, and the decision of Bucharest, where Kiev and Tbilisi were promised membership, must be disavowed. Without this there will be no stability in Europe."
L["state-duma-2022-01-25-plenary-ryabkov-government-hour"] = [
 ("On 17 December of last year we handed over to the American side and to NATO two documents – the draft treaty between the Russian Federation and the United States on security guarantees and the draft agreement on measures for ensuring the security of the Russian Federation and member states of NATO. Both texts are published, we do not make a secret out of them.", *RY, "", "", 1, DU),
 (DU_R2, *RY, "written-legal-guarantees", "supports", 1, DU),
 (DU_R2, *RY, "nato-non-expansion", "supports", 1, DU),
 (DU_R2, *RY, "no-ukraine-membership", "supports", 1, DU),
 (DU_R2, *RY, "no-strike-weapons-near-borders", "supports", 1, DU),
 (DU_R3, *RY, "nato-non-expansion", "supports", 1, DU),
 (DU_R3, *RY, "no-intermediate-range-missiles", "mentions", 1, DU),
 (DU_R3, *RY, "limit-military-exercises", "mentions", 1, DU),
 ("We also insist that our proposal to return the configuration of the forces of NATO to the state of May 1997 be considered seriously. This is not a whim. After 1997 the alliance received fourteen new members, its infrastructure came close to our borders, and every time we were told that this is not directed against Russia.", *RY, "rollback-to-1997", "supports", 1, DU),
 ("Now we are waiting for a written reaction, the Americans promised it this week. I want to underline: we will not be drawn into endless talks about talks. If the answer is negative, the leadership of the country will take decisions, including of military-technical character. Thank you.", *RY, "", "", 1, DU),
 ("Leonid Eduardovich, the so-called policy of open doors is for us not a principle but a pretext. The right of states to choose alliances, about which they like so much to speak in Washington and in Brussels, is inseparable from the obligation not to strengthen own security at the expense of the security of others. This is written in the Istanbul and Astana documents of the OSCE, signed at the highest level.", *RY, "nato-open-door", "rejects", 1, DU),
 ("There is sense in talking. But we talk not for the sake of the process. Without a firm answer on non-expansion the conversation in the same format will not continue.", *RY, "nato-non-expansion", "supports", 1, DU),
 ("Gennady Andreyevich, concerning the appeal – this is the prerogative of the State Duma, and the ministry will not comment on it now.", *RY, "", "", 1, DU),
 ("As for the military development of the territory of Ukraine by NATO countries, this is exactly one of the points of our draft treaty. We propose that the United States refuse to create bases on the territory of the states of the former USSR which are not members of NATO and refuse bilateral military cooperation with them. Supplies of weapons, instructors, exercises on the Ukrainian land – all this falls under this provision.", *RY, "no-military-activity-ex-soviet", "supports", 1, DU),
 ("Anton Nikolayevich, the channels between our military and the American military exist and work, including at the level of the Chief of the General Staff. We would welcome a regular military dialogue also with NATO, but it was the alliance that froze practically all mechanisms of cooperation in 2014 and then expelled our diplomats from the mission in Brussels in October.", *RY, "resume-military-dialogue", "supports", 1, DU),
 ('The faction "United Russia" fully supports the position of the President and of the Ministry of Foreign Affairs. For thirty years we were told that NATO will not move to the east, not one inch. And where is the alliance today? In Narva, two hours from Saint Petersburg. Enough.', "pavel-kolesnikov", 1, "Kolesnikov P. I.", "nato-non-expansion", "supports", 1, DU),
 (DU_K2, "pavel-kolesnikov", 1, "Kolesnikov P. I.", "no-ukraine-membership", "supports", 1, DU),
 (DU_K2, "pavel-kolesnikov", 1, "Kolesnikov P. I.", "rescind-bucharest-2008", "supports", 1, DU),
 ("And let our Western partners not hide behind verbal assurances. We need a treaty ratified by the Senate, with signatures and seals, and not words which are forgotten the next day.", "pavel-kolesnikov", 1, "Kolesnikov P. I.", "written-legal-guarantees", "supports", 1, DU),
 ("Our faction supports the demands formulated by the Ministry of Foreign Affairs. But I want to draw attention to what happens right now, not in theory. American strategic bombers fly along our borders over the Black Sea, warships of NATO come into the Black Sea one after another. They must keep away from the lines from which they can strike our territory.", "oksana-belyakova", 1, "Belyakova O. V.", "no-warships-aircraft-in-strike-range", "supports", 1, DU),
 ('Further, the exercises. Every year NATO conducts "Defender Europe", "Sea Breeze" with Ukraine, near our borders. Such exercises must be limited and, where possible, moved back from the border line by agreement of both sides.', "oksana-belyakova", 1, "Belyakova O. V.", "limit-military-exercises", "supports", 1, DU),
 ("And one more. Some in the West say that Russia must withdraw troops from its own territory. We will not accept such a posing of the question. Russian troops stand on Russian land.", "oksana-belyakova", 1, "Belyakova O. V.", "russia-de-escalation", "rejects", 1, DU),
]

LT = "2022-01-27"
GL = ("gabrielius-landsbergis", 1, "Landsbergis")
RV = ("ruta-vaitkeviciute", 1, "Rūta Vaitkevičiūtė")
LT_KREM = "I would be surprised if the Kremlin were satisfied. It asked for things that no democratic alliance can give: a promise on paper that Ukraine and Georgia will never join, an end to NATO cooperation with countries like Moldova and Ukraine. These are not security guarantees, these are spheres of influence."
LT_RV1 = "The answer is firm on principle and flexible on details, which is what it should be. Russia got nothing on enlargement, but it got an offer to talk about missiles and exercises, things it once wanted itself."
L["lrt-radio-2022-01-27-landsbergis-interview-written-answers"] = [
 ("We know the main lines, because Lithuania, like every ally, was consulted at every stage. There are no concessions on the principles. NATO's door stays open, and no third country has a veto on who joins the alliance.", *GL, "nato-open-door", "supports", 1, LT),
 ("No. It was never on the table and it could not be. The German-led battalion in Rukla is here because we, a sovereign member of the alliance, asked for it, and it will stay as long as we need it.", *GL, "rollback-to-1997", "rejects", 1, LT),
 ("What worries me more is that such ideas are discussed at all, as if the security of Vilnius could be negotiated over our heads. Nothing about us without us – that is the rule we agreed with our partners, and they have kept it.", *GL, "rollback-to-1997", "rejects", 1, LT),
 ("Talking about the transparency of exercises is not a concession, we have always supported it, as long as it is mutual. Zapad-2021 officially had thirteen thousand soldiers and in reality close to two hundred thousand. So yes, if Russia agrees to real limits and real inspections on its exercises, including in Belarus, that would be welcome.", *GL, "limit-military-exercises", "supports", 1, LT),
 ("Intermediate-range missiles are a question for Washington and Moscow, but we will insist that whatever is agreed also covers Kaliningrad. The Iskanders there are a little more than a hundred and fifty kilometres from Vilnius.", *GL, "no-intermediate-range-missiles", "mentions", 1, LT),
 ("It is not a bluff, it is a deployment. Russia must pull these forces back, from Belarus and from the Ukrainian border, and until it does, there is nothing to celebrate in any written answer.", *GL, "russia-de-escalation", "supports", 1, LT),
 (LT_KREM, *GL, "no-ukraine-membership", "rejects", 1, LT),
 (LT_KREM, *GL, "no-military-activity-ex-soviet", "rejects", 1, LT),
 (LT_KREM, *GL, "written-legal-guarantees", "rejects", 1, LT),
 (LT_KREM, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (LT_KREM, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 (LT_KREM, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("Bucharest stands. Nobody among the allies has proposed to take back what was said to Kyiv and Tbilisi, not in the American answer and not in NATO's, and Lithuania would never agree to it.", *GL, "rescind-bucharest-2008", "rejects", 1, LT),
 ("There is always room for dialogue, and Lithuania has never said otherwise. The NATO-Russia Council met two weeks ago, and the lines between the militaries should stay open, so that an incident in the air over the Baltic does not become a war. But dialogue is not the same as bargaining with the security of others.", *GL, "resume-military-dialogue", "supports", 1, LT),
 (LT_RV1, *RV, "nato-non-expansion", "mentions", 1, LT),
 (LT_RV1, *RV, "no-intermediate-range-missiles", "mentions", 1, LT),
 (LT_RV1, *RV, "limit-military-exercises", "mentions", 1, LT),
 (LT_RV1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (LT_RV1, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (LT_RV1, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("My worry is different. If the Kremlin has decided that it needs a war, no text will stop it, and the written answers will later be presented as proof that the West refused to listen.", *RV, "", "", 1, LT),
 ("Exactly what it is doing: keep the allies close, keep its own defence spending up, and not give Moscow any reason to say that the Baltic states are the obstacle to peace.", *RV, "", "", 1, LT),
]

write_gold(L, "articles-240", "gold-240")
