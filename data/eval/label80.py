#!/usr/bin/env python3
"""Writes the eightieth held-out gold (gold-80/*.nq) from the labels below.

Batch 80 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch
except the older label9.py. It covers the Geneva-Brussels-Vienna week of
10-13 January 2022 in the forms most readers saw:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter, dateline, straight quotes, a quotation split by "he said", a
  fragment quotation inside reported speech, an unnamed group ("Western
  diplomats") and history (1990, Bucharest 2008) that is not labelled;
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press-conference
  transcript without front matter ("12 Jan. 2022"), speaker labels, a
  moderator and journalists' questions;
- ria-2022-01-12-grushko-nato-russia-council: machine-translated RIA Novosti
  copy with a UTF-8 BOM and CRLF line ends, no front matter
  ("12.01.2022 18:47"), „ “ quotes followed by "— said X", inverted
  attribution ("warned he"), roles ("the diplomat");
- guardian-2022-01-13-osce-vienna-live: Guardian live blog (newest entry
  first, GMT timestamps), curly quotes, standfirst not labelled;
- tass-2022-01-14-antonov-interview: TASS Q&A interview in the Russian style
  (a dash opens each turn, further paragraphs of an answer have none),
  « » in headline and intro;
- spiegel-2022-01-14-week-of-talks-analysis: DER SPIEGEL International
  analysis quoting invented experts ("he says", "says X" after the quote),
  crossheads, Baker 1990 / Founding Act / Bucharest background, a senior EU
  official;
- ukrinform-2022-01-13-kuleba-nato-path: Ukrinform copy without front matter
  ("13.01.2022 17:05"), the claim first and "This was stated by ..." in the
  next sentence, an embassy as speaker, "according to Interfax".

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span; a quoted
  fragment of six or more words inside a reported sentence is the direct
  evidence, shorter fragments leave the whole sentence as reported speech;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0; when
  the claim comes first and "This was stated by X" follows, the claim
  sentence is the evidence;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the key Russian proposals",
  "fundamental questions", "Moscow's key demands"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor ("Western diplomats", "traders",
  "one government adviser") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("Moscow also wants ..., a demand NATO has repeatedly rejected") is also
  Russia's label (speaker russia, not a person), undated when no day is
  given; inside a direct quotation it is not, nor when a Russian official
  himself says what "Moscow demands" (that is his own label);
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day ("says", "told Ukrinform").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia insisted on Monday that NATO must halt its eastward expansion, as Russian and U.S. diplomats ended nearly eight hours of talks in Geneva with no sign of a breakthrough in a standoff that has raised fears of a new war in Europe.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He denied that Russia planned to attack its neighbour and brushed aside Western calls to pull back the troops massed near the border, saying units moving \"on our own territory\" were nobody else's business.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We came to Geneva without any preconditions,", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2022-01-10"),
 ("and we expect our partners to treat us in exactly the same way.", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 1, "2022-01-10"),
 ("Ryabkov said the two delegations had also discussed restoring regular contacts between their militaries, but had reached no decision on that or on anything else.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the United States was prepared to discuss with Russia the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the United States was prepared to discuss with Russia the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We are not expecting any breakthroughs from the first round, and we are under no illusions,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-10"),
 ("Moscow also wants NATO to withdraw forces and weapons deployed in the countries that joined the alliance after 1997, a demand NATO has repeatedly rejected.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow also wants NATO to withdraw forces and weapons deployed in the countries that joined the alliance after 1997, a demand NATO has repeatedly rejected.", "nato", 0, "NATO", "rollback-to-1997", "rejects", 0, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("We have just finished a meeting of the NATO-Russia Council, the first in more than two years. It was not an easy discussion, but that is exactly why it was so important that we met.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies and Russia expressed their views frankly, and we listened carefully to each other. There are significant differences between NATO Allies and Russia, and those differences will not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia asked NATO to stop admitting new members and to pull back our forces and infrastructure from the Allies that joined after 1997. Allies were clear that we will not compromise on these core principles. We will not have first-class and second-class members in this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("Russia asked NATO to stop admitting new members and to pull back our forces and infrastructure from the Allies that joined after 1997. Allies were clear that we will not compromise on these core principles. We will not have first-class and second-class members in this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("NATO's door remains open. Every nation has the right to choose its own path, and it is only for Ukraine and the 30 Allies to decide when Ukraine is ready to join. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO's door remains open. Every nation has the right to choose its own path, and it is only for Ukraine and the 30 Allies to decide when Ukraine is ready to join. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to sit down in a series of meetings to discuss transparency, risk reduction and arms control, and we have put concrete ideas on the table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We also proposed to restore the military lines of communication between NATO and Russia and to re-open our respective offices in Moscow and Brussels, so that our militaries can talk to each other and avoid incidents and accidents. Russia was not in a position to agree to that today, but it did not reject it either.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Let me also be clear: there is a real risk for new armed conflict in Europe. Russia has amassed tens of thousands of troops, heavy equipment and capabilities along Ukraine's borders. We call on Russia to de-escalate immediately and to withdraw those forces.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We will respond in writing to the proposals Russia has put on the table, and we are ready to put our own ideas on paper. But there will be no legally binding treaty that gives Russia a say over NATO enlargement. That is not going to happen.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We will respond in writing to the proposals Russia has put on the table, and we are ready to put our own ideas on paper. But there will be no legally binding treaty that gives Russia a say over NATO enlargement. That is not going to happen.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("They did not agree to a timetable for new meetings. The Russian delegation said it will come back to us, and we remain ready to meet.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("On Bucharest: the decision Allies took in 2008 still stands. We will not revise it because Russia asks us to.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("Yes. Nothing about Ukraine without Ukraine. We consult closely with Kyiv, and we will keep doing so at every step of this process.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO ships and planes operate in international waters and airspace, in full accordance with international law, and they will continue to do so. We are ready to discuss risk reduction, but we will not be told where we may sail.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
]
L["ria-2022-01-12-grushko-nato-russia-council"] = [
 ("For us it is absolutely obligatory that NATO does not expand more to the east, that Ukraine and Georgia will never become the members of the alliance. All this must be fixed juridically, not on the words", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("For us it is absolutely obligatory that NATO does not expand more to the east, that Ukraine and Georgia will never become the members of the alliance. All this must be fixed juridically, not on the words", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("For us it is absolutely obligatory that NATO does not expand more to the east, that Ukraine and Georgia will never become the members of the alliance. All this must be fixed juridically, not on the words", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("The policy of the open doors is not the sacred cow. Nobody gave NATO the right to decide for everyone, where passes the border of the security in Europe", "alexander-grushko", 1, "the diplomat", "nato-open-door", "rejects", 1, "2022-01-12"),
 ("Grushko also declared, that Russia demands from the alliance to refuse the deployment of the shock weapon systems near Russian borders, including on the territory of the neighbouring states.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("If our proposals will not be heard, we will be forced to answer by the military-technical means. We will create the counter-threats, other way there is no", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("The deputy minister of defence of Russia Alexander Fomin, who also participated in the session, declared, that NATO must reduce the military activity near Russian borders, including the scale of the exercises, and also the flights of the strategic bombers and the entries of the warships into the Black sea.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("The deputy minister of defence of Russia Alexander Fomin, who also participated in the session, declared, that NATO must reduce the military activity near Russian borders, including the scale of the exercises, and also the flights of the strategic bombers and the entries of the warships into the Black sea.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("Answering the question about the proposal of the alliance to restore the channels of the military communication, Grushko said, that Moscow does not see the sense in it, while the alliance considers Russia as the adversary and the source of the threats.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("At the same time the diplomat did not exclude, that Russia is ready to discuss the questions of the missiles of medium and shorter range, but only „in the package“ with the main demands.", "alexander-grushko", 1, "the diplomat", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("The West again tries to replace the substance of the talks by the propaganda and the threats", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-11"),
]
L["guardian-2022-01-13-osce-vienna-live"] = [
 ("There can be no talks about European security with a gun to our head. Russia has to pull its troops back first, and only then can we sit down.", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("There can be no talks about European security with a gun to our head. Russia has to pull its troops back first, and only then can we sit down.", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("The state department spokesperson, Ned Price, told reporters on Wednesday that Moscow wanted the talks to continue “without preconditions” and that the US would judge Russia by what it did on the ground rather than by what it said at the table.", "ned-price", 1, "Ned Price", "no-preconditions", "mentions", 0, "2022-01-12"),
 ("The state department spokesperson, Ned Price, told reporters on Wednesday that Moscow wanted the talks to continue “without preconditions” and that the US would judge Russia by what it did on the ground rather than by what it said at the table.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Moscow has asked for things it knows it cannot get – a written promise to tear up the Bucharest declaration, a rollback of Nato to where it stood in 1997 – so that it can blame the west when the talks stall.", "helen-marwick", 1, "Helen Marwick", "rescind-bucharest-2008", "mentions", 1, "2022-01-13"),
 ("Moscow has asked for things it knows it cannot get – a written promise to tear up the Bucharest declaration, a rollback of Nato to where it stood in 1997 – so that it can blame the west when the talks stall.", "helen-marwick", 1, "Helen Marwick", "rollback-to-1997", "mentions", 1, "2022-01-13"),
 ("Moscow has asked for things it knows it cannot get – a written promise to tear up the Bucharest declaration, a rollback of Nato to where it stood in 1997 – so that it can blame the west when the talks stall.", "helen-marwick", 1, "Helen Marwick", "written-legal-guarantees", "mentions", 1, "2022-01-13"),
 ("Nobody is going to cancel the Bucharest decisions just because the Kremlin is nervous,", "dmytro-kuleba", 1, "the minister", "rescind-bucharest-2008", "rejects", 1, "2022-01-13"),
 ("Our partners understand this very well, and I am grateful to them for their firmness.", "dmytro-kuleba", 1, "the minister", "", "", 1, "2022-01-13"),
 ("Asked about Russian troop concentrations near Ukraine, he said Russia would move forces on its own territory “as it sees fit”, adding that western calls for a pullback were “absolutely unacceptable”.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("if we don’t hear it in a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, "2022-01-13"),
 ("We are talking about legal guarantees that are binding under international law, not about promises or declarations of intent.", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("We are not going to accept limits on where our ships sail or where our aircraft fly in international waters and airspace.", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau later told reporters that Poland would not accept any arrangement limiting where allied troops can hold exercises or which weapons systems can be deployed on Polish soil.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Rau later told reporters that Poland would not accept any arrangement limiting where allied troops can hold exercises or which weapons systems can be deployed on Polish soil.", "zbigniew-rau", 1, "Rau", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("I don’t want to confirm anything, and I won’t rule anything out.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
]
L["tass-2022-01-14-antonov-interview"] = [
 ("The conversation was frank, long and professional. Our delegations worked for almost eight hours, and the American side listened to us carefully.", "anatoly-antonov", 1, "Anatoly Antonov", "", "", 1, "2022-01-13"),
 ("But let me be clear: for us the key point is the non-expansion of NATO. We need a legally binding guarantee that the alliance will not move a single inch further to the east. Not a promise, not a declaration, but a treaty.", "anatoly-antonov", 1, "Anatoly Antonov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("But let me be clear: for us the key point is the non-expansion of NATO. We need a legally binding guarantee that the alliance will not move a single inch further to the east. Not a promise, not a declaration, but a treaty.", "anatoly-antonov", 1, "Anatoly Antonov", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We want a firm commitment that American intermediate-range missiles will never again appear in Europe, and we note that the Americans are ready to talk about it. But they are trying to pick the topics that suit them and leave aside the things that matter most to us.", "anatoly-antonov", 1, "Anatoly Antonov", "no-intermediate-range-missiles", "supports", 1, "2022-01-13"),
 ("Russian troops are on Russian soil. We do not tell the United States where to station its divisions in Texas or Alaska, and we expect the same courtesy.", "anatoly-antonov", 1, "Anatoly Antonov", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("We will not negotiate with a pistol to our temple, and we will not accept any preconditions for the continuation of the dialogue.", "anatoly-antonov", 1, "Anatoly Antonov", "no-preconditions", "supports", 1, "2022-01-13"),
 ("This is a very dangerous game. The United States is turning Ukraine into a military outpost on our border, sending instructors and lethal weapons. This must stop. NATO has no business on the territory of the former Soviet republics that are not members of the alliance.", "anatoly-antonov", 1, "Anatoly Antonov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-13"),
 ("We are asking NATO to return to the configuration that existed in 1997, when the Founding Act was signed. This is not an ultimatum; it is a proposal to restore the balance of security that existed then.", "anatoly-antonov", 1, "Anatoly Antonov", "rollback-to-1997", "supports", 1, "2022-01-13"),
 ("We are ready to talk to everyone, in every format. But we know very well that the key decisions in NATO are taken in Washington, which is why the American answer is decisive.", "anatoly-antonov", 1, "Anatoly Antonov", "", "", 1, "2022-01-13"),
 ("We expect a written response, point by point, and quickly. We cannot wait for months. The ball is in the American court.", "anatoly-antonov", 1, "Anatoly Antonov", "", "", 1, "2022-01-13"),
 ("Contacts between our militaries have never stopped completely, and I believe it is useful to restore a regular dialogue between the Pentagon and the Russian Ministry of Defense. Professionals always understand each other.", "anatoly-antonov", 1, "Anatoly Antonov", "resume-military-dialogue", "supports", 1, "2022-01-13"),
]
L["spiegel-2022-01-14-week-of-talks-analysis"] = [
 ("We need a guarantee that NATO will not expand any further to the east, and we will not let that question be drowned in talk about transparency,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("We are not going to wait forever, and our Western colleagues know it,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-14"),
 ("German Foreign Minister Annalena Baerbock, who is due to travel to Moscow next week, said in Berlin on Thursday that the right of every country to choose its own alliances was “not up for negotiation.”", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, "2022-01-13"),
 ("At the same time, she said Germany was prepared to discuss Russian concerns about offensive weapons systems stationed near its borders, provided any limits applied to both sides.", "annalena-baerbock", 1, "she", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-13"),
 ("Nobody in the Kremlin seriously thinks NATO will disown the Bucharest declaration. What they want is to put a price tag on the status quo and see who blinks first,", "konstantin-verevkin", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Russia also wants U.S. warships and strategic bombers kept out of range of its territory, an item Verevkin calls “the most technical, and therefore the most negotiable, part of the list.”", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("the most technical, and therefore the most negotiable, part of the list.", "konstantin-verevkin", 1, "Verevkin", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("A missile moratorium that leaves Russia's Iskanders in Kaliningrad exactly where they are is a non-starter for us,", "marek-ostrowiecki", 1, "Marek Ostrowiecki", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Moscow wants the open door shut for good, the West says it must stay open, and nobody has yet found a formula in between,", "lena-vogtmann", 1, "Lena Vogtmann", "nato-open-door", "mentions", 1, ""),
 ("Moscow wants the open door shut for good, the West says it must stay open, and nobody has yet found a formula in between,", "lena-vogtmann", 1, "Lena Vogtmann", "nato-non-expansion", "mentions", 1, ""),
 ("A senior EU official involved in the bloc's consultations with Washington told DER SPIEGEL that the EU would never accept an arrangement limiting the freedom of countries like Ukraine, Georgia or Moldova to cooperate militarily with the West.", "european-union", 0, "A senior EU official", "no-military-activity-ex-soviet", "rejects", 0, ""),
]
L["ukrinform-2022-01-13-kuleba-nato-path"] = [
 ("Ukraine will not allow any third country to decide on its behalf whether it joins the North Atlantic Alliance, and any agreement on Ukraine reached without Ukraine will have no force.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Ukraine will not allow any third country to decide on its behalf whether it joins the North Atlantic Alliance, and any agreement on Ukraine reached without Ukraine will have no force.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("The results of this week show that the West has not given in to Russian blackmail. Our partners have said a firm no to any attempt to push allied troops back to the lines of 1997,", "dmytro-kuleba", 1, "Kuleba", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("This week we have seen that the world is not ready to trade Ukraine's freedom for anyone's comfort. This unity is our strength,", "volodymyr-zelensky", 1, "the Head of State", "", "", 1, "2022-01-12"),
 ("We see no signs of withdrawal. On the contrary, the Russian Federation keeps about 100,000 troops near our borders and in temporarily occupied Crimea,", "oleksii-reznikov", 1, "Reznikov", "russia-de-escalation", "mentions", 1, ""),
 ("The U.S. Embassy in Kyiv said on Thursday that Washington would continue to provide Ukraine with security assistance, including training of the Ukrainian military and deliveries of defensive equipment.", "united-states", 0, "The U.S. Embassy in Kyiv", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 ("Meanwhile, Russian Deputy Foreign Minister Sergei Ryabkov said on Thursday, according to Interfax, that Moscow would insist on the revocation of the formula of the 2008 Bucharest summit that Ukraine and Georgia will become members of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, "2022-01-13"),
 ("Moscow is asking for a veto on Ukraine's membership and for an end to Western military aid to Kyiv. It knows it will not get either, and it will use the refusal as a pretext,", "yuliia-bondarchuk", 1, "the analyst", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow is asking for a veto on Ukraine's membership and for an end to Western military aid to Kyiv. It knows it will not get either, and it will use the refusal as a pretext,", "yuliia-bondarchuk", 1, "the analyst", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

write_gold(L, "articles-80", "gold-80")
