#!/usr/bin/env python3
"""Writes the thirty-ninth held-out gold (gold-39/*.nq) from the labels below.

Batch 39 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.
The seven articles are invented but plausible; speakers such as Rachel Okafor,
Marten Kivisild, Kristian Aasmund Dahle, Ola Brekke, Song Weiqing, He Jianmin,
Gleb Vorontsov and Yaroslav Melnychuk exist in no list.

Outlets and forms:
- Reuters wire story on Biden's remarks the day after the written answers
  (front matter, "Read more" links, trust-principles footer);
- Kommersant interview with Ryabkov rendered in English: no front matter (id =
  file name, date only in the "Kommersant, 13.01.2022" line and the intro),
  dash-led Q/A;
- Guardian live blog of the NATO-Russia Council day, newest entry first, with
  timestamps, "Share"/"Updated at" junk and curly quotes;
- NATO press-conference transcript of Stoltenberg after the defence ministers'
  meeting (speaker labels, journalists' questions);
- NRK (English service) item with Norway's foreign minister: UTF-8 BOM, CRLF
  line ends, cookie banner, photo credit, share buttons;
- Global Times commentary quoting Chinese experts (the surname "He" is left as
  printed);
- RFE/RL story with an exiled Russian analyst, quotations in « ».

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (after the curated gold and label9.py):
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans;
  a quotation running over two sentences is one span;
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
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  Norway's base policy), words quoted from documents, headlines, crossheads,
  standfirsts, photo captions and link lines are not labelled; statements by
  unnamed groups with no identifiable actor ("Chinese experts said") are left
  out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (as in the
  curated gold), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  live-blog entries are dated with the blog's day; "" when the text gives no
  day (analysts who "said"/"says" without a day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-27-biden-written-answers"] = [
 ("President Joe Biden said on Thursday the United States was ready to keep talking to Russia but would not give Moscow a say over which countries join NATO, a day after Washington delivered its written answers to the Kremlin's demands for security guarantees.", "joe-biden", 1, "Joe Biden", "nato-open-door", "supports", 0, "2022-01-27"),
 ("We've put on paper what we're prepared to talk about, and we've been clear about what is not on the table,", "joe-biden", 1, "Biden", "", "", 1, "2022-01-27"),
 ("NATO's door stays open. That's not a negotiation.", "joe-biden", 1, "Biden", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The best thing Russia can do for its own security right now is to move those forces back home,", "joe-biden", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Secretary of State Antony Blinken said on Wednesday that it set out \"a serious diplomatic path\" on reciprocal limits on missile deployments in Europe, but made no concession on the alliance's \"open door\" policy.", "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Secretary of State Antony Blinken said on Wednesday that it set out \"a serious diplomatic path\" on reciprocal limits on missile deployments in Europe, but made no concession on the alliance's \"open door\" policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The administration has essentially told Moscow: we'll talk about the hardware, not the map,", "rachel-okafor", 1, "Rachel Okafor", "", "", 1, ""),
 ("Moscow asked for a promise that Ukraine never joins NATO, and that promise is not in the letter.", "rachel-okafor", 1, "Rachel Okafor", "no-ukraine-membership", "mentions", 1, ""),
 ("nothing about European security will be decided without Europeans", "european-union", 0, "A senior EU official", "", "", 1, ""),
]
L["kommersant-ryabkov-interview-geneva"] = [
 ("The conversation was difficult, long, very professional and specific. The Americans came prepared, and so did we. But on the things that matter most to us I cannot report progress. The American side still does not accept that the non-expansion of NATO is for us an absolute imperative, not a bargaining chip.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("We have been proposing a moratorium on the deployment of intermediate-range missiles in Europe since 2019, and if the Americans are now prepared to talk about it, that is good, but it is late. And I want to be clear: these are secondary topics for us. They cannot replace the main thing.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2022-01-12"),
 ("It is very simple. NATO must not expand further. Ukraine and Georgia must never become members. And the alliance must return to the configuration of 1997, when the Founding Act was signed, meaning no forces and no infrastructure in the countries that joined after that.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("It is very simple. NATO must not expand further. Ukraine and Georgia must never become members. And the alliance must return to the configuration of 1997, when the Founding Act was signed, meaning no forces and no infrastructure in the countries that joined after that.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("It is very simple. NATO must not expand further. Ukraine and Georgia must never become members. And the alliance must return to the configuration of 1997, when the Founding Act was signed, meaning no forces and no infrastructure in the countries that joined after that.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rollback-to-1997", "supports", 1, "2022-01-12"),
 ("The Bucharest formula was a mistake, and some of those who voted for it have admitted as much. It has to be disavowed, in a form that is legally binding. Promises on the sidelines, nods and winks, verbal assurances, we have had all that before, in 1990, and we know what it cost us.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-12"),
 ("The Bucharest formula was a mistake, and some of those who voted for it have admitted as much. It has to be disavowed, in a form that is legally binding. Promises on the sidelines, nods and winks, verbal assurances, we have had all that before, in 1990, and we know what it cost us.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("Kiev is not a party to these talks, and I will not comment on its statements. But I will say this: American instructors, American weapons, NATO bases being built on Ukrainian territory in all but name, all of this is a direct threat to us, and it has to stop.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-12"),
 ("We expect a written answer, yes, point by point, on our draft texts. We will not allow ourselves to be dragged into an endless process of talks about talks. If the answer is negative, or if it is an attempt to bury our proposals in procedure, the President will take decisions, and there are options.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-12"),
 ("We are not setting preconditions, and we do not accept them from the other side. Demands that we first pull our troops away from our own border are absurd; these are our troops, on our own territory, and where they stand is our business.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 1, "2022-01-12"),
 ("We are not setting preconditions, and we do not accept them from the other side. Demands that we first pull our troops away from our own border are absurd; these are our troops, on our own territory, and where they stand is our business.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-12"),
 ("I would not put it so dramatically. There is a lot of mutual mistrust, that is true. But diplomacy is exactly the profession of talking to people you do not trust.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-12"),
]
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("If Nato moves to a policy of containment, there will be a policy of counter-containment from our side,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("We need legally binding guarantees, not words and not assurances.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto on whether Ukraine can become a Nato member. That is for Ukraine and the 30 Nato allies to decide, no one else.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto on whether Ukraine can become a Nato member. That is for Ukraine and the 30 Nato allies to decide, no one else.", "jens-stoltenberg", 1, "He", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He said allies had offered a series of meetings on arms control, missile deployments and more transparency around military exercises, and had urged Russia to reopen its diplomatic mission to Nato, which Moscow closed in October.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("He said allies had offered a series of meetings on arms control, missile deployments and more transparency around military exercises, and had urged Russia to reopen its diplomatic mission to Nato, which Moscow closed in October.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("We call on Russia to de-escalate, to pull back its troops from the borders of Ukraine, and to engage in diplomacy,", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We joined Nato in 2004 as a free country. The idea that allied troops should leave Estonia because Moscow says so belongs in 1939, not in 2022.", "marten-kivisild", 1, "Marten Kivisild", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("A senior EU official told reporters on Wednesday that the bloc would not accept any arrangement that handed Moscow spheres of influence over its neighbours.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-12"),
 ("We are not spectators. The security of the European Union is being discussed, and we will not be left in the corridor,", "european-union", 0, "the official", "", "", 1, "2022-01-12"),
 ("We need legally binding guarantees that Nato will not expand further to the east. We have said this from the very beginning and we will keep saying it,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("We need legally binding guarantees that Nato will not expand further to the east. We have said this from the very beginning and we will keep saying it,", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-12"),
]
L["nato-2022-02-16-stoltenberg-defence-ministers"] = [
 ("Good evening. We have just finished a meeting of NATO Defence Ministers, where we addressed Russia's continued military build-up in and around Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-02-16"),
 ("Moscow has sent signals that it is ready to continue diplomatic efforts. That gives grounds for cautious optimism. But so far, we have not seen any sign of de-escalation on the ground. Not withdrawal of troops or equipment. We call on Russia to pull its forces back from Ukraine's borders and to choose the path of diplomacy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-02-16"),
 ("Ministers today decided to develop options to further strengthen our deterrence and defence, including by considering new NATO battlegroups in Central, Eastern and South-Eastern Europe. Let me be clear: we will not withdraw from the eastern part of our Alliance. We will not have first and second class members. Our presence in the east is there to stay.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-02-16"),
 ("At the same time, we remain ready for dialogue. In our written proposals of 26 January, we offered to discuss risk reduction, transparency and arms control, including on ground-based missiles in Europe. We also proposed to restore military lines of communication between NATO and Russia, to avoid incidents and accidents. We are still waiting for Russia's response.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-02-16"),
 ("At the same time, we remain ready for dialogue. In our written proposals of 26 January, we offered to discuss risk reduction, transparency and arms control, including on ground-based missiles in Europe. We also proposed to restore military lines of communication between NATO and Russia, to avoid incidents and accidents. We are still waiting for Russia's response.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-02-16"),
 ("NATO's door is open, and that is not up for negotiation. It is for Ukraine and the 30 allies to decide when Ukraine is ready to join, not for Russia. What we can offer is a real conversation about the things that worry both sides, as long as Russia is ready to engage in good faith.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-02-16"),
 ("NATO's door is open, and that is not up for negotiation. It is for Ukraine and the 30 allies to decide when Ukraine is ready to join, not for Russia. What we can offer is a real conversation about the things that worry both sides, as long as Russia is ready to engage in good faith.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-02-16"),
 ("Because that would undermine the very foundation of European security, which is that every nation has the right to choose its own path. Russia has signed up to that principle many times, in Helsinki, in the Charter of Paris, and in the NATO-Russia Founding Act of 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-02-16"),
 ("So a legally binding promise that NATO will never take in new members is not something we can give, and it is not something we will give.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-02-16"),
 ("So a legally binding promise that NATO will never take in new members is not something we can give, and it is not something we will give.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-02-16"),
 ("Ministers have tasked our military commanders to come back with detailed options. I will not pre-empt the outcome, but we will take decisions in the coming weeks, well before our summit in Madrid.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-02-16"),
]
L["nrk-2022-01-13-huitfeldt-cold-response"] = [
 ("Foreign Minister Anniken Huitfeldt says Norway will go ahead with the NATO winter exercise Cold Response in March, despite Moscow's demands that the alliance scale back its drills near Russia's borders.", "anniken-huitfeldt", 1, "Anniken Huitfeldt", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Foreign Minister Anniken Huitfeldt says Norway will go ahead with the NATO winter exercise Cold Response in March, despite Moscow's demands that the alliance scale back its drills near Russia's borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("We are a sovereign country, and we decide ourselves which exercises we hold on our own territory and with whom. Russia does not get a veto over that,", "anniken-huitfeldt", 1, "Huitfeldt", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("It is not acceptable that one country demands that its neighbours give up their right to choose their own security arrangements. That was settled in the Helsinki Final Act and in the Charter of Paris, and Russia signed both,", "anniken-huitfeldt", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-13"),
 ("In a statement on its Facebook page, the Russian embassy in Oslo called the growing scale of allied exercises in northern Norway \"provocative\" and said Russia expected NATO to agree to reduce military activity close to its borders.", "russia", 0, "the Russian embassy in Oslo", "limit-military-exercises", "supports", 0, ""),
 ("The embassy's statements follow a familiar pattern,", "kristian-aasmund-dahle", 1, "Kristian Aasmund Dahle", "", "", 1, ""),
 ("Moscow wants the High North treated as a buffer zone, and the exercises are the most visible thing it can object to.", "kristian-aasmund-dahle", 1, "Kristian Aasmund Dahle", "limit-military-exercises", "mentions", 1, ""),
 ("Ola Brekke, a member of parliament for the Socialist Left Party (SV), said Norway should ask allies to hold more of their training further from the Russian border \"to bring the temperature down\", without giving in to Moscow's other demands.", "ola-brekke", 1, "Ola Brekke", "limit-military-exercises", "supports", 0, ""),
 ("Nobody in SV wants Norway to leave NATO. But we need a serious debate about how we lower the risk of an accident,", "ola-brekke", 1, "Brekke", "", "", 1, ""),
]
L["globaltimes-2022-01-27-us-reply-core-concerns"] = [
 ("In a phone call with US Secretary of State Antony Blinken on Thursday, Chinese State Councilor and Foreign Minister Wang Yi said Russia's reasonable security concerns should be taken seriously and addressed, and that regional security could not be guaranteed by strengthening or even expanding military blocs.", "wang-yi", 1, "Wang Yi", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("All parties should completely abandon the Cold War mentality and form a balanced, effective and sustainable European security mechanism through negotiations,", "wang-yi", 1, "Wang", "", "", 1, "2022-01-27"),
 ("all parties will stay calm and refrain from doing things that agitate tensions and hype up the crisis.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("According to US media, Blinken said on Wednesday that the US response made no concession on NATO's so-called open-door policy, while offering talks on arms control and confidence-building measures.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Song Weiqing, a research fellow at the Institute of Russian, Eastern European and Central Asian Studies of the Chinese Academy of Social Sciences, told the Global Times on Thursday that the US reply had \"deliberately avoided\" the issue Moscow cares about most, a halt to NATO's eastward expansion.", "song-weiqing", 1, "Song Weiqing", "nato-non-expansion", "mentions", 0, "2022-01-27"),
 ("Washington is willing to talk about secondary issues because these are things it can trade. But NATO expansion is the real issue, and the US has never treated Russia's concerns on this point as legitimate,", "song-weiqing", 1, "Song", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("A letter is not a treaty. What Russia asked for was a signed, legally binding document, and what it got was a set of talking points,", "he-jianmin", 1, "He", "written-legal-guarantees", "mentions", 1, ""),
 ("If NATO keeps moving missiles and strike weapons closer and closer to Russia's borders, it cannot expect Russia to simply sit and watch.", "song-weiqing", 1, "Song", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
]
L["rferl-2022-02-02-putin-breaks-silence"] = [
 ("Speaking after talks with Hungarian Prime Minister Viktor Orban in Moscow on February 1, Putin said the answers had not addressed Russia's three key demands: no further NATO expansion, no deployment of strike weapons near Russia's borders, and a return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Speaking after talks with Hungarian Prime Minister Viktor Orban in Moscow on February 1, Putin said the answers had not addressed Russia's three key demands: no further NATO expansion, no deployment of strike weapons near Russia's borders, and a return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Speaking after talks with Hungarian Prime Minister Viktor Orban in Moscow on February 1, Putin said the answers had not addressed Russia's three key demands: no further NATO expansion, no deployment of strike weapons near Russia's borders, and a return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("It is already clear now that the fundamental Russian concerns were ignored", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and begins a military operation in Crimea. What are we supposed to do, fight against the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("According to the Russian Foreign Ministry, Lavrov told Blinken that Moscow would not allow its initiatives to be «talked out» and stressed that no state could strengthen its security at the expense of others, including by expanding military alliances.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("The Kremlin said on February 2 that the analysis of the U.S. and NATO documents was continuing, but that Moscow would not drop its demand for a halt to NATO's eastward expansion.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, "2022-02-02"),
 ("The Kremlin knew from the start that NATO would never sign a paper closing its doors to Ukraine", "gleb-vorontsov", 1, "Vorontsov", "no-ukraine-membership", "mentions", 1, ""),
 ("The demands were written to be rejected. The question now is whether Putin wants a pretext or a way out.", "gleb-vorontsov", 1, "Vorontsov", "", "", 1, ""),
 ("You do not keep more than 100,000 soldiers in the snow for a bargaining exercise forever", "gleb-vorontsov", 1, "he", "", "", 1, ""),
 ("Every time Moscow says \"guarantees\", it means a guarantee that Ukraine stays in its orbit. We will not accept that. Whether we join NATO is for us and the allies to decide", "yaroslav-melnychuk", 1, "he", "no-ukraine-membership", "rejects", 1, ""),
 ("Every time Moscow says \"guarantees\", it means a guarantee that Ukraine stays in its orbit. We will not accept that. Whether we join NATO is for us and the allies to decide", "yaroslav-melnychuk", 1, "he", "nato-open-door", "supports", 1, ""),
]

write_gold(L, "articles-39", "gold-39")
