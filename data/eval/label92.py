#!/usr/bin/env python3
"""Writes the ninety-second held-out gold (gold-92/*.nq) from the labels below.

Batch 92 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch
(apart from the older label script handed over as an example of the format).
It imitates the coverage most readers actually saw, in seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter, byline and dateline, straight quotation marks; Ryabkov and Sherman
  after the Geneva talks, a quotation split by "he said", a speaker named only
  by role ("The deputy minister"), Moscow's demand in passing inside Sherman's
  sentence, the 1990 Baker "one inch" story as unlabelled history, an invented
  analyst.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  without front matter (date in the page header), speaker labels, the
  spokesperson moderating and journalists' questions (one of them reporting
  Grushko's demand; none labelled).
- interfax-ukraine-2022-01-13-osce-vienna: machine-translated Interfax-Ukraine
  copy with front matter and „ “ quotation marks; OSCE Permanent Council in
  Vienna (Lukashevich, Rau, Carpenter), Kuleba on ICTV, an invented expert;
  indirect speech running over two sentences ("he has added"), a passive
  rejection ("was rejected by Carpenter"), roles as speaker names, the 1994
  Budapest memorandum as unlabelled history, a link line.
- tass-2021-12-21-grushko-interview: TASS Q&A interview with Grushko, UTF-8
  BOM, CRLF line ends, front matter, « » quotation marks, questions and
  answers both introduced by a dash.
- guardian-2022-01-27-us-nato-written-answers: Guardian news analysis with
  front matter, curly quotation marks, standfirst, byline and photo caption;
  Blinken, Peskov, Lavrov, Stoltenberg, Przydacz, Landsbergis on the written
  answers of 26 January, three invented experts, Baker 1990 and the 1997
  Founding Act as unlabelled history.
- pentagon-2022-01-28-austin-milley-briefing: Pentagon press-briefing
  transcript without front matter, speaker labels ("Secretary Austin:",
  "General Milley:"), Kirby moderating, "Q:" questions.
- rferl-2022-02-01-live-blog-putin-replies: RFE/RL live blog without front
  matter, timestamped entries with crossheads in reverse order; Putin's first
  comment on the replies, Peskov's press call, Price after the Blinken-Lavrov
  call, Morawiecki and Rutte in one sentence, Kallas "in an interview" with
  RFE/RL, an invented analyst, Bucharest 2008 as unlabelled history.

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
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

SHERMAN_1997 = "U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said on Monday that Washington had firmly pushed back on proposals that were \"simply non-starters\", including Moscow's demand that NATO pull its troops and weapons out of the countries that joined the alliance after 1997."
SHERMAN_OFFER = "She said the United States was ready to discuss where intermediate-range missiles could be deployed in Europe and reciprocal limits on the size and scope of military exercises, provided Russia was prepared to make the same commitments."
VYSH = "A written promise that the alliance will stop growing is not something Washington is ever going to put on paper,"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Moscow needed firm guarantees that NATO would stop expanding eastward, as nearly eight hours of talks with a U.S. delegation in Geneva ended with both sides holding their ground.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need guarantees that are legally binding, not words that can be forgotten tomorrow,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards, but guarantees written down on paper and signed by the parties.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The talks were difficult, long, very professional, deep and concrete,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("The deputy minister said Moscow also insisted that U.S. warships and strategic bombers stay out of areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "The deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 (SHERMAN_1997, "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 (SHERMAN_1997, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (SHERMAN_OFFER, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (SHERMAN_OFFER, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (VYSH, "olga-vyshnevetska", 1, "Olga Vyshnevetska", "nato-non-expansion", "mentions", 1, ""),
 (VYSH, "olga-vyshnevetska", 1, "Olga Vyshnevetska", "written-legal-guarantees", "mentions", 1, ""),
 ("Nobody wanted to be the delegation that walked out of Geneva first,", "olga-vyshnevetska", 1, "she", "", "", 1, ""),
]

JS = ("jens-stoltenberg", 1, "Jens Stoltenberg")
NRC_PRINCIPLES = "Allies also made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and it is only for Ukraine and the 30 Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto."
NRC_WRITING = "We are ready to put our proposals to Russia in writing. But nobody should expect a legally binding commitment that the Alliance will stop enlarging. That is not going to happen."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council, the first in more than two years. It was a very serious and direct exchange, and it was a good thing that all 30 Allies and Russia sat around the same table and engaged on substance.", *JS, "", "", 1, "2022-01-12"),
 ("Allies called on Russia to immediately de-escalate the situation along Ukraine's border and to pull back the tens of thousands of combat-ready troops it has massed there. There is a real risk for a new armed conflict in Europe.", *JS, "russia-de-escalation", "supports", 1, "2022-01-12"),
 (NRC_PRINCIPLES, *JS, "nato-open-door", "supports", 1, "2022-01-12"),
 (NRC_PRINCIPLES, *JS, "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will not accept any arrangement that withdraws our forces and infrastructure from the Allies that joined after 1997. That is a non-starter. There will be no first- and second-class members of this Alliance.", *JS, "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down with Russia on arms control, disarmament and risk reduction. We proposed to restore our respective offices in Moscow and Brussels, and to make full use of the military lines of communication, so that our military commanders can talk to each other and avoid incidents and accidents.", *JS, "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia on these issues, and they will not be easy to bridge. But the fact that we met today, and that Allies are ready to meet again, is a signal of hope.", *JS, "", "", 1, "2022-01-12"),
 (NRC_WRITING, *JS, "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 (NRC_WRITING, *JS, "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("No. The decisions we took at the Bucharest summit stand, and Allies are not going to revisit them.", *JS, "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("Allies will continue to exercise their rights under international law, at sea and in the air. We will not accept limits on where our ships sail or where our aircraft fly in international waters and international airspace.", *JS, "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("We don't know what Russia intends to do. That is exactly why it is so important to keep the door to dialogue open, and it is also why Allies are strengthening their deterrence and defence in the eastern part of the Alliance.", *JS, "", "", 1, "2022-01-12"),
]

CARPENTER = "Russia's demand to forbid to the NATO countries any military cooperation with Ukraine, Georgia and Moldova was rejected by Carpenter, who has called it „spheres-of-influence politics“."
L["interfax-ukraine-2022-01-13-osce-vienna"] = [
 ("If we will not hear the constructive answer to our proposals in the reasonable time, and the aggressive line concerning Russia will continue, we will be forced to take the necessary measures for elimination of the unacceptable risks for our security", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The alliance, he has added, must give the guarantees of non-deployment of the strike weapon systems in the countries neighbouring with Russia.", "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("The scale of manoeuvres of the alliance near our borders must be reduced, this is the question of our security, not of the propaganda", "alexander-lukashevich", 1, "the Russian permanent representative", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("It seems, that the risk of war in the OSCE area is now greater, than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "the American diplomat", "", "", 1, "2022-01-13"),
 (CARPENTER, "michael-carpenter", 1, "Carpenter", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 (CARPENTER, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Meanwhile in Kyiv the minister of foreign affairs of Ukraine Dmytro Kuleba on Thursday in the interview to the TV channel ICTV has declared, that Ukraine will not refuse the course to the membership in NATO, whatever Russia will write in its drafts.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("We are grateful to the partners for the unity, which they showed this week in Geneva and in Brussels", "dmytro-kuleba", 1, "the minister", "", "", 1, "2022-01-13"),
 ("The plan is simple: Ukraine as the military no man's land, without the western instructors, without the western weapons, without the joint manoeuvres with the partners", "taras-holubets", 1, "Taras Holubets", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The Kremlin calls the open door a mantra, the West calls it a principle, and Ukraine stands in the doorway", "taras-holubets", 1, "the political scientist", "nato-open-door", "mentions", 1, ""),
]

AG = ("alexander-grushko", 1, "Alexander Grushko")
GR_CORE = "The key provisions are clear. NATO does not expand further, above all at the expense of Ukraine and Georgia, and the decision of the Bucharest summit is disavowed. Without this there is no point in talking about everything else."
GR_WEAPONS = "We propose that neither side deploys strike weapons near the borders of the other, and that Russia and the United States do not place intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other party."
L["tass-2021-12-21-grushko-interview"] = [
 ("the ball is now in the court of our Western partners", "alexander-grushko", 1, "the diplomat", "", "", 1, "2021-12-21"),
 ("We published the drafts precisely so that there is no room for interpretation. We need guarantees that are legally binding, because the political assurances given to us in the past turned out to be worth nothing.", *AG, "written-legal-guarantees", "supports", 1, "2021-12-21"),
 (GR_CORE, *AG, "nato-non-expansion", "supports", 1, "2021-12-21"),
 (GR_CORE, *AG, "no-ukraine-membership", "supports", 1, "2021-12-21"),
 (GR_CORE, *AG, "rescind-bucharest-2008", "supports", 1, "2021-12-21"),
 ("It means that the forces and infrastructure which the alliance has deployed since then in the countries of Central and Eastern Europe must be withdrawn. We are talking about a return to the configuration that existed when the Founding Act was signed.", *AG, "rollback-to-1997", "supports", 1, "2021-12-21"),
 ("Of course. NATO must renounce any military activity on the territory of Ukraine, in the South Caucasus and in Central Asia. Instructors, weapons deliveries, so-called training centres — all this creates a direct threat to us.", *AG, "no-military-activity-ex-soviet", "supports", 1, "2021-12-21"),
 (GR_WEAPONS, *AG, "no-strike-weapons-near-borders", "supports", 1, "2021-12-21"),
 (GR_WEAPONS, *AG, "no-intermediate-range-missiles", "supports", 1, "2021-12-21"),
 ("The so-called open-door policy is not a law of nature. It is a political decision, and political decisions can be changed if there is political will.", *AG, "nato-open-door", "rejects", 1, "2021-12-21"),
 ("Military contacts are not a favour we do for each other. As long as NATO treats Russia as an adversary, reopening hotlines will not solve anything, and we see no point in returning to them for show.", *AG, "resume-military-dialogue", "rejects", 1, "2021-12-21"),
 ("The number and scale of NATO exercises near our borders have grown sharply, and their scenarios openly rehearse operations against Russia. We want an agreement that limits the scale of drills along the line of contact.", *AG, "limit-military-exercises", "supports", 1, "2021-12-21"),
 ("We are not going to wait forever. If the dialogue turns into endless talk, we will draw our own conclusions.", *AG, "", "", 1, "2021-12-21"),
]

LAVROV_MAIN = "The main question is our clear position on the inadmissibility of further Nato expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
L["guardian-2022-01-27-us-nato-written-answers"] = [
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the US was prepared to discuss reciprocal commitments by both sides not to deploy offensive weapons systems or combat forces in Ukraine, and to talk about arms control and transparency.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("It would be wrong to say that our considerations were taken into account, or that any concern was shown for them,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("no positive response on the main question", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 (LAVROV_MAIN, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LAVROV_MAIN, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("Marcin Przydacz, Poland’s deputy foreign minister, said on Wednesday that Warsaw alone would decide what weapons, offensive or defensive, were stationed on Polish soil, however close it was to Russia’s border, and that no treaty signed between Moscow and Washington would change that.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-26"),
 ("A moratorium on intermediate-range missiles that leaves Iskanders in Kaliningrad is not an offer. It is a trap,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-intermediate-range-missiles", "rejects", 1, "2022-01-26"),
 ("Nobody in Brussels was ever going to sign away Ukraine’s membership prospects, and the people who drafted those treaties in Moscow knew it,", "miriam-achterberg", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("The alliance has answered the questions Moscow did not ask, and politely ignored the ones it did,", "miriam-achterberg", 1, "Achterberg", "", "", 1, ""),
 ("Nobody serious expects Nato troops to leave Poland and the Baltic states. The withdrawal to the 1997 lines was an opening bid,", "pavel-lyubimov", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Talks without preconditions sound generous, until you read drafts that are one long list of preconditions,", "pavel-lyubimov", 1, "Lyubimov", "no-preconditions", "mentions", 1, ""),
 ("The offer on military hotlines is exactly the kind of thing the Kremlin has always filed under secondary issues,", "keith-danforth", 1, "he", "resume-military-dialogue", "mentions", 1, ""),
]

LA = ("lloyd-austin", 1, "Austin")
MM = ("mark-milley", 1, "Milley")
L["pentagon-2022-01-28-austin-milley-briefing"] = [
 ("Good afternoon, everybody. I want to start by updating you on what we're doing to support diplomacy and to reassure our allies on NATO's eastern flank.", *LA, "", "", 1, "2022-01-28"),
 ("Russia has now gathered more than 100,000 troops along Ukraine's borders and in Belarus, and that buildup continues. We again call on Mr. Putin to de-escalate, to pull those forces back and to choose the path of diplomacy.", *LA, "russia-de-escalation", "supports", 1, "2022-01-28"),
 ("This week the United States and NATO delivered written responses to Russia's proposals, and we put forward ideas on transparency and on reducing risks that we are ready to talk about seriously. In the meantime, some 8,500 U.S. troops remain on heightened alert to reinforce the NATO Response Force if it is activated. Those are not new deployments.", *LA, "", "", 1, "2022-01-28"),
 ("Thank you, Mr. Secretary. The scale of the forces Russia has massed is larger than anything we have seen in recent memory, and you'd have to go back to the Cold War to see something of this magnitude.", *MM, "", "", 1, "2022-01-28"),
 ("No. We will continue to fly, sail and operate wherever international law allows, including in the Black Sea, and that is not going to change.", *LA, "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-28"),
 ("I spoke with General Gerasimov on Wednesday. It's critical that our militaries keep talking to each other, especially at a time like this, to reduce the risk of miscalculation.", *MM, "resume-military-dialogue", "supports", 1, "2022-01-28"),
 ("As for the question of ships and aircraft, that is a matter for the diplomats to work through, and I'm not going to get ahead of them.", *MM, "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-28"),
 ("Our security assistance to Ukraine will continue, and so will the training of Ukrainian forces. Ukraine is a sovereign nation, and it decides who it works with on its defense, not Moscow.", *LA, "no-military-activity-ex-soviet", "rejects", 1, "2022-01-28"),
 ("We don't believe that Mr. Putin has made a final decision to use these forces against Ukraine. He clearly now has that capability.", *LA, "", "", 1, "2022-01-28"),
]

PUTIN_KEY = "We do not see that our three key demands were adequately taken into account: the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997, when the NATO-Russia Founding Act was signed,"
ANUS = "Lithuanian Defense Minister Arvydas Anušauskas rejected Moscow's call to scale back allied exercises near Russia's borders, saying on February 1 that drills in the Baltic states were defensive and would go ahead as planned."
PRICE = "State Department spokesman Ned Price said afterward that the United States rejected Moscow's demand for talks without preconditions."
KYIV = "Polish Prime Minister Mateusz Morawiecki and his Dutch counterpart, Mark Rutte, who both visited Kyiv on February 1, urged Moscow to pull its forces back from Ukraine's borders."
ZHUR = "Irina Zhuravska, a senior fellow at the Razumkov Center in Kyiv, told RFE/RL that Moscow's call for NATO to disavow the Bucharest pledge was largely symbolic, since the 2008 declaration had never been followed by a concrete membership plan."
L["rferl-2022-02-01-live-blog-putin-replies"] = [
 (PUTIN_KEY, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (PUTIN_KEY, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (PUTIN_KEY, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("I hope that we will eventually find a solution, although we realize that it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 (ANUS, "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, "2022-02-01"),
 (ANUS, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (PRICE, "ned-price", 1, "Ned Price", "no-preconditions", "rejects", 0, "2022-02-01"),
 (PRICE, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Kremlin spokesman Dmitry Peskov told reporters on his daily conference call on February 1 that Moscow wanted the dialogue with Washington to continue without any preconditions.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-02-01"),
 ("Russian troops are on Russian territory, and we are not going to move them anywhere because somebody demands it,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-02-01"),
 (KYIV, "mateusz-morawiecki", 1, "Mateusz Morawiecki", "russia-de-escalation", "supports", 0, "2022-02-01"),
 (KYIV, "mark-rutte", 1, "Mark Rutte", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("Living next to a neighbor like Russia, we have the feeling of living at the foot of a volcano,", "mateusz-morawiecki", 1, "Morawiecki", "", "", 1, "2022-02-01"),
 ("The West must not sign anything with Russia that is legally binding. Signing a treaty on Moscow's terms would simply reward blackmail,", "kaja-kallas", 1, "Kaja Kallas", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 (ZHUR, "irina-zhuravska", 1, "Irina Zhuravska", "rescind-bucharest-2008", "mentions", 0, ""),
 (ZHUR, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Every Western statement starts with a call for Russian de-escalation, and every Kremlin answer starts somewhere else entirely,", "irina-zhuravska", 1, "she", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-92", "gold-92")
