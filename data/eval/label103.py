#!/usr/bin/env python3
"""Writes the 103rd held-out gold (gold-103/*.nq) from the labels below.

Batch 103 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw of the December 2021 -
January 2022 "security guarantees" crisis, in seven different forms:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy with front matter,
  dateline, byline, crossheads in "- ... -" form and straight quotation marks;
  Geneva talks (Ryabkov, Sherman), an invented Geneva analyst, a "despite
  Moscow's demand" clause, a 1990 background paragraph that is not labelled.
- whitehouse-2022-01-26-psaki-briefing: White House press briefing
  transcript, no front matter (date in the title line), "MS. PSAKI:" speaker
  labels and "Q" questions; the day of the written answers.
- ria-2022-01-13-lukashevich-osce: RIA Novosti, machine-translated, no front
  matter, UTF-8 BOM and CRLF line ends, « » quotation marks with the
  attribution after the quotation (", — declared X"), a quotation split by
  "— said Lukashevich. —", a speaker named only by role ("the representative
  of Kremlin"), OSCE Permanent Council of 13 January (Lukashevich, Rau, Peskov).
- meduza-2022-01-27-orlovskaya-us-answer: Meduza Q&A interview with an
  invented political scientist; questions as bare paragraphs, answers after an
  em dash; curly quotation marks.
- kyivindependent-2022-01-12-nato-russia-council: Kyiv Independent live blog
  (newest entry first, timestamped crossheads), NATO-Russia Council of 12
  January (Stoltenberg, Grushko, Fomin, Landsbergis, Kuleba, Zelensky), a
  passive "was turned down ... by Grushko", a quotation split by "he said", a
  quotation from the 1997 Founding Act, a photo caption and a link line.
- mid-2022-01-14-lavrov-press-conference: Russian Foreign Ministry transcript
  of Lavrov's annual news conference, "Sergey Lavrov:" speaker labels (later
  paragraphs of an answer carry no label), journalists' questions with their
  outlet, Zakharova as moderator.
- politico-2022-01-28-europe-written-answers: Politico Europe analysis after
  the written answers of 26 January, „ “ quotation marks for a German minister
  and a Polish analyst, curly marks elsewhere, a senior EU official, two
  speakers in one sentence (Blinken and Stoltenberg), invented experts, Baker
  1990 and the 1997 Founding Act as unlabelled history.

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
  name is the one the intro/speaker label gives (Psaki: "Jen Psaki" from the
  title line; Lavrov: "Sergey Lavrov" from the speaker label);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it (an
  offer to discuss missiles or exercises "as part of a package" is mentions);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("core concerns", "the main
  one", "simply non-starters"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor ("Polish officials", "the western countries") are left
  out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demand that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given; a Russian official's own
  "Moscow wants/insists" is only that official's label;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("There is a risk of underestimating the seriousness of the situation,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("We would not want the Americans to leave Geneva with the impression that Russia is bluffing.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("He said Moscow also wanted commitments that US warships and strategic bombers would stay out of areas from which they could strike Russian territory, and that no US intermediate-range missiles would be deployed in Europe.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("He said Moscow also wanted commitments that US warships and strategic bombers would stay out of areas from which they could strike Russian territory, and that no US intermediate-range missiles would be deployed in Europe.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, if Russia was willing to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, if Russia was willing to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Sherman said the two delegations had also talked about restoring regular contacts between their militaries to avoid dangerous incidents, without giving details.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("It is very hard to see how we get to a successful diplomatic outcome without de-escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Ryabkov, for his part, dismissed the idea that Russia should withdraw its forces before negotiations could make progress, saying the movement of troops on Russian territory was nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Ryabkov, for his part, dismissed the idea that Russia should withdraw its forces before negotiations could make progress, saying the movement of troops on Russian territory was nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("Washington has ruled out any withdrawal of American troops from NATO's eastern flank, despite Moscow's demand that the alliance pull its forces back to where they stood in 1997.", "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("Washington has ruled out any withdrawal of American troops from NATO's eastern flank, despite Moscow's demand that the alliance pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The whole week turns on one question: whether a written, legally binding promise that NATO will stop growing can be found in some form both sides can live with,", "marc-ducrest", 1, "Marc Ducrest", "nato-non-expansion", "mentions", 1, ""),
 ("The whole week turns on one question: whether a written, legally binding promise that NATO will stop growing can be found in some form both sides can live with,", "marc-ducrest", 1, "Marc Ducrest", "written-legal-guarantees", "mentions", 1, ""),
 ("The question is whether the Kremlin wants a deal or a pretext,", "marc-ducrest", 1, "he", "", "", 1, ""),
]
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone. Okay, I have a couple of items for you at the top. As many of you have seen, Ambassador Sullivan delivered our written response to the Russian government in Moscow earlier today, and Secretary Blinken will speak to it in more detail from the State Department this afternoon. I'm not going to get ahead of him, but I'm happy to take your questions on where things stand. With that, Zeke, why don't you kick us off.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("No. And I don't think that will come as a surprise to anyone who has been following this closely. NATO's door is open and it remains open, and it is not up to Moscow to decide who the Alliance lets in. That has been our position from the very beginning, and it has been the position of every one of our Allies.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 1, "2022-01-26"),
 ("No. And I don't think that will come as a surprise to anyone who has been following this closely. NATO's door is open and it remains open, and it is not up to Moscow to decide who the Alliance lets in. That has been our position from the very beginning, and it has been the position of every one of our Allies.", "jen-psaki", 1, "Jen Psaki", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("What we've put forward is a serious diplomatic path, if Russia chooses to take it. There are areas where we believe real progress is possible: reciprocal limits on the size and scope of military exercises, transparency about force posture, and risk-reduction measures that both sides would benefit from.", "jen-psaki", 1, "Jen Psaki", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("I'm not going to get ahead of the process or into hypotheticals about treaties. But let me be very clear: we are not going to sign a legally binding pledge that NATO will never take in another member. Not in a treaty, not in a letter, not in any form.", "jen-psaki", 1, "Jen Psaki", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("I'm not going to get ahead of the process or into hypotheticals about treaties. But let me be very clear: we are not going to sign a legally binding pledge that NATO will never take in another member. Not in a treaty, not in a letter, not in any form.", "jen-psaki", 1, "Jen Psaki", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("Well, I'd let the Russians speak for themselves about how they read the document. We've been clear-eyed from the start about what we can and can't put on the table, and our response reflects that.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("We're not planning to release it publicly. We've shared it with our Allies and partners, including Ukraine, and we'll leave it to Moscow to decide what they do with it.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("The only one escalating here is Russia, which has more than 100,000 troops massed on Ukraine's border. If President Putin is serious about diplomacy, the best way to show it is to de-escalate and pull those forces back.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Then, as the President has said, there will be severe consequences, and we've been working very closely with our European partners on what those look like.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("He has not today, but the Secretary spoke with President Zelensky and with Foreign Minister Kuleba before it was delivered, and they were briefed on every element of it. Nothing about Ukraine without Ukraine, as we've said many times.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("I don't have anything new to preview for you today. The work is ongoing, and we're going to be ready.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
 ("There's nothing scheduled at this point. We've always said leader-level engagement remains an option if it is useful.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-26"),
]
L["ria-2022-01-13-lukashevich-osce"] = [
 ("If we do not hear the constructive answer to our proposals in the reasonable terms, and the aggressive line in relation to Russia continues, we will be forced to take the necessary measures for the elimination of the threats", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The North Atlantic alliance must give the legally binding obligations not to expand to the east. This is not the subject for the bargaining", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("The North Atlantic alliance must give the legally binding obligations not to expand to the east. This is not the subject for the bargaining", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("According to him, Russia insists also on the refusal of the deployment of the shock weapon systems near its borders, including on the territory of Ukraine.", "alexander-lukashevich", 1, "him", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("The NATO exercises near our borders became more large-scale and more provocative", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("We propose to agree about the mutual limiting of their scale and of the zones of their conduct", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("Rau called on Russia to withdraw the troops from the border with Ukraine and to return them to the places of permanent dislocation.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The Polish minister also declared that the right of each state freely to choose the security arrangements, including the union treaties, is fixed in the Helsinki final act and in the Paris charter of 1990.", "zbigniew-rau", 1, "The Polish minister", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The freedom of the choice of the alliances is not absolute, it cannot be provided at the expense of the security of Russia", "alexander-lukashevich", 1, "he", "nato-open-door", "rejects", 1, "2022-01-13"),
 ("Meanwhile the press secretary of the president of the Russian Federation Dmitry Peskov declared on Thursday to the journalists that the key question for the Kremlin remains the non-expansion of NATO, and the discussion of the secondary topics cannot replace it.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("Russia moves its troops on its own territory, and this does not threaten anybody", "dmitry-peskov", 1, "the representative of Kremlin", "russia-de-escalation", "rejects", 1, "2022-01-13"),
]
L["meduza-2022-01-27-orlovskaya-us-answer"] = [
 ("The document itself isn’t public, but both sides have already said enough about it. On the two central points of the Russian drafts — a guarantee that NATO stops expanding, and a guarantee that Ukraine never joins — the answer is a flat no. What the Americans offer instead is a conversation about the things that worry them as much as anyone: transparency, risk reduction, arms control.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 ("The document itself isn’t public, but both sides have already said enough about it. On the two central points of the Russian drafts — a guarantee that NATO stops expanding, and a guarantee that Ukraine never joins — the answer is a flat no. What the Americans offer instead is a conversation about the things that worry them as much as anyone: transparency, risk reduction, arms control.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "no-ukraine-membership", "mentions", 1, "2022-01-27"),
 ("That part is more interesting. The Americans say they are ready to talk about heavy bombers and warships operating close to each other’s territory, about incidents at sea and in the air. It is one of the points in the Russian draft, but in the American version it becomes a set of rules for both sides rather than a one-way retreat.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-27"),
 ("That is the clause about returning NATO’s troops and infrastructure to where they stood in 1997, before Poland, the Czech Republic and Hungary joined. In Warsaw and Vilnius it reads as a plan to turn them into second-class members, which is why it gets so much attention there.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "rollback-to-1997", "mentions", 1, "2022-01-27"),
 ("Bucharest is where NATO told Ukraine and Georgia in 2008 that they would one day be members, so revoking that promise is, in a sense, the symbolic heart of the whole package. I don’t see thirty allies agreeing on a text that takes it back.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "rescind-bucharest-2008", "mentions", 1, "2022-01-27"),
 ("There are two principles on the table: that every country chooses its own alliances, and that no one strengthens their security at the expense of others. Both have been written into every OSCE document since Helsinki; neither side has moved a millimetre.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "nato-open-door", "mentions", 1, "2022-01-27"),
 ("Military-to-military contacts. Restoring the lines between the General Staff and NATO’s commanders costs nobody anything, and in a crisis like this it is the only thing that stops an accident from turning into a war. I think both sides should start there, tomorrow.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "resume-military-dialogue", "supports", 1, "2022-01-27"),
 ("I don’t expect a pullback. From the Kremlin’s point of view, the troops are the reason anybody in Washington is answering its letters at all.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "russia-de-escalation", "mentions", 1, "2022-01-27"),
 ("Lavrov will write to each Western capital separately, Putin will take his time, and nobody will say out loud that the talks are over. That suits everyone for now.", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "", "", 1, "2022-01-27"),
]
L["kyivindependent-2022-01-12-nato-russia-council"] = [
 ("I am grateful to every partner who stood firm today and did not let anyone decide for us,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Wednesday that Vilnius would go on hosting allied exercises “as often as we need,” despite Moscow’s demand that NATO curb drills near Russia’s borders.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Wednesday that Vilnius would go on hosting allied exercises “as often as we need,” despite Moscow’s demand that NATO curb drills near Russia’s borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Russian Deputy Foreign Minister Alexander Grushko told reporters after the meeting that NATO’s refusal to stop its eastward expansion remained the main obstacle, and that Moscow needed legally binding guarantees rather than political assurances.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Russian Deputy Foreign Minister Alexander Grushko told reporters after the meeting that NATO’s refusal to stop its eastward expansion remained the main obstacle, and that Moscow needed legally binding guarantees rather than political assurances.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("If NATO moves to a policy of containment, there will be counter-containment. If there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("NATO’s offer to restore military contacts was turned down for now by Grushko, who argued that talks about preventing incidents could not replace the guarantees Russia had asked for.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies were united in rejecting any withdrawal of NATO troops and infrastructure from the allies that joined after 1997,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("We will not abandon our ability to protect and defend each other. There will be no first- and second-class members.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Closing the door to Ukraine and Georgia, or revoking the Bucharest decision, is something we cannot accept,", "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Closing the door to Ukraine and Georgia, or revoking the Bucharest decision, is something we cannot accept,", "jens-stoltenberg", 1, "the secretary general", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("According to Stoltenberg, the allies proposed reopening NATO’s liaison office in Moscow and Russia’s mission to NATO in Brussels, and setting up military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("No one in Moscow gets to decide which countries train our army or whose weapons we buy,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
]
L["mid-2022-01-14-lavrov-press-conference"] = [
 ("Good afternoon, ladies and gentlemen. As is tradition, we are meeting at the beginning of the year to review the results of the past one. I will not take up too much of your time with an introduction, since I know very well what interests you most of all.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
 ("This week, our representatives held talks with the Americans in Geneva, with NATO in Brussels and at the OSCE in Vienna. We have put forward our proposals in writing, and we expect a written response, article by article. We need legally binding guarantees, not promises or political declarations that can be forgotten the next day, as has happened before.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("The key to everything is a guarantee that NATO will not expand eastward. This is an absolute imperative for us. Our Western colleagues keep repeating that NATO’s doors are open and that nobody has a say over who joins, but nobody has the right to strengthen their own security at the expense of the security of others. That is what the OSCE leaders signed in Istanbul in 1999 and in Astana in 2010.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("The key to everything is a guarantee that NATO will not expand eastward. This is an absolute imperative for us. Our Western colleagues keep repeating that NATO’s doors are open and that nobody has a say over who joins, but nobody has the right to strengthen their own security at the expense of the security of others. That is what the OSCE leaders signed in Istanbul in 1999 and in Astana in 2010.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("The Americans want to talk about intermediate-range missiles and about exercises. We are ready to discuss these subjects too, but only as part of a package, and only together with the main issue. You cannot take the secondary questions, put the main one aside and call it a result.", "sergei-lavrov", 1, "Sergey Lavrov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-14"),
 ("The Americans want to talk about intermediate-range missiles and about exercises. We are ready to discuss these subjects too, but only as part of a package, and only together with the main issue. You cannot take the secondary questions, put the main one aside and call it a result.", "sergei-lavrov", 1, "Sergey Lavrov", "limit-military-exercises", "mentions", 1, "2022-01-14"),
 ("It means what is written in our draft. In 1997 we signed the Founding Act with NATO, and at that time there were no NATO forces or infrastructure in those countries. We propose going back to that configuration: what has been deployed there since then should go back. This is not an ultimatum; it is a return to what was agreed.", "sergei-lavrov", 1, "Sergey Lavrov", "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("The pumping of weapons into Ukraine, the instructors, the exercises on Ukrainian territory – all of this must stop. We have written it down in black and white: no military activity by NATO countries in Ukraine, in the South Caucasus or in Central Asia. That is what we mean by security.", "sergei-lavrov", 1, "Sergey Lavrov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("We are not going to take instructions on where to keep our troops on our own territory. Russian forces are on Russian soil. The demand to pull them back is an attempt to shift attention away from the real issue.", "sergei-lavrov", 1, "Sergey Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("In 2008, in Bucharest, NATO declared that Ukraine and Georgia would become members. The alliance must disavow that decision. Otherwise any guarantee will be worthless.", "sergei-lavrov", 1, "Sergey Lavrov", "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("I will not speculate. President Vladimir Putin has spoken about this clearly, and our military experts will propose options to him if necessary.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
 ("Next week, we hope. Our patience is not unlimited, and we have said so to our American colleagues directly.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-14"),
]
L["politico-2022-01-28-europe-written-answers"] = [
 ("Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg, who handed over their separate written responses within hours of each other on Wednesday, both insisted that there would be “no change” in the alliance’s open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Secretary of State Antony Blinken and NATO Secretary-General Jens Stoltenberg, who handed over their separate written responses within hours of each other on Wednesday, both insisted that there would be “no change” in the alliance’s open-door policy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("A senior EU official, speaking on condition of anonymity, said Brussels would oppose any arrangement that restricted which weapons allies could deploy on their own territory, even close to Russia’s borders.", "european-union", 0, "A senior EU official", "no-strike-weapons-near-borders", "rejects", 0, ""),
 ("The Americans have kept their word and consulted us at every step of the way,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-27"),
 ("There can be no serious negotiations with a gun on the table. The troops at the Ukrainian border must be withdrawn first,", "annalena-baerbock", 1, "Baerbock", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("There can be no serious negotiations with a gun on the table. The troops at the Ukrainian border must be withdrawn first,", "annalena-baerbock", 1, "Baerbock", "no-preconditions", "rejects", 1, "2022-01-26"),
 ("State Department spokesman Ned Price said on Thursday that the US had offered to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine.", "ned-price", 1, "Ned Price", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-27"),
 ("State Department spokesman Ned Price said on Thursday that the US had offered to discuss reciprocal commitments by both sides not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine.", "ned-price", 1, "Ned Price", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-27"),
 ("Kremlin spokesman Dmitry Peskov said there was “little ground for optimism,” because Washington had ignored what he called Moscow’s main concern, a guarantee that NATO would not take in Ukraine.", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, ""),
 ("The American letter offers Moscow a conversation about missiles, and that is where the danger lies for us. A moratorium on intermediate-range missiles in Europe would lock in Russia’s advantage in Kaliningrad, and for Poland that is a non-starter,", "dorota-wierzbicka", 1, "Dorota Wierzbicka", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Whether the next round happens with or without preconditions is now the real question, and I don't think either capital has decided,", "thomas-hendry", 1, "Thomas Hendry", "no-preconditions", "mentions", 1, ""),
 ("Keeping American warships out of the Black Sea is not something any administration could sign,", "thomas-hendry", 1, "Hendry", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("The Navy has sailed there for decades, and it will keep doing so.", "thomas-hendry", 1, "Hendry", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]

write_gold(L, "articles-103", "gold-103")
