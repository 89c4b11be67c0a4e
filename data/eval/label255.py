#!/usr/bin/env python3
"""Writes the held-out gold of batch 255 (gold-255/*.nq) from the labels below.

Batch 255 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-10-ruble-geneva-talks: Bloomberg markets-and-diplomacy story
  (front matter, bullet standfirst, curly quotes, ruble/bond figures); quotations
  interrupted by "the diplomat added"/"Koval said", analysts on markets, a Peskov
  sentence with only short fragments, a "Read more" link, background on the drafts.
- le-figaro-2022-01-27-us-answers-moscow: Le Figaro in English (front matter,
  "DECRYPTION" standfirst, straight quotes, translated turns like "estimated",
  "she analyzes"); an anonymous French diplomat, Blinken dated to Wednesday,
  Baker/Gorbachev and Bucharest history with Moscow's current demand inside it.
- vedomosti-2022-01-13-ryabkov-dead-end: Vedomosti machine-translated (no front
  matter, « » quotes with "– said X", odd commas "stated, that"); OSCE, NRC and
  Kremlin voices, Wednesday vs Thursday, an IMEMO expert naming five demands.
- hromadske-2022-01-12-nato-russia-council-live: Hromadske live blog, newest entry
  first, Kyiv-time stamps, no front matter; quotation paragraphs without a speaker
  tag (Stoltenberg), a Monday statement by Sherman, a "Background" entry on the drafts.
- senate-armed-services-2022-02-01-russia-buildup-hearing: SASC stenographic
  transcript (speaker labels, chairman as host, senators' questions); Senator
  (Dan) Sullivan vs Jake Sullivan, a witness reporting what Russia asks for.
- kremlin-2022-01-27-peskov-briefing: Kremlin transcript of a Peskov conference
  call (UTF-8 BOM, CRLF); Question:/Dmitry Peskov: labels, multi-paragraph
  answers, off-topic answers at the end.
- chatham-house-2022-02-03-russia-demands-qa: Chatham House expert-comment Q&A
  (front matter, caption, "Read more" links); one invented analyst who supports
  some demands in her own words, rejects others, and reports Putin, Ryabkov,
  Kuleba and Moscow inside her answers.

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

Writer's notes on judgement calls: a Russian official's own indirect speech
("Moscow wants ..., Fomin told reporters") is his label only, not also Russia's;
an anonymous "French diplomat" is labelled as france (not a person); analysts'
undated "said"/"says" get no date, while a transcript's or Q&A's own dated header
dates every answer in it; "prepared to discuss" is mentions, "we proposed" supports;
Russia's in-passing labels take the sentence that attributes the demand, direct 0.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["bloomberg-2022-01-10-ruble-geneva-talks"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Ryabkov said the Americans had been told that Moscow wants the alliance to pull back the forces and weapons it moved into eastern Europe after 1997, and that talk of a temporary pause in enlargement would not satisfy the Kremlin.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("Ryabkov said the Americans had been told that Moscow wants the alliance to pull back the forces and weapons it moved into eastern Europe after 1997, and that talk of a temporary pause in enlargement would not satisfy the Kremlin.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("Ryabkov said the Americans had been told that Moscow wants the alliance to pull back the forces and weapons it moved into eastern Europe after 1997, and that talk of a temporary pause in enlargement would not satisfy the Kremlin.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("We need guarantees that are ironclad, waterproof, bulletproof and legally binding, with all the words ‘shall’ and ‘must.’", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("He also rejected Western calls for Russia to draw down the roughly 100,000 troops U.S. officials say are massed near Ukraine, saying the units were on Russian soil and their movements were nobody else’s business.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("She said Washington was ready to explore reciprocal limits on the size and scope of military drills and on where certain missiles could be stationed in Europe, two areas where diplomats see some room for progress.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said Washington was ready to explore reciprocal limits on the size and scope of military drills and on where certain missiles could be stationed in Europe, two areas where diplomats see some room for progress.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Those are things we can talk about, on a reciprocal basis, if Russia is serious,", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 1, D),
 ("Those are things we can talk about, on a reciprocal basis, if Russia is serious,", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Washington has repeatedly said it will not give Moscow a veto over which countries can join the alliance.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("The market had priced in a small chance of a breakthrough, and that small chance is now gone,", "irina-koval", 1, "Irina Koval", "", "", 1, ""),
 ("Investors are really trading one question: does Moscow get something on paper about NATO, or does it send in the troops,", "irina-koval", 1, "Koval", "written-legal-guarantees", "mentions", 1, ""),
 ("Investors are really trading one question: does Moscow get something on paper about NATO, or does it send in the troops,", "irina-koval", 1, "Koval", "nato-non-expansion", "mentions", 1, ""),
 ("Neither outcome is good for ruble assets in the short term.", "irina-koval", 1, "Koval", "", "", 1, ""),
 ("If Washington makes even a token concession on where it puts its missiles, that is the headline this market is waiting for,", "pavel-dorofeyev", 1, "Pavel Dorofeyev", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Everyone is waiting for the written answer the Americans promised,", "pavel-dorofeyev", 1, "Dorofeyev", "", "", 1, ""),
 ("Until then, every headline out of Geneva or Brussels moves the ruble by half a percent.", "pavel-dorofeyev", 1, "Dorofeyev", "", "", 1, ""),
]

D = "2022-01-27"
W = "2022-01-26"
L["le-figaro-2022-01-27-us-answers-moscow"] = [
 ("no positive response on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, D),
 ("a serious conversation on secondary questions", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("Blinken said on Wednesday that the reply proposes instead to work on \"reciprocal\" transparency measures concerning military exercises and the deployment of intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, W),
 ("Blinken said on Wednesday that the reply proposes instead to work on \"reciprocal\" transparency measures concerning military exercises and the deployment of intermediate-range missiles in Europe.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 ("It is a signal that dialogue is possible, including on the hardest subjects,", "france", 0, "a French diplomat", "", "", 1, ""),
 ("Nobody in Paris is naïve. But when Moscow says it is studying a text, it is not sending tanks.", "france", 0, "a French diplomat", "", "", 1, ""),
 ("On Thursday morning on France Inter, the foreign minister repeated that France would never accept \"that a third country decides\" on the orientations of Ukraine or Georgia.", "jean-yves-le-drian", 1, "the foreign minister", "nato-open-door", "supports", 0, D),
 ("The Alliance is open to the countries that wish it and that fulfil the conditions, it is not Moscow who gives the authorizations,", "jean-yves-le-drian", 1, "he", "nato-open-door", "supports", 1, D),
 ("He also called on Russia to \"show by acts\" that it wants a de-escalation, by withdrawing part of the more than 100,000 soldiers deployed near the Ukrainian border.", "jean-yves-le-drian", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("A written answer that does not contain a legal commitment on non-enlargement is simply not an answer,", "yevgeny-kortnev", 1, "Yevgeny Kortnev", "written-legal-guarantees", "supports", 1, ""),
 ("A written answer that does not contain a legal commitment on non-enlargement is simply not an answer,", "yevgeny-kortnev", 1, "Yevgeny Kortnev", "nato-non-expansion", "supports", 1, ""),
 ("He insisted that an Alliance offering only confidence measures while keeping its door open to Kyiv changed nothing to the fundamental problem.", "yevgeny-kortnev", 1, "He", "no-ukraine-membership", "supports", 0, ""),
 ("Asking NATO to withdraw to its lines of 1997 means asking the Baltic States and Poland to accept to be protected less. It is an unacceptable demand, and no Western government can sign it,", "helene-vautrin", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("On the other hand, there is a real negotiable basket: exercises, missiles, incidents at sea and in the air. The Americans put it on the table.", "helene-vautrin", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("On the other hand, there is a real negotiable basket: exercises, missiles, incidents at sea and in the air. The Americans put it on the table.", "helene-vautrin", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("On the other hand, there is a real negotiable basket: exercises, missiles, incidents at sea and in the air. The Americans put it on the table.", "helene-vautrin", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("In April 2008, the Atlantic summit promised Ukraine and Georgia that they \"will become members\", without a timetable, a formula which Moscow now demands be formally withdrawn.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("a provocation that must be disavowed", "sergei-lavrov", 1, "Lavrov", "rescind-bucharest-2008", "supports", 1, D),
 ("The Russians have created a crisis to obtain a treaty; they may end up with an arms control negotiation,", "france", 0, "the French diplomat", "", "", 1, ""),
]

D = "2022-01-13"
Y = "2022-01-12"
L["vedomosti-2022-01-13-ryabkov-dead-end"] = [
 ("There is a kind of dead end or difference in approaches. I see no reason to sit down in the coming days, to gather again and start these same discussions", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("According to him, the American side is not ready to give the guarantee of non-expansion of the NATO, and without this the negotiations lose meaning.", "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("I do not want to confirm anything, nor to exclude anything", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We need the legally fixed guarantees, and not the declarations of good intentions which the West has violated already many times", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("the measures for the creation of the necessary military-strategic balance", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "he", "", "", 1, D),
 ("The American diplomat demanded from Moscow to return the troops concentrated at the Ukrainian border to the places of permanent deployment.", "michael-carpenter", 1, "The American diplomat", "russia-de-escalation", "supports", 0, D),
 ("Russia will continue to insist on the non-admission of Ukraine and Georgia to the alliance, he added.", "dmitry-peskov", 1, "he", "no-ukraine-membership", "supports", 0, D),
 ("Our position is not a subject of bargaining, it is our red line", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, D),
 ("If NATO wants to talk in the language of military containment, we will answer them with the counter-containment", "alexander-grushko", 1, "he", "", "", 1, Y),
 ("Grushko also proposed to the allies to return to the regular contacts of the military, frozen since 2014, and said, that Russia is ready for it «without any preconditions».", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "supports", 0, Y),
 ("Grushko also proposed to the allies to return to the regular contacts of the military, frozen since 2014, and said, that Russia is ready for it «without any preconditions».", "alexander-grushko", 1, "Grushko", "no-preconditions", "supports", 0, Y),
 ("The Secretary General of NATO Jens Stoltenberg, by his words after the Council, said, that the allies are ready to discuss the arms control and the transparency of the exercises, but will not compromise on the core principles, including the right of each state to choose the way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, Y),
 ("The Secretary General of NATO Jens Stoltenberg, by his words after the Council, said, that the allies are ready to discuss the arms control and the transparency of the exercises, but will not compromise on the core principles, including the right of each state to choose the way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, Y),
 ("The non-expansion of NATO and the withdrawal of the forces to the lines of 1997 is the bid for the maximum. Real subject of the deal is the missiles of medium and shorter range, the limitations of the exercises and the bombers near the borders", "viktor-ostapenko", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("The non-expansion of NATO and the withdrawal of the forces to the lines of 1997 is the bid for the maximum. Real subject of the deal is the missiles of medium and shorter range, the limitations of the exercises and the bombers near the borders", "viktor-ostapenko", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("The non-expansion of NATO and the withdrawal of the forces to the lines of 1997 is the bid for the maximum. Real subject of the deal is the missiles of medium and shorter range, the limitations of the exercises and the bombers near the borders", "viktor-ostapenko", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The non-expansion of NATO and the withdrawal of the forces to the lines of 1997 is the bid for the maximum. Real subject of the deal is the missiles of medium and shorter range, the limitations of the exercises and the bombers near the borders", "viktor-ostapenko", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("The non-expansion of NATO and the withdrawal of the forces to the lines of 1997 is the bid for the maximum. Real subject of the deal is the missiles of medium and shorter range, the limitations of the exercises and the bombers near the borders", "viktor-ostapenko", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("In 1990 the Americans also promised to Gorbachev orally, and this is why today Moscow demands the paper with the signatures", "viktor-ostapenko", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 ("In 1990 the Americans also promised to Gorbachev orally, and this is why today Moscow demands the paper with the signatures", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("If they do not want to give guarantees on paper, let them not complain later. Russia has the right to provide its security by any means", "gennady-vasilchuk", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("The Ukrainian Foreign Ministry in its turn declared, that any decisions concerning Ukraine without Ukraine are unacceptable, and Kiev itself will determine its foreign policy course, including the membership in NATO.", "ukrainian-foreign-ministry", 0, "The Ukrainian Foreign Ministry", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-12"
L["hromadske-2022-01-12-nato-russia-council-live"] = [
 ("NATO conducts ever larger exercises near our borders and brings its strategic bombers closer and closer to our territory,", "alexander-fomin", 1, "he", "limit-military-exercises", "supports", 1, D),
 ("NATO conducts ever larger exercises near our borders and brings its strategic bombers closer and closer to our territory,", "alexander-fomin", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Moscow wants the number and scale of such drills cut and the flights moved away from the border, Fomin told reporters.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("Moscow wants the number and scale of such drills cut and the flights moved away from the border, Fomin told reporters.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Grushko said Russia needed \"a legal guarantee, not words\" that the alliance would stop enlarging.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, D),
 ("Grushko said Russia needed \"a legal guarantee, not words\" that the alliance would stop enlarging.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely necessary that Ukraine and Georgia never become members. The Bucharest formula must be buried,", "alexander-grushko", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("For us it is absolutely necessary that Ukraine and Georgia never become members. The Bucharest formula must be buried,", "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 1, D),
 ("We are not going to negotiate about troops on our own territory. Where Russian units are stationed is our sovereign decision,", "alexander-grushko", 1, "Grushko", "russia-de-escalation", "rejects", 1, D),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Russia's request that NATO should not admit Ukraine as a member — we cannot accept that. Allies reaffirmed that each country has the right to choose its own path, and NATO will not compromise on that.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("Russia's request that NATO should not admit Ukraine as a member — we cannot accept that. Allies reaffirmed that each country has the right to choose its own path, and NATO will not compromise on that.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia's request that NATO should not admit Ukraine as a member — we cannot accept that.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We are ready to discuss arms control, including on missiles, and more transparency about military exercises, and we proposed to restore our offices in Moscow and Brussels and to use the military lines of communication,", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We are ready to discuss arms control, including on missiles, and more transparency about military exercises, and we proposed to restore our offices in Moscow and Brussels and to use the military lines of communication,", "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("We are ready to discuss arms control, including on missiles, and more transparency about military exercises, and we proposed to restore our offices in Moscow and Brussels and to use the military lines of communication,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("Stoltenberg called on Russia to de-escalate and to withdraw its forces from around Ukraine, adding that a new attack would have \"severe costs.\"", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("Nobody has the right to veto Ukraine's choice. Our path to NATO membership is our sovereign decision, not a topic for a deal between Moscow and anyone else,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Nobody has the right to veto Ukraine's choice. Our path to NATO membership is our sovereign decision, not a topic for a deal between Moscow and anyone else,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("People ask us every day if there will be war. We tell them to be calm, but also to know where the nearest shelter is,", "oksana-melnychuk", 1, "Oksana Melnychuk", "", "", 1, D),
 ("Nothing about Ukraine without Ukraine — that is the principle we agreed with our partners, and I am sure it will be kept,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, D),
 ("de-escalation must begin with those who brought the troops.", "volodymyr-zelensky", 1, "He", "russia-de-escalation", "supports", 1, D),
 ("Russia writes ultimatums, NATO answers with diplomacy. We will see who has more patience,", "oleksiy-danilov", 1, "Danilov", "", "", 1, D),
 ("On Monday in Geneva she said that the US would not let anyone \"slam closed\" NATO's open-door policy.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Among other things, Moscow demands that the alliance give up any further enlargement, withdraw forces deployed in countries that joined after 1997, and not hold exercises or station weapons near Russia's borders.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Among other things, Moscow demands that the alliance give up any further enlargement, withdraw forces deployed in countries that joined after 1997, and not hold exercises or station weapons near Russia's borders.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Among other things, Moscow demands that the alliance give up any further enlargement, withdraw forces deployed in countries that joined after 1997, and not hold exercises or station weapons near Russia's borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Among other things, Moscow demands that the alliance give up any further enlargement, withdraw forces deployed in countries that joined after 1997, and not hold exercises or station weapons near Russia's borders.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
]

D = "2022-02-01"
L["senate-armed-services-2022-02-01-russia-buildup-hearing"] = [
 ("Thank you, Mr. Chairman. The Kremlin has made it clear what it wants. It wants a written promise that Ukraine will never join NATO and that American forces get out of the countries that joined the alliance after the Cold War. We should never give Moscow either one.", "james-inhofe", 1, "Senator Inhofe", "no-ukraine-membership", "rejects", 1, D),
 ("Thank you, Mr. Chairman. The Kremlin has made it clear what it wants. It wants a written promise that Ukraine will never join NATO and that American forces get out of the countries that joined the alliance after the Cold War. We should never give Moscow either one.", "james-inhofe", 1, "Senator Inhofe", "rollback-to-1997", "rejects", 1, D),
 ("Thank you, Mr. Chairman. The Kremlin has made it clear what it wants. It wants a written promise that Ukraine will never join NATO and that American forces get out of the countries that joined the alliance after the Cold War. We should never give Moscow either one.", "james-inhofe", 1, "Senator Inhofe", "written-legal-guarantees", "rejects", 1, D),
 ("It wants a written promise that Ukraine will never join NATO and that American forces get out of the countries that joined the alliance after the Cold War.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("It wants a written promise that Ukraine will never join NATO and that American forces get out of the countries that joined the alliance after the Cold War.", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("It wants a written promise that Ukraine will never join NATO and that American forces get out of the countries that joined the alliance after the Cold War.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("I have said this for years: we should have been sending lethal aid to Ukraine in far greater amounts, and earlier. Deterrence is cheaper than war, and we are late.", "james-inhofe", 1, "Senator Inhofe", "", "", 1, D),
 ("Chairman Reed, Ranking Member Inhofe, members of the committee, thank you for the opportunity to testify.", "laura-pennington", 1, "Ms. Pennington", "", "", 1, D),
 ("Russia has now deployed well over 100,000 troops in and around Ukraine, including in Belarus, with supporting logistics, air defense, and medical units. We call on Moscow to pull these forces back and to choose the path of diplomacy. The single most important thing Russia can do right now is de-escalate.", "laura-pennington", 1, "Ms. Pennington", "russia-de-escalation", "supports", 1, D),
 ("Last week we delivered our written response to Moscow. It does not concede anything on the fundamentals. NATO's door remains open, and the decision on whether Ukraine joins is for Ukraine and the thirty allies, not for the Kremlin.", "laura-pennington", 1, "Ms. Pennington", "nato-open-door", "supports", 1, D),
 ("Last week we delivered our written response to Moscow. It does not concede anything on the fundamentals. NATO's door remains open, and the decision on whether Ukraine joins is for Ukraine and the thirty allies, not for the Kremlin.", "laura-pennington", 1, "Ms. Pennington", "no-ukraine-membership", "rejects", 1, D),
 ("At the same time, the response lays out areas where we think progress is possible, on a reciprocal basis: arms control covering ground-launched missiles of the kind that were banned under the INF Treaty, transparency measures and notification for large exercises, and risk-reduction measures to prevent dangerous incidents between our ships and aircraft.", "laura-pennington", 1, "Ms. Pennington", "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, the response lays out areas where we think progress is possible, on a reciprocal basis: arms control covering ground-launched missiles of the kind that were banned under the INF Treaty, transparency measures and notification for large exercises, and risk-reduction measures to prevent dangerous incidents between our ships and aircraft.", "laura-pennington", 1, "Ms. Pennington", "limit-military-exercises", "mentions", 1, D),
 ("At the same time, the response lays out areas where we think progress is possible, on a reciprocal basis: arms control covering ground-launched missiles of the kind that were banned under the INF Treaty, transparency measures and notification for large exercises, and risk-reduction measures to prevent dangerous incidents between our ships and aircraft.", "laura-pennington", 1, "Ms. Pennington", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("We are also prepared to discuss the restoration of regular military-to-military channels, which have been largely dormant since 2014.", "laura-pennington", 1, "Ms. Pennington", "resume-military-dialogue", "mentions", 1, D),
 ("Chairman Reed, Ranking Member Inhofe, distinguished members, thank you. Our posture in Europe is defensive. The 8,500 troops placed on heightened alert last week are there to reassure allies on the eastern flank, not to threaten Russia.", "marcus-hale", 1, "General Hale", "", "", 1, D),
 ("I would add one thing from a military perspective. Russia is asking us to agree that we would not hold exercises or deploy capabilities on allied territory close to its borders. Accepting that as a one-sided obligation would leave the Baltic states and Poland with second-class security, and the Joint Staff does not support it.", "marcus-hale", 1, "General Hale", "limit-military-exercises", "rejects", 1, D),
 ("I would add one thing from a military perspective. Russia is asking us to agree that we would not hold exercises or deploy capabilities on allied territory close to its borders. Accepting that as a one-sided obligation would leave the Baltic states and Poland with second-class security, and the Joint Staff does not support it.", "marcus-hale", 1, "General Hale", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Russia is asking us to agree that we would not hold exercises or deploy capabilities on allied territory close to its borders.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Russia is asking us to agree that we would not hold exercises or deploy capabilities on allied territory close to its borders.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Senator, we heard those remarks. We also heard him say that he hopes dialogue will continue, and we take that seriously. We have not been told that the door to diplomacy is closed.", "laura-pennington", 1, "Ms. Pennington", "", "", 1, D),
 ("But I want to be clear. We will not negotiate about Ukraine without Ukraine, or about NATO without our allies. Those principles are not on the table.", "laura-pennington", 1, "Ms. Pennington", "", "", 1, D),
 ("Senator, the force is there. Russia has assembled the capability to conduct a range of operations, up to a large-scale invasion, on very short notice. I will not speculate about the date in an open session.", "marcus-hale", 1, "General Hale", "", "", 1, D),
 ("Senator, nothing we offered is unilateral. If Russia wants to discuss where intermediate-range missiles can be stationed, then its own systems, including the 9M729, are part of the conversation. And we will not trade away allied defense for a Russian promise.", "laura-pennington", 1, "Ms. Pennington", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Yes, Senator, read literally it would. It would push our ships and our aircraft out of international waters and airspace where we have every right to be. We would not accept that.", "marcus-hale", 1, "General Hale", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
]

D = "2022-01-27"
L["kremlin-2022-01-27-peskov-briefing"] = [
 ("Yes, the documents have been delivered to the Kremlin; the President has them. He has been informed about them. But it will take time to analyse these texts, and we will not rush to conclusions. The work is going on at the Foreign Ministry and in other agencies.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("As for the first assessment, I would say this: judging by what has already been said publicly by Mr Blinken and by Mr Stoltenberg, there is not much room for optimism. Our main concerns, and I mean first of all the non-expansion of NATO and the non-deployment of strike weapon systems close to our borders, have not been taken into account. This is obvious from the statements that are being made in Washington and in Brussels.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 1, D),
 ("As for the first assessment, I would say this: judging by what has already been said publicly by Mr Blinken and by Mr Stoltenberg, there is not much room for optimism. Our main concerns, and I mean first of all the non-expansion of NATO and the non-deployment of strike weapon systems close to our borders, have not been taken into account. This is obvious from the statements that are being made in Washington and in Brussels.", "dmitry-peskov", 1, "Dmitry Peskov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("At the same time, I would not want to say that there is nothing in them. There is always room for continuing contacts. It is in the interests of both us and the Americans.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Minister Lavrov has given a preliminary evaluation, and it is certainly in line with our understanding. We do not separate the questions into main and secondary in the sense that we could accept the secondary ones and forget about the principal ones. This is a single package. Russia's concerns are set out clearly in the draft treaty and in the draft agreement, and we are waiting for responses to each of the points.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("We know this position. It is not new. But you see, the so-called open-door policy cannot be implemented at the expense of the security of other states, in this case Russia. Each state has the right to choose its alliances, but no state has the right to strengthen its security at the expense of others. That is the principle of indivisibility of security, which all OSCE countries signed up to in Istanbul and in Astana.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-open-door", "rejects", 1, D),
 ("And we want these guarantees to be legally binding, not in the form of verbal promises, which, as history shows, are forgotten very quickly.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 1, D),
 ("Certainly. The President will formulate his position when the analysis is complete. I cannot give you a date now. There is no need to hurry here; this is a very serious matter.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("We are watching these actions with great concern. The United States is escalating tensions, and then accusing Russia of doing so. These are precisely the kinds of steps that make our demand that NATO not station offensive weaponry right next to our borders so relevant.", "dmitry-peskov", 1, "Dmitry Peskov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("As for the movements of our own troops, I have already said many times: Russian forces are on Russian territory and are moving around it as the Defence Ministry deems necessary. This cannot be the subject of anyone's demands and does not threaten anyone.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 ("Yes, such a conversation is planned for tomorrow. The topics are obvious. This is, of course, the situation around Ukraine, the Normandy format, the results of the meeting of political advisers in Paris. And of course, the topic of security guarantees will be raised.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("We note positively the meeting in Paris. It showed that the Normandy format continues to work, although it is difficult.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("No, so far there are no such plans. But if necessary, such a conversation can be organised very quickly.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Yes, the meeting will take place, I think, later this week. We will announce it in advance, as usual.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
]

D = "2022-02-03"
E = "orysia-havryliuk-bennett"
L["chatham-house-2022-02-03-russia-demands-qa"] = [
 ("Not yet. What struck me on Tuesday was not the complaint but the tone. Putin said the answers had been studied carefully and that he hoped dialogue would continue. That is the language of someone keeping an option open, not of someone who has already decided.", E, 1, "Dr Orysia Havryliuk-Bennett", "", "", 1, D),
 ("Putin also singled out three points he says the West has brushed aside: no further enlargement, no strike systems near Russia's borders, and a return of NATO's military infrastructure to where it stood in 1997. Those are exactly the three points on which I think Moscow will get nothing, because no allied government could sell them to its voters.", E, 1, "Dr Orysia Havryliuk-Bennett", "nato-non-expansion", "mentions", 1, D),
 ("Putin also singled out three points he says the West has brushed aside: no further enlargement, no strike systems near Russia's borders, and a return of NATO's military infrastructure to where it stood in 1997. Those are exactly the three points on which I think Moscow will get nothing, because no allied government could sell them to its voters.", E, 1, "Dr Orysia Havryliuk-Bennett", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Putin also singled out three points he says the West has brushed aside: no further enlargement, no strike systems near Russia's borders, and a return of NATO's military infrastructure to where it stood in 1997. Those are exactly the three points on which I think Moscow will get nothing, because no allied government could sell them to its voters.", E, 1, "Dr Orysia Havryliuk-Bennett", "rollback-to-1997", "mentions", 1, D),
 ("Putin also singled out three points he says the West has brushed aside: no further enlargement, no strike systems near Russia's borders, and a return of NATO's military infrastructure to where it stood in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Putin also singled out three points he says the West has brushed aside: no further enlargement, no strike systems near Russia's borders, and a return of NATO's military infrastructure to where it stood in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Putin also singled out three points he says the West has brushed aside: no further enlargement, no strike systems near Russia's borders, and a return of NATO's military infrastructure to where it stood in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Because in the Kremlin's narrative the whole post-Cold War order rests on a broken promise. The story of James Baker telling Mikhail Gorbachev in February 1990 that NATO would not move 'one inch eastward' is treated in Moscow as proof that spoken assurances are worthless.", E, 1, "Dr Orysia Havryliuk-Bennett", "written-legal-guarantees", "mentions", 1, D),
 ("Historically the picture is more complicated – the conversation was about Germany, and the Warsaw Pact still existed. But for Russian diplomats the lesson is simple, and Ryabkov has said it repeatedly: only signatures count. Personally I think a treaty ratified by the US Senate that freezes NATO's membership is a fantasy, and it would be wrong in principle, because it hands Moscow a say over other countries' choices.", E, 1, "Dr Orysia Havryliuk-Bennett", "nato-non-expansion", "rejects", 1, D),
 ("Historically the picture is more complicated – the conversation was about Germany, and the Warsaw Pact still existed. But for Russian diplomats the lesson is simple, and Ryabkov has said it repeatedly: only signatures count. Personally I think a treaty ratified by the US Senate that freezes NATO's membership is a fantasy, and it would be wrong in principle, because it hands Moscow a say over other countries' choices.", E, 1, "Dr Orysia Havryliuk-Bennett", "written-legal-guarantees", "mentions", 1, D),
 ("Historically the picture is more complicated – the conversation was about Germany, and the Warsaw Pact still existed. But for Russian diplomats the lesson is simple, and Ryabkov has said it repeatedly: only signatures count. Personally I think a treaty ratified by the US Senate that freezes NATO's membership is a fantasy, and it would be wrong in principle, because it hands Moscow a say over other countries' choices.", E, 1, "Dr Orysia Havryliuk-Bennett", "nato-open-door", "supports", 1, D),
 ("But for Russian diplomats the lesson is simple, and Ryabkov has said it repeatedly: only signatures count.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Yes, and it is worth being specific. The ideas on intermediate-range missiles echo what the INF Treaty did for 30 years, and a new, verifiable arrangement in Europe would be good for everyone, including Ukraine. I would support that.", E, 1, "Dr Orysia Havryliuk-Bennett", "no-intermediate-range-missiles", "supports", 1, D),
 ("The same goes for exercises. Snap drills with tens of thousands of troops near a border are destabilizing whoever does them, and I would welcome mutual limits and advance notification along the NATO-Russia line of contact.", E, 1, "Dr Orysia Havryliuk-Bennett", "limit-military-exercises", "supports", 1, D),
 ("The article about warships and aircraft is harder. As written, it would keep US ships out of the Black Sea. A more modest version, an updated incidents-at-sea agreement, is realistic.", E, 1, "Dr Orysia Havryliuk-Bennett", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Ukraine's government has been admirably consistent. Dmytro Kuleba has said again and again that no one can decide on Ukraine's alliances except Ukrainians. The Bucharest declaration of 2008 promised membership without a date and without a plan, and that ambiguity has arguably made Ukraine less safe, not more.", E, 1, "Dr Orysia Havryliuk-Bennett", "nato-open-door", "mentions", 1, D),
 ("Dmytro Kuleba has said again and again that no one can decide on Ukraine's alliances except Ukrainians.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 ("Moscow wants the alliance to formally revoke that promise. The West will not do that, and I do not think it should. But nobody in NATO expects Ukraine to join this decade either, and everyone in Moscow knows it.", E, 1, "Dr Orysia Havryliuk-Bennett", "rescind-bucharest-2008", "rejects", 1, D),
 ("Moscow wants the alliance to formally revoke that promise.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Keep talking and keep preparing. The 100,000-plus troops around Ukraine are the real message, and the first Western demand must remain that they go back to their bases. Diplomacy without deterrence will be read in Moscow as weakness.", E, 1, "Dr Orysia Havryliuk-Bennett", "russia-de-escalation", "supports", 1, D),
 ("And do not be tempted by grand bargains. A new 'Yalta' in which spheres of influence are traded over the heads of Kyiv, Tbilisi or Chisinau would store up a far bigger crisis for later.", E, 1, "Dr Orysia Havryliuk-Bennett", "nato-open-door", "supports", 1, D),
]

write_gold(L, "articles-255", "gold-255")
