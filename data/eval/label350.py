#!/usr/bin/env python3
"""Writes the held-out gold of batch 350 (gold-350/*.nq) from the labels below.

Batch 350 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- wsj-2022-01-26-us-rejects-russia-nato-demand-written-reply: The Wall Street
  Journal news story with front matter; interrupted Blinken quotation, "Mr."
  honorifics, an organisation speaking ("Russian officials have made clear"),
  an analyst who only mentions, Bucharest 2008 as unlabelled background.
- tass-2022-01-10-ryabkov-ukraine-must-never-join-nato: TASS story, no front
  matter, dateline "GENEVA, January 10. /TASS/.", standfirst, "Read also" link,
  crossheads, pronoun speakers ("the senior diplomat", "he added"), an offer to
  discuss Russia's own missile idea (mentions), short scare-quotes.
- kremlin-2022-01-28-security-council-meeting: Kremlin transcript with front
  matter and speaker labels; every paragraph of a speech is a quotation; 1990
  history inside Putin's words; chair's questions and greetings unlabelled.
- ukrinform-2022-01-14-savchenko-leshchuk-interview: Ukrinform Q/A interview
  with dashes, UTF-8 BOM and CRLF, no front matter (date "14.01.2022"); the
  questions name Russian demands but get no label; "the day before" dating;
  Russia's demand attributed in passing inside the MP's answer.
- dw-2022-01-13-osce-vienna-russia-security-talks-analysis: Deutsche Welle
  analysis with front matter, caption and "Read more" line, events of three
  days (Tuesday, Wednesday, Thursday), analyst who mentions, 1997 Founding Act
  wording quoted from a document (unlabelled).
- chathamhouse-2022-01-27-us-nato-answers-moscow: Chatham House expert comment
  without front matter, single curly quotes, the author's own analysis (not
  labelled as anyone's statement), quotation interrupted by "he told reporters",
  undated quotations of experts.
- hansard-2022-01-25-russia-ukraine-european-security: UK House of Commons
  Hansard debate with front matter; constituency/party speaker labels, the
  motion text (unlabelled), interventions, Russia's demands named inside MPs'
  speeches.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-26"
s1 = "The U.S. delivered its written response to Russia's security demands on Wednesday, refusing Moscow's call to shut NATO's door to Ukraine while offering to negotiate on arms control and military drills, Secretary of State Antony Blinken said."
s2 = "Moscow's demands, spelled out in two draft treaties published Dec. 17, include a legally binding promise that the alliance will never again enlarge, the withdrawal of allied troops and weapons from countries that joined after 1997 and a ban on U.S. military activity in former Soviet republics that aren't NATO members."
s3 = "U.S. officials said the reply proposed a mutual pledge not to station offensive ground-launched missiles or permanent combat forces in Ukraine, as well as talks on limiting the size and proximity of military exercises in Europe."
m1 = "The administration has put real things on the table—intermediate-range missiles, the size of exercises, transparency—but it has drawn a bright line around who gets to join NATO,"
L["wsj-2022-01-26-us-rejects-russia-nato-demand-written-reply"] = [
 (s1, "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, d),
 (s1, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, d),
 (s1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Mr. Blinken", "nato-open-door", "supports", 1, d),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Mr. Blinken", "nato-open-door", "supports", 1, d),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Mr. Blinken", "", "", 1, d),
 (s3, "united-states", 0, "U.S. officials", "no-strike-weapons-near-borders", "mentions", 0, d),
 (s3, "united-states", 0, "U.S. officials", "limit-military-exercises", "mentions", 0, d),
 (s2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (s2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (s2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (s2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("He said allies were ready to listen to Russia's concerns but would not compromise on the right of each nation to choose its own path.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, d),
 ("If a constructive response does not come and the West continues its aggressive line, then Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Mr. Lavrov", "", "", 1, d),
 ("The main thing is the clear position that there can be no further NATO expansion to the east,", "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 1, d),
 ("A pullback wasn't on the table from Moscow's side, Russian officials have made clear.", "russia", 0, "Russian officials", "russia-de-escalation", "rejects", 0, ""),
 ("It's very clear that the Russians have no intention right now of de-escalating,", "john-kirby", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("We are ready either way, whether it is diplomacy or deterrence,", "jen-psaki", 1, "she", "", "", 1, d),
 (m1, "elena-markovic", 1, "she", "no-intermediate-range-missiles", "mentions", 1, d),
 (m1, "elena-markovic", 1, "she", "limit-military-exercises", "mentions", 1, d),
 (m1, "elena-markovic", 1, "she", "nato-open-door", "mentions", 1, d),
 ("Moscow is not going to get a veto, and I think the Kremlin knew that from the start.", "elena-markovic", 1, "she", "nato-open-door", "mentions", 1, d),
 ("a clear answer to our proposals", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, ""),
]

d = "2022-01-10"
t1 = "Russia needs ironclad, legally binding guarantees that Ukraine and Georgia will never join the North Atlantic Alliance, Russian Deputy Foreign Minister Sergei Ryabkov told reporters on Monday following nearly eight hours of talks with US Deputy Secretary of State Wendy Sherman."
L["tass-2022-01-10-ryabkov-ukraine-must-never-join-nato"] = [
 (t1, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, d),
 (t1, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, d),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "the senior diplomat", "no-ukraine-membership", "supports", 1, d),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, d),
 ("all the words 'shall' and 'must'", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 1, d),
 ("difficult, long, very professional, deep, concrete, without attempts to embellish anything or to dodge sharp corners.", "sergei-ryabkov", 1, "The deputy minister", "", "", 1, d),
 ("Ryabkov noted that the American side had shown a serious attitude to Russian proposals on medium-range missiles.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, d),
 ("We are ready to discuss a moratorium on deploying intermediate-range missiles in Europe, but for us this cannot replace the main thing — NATO's non-enlargement,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, d),
 ("We are ready to discuss a moratorium on deploying intermediate-range missiles in Europe, but for us this cannot replace the main thing — NATO's non-enlargement,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, d),
 ("The diplomat also reiterated that Moscow expects the alliance to return its military infrastructure to the positions of 1997, when the Russia-NATO Founding Act was signed.", "sergei-ryabkov", 1, "The diplomat", "rollback-to-1997", "supports", 0, d),
 ("At the same time, Ryabkov dismissed Western calls to pull Russian troops back from the Ukrainian border, saying the units were holding exercises on Russia's own territory and that there was no reason to fear an escalation.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, d),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, d),
 ("I would not say that the negotiations were a failure, but we see no sign yet that the US is ready to meet our key demands,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, d),
 ("According to the diplomat, the Russian delegation had been clear that the bloc's practice of holding drills near Russian borders must be curtailed.", "sergei-ryabkov", 1, "the diplomat", "limit-military-exercises", "supports", 0, d),
 ("Moscow considers exercises of NATO countries in the Black Sea and the Baltic a provocation, he added.", "sergei-ryabkov", 1, "he", "limit-military-exercises", "supports", 0, d),
 ("Moscow considers exercises of NATO countries in the Black Sea and the Baltic a provocation, he added.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, d),
 ("The US diplomat added that Washington had called on Moscow to de-escalate and withdraw its forces to their permanent bases, saying that it was hard to conduct diplomacy under the barrel of a gun.", "wendy-sherman", 1, "The US diplomat", "russia-de-escalation", "supports", 0, d),
 ("According to Sherman, the US is prepared to discuss the future deployment of missiles in Europe on a reciprocal basis.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, d),
 ("We will analyse the results and report to the leadership, and then it will be clear whether it makes sense to continue,", "sergei-ryabkov", 1, "he", "", "", 1, d),
 ("Russian Foreign Ministry Spokeswoman Maria Zakharova earlier said that Russia would not accept the talks being turned into \"an endless discussion\" of minor issues, while the alliance continues to move its infrastructure closer to Russian borders.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, ""),
]

d = "2022-01-28"
k1 = "We have studied both documents carefully. The American text is, if one can put it this way, better than NATO's, which is very ideologised. But on the main question – our principled demand that NATO stop moving eastward and not deploy strike weapon systems that threaten the territory of the Russian Federation – there is no positive reaction."
k2 = "Our Western colleagues keep referring to the right of every state to choose its alliances freely. They forget the second half of that formula, agreed in Istanbul in 1999 and in Astana in 2010: no state may strengthen its own security at the expense of the security of others. Nobody has given them a right to pick one half and to forget the other."
k3 = "There are things in the American text on which a serious conversation is possible: intermediate- and shorter-range missiles, measures of restraint in the conduct of exercises, risk reduction. These were our proposals to begin with, and we are ready to work on them, but only as part of a package and not instead of the key issues."
k4 = "It is obvious that our fundamental concerns have been ignored. We did not see an adequate consideration of our three key demands: preventing NATO expansion, refusing to deploy strike weapons near Russia's borders, and returning the bloc's military capabilities and infrastructure in Europe to where they were in 1997, when the NATO-Russia Founding Act was signed."
k5 = "In 1990, when the question of German unification was being discussed, we were told that the alliance would not move an inch to the east. We were simply deceived, frankly speaking. Five waves of expansion followed. That is why today we insist on guarantees of non-expansion that are written down on paper and are legally binding – verbal assurances are worth nothing, we have seen this."
L["kremlin-2022-01-28-security-council-meeting"] = [
 ("Today we have one main subject on the agenda. As you know, on Wednesday the United States and the North Atlantic Alliance handed over their written responses to our proposals on security guarantees. I would like to hear the Foreign Minister's assessment first.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, d),
 (k1, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, d),
 (k1, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, d),
 (k2, "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 1, d),
 (k3, "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "supports", 1, d),
 (k3, "sergei-lavrov", 1, "Sergei Lavrov", "limit-military-exercises", "supports", 1, d),
 ("The exercises of the Western Military District and the preparation of the joint Russian-Belarusian inspection of the Union State response forces are proceeding according to plan. All activities are taking place on our own territory and on the territory of an allied state. We see no reason to take instructions from abroad about where our units should be stationed.", "sergei-shoigu", 1, "Sergei Shoigu", "russia-de-escalation", "rejects", 1, d),
 (k4, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, d),
 (k4, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, d),
 (k4, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, d),
 (k5, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, d),
 (k5, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, d),
 ("Let us imagine that Ukraine is a NATO member and starts a military operation in Crimea, which is sovereign Russian territory. What are we supposed to do, fight with the NATO bloc? Has anyone thought about this at all? Apparently not. This is why the entry of Ukraine into the alliance is absolutely unacceptable for us.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, d),
 ("They tell us that the door is open and that every country decides for itself. But nobody can decide for itself at the expense of others, and this is exactly what is written in the documents of the OSCE which all of them signed.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, d),
 ("Nevertheless, I hope that we will eventually find a solution, although it will not be easy. I ask the Foreign Ministry to continue working with our partners and to prepare a reply, and to keep me informed.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, d),
 ("Let us move on to the second issue.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, d),
]

d = "2022-01-14"
u3 = "Russia wants Ukraine to be a grey zone where only Russian tanks can conduct exercises. Our cooperation with the partners – joint trainings, instructors, Javelins, the Rapid Trident exercises – is not a threat to anybody, and nobody in Moscow has a right to veto it."
u5 = "On missiles and on the transparency of exercises – maybe, there can be some talks, this is a normal arms control agenda. But not at the expense of Ukraine and not behind our back."
sl = "iryna-savchenko-leshchuk"
L["ukrinform-2022-01-14-savchenko-leshchuk-interview"] = [
 ("The day before, NATO Secretary General Jens Stoltenberg said after the meeting of the NATO-Russia Council that allies will not compromise on the right of Ukraine to choose its own way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("I would say the main result is that the West did not blink. Washington, Brussels and other capitals told Moscow clearly that the question of who joins NATO is decided by the country which applies and by the thirty allies, and by nobody else. For us this is the most important thing.", sl, 1, "Iryna Savchenko-Leshchuk", "nato-open-door", "supports", 1, d),
 ("At the same time, we must be realistic. The Russian side came with ultimatums, not with proposals, and it wanted to get everything at once and on its own terms.", sl, 1, "Iryna Savchenko-Leshchuk", "", "", 1, d),
 ("No. This is our Constitution: the course for membership in NATO and EU is written there since 2019. No moratorium, no neutral status imposed from Moscow. That would be capitulation, not compromise, and the Ukrainian society will not accept it.", sl, 1, "Iryna Savchenko-Leshchuk", "no-ukraine-membership", "rejects", 1, d),
 (u3, sl, 1, "Iryna Savchenko-Leshchuk", "no-military-activity-ex-soviet", "rejects", 1, d),
 ("Russia wants Ukraine to be a grey zone where only Russian tanks can conduct exercises.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We expect one thing: that Russia pulls its troops back from our borders to the places of permanent deployment, and that partners make very clear what price it will pay if it does not. The sanctions must be prepared before, not after.", sl, 1, "Iryna Savchenko-Leshchuk", "russia-de-escalation", "supports", 1, d),
 ("And I want to stress that the diplomacy is important for us. We support the Normandy format and the Trilateral Contact Group, but the diplomacy cannot be a cover for blackmail.", sl, 1, "Iryna Savchenko-Leshchuk", "", "", 1, d),
 ("I do not believe so. Nobody in Washington or Brussels is going to pull troops out of Poland or the Baltic states and go back to the map of 1997 – this is simply not serious, and our partners told us this directly.", sl, 1, "Iryna Savchenko-Leshchuk", "rollback-to-1997", "rejects", 1, d),
 (u5, sl, 1, "Iryna Savchenko-Leshchuk", "no-intermediate-range-missiles", "mentions", 1, d),
 (u5, sl, 1, "Iryna Savchenko-Leshchuk", "limit-military-exercises", "mentions", 1, d),
 ("To be strong. To continue reforms in the army, to work with the partners on the defence assistance and to keep the unity inside the country. Putin is counting on our panic, and we should not give him this gift.", sl, 1, "Iryna Savchenko-Leshchuk", "", "", 1, d),
]

d = "2022-01-13"
w1 = "NATO Secretary General Jens Stoltenberg said afterwards that allies were ready to talk about arms control, missile deployments and greater transparency of exercises, but not about closing the door."
w2 = "He told reporters that the alliance's \"open door\" had become an instrument of pressure, and that Russia saw no other option than a halt to enlargement and a return to the situation before NATO's forces moved into Eastern Europe."
w3 = "Some items, like intermediate-range missiles or rules for exercises, have been on the table between Russia and the West for years. Others, like a NATO withdrawal from the eastern flank, are unthinkable for the allies."
L["dw-2022-01-13-osce-vienna-russia-security-talks-analysis"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, d),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, d),
 ("We will not back down from the principle that every nation has the right to choose its own alliances,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, d),
 (w1, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (w1, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (w1, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Russia cannot veto Ukraine's path to NATO,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia cannot veto Ukraine's path to NATO,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 (w2, "alexander-grushko", 1, "He", "nato-open-door", "rejects", 0, "2022-01-12"),
 (w2, "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (w2, "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("If NATO switches to a policy of containment, there will be counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("But she, too, said that the sovereignty of Ukraine was not negotiable and called on Russia to reduce its troop presence on the border.", "annalena-baerbock", 1, "she", "russia-de-escalation", "supports", 0, "2022-01-11"),
 ("Moscow has presented its proposals in a form that makes them very difficult to accept: it is all or nothing,", "katrin-oberhauser", 1, "she", "", "", 1, ""),
 (w3, "katrin-oberhauser", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (w3, "katrin-oberhauser", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (w3, "katrin-oberhauser", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("The worst outcome would be to let the Kremlin say that it tried diplomacy and was ignored,", "katrin-oberhauser", 1, "Oberhauser", "", "", 1, ""),
 ("a test of whether we can be intimidated.", "tomasz-wielgosz", 1, "Tomasz Wielgosz", "rollback-to-1997", "rejects", 1, ""),
 ("Moscow now argues that the environment has changed and that the allied troops sent east since then must leave.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

c1 = "The answers refuse outright the three things the Kremlin presented as non-negotiable: a legally binding end to NATO enlargement, a formal bar on Ukrainian membership, and the pull-back of allied forces from the states that joined the alliance after 1997."
c2 = "NATO Secretary General Jens Stoltenberg, presenting the alliance's separate paper, said NATO was ready to discuss reciprocal limits on missiles and the re-establishment of military-to-military channels, including the reopening of the two missions closed in October."
c3 = "our clear position on the inadmissibility of NATO's further expansion eastwards and the deployment of strike weapons that could threaten the territory of the Russian Federation"
c4 = "In Moscow's framing, the secondary items – intermediate-range missiles, exercises, incidents at sea and in the air – were never meant to be negotiated separately from the core demands."
c5 = "Michael Hargreave, a former British defence attaché in Moscow, argues that Russia's insistence on legally binding guarantees was always the tell:"
c6 = "If they wanted a deal, they would have asked for things that can be delivered. Nobody can deliver a Senate ratification of a treaty closing NATO's door."
L["chathamhouse-2022-01-27-us-nato-answers-moscow"] = [
 (c1, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (c1, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (c1, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (c1, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("US Secretary of State Antony Blinken was categorical that the alliance's open door remains open.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (c2, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, ""),
 (c2, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, ""),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "he", "", "", 1, ""),
 ("but we cannot compromise on the principles on which the security of our alliance and security in Europe rests.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("no positive answer on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, ""),
 (c3, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, ""),
 (c3, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, ""),
 (c4, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (c4, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("nobody in the Foreign Ministry seriously expected NATO to dissolve itself in Eastern Europe", "pavel-ruslanov", 1, "Pavel Ruslanov", "rollback-to-1997", "mentions", 1, ""),
 (c5, "michael-hargreave", 1, "Michael Hargreave", "written-legal-guarantees", "mentions", 0, ""),
 (c5, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (c6, "michael-hargreave", 1, "Michael Hargreave", "nato-non-expansion", "mentions", 1, ""),
 (c6, "michael-hargreave", 1, "Michael Hargreave", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow's security establishment has argued for weeks that written guarantees are the only kind it will accept, and the Kremlin is unlikely to abandon that line in public.", "russia", 0, "Moscow's security establishment", "written-legal-guarantees", "supports", 0, ""),
]

d = "2022-01-25"
h3 = "Other elements are simply not acceptable. Russia is asking NATO to rule out membership for Ukraine for ever and to withdraw forces from allies who joined after 1997. It is not for Moscow to decide who may join the alliance; NATO's door remains open, and that is a principle this country will not trade away."
h3r = "Russia is asking NATO to rule out membership for Ukraine for ever and to withdraw forces from allies who joined after 1997."
h4 = "The Opposition stand squarely behind the Government on this. The sovereignty of Ukraine is not a bargaining chip, and no country outside the alliance has a veto over who belongs to it. Let me be equally clear that Russia's demand that NATO pull back to its 1997 borders, leaving Poland and the Baltic states as a buffer zone, is one that no British Government of any party could accept."
h4r = "Let me be equally clear that Russia's demand that NATO pull back to its 1997 borders, leaving Poland and the Baltic states as a buffer zone, is one that no British Government of any party could accept."
h5 = "My right hon. Friend makes an important point. The sovereign choices of the Polish, Czech, Baltic and other peoples were their own, and it is not for Russia to reverse them now."
h6 = "The SNP supports a firm line on Russian aggression, but I urge the Government not to dismiss every part of what Moscow has put on paper. Proposals on restraint in military exercises and on keeping ships and aircraft out of each other's reach could reduce the risk of accidents in the Black Sea and the North Atlantic, where Russian and NATO forces now operate in uncomfortably close quarters."
h7 = "I have heard Russian officials say that they need guarantees in writing, that a promise on a handshake is not enough for them. I would simply say to them that the written commitments which Russia signed in Budapest in 1994, in Helsinki and in Paris did not stop it from seizing Crimea in 2014."
h7r = "I have heard Russian officials say that they need guarantees in writing, that a promise on a handshake is not enough for them."
jc = "james-cleverly"
L["hansard-2022-01-25-russia-ukraine-european-security"] = [
 ("Russia has now massed more than 100,000 troops, with tanks, artillery and air defence, on Ukraine's borders and in Belarus. The Government have been clear, as have our allies, that any incursion would be a massive strategic mistake with severe costs. We call on the Kremlin to de-escalate, to pull those forces back and to engage meaningfully in dialogue.", jc, 1, "James Cleverly", "russia-de-escalation", "supports", 1, d),
 ("In December the Russian Government published two draft treaties. Some of what they contain, on missiles and on the scale and notification of exercises, is the kind of thing that allies have discussed with Moscow before, and we are prepared to talk about it on a reciprocal basis.", jc, 1, "James Cleverly", "no-intermediate-range-missiles", "mentions", 1, d),
 ("In December the Russian Government published two draft treaties. Some of what they contain, on missiles and on the scale and notification of exercises, is the kind of thing that allies have discussed with Moscow before, and we are prepared to talk about it on a reciprocal basis.", jc, 1, "James Cleverly", "limit-military-exercises", "mentions", 1, d),
 (h3, jc, 1, "James Cleverly", "no-ukraine-membership", "rejects", 1, d),
 (h3, jc, 1, "James Cleverly", "rollback-to-1997", "rejects", 1, d),
 (h3, jc, 1, "James Cleverly", "nato-open-door", "supports", 1, d),
 (h3r, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (h3r, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("I thank the Minister for his statement and for the briefings he has offered to Opposition Members.", "stephen-doughty", 1, "Stephen Doughty", "", "", 1, d),
 (h4, "stephen-doughty", 1, "Stephen Doughty", "nato-open-door", "supports", 1, d),
 (h4, "stephen-doughty", 1, "Stephen Doughty", "rollback-to-1997", "rejects", 1, d),
 (h4r, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We also support the efforts of the Secretary of State and our allies at the talks in Geneva and Brussels. Diplomacy must continue, but it must be backed by credible deterrence and by a sanctions package that is ready before, not after, any further invasion.", "stephen-doughty", 1, "Stephen Doughty", "", "", 1, d),
 ("I am grateful. Does my right hon. Friend agree that we should not allow the Kremlin to rewrite 1990? President Putin says the West promised in 1990 that NATO would not expand eastward, but no such promise was ever written into any treaty, and the countries of central Europe chose freely to join.", "harriet-cole", 1, "Dame Harriet Cole", "", "", 1, d),
 (h5, jc, 1, "James Cleverly", "nato-open-door", "supports", 1, d),
 (h5, jc, 1, "James Cleverly", "rollback-to-1997", "rejects", 1, d),
 (h6, "alasdair-macleod", 1, "Alasdair MacLeod", "limit-military-exercises", "supports", 1, d),
 (h6, "alasdair-macleod", 1, "Alasdair MacLeod", "no-warships-aircraft-in-strike-range", "supports", 1, d),
 ("That is not appeasement; it is arms control, and the Cold War taught us that it can work.", "alasdair-macleod", 1, "Alasdair MacLeod", "", "", 1, d),
 (h7, "geoffrey-pellew", 1, "Sir Geoffrey Pellew", "written-legal-guarantees", "rejects", 1, d),
 (h7r, "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("My hon. Friend speaks with great experience.", jc, 1, "James Cleverly", "", "", 1, d),
 ("The Government are in close contact with the United States and our NATO allies ahead of the written responses that Washington and Brussels will send to Moscow this week. We have already provided defensive anti-tank weapons to Ukraine, and a small team of British personnel is training Ukrainian forces. That cooperation will continue, whatever demands are made about military cooperation with countries that are not in the alliance.", jc, 1, "James Cleverly", "no-military-activity-ex-soviet", "rejects", 1, d),
]

write_gold(L, "articles-350", "gold-350")
