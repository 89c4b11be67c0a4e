#!/usr/bin/env python3
"""Writes the 76th held-out gold (gold-76/*.nq) from the labels below.

Batch 76 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.

Outlets and forms (all invented texts about the December 2021 - February 2022
"security guarantees" crisis; invented MPs and analysts alongside real
officials):
- fdfa-2022-01-10-cassis-geneva-media-conference: Swiss Federal Council / FDFA
  media conference transcript after the first day of the Geneva talks; front
  matter preceded by a UTF-8 BOM, CRLF line ends; speaker labels, journalists'
  questions, a moderator, continuation paragraphs without a label.
- lsm-2022-01-20-saeima-security-guarantees-debate: LSM English-service report
  on a Saeima debate; no front matter, date in the text; curly quotes,
  crossheads, a quotation split by "Pabriks said", a passive construction
  ("was dismissed by Pabriks"), Baker 1990 / Founding Act background.
- bta-2022-01-26-parliament-committees-rollback-hearing: BTA wire copy on a
  joint hearing of two Bulgarian parliamentary committees; straight quotes,
  dateline, two speakers in one sentence, a senior EU official, an embassy,
  a speaker named by role ("the defence minister"), a quotation fragment of
  seven words inside reported speech.
- charter97-2022-02-11-lukashenka-guarantees-paper: Belarusian opposition
  outlet in machine-translated English; no front matter; « » and „ “ quotes
  with the attribution after a dash; speaker named "the dictator", "the
  politician", "the expert"; "Read also" link lines; 1994/1997 background.
- rada-2022-01-27-foreign-committee-hearing: Verkhovna Rada committee
  transcript; header instead of front matter; surname speaker labels, a chair
  who only gives the floor, an editor's note quoting the Bucharest declaration.
- bundestag-2022-01-19-baerbock-question-time: Bundestag government question
  time, stenographic record in translation; front matter; presiding
  vice-president, MPs' questions, interjections and applause in parentheses,
  an editor's note with Lavrov's words of the day before.
- orf-2022-01-14-schallenberg-oe1-interview: ORF Ö1 radio interview, Q&A with
  "Ö1:" questions and dash-led answers; front matter; an intro with „ “ quotes
  and reported statements about unspecified proposals (not labelled).

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
  journalists' questions and the moderator (here also the chair of a
  committee and the presiding vice-president, and MPs who only ask questions)
  get no label; the interviewee's name is the one the intro/speaker label
  gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("security guarantees" in
  general, "Moscow's proposals"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the Budapest memorandum), words quoted from documents, headlines,
  crossheads, standfirsts, photo captions and link lines are not labelled;
  statements by unnamed groups with no identifiable actor ("Russian officials
  often recall", "several coalition deputies", "government sources") are left
  out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("Moscow's demand to pull allied troops out ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (diacritics folded;
  Lukashenka -> alexander-lukashenko); a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
CASSIS_WELCOME = "Good evening. Yesterday evening I had the opportunity to meet both delegations, separately, before the start of today's talks. Switzerland is honoured that the United States and Russia have once again chosen Geneva for a conversation of this importance."
CASSIS_POSITIONS = "Both delegations explained their positions to me very frankly. I heard on one side the wish for legally binding guarantees that NATO will not enlarge any further, and on the other side the explanation that the open door of the alliance is not up for negotiation. It is not the role of Switzerland to judge these positions; our role is to make the dialogue possible."
CASSIS_NEUTRAL = "I hear this comparison often. Swiss neutrality is not a model for export, and above all it is not something that can be imposed from outside. It was our own choice, made over centuries. Whether Ukraine joins an alliance, and which one, is for Ukraine to decide."
CASSIS_MISSILES = "I was not in the room, and it would not be appropriate for me to report on the content of the talks. What I understand is that the question of intermediate-range missiles in Europe was discussed and that both sides see room for further work. That would be encouraging."
CASSIS_PRECOND = "It is not for Switzerland to say who is right. One side speaks of dialogue without any preconditions, the other of de-escalation on the ground before anything else, meaning the troops near Ukraine. Our task is to keep the table available for both."
CASSIS_BUCHAREST = "The Bucharest declaration is a matter for NATO and its member states. Switzerland belongs to no alliance and has no view to offer on whether it should stand or be withdrawn."
LEU_MIL = "We have told both sides that Switzerland can host further rounds, including expert meetings on risk reduction. We believe that regular contacts between the militaries of Russia and of the NATO countries are essential; when soldiers stop talking to each other, the risk of a miscalculation grows."
LEU_SUBST = "At the same time we will not take a position on the substance, whether on the deployment of strike weapons near borders or on the other questions on the table. We offer a platform, nothing more and nothing less."
CASSIS_END = "I will be in contact with both of them in the coming days. Switzerland stands ready to continue offering its good offices for as long as the parties find them useful."
L["fdfa-2022-01-10-cassis-geneva-media-conference"] = [
 (CASSIS_WELCOME, "ignazio-cassis", 1, "Ignazio Cassis", "", "", 1, D),
 (CASSIS_POSITIONS, "ignazio-cassis", 1, "Ignazio Cassis", "written-legal-guarantees", "mentions", 1, D),
 (CASSIS_POSITIONS, "ignazio-cassis", 1, "Ignazio Cassis", "nato-non-expansion", "mentions", 1, D),
 (CASSIS_POSITIONS, "ignazio-cassis", 1, "Ignazio Cassis", "nato-open-door", "mentions", 1, D),
 (CASSIS_NEUTRAL, "ignazio-cassis", 1, "Ignazio Cassis", "nato-open-door", "supports", 1, D),
 (CASSIS_NEUTRAL, "ignazio-cassis", 1, "Ignazio Cassis", "no-ukraine-membership", "rejects", 1, D),
 (CASSIS_MISSILES, "ignazio-cassis", 1, "Ignazio Cassis", "no-intermediate-range-missiles", "mentions", 1, D),
 (CASSIS_PRECOND, "ignazio-cassis", 1, "Ignazio Cassis", "no-preconditions", "mentions", 1, D),
 (CASSIS_PRECOND, "ignazio-cassis", 1, "Ignazio Cassis", "russia-de-escalation", "mentions", 1, D),
 (CASSIS_BUCHAREST, "ignazio-cassis", 1, "Ignazio Cassis", "rescind-bucharest-2008", "mentions", 1, D),
 (LEU_MIL, "livia-leu", 1, "Livia Leu", "resume-military-dialogue", "supports", 1, D),
 (LEU_SUBST, "livia-leu", 1, "Livia Leu", "no-strike-weapons-near-borders", "mentions", 1, D),
 (CASSIS_END, "ignazio-cassis", 1, "Ignazio Cassis", "", "", 1, D),
]

D = "2022-01-20"
RINK_DOOR = "Latvia will never accept a world in which a sovereign country has to ask the Kremlin whether it may join NATO. That choice belongs to Ukraine, to Georgia, to Finland or Sweden if they ever wish it, and to nobody else,"
RINK_1997 = "The foreign minister told deputies that Moscow’s demand to pull allied troops out of the countries that joined the alliance after 1997 was “a non-starter” and that the Canadian-led NATO battlegroup at Ādaži would stay."
PAB_MORE = "If anything, we need more allied soldiers here, not fewer. Every exercise we hold is defensive, and we will not ask anybody in Moscow for permission to train on our own soil,"
PAB_SHIPS = "Moscow’s proposal to keep NATO warships and aircraft out of areas from which they could strike Russian territory was dismissed by Pabriks as “absurd” for a country whose entire coastline faces the Baltic Sea."
RUD_Q = "Russia has concerns, and some of them are legitimate. A written promise that NATO will not expand any further would cost Latvia nothing and could save a great deal,"
RUD_MIL = "Ruduks also urged the government to back a resumption of regular contacts between NATO and Russian military commanders and a reduction of allied exercises near Russia’s border."
VIT = "Inese Vītola of the National Alliance said there could be no return to routine military contacts with Moscow while more than 100,000 Russian soldiers stood at Ukraine’s border, and that Russia had to pull them back first."
L["lsm-2022-01-20-saeima-security-guarantees-debate"] = [
 ("This is the most dangerous moment for European security since the end of the Cold War,", "edgars-rinkevics", 1, "Rinkēvičs", "", "", 1, D),
 (RINK_DOOR, "edgars-rinkevics", 1, "the minister", "nato-open-door", "supports", 1, D),
 (RINK_DOOR, "edgars-rinkevics", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 (RINK_1997, "edgars-rinkevics", 1, "The foreign minister", "rollback-to-1997", "rejects", 0, D),
 (RINK_1997, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (PAB_MORE, "artis-pabriks", 1, "he", "limit-military-exercises", "rejects", 1, D),
 (PAB_MORE, "artis-pabriks", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("We will not accept limits on what our allies may deploy on Latvian territory,", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("because such limits would apply only to us and never to the Iskanders in Kaliningrad.", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 1, D),
 (PAB_SHIPS, "artis-pabriks", 1, "Pabriks", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 (PAB_SHIPS, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 (RUD_Q, "aleksandrs-ruduks", 1, "Aleksandrs Ruduks", "written-legal-guarantees", "supports", 1, D),
 (RUD_Q, "aleksandrs-ruduks", 1, "Aleksandrs Ruduks", "nato-non-expansion", "supports", 1, D),
 (RUD_MIL, "aleksandrs-ruduks", 1, "Ruduks", "resume-military-dialogue", "supports", 0, D),
 (RUD_MIL, "aleksandrs-ruduks", 1, "Ruduks", "limit-military-exercises", "supports", 0, D),
 (VIT, "inese-vitola", 1, "Inese Vītola", "resume-military-dialogue", "rejects", 0, D),
 (VIT, "inese-vitola", 1, "Inese Vītola", "russia-de-escalation", "supports", 0, D),
 ("Those who want to chat with generals who are preparing a war should take a look at the map,", "inese-vitola", 1, "she", "resume-military-dialogue", "rejects", 1, D),
]

D = "2022-01-26"
GEN = "The statement of the Russian Ministry of Foreign Affairs is unacceptable to us. Bulgaria is a sovereign member of NATO, and where allied forces are stationed on our territory is decided in Sofia and in the Alliance, not by a third country,"
DREN_SHIPS = "Nobody should place weapons on Bulgarian soil that can reach Russian cities in a few minutes. And the American destroyers should stop sailing along the coast of Crimea. If Russian warships sailed off Virginia, Washington would call it a provocation,"
KOL = "We did not join NATO in order to ask anybody's permission for our defence. Every country in Europe chooses its alliances, and so does Ukraine,"
PET = "Prime Minister Kiril Petkov and President Rumen Radev, who have differed publicly over whether Bulgaria should host a NATO battlegroup, both said on Monday that only Bulgaria would decide which allied forces are stationed on its soil."
L["bta-2022-01-26-parliament-committees-rollback-hearing"] = [
 ("The hearing was requested after the Russian Foreign Ministry said on January 21 that its demand for the withdrawal of foreign forces, equipment and weapons from countries that were not NATO members in 1997 applied to Bulgaria and Romania.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 (GEN, "teodora-genchovska", 1, "Genchovska", "rollback-to-1997", "rejects", 1, D),
 ("on the basis of respect and international law", "teodora-genchovska", 1, "She", "", "", 1, D),
 ("I want to be very careful in my words. We must avoid any provocation, and we must not let emotions decide questions of national security,", "stefan-yanev", 1, "the defence minister", "", "", 1, D),
 ("No. The exercises planned for this year will take place. We notify our neighbours under the Vienna Document, and I see no reason to reduce them.", "stefan-yanev", 1, "Yanev", "limit-military-exercises", "rejects", 1, D),
 ("No foreign battalions in Bulgaria, no American bases on our Black Sea coast, a return to the situation before this country joined NATO - that is what would make Bulgaria safe,", "nikolay-drenski", 1, "he", "rollback-to-1997", "supports", 1, D),
 (DREN_SHIPS, "nikolay-drenski", 1, "Drenski", "no-strike-weapons-near-borders", "supports", 1, D),
 (DREN_SHIPS, "nikolay-drenski", 1, "Drenski", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (KOL, "elitsa-koleva", 1, "she", "nato-open-door", "supports", 1, D),
 (KOL, "elitsa-koleva", 1, "she", "no-ukraine-membership", "rejects", 1, D),
 ("A moratorium on missiles that covers Bulgaria and Romania but not Kaliningrad is a trap, and this parliament should say so clearly,", "elitsa-koleva", 1, "Koleva", "no-intermediate-range-missiles", "rejects", 1, D),
 (PET, "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, "2022-01-24"),
 (PET, "rumen-radev", 1, "Rumen Radev", "rollback-to-1997", "rejects", 0, "2022-01-24"),
 ("On Tuesday, a senior EU official in Brussels told reporters that no member state would accept \"two classes of membership\" in NATO, under which allied forces could be stationed in the west of the alliance but not in its east.", "european-union", 0, "a senior EU official", "rollback-to-1997", "rejects", 0, "2022-01-25"),
 ("The Russian embassy in Sofia said in a statement on Saturday that the presence of NATO forces in Bulgaria and Romania \"creates threats to Russia's security\" and that Moscow expected them to be withdrawn.", "russia", 0, "The Russian embassy in Sofia", "rollback-to-1997", "supports", 0, "2022-01-22"),
 ("The statement of January 21 named Bulgaria and Romania for the first time. For Sofia, the withdrawal to 1997 is no longer an abstract idea from a draft treaty but a question about our own airfields,", "boyan-tsvetkov", 1, "Boyan Tsvetkov", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-02-10"
LUK_PAPER = "NATO must give the guarantees on the paper, signed, that it will not move even one centimetre further to the east. The words of the Americans we already heard in the nineties"
LUK_EX = "According to the dictator, the exercises „Union Resolve-2022“, which go on the territory of Belarus from 10 February, are conducted on the territory of the union state and nobody has the right to dictate to Minsk and Moscow how many soldiers to hold on their own land."
LUK_UA = "Ukraine in NATO – this is the war. This we will not allow, and the decision of Bucharest about Ukraine and Georgia must be cancelled, otherwise it is the mine under Europe"
KAS = "The political scientist Uladzimir Kasciuk considers, that Moscow demands from the West the refusal to accept Ukraine into NATO and any military cooperation with Ukraine, Georgia and Moldova, and Lukashenka only repeats the methodichka of the Kremlin."
L["charter97-2022-02-11-lukashenka-guarantees-paper"] = [
 (LUK_PAPER, "alexander-lukashenko", 1, "Lukashenka", "nato-non-expansion", "supports", 1, D),
 (LUK_PAPER, "alexander-lukashenko", 1, "Lukashenka", "written-legal-guarantees", "supports", 1, D),
 (LUK_EX, "alexander-lukashenko", 1, "the dictator", "limit-military-exercises", "rejects", 0, D),
 (LUK_EX, "alexander-lukashenko", 1, "the dictator", "russia-de-escalation", "rejects", 0, D),
 ("They talk about the open door and the freedom to choose the alliances, but this freedom ends there, where begins the security of the other country", "alexander-lukashenko", 1, "he", "nato-open-door", "rejects", 1, D),
 (LUK_UA, "alexander-lukashenko", 1, "Lukashenka", "no-ukraine-membership", "supports", 1, D),
 (LUK_UA, "alexander-lukashenko", 1, "Lukashenka", "rescind-bucharest-2008", "supports", 1, D),
 ("If the Americans take away their tanks from Poland and the Baltics, we also will take away ours. We do not need the war, we need that they respect us", "alexander-lukashenko", 1, "the politician", "rollback-to-1997", "supports", 1, D),
 ("Press-secretary of the Kremlin Dmitry Peskov on Thursday declared, that the movement of the Russian troops on the territory of Russia and allied Belarus is not the business of anybody and that Moscow will not discuss their withdrawal with Washington.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Lukashenka has no right to speak in the name of Belarusians about the guarantees and the alliances. The Russian troops must leave Belarus and the Ukrainian border, and Belarus must not be the platform for the attack", "sviatlana-tsikhanouskaya", 1, "Tsikhanouskaya", "russia-de-escalation", "supports", 1, "2022-02-11"),
 (KAS, "uladzimir-kasciuk", 1, "Uladzimir Kasciuk", "no-ukraine-membership", "mentions", 0, ""),
 (KAS, "uladzimir-kasciuk", 1, "Uladzimir Kasciuk", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (KAS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (KAS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Lukashenka speaks as if he is the subject of the international politics, but in reality he is only the object, the territory on which the Russian army stands", "uladzimir-kasciuk", 1, "the expert", "", "", 1, ""),
]

D = "2022-01-27"
L["rada-2022-01-27-foreign-committee-hearing"] = [
 ("Thank you, Mr Chairman. Yesterday the United States and NATO handed their written answers to the Russian side. We were consulted on every line that concerns Ukraine, and the principle \"nothing about Ukraine without Ukraine\" was fully respected.", "emine-dzhaparova", 1, "Dzhaparova", "", "", 1, D),
 ("As far as we know the content, the answers are clear: the door of the Alliance remains open, and Russia does not get a veto over it. The decisions of the Bucharest summit remain in force, and there is no question of revoking them.", "emine-dzhaparova", 1, "Dzhaparova", "nato-open-door", "supports", 1, D),
 ("As far as we know the content, the answers are clear: the door of the Alliance remains open, and Russia does not get a veto over it. The decisions of the Bucharest summit remain in force, and there is no question of revoking them.", "emine-dzhaparova", 1, "Dzhaparova", "rescind-bucharest-2008", "rejects", 1, D),
 ("We also see that the American side is ready to discuss with Russia, on a reciprocal basis, the deployment of intermediate-range missiles in Europe. This is a matter between Russia and the Allies, and we are not against it, provided that it does not touch our sovereignty.", "emine-dzhaparova", 1, "Dzhaparova", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Yesterday in Paris the political advisers of the Normandy format met for the first time in many months, and they agreed to meet again in Berlin in two weeks. This is a small step, but a real one.", "emine-dzhaparova", 1, "Dzhaparova", "", "", 1, D),
 ("Colleagues, let us be honest with ourselves. Nobody is going to accept Ukraine into NATO in the next twenty years. Why not declare neutrality and take this argument off the table? A neutral status would save lives.", "yurii-bondar", 1, "Bondar", "no-ukraine-membership", "supports", 1, D),
 ("And talks must be held without any preconditions. Whoever demands conditions before the first meeting does not want peace.", "yurii-bondar", 1, "Bondar", "no-preconditions", "supports", 1, D),
 ("Neutrality is what we had in 2014, and it did not save either Crimea or Donbas. I reject the very idea that Ukraine should renounce its course towards NATO, which is enshrined in our Constitution.", "taras-shkurat", 1, "Shkurat", "no-ukraine-membership", "rejects", 1, D),
 ("The instructors of our partners will continue to work at the Yavoriv range. Our cooperation with the armed forces of the United States, Great Britain, Canada and other partners is not the subject of any agreement between Russia and anyone else.", "hanna-maliar", 1, "Maliar", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("As for the Russian grouping near our borders: according to our intelligence, there are now more than 127,000 servicemen. We see no signs of withdrawal. The first condition of any de-escalation is that these troops return to their places of permanent deployment.", "hanna-maliar", 1, "Maliar", "russia-de-escalation", "supports", 1, D),
 ("I want to support the ministry. The idea that talks should be held without conditions while a gun is held to our head is absurd. Russia must first withdraw its troops, and only then can we talk about anything.", "oksana-hrytsenko", 1, "Hrytsenko", "no-preconditions", "rejects", 1, D),
 ("I want to support the ministry. The idea that talks should be held without conditions while a gun is held to our head is absurd. Russia must first withdraw its troops, and only then can we talk about anything.", "oksana-hrytsenko", 1, "Hrytsenko", "russia-de-escalation", "supports", 1, D),
 ("Colleagues, while we argue here about conditions, people in Donbas are dying every week.", "yurii-bondar", 1, "Bondar", "", "", 1, D),
]

D = "2022-01-19"
AB = "Annalena Baerbock"
AB_PRINC = "I made clear that there are principles which are not negotiable for us: the inviolability of borders, the renunciation of force and the right of every country to choose its own alliances. Nobody can decide for Ukraine which path it takes."
AB_TALKS = "At the same time we are ready for serious talks – on arms control, on transparency and limits for military exercises, and on reliable contacts between our militaries, so that an incident does not become a catastrophe. These are questions in which both sides have a genuine interest."
AB_TREATY = "A treaty in which NATO binds itself never again to admit a new member – no German government will sign such a thing. The Charter of Paris, which Russia also signed, guarantees every state the freedom to choose."
L["bundestag-2022-01-19-baerbock-question-time"] = [
 ("At a joint press conference with her in Moscow on Tuesday, Russian Foreign Minister Sergei Lavrov said that a halt to NATO's further expansion eastwards was „an absolute imperative“ for Russia and that Moscow expected a written reply to its drafts within days.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("Madam President! Dear colleagues! Yesterday I spoke with Foreign Minister Lavrov in Moscow for several hours. It was a frank conversation, in places a difficult one, and I am glad that we had it face to face.", "annalena-baerbock", 1, AB, "", "", 1, D),
 (AB_PRINC, "annalena-baerbock", 1, AB, "nato-open-door", "supports", 1, D),
 (AB_PRINC, "annalena-baerbock", 1, AB, "no-ukraine-membership", "rejects", 1, D),
 (AB_TALKS, "annalena-baerbock", 1, AB, "limit-military-exercises", "mentions", 1, D),
 (AB_TALKS, "annalena-baerbock", 1, AB, "resume-military-dialogue", "mentions", 1, D),
 (AB_TREATY, "annalena-baerbock", 1, AB, "nato-non-expansion", "rejects", 1, D),
 (AB_TREATY, "annalena-baerbock", 1, AB, "written-legal-guarantees", "rejects", 1, D),
 ("There are no plans to station new land-based intermediate-range missiles in Germany, and I said so in Moscow. I would welcome an agreement under which neither side stations such missiles within reach of the other – but it must be reciprocal and verifiable, because Russia has stationed such systems itself.", "annalena-baerbock", 1, AB, "no-intermediate-range-missiles", "supports", 1, D),
 ("Germany does not supply lethal weapons to Ukraine; that is our policy, and it remains so. But whether Ukraine cooperates militarily with the United States, with Britain or with anyone else is not a matter on which Russia has a say.", "annalena-baerbock", 1, AB, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The decisive thing now is de-escalation. More than 100,000 Russian soldiers are stationed at Ukraine's border without any comprehensible reason. They must be withdrawn, and any further aggression would carry a high price, economically and politically. We have agreed this with our partners in the European Union and in the G7.", "annalena-baerbock", 1, AB, "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-14"
AS = "Alexander Schallenberg"
AS_NEUTR = "Our neutrality was our own decision in 1955, taken freely. You cannot impose neutrality on a country from outside, and certainly not at gunpoint. If Ukraine one day chooses neutrality, that is for Ukraine to decide, not for Moscow and not for Washington."
AS_COMP = "Where Russia and the West have common interests: arms control, the transparency of military exercises, intermediate-range missiles, rules that keep warships and combat aircraft away from each other's coasts. In these areas the Americans have signalled that they are ready to talk, and I think rightly so."
AS_WRIT = "Written answers, yes: the Americans and NATO have promised them, and that is a sign of respect. But a written guarantee that closes NATO's door for ever, no. The alliance cannot give that, and Austria, which is not a member, will not tell it otherwise."
L["orf-2022-01-14-schallenberg-oe1-interview"] = [
 ("Diplomacy is a marathon, not a sprint,", "alexander-schallenberg", 1, "he", "", "", 1, D),
 ("It was a week of talking, and that in itself is something, after years in which Russia and NATO hardly spoke to each other at all. But I would not call it a breakthrough. The positions are very far apart.", "alexander-schallenberg", 1, AS, "", "", 1, D),
 (AS_NEUTR, "alexander-schallenberg", 1, AS, "nato-open-door", "supports", 1, D),
 (AS_NEUTR, "alexander-schallenberg", 1, AS, "no-ukraine-membership", "rejects", 1, D),
 ("That is simply not realistic. Nobody in the European Union will accept that there are first-class and second-class members of NATO. Poland and the Baltic states have exactly the same right to security as Austria or Germany.", "alexander-schallenberg", 1, AS, "rollback-to-1997", "rejects", 1, D),
 (AS_COMP, "alexander-schallenberg", 1, AS, "limit-military-exercises", "mentions", 1, D),
 (AS_COMP, "alexander-schallenberg", 1, AS, "no-intermediate-range-missiles", "mentions", 1, D),
 (AS_COMP, "alexander-schallenberg", 1, AS, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (AS_WRIT, "alexander-schallenberg", 1, AS, "written-legal-guarantees", "rejects", 1, D),
 (AS_WRIT, "alexander-schallenberg", 1, AS, "nato-non-expansion", "rejects", 1, D),
 ("The OSCE is the only place where Russia, Ukraine and the United States sit at one table together with everyone else. We must use it. And I say very clearly: the first step must be de-escalation on the ground, a withdrawal of the troops from the Ukrainian border.", "alexander-schallenberg", 1, AS, "russia-de-escalation", "supports", 1, D),
 ("Vienna has always been a place for dialogue. Our doors are open for talks without preconditions, at any level and at any time.", "alexander-schallenberg", 1, AS, "no-preconditions", "supports", 1, D),
]

write_gold(L, "articles-76", "gold-76")
