#!/usr/bin/env python3
"""Writes the held-out gold of batch 138 (gold-138/*.nq) from the labels below.

Batch 138 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy from Geneva, front
  matter, straight quotation marks, a crosshead, a history paragraph (Baker
  1990) and a quotation from the draft treaty;
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO's transcript of
  Stoltenberg's press conference after the NATO-Russia Council, no front
  matter, speaker labels, a moderator and journalists' questions;
- ria-2022-01-14-lavrov-press-conference-guarantees: RIA Novosti report on
  Lavrov's annual press conference, machine-translated English, « » marks
  with a dash after them, a quotation split by the speaker; UTF-8 BOM, CRLF
  line ends, no front matter (date in the text);
- meduza-2022-01-20-voskoboinikov-interview: Meduza Q&A with an invented
  military analyst, front matter, questions marked "Meduza:", answers as
  paragraphs opening with a dash, curly quotation marks;
- guardian-2022-01-26-russia-ukraine-live-us-response: Guardian live blog
  (newest entry first, timestamps, entry headings, standfirst, photo caption,
  link line), an embassy speaking, curly quotation marks;
- kyivindependent-2022-01-27-kuleba-lavrov-us-response: Kyiv Independent news
  report without front matter ("January 27, 2022" byline date, "Jan. 26"
  dates), curly quotation marks, an invented Kyiv analyst;
- politico-2022-02-01-moscow-wish-list-nato-red-lines: Politico Europe
  analysis quoting invented experts and real officials with „ “ marks, an
  unnamed senior EU official, two speakers in one sentence, the Founding Act
  quoted.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
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
  the INF withdrawal of 2019), words quoted from documents, headlines,
  crossheads, standfirsts, photo captions and link lines are not labelled;
  statements by unnamed groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day ("last week", undated analyst quotes).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia and the United States ended nearly eight hours of talks on European security in Geneva on Monday without a breakthrough, as Moscow's chief negotiator insisted that Ukraine must never be allowed to join NATO.", "sergei-ryabkov", 1, "Moscow's chief negotiator", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov said Moscow also wanted Washington to pledge that it would not deploy short- and intermediate-range missiles in Europe within reach of Russian territory, and that US warships and bombers would stay out of areas from which they could strike Russia.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("Ryabkov said Moscow also wanted Washington to pledge that it would not deploy short- and intermediate-range missiles in Europe within reach of Russian territory, and that US warships and bombers would stay out of areas from which they could strike Russia.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("We came to Geneva without preconditions, and we expect the same from the American side: answers, not a process for the sake of a process,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-preconditions", "supports", 1, "2022-01-10"),
 ("firmly push back on security proposals that are simply non-starters to the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the two delegations had discussed where missiles could be placed in Europe and possible reciprocal limits on the size and scope of military exercises, stressing that any such steps would have to apply to both sides.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the two delegations had discussed where missiles could be placed in Europe and possible reciprocal limits on the size and scope of military exercises, stressing that any such steps would have to apply to both sides.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Sherman added that real progress was hard to imagine \"in an atmosphere of escalation\" and urged Moscow to pull back the troops it has gathered around Ukraine.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("In Moscow, Kremlin spokesman Dmitry Peskov told journalists earlier on Monday that Russia would judge the talks by whether the United States was ready to give a firm commitment that NATO would stop expanding eastward.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Moscow is asking for a promise that NATO will stop where it is today and for the alliance to pull its forces back to where they stood in 1997, and Washington cannot deliver either,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow is asking for a promise that NATO will stop where it is today and for the alliance to pull its forces back to where they stood in 1997, and Washington cannot deliver either,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "rollback-to-1997", "mentions", 1, ""),
 ("The real question for this week is whether both sides still want to keep talking after Thursday,", "katarzyna-wielgosz", 1, "she", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a serious and direct exchange, not an easy one.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies made clear that we are ready to sit down with Russia and discuss arms control, including intermediate-range missiles in Europe, and reciprocal limits and transparency on military exercises. These are areas where we can make real progress, on a basis of reciprocity.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("Allies made clear that we are ready to sit down with Russia and discuss arms control, including intermediate-range missiles in Europe, and reciprocal limits and transparency on military exercises. These are areas where we can make real progress, on a basis of reciprocity.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("But we will not compromise on core principles. Each nation has the right to choose its own path, and NATO's door remains open. Russia does not have a veto on whether Ukraine becomes a member of the Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("But we will not compromise on core principles. Each nation has the right to choose its own path, and NATO's door remains open. Russia does not have a veto on whether Ukraine becomes a member of the Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Allies also rejected the idea that NATO should pull back its forces from the Allies that joined after 1997. That would create first- and second-class members of NATO, and it is simply a non-starter.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("We called on Russia to de-escalate and to withdraw its forces from Ukraine's borders. The problem is Russia's military build-up, not NATO.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We also proposed to re-open our respective offices in Moscow and Brussels, and to make full use of military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("No. What we agreed in Bucharest in 2008 still stands, and Allies are not going to revisit it or take it back.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("At the same time, it is important that we sat down at the same table today. There is a real risk of a new armed conflict in Europe, and that is exactly why we have to keep talking.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("No. Allies will continue to fly and sail in international airspace and in international waters, in the Black Sea and in the Baltic, as we have always done, in full accordance with international law.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("We will now consult closely among Allies and with our partners, including Ukraine and Georgia, and then we will decide on the next steps together.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("I will not speculate about the format or the timing today. What I can say is that NATO is ready to meet again, and that we have proposed a series of meetings.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["ria-2022-01-14-lavrov-press-conference-guarantees"] = [
 ("Russia waits from the USA and NATO the written answer on its proposals and insists that the guarantees of its security must be juridically obligatory, declared the head of the Russian foreign ministry Sergey Lavrov on Friday at the big press conference on the results of the Russian diplomacy in 2021.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("Our patience has come to an end. We are very serious people, and we expect from our partners the concrete answer, and not one more round of the talks for the sake of the talks", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("The key in our proposals is the non-expansion of NATO to the east", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("and also the refusal of the deployment of the strike weapon systems which create threat to the territory of Russia, in the immediate proximity to our borders", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-14"),
 ("He reminded, that Russia also demands the withdrawal of the forces and the armaments of NATO which were deployed after 1997 on the territory of the countries which were not the members of the alliance at that time.", "sergei-lavrov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-14"),
 ("We move our troops on our own territory, and we are not going to explain this to anybody. It is not we who approach the borders of NATO", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("The military development of the territory of Ukraine by the members of the alliance, the supply of the weapon and the sending of the instructors is for us the unacceptable threat", "sergei-lavrov", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("The policy of \"open doors\" of NATO is not the holy scripture. Everybody has the right to choose the alliances, but nobody has the right to strengthen the own security at the expense of the security of the others, this is written in the documents of OSCE signed by all", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("The OSCE was created exactly for such questions, and we will see whether our Western colleagues remember what they signed in Istanbul and Astana", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-14"),
]
L["meduza-2022-01-20-voskoboinikov-interview"] = [
 ("Two things, really. The first is a legally binding promise that Ukraine will never join NATO. The second is that the alliance stops treating Ukraine and Georgia as its forward base: no instructors, no joint exercises, no weapons deliveries.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "written-legal-guarantees", "mentions", 1, "2022-01-18"),
 ("Two things, really. The first is a legally binding promise that Ukraine will never join NATO. The second is that the alliance stops treating Ukraine and Georgia as its forward base: no instructors, no joint exercises, no weapons deliveries.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "no-ukraine-membership", "mentions", 1, "2022-01-18"),
 ("Two things, really. The first is a legally binding promise that Ukraine will never join NATO. The second is that the alliance stops treating Ukraine and Georgia as its forward base: no instructors, no joint exercises, no weapons deliveries.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-18"),
 ("The rest of the package, the intermediate-range missiles, the bombers, the warships in the Black Sea, is there so that Moscow has something to trade.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-18"),
 ("The rest of the package, the intermediate-range missiles, the bombers, the warships in the Black Sea, is there so that Moscow has something to trade.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-18"),
 ("Nobody at Smolenskaya Square seriously expects NATO to go back to its 1997 lines. The withdrawal demand is there to show how far apart the two sides are.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "rollback-to-1997", "mentions", 1, "2022-01-18"),
 ("Frankly, I think insisting on a formal revocation of the Bucharest declaration is a mistake. The declaration has no legal force, NATO will never disown its own summit, and we only lose credibility by asking.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "rescind-bucharest-2008", "rejects", 1, "2022-01-18"),
 ("Yes. A mutual moratorium on intermediate-range missiles in Europe is in everybody’s interest, and I would sign it tomorrow. The same goes for limits on snap exercises close to the borders, on both sides.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("Yes. A mutual moratorium on intermediate-range missiles in Europe is in everybody’s interest, and I would sign it tomorrow. The same goes for limits on snap exercises close to the borders, on both sides.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "limit-military-exercises", "supports", 1, "2022-01-18"),
 ("And the military channels. The fact that our generals and NATO’s generals barely talk to each other any more is more dangerous than any missile.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "resume-military-dialogue", "supports", 1, "2022-01-18"),
 ("Both. The troops are the reason Washington agreed to talk at all. But once the written answers arrive, the troops should go back to their bases; keeping them there only convinces Europe that it needs more NATO, not less.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("A legally binding treaty is the weakest point of the whole construction. It needs 67 votes in the Senate, and there are not 67 senators who would vote for anything with Moscow’s name on it.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "written-legal-guarantees", "mentions", 1, "2022-01-18"),
 ("I don’t know. Nobody in Moscow knows either, and that is the most worrying part.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "", "", 1, "2022-01-18"),
 ("Whether the answers arrive at all, and who signs them. If the reply comes from NATO as a bloc rather than from each capital, the Foreign Ministry will call it a formality.", "kirill-voskoboinikov", 1, "Kirill Voskoboinikov", "", "", 1, "2022-01-18"),
]
L["guardian-2022-01-26-russia-ukraine-live-us-response"] = [
 ("The document we have delivered sets out the concerns of the United States and our allies and partners about Russia’s actions, a principled evaluation of the concerns Russia has raised, and our own proposals for where we may find common ground,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles we are committed to uphold, including Ukraine’s sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change, there will be no change.", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("He said the response proposed reciprocal transparency measures on offensive weapons systems in Ukraine and near Russia’s borders, and described it as a “serious diplomatic path” should Moscow choose it.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Nato’s secretary general, Jens Stoltenberg, said in Brussels earlier on Wednesday that the alliance had sent Moscow its own written proposals, and rejected Moscow’s demand that the alliance stop enlarging.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("Nato’s secretary general, Jens Stoltenberg, said in Brussels earlier on Wednesday that the alliance had sent Moscow its own written proposals, and rejected Moscow’s demand that the alliance stop enlarging.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, told the BBC on Wednesday morning that allied exercises in the Baltic states would go ahead as planned.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-26"),
 ("We are not going to cancel a single drill because the Kremlin does not like it,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("We expect Washington to respond to the substance of our proposals, above all the non-expansion of Nato, rather than avoid uncomfortable questions.", "russia", 0, "The Russian embassy in Washington", "nato-non-expansion", "supports", 1, "2022-01-26"),
]
L["kyivindependent-2022-01-27-kuleba-lavrov-us-response"] = [
 ("Kyiv saw the American response before it was handed over, and there are no objections from the Ukrainian side. Nothing in it was decided about Ukraine behind Ukraine’s back,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("Kuleba dismissed Moscow’s demand that NATO countries end all military cooperation with Ukraine as “a grey-zone ultimatum.”", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("Kuleba dismissed Moscow’s demand that NATO countries end all military cooperation with Ukraine as “a grey-zone ultimatum.”", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Our cooperation with partners, including weapons deliveries and joint exercises, is not something to be negotiated with Russia. Period,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("There is no positive answer on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive answer on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Kremlin spokesman Dmitry Peskov said on Jan. 27 that Moscow was studying what the U.S. and NATO had written about the alliance’s open-door policy and would “not rush to conclusions.”", "dmitry-peskov", 1, "Dmitry Peskov", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("Deputy Foreign Minister Alexander Grushko said on Jan. 26 that Moscow saw no point in restoring military contacts with NATO, as the alliance had offered in its answer, while it “treats Russia as an enemy.”", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-26"),
 ("Ukraine’s path to NATO is written into our Constitution, and it will not be traded away in Geneva, in Brussels or anywhere else,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Everything in these letters depends on one thing the West is asking for, that Russia pull its troops back from our border, and so far I see no sign of that,", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "russia-de-escalation", "mentions", 1, ""),
 ("If the Kremlin wanted a pretext to walk away, it already has one. If it wanted a reason to stay at the table, it has that too,", "oksana-hrytsenko", 1, "Hrytsenko", "", "", 1, ""),
]
L["politico-2022-02-01-moscow-wish-list-nato-red-lines"] = [
 ("Moscow’s list is a menu on which only two dishes really matter, and one of them is the Bucharest declaration, which it wants torn up,", "henrike-vossberg", 1, "Henrike Vossberg", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The other, she said, is the end of enlargement itself.", "henrike-vossberg", 1, "she", "nato-non-expansion", "mentions", 0, ""),
 ("Alexander Grushko, the deputy foreign minister who led Russia’s delegation at the NATO-Russia Council, insisted in an interview with Izvestia last week that the alliance must formally disavow its 2008 promise to Ukraine and Georgia, calling it „a mine under European security.“", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 0, ""),
 ("Vossberg noted that Moscow had asked for talks without preconditions while setting what amounted to a deadline of its own.", "henrike-vossberg", 1, "Vossberg", "no-preconditions", "mentions", 0, ""),
 ("Vossberg noted that Moscow had asked for talks without preconditions while setting what amounted to a deadline of its own.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("You cannot negotiate without preconditions with someone who holds a gun to your neighbour’s head,", "kaja-kallas", 1, "Kaja Kallas", "no-preconditions", "rejects", 1, "2022-01-28"),
 ("Both Lithuania’s Gabrielius Landsbergis and Latvia’s Edgars Rinkēvičs said on Monday that allied battlegroups would stay in the Baltic states regardless of Moscow’s demand that NATO withdraw forces from countries that joined after 1997.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-31"),
 ("Both Lithuania’s Gabrielius Landsbergis and Latvia’s Edgars Rinkēvičs said on Monday that allied battlegroups would stay in the Baltic states regardless of Moscow’s demand that NATO withdraw forces from countries that joined after 1997.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-31"),
 ("Both Lithuania’s Gabrielius Landsbergis and Latvia’s Edgars Rinkēvičs said on Monday that allied battlegroups would stay in the Baltic states regardless of Moscow’s demand that NATO withdraw forces from countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Poland will not accept any deal under which Moscow decides what weapons NATO may deploy near Russia’s borders, and that includes our own soil,", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-30"),
 ("A moratorium on intermediate-range missiles would simply freeze Russia’s advantage, because its own 9M729s are already deployed,", "tomasz-kierski", 1, "Tomasz Kierski", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("A senior EU official said on Monday that no member state would sign a legally binding treaty with Russia on Europe’s security architecture, calling the idea „a non-starter.“", "european-union", 0, "A senior EU official", "written-legal-guarantees", "rejects", 0, "2022-01-31"),
 ("Europe has to be at the table when European security is discussed, not on the menu,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-31"),
 ("The offer to restore military-to-military channels is the most concrete thing in the American letter, and Moscow still has not said whether it will take it,", "henrike-vossberg", 1, "Vossberg", "resume-military-dialogue", "mentions", 1, ""),
 ("Putin will answer when he has decided what he wants, not before,", "henrike-vossberg", 1, "Vossberg", "", "", 1, ""),
]

write_gold(L, "articles-138", "gold-138")
