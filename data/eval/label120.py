#!/usr/bin/env python3
"""Writes the 120th held-out gold (gold-120/*.nq) from the labels below.

Batch 120 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the Geneva
  talks (front matter, dateline, straight quotes, a quotation interrupted by
  "he said", a passive attribution "was told by Sherman", a demand attributed
  in passing to Moscow inside an unnamed group's sentence, history of 1990 and
  Bucharest 2008, words quoted from the draft treaty).
- nato-2022-01-12-nrc-stoltenberg-press-conference: NATO transcript of the
  press conference after the NATO-Russia Council (no front matter, the date in
  the text, speaker labels, the spokesperson moderating, journalists'
  questions that themselves name demands, an answer about history).
- interfax-ukraine-2022-01-28-kuleba-interview: Interfax-Ukraine Q&A interview
  with Kuleba (UTF-8 BOM and CRLF line ends, answers introduced by a dash,
  answers of several paragraphs, « » in the intro).
- novayagazeta-2022-01-14-ryabkov-osce-lavrov: machine-translated news feed
  (no front matter, « » quotes followed by ", — said X", "the diplomat",
  "the minister", a document quotation, Baker 1990, a link line).
- tass-2022-01-27-peskov-press-call: abridged transcript of Peskov's daily
  call after the written answers (front matter, curly quotes, speaker labels,
  "the main issue" left unspecified).
- washingtonpost-2022-01-30-opinion-answer-to-putin: op-ed quoting invented
  experts (curly quotes and apostrophes, standfirst, "the first ... the
  second" resolved across a split quotation, the 1997 Founding Act quoted,
  unnamed "people who have seen it").
- lrt-2022-01-26-live-written-answers: LRT English live blog (no front
  matter, timestamped entries with crossheads, straight, curly and „ “
  quotes, a senior EU official, two speakers in one sentence, link lines).

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

D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it was \"absolutely mandatory\" that Ukraine never be allowed to join NATO, as nearly eight hours of talks in Geneva ended with no sign that either side was ready to give ground.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters after the meeting at the U.S. mission that Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that the alliance would not expand further east.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters after the meeting at the U.S. mission that Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that the alliance would not expand further east.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("We are not going to accept any formula that keeps NATO's door ajar for Kyiv and Tbilisi,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-ukraine-membership", "supports", 1, D),
 ("We are not going to accept any formula that keeps NATO's door ajar for Kyiv and Tbilisi,", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-open-door", "rejects", 1, D),
 ("And that has to be written down, not whispered in corridors.", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("He also repeated that U.S. warships and strategic bombers should stay out of areas from which they could strike Russian territory, a demand set out in the draft treaty Moscow published last month.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Ryabkov dismissed Western calls for Russia to pull back the roughly 100,000 troops it has massed near Ukraine, saying they were on Russian soil and that their movements were nobody's business but Moscow's.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("The conversation was difficult, long, very professional, deep and concrete,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("The Russian side was told by Sherman that the United States was prepared to discuss the future deployment of offensive missile systems in Ukraine and reciprocal limits on the size and scope of military exercises, ideas that Washington itself had raised in recent weeks.", "wendy-sherman", 1, "Sherman", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("The Russian side was told by Sherman that the United States was prepared to discuss the future deployment of offensive missile systems in Ukraine and reciprocal limits on the size and scope of military exercises, ideas that Washington itself had raised in recent weeks.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("It's very difficult to make real progress in an atmosphere of escalation. Russia can show the world it is serious about diplomacy by pulling its forces back to their barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("NATO diplomats said the alliance would not budge despite Moscow's demand that it pull forces and weapons out of the member states that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The American side has taken our proposals very seriously,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("but we need results, and we need them fast, not a process that drags on for months.", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-nrc-stoltenberg-press-conference"] = [(e,) + S + r for e, r in [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was a serious and direct exchange on a difficult issue: the situation in and around Ukraine and its implications for security in Europe.", ("", "", 1, D)),
 ("NATO Allies and Russia have significant differences, and these differences will not be easy to bridge. But it is a positive sign that all thirty Allies and Russia sat down around the same table and engaged on substantive topics.", ("", "", 1, D)),
 ("I made it clear, and Allies made it clear, that Russia must immediately de-escalate and pull back the forces it has massed in and around Ukraine. Any further aggression against Ukraine would carry severe costs.", ("russia-de-escalation", "supports", 1, D)),
 ("Russia repeated its demand that NATO stop any further enlargement. Allies will not compromise on core principles, and we will not give up the right to protect and defend all Allies.", ("nato-non-expansion", "rejects", 1, D)),
 ("At the same time, NATO is ready to engage in a dialogue on arms control and risk reduction, including more transparency and notification of military exercises. Allies are also ready to re-establish our offices in Moscow and Brussels and to restore military-to-military channels of communication, which would help us avoid incidents and accidents.", ("limit-military-exercises", "mentions", 1, D)),
 ("At the same time, NATO is ready to engage in a dialogue on arms control and risk reduction, including more transparency and notification of military exercises. Allies are also ready to re-establish our offices in Moscow and Brussels and to restore military-to-military channels of communication, which would help us avoid incidents and accidents.", ("resume-military-dialogue", "supports", 1, D)),
 ("The Russian delegation, led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin, was not in a position to agree on a programme of future meetings today. They told us they need to go back to Moscow and consult.", ("", "", 1, D)),
 ("No. The Bucharest decision stands. It is for Ukraine and for the thirty Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto, and Russia does not have a say.", ("rescind-bucharest-2008", "rejects", 1, D)),
 ("No. The Bucharest decision stands. It is for Ukraine and for the thirty Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto, and Russia does not have a say.", ("no-ukraine-membership", "rejects", 1, D)),
 ("No. The Bucharest decision stands. It is for Ukraine and for the thirty Allies to decide when Ukraine is ready to join NATO. Russia does not have a veto, and Russia does not have a say.", ("nato-open-door", "supports", 1, D)),
 ("We have heard very clearly Russia's call for written, legally binding guarantees. We will continue to consult among Allies, and we are ready to put our own proposals in writing in the coming days.", ("written-legal-guarantees", "mentions", 1, D)),
 ("NATO ships and aircraft operate in international waters and international airspace, in full accordance with international law. We will not accept limits on that. But we are ready to discuss ways to reduce risks and to prevent incidents at sea and in the air.", ("no-warships-aircraft-in-strike-range", "rejects", 1, D)),
 ("No one set preconditions today. We are ready to sit down again, without preconditions, and we have proposed a series of meetings to go through all the issues in detail.", ("no-preconditions", "supports", 1, D)),
 ("Ukraine is a highly valued partner. Allies will continue to provide political and practical support, including training and capacity building. That is a decision for Ukraine and for Allies, not for Moscow.", ("no-military-activity-ex-soviet", "rejects", 1, D)),
 ("They did. Let me just say that the decisions on enlargement since then have been taken by sovereign democracies, by consensus, after long processes of reform. Those who joined did so freely.", ("", "", 1, D)),
]]

D = "2022-01-27"
S = ("dmytro-kuleba", 1, "Dmytro Kuleba")
L["interfax-ukraine-2022-01-28-kuleba-interview"] = [(e,) + S + r for e, r in [
 ("Yes. The American side shared the text with us before it was handed over to Moscow, and there is nothing in it that we would object to. I want to thank Secretary Blinken personally for keeping his word on this.", ("", "", 1, D)),
 ("No. Our course towards membership in NATO is written in the Constitution of Ukraine, and no government in Kyiv can trade it away. Whether and when Ukraine joins is a matter for Ukraine and the thirty Allies; Russia has no say in it.", ("no-ukraine-membership", "rejects", 1, D)),
 ("No. Our course towards membership in NATO is written in the Constitution of Ukraine, and no government in Kyiv can trade it away. Whether and when Ukraine joins is a matter for Ukraine and the thirty Allies; Russia has no say in it.", ("nato-open-door", "supports", 1, D)),
 ("A legally binding promise that NATO will stop at the Russian-Ukrainian border, or a moratorium that does the same with a date attached, would be a betrayal of the principles on which European security rests. We will not accept it, and our partners have assured us that they will not sign anything of the kind.", ("nato-non-expansion", "rejects", 1, D)),
 ("A legally binding promise that NATO will stop at the Russian-Ukrainian border, or a moratorium that does the same with a date attached, would be a betrayal of the principles on which European security rests. We will not accept it, and our partners have assured us that they will not sign anything of the kind.", ("written-legal-guarantees", "rejects", 1, D)),
 ("This is where the Kremlin shows its real goal. Our defence cooperation with the United States, Britain, Canada, Poland, Lithuania and others is bilateral, it is sovereign, and it will keep growing. The Javelins and NLAWs are not a subject of negotiation with Moscow.", ("no-military-activity-ex-soviet", "rejects", 1, D)),
 ("We are always ready for diplomacy, and the Normandy format is the proof. But there can be no serious negotiation while more than 100,000 Russian troops stand at our borders. De-escalation first, and then talks about everything else.", ("russia-de-escalation", "supports", 1, D)),
 ("We are always ready for diplomacy, and the Normandy format is the proof. But there can be no serious negotiation while more than 100,000 Russian troops stand at our borders. De-escalation first, and then talks about everything else.", ("no-preconditions", "rejects", 1, D)),
 ("The Bucharest declaration is not a gift that NATO can take back because Moscow asks for it. It is a political decision of the Allies, and it remains in force.", ("rescind-bucharest-2008", "rejects", 1, D)),
 ("I judge Russia by what its army does, not by what its spokespeople say. Peskov and Zakharova say one thing in the morning and another in the evening.", ("", "", 1, D)),
 ("No. There is a very clear principle, nothing about Ukraine without Ukraine, and our partners respect it. I spoke to Secretary Blinken on Wednesday evening, and he confirmed it once again.", ("", "", 1, D)),
 ("The fact that the meeting took place and lasted eight hours is already a result. The next round will be held in Berlin in two weeks. We want the ceasefire to hold and prisoners to be exchanged, and we are ready to work for that.", ("", "", 1, D)),
 ("Keep calm and trust the Ukrainian army and Ukrainian diplomacy. Panic is a weapon too, and we will not hand it to the enemy.", ("", "", 1, D)),
]]

D = "2022-01-13"
NG1 = "The deputy minister of foreign affairs of Russia Sergey Ryabkov in the interview to the TV channel RTVI on Thursday has declared, that on the key questions — the non-expansion of NATO and the refusal of the deployment of the strike weapon systems near the Russian borders — the sides have «a dead end» or the difference of the approaches."
NG2 = "Rau has offered the OSCE as the platform for the renewed dialogue about the European security, including the questions of the military exercises, the transparency and the restoration of the contacts between the militaries."
NG3 = "According to Carpenter, Washington is ready to discuss the placement of the missiles on the mutual basis and the rules for the warships and the aircraft near the borders, despite Moscow's demand to remove the American missiles from Europe entirely."
L["novayagazeta-2022-01-14-ryabkov-osce-lavrov"] = [
 (NG1, "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, D),
 (NG1, "sergei-ryabkov", 1, "Sergey Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We need the answer in writing, legally obliging, and not the promises which are forgotten the next day", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("I would not like to confirm anything, nor to exclude anything", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We must concentrate on the peaceful settlement of the conflict in and around Ukraine, with full respect of the norms and the principles of the OSCE", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (NG2, "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, D),
 (NG2, "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, D),
 ("If we do not hear the constructive response to our proposals in the reasonable terms and the aggressive line concerning Russia will be continued, we will be forced to take the necessary measures", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("He also has stated, that Russia moves the troops on its own territory and nobody may dictate to it where to hold them.", "alexander-lukashevich", 1, "He", "russia-de-escalation", "rejects", 0, D),
 (NG3, "michael-carpenter", 1, "Carpenter", "no-intermediate-range-missiles", "mentions", 0, D),
 (NG3, "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 (NG3, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The drumbeat of the war sounds loudly, and the rhetoric became rather sharp", "michael-carpenter", 1, "he", "", "", 1, D),
 ("There are positive moments, but there are also the disagreements on the fundamental questions, and these disagreements remain", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("The policy of \"open doors\" of NATO is the ideologised postulate, which has nothing in common with the real security", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, D),
 ("We have run out of patience. The West must stop the military development of the territory of Ukraine and of the other countries of the former USSR", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
]

D = "2022-01-27"
S = ("dmitry-peskov", 1, "Dmitry Peskov")
L["tass-2022-01-27-peskov-press-call"] = [(e,) + S + r for e, r in [
 ("Yes, the texts have been received through diplomatic channels. The President has been informed, he has the documents, and he will familiarise himself with them. We are in no hurry to draw conclusions; it takes time to analyse such documents.", ("", "", 1, D)),
 ("It cannot be said that our thoughts were taken into account or that a readiness to take our concerns into account was shown. On the main issue, as Sergei Viktorovich said, the answer is negative.", ("", "", 1, D)),
 ("For us the main things are the non-expansion of NATO and the non-deployment of strike weapon systems near our borders. On these two questions there is no reason for optimism.", ("nato-non-expansion", "supports", 1, D)),
 ("For us the main things are the non-expansion of NATO and the non-deployment of strike weapon systems near our borders. On these two questions there is no reason for optimism.", ("no-strike-weapons-near-borders", "supports", 1, D)),
 ("The so-called open-door policy cannot be implemented at the expense of the security of other states. This is the principle of the indivisibility of security, which was signed by everyone in Istanbul and in Astana, and which our Western colleagues prefer not to remember.", ("nato-open-door", "rejects", 1, D)),
 ("Russia moves its troops around its own territory as it considers necessary. This poses no threat to anyone and should not worry anyone, and we are not going to take instructions on this from Washington or from Brussels.", ("russia-de-escalation", "rejects", 1, D)),
 ("We are ready to continue talking, without any preconditions and without ultimatums from anyone. But dialogue cannot be endless, and it cannot replace answers to our questions.", ("no-preconditions", "supports", 1, D)),
 ("We are also in favour of restoring normal contacts between the militaries, which were frozen not at our initiative. The President has always considered such channels useful for avoiding incidents.", ("resume-military-dialogue", "supports", 1, D)),
 ("We insist. Verbal assurances were already given once and then forgotten. What we need are guarantees on paper, legally binding, that everyone can read and that cannot be reinterpreted.", ("written-legal-guarantees", "supports", 1, D)),
 ("We do not comment on statements from Kyiv. I can only repeat that Russia has never threatened anyone and is not threatening anyone now.", ("", "", 1, D)),
 ("When the President considers it necessary, he will do so. I would not set any deadlines. Everything takes time.", ("", "", 1, D)),
]]

WP1 = "Moscow wants NATO frozen where it stands today and pushed back to where it stood in 1997,"
WP2 = "Putin wants a signature saying that Ukraine will never join, and a clause ending U.S. military cooperation with Kyiv, Tbilisi and the Central Asians. That clause gets far less attention than it deserves."
L["washingtonpost-2022-01-30-opinion-answer-to-putin"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Foreign Minister Sergei Lavrov said Thursday that the American text contained material for “a serious conversation” on secondary issues but no positive answer on the main one, the non-expansion of NATO.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (WP1, "margaret-oyelaran", 1, "Margaret Oyelaran", "nato-non-expansion", "mentions", 1, "2022-01-28"),
 (WP1, "margaret-oyelaran", 1, "Margaret Oyelaran", "rollback-to-1997", "mentions", 1, "2022-01-28"),
 ("The first is a non-starter for any American administration,", "margaret-oyelaran", 1, "she", "nato-non-expansion", "rejects", 1, "2022-01-28"),
 ("and the second would turn the Baltic states and Poland into second-class allies.", "margaret-oyelaran", 1, "she", "rollback-to-1997", "rejects", 1, "2022-01-28"),
 ("Russia’s missile proposal is a trap: it would put the Aegis Ashore base at Redzikowo on the table while the Iskanders in Kaliningrad stay exactly where they are,", "jakub-wroblewski", 1, "Jakub Wróblewski", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("I’d sign a deal on notifying snap exercises tomorrow,", "karen-whitlock", 1, "Karen Whitlock", "limit-military-exercises", "supports", 1, ""),
 ("What nobody is going to sign away is the right of American destroyers to sail the Black Sea or of our aircraft to fly over the Baltic.", "karen-whitlock", 1, "Karen Whitlock", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("The open-door policy is the heart of the dispute: Moscow calls it a threat, Washington calls it a principle,", "pavel-zaretsky", 1, "he", "nato-open-door", "mentions", 1, ""),
 (WP2, "pavel-zaretsky", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (WP2, "pavel-zaretsky", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("For Moscow, he added, the 2008 Bucharest pledge to Ukraine and Georgia is “the original sin,” and Lavrov will keep asking for it to be withdrawn.", "pavel-zaretsky", 1, "he", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Zaretsky also noted that both capitals had insisted they went into the January talks “without preconditions,” yet each treated its own core demand as settled before anyone sat down.", "pavel-zaretsky", 1, "Zaretsky", "no-preconditions", "mentions", 0, ""),
 ("Washington’s reply, he said, asks Russia to pull its forces back from Ukraine’s borders, which the Kremlin will read as “an insult, not an offer.”", "pavel-zaretsky", 1, "he", "russia-de-escalation", "mentions", 0, ""),
]

D = "2022-01-26"
LR1 = "Lithuania will decide what is deployed on its territory together with its allies, not with the Kremlin,"
LR2 = "Ukrainian President Volodymyr Zelensky and Foreign Minister Dmytro Kuleba both said on Wednesday that Ukraine would never give up its course towards NATO membership in exchange for a pause in Russian pressure."
LR4 = "Russia must pull its troops back first, and then we can sit down and talk."
L["lrt-2022-01-26-live-written-answers"] = [
 ("The document we've delivered includes the concerns of the United States and our allies and partners about Russia's actions that undermine security, and a principled and pragmatic evaluation of the concerns that Russia has raised,", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our Alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("A senior EU official said the bloc had been consulted on the American text, which offered Moscow talks on missile deployments but \"nothing on spheres of influence\".", "european-union", 0, "A senior EU official", "no-intermediate-range-missiles", "mentions", 0, D),
 (LR1, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("There can be no real negotiations with a gun held to the head of a neighbour,", "gabrielius-landsbergis", 1, "the minister", "no-preconditions", "rejects", 1, D),
 (LR4, "gabrielius-landsbergis", 1, "the minister", "russia-de-escalation", "supports", 1, D),
 (LR4, "gabrielius-landsbergis", 1, "the minister", "no-preconditions", "rejects", 1, D),
 ("Defence Minister Arvydas Anušauskas said on Wednesday that Lithuania would not accept any restrictions on allied exercises on its territory and expected the NATO battlegroup in Rukla to be reinforced in the coming weeks.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, D),
 ("Russia's demands are an attempt to return to spheres of influence. NATO's door must remain open, and no third country can have a veto over it,", "gitanas-nauseda", 1, "Gitanas Nausėda", "nato-open-door", "supports", 1, D),
 (LR2, "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, D),
 (LR2, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("If we do not get a constructive answer and the West continues its aggressive course, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Deputy Foreign Minister Alexander Grushko told the Izvestia daily on Wednesday that Russia was not interested in a \"menu\" of secondary arms control items and that NATO must withdraw the forces and weapons it has deployed since 1997 in the countries that joined later.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, D),
 ("He added that the alliance had to formally disavow the 2008 Bucharest pledge to Kyiv and Tbilisi.", "alexander-grushko", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("We see no point in restoring military contacts with NATO while the alliance treats Russia as an adversary,", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, D),
]

write_gold(L, "articles-120", "gold-120")
