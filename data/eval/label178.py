#!/usr/bin/env python3
"""Writes the held-out gold of batch 178 (gold-178/*.nq) from the labels below.

Batch 178 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles on the December 2021 - February 2022
crisis over Russia's demands for "security guarantees":

- pap-2022-01-13-rau-osce-vienna: PAP wire copy from the OSCE Permanent Council
  (front matter, curly quotes, crosshead, a quotation split by "he said",
  1997 Founding Act background, an analyst who only reports what Moscow wants);
- anadolu-2022-01-10-geneva-ryabkov-sherman: Anadolu wire copy on the Geneva
  talks, no front matter (date only in the "|10.01.2022" author line),
  straight quotes, a sentence with two speakers (Sherman rejecting, Moscow's
  demand mentioned in passing), an invented Turkish analyst;
- npr-2022-01-27-written-answers-transcript: radio transcript with speaker
  labels in capitals, a correspondent's indirect speech, an archived soundbite
  and a Q/A interview with an invented former negotiator (one answer paragraph
  = one quotation; host questions unlabelled);
- rupressa-2022-01-20-grushko-izvestia: machine-translated aggregator of an
  Izvestia interview, UTF-8 BOM and CRLF line ends, front matter, « » quotes,
  "– declared she" attribution after the quotation, Baker 1990 background;
- ourcommons-2022-01-31-nddn-anand-eyre: Canadian House of Commons committee
  evidence (no front matter), speaker labels "Hon. Anita Anand (...):", MPs'
  questions and the Chair unlabelled, witness paragraphs each one quotation;
- rusi-2022-02-03-ghost-of-bucharest: commentary quoting experts, curly
  quotes with single quotes for words from documents and history (Baker 1990,
  Bucharest 2008, the draft texts of 17 December: none labelled), a
  quotation split by "said X, director of ...";
- hromadske-2022-01-26-written-answers-live: live blog, newest entry first,
  no front matter, „ “ quotes, a context box, Moscow's demand in passing.

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
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE was ready to serve as a platform for a renewed dialogue on risk reduction and confidence-building, but stressed that every participating state had the inherent right to choose its own security arrangements, including treaties of alliance.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We must focus on a peaceful resolution of the conflict in and around Ukraine, with full respect for its sovereignty and territorial integrity within its internationally recognised borders,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if the aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "the Russian diplomat", "", "", 1, "2022-01-13"),
 ("Speaking to reporters after the session, Lukashevich said Russia would not settle for a “temporary moratorium” on NATO enlargement and wanted a treaty that would be ratified by the US Senate.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("Speaking to reporters after the session, Lukashevich said Russia would not settle for a “temporary moratorium” on NATO enlargement and wanted a treaty that would be ratified by the US Senate.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("Russian troops are on Russian territory. We will not take lessons from anyone about where and how we train our own army,", "alexander-lukashevich", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("The most immediate step Russia can take is to de-escalate,", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("to pull its forces back from Ukraine’s borders and return them to their permanent bases.", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz said in an interview with Polish Radio on Wednesday that Poland would “never accept” any arrangement under which allied troops stationed on its territory would have to leave.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Moscow knows perfectly well that no American administration can sign away NATO’s open door or pull US troops out of Poland and the Baltic states. The point of the drafts is to be able to say afterwards: we tried, and the West refused,", "marta-wierzbinska", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("Moscow knows perfectly well that no American administration can sign away NATO’s open door or pull US troops out of Poland and the Baltic states. The point of the drafts is to be able to say afterwards: we tried, and the West refused,", "marta-wierzbinska", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("If there is anything to rescue from these talks, it is the old INF idea: no intermediate-range missiles in Europe, verified by both sides,", "marta-wierzbinska", 1, "Wierzbińska", "no-intermediate-range-missiles", "supports", 1, ""),
]
L["anadolu-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The deputy minister said Russia was ready to discuss the deployment of intermediate-range missiles and the parameters of military exercises, but only as part of a package in which the question of NATO's non-expansion came first.", "sergei-ryabkov", 1, "The deputy minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The deputy minister said Russia was ready to discuss the deployment of intermediate-range missiles and the parameters of military exercises, but only as part of a package in which the question of NATO's non-expansion came first.", "sergei-ryabkov", 1, "The deputy minister", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("The deputy minister said Russia was ready to discuss the deployment of intermediate-range missiles and the parameters of military exercises, but only as part of a package in which the question of NATO's non-expansion came first.", "sergei-ryabkov", 1, "The deputy minister", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("It is impossible to pick out of our proposals only what is convenient for Washington and leave the rest aside. This is not a menu,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("Asked whether Russia would move its troops away from the Ukrainian border as a goodwill gesture, Ryabkov said there was \"no reason to fear\" an escalation and that Russian units were exercising on their own territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters to the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Asked about Moscow's demand that NATO withdraw troops and weapons from the countries that joined the alliance after 1997, Sherman said the idea was equally a \"non-starter\" for Washington and its allies.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 ("Asked about Moscow's demand that NATO withdraw troops and weapons from the countries that joined the alliance after 1997, Sherman said the idea was equally a \"non-starter\" for Washington and its allies.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russia can show it is serious about diplomacy by de-escalating and pulling back the troops it has massed on Ukraine's border,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("One of the Russian drafts asks that NATO ships and aircraft stay out of any area from which they could strike Russian territory. For a Black Sea country like Türkiye, that is unacceptable, because it would turn the Black Sea into a Russian lake,", "deniz-ertugrul", 1, "Ertugrul", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]
L["npr-2022-01-27-written-answers-transcript"] = [
 ("He said the American answer contained no positive reaction on what he called the main question, which is NATO's eastward expansion.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("But he also said it opened the way for a serious conversation on what he described as secondary issues, things like where intermediate-range missiles can be deployed and how military drills are run.", "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("But he also said it opened the way for a serious conversation on what he described as secondary issues, things like where intermediate-range missiles can be deployed and how military drills are run.", "sergei-lavrov", 1, "he", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it. We are prepared to discuss reciprocal commitments on offensive missile systems and combat forces in Ukraine, and measures to increase confidence regarding military exercises and maneuvers in Europe.", "antony-blinken", 1, "Antony Blinken", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it. We are prepared to discuss reciprocal commitments on offensive missile systems and combat forces in Ukraine, and measures to increase confidence regarding military exercises and maneuvers in Europe.", "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("I think there is, actually. If you read past the headlines, the U.S. is offering to negotiate on intermediate-range missiles in Europe, which is essentially going back to the old INF Treaty, and Russia has been asking for that for years. That's a real offer.", "karen-whitfield", 1, "Karen Whitfield", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("What it does not offer, and what it never could offer, is a legal guarantee that Ukraine will never join NATO. No administration could get that through the Senate, and frankly no administration should try.", "karen-whitfield", 1, "Karen Whitfield", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("What it does not offer, and what it never could offer, is a legal guarantee that Ukraine will never join NATO. No administration could get that through the Senate, and frankly no administration should try.", "karen-whitfield", 1, "Karen Whitfield", "written-legal-guarantees", "rejects", 1, "2022-01-27"),
 ("It's an opening position. Diplomats always say the package is indivisible until the moment they start taking it apart. Ryabkov was a very capable negotiator when I sat across the table from him, and he knows exactly which parts of the Russian draft are there to be traded.", "karen-whitfield", 1, "Karen Whitfield", "", "", 1, "2022-01-27"),
 ("That one is dead on arrival, and it should be. You cannot ask the Poles and the Estonians to go back to the map of the late 1990s and pretend they are still full members of the alliance. I'd be very surprised if even the Russians expect it to be taken seriously.", "karen-whitfield", 1, "Karen Whitfield", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Here I'd be a bit more careful. The training missions in Ukraine, the instructors, the weapons deliveries, those should not stop, and Washington has said they won't. But I do think there's room to talk about, say, how close American bombers fly to Russian airspace over the Black Sea, and the Russians have been very clear that this worries them.", "karen-whitfield", 1, "Karen Whitfield", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("Here I'd be a bit more careful. The training missions in Ukraine, the instructors, the weapons deliveries, those should not stop, and Washington has said they won't. But I do think there's room to talk about, say, how close American bombers fly to Russian airspace over the Black Sea, and the Russians have been very clear that this worries them.", "karen-whitfield", 1, "Karen Whitfield", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 ("Not nearly enough. General Milley and General Gerasimov do speak, but the NATO-Russia military contacts have been essentially frozen since Russia shut its mission in Brussels last October. If I could ask for one thing from both sides this week, it would be to get the militaries back into regular contact, because that is how you stop an accident from turning into a war.", "karen-whitfield", 1, "Karen Whitfield", "resume-military-dialogue", "supports", 1, "2022-01-27"),
]
L["rupressa-2022-01-20-grushko-izvestia"] = [
 ("The alliance must renounce the deployment of the strike weapon systems on the territory of the countries which are bordering with Russia. This is not the wish, this is the necessary condition for the stable security in Europe", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-19"),
 ("According to the diplomat, the NATO ships and the military aircraft must not approach to the Russian borders on the distance, from which they can strike the targets on the territory of Russia, and the same obligations Russia is ready to take on itself.", "alexander-grushko", 1, "the diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-19"),
 ("We offered to agree the restrictions on the exercises: no exercises above the brigade level in the agreed zone along the line of contact of Russia and NATO. The large-scale manoeuvres near our borders is the source of constant tension", "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 1, "2022-01-19"),
 ("On the question about the military contacts Grushko answered, that Moscow sees «no sense» in the restoration of the channels with the military command of NATO, while the alliance considers Russia as the adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-19"),
 ("The open doors is not the sacred right. The freedom of choice of alliances cannot be realised at the expense of the security of other states, and all the participants of OSCE signed under this", "alexander-grushko", 1, "the diplomat", "nato-open-door", "rejects", 1, "2022-01-19"),
 ("The press secretary of the president Dmitry Peskov on Wednesday said, that the Kremlin is ready to continue the dialogue without any preliminary conditions, but the West must not put to Russia the ultimatums about where to keep its own troops on its own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-01-19"),
 ("The press secretary of the president Dmitry Peskov on Wednesday said, that the Kremlin is ready to continue the dialogue without any preliminary conditions, but the West must not put to Russia the ultimatums about where to keep its own troops on its own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-19"),
 ("President Putin is the supporter of the dialogue, but the dialogue must be substantive and not endless", "dmitry-peskov", 1, "the Kremlin representative", "", "", 1, "2022-01-19"),
 ("The deliveries of weapons and the instructors of the NATO countries in Ukraine must to stop. The territory of Ukraine is turned by the alliance into the military polygon", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, "2022-01-19"),
 ("Washington will answer on the secondary questions and will ignore the main question – the non-expansion of NATO to the east. This is clear already now, after Geneva and Brussels", "oleg-smetanin", 1, "Smetanin", "nato-non-expansion", "mentions", 1, ""),
]
L["ourcommons-2022-01-31-nddn-anand-eyre"] = [
 ("Thank you, Mr. Chair, and thank you to the members of the committee for the invitation.", "anita-anand", 1, "Anita Anand", "", "", 1, "2022-01-31"),
 ("Last week, the Prime Minister and I announced that Canada is extending and expanding Operation UNIFIER, our military training mission in Ukraine, for another three years. Canadian trainers have worked with more than 33,000 members of the Ukrainian security forces since 2015, and that work will continue.", "anita-anand", 1, "Anita Anand", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-31"),
 ("Let me also be clear about our allies. Canada leads NATO's enhanced forward presence battle group in Latvia, with soldiers from ten nations. Those troops are there at the invitation of a sovereign ally, and they will remain there. The idea that NATO should withdraw to where it stood a quarter of a century ago is not something Canada will entertain.", "anita-anand", 1, "Anita Anand", "rollback-to-1997", "rejects", 1, "2022-01-31"),
 ("Likewise, a legally binding halt to NATO enlargement is simply unacceptable to us. Every country has the right to choose its own path and its own alliances.", "anita-anand", 1, "Anita Anand", "nato-non-expansion", "rejects", 1, "2022-01-31"),
 ("Likewise, a legally binding halt to NATO enlargement is simply unacceptable to us. Every country has the right to choose its own path and its own alliances.", "anita-anand", 1, "Anita Anand", "written-legal-guarantees", "rejects", 1, "2022-01-31"),
 ("Likewise, a legally binding halt to NATO enlargement is simply unacceptable to us. Every country has the right to choose its own path and its own alliances.", "anita-anand", 1, "Anita Anand", "nato-open-door", "supports", 1, "2022-01-31"),
 ("Arms control is a conversation the allies are prepared to have, but it has to be reciprocal and verifiable. A one-sided ban that leaves Russia's own missiles in Kaliningrad exactly where they are is not something Canada would support.", "anita-anand", 1, "Anita Anand", "no-intermediate-range-missiles", "rejects", 1, "2022-01-31"),
 ("Very few, Mr. Chair. Whether they are restored is a decision for governments rather than for me, but I can tell you the alliance has proposed restoring military contact lines with Moscow, and that proposal is on the table.", "wayne-eyre", 1, "Wayne Eyre", "resume-military-dialogue", "mentions", 1, "2022-01-31"),
 ("When it comes to offensive strike systems near Russia's borders, I would point out that the largest concentration of offensive capability in Europe right now sits on Russia's side of the border, not ours. We will not accept limits that would leave our eastern allies unable to defend themselves.", "wayne-eyre", 1, "Wayne Eyre", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-31"),
 ("NATO exercises are announced well in advance and are open to observation under the Vienna Document. We are not going to cancel or scale down our training in Latvia or anywhere else because Moscow finds it inconvenient.", "wayne-eyre", 1, "Wayne Eyre", "limit-military-exercises", "rejects", 1, "2022-01-31"),
 ("Thank you, Mr. Chair. I have spent the last twenty years studying Russian foreign policy, and I have rarely seen a moment as dangerous as this one.", "natalka-horbach", 1, "Natalka Horbach", "", "", 1, "2022-01-31"),
 ("There are now two positions on the table: talks without preconditions, and no real negotiation while 100,000 troops sit on Ukraine's border. Both are understandable from where each side sits. The question is who blinks first.", "natalka-horbach", 1, "Natalka Horbach", "no-preconditions", "mentions", 1, "2022-01-31"),
 ("There are now two positions on the table: talks without preconditions, and no real negotiation while 100,000 troops sit on Ukraine's border. Both are understandable from where each side sits. The question is who blinks first.", "natalka-horbach", 1, "Natalka Horbach", "russia-de-escalation", "mentions", 1, "2022-01-31"),
 ("I would urge this committee to look carefully at the Baltic states. Their concerns are not abstract, and they deserve to be heard in Ottawa as clearly as in Washington.", "natalka-horbach", 1, "Natalka Horbach", "", "", 1, "2022-01-31"),
 ("More than we think. We have one of the largest Ukrainian diasporas in the world, we lead a battle group in Latvia, and we have trained tens of thousands of Ukrainian soldiers. Moscow notices all of that.", "natalka-horbach", 1, "Natalka Horbach", "", "", 1, "2022-01-31"),
]
L["rusi-2022-02-03-ghost-of-bucharest"] = [
 ("Imagine that Ukraine is a NATO member and starts a military operation to return Crimea. What, are we supposed to go to war with the NATO bloc? Has anyone thought about this?", "vladimir-putin", 1, "the Russian president", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("The Bucharest formula must be disavowed, officially and in writing. Without this, everything else is cosmetics,", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 1, ""),
 ("The Bucharest formula must be disavowed, officially and in writing. Without this, everything else is cosmetics,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, ""),
 ("The Bucharest decision is valid, and no third country has the right to annul it,", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2022-01-18"),
 ("The Bucharest declaration is the only item in the Russian package that would cost the alliance almost nothing to reinterpret, because nobody in Brussels expects to act on it any time soon,", "ilse-vanhove", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("What Moscow really wants is not a signature but a pause, a de facto freeze of enlargement for a decade or two. The demand for a legally binding treaty is the opening bid, not the bottom line,", "andrei-korzhenkov", 1, "Andrei Korzhenkov", "nato-non-expansion", "mentions", 1, ""),
 ("What Moscow really wants is not a signature but a pause, a de facto freeze of enlargement for a decade or two. The demand for a legally binding treaty is the opening bid, not the bottom line,", "andrei-korzhenkov", 1, "Andrei Korzhenkov", "written-legal-guarantees", "mentions", 1, ""),
 ("The question of Ukraine’s membership will not be decided this year or next, and both Moscow and Washington know it,", "oksana-dmytrenko", 1, "Oksana Dmytrenko", "no-ukraine-membership", "mentions", 1, ""),
 ("What worries us far more is the demand that Western instructors and weapons leave Ukraine. Give that up, and we are left alone with the Russian army.", "oksana-dmytrenko", 1, "Oksana Dmytrenko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("You cannot negotiate with a gun pointed at your head. Russia must pull its troops back first, and then we can talk about anything,", "kaja-kallas", 1, "she", "no-preconditions", "rejects", 1, "2022-02-01"),
 ("You cannot negotiate with a gun pointed at your head. Russia must pull its troops back first, and then we can talk about anything,", "kaja-kallas", 1, "she", "russia-de-escalation", "supports", 1, "2022-02-01"),
]
L["hromadske-2022-01-26-written-answers-live"] = [
 ("There are no concessions on Ukraine's path to NATO in this document, and that is exactly how it should be. Nobody will decide for us which alliance we join,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("There are no concessions on Ukraine's path to NATO in this document, and that is exactly how it should be. Nobody will decide for us which alliance we join,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We've addressed the concerns Russia has raised, and we've put forward our own concerns,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We propose to re-establish our respective offices in Moscow and Brussels, and to set up civilian and military contact lines to reduce risks,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("NATO is a defensive alliance. We do not seek confrontation, but we cannot and will not compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Russia is asking the Americans to stop all military cooperation with Ukraine, Georgia and the other former Soviet republics. We discussed this point with Secretary Blinken in detail, and our answer is coordinated,", "josep-borrell", 1, "Borrell", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-26"),
 ("First Deputy Foreign Minister Emine Dzhaparova told Hromadske on Wednesday that Kyiv would not accept any arrangement made over its head, including Moscow's demand that Ukraine give up its bid to join NATO.", "emine-dzhaparova", 1, "Emine Dzhaparova", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("First Deputy Foreign Minister Emine Dzhaparova told Hromadske on Wednesday that Kyiv would not accept any arrangement made over its head, including Moscow's demand that Ukraine give up its bid to join NATO.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The situation is tense, but it is under control, and there is no reason to panic,", "oleksiy-danilov", 1, "Oleksiy Danilov", "", "", 1, "2022-01-24"),
 ("The so-called open door cannot be open to anyone who wants to come in, regardless of the security of others,", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, "2022-01-25"),
]

write_gold(L, "articles-178", "gold-178")
