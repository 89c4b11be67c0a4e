#!/usr/bin/env python3
"""Writes the held-out gold of batch 315 (gold-315/*.nq) from the labels below.

Batch 315 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-26-us-written-reply-russia-nato: Washington Post news
  story with front matter, byline, "Read more" links; interrupted quotations,
  pronoun speakers, Baker/Gorbachev and Founding Act background, analysts.
- sputnik-2022-01-18-ryabkov-ironclad-guarantees: Sputnik aggregator page, no
  front matter, menus, photo credit/caption, "Read also" lines, tags, latest
  news; "the diplomat added", "According to Ryabkov", document paraphrase,
  pro-Kremlin analyst with his own stance, Kiev spelling.
- russian-mfa-2022-01-27-zakharova-briefing: MFA briefing transcript with
  front matter, crossheads, opening remarks and questions from outlets; each
  paragraph of Zakharova's remarks/answers is a quotation, questions unlabelled.
- hromadske-2022-01-14-dovhan-interview-nato-russia: Hromadske English Q&A with
  dashes, no front matter; invented MP; interview held the day before
  publication; Stoltenberg reported inside an answer.
- sky-news-2022-01-21-live-blinken-lavrov-geneva: Sky News live page, UTF-8 BOM
  and CRLF, front matter, reverse-chronological time stamps, key points,
  caption; Lavrov, Blinken, Peskov, Kuleba, Wallace, an analyst.
- ecfr-2022-01-13-after-brussels-and-vienna: ECFR commentary with front matter;
  the author's own argument is not labelled (neither quoted nor reported),
  but demands it attributes to Moscow in passing are Russia's; partial quotes.
- lithuanian-seimas-2022-01-18-plenary-record-security-guarantees: Seimas
  verbatim record in unofficial English translation, no front matter, speaker
  labels in capitals, awkward translated syntax; MPs' questions unlabelled,
  each paragraph of the minister's answers and of a faction statement labelled.

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

WP = "2022-01-26"
L["washington-post-2022-01-26-us-written-reply-russia-nato"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, WP),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, WP),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, WP),
 ("He said the United States was prepared to discuss reciprocal limits on the deployment of offensive missiles in Ukraine and on the size and scope of military exercises in Europe, provided Russia pulled back the more than 100,000 troops it has massed near the Ukrainian border.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, WP),
 ("He said the United States was prepared to discuss reciprocal limits on the deployment of offensive missiles in Ukraine and on the size and scope of military exercises in Europe, provided Russia pulled back the more than 100,000 troops it has massed near the Ukrainian border.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, WP),
 ("He said the United States was prepared to discuss reciprocal limits on the deployment of offensive missiles in Ukraine and on the size and scope of military exercises in Europe, provided Russia pulled back the more than 100,000 troops it has massed near the Ukrainian border.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, WP),
 ("Russia's demands, set out in two draft treaties that the Foreign Ministry published on Dec. 17, include a legally binding promise that NATO will never again enlarge and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Russia's demands, set out in two draft treaties that the Foreign Ministry published on Dec. 17, include a legally binding promise that NATO will never again enlarge and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("Russia's demands, set out in two draft treaties that the Foreign Ministry published on Dec. 17, include a legally binding promise that NATO will never again enlarge and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation in Geneva this month, said in an interview last week that a pause in deployments would not satisfy the Kremlin.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("A moratorium is not enough for us,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("We need guarantees that are legally binding, on paper, signed.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("We will not be satisfied with answers that simply ignore our key concerns,", "dmitry-peskov", 1, "he", "", "", 1, WP),
 ("Foreign Minister Sergei Lavrov, speaking to lawmakers in Moscow on Wednesday, said the main question for Russia was whether NATO would stop moving east, and that next steps would be decided by President Vladimir Putin after he had read the text.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, WP),
 ("But we cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "he", "", "", 1, WP),
 ("He said NATO had proposed reopening the two sides' offices in Moscow and Brussels and restoring military-to-military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, WP),
 ("Stoltenberg also called on Moscow to \"immediately de-escalate\" and withdraw forces from around Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, WP),
 ("It is important for us that the United States has not given an inch on our membership prospects,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, ""),
 ("It is important for us that the United States has not given an inch on our membership prospects,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, ""),
 ("Moscow asked for things it knew perfectly well it could not get,", "elena-marchetti-hale", 1, "Elena Marchetti-Hale", "", "", 1, ""),
 ("A signed pledge to keep Kyiv out forever was never going to come out of this town. The real question is whether Putin pockets the arms-control offer or uses the refusal as a pretext.", "elena-marchetti-hale", 1, "Elena Marchetti-Hale", "no-ukraine-membership", "mentions", 1, ""),
 ("A signed pledge to keep Kyiv out forever was never going to come out of this town. The real question is whether Putin pockets the arms-control offer or uses the refusal as a pretext.", "elena-marchetti-hale", 1, "Elena Marchetti-Hale", "written-legal-guarantees", "mentions", 1, ""),
 ("Thomas Greaves, a former Pentagon arms-control official now at Georgetown University, said limits on intermediate-range missiles in Europe were \"the most promising thread\" because both sides had lived with such limits under the INF Treaty until 2019.", "thomas-greaves", 1, "Thomas Greaves", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("If Moscow wants a missile deal, there is one to be had,", "thomas-greaves", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Nothing about Ukraine without Ukraine, nothing about NATO without NATO,", "ned-price", 1, "Price", "", "", 1, ""),
]

SP = "2022-01-18"
SPEECH_RY = "Intermediate-range missiles, exercises, transparency measures - all this is important, we are ready to discuss it, but only as part of a package, in which the question of Ukraine and Georgia never becoming members of the alliance is resolved,"
DOCS = "Among other things, the documents stipulate that the alliance renounce further expansion, including the accession of Ukraine, and refrain from deploying troops and weapons in states that joined it after May 1997."
KS1 = "In my opinion, Russia is absolutely right to demand a legal guarantee, because political promises of the 1990s turned out to be worthless."
KS2 = "Kornilov-Shatsky also noted that the Pentagon's military presence in Ukraine, including instructors and the supply of Javelin complexes, had in practice turned the country into a NATO foothold, which Russia, he said, cannot tolerate."
L["sputnik-2022-01-18-ryabkov-ironclad-guarantees"] = [
 ("We are not going to trade our key proposals for secondary issues. The non-enlargement of NATO is an absolute imperative for us, and we will not step back from it,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, SP),
 ("The diplomat added that Moscow expects the answer to come in written form, not in the shape of verbal reassurances, which, in his words, have been violated too many times.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, SP),
 ("According to Ryabkov, Russia had heard in Geneva a readiness of the American side to talk about missiles and exercises, but \"this is not the main thing.\"", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, SP),
 ("According to Ryabkov, Russia had heard in Geneva a readiness of the American side to talk about missiles and exercises, but \"this is not the main thing.\"", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, SP),
 (SPEECH_RY, "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, SP),
 (SPEECH_RY, "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 1, SP),
 (SPEECH_RY, "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, SP),
 (DOCS, "russia", 0, "the documents", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DOCS, "russia", 0, "the documents", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DOCS, "russia", 0, "the documents", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("US Deputy Secretary of State Wendy Sherman said then that the US would not allow anyone to \"slam closed NATO's open-door policy.\"", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Russian Foreign Minister Sergei Lavrov, at his annual press conference on Friday, said that Moscow had run out of patience with \"eternal\" talk about the alliance's eastward expansion.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("He said Russia would insist that NATO return its military infrastructure to the configuration of 1997, when the NATO-Russia Founding Act was signed.", "sergei-lavrov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-14"),
 ("We are waiting for a written response, point by point, to our proposals. They must not be drowned in chatter,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("The Americans are trying to turn the conversation toward secondary issues like confidence-building measures, because on the main issue - non-expansion - they have nothing to say,", "vladimir-kornilov-shatsky", 1, "Vladimir Kornilov-Shatsky", "nato-non-expansion", "mentions", 1, ""),
 (KS1, "vladimir-kornilov-shatsky", 1, "Vladimir Kornilov-Shatsky", "written-legal-guarantees", "supports", 1, ""),
 (KS1, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (KS2, "vladimir-kornilov-shatsky", 1, "Kornilov-Shatsky", "no-military-activity-ex-soviet", "supports", 0, ""),
 (KS2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("If the West does not want to hear us, then it will have to deal with the consequences of its own deafness,", "leonid-slutsky", 1, "Slutsky", "", "", 1, "2022-01-17"),
]

Z = "2022-01-27"
ZN = "Maria Zakharova"
Z2 = "I would like to remind you what we are talking about. We have proposed clear, legally formalised commitments that exclude the further eastward expansion of NATO and the deployment of weapon systems that threaten us in direct proximity to Russian territory. This is not a wish list. These are the fundamental principles of security for our country."
ZM1 = "We never refused to talk about these topics. Moreover, it was Russia that proposed a moratorium on the deployment of intermediate-range missiles in Europe back in 2019, and NATO ignored it."
ZM2 = "But we want to make it clear: missiles and exercises cannot be taken out of the package. The package is the package."
L["russian-mfa-2022-01-27-zakharova-briefing"] = [
 ("Yesterday, US Ambassador to Russia John Sullivan handed over to the Russian side Washington's written response to our draft Treaty on security guarantees. A response from NATO has also been received. The documents are being studied carefully at the relevant agencies, and the President will be informed of the results.", "maria-zakharova", 1, ZN, "", "", 1, Z),
 (Z2, "maria-zakharova", 1, ZN, "written-legal-guarantees", "supports", 1, Z),
 (Z2, "maria-zakharova", 1, ZN, "nato-non-expansion", "supports", 1, Z),
 (Z2, "maria-zakharova", 1, ZN, "no-strike-weapons-near-borders", "supports", 1, Z),
 ("We hear a lot from Western capitals about the so-called \"open door\". We have said many times: the freedom of choice of alliances cannot be realised at the expense of the security of other states. This is written in black and white in the documents of the OSCE that all participants signed, including in Istanbul in 1999 and Astana in 2010.", "maria-zakharova", 1, ZN, "nato-open-door", "rejects", 1, Z),
 ("The hysteria in Western media about an \"imminent invasion\" continues. Russia moves its troops on its own territory as it sees fit. We are not going to explain to anyone where and why our units are conducting exercises.", "maria-zakharova", 1, ZN, "russia-de-escalation", "rejects", 1, Z),
 ("At the same time, the Kiev regime continues to receive weapons from NATO countries, and Western instructors are actively working on Ukrainian territory. These are exactly the actions we warned about when we proposed that the alliance renounce any military activity in Ukraine and other countries that are not its members.", "maria-zakharova", 1, ZN, "no-military-activity-ex-soviet", "supports", 1, Z),
 ("We have heard these statements. I will not anticipate the results of the analysis that is underway. But it is already obvious that on the main question, the question of non-expansion, there is no positive reaction.", "maria-zakharova", 1, ZN, "nato-non-expansion", "supports", 1, Z),
 ("Sergey Lavrov already said this morning that the American response leaves room only for a serious conversation on secondary matters. We will look carefully at everything.", "maria-zakharova", 1, ZN, "", "", 1, Z),
 (ZM1, "maria-zakharova", 1, ZN, "no-intermediate-range-missiles", "supports", 1, Z),
 (ZM1, "maria-zakharova", 1, ZN, "limit-military-exercises", "mentions", 1, Z),
 (ZM2, "maria-zakharova", 1, ZN, "no-intermediate-range-missiles", "mentions", 1, Z),
 (ZM2, "maria-zakharova", 1, ZN, "limit-military-exercises", "mentions", 1, Z),
 ("Kiev can say what it wants. We respect the sovereignty of all states, including Ukraine. But no state has the right to strengthen its security at the expense of the security of others.", "maria-zakharova", 1, ZN, "nato-open-door", "rejects", 1, Z),
 ("The channels of military communication were cut not by us. It was NATO that expelled our diplomats from Brussels last October. If our colleagues are now ready to correct their mistake, we will consider it.", "maria-zakharova", 1, ZN, "resume-military-dialogue", "mentions", 1, Z),
 ("I read it. In Vilnius they like to speak on behalf of the entire alliance. I want to remind the Lithuanian minister that the return to the 1997 configuration is not our whim, it is what the alliance itself promised when it signed the Founding Act.", "maria-zakharova", 1, ZN, "rollback-to-1997", "supports", 1, Z),
 ("Our colleagues in the Baltics should think about why the presence of foreign battalions on their soil has not made them feel safer in all these years.", "maria-zakharova", 1, ZN, "rollback-to-1997", "supports", 1, Z),
 ("This is a question for the Ministry of Defence. I can only say that such steps escalate the tension that the Americans themselves describe.", "maria-zakharova", 1, ZN, "", "", 1, Z),
]

H = "2022-01-13"
D = "oleksandra-dovhan"
DN = "Oleksandra Dovhan"
HI = "Moscow demands guarantees that Ukraine will never join NATO and that the alliance will pull back to its borders of 1997."
H1 = "I would say that the result is the absence of a catastrophe. Our partners did not give Russia what it wanted. Nobody in Geneva or Brussels agreed to close the door of NATO for Ukraine, and this for us is the most important thing."
H3 = "Because it is not a guarantee of security for Russia, it is a guarantee of a sphere of influence. If today they get a signature that Ukraine will never be a member, tomorrow they will demand a signature that we cannot have an army."
H4 = "The right to choose alliances is written in the Helsinki Final Act, in the Paris Charter, and Russia signed them all. Ukraine will decide itself, together with the NATO members, when and how we join."
L["hromadske-2022-01-14-dovhan-interview-nato-russia"] = [
 (HI, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (HI, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (H1, D, 1, DN, "no-ukraine-membership", "rejects", 1, H),
 (H1, D, 1, DN, "nato-open-door", "supports", 1, H),
 ("But I do not want to be naive. Russia came with an ultimatum, not with proposals, and it will continue to press.", D, 1, DN, "", "", 1, H),
 (H3, D, 1, DN, "written-legal-guarantees", "rejects", 1, H),
 (H3, D, 1, DN, "nato-non-expansion", "rejects", 1, H),
 (H3, D, 1, DN, "no-ukraine-membership", "rejects", 1, H),
 (H4, D, 1, DN, "nato-open-door", "supports", 1, H),
 (H4, D, 1, DN, "no-ukraine-membership", "rejects", 1, H),
 ("It would mean that Poland, the Baltic states, Romania would become second-class members, without allied troops on their territory. I do not think there is even one capital in the alliance that would agree to this. And I am very grateful to Jens Stoltenberg that he said clearly: there will be no second-class members.", D, 1, DN, "rollback-to-1997", "rejects", 1, H),
 ("I am very grateful to Jens Stoltenberg that he said clearly: there will be no second-class members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, ""),
 ("Not dangerous, if it is mutual and if Ukraine is at the table when it concerns Ukraine. Transparency about exercises is good for everybody. We have been asking Russia for years to explain what its troops are doing near Yelnya, near Voronezh, in Crimea.", D, 1, DN, "limit-military-exercises", "supports", 1, H),
 ("But first Russia must take its troops away from our borders. You cannot negotiate with a gun on the table. Over 100,000 soldiers are standing there, and this is the only real subject of these talks.", D, 1, DN, "russia-de-escalation", "supports", 1, H),
 ("Absolutely not. The instructors and the Javelins are here because in 2014 Russia attacked us. Our cooperation with the United States, Britain, Canada, Lithuania is our sovereign business and nobody in Moscow will decide it.", D, 1, DN, "no-military-activity-ex-soviet", "rejects", 1, H),
 ("I expect the written answers from the United States and NATO, and I expect that the Russian side will not like them. Then comes the most dangerous moment. This is why we ask our partners for sanctions prepared in advance, not after an attack.", D, 1, DN, "", "", 1, H),
]

S = "2022-01-21"
SL = "Our main concern is the non-deployment of strike weapons systems near our borders and non-expansion of NATO. We do not threaten Ukraine, and we do not threaten the Ukrainian people."
SO = "But there is a real negotiation to be had on missiles and on the size of exercises, and I think the Russians know that too."
SR = "They include a halt to NATO enlargement, no NATO military activity in Ukraine and other former Soviet states, and no intermediate-range missiles stationed where they could hit the other side."
L["sky-news-2022-01-21-live-blinken-lavrov-geneva"] = [
 ("A written answer is exactly what Moscow has been asking for, and now it will get one. The content will not move on Ukraine's membership, and everyone in that room knows it,", "hannah-okafor-lynch", 1, "Dr Hannah Okafor-Lynch", "no-ukraine-membership", "mentions", 1, S),
 (SO, "hannah-okafor-lynch", 1, "she", "no-intermediate-range-missiles", "mentions", 1, S),
 (SO, "hannah-okafor-lynch", 1, "she", "limit-military-exercises", "mentions", 1, S),
 ("Speaking to reporters after the talks, Russian foreign minister Sergei Lavrov said he had made clear to Blinken that Russia's key demand remained a firm commitment that NATO would not admit new members in the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, S),
 ("Antony Blinken agreed that we will receive written answers to all our proposals next week,", "sergei-lavrov", 1, "Lavrov", "", "", 1, S),
 (SL, "sergei-lavrov", 1, "He", "no-strike-weapons-near-borders", "supports", 1, S),
 (SL, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 1, S),
 ("I didn't expect a breakthrough today, and we did not get one,", "antony-blinken", 1, "he", "", "", 1, S),
 ("We were clear that if any Russian military forces move across Ukraine's border, that's a renewed invasion and it will be met with swift, severe and united response. The best way to avoid that is for Russia to pull its forces back.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 1, S),
 ("Blinken said the US would share its own ideas in writing with Moscow next week, but stressed that the alliance's open-door policy was not up for negotiation.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, S),
 ("These are short-range, defensive systems. They are not strategic weapons and pose no threat to Russia,", "ben-wallace", 1, "he", "", "", 1, S),
 ("Peskov also repeated that Russia wants NATO to scrap its 2008 promise that Ukraine and Georgia would one day become members.", "dmitry-peskov", 1, "Peskov", "rescind-bucharest-2008", "supports", 0, S),
 ("No decision on Ukraine will be taken without Ukraine. Our partners understand this very well,", "dmytro-kuleba", 1, "Mr Kuleba", "", "", 1, S),
 (SR, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (SR, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (SR, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
]

E1 = "In Geneva on Monday, in Brussels on Wednesday and in Vienna on Thursday, Russian diplomats repeated the same list: no further NATO enlargement, a pull-back of allied forces to where they stood in 1997, and an end to Western military cooperation with Ukraine, Georgia and the other post-Soviet states outside the alliance."
L["ecfr-2022-01-13-after-brussels-and-vienna"] = [
 (E1, "russia", 0, "Russian diplomats", "nato-non-expansion", "supports", 0, ""),
 (E1, "russia", 0, "Russian diplomats", "rollback-to-1997", "supports", 0, ""),
 (E1, "russia", 0, "Russian diplomats", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO,", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Russia cannot have a sphere of influence where it tries to control what neighbours do.", "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, "2022-01-12"),
 ("He also said that the allies were ready to talk about arms control, about the notification of exercises and about reopening the missions in Moscow and Brussels.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("We face a crisis in European security. The drumbeat of war is sounding loud,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("\"We face a crisis in European security. The drumbeat of war is sounding loud,\" Carpenter said, urging Russia to pull back its forces and return to diplomacy.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("any discussion on European security must include the European Union.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("Moscow's demand to keep intermediate-range missiles out of Europe is, on its face, something Europeans should want too.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
]

G = "gabrielius-landsbergis"
GN = "G. LANDSBERGIS"
T = "2022-01-18"
G2 = "The Russian side has put forward demands which, let us say directly, are unacceptable. Russia wants that the allied forces which are deployed in Lithuania, in Latvia, in Estonia, in Poland, would leave, and that the Alliance returns to the situation of 1997. Lithuania will not agree to this, and no ally has agreed to this. There are no first-class and second-class members in NATO."
G3 = "Also Russia demands that Ukraine and Georgia will never become members. This is a decision for Ukraine and for the thirty Allies, and not for Moscow. Door of NATO stays open."
G6 = "A written promise that the battalions will leave, this we will not see. I am sure in it."
G8 = "My opinion is that a moratorium is the same as the veto, just with a date. In 2008 in Bucharest the Alliance made a decision, and this decision was not a mistake; the mistake was that it was not implemented. Today we are paying for that."
K2 = "The Homeland Union faction calls on the Government to seek that additional allied forces, including the American forces, would be deployed in Lithuania on a permanent basis. This is the best answer to the Kremlin ultimatum, which wants that the Alliance would withdraw from our region."
L["lithuanian-seimas-2022-01-18-plenary-record-security-guarantees"] = [
 ("Dear Madam Speaker, dear colleagues. Last week the United States, NATO and the OSCE held meetings with the Russian Federation. I can say that the allies speak with one voice, and this voice was heard in Geneva, in Brussels and in Vienna.", G, 1, GN, "", "", 1, T),
 (G2, G, 1, GN, "rollback-to-1997", "rejects", 1, T),
 ("Russia wants that the allied forces which are deployed in Lithuania, in Latvia, in Estonia, in Poland, would leave, and that the Alliance returns to the situation of 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (G3, G, 1, GN, "no-ukraine-membership", "rejects", 1, T),
 (G3, G, 1, GN, "nato-open-door", "supports", 1, T),
 ("Also Russia demands that Ukraine and Georgia will never become members.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("At the same time, we do not refuse the dialogue. If there is a conversation about transparency of military exercises, about the risk reduction, Lithuania is ready to take part, but on the condition that it is reciprocal, and that it also includes the exercises of Russia in Belarus, which are now planned for February.", G, 1, GN, "limit-military-exercises", "mentions", 1, T),
 ("Thank you for the question. I talked with the Secretary of State Blinken last week, and I received very clear assurance that nothing will be decided about the eastern flank without the eastern flank.", G, 1, GN, "", "", 1, T),
 (G6, G, 1, GN, "rollback-to-1997", "rejects", 1, T),
 (G6, G, 1, GN, "written-legal-guarantees", "rejects", 1, T),
 ("Colleague, the Kremlin does not need arguments, it needs a pretext. Our defence is defensive, and everybody knows it, including in Moscow. Additional declarations from our side will not change anything.", G, 1, GN, "no-strike-weapons-near-borders", "rejects", 1, T),
 (G8, G, 1, GN, "no-ukraine-membership", "rejects", 1, T),
 (G8, G, 1, GN, "nato-open-door", "supports", 1, T),
 (G8, G, 1, GN, "rescind-bucharest-2008", "rejects", 1, T),
 ("Russia must withdraw its troops from the borders of Ukraine. That is the first step of any de-escalation, and without it any talk is only talk.", G, 1, GN, "russia-de-escalation", "supports", 1, T),
 ("Dear colleagues, on 13 January we commemorated the Freedom Defenders, and we remember well that our freedom was not a gift. In 1991 Moscow also spoke about its security interests.", "laurynas-kasciunas", 1, "L. KASČIŪNAS", "", "", 1, T),
 (K2, "laurynas-kasciunas", 1, "L. KASČIŪNAS", "rollback-to-1997", "rejects", 1, T),
 ("This is the best answer to the Kremlin ultimatum, which wants that the Alliance would withdraw from our region.", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
]

write_gold(L, "articles-315", "gold-315")
