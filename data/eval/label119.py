#!/usr/bin/env python3
"""Writes the 119th held-out gold (gold-119/*.nq) from the labels below.

Batch 119 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw of the December 2021 -
February 2022 "security guarantees" crisis, in seven outlets and forms:

- ap-2022-01-10-geneva-us-russia-talks: Associated Press wire copy on the
  Geneva talks (front matter, dateline, straight quotes, a lead sentence with
  two actors, a quotation split by "Ryabkov said", pronoun speakers, 1990 and
  Bucharest background that is not labelled);
- aje-2022-01-12-nato-russia-council-live: Al Jazeera English live blog of
  the NATO-Russia Council (no front matter, curly quotes, timestamped entries
  in reverse order, "Moscow, he said, ..." construction, a correspondent as
  speaker, Moscow's demand named in passing inside Stoltenberg's sentence,
  Founding Act background);
- eeas-2022-01-14-borrell-brest-gymnich: EEAS transcript of Borrell's press
  conference after the Gymnich in Brest (speaker labels, journalists'
  questions that name demands and get no label, Le Drian in interpretation);
- izvestia-2022-01-24-ryabkov-interview: machine-translated Izvestia Q&A
  interview with Ryabkov (UTF-8 BOM, CRLF line ends, « » quotes, questions
  and answers both introduced by a dash, "Sergey" spelling, an expert's
  quotation, Lavrov's statement of 21 January reported in the intro);
- state-2022-01-26-blinken-press-availability: State Department press
  availability transcript (no front matter, date in the header, Price as
  moderator, "non-starter");
- unian-2022-01-27-kuleba-us-response: UNIAN news item on reactions to the
  written answers (no front matter, straight quotes, attribution after the
  quotation, "regardless of Moscow's demands", Lavrov's "main issue"
  quotation that names no demand, "Read also" link lines);
- spiegel-2022-02-03-putin-wish-list: DER SPIEGEL International analysis
  quoting invented experts (front matter, „ “ quotes, crossheads, present-tense
  "says", "last week" with no day, a statement about the 1990 promise that is
  history and not labelled).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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
D = "2022-01-10"
L["ap-2022-01-10-geneva-us-russia-talks"] = [
 ("Senior U.S. and Russian diplomats emerged from nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington calling the demand a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("Senior U.S. and Russian diplomats emerged from nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed to join NATO and Washington calling the demand a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("He also said the United States must keep its warships and strategic bombers out of areas from which they could strike Russian territory, and that Moscow expected Washington to commit to not placing intermediate-range missiles in Europe within reach of Russia.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("He also said the United States must keep its warships and strategic bombers out of areas from which they could strike Russian territory, and that Moscow expected Washington to commit to not placing intermediate-range missiles in Europe within reach of Russia.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, D),
 ("There is no reason to fear some kind of escalation scenario. Our troops are on our own territory, and we will move them as we see fit,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She described the discussion as \"frank and forthright\" and urged Russia to pull its forces back from Ukraine's border so that diplomacy would have a chance to work.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("An end to Western training and arming of the Ukrainian and Georgian militaries is the part of this package that really matters,", "tobias-renner", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("We will look at the results of all three meetings and then draw our conclusions,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]
D = "2022-01-12"
L["aje-2022-01-12-nato-russia-council-live"] = [
 ("There is a real risk for new armed conflict in Europe. Allies remain ready to talk, but we will not compromise on core principles,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Every nation has the right to choose its own path, including what kind of security arrangements it wants to be part of. That is not up for negotiation,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("He dismissed Moscow’s demand that NATO pull its troops and infrastructure out of the allies that joined after 1997, saying there could be no “first- and second-class members” in the alliance.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He dismissed Moscow’s demand that NATO pull its troops and infrastructure out of the allies that joined after 1997, saying there could be no “first- and second-class members” in the alliance.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It is absolutely necessary for us to get legally binding guarantees that NATO will stop its eastward expansion,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("It is absolutely necessary for us to get legally binding guarantees that NATO will stop its eastward expansion,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("The deputy minister said NATO should formally disavow the promise it gave Ukraine and Georgia at its 2008 summit in Bucharest, describing it as a “time bomb” under European security.", "alexander-grushko", 1, "The deputy minister", "rescind-bucharest-2008", "supports", 0, D),
 ("Moscow, he said, saw no point in re-establishing military contacts with the alliance as long as NATO treated Russia as an adversary.", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 0, D),
 ("Fomin said NATO exercises near Russia’s borders had grown in size and frequency, and demanded that the alliance scale them back.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("One side wants Ukraine’s membership ruled out for good; the other says that is for Kyiv and the 30 allies to decide, full stop. Those two positions simply do not meet,", "karim-haddad", 1, "Haddad", "no-ukraine-membership", "mentions", 1, D),
 ("One side wants Ukraine’s membership ruled out for good; the other says that is for Kyiv and the 30 allies to decide, full stop. Those two positions simply do not meet,", "karim-haddad", 1, "Haddad", "nato-open-door", "mentions", 1, D),
 ("We will wait for the results of all three rounds before drawing any conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
]
D = "2022-01-14"
L["eeas-2022-01-14-borrell-brest-gymnich"] = [
 ("Bonjour. Good afternoon. We have had two days of intense and very useful discussions here in Brest, with the Ministers of Foreign Affairs and, yesterday, also with the Ministers of Defence. I want to thank Jean-Yves [Le Drian] and the French Presidency for their hospitality and for the excellent organisation.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("The main topic was, of course, the security situation in Europe and Russia's military build-up around Ukraine. Our message is very clear: any further military aggression against Ukraine will have massive consequences and severe costs. Russia must de-escalate and pull back the troops it has amassed along the Ukrainian border.", "josep-borrell", 1, "Josep Borrell", "russia-de-escalation", "supports", 1, D),
 ("We support the dialogue of the United States with Russia, and we are in close coordination with our American friends. But we will not discuss the principle that every country is free to choose its own alliances. That is not negotiable, and it was not negotiable in Geneva, in Brussels or in Vienna this week.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, D),
 ("No. A written, legally binding commitment that NATO will never take in another member is unacceptable to us, and I think I speak here for all 27 Member States.", "josep-borrell", 1, "Josep Borrell", "written-legal-guarantees", "rejects", 1, D),
 ("No. A written, legally binding commitment that NATO will never take in another member is unacceptable to us, and I think I speak here for all 27 Member States.", "josep-borrell", 1, "Josep Borrell", "nato-non-expansion", "rejects", 1, D),
 ("What we can talk about is arms control, transparency and risk reduction. There are things on the table, and there are things that are not on the table, and everybody knows which is which.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("Europe cannot be a spectator when its own security is being discussed between Washington and Moscow. That is why the meeting of the OSCE in Vienna yesterday was so important, and why the Union must speak with one voice.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, D),
 ("Giving up our military cooperation with Ukraine and with Georgia, as some would like us to do, is not acceptable. France will continue its cooperation with Kyiv, including in the training of its forces.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Bucharest declaration is NATO's business, not the European Union's. But I do not see a single Ally ready to revoke it, and it is not something that can be traded against a withdrawal of troops.", "josep-borrell", 1, "Josep Borrell", "rescind-bucharest-2008", "rejects", 1, D),
 ("And let me add one thing. We are for dialogue, always. But dialogue without preconditions cannot mean dialogue with a gun on the table. De-escalation has to come first.", "josep-borrell", 1, "Josep Borrell", "no-preconditions", "rejects", 1, D),
 ("And let me add one thing. We are for dialogue, always. But dialogue without preconditions cannot mean dialogue with a gun on the table. De-escalation has to come first.", "josep-borrell", 1, "Josep Borrell", "russia-de-escalation", "supports", 1, D),
 ("We do not need a chair with our name on it. We need to be involved, and we are involved, and we will make sure that nothing is decided about European security without the Europeans.", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
]
D = "2022-01-24"
R = ("sergei-ryabkov", 1, "Sergey Ryabkov")
L["izvestia-2022-01-24-ryabkov-interview"] = [
 ("Earlier, on January 21 in Geneva, the minister of foreign affairs Sergey Lavrov after the meeting with the State secretary of the USA Antony Blinken declared that Moscow expects from the American side the answer first of all on the question of the non-expansion of NATO to the East.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("from the answer of Washington depends, whether there will be a diplomacy in February at all", "dmitry-solovtsov", 1, "Dmitry Solovtsov", "", "", 1, ""),
 ("We expect the answer on every point, and first of all on the key ones: the non-expansion of NATO, the non-deployment of the strike weapon systems near our borders and the return of the military configuration of the alliance to the positions of the 1997 year.",) + R + ("nato-non-expansion", "supports", 1, D),
 ("We expect the answer on every point, and first of all on the key ones: the non-expansion of NATO, the non-deployment of the strike weapon systems near our borders and the return of the military configuration of the alliance to the positions of the 1997 year.",) + R + ("no-strike-weapons-near-borders", "supports", 1, D),
 ("We expect the answer on every point, and first of all on the key ones: the non-expansion of NATO, the non-deployment of the strike weapon systems near our borders and the return of the military configuration of the alliance to the positions of the 1997 year.",) + R + ("rollback-to-1997", "supports", 1, D),
 ("If the answer will consist of the vague formulas and the general words, this will not suit us. We need the legally fixed guarantees, not the promises which can be forgotten tomorrow.",) + R + ("written-legal-guarantees", "supports", 1, D),
 ("The questions of the medium-range and shorter-range missiles and of the exercises are important, we do not refuse from them. But these are the questions of the second order. To discuss them separately from the main package, we are not ready.",) + R + ("no-intermediate-range-missiles", "mentions", 1, D),
 ("The questions of the medium-range and shorter-range missiles and of the exercises are important, we do not refuse from them. But these are the questions of the second order. To discuss them separately from the main package, we are not ready.",) + R + ("limit-military-exercises", "mentions", 1, D),
 ("We categorically reject such setting of the question. Russia moves the troops on its own territory, and nobody has the right to dictate to us. And the dialogue must be conducted without any preconditions, this is the principle position.",) + R + ("russia-de-escalation", "rejects", 1, D),
 ("We categorically reject such setting of the question. Russia moves the troops on its own territory, and nobody has the right to dictate to us. And the dialogue must be conducted without any preconditions, this is the principle position.",) + R + ("no-preconditions", "supports", 1, D),
 ("The activity of the USA and NATO in the Black Sea has the provocative character. The American destroyers and the strategic bombers must not approach the areas, from where they can strike on the Russian territory.",) + R + ("no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We are open to the restoration of the regular military channel with the Americans, this is in the mutual interests. With NATO the situation is other, there the alliance itself has destroyed everything.",) + R + ("resume-military-dialogue", "supports", 1, D),
 ("Then we will take the measures of the military-technical character. I do not want now to speculate, what exactly.",) + R + ("", "", 1, D),
 ("We do not exclude anything. But the meetings for the sake of the meetings are not needed to us, we need the result.",) + R + ("", "", 1, D),
]
D = "2022-01-26"
B = ("antony-blinken", 1, "Blinken")
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, our Ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. NATO is delivering its own response in parallel, and the two are fully coordinated with each other and with our Allies and partners, including Ukraine.",) + B + ("", "", 1, D),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It makes clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.",) + B + ("nato-open-door", "supports", 1, D),
 ("It addresses the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe.",) + B + ("limit-military-exercises", "mentions", 1, D),
 ("We also made plain that there will be no change to NATO's force posture in the countries that joined the Alliance after 1997. Those forces are there for one reason: Russia's repeated aggression against its neighbors.",) + B + ("rollback-to-1997", "rejects", 1, D),
 ("And we have been clear that the United States will continue to provide security assistance to Ukraine. Our cooperation with partners in the region is not subject to anyone's veto.",) + B + ("no-military-activity-ex-soviet", "rejects", 1, D),
 ("The ball is in Russia's court. If Moscow is serious, it can start by de-escalating and pulling back the forces it has massed on Ukraine's borders.",) + B + ("russia-de-escalation", "supports", 1, D),
 ("We are not going to release the document publicly, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We expect Russia will do the same.",) + B + ("", "", 1, D),
 ("But I can tell you that NATO's door is open, remains open, and that is our commitment. There is no change; there will be no change. Whether Ukraine joins is a decision for Ukraine and the 30 Allies, and no one else.",) + B + ("nato-open-door", "supports", 1, D),
 ("But I can tell you that NATO's door is open, remains open, and that is our commitment. There is no change; there will be no change. Whether Ukraine joins is a decision for Ukraine and the 30 Allies, and no one else.",) + B + ("no-ukraine-membership", "rejects", 1, D),
 ("We are prepared to look at legally binding arrangements on specific issues, for example on intermediate-range missiles, where that makes sense and where it is reciprocal.",) + B + ("written-legal-guarantees", "mentions", 1, D),
 ("We are prepared to look at legally binding arrangements on specific issues, for example on intermediate-range missiles, where that makes sense and where it is reciprocal.",) + B + ("no-intermediate-range-missiles", "mentions", 1, D),
 ("What we are not going to do is sign a treaty promising that NATO will never enlarge further, or one that locks Ukraine out. That would be a non-starter, and Moscow has known that from the beginning.",) + B + ("nato-non-expansion", "rejects", 1, D),
 ("What we are not going to do is sign a treaty promising that NATO will never enlarge further, or one that locks Ukraine out. That would be a non-starter, and Moscow has known that from the beginning.",) + B + ("no-ukraine-membership", "rejects", 1, D),
 ("Not since Geneva. I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the response and to consider it.",) + B + ("", "", 1, D),
 ("If Russia chooses the path of confrontation instead, we are ready for that too, together with our Allies. We would rather not go there, and we have put a serious offer on the table so that we don't have to.",) + B + ("", "", 1, D),
]
D = "2022-01-27"
L["unian-2022-01-27-kuleba-us-response"] = [
 ("We saw the American response before it was handed over to the Russian side. We have no objections to it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("There is not a single word in this document about Ukraine giving up its course toward NATO. Our path to membership is our sovereign choice, and it is not a subject for discussion with Moscow,", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, D),
 ("There is not a single word in this document about Ukraine giving up its course toward NATO. Our path to membership is our sovereign choice, and it is not a subject for discussion with Moscow,", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, D),
 ("Kuleba stressed that Ukraine would keep receiving defensive weapons and training from its partners regardless of Moscow's demands to end Western military cooperation with Kyiv.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Kuleba stressed that Ukraine would keep receiving defensive weapons and training from its partners regardless of Moscow's demands to end Western military cooperation with Kyiv.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russian troops must go back to where they came from. Ukraine will not be intimidated, and it will not panic,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Our main concern, that NATO not expand any further to the east, has not been taken into account,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("no positive response on the main issue,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The decision of the Bucharest summit remains in force, and nobody can cancel it, not in Moscow and not anywhere else,", "david-zalkaliani", 1, "he", "rescind-bucharest-2008", "rejects", 1, D),
 ("The request was a ban on Ukraine's membership and a return of NATO to its 1997 lines; the answer is an offer to talk about missiles and exercises. That is the whole story of this exchange,", "iryna-sverdlyk", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("The request was a ban on Ukraine's membership and a return of NATO to its 1997 lines; the answer is an offer to talk about missiles and exercises. That is the whole story of this exchange,", "iryna-sverdlyk", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("The request was a ban on Ukraine's membership and a return of NATO to its 1997 lines; the answer is an offer to talk about missiles and exercises. That is the whole story of this exchange,", "iryna-sverdlyk", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The request was a ban on Ukraine's membership and a return of NATO to its 1997 lines; the answer is an offer to talk about missiles and exercises. That is the whole story of this exchange,", "iryna-sverdlyk", 1, "she", "limit-military-exercises", "mentions", 1, ""),
]
L["spiegel-2022-02-03-putin-wish-list"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons systems near Russian borders and returning the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("One side says the troops must go back first, the other wants talks without preconditions and a halt to enlargement first. And neither will move first,", "markus-thalheim", 1, "Markus Thalheim", "russia-de-escalation", "mentions", 1, ""),
 ("One side says the troops must go back first, the other wants talks without preconditions and a halt to enlargement first. And neither will move first,", "markus-thalheim", 1, "Markus Thalheim", "no-preconditions", "mentions", 1, ""),
 ("One side says the troops must go back first, the other wants talks without preconditions and a halt to enlargement first. And neither will move first,", "markus-thalheim", 1, "Markus Thalheim", "nato-non-expansion", "mentions", 1, ""),
 ("Revisiting the Bucharest language of 2008 is the item on this list that diplomats talk about most quietly,", "markus-thalheim", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The rules for warships and bombers operating near each other's coasts are the hardest question in the whole package,", "henrike-albers", 1, "Henrike Albers", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Pentagon spokesman John Kirby dismissed Moscow's demand that U.S. warships and bombers keep out of range of Russian territory, saying last week that American forces would continue to „fly, sail and operate“ wherever international law allowed.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, ""),
 ("Pentagon spokesman John Kirby dismissed Moscow's demand that U.S. warships and bombers keep out of range of Russian territory, saying last week that American forces would continue to „fly, sail and operate“ wherever international law allowed.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Whether a launcher in Romania counts as a strike weapon near Russia's border is exactly the kind of question a serious negotiation would have to settle,", "dieter-vogelsang", 1, "Dieter Vogelsang", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("There will be no withdrawal of allied weapons from Poland just because Moscow calls them offensive. The base in Redzikowo is defensive, and it stays,", "jakub-wrona", 1, "Jakub Wrona", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("We will not ask Moscow for permission to hold exercises on our own territory, and we will not give up the right to place the missiles we need on allied soil,", "kalle-laanet", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-31"),
 ("We will not ask Moscow for permission to hold exercises on our own territory, and we will not give up the right to place the missiles we need on allied soil,", "kalle-laanet", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-31"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("German Foreign Minister Annalena Baerbock, who met Sergei Lavrov in Moscow on Jan. 18, said after the meeting that the two had discussed whether military channels between Russia and the West could be reopened to prevent dangerous incidents.", "annalena-baerbock", 1, "Annalena Baerbock", "resume-military-dialogue", "mentions", 0, "2022-01-18"),
 ("The right to choose alliances does not give anyone the right to strengthen their own security at the expense of others,", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-02-02"),
]

write_gold(L, "articles-119", "gold-119")
