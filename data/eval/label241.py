#!/usr/bin/env python3
"""Writes the held-out gold of batch 241 (gold-241/*.nq) from the labels below.

Batch 241 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- euronews-2022-01-12-nato-russia-council-live: Euronews live blog of the
  NATO-Russia Council, reverse-chronological time stamps, crossheads, "Read also"
  lines, a background box (Baker 1990, Founding Act, Bucharest) that is not labelled,
  quotes split by "Grushko said", quote fragments of exactly six words.
- irish-times-2022-01-27-written-replies-russia: Irish Times news story on the US and
  Nato written replies; curly quotes, "Mr"/"Dr" without stops, "Nato", a standfirst,
  organisations speaking through documents, an Irish angle (Coveney, naval drill off
  Cork), an analyst voicing three Russian demands in passing.
- bns-2021-12-18-baltic-reaction-draft-treaties: BNS wire (no front matter, "VILNIUS,
  Dec 18 (BNS) –" dateline, timestamp header) with Baltic reactions to the 17 December
  drafts; ministers speaking collectively, Ryabkov reported with embedded quotes,
  the drafts paraphrased (labelled as the Russian Foreign Ministry speaking).
- novaya-gazeta-2022-01-24-interview-geneva-after: Novaya Gazeta English translation,
  interview with an invented IMEMO researcher; « » quotes, translationese, dash Q/A
  (each answer paragraph one direct quotation, questions unlabelled, including one
  that reports Ryabkov), the analyst taking a side of his own only in one answer.
- senate-foreign-relations-2022-02-01-hearing-russia-demands: excerpt of a GPO-style
  SFRC hearing transcript (Nuland and an invented analyst); speaker labels such as
  "Ms. NULAND."; every witness paragraph is one direct quotation; senators' questions
  and the chair's remarks are unlabelled (host/questions); Putin's three demands
  reported inside a witness answer (labelled for vladimir-putin, indirect).
- carnegie-moscow-2022-02-02-putin-ignored-concerns: Carnegie Moscow Center commentary
  by an invented scholar; Putin 1 February, Lavrov 28 January, Ryabkov, Zakharova;
  long 1990/1997 background; the author's own analytical prose is not attributed
  speech and is not labelled.
- ukraine-mfa-2022-01-13-osce-permanent-council: press release of the Ukrainian MFA
  on the OSCE Permanent Council, with a UTF-8 BOM and CRLF line ends, no front
  matter, translated-English oddities ("the so called", "commenting the results"),
  "the Ukrainian side" (ukraine) and "the Ministry" (ukrainian-foreign-ministry)
  speaking, Russian demands attributed in passing.

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

Writer's decisions within those conventions: when a reported sentence carries an
embedded quotation, the demand goes on whichever part expresses it (both if both do),
and an embedded quotation of six or more words about no demand gets its own
demand-less label. Live-blog entries and same-day wire interviews ("told BNS",
"told Euronews") take the day of the entry/dateline. Descriptions of the content of
Russia's drafts are labelled as Russia (or the ministry that published them) speaking
on the day of publication.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

E = "2022-01-12"
s1 = "Stoltenberg said allies were ready to talk with Russia about arms control, missile deployments and greater transparency around military exercises, but that Moscow must pull back the tens of thousands of troops it has massed along Ukraine's borders."
q_gr1 = "It is absolutely imperative for us to have legally binding guarantees that NATO will stop moving eastward,"
s_gr = "The deputy minister also complained that the Alliance had once again refused to discuss Russia's proposal that NATO renounce any further military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia."
q_wz = "Moscow is asking NATO to unpick thirty years of European history and pull its forces back to where they stood in 1997. No Western government can sign that, and the Kremlin knows it,"
q_st = "Russia will not have a veto on whether Ukraine becomes a NATO member,"
s_pe = "Peskov said Russia's demand that NATO stop expanding and close its doors to Ukraine and Georgia for good was not up for trade."
s_sh = "She also said Washington was ready to discuss reciprocal limits on the size and scope of exercises and on where missiles could be placed in Europe, provided Russia did the same."
q_ka = "If Moscow wants our allies to pack up and leave Estonia, Latvia and Lithuania, the answer is no, today and tomorrow,"
s_dr = "In draft documents published on 17 December, Moscow demanded that the Alliance bar Ukraine from ever joining, refrain from stationing troops or weapons in countries that joined after May 1997, and ban intermediate-range missiles from areas where they could hit the other side's territory."
L["euronews-2022-01-12-nato-russia-council-live"] = [
 ("We will not compromise on the right of each country to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, E),
 (s1, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, E),
 (s1, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, E),
 (s1, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, E),
 (q_gr1, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, E),
 (q_gr1, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, E),
 ("Verbal assurances and moratoriums that can be lifted the next morning do not interest us.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, E),
 (s_gr, "alexander-grushko", 1, "The deputy minister", "no-military-activity-ex-soviet", "supports", 0, E),
 (s_gr, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("no decision about Ukraine's future will be taken without Ukraine", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, E),
 ("Kuleba also said Kyiv alone would decide whether and when to join the Alliance, and that no third country had a say in the matter.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, E),
 (q_wz, "tomasz-wierzbicki", 1, "he", "rollback-to-1997", "mentions", 1, E),
 (q_wz, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The real question is what Russia does with all those troops once the talks are declared a failure,", "tomasz-wierzbicki", 1, "Wierzbicki", "", "", 1, E),
 ("will not be easy to bridge", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, E),
 ("Allies and Russia expressed the need to resume dialogue and to explore a schedule of future meetings,", "jens-stoltenberg", 1, "he", "", "", 1, E),
 ("He added that NATO had offered to reopen the two sides' diplomatic missions and to restore military-to-military channels to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, E),
 (q_st, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, E),
 (q_st, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, E),
 (s_pe, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, E),
 (s_pe, "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 0, E),
 (s_pe, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (s_pe, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We are talking about the foundations of our security, not about a bazaar where you give away half and keep half,", "dmitry-peskov", 1, "Peskov", "", "", 1, E),
 ("US Deputy Secretary of State Wendy Sherman, who led the American delegation in Geneva on Monday and sat in on the meeting in Brussels, told reporters the United States would not let anyone shut NATO's open door.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, E),
 ("Whether Russia's troop build-up is a prelude to diplomacy or to something else, the choice is Moscow's,", "wendy-sherman", 1, "she", "", "", 1, E),
 ("Sending those forces back to their barracks would go a long way toward making these talks productive.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, E),
 (s_sh, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, E),
 (s_sh, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, E),
 (q_ka, "urmas-kask", 1, "Kask", "rollback-to-1997", "rejects", 1, E),
 (q_ka, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (s_dr, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (s_dr, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (s_dr, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Earlier on Wednesday, Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that Moscow expected \"concrete answers, not lectures\", and said that NATO had to give up the idea of ever admitting Kyiv.", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 0, E),
]

W, T = "2022-01-26", "2022-01-27"
s_lead = "The United States and Nato have delivered written responses to Russia’s demands for security guarantees, turning down Moscow’s insistence that the alliance never admit Ukraine while offering to negotiate on arms control and the transparency of military exercises."
s_bl = "Mr Blinken said the reply set out “a serious diplomatic path forward, should Russia choose it”, including reciprocal limits on where offensive missiles may be based in Europe and measures to make exercises more transparent on both sides."
q_lv2 = "The main issue is our clear position on the inadmissibility of further Nato expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
q_my1 = "Washington is effectively saying: we will talk about missile placements and exercise notifications, which were always negotiable, but not about who gets to join Nato,"
q_my2 = "The Russians asked for a written promise that Ukraine stays out forever and for the alliance to retreat from the Baltic states and Poland. They were never going to get either of those."
L["irish-times-2022-01-27-written-replies-russia"] = [
 (s_lead, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, W),
 (s_lead, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, W),
 (s_lead, "nato", 0, "Nato", "no-ukraine-membership", "rejects", 0, W),
 (s_lead, "nato", 0, "Nato", "limit-military-exercises", "mentions", 0, W),
 (s_lead, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Mr Blinken", "", "", 1, W),
 (s_bl, "antony-blinken", 1, "Mr Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 (s_bl, "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, W),
 ("In Brussels on Wednesday, Nato secretary general Jens Stoltenberg said the alliance’s letter proposed restoring regular contacts between military officials and reopening the two sides’ offices, both closed last year.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("Allies were ready to listen to Russia’s concerns, he added, but would not bargain away the alliance’s “open door”.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 0, W),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Mr Stoltenberg", "", "", 1, W),
 ("There is no positive response in this document on the main issue,", "sergei-lavrov", 1, "Mr Lavrov", "", "", 1, T),
 (q_lv2, "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 1, T),
 (q_lv2, "sergei-lavrov", 1, "Mr Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("Moscow has said it needs a guarantee that is binding in international law, rather than political pledges that could be abandoned by a future administration.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("State department spokesman Ned Price said the ball was “in Russia’s court”, and repeated Washington’s call for Moscow to pull back the more than 100,000 troops it has gathered near Ukraine’s border.", "ned-price", 1, "Ned Price", "russia-de-escalation", "supports", 0, ""),
 ("Ireland is not a member of Nato, and we are not going to become one, but we believe firmly that every country in Europe has the right to decide its own alliances, and that includes Ukraine,", "simon-coveney", 1, "Mr Coveney", "nato-open-door", "supports", 1, T),
 ("That is a basic principle of the European security order.", "simon-coveney", 1, "Mr Coveney", "nato-open-door", "supports", 1, T),
 ("He said Ireland would continue to press, through the EU, for Russia to step back from the border and de-escalate.", "simon-coveney", 1, "He", "russia-de-escalation", "supports", 0, T),
 ("This is not a time to be increasing military activity and tension in relation to Ukraine,", "simon-coveney", 1, "he", "russia-de-escalation", "supports", 1, ""),
 ("Our boats have been out there for generations and we have no intention of moving for anyone’s warships,", "declan-hurley", 1, "he", "", "", 1, ""),
 (q_my1, "ciaran-moylan", 1, "Dr Moylan", "no-intermediate-range-missiles", "mentions", 1, ""),
 (q_my1, "ciaran-moylan", 1, "Dr Moylan", "limit-military-exercises", "mentions", 1, ""),
 (q_my1, "ciaran-moylan", 1, "Dr Moylan", "nato-open-door", "mentions", 1, ""),
 (q_my2, "ciaran-moylan", 1, "Dr Moylan", "no-ukraine-membership", "mentions", 1, ""),
 (q_my2, "ciaran-moylan", 1, "Dr Moylan", "written-legal-guarantees", "mentions", 1, ""),
 (q_my2, "ciaran-moylan", 1, "Dr Moylan", "rollback-to-1997", "mentions", 1, ""),
 (q_my2, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 (q_my2, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 (q_my2, "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
 ("There are no decisions about Ukraine behind Ukraine’s back in this text,", "dmytro-kuleba", 1, "he", "", "", 1, T),
]

S, F = "2021-12-18", "2021-12-17"
s_lead = "Foreign and defense ministers of Lithuania, Latvia and Estonia on Saturday rejected the draft security treaties published by Moscow a day earlier, saying that Russia was trying to turn the clock back to a time when the Baltic states had no allied protection."
s_doc = "The draft treaty with the United States and the draft agreement with NATO, published by the Russian Foreign Ministry on Friday, would oblige the Alliance not to deploy troops or weapons on the territory of states that joined after May 27, 1997, and to rule out any further enlargement, including the admission of Ukraine."
s_ry2 = "He also said Russia wanted the guarantees to be legally binding, because \"assurances given in words have been broken before\"."
q_an = "The troops came here after Crimea, not before it. If Moscow wants fewer soldiers near its border, it should start by withdrawing its own from Ukraine's border,"
s_va = "Lithuanian lawmaker Gintarė Valaitienė, deputy chair of the Seimas Committee on National Security and Defense, told BNS that Russia's demand to stop military exercises close to its borders was \"absurd\" at a time when Russia itself was holding large-scale drills near Ukraine."
q_va = "Russia wants NATO to stop exercising in the Baltics while it moves tank armies up and down Ukraine's border. That is not a security proposal, that is hypocrisy,"
q_mz2 = "For Vilnius, Riga and Tallinn this is the heart of the matter. Everything else in the drafts – the missiles, the ships, the aircraft – is something the big powers can talk about,"
L["bns-2021-12-18-baltic-reaction-draft-treaties"] = [
 (s_lead, "lithuania", 0, "Foreign and defense ministers of Lithuania, Latvia and Estonia", "rollback-to-1997", "rejects", 0, S),
 (s_lead, "latvia", 0, "Foreign and defense ministers of Lithuania, Latvia and Estonia", "rollback-to-1997", "rejects", 0, S),
 (s_lead, "estonia", 0, "Foreign and defense ministers of Lithuania, Latvia and Estonia", "rollback-to-1997", "rejects", 0, S),
 (s_lead, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("What Russia put on the table yesterday is not a basis for talks. It is a list of demands that would divide Europe into spheres of influence again,", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, S),
 ("The presence of allied forces in Lithuania is not something we will discuss with the Kremlin, not now and not ever.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, S),
 (s_doc, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, F),
 (s_doc, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, F),
 (s_doc, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, F),
 ("Speaking to reporters in Moscow on Friday, Russian Deputy Foreign Minister Sergei Ryabkov said the 2008 decision of the NATO summit in Bucharest, which stated that Ukraine and Georgia would become members, must be \"disavowed\".", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, F),
 (s_ry2, "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, F),
 (s_ry2, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("assurances given in words have been broken before", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, F),
 ("We need iron-clad guarantees, not promises,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, F),
 ("Lithuanian Defense Minister Arvydas Anušauskas said on Saturday that the U.S. and allied battalions stationed in the Baltic states were a response to Russia's own behavior, and not a threat to anyone.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "rollback-to-1997", "rejects", 0, S),
 (q_an, "arvydas-anusauskas", 1, "Anušauskas", "russia-de-escalation", "supports", 1, S),
 (q_an, "arvydas-anusauskas", 1, "Anušauskas", "rollback-to-1997", "rejects", 1, S),
 (q_an, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("In Riga, Latvian Foreign Minister Edgars Rinkēvičs wrote on Twitter that the right of every nation to choose its security arrangements \"cannot be a subject of bargaining\", adding that the draft \"looks like it was written to be rejected\".", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "nato-open-door", "supports", 0, S),
 ("looks like it was written to be rejected", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, S),
 ("cannot be a subject of bargaining", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "nato-open-door", "supports", 1, S),
 ("Rinkēvičs later said on Latvian Radio that Latvia would welcome talks on arms control and risk reduction, but that no agreement could give Russia a say over NATO's decisions on membership.", "edgars-rinkevics", 1, "Rinkēvičs", "nato-open-door", "supports", 0, S),
 ("no third country can dictate the Alliance's defense posture", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 1, S),
 (s_va, "gintare-valaitiene", 1, "Gintarė Valaitienė", "limit-military-exercises", "rejects", 0, S),
 (s_va, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (q_va, "gintare-valaitiene", 1, "she", "limit-military-exercises", "rejects", 1, S),
 (q_va, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Normally you do not publish the text of a treaty before the other side has seen it. The Russians want to be able to say later that the West refused everything,", "rimvydas-mazeika", 1, "Mažeika", "", "", 1, S),
 ("The analyst said the demand for a return to the 1997 force posture was the most important element for the Baltic states, as it would in practice mean the departure of NATO's enhanced forward presence battlegroups deployed in 2017.", "rimvydas-mazeika", 1, "The analyst", "rollback-to-1997", "mentions", 0, S),
 (q_mz2, "rimvydas-mazeika", 1, "he", "rollback-to-1997", "mentions", 1, S),
 (q_mz2, "rimvydas-mazeika", 1, "he", "no-intermediate-range-missiles", "mentions", 1, S),
 (q_mz2, "rimvydas-mazeika", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, S),
 ("He said that the relationship between NATO and Ukraine would be decided by the 30 allies and Ukraine, \"no one else\".", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, F),
 ("there will be no talks about European security without our European allies and partners", "us-state-department", 0, "The U.S. State Department", "", "", 1, F),
]

G = "2022-01-21"
a1 = "I would say it is a sign that nobody wanted to slam the door. Both sides came with a very narrow mandate. Blinken could not promise anything on NATO enlargement, and Lavrov could not take back even one of the points of the December drafts, because the president personally presented them as a package."
a2 = "Here is the thing. Moscow has a deep conviction, I would even say a trauma, about 1990. Our leadership believes that Gorbachev was promised that the alliance would not move one inch to the East, and that this promise was not written down and therefore was thrown away. So today the Kremlin says: we want it on paper, signed, ratified by the Senate. No more words, no more «moratoriums» that the next administration can cancel."
a3 = "Of course not, and in Moscow they understand it perfectly well. This is why I call it maximalism. They asked for everything in order to get at least something. If you look at the drafts carefully, there are points which are really negotiable — the intermediate-range missiles, the rules for exercises near the borders, the distances for bombers and warships. This the Americans already said they are ready to discuss."
a4 = "The non-enlargement, and the withdrawal of NATO infrastructure to the positions of 1997. For the Baltic countries and Poland this is a question of their existence, not of diplomacy. No American administration will agree to take the battalions out of Lithuania because Moscow demands it."
a5 = "There are some ideas in the expert community. For example, a long moratorium on the admission of new members, ten or twenty years. Or a kind of neutral status of Ukraine which Kyiv declares itself. But a moratorium, as far as I understand, is not enough for Moscow, and neutrality is not popular in Ukraine today. So for today I do not see such a formula."
a6 = "I am not a diplomat, I can allow myself to say what I think. I think the demand to close the door of NATO forever for Ukraine is wrong and cannot be the basis of an agreement, because no country should decide for another country. But the idea to restore the military channels between Russia and NATO, to talk general to general, this is very right, and it is a pity it was destroyed."
a7 = "I hope not. The troops near the border are a means of pressure, it is the language which, as our leadership believes, the West understands. But the pressure instrument has its own logic. When you bring so many soldiers, at some point it becomes difficult to explain why you bring them back home without result."
a8 = "Then the most interesting begins. If there is nothing in the answer about non-expansion, and I am sure there will be nothing, the Kremlin must decide: to declare that it was ignored, or to take the part which was offered. I think the tone of Lavrov in Geneva was the tone of a man who still wants to take the part."
s_lav = "According to Lavrov, the main thing for Russia remains that NATO does not move further to the East."
s_pes = "According to Peskov, the question of the non-expansion of NATO remains for Russia «the number one question»."
R = ("yevgeny-rudakov", 1, "Rudakov")
L["novaya-gazeta-2022-01-24-interview-geneva-after"] = [
 (s_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, G),
 (s_lav, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("a swift, severe and united response", "antony-blinken", 1, "Blinken", "", "", 1, G),
 ("He said the United States was prepared to discuss the concerns of Russia, but the principle that nations choose their alliances themselves «is not on the table».", "antony-blinken", 1, "He", "nato-open-door", "supports", 0, G),
 (a1, *R, "nato-non-expansion", "mentions", 1, ""),
 (a2, *R, "written-legal-guarantees", "mentions", 1, ""),
 (a2, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (a3, *R, "no-ukraine-membership", "mentions", 1, ""),
 (a3, *R, "no-intermediate-range-missiles", "mentions", 1, ""),
 (a3, *R, "limit-military-exercises", "mentions", 1, ""),
 (a3, *R, "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (a4, *R, "nato-non-expansion", "mentions", 1, ""),
 (a4, *R, "rollback-to-1997", "mentions", 1, ""),
 (a4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (a5, *R, "no-ukraine-membership", "mentions", 1, ""),
 (a5, *R, "written-legal-guarantees", "mentions", 1, ""),
 (a5, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (a6, *R, "no-ukraine-membership", "rejects", 1, ""),
 (a6, *R, "nato-open-door", "supports", 1, ""),
 (a6, *R, "resume-military-dialogue", "supports", 1, ""),
 (a7, *R, "", "", 1, ""),
 (a8, *R, "nato-non-expansion", "mentions", 1, ""),
 (s_pes, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-01-24"),
 (s_pes, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
]

H = "2022-02-01"
N = ("victoria-nuland", 1, "Ms. NULAND")
M = ("helen-marchetti", 1, "Dr. MARCHETTI")
n2 = "On December 17, Moscow published two documents that it described as draft treaties. Among other things, they would have NATO pledge never again to admit a new member, would bar any allied military activity in Ukraine, Georgia and the other states of the former Soviet space, and would require the alliance to pull its forces and infrastructure back from every country that joined after 1997."
n3 = "We have been clear with our Russian counterparts, in Geneva, in Brussels and in Vienna, that some of these ideas are simply non-starters. NATO's door is open and will stay open. We will not negotiate about Ukraine without Ukraine, or about Europe without Europe."
n4 = "At the same time, there are areas where we believe progress is possible. In the written response we delivered on January 26, we proposed reciprocal transparency measures on exercises, a discussion of the placement of offensive missile systems in Ukraine and in Russia, and a conversation on intermediate-range missiles that could build on what was lost when the INF Treaty collapsed."
n8 = "Mr. Putin listed three things this morning: no further enlargement, no strike systems near Russia's borders, and a return of the alliance's infrastructure to where it was in 1997. On the second, we have offered a serious conversation. On the first and third, our answer is no, and the Russians have known that since December."
n9 = "Senator, where we can reach agreement on arms control, we have a long tradition of doing that in legally binding form, and that would come before this body. But a treaty that permanently shuts NATO's door is not something we would sign, and I do not believe this committee would ratify it."
m2 = "I want to make two points. First, the Russian drafts are a mixture of the old and the new. Limits on intermediate-range missiles and on exercises near borders have been discussed since the 1980s, and the United States can and should negotiate on them with hard reciprocity."
m4 = "I do not think so, Senator. Moscow has said that a moratorium is worthless to it, and Kyiv would see it as a betrayal. It would cost the alliance credibility and buy very little."
L["senate-foreign-relations-2022-02-01-hearing-russia-demands"] = [
 ("Thank you, Chairman Menendez, Ranking Member Risch, and members of the committee, for the opportunity to testify today.", *N, "", "", 1, H),
 (n2, *N, "nato-non-expansion", "mentions", 1, H),
 (n2, *N, "no-military-activity-ex-soviet", "mentions", 1, H),
 (n2, *N, "rollback-to-1997", "mentions", 1, H),
 (n2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (n2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (n2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (n3, *N, "nato-open-door", "supports", 1, H),
 (n3, *N, "nato-non-expansion", "rejects", 1, H),
 (n4, *N, "limit-military-exercises", "mentions", 1, H),
 (n4, *N, "no-strike-weapons-near-borders", "mentions", 1, H),
 (n4, *N, "no-intermediate-range-missiles", "mentions", 1, H),
 ("None of this will be possible if Russia continues to escalate. We are asking Moscow to pull back the forces it has sent to Ukraine's border and into Belarus, and to choose the path of diplomacy.", *N, "russia-de-escalation", "supports", 1, H),
 ("Thank you, and I look forward to your questions.", *N, "", "", 1, H),
 ("No, sir. We took every Russian concern seriously enough to answer it in writing. What we did not do is agree that Russia gets to decide who sits in NATO.", *N, "nato-open-door", "supports", 1, H),
 (n8, *N, "nato-non-expansion", "rejects", 1, H),
 (n8, *N, "rollback-to-1997", "rejects", 1, H),
 (n8, *N, "no-strike-weapons-near-borders", "mentions", 1, H),
 (n8, "vladimir-putin", 1, "Mr. Putin", "nato-non-expansion", "supports", 0, H),
 (n8, "vladimir-putin", 1, "Mr. Putin", "no-strike-weapons-near-borders", "supports", 0, H),
 (n8, "vladimir-putin", 1, "Mr. Putin", "rollback-to-1997", "supports", 0, H),
 (n9, *N, "nato-non-expansion", "rejects", 1, H),
 (n9, *N, "nato-open-door", "supports", 1, H),
 (n9, *N, "written-legal-guarantees", "mentions", 1, H),
 ("The 2008 declaration stands. Allies are not going to rescind it because Moscow has massed troops on a border.", *N, "rescind-bucharest-2008", "rejects", 1, H),
 ("Yes. We think the lines between our militaries, and between NATO and the Russian general staff, should be open, especially now. We said so in the written response, and NATO said so in its letter.", *N, "resume-military-dialogue", "supports", 1, H),
 ("We are prepared to talk about reducing risks at sea and in the air, including on dangerous intercepts. We are not prepared to accept that the Black Sea or the Baltic is Russian water that our ships may not sail.", *N, "no-warships-aircraft-in-strike-range", "rejects", 1, H),
 ("Chairman Menendez, Ranking Member Risch, thank you for inviting me.", *M, "", "", 1, H),
 (m2, *M, "no-intermediate-range-missiles", "mentions", 1, H),
 (m2, *M, "limit-military-exercises", "mentions", 1, H),
 ("Second, the demand that NATO withdraw to its 1997 footprint is of a different kind. In my view, the alliance should reject it outright, because it would leave the Baltic states and Poland as second-class members.", *M, "rollback-to-1997", "rejects", 1, H),
 (m4, *M, "no-ukraine-membership", "rejects", 1, H),
 (m4, *M, "written-legal-guarantees", "mentions", 1, H),
 (m4, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

P1, J28, J27 = "2022-02-01", "2022-01-28", "2022-01-27"
s_put = "He named three of them: NATO's further expansion, the deployment of strike weapons systems near Russian borders, and the return of the alliance's military infrastructure in Europe to where it stood in 1997."
q_put = "We have carefully analyzed the answers, and it is already clear that these three key demands have not been taken into account,"
s_lav = "In a long radio interview on January 28, the foreign minister said the American document was \"better than NATO's\" and contained \"rational grains\" on missiles and transparency, but that on the main question—the non-expansion of the alliance—there was \"no positive reaction.\""
s_ry = "He told the Duma on January 27 that a moratorium on Ukraine's accession would not satisfy Moscow."
q_ry = "We need legally binding guarantees, not a pause of a few years after which everything starts again,"
L["carnegie-moscow-2022-02-02-putin-ignored-concerns"] = [
 (s_put, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, P1),
 (s_put, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, P1),
 (s_put, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, P1),
 (q_put, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, P1),
 (q_put, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, P1),
 (q_put, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, P1),
 ("But we are ready to continue the dialogue.", "vladimir-putin", 1, "Putin", "", "", 1, P1),
 (s_lav, "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 0, J28),
 (s_lav, "sergei-lavrov", 1, "the foreign minister", "no-intermediate-range-missiles", "mentions", 0, J28),
 ("We will send an official request to our colleagues asking them to explain how they intend to fulfill this obligation,", "sergei-lavrov", 1, "Lavrov", "", "", 1, J28),
 ("If they refuse to answer, this will show that they do not take their own signatures seriously.", "sergei-lavrov", 1, "Lavrov", "", "", 1, J28),
 (s_ry, "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, J27),
 (s_ry, "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, J27),
 (s_ry, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (s_ry, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (q_ry, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, J27),
 (q_ry, "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, J27),
 ("Russian officials regularly cite the conversations of February 1990, when U.S. Secretary of State James Baker told Mikhail Gorbachev that NATO would not move \"one inch eastward,\" and conclude that oral assurances from the West are worthless.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("elements that can be worked with,", "maria-zakharova", 1, "she", "", "", 1, J27),
 ("not an answer to our main demands.", "maria-zakharova", 1, "she", "", "", 1, J27),
 ("Secretary of State Antony Blinken said on January 31 that Washington would \"continue to pursue diplomacy,\" but made clear that the choice of alliances was for Ukraine alone.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-31"),
 ("to discuss arms control, disarmament, and transparency on military activities.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, P1),
 ("Having told the Russian public that nothing short of an end to enlargement would do, it will find it hard to present missile talks as a victory.", "russia", 0, "it", "nato-non-expansion", "supports", 0, ""),
]

U = "2022-01-13"
q_ts1 = "Russia has brought more than one hundred thousand of military personnel to our borders and calls this the 'internal matter'. At the same time it demands from others to withdraw the troops and infrastructure from the territories of sovereign states members of NATO. This is not a proposal for dialogue, this is blackmail,"
q_ts2 = "The sovereign right of Ukraine to choose its foreign policy course, including the membership in NATO, is fixed in our Constitution,"
s_uk = "The Ukrainian side also underlined that the demands of the Russian Federation to revise the decisions of the Bucharest Summit of NATO in 2008 and to prohibit any cooperation of Ukraine with the Allies in the military field are unacceptable and contradict the basic principles of the Helsinki Final Act and the Charter of Paris."
s_lu = "During the meeting, the Permanent Representative of the Russian Federation to the OSCE Alexander Lukashevich again insisted that the Alliance must give to Russia the legally binding guarantees on non-expansion to the East."
q_ku = "This week Russia did not receive from the West what it wanted. Nobody agreed to close the door of NATO for Ukraine, nobody agreed to return the Alliance to the borders of 1997,"
L["ukraine-mfa-2022-01-13-osce-permanent-council"] = [
 (q_ts1, "yevhenii-tsymbaliuk", 1, "Ambassador Tsymbaliuk", "rollback-to-1997", "rejects", 1, U),
 (q_ts1, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The Head of Ukrainian Delegation emphasized that the first and the necessary step for any meaningful dialogue is the withdrawal of Russian forces from the border of Ukraine and the de-escalation of the situation, which Russia has created by itself.", "yevhenii-tsymbaliuk", 1, "The Head of Ukrainian Delegation", "russia-de-escalation", "supports", 0, U),
 (q_ts2, "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "nato-open-door", "supports", 1, U),
 (q_ts2, "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-ukraine-membership", "rejects", 1, U),
 ("No third state has the right of veto on it, and we will never agree to the creation of so called 'spheres of influence' in Europe.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "nato-open-door", "supports", 1, U),
 (s_uk, "ukraine", 0, "The Ukrainian side", "rescind-bucharest-2008", "rejects", 0, U),
 (s_uk, "ukraine", 0, "The Ukrainian side", "no-military-activity-ex-soviet", "rejects", 0, U),
 (s_uk, "russia", 0, "the Russian Federation", "rescind-bucharest-2008", "supports", 0, ""),
 (s_uk, "russia", 0, "the Russian Federation", "no-military-activity-ex-soviet", "supports", 0, ""),
 (s_lu, "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, U),
 (s_lu, "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, U),
 ("the drumbeat of war is sounding loud and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, U),
 ("In particular, Permanent Representative of the United States to the OSCE Michael Carpenter stated that \"the drumbeat of war is sounding loud and the rhetoric has gotten rather shrill\", and called on Russia to return its troops to the places of permanent deployment.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, U),
 (q_ku, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, U),
 (q_ku, "dmytro-kuleba", 1, "Dmytro Kuleba", "rollback-to-1997", "rejects", 1, U),
 (q_ku, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (q_ku, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We call on Russia to stop the escalation, to withdraw its troops and to return to the negotiating table in the Normandy format and in the Trilateral Contact Group. There is no alternative to the political and diplomatic settlement,", "dmytro-kuleba", 1, "the Minister", "russia-de-escalation", "supports", 1, U),
 ("The Ministry of Foreign Affairs of Ukraine reiterates that Ukraine is open for the constructive discussion of the measures of the strengthening of the confidence and transparency, including regarding the military exercises, on the reciprocal basis and with the full participation of Ukraine.", "ukrainian-foreign-ministry", 0, "The Ministry of Foreign Affairs of Ukraine", "limit-military-exercises", "mentions", 0, U),
]

write_gold(L, "articles-241", "gold-241")
