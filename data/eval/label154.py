#!/usr/bin/env python3
"""Writes the held-out gold of batch 154 (gold-154/*.nq) from the labels below.

Batch 154 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- ap-2022-01-10-geneva-sherman-ryabkov: Associated Press wire copy from the
  Geneva talks (front matter, straight quotes, byline, photo caption, a
  history paragraph on Baker 1990, an invented analyst, a quotation split by
  "said Teodora Vance").
- bloomberg-2022-01-12-nato-russia-council: Bloomberg news story on the
  NATO-Russia Council (front matter, curly quotes, summary bullets and
  crossheads, two speakers in one sentence, the 1997 Founding Act as
  background, an interview with Bloomberg Television the day before).
- osce-2022-01-13-rau-press-conference: unofficial OSCE press-conference
  transcript (UTF-8 BOM, CRLF line ends, no front matter, speaker labels,
  moderator and journalists' questions, answers running over paragraphs).
- aljazeera-2022-01-26-written-responses-live: Al Jazeera English live blog
  (no front matter, timestamped entries with crossheads, a standfirst,
  "Read more" link lines, a correspondent's analysis).
- tass-2022-01-27-peskov-no-reason-for-optimism: TASS report of a Peskov
  press call plus Zakharova and Ryabkov (no front matter, date line, « »
  quotation marks, attribution after the quotation, roles as speaker names,
  background on the draft treaties).
- state-2022-01-27-blinken-interview-ashdown: State Department transcript of
  a radio interview with Blinken (front matter, "Question:" / "Secretary
  Blinken:" labels; questions reporting Moscow's demands are not labelled).
- spiegel-2022-02-03-what-the-west-offered: DER SPIEGEL International
  analysis quoting experts and officials („ “ quotation marks, present-tense
  "says" with no day, words quoted from the leaked documents, standfirst).

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
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Ryabkov also said Russia wanted U.S. warships and strategic bombers kept out of areas from which they could strike Russian territory, and that no American intermediate-range missiles should ever again be deployed within reach of Moscow.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("Ryabkov also said Russia wanted U.S. warships and strategic bombers kept out of areas from which they could strike Russian territory, and that no American intermediate-range missiles should ever again be deployed within reach of Moscow.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("He insisted that Russia had come to Geneva without preconditions and expected the same of Washington, calling U.S. demands that Russian troops pull back before any agreement \"out of the question.\"", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2022-01-10"),
 ("He insisted that Russia had come to Geneva without preconditions and expected the same of Washington, calling U.S. demands that Russian troops pull back before any agreement \"out of the question.\"", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We have no intention of attacking Ukraine, and we have said so many times,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington had told the Russian delegation that it would not agree to bar Ukraine from the alliance, despite Moscow's insistence that Kyiv be kept out of NATO for good.", "wendy-sherman", 1, "She", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("She said Washington had told the Russian delegation that it would not agree to bar Ukraine from the alliance, despite Moscow's insistence that Kyiv be kept out of NATO for good.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("But Sherman said the United States was ready to discuss the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia was willing to make reciprocal commitments.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("But Sherman said the United States was ready to discuss the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia was willing to make reciprocal commitments.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("There is a very stark choice here. Russia can de-escalate and pull back its forces, or it can face severe costs,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Sherman said the U.S. delegation had also heard Russia's proposals to halt Western military cooperation with Ukraine and other former Soviet republics, and would take them back to Washington and to the allies.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-10"),
 ("Sherman said the U.S. delegation had also heard Russia's proposals to halt Western military cooperation with Ukraine and other former Soviet republics, and would take them back to Washington and to the allies.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("This was always going to be the hard part,", "teodora-vance", 1, "Teodora Vance", "", "", 1, ""),
 ("Moscow wants a legally binding ban on NATO enlargement, and no American administration can sign that.", "teodora-vance", 1, "Teodora Vance", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow wants a legally binding ban on NATO enlargement, and no American administration can sign that.", "teodora-vance", 1, "Teodora Vance", "written-legal-guarantees", "mentions", 1, ""),
 ("If there is a deal to be had at all, it will look like the arms control of the 1980s, not like a new Yalta,", "teodora-vance", 1, "she", "", "", 1, ""),
]
L["bloomberg-2022-01-12-nato-russia-council"] = [
 ("Secretary-General Jens Stoltenberg and U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, both told reporters on Wednesday after the four-hour session of the NATO-Russia Council in Brussels that the alliance’s open door was not up for negotiation.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Secretary-General Jens Stoltenberg and U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, both told reporters on Wednesday after the four-hour session of the NATO-Russia Council in Brussels that the alliance’s open door was not up for negotiation.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will not compromise on core principles: the right of each nation to choose its own path, including the kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Stoltenberg also dismissed Moscow’s demand that NATO pull its forces and infrastructure back to where they stood in 1997, saying there would be no “first- and second-class members” of the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Stoltenberg also dismissed Moscow’s demand that NATO pull its forces and infrastructure back to where they stood in 1997, saying there would be no “first- and second-class members” of the alliance.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Allies are ready to re-establish military lines of communication and to reopen our offices in Moscow and Brussels, so that incidents and accidents do not spiral out of control,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("For us it is absolutely mandatory to ensure that NATO does not expand any further. This is the cornerstone of everything,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("The Bucharest decision must be disavowed. It is a time bomb under European security,", "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 1, "2022-01-12"),
 ("Grushko said NATO’s exercises near Russia’s borders had to be scaled back, not merely announced in advance, and that Moscow saw no point in restoring military contacts just to “manage incidents” while the alliance ignored its core proposals.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Grushko said NATO’s exercises near Russia’s borders had to be scaled back, not merely announced in advance, and that Moscow saw no point in restoring military contacts just to “manage incidents” while the alliance ignored its core proposals.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("Russia is going to have to decide whether it is serious about diplomacy,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said in an interview with Bloomberg Television on Tuesday that any limits on allied drills in the Baltic region would be “a gift to the Kremlin” and were not up for discussion.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-11"),
 ("Russia must pull its tanks back from Ukraine’s border before there can be any talks at all. Negotiating under that kind of pressure rewards blackmail,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("Russia must pull its tanks back from Ukraine’s border before there can be any talks at all. Negotiating under that kind of pressure rewards blackmail,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-11"),
 ("The council met, nobody walked out, and that is about all one can say,", "margit-sorlie", 1, "Margit Sørlie", "", "", 1, ""),
 ("What Moscow keeps asking for, a veto over Kyiv’s membership, is the one thing the alliance cannot offer,", "margit-sorlie", 1, "Sørlie", "no-ukraine-membership", "mentions", 1, ""),
]
L["osce-2022-01-13-rau-press-conference"] = [
 ("Thank you very much. This morning I presented the priorities of the Polish Chairmanship to the Permanent Council. It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years, and our Organization must rise to that challenge.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We have listened carefully to the proposals of the Russian Federation. The OSCE, with its long experience of confidence-building and with the Vienna Document, is a natural place to discuss the transparency of military exercises and the reduction of military risks.", "zbigniew-rau", 1, "Zbigniew Rau", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("But let me be very clear. The principle that every participating State is free to choose or change its security arrangements, including treaties of alliance, lies at the heart of our common commitments. It is not negotiable, not here and not anywhere else.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Thank you. I want to add only one point. Our tools, from the Vienna Document to the Structured Dialogue, exist precisely so that military people talk to military people, especially in times of tension. We stand ready to support the resumption of regular contacts between the military establishments, here in Vienna or elsewhere.", "helga-schmid", 1, "Helga Schmid", "resume-military-dialogue", "supports", 1, "2022-01-13"),
 ("We are always ready for dialogue, yes, in the formats that exist for this purpose.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("But withdrawing allied forces from the territory of States which joined the Alliance after 1997 is not something the OSCE can or should negotiate. And I can tell you that Poland will never accept it.", "zbigniew-rau", 1, "Zbigniew Rau", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("The Chairmanship does not sign treaties on behalf of participating States. Our commitments are political commitments. Whether anyone wants to put legally binding guarantees on paper is a matter for the States concerned.", "zbigniew-rau", 1, "Zbigniew Rau", "written-legal-guarantees", "mentions", 1, "2022-01-13"),
 ("What I can say is that the first step is obvious, and it is de-escalation. Troops massed along the border of a neighbouring State do not create a climate for dialogue, and they must be withdrawn.", "zbigniew-rau", 1, "Zbigniew Rau", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("We are not setting any preconditions for dialogue. This Organization is open to every participating State, at any time, and I intend to visit Moscow as well as Kyiv as soon as the dates can be agreed.", "zbigniew-rau", 1, "Zbigniew Rau", "no-preconditions", "supports", 1, "2022-01-13"),
 ("The Special Monitoring Mission continues its work on the ground, and our monitors report every day on what they see. That information is available to all participating States, and I would encourage everyone to read it.", "helga-schmid", 1, "Helga Schmid", "", "", 1, "2022-01-13"),
]
L["aljazeera-2022-01-26-written-responses-live"] = [
 ("Pentagon spokesman John Kirby dismissed Russia’s demand that US warships and aircraft stay out of range of Russian territory, saying American forces would keep operating in the Black Sea and elsewhere “where international law allows”.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("Pentagon spokesman John Kirby dismissed Russia’s demand that US warships and aircraft stay out of range of Russian territory, saying American forces would keep operating in the Black Sea and elsewhere “where international law allows”.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Russian foreign ministry spokeswoman Maria Zakharova said on state television that Moscow would study the documents carefully but that its position on the main question – that NATO must not expand any further east – had not changed.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2022-01-26"),
 ("We will not let the answer be turned into an endless discussion of secondary issues,", "maria-zakharova", 1, "she", "", "", 1, "2022-01-26"),
 ("sets out a serious diplomatic path should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change. The door to NATO is open and remains open, and that is our commitment,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("This is not a draft treaty, and we are not going to put our answers into a legally binding document,", "ned-price", 1, "Price", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("There are no restrictions in it on our military cooperation with our partners, and nothing in it was written about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("Lavrov said Russia would not allow its proposals to be “drowned in endless discussions” and insisted that the package, including the withdrawal of NATO forces from the countries that joined after 1997, be considered as a whole.", "sergey-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, "2022-01-26"),
 ("The Kremlin has said again and again that what it needs is a guarantee that NATO stops expanding and that no strike weapons are placed near Russia’s borders. If the answer does not contain that, expect Moscow to say it has been ignored,", "yulia-shapovalova", 1, "she", "nato-non-expansion", "mentions", 1, "2022-01-26"),
 ("The Kremlin has said again and again that what it needs is a guarantee that NATO stops expanding and that no strike weapons are placed near Russia’s borders. If the answer does not contain that, expect Moscow to say it has been ignored,", "yulia-shapovalova", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("The decision taken in Bucharest remains valid, and no third country can cancel it,", "david-zalkaliani", 1, "Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
]
L["tass-2022-01-27-peskov-no-reason-for-optimism"] = [
 ("It cannot be said that our considerations were taken into account or that a readiness to take our concerns into account was shown", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("The key issues for us are clear: the non-expansion of NATO and the non-deployment of strike weapon systems that could threaten the territory of the Russian Federation. On these key issues we see no positive reaction", "dmitry-peskov", 1, "the Kremlin spokesman", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The key issues for us are clear: the non-expansion of NATO and the non-deployment of strike weapon systems that could threaten the territory of the Russian Federation. On these key issues we see no positive reaction", "dmitry-peskov", 1, "the Kremlin spokesman", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is no need to hurry with the conclusions. The analysis will take some time", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Answering a question of TASS whether Moscow could accept an agreement limited to missiles and military exercises, Peskov said these topics were important but secondary and could not replace answers on the main questions.", "dmitry-peskov", 1, "Peskov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("Answering a question of TASS whether Moscow could accept an agreement limited to missiles and military exercises, Peskov said these topics were important but secondary and could not replace answers on the main questions.", "dmitry-peskov", 1, "Peskov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("Peskov noted that the American side had once again set out its well-known position on NATO's open-door policy.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("He said the Kremlin had noted the US statements that the dialogue should continue without preconditions, but added that it was premature to talk about the date of a next round.", "dmitry-peskov", 1, "He", "no-preconditions", "mentions", 0, "2022-01-27"),
 ("The spokesman said the question of restoring contacts between the military was among the topics the American side had raised, but declined to go into details.", "dmitry-peskov", 1, "The spokesman", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("Peskov again dismissed the calls of Western capitals on Russia to pull back its troops from the border with Ukraine.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Russia moves its troops across its own territory as it sees fit. Nobody should tell us where we can keep our army", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("The military development of the territory of Ukraine by NATO countries, the supplies of weapons and the sending of instructors are a direct threat to Russia. This must stop", "maria-zakharova", 1, "the diplomat", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("On Wednesday, Deputy Foreign Minister Sergei Ryabkov said that Moscow would not retreat from its demand that NATO abandon its open-door policy.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 0, "2022-01-26"),
 ("For us, the so-called open-door policy is unacceptable, and we will not accept formulas about the freedom to choose alliances which ignore the security of others", "sergei-ryabkov", 1, "the deputy minister", "nato-open-door", "rejects", 1, "2022-01-26"),
]
L["state-2022-01-27-blinken-interview-ashdown"] = [
 ("Well, Claire, we didn't ignore it. We addressed it directly, and we were very clear: we are not going to give Russia a guarantee that NATO will stop enlarging. That was never on offer, and Moscow knew it.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, "2022-01-27"),
 ("What we did put on the table are areas where we think real progress is possible: reciprocal limits on where offensive missiles can be deployed in Europe, measures to reduce the risk of incidents between our ships and aircraft. These are serious ideas, and they're ideas Russia itself has raised in the past.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("What we did put on the table are areas where we think real progress is possible: reciprocal limits on where offensive missiles can be deployed in Europe, measures to reduce the risk of incidents between our ships and aircraft. These are serious ideas, and they're ideas Russia itself has raised in the past.", "antony-blinken", 1, "Blinken", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 ("No. That's a non-starter. We're not going to create first- and second-class allies, and the forces that are in Poland or in the Baltic states are there because those countries asked for them.", "antony-blinken", 1, "Blinken", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Ukraine's relationship with NATO is a matter for Ukraine and for the thirty allies. It's not for Moscow to decide, and we're not going to trade it away behind Ukraine's back.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("Ukraine's relationship with NATO is a matter for Ukraine and for the thirty allies. It's not for Moscow to decide, and we're not going to trade it away behind Ukraine's back.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The best thing Russia could do right now is to de-escalate, to pull back the forces it has massed on Ukraine's borders, more than 100,000 of them. That would tell us that it's serious.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("At the same time, we're prepared to keep talking, at any level and without preconditions, as long as there's a chance that diplomacy can work.", "antony-blinken", 1, "Blinken", "no-preconditions", "supports", 1, "2022-01-27"),
 ("Yes, and we'd welcome that. Restoring regular contacts between our militaries, and between NATO and Russia, is one of the practical ideas in the paper. When militaries talk to each other, the risk of a miscalculation goes down.", "antony-blinken", 1, "Blinken", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("We're not going to make it public. We think diplomacy has a better chance to succeed if we give it some space.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-27"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the response carefully. Then we'll see whether they choose the path of diplomacy.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-27"),
]
L["spiegel-2022-02-03-what-the-west-offered"] = [
 ("We did not see any adequate consideration of our three key demands: preventing NATO's expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see any adequate consideration of our three key demands: preventing NATO's expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see any adequate consideration of our three key demands: preventing NATO's expansion, the refusal to deploy strike weapons systems near Russia's borders and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("He also repeated a warning he had made before, that if Ukraine were admitted to NATO and then tried to retake Crimea by force, Europe would be dragged into a war with Russia.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("The Americans offered everything that was negotiable and nothing that was not,", "hanna-lindqvist", 1, "Hanna Lindqvist", "", "", 1, ""),
 ("Missiles are on the table. An end to enlargement is not, and it never could be,", "hanna-lindqvist", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Missiles are on the table. An end to enlargement is not, and it never could be,", "hanna-lindqvist", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Lindqvist points out that Moscow's draft also asks NATO to disown the promise it made to Ukraine and Georgia at its 2008 summit in Bucharest, a demand to which neither letter responds at all.", "hanna-lindqvist", 1, "Lindqvist", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Lindqvist points out that Moscow's draft also asks NATO to disown the promise it made to Ukraine and Georgia at its 2008 summit in Bucharest, a demand to which neither letter responds at all.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Moscow asked for the moon precisely so that it could be refused,", "pavel-oreshkin", 1, "he", "", "", 1, ""),
 ("Anyone who puts a rollback to 1997 into a treaty draft knows perfectly well that Washington will say no. The real question is what the Kremlin does with the refusal,", "pavel-oreshkin", 1, "Oreshkin", "rollback-to-1997", "mentions", 1, ""),
 ("Oreshkin says Western capitals keep asking Moscow to pull its troops back from Ukraine's border before anything else can move.", "pavel-oreshkin", 1, "Oreshkin", "russia-de-escalation", "mentions", 0, ""),
 ("Which strike weapons are deployed in Poland is decided in Warsaw and in NATO, not in the Kremlin,", "marcin-przydacz", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("A missile moratorium that leaves Russia's Iskanders in Kaliningrad and binds only the West is out of the question for us,", "katrin-wehmeyer", 1, "Katrin Wehmeyer", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Ukraine has chosen its path, and it leads to NATO and the European Union. No one in Moscow will close that door for us,", "volodymyr-zelensky", 1, "Zelensky", "no-ukraine-membership", "rejects", 1, "2022-01-28"),
 ("Ukraine has chosen its path, and it leads to NATO and the European Union. No one in Moscow will close that door for us,", "volodymyr-zelensky", 1, "Zelensky", "nato-open-door", "supports", 1, "2022-01-28"),
]

write_gold(L, "articles-154", "gold-154")
