#!/usr/bin/env python3
"""Writes the 174th held-out gold (gold-174/*.nq) from the labels below.

Batch 174 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers saw of the "security guarantees" crisis
(17 Dec 2021 drafts, Geneva 10 Jan, NATO-Russia Council 12 Jan, OSCE 13 Jan,
written answers 26 Jan, reactions):

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva,
  front matter, straight quotes; a quotation split by "he said", a crosshead
  ("NO PRECONDITIONS"), the narrator's summary of the drafts, the 1990
  Gorbachev promise as background, an invented analyst.
- nato-2022-01-12-nrc-stoltenberg-presser: NATO transcript of Stoltenberg's
  press conference after the NATO-Russia Council, UTF-8 BOM and CRLF line
  ends, front matter, speaker labels, a moderator and journalists' questions.
- lemonde-2022-01-13-osce-vienna-rau: Le Monde in English on the OSCE
  Permanent Council in Vienna, front matter, « » quotes, a standfirst and a
  crosshead, quoted OSCE documents (Helsinki, Istanbul), an invented French
  researcher.
- kommersant-2022-01-14-grushko-interview: Kommersant Q&A interview with
  Alexander Grushko, machine-translated, no front matter (date in the header
  "14.01.2022, 00:01"), „ “ and « » quotes, questions and answers both
  introduced by a dash.
- pentagon-2022-01-27-kirby-briefing: Pentagon transcript of John Kirby's
  briefing the day after the written answers, no front matter ("Jan. 27,
  2022"), speaker labels in capitals ("PRESS SECRETARY JOHN F. KIRBY:",
  "MR. KIRBY:"), "Q:" questions.
- rferl-2022-01-27-live-blog: RFE/RL live blog of reactions to the written
  answers, no front matter, curly quotes, timestamps, a photo caption and a
  READ MORE link line, an anonymous senior EU official, an invented analyst.
- wapo-2022-02-03-oped-putin-grievance: Washington Post op-ed quoting
  invented experts and real officials; Baker 1990, the 1997 Founding Act and
  Bucharest 2008 as background; a sentence with two speakers; curly quotes.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives (titles dropped, as written:
  "JOHN F. KIRBY", then "KIRBY");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("core concerns", "fundamental
  concerns", "the main concern", "non-starters" without a named demand), gets
  no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, the narrator's own summaries of the drafts,
  headlines, crossheads, standfirsts, photo captions, link lines and the
  op-ed author's own prose are not labelled; statements by unnamed groups
  with no identifiable actor ("Western diplomats", "officials in several
  NATO capitals") are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("Moscow's demand that ...", "Moscow had asked for ...") is also
  Russia's label (speaker russia, not a person, name as written), undated
  when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (experts quoted without a day, "last week").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
LEAD = "Russia told the United States on Monday that it needed cast-iron legal guarantees that Ukraine would never join NATO, after nearly eight hours of talks in Geneva that ended without a breakthrough on a crisis that has raised fears of a new war in Europe."
PRICE = "State Department spokesman Ned Price said on Sunday that Moscow had asked for the talks to go ahead without preconditions and that Washington would listen to Russia's concerns, but would take no decisions on European security without its allies."
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 (LEAD, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, D),
 (LEAD, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need legally binding guarantees, not verbal assurances,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("and NATO has to stop moving towards our borders, full stop.", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("We came to Geneva without preconditions, and we expect the same from the American side,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was open to discussing the future deployment of intermediate-range missiles in Europe, provided Moscow was ready to make reciprocal commitments.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("It is very hard to see how you can have constructive, productive diplomacy in an atmosphere of escalation, with some 100,000 Russian troops on Ukraine's border,", "wendy-sherman", 1, "the deputy secretary", "russia-de-escalation", "supports", 1, D),
 (PRICE, "ned-price", 1, "Ned Price", "no-preconditions", "mentions", 0, "2022-01-09"),
 (PRICE, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Moscow got a channel to Washington and Washington got time, and neither had to give up anything it really cares about,", "olga-sedykh", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
S = "jens-stoltenberg"
N = "Jens Stoltenberg"
P2 = "There are significant differences between NATO Allies and Russia on these issues. Allies reaffirmed that each nation has the right to choose its own path, and that it is only for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to join the Alliance. Russia does not have a veto."
P4 = "At the same time, Allies are ready to sit down and discuss arms control, risk reduction and more transparency and notification of military exercises. We also proposed to re-establish our respective offices in Moscow and in Brussels, and to make full use of military lines of communication between NATO and Russia. The Russian side did not agree today, but they did not reject it either."
P6 = "We will convey our positions to Russia in writing, yes. But Allies will not sign any legally binding document that gives Russia a say over NATO's decisions on enlargement."
P7 = "We are not setting any preconditions for dialogue. Talking to each other is not a concession. But the best way to create space for diplomacy is for Russia to de-escalate and pull its forces back from Ukraine's borders."
L["nato-2022-01-12-nrc-stoltenberg-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council, the first in more than two years. It was not an easy discussion, but that is exactly why it was so important to have it. Allies and Russia sat around the same table for almost four hours and spoke very frankly.", S, 1, N, "", "", 1, D),
 (P2, S, 1, N, "nato-open-door", "supports", 1, D),
 (P2, S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("We will also not revise the decisions taken at the Bucharest Summit in 2008. Those decisions still stand, and they are for NATO Allies alone to take.", S, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 (P4, S, 1, N, "limit-military-exercises", "mentions", 1, D),
 (P4, S, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("That is not going to happen. NATO will not withdraw its forces from Allies that joined after 1997. That would create first-class and second-class members of the Alliance, and that we will not accept.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 (P6, S, 1, N, "written-legal-guarantees", "rejects", 1, D),
 (P6, S, 1, N, "nato-open-door", "supports", 1, D),
 (P7, S, 1, N, "no-preconditions", "supports", 1, D),
 (P7, S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("Russia did not commit to a new meeting today. Deputy Minister Grushko said they needed time to reflect on what they had heard, and I understand that. Our door for dialogue remains open, and I have proposed a series of meetings to address all the issues on the table.", S, 1, N, "", "", 1, D),
 ("Yes, the situation in and around Ukraine was at the centre of the discussion, and Georgia was raised as well. My message to both is that NATO stands with them, that we fully respect their sovereignty and territorial integrity, and that they are valued partners of this Alliance.", S, 1, N, "", "", 1, D),
]

D = "2022-01-13"
RAU = "Mr Rau, whose country hosts an American armoured brigade and a NATO battlegroup, said Moscow's demand that the Atlantic alliance withdraw its forces to the positions of 1997 was « unacceptable » for Poland and for the whole of the eastern flank."
LUK = "We need legally binding guarantees that NATO will not deploy strike weapons next to our borders, and we need them quickly,"
VAU = "What is being asked of the West, in effect, is a return of NATO to its 1997 borders, plus a veto on Ukraine,"
L["lemonde-2022-01-13-osce-vienna-rau"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years,", "zbigniew-rau", 1, "he", "", "", 1, D),
 (RAU, "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, D),
 (RAU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (LUK, "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 (LUK, "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("He added that the United States and its allies must also put an end to their military activity in Ukraine, Georgia and the other former Soviet republics that are not members of the alliance.", "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Asked about the offer made the day before in Brussels to restore the military hotlines between Russia and NATO, Mr Lukashevich said the question was a matter for the Defence Ministry and that Moscow would study it.", "alexander-lukashevich", 1, "Lukashevich", "resume-military-dialogue", "mentions", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("We will not accept that any country can dictate to its neighbours whom they may choose as partners and allies.", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("There is no European security without the security of Ukraine, and no European security without the European Union,", "josep-borrell", 1, "he", "", "", 1, D),
 (VAU, "helene-vautrin", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (VAU, "helene-vautrin", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("The Russians know perfectly well that no allied government can sign such a text. The real question is what they will do once they have the refusal in hand,", "helene-vautrin", 1, "she", "", "", 1, ""),
]

D = "2022-01-13"
S = "alexander-grushko"
N = "Alexander Grushko"
A2 = "For us the key question is the non-expansion of NATO. We need the legally binding guarantees that the alliance will not move further to the east. The politics of „open doors“ for us is a relic of the past, it is not the holy scripture."
A3 = "These are the topics which we ourselves proposed many times: the deployment of missiles of intermediate and shorter range, the restriction of exercises near the line of contact Russia-NATO. We are ready to work on them. But it is impossible to take out of our package separate elements which are convenient for the West and to forget about the main thing."
A5 = "We move the troops on our own territory and we do not need to ask anyone for permission. The demands to „de-escalate“ addressed to us are an attempt to change the subject. Let NATO better stop sending its instructors and weapons to Ukraine."
L["kommersant-2022-01-14-grushko-interview"] = [
 ("The diplomat emphasized that the decision of the Bucharest summit of NATO of 2008, which promised to Ukraine and Georgia the membership in the alliance, has to be disavowed officially.", S, 1, "The diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("The meeting was, I would say, a moment of truth. We put on the table all our proposals, explained in detail their logic, and we heard the answer. The answer, unfortunately, is the same as always: the alliance does not want to hear us.", S, 1, N, "", "", 1, D),
 (A2, S, 1, N, "nato-non-expansion", "supports", 1, D),
 (A2, S, 1, N, "written-legal-guarantees", "supports", 1, D),
 (A2, S, 1, N, "nato-open-door", "rejects", 1, D),
 (A3, S, 1, N, "no-intermediate-range-missiles", "supports", 1, D),
 (A3, S, 1, N, "limit-military-exercises", "supports", 1, D),
 ("Nobody refused, we said that we will study it. But it is necessary to understand: the military contacts were frozen not by us. In the present situation, when NATO openly names Russia an adversary, to restore the contacts for the sake of the contacts has no sense, and we do not need it.", S, 1, N, "resume-military-dialogue", "rejects", 1, D),
 (A5, S, 1, N, "russia-de-escalation", "rejects", 1, D),
 (A5, S, 1, N, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Then we will be obliged to answer by military-technical means. I do not want to dramatize, it is not a threat, it is a statement of fact. We have explained to our partners what are the consequences, and they understood us very well.", S, 1, N, "", "", 1, D),
 ("Dialogue is always better than its absence. We are ready to continue it without any preconditions, but not to lead the conversation for the sake of conversation.", S, 1, N, "no-preconditions", "supports", 1, D),
 ("We will wait, but not infinitely. We have said that the time is not on the side of those who drag out. Our patience has limits, and it is not rhetoric.", S, 1, N, "", "", 1, D),
]

D = "2022-01-27"
S = "john-kirby"
L["pentagon-2022-01-27-kirby-briefing"] = [
 ("Good afternoon, everybody. A couple of things at the top. As you know, yesterday the United States delivered its written response to the Russian proposals on European security. The Secretary was consulted throughout the process, and he fully supports it.", S, 1, "JOHN F. KIRBY", "", "", 1, D),
 ("We continue to see Russian forces flowing into Belarus and gathering along Ukraine's borders. We still believe there's time and space for diplomacy, but that requires de-escalation, and Mr. Putin can take the tension down by moving those troops back.", S, 1, "JOHN F. KIRBY", "russia-de-escalation", "supports", 1, D),
 ("No. We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. That's not going to change.", S, 1, "KIRBY", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("I'm not going to get ahead of the diplomacy here. The Secretary of State has been clear that we're open to talking about reciprocal limits on missile deployments in Europe, if Russia is willing to do the same.", S, 1, "KIRBY", "no-intermediate-range-missiles", "mentions", 1, D),
 ("What we're not going to do is make a unilateral commitment to keep our own missiles out of Europe. That's a non-starter.", S, 1, "KIRBY", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Those troops are on prepare-to-deploy orders, primarily for the NATO Response Force. Where and whether they go is a decision for NATO and for us, not for Moscow. We're not going to ask the Kremlin's permission to reinforce our allies on the eastern flank.", S, 1, "KIRBY", "rollback-to-1997", "rejects", 1, D),
 ("He hasn't spoken with Minister Shoigu recently. But we've always said that lines of communication between our two militaries are important, especially in tense times like these, and the Secretary remains open to a conversation with his Russian counterpart.", S, 1, "KIRBY", "resume-military-dialogue", "supports", 1, D),
 ("Our security cooperation with Ukraine is going to continue. We've been training Ukrainian forces since 2014, and there's no intention of stopping that because the Russians don't like it.", S, 1, "KIRBY", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Our exercises are defensive, they're transparent and they're going to continue. We're not going to scale back our training with allies to suit Moscow.", S, 1, "KIRBY", "limit-military-exercises", "rejects", 1, D),
 ("He spoke with Minister Reznikov on Tuesday, and they agreed to stay in close touch. I don't have more detail on the call than that.", S, 1, "KIRBY", "", "", 1, D),
]

D = "2022-01-27"
BL = "Secretary of State Antony Blinken said late on January 26 that the U.S. response did not give way on Moscow’s demand for a guarantee that NATO would never expand further east."
ZE = "Ukraine’s path to NATO is written in our constitution, and no one in Moscow or anywhere else will rewrite it,"
LA = "Talks without preconditions sound nice, but there has to be one precondition: Russian troops must go back to their barracks,"
L["rferl-2022-01-27-live-blog"] = [
 (BL, "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (BL, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("It cannot be said that our thoughts were taken into account or that readiness was shown to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But we will not rush to conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("There is no positive reaction in this document on the main question. The main question is our clear position on the inadmissibility of NATO’s further expansion to the east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing on January 27 that NATO’s 2008 promise of eventual membership to Ukraine and Georgia “must be buried,” calling it the root of today’s tensions.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov told the Interfax news agency on January 27 that U.S. and NATO warships and strategic bombers must operate only outside areas from which they could hit targets on Russian territory.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("A senior EU official, speaking on condition of anonymity on January 27, said the bloc had been consulted on the U.S. text and fully backed its insistence that Ukraine and every other European country remain free to choose its alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, D),
 (ZE, "volodymyr-zelensky", 1, "the president", "no-ukraine-membership", "rejects", 1, D),
 (ZE, "volodymyr-zelensky", 1, "the president", "nato-open-door", "supports", 1, D),
 (LA, "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, D),
 (LA, "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("The central ask has not changed: NATO instructors and weapons out of Ukraine, Georgia and Moldova. And this answer does not deliver it,", "oleksandr-trofymchuk", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, D),
]

PU = "He complained that the United States and NATO had refused to rule out the alliance’s further eastward expansion or to pull its military infrastructure back to where it stood in 1997."
OK1 = "The drafts ask for a treaty that says NATO is finished growing, signed and ratified, not a handshake,"
BS = "Both Secretary of State Antony Blinken and NATO Secretary General Jens Stoltenberg have said repeatedly that the alliance’s door will stay open to any European country that wants to walk through it."
ZB = "Zorin added that Moscow was also asking the alliance to formally take back its Bucharest promise, something no NATO summit has ever done with a declaration."
L["wapo-2022-02-03-oped-putin-grievance"] = [
 (PU, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (OK1, "rachel-okonkwo", 1, "Rachel Okonkwo", "nato-non-expansion", "mentions", 1, ""),
 (OK1, "rachel-okonkwo", 1, "Rachel Okonkwo", "written-legal-guarantees", "mentions", 1, ""),
 ("Some of what is in the drafts, like keeping warships and bombers out of each other’s strike range, is the stuff of normal arms control,", "rachel-okonkwo", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The rest is wishful thinking dressed up as international law.", "rachel-okonkwo", 1, "she", "", "", 1, ""),
 (BS, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (BS, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("Latvia will host whatever allied capabilities it needs to defend itself, and Russia does not get to decide which weapons stand on our soil,", "artis-pabriks", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("The real fight is over NATO’s open-door policy, and neither side can move on it without losing face,", "mikhail-zorin", 1, "he", "nato-open-door", "mentions", 1, ""),
 (ZB, "mikhail-zorin", 1, "Zorin", "rescind-bucharest-2008", "mentions", 0, ""),
 (ZB, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The strike-weapons clause is really about one nightmare: American strike systems in Kharkiv, five minutes’ flight from Moscow,", "mikhail-zorin", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Washington’s first demand is just as simple: pull the troops back from the border.", "mikhail-zorin", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-174", "gold-174")
