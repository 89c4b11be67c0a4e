#!/usr/bin/env python3
"""Writes the forty-seventh held-out gold (gold-47/*.nq) from the labels below.

Batch 47 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, in forms the earlier batches used little:

- carnegie-2021-12-24-guarantees-now: Carnegie Moscow Center commentary (op-ed,
  front matter, curly quotes): Putin's press conference with a quotation split
  by "Putin said", Ryabkov, Lavrov, Peskov, an undated "Moscow wants" in the
  author's prose, quoted draft articles and 1990/1997 history (not labelled),
  a demand-less partial quotation by Price, two invented analysts.
- bns-2021-12-20-landsbergis-1997-lines: Lithuanian BNS wire, no front matter,
  dateline, straight quotes: Landsbergis and Rinkevics in one sentence,
  "despite Moscow's demand" and a passive "was dismissed by the defence
  minister" (each also a Russia label, undated), Nauseda, an invented
  political scientist, Baker 1990 (not labelled).
- politico-2022-01-12-nato-russia-council-live: Politico Europe live blog with
  timestamps, a photo caption and a READ MORE link line: Sherman, Stoltenberg,
  Grushko (split quotation), Fomin, Borrell, an invented former ambassador.
- aca-2022-01-21-podcast-after-geneva: Arms Control Association podcast
  transcript, UTF-8 BOM and CRLF, speaker labels; the host gets no label, each
  paragraph of a guest's answer is one quotation (two invented guests).
- hansard-2022-01-27-russia-security-proposals: House of Commons statement in
  Hansard style (front matter, time stamps, "Mr Speaker" chairing, unlabelled):
  the minister's paragraphs and MPs' contributions (invented MPs), questions
  included, one quotation per paragraph.
- up-2022-01-27-kuleba-us-answer: Ukrainska Pravda, machine-translated English,
  no front matter, « » quotes with the attribution after a dash ("– underlined
  Kuleba"), "Recall, ..." background paragraphs (the 17 December drafts are
  labelled, Bucharest 2008 is not).
- czechradio-2022-01-14-lipavsky-interview: Czech Radio interview (front matter,
  „ “ quotes): intro with Rau and Lukashevich at the OSCE on Thursday, then
  unmarked questions and answers opened by a dash.

Conventions (the same as in the earlier batches):
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
  demand, or about demands left unspecified ("the main questions", "the
  secondary questions"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demand that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day. Live-blog entries are dated the blog's day;
  the podcast is dated by its one date.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

CAR_PESKOV = "And on Tuesday, Kremlin spokesman Dmitry Peskov said that Moscow did not intend to let the question of Kyiv’s membership “hang in the air” and expected a firm, written “no” from Washington."
CAR_ZHEL = "Ukraine’s membership is the one item the Kremlin will not trade away, and the open door is the one principle Washington will not give up. Everything else is detail,"
L["carnegie-2021-12-24-guarantees-now"] = [
 ("Further movement of NATO to the east is unacceptable to us,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("We need the alliance to stop where it is, and we need to hear that from it now, not in ten years.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("Are we putting our strike systems next to the American border? No. It is the United States that has come to our doorstep with its weapons,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("You must give us guarantees, and you must give them immediately, now — legal guarantees, on paper, not promises that will be forgotten.", "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Moscow wants these guarantees to take the form of treaties ratified by parliaments, rather than the political declarations of the 1990s.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We are ready to sit down with the Americans as early as the first weeks of January, without any preconditions attached,", "sergei-ryabkov", 1, "the deputy minister", "no-preconditions", "supports", 1, "2021-12-22"),
 ("Ryabkov went further in an interview with the journal International Affairs, saying that the 2008 Bucharest formula, under which Ukraine and Georgia “will become members of NATO”, had to be formally disavowed by the alliance.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 ("Foreign Minister Sergei Lavrov has insisted, for his part, that NATO pull its forces and infrastructure back to where they stood in 1997, before the first wave of eastward enlargement.", "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 0, ""),
 (CAR_PESKOV, "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, "2021-12-21"),
 (CAR_PESKOV, "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2021-12-21"),
 ("some things in those documents that the Russians know will be unacceptable,", "ned-price", 1, "Ned Price", "", "", 1, "2021-12-20"),
 (CAR_ZHEL, "darya-zheleznova", 1, "Darya Zheleznova", "no-ukraine-membership", "mentions", 1, ""),
 (CAR_ZHEL, "darya-zheleznova", 1, "Darya Zheleznova", "nato-open-door", "mentions", 1, ""),
 ("She pointed out that the missile clause was the one place where the two sides’ interests overlapped, since Washington had floated similar ideas about intermediate-range missiles after the INF Treaty collapsed in 2019.", "darya-zheleznova", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Bucharest cannot be undone by a signature on somebody else’s draft. Asking NATO to disown it is asking the alliance to disown itself,", "ruth-ellingsen", 1, "Ruth Ellingsen", "rescind-bucharest-2008", "rejects", 1, ""),
]

BNS_LEAD = "Lithuanian Foreign Minister Gabrielius Landsbergis on Monday rejected Russia's demand that NATO withdraw its forces from the countries that joined the alliance after 1997, saying the allied battlegroup in Rukla \"is here to stay\"."
BNS_BOTH = "Landsbergis and his Latvian counterpart Edgars Rinkēvičs, who spoke by phone on Monday morning, both said NATO's door must remain open to any European democracy that meets its criteria, including Ukraine and Georgia."
BNS_TRAIN = "Vilnius will keep training Ukrainian soldiers despite Moscow's demand that NATO countries end all military activity in Ukraine and other former Soviet states, the minister added."
BNS_AIR = "Moscow's proposal that allied warplanes and warships keep out of areas from which they could strike Russian territory was dismissed by the defence minister as \"a non-starter\", and the NATO air policing mission over the Baltic states, he said, would continue \"exactly as before\"."
BNS_MIL = "Asked whether NATO should reopen military-to-military contacts with Moscow, as Russia has proposed, Anušauskas said that would be \"premature\" at this stage."
L["bns-2021-12-20-landsbergis-1997-lines"] = [
 (BNS_LEAD, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2021-12-20"),
 (BNS_LEAD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Pulling allied troops back to where they were in 1997 would turn us into a grey zone again. This is unacceptable for Lithuania and, I am sure, for every ally,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, "2021-12-20"),
 (BNS_BOTH, "gabrielius-landsbergis", 1, "Landsbergis", "nato-open-door", "supports", 0, "2021-12-20"),
 (BNS_BOTH, "gabrielius-landsbergis", 1, "Landsbergis", "no-ukraine-membership", "rejects", 0, "2021-12-20"),
 (BNS_BOTH, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "nato-open-door", "supports", 0, "2021-12-20"),
 (BNS_BOTH, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "no-ukraine-membership", "rejects", 0, "2021-12-20"),
 (BNS_TRAIN, "gabrielius-landsbergis", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-20"),
 (BNS_TRAIN, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (BNS_AIR, "arvydas-anusauskas", 1, "the defence minister", "no-warships-aircraft-in-strike-range", "rejects", 0, "2021-12-20"),
 (BNS_AIR, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We are not going to cancel a single exercise because somebody drew a line on a map. Our drills are planned years ahead, and they are defensive,", "arvydas-anusauskas", 1, "the minister", "limit-military-exercises", "rejects", 1, "2021-12-20"),
 ("We will decide together with our allies what is deployed in Lithuania, including long-range systems. No third country has a say in that,", "arvydas-anusauskas", 1, "Anušauskas", "no-strike-weapons-near-borders", "rejects", 1, "2021-12-20"),
 (BNS_MIL, "arvydas-anusauskas", 1, "Anušauskas", "resume-military-dialogue", "rejects", 0, "2021-12-20"),
 (BNS_MIL, "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 ("President Gitanas Nausėda, speaking to LRT radio on Sunday, said the alliance could not promise \"anybody\" that it would stop enlarging.", "gitanas-nauseda", 1, "Gitanas Nausėda", "nato-non-expansion", "rejects", 0, "2021-12-19"),
 ("Security in Europe cannot be built on spheres of influence, and Lithuania will never accept that logic,", "gitanas-nauseda", 1, "he", "", "", 1, "2021-12-19"),
 ("The Kremlin knows perfectly well that no NATO government can sign a text that freezes enlargement forever. It needs the refusal more than it needs the treaty,", "linas-vaicekauskas", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("The worst outcome for us is a conversation about Europe in which Lithuania is only a subject, not a participant,", "linas-vaicekauskas", 1, "he", "", "", 1, ""),
]

POL_STOLT_UA = "It is for Ukraine and the 30 allies to decide when Ukraine is ready to join. Russia does not have a veto,"
POL_STOLT_OFFER = "Stoltenberg said allies were ready to discuss arms control, including limits on intermediate-range missiles, as well as greater transparency around military exercises."
POL_FOMIN = "Fomin told reporters that NATO warships and strike aircraft had to be kept out of areas from which they could hit Russian territory, and proposed curbing exercises near the borders and restoring regular contacts between the two militaries."
POL_NONSTARTER = "She described Moscow’s demand that NATO never admit Ukraine as “a non-starter.”"
L["politico-2022-01-12-nato-russia-council-live"] = [
 ("We are here to listen, but we will not slam the door on any country that wants to join this alliance,", "wendy-sherman", 1, "the U.S. deputy secretary of state", "nato-open-door", "supports", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Allies made clear that we will not compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 (POL_STOLT_UA, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 (POL_STOLT_UA, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("He also rejected the idea that allies should pull troops and infrastructure out of the members that joined after 1997, saying NATO would not create “first- and second-class members.”", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (POL_STOLT_OFFER, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (POL_STOLT_OFFER, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("We call on Russia to de-escalate and to withdraw its forces from the borders of Ukraine,", "jens-stoltenberg", 1, "the secretary general", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The open-door policy is not a sacred cow. It is an instrument of expansion, and we will not recognise it,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("NATO’s military activity on the territory of Ukraine, Georgia and other countries on our borders must stop,", "alexander-grushko", 1, "the deputy foreign minister", "no-military-activity-ex-soviet", "supports", 1, "2022-01-12"),
 ("This is not a wish list. These are our red lines.", "alexander-grushko", 1, "the deputy foreign minister", "no-military-activity-ex-soviet", "supports", 1, "2022-01-12"),
 ("We move our troops on our own territory, and we owe nobody an explanation for that,", "alexander-grushko", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-12"),
 (POL_FOMIN, "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 (POL_FOMIN, "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (POL_FOMIN, "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("We propose that both sides undertake not to deploy ground-based intermediate-range and shorter-range missiles wherever they could reach each other’s territory,", "alexander-fomin", 1, "Fomin", "no-intermediate-range-missiles", "supports", 1, "2022-01-12"),
 ("Sherman, speaking to reporters after a call with the Ukrainian foreign minister, said the question of NATO’s military cooperation with Ukraine, Georgia and other former Soviet states had come up “again and again” in the Russian presentations.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-12"),
 (POL_NONSTARTER, "wendy-sherman", 1, "She", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 (POL_NONSTARTER, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("European security is being discussed, and the EU cannot be a spectator while others decide about it,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-12"),
 ("What the allies are offering, reopening the military hotlines and talking about risk reduction, is real, but it is not what Moscow came here for,", "pieter-jan-wouters", 1, "Pieter-Jan Wouters", "resume-military-dialogue", "mentions", 1, "2022-01-12"),
]

ACA_SOK1 = "From Moscow's point of view, the missiles are a second-order issue. What the Russian delegation went to Geneva for was a guarantee that NATO will not enlarge, written down and ratified, and on that it came back with nothing."
ACA_SOK3 = "There are the clauses on strike weapons near the borders and on warships and bombers staying out of strike range. In Geneva they barely came up, as far as I can tell, and I expect them to stay in the background."
ACA_ODE4 = "Talks without preconditions sound reasonable, but not with a hundred thousand troops sitting on Ukraine's border. De-escalation has to come first; otherwise you are negotiating at gunpoint."
L["aca-2022-01-21-podcast-after-geneva"] = [
 ("On the missile question, Geneva was more productive than I expected. Land-based intermediate-range missiles in Europe are now clearly on the negotiating table, and that is a real opening.", "marcus-odegaard", 1, "Marcus Odegaard", "no-intermediate-range-missiles", "mentions", 1, "2022-01-21"),
 ("But I would be very careful with the moratorium as it is currently drafted. A ban that leaves the 9M729 in place and only stops American deployments is a bad deal, and no administration should sign it.", "marcus-odegaard", 1, "Marcus Odegaard", "no-intermediate-range-missiles", "rejects", 1, "2022-01-21"),
 (ACA_SOK1, "irina-sokolskaya", 1, "Irina Sokolskaya", "nato-non-expansion", "mentions", 1, "2022-01-21"),
 (ACA_SOK1, "irina-sokolskaya", 1, "Irina Sokolskaya", "written-legal-guarantees", "mentions", 1, "2022-01-21"),
 ("Honestly, I think the demand to strip out everything NATO built after 1997 was never meant to be accepted. It is an opening position, an anchor for the bargaining.", "irina-sokolskaya", 1, "Irina Sokolskaya", "rollback-to-1997", "mentions", 1, "2022-01-21"),
 (ACA_SOK3, "irina-sokolskaya", 1, "Irina Sokolskaya", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-21"),
 (ACA_SOK3, "irina-sokolskaya", 1, "Irina Sokolskaya", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-21"),
 ("Where I see real room is on exercises. I would like to see binding limits on snap exercises close to borders, on both sides, with proper notification. That is in everyone's interest.", "marcus-odegaard", 1, "Marcus Odegaard", "limit-military-exercises", "supports", 1, "2022-01-21"),
 ("Almost all of it. Arms control works when both sides believe the other will actually comply, and right now that belief is in very short supply.", "marcus-odegaard", 1, "Marcus Odegaard", "", "", 1, "2022-01-21"),
 (ACA_ODE4, "marcus-odegaard", 1, "Marcus Odegaard", "no-preconditions", "rejects", 1, "2022-01-21"),
 (ACA_ODE4, "marcus-odegaard", 1, "Marcus Odegaard", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("Whatever the sequencing, I would push immediately for the military channel. The chiefs of general staff used to talk regularly; they should talk again, whatever happens to the treaties.", "irina-sokolskaya", 1, "Irina Sokolskaya", "resume-military-dialogue", "supports", 1, "2022-01-21"),
 ("I'm cautiously hopeful, but I've been cautiously hopeful before.", "marcus-odegaard", 1, "Marcus Odegaard", "", "", 1, "2022-01-21"),
 ("Less than I was a month ago. The next few weeks will show whether anyone in either capital actually wants a deal.", "irina-sokolskaya", 1, "Irina Sokolskaya", "", "", 1, "2022-01-21"),
]

HAN_P2 = "Those responses set out a serious diplomatic path. The United States and our NATO allies have offered to discuss reciprocal limits on intermediate-range missiles in Europe and greater transparency about military exercises."
HAN_P3 = "But let me be clear about what was not on offer. We will not accept any restriction on the right of sovereign states to choose their own alliances, and there will be no bargaining away of Ukraine's hopes of NATO membership over the heads of the Ukrainian people."
HAN_POLLARD = "Has Moscow been told that these talks can go on without preconditions, or does de-escalation have to come first?"
D = "2022-01-27"
L["hansard-2022-01-27-russia-security-proposals"] = [
 ("With permission, Mr Speaker, I shall make a statement on the written responses that the United States and NATO delivered to the Russian Federation yesterday.", "james-cleverly", 1, "James Cleverly", "", "", 1, D),
 (HAN_P2, "james-cleverly", 1, "James Cleverly", "no-intermediate-range-missiles", "mentions", 1, D),
 (HAN_P2, "james-cleverly", 1, "James Cleverly", "limit-military-exercises", "mentions", 1, D),
 (HAN_P3, "james-cleverly", 1, "James Cleverly", "nato-open-door", "supports", 1, D),
 (HAN_P3, "james-cleverly", 1, "James Cleverly", "no-ukraine-membership", "rejects", 1, D),
 ("Nor will NATO pull its forces back from the territory of allies who joined after 1997. The British soldiers in Estonia are there at the invitation of a sovereign ally, and they are staying.", "james-cleverly", 1, "James Cleverly", "rollback-to-1997", "rejects", 1, D),
 ("The path to a settlement is simple: Russia must de-escalate and pull its troops back from Ukraine's borders. Any further incursion would carry massive consequences and a severe cost.", "james-cleverly", 1, "James Cleverly", "russia-de-escalation", "supports", 1, D),
 ("I thank the Minister for advance sight of his statement, and the Opposition stands with the Government in support of Ukraine's sovereignty and territorial integrity.", "nia-pritchard", 1, "Nia Pritchard", "", "", 1, D),
 ("Can the Minister tell the House whether the written responses say anything at all about the 2008 Bucharest commitment, and whether any ally has been tempted to water it down?", "nia-pritchard", 1, "Nia Pritchard", "rescind-bucharest-2008", "mentions", 1, D),
 ("The hon. Lady raises an important point. The Bucharest declaration stands, and no ally has proposed revisiting it. NATO does not rewrite its summit commitments because a neighbour demands it.", "james-cleverly", 1, "James Cleverly", "rescind-bucharest-2008", "rejects", 1, D),
 ("A legally binding treaty of the kind being proposed, ratified in 30 capitals and binding the alliance for ever, is simply a non-starter. Will my hon. Friend confirm that the Government will never put their name to such a text?", "harriet-ashworth", 1, "Harriet Ashworth", "written-legal-guarantees", "rejects", 1, D),
 ("I can confirm that. Political commitments made in good faith have served European security well, and we see no case for a new treaty that would tie allies' hands. Her Majesty's Government will not sign one.", "james-cleverly", 1, "James Cleverly", "written-legal-guarantees", "rejects", 1, D),
 ("Alongside firmness, we need channels that work. Will the Minister press our allies to restore regular military-to-military contact with Russia, so that a mistake at sea or in the air does not become a war?", "alasdair-kerr-munro", 1, "Alasdair Kerr-Munro", "resume-military-dialogue", "supports", 1, D),
 ("The hon. Gentleman is right that deconfliction matters. The offer on the table includes restoring military communication channels, and the United Kingdom will support that.", "james-cleverly", 1, "James Cleverly", "resume-military-dialogue", "supports", 1, D),
 ("Operation Orbital has trained more than 20,000 Ukrainian soldiers since 2015. That training must continue, whatever pressure we come under. Will the Minister confirm that it will?", "robert-lindqvist-hale", 1, "Robert Lindqvist-Hale", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I can. Our training mission will continue, and the defensive support we provide to Ukraine is a matter for the United Kingdom and Ukraine alone.", "james-cleverly", 1, "James Cleverly", "no-military-activity-ex-soviet", "rejects", 1, D),
 (HAN_POLLARD, "geraint-pollard", 1, "Geraint Pollard", "no-preconditions", "mentions", 1, D),
 (HAN_POLLARD, "geraint-pollard", 1, "Geraint Pollard", "russia-de-escalation", "mentions", 1, D),
 ("Our position is clear: the build-up of well over 100,000 Russian troops around Ukraine, including in Belarus, has to be reversed, and we will keep saying so in every forum.", "james-cleverly", 1, "James Cleverly", "russia-de-escalation", "supports", 1, D),
]

UP_LAVROV = "Our main concern is clear: the non-expansion of NATO and the non-deployment of the strike weapons near our borders, and on it there is no positive answer"
UP_RECALL = "Recall, on 17 December Russia published the projects of treaties with the USA and NATO, in which demanded from the alliance to refuse the further expansion and from the USA – not to create the military bases on the territory of the former USSR states, which are not members of NATO."
L["up-2022-01-27-kuleba-us-answer"] = [
 ("The door of NATO remains open, and it is important that the USA and allies have not made to Russia any concessions on this question", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Russia must withdraw its troops from our borders and stop the blackmail, only this will be the real de-escalation", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("The state secretary of the USA Antony Blinken on Wednesday at the briefing declared, that the USA in the answer defended the principle of the open doors of NATO and proposed to Russia the serious diplomatic path.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The president of Ukraine Volodymyr Zelensky in the evening address on Wednesday said, that the military cooperation of Ukraine with the partners, the trainings and the supplies of weapon, is not the subject of negotiations with the Russian Federation.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("It is obvious that on the main question, the non-expansion of NATO to the east, we did not receive the positive reaction", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (UP_LAVROV, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (UP_LAVROV, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("closes the topic of the 1997 lines definitively", "taras-melnychuk-dovhyi", 1, "Taras Melnychuk-Dovhyi", "rollback-to-1997", "mentions", 1, ""),
 ("The Americans did not agree that Ukraine will never be in NATO, and for us this is the main result", "taras-melnychuk-dovhyi", 1, "the expert", "no-ukraine-membership", "rejects", 1, ""),
 (UP_RECALL, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (UP_RECALL, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

CZ_LUK = "He also said that Moscow expected a written commitment that Ukraine would never join NATO."
CZ_A2 = "No. Enlargement is a decision for NATO and for the country that applies, for nobody else. The Czech Republic joined in 1999 because we chose to, and nobody in Moscow had a vote on it."
CZ_A2B = "What we can talk about is arms control: missiles, transparency of exercises, risk reduction. Our allies have put concrete ideas on the table, and we are ready to discuss them."
C = "2022-01-14"
L["czechradio-2022-01-14-lipavsky-interview"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 (CZ_LUK, "alexander-lukashevich", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 (CZ_LUK, "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("I do, unfortunately. We are seeing a concentration of Russian troops that has no precedent since the end of the Cold War, and the rhetoric coming out of Moscow is not making anything calmer.", "jan-lipavsky", 1, "Jan Lipavský", "", "", 1, C),
 ("The first thing Russia has to do is to pull those forces back from Ukraine's border. Without de-escalation on the ground, it is hard to imagine any agreement at all.", "jan-lipavsky", 1, "Jan Lipavský", "russia-de-escalation", "supports", 1, C),
 (CZ_A2, "jan-lipavsky", 1, "Jan Lipavský", "nato-open-door", "supports", 1, C),
 (CZ_A2, "jan-lipavsky", 1, "Jan Lipavský", "nato-non-expansion", "rejects", 1, C),
 (CZ_A2B, "jan-lipavsky", 1, "Jan Lipavský", "no-intermediate-range-missiles", "mentions", 1, C),
 (CZ_A2B, "jan-lipavsky", 1, "Jan Lipavský", "limit-military-exercises", "mentions", 1, C),
 ("As a demand to return to spheres of influence. It is completely unacceptable. The allied presence on the eastern flank is a response to Russia's behaviour, not a provocation, and it will not be rolled back.", "jan-lipavsky", 1, "Jan Lipavský", "rollback-to-1997", "rejects", 1, C),
 ("We talk to Russia through NATO, the European Union and the OSCE, and we coordinate every step with our allies. The Czech Republic is not going to make side deals.", "jan-lipavsky", 1, "Jan Lipavský", "", "", 1, C),
 ("We are looking at what we can provide, and I expect a decision soon. Military cooperation between Ukraine and its partners, including training and supplies, is not something Russia can forbid.", "jan-lipavsky", 1, "Jan Lipavský", "no-military-activity-ex-soviet", "rejects", 1, C),
 ("Absolutely not. The Bucharest declaration is not a bargaining chip, and withdrawing it would reward exactly the behaviour we want to stop.", "jan-lipavsky", 1, "Jan Lipavský", "rescind-bucharest-2008", "rejects", 1, C),
 ("Yes. The Polish chairmanship has proposed a renewed European security dialogue, and we should use every format that can lower the tension.", "jan-lipavsky", 1, "Jan Lipavský", "", "", 1, C),
]

write_gold(L, "articles-47", "gold-47")
