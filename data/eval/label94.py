#!/usr/bin/env python3
"""Writes the ninety-fourth held-out gold (gold-94/*.nq) from the labels below.

Batch 94 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 "security guarantees" crisis, in seven different forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the Geneva
  talks; front matter, dateline, straight quotes, a quotation split by
  "Sherman said", indirect speech running over two sentences, the Baker 1990
  background (not labelled).
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press-conference
  transcript after the NATO-Russia Council; UTF-8 BOM and CRLF line ends,
  front matter, speaker labels, a moderator and journalists' questions (not
  labelled; one question reports Grushko's words).
- kommersant-2022-01-14-osce-vienna-summary: Kommersant English digest of the
  OSCE Vienna session; no front matter (date in the text), « » quotes, the
  Istanbul Charter quoted as a document (not labelled), speakers named by role
  ("the diplomat", "the deputy minister", "the expert"), anonymous Foreign
  Ministry sources (left out).
- state-2022-01-26-blinken-press-availability: State Department press
  availability transcript on the written answers; front matter, speaker labels
  in capitals, moderator (Price) and questions not labelled, "non-starter".
- izvestia-2022-01-28-grushko-interview-mt: machine-translated Izvestia
  interview with Grushko; no front matter, dash-form Q&A, „ “ and « » quotes,
  answers of two paragraphs, "unacceptable".
- dw-2022-01-27-live-us-nato-replies: Deutsche Welle live blog of reactions;
  front matter, curly quotes, time-stamped entries with crossheads and a
  standfirst (not labelled), a senior EU official, two speakers in one
  sentence (a minister plus Moscow's demand named in passing).
- wsj-2022-02-02-what-russia-wants-analysis: Wall Street Journal news analysis
  quoting invented analysts; no front matter, curly quotes, Putin's 2007
  Munich speech, the 1997 Founding Act and the Bucharest declaration as
  background (not labelled), "people familiar with it" (left out).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it must have a firm guarantee that Ukraine will never join NATO, as the two sides held nearly eight hours of talks in Geneva that ended with no sign of a breakthrough over Moscow's troop build-up near its neighbour.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The deputy foreign minister said Moscow also wanted NATO to give up any military activity in Ukraine, Georgia and the other former Soviet republics outside the alliance.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-military-activity-ex-soviet", "supports", 0, "2022-01-10"),
 ("He said Russia's proposals, published as two draft treaties on Dec. 17, formed a single package, and that NATO should withdraw the forces and weapons it has stationed since 1997 in countries that joined afterwards, such as Poland and the Baltic states.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was open to discussing reciprocal limits on where short- and intermediate-range missiles could be based in Europe, and that the two delegations had also discussed how warships and bombers operate close to each other's territory.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was open to discussing reciprocal limits on where short- and intermediate-range missiles could be based in Europe, and that the two delegations had also discussed how warships and bombers operate close to each other's territory.", "wendy-sherman", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-10"),
 ("Russia has to decide whether it will pull its troops back from Ukraine's border,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Real progress is hard to imagine in an atmosphere of escalation and threat.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Nothing we heard today suggests Moscow will settle for anything less than a signed, legally binding treaty,", "katarina-holmgren", 1, "Katarina Holmgren", "written-legal-guarantees", "mentions", 1, "2022-01-10"),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. This was the first meeting of the Council in more than two years, and it was a serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia was represented by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. All thirty Allies took part, and Allies spoke with one voice.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies and Russia expressed their differences, and these differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies made clear that we will not compromise on some core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Russia does not have a veto over that.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will also not compromise on our ability to protect and defend each other. So we will not have first-class and second-class members, and we cannot accept the demand to pull NATO forces and infrastructure out of the Allies that joined after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control and on greater transparency and risk reduction around military exercises. We also proposed to re-open our respective offices in Moscow and in Brussels, and to restore military-to-military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control and on greater transparency and risk reduction around military exercises. We also proposed to re-open our respective offices in Moscow and in Brussels, and to restore military-to-military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Allies called on Russia to immediately de-escalate the situation along Ukraine's borders and to withdraw its forces. There is a real risk of new armed conflict in Europe, and Russia bears the responsibility for it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Allies are ready to meet again and proposed a series of meetings. Russia was not in a position to agree to a timetable today, but they did not reject it either. They said they need to go back to Moscow and consider.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We are ready to put our proposals on paper and to work with Russia on the areas I mentioned. But there will be no legally binding treaty that stops NATO from taking in new members. That is not up for negotiation.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We are ready to put our proposals on paper and to work with Russia on the areas I mentioned. But there will be no legally binding treaty that stops NATO from taking in new members. That is not up for negotiation.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("Dialogue is not a sign of weakness. I think both Allies and Russia understand that the alternative to dialogue is much worse, and that is why we will continue to reach out.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO's exercises are defensive, transparent and announced in advance, and we invite observers. We are ready to discuss reciprocal transparency, but we will not accept that Russia decides where Allies can exercise, where our ships can sail or where our planes can fly, on Allied territory or in international waters and airspace.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("NATO's exercises are defensive, transparent and announced in advance, and we invite observers. We are ready to discuss reciprocal transparency, but we will not accept that Russia decides where Allies can exercise, where our ships can sail or where our planes can fly, on Allied territory or in international waters and airspace.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("No. Ukraine is a sovereign, independent nation and a highly valued partner. Allies will continue to provide support, training and equipment to Ukraine, and it is not for Moscow to decide that. The same goes for our partner Georgia.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("There is a real risk of conflict, and that is exactly why we are engaged in dialogue. We hope for the best, but we are prepared for the worst, and Allies are ready to respond if Russia chooses confrontation.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["kommersant-2022-01-14-osce-vienna-summary"] = [
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("We need legally binding guarantees, not promises. Promises were already made to us once, and we know what became of them,", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("not a menu from which one can pick the dishes one likes", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau said that any dialogue must respect the right of every participating State to choose its security arrangements freely, including the right to join alliances.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Russia says it wants talks without preconditions, yet it has put an ultimatum on the table with 100,000 troops on Ukraine's border. Pull them back, and we can talk about everything else,", "michael-carpenter", 1, "he", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("Russia says it wants talks without preconditions, yet it has put an ultimatum on the table with 100,000 troops on Ukraine's border. Pull them back, and we can talk about everything else,", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("The deputy minister added that the American ideas on missiles and exercises were «secondary» and could not replace what he called the key point, a guarantee that NATO will not expand.", "sergei-ryabkov", 1, "The deputy minister", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("cannot be conducted under conditions set in advance by one side", "dmitry-peskov", 1, "He", "no-preconditions", "supports", 1, "2022-01-13"),
 ("No one in Moscow will decide which allied troops are stationed on Polish soil or which weapons are deployed here.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("No one in Moscow will decide which allied troops are stationed on Polish soil or which weapons are deployed here.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-13"),
 ("The Americans keep repeating the open-door formula, Moscow keeps repeating non-expansion, and so far the two sides are simply talking past each other,", "andrei-korolenko", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("The Americans keep repeating the open-door formula, Moscow keeps repeating non-expansion, and so far the two sides are simply talking past each other,", "andrei-korolenko", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("On Ukraine in NATO there is no room for a deal, and in Moscow everyone understands that,", "andrei-korolenko", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
]
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Foreign Ministry in Moscow. NATO is delivering its own paper in parallel, and the two documents reinforce each other.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("Our response sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("We've made clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances. The document reiterates our commitment, and NATO's commitment, to the principle of NATO's open door. There is no change; there will be no change.", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We also address arms control concerns related to missiles in Europe, including our interest in follow-on measures to the INF Treaty, and conditions-based reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine.", "antony-blinken", 1, "Antony J. Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("We address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We also address arms control concerns related to missiles in Europe, including our interest in follow-on measures to the INF Treaty, and conditions-based reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine.", "antony-blinken", 1, "Antony J. Blinken", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("We address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We also address arms control concerns related to missiles in Europe, including our interest in follow-on measures to the INF Treaty, and conditions-based reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine.", "antony-blinken", 1, "Antony J. Blinken", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("All of this, of course, depends on de-escalation. It's hard to see real progress while Russia keeps more than 100,000 troops on Ukraine's borders with a gun to Ukraine's head.", "antony-blinken", 1, "Antony J. Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("We've been fully coordinated with our allies and partners, including Ukraine. We shared the response with them before delivering it, and we incorporated their ideas.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("Laura, we're not making the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We hope and expect that Russia will have the same view.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("As for a legally binding guarantee that Ukraine stays out of NATO: no, that's not something we're prepared to offer, and no one should be surprised by that. Decisions about membership are for NATO and for the aspirant countries, not for Russia.", "antony-blinken", 1, "Antony J. Blinken", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("As for a legally binding guarantee that Ukraine stays out of NATO: no, that's not something we're prepared to offer, and no one should be surprised by that. Decisions about membership are for NATO and for the aspirant countries, not for Russia.", "antony-blinken", 1, "Antony J. Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("As for a legally binding guarantee that Ukraine stays out of NATO: no, that's not something we're prepared to offer, and no one should be surprised by that. Decisions about membership are for NATO and for the aspirant countries, not for Russia.", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We didn't leave anything unanswered. On that one the answer is straightforward: we will not pull our forces out of the allied countries that joined after 1997, and I don't think anyone seriously expected us to. That's a non-starter.", "antony-blinken", 1, "Antony J. Blinken", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the paper and is ready to discuss next steps. We've also proposed restoring regular contacts between our militaries, so that an incident at sea or in the air doesn't turn into something much worse.", "antony-blinken", 1, "Antony J. Blinken", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("The ball is in Russia's court. Whatever it chooses, we're prepared either way, and we'll continue to stand with Ukraine and with our allies.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
]
L["izvestia-2022-01-28-grushko-interview-mt"] = [
 ("We received the answers, now they are studied in the interdepartmental format, and the final assessment will be given by the leadership of the country.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-27"),
 ("But already now it is possible to say: on the main question — the non-expansion of NATO to the east — there is no positive reaction. Instead of it we are again offered the formula about „open doors“, which for us is unacceptable.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("But already now it is possible to say: on the main question — the non-expansion of NATO to the east — there is no positive reaction. Instead of it we are again offered the formula about „open doors“, which for us is unacceptable.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("The policy of the open doors is not the law of nature. The countries of the alliance themselves decide whom to accept, they can decide also not to accept. It is the question of the political will, and there is no such will.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We do not see sense to restore the contacts of the military for the sake of contacts. While NATO considers Russia as the adversary and builds up its exercises in response to our \"threat\", such dialogue will be the imitation.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("To stop the large-scale exercises of the alliance near our borders, first of all in the Baltic region and in the Black Sea.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-27"),
 ("The warships and the aircraft of NATO must not be in those areas from which they can strike the objects on the Russian territory. It is not the whim, it is the elementary logic of the security.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-27"),
 ("Here we are ready to the work. We ourselves proposed the moratorium on the deployment of such missiles in Europe already several years ago, and this offer remains on the table. But it cannot be separated from the package.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 ("The Russian troops are on the Russian territory and will be there where the General Staff considers necessary. We will not accept the demands of such kind; this is exactly that logic of the ultimatum which they attribute to us.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Our demand that the Bucharest formula of 2008 be disavowed remains in force. The promise that Ukraine and Georgia will become the members of NATO creates the constant source of the tension, and Ukraine in NATO is the red line for us.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("Our demand that the Bucharest formula of 2008 be disavowed remains in force. The promise that Ukraine and Georgia will become the members of NATO creates the constant source of the tension, and Ukraine in NATO is the red line for us.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("The ball is on the side of our partners. We will read the answers attentively, report to the president, and then decide about the next steps.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-27"),
]
L["dw-2022-01-27-live-us-nato-replies"] = [
 ("Europe cannot be a spectator while others discuss its security.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-27"),
 ("A senior EU official, speaking on condition of anonymity, told DW on Thursday that the bloc fully backed Washington's insistence that NATO's door must stay open.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-27"),
 ("We will keep flying, sailing and operating wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Speaking in the Bundestag on Thursday, German Foreign Minister Annalena Baerbock said Germany would not accept Moscow's demand that NATO pull its troops out of the Baltic states and Poland, but that Berlin remained ready for serious talks on arms control and transparency.", "annalena-baerbock", 1, "Annalena Baerbock", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Speaking in the Bundestag on Thursday, German Foreign Minister Annalena Baerbock said Germany would not accept Moscow's demand that NATO pull its troops out of the Baltic states and Poland, but that Berlin remained ready for serious talks on arms control and transparency.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("there is always a prospect to continue dialogue,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("But he added that “there is always a prospect to continue dialogue,” and said Moscow would study the proposal to restore military-to-military contacts “together with everything else.”", "dmitry-peskov", 1, "he", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of NATO's further expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of NATO's further expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It is important for us that NATO's door remains open and that this principle was not traded away,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("He also called Moscow's demand that NATO annul its 2008 Bucharest summit promise to Ukraine and Georgia “absurd,” saying no document signed between Moscow and Washington could cancel Ukraine's choice.", "dmytro-kuleba", 1, "He", "rescind-bucharest-2008", "rejects", 0, "2022-01-27"),
 ("He also called Moscow's demand that NATO annul its 2008 Bucharest summit promise to Ukraine and Georgia “absurd,” saying no document signed between Moscow and Washington could cancel Ukraine's choice.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The Russian Foreign Ministry said in a statement late on Wednesday that Moscow would give its assessment after an interagency review, and repeated that Russia needed legally binding guarantees rather than political declarations that could be withdrawn at any moment.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("Russia's reasonable security concerns should be taken seriously and addressed.", "wang-yi", 1, "Wang Yi", "", "", 1, "2022-01-26"),
]
L["wsj-2022-02-02-what-russia-wants-analysis"] = [
 ("Mr. Putin argued that if Ukraine joined NATO and then tried to retake Crimea by force, Russia would find itself at war with the alliance.", "vladimir-putin", 1, "Mr. Putin", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("Imagine Ukraine is a NATO member and starts military operations in Crimea. Are we supposed to fight the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("Agreeing to keep intermediate-range missiles out of Europe while Russia keeps its 9M729s deployed would reward exactly the behavior that killed the INF Treaty,", "margaret-oduya", 1, "Margaret Oduya", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The clause on former Soviet states and the demand to go back to 1997 are the two items Washington’s reply talks around rather than answers,", "lena-marquardt", 1, "Lena Marquardt", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The clause on former Soviet states and the demand to go back to 1997 are the two items Washington’s reply talks around rather than answers,", "lena-marquardt", 1, "Lena Marquardt", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow wants talks without preconditions, Washington wants de-escalation first, and each side thinks time is on its side,", "fiona-castellanos", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("Moscow wants talks without preconditions, Washington wants de-escalation first, and each side thinks time is on its side,", "fiona-castellanos", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("Revoking Bucharest is the one Russian demand NATO could meet on paper,", "fiona-castellanos", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Whether any allied government could sell it at home is another question.", "fiona-castellanos", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("In a call with Russian Foreign Minister Sergei Lavrov on Tuesday, Secretary of State Antony Blinken urged Russia to de-escalate and pull back its troops from Ukraine’s borders, according to the State Department.", "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-02-01"),
]

write_gold(L, "articles-94", "gold-94")
