#!/usr/bin/env python3
"""Writes the eighty-first held-out gold (gold-81/*.nq) from the labels below.

Batch 81 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It covers the US and NATO written answers of 26 January 2022 and the
reactions to them, in the outlets and forms most readers actually saw:

- reuters-2022-01-26-us-nato-written-replies: Reuters wire copy with front
  matter, straight quotes, a crosshead, background paragraphs (Bucharest 2008,
  the 1997 Founding Act), an anonymous "senior State Department official",
  demands attributed to Moscow in passing, an analyst quoted without a day.
- state-2022-01-26-blinken-press-availability: State Department transcript,
  no front matter (date in the text), UTF-8 BOM and CRLF line ends, speaker
  labels (SECRETARY BLINKEN:), journalists' questions (QUESTION:) and a
  moderator (MR PRICE:) who get no label.
- nato-2022-01-26-stoltenberg-press-conference: NATO press conference
  transcript with front matter; moderator and journalists (labelled by outlet)
  get no label.
- kyivindependent-2022-01-27-live-reactions: Kyiv Independent live blog, no
  front matter, timestamped entries with crossheads, a photo caption and a
  "Read also" link line, curly quotes, passive attribution, indirect speech
  spanning sentences, two speakers in one sentence.
- meduza-2022-01-28-ostapovets-interview: Meduza Q&A interview with an
  (invented) Moscow arms-control expert; front matter; the interview day is
  given in the intro.
- rusdigest-2022-01-28-lavrov-ryabkov-grushko: machine-translated aggregator
  of TASS/Interfax/RIA copy, no front matter ("28 Jan, 2022 14:05"), « »
  quotations with dash attribution, a „ “ quotation from an MFA document (not
  labelled), a background paragraph on the December-January talks.
- politico-2022-01-28-written-answers-now-what: Politico Europe analysis
  quoting (invented) experts, curly quotes, a quotation split by "X said",
  a quotation attributed by the preceding sentence.

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

L["reuters-2022-01-26-us-nato-written-replies"] = [
 ("The United States on Wednesday delivered its written response to Russia's demands for security guarantees, and Secretary of State Antony Blinken said it offered Moscow \"a serious diplomatic path\" but gave no ground on NATO's policy of admitting any European country that wishes to join.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said Washington was ready to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe and transparency measures for military exercises, provided Russia pulled back the more than 100,000 troops it has massed near Ukraine's borders.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He said Washington was ready to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe and transparency measures for military exercises, provided Russia pulled back the more than 100,000 troops it has massed near Ukraine's borders.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("He said Washington was ready to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe and transparency measures for military exercises, provided Russia pulled back the more than 100,000 troops it has massed near Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east and that the alliance will pull its forces and weapons back from the eastern European countries that joined it after 1997.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east and that the alliance will pull its forces and weapons back from the eastern European countries that joined it after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east and that the alliance will pull its forces and weapons back from the eastern European countries that joined it after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A senior State Department official, who briefed reporters on condition of anonymity, said the reply also addressed Moscow's call for U.S. warships and bombers to keep out of striking range of Russian territory, offering talks on rules for naval and air activity instead.", "us-state-department", 0, "A senior State Department official", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-26"),
 ("A senior State Department official, who briefed reporters on condition of anonymity, said the reply also addressed Moscow's call for U.S. warships and bombers to keep out of striking range of Russian territory, offering talks on rules for naval and air activity instead.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said the alliance had sent its own proposals in parallel, including an offer to restore the NATO and Russian diplomatic missions and to reopen military-to-military communication channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He dismissed Moscow's demand that NATO withdraw its troops from allies such as Poland and the Baltic states, saying the alliance would not create \"first- and second-class members.\"", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("He dismissed Moscow's demand that NATO withdraw its troops from allies such as Poland and the Baltic states, saying the alliance would not create \"first- and second-class members.\"", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov, who led Russia's delegation at the Geneva talks on Jan. 10, said in an interview with the Interfax news agency on Wednesday that non-enlargement of NATO remained \"an absolute imperative\" for Moscow and that Russia would not settle for a reply limited to arms control.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-26"),
 ("We will read the papers, but I can tell you now that no one in Moscow is going to be satisfied with a list of proposals on secondary matters,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-26"),
 ("Nothing about Ukraine was decided without Ukraine. The decision on our membership belongs to Kyiv and the 30 allies, nobody else,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Nothing about Ukraine was decided without Ukraine. The decision on our membership belongs to Kyiv and the 30 allies, nobody else,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Russia denies planning an invasion and says it is free to move troops on its own territory.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("Neither side expects these letters to settle anything, but as long as the paper keeps moving, the tanks probably stay where they are,", "olwen-prichard-baines", 1, "Olwen Prichard-Baines", "", "", 1, ""),
]

L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. It was fully coordinated with our Allies and partners in Europe, including Ukraine, and NATO is delivering its own response in parallel.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path, should Russia choose it. It addresses the concerns that Russia has raised, as well as our own concerns and those of our Allies. We will not make the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. There is no change; there will be no change.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("At the same time, we've put forward areas where we believe we can make progress together: measures to increase confidence regarding military exercises and maneuvers in Europe, arms control, including on intermediate-range missiles in Europe, and the placement of offensive systems close to each other's borders. We are prepared to discuss all of these on a reciprocal basis.", "antony-blinken", 1, "BLINKEN", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("At the same time, we've put forward areas where we believe we can make progress together: measures to increase confidence regarding military exercises and maneuvers in Europe, arms control, including on intermediate-range missiles in Europe, and the placement of offensive systems close to each other's borders. We are prepared to discuss all of these on a reciprocal basis.", "antony-blinken", 1, "BLINKEN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("At the same time, we've put forward areas where we believe we can make progress together: measures to increase confidence regarding military exercises and maneuvers in Europe, arms control, including on intermediate-range missiles in Europe, and the placement of offensive systems close to each other's borders. We are prepared to discuss all of these on a reciprocal basis.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("But to make that progress, Russia has to de-escalate. It has to pull back the forces it has massed on Ukraine's borders. Diplomacy cannot succeed with a gun held to Ukraine's head.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("We've also proposed that our militaries restore regular channels of communication, to reduce the risk of miscalculation, and we're ready to hold those conversations at every level.", "antony-blinken", 1, "BLINKEN", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("Matt, NATO's door is open, and it remains open. That is NATO's commitment and we stand by it. Whether Ukraine joins is a decision for Ukraine and for the Allies, not for Russia.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Matt, NATO's door is open, and it remains open. That is NATO's commitment and we stand by it. Whether Ukraine joins is a decision for Ukraine and for the Allies, not for Russia.", "antony-blinken", 1, "BLINKEN", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Russia has also asked for something it calls a legally binding guarantee. What we've given is a written document setting out our positions. It is not a treaty, and we are not going to negotiate one on these questions.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("I'm not going to characterize how Moscow will read it. That is for President Putin and his government to decide.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("On the question of forces: NATO's posture on its eastern flank is defensive, it is proportionate, and it is not up for negotiation. We won't be withdrawing Allied forces from the territory of Allies.", "antony-blinken", 1, "BLINKEN", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We addressed it in the sense that we've proposed risk-reduction measures for activity at sea and in the air. But the United States will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", "antony-blinken", 1, "BLINKEN", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once they've had a chance to read the document and are ready to discuss next steps.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We're ready to meet without preconditions, at any level, in any format, as soon as Moscow is ready to engage.", "antony-blinken", 1, "BLINKEN", "no-preconditions", "supports", 1, "2022-01-26"),
 ("The Bucharest declaration stands. The Allies have no intention of walking it back, whatever Moscow puts on paper.", "antony-blinken", 1, "BLINKEN", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
]

L["nato-2022-01-26-stoltenberg-press-conference"] = [
 ("Good afternoon. Today, NATO has sent written proposals to Russia, in parallel with the United States. We have done so in close consultation with all Allies, and the proposals reflect the views of all thirty of them.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we have all signed up to, starting with the Helsinki Final Act.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("We propose that Russia and NATO re-establish our respective offices in Moscow and Brussels, and that we make full use of existing military lines of communication to promote transparency and reduce risks. We also propose to set up a civilian hotline for emergency use.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("We are ready to discuss arms control and disarmament, including on land-based missiles in Europe, and to seek reciprocal briefings and notification of military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("We are ready to discuss arms control and disarmament, including on land-based missiles in Europe, and to seek reciprocal briefings and notification of military exercises.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("At the same time, we will not compromise on the principle that each nation has the right to choose its own path. NATO's relationship with Ukraine will be decided by the thirty Allies and Ukraine, and nobody else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("At the same time, we will not compromise on the principle that each nation has the right to choose its own path. NATO's relationship with Ukraine will be decided by the thirty Allies and Ukraine, and nobody else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We also stand by the decisions we took at the Bucharest Summit. They have not been revoked, and they will not be revoked.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-26"),
 ("And we will not withdraw our forces from the eastern part of the Alliance. That would create first- and second-class members, and we will not do that.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Russia has massed tens of thousands of combat-ready troops, heavy weaponry and capabilities near Ukraine. I call on Russia to de-escalate, to pull back those forces and to choose the path of diplomacy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("What we have sent is a set of written proposals, not a legally binding treaty, and no Ally is ready to sign a treaty that would limit our right to decide for ourselves.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("NATO Allies will continue to support Ukraine, with training, with equipment and with political support. That is our right, and it is Ukraine's right to ask for it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("As for exercises on Allied territory, we are ready to talk about more transparency, but we will not accept limits on our ability to train and to defend our own territory.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("I have invited Russia to a series of meetings in the NATO-Russia Council. I have not received any answer yet, but I sincerely hope that Russia will take part.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("No. Allies are united. We have made it clear that if Russia uses force against Ukraine, it will pay a high price.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
]

L["kyivindependent-2022-01-27-live-reactions"] = [
 ("Foreign Minister Dmytro Kuleba told journalists in Kyiv on Thursday that Ukraine had seen the American answer before it was handed to Moscow and that it contained “no compromises” on Ukraine’s path to NATO membership.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("We can confirm that there is not a single provision in the American response that goes against Ukraine’s interests. On NATO, the door stays open, and our partners have put that in writing,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("President Volodymyr Zelensky said in a video address late on Wednesday that Ukraine would not abandon its course towards NATO membership, which is written into the constitution, “whatever Moscow writes in drafts.”", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("We are calm, we are working, and we are ready for any scenario. Panic is the best friend of our enemies,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-26"),
 ("further contacts at expert level, if Washington wants them.", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("It cannot be said that our views were taken into account. Our main concern, that NATO should not move any closer to our borders, has not been addressed,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("He added that the movement of Russian troops on Russian territory was Russia’s own business and not a subject for negotiation with anyone.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Polish Foreign Minister Zbigniew Rau, who chairs the OSCE this year, dismissed Moscow’s demand that no strike weapons be stationed near Russia’s borders, saying on Thursday that Poland alone would decide, together with its allies, what is deployed on its territory.", "zbigniew-rau", 1, "Zbigniew Rau", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-27"),
 ("Polish Foreign Minister Zbigniew Rau, who chairs the OSCE this year, dismissed Moscow’s demand that no strike weapons be stationed near Russia’s borders, saying on Thursday that Poland alone would decide, together with its allies, what is deployed on its territory.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Every country in Europe has the right to choose its own alliances, and no one can negotiate that away over the heads of Europeans,", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing on Thursday that the American and NATO texts said nothing of substance about the non-expansion of the alliance, which she called “the key question,” and dwelt instead on “secondary matters.”", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("She said Russia would go on insisting that Western “strike systems” be removed from the vicinity of its borders and would not accept a “cosmetic” answer.", "maria-zakharova", 1, "She", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("We will not let the Western capitals pretend that the conversation is about confidence-building measures and nothing else,", "maria-zakharova", 1, "the spokeswoman", "", "", 1, "2022-01-27"),
 ("Any cap on allied drills in the Baltic region was ruled out on Thursday by Lithuanian Foreign Minister Gabrielius Landsbergis.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("Exercises on Lithuanian soil are a matter for Lithuania and its allies, and we will not let Moscow set a ceiling on them,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-27"),
 ("Washington is offering to talk about intermediate-range missiles, and Moscow has wanted that since the INF Treaty collapsed, so that is where a deal could happen,", "mariia-zhovtobriukh", 1, "she", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("He said Russia could still choose diplomacy by pulling its forces back from Ukraine’s border, adding: “Diplomacy remains our preferred path, and we have said so in writing.”", "ned-price", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("Diplomacy remains our preferred path, and we have said so in writing.", "ned-price", 1, "He", "", "", 1, "2022-01-27"),
]

L["meduza-2022-01-28-ostapovets-interview"] = [
 ("On paper, quite a lot, just not what it asked for. The Americans say they are ready to talk about intermediate-range missiles, about the scale and notification of exercises, about risk reduction. Those were all in the Russian drafts too.", "kirill-ostapovets", 1, "Kirill Ostapovets", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("On paper, quite a lot, just not what it asked for. The Americans say they are ready to talk about intermediate-range missiles, about the scale and notification of exercises, about risk reduction. Those were all in the Russian drafts too.", "kirill-ostapovets", 1, "Kirill Ostapovets", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("What Moscow put at the top of the list, that NATO stops expanding and that Ukraine never joins, got a flat no. Everything else is being offered as a consolation prize.", "kirill-ostapovets", 1, "Kirill Ostapovets", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 ("What Moscow put at the top of the list, that NATO stops expanding and that Ukraine never joins, got a flat no. Everything else is being offered as a consolation prize.", "kirill-ostapovets", 1, "Kirill Ostapovets", "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("Completely. A legally binding guarantee, a treaty ratified by the Senate, was a non-starter from the day the drafts were published. Everyone in Washington said so, and everyone in Moscow knew it.", "kirill-ostapovets", 1, "Kirill Ostapovets", "written-legal-guarantees", "rejects", 1, "2022-01-27"),
 ("I think it is the most serious point of all, and I say that as someone who thinks it is justified. The battalions NATO moved into Poland and the Baltic states after 2016 are exactly what worries our General Staff, and a return to the 1997 configuration would remove that worry.", "kirill-ostapovets", 1, "Kirill Ostapovets", "rollback-to-1997", "supports", 1, "2022-01-27"),
 ("Moscow wants it formally disowned. Whether NATO would ever do that is another question, and frankly I don't see who in Brussels would propose it.", "kirill-ostapovets", 1, "Kirill Ostapovets", "rescind-bucharest-2008", "mentions", 1, "2022-01-27"),
 ("As far as I can tell, the demand that NATO give up any military activity in the former Soviet states got a sentence or two. The Americans restated that Ukraine can invite whoever it wants to train its army, and that was it.", "kirill-ostapovets", 1, "Kirill Ostapovets", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-27"),
 ("That is the part I would take immediately. Our military and theirs have barely spoken since the mission in Brussels was closed in October. Restoring those channels is in everybody's interest, whatever happens with the rest.", "kirill-ostapovets", 1, "Kirill Ostapovets", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("The Americans proposed to keep talking without preconditions, and Lavrov will probably accept, because walking away looks bad. But he will keep saying that the main issue was ignored.", "kirill-ostapovets", 1, "Kirill Ostapovets", "no-preconditions", "mentions", 1, "2022-01-27"),
 ("Of course. The West demands de-escalation, and Moscow says it can move its troops wherever it likes on its own territory. Both sides know the troops are the leverage.", "kirill-ostapovets", 1, "Kirill Ostapovets", "russia-de-escalation", "mentions", 1, "2022-01-27"),
 ("Putin will answer, probably not in writing at first. I expect him to say that the principal concerns were ignored and then to see whether the secondary proposals are worth pursuing.", "kirill-ostapovets", 1, "Kirill Ostapovets", "", "", 1, "2022-01-27"),
 ("Then we are in a very dangerous place, and I would rather not speculate about it.", "kirill-ostapovets", 1, "Kirill Ostapovets", "", "", 1, "2022-01-27"),
]

L["rusdigest-2022-01-28-lavrov-ryabkov-grushko"] = [
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("According to him, the answer nevertheless gives hope for the beginning of the serious conversation on the secondary questions, for example about the missiles of medium and shorter range and about the parameters of the military exercises.", "sergei-lavrov", 1, "him", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("According to him, the answer nevertheless gives hope for the beginning of the serious conversation on the secondary questions, for example about the missiles of medium and shorter range and about the parameters of the military exercises.", "sergei-lavrov", 1, "him", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("Lavrov also underlined, that Moscow will not agree with the interpretation of the commitments of OSCE, which reduces them to the right of the states to choose the alliances.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, "2022-01-27"),
 ("The freedom to choose the alliances cannot be absolute, nobody can strengthen his security at the expense of the security of others, it is written in the Istanbul and Astana documents, which the western colleagues prefer to forget", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("If the reaction of Washington will remain such, we have no sense to meet for the sake of the meetings", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-28"),
 ("The diplomat repeated, that for Moscow the legally binding guarantees are necessary, and the verbal assurances or the temporary moratorium will not be enough.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("We need the guarantees on paper, with the signatures, which cannot be dissolved by the next administration", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-28"),
 ("According to Ryabkov, the question of the non-admission of Ukraine and Georgia into NATO remains the «absolute imperative» for Russia, without which the other proposals lose the meaning.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 ("We insist that the intensity of the exercises near our borders must be reduced and that the alliance refuses from the military development of the territory of Ukraine", "alexander-grushko", 1, "the deputy minister", "limit-military-exercises", "supports", 1, "2022-01-28"),
 ("We insist that the intensity of the exercises near our borders must be reduced and that the alliance refuses from the military development of the territory of Ukraine", "alexander-grushko", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 1, "2022-01-28"),
 ("He also rejected the proposal of NATO on the restoration of the military contacts in the current format.", "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, "2022-01-28"),
 ("We see no sense to restore the channels, while NATO considers Russia as the adversary and the threat", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-28"),
 ("In the statement of the Russian MFA, published on Friday on the site of the ministry, it is said, that the USA and NATO must withdraw the forces and the armaments from the territories of the countries which became members of the alliance after 1997, and also must stop the flights of the strategic bombers and the navigation of the warships in the zones from where they can strike the targets on the Russian territory.", "russian-foreign-ministry", 0, "the Russian MFA", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("In the statement of the Russian MFA, published on Friday on the site of the ministry, it is said, that the USA and NATO must withdraw the forces and the armaments from the territories of the countries which became members of the alliance after 1997, and also must stop the flights of the strategic bombers and the navigation of the warships in the zones from where they can strike the targets on the Russian territory.", "russian-foreign-ministry", 0, "the Russian MFA", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-28"),
 ("The ministry also demanded that the alliance disavows the decision of the Bucharest summit of 2008 about the future membership of Ukraine and Georgia.", "russian-foreign-ministry", 0, "The ministry", "rescind-bucharest-2008", "supports", 0, "2022-01-28"),
]

L["politico-2022-01-28-written-answers-now-what"] = [
 ("Deputy Secretary of State Sherman, who led the American delegation in Geneva, told reporters on Thursday that the United States had never accepted Russia’s demand for a halt to NATO enlargement and would not do so now.", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 0, "2022-01-27"),
 ("Deputy Secretary of State Sherman, who led the American delegation in Geneva, told reporters on Thursday that the United States had never accepted Russia’s demand for a halt to NATO enlargement and would not do so now.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We put real ideas on the table, ideas that would make Russia and every one of our Allies safer,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-27"),
 ("The missile offer is the real thing. A mutual ban on intermediate-range missiles in Europe is something Berlin has wanted since the INF Treaty died in 2019,", "henrike-vollstedt", 1, "Henrike Vollstedt", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Tomasz Pilarczyk, a defense analyst at the Wistula Center in Warsaw, dismissed the idea of a moratorium on new American intermediate-range missiles in Europe for as long as Russia keeps its 9M729 cruise missiles deployed, calling it “a gift to Moscow.”", "tomasz-pilarczyk", 1, "Tomasz Pilarczyk", "no-intermediate-range-missiles", "rejects", 0, ""),
 ("Talks without preconditions are a trap. The first condition should be that Russia pulls its troops back from Ukraine’s border,", "tomasz-pilarczyk", 1, "Pilarczyk", "no-preconditions", "rejects", 1, ""),
 ("Talks without preconditions are a trap. The first condition should be that Russia pulls its troops back from Ukraine’s border,", "tomasz-pilarczyk", 1, "Pilarczyk", "russia-de-escalation", "supports", 1, ""),
 ("Keeping American warships and bombers out of striking distance of Russia would mean closing the Black Sea and the Baltic to the U.S. Navy,", "henrike-vollstedt", 1, "Vollstedt", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("That is unacceptable for every ally with a coastline.", "henrike-vollstedt", 1, "Vollstedt", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("Moscow asked for a treaty and got a letter,", "ilse-marwood-grant", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("But nobody should pretend that the letter is nothing. It offers things the Russians have asked for since 2008.", "ilse-marwood-grant", 1, "she", "", "", 1, ""),
 ("She pointed out that the alliance had also offered to reopen military hotlines, something Moscow has not answered so far.", "ilse-marwood-grant", 1, "She", "resume-military-dialogue", "mentions", 0, ""),
 ("Nobody in the alliance is even discussing the 1997 line. It was in the Russian draft, it got a paragraph in the reply, and that is the end of it.", "ilse-marwood-grant", 1, "Marwood-Grant", "rollback-to-1997", "mentions", 1, ""),
 ("The open-door principle, that every country chooses its own alliances, will be at the heart of any further talks, she added — “one sentence, two languages.”", "ilse-marwood-grant", 1, "she", "nato-open-door", "mentions", 0, ""),
 ("a serious conversation on secondary issues,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("But Ryabkov, the deputy foreign minister, insisted in an interview with Interfax on Friday that guarantees had to be “on paper, with signatures,” and that Ukraine’s non-admission to NATO remained an “absolute imperative.”", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("But Ryabkov, the deputy foreign minister, insisted in an interview with Interfax on Friday that guarantees had to be “on paper, with signatures,” and that Ukraine’s non-admission to NATO remained an “absolute imperative.”", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 ("Every week Moscow spends reading letters is a week in which more battalions arrive in Belarus,", "tomasz-pilarczyk", 1, "he", "", "", 1, ""),
 ("There is a deal in the second half of the Russian list. The question is whether Putin wants a deal at all,", "henrike-vollstedt", 1, "she", "", "", 1, ""),
]

write_gold(L, "articles-81", "gold-81")
