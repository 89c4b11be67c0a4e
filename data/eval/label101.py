#!/usr/bin/env python3
"""Writes the held-out gold of batch 101 (gold-101/*.nq) from the labels below.

Batch 101 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven different forms:

- bloomberg-2022-01-10-geneva-ryabkov-sherman: Bloomberg wire copy with front
  matter, standfirst bullets, byline, crossheads, a market paragraph, a history
  paragraph (Baker 1990) and contact lines; straight quotes.
- nato-2022-01-12-stoltenberg-nrc-press-conference: official NATO transcript,
  no front matter (date in the text), speaker labels, moderator and
  journalists' questions that carry demands but get no label.
- notesfrompoland-2022-01-13-rau-osce-vienna: Notes from Poland web article
  with front matter, a crosshead, a photo credit, a quoted fragment of the 1997
  Founding Act (not labelled).
- rusnovosti24-2022-01-20-grushko-kommersant: machine-translated aggregator of
  a Kommersant Q&A interview; UTF-8 BOM, CRLF line ends, no front matter,
  « » quotation marks, dash-led questions and answers, "Read also" link lines.
- whitehouse-2022-01-26-background-call-written-response: White House
  background call transcript; the speaker is only "SENIOR ADMINISTRATION
  OFFICIAL" (actor white-house); questions name Russian demands.
- telegraph-2022-01-28-putin-demands-written-to-be-refused: Telegraph analysis
  without front matter, curly quotes, a history paragraph (Baker 1990, the
  Founding Act, Bucharest 2008) that is not labelled, invented experts, a
  quotation split by "said X".
- abcnews-2022-01-31-russia-ukraine-live-updates: ABC News live blog with front
  matter, timestamped entries and headlines, two speakers in one sentence,
  „ “ quotation marks, a quotation split by "the Russian envoy said".

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
  european-union, an embassy -> its country (here a senior administration
  official on a White House call -> white-house); speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["bloomberg-2022-01-10-geneva-ryabkov-sherman"] = [
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need guarantees that are ironclad, waterproof, bulletproof and legally binding. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("According to Ryabkov, U.S. warships and strategic bombers must stay out of areas from which they could strike Russian territory, a point he said his delegation had raised \"in great detail.\"", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Asked whether Russia would pull its forces back from near the Ukrainian border, Ryabkov said the issue had been discussed but declined to give details.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "mentions", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("Sherman said Washington was open to discussing the possible future deployment of offensive missile systems in Ukraine, provided Russia was willing to make reciprocal commitments.", "wendy-sherman", 1, "Sherman", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("She said the U.S. would not withdraw troops from NATO's eastern members, despite Moscow's demand that the alliance pull back the forces it has deployed there since 1997.", "wendy-sherman", 1, "She", "rollback-to-1997", "rejects", 0, D),
 ("She said the U.S. would not withdraw troops from NATO's eastern members, despite Moscow's demand that the alliance pull back the forces it has deployed there since 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The question is whether anyone in Washington can put in writing, on behalf of 30 allies, that NATO will never take in another member,", "katrin-vogelsang", 1, "Katrin Vogelsang", "nato-non-expansion", "mentions", 1, ""),
 ("The question is whether anyone in Washington can put in writing, on behalf of 30 allies, that NATO will never take in another member,", "katrin-vogelsang", 1, "Katrin Vogelsang", "written-legal-guarantees", "mentions", 1, ""),
]

D = "2022-01-12"
JS = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("We have just concluded a very serious and direct exchange with Russia in the NATO-Russia Council. It was the first meeting of the Council in more than two years, and the Russian delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin.", *JS, "", "", 1, D),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, no one else.", *JS, "nato-open-door", "supports", 1, D),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, no one else.", *JS, "no-ukraine-membership", "rejects", 1, D),
 ("We will not accept a first and second class of NATO membership. We will not withdraw the forces we have deployed to Allies that joined after 1997, and we will not give up our ability to protect and defend each other.", *JS, "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to discuss arms control, including on intermediate-range missiles, and more transparency on our military posture. We also proposed to restore our military-to-military channels of communication and to reopen our respective offices in Moscow and Brussels.", *JS, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, Allies are ready to discuss arms control, including on intermediate-range missiles, and more transparency on our military posture. We also proposed to restore our military-to-military channels of communication and to reopen our respective offices in Moscow and Brussels.", *JS, "resume-military-dialogue", "supports", 1, D),
 ("Our concern remains the massive Russian military build-up in and around Ukraine. Russia should de-escalate and move its forces back from Ukraine's border. That is the best way to create the space for diplomacy.", *JS, "russia-de-escalation", "supports", 1, D),
 ("There is a real risk for new armed conflict in Europe. Differences will not be easy to bridge, but it is a positive sign that all Allies and Russia sat around the same table and engaged on substantive topics.", *JS, "", "", 1, D),
 ("There were no such assurances. But Russia did not reject the idea of further meetings either, and I think that is a positive message.", *JS, "", "", 1, D),
 ("On a moratorium: there is no moratorium on enlargement on the table. Allies will not sign up to any legally binding commitment to stop enlargement, and NATO's door remains open.", *JS, "nato-non-expansion", "rejects", 1, D),
 ("On a moratorium: there is no moratorium on enlargement on the table. Allies will not sign up to any legally binding commitment to stop enlargement, and NATO's door remains open.", *JS, "written-legal-guarantees", "rejects", 1, D),
 ("On a moratorium: there is no moratorium on enlargement on the table. Allies will not sign up to any legally binding commitment to stop enlargement, and NATO's door remains open.", *JS, "nato-open-door", "supports", 1, D),
 ("The decision we took at the Bucharest Summit still stands, and Allies have no intention of withdrawing it.", *JS, "rescind-bucharest-2008", "rejects", 1, D),
 ("Naval and air activities close to each other's territory, and how we avoid incidents and accidents, are exactly the kind of issues we are ready to address in risk-reduction talks with Russia.", *JS, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("No. We will not cancel or scale down exercises on Allied territory. Exercising is how a defensive alliance keeps its forces ready, and we have always been transparent about them.", *JS, "limit-military-exercises", "rejects", 1, D),
 ("Allies proposed a series of meetings, and the Russian delegation said it needed time to come back with an answer. We are ready to meet again, but it is for Russia to decide.", *JS, "", "", 1, D),
]

D = "2022-01-13"
LUK = "Speaking after Rau, Russia's permanent representative to the OSCE, Alexander Lukashevich, told the council that his country needed legally binding guarantees that NATO would not expand further east and would not deploy strike weapons near its borders."
PRZ = "Deputy foreign minister Marcin Przydacz on Thursday called Russia's demand that no offensive weapons be stationed on NATO's eastern flank \"a non-starter\", arguing that the US missile defence base under construction at Redzikowo in northern Poland was purely defensive."
L["notesfrompoland-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau told the Permanent Council that European security could not be built on spheres of influence and that every participating state had the sovereign right to choose its own security arrangements, including treaties of alliance.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 ("He added that the OSCE offered a ready-made forum for talks on military transparency and risk reduction, including on restoring regular contacts between military officials.", "zbigniew-rau", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 (LUK, "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "the Russian envoy", "", "", 1, D),
 ("the drumbeat of war is sounding loud and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("Poland will never again be a second-class ally. The NATO battlegroup in Orzysz and the American soldiers are staying here, whatever Moscow writes in its drafts,", "mariusz-blaszczak", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 (PRZ, "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, D),
 (PRZ, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("If you read the drafts carefully, the goal is a sphere of influence: no NATO instructors in Ukraine, no exercises with Georgia, no Western defence cooperation anywhere in the former Soviet Union,", "marta-kowalczyk", 1, "Marta Kowalczyk", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

D = "2022-01-20"
AG = ("alexander-grushko", 1, "Alexander Grushko")
A1 = "I would not speak about the failure. We have explained to the partners with all frankness that the further expansion of NATO to the east is the red line. The alliance must stop, and this must be fixed not in the words and not in the promises, but in the legally binding obligations."
A5 = "Our troops are on our own territory, and nobody will dictate to us where to hold them. To make their withdrawal the condition for the dialogue is unacceptable, we are ready to speak without any preconditions."
A6 = "For us the non-admission of Ukraine and Georgia into NATO is the question of the national security, here there is no space for the compromise. And the decision of Bucharest of 2008 about their future membership must be disavowed, this is the mine which was laid under the European security."
L["rusnovosti24-2022-01-20-grushko-kommersant"] = [
 (A1, *AG, "nato-non-expansion", "supports", 1, D),
 (A1, *AG, "written-legal-guarantees", "supports", 1, D),
 ("In answer we heard that «the door is open». But the policy of the open doors is not the right of the alliance to take into itself anybody who wishes, it is the policy, which creates the new dividing lines in Europe.", *AG, "nato-open-door", "rejects", 1, D),
 ("We do not see the sense in it now. The military contacts were broken not by us. To restore them for the picture, when the alliance officially calls Russia the main threat, is senseless.", *AG, "resume-military-dialogue", "rejects", 1, D),
 ("The transparency is good, but it is not enough. We propose to agree the concrete restrictions: the exercises above the level of brigade must not be held in the agreed zone along the line of contact of Russia and NATO.", *AG, "limit-military-exercises", "supports", 1, D),
 ("Here there is the field for negotiations. But the principle is one: the missiles of intermediate and shorter range must not be deployed in those places, from where they can strike the territory of the other side.", *AG, "no-intermediate-range-missiles", "supports", 1, D),
 (A5, *AG, "russia-de-escalation", "rejects", 1, D),
 (A5, *AG, "no-preconditions", "supports", 1, D),
 (A6, *AG, "no-ukraine-membership", "supports", 1, D),
 (A6, *AG, "rescind-bucharest-2008", "supports", 1, D),
 ("We will see. The important thing is that the Americans not simply listen to us, but hear us.", *AG, "", "", 1, D),
]

D = "2022-01-26"
SAO = ("white-house", 0, "SENIOR ADMINISTRATION OFFICIAL")
P3 = "What the document does is lay out a serious diplomatic path. We are prepared to discuss reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in Ukraine."
P4 = "We've also said we're ready to discuss conditions for arms control on intermediate-range missiles in Europe, and transparency measures for military exercises on both sides."
P9 = "And I want to be very clear about one thing: none of this can move forward unless Russia de-escalates. You cannot negotiate with a gun to your head."
L["whitehouse-2022-01-26-background-call-written-response"] = [
 ("Thanks, everyone. So, as you know, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow this afternoon, and NATO delivered its own paper in parallel. We coordinated both closely with our Allies and partners, including Ukraine, and we shared the text with them before it went to Moscow.", *SAO, "", "", 1, D),
 ("The response makes clear that we will uphold the principle of NATO's open door. That is not up for negotiation, and we said so plainly.", *SAO, "nato-open-door", "supports", 1, D),
 (P3, *SAO, "no-strike-weapons-near-borders", "mentions", 1, D),
 (P4, *SAO, "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, *SAO, "limit-military-exercises", "mentions", 1, D),
 ("And we believe our militaries need to be talking to each other again. We've proposed restoring dedicated military-to-military channels, so that an incident at sea or in the air doesn't spiral into something neither side wants.", *SAO, "resume-military-dialogue", "supports", 1, D),
 ("It does not accept that. We are not going to withdraw our forces from the eastern flank. If anything, as the President has said, we'll reinforce it if Russia moves further into Ukraine.", *SAO, "rollback-to-1997", "rejects", 1, D),
 ("We don't accept any limits on where our ships and aircraft can operate in international waters and international airspace. That's a non-starter.", *SAO, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("What we've put forward are ideas for discussion. If we reach agreement on some of them, they would need to be codified, and some of that could take the form of a treaty. But we're not there yet.", *SAO, "written-legal-guarantees", "mentions", 1, D),
 (P9, *SAO, "russia-de-escalation", "supports", 1, D),
 (P9, *SAO, "no-preconditions", "rejects", 1, D),
 ("That's really a question for the Kremlin. We're not planning to publish the document, because we think diplomacy has the best chance if we give it space to work.", *SAO, "", "", 1, D),
]

JOHN = "Boris Johnson told MPs on Tuesday that Britain would not accept “any bargaining away” of Ukraine’s right to seek Nato membership."
ALC = "The drafts ask for two very different things: a rollback of Nato to its 1997 lines, and a permanent bar on Ukraine joining,"
L["telegraph-2022-01-28-putin-demands-written-to-be-refused"] = [
 ("If it depends on Russia, there will be no war. We don’t want wars,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-28"),
 ("But Mr Lavrov insisted that the freedom to choose alliances could not be exercised at the expense of Russia’s security, and that the American reply had ignored that principle.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-28"),
 ("Agreeing never to let Ukraine in,", "rupert-alcott", 1, "Rupert Alcott", "no-ukraine-membership", "rejects", 1, ""),
 ("would reward precisely the behaviour the alliance is trying to deter.", "rupert-alcott", 1, "Rupert Alcott", "no-ukraine-membership", "rejects", 1, ""),
 (ALC, "rupert-alcott", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 (ALC, "rupert-alcott", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (JOHN, "boris-johnson", 1, "Boris Johnson", "nato-open-door", "supports", 0, "2022-01-25"),
 (JOHN, "boris-johnson", 1, "Boris Johnson", "no-ukraine-membership", "rejects", 0, "2022-01-25"),
 ("A moratorium on intermediate-range missiles in Europe would freeze Russia’s own 9M729 systems in place while tying Nato’s hands. It would be a terrible bargain,", "ilse-marwick", 1, "Ilse Marwick", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("The Royal Navy will sail wherever international law allows it to sail, whether that is the Black Sea or the Baltic, and that is not something we should ever trade away,", "anthony-redgrave", 1, "Anthony Redgrave", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]

D = "2022-01-31"
PRICE = "State Department spokesman Ned Price said at Monday's briefing that the U.S. had noted Moscow's offer of talks without preconditions and would discuss the format of any further meetings with its allies."
KUL = "Ukrainian Foreign Minister Dmytro Kuleba and his Lithuanian counterpart Gabrielius Landsbergis, speaking together in Kyiv on Monday, dismissed Moscow's demand that NATO countries end all military cooperation with Ukraine."
BOR = "EU foreign policy chief Josep Borrell said Monday that Moscow was in effect asking NATO to revoke the promise it made to Kyiv and Tbilisi at its 2008 Bucharest summit, and that no discussion of European security could take place without the Europeans at the table."
L["abcnews-2022-01-31-russia-ukraine-live-updates"] = [
 (PRICE, "ned-price", 1, "Ned Price", "no-preconditions", "mentions", 0, D),
 (PRICE, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (KUL, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 (KUL, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-military-activity-ex-soviet", "rejects", 0, D),
 (KUL, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Ukraine will not accept any deal about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (BOR, "josep-borrell", 1, "Josep Borrell", "rescind-bucharest-2008", "mentions", 0, D),
 (BOR, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("We are ready for serious dialogue with Moscow, but not at the price of the principles on which peace in Europe rests", "annalena-baerbock", 1, "Baerbock", "", "", 1, D),
 ("We are asking Russia to de-escalate, to pull back its troops and to come back to the negotiating table,", "linda-thomas-greenfield", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Those who are talking about an invasion are provoking one,", "vassily-nebenzia", 1, "Nebenzia", "", "", 1, D),
 ("We are ready to continue talking without any preconditions,", "vassily-nebenzia", 1, "the Russian envoy", "no-preconditions", "supports", 1, D),
 ("but the concerns we have put on paper must be heard.", "vassily-nebenzia", 1, "the Russian envoy", "no-preconditions", "supports", 1, D),
 ("The whole argument comes down to two words, the open door, and whether it is a principle or a bargaining chip,", "thomas-engel", 1, "Thomas Engel", "nato-open-door", "mentions", 1, D),
]

write_gold(L, "articles-101", "gold-101")
