#!/usr/bin/env python3
"""Writes the 110th held-out gold (gold-110/*.nq) from the labels below.

Batch 110 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- bloomberg-2022-01-10-geneva-sherman-ryabkov: Bloomberg wire copy on the
  Geneva talks (front matter, bullet standfirst, "(Bloomberg) --" dateline,
  crossheads, straight quotes, a quotation split by "Sherman said", a lede
  with two speakers (Moscow, Washington), invented analysts, Bucharest 2008
  as unlabelled background);
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written answers (no front matter, date
  in a header line, speaker labels SECRETARY BLINKEN / MR PRICE / QUESTION;
  the moderator and the questions get no label);
- mid-2022-01-14-lavrov-annual-news-conference: Russian Foreign Ministry
  transcript of Lavrov's annual news conference (UTF-8 BOM before the front
  matter, CRLF line ends, « » quotation marks, "Sergey Lavrov:" and
  "Question (outlet):" labels, continuation paragraphs without label);
- kyivindependent-2022-01-13-osce-vienna-stalemate: Kyiv Independent report
  on the OSCE Permanent Council (curly quotes, photo caption, "Read also"
  link line, crossheads, "despite Moscow's demands that ...", a speaker named
  as "The Russian diplomat", Helsinki 1975 / Istanbul 1999 background);
- meduza-2022-01-27-written-answers-live: Meduza live blog on the reactions
  to the written answers (no front matter, "Last updated" date line,
  timestamped entries in reverse order, Baker 1990 background, a demand
  attributed in passing to Washington, "the main issue" left unspecified);
- kommersant-2022-01-11-grushko-interview: machine-translated Kommersant Q&A
  interview with Grushko (front matter, dash-led questions and answers,
  „ “ quotation marks, odd articles of machine translation);
- politico-2022-02-02-europe-missiles-bargain: Politico Europe analysis with
  national ministers, Borrell, Stoltenberg, a senior EU official and
  invented analysts (curly quotes, words quoted from the leaked US paper and
  from the Bucharest declaration and the Founding Act, left unlabelled).

Conventions (as in the earlier batches):
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives (titles dropped, so
  "SECRETARY BLINKEN:" gives "BLINKEN");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's
  sentence ("despite Moscow's demands that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given; the same
  for Washington ("as Washington has demanded");
- an analyst's own report of what Moscow wants ("Moscow wants ...") is the
  analyst's mention only;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

_lede = "Russia and the U.S. ended almost eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting on a legally binding promise that Ukraine will never join NATO and Washington saying it won't let anyone close the alliance's door."
_rl = "Ryabkov said the Russian side had spelled out that U.S. strike weapons and intermediate-range missiles deployed in countries bordering Russia would cross a \"red line,\" and that he had so far seen no sign that Washington grasped the urgency of the issue."
_sh2 = "We will not allow anyone to slam closed NATO's open-door policy. And we will not forgo bilateral cooperation with sovereign states that wish to work with the United States."
L["bloomberg-2022-01-10-geneva-sherman-ryabkov"] = [
 (_lede, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (_lede, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (_lede, "united-states", 0, "Washington", "nato-open-door", "supports", 0, "2022-01-10"),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (_rl, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-10"),
 (_rl, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("He also dismissed calls for Russia to pull back its forces from the area near Ukraine, saying the troops were on Russian territory and posed no threat to anyone.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 (_sh2, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (_sh2, "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("The Russians put a maximalist package on the table so that anything they get will look like a concession wrung out of Washington,", "olga-vetrenko", 1, "Olga Vetrenko", "", "", 1, ""),
 ("Moscow wants the U.S. out of Ukraine, Georgia and Central Asia altogether -- no bases, no exercises, no instructors. That is the part of the package Washington finds hardest even to discuss,", "gregory-tallis", 1, "Gregory Tallis", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

_b = lambda ev, demand="", stance="": (ev, "antony-blinken", 1, "BLINKEN", demand, stance, 1, "2022-01-26")
_bp3 = "We have put forward possible areas of progress: reciprocal transparency measures regarding force posture in Ukraine, measures to increase confidence regarding military exercises and maneuvers in Europe, and a conversation about arms control on missiles in Europe, including the kind of intermediate-range systems that the INF Treaty once banned."
_bp5 = "There is no change, there will be no change. NATO's door is open and will remain open, and nobody in Moscow gets to decide whether Ukraine walks through it."
_bp7 = "The answer is no. We are not going to sign a legally binding treaty that halts the alliance's enlargement, and I don't think anyone in Moscow seriously expected us to."
_bp8 = "We would welcome a return to regular military-to-military contacts with Russia, which help all of us avoid miscalculation. But let me be clear: we will continue to sail and fly wherever international law allows, including in the Black Sea."
L["state-2022-01-26-blinken-written-response"] = [
 _b("Good afternoon, everyone. A short while ago, Ambassador John Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. Our NATO Allies have been fully consulted at every step, and NATO is delivering its own paper to Moscow in parallel."),
 _b("The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It includes the concerns of the United States and our Allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground."),
 _b(_bp3, "no-intermediate-range-missiles", "mentions"),
 _b(_bp3, "limit-military-exercises", "mentions"),
 _b("We are not making the document public, because we think that diplomacy has the best chance to succeed if we provide space for confidential talks. We hope and expect that Russia will take the same view and treat our proposals seriously."),
 _b(_bp5, "nato-open-door", "supports"),
 _b(_bp5, "no-ukraine-membership", "rejects"),
 _b("We shared the text with Ukraine before we delivered it, and President Zelensky and Foreign Minister Kuleba had every opportunity to weigh in. Nothing about Ukraine without Ukraine, nothing about Europe without Europe."),
 _b(_bp7, "nato-non-expansion", "rejects"),
 _b(_bp7, "written-legal-guarantees", "rejects"),
 _b(_bp8, "resume-military-dialogue", "supports"),
 _b(_bp8, "no-warships-aircraft-in-strike-range", "rejects"),
 _b("If Russia renews its aggression against Ukraine, there will be massive consequences, and we've been very clear about that with our Allies and partners, including in the last few days."),
 _b("The ball is in Russia's court. We'll see what Moscow chooses to do, and we are ready either way: ready for diplomacy, ready for a firm response."),
]

_l = lambda ev, demand="", stance="": (ev, "sergei-lavrov", 1, "Sergey Lavrov", demand, stance, 1, "2022-01-14")
_l3 = "The key element is the guarantee that NATO will not move eastward. Not the verbal assurances that were given to the Soviet leadership in 1990 and turned out to be worthless, but legally binding commitments. We will not accept another deception."
_l6 = "We do not want to see NATO strike systems deployed in Ukraine or anywhere else near our borders, a few minutes' flight time from Moscow. It is not even a question of whether Kiev formally joins the bloc: the military development of Ukrainian territory is already under way, with instructors, exercises and constant arms deliveries, and it must stop."
L["mid-2022-01-14-lavrov-annual-news-conference"] = [
 _l("Good afternoon, colleagues. By tradition, we meet at the beginning of the year to sum up the results of the previous one. The year 2021 was not an easy one, and I will not hide from you that the main subject of our conversation today will be security in Europe."),
 _l("In December we handed over to the Americans and to NATO two draft documents, and this week we held three rounds of talks: in Geneva, in Brussels and in Vienna. We expect a concrete written response, article by article, to each of our proposals. Our patience has run out."),
 _l(_l3, "nato-non-expansion", "supports"),
 _l(_l3, "written-legal-guarantees", "supports"),
 _l("The «open door» policy is not an article of faith. The alliance likes to repeat that every state is free to choose its alliances, but in the same OSCE documents it is written that no state shall strengthen its security at the expense of the security of others. Nobody has cancelled that second part.", "nato-open-door", "rejects"),
 _l("If there is no constructive response and the West continues its aggressive line, Russia will take the necessary retaliatory measures, as President Vladimir Putin has said more than once."),
 _l(_l6, "no-strike-weapons-near-borders", "supports"),
 _l(_l6, "no-military-activity-ex-soviet", "supports"),
 _l("We are moving our troops on our own territory, as we have always done and always will. Nobody will dictate to us the deployment of the Russian armed forces inside Russia.", "russia-de-escalation", "rejects"),
 _l("I would add that we have heard nothing new from our Western colleagues on this subject for eight years. The same accusations, the same «megaphone diplomacy»."),
 _l("Yes. The Bucharest formula of 2008 must be disavowed. As long as it stays on paper, it is a time bomb under European security, and our partners know this perfectly well.", "rescind-bucharest-2008", "supports"),
 _l("We were promised an answer next week. We will wait for it, we will study it, and then we will report to the President, who will take a decision. I will not speculate about the options."),
]

_rau = "At a press conference afterwards, Rau said the OSCE was ready to serve as a platform for talks on limiting military exercises and on risk reduction, but that the right of every state to choose its own security arrangements was not up for negotiation."
_stol = "Despite Moscow’s demands that Ukraine never be admitted to the alliance, NATO Secretary General Jens Stoltenberg said after Wednesday’s meeting of the NATO-Russia Council that allies would not compromise on Ukraine’s right to choose its own path."
L["kyivindependent-2022-01-13-osce-vienna-stalemate"] = [
 ("Russia’s envoy to the Organization for Security and Co-operation in Europe, Alexander Lukashevich, warned on Jan. 13 that Moscow would take “military-technical” measures if the West did not accept its demand for a halt to NATO’s eastward expansion.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("The risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 (_rau, "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 (_rau, "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We need answers not in a year and not in a month, but now. If we do not hear a constructive response within a reasonable time frame, we will be forced to draw conclusions,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The Russian diplomat said NATO’s drills near Russia’s borders had grown in scale and frequency and had to be curtailed, adding that Moscow had heard nothing in Vienna to suggest its concerns were being taken seriously.", "alexander-lukashevich", 1, "The Russian diplomat", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("We are not going to pull our forces out of the allies that joined NATO after 1997. That is simply not on the table,", "michael-carpenter", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 (_stol, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (_stol, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 (_stol, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("In an interview with the Kyiv Independent on Thursday, Foreign Minister Dmytro Kuleba said Ukraine would not accept any arrangement that restricted its right to receive weapons from its partners.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("Ukraine will not be a bargaining chip, and nobody will sit down at a table about us without us,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-13"),
 ("Moscow keeps saying it wants talks without preconditions, but its whole package is one big precondition,", "oksana-hrynevych", 1, "Oksana Hrynevych", "no-preconditions", "mentions", 1, ""),
]

_sham = "Nobody in the Kremlin seriously expected Washington to renounce NATO enlargement in writing. The real question now is whether Putin treats this as a reason to escalate or as a basis for long negotiations,"
_ryab = "Deputy Foreign Minister Sergei Ryabkov told Interfax on Thursday that Moscow would not settle for a \"moratorium\" on NATO enlargement in place of a legally binding treaty."
_pesk = "Asked whether Russia would pull its troops back from the Ukrainian border as Washington has demanded, the Kremlin spokesman replied that the movement of forces inside Russia was \"exclusively our business.\""
_lav = "The main issue is our clear position on the inadmissibility of NATO's further expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
L["meduza-2022-01-27-written-answers-live"] = [
 ("a polite no wrapped in an invitation to keep talking.", "kirill-shamov", 1, "Kirill Shamov", "", "", 1, "2022-01-27"),
 (_sham, "kirill-shamov", 1, "Shamov", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (_sham, "kirill-shamov", 1, "Shamov", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 (_ryab, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 (_ryab, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is no point in restoring military contacts with NATO while the alliance keeps treating us as an adversary,", "sergei-ryabkov", 1, "the deputy minister", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("Once again we have been lectured about the so-called open door, as if the principle of indivisible security did not exist at all,", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("It would be wrong to rush to any conclusions,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("There are some points on which serious talks could begin, but on the points that matter most to us, our concerns were not taken into account.", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 (_pesk, "dmitry-peskov", 1, "the Kremlin spokesman", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 (_pesk, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("no positive reaction on the main issue.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 (_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_lav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
]

_g = lambda ev, demand="", stance="": (ev, "alexander-grushko", 1, "Alexander Grushko", demand, stance, 1, "2022-01-11")
_g2 = "No, it is not enough. The so-called policy of „open doors“ is not the right of someone to join, it is the right of the Alliance to invite, and exactly this policy has brought us to the current crisis. We need the guarantees that NATO will not expand further to the east."
_g3 = "The Alliance must renounce the deployment of the strike weapon systems on the territory of the neighbouring states and stop the exercises of the battalion and brigade level near our borders. The flights of the strategic bombers along our borders and the activity of the warships in the Black Sea create the risk of the incidents every day, and this must end."
_g5 = "To speak about the conditions is not appropriate. The Russian troops are located on the Russian territory, and nobody has the right to demand from us their withdrawal. We are ready for the negotiations without preconditions, and we expect the same approach from the partners."
_g6 = "The Bucharest decision of 2008, in which it was written that Ukraine and Georgia will become the members of NATO, must be cancelled, it is the source of the permanent instability. We also insist on the withdrawal of the forces and the infrastructure which appeared on the territory of the new members after May 1997."
L["kommersant-2022-01-11-grushko-interview"] = [
 _g("We go to Brussels not in order to listen to the lectures, but in order to receive the clear answer to our proposals. The time of the endless consultations for the sake of the consultations has passed."),
 _g(_g2, "nato-open-door", "rejects"),
 _g(_g2, "nato-non-expansion", "supports"),
 _g(_g3, "no-strike-weapons-near-borders", "supports"),
 _g(_g3, "limit-military-exercises", "supports"),
 _g(_g3, "no-warships-aircraft-in-strike-range", "supports"),
 _g("This question can be discussed, but only in the package with everything else. The military contacts by themselves do not solve anything if the Alliance continues to regard Russia as the adversary.", "resume-military-dialogue", "mentions"),
 _g(_g5, "russia-de-escalation", "rejects"),
 _g(_g5, "no-preconditions", "supports"),
 _g(_g6, "rescind-bucharest-2008", "supports"),
 _g(_g6, "rollback-to-1997", "supports"),
 _g("Then we will proceed from the assessment of the risks and will use all the means which are at our disposal to ensure our security. I would not like to speak about it in detail now, but our partners understand very well what is at stake."),
 _g("The compromise is possible on the secondary questions. On the principal questions we cannot go for the compromise, because it is the question of the national security of Russia."),
]

_bor = "EU foreign policy chief Josep Borrell said on Tuesday that there could be no serious negotiation “with a gun on the table,” and that Russia had to pull its troops back from Ukraine’s border before talks could move forward."
_wie = "The open door is a principle, not a timetable, and everyone in Brussels knows Ukraine is not joining this decade,"
L["politico-2022-02-02-europe-missiles-bargain"] = [
 ("Poland will not agree to any ban on American intermediate-range missiles in Europe being written over our heads. Redzikowo is a defensive installation, not a bargaining chip in anybody’s talks with Moscow,", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-intermediate-range-missiles", "rejects", 1, "2022-02-01"),
 ("Limits on where and how often we exercise on our own soil are a non-starter. Russia does not get to set our training calendar,", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-31"),
 ("A senior EU official said on Wednesday that Brussels would not accept any arrangement that turned Ukraine, Georgia or Moldova into a buffer zone barred from military cooperation with the West.", "european-union", 0, "A senior EU official", "no-military-activity-ex-soviet", "rejects", 0, "2022-02-02"),
 ("French Foreign Minister Jean-Yves Le Drian said on Monday that Paris was willing to discuss limits on offensive weapons close to Russia’s borders, but only “on a reciprocal basis.”", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-31"),
 (_bor, "josep-borrell", 1, "Josep Borrell", "russia-de-escalation", "supports", 0, "2022-02-01"),
 (_bor, "josep-borrell", 1, "Josep Borrell", "no-preconditions", "rejects", 0, "2022-02-01"),
 ("We are ready to sit down, but we are also prepared for the worst,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-02-01"),
 ("Any attempt to revoke Bucharest is unacceptable to us. The promise was made to Georgia and Ukraine, and it stands,", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, ""),
 ("The Russians asked for Bucharest to be disavowed knowing full well it won’t happen. It is in the package to be traded away later,", "henrike-aaltonen", 1, "Henrike Aaltonen", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The same goes, she argued, for the demand that NATO withdraw from the countries that joined after 1997.", "henrike-aaltonen", 1, "she", "rollback-to-1997", "mentions", 0, ""),
 ("Rolling NATO back to 1997 would mean taking allied troops out of Poland, the Baltics and Romania. That is the part of the Russian package nobody in Europe even wants Washington to read aloud,", "henrike-aaltonen", 1, "Aaltonen", "rollback-to-1997", "mentions", 1, ""),
 ("Retired Dutch Rear Admiral Pieter Vandermolen, who now teaches at the Netherlands Defence Academy, noted that the Russian drafts would keep American warships and bombers out of any area from which they could strike Russian territory, which in practice would cover much of the Baltic and Black seas.", "pieter-vandermolen", 1, "Pieter Vandermolen", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 (_wie, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "nato-open-door", "mentions", 1, ""),
 (_wie, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "no-ukraine-membership", "mentions", 1, ""),
 ("We spent all of January arguing about whether Russian troops should pull back from the border, and not one battalion has gone home,", "tomasz-wierzbicki", 1, "Wierzbicki", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-110", "gold-110")
