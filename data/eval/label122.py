#!/usr/bin/env python3
"""Writes the 122nd held-out gold (gold-122/*.nq) from the labels below.

Batch 122 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles, each in a different form:

- anadolu-2022-01-10-geneva-ryabkov-sherman: Anadolu Agency wire copy with
  front matter, straight quotes, dash crossheads; Ryabkov after Geneva (a
  quotation split by "the deputy foreign minister said"), Sherman's telephone
  briefing, Cavusoglu in Ankara, an invented Turkish analyst; a Bucharest 2008
  history paragraph with words quoted from the declaration.
- lsm-2022-01-13-baltics-osce-vienna: LSM (Latvia) news page without front
  matter, UTF-8 BOM and CRLF line ends, curly quotes; date line
  "13.01.2022 15:40"; two speakers in one sentence (Rinkevics and Liimets),
  Rau at the OSCE Permanent Council, Lukashevich named by role ("The
  ambassador"), Carpenter, Pabriks "in an interview with LSM", an invented
  researcher; photo caption, crossheads and a "Read also" link line.
- auswaertiges-amt-2022-01-18-baerbock-lavrov-moscow: German Federal Foreign
  Office transcript of the Baerbock-Lavrov press conference, speaker labels
  ("Foreign Minister Lavrov:") and journalists' questions ("Question (ARD):").
- izvestia-2022-01-24-grushko-interview: machine-translated aggregator copy
  of an Izvestia Q/A interview with Grushko (given on Sunday 23 January),
  questions and answers both introduced by dashes, guillemets; a closing
  Peskov quotation; link line and tags.
- abc-2022-01-27-us-nato-answers-live: ABC News (Australia) live blog of the
  26 January written answers, newest post first, timestamps in AEDT, key
  events list and post headlines; Blinken, Stoltenberg, Lavrov, Peskov,
  Payne and an invented ANU lecturer.
- delfi-2022-02-02-landsbergis-el-pais-documents: DELFI (Lithuania)
  machine translation with „ “ quotes: El Pais publishes the US and NATO
  answers (words quoted from the US document), Landsbergis ("the minister",
  "According to him"), Putin after meeting Orban ("the Russian leader"),
  Anusauskas, Nauseda ("the president"), an invented analyst, Zakharova;
  Bucharest history; link lines.
- thehindu-2022-01-16-explained-russia-nato-talks: The Hindu "Explained"
  piece without front matter ("January 16, 2022 21:40 IST"), curly quotes,
  question crossheads, history (Baker 1990, Founding Act 1997, Bucharest
  2008), Lavrov's annual press conference, Price, Kirby, Zalkaliani ("earlier
  this week": no day), India's MEA spokesperson, two invented Indian experts,
  and a closing "THE GIST" box.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions, summary boxes ("Key events", "THE GIST") and link lines are not
  labelled; statements by unnamed groups with no identifiable actor are left
  out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (diacritics dropped); a
  senior EU official -> european-union, an embassy -> its country; speaker
  name = the words naming the speaker at that point, pronouns as written,
  titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["anadolu-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow had told Washington in Geneva it needed legally binding guarantees that NATO would not expand any further to the east, after almost eight hours of talks with a US delegation ended without a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow had told Washington in Geneva it needed legally binding guarantees that NATO would not expand any further to the east, after almost eight hours of talks with a US delegation ended without a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We do not trust the other side,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("We cannot accept a situation in which NATO keeps moving closer to our borders,", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("and we made it clear to our American colleagues that the non-expansion of the alliance is a matter of national security for us.", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Ryabkov said Russia had come to Geneva without any preconditions and insisted that the Russian troops near Ukraine were on Russian territory, threatened no one and would not be pulled back.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("Ryabkov said Russia had come to Geneva without any preconditions and insisted that the Russian troops near Ukraine were on Russian territory, threatened no one and would not be pulled back.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Sherman, speaking to reporters by telephone later in the day, said the US delegation had pushed back on proposals that were \"simply non-starters,\" among them Moscow's demand that Ukraine be barred from ever joining NATO.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Sherman, speaking to reporters by telephone later in the day, said the US delegation had pushed back on proposals that were \"simply non-starters,\" among them Moscow's demand that Ukraine be barred from ever joining NATO.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We had a frank and forthright discussion, a better understanding of each other and of each other's priorities,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We are ready to contribute to any effort that brings the parties closer, including by hosting talks if they wish,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-10"),
 ("Moscow wants American warships and aircraft kept away from areas where they could strike Russian territory, and in practice that means the Black Sea,", "mehmet-ali-tuncer", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Ankara will simply apply Montreux to the letter, as it always has,", "mehmet-ali-tuncer", 1, "Tuncer", "", "", 1, ""),
]
L["lsm-2022-01-13-baltics-osce-vienna"] = [
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Estonian counterpart Eva-Maria Liimets said in Riga on Thursday that NATO's multinational battlegroups in the Baltic states would stay where they are, rejecting Russia's demand that the alliance withdraw the forces it has deployed in the countries that joined after 1997.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Estonian counterpart Eva-Maria Liimets said in Riga on Thursday that NATO's multinational battlegroups in the Baltic states would stay where they are, rejecting Russia's demand that the alliance withdraw the forces it has deployed in the countries that joined after 1997.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Estonian counterpart Eva-Maria Liimets said in Riga on Thursday that NATO's multinational battlegroups in the Baltic states would stay where they are, rejecting Russia's demand that the alliance withdraw the forces it has deployed in the countries that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Nobody in Moscow gets to decide which alliances the nations of Europe join. That is what the Helsinki Final Act says, and that is what our delegation is saying in Vienna today,", "edgars-rinkevics", 1, "Rinkēvičs", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We have always said there can be no decisions about us without us, and that is still true,", "eva-maria-liimets", 1, "Liimets", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Asked later about Moscow's demand that no US intermediate-range missiles be deployed within reach of Russian territory, Rau said Poland would decide together with its allies what was stationed on its soil and called limits dictated by the Kremlin ‘unacceptable’.", "zbigniew-rau", 1, "Rau", "no-intermediate-range-missiles", "rejects", 0, "2022-01-13"),
 ("Asked later about Moscow's demand that no US intermediate-range missiles be deployed within reach of Russian territory, Rau said Poland would decide together with its allies what was stationed on its soil and called limits dictated by the Kremlin ‘unacceptable’.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The ambassador said NATO must end its military activity in Ukraine, Georgia and the other former Soviet republics outside the alliance, and scale back the exercises it holds close to Russia's borders.", "alexander-lukashevich", 1, "The ambassador", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("The ambassador said NATO must end its military activity in Ukraine, Georgia and the other former Soviet republics outside the alliance, and scale back the exercises it holds close to Russia's borders.", "alexander-lukashevich", 1, "The ambassador", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("Defence Minister Artis Pabriks, in an interview with LSM on Wednesday, dismissed Moscow's demand that no offensive weapons be stationed in the countries neighbouring Russia as “an attempt to disarm us”.", "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("Defence Minister Artis Pabriks, in an interview with LSM on Wednesday, dismissed Moscow's demand that no offensive weapons be stationed in the countries neighbouring Russia as “an attempt to disarm us”.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We have heard these threats from Moscow for twenty years, and our answer has never changed,", "artis-pabriks", 1, "Pabriks", "", "", 1, "2022-01-12"),
 ("The Russian drafts ask NATO to pull its forces back to where they stood in 1997 and to keep out of every former Soviet state that is not yet a member. Neither request has any chance in Washington, but Moscow will keep putting them on the table,", "ilze-kalnina", 1, "Kalniņa", "rollback-to-1997", "mentions", 1, ""),
 ("The Russian drafts ask NATO to pull its forces back to where they stood in 1997 and to keep out of every former Soviet state that is not yet a member. Neither request has any chance in Washington, but Moscow will keep putting them on the table,", "ilze-kalnina", 1, "Kalniņa", "no-military-activity-ex-soviet", "mentions", 1, ""),
]
L["auswaertiges-amt-2022-01-18-baerbock-lavrov-moscow"] = [
 ("Good afternoon, ladies and gentlemen. We have had substantive and, I would say, useful talks with Ms Baerbock. This was our first meeting since she took office, and we covered a wide range of bilateral matters, from trade and energy to culture, education and the Petersburg Dialogue.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-18"),
 ("On European security, I explained our position once again. We are waiting for written answers to our draft treaty and draft agreement, article by article, and we want the non-expansion of NATO fixed in legally binding form, not in political declarations of the kind that were broken before.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("On European security, I explained our position once again. We are waiting for written answers to our draft treaty and draft agreement, article by article, and we want the non-expansion of NATO fixed in legally binding form, not in political declarations of the kind that were broken before.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("Thank you very much, dear Sergey Viktorovich, for the frank exchange. We have very different views on a number of issues, and it is important that we say so openly and that we keep talking.", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("Germany is ready for a serious dialogue with Russia on arms control, on transparency about military exercises and on confidence-building measures. These are areas in which we can make progress together, and the NATO-Russia Council and the OSCE are the right places for this.", "annalena-baerbock", 1, "Baerbock", "limit-military-exercises", "mentions", 1, "2022-01-18"),
 ("But there are principles that we cannot bargain over. Every country in Europe has the right to choose its own alliances, and that includes Ukraine. That is what all of us signed up to in Helsinki and in Paris.", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 ("But there are principles that we cannot bargain over. Every country in Europe has the right to choose its own alliances, and that includes Ukraine. That is what all of us signed up to in Helsinki and in Paris.", "annalena-baerbock", 1, "Baerbock", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("We keep hearing demands that we withdraw troops from our own territory. Russia moves its armed forces across its own territory as it sees fit, and we will not accept that anyone tells us where to station them.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("Nor will we accept preconditions for continuing the dialogue. We went to Geneva, to Brussels and to Vienna without any preconditions, and we expect the same approach from our partners.", "sergei-lavrov", 1, "Lavrov", "no-preconditions", "supports", 1, "2022-01-18"),
 ("On Nord Stream 2, the position of the Federal Government is well known, and I have nothing to add to it today.", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("No. The Bundeswehr is in Lithuania at the invitation of Lithuania, as part of NATO's enhanced forward presence, and it will stay there. Pulling back to 1997 is not a basis for negotiations.", "annalena-baerbock", 1, "Baerbock", "rollback-to-1997", "rejects", 1, "2022-01-18"),
 ("What we can talk about is how to make dangerous military incidents less likely. Germany would very much welcome it if the channels between our militaries, which were closed last autumn, were opened again.", "annalena-baerbock", 1, "Baerbock", "resume-military-dialogue", "supports", 1, "2022-01-18"),
 ("Our German colleagues speak about channels. I will say frankly: we see no sense in restoring military contacts with the alliance while NATO officially calls Russia a threat and plans its exercises accordingly.", "sergei-lavrov", 1, "Lavrov", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("My message is simple. We are ready to talk, in all formats, for as long as it takes, and Germany will use its G7 presidency this year to support that.", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("Allow me a short remark. Nobody is threatening anyone, and I hope our German colleagues will convey this to their partners in the alliance. Thank you.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-18"),
]
L["izvestia-2022-01-24-grushko-interview"] = [
 ("The main result is that we clearly stated our position, and now nobody in the alliance can say that he does not know it. We said that the further expansion of NATO to the east must be stopped and that this must be fixed in the legal form, in the form of the agreement which is binding for all members of the alliance.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-23"),
 ("The main result is that we clearly stated our position, and now nobody in the alliance can say that he does not know it. We said that the further expansion of NATO to the east must be stopped and that this must be fixed in the legal form, in the form of the agreement which is binding for all members of the alliance.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-23"),
 ("The policy of «open doors» is not the sacred cow. No country has the right to join any alliance at the expense of the security of others, and NATO is not obliged to accept everybody who knocks. This is the political decision of the alliance, and it bears the responsibility for its consequences.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-23"),
 ("Because the decision of Bucharest, according to which Ukraine and Georgia will become the members of NATO, remains as the mine under the European security. It must be disavowed officially, by the decision of the same level.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-23"),
 ("In Brussels our colleagues spoke a lot about the transparency and about the risk reduction. But for us the key is that the strike weapon systems, which can reach Moscow in minutes, are not deployed in the countries bordering Russia. And the warships and the strategic bombers of the USA must not come to the areas from where they can hit the targets on our territory.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-23"),
 ("In Brussels our colleagues spoke a lot about the transparency and about the risk reduction. But for us the key is that the strike weapon systems, which can reach Moscow in minutes, are not deployed in the countries bordering Russia. And the warships and the strategic bombers of the USA must not come to the areas from where they can hit the targets on our territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-23"),
 ("The same goes for the exercises. We proposed to agree on the distance from the line of contact, where the exercises at the level of brigade and above are not conducted, and on the obligatory notification about the big manoeuvres. This is the concrete proposal, and not the propaganda.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-23"),
 ("Our moratorium on the deployment of the land-based intermediate and shorter-range missiles in Europe remains on the table. We insist that the USA also take the obligation not to deploy such missiles where they can reach the territory of Russia, and the Aegis Ashore complexes in Romania and Poland must be the part of this conversation.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-23"),
 ("Today I do not see the basis for it. The alliance declared Russia the threat and builds all its planning on it; the restoration of the military channels in these conditions would be only the imitation.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-23"),
 ("Then we will take the military-technical measures. I do not want to go into the details, but our partners understand very well what is meant.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-23"),
 ("Nobody will be satisfied with the words, we need the paper with the signatures, the legally binding guarantees,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-21"),
]
L["abc-2022-01-27-us-nato-answers-live"] = [
 ("Lavrov said the US reply contained \"a reaction which allows us to count on the start of a serious conversation on secondary issues\", but that on the main question, NATO's expansion to the east, there was \"no positive reaction\".", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("a reaction which allows us to count on the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("It would be wrong to expect that we will give an assessment in the next hours,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("Russia must de-escalate, pull back the forces it has massed on Ukraine's border and engage in genuine dialogue,", "marise-payne", 1, "Payne", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Moscow asked for two things it knew it would not get: a promise that Ukraine never joins NATO, and NATO pulled back to its 1997 lines. The question now is whether the Kremlin wants a deal at all,", "kate-hollis", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow asked for two things it knew it would not get: a promise that Ukraine never joins NATO, and NATO pulled back to its 1997 lines. The question now is whether the Kremlin wants a deal at all,", "kate-hollis", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("but we cannot compromise on the principles on which the security of our alliance rests", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("He said the alliance had proposed reopening the Russian mission to NATO and NATO's office in Moscow, and making full use of military channels of communication to prevent incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Stoltenberg said allies would not pull their troops out of NATO's eastern members, rejecting Moscow's demand that the alliance return to its 1997 posture.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Stoltenberg said allies would not pull their troops out of NATO's eastern members, rejecting Moscow's demand that the alliance return to its 1997 posture.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said Washington was prepared to discuss reciprocal commitments by the US and Russia not to deploy offensive missile systems in Ukraine, along with transparency measures on military exercises in Europe.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("He said Washington was prepared to discuss reciprocal commitments by the US and Russia not to deploy offensive missile systems in Ukraine, along with transparency measures on military exercises in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("We're not going to negotiate in public, but we have put on paper concrete ideas for reciprocal steps,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
]
L["delfi-2022-02-02-landsbergis-el-pais-documents"] = [
 ("In these documents there is not one word about NATO stopping its enlargement. This is what we expected, and this is good,", "gabrielius-landsbergis", 1, "the minister", "nato-non-expansion", "rejects", 1, "2022-02-02"),
 ("According to him, the demand of Russia to cancel the decision of the NATO summit in Bucharest „is not serious“.", "gabrielius-landsbergis", 1, "him", "rescind-bucharest-2008", "rejects", 0, "2022-02-02"),
 ("According to him, the demand of Russia to cancel the decision of the NATO summit in Bucharest „is not serious“.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("The Bucharest promise is not Russia's to cancel, and no ally is going to cancel it,", "gabrielius-landsbergis", 1, "Landsbergis", "rescind-bucharest-2008", "rejects", 1, "2022-02-02"),
 ("They tell us that every state has the right to choose freely its alliances. But the same documents say, that nobody can strengthen its security at the expense of the security of other states,", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("Imagine, Ukraine is the member of NATO and starts the military operation in Crimea. What, we must fight with the NATO bloc?", "vladimir-putin", 1, "the Russian leader", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Putin also said, that the American launchers in Romania and Poland can be used for the Tomahawk cruise missiles, and insisted, that the deployment of such missiles in Europe must be excluded.", "vladimir-putin", 1, "Putin", "no-intermediate-range-missiles", "supports", 0, "2022-02-01"),
 ("Russia itself brings thousands of soldiers to Belarus for the exercises, and after that it asks NATO to exercise less. It is cynical,", "arvydas-anusauskas", 1, "Anušauskas", "limit-military-exercises", "rejects", 1, "2022-02-01"),
 ("There can be no normal negotiations, while the gun is held to the head of Ukraine. First Russia must withdraw its forces, then we talk,", "gitanas-nauseda", 1, "the president", "no-preconditions", "rejects", 1, "2022-02-02"),
 ("There can be no normal negotiations, while the gun is held to the head of Ukraine. First Russia must withdraw its forces, then we talk,", "gitanas-nauseda", 1, "the president", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("The American answer in fact offers to Moscow the negotiations on the missiles, but not on the expansion of NATO. Whether the Kremlin will take it, we will see,", "tomas-jakstas", 1, "Tomas Jakštas", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The American answer in fact offers to Moscow the negotiations on the missiles, but not on the expansion of NATO. Whether the Kremlin will take it, we will see,", "tomas-jakstas", 1, "Tomas Jakštas", "nato-non-expansion", "mentions", 1, ""),
 ("We did not publish the documents, because we respect the confidentiality of the diplomatic correspondence, unlike some of our partners,", "maria-zakharova", 1, "she", "", "", 1, "2022-02-02"),
]
L["thehindu-2022-01-16-explained-russia-nato-talks"] = [
 ("We are not going to accept a situation in which NATO's forces stay where they were brought after 1997. Returning to the configuration of 1997 is the key element of our proposals,", "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("We are not going to give Moscow a legally binding guarantee on any of this, and nobody should expect one,", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 1, "2022-01-14"),
 ("Pentagon press secretary John Kirby said on Thursday that the U.S. Navy would keep sailing and flying “wherever international law allows”, including in the Black Sea, and dismissed Moscow's demand that American ships and aircraft stay out of range of Russian territory.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-13"),
 ("Pentagon press secretary John Kirby said on Thursday that the U.S. Navy would keep sailing and flying “wherever international law allows”, including in the Black Sea, and dismissed Moscow's demand that American ships and aircraft stay out of range of Russian territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Our exercises with American troops and the training of our army with NATO instructors are Georgia's sovereign business, and they are not on the table in Geneva or anywhere else,", "david-zalkaliani", 1, "David Zalkaliani", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("External Affairs Ministry spokesperson Arindam Bagchi said on Thursday that India was following the developments, including the Western calls for Russia to pull back its troops from the Ukrainian border, and favoured “a peaceful resolution of the situation through sustained diplomatic efforts”.", "arindam-bagchi", 1, "Arindam Bagchi", "russia-de-escalation", "mentions", 0, "2022-01-13"),
 ("a peaceful resolution of the situation through sustained diplomatic efforts", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-13"),
 ("Pradeep Sethuraman, a former Indian ambassador who served two terms in Moscow, said Russia had insisted on going to the talks without preconditions, and the U.S. had in the end agreed to sit down without them.", "pradeep-sethuraman", 1, "Pradeep Sethuraman", "no-preconditions", "mentions", 0, ""),
 ("Pradeep Sethuraman, a former Indian ambassador who served two terms in Moscow, said Russia had insisted on going to the talks without preconditions, and the U.S. had in the end agreed to sit down without them.", "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("What Moscow wants is not a promise but a signed and ratified treaty. That is the real gap between the two sides,", "pradeep-sethuraman", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("The Russian draft also asks NATO to formally take back the Bucharest language on Ukraine and Georgia. Western capitals have hardly even acknowledged that request.", "meera-ramaswami", 1, "Meera Ramaswami", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Every Western statement this week came back to the open-door policy. It is the one phrase both sides quote, with opposite meanings,", "meera-ramaswami", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("Both sides now say they would like the military channels reopened, but nobody has put a date on it,", "meera-ramaswami", 1, "Ramaswami", "resume-military-dialogue", "mentions", 1, ""),
]

write_gold(L, "articles-122", "gold-122")
