#!/usr/bin/env python3
"""Writes the fourth held-out gold (gold-4/*.nq) from the labels below.

Batch 4 (10 articles: TASS and Interfax wire copy, a Kremlin and a NATO
transcript, Ukrinform, a Guardian-style analysis with analysts and a
historical paragraph, a Politico-style piece on US officials, AP and Reuters
wire copy, a Baltic/Polish piece) was written and labelled before the
extractor ever ran on it, and committed alone; the extractor, its lexicon and
its earlier first-run scores were not consulted while writing or labelling.

The labels were written by hand, from reading the articles. Conventions are
those of data/curated/statements.nq and README.md: one label per (speaker,
demand) a passage expresses; one label without demand for every quotation
(or transcript speech) of six or more words about none of the demands;
indirect statements without a demand, transcript questions and moderators'
lines get no label. Each label names its evidence by a unique substring of
the article; this script only turns it into code-point offsets (into the
whole file, BOM and front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["tass-2021-12-18-duma-draft-treaties"] = [
 ("The draft agreements on security guarantees published by the Russian Foreign Ministry must become legally binding treaties rather than another set of political declarations, Chairman of the State Duma Committee on International Affairs Leonid Slutsky said on Saturday.", "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 0, "2021-12-18"),
 ("The West has given us verbal assurances before, and we know what they were worth. This time we need signatures under a ratified treaty,", "leonid-slutsky", 1, "Slutsky", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("According to the lawmaker, the key provision of the draft treaty with the United States is the commitment to exclude further eastward expansion of NATO and to deny membership in the alliance to Ukraine and other former Soviet republics.", "leonid-slutsky", 1, "the lawmaker", "nato-non-expansion", "supports", 0, "2021-12-18"),
 ("According to the lawmaker, the key provision of the draft treaty with the United States is the commitment to exclude further eastward expansion of NATO and to deny membership in the alliance to Ukraine and other former Soviet republics.", "leonid-slutsky", 1, "the lawmaker", "no-ukraine-membership", "supports", 0, "2021-12-18"),
 ("must be formally disavowed by the alliance itself.", "leonid-slutsky", 1, "Slutsky", "rescind-bucharest-2008", "supports", 1, "2021-12-18"),
 ("On Friday, the Russian Foreign Ministry said in a statement that the draft agreement with NATO obliges the alliance not to deploy forces and weapons on the territory of any European state in addition to those stationed there as of May 27, 1997.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Deputy Foreign Minister Sergei Ryabkov, who presented the documents to journalists on Friday, said Moscow was ready to start talks in Geneva \"even tomorrow\" and insisted that NATO must renounce any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("an honest offer to fix the rules of the game in Europe for decades ahead.", "konstantin-kosachev", 1, "Konstantin Kosachev", "", "", 1, "2021-12-17"),
 ("We are not asking the Americans for anything we are not ready to give ourselves: no intermediate-range missiles where they can reach each other's territory, no warships and bombers in areas from which they can strike,", "konstantin-kosachev", 1, "Konstantin Kosachev", "no-intermediate-range-missiles", "supports", 1, "2021-12-17"),
 ("We are not asking the Americans for anything we are not ready to give ourselves: no intermediate-range missiles where they can reach each other's territory, no warships and bombers in areas from which they can strike,", "konstantin-kosachev", 1, "Konstantin Kosachev", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-17"),
 ("The ball is in the court of Washington and Brussels. We expect an answer without delays and without any preconditions,", "vyacheslav-volodin", 1, "Volodin", "no-preconditions", "supports", 1, ""),
]

L["kremlin-2021-12-23-putin-annual-news-conference"] = [
 ("You are asking me for guarantees? It is you who should give us guarantees, and give them immediately, right now, instead of talking about them for another ten years.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("We are not the ones moving east. Russia did not come to the borders of the United States, or to the borders of Britain. It is the alliance that has come right up to our doorstep, wave after wave.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("In 1990 we were told that the bloc would not move an inch to the east, and then there were five waves of expansion.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("That is why this time we want everything on paper, in a legally binding form, signed and ratified.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("How would the Americans react if we put our missiles on the border between Canada and the United States, or in Mexico? Our missiles are not standing near Washington. But theirs may appear in Ukraine, four or five minutes' flight time from Moscow, and we cannot allow that.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Our troops are on our own territory, and we will move them wherever we consider it necessary. We do not have to report to anybody about it.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2021-12-23"),
 ("We have handed our proposals to Washington and to NATO, and so far we see a positive reaction: our American partners tell us they are ready to begin talks in Geneva at the very start of the year. I hope that the situation will develop along these lines.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
]

L["nato-2022-01-07-stoltenberg-foreign-ministers"] = [
 ("Good afternoon. NATO Foreign Ministers met today to address Russia's military build-up in and around Ukraine, and to prepare for the meetings with Russia next week, including the NATO-Russia Council on Wednesday.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-07"),
 ("Russia has continued to mass tens of thousands of combat-ready troops, heavy weapons and tanks close to Ukraine's borders. We call on Russia to de-escalate and to withdraw those forces.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-07"),
 ("Allies are ready to engage in a meaningful dialogue with Russia. We are ready to discuss arms control, including missiles in Europe, greater transparency and risk reduction around military exercises, and better military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-07"),
 ("Allies are ready to engage in a meaningful dialogue with Russia. We are ready to discuss arms control, including missiles in Europe, greater transparency and risk reduction around military exercises, and better military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-07"),
 ("Allies are ready to engage in a meaningful dialogue with Russia. We are ready to discuss arms control, including missiles in Europe, greater transparency and risk reduction around military exercises, and better military-to-military communication.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 1, "2022-01-07"),
 ("But we will not compromise on core principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-07"),
 ("Whether Ukraine joins the Alliance will be decided by Ukraine and the thirty Allies, and by no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-07"),
 ("Whether Ukraine joins the Alliance will be decided by Ukraine and the thirty Allies, and by no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-07"),
 ("And we will not accept that Allies who joined after 1997 become second-class members, without the forces and the infrastructure they need to defend themselves.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-07"),
 ("No. Enlargement has been a great success for Europe, and NATO's door remains open. It is for each country to decide its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-07"),
 ("No. Enlargement has been a great success for Europe, and NATO's door remains open. It is for each country to decide its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-07"),
 ("I do not expect that we will solve all the issues in one meeting. But it is a positive sign that Russia has agreed to sit down with us, and we are prepared for a difficult conversation.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-07"),
]

L["ukrinform-2022-01-19-zelensky-kuleba-alliances"] = [
 ("President of Ukraine Volodymyr Zelensky has stressed that Ukraine's course towards membership in NATO is enshrined in the Constitution and cannot be the subject of bargaining between other states.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, "2022-01-18"),
 ("President of Ukraine Volodymyr Zelensky has stressed that Ukraine's course towards membership in NATO is enshrined in the Constitution and cannot be the subject of bargaining between other states.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-18"),
 ("Our path to NATO is our choice, and it is written in our Constitution. No one in Moscow, and no one in any other capital, will decide for Ukrainians which alliance we join,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-18"),
 ("Our path to NATO is our choice, and it is written in our Constitution. No one in Moscow, and no one in any other capital, will decide for Ukrainians which alliance we join,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("The best security guarantee for Ukraine and for all of Europe is the withdrawal of Russian troops from our borders, not new agreements signed behind our back.", "volodymyr-zelensky", 1, "The President", "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("Minister of Foreign Affairs of Ukraine Dmytro Kuleba, speaking at a briefing in Kyiv on Wednesday, noted that the decision of the NATO summit in Bucharest in 2008 remains in force and that Ukraine expects the Allies to reaffirm it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "rescind-bucharest-2008", "rejects", 0, "2022-01-19"),
 ("Russia demands that NATO slam the door in our face and forget Bucharest. This will not happen, and our partners have assured us of that,", "dmytro-kuleba", 1, "the minister", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 ("Russia demands that NATO slam the door in our face and forget Bucharest. This will not happen, and our partners have assured us of that,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Russia demands that NATO slam the door in our face and forget Bucharest. This will not happen, and our partners have assured us of that,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("According to Kuleba, Ukraine's defence cooperation with the United States, the United Kingdom, Canada and other partners is a sovereign matter of Ukraine and «will only grow».", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-19"),
 ("an attempt to revise the results of the Cold War and to divide Europe into spheres of influence", "ukrainian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Ukraine", "", "", 1, ""),
]

L["guardian-2022-01-09-analysis-russia-demands"] = [
 ("Moscow’s draft treaties, published on 17 December, demand that Nato rule out membership for Ukraine, pull its forces back from the countries that joined after 1997, keep strike weapons away from Russia’s borders and stop holding exercises near them.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Moscow’s draft treaties, published on 17 December, demand that Nato rule out membership for Ukraine, pull its forces back from the countries that joined after 1997, keep strike weapons away from Russia’s borders and stop holding exercises near them.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Moscow’s draft treaties, published on 17 December, demand that Nato rule out membership for Ukraine, pull its forces back from the countries that joined after 1997, keep strike weapons away from Russia’s borders and stop holding exercises near them.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("Moscow’s draft treaties, published on 17 December, demand that Nato rule out membership for Ukraine, pull its forces back from the countries that joined after 1997, keep strike weapons away from Russia’s borders and stop holding exercises near them.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("not one inch of Nato’s present military jurisdiction", "james-baker", 1, "James Baker", "", "", 1, "1990-02-09"),
 ("Putin has asked for things he knows he cannot get,", "rachel-linden", 1, "Rachel Linden", "", "", 1, ""),
 ("The Kremlin wants a legally binding promise that Nato will never expand again, and no American administration could sign that.", "rachel-linden", 1, "Rachel Linden", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin wants a legally binding promise that Nato will never expand again, and no American administration could sign that.", "rachel-linden", 1, "Rachel Linden", "written-legal-guarantees", "mentions", 1, ""),
 ("Nato cannot hand Moscow a veto over which countries join it,", "tom-aldridge", 1, "Tom Aldridge", "nato-open-door", "supports", 1, ""),
 ("That is the one principle on which the allies will not budge, and nor should they.", "tom-aldridge", 1, "Tom Aldridge", "nato-open-door", "supports", 1, ""),
 ("There is a real deal to be had on missiles in Europe and on the size of exercises – the kind of arrangements that existed before the INF treaty collapsed in 2019,", "tom-aldridge", 1, "Aldridge", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("There is a real deal to be had on missiles in Europe and on the size of exercises – the kind of arrangements that existed before the INF treaty collapsed in 2019,", "tom-aldridge", 1, "Aldridge", "limit-military-exercises", "mentions", 1, ""),
 ("US officials said on Saturday that Washington was prepared to discuss scaling back military exercises in eastern Europe if Russia did the same.", "united-states", 0, "US officials", "limit-military-exercises", "mentions", 0, "2022-01-08"),
 ("For Russia, Ukraine in Nato is a red line, full stop. If the Americans think they can talk only about missiles and drills, they will find nobody in Moscow to talk to,", "igor-semyonov", 1, "Igor Semyonov", "no-ukraine-membership", "supports", 1, ""),
 ("For Russia, Ukraine in Nato is a red line, full stop. If the Americans think they can talk only about missiles and drills, they will find nobody in Moscow to talk to,", "igor-semyonov", 1, "Igor Semyonov", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("For Russia, Ukraine in Nato is a red line, full stop. If the Americans think they can talk only about missiles and drills, they will find nobody in Moscow to talk to,", "igor-semyonov", 1, "Igor Semyonov", "limit-military-exercises", "mentions", 1, ""),
]

L["interfax-2022-01-12-fomin-military-contacts"] = [
 ("The Deputy Minister of Defence of the Russian Federation Alexander Fomin after the session of the Council Russia-NATO in Brussels on Wednesday declared, that the alliance must refuse from the carrying out of large-scale exercises near the borders of Russia.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("We proposed to the alliance to take the zones of exercises away from the line of contact and to agree about the minimal distances of approach for the warships and the aircrafts. Unfortunately, the reaction of our partners was not positive", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("We proposed to the alliance to take the zones of exercises away from the line of contact and to agree about the minimal distances of approach for the warships and the aircrafts. Unfortunately, the reaction of our partners was not positive", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-12"),
 ("According to him, the military contacts of Russia and NATO are practically frozen, and Moscow considers necessary to restore the channels of the military dialogue for the prevention of the dangerous incidents.", "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("The deputy minister also accused the alliance in the sharp increasing of the flights of the reconnaissance aircrafts and the strategic bombers near the Russian borders.", "alexander-fomin", 1, "The deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("In the last year the quantity of such flights has grown in several times. This is not defence, this is preparation", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-12"),
 ("The Secretary General of NATO Jens Stoltenberg on the press conference after the session in his turn declared, that the alliance is ready to discuss the mutual restrictions on the exercises and the restoration of the military channels of communication, but not the right of the countries to join the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("The Secretary General of NATO Jens Stoltenberg on the press conference after the session in his turn declared, that the alliance is ready to discuss the mutual restrictions on the exercises and the restoration of the military channels of communication, but not the right of the countries to join the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("The Secretary General of NATO Jens Stoltenberg on the press conference after the session in his turn declared, that the alliance is ready to discuss the mutual restrictions on the exercises and the restoration of the military channels of communication, but not the right of the countries to join the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
]

L["politico-2022-01-05-donfried-smith-nonstarters"] = [
 ("The United States will not agree to pull NATO forces out of the alliance's eastern members or to close the door to Ukraine, senior U.S. officials said this week, calling central parts of Moscow's draft treaty, published on December 17, \"non-starters.\"", "united-states", 0, "senior U.S. officials", "rollback-to-1997", "rejects", 0, ""),
 ("The United States will not agree to pull NATO forces out of the alliance's eastern members or to close the door to Ukraine, senior U.S. officials said this week, calling central parts of Moscow's draft treaty, published on December 17, \"non-starters.\"", "united-states", 0, "senior U.S. officials", "nato-open-door", "supports", 0, ""),
 ("The United States will not agree to pull NATO forces out of the alliance's eastern members or to close the door to Ukraine, senior U.S. officials said this week, calling central parts of Moscow's draft treaty, published on December 17, \"non-starters.\"", "united-states", 0, "senior U.S. officials", "no-ukraine-membership", "rejects", 0, ""),
 ("Karen Donfried, the assistant secretary of state for European and Eurasian affairs, told reporters on a conference call on Tuesday that Washington was prepared to talk about missile deployments and military exercises, but not about the principles of European security.", "karen-donfried", 1, "Karen Donfried", "no-intermediate-range-missiles", "mentions", 0, "2022-01-04"),
 ("Karen Donfried, the assistant secretary of state for European and Eurasian affairs, told reporters on a conference call on Tuesday that Washington was prepared to talk about missile deployments and military exercises, but not about the principles of European security.", "karen-donfried", 1, "Karen Donfried", "limit-military-exercises", "mentions", 0, "2022-01-04"),
 ("There are some things in the Russian documents that we are prepared to work on, and there are others that the Russians know are non-starters,", "karen-donfried", 1, "Donfried", "", "", 1, "2022-01-04"),
 ("The idea that NATO would withdraw from allies who joined after 1997 is one of them.", "karen-donfried", 1, "Donfried", "rollback-to-1997", "rejects", 1, "2022-01-04"),
 ("She said the 2008 Bucharest declaration, in which allies agreed that Ukraine and Georgia would become members, \"still stands,\" and that Washington would not negotiate over the heads of Kyiv or Tbilisi.", "karen-donfried", 1, "Donfried", "rescind-bucharest-2008", "rejects", 0, "2022-01-04"),
 ("We are not going to turn the clock back to a time when there were no allied troops on the eastern flank,", "julianne-smith", 1, "Julianne Smith", "rollback-to-1997", "rejects", 1, "2022-01-05"),
 ("And nobody outside this alliance gets a vote on who joins it.", "julianne-smith", 1, "Julianne Smith", "nato-open-door", "supports", 1, "2022-01-05"),
 ("Smith also rejected Moscow's demand that the United States end its military cooperation with Ukraine, saying American training and deliveries of defensive weapons would continue.", "julianne-smith", 1, "Smith", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-05"),
 ("She said Russia must first pull back the roughly 100,000 troops it has massed near Ukraine if it was serious about diplomacy.", "julianne-smith", 1, "Smith", "russia-de-escalation", "supports", 0, "2022-01-05"),
 ("Russian officials have insisted that the talks, which begin in Geneva on Monday, go ahead without preconditions, and Moscow has said it will not accept demands to move troops on its own territory.", "russia", 0, "Russian officials", "no-preconditions", "supports", 0, ""),
 ("Russian officials have insisted that the talks, which begin in Geneva on Monday, go ahead without preconditions, and Moscow has said it will not accept demands to move troops on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

L["ap-2022-01-30-uk-warns-russia"] = [
 ("British Foreign Secretary Liz Truss on Sunday urged Russia to pull its troops back from Ukraine’s border and said new legislation would let Britain sanction a wider range of companies and individuals close to the Kremlin.", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, "2022-01-30"),
 ("The Kremlin has to step back from the brink and move its forces away from Ukraine. If it does not, the cost will be severe,", "liz-truss", 1, "Truss", "russia-de-escalation", "supports", 1, "2022-01-30"),
 ("would be a disaster for Russia and for the whole world.", "boris-johnson", 1, "Boris Johnson", "", "", 1, "2022-01-29"),
 ("Johnson added that whether Ukraine joins NATO was a matter for Ukraine and the alliance alone, and that NATO’s door would stay open.", "boris-johnson", 1, "Johnson", "nato-open-door", "supports", 0, "2022-01-29"),
 ("Johnson added that whether Ukraine joins NATO was a matter for Ukraine and the alliance alone, and that NATO’s door would stay open.", "boris-johnson", 1, "Johnson", "no-ukraine-membership", "rejects", 0, "2022-01-29"),
 ("Defence Secretary Ben Wallace said last week that Britain would not accept Moscow’s demand that NATO pull its forces out of eastern Europe, and that British troops in Estonia “are staying where they are.”", "ben-wallace", 1, "Ben Wallace", "rollback-to-1997", "rejects", 0, ""),
 ("We are moving our forces on our own territory, and nobody in London or Washington can tell us where to keep them,", "andrei-kelin", 1, "Kelin", "russia-de-escalation", "rejects", 1, "2022-01-30"),
 ("He added that the written answers sent by Washington and NATO last week had ignored Moscow’s main demand that the alliance stop expanding eastward, and that Russia still wanted “a treaty, signed and ratified, not a letter full of good wishes.”", "andrei-kelin", 1, "Kelin", "nato-non-expansion", "supports", 0, "2022-01-30"),
 ("a treaty, signed and ratified, not a letter full of good wishes.", "andrei-kelin", 1, "Kelin", "written-legal-guarantees", "supports", 1, "2022-01-30"),
]

L["reuters-2022-01-28-antonov-written-response"] = [
 ("Russia's ambassador to the United States, Anatoly Antonov, said on Thursday that Washington's written response to Moscow's security proposals failed to address the main issue, the non-expansion of NATO, although Russia would study it carefully.", "anatoly-antonov", 1, "Anatoly Antonov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("We did not see a readiness to take into account our key concern. NATO is moving closer and closer to our borders, and we cannot simply watch this happen,", "anatoly-antonov", 1, "Antonov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The ambassador added that the United States should stop sending weapons and military instructors to Ukraine, which he said was being turned into \"a springboard against Russia.\"", "anatoly-antonov", 1, "The ambassador", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("in the form of a treaty, not a collection of promises,", "anatoly-antonov", 1, "Antonov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("It is not my role to make forecasts. Diplomats should work quietly, without megaphones.", "anatoly-antonov", 1, "Antonov", "", "", 1, "2022-01-27"),
 ("A senior U.S. official, speaking on condition of anonymity, told Reuters on Friday that the U.S. response offered reciprocal limits on military exercises and on missile deployments in Europe, but gave Moscow no say over who joins NATO.", "united-states", 0, "A senior U.S. official", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("A senior U.S. official, speaking on condition of anonymity, told Reuters on Friday that the U.S. response offered reciprocal limits on military exercises and on missile deployments in Europe, but gave Moscow no say over who joins NATO.", "united-states", 0, "A senior U.S. official", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 ("A senior U.S. official, speaking on condition of anonymity, told Reuters on Friday that the U.S. response offered reciprocal limits on military exercises and on missile deployments in Europe, but gave Moscow no say over who joins NATO.", "united-states", 0, "A senior U.S. official", "nato-open-door", "supports", 0, "2022-01-28"),
 ("We put real ideas on the table on exercises and missiles. What we will not do is trade away the right of Ukraine or anyone else to choose their partners,", "united-states", 0, "the official", "limit-military-exercises", "mentions", 1, "2022-01-28"),
 ("We put real ideas on the table on exercises and missiles. What we will not do is trade away the right of Ukraine or anyone else to choose their partners,", "united-states", 0, "the official", "no-intermediate-range-missiles", "mentions", 1, "2022-01-28"),
 ("We put real ideas on the table on exercises and missiles. What we will not do is trade away the right of Ukraine or anyone else to choose their partners,", "united-states", 0, "the official", "nato-open-door", "supports", 1, "2022-01-28"),
 ("We put real ideas on the table on exercises and missiles. What we will not do is trade away the right of Ukraine or anyone else to choose their partners,", "united-states", 0, "the official", "no-ukraine-membership", "rejects", 1, "2022-01-28"),
 ("The official repeated Washington's call for Russia to pull back the more than 100,000 troops it has massed near Ukraine, saying there had been no sign of de-escalation so far.", "united-states", 0, "The official", "russia-de-escalation", "supports", 0, "2022-01-28"),
]

L["err-2022-01-14-baltic-poland-eastern-flank"] = [
 ("Estonian Prime Minister Kaja Kallas said on Thursday that Russia’s demand to withdraw allied forces from the countries that joined NATO after 1997 was “a non-starter for every ally,” as Poland and the Baltic states pushed back against Moscow’s proposals.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("The allied battlegroups in Estonia, Latvia, Lithuania and Poland are here because of Russia’s behaviour, not the other way round. They will stay for as long as they are needed,", "kaja-kallas", 1, "Kallas", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("She added that allied exercises in the region would go ahead as planned.", "kaja-kallas", 1, "Kallas", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("We will not ask Moscow’s permission to train on our own soil,", "kaja-kallas", 1, "Kallas", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Wednesday that the eastern flank needed more allied forces, not fewer, including air defence and a regular presence of allied warships in the Baltic Sea.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Russia wants NATO ships and aircraft to keep away from its coast, but the Baltic Sea is not a Russian lake,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("a trap that would bind NATO while Russia keeps its Iskanders in Kaliningrad.", "gabrielius-landsbergis", 1, "Landsbergis", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("In Vienna, Polish Foreign Minister Zbigniew Rau, who chairs the OSCE this year, told the organisation’s Permanent Council on Thursday that the freedom of states to choose their security arrangements was not negotiable.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("This principle is written into the Helsinki Final Act and the Charter of Paris. It is not ours to bargain away,", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("NATO officials said the alliance had no plans to reduce its presence on the eastern flank and was instead considering additional deployments to Romania and Bulgaria.", "nato", 0, "NATO officials", "rollback-to-1997", "rejects", 0, ""),
]

write_gold(L, "articles-4", "gold-4")
