#!/usr/bin/env python3
"""Writes the held-out gold of batch 248 (gold-248/*.nq) from the labels below.

Batch 248 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- dpa-2022-01-10-geneva-ryabkov-sherman-talks: dpa English wire story with front
  matter; quotations interrupted by "Sherman said"/"he said", pronoun speakers,
  Moscow's demands in the reporter's voice, Baker/Gorbachev 1990 background, a
  German Greens and CDU MP, a Moscow analyst, a Friday Stoltenberg quote.
- le-monde-2022-01-27-written-answers-lavrov-main-question: Le Monde in English with
  front matter, standfirst, "Read more" link lines and translated phrasing ("the head
  of the Russian diplomacy"); Lavrov's "main question" split over two spans, NATO's
  letter, Le Drian, an IFRI researcher, Bucharest 2008 background.
- interfax-ukraine-2022-01-13-osce-permanent-council-kuleba: Interfax-Ukraine item
  without front matter ("13.01.2022 18:05", "KYIV. Jan 13 (Interfax-Ukraine) -"),
  OSCE Permanent Council; Kuleba, Lukashevich, Carpenter, Rau, Tsymbaliuk, an MP and
  an analyst; "As reported" recap of the December drafts.
- riksdag-2022-01-18-interpellation-russian-demands-linde: machine-translated record
  of an interpellation debate ("Mr President!", "Speech 31 ... ANN LINDE (S):"); UTF-8
  BOM and CRLF; every speech paragraph is a direct quotation; Russia's and
  Zakharova's demands named inside MPs' speeches.
- moscow-times-2022-02-02-interview-former-envoy-kostylev: Moscow Times Q&A with an
  invented retired Russian diplomat (treated as an independent expert); questions are
  unmarked paragraphs; Putin, Ryabkov and Moscow named in passing in the answers.
- rusi-2022-01-24-geneva-blinken-lavrov-what-was-not-said: RUSI commentary without
  front matter, single quotation marks, crossheads, the author's own analysis (not
  labelled), Blinken-Lavrov of 21 January, a readout, a former NATO official.
- sky-news-2022-02-01-live-putin-concerns-ignored-johnson-kyiv: Sky News live blog with
  front matter, key points, reverse-chronological time stamps and post headlines;
  Putin's news conference with Orban, Johnson and Zelenskyy in Kyiv, Psaki "on Monday
  night", an unnamed State Department official, an analysis post.

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

D = "2022-01-10"
L["dpa-2022-01-10-geneva-ryabkov-sherman-talks"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("difficult, long, very professional, deep and concrete,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The Americans had been told plainly that Russia needed guarantees on paper, with legal force, and not promises that could be withdrawn at any moment, he added.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Sherman said the US was prepared to talk about the future deployment of certain missile systems in Europe and about reciprocal limits on the size and scope of military exercises, provided Russia was ready to do the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the US was prepared to talk about the future deployment of certain missile systems in Europe and about reciprocal limits on the size and scope of military exercises, provided Russia was ready to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("But she warned that it would be very hard to make progress \"in an atmosphere of escalation rather than de-escalation,\" and called on Moscow to pull back the roughly 100,000 troops it has massed near Ukraine.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The Russian diplomat said Moscow was willing to work on missiles, but not in isolation from its core concerns.", "sergei-ryabkov", 1, "The Russian diplomat", "no-intermediate-range-missiles", "mentions", 0, D),
 ("where issues of secondary importance to us are worked out while the central questions are put aside.", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("He also dismissed any idea that Russian forces should be withdrawn before talks could move forward.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("He also dismissed any idea that Russian forces should be withdrawn before talks could move forward.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, D),
 ("Troop movements on Russian territory were not a subject for negotiation with Washington, Ryabkov said, and Moscow would not accept conditions of this kind.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("Troop movements on Russian territory were not a subject for negotiation with Washington, Ryabkov said, and Moscow would not accept conditions of this kind.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("In drafts published on December 17, Moscow has demanded that NATO give up any military activity in Ukraine, the South Caucasus and Central Asia and pull its forces back to the positions they held in 1997, before the alliance admitted former Warsaw Pact states.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("In drafts published on December 17, Moscow has demanded that NATO give up any military activity in Ukraine, the South Caucasus and Central Asia and pull its forces back to the positions they held in 1997, before the alliance admitted former Warsaw Pact states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Washington and its allies have rejected those demands.", "united-states", 0, "Washington", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Washington and its allies have rejected those demands.", "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("NATO Secretary General Jens Stoltenberg said on Friday that the allies were ready to discuss arms control and transparency but would not give Moscow a say over who joins the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-07"),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-07"),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-07"),
 ("Germany stood by the principle that every state in Europe is free to choose its alliances, she told reporters.", "christiane-hoffmann", 1, "she", "nato-open-door", "supports", 0, ""),
 ("Anyone who asks NATO to roll itself back to the map of 1997 is not looking for a compromise, he is looking for a sphere of influence,", "anja-vollmerhaus", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("Europe must not be a spectator while two powers negotiate over its security architecture,", "markus-terhoeven", 1, "Markus Terhoeven", "", "", 1, ""),
 ("The demand for a written ban on further enlargement was the one Moscow would hold onto longest, he said, while others could be traded.", "dmitri-solovtsov", 1, "he", "nato-non-expansion", "mentions", 0, ""),
 ("The demand for a written ban on further enlargement was the one Moscow would hold onto longest, he said, while others could be traded.", "dmitri-solovtsov", 1, "he", "written-legal-guarantees", "mentions", 0, ""),
 ("The demand for a written ban on further enlargement was the one Moscow would hold onto longest, he said, while others could be traded.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The demand for a written ban on further enlargement was the one Moscow would hold onto longest, he said, while others could be traded.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Ryabkov came to Geneva to say no to everything that is secondary and yes only to the main thing,", "dmitri-solovtsov", 1, "Solovtsov", "", "", 1, ""),
 ("The question is whether anyone in Washington can give him the main thing.", "dmitri-solovtsov", 1, "Solovtsov", "", "", 1, ""),
]

D = "2022-01-27"
W = "2022-01-26"
L["le-monde-2022-01-27-written-answers-lavrov-main-question"] = [
 ("There is no positive reaction on the main question,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("to count on the start of a serious conversation, but on secondary questions.", "sergei-lavrov", 1, "The minister", "", "", 1, D),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "he", "", "", 1, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-non-expansion", "rejects", 1, W),
 ("Mr Blinken explained that Washington was ready to discuss with Moscow reciprocal measures of transparency regarding the deployment of offensive missiles and the military exercises in Europe, and possibly confidence measures concerning the Aegis Ashore anti-missile sites in Romania and Poland, which Russia considers as a threat.", "antony-blinken", 1, "Mr Blinken", "no-intermediate-range-missiles", "mentions", 0, W),
 ("Mr Blinken explained that Washington was ready to discuss with Moscow reciprocal measures of transparency regarding the deployment of offensive missiles and the military exercises in Europe, and possibly confidence measures concerning the Aegis Ashore anti-missile sites in Romania and Poland, which Russia considers as a threat.", "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, W),
 ("The Alliance proposes to Moscow to re-establish the respective offices in Moscow and in Brussels, closed in the autumn, and to use and improve the channels of military communication in order to reduce the risk of incidents.", "nato", 0, "The Alliance", "resume-military-dialogue", "supports", 0, W),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "Mr Stoltenberg", "", "", 1, W),
 ("but we cannot compromise on the core principles on which the security of Europe is built.", "jens-stoltenberg", 1, "Mr Stoltenberg", "nato-open-door", "supports", 1, W),
 ("A sovereign right, in the Alliance's view, which the Kremlin contests.", "nato", 0, "the Alliance", "nato-open-door", "supports", 0, ""),
 ("A sovereign right, in the Alliance's view, which the Kremlin contests.", "russia", 0, "the Kremlin", "nato-open-door", "rejects", 0, ""),
 ("there is always the prospect of continuing the dialogue.", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("The first gesture that we expect from Moscow is a gesture of de-escalation, the withdrawal of the forces that are amassed at the Ukrainian border,", "jean-yves-le-drian", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("On the missiles, on the manoeuvres, Moscow has in front of it real proposals, it is not nothing,", "anne-claire-verdier", 1, "Anne-Claire Verdier", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("On the missiles, on the manoeuvres, Moscow has in front of it real proposals, it is not nothing,", "anne-claire-verdier", 1, "Anne-Claire Verdier", "limit-military-exercises", "mentions", 1, ""),
 ("But Vladimir Putin put the bar on the legal guarantee of non-enlargement, and nobody in the Alliance can give it to him.", "anne-claire-verdier", 1, "Anne-Claire Verdier", "nato-non-expansion", "mentions", 1, ""),
 ("But Vladimir Putin put the bar on the legal guarantee of non-enlargement, and nobody in the Alliance can give it to him.", "anne-claire-verdier", 1, "Anne-Claire Verdier", "written-legal-guarantees", "mentions", 1, ""),
 ("But Vladimir Putin put the bar on the legal guarantee of non-enlargement, and nobody in the Alliance can give it to him.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
 ("But Vladimir Putin put the bar on the legal guarantee of non-enlargement, and nobody in the Alliance can give it to him.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("Lavrov speaks of secondary questions, but he does not say no. It is a way of keeping the file open while maintaining the pressure of the troops.", "anne-claire-verdier", 1, "Ms Verdier", "", "", 1, ""),
 ("The spokesman of the Pentagon, John Kirby, repeated on Wednesday that Russia could end the crisis \"tomorrow\" by pulling these forces back.", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 0, W),
]

D = "2022-01-13"
L["interfax-ukraine-2022-01-13-osce-permanent-council-kuleba"] = [
 ("We are grateful to partners who keep the principle 'nothing about Ukraine without Ukraine'. Ukraine does not need anybody's permission to decide with whom to be in alliances,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("The minister stressed that the demands of the Russian Federation that NATO refuses to accept Ukraine are unacceptable for Kyiv and for its partners.", "dmytro-kuleba", 1, "The minister", "no-ukraine-membership", "rejects", 0, D),
 ("The minister stressed that the demands of the Russian Federation that NATO refuses to accept Ukraine are unacceptable for Kyiv and for its partners.", "russia", 0, "the Russian Federation", "no-ukraine-membership", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame and aggressive behavior towards Russia continues, we will have to take the necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("According to him, Russia insists that the issue of NATO non-expansion be fixed in legally binding form, and the promises of the alliance are \"not worth the paper\".", "alexander-lukashevich", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("According to him, Russia insists that the issue of NATO non-expansion be fixed in legally binding form, and the promises of the alliance are \"not worth the paper\".", "alexander-lukashevich", 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("Lukashevich also said Moscow wants the NATO countries to refuse to deploy strike weapons systems in the countries neighbouring Russia, and called the question of the withdrawal of Russian troops from the Ukrainian border \"absolutely not appropriate\", because the troops are on the Russian territory.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Lukashevich also said Moscow wants the NATO countries to refuse to deploy strike weapons systems in the countries neighbouring Russia, and called the question of the withdrawal of Russian troops from the Ukrainian border \"absolutely not appropriate\", because the troops are on the Russian territory.", "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 0, D),
 ("The US Ambassador to the OSCE Michael Carpenter said after the meeting that the United States will not back down from the principle of freedom of choice of alliances.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, D),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has grown rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("we will not negotiate about Ukraine without Ukraine.", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Permanent Representative of Ukraine to the international organizations in Vienna Yevhenii Tsymbaliuk informed that the Ukrainian delegation called on the Russian side to withdraw its troops from the border with Ukraine and from the temporarily occupied territories.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, D),
 ("The only de-escalation that we need is the real withdrawal of the Russian troops, and not the declarations,", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "russia-de-escalation", "supports", 1, D),
 ("Among others, Moscow demands to exclude further NATO enlargement, including the accession of Ukraine, and not to deploy intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other side.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Among others, Moscow demands to exclude further NATO enlargement, including the accession of Ukraine, and not to deploy intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other side.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Among others, Moscow demands to exclude further NATO enlargement, including the accession of Ukraine, and not to deploy intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other side.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("The Russian Federation wanted to talk about Ukraine over our heads, and it did not work. The position of our partners on the open door of NATO remained unchanged,", "iryna-bondarchuk", 1, "the MP", "nato-open-door", "supports", 1, ""),
 ("At the same time, she noted that Kyiv should be attentive to possible compromises on the subject of military exercises and missiles, \"because every such compromise is also about our security.\"", "iryna-bondarchuk", 1, "she", "limit-military-exercises", "mentions", 0, ""),
 ("At the same time, she noted that Kyiv should be attentive to possible compromises on the subject of military exercises and missiles, \"because every such compromise is also about our security.\"", "iryna-bondarchuk", 1, "she", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Moscow prepared the format of ultimatum from the beginning. Either NATO goes back to 1997, or the Kremlin says the West does not listen. I think the second scenario is more likely,", "volodymyr-hnatiuk", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow prepared the format of ultimatum from the beginning. Either NATO goes back to 1997, or the Kremlin says the West does not listen. I think the second scenario is more likely,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-18"
L["riksdag-2022-01-18-interpellation-russian-demands-linde"] = [
 ("Mr President! Johan Brännström has asked me what the government intends to do in response to the Russian demands presented in December, and whether the government considers that Russia's proposals affect Sweden's freedom to choose its own security policy line.", "ann-linde", 1, "ANN LINDE", "", "", 1, D),
 ("Let me be very clear. The demands that Russia presented on 17 December, among others that NATO shall not take in new members and that the alliance shall withdraw its forces to the positions of 1997, are not acceptable to the government. They go against the European security order that Russia itself has signed.", "ann-linde", 1, "ANN LINDE", "nato-non-expansion", "rejects", 1, D),
 ("Let me be very clear. The demands that Russia presented on 17 December, among others that NATO shall not take in new members and that the alliance shall withdraw its forces to the positions of 1997, are not acceptable to the government. They go against the European security order that Russia itself has signed.", "ann-linde", 1, "ANN LINDE", "rollback-to-1997", "rejects", 1, D),
 ("Let me be very clear. The demands that Russia presented on 17 December, among others that NATO shall not take in new members and that the alliance shall withdraw its forces to the positions of 1997, are not acceptable to the government. They go against the European security order that Russia itself has signed.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Let me be very clear. The demands that Russia presented on 17 December, among others that NATO shall not take in new members and that the alliance shall withdraw its forces to the positions of 1997, are not acceptable to the government. They go against the European security order that Russia itself has signed.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Sweden's security policy line is fixed. It is Sweden that decides our security policy, and no other country. The right of every state to choose its own security arrangements is a fundamental principle, and it applies to Sweden and Finland as much as to Ukraine.", "ann-linde", 1, "ANN LINDE", "nato-open-door", "supports", 1, D),
 ("The government has consulted closely with the United States, the EU and our Nordic partners before the talks in Geneva, Brussels and Vienna. We support that dialogue. But we expect that Russia de-escalates and withdraws its troops from the border of Ukraine.", "ann-linde", 1, "ANN LINDE", "russia-de-escalation", "supports", 1, D),
 ("Mr President! I thank the minister for the answer. But when the spokeswoman of the Russian Ministry of Foreign Affairs, Maria Zakharova, warns Sweden and Finland of serious military and political consequences if we approach NATO, it is not enough to repeat that the line is fixed.", "johan-brannstrom", 1, "JOHAN BRÄNNSTRÖM", "nato-non-expansion", "mentions", 1, D),
 ("Mr President! I thank the minister for the answer. But when the spokeswoman of the Russian Ministry of Foreign Affairs, Maria Zakharova, warns Sweden and Finland of serious military and political consequences if we approach NATO, it is not enough to repeat that the line is fixed.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, ""),
 ("The Moderates think that Sweden should apply for membership. Russia's demand for a veto over the enlargement of NATO makes this more urgent, not less.", "johan-brannstrom", 1, "JOHAN BRÄNNSTRÖM", "nato-non-expansion", "rejects", 1, D),
 ("The Moderates think that Sweden should apply for membership. Russia's demand for a veto over the enlargement of NATO makes this more urgent, not less.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Mr President! I do not think it serves Swedish security to change the security policy line in the middle of an acute crisis. Stability in our neighbourhood is important.", "ann-linde", 1, "ANN LINDE", "", "", 1, D),
 ("What I can say is that we do not accept any attempt to limit our cooperation with NATO, with the United States or with Finland. Russia wants to say who we can exercise with, and that we refuse.", "ann-linde", 1, "ANN LINDE", "nato-open-door", "supports", 1, D),
 ("What I can say is that we do not accept any attempt to limit our cooperation with NATO, with the United States or with Finland. Russia wants to say who we can exercise with, and that we refuse.", "ann-linde", 1, "ANN LINDE", "limit-military-exercises", "rejects", 1, D),
 ("What I can say is that we do not accept any attempt to limit our cooperation with NATO, with the United States or with Finland. Russia wants to say who we can exercise with, and that we refuse.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Mr President! The Sweden Democrats agree that Russia cannot be allowed to decide about our partnerships. But I want to ask the minister about Gotland, where the Armed Forces have reinforced the presence in recent days.", "kerstin-alden", 1, "KERSTIN ALDÉN", "nato-open-door", "supports", 1, D),
 ("Mr President! The Armed Forces take the measures that they deem necessary, and they have the full support of the government. I will not comment on operational questions in this chamber.", "ann-linde", 1, "ANN LINDE", "", "", 1, D),
 ("Mr President! The Liberals have for a long time wanted Swedish membership in NATO. The Russian draft agreement even demands that NATO shall not hold exercises and shall not send ships and aircraft where they can strike Russia. For a country on the Baltic Sea, this would mean to accept to live in a Russian zone.", "lars-erik-nordqvist", 1, "LARS-ERIK NORDQVIST", "limit-military-exercises", "rejects", 1, D),
 ("Mr President! The Liberals have for a long time wanted Swedish membership in NATO. The Russian draft agreement even demands that NATO shall not hold exercises and shall not send ships and aircraft where they can strike Russia. For a country on the Baltic Sea, this would mean to accept to live in a Russian zone.", "lars-erik-nordqvist", 1, "LARS-ERIK NORDQVIST", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Mr President! The Liberals have for a long time wanted Swedish membership in NATO. The Russian draft agreement even demands that NATO shall not hold exercises and shall not send ships and aircraft where they can strike Russia. For a country on the Baltic Sea, this would mean to accept to live in a Russian zone.", "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("Mr President! The Liberals have for a long time wanted Swedish membership in NATO. The Russian draft agreement even demands that NATO shall not hold exercises and shall not send ships and aircraft where they can strike Russia. For a country on the Baltic Sea, this would mean to accept to live in a Russian zone.", "russia", 0, "Russian", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("I want to hear the minister say clearly that Sweden will never accept such a zone.", "lars-erik-nordqvist", 1, "LARS-ERIK NORDQVIST", "", "", 1, D),
 ("Mr President! I can say it very clearly. Sweden will not accept spheres of interest in Europe.", "ann-linde", 1, "ANN LINDE", "", "", 1, D),
 ("At the same time, there are questions in the Russian documents that can be discussed in the OSCE and between NATO and Russia, such as transparency around military exercises and risk reduction. Sweden has always supported arms control.", "ann-linde", 1, "ANN LINDE", "limit-military-exercises", "mentions", 1, D),
 ("Mr President! I note that the minister does not want to discuss the NATO option. I think history will judge that harshly. Thank you for the debate.", "johan-brannstrom", 1, "JOHAN BRÄNNSTRÖM", "", "", 1, D),
]

K = "vladimir-kostylev"
L["moscow-times-2022-02-02-interview-former-envoy-kostylev"] = [
 ("No. Everyone in the Foreign Ministry knew from the first day that the three main points would not be accepted. When you ask Washington to promise in a treaty that NATO will never take another member, you know what the answer will be.", K, 1, "Kostylev", "nato-non-expansion", "mentions", 1, ""),
 ("No. Everyone in the Foreign Ministry knew from the first day that the three main points would not be accepted. When you ask Washington to promise in a treaty that NATO will never take another member, you know what the answer will be.", K, 1, "Kostylev", "written-legal-guarantees", "mentions", 1, ""),
 ("But the president was careful. He said the answers were being studied, and he did not slam the door. For a diplomat this is the important part.", K, 1, "Kostylev", "", "", 1, ""),
 ("The ones the president named himself: no further enlargement of NATO, no strike weapon systems close to our borders, and the return of the alliance's military infrastructure to where it stood in 1997. Everything else in the December drafts is, let us say, packaging.", K, 1, "Kostylev", "nato-non-expansion", "mentions", 1, ""),
 ("The ones the president named himself: no further enlargement of NATO, no strike weapon systems close to our borders, and the return of the alliance's military infrastructure to where it stood in 1997. Everything else in the December drafts is, let us say, packaging.", K, 1, "Kostylev", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The ones the president named himself: no further enlargement of NATO, no strike weapon systems close to our borders, and the return of the alliance's military infrastructure to where it stood in 1997. Everything else in the December drafts is, let us say, packaging.", K, 1, "Kostylev", "rollback-to-1997", "mentions", 1, ""),
 ("The ones the president named himself: no further enlargement of NATO, no strike weapon systems close to our borders, and the return of the alliance's military infrastructure to where it stood in 1997. Everything else in the December drafts is, let us say, packaging.", "vladimir-putin", 1, "the president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("The ones the president named himself: no further enlargement of NATO, no strike weapon systems close to our borders, and the return of the alliance's military infrastructure to where it stood in 1997. Everything else in the December drafts is, let us say, packaging.", "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("The ones the president named himself: no further enlargement of NATO, no strike weapon systems close to our borders, and the return of the alliance's military infrastructure to where it stood in 1997. Everything else in the December drafts is, let us say, packaging.", "vladimir-putin", 1, "the president", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("I think Russia has a real grievance. We were given political assurances in 1990 and then again in 1997, and they were interpreted in Brussels as meaning nothing. So yes, I understand why Moscow wants a signature and ratification this time, and I would want the same.", K, 1, "Kostylev", "written-legal-guarantees", "supports", 1, ""),
 ("I think Russia has a real grievance. We were given political assurances in 1990 and then again in 1997, and they were interpreted in Brussels as meaning nothing. So yes, I understand why Moscow wants a signature and ratification this time, and I would want the same.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("But I told my former colleagues that no American administration can pass such a treaty through the Senate. It is a demand that cannot be met, and that is a problem if you make it the centrepiece.", K, 1, "Kostylev", "written-legal-guarantees", "mentions", 1, ""),
 ("Intermediate-range missiles, first of all. The Americans are ready to talk about mutual restrictions, about inspections at Deveselu in Romania. Ten years ago we could only dream of this.", K, 1, "Kostylev", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Then exercises: notification, limits near the line of contact between Russia and NATO. And the military channels, which were cut. It is not normal that our generals and NATO generals do not talk. I would restore this tomorrow, with or without a treaty.", K, 1, "Kostylev", "limit-military-exercises", "mentions", 1, ""),
 ("Then exercises: notification, limits near the line of contact between Russia and NATO. And the military channels, which were cut. It is not normal that our generals and NATO generals do not talk. I would restore this tomorrow, with or without a treaty.", K, 1, "Kostylev", "resume-military-dialogue", "supports", 1, ""),
 ("Moscow will say, and Deputy Foreign Minister Ryabkov has already said, that troops on our own territory are nobody's business. I do not fully agree with this line, but it is the official line.", K, 1, "Kostylev", "russia-de-escalation", "mentions", 1, ""),
 ("Moscow will say, and Deputy Foreign Minister Ryabkov has already said, that troops on our own territory are nobody's business. I do not fully agree with this line, but it is the official line.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("Moscow will say, and Deputy Foreign Minister Ryabkov has already said, that troops on our own territory are nobody's business. I do not fully agree with this line, but it is the official line.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, ""),
 ("Frankly, the troops are the argument that made Washington sit at the table. Nobody in the Kremlin will give away the argument before the negotiation is finished.", K, 1, "Kostylev", "russia-de-escalation", "mentions", 1, ""),
 ("That is what every Western diplomat tells us in private. Then we say: put it on paper. And they say they cannot, because of the open-door principle. This is the whole impasse in two sentences.", K, 1, "Kostylev", "no-ukraine-membership", "mentions", 1, ""),
 ("That is what every Western diplomat tells us in private. Then we say: put it on paper. And they say they cannot, because of the open-door principle. This is the whole impasse in two sentences.", K, 1, "Kostylev", "written-legal-guarantees", "mentions", 1, ""),
 ("That is what every Western diplomat tells us in private. Then we say: put it on paper. And they say they cannot, because of the open-door principle. This is the whole impasse in two sentences.", K, 1, "Kostylev", "nato-open-door", "mentions", 1, ""),
 ("That is what every Western diplomat tells us in private. Then we say: put it on paper. And they say they cannot, because of the open-door principle. This is the whole impasse in two sentences.", "russia", 0, "we", "no-ukraine-membership", "supports", 0, ""),
 ("That is what every Western diplomat tells us in private. Then we say: put it on paper. And they say they cannot, because of the open-door principle. This is the whole impasse in two sentences.", "russia", 0, "we", "written-legal-guarantees", "supports", 0, ""),
 ("I remember Bucharest in 2008. I was in the room when the declaration was read out. Our delegation was shocked, the Germans and the French were unhappy, and the Americans were happy. That day started everything we see now.", K, 1, "Kostylev", "", "", 1, ""),
 ("There is always a way out. A moratorium on enlargement for twenty or twenty-five years, for example, agreed not in a treaty but in some joint document. Moscow says it does not want a moratorium, it wants a ban. But diplomats know that words change when the moment comes.", K, 1, "Kostylev", "nato-non-expansion", "mentions", 1, ""),
 ("There is always a way out. A moratorium on enlargement for twenty or twenty-five years, for example, agreed not in a treaty but in some joint document. Moscow says it does not want a moratorium, it wants a ban. But diplomats know that words change when the moment comes.", K, 1, "Kostylev", "written-legal-guarantees", "mentions", 1, ""),
 ("There is always a way out. A moratorium on enlargement for twenty or twenty-five years, for example, agreed not in a treaty but in some joint document. Moscow says it does not want a moratorium, it wants a ban. But diplomats know that words change when the moment comes.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("There is always a way out. A moratorium on enlargement for twenty or twenty-five years, for example, agreed not in a treaty but in some joint document. Moscow says it does not want a moratorium, it wants a ban. But diplomats know that words change when the moment comes.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("I am retired. I can afford optimism. The people who are still in service have to defend the position they were given, and this position is very hard.", K, 1, "Kostylev", "", "", 1, ""),
]

D = "2022-01-21"
L["rusi-2022-01-24-geneva-blinken-lavrov-what-was-not-said"] = [
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("but I believe we are now on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("Lavrov in Geneva again insisted that the second category was the essential one.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Lavrov in Geneva again insisted that the second category was the essential one.", "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, D),
 ("Lavrov in Geneva again insisted that the second category was the essential one.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, D),
 ("According to the Russian Foreign Ministry's readout, he told Blinken that the principle of indivisible security obliges NATO to stop its expansion and that Russia needs firm legal guarantees, not more assurances.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("According to the Russian Foreign Ministry's readout, he told Blinken that the principle of indivisible security obliges NATO to stop its expansion and that Russia needs firm legal guarantees, not more assurances.", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("There are certain things that are not up for negotiation,", "antony-blinken", 1, "he", "", "", 1, D),
 ("the choice of whether a country wants to be part of an alliance is its own choice, not the choice of any other country", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Washington has already signalled, through Deputy Secretary Wendy Sherman in Geneva on 10 January and again in Brussels two days later, that it is prepared to discuss reciprocal limits on missiles and exercises.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Washington has already signalled, through Deputy Secretary Wendy Sherman in Geneva on 10 January and again in Brussels two days later, that it is prepared to discuss reciprocal limits on missiles and exercises.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Moscow has signalled, through Deputy Foreign Minister Sergei Ryabkov, that it regards these as secondary and will not accept them as a substitute.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Moscow has signalled, through Deputy Foreign Minister Sergei Ryabkov, that it regards these as secondary and will not accept them as a substitute.", "russia", 0, "Moscow", "limit-military-exercises", "mentions", 0, ""),
 ("a response to our main questions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Blinken in Geneva again called on Russia to 'de-escalate' and to remove the forces that threaten Ukraine, and warned of a 'swift, severe and united response' if Russian troops crossed the border.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("has never threatened the Ukrainian people", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("If the alliance trades away the open door, it trades away the alliance. If it refuses to talk about missiles and exercises, it hands Moscow a pretext.", "malcolm-pryor", 1, "Sir Malcolm Pryor", "nato-open-door", "supports", 1, ""),
 ("If the alliance trades away the open door, it trades away the alliance. If it refuses to talk about missiles and exercises, it hands Moscow a pretext.", "malcolm-pryor", 1, "Sir Malcolm Pryor", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("If the alliance trades away the open door, it trades away the alliance. If it refuses to talk about missiles and exercises, it hands Moscow a pretext.", "malcolm-pryor", 1, "Sir Malcolm Pryor", "limit-military-exercises", "mentions", 1, ""),
]

D = "2022-02-01"
M = "2022-01-31"
L["sky-news-2022-02-01-live-putin-concerns-ignored-johnson-kyiv"] = [
 ("The State Department said Blinken had urged \"immediate de-escalation\" and the withdrawal of Russian troops and equipment from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("The secretary was very clear that we are prepared to continue the dialogue on reciprocal steps, but not under the barrel of a gun.", "us-state-department", 0, "A senior State Department official", "russia-de-escalation", "supports", 1, D),
 ("Mr Putin set out a scenario in which Ukraine joins NATO and then tries to retake Crimea by force.", "vladimir-putin", 1, "Mr Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts these military operations. Are we supposed to go to war with the NATO bloc? Has anyone thought about that? Apparently not,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Our Moscow correspondent says it is the clearest explanation yet of why the Kremlin wants Kyiv's membership ruled out for good.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("But he also made clear that the things Washington is offering - talks on missiles, on exercises, on transparency - are not what he asked for.", "vladimir-putin", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 ("But he also made clear that the things Washington is offering - talks on missiles, on exercises, on transparency - are not what he asked for.", "vladimir-putin", 1, "he", "limit-military-exercises", "mentions", 0, D),
 ("It is already clear now - I informed the prime minister of this - that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("He said Russia had not seen \"adequate consideration\" of its three key demands: that NATO does not expand further, that no strike weapons are deployed near Russia's borders, and that the alliance's military infrastructure in Europe goes back to where it was in 1997.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He said Russia had not seen \"adequate consideration\" of its three key demands: that NATO does not expand further, that no strike weapons are deployed near Russia's borders, and that the alliance's military infrastructure in Europe goes back to where it was in 1997.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("He said Russia had not seen \"adequate consideration\" of its three key demands: that NATO does not expand further, that no strike weapons are deployed near Russia's borders, and that the alliance's military infrastructure in Europe goes back to where it was in 1997.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Mr Putin also said the West had twisted the principle that every state can choose its alliances, arguing that it could not be used to ignore the security of other countries.", "vladimir-putin", 1, "Mr Putin", "nato-open-door", "rejects", 0, D),
 ("I hope that in the end we will find a solution, although it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("It is vital that Russia steps back and chooses the path of diplomacy, and I believe that is still possible.", "boris-johnson", 1, "The prime minister", "russia-de-escalation", "supports", 1, D),
 ("It is for Ukraine and Ukraine alone to choose its own future.", "boris-johnson", 1, "He", "nato-open-door", "supports", 1, D),
 ("It is for Ukraine and Ukraine alone to choose its own future.", "boris-johnson", 1, "He", "no-ukraine-membership", "rejects", 1, D),
 ("This is not a war between Russia and Ukraine, this is a war in Europe, and we need everyone's help to prevent it.", "volodymyr-zelensky", 1, "Mr Zelenskyy", "", "", 1, D),
 ("areas where we can make progress", "jen-psaki", 1, "Jen Psaki", "", "", 1, M),
 ("That is not on the table.", "jen-psaki", 1, "She", "no-ukraine-membership", "rejects", 1, M),
]

write_gold(L, "articles-248", "gold-248")
