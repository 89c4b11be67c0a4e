#!/usr/bin/env python3
"""Writes the held-out gold of batch 104 (gold-104/*.nq) from the labels below.

Batch 104 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 "security guarantees" crisis, seven articles in seven forms:

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy from the
  Geneva talks, front matter, straight quotation marks, dateline, a quotation
  split by "Ryabkov said", pronoun attribution ("he said", "She added that"),
  a demand attributed in passing to Moscow inside Sherman's sentence, and a
  history paragraph (NATO enlargement since 1999, Bucharest 2008).
- pentagon-2022-01-27-kirby-briefing: Pentagon press briefing transcript, no
  front matter (date in the text), speaker labels (PRESS SECRETARY JOHN F.
  KIRBY / MR. KIRBY) and journalists' questions (Q:).
- kommersant-2022-01-17-grushko-interview: Kommersant English Q&A interview
  with Alexander Grushko, UTF-8 BOM and CRLF line ends, front matter,
  questions as plain paragraphs, answers after a dash, « » inside answers;
  the interview was conducted "on Friday" (2022-01-14).
- cnn-2022-01-27-live-us-response: CNN live blog (newest entry first,
  timestamps, bylines, a summary list), curly quotation marks, an unnamed
  "senior State Department official".
- aggregator-2022-01-28-zakharova-briefing: machine-translated aggregator
  report of a Zakharova briefing, no front matter (date line "28 Jan, 2022
  10:40"), „ “ quotation marks with the attribution after a dash, « » for
  short phrases.
- ft-2022-01-31-russia-demands-what-west-can-offer: Financial Times analysis
  quoting invented analysts (Vashchenko, Solberg, Wierzbicki) alongside
  Putin, Landsbergis and Borrell; curly quotes with nested ‘ ’; a standfirst;
  a history paragraph (Baker 1990, the 1997 Founding Act, Bucharest 2008)
  with words quoted from documents.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press conference transcript
  after the NATO-Russia Council, no front matter, speaker labels with roles,
  a moderator and journalists' questions naming outlets.

Conventions followed by the labels:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the speaker's name
  is the one the intro or speaker label gives, titles dropped ("John F.
  Kirby" under PRESS SECRETARY JOHN F. KIRBY, "Kirby" under MR. KIRBY);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it
  (analysts describing what Moscow wants, officials offering reciprocal
  talks on missiles, exercises or offensive weapons);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "the principal
  demands", "sweeping security guarantees", "secondary matters"), gets no
  label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  NATO enlargement since 1999, the publication of the drafts on December 17),
  words quoted from documents, headlines, standfirsts, summary bullets,
  bylines and tags are not labelled; statements by unnamed groups with no
  identifiable actor ("officials who have seen them", "Western officials",
  "In the Ministry of Defence of Russia it was stated") are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("despite Moscow's demand that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given; inside a
  direct quotation ("Moscow wants drills pulled back ...") it is not;
- speaker ids: persons as firstname-lastname slugs; an unnamed senior State
  Department official -> us-state-department; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (a pronoun or "She added" sentence takes the day of the passage it
  continues); "" when the text gives no day ("told Reuters", "said last
  week", analysts quoted without a day).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We have no intention of attacking Ukraine,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("but nobody can ask Russia to pull its troops back from its own territory, and we will not do it.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("He said Moscow also wanted U.S. strategic bombers and warships kept out of areas from which they could strike Russian territory, one of the proposals set out in the draft treaty Russia published on Dec. 17.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was prepared to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe, as well as on the size and scope of military exercises, but only if Russia took similar steps.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was prepared to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe, as well as on the size and scope of military exercises, but only if Russia took similar steps.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Sherman said that, despite Moscow's demand that the alliance pull its forces and weapons back from the countries that joined after 1997, Washington would not withdraw a single soldier from Poland, Romania or the Baltic states.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 ("Sherman said that, despite Moscow's demand that the alliance pull its forces and weapons back from the countries that joined after 1997, Washington would not withdraw a single soldier from Poland, Romania or the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("She added that the United States had asked Russia to de-escalate by sending the roughly 100,000 troops it has gathered near Ukraine back to their barracks, and that it was hard to see progress \"in an atmosphere of escalation.\"", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("nothing about Ukraine was decided without Ukraine", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, "2022-01-10"),
 ("What Moscow is asking for is a promise that the alliance stops growing. The open door is precisely the one thing Washington cannot trade away,", "marta-kowalczyk", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("What Moscow is asking for is a promise that the alliance stops growing. The open door is precisely the one thing Washington cannot trade away,", "marta-kowalczyk", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("with a clear understanding of its red lines", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-10"),
 ("We will see after Vienna whether this process has a future,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
L["pentagon-2022-01-27-kirby-briefing"] = [
 ("As you know, yesterday Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. Secretary Austin was closely involved in shaping it, and it was coordinated with our allies and with Ukraine before it went over.", "john-kirby", 1, "John F. Kirby", "", "", 1, "2022-01-27"),
 ("I want to be clear about what the document does not do. It does not walk back our commitment to the security of our NATO allies, and it does not pull a single American service member off the eastern flank. If anything, the 8,500 troops we put on a heightened state of readiness on Monday are there to reinforce that flank, not to leave it.", "john-kirby", 1, "John F. Kirby", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("The document does address Russia's stated concerns about offensive weapons systems near its borders, and it lays out ways we could talk about that on a reciprocal basis. That's the kind of thing we've always said is worth discussing.", "john-kirby", 1, "John F. Kirby", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 ("Separately, the Secretary spoke this morning with Ukrainian Minister of Defense Oleksii Reznikov and reaffirmed our support for Ukraine's sovereignty and territorial integrity. With that, we'll take your questions.", "john-kirby", 1, "John F. Kirby", "", "", 1, "2022-01-27"),
 ("No. Our security assistance to Ukraine is going to continue, and so is the training. Ukraine is a sovereign country, and who it trains with and what it buys to defend itself is not a decision for Moscow to make.", "john-kirby", 1, "Kirby", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("We're going to continue to fly, sail and operate wherever international law allows, the way we always have, and that includes the Black Sea. Our ships and aircraft aren't a provocation to anybody.", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("Nobody is going to tell us we can't exercise with our allies on allied territory. Those exercises are planned well in advance, they're transparent, and they are going ahead.", "john-kirby", 1, "Kirby", "limit-military-exercises", "rejects", 1, "2022-01-27"),
 ("The Secretary hasn't spoken with Minister Shoigu since the fall, but he'd welcome that conversation, and the Chairman has kept his line open to General Gerasimov. Military-to-military channels matter most at moments like this, when the risk of miscalculation is high.", "john-kirby", 1, "Kirby", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("No decision has been made to deploy them. If NATO activates its response force, or if we decide to send some of them bilaterally, they will be ready to go on short notice.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-27"),
 ("No, we are not. In fact, we continue to see additional Russian forces flowing into Belarus and into the Western Military District.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-27"),
 ("The best thing Mr. Putin could do right now is de-escalate, pull those forces back and choose the path of diplomacy. That path is still open.", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("I'm going to leave the diplomacy to my colleagues at the State Department. I'm not going to negotiate in public from this podium.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-27"),
]
L["kommersant-2022-01-17-grushko-interview"] = [
 ("The conversation was frank and deep, but it confirmed that on the fundamental issues our positions diverge very seriously. We did not hear the answers we came for.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
 ("First, NATO must return to the configuration of 1997, when the Founding Act was signed, and withdraw the forces and infrastructure it has deployed since then on the territory of the new members. This is not a maximalist position; it is the minimum required to restore trust.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("Second, the decision of the Bucharest summit that Ukraine and Georgia «will become members of NATO» must be disavowed. As long as it stands, it is a time bomb under European security.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("The so-called open-door policy is not a law of nature. Nowhere in any document is it written that NATO is obliged to accept everyone who knocks, and the freedom to choose alliances cannot be exercised at the expense of the security of others.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("We proposed concrete measures on exercises long ago. Drills above the brigade level should be held no closer than an agreed distance from the line of contact, and there must be hotlines. It is written in our draft agreement. The alliance prefers to talk about «transparency» while holding ever larger exercises at our borders.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-14"),
 ("As for military contacts, restoring them now, while the alliance officially calls us a threat, makes little sense. A hotline cannot replace guarantees, and we will not pretend that it can.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-14"),
 ("The same logic applies to ships and aircraft. When American strategic bombers fly twenty kilometres from our border, this is not a «routine flight», it is an attempt to test our air defences. They must stay out of the zone from which they can strike Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-14"),
 ("We did not set any preconditions for these talks, and we will not accept any. Where we deploy our forces on our own territory is our sovereign decision and is not a subject of negotiation with anyone.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-14"),
 ("We did not set any preconditions for these talks, and we will not accept any. Where we deploy our forces on our own territory is our sovereign decision and is not a subject of negotiation with anyone.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("Then we will respond with military-technical measures. I would not want anyone in Brussels or Washington to have illusions on this score.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
 ("We are not going to wait forever. The answers must come in writing and point by point, with legally binding commitments, not as general declarations about the value of dialogue.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("That depends entirely on the content of what we receive. Meetings for the sake of meetings do not interest us.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
]
L["cnn-2022-01-27-live-us-response"] = [
 ("It is obvious that we will need some time, and we will not rush into any assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("There is no positive reaction in this document on the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive reaction in this document on the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Ukraine’s path is Ukraine’s own choice. Nobody in Moscow, and nobody anywhere else, will decide which alliances Ukraine joins,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Ukraine’s path is Ukraine’s own choice. Nobody in Moscow, and nobody anywhere else, will decide which alliances Ukraine joins,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Kuleba said Kyiv welcomed the fact that the document made no concessions on Ukraine’s path toward NATO membership.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("A senior State Department official, briefing reporters on Wednesday on condition of anonymity, said the response proposed talks on reciprocal restrictions on military activity in Ukraine, Georgia and other non-NATO countries on Russia’s periphery.", "us-state-department", 0, "A senior State Department official", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-26"),
 ("We believe diplomacy has the best chance to succeed if we give it some room,", "ned-price", 1, "Price", "", "", 1, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("The document makes clear that there are core principles we are committed to uphold, including the right of countries to choose their own security arrangements and alliances. There is no change, and there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Asked whether the US had made any concessions, Blinken said Washington had not and would not sign a legally binding pledge barring the alliance from admitting new members.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("Asked whether the US had made any concessions, Blinken said Washington had not and would not sign a legally binding pledge barring the alliance from admitting new members.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("We will not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-26"),
]
L["aggregator-2022-01-28-zakharova-briefing"] = [
 ("The American answer is not the answer to our principal demand – the legally fixed non-expansion of NATO to the east. Instead of the guarantees we were offered the dialogue", "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The American answer is not the answer to our principal demand – the legally fixed non-expansion of NATO to the east. Instead of the guarantees we were offered the dialogue", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("She noted that the Americans offer to discuss the missiles of medium and shorter range, but ignore the main thing.", "maria-zakharova", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("The Western instructors, the flights of the scout-planes and the flow of the weapons to Kiev – this is exactly that military development of the territory of Ukraine, the stop of which we demand", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("Russia moves its troops on its own territory and will not give the account to anybody about this", "maria-zakharova", 1, "the diplomat", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("The notorious policy of the open doors is the instrument of the expansion, and not the norm of the international law", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("The diplomat also commented the proposal of NATO to restore the channels of the military communication, having reminded that the alliance itself broke them in 2014, and noted that Moscow will study this proposal together with the other ones.", "maria-zakharova", 1, "The diplomat", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("The moratorium on the deployment of the ground missiles of medium and shorter range must become the mutual obligation, and not the unilateral Russian gesture", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2022-01-26"),
 ("Ukraine will itself decide, with whom to be in the alliances, and nobody in Moscow will dictate this", "oleg-nikolenko", 1, "Nikolenko", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Ukraine will itself decide, with whom to be in the alliances, and nobody in Moscow will dictate this", "oleg-nikolenko", 1, "Nikolenko", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
]
L["ft-2022-01-31-russia-demands-what-west-can-offer"] = [
 ("We need long-term, legally binding guarantees, and immediately, now,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Are we putting strike weapons near the US border? No. It is the US that has come to our doorstep with its weapons.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("For the Kremlin the key words are ‘legally binding’. Putin no longer believes in verbal promises after what he regards as the deception of 1990,", "dmitri-vashchenko", 1, "Dmitri Vashchenko", "written-legal-guarantees", "mentions", 1, ""),
 ("The Bucharest formula is what Moscow most wants erased. Everything else is negotiable,", "dmitri-vashchenko", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Moscow wants drills pulled back from its borders and bombers and destroyers kept out of range. Those are things the west can talk about, on a reciprocal basis,", "ingrid-solberg", 1, "Ingrid Solberg", "limit-military-exercises", "mentions", 1, ""),
 ("Moscow wants drills pulled back from its borders and bombers and destroyers kept out of range. Those are things the west can talk about, on a reciprocal basis,", "ingrid-solberg", 1, "Ingrid Solberg", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The 1997 demand is different. It would mean pulling the battlegroups out of Poland and the Baltics, and nobody in Brussels will even put that on the table,", "ingrid-solberg", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Any moratorium on intermediate-range missiles that leaves Russia’s 9M729 launchers in Kaliningrad in place is a non-starter,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("What Putin actually wants is a promise that Ukraine never joins. Everything else is packaging,", "tomasz-wierzbicki", 1, "Wierzbicki", "no-ukraine-membership", "mentions", 1, ""),
 ("There should be no negotiation with a gun held to Ukraine’s head. De-escalation first, then talks. And the Baltic states will not become a demilitarised buffer zone where Moscow decides what weapons our allies may deploy,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-28"),
 ("There should be no negotiation with a gun held to Ukraine’s head. De-escalation first, then talks. And the Baltic states will not become a demilitarised buffer zone where Moscow decides what weapons our allies may deploy,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-28"),
 ("There should be no negotiation with a gun held to Ukraine’s head. De-escalation first, then talks. And the Baltic states will not become a demilitarised buffer zone where Moscow decides what weapons our allies may deploy,", "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-28"),
 ("Moscow insists the talks go on without preconditions, while Vilnius and Warsaw want a pullback first. Both positions are coherent, they simply cannot both be met,", "dmitri-vashchenko", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("Moscow insists the talks go on without preconditions, while Vilnius and Warsaw want a pullback first. Both positions are coherent, they simply cannot both be met,", "dmitri-vashchenko", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("We will not accept a return to spheres of influence, in which one country decides which alliances its neighbours may join,", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, ""),
 ("Both sides have put their maximum positions on paper. The question now is whether anyone is prepared to climb down,", "ingrid-solberg", 1, "Solberg", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council, the first in more than two years. It was a serious and direct exchange, and that is exactly why it was important.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia. Our differences will not be easy to bridge, but it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies reaffirmed the core principle that each nation has the right to choose its own path. NATO Allies will not compromise on that. Russia does not have a veto over whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies reaffirmed the core principle that each nation has the right to choose its own path. NATO Allies will not compromise on that. Russia does not have a veto over whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will also not compromise on our ability to protect and defend each other. The proposal that NATO should withdraw its forces from Allies who joined after 1997 is unacceptable. There cannot be first-class and second-class members of this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Allies called on Russia to immediately de-escalate the situation along Ukraine's borders, where Russia has amassed tens of thousands of combat-ready troops, heavy weapons and capabilities.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("At the same time, NATO is ready to engage with Russia on arms control, including on land-based intermediate-range missiles in Europe. We proposed a series of meetings on these issues. Russia was not in a position to agree today, but it also did not reject them.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("The decision taken at Bucharest stands, and Allies are not going to revisit it or rewrite it under pressure.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("We will not sign any legally binding guarantee that NATO will not take in new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We will not sign any legally binding guarantee that NATO will not take in new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("What we can do is follow up in writing, and Allies will do that in the coming weeks. That is a serious offer, and I hope Russia takes it seriously.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We proposed to re-establish our offices in Moscow and Russia's mission here in Brussels, and to use military-to-military channels of communication to reduce risks and prevent incidents and accidents. That is in everyone's interest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("NATO ships and planes operate in international waters and international airspace, in full accordance with international law. We will not accept limits on that, but we are ready to discuss how to avoid dangerous incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("There is a real risk of a new armed conflict in Europe. That is why we need this dialogue, and why Allies stand ready to meet again. Russia has not committed to a date, and it is for Russia to decide whether it wants to continue.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]

write_gold(L, "articles-104", "gold-104")
