#!/usr/bin/env python3
"""Writes the 106th held-out gold (gold-106/*.nq) from the labels below.

Batch 106 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy on the Geneva
  talks, front matter, curly quotes, dateline, a speaker first named only by
  role ("Russia's deputy foreign minister"), a quotation split by
  "Stoltenberg said", "dismissed" in reported speech, demands attributed to
  Moscow in passing, history (Baker 1990, Founding Act) left unlabelled;
- mid-2022-01-12-grushko-nrc-press-conference: Russian Foreign Ministry
  transcript of Grushko's news conference after the NATO-Russia Council, no
  front matter (date in the text), speaker labels (Grushko, Fomin), media
  questions, straight quotes;
- whitehouse-2022-01-25-background-call-russia-ukraine: White House
  background call, front matter, MODERATOR / Q / SENIOR ADMINISTRATION
  OFFICIAL labels (the officials are the White House, not persons);
- bbc-2022-01-26-ukraine-crisis-live-written-replies: BBC News live page on
  the written answers, front matter, summary bullets and time-stamped posts
  with crossheads (unlabelled), invented analysts;
- kyivpost-2022-01-21-kuleba-interview: Kyiv Post Q&A with Dmytro Kuleba,
  front matter, answers introduced by a dash, questions that report Moscow's
  demands (unlabelled), quoted Bucharest declaration words (unlabelled);
- lemonde-2022-01-14-osce-vienna-russia-demands: Le Monde in English analysis
  of the OSCE Permanent Council, front matter, « » quotes, invented experts
  quoted in the present tense (undated), a senior EU official, history;
- vestnik24-2022-01-27-peskov-us-answer: machine-translated aggregator
  (Peskov press call, Lavrov, Zakharova, Ryabkov, Wang Yi), UTF-8 BOM, CRLF
  line ends, no front matter, „ “ quotes followed by ", —", two speakers in
  one sentence.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person, direct 0), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, a senior administration official -> white-house, an
  embassy -> its country; speaker name = the words naming the speaker at that
  point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia’s deputy foreign minister insisted on Monday that Ukraine must never be allowed to join NATO, as nearly eight hours of talks with a U.S. delegation in Geneva ended with both sides calling the discussion frank but with no sign that the gap between them had narrowed.", "sergei-ryabkov", 1, "Russia’s deputy foreign minister", "no-ukraine-membership", "supports", 0, D),
 ("For us it’s absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("Ryabkov, who led the Russian delegation, said Moscow had “no intention” of attacking Ukraine and dismissed Western calls for it to pull back the roughly 100,000 troops it has massed near the border, saying their movements on Russian soil were nobody else’s business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The deployment of intermediate-range missiles in Europe, in places from where they can reach Moscow in minutes, must be excluded once and for all,", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said the Russian side had also raised, during Monday’s session, its demand that NATO formally disavow the 2008 Bucharest declaration on Ukraine and Georgia, and that her delegation had listened but made no commitments.", "wendy-sherman", 1, "Sherman", "rescind-bucharest-2008", "mentions", 0, D),
 ("Sherman said the Russian side had also raised, during Monday’s session, its demand that NATO formally disavow the 2008 Bucharest declaration on Ukraine and Georgia, and that her delegation had listened but made no commitments.", "russia", 0, "the Russian side", "rescind-bucharest-2008", "supports", 0, D),
 ("It’s hard to see how you get to real progress in an atmosphere of escalation rather than de-escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("In Brussels on Monday, NATO Secretary-General Jens Stoltenberg said allies would not compromise on the right of every nation to choose its own path, despite Moscow’s demand that the alliance rule out any further enlargement.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("In Brussels on Monday, NATO Secretary-General Jens Stoltenberg said allies would not compromise on the right of every nation to choose its own path, despite Moscow’s demand that the alliance rule out any further enlargement.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We cannot end up in a situation where we have second-class NATO members,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("where NATO as an alliance is not allowed to protect them in the same way as other allies.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("Moscow has put on the table a long list of things it knows Washington cannot give, and a few it probably could,", "katrin-olander", 1, "Katrin Olander", "", "", 1, ""),
 ("Washington will talk about arms control all day long, but the open door is the one thing it has said it will not touch. And Moscow insists on a legally binding treaty, which the Senate would never ratify,", "katrin-olander", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("Washington will talk about arms control all day long, but the open door is the one thing it has said it will not touch. And Moscow insists on a legally binding treaty, which the Senate would never ratify,", "katrin-olander", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Washington will talk about arms control all day long, but the open door is the one thing it has said it will not touch. And Moscow insists on a legally binding treaty, which the Senate would never ratify,", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We will report to the leadership, and the decision will be taken at the top,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-12"
G = "alexander-grushko"
GN = "Alexander Grushko"
P2 = "We made it clear that a further advance of NATO to the east and the deployment of weapons systems on the territory of Ukraine and other neighbouring states that threaten Russia are unacceptable for us. We need legally binding guarantees, because the political assurances we were given in the past turned out to be worthless."
P5 = "Transparency measures and notifications alone will not do. We insist on concrete restrictions: no exercises above brigade level in agreed zones along the line of contact between Russia and the alliance, and no warships and aircraft of NATO countries in areas from which they can strike targets on Russian territory."
P6 = "The so-called open door policy is not a law of nature. The freedom to choose alliances cannot be exercised at the expense of the security of others - this is what the OSCE documents signed by all of us say. If NATO insists on keeping this door open for Ukraine and Georgia, it must understand the consequences for European security."
P8 = "We are not going to discuss the movement of Russian troops on Russian territory. This is our sovereign right, and we will not accept that it is turned into a precondition for dialogue."
L["mid-2022-01-12-grushko-nrc-press-conference"] = [
 ("Good evening, colleagues. We have just finished a meeting of the Russia-NATO Council, the first one in two and a half years. The conversation was frank, direct and deep. Together with Deputy Defence Minister Alexander Fomin, we presented in detail the draft agreement on security guarantees that we handed over to the alliance on December 17.", G, 1, GN, "", "", 1, D),
 (P2, G, 1, GN, "nato-non-expansion", "supports", 1, D),
 (P2, G, 1, GN, "no-strike-weapons-near-borders", "supports", 1, D),
 (P2, G, 1, GN, "written-legal-guarantees", "supports", 1, D),
 ("We also said that the alliance must return to the configuration of 1997. The forces, weapons and infrastructure deployed on the territory of the states that joined NATO after that must be withdrawn. This is a key element of our proposals, not a detail.", G, 1, GN, "rollback-to-1997", "supports", 1, D),
 ("Unfortunately, our NATO colleagues spent most of the time talking about Ukraine and not about the substance of our documents. We will now analyse what we heard, but I cannot say that we saw any readiness to take our concerns into account.", G, 1, GN, "", "", 1, D),
 (P5, G, 1, GN, "limit-military-exercises", "supports", 1, D),
 (P5, G, 1, GN, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (P6, G, 1, GN, "nato-open-door", "rejects", 1, D),
 (P6, G, 1, GN, "no-ukraine-membership", "supports", 1, D),
 ("As for the Bucharest formula of 2008, it must be disavowed. As long as the decision that Ukraine and Georgia will become members remains on the books, nobody in Moscow will believe any assurances.", G, 1, GN, "rescind-bucharest-2008", "supports", 1, D),
 ("The NATO side raised this. I will be frank: as long as the alliance officially regards Russia as an adversary, we see no sense in restoring military contacts for the sake of contacts. That would be an imitation of dialogue, not dialogue.", "alexander-fomin", 1, "Alexander Fomin", "resume-military-dialogue", "rejects", 1, D),
 ("We warned our colleagues that if our proposals are ignored, Russia will take military-technical measures. This is not a threat; it is a statement of fact.", "alexander-fomin", 1, "Alexander Fomin", "", "", 1, D),
 (P8, G, 1, GN, "russia-de-escalation", "rejects", 1, D),
 (P8, G, 1, GN, "no-preconditions", "supports", 1, D),
 ("Our proposals are a package. One cannot pick out the parts that suit the West and put the rest aside. We expect a concrete answer, article by article, and we expect it soon.", G, 1, GN, "", "", 1, D),
 ("No dates have been set. Everything will depend on the substance of the answer.", G, 1, GN, "", "", 1, D),
]

D = "2022-01-25"
W = "white-house"
WN = "SENIOR ADMINISTRATION OFFICIAL"
W1 = "Thanks, and good afternoon, everyone. Let me start with where we are on diplomacy. We will deliver our written response to Moscow this week, in close coordination with our Allies and with Ukraine. It will lay out areas where we believe we can make progress on a reciprocal basis, including arms control related to intermediate-range missiles in Europe and greater transparency and limits around military exercises."
W2 = "It will also be very clear about what is not on the table. We will not close NATO's door to countries that want to walk through it, and we are not going to agree that the United States or its Allies pull their forces back from the eastern flank to where they were a quarter of a century ago."
W8 = "Allies are not going to cancel the exercises they have planned on their own territory simply because Moscow demands it. Cold Response in Norway will go ahead as scheduled."
L["whitehouse-2022-01-25-background-call-russia-ukraine"] = [
 (W1, W, 0, WN, "no-intermediate-range-missiles", "mentions", 1, D),
 (W1, W, 0, WN, "limit-military-exercises", "mentions", 1, D),
 (W2, W, 0, WN, "nato-open-door", "supports", 1, D),
 (W2, W, 0, WN, "rollback-to-1997", "rejects", 1, D),
 ("And let me be direct about the context. Russia has amassed more than 100,000 troops on Ukraine's borders. The quickest path to real diplomacy is for Moscow to de-escalate and send those forces back to their garrisons.", W, 0, WN, "russia-de-escalation", "supports", 1, D),
 ("I'll just add a word on force posture. As the Pentagon announced yesterday, some 8,500 U.S. personnel have been placed on heightened alert. None of that is a decision to deploy, and it is about reassuring our Allies, not about provoking anyone.", W, 0, WN, "", "", 1, D),
 ("It will be a written document, but it is not a treaty and it is not a text for signature. We are not going to put the security of our Allies into a legally binding text drafted in Moscow.", W, 0, WN, "written-legal-guarantees", "rejects", 1, D),
 ("As for making it public, we'll consult with our Allies and with Ukraine before we make any decision on that.", W, 0, WN, "", "", 1, D),
 ("We have no intention of putting offensive strike systems in Ukraine, and we are prepared to discuss that, and the reciprocal commitments we would need from Russia, at the negotiating table.", W, 0, WN, "no-strike-weapons-near-borders", "mentions", 1, D),
 (W8, W, 0, WN, "limit-military-exercises", "rejects", 1, D),
 (W8, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("We have been in very close contact with President Zelensky's team throughout. \"Nothing about Ukraine without Ukraine\" is not a slogan for us; it is how we do business.", W, 0, WN, "", "", 1, D),
 ("Our security assistance to Ukraine will continue. We have provided more than $650 million in the last year alone, and we are not going to give Russia a say over our defense cooperation with sovereign partners like Ukraine and Georgia.", W, 0, WN, "no-military-activity-ex-soviet", "rejects", 1, D),
]

D = "2022-01-26"
B4 = "On the two big items – no further enlargement and a rollback of Nato to 1997 – the answer, as far as we can tell, is essentially no,"
B9 = "UK Armed Forces Minister James Heappey told MPs on Wednesday that British warships and aircraft would go on operating “wherever international law allows”, rejecting Moscow's demand that Western navies keep out of waters close to Russia."
B1 = "Talking without preconditions while 100,000 troops stand at Ukraine's border is not diplomacy. De-escalation must come first,"
L["bbc-2022-01-26-ukraine-crisis-live-written-replies"] = [
 (B1, "gabrielius-landsbergis", 1, "Landsbergis", "no-preconditions", "rejects", 1, D),
 (B1, "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, D),
 (B4, "priya-castellanos", 1, "she", "nato-non-expansion", "mentions", 1, D),
 (B4, "priya-castellanos", 1, "she", "rollback-to-1997", "mentions", 1, D),
 ("Putting a moratorium on our intermediate-range missiles on the table rewards Russia for years of violating the INF Treaty,", "elaine-haskett", 1, "Elaine Haskett", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Poland's Defence Minister Mariusz Błaszczak said on Wednesday that Warsaw would not allow Moscow to decide which weapons are deployed on Polish territory, and that more US troops would be welcome.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-strike-weapons-near-borders", "rejects", 0, D),
 (B9, "james-heappey", 1, "James Heappey", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 (B9, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We are in constant contact with our American partners, and there were no surprises for us in this text,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("He said Nato was proposing to reopen the two sides' missions in Moscow and Brussels and to re-establish military communication channels, including a hotline, to reduce risks.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "he", "", "", 1, D),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("We will not sign any pledge to halt Nato enlargement. That was true before Geneva and it is true today,", "antony-blinken", 1, "the secretary of state", "nato-non-expansion", "rejects", 1, D),
 ("We need to read these documents carefully, and then President Putin will decide,", "dmitry-peskov", 1, "he", "", "", 1, D),
]

D = "2022-01-20"
K = "dmytro-kuleba"
KN = "Dmytro Kuleba"
K1 = "The Russians wanted the world to believe that the fate of Ukraine could be decided in Geneva or Brussels without us. It did not happen. Whether Ukraine joins NATO is a question for Ukraine and the 30 allies, and for nobody else."
K2 = "No. Russia has asked the United States to stop all military cooperation with us, including training missions and arms deliveries. That is simply not going to happen. The Javelins are here, the instructors are here, and more is on the way."
K7 = "Moscow is trying to return Europe to 1997 and to spheres of influence. The alliance will not agree to that, and it should not. The Baltic states and Poland are not second-class members."
L["kyivpost-2022-01-21-kuleba-interview"] = [
 (K1, K, 1, KN, "no-ukraine-membership", "rejects", 1, D),
 (K1, K, 1, KN, "nato-open-door", "supports", 1, D),
 (K2, K, 1, KN, "no-military-activity-ex-soviet", "rejects", 1, D),
 (K2, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("First and foremost, Russia must withdraw the troops it has concentrated along our border and in occupied Crimea. Without de-escalation, any talk about European security is an illusion.", K, 1, KN, "russia-de-escalation", "supports", 1, D),
 ("Bucharest is history, but it is also a commitment. We expect the allies to stand by their word, not to revoke it under pressure. Revoking it now would be a reward for blackmail.", K, 1, KN, "rescind-bucharest-2008", "rejects", 1, D),
 ("We are ready to talk to Russia in any format, without preconditions: in the Normandy format, in the Trilateral Contact Group, or bilaterally. President Zelensky has said many times that he is ready to meet Vladimir Putin anywhere.", K, 1, KN, "no-preconditions", "supports", 1, D),
 ("Frankly, when I hear that NATO should stop exercising in the Black Sea region, I want to ask: who is the aggressor here? We will continue our exercises with our partners, including Sea Breeze, and no one in Moscow will cancel them.", K, 1, KN, "limit-military-exercises", "rejects", 1, D),
 (K7, K, 1, KN, "rollback-to-1997", "rejects", 1, D),
 (K7, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We want the sanctions package to be prepared now, not after an attack. Deterrence only works if Moscow knows the price in advance.", K, 1, KN, "", "", 1, D),
 ("I am an optimist by profession. Diplomacy has not said its last word, but we are preparing for every scenario, and our army is ready.", K, 1, KN, "", "", 1, D),
]

D = "2022-01-13"
LU = "He insisted that a halt to NATO's eastward expansion had to be enshrined in a legally binding document, adding that «the Americans know perfectly well what we need»."
RE = "What is on the table is a Yalta without a war: an arrangement that would push NATO back to its 1997 borders and turn Ukraine into a permanent grey zone,"
WE = "Russia wants American destroyers out of the Black Sea and the Baltic, which no American admiral will ever accept,"
L["lemonde-2022-01-14-osce-vienna-russia-demands"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("Rau offered the OSCE as the venue for talks on transparency and on limiting military exercises, proposing what he called a «renewed European security dialogue».", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("the Americans know perfectly well what we need", "alexander-lukashevich", 1, "He", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 (RE, "camille-reynaud", 1, "Camille Reynaud", "rollback-to-1997", "mentions", 1, ""),
 (RE, "camille-reynaud", 1, "Camille Reynaud", "no-ukraine-membership", "mentions", 1, ""),
 ("Everyone in Vienna says they want dialogue without preconditions, which in diplomatic language usually means that each side has preconditions it prefers not to name,", "camille-reynaud", 1, "she", "no-preconditions", "mentions", 1, ""),
 (WE, "tobias-wendland", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (WE, "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Every country has the right to choose its own alliances; spheres of influence have no place in 21st-century Europe,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, D),
 ("Europe cannot be a spectator of negotiations on its own security,", "jean-yves-le-drian", 1, "he", "", "", 1, D),
 ("A senior EU official, speaking on condition of anonymity, went further: the bloc, he said, would «never accept» a freeze on allied exercises in the Baltic states.", "european-union", 0, "A senior EU official", "limit-military-exercises", "rejects", 0, ""),
 ("Europe has every interest in banning intermediate-range missiles from the continent again; it is the one Russian proposal we should seize with both hands,", "henri-valadier", 1, "Henri Valadier", "no-intermediate-range-missiles", "supports", 1, ""),
]

D = "2022-01-27"
LA = "The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and the deployment of strike weapons that can threaten the territory of the Russian Federation"
KO = "The Ukrainian political scientist Vadym Kostenko in the commentary to our portal has noted, that Moscow in fact wants to forbid any military cooperation of Kyiv with the West, „even the trainings of the sergeants“."
WY = "The minister of foreign affairs of PRC Wang Yi in the telephone conversation with the state secretary of USA Antony Blinken on Wednesday has declared, that the regional security can not be guaranteed by the strengthening or even expansion of the military blocs, while Blinken has underlined the need of the de-escalation and the withdrawal of the Russian troops from the Ukrainian border."
L["vestnik24-2022-01-27-peskov-us-answer"] = [
 ("It is impossible to tell that our considerations were taken into account or that readiness was shown to take into account our concerns", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("According to him, on the main question – non-expansion of the NATO to the east – the American side did not give the positive answer, and without it „there will be no progress“.", "dmitry-peskov", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("In the answer there are also the traditional calls to de-escalation, we have read them attentively", "dmitry-peskov", 1, "the Kremlin representative", "russia-de-escalation", "mentions", 1, D),
 (LA, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LA, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("the policy of open doors for the enlargement at the expense of the security of others", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, D),
 ("The deputy minister Sergei Ryabkov on Wednesday evening in the interview to TV channel RTVI has informed, that the American document contains the proposals about the restoration of the military channels of communication, but Moscow considers them only as a part of the package.", "sergei-ryabkov", 1, "Sergei Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("Without the guarantee of non-deployment of the NATO forces and bases in Ukraine, Georgia and other the former Soviet republics we do not see a basis for the agreement", "sergei-ryabkov", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-26"),
 (KO, "vadym-kostenko", 1, "Vadym Kostenko", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (KO, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The answer of USA fully corresponds to the position of Ukraine", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, ""),
 (WY, "wang-yi", 1, "Wang Yi", "nato-non-expansion", "supports", 0, "2022-01-26"),
 (WY, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
]

write_gold(L, "articles-106", "gold-106")
