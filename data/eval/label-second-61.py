#!/usr/bin/env python3
"""Writes the sixty-first held-out gold (gold-61/*.nq) from the labels below.

Batch 61 was labelled by hand by an independent second annotator, from
reading the seven articles in articles-61/, without looking at the extractor,
its lexicon or any other batch. The batch mixes outlets and forms:

- AFP (front matter; wire report from Geneva, Monday 10 January 2022, with
  crossheads and a closing slug);
- Kommersant (no front matter, automatic translation with «» quotation marks
  and "– said X" attributions, date line 27.01.2022, a "Read also" link line
  and a tag line);
- Kremlin (no front matter, UTF-8 BOM and CRLF line ends; transcript of
  Putin's news conference of 23 December 2021 with "Name:" speaker labels,
  a moderator and journalists' questions);
- Meduza (front matter; live blog of 12-13 January 2022, newest first, with
  day headings and time stamps);
- Reuters (front matter; report from Moscow of Friday 17 December 2021 with
  a dateline, a photo caption, a crosshead and a "Read more" link line);
- Der Spiegel (no front matter; Q/A interview conducted Monday 31 January
  2022, "DER SPIEGEL:" questions and "Wellershoff:" answers, headline,
  standfirst and a related-articles line);
- U.S. Department of State (front matter; transcript of Blinken's press
  availability of 26 January 2022, "SECRETARY BLINKEN:" / "MR PRICE:" /
  "QUESTION:" labels).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer (or of the
  speaker's statement) is one direct quotation (evidence = the paragraph
  without the speaker label); journalists' questions and the moderator
  (Peskov at the news conference, Price at the State Department) get no
  label; the speaker name is the one the speaker label gives, title dropped;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "the main
  issues", "concerns", "principles"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the INF Treaty), words quoted from documents, descriptions of the draft
  documents with no speaker, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  (analysts, Western diplomats, Western capitals) are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("Moscow's call for ...", "in spite of the demands of Moscow that
  ...") is also Russia's label (speaker russia, not a person), undated when
  no day is given; demands a quoted speaker ascribes to Moscow inside a
  direct quotation are that speaker's only;
- speaker ids: persons as firstname-lastname slugs; speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (live-blog entries take the day heading they stand under); "" when the
  text gives no day.

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia and the United States ended more than seven hours of talks in Geneva on Monday without a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington dismissed the demand as a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia and the United States ended more than seven hours of talks in Geneva on Monday without a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington dismissed the demand as a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, bulletproof guarantees, written down and legally binding. Not assurances, not safeguards — guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The deputy foreign minister said the two sides had also discussed intermediate-range missiles, but that it made no sense to settle such secondary matters as long as NATO refused to stop moving east.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The deputy foreign minister said the two sides had also discussed intermediate-range missiles, but that it made no sense to settle such secondary matters as long as NATO refused to stop moving east.", "sergei-ryabkov", 1, "The deputy foreign minister", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Asked about Moscow’s call for the alliance to withdraw its forces from the countries that joined after 1997, the deputy secretary said that was “not on the table”.", "wendy-sherman", 1, "the deputy secretary", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 ("Asked about Moscow’s call for the alliance to withdraw its forces from the countries that joined after 1997, the deputy secretary said that was “not on the table”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia was ready to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia was ready to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("De-escalation, pulling those troops back to their barracks, would be the first and best sign of good faith,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba wrote on Twitter on Monday that Ukraine’s path to NATO was “not a bargaining chip” and that nothing would be decided about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("In Kyiv, Foreign Minister Dmytro Kuleba wrote on Twitter on Monday that Ukraine’s path to NATO was “not a bargaining chip” and that nothing would be decided about Ukraine without Ukraine.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-10"),
 ("In Washington, Republican Senator Roger Wicker warned the administration on Monday against “trading away” America’s right to station intermediate-range missiles in Europe in return for Russian promises.", "roger-wicker", 1, "Roger Wicker", "no-intermediate-range-missiles", "rejects", 0, "2022-01-10"),
 ("Both sides got exactly what they expected from Geneva,", "maxim-orlovsky", 1, "Maxim Orlovsky", "", "", 1, ""),
 ("which is to say that Moscow now knows the Americans will talk about missiles, but not about where NATO’s borders end.", "maxim-orlovsky", 1, "Maxim Orlovsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("which is to say that Moscow now knows the Americans will talk about missiles, but not about where NATO’s borders end.", "maxim-orlovsky", 1, "Maxim Orlovsky", "nato-non-expansion", "mentions", 1, ""),
]
L["kommersant-2022-01-27-lavrov-us-answer"] = [
 ("The main question is our clear position about inadmissibility of further expansion of NATO to the East and deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position about inadmissibility of further expansion of NATO to the East and deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is no positive answer on the main question. On the secondary questions – yes, there is something to talk about", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-27"),
 ("it is not necessary to hurry with the conclusions", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("The question of continuing the talks without any preconditions will be decided by the head of state", "dmitry-peskov", 1, "Peskov", "no-preconditions", "mentions", 1, "2022-01-27"),
 ('As was declared by the official representative of MFA Maria Zakharova on the briefing on Thursday, the so-called policy of "open doors" of NATO does not give to the alliance any right to ignore the interests of security of Russia.', "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2022-01-27"),
 ("Russia never will agree that the territory of Ukraine becomes the platform for the military development of NATO, for its bases and for its instructors", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("The state secretary of USA Antony Blinken on Wednesday has declared that Washington will not change the policy of open doors, in spite of the demands of Moscow that Kiev never was accepted to the alliance.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The state secretary of USA Antony Blinken on Wednesday has declared that Washington will not change the policy of open doors, in spite of the demands of Moscow that Kiev never was accepted to the alliance.", "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("The state secretary of USA Antony Blinken on Wednesday has declared that Washington will not change the policy of open doors, in spite of the demands of Moscow that Kiev never was accepted to the alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The deputy minister Sergei Ryabkov in the interview to the agency TASS on Wednesday declared, that Moscow is ready to discuss the question of the missiles of intermediate and shorter range, but only in the package with the other proposals.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("As far as it is known, in the American answer there is nothing about the Bucharest declaration and nothing about the withdrawal of forces to the lines of 1997 year. The Americans as expected wrote about the open doors", "vadim-sheremetyev", 1, "Vadim Sheremetyev", "rescind-bucharest-2008", "mentions", 1, ""),
 ("As far as it is known, in the American answer there is nothing about the Bucharest declaration and nothing about the withdrawal of forces to the lines of 1997 year. The Americans as expected wrote about the open doors", "vadim-sheremetyev", 1, "Vadim Sheremetyev", "rollback-to-1997", "mentions", 1, ""),
 ("As far as it is known, in the American answer there is nothing about the Bucharest declaration and nothing about the withdrawal of forces to the lines of 1997 year. The Americans as expected wrote about the open doors", "vadim-sheremetyev", 1, "Vadim Sheremetyev", "nato-open-door", "mentions", 1, ""),
 ("According to the expert, Moscow will now study, whether the proposals of Washington on missiles and on exercises can be the basis for the separate agreement.", "vadim-sheremetyev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("According to the expert, Moscow will now study, whether the proposals of Washington on missiles and on exercises can be the basis for the separate agreement.", "vadim-sheremetyev", 1, "the expert", "limit-military-exercises", "mentions", 0, ""),
]
L["kremlin-2021-12-23-putin-news-conference"] = [
 ("You are asking me about guarantees. But it is not we who must give guarantees, it is you who must give them to us. And immediately, now, not after decades of discussions. And these guarantees must be legally binding and on paper, because verbal promises, as we have seen, are worth nothing.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Are we the ones bringing our weapons to the borders of the United States? No. It is the United States that has come to our home with its weapons, and it is already standing on our threshold. Is it excessive to demand that no strike systems be deployed near our home? What is so unusual about that?", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Imagine if we deployed our intermediate-range missiles in Canada or in Mexico. What would the reaction be in Washington? If such missiles appear in Ukraine, their flight time to Moscow will be seven to ten minutes, and for hypersonic systems, five. We simply cannot allow that.", "vladimir-putin", 1, "Vladimir Putin", "no-intermediate-range-missiles", "supports", 1, "2021-12-23"),
 ("We were told in the 1990s that NATO would not move an inch to the east. We were cheated, simply and brazenly: there have been five waves of expansion since then. That is why we now want a clear answer: no further movement of NATO eastward. The ball is in their court.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("They tell us that every state has the right to choose its alliances. Fine. But there is another principle, signed by everyone in the OSCE: no one may strengthen their own security at the expense of the security of others. You cannot pick one principle and forget the other.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, "2021-12-23"),
 ("So far we see a positive reaction, on the whole. Our American partners have told us they are ready to begin this discussion at the very beginning of the year, in Geneva. Our representatives will be there from both sides. I very much hope that everything will move in that direction.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
 ("But I want to repeat: for us the central thing is that Ukraine must not be dragged into NATO. This is a red line for us, and we have said so openly, many times, including to President Biden.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, "2021-12-23"),
 ("We move our troops on our own territory. Where are we supposed to go, to the Atlantic? It is not we who have come to the borders of NATO countries, it is NATO that has come to ours. So the demand to pull back is addressed to the wrong party.", "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, "2021-12-23"),
 ("Look at the Black Sea: American strategic bombers fly twenty kilometres from our border, warships come in with missiles on board. We have proposed many times that such flights and such ships keep their distance, and that exercises be moved away from the line of contact. We received no answer.", "vladimir-putin", 1, "Vladimir Putin", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-23"),
 ("Look at the Black Sea: American strategic bombers fly twenty kilometres from our border, warships come in with missiles on board. We have proposed many times that such flights and such ships keep their distance, and that exercises be moved away from the line of contact. We received no answer.", "vladimir-putin", 1, "Vladimir Putin", "limit-military-exercises", "supports", 1, "2021-12-23"),
 ("As for Donbass, everything is written in the Minsk agreements. Kiev simply has to sit down with Donetsk and Lugansk and implement them, that is all.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2021-12-23"),
]
L["meduza-2022-01-13-nato-osce-live"] = [
 ("I see no grounds to sit down again in the coming days and start the same discussions all over.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("I don’t want to confirm anything, and I won’t exclude anything,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("The movement of our armed forces on our own territory is our sovereign business and nobody else’s.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("will not accept any arrangement that curtails our ability to fly and sail wherever international law allows.", "michael-carpenter", 1, "He", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis wrote on Twitter on Wednesday evening that NATO would not ‘ask Moscow for permission’ to hold drills on allied territory.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("Polish Deputy Foreign Minister Marcin Przydacz told Polish Radio on Thursday morning that Warsaw would never let Moscow decide which offensive weapons its allies station on Polish soil.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("Western diplomats keep asking for a pullback, but for the Kremlin the troops on the border are leverage, not a problem to be solved.", "sergei-vodolazov", 1, "Sergei Vodolazov", "russia-de-escalation", "mentions", 1, "2022-01-12"),
 ("If NATO chooses a policy of containment, we will respond with a policy of counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("The alliance, he went on, had to pull its forces and infrastructure back to where they stood in 1997, when the NATO-Russia Founding Act was signed.", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("He insisted that NATO warships and aircraft must also stay out of areas from which they could strike Russian territory.", "alexander-grushko", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("Asked whether Moscow would restore military contacts with the alliance, Grushko said there was no point as long as NATO had “no positive agenda” toward Russia.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("Allies made clear that we will not compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We are ready to discuss arms control, including on missiles, and greater transparency on our exercises,", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("We are ready to discuss arms control, including on missiles, and greater transparency on our exercises,", "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("and we proposed to re-establish our military-to-military channels, because that is how we reduce the risk of accidents.", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("We will not give up our ability to protect and defend all allies. There will be no first- and second-class members in NATO.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
]
L["reuters-2021-12-17-russia-draft-treaties"] = [
 ("Russia on Friday demanded that NATO give up any military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia, setting out its terms in two draft security pacts that Western diplomats said contained elements Moscow knew would be unacceptable.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("We need guarantees that are legally binding, not promises that can be forgotten the morning after,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("NATO's eastward expansion has to stop,", "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("and Ukraine and Georgia must never be admitted.", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 ("He said Moscow was prepared to sit down with the Americans without any preconditions, and warned the West against treating the drafts as a menu from which it could pick only the dishes it liked.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2021-12-17"),
 ('Ryabkov also said NATO must formally disavow the pledge it made at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members, calling such a step "an essential element" of the package.', "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("In Washington, White House spokeswoman Jen Psaki said on Friday that the United States would not compromise on the principle that every country is free to choose its own alliances.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 0, "2021-12-17"),
 ("There will be no talks about European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, "2021-12-17"),
 ("EU foreign policy chief Josep Borrell said on Friday that the bloc had taken note of Moscow's demand for legally binding guarantees and would discuss it with Washington and within NATO.", "josep-borrell", 1, "Josep Borrell", "written-legal-guarantees", "mentions", 0, "2021-12-17"),
 ("EU foreign policy chief Josep Borrell said on Friday that the bloc had taken note of Moscow's demand for legally binding guarantees and would discuss it with Washington and within NATO.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Russia has massed tens of thousands of combat-ready troops near Ukraine's borders. It must pull them back,", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2021-12-16"),
 ('He added that NATO\'s relationship with Ukraine was a matter for the 30 allies and Ukraine, "no one else", and that any dialogue with Moscow would be held in close consultation with Kyiv.', "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2021-12-16"),
 ('He added that NATO\'s relationship with Ukraine was a matter for the 30 allies and Ukraine, "no one else", and that any dialogue with Moscow would be held in close consultation with Kyiv.', "jens-stoltenberg", 1, "He", "no-ukraine-membership", "rejects", 0, "2021-12-16"),
 ("Some of these points, the missiles in particular, are the stuff of normal arms control. Others, like keeping Ukraine out for ever or pulling NATO back to 1997, are written to be refused,", "ilona-vaske", 1, "Ilona Vaske", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Some of these points, the missiles in particular, are the stuff of normal arms control. Others, like keeping Ukraine out for ever or pulling NATO back to 1997, are written to be refused,", "ilona-vaske", 1, "Ilona Vaske", "no-ukraine-membership", "mentions", 1, ""),
 ("Some of these points, the missiles in particular, are the stuff of normal arms control. Others, like keeping Ukraine out for ever or pulling NATO back to 1997, are written to be refused,", "ilona-vaske", 1, "Ilona Vaske", "rollback-to-1997", "mentions", 1, ""),
]
L["spiegel-2022-02-01-wellershoff-interview"] = [
 ("No. The answers were exactly what anyone who had followed the talks in Geneva, Brussels and Vienna could have predicted.", "katrin-wellershoff", 1, "Wellershoff", "", "", 1, "2022-01-31"),
 ("Moscow is really asking for two kinds of things. Some are classic arms control: where intermediate-range missiles may be stationed, how large exercises near the border may be, how close bombers and warships may come to each other's coasts. On all of that you can negotiate, and the American letter apparently says so.", "katrin-wellershoff", 1, "Wellershoff", "no-intermediate-range-missiles", "mentions", 1, "2022-01-31"),
 ("Moscow is really asking for two kinds of things. Some are classic arms control: where intermediate-range missiles may be stationed, how large exercises near the border may be, how close bombers and warships may come to each other's coasts. On all of that you can negotiate, and the American letter apparently says so.", "katrin-wellershoff", 1, "Wellershoff", "limit-military-exercises", "mentions", 1, "2022-01-31"),
 ("Moscow is really asking for two kinds of things. Some are classic arms control: where intermediate-range missiles may be stationed, how large exercises near the border may be, how close bombers and warships may come to each other's coasts. On all of that you can negotiate, and the American letter apparently says so.", "katrin-wellershoff", 1, "Wellershoff", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-31"),
 ("The other kind is political. The demand that NATO withdraw everything it has deployed in the new member states since 1997 would turn Poland and the Baltic states into second-class allies. That is unacceptable, and Berlin should say so clearly.", "katrin-wellershoff", 1, "Wellershoff", "rollback-to-1997", "rejects", 1, "2022-01-31"),
 ("Closing the door to Ukraine forever is a non-starter. Nobody in the alliance expects Ukraine to join in the next ten years, but that is for Kyiv and the allies to decide, not for the Kremlin.", "katrin-wellershoff", 1, "Wellershoff", "no-ukraine-membership", "rejects", 1, "2022-01-31"),
 ("Closing the door to Ukraine forever is a non-starter. Nobody in the alliance expects Ukraine to join in the next ten years, but that is for Kyiv and the allies to decide, not for the Kremlin.", "katrin-wellershoff", 1, "Wellershoff", "nato-open-door", "supports", 1, "2022-01-31"),
 ("Nor can Moscow decide whether British or Canadian instructors train Ukrainian soldiers. That cooperation is not up for negotiation.", "katrin-wellershoff", 1, "Wellershoff", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-31"),
 ("No. A treaty that binds NATO's future decisions would need the ratification of thirty parliaments, and the US Senate would never approve it. Legally binding guarantees of that sort are an illusion, and the West should not pretend otherwise.", "katrin-wellershoff", 1, "Wellershoff", "written-legal-guarantees", "rejects", 1, "2022-01-31"),
 ("Talks without preconditions sound reasonable, but as long as 100,000 soldiers stand at Ukraine's border, a Russian pullback has to come first.", "katrin-wellershoff", 1, "Wellershoff", "no-preconditions", "rejects", 1, "2022-01-31"),
 ("Talks without preconditions sound reasonable, but as long as 100,000 soldiers stand at Ukraine's border, a Russian pullback has to come first.", "katrin-wellershoff", 1, "Wellershoff", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("And we should reopen the military channels. NATO and Russian generals barely speak to each other anymore, and that is how accidents turn into wars.", "katrin-wellershoff", 1, "Wellershoff", "resume-military-dialogue", "supports", 1, "2022-01-31"),
 ("It certainly does not strengthen it. In Kyiv, in Warsaw and in Vilnius, people ask whether Berlin is serious, and they are not entirely wrong to ask.", "katrin-wellershoff", 1, "Wellershoff", "", "", 1, "2022-01-31"),
]
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Government in Moscow. NATO is delivering its own response in parallel, and the two are fully coordinated with each other and with our allies and partners across Europe, including Ukraine.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our allies, and it addresses areas where we see room for progress: arms control of missiles in Europe, and measures to increase confidence and transparency regarding military exercises and maneuvers in Europe, on a reciprocal basis.", "antony-blinken", 1, "BLINKEN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our allies, and it addresses areas where we see room for progress: arms control of missiles in Europe, and measures to increase confidence and transparency regarding military exercises and maneuvers in Europe, on a reciprocal basis.", "antony-blinken", 1, "BLINKEN", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("It also makes clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine and the right of states to choose their own security arrangements and alliances. There is no change; there will be no change.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We are also prepared to discuss conditions-based, reciprocal commitments by both sides to refrain from deploying offensive strike systems and permanent combat forces in the territory of Ukraine.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("We are not releasing the document publicly, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. With that, I'm happy to take a few questions.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("Matt, NATO's door is open, it remains open, and that is our commitment.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("As for the 2008 declaration, allies are not going to walk back what they decided in Bucharest, full stop.", "antony-blinken", 1, "BLINKEN", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("No. We did not put forward anything legally binding on enlargement, and we won't. What we have put in writing are serious proposals on the things we can actually discuss.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("No. We did not put forward anything legally binding on enlargement, and we won't. What we have put in writing are serious proposals on the things we can actually discuss.", "antony-blinken", 1, "BLINKEN", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("We're not setting preconditions for diplomacy; we're prepared to keep talking at any level, in any format that makes sense.", "antony-blinken", 1, "BLINKEN", "no-preconditions", "supports", 1, "2022-01-26"),
 ("But let me be clear: the best way forward is for Russia to de-escalate and pull back the forces it has massed on Ukraine's borders.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("If Russia wants to talk about restoring military-to-military channels, we are prepared to explore that with Moscow and with our allies.", "antony-blinken", 1, "BLINKEN", "resume-military-dialogue", "mentions", 1, "2022-01-26"),
 ("Whatever path Russia chooses, we will be ready either way. And we remain united with our allies and partners, whichever path it takes.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-61", "second-61", second=True)
