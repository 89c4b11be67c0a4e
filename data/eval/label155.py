#!/usr/bin/env python3
"""Writes the held-out gold of batch 155 (gold-155/*.nq) from the labels below.

Batch 155 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, from mainstream outlets:

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy from Geneva,
  front matter, straight quotes, a quotation split by "the deputy foreign
  minister said", a lead sentence with one speaker (the United States) and
  three demands, a crosshead, historical background (Bucharest 2008, the 1997
  Founding Act) and an unnamed group of diplomats;
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO's transcript of
  Stoltenberg's press conference after the NATO-Russia Council, no front
  matter (date "12 Jan. 2022" in the text), speaker labels, a spokesperson
  moderating and journalists' questions that report Grushko's demands;
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written answers, front matter,
  "SECRETARY BLINKEN:" / "MR PRICE:" / "QUESTION:" labels;
- mid-2022-01-20-zakharova-briefing: the Russian Foreign Ministry's English
  transcript of a Zakharova briefing, UTF-8 BOM and CRLF line ends, no front
  matter, crossheads, « » quotation marks, opening remarks without a speaker
  label (named by the title) and answers to questions;
- novayagazeta-2022-01-14-zhuravin-interview: Novaya Gazeta Q&A interview
  (in translation) with an invented retired colonel, questions and answers
  both opened by a dash, « » marks, a headline and standfirst, history
  (Baker 1990) inside an answer;
- skynews-2022-01-13-ukraine-russia-live: Sky News live blog of the OSCE
  day, no front matter, timestamped entries with their own headlines, key
  points, curly quotes, an interview with Sky News, two speakers in one
  sentence, a senior EU official, an embassy, an invented analyst;
- interfaxua-2022-01-27-kuleba-us-answers: Interfax-Ukraine report on the
  reactions to the written answers in machine-translated English, front
  matter, „ “ quotation marks followed by "– X said", passive attribution
  ("by the minister it was underlined"), roles ("the head of the Ukrainian
  diplomacy", "the expert"), link lines and background.

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

D = "2022-01-10"
LEAD = "The United States on Monday rejected Russia's demand that Ukraine be barred from ever joining NATO, but said it was ready to discuss where missiles are placed in Europe and reciprocal limits on military exercises, after nearly eight hours of talks in Geneva that ended without a breakthrough."
SH = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States,"
SH2 = "She said Washington was prepared to explore reciprocal restrictions on the size and scope of military exercises and on the future deployment of intermediate-range missiles in Europe, ideas first raised in a video call between President Joe Biden and Russian President Vladimir Putin last month."
HOLM = "What Moscow wants is no American bases, no exercises and no instructors anywhere in the former Soviet Union outside the Baltics,"
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 (LEAD, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 (LEAD, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, D),
 (LEAD, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, D),
 (LEAD, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("difficult, long, very professional, deep, concrete", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("not assurances, not safeguards, not a moratorium that can be lifted tomorrow, but guarantees.", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("He said NATO must also pull back the forces and infrastructure it had moved into central and eastern Europe since 1997, calling this \"not a whim but a necessity\".", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("According to Ryabkov, the United States must give a firm commitment that its intermediate-range missiles will never be deployed within reach of Russian territory.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("Ryabkov said the American delegation had raised the build-up of Russian troops near Ukraine and had asked that they be pulled back.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "mentions", 0, D),
 ("firm in pushing back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 (SH, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SH, "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 (SH2, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 (SH2, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("If Russia is serious about security, the first step is obvious: pull back the troops massed on Ukraine's border and de-escalate,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("In draft treaties published on Dec. 17, Russia demanded that NATO renounce any military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (HOLM, "katarina-holmgaard", 1, "Katarina Holmgaard", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (HOLM, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("Nobody in Washington expects a deal this week. The question is whether there is a process at all,", "katarina-holmgaard", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
JS = "Jens Stoltenberg"
P4 = "At the same time, Allies are ready to sit down and discuss arms control and disarmament, including on intermediate-range missiles, as well as transparency of military exercises and risk reduction. We proposed to resume military-to-military channels of communication and to reopen our respective offices in Moscow and Brussels."
P2 = "NATO Allies and Russia had a very direct exchange. Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of. Russia does not have a veto on whether Ukraine can become a NATO member."
A1 = "We listened carefully to the proposals on the table, including the request for legally binding guarantees. Our answer on enlargement has not changed. We will not change our decisions on enlargement because of pressure from outside."
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting in more than two years, and I welcome that Russia came to the table and that we had a serious exchange.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 (P2, "jens-stoltenberg", 1, JS, "nato-open-door", "supports", 1, D),
 (P2, "jens-stoltenberg", 1, JS, "no-ukraine-membership", "rejects", 1, D),
 ("Allies also rejected the idea that NATO should withdraw forces and infrastructure from the territory of those who joined after 1997. We will not have first- and second-class members in this Alliance.", "jens-stoltenberg", 1, JS, "rollback-to-1997", "rejects", 1, D),
 (P4, "jens-stoltenberg", 1, JS, "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, "jens-stoltenberg", 1, JS, "limit-military-exercises", "mentions", 1, D),
 (P4, "jens-stoltenberg", 1, JS, "resume-military-dialogue", "supports", 1, D),
 ("There is a real risk for a new armed conflict in Europe. We call on Russia to de-escalate and to withdraw its forces from Ukraine's borders.", "jens-stoltenberg", 1, JS, "russia-de-escalation", "supports", 1, D),
 (A1, "jens-stoltenberg", 1, JS, "written-legal-guarantees", "mentions", 1, D),
 (A1, "jens-stoltenberg", 1, JS, "nato-non-expansion", "rejects", 1, D),
 ("No. The decisions we took at the Bucharest summit stand, and we will not go back on them.", "jens-stoltenberg", 1, JS, "rescind-bucharest-2008", "rejects", 1, D),
 ("We are ready to discuss transparency and notification of exercises on a reciprocal basis. But we will not stop exercising on our own territory, and we will not accept that others decide where Allies can train.", "jens-stoltenberg", 1, JS, "limit-military-exercises", "rejects", 1, D),
 ("On the Council, Russia did not agree to a schedule of future meetings today, but they did not reject one either. They need time to come back to us, and I think that is understandable.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 ("Yes. All 30 Allies spoke with one voice, and I was in close contact with Ukraine and Georgia before and after the meeting. Nothing about Ukraine will be decided without Ukraine.", "jens-stoltenberg", 1, JS, "", "", 1, D),
]

D = "2022-01-26"
B = "Blinken"
P3 = "It also lays out areas where we can make progress if Russia reciprocates: arms control related to intermediate-range missiles in Europe, confidence-building measures regarding military exercises and maneuvers, and conditions-based reciprocal commitments by the United States and Russia to refrain from deploying offensive strike systems near each other's borders."
Q1 = "Whether any agreements we reach on arms control take a legally binding form is something we are prepared to discuss with Russia and with our Allies. What we will not do is trade away the right of countries to choose their alliances."
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short while ago, our Ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. It sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, B, "", "", 1, D),
 ("The document we've shared reaffirms our commitment to uphold and defend the principle of NATO's open door. Countries choose their own partners and alliances; that is a core principle that we will not trade away.", "antony-blinken", 1, B, "nato-open-door", "supports", 1, D),
 (P3, "antony-blinken", 1, B, "no-intermediate-range-missiles", "mentions", 1, D),
 (P3, "antony-blinken", 1, B, "limit-military-exercises", "mentions", 1, D),
 (P3, "antony-blinken", 1, B, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("But let me be clear: there is no change, there will be no change, in our position on the fundamental issues. We made that clear in the document, and we have made it clear in private.", "antony-blinken", 1, B, "", "", 1, D),
 ("The best path forward remains diplomacy and de-escalation. Russia has massed more than 100,000 troops on Ukraine's borders, and it has to pull them back.", "antony-blinken", 1, B, "russia-de-escalation", "supports", 1, D),
 ("We are not going to publish the document, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We hope and expect Russia will take the same view.", "antony-blinken", 1, B, "", "", 1, D),
 (Q1, "antony-blinken", 1, B, "written-legal-guarantees", "mentions", 1, D),
 (Q1, "antony-blinken", 1, B, "nato-open-door", "supports", 1, D),
 ("The document is clear that NATO will not withdraw forces from Allied territory. That proposal was a non-starter from the beginning, and every one of our Allies agrees.", "antony-blinken", 1, B, "rollback-to-1997", "rejects", 1, D),
 ("We shared the text with Ukraine and with our European Allies before it was delivered, and we incorporated their views. Nothing about Ukraine without Ukraine.", "antony-blinken", 1, B, "", "", 1, D),
 ("The ball is in their court. We'll see how they respond, and I expect to speak again with Foreign Minister Lavrov once they've had a chance to read the paper and consider next steps.", "antony-blinken", 1, B, "", "", 1, D),
]

D = "2022-01-20"
MZ = "Maria Zakharova"
Z2 = "Our position is simple, and it is not a menu from which one can choose separate dishes. We need legally binding guarantees of the non-expansion of NATO to the east, including the refusal to admit Ukraine and Georgia, and of the non-deployment of strike weapons systems near the Russian borders."
L["mid-2022-01-20-zakharova-briefing"] = [
 ("We continue to receive questions about the results of the contacts in Geneva, Brussels and Vienna last week. I would like to remind that our draft treaty with the United States and the draft agreement with NATO member states were published on December 17, precisely so that nobody could say later that they did not know our position.", "maria-zakharova", 1, MZ, "", "", 1, D),
 (Z2, "maria-zakharova", 1, MZ, "written-legal-guarantees", "supports", 1, D),
 (Z2, "maria-zakharova", 1, MZ, "nato-non-expansion", "supports", 1, D),
 (Z2, "maria-zakharova", 1, MZ, "no-ukraine-membership", "supports", 1, D),
 (Z2, "maria-zakharova", 1, MZ, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The formula of the Bucharest summit of 2008, that Ukraine and Georgia «will become members of NATO», must be officially disavowed. This formula has been hanging over the European security like a sword for fourteen years.", "maria-zakharova", 1, MZ, "rescind-bucharest-2008", "supports", 1, D),
 ("We also see how our Western colleagues have turned the so-called «open door policy» into some sacred text. Nobody promised anybody an open door at the expense of the security of others, and we will not accept this as an argument.", "maria-zakharova", 1, MZ, "nato-open-door", "rejects", 1, D),
 ("The United Kingdom has begun to deliver anti-tank weapons to Kiev, and the Pentagon plans the same. NATO countries must stop the military development of the territory of Ukraine and of other post-Soviet states. This is one of the key elements of our proposals.", "maria-zakharova", 1, MZ, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Russian troops are on the Russian territory, and we do not intend to ask anybody for permission to move them. The demand to «withdraw» them is absurd, and we reject it.", "maria-zakharova", 1, MZ, "russia-de-escalation", "rejects", 1, D),
 ("We are for negotiations without preconditions and without ultimatums. It is strange to hear about conditions from those who for thirty years have been bringing NATO closer to our borders.", "maria-zakharova", 1, MZ, "no-preconditions", "supports", 1, D),
 ("I will not add anything to what Sergey Ryabkov said. He formulated everything very clearly.", "maria-zakharova", 1, MZ, "", "", 1, D),
 ("Military contacts were destroyed not by us. We will consider such proposals when we receive written answers to our main questions, but it is strange to talk about «hotlines» while the main thing is ignored.", "maria-zakharova", 1, MZ, "resume-military-dialogue", "mentions", 1, D),
 ("This question should be addressed first of all to our American colleagues. We for our part have always been in favour of maximum openness, as you have seen with the publication of our drafts.", "maria-zakharova", 1, MZ, "", "", 1, D),
]

PZ = "Pavel Zhuravin"
E1 = "It is a real demand, and I think it is the wrong one. Ukraine's membership was not on the agenda for the next ten or fifteen years, and everyone in Brussels knows it. Moscow is asking for a formal ban on something that was not going to happen anyway, and it is paying for this with an army standing on the border."
E2 = "Moscow asks NATO to withdraw everything it has deployed since 1997 from Poland, the Baltic states, Romania and the others. Whether this is meant seriously or as a chip to be traded later, I cannot tell you; only a few people in the Kremlin know."
E3 = "Yes, and quite a lot. There is a serious agenda on the table now: intermediate-range missiles, limits on exercises near the borders, bombers and warships keeping their distance. Ten years ago our General Staff would have dreamed of such an agenda."
E4 = "Because for Moscow the package is indivisible. Without a guarantee of non-expansion the rest is of no interest to the Kremlin. My advice would be to take what is on the table, but nobody asks for my advice."
E5 = "Paper matters less than people think. In 1990 Baker told Gorbachev that NATO would not move «one inch» to the east, and we have been complaining about a verbal promise ever since. So now Moscow wants everything in a treaty, ratified by the Senate. I understand the logic, but the Senate will never ratify such a text."
L["novayagazeta-2022-01-14-zhuravin-interview"] = [
 (E1, "pavel-zhuravin", 1, PZ, "no-ukraine-membership", "rejects", 1, ""),
 (E1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 (E2, "pavel-zhuravin", 1, PZ, "rollback-to-1997", "mentions", 1, ""),
 (E2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (E3, "pavel-zhuravin", 1, PZ, "no-intermediate-range-missiles", "mentions", 1, ""),
 (E3, "pavel-zhuravin", 1, PZ, "limit-military-exercises", "mentions", 1, ""),
 (E3, "pavel-zhuravin", 1, PZ, "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (E4, "pavel-zhuravin", 1, PZ, "nato-non-expansion", "mentions", 1, ""),
 (E4, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (E5, "pavel-zhuravin", 1, PZ, "written-legal-guarantees", "mentions", 1, ""),
 (E5, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("Kyiv is right from its own point of view. A sovereign country decides with whom it trains and from whom it buys weapons, and no treaty between Moscow and Washington can take that right away.", "pavel-zhuravin", 1, PZ, "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Then we will hear a lot about «military-technical measures». I hope that means more missiles in Kaliningrad and not tanks in the Donbas. But I am not a prophet.", "pavel-zhuravin", 1, PZ, "", "", 1, ""),
]

D = "2022-01-13"
Y = "2022-01-12"
H1 = "In an interview with Sky News this morning, Armed Forces Minister James Heappey said Britain would not put its name to any legally binding pledge that gave Moscow a say over who joins NATO."
H2 = "The idea that we would sign a treaty saying Ukraine can never join the alliance is frankly for the birds,"
RC = "Rau and the US envoy to the OSCE, Michael Carpenter, both urged Russia to pull its troops back from Ukraine’s border during the morning session."
GR = "A recap from yesterday: Alexander Grushko, the deputy foreign minister who led Russia’s delegation at Wednesday’s NATO-Russia Council, told reporters in Brussels that NATO should stop holding large-scale drills near Russia’s borders and end the military “exploration” of Ukraine."
FA = "Moscow wants American ships and aircraft kept out of strike range, which in practice means out of the Black Sea and much of the Baltic."
L["skynews-2022-01-13-ukraine-russia-live"] = [
 (H1, "james-heappey", 1, "James Heappey", "written-legal-guarantees", "rejects", 0, D),
 (H1, "james-heappey", 1, "James Heappey", "nato-open-door", "supports", 0, D),
 (H2, "james-heappey", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 (H2, "james-heappey", 1, "he", "written-legal-guarantees", "rejects", 1, D),
 ("What we do want to see is those troops going back to their barracks,", "james-heappey", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (RC, "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, D),
 (RC, "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "the ambassador", "", "", 1, D),
 ("He said Washington would not discuss any arrangement that denied countries the right to choose their own alliances.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and the aggressive behaviour towards Russia continues, we will be forced to take the necessary measures.", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("There is a certain dead end, or a difference of approaches,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Ryabkov also insisted that American warships and bombers must keep out of areas from which they could strike Russian territory, and said he would neither confirm nor exclude a Russian military deployment to Cuba or Venezuela.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 (GR, "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, Y),
 (GR, "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 0, Y),
 ("He dismissed Jens Stoltenberg’s offer to resume military-to-military contacts as pointless while the alliance ignored Russia’s security interests.", "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, Y),
 ("We are ready to continue the dialogue, but without preconditions and without attempts to reduce it to secondary issues,", "alexander-grushko", 1, "he", "no-preconditions", "supports", 1, Y),
 ("We are going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, Y),
 (FA, "fiona-ardagh", 1, "Fiona Ardagh", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (FA, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("Both sides now say they want talks without preconditions, which usually means each of them has a precondition it would rather not name,", "fiona-ardagh", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("If NATO decides it needs intermediate-range missiles in Europe to deter Russia, that will be our decision and not Moscow’s,", "artis-pabriks", 1, "Artis Pabriks", "no-intermediate-range-missiles", "rejects", 1, D),
 ("A senior EU official told reporters in Brussels this afternoon that the bloc would not accept any deal that limited the sovereign right of European states to choose their alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, D),
 ("Europe cannot be a spectator while its own security architecture is being discussed.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("The Russian Embassy in the UK said on Twitter this afternoon that British arms deliveries to Ukraine were “extremely dangerous” and that NATO must stop the military development of Ukrainian territory.", "russia", 0, "The Russian Embassy in the UK", "no-military-activity-ex-soviet", "supports", 0, D),
]

D = "2022-01-27"
K2 = "The door of NATO remains open, and nobody will decide for Ukraine, with whom it to be in alliance"
K3 = "Also by the minister it was underlined, that Ukraine will not accept any restrictions of its defence cooperation with the partners, including the deliveries of weapons and the presence of the instructors, which Moscow demands to stop."
K4 = "Talks under the barrel of the gun are not talks. First Russia must take away its troops from our borders, and then it is possible to speak"
LV = "The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and of the deployment of the strike weapons which can threaten the territory of the Russian Federation"
DZ = "Moscow wants the written guarantee that NATO will never come to Ukraine, and it has again received the refusal"
L["interfaxua-2022-01-27-kuleba-us-answers"] = [
 ("there are no objections from the Ukrainian side to it", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 (K2, "dmytro-kuleba", 1, "the head of the Ukrainian diplomacy", "nato-open-door", "supports", 1, D),
 (K2, "dmytro-kuleba", 1, "the head of the Ukrainian diplomacy", "no-ukraine-membership", "rejects", 1, D),
 (K3, "dmytro-kuleba", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 0, D),
 (K3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (K4, "dmytro-kuleba", 1, "Kuleba", "no-preconditions", "rejects", 1, D),
 (K4, "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 ("Ukraine is not the subject of trade, and the Bucharest decisions of 2008 nobody will cancel behind our back", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("According to the Minister of Defence Oleksii Reznikov, Ukraine itself will determine which weapons to deploy on its territory, and it will not agree to any „demilitarised zones“ along the border with Russia.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-strike-weapons-near-borders", "rejects", 0, ""),
 ("the basis for the beginning of the serious conversation on the secondary questions", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("it is not necessary to hurry with the conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("According to Peskov, in the Kremlin have paid attention that the American document again refers to the principle of the „open doors“ of NATO, and the analysis will take time.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "mentions", 0, D),
 ("He also named the Western calls to withdraw the troops from the Ukrainian border „the interference into the internal affairs“, because the troops are on the Russian territory.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 (DZ, "oleksandr-dzyuba", 1, "Oleksandr Dzyuba", "written-legal-guarantees", "mentions", 1, ""),
 (DZ, "oleksandr-dzyuba", 1, "Oleksandr Dzyuba", "no-ukraine-membership", "mentions", 1, ""),
 (DZ, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 (DZ, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 ("Nobody in Washington even discussed the cancellation of the Bucharest decisions, this point simply was not in the answer", "oleksandr-dzyuba", 1, "the expert", "rescind-bucharest-2008", "mentions", 1, ""),
 ("will not compromise on the fundamental principles", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-155", "gold-155")
