#!/usr/bin/env python3
"""Writes the ninety-seventh held-out gold (gold-97/*.nq) from the labels below.

Batch 97 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 "security guarantees" crisis, seven articles in seven forms:

- ap-2022-01-10-geneva-sherman-ryabkov: AP wire copy (front matter, straight
  quotes, GENEVA (AP) dateline) on the Geneva talks: two speakers in the lede,
  a speaker named first only by role, quotations split by "X said", a
  quotation running over three sentences, Bucharest 2008 as background, a
  demand attributed in passing to Moscow, an invented analyst.
- whitehouse-2022-01-26-psaki-briefing: White House press briefing transcript
  (no front matter, date in the header, "MS. PSAKI:" and "Q" labels); the
  journalists' questions name demands and get no label.
- ria-2022-01-12-grushko-nrc: RIA Novosti machine-translated into English
  (no front matter, UTF-8 BOM, CRLF line ends, « » quotes with "- said X"),
  on the NATO-Russia Council; the 1997 Founding Act as background, indirect
  speech by "him", "the diplomat", "the deputy minister".
- guardian-2022-01-26-live-us-nato-answers: Guardian live blog (front matter,
  curly quotes, GMT time stamps, crossheads, standfirst) on the day the US and
  NATO answers were delivered; an unnamed senior EU official, Moscow's demand
  in passing inside Stoltenberg's sentence, an invented analyst.
- osce-2022-01-13-rau-press-conference: OSCE press conference transcript
  (no front matter, "RAU:", "MODERATOR:", "QUESTION (outlet):" labels).
- dw-2022-01-27-interview-nato-answers: Deutsche Welle Q&A interview with an
  invented analyst (front matter, „ “ quotes in the intro, "DW:" and
  "Korff-Arndt:" labels), Lavrov's indirect speech spanning sentences.
- toi-2022-02-02-putin-west-ignored-concerns: Times of India analysis quoting
  Putin, Price, Peskov, Zakharova, the MEA spokesperson and invented Indian
  experts (front matter); words quoted from the Russian draft treaty, Baker
  1990, anonymous officials and an "Also Read" link line are not labelled.

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

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

AP_LEDE = "Russia's chief negotiator insisted Monday that Ukraine must never be allowed to join NATO, while U.S. Deputy Secretary of State Wendy Sherman said Washington would not let any outside power veto the alliance's decisions on who can become a member, as nearly eight hours of talks in Geneva ended without a breakthrough."
AP_MISSILES = "Ryabkov said Washington must also commit not to deploy intermediate-range missiles within reach of Russian territory and to keep its warships and heavy bombers out of areas from which they could strike Russia."
AP_LANDSBERGIS = "Lithuanian Foreign Minister Gabrielius Landsbergis told The Associated Press that Moscow's demand to pull allied troops out of the Baltic states was \"a non-starter\" and that the NATO battlegroup stationed in his country would stay."
AP_HOLLOWAY = "Both sides have dug in. A formal veto over NATO enlargement is at the top of one list, and a door that stays open is at the top of the other,"
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 (AP_LEDE, "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (AP_LEDE, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("We had a frank and straightforward discussion,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters to the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said Moscow also wanted NATO to pull back the forces and weapons it has deployed since 1997 in countries that joined the alliance after the Cold War, a demand that would affect Poland, the Baltic states, Romania and Bulgaria.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 (AP_MISSILES, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 (AP_MISSILES, "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Asked whether Russia would pull its troops back from the border, the deputy foreign minister said the forces were on Russian soil and would be moved as the Russian military saw fit.", "sergei-ryabkov", 1, "the deputy foreign minister", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We have no intention to attack Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 (AP_LANDSBERGIS, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, ""),
 (AP_LANDSBERGIS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz said Monday that any restrictions on the strike weapons Poland's allies could station on Polish territory would be \"unacceptable.\"", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-10"),
 (AP_HOLLOWAY, "margaret-holloway", 1, "Margaret Holloway", "nato-non-expansion", "mentions", 1, ""),
 (AP_HOLLOWAY, "margaret-holloway", 1, "Margaret Holloway", "nato-open-door", "mentions", 1, ""),
 ("The real test is whether anyone in the Kremlin wants a deal at all,", "margaret-holloway", 1, "she", "", "", 1, ""),
]

WH_DOOR = "No. And I don't think that should come as a surprise to anyone. NATO's door is open and remains open, and that is not something we are going to negotiate away. Whether Ukraine joins the Alliance is a decision for Ukraine and the 30 Allies — not for Russia."
WH_TREATY = "It's not a treaty. It's a document that lays out our concerns and the areas where we think there can be progress. We were never going to sign a legally binding pledge that hands any country a veto over who joins the Alliance, and we've said that since December."
WH_AREAS = "I'm not going to get ahead of the Secretary on the specifics, and the document itself is not going to be released publicly. But as we've said before, there are areas where we believe we can make progress — reciprocal commitments on intermediate-range missiles in Europe, for example, and on the size and scope of military exercises."
D = "2022-01-26"
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone. As many of you have seen, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow earlier today, and NATO has delivered its own in parallel. The Secretary will speak to it in more detail shortly, but it sets out a serious diplomatic path forward, should Russia choose it.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("We have also been clear about what happens if Russia chooses the other path. We have been working closely with our Allies and partners on severe economic consequences, and the President has put up to 8,500 troops on heightened alert so that we are ready to reinforce NATO's eastern flank if needed.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 (WH_DOOR, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 (WH_DOOR, "jen-psaki", 1, "Psaki", "no-ukraine-membership", "rejects", 1, D),
 (WH_TREATY, "jen-psaki", 1, "Psaki", "written-legal-guarantees", "rejects", 1, D),
 (WH_TREATY, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 (WH_AREAS, "jen-psaki", 1, "Psaki", "no-intermediate-range-missiles", "mentions", 1, D),
 (WH_AREAS, "jen-psaki", 1, "Psaki", "limit-military-exercises", "mentions", 1, D),
 ("Look, the path of diplomacy is open. But it's very hard to see real progress at the negotiating table while there are more than 100,000 Russian troops on Ukraine's border, and we have been very clear that they need to pull back.", "jen-psaki", 1, "Psaki", "russia-de-escalation", "supports", 1, D),
 ("The Bucharest declaration stands. Allies reaffirmed it at the summit in Brussels last June, and nobody is going to rewrite it under pressure.", "jen-psaki", 1, "Psaki", "rescind-bucharest-2008", "rejects", 1, D),
 ("We've seen those comments. I'm not going to respond to every threat that comes out of Moscow. What I can tell you is that we are prepared either way — for diplomacy, or to respond if Russia chooses to further invade Ukraine.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("He has not spoken with him this week. He spoke with him earlier this month, and our national security team is in touch with their counterparts in Kyiv almost every day.", "jen-psaki", 1, "Psaki", "", "", 1, D),
]

RIA_NONEXP = "For us it is absolutely necessary that the NATO stops the expansion to the east, and this must be fixed in the juridically binding form, not by the promises"
D = "2022-01-12"
L["ria-2022-01-12-grushko-nrc"] = [
 (RIA_NONEXP, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 (RIA_NONEXP, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("According to him, the Russian side demands also the refusal of the deployment of the strike weapon systems on the territory of the neighbouring states, which create the threat to Russia.", "alexander-grushko", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Grushko also declared that the alliance must disavow the formula of the Bucharest summit of 2008 about that Ukraine and Georgia will become the members of the NATO.", "alexander-grushko", 1, "Grushko", "rescind-bucharest-2008", "supports", 0, D),
 ("We told to the NATO colleagues honestly: the situation is very dangerous. If they will choose the path of the containment, we will answer by the counter-containment", "alexander-grushko", 1, "the diplomat", "", "", 1, D),
 ("According to the deputy minister, the proposal of NATO to restore the work of the military channels of the communication «does not have the sense» while the alliance continues the military preparation near the Russian borders.", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 0, D),
 ("The General secretary of NATO Jens Stoltenberg on the press conference after the session declared that the allies are ready to the dialogue, but will not make the compromises on the right of each country to choose the own way.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("There is the real risk of the new armed conflict in Europe", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("We will not refuse from the ability to protect and to defend each other, including by the presence of the troops in the eastern part of the alliance", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("He also named «not credible» the proposal about the moratorium on the deployment of the missiles of medium and shorter range in Europe, while Russia itself deploys the missiles 9M729.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Previously the official representative of the MID of Russia Maria Zakharova declared that Moscow goes to the negotiations without any preliminary conditions and waits the same from the western partners.", "maria-zakharova", 1, "Maria Zakharova", "no-preconditions", "supports", 0, ""),
]

G_ASHWORTH = "A signed, legally binding treaty keeping Ukraine out of Nato for ever was never going to be on offer,"
G_STOLT = "We are ready to listen to Russia’s concerns, and we are ready to discuss arms control, including on intermediate-range missiles, but we will not compromise on the right of every nation to choose its own path,"
G_BUCHAREST = "Stoltenberg also said allies stood by the decision taken at Bucharest in 2008, dismissing Moscow’s call for it to be revoked."
G_BLINKEN = "Blinken said the US was prepared to discuss reciprocal commitments not to station offensive strike systems in Ukraine, but that whether Ukraine joins Nato was for Kyiv and the allies alone to decide."
D = "2022-01-26"
L["guardian-2022-01-26-live-us-nato-answers"] = [
 ("We are calm, we are strong, and we are not alone,", "volodymyr-zelensky", 1, "he", "", "", 1, D),
 (G_ASHWORTH, "helen-ashworth", 1, "she", "written-legal-guarantees", "mentions", 1, D),
 (G_ASHWORTH, "helen-ashworth", 1, "she", "no-ukraine-membership", "mentions", 1, D),
 ("Moscow now has to decide whether it wants a negotiation or a pretext.", "helen-ashworth", 1, "she", "", "", 1, D),
 ("Russia must de-escalate, and it must do it now. That is the only way to make diplomacy work,", "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 1, D),
 ("There is no world in which the Baltic states agree to go back to the situation of 1997,", "european-union", 0, "a senior EU official", "rollback-to-1997", "rejects", 1, ""),
 ("Our partners have confirmed again: no talks about Ukraine without Ukraine, and no decisions about our military cooperation with them will be taken in Moscow,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("It takes time to study a text like this, and we will not be hurried,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("We will not cancel a single exercise on our own territory because Moscow does not like it,", "kaja-kallas", 1, "she", "limit-military-exercises", "rejects", 1, D),
 (G_STOLT, "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 (G_STOLT, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Halting enlargement is simply not on the table,", "jens-stoltenberg", 1, "he", "nato-non-expansion", "rejects", 1, D),
 (G_BUCHAREST, "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 0, D),
 (G_BUCHAREST, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 (G_BLINKEN, "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 (G_BLINKEN, "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, D),
 (G_BLINKEN, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
]

O_TABLE = "The questions on the table are serious ones: the enlargement of NATO, and whether security guarantees should be written down in legally binding form. They deserve a serious answer, and the OSCE is the right place to discuss them."
O_COND = "Talks without any conditions, while a hundred thousand soldiers stand at the border, are not something we can accept. De-escalation has to come first; then everything can be discussed."
D = "2022-01-13"
L["osce-2022-01-13-rau-press-conference"] = [
 ("Thank you, and good afternoon. Today the Permanent Council held its first meeting under the Polish Chairmanship, and it took place at a very difficult moment. It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (O_TABLE, "zbigniew-rau", 1, "Rau", "nato-non-expansion", "mentions", 1, D),
 (O_TABLE, "zbigniew-rau", 1, "Rau", "written-legal-guarantees", "mentions", 1, D),
 ("At the same time, we must not forget that one participating State has concentrated a huge military force on the border of another. We call on the Russian Federation to pull those forces back, to reduce the tension and to return to the principles we all signed in Helsinki.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 1, D),
 (O_COND, "zbigniew-rau", 1, "Rau", "no-preconditions", "rejects", 1, D),
 (O_COND, "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 1, D),
 ("The OSCE has instruments for this, the Vienna Document and its mechanisms for risk reduction, and I hope every participating State will use them. Restoring regular contacts between the militaries would be in everybody's interest.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "supports", 1, D),
 ("As for the decisions taken in Bucharest in 2008, whether they should be withdrawn is a question for the Alliance, not for the OSCE Chairmanship, and I will not comment on it here.", "zbigniew-rau", 1, "Rau", "rescind-bucharest-2008", "mentions", 1, D),
 ("Every participating State has the right to freely choose its security arrangements, including treaties of alliance. This is written in the Helsinki Final Act and in the Charter of Paris, and Poland will not accept that this right becomes negotiable.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, D),
 ("We will present our proposal for a renewed dialogue on European security in the coming weeks. I have spoken with Foreign Minister Lavrov about it, and I intend to travel to Moscow and to Kyiv.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("I hope so. The OSCE was created precisely for times like these, when the tension is high and the channels are few. It would be a great mistake not to use it.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
]

DW_CENTRAL = "Not on the central point. On a guarantee that NATO would never take in another member, the alliance has said, politely but clearly, no. What is on the table instead is an offer to talk about intermediate-range missiles, transparency and risk reduction — things the West has wanted to discuss for years."
D = "2022-01-27"
L["dw-2022-01-27-interview-nato-answers"] = [
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main question, he made clear, remained a halt to NATO's eastward expansion.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("He also rejected the Western argument that every state is free to choose its alliances, saying that principle could not be read without the obligation not to strengthen one's own security at the expense of others.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, D),
 ("In Berlin, Foreign Minister Annalena Baerbock on Wednesday called the Western answers „a serious offer for dialogue“ and said Russia now had to „take steps towards de-escalation“.", "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 0, "2022-01-26"),
 (DW_CENTRAL, "sabine-korff-arndt", 1, "Korff-Arndt", "nato-non-expansion", "mentions", 1, D),
 (DW_CENTRAL, "sabine-korff-arndt", 1, "Korff-Arndt", "no-intermediate-range-missiles", "mentions", 1, D),
 ("No. The battlegroups in the Baltic states and Poland were sent after 2014, in response to the annexation of Crimea, and no government in the region would survive agreeing to send them home. That demand is a non-starter, and I think everyone in the Russian Foreign Ministry knows it.", "sabine-korff-arndt", 1, "Korff-Arndt", "rollback-to-1997", "rejects", 1, D),
 ("Exercises. Both sides could agree to notify each other of large drills well in advance, to keep them further away from the border and to cap their size. That would be real progress, and it would cost nobody anything.", "sabine-korff-arndt", 1, "Korff-Arndt", "limit-military-exercises", "supports", 1, D),
 ("That is a demand I would not accept if I were in Washington. The Black Sea and the Baltic are international waters, and the ships and aircraft of any state may operate there under international law.", "sabine-korff-arndt", 1, "Korff-Arndt", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("They should never have been cut. When NATO's information office in Moscow and Russia's mission in Brussels closed last autumn, we lost the last channels through which generals could pick up the phone in a crisis. Restoring them costs nothing.", "sabine-korff-arndt", 1, "Korff-Arndt", "resume-military-dialogue", "supports", 1, D),
 ("So far, yes. Washington showed the Ukrainians its text before sending it to Moscow, and they had no objections. That matters, because the worst outcome for Ukraine would be a deal struck over its head.", "sabine-korff-arndt", 1, "Korff-Arndt", "", "", 1, D),
 ("Everything now depends on one man in the Kremlin. If Vladimir Putin wants a pretext, he already has one. If he wants a negotiation, there is a lot on the table.", "sabine-korff-arndt", 1, "Korff-Arndt", "", "", 1, D),
]

T_THREE = "Putin said the US and Nato had brushed aside the three things he had asked for: no further expansion of the alliance, no deployment of strike weapons near Russia's borders, and a return of Nato's military infrastructure in Europe to where it stood in 1997."
T_PRICE = "Despite Moscow's insistence that Nato rule out membership for Ukraine, US state department spokesperson Ned Price said on Tuesday that Washington would not close the alliance's door to Kyiv."
T_SAHGAL = "Nobody in Washington was ever going to put in writing that Nato will stop enlarging, or that it will pull its troops out of Poland,"
T_VENK = "It talks about restoring contacts between the general staffs, and about where warships and bombers may operate near each other's territory. Everything in it is tied to a pullback of Russian troops from Ukraine's border,"
D = "2022-02-01"
L["toi-2022-02-02-putin-west-ignored-concerns"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (T_THREE, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (T_THREE, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (T_THREE, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a Nato member and starts a military operation to take back Crimea. What then, are we supposed to go to war with the Nato bloc?", "vladimir-putin", 1, "the Russian leader", "no-ukraine-membership", "supports", 1, D),
 ("I hope that we will eventually find a solution, although we understand it is not easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 (T_PRICE, "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, D),
 (T_PRICE, "ned-price", 1, "Ned Price", "no-ukraine-membership", "rejects", 0, D),
 (T_PRICE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Russia moves its troops across its own territory as it sees fit, and nobody has the right to tell us where to keep them,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-30"),
 ("The so-called open-door policy is not anybody's right, it is a slogan invented in Brussels.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("She also said Moscow expected the West to end its military cooperation with Ukraine, including arms deliveries and the training of Ukrainian troops by Western instructors.", "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("External affairs ministry spokesperson Arindam Bagchi said on Thursday that India had taken note of calls for talks without preconditions and favoured \"a peaceful resolution through sustained diplomatic efforts\".", "arindam-bagchi", 1, "Arindam Bagchi", "no-preconditions", "mentions", 0, "2022-01-27"),
 ("a peaceful resolution through sustained diplomatic efforts", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-27"),
 (T_SAHGAL, "nandita-sahgal", 1, "Nandita Sahgal", "written-legal-guarantees", "mentions", 1, ""),
 (T_SAHGAL, "nandita-sahgal", 1, "Nandita Sahgal", "nato-non-expansion", "mentions", 1, ""),
 (T_SAHGAL, "nandita-sahgal", 1, "Nandita Sahgal", "rollback-to-1997", "mentions", 1, ""),
 ("The proposed ban on Western military activity in former Soviet states, from Ukraine to Central Asia, is the clause New Delhi should read most carefully, given our own partnerships in the region,", "nandita-sahgal", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (T_VENK, "prakash-venkataraman", 1, "he", "resume-military-dialogue", "mentions", 1, ""),
 (T_VENK, "prakash-venkataraman", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (T_VENK, "prakash-venkataraman", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-97", "gold-97")
