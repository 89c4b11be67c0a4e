#!/usr/bin/env python3
"""Writes the fifty-ninth held-out gold (gold-59/*.nq) from the labels below.

Batch 59 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its seven invented articles cover the crisis from the Geneva talks to the
Senate hearing of 1 February 2022, in forms the earlier batches used little:

- czechradio-2022-01-13-lipavsky-osce-vienna: a Czech Radio (Radio Prague
  International) English report with front matter, curly quotes, crossheads,
  a photo caption, a quotation split by "Lukashevich told reporters", a
  quotation over two sentences, speakers named by role ("The envoy") and
  pronoun, a demand attributed in passing to Russia, and history (Baker 1990)
  that is not labelled;
- bta-2022-01-21-genchovska-nato-withdrawal: a BTA wire without front matter
  (date in the header line), straight quotes, two speakers in one sentence,
  an embassy (-> russia), a leader named only as "the Prime Minister", an
  unnamed group ("The other parliamentary groups") left out;
- civilge-2022-01-10-geneva-talks-live: a Civil.ge live blog with a UTF-8 BOM
  and CRLF line ends, entries newest first, « » quotations without inner
  punctuation, the text of the draft treaty described (not labelled), a
  5-word tweet (not labelled) and a link line;
- digi24-2022-01-28-aurescu-interview: a Digi24 TV interview machine-
  translated from Romanian, „ ” quotes, Reporter/minister speaker labels,
  interview on Thursday published on Friday;
- sfrc-2022-02-01-european-security-hearing: a US Senate Foreign Relations
  Committee hearing transcript without front matter, senators' statements and
  questions (labelled: they are not journalists), procedural lines of the
  chair (too short), a senator's paragraph about Baker 1990 (demand-less);
- warontherocks-2022-01-31-written-answers-podcast: a podcast transcript
  recorded on 27 January, published on 31 January; the host is the
  moderator and gets no label;
- politico-2022-01-27-playbook-written-answers: a Politico Playbook-style
  newsletter without front matter, crossheads in capitals, a summary of what
  "Moscow wants" (russia, undated), a senior administration official on
  background (left out), a quotation from the 1997 Founding Act (left out).

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
  russia, not a person; direct 0), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-13"
L["czechradio-2022-01-13-lipavsky-osce-vienna"] = [
 ("Czech Foreign Minister Jan Lipavský said on Thursday that Russia's demand that NATO withdraw its forces from the countries that joined the alliance after 1997 was “out of the question” and that the Czech Republic would never accept a return to spheres of influence in Europe.", "jan-lipavsky", 1, "Jan Lipavský", "rollback-to-1997", "rejects", 0, D),
 ("Czech Foreign Minister Jan Lipavský said on Thursday that Russia's demand that NATO withdraw its forces from the countries that joined the alliance after 1997 was “out of the question” and that the Czech Republic would never accept a return to spheres of influence in Europe.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We joined NATO as a free country, by our own decision, and nobody in Moscow is going to tell us where allied soldiers may stand on Czech soil,", "jan-lipavsky", 1, "Lipavský", "rollback-to-1997", "rejects", 1, D),
 ("Ukraine has every right to choose its own path, and that includes membership of the alliance if Ukrainians want it,", "jan-lipavsky", 1, "he", "nato-open-door", "supports", 1, D),
 ("Ukraine has every right to choose its own path, and that includes membership of the alliance if Ukrainians want it,", "jan-lipavsky", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Exercises on the territory of NATO members are our own business, and we will not be asking the Kremlin for permission to hold them,", "jana-cernochova", 1, "Černochová", "limit-military-exercises", "rejects", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the past 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau proposed a “renewed dialogue on European security” under the OSCE umbrella and said the organisation was ready to host talks on greater transparency and on limits to military exercises near borders, building on the Vienna Document.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, D),
 ("Asked by journalists whether the Russian troop build-up near Ukraine would have to be reversed before any such dialogue could begin, Rau said that was a question the participating states would have to settle among themselves.", "zbigniew-rau", 1, "Rau", "no-preconditions", "mentions", 0, D),
 ("Asked by journalists whether the Russian troop build-up near Ukraine would have to be reversed before any such dialogue could begin, Rau said that was a question the participating states would have to settle among themselves.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "mentions", 0, D),
 ("We are approaching a moment of truth,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("Either NATO stops moving eastwards, or we will have to draw conclusions and take measures of our own.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("The envoy said Moscow needed a “concrete, article-by-article” response to its draft treaties and warned that without legally binding guarantees the situation in Europe would continue to deteriorate.", "alexander-lukashevich", 1, "The envoy", "written-legal-guarantees", "supports", 0, D),
 ("He also repeated the call for a ban on deploying strike weapons in the countries that border Russia.", "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We want a firm guarantee that no American intermediate-range missiles will appear in Europe within reach of our territory, as they did in the 1980s,", "alexander-lukashevich", 1, "he", "no-intermediate-range-missiles", "supports", 1, D),
 ("On Wednesday in Brussels, after the first meeting of the NATO-Russia Council in more than two years, NATO Secretary General Jens Stoltenberg said allies had offered Moscow talks on arms control, including on missiles, and were ready to restore military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("On Wednesday in Brussels, after the first meeting of the NATO-Russia Council in more than two years, NATO Secretary General Jens Stoltenberg said allies had offered Moscow talks on arms control, including on missiles, and were ready to restore military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("The clause on the former Soviet republics is the one that worries Georgia and Moldova most, and it barely came up today. Nobody in Vienna was ready to discuss it seriously,", "marketa-kozlikova", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Whatever is in those letters, a signed, legally binding promise that the alliance will never take in another member is not going to be one of them,", "marketa-kozlikova", 1, "Kozlíková", "written-legal-guarantees", "mentions", 1, D),
 ("Whatever is in those letters, a signed, legally binding promise that the alliance will never take in another member is not going to be one of them,", "marketa-kozlikova", 1, "Kozlíková", "nato-non-expansion", "mentions", 1, D),
]

D = "2022-01-21"
L["bta-2022-01-21-genchovska-nato-withdrawal"] = [
 ("Bulgaria's Foreign Minister Teodora Genchovska on Friday described as \"unacceptable\" a demand by Moscow that NATO pull foreign forces, equipment and weapons out of Bulgaria and Romania.", "teodora-genchovska", 1, "Teodora Genchovska", "rollback-to-1997", "rejects", 0, D),
 ("Bulgaria's Foreign Minister Teodora Genchovska on Friday described as \"unacceptable\" a demand by Moscow that NATO pull foreign forces, equipment and weapons out of Bulgaria and Romania.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("In a statement published on its website earlier on Friday, the Russian Foreign Ministry said the security guarantees it seeks include the withdrawal of foreign forces, equipment and weapons from the countries that were not NATO members in 1997, and named Bulgaria and Romania as examples.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 ("This position is unacceptable. Bulgaria is a sovereign state and a full member of NATO, and the presence of allied forces on our territory is decided by us and our allies, not by third countries,", "teodora-genchovska", 1, "Genchovska", "rollback-to-1997", "rejects", 1, D),
 ("Prime Minister Kiril Petkov and Defence Minister Stefan Yanev both said later in the day that decisions on the defence of Bulgaria would be taken in Sofia, in coordination with the country's NATO partners.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, D),
 ("Prime Minister Kiril Petkov and Defence Minister Stefan Yanev both said later in the day that decisions on the defence of Bulgaria would be taken in Sofia, in coordination with the country's NATO partners.", "stefan-yanev", 1, "Stefan Yanev", "rollback-to-1997", "rejects", 0, D),
 ("Bulgaria will not accept any limits on the presence of allied ships in the Black Sea. These are international waters and our allies have every right to be there,", "kiril-petkov", 1, "the Prime Minister", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Yanev, a retired general, said the tension made it more important than ever to restore direct contacts between the Russian and Western militaries.", "stefan-yanev", 1, "Yanev", "resume-military-dialogue", "supports", 0, D),
 ("When armies are this close to each other, generals must be able to pick up the phone. The lack of such channels is the real danger,", "stefan-yanev", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("President Rumen Radev said on Thursday, during a visit to the Shabla coastal base, that the key to defusing the crisis around Ukraine was for Russia to pull its troops back from the Ukrainian border and for all sides to return to the negotiating table.", "rumen-radev", 1, "Rumen Radev", "russia-de-escalation", "supports", 0, "2022-01-20"),
 ("Russia is not threatening anyone. Our proposals are addressed to the United States and NATO as a whole, and not to Bulgaria,", "russia", 0, "the Embassy", "", "", 1, D),
 ("Kostadin Kostadinov, leader of the nationalist Vazrazhdane party, which entered Parliament in the November elections, said on Friday that all foreign troops should leave Bulgaria and that the country should declare its neutrality.", "kostadin-kostadinov", 1, "Kostadin Kostadinov", "rollback-to-1997", "supports", 0, D),
 ("The 1997 demand cannot be implemented without dismantling NATO's collective defence on the eastern flank. It is a maximum for the negotiations, not a real expectation,", "atanas-velichkov", 1, "he", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-10"
L["civilge-2022-01-10-geneva-talks-live"] = [
 ("Levan Tsiklauri, an MP from the opposition Strategy Aghmashenebeli party, said on Monday evening that he had written to the Foreign Ministry asking whether the 2008 Bucharest summit decision on Georgia's future membership had come up in Geneva.", "levan-tsiklauri", 1, "Levan Tsiklauri", "rescind-bucharest-2008", "mentions", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia took equivalent steps.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia took equivalent steps.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("The deputy secretary added that it would be hard to make real progress while Russian troops remained massed near Ukraine, and that the simplest way for Moscow to show good faith was to send them back to their barracks.", "wendy-sherman", 1, "The deputy secretary", "russia-de-escalation", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said Moscow also wanted NATO to formally drop the language of its 2008 Bucharest summit declaration, which promised Georgia and Ukraine that they would one day become members.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("We do not need a moratorium. We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov also said Russia wanted an end to U.S. military cooperation with Ukraine and Georgia, including training missions and arms deliveries, and the closure of any military infrastructure on the territory of former Soviet republics that are not members of the alliance.", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Asked about the more than 100,000 troops near Ukraine's border, he said Russia had no plans to attack anyone and that the movement of forces on Russian territory was Russia's own business.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("We are not going to be told where to keep our troops on our own soil", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("The decision of the Bucharest summit remains in force, and no third country can rewrite it on Georgia's behalf,", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 1, D),
 ("nothing about Georgia will be decided without Georgia", "david-zalkaliani", 1, "He", "", "", 1, D),
 ("The training centre at Krtsanisi and our exercises with American and NATO troops are not a favour we are asking from anyone. They will go on whatever is agreed in Geneva.", "nino-kiknadze", 1, "Nino Kiknadze", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We are going into these talks with a clear position and we expect clear answers, but we are not naive", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 ("Prime Minister Irakli Garibashvili said on Sunday that Georgia's choice to join NATO was enshrined in the constitution and could not become a subject of bargaining between Moscow and Washington.", "irakli-garibashvili", 1, "Irakli Garibashvili", "nato-open-door", "supports", 0, "2022-01-09"),
 ("Prime Minister Irakli Garibashvili said on Sunday that Georgia's choice to join NATO was enshrined in the constitution and could not become a subject of bargaining between Moscow and Washington.", "irakli-garibashvili", 1, "Irakli Garibashvili", "no-ukraine-membership", "rejects", 0, "2022-01-09"),
]

D = "2022-01-27"
L["digi24-2022-01-28-aurescu-interview"] = [
 ("The minister of foreign affairs Bogdan Aurescu declared on Thursday evening, in an interview for Digi24, that Romania „was consulted at every step” regarding the written answers sent by the United States and NATO to Moscow and that the withdrawal of the allied troops from Romania „is not on the table”.", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 0, D),
 ("Yes, Romania was consulted in all the stages, both in the framework of NATO and bilaterally, with our American partners. I can tell you that the principle „nothing about us without us” was respected entirely.", "bogdan-aurescu", 1, "Bogdan Aurescu", "", "", 1, D),
 ("This demand is unacceptable, and the answers say it very clearly. Romania is a member of NATO with full rights, not a member of second category, and the allied presence on our territory is decided by Romania together with the Allies.", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 1, D),
 ("The Aegis Ashore system from Deveselu is purely defensive. It cannot launch offensive missiles, of intermediate range or of any other kind, and it will not be removed. This is a Russian narrative which we hear for years.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-intermediate-range-missiles", "rejects", 1, D),
 ("What the American answer proposes, and we agree with this, is a mechanism of transparency, on the basis of reciprocity, through which Russia can convince itself that there are no Tomahawk missiles at Deveselu, in exchange for similar verifications at the Russian bases.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The Black Sea is not a Russian lake. The allied ships navigate in international waters in full accordance with the international law and they will continue to do it, including in the zones which Russia does not like.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Each state has the sovereign right to choose its alliances, and this is valid also for Ukraine. No third state has a right of veto over the enlargement of NATO.", "bogdan-aurescu", 1, "Bogdan Aurescu", "nato-open-door", "supports", 1, D),
 ("Each state has the sovereign right to choose its alliances, and this is valid also for Ukraine. No third state has a right of veto over the enlargement of NATO.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-ukraine-membership", "rejects", 1, D),
 ("There is, and Romania supports the dialogue. We are open, for example, to discuss reciprocal limitations for the military exercises, in the framework of the OSCE, on the basis of the Vienna Document, which must be modernised.", "bogdan-aurescu", 1, "Bogdan Aurescu", "limit-military-exercises", "mentions", 1, D),
 ("But the first step must be made by Moscow. The more than one hundred thousand soldiers concentrated at the border of Ukraine must be withdrawn, this is the real de-escalation.", "bogdan-aurescu", 1, "Bogdan Aurescu", "russia-de-escalation", "supports", 1, D),
 ("Earlier on Thursday, the minister of national defence Vasile Dîncu declared at a press conference that Romania will „not ask anybody's permission” for the exercises planned in the spring together with the American troops stationed at Mihail Kogălniceanu.", "vasile-dincu", 1, "Vasile Dîncu", "limit-military-exercises", "rejects", 0, D),
]

D = "2022-02-01"
L["sfrc-2022-02-01-european-security-hearing"] = [
 ("Today we meet as more than 100,000 Russian troops sit on Ukraine's borders, and as Vladimir Putin tries to rewrite the security order of an entire continent.", "robert-menendez", 1, "Robert Menendez", "", "", 1, D),
 ("Let me be clear about what Moscow put on the table in December. Its demands that NATO pull its forces out of Poland, the Baltic states and Romania, and that it shut the door to Ukraine forever, are absurd. They are non-starters, and this committee will not support any agreement that accepts them.", "robert-menendez", 1, "Robert Menendez", "rollback-to-1997", "rejects", 1, D),
 ("Let me be clear about what Moscow put on the table in December. Its demands that NATO pull its forces out of Poland, the Baltic states and Romania, and that it shut the door to Ukraine forever, are absurd. They are non-starters, and this committee will not support any agreement that accepts them.", "robert-menendez", 1, "Robert Menendez", "no-ukraine-membership", "rejects", 1, D),
 ("Let me be clear about what Moscow put on the table in December. Its demands that NATO pull its forces out of Poland, the Baltic states and Romania, and that it shut the door to Ukraine forever, are absurd. They are non-starters, and this committee will not support any agreement that accepts them.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Let me be clear about what Moscow put on the table in December. Its demands that NATO pull its forces out of Poland, the Baltic states and Romania, and that it shut the door to Ukraine forever, are absurd. They are non-starters, and this committee will not support any agreement that accepts them.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Diplomacy must continue. But the quickest path to de-escalation is for Russia to pull its forces back from Ukraine's borders, and until it does, we should have sanctions ready that truly bite.", "robert-menendez", 1, "Robert Menendez", "russia-de-escalation", "supports", 1, D),
 ("Thank you, Mr. Chairman. I agree with almost all of that. Where I part ways with the administration is on tone. We should be putting more weapons, defensive and, yes, offensive, into Ukraine and onto the eastern flank, not negotiating with Moscow about where we are allowed to put them.", "james-risch", 1, "James Risch", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Thank you, Mr. Chairman, Ranking Member Risch. Last Wednesday our Ambassador in Moscow delivered the written response of the United States to Russia's proposals. In it we laid out areas where we believe progress is possible: reciprocal transparency measures, arms control covering intermediate-range missiles in Europe, and risk reduction.", "karen-donfried", 1, "Karen Donfried", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We have also proposed restoring the military-to-military channels that were cut, because the risk of miscalculation right now is real.", "karen-donfried", 1, "Karen Donfried", "resume-military-dialogue", "supports", 1, D),
 ("At the same time, we were clear that some things are not up for negotiation. NATO's door remains open, and every country has the right to choose its own alliances.", "karen-donfried", 1, "Karen Donfried", "nato-open-door", "supports", 1, D),
 ("The quickest way to lower the temperature is for Russia to pull back the more than 100,000 troops it has massed around Ukraine.", "karen-donfried", 1, "Karen Donfried", "russia-de-escalation", "supports", 1, D),
 ("Secretary, did we give them anything in writing that is legally binding?", "james-risch", 1, "Risch", "written-legal-guarantees", "mentions", 1, D),
 ("No, Senator. We will not sign a legally binding treaty that freezes NATO's borders where they are today.", "karen-donfried", 1, "Donfried", "written-legal-guarantees", "rejects", 1, D),
 ("No, Senator. We will not sign a legally binding treaty that freezes NATO's borders where they are today.", "karen-donfried", 1, "Donfried", "nato-non-expansion", "rejects", 1, D),
 ("Thank you, Mr. Chairman. I want to underline what the Secretary said: there is no daylight in this body on the open door.", "jeanne-shaheen", 1, "Jeanne Shaheen", "nato-open-door", "supports", 1, D),
 ("Secretary Donfried, is the administration considering any limits on where our warships and aircraft can operate in the Black Sea?", "jeanne-shaheen", 1, "Jeanne Shaheen", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Senator, freedom of navigation in the Black Sea is not up for negotiation, and our ships will keep operating in international waters there.", "karen-donfried", 1, "Donfried", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Thank you. I think we ought to say out loud what everybody in this room already knows: Ukraine is not going to join NATO, not this year and not in ten years. Saying so publicly would cost us nothing and might avoid a war.", "rand-paul", 1, "Rand Paul", "no-ukraine-membership", "supports", 1, D),
 ("In 1990, Secretary Baker told Gorbachev that NATO would not move one inch eastward. Whether or not that was a promise, the Russians believe it was one, and we keep pretending that history doesn't matter.", "rand-paul", 1, "Rand Paul", "", "", 1, D),
 ("Senator, it is not for Russia, or for us, to decide that on Ukraine's behalf. That is a decision for Ukraine and the thirty allies.", "karen-donfried", 1, "Donfried", "nato-open-door", "supports", 1, D),
 ("Senator, it is not for Russia, or for us, to decide that on Ukraine's behalf. That is a decision for Ukraine and the thirty allies.", "karen-donfried", 1, "Donfried", "no-ukraine-membership", "rejects", 1, D),
 ("I'll be brief. I think the administration is right to keep the talks going. I don't think we should set preconditions for sitting down; diplomacy works best without preconditions, even with adversaries who are behaving badly.", "christopher-murphy", 1, "Christopher Murphy", "no-preconditions", "supports", 1, D),
]

D = "2022-01-27"
L["warontherocks-2022-01-31-written-answers-podcast"] = [
 ("What jumps out is the missile piece. The administration is basically saying: we'll talk about reciprocal limits on intermediate-range systems in Europe, which is the conversation we were having before the INF Treaty collapsed in 2019.", "dara-whitfield", 1, "Dara Whitfield", "no-intermediate-range-missiles", "mentions", 1, D),
 ("There's also a transparency proposal on offensive weapons in Ukraine, which is new. I don't know yet whether Kyiv was fully on board with that.", "dara-whitfield", 1, "Dara Whitfield", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("I think the missile piece is a side dish. The main course is non-expansion, Ukraine's membership and the 1997 line, and on all three the answer was a polite no.", "mikhail-sorin", 1, "Mikhail Sorin", "nato-non-expansion", "mentions", 1, D),
 ("I think the missile piece is a side dish. The main course is non-expansion, Ukraine's membership and the 1997 line, and on all three the answer was a polite no.", "mikhail-sorin", 1, "Mikhail Sorin", "no-ukraine-membership", "mentions", 1, D),
 ("I think the missile piece is a side dish. The main course is non-expansion, Ukraine's membership and the 1997 line, and on all three the answer was a polite no.", "mikhail-sorin", 1, "Mikhail Sorin", "rollback-to-1997", "mentions", 1, D),
 ("Perhaps the exercises. Snap drills by both sides close to the border frighten everybody, and limits on them are overdue. I would sign that tomorrow.", "mikhail-sorin", 1, "Mikhail Sorin", "limit-military-exercises", "supports", 1, D),
 ("And I would restore the military channel tomorrow as well. Generals talking to generals. It was cut after 2014, and we have been flying blind ever since.", "mikhail-sorin", 1, "Mikhail Sorin", "resume-military-dialogue", "supports", 1, D),
 ("Frankly, I'd go further than the letter does on one thing. Keeping bombers and warships out of each other's strike range costs us very little and takes a lot of risk out of the Baltic and the Black Sea.", "dara-whitfield", 1, "Dara Whitfield", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("I'm skeptical. Talking while a hundred thousand troops are parked on the border is talking with a gun on the table. The pullback has to come first, and I don't think we should pretend otherwise.", "dara-whitfield", 1, "Dara Whitfield", "no-preconditions", "rejects", 1, D),
 ("I'm skeptical. Talking while a hundred thousand troops are parked on the border is talking with a gun on the table. The pullback has to come first, and I don't think we should pretend otherwise.", "dara-whitfield", 1, "Dara Whitfield", "russia-de-escalation", "supports", 1, D),
 ("Here I disagree with Dara. You talk to your adversary without preconditions; that is the whole point of diplomacy. If you only talk to people who have already done what you want, you are not negotiating.", "mikhail-sorin", 1, "Mikhail Sorin", "no-preconditions", "supports", 1, D),
 ("The clause on the former Soviet republics. No American administration is going to promise to stop training Ukrainian or Georgian soldiers, and nor should it.", "dara-whitfield", 1, "Dara Whitfield", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Bucharest language is the one thing I think NATO could quietly let die. It was a mistake in 2008, and half of the people in Brussels know it.", "mikhail-sorin", 1, "Mikhail Sorin", "rescind-bucharest-2008", "supports", 1, D),
 ("On the open door, the letters just repeat the old formula, almost word for word. That tells you exactly where the red line is.", "dara-whitfield", 1, "Dara Whitfield", "nato-open-door", "mentions", 1, D),
 ("The question now is whether anything legally binding comes out of this, or just an exchange of letters that both sides file away.", "mikhail-sorin", 1, "Mikhail Sorin", "written-legal-guarantees", "mentions", 1, D),
]

L["politico-2022-01-27-playbook-written-answers"] = [
 ("Moscow wants it all in writing — a legally binding promise that NATO won't expand any further east, and that Ukraine never joins.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow wants it all in writing — a legally binding promise that NATO won't expand any further east, and that Ukraine never joins.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants it all in writing — a legally binding promise that NATO won't expand any further east, and that Ukraine never joins.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Secretary of State Antony Blinken, briefing reporters at Foggy Bottom on Wednesday, said the document offers reciprocal transparency measures on offensive weapons systems in Ukraine and on military exercises in Europe.", "antony-blinken", 1, "Antony Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Secretary of State Antony Blinken, briefing reporters at Foggy Bottom on Wednesday, said the document offers reciprocal transparency measures on offensive weapons systems in Ukraine and on military exercises in Europe.", "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We will not compromise on the right of each nation to choose its own path, and we cannot accept that NATO allies are divided into first- and second-class members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We will not compromise on the right of each nation to choose its own path, and we cannot accept that NATO allies are divided into first- and second-class members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Foreign Minister Sergey Lavrov told Russian lawmakers on Thursday that the U.S. reply contained “no positive response” on what he called the main question, NATO's expansion eastward.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The so-called open-door policy is not a commandment. Nobody is obliged to take in everyone who knocks,", "sergei-lavrov", 1, "the foreign minister", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("there is not much cause for optimism.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("Alexander Grushko, the deputy foreign minister who handles NATO, told Kommersant on Wednesday that he saw “no point” in restoring military contacts with the alliance as long as it kept ignoring Russia's core concerns.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-26"),
 ("And at the Pentagon, press secretary John Kirby said Wednesday he was not aware of any reply from Moscow to the U.S. offer to restore regular military-to-military contacts.", "john-kirby", 1, "John Kirby", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("Any deal that gives Vladimir Putin a veto over who joins NATO would be a historic mistake.", "michael-mccaul", 1, "Michael McCaul", "nato-open-door", "supports", 1, "2022-01-26"),
]

write_gold(L, "articles-59", "gold-59")
