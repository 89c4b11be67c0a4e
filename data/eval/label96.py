#!/usr/bin/env python3
"""Writes the 96th held-out gold (gold-96/*.nq) from the labels below.

Batch 96 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, one form per article:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter, dateline, bullet summary, crosshead and straight quotation marks;
  a lede with two actors in one sentence (Russia, Washington), a quotation
  split by "he said", a pronoun speaker, a history paragraph (Baker 1990) and
  a quotation from the draft treaty (neither labelled), invented analysts.
- kremlin-2021-12-23-putin-annual-news-conference: Kremlin transcript of
  Putin's annual news conference, no front matter (date in the text), UTF-8
  BOM and CRLF line ends; speaker labels, journalists' questions and the
  moderator (Peskov) unlabelled, every paragraph of an answer one quotation,
  continuation paragraphs without a speaker label, one paragraph of history.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO transcript of
  Stoltenberg's press conference after the NATO-Russia Council, with front
  matter, "Name [Role]:" speaker labels and questions naming Russian demands.
- state-2022-01-26-price-briefing: State Department press briefing, front
  matter, "MR PRICE:" / "QUESTION:" transcript, "non-starter".
- kommersant-2022-01-15-grushko-interview: Kommersant Q&A interview in
  translation, front matter, « » marks, dash-led questions and answers, the
  interview given "on Friday" (the day before publication); a quotation from
  the 1997 Founding Act in a reference box (not labelled).
- euronews-2022-01-13-osce-vienna-live: Euronews live blog of the OSCE day in
  Vienna, no front matter (date in the text), reverse-chronological entries
  with timestamps and crossheads, curly marks; two ministers in one sentence,
  a speaker named only by role ("Russia's envoy"), a demand attributed to
  Moscow in passing, an anonymous senior EU official, a split quotation.
- ukrinform-2022-01-27-answers-reactions: machine-translated aggregator
  (Ukrinform style) of reactions to the US/NATO written answers, no front
  matter, „ “ marks, "– has declared X" attribution after the quotation,
  roles ("the Head of the MFA", "the expert"), "yesterday", Lavrov recalling
  Baker 1990 (not labelled), Moscow's demand in passing inside Stoltenberg's
  sentence, a link line.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it needed a guarantee that Ukraine would never join NATO, while Washington said it would not let anyone close the alliance's door, as nearly eight hours of talks in Geneva ended with no sign of a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it needed a guarantee that Ukraine would never join NATO, while Washington said it would not let anyone close the alliance's door, as nearly eight hours of talks in Geneva ended with no sign of a breakthrough.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards, not promises made over dinner - guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He also demanded a firm U.S. commitment not to deploy ground-based intermediate-range missiles in Europe, a class of weapons banned until 2019 under a Cold War-era treaty that Washington abandoned after accusing Russia of breaching it.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("pushing back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Moscow denies planning an invasion and says it can move forces on its own territory as it pleases.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("Putting NATO enlargement at the top of the list is a way of making sure that the answer will be no,", "katrin-vollmer", 1, "Katrin Vollmer", "nato-non-expansion", "mentions", 1, ""),
 ("Whether Washington keeps talking without first seeing those troops pulled back is now the real question,", "samuel-okafor-reed", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("Whether Washington keeps talking without first seeing those troops pulled back is now the real question,", "samuel-okafor-reed", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]

L["kremlin-2021-12-23-putin-annual-news-conference"] = [
 ("You know, you are asking me about guarantees. It is you who must give us guarantees. You, and immediately, now, not in some decades. And not words, not assurances: we need legally binding guarantees, on paper, because we have heard a great many words already.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("As for our troops, where are they? On our own territory. We move them about our own territory as we see fit, and we are not going to ask anyone's permission or pull them back anywhere just because someone in London or Washington demands it.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2021-12-23"),
 ("In 1990 we were told that NATO would not move one inch to the east. That is what they told us. And then? They cheated us, brazenly. Five waves of expansion followed, one after another. Everyone knows this.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("Are we deploying our missiles near the borders of the United States? No, we are not. It is the United States that has come to our home with its missiles, it is already standing at our doorstep. Is it excessive to demand that no strike systems be placed near our home? I think not.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("What do we want? Only one thing: that there be no further movement of NATO to the east. This is not an ultimatum. They keep telling us that every country is free to choose its alliances. Fine, but not at the expense of the security of others, not at the expense of Russia's security.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("What do we want? Only one thing: that there be no further movement of NATO to the east. This is not an ultimatum. They keep telling us that every country is free to choose its alliances. Fine, but not at the expense of the security of others, not at the expense of Russia's security.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2021-12-23"),
 ("Because membership is not the point. Deliveries of weapons, Western instructors, joint exercises on Ukrainian territory, the building of infrastructure: all of this is already happening without any membership. It must stop. That is precisely what our draft treaty is about.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, "2021-12-23"),
 ("And look at what happens over the Black Sea and the Baltic. Strategic bombers fly twenty kilometres from our border, warships with guided missiles on board come into the Black Sea, and large-scale exercises are held right along our border, one after another. All of this has to be restricted, on a reciprocal basis, of course.", "vladimir-putin", 1, "Vladimir Putin", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-23"),
 ("And look at what happens over the Black Sea and the Baltic. Strategic bombers fly twenty kilometres from our border, warships with guided missiles on board come into the Black Sea, and large-scale exercises are held right along our border, one after another. All of this has to be restricted, on a reciprocal basis, of course.", "vladimir-putin", 1, "Vladimir Putin", "limit-military-exercises", "supports", 1, "2021-12-23"),
 ("Our American partners have told us that they are ready to start these talks at the beginning of the year, in Geneva. We are ready to sit down with them without any preconditions, and we expect the same from them. The reaction so far has been positive, on the whole.", "vladimir-putin", 1, "Vladimir Putin", "no-preconditions", "supports", 1, "2021-12-23"),
 ("But I want everyone to understand: this cannot drag on for years. We need an answer. The ball is in their court now.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
]

L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Allies also reject the idea of withdrawing forces and infrastructure from those Allies that joined NATO after 1997. We will not accept a NATO with first-class and second-class members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, NATO is ready to engage in meaningful talks on arms control, including on ground-based missiles, where we have our own concerns. We made concrete proposals today on transparency and risk reduction.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("We also proposed to re-establish our respective offices in Moscow and Brussels, and to make full use of existing military-to-military channels of communication to avoid incidents and accidents. I call on Russia to take us up on that offer.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("No. NATO Allies will not sign any treaty that gives Russia a legal guarantee that the Alliance will never enlarge again. That is not because we want confrontation, but because it would violate the fundamental principles we have all signed up to.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("No. NATO Allies will not sign any treaty that gives Russia a legal guarantee that the Alliance will never enlarge again. That is not because we want confrontation, but because it would violate the fundamental principles we have all signed up to.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("It was raised. My answer was the same one I have given many times: the decision taken by NATO leaders in Bucharest stands, and we are not going to take it back.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("Allies provide support to Ukraine, a close and highly valued partner, and will continue to do so. How we cooperate with our partners is not something we will negotiate with Russia.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("We are ready to meet again. We proposed a series of meetings on a wide range of issues, and the Russian delegation was not in a position to agree to that today, but they did not reject it either.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Let me remind you that the INF Treaty ended in 2019 because Russia had deployed the SSC-8, a missile system that violated the treaty for many years, despite repeated calls from Allies to come back into compliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]

L["state-2022-01-26-price-briefing"] = [
 ("Good afternoon. As you know, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow earlier today, and the Secretary spoke to it at some length this afternoon, so I will be brief at the top.", "ned-price", 1, "Price", "", "", 1, "2022-01-26"),
 ("The response sets out a serious diplomatic path, should Russia choose it. It addresses areas where we believe we can make progress together, on a reciprocal basis, including transparency regarding the deployment of offensive weapons systems near each other's borders and in Ukraine.", "ned-price", 1, "Price", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("It also makes clear that there are core principles we are committed to uphold, and the right of every state to choose its own security arrangements and alliances is one of them.", "ned-price", 1, "Price", "nato-open-door", "supports", 1, "2022-01-26"),
 ("No. We have been clear from the outset that we are not going to put a ban on NATO enlargement on paper, because it is not ours to give. Our answer on that point should come as no surprise to Moscow.", "ned-price", 1, "Price", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("No. We have been clear from the outset that we are not going to put a ban on NATO enlargement on paper, because it is not ours to give. Our answer on that point should come as no surprise to Moscow.", "ned-price", 1, "Price", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("That, too, is a non-starter. The forces that the United States and our Allies have on NATO's eastern flank are there at the invitation of sovereign governments, and they will stay there.", "ned-price", 1, "Price", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Our ships and our aircraft operate in international waters and international airspace, in full accordance with international law, including in the Black Sea. That is not going to change.", "ned-price", 1, "Price", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("It does. It proposes a number of risk-reduction measures, including better military-to-military communication, and we think re-establishing those channels is in everyone's interest, Russia's included.", "ned-price", 1, "Price", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("We are not setting preconditions for diplomacy; we are prepared to keep talking. At the same time, it is very difficult to see diplomacy succeeding in an atmosphere of escalation, and the simplest thing Russia could do is to pull back the forces it has massed on Ukraine's borders.", "ned-price", 1, "Price", "no-preconditions", "supports", 1, "2022-01-26"),
 ("We are not setting preconditions for diplomacy; we are prepared to keep talking. At the same time, it is very difficult to see diplomacy succeeding in an atmosphere of escalation, and the simplest thing Russia could do is to pull back the forces it has massed on Ukraine's borders.", "ned-price", 1, "Price", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Not yet. He expects to speak to Foreign Minister Lavrov in the coming days, once Moscow has had a chance to study the response.", "ned-price", 1, "Price", "", "", 1, "2022-01-26"),
 ("Of course. We shared the response with our Ukrainian partners before we delivered it, and with every one of our NATO Allies. Nothing about Ukraine without Ukraine.", "ned-price", 1, "Price", "", "", 1, "2022-01-26"),
 ("We are not releasing it. We think diplomacy has the best chance to succeed if we give it some space, and that is true whatever Moscow decides to do.", "ned-price", 1, "Price", "", "", 1, "2022-01-26"),
]

L["kommersant-2022-01-15-grushko-interview"] = [
 ("It was a frank, deep and rather tough conversation. But it confirmed that on the fundamental questions our positions diverge seriously, and the NATO side did not show any readiness to take our concerns into account.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
 ("They want to pick out of our package the elements that suit them and put the rest aside. That will not work. For us the key thing is that NATO stops its expansion to the east, and that this is fixed in a legally binding form. Everything else is derivative.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("They want to pick out of our package the elements that suit them and put the rest aside. That will not work. For us the key thing is that NATO stops its expansion to the east, and that this is fixed in a legally binding form. Everything else is derivative.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("And I would add: the Bucharest formula of 2008, under which Ukraine and Georgia «will become members of NATO», must be disavowed. As long as it remains, it is a time bomb under European security.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("It is all written in our draft agreement. The alliance must return to the configuration of May 1997 and withdraw the forces and infrastructure it has deployed since then on the territory of the states that joined later. That is not a whim, it is a question of our security.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("Frankly, these proposals are out of date. Restoring military contacts is not on our agenda now: it makes no sense while NATO has officially declared Russia an adversary and plans its activity on that basis.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-14"),
 ("The alliance's exercises near our borders are growing every year in number and in scale. They must be scaled back and moved away from the line of contact. That is one of the key elements of our proposals.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-14"),
 ("These troops are on Russian territory. Where we station our units is our sovereign affair, and we are not going to discuss it with NATO or with anyone else.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("We will wait for the written answers; they promised them next week. We will study them very carefully, and then the leadership of the country will take a decision.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
 ("Then we will proceed from the fact that NATO is a threat to us, and we will respond with military-technical measures. Nobody should have any doubts about that.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-14"),
]

L["euronews-2022-01-13-osce-vienna-live"] = [
 ("Without a clear answer on the non-expansion of NATO there will be no progress, and I see no grounds to sit down again in a few days just to repeat the same thing,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("There are positive elements, there are nuances, but on the main issues the talks were unsuccessful,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both said on Thursday that any ban on short- and intermediate-range missiles in Europe that left Russia's Iskander systems in Kaliningrad untouched would be unacceptable to the Baltic states.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-intermediate-range-missiles", "rejects", 0, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both said on Thursday that any ban on short- and intermediate-range missiles in Europe that left Russia's Iskander systems in Kaliningrad untouched would be unacceptable to the Baltic states.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "no-intermediate-range-missiles", "rejects", 0, "2022-01-13"),
 ("Polish Defence Minister Mariusz Błaszczak on Thursday dismissed Moscow's calls to curb allied drills on NATO's eastern flank, telling reporters in Warsaw that the alliance would “not cancel a single exercise” on its own territory.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Polish Defence Minister Mariusz Błaszczak on Thursday dismissed Moscow's calls to curb allied drills on NATO's eastern flank, telling reporters in Warsaw that the alliance would “not cancel a single exercise” on its own territory.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Romania's Foreign Minister Bogdan Aurescu said on Thursday that no third country could dictate which weapons were stationed on Romanian soil, calling the US-built missile defence site at Deveselu “purely defensive”.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour towards Russia continues, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("Russia's envoy insisted on a binding pledge that no strike weapons would be deployed in countries neighbouring Russia, “first of all in Ukraine”.", "alexander-lukashevich", 1, "Russia's envoy", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("He added that NATO's offer to restore military channels of communication “will be studied” in Moscow, but was “not a substitute” for answers on the main points.", "alexander-lukashevich", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("What is really on the table is whether Western instructors and weapons stay in Ukraine, Georgia and Moldova,", "ilona-kessel", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-13"),
 ("The West keeps repeating the open-door principle like a mantra, the other side keeps calling it a threat, and in three rounds nobody moved an inch.", "ilona-kessel", 1, "she", "nato-open-door", "mentions", 1, "2022-01-13"),
 ("A senior EU official, speaking on condition of anonymity ahead of the informal meeting of EU foreign ministers in Brest, said on Thursday that the bloc would not accept any arrangement requiring allied troops to leave its eastern member states.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Russia wants assurances that Ukraine will never join NATO and that the alliance will pull back forces and weapons from the eastern European countries that joined after 1997.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wants assurances that Ukraine will never join NATO and that the alliance will pull back forces and weapons from the eastern European countries that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
]

L["ukrinform-2022-01-27-answers-reactions"] = [
 ("There are no concessions at the expense of Ukraine in these answers. The path of Ukraine to NATO remains open, and nobody in Moscow will close it for us", "dmytro-kuleba", 1, "the Head of the MFA", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("There are no concessions at the expense of Ukraine in these answers. The path of Ukraine to NATO remains open, and nobody in Moscow will close it for us", "dmytro-kuleba", 1, "the Head of the MFA", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Secretary of the National Security and Defence Council Oleksiy Danilov has declared in the air of the telemarathon, that any negotiations with the Russian side about the security are possible only after the withdrawal of the Russian troops from the borders of Ukraine.", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-preconditions", "rejects", 0, ""),
 ("Secretary of the National Security and Defence Council Oleksiy Danilov has declared in the air of the telemarathon, that any negotiations with the Russian side about the security are possible only after the withdrawal of the Russian troops from the borders of Ukraine.", "oleksiy-danilov", 1, "Oleksiy Danilov", "russia-de-escalation", "supports", 0, ""),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is a reaction which allows to count on the beginning of the serious conversation, but on the secondary questions", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 ("According to Peskov, the American text contains the reaction on the questions of the military exercises and of the flights of the aircraft and the passage of the ships near the borders, but these are „the secondary things“.", "dmitry-peskov", 1, "Peskov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("According to Peskov, the American text contains the reaction on the questions of the military exercises and of the flights of the aircraft and the passage of the ships near the borders, but these are „the secondary things“.", "dmitry-peskov", 1, "Peskov", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-27"),
 ("The Secretary General of NATO Jens Stoltenberg on Wednesday has declared, that the Alliance will not refuse its support to Ukraine, despite Moscow's demands to stop any military activity of the Alliance on the territory of the former Soviet states.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("The Secretary General of NATO Jens Stoltenberg on Wednesday has declared, that the Alliance will not refuse its support to Ukraine, despite Moscow's demands to stop any military activity of the Alliance on the territory of the former Soviet states.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We are ready to listen to the concerns of Russia, but we cannot compromise on the principles on which the security of Europe is based", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("The Secretary of State of the USA Antony Blinken yesterday has declared, that the USA will not refuse the policy of the open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("The written promise that Ukraine will never be in NATO was not given, and it will not be given", "taras-semeniuk", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 ("The written promise that Ukraine will never be in NATO was not given, and it will not be given", "taras-semeniuk", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 ("The Americans have politely refused on the Bucharest and on the lines of 1997, and now the question is what Putin will do with this refusal", "taras-semeniuk", 1, "Semeniuk", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The Americans have politely refused on the Bucharest and on the lines of 1997, and now the question is what Putin will do with this refusal", "taras-semeniuk", 1, "Semeniuk", "rollback-to-1997", "mentions", 1, ""),
]

write_gold(L, "articles-96", "gold-96")
