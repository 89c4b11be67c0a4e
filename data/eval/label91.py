#!/usr/bin/env python3
"""Writes the 91st held-out gold (gold-91/*.nq) from the labels below.

Batch 91 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw, from mainstream outlets,
in seven different forms:

- afp-2022-01-10-geneva-sherman-ryabkov: AFP wire copy (front matter, curly
  quotes, dateline, byline, crosshead, split quotations, an analyst, Baker 1990
  background);
- bbc-2022-01-12-nato-russia-council-live: BBC News live blog (no front
  matter, date in the page, timestamped entries with crossheads, straight
  quotes, a correspondent's analysis, a Bucharest / Founding Act look-back);
- meduza-2022-01-19-zaslavsky-interview: Meduza Q&A interview with an invented
  analyst (front matter, „ “ and curly quotes, bold questions, answers opened
  by a dash, multi-paragraph answers, a history answer);
- whitehouse-2022-01-26-psaki-briefing: White House press briefing
  transcript (no front matter, MS. PSAKI: / Q speaker labels);
- ria-2022-01-27-zakharova-briefing-answers: RIA Novosti item in machine
  translation (UTF-8 BOM, CRLF line ends, « » quotes, attribution after the
  quotation, roles instead of names, a Founding Act reminder);
- eeas-2022-01-13-borrell-brest-press-remarks: EEAS press remarks by Josep
  Borrell with Q. / answer paragraphs (front matter);
- aljazeera-2022-01-27-russia-us-nato-replies: Al Jazeera English reaction
  piece (no front matter, standfirst, crossheads, straight quotes, invented
  analysts and correspondent, "despite Moscow's demands" in passing).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label (nor does anything
  attributed to Moscow inside a question); the interviewee's name is the one
  the intro/speaker label gives;
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
  russia, not a person; evidence = that sentence, direct 0), undated when no
  day is given; a Russian official's own "Moscow insists" is only his label;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts, the interview, general present
  tense).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["afp-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed into NATO and Washington calling the demand a non-starter.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("Russia and the United States ended nearly eight hours of talks in Geneva on Monday without a breakthrough, with Moscow insisting that Ukraine must never be allowed into NATO and Washington calling the demand a non-starter.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards — guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the US side had told the Russians it was open to discussing the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the US side had told the Russians it was open to discussing the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Moscow did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("Sherman also urged Russia to pull back the roughly 100,000 troops it has gathered near Ukraine, saying real progress was hard to imagine as long as Moscow kept escalating.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("We are on our own territory, and we move our troops as we see fit. There is no reason for any de-escalation here,", "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 1, D),
 ("Russia also wants NATO to pull back the forces and weapons it has deployed in the member states that joined after 1997, a demand that would affect Poland, the Baltic states and Romania, among others.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There are things on the table that no one in Washington can sign, starting with a veto on Ukraine,", "tatiana-orlova-brandt", 1, "Tatiana Orlova-Brandt", "no-ukraine-membership", "mentions", 1, ""),
 ("But the fact that both delegations stayed at the table for eight hours shows there is a deal to be had on the second-tier items,", "tatiana-orlova-brandt", 1, "she", "", "", 1, ""),
 ("We are nowhere near a point where we can say there is an agreement, and it is too early to say where this goes,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We have no confidence in the other side,", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-12"
L["bbc-2022-01-12-nato-russia-council-live"] = [
 ("He said Moscow saw no point for now in restoring military contacts with the alliance, which Russia broke off in October after Nato expelled eight members of its mission for alleged spying.", "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, D),
 ("For us it is absolutely necessary that Nato stops its expansion - this is a matter of national security for Russia, not a subject for bargaining,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("If Nato moves to a policy of containment, there will be counter-containment,", "alexander-grushko", 1, "he", "", "", 1, D),
 ("If there is deterrence, there will be counter-deterrence.", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Colonel General Alexander Fomin, the deputy defence minister who sat alongside Grushko at the council, said Nato drills close to Russia's borders had to be scaled back and moved further away.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("He also said US and allied warships and strategic bombers should stay out of waters and airspace from which they could hit targets inside Russia.", "alexander-fomin", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("There are significant differences between Nato allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Nato will not compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("We will not create first and second class members. Our presence in the eastern part of the alliance is not up for negotiation with Russia,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("Stoltenberg said allies had proposed a series of meetings on arms control and transparency, and had suggested reopening the Nato and Russian missions in each other's capitals and restoring military-to-military channels of communication to avoid accidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("The Bucharest decision stands. It is not up for renegotiation with Moscow, or with anyone else.", "jens-stoltenberg", 1, "he", "rescind-bucharest-2008", "rejects", 1, D),
 ("A moratorium on missiles that Russia has already deployed is not a credible offer.", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Nobody in Moscow gets to tell us how many allied jets can patrol over the Baltic, or where and how often Nato can hold its exercises,", "gabrielius-landsbergis", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Nobody in Moscow gets to tell us how many allied jets can patrol over the Baltic, or where and how often Nato can hold its exercises,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, D),
 ("We have heard ultimatums from the Kremlin before, and we know how to answer them,", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, D),
 ("Russia wants Nato to shut the door on Ukraine for good; Nato says that is simply not its to give.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wants Nato to shut the door on Ukraine for good; Nato says that is simply not its to give.", "nato", 0, "Nato", "no-ukraine-membership", "rejects", 0, ""),
]

L["meduza-2022-01-19-zaslavsky-interview"] = [
 ("On paper, a great deal. NATO stops where it is and never takes in Ukraine or Georgia, and the alliance pulls its forces and infrastructure back to where they stood in 1997, before Poland, the Baltic states and the rest joined. That is the core, and it is written in a way that no Western government can accept.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "nato-non-expansion", "mentions", 1, ""),
 ("On paper, a great deal. NATO stops where it is and never takes in Ukraine or Georgia, and the alliance pulls its forces and infrastructure back to where they stood in 1997, before Poland, the Baltic states and the rest joined. That is the core, and it is written in a way that no Western government can accept.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "no-ukraine-membership", "mentions", 1, ""),
 ("On paper, a great deal. NATO stops where it is and never takes in Ukraine or Georgia, and the alliance pulls its forces and infrastructure back to where they stood in 1997, before Poland, the Baltic states and the rest joined. That is the core, and it is written in a way that no Western government can accept.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "rollback-to-1997", "mentions", 1, ""),
 ("Then there is a second layer: no intermediate-range missiles in Europe, no American bombers and warships close enough to strike Russian territory, fewer and smaller exercises near the border. Those are things diplomats have discussed for decades.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Then there is a second layer: no intermediate-range missiles in Europe, no American bombers and warships close enough to strike Russian territory, fewer and smaller exercises near the border. Those are things diplomats have discussed for decades.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Then there is a second layer: no intermediate-range missiles in Europe, no American bombers and warships close enough to strike Russian territory, fewer and smaller exercises near the border. Those are things diplomats have discussed for decades.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "limit-military-exercises", "mentions", 1, ""),
 ("Because it is an opening bid. In Russian diplomatic culture you ask for the maximum so that you can settle for less and still call it a victory. I don’t think anyone on Smolenskaya Square seriously expects to get all of it.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "", "", 1, ""),
 ("The Kremlin’s argument is that it was promised in 1990 that NATO would not expand and was then deceived. Whether that promise was really made is a question for historians. I have read the documents, and the picture is far more mixed than either side admits.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "", "", 1, ""),
 ("As for the legally binding part, the Kremlin knows perfectly well that the US Senate will never ratify such a treaty. So the insistence on a legal form is partly a way of making the refusal visible.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "written-legal-guarantees", "mentions", 1, ""),
 ("Yes, their answer so far is that NATO’s door stays open and that nobody in Moscow gets a vote. That is the formula, and I don’t expect it to change in the written reply.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "nato-open-door", "mentions", 1, ""),
 ("They also want Russia to pull its troops back from Ukraine’s border before anything serious can happen. I understand why they insist on it, but a pullback is very hard to verify.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "russia-de-escalation", "mentions", 1, ""),
 ("Military contacts. Since October there has been no working channel between NATO and the Russian General Staff, and that is dangerous when there are this many aircraft flying close to each other over the Black Sea. Restoring those channels should happen tomorrow.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "resume-military-dialogue", "supports", 1, ""),
 ("I also think talks on missiles are realistic. Both sides lost something when the INF Treaty collapsed in 2019, and a verifiable moratorium on deploying intermediate-range missiles in Europe would be good for Russia’s security. I would support it without hesitation.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "no-intermediate-range-missiles", "supports", 1, ""),
 ("That is in the draft treaty, yes: no Western military activity in Ukraine or anywhere else in the former Soviet Union outside NATO. It is a demand that Kyiv obviously cannot accept, because it would be left alone with a much stronger neighbour.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Then everything depends on one man. I would not rule out a military escalation, but I would also not rule out a long, tedious negotiation on the second layer. Putin has said himself that the ball is in the West’s court.", "kirill-zaslavsky", 1, "Kirill Zaslavsky", "", "", 1, ""),
]

D = "2022-01-26"
P = ("jen-psaki", 1, "Jen Psaki")
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone.  Okay.  I just have one item for all of you at the top.  As you all know, Secretary Blinken and our Ambassador in Moscow delivered our written response to the Russian government earlier today.  It was closely coordinated with our allies and partners, including Ukraine, and NATO is delivering its own response in parallel.", *P, "", "", 1, D),
 ("We're not going to release the document publicly.  We think diplomacy has the best chance to succeed if we give it space.  But I can walk you through the broad outlines, and the Secretary has done some of that as well.", *P, "", "", 1, D),
 ("It addresses it by reiterating our commitment to NATO's open door.  That's a principle we are not going to compromise on.  Whether Ukraine joins NATO is a decision for Ukraine and for the 30 NATO Allies, not for Moscow.", *P, "nato-open-door", "supports", 1, D),
 ("It addresses it by reiterating our commitment to NATO's open door.  That's a principle we are not going to compromise on.  Whether Ukraine joins NATO is a decision for Ukraine and for the 30 NATO Allies, not for Moscow.", *P, "no-ukraine-membership", "rejects", 1, D),
 ("We are not going to sign a pledge that closes the alliance to new members.  That's a non-starter, and the Russians knew that going in.", *P, "nato-non-expansion", "rejects", 1, D),
 ("What the document does do is set out areas where we think we can make real progress if Russia is serious.  That includes reciprocal transparency measures, reciprocal commitments by both sides to refrain from deploying offensive strike systems in Ukraine, and conditions-based limits on the scale of military exercises in Europe.  Those are all things we're prepared to discuss.", *P, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("What the document does do is set out areas where we think we can make real progress if Russia is serious.  That includes reciprocal transparency measures, reciprocal commitments by both sides to refrain from deploying offensive strike systems in Ukraine, and conditions-based limits on the scale of military exercises in Europe.  Those are all things we're prepared to discuss.", *P, "limit-military-exercises", "mentions", 1, D),
 ("Our view is simple: the best path forward is de-escalation.  Russia has more than 100,000 troops along Ukraine's border.  They can pull them back tomorrow, and that would be the clearest signal that President Putin is serious about diplomacy.", *P, "russia-de-escalation", "supports", 1, D),
 ("Revoking the Bucharest declaration is not on the table.  We're not going to rewrite the commitments Allies made to Ukraine and Georgia because Moscow asks us to.", *P, "rescind-bucharest-2008", "rejects", 1, D),
 ("We're not going to rewrite the commitments Allies made to Ukraine and Georgia because Moscow asks us to.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("I'll let the Kremlin speak for itself.", *P, "", "", 1, D),
 ("He has not today.  He spoke with him earlier this month, and our national security team is in touch with the Ukrainians every day, at every level, as you would expect.  I'm sure he'll speak with him again soon.", *P, "", "", 1, D),
 ("The President has been very clear that we will defend every inch of NATO territory.  We are not going to pull our forces out of the Allies who joined after 1997, and we're not going to accept a second tier of membership inside the alliance.", *P, "rollback-to-1997", "rejects", 1, D),
]

D = "2022-01-27"
L["ria-2022-01-27-zakharova-briefing-answers"] = [
 ("The key questions for us were formulated absolutely clearly: the non-expansion of NATO, the refusal of the deployment of the strike weapon systems near the Russian borders and the return of the military infrastructure of the alliance to the positions of 1997", "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 1, D),
 ("The key questions for us were formulated absolutely clearly: the non-expansion of NATO, the refusal of the deployment of the strike weapon systems near the Russian borders and the return of the military infrastructure of the alliance to the positions of 1997", "maria-zakharova", 1, "she", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The key questions for us were formulated absolutely clearly: the non-expansion of NATO, the refusal of the deployment of the strike weapon systems near the Russian borders and the return of the military infrastructure of the alliance to the positions of 1997", "maria-zakharova", 1, "she", "rollback-to-1997", "supports", 1, D),
 ("According to her, the so-called policy of the \"open doors\" of NATO is \"not the sacred cow\" and can not stand above the principle of the indivisibility of the security, which all countries of OSCE have signed.", "maria-zakharova", 1, "her", "nato-open-door", "rejects", 0, D),
 ("The demands of the West about the so-called de-escalation are the attempt to dictate to us, where we must hold our own troops on our own territory. We will not accept it", "maria-zakharova", 1, "the diplomat", "russia-de-escalation", "rejects", 1, D),
 ("The decision of the Bucharest summit of 2008, that Ukraine and Georgia will become members of NATO, must be disavowed. It is the mine under the European security", "maria-zakharova", 1, "Zakharova", "rescind-bucharest-2008", "supports", 1, D),
 ("She also has demanded that the countries of NATO refuse from any military activity on the territory of Ukraine, and also in the Eastern Europe, South Caucasus and Central Asia, including the deliveries of the weapons and the sending of the instructors.", "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Our western colleagues propose to talk \"without preconditions\" about everything and nothing. But our projects of the documents are not the menu from which it is possible to choose the convenient dishes, it is the package", "maria-zakharova", 1, "the representative of the MFA", "no-preconditions", "rejects", 1, D),
 ("a reaction which allows to count on the beginning of the serious conversation, but on the secondary questions", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Therefore we need the guarantees which are legally binding, with the signatures and the ratification, and not the words", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("It is obvious that our concerns were not taken into account, but we need the time for the analysis", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("The deputy minister of foreign affairs Sergei Ryabkov on Wednesday in the interview to the TV channel \"Zvezda\" has declared, that Moscow insists on the non-deployment of the missiles of the medium and smaller range in the zones from where they can reach the territory of the other side.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-26"),
 ("We will not agree with the half-measures here, the moratorium must be mutual and verifiable", "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 1, "2022-01-26"),
]

D = "2022-01-13"
B = ("josep-borrell", 1, "Josep Borrell")
L["eeas-2022-01-13-borrell-brest-press-remarks"] = [
 ("Good afternoon. We have had two very intense days here in Brest, first with the Defence Ministers and tomorrow with the Foreign Ministers, and the main topic, as you can imagine, was Russia and Ukraine.", *B, "", "", 1, D),
 ("Let me be very clear. Moscow is asking for spheres of influence: that NATO stops where it is, and that the Alliance pulls its troops and its infrastructure back to where they were in 1997. This is unacceptable. We will not go back to the logic of Yalta.", *B, "nato-non-expansion", "rejects", 1, D),
 ("Let me be very clear. Moscow is asking for spheres of influence: that NATO stops where it is, and that the Alliance pulls its troops and its infrastructure back to where they were in 1997. This is unacceptable. We will not go back to the logic of Yalta.", *B, "rollback-to-1997", "rejects", 1, D),
 ("Moscow is asking for spheres of influence: that NATO stops where it is, and that the Alliance pulls its troops and its infrastructure back to where they were in 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow is asking for spheres of influence: that NATO stops where it is, and that the Alliance pulls its troops and its infrastructure back to where they were in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Every country in Europe has the right to choose its alliances. This is not negotiable, and it is not for Russia to decide who can or cannot join NATO.", *B, "nato-open-door", "supports", 1, D),
 ("At the same time, we want de-escalation. The first step must be that Russia pulls back the troops it has massed on Ukraine’s border.", *B, "russia-de-escalation", "supports", 1, D),
 ("Europe cannot be a spectator in a discussion about European security. The Americans have assured us that nothing will be decided without us, and I believe them. But we have to have our own voice, and we will make it heard.", *B, "", "", 1, D),
 ("We are ready to talk about arms control, about transparency and limits for military exercises, about risk reduction. These are legitimate topics, and Europe must be part of that conversation.", *B, "limit-military-exercises", "mentions", 1, D),
 ("Dialogue, yes, always, and without preconditions. I have always said that the door to diplomacy must stay open. But dialogue is not capitulation, and it cannot be done under the threat of tanks.", *B, "no-preconditions", "supports", 1, D),
 ("Ukraine is a sovereign country, and it has the right to receive support from whomever it wants. The idea that the European Union or our Member States should stop training or equipping the Ukrainian armed forces because Moscow demands it is not acceptable.", *B, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The idea that the European Union or our Member States should stop training or equipping the Ukrainian armed forces because Moscow demands it is not acceptable.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russia says it wants legally binding guarantees, written on paper. I understand that they want this, and we will see what the Americans and NATO answer in writing. It is not for me to negotiate on their behalf.", *B, "written-legal-guarantees", "mentions", 1, D),
 ("Russia says it wants legally binding guarantees, written on paper.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("The OSCE is the place where all of us, Russia included, have signed the same principles, from Helsinki to Paris. I spoke with Zbigniew this morning and I wish him every success. We will see what comes out of Vienna.", *B, "", "", 1, D),
]

W, T = "2022-01-26", "2022-01-27"
L["aljazeera-2022-01-27-russia-us-nato-replies"] = [
 ("Foreign Minister Sergei Lavrov said on Thursday that the response contained no positive answer on what he called the main issue, NATO's expansion to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, T),
 ("The Americans have left the door open for a serious conversation, but only on second-rank questions,", "sergei-lavrov", 1, "he", "", "", 1, T),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("He said Washington had offered arms-control talks on intermediate-range missiles in Europe and a transparency mechanism to confirm that there are no Tomahawk cruise missiles at the Aegis Ashore missile-defence sites in Romania and Poland, provided Russia offered the same at two of its own bases.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, W),
 ("Blinken also said the United States would keep supplying defensive weapons to Ukraine despite Moscow's demands that Western military aid to Kyiv stop.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "rejects", 0, W),
 ("Blinken also said the United States would keep supplying defensive weapons to Ukraine despite Moscow's demands that Western military aid to Kyiv stop.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We cannot compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "he", "", "", 1, W),
 ("Anyone who tells Ukraine to give up on NATO is doing the Kremlin's work for it,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, T),
 ("President Volodymyr Zelensky on Wednesday repeated his call for a face-to-face meeting with Putin without preconditions, saying in his nightly video address that \"the fastest way to peace is a conversation between leaders\".", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 0, W),
 ("the fastest way to peace is a conversation between leaders", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, W),
 ("Kremlin spokesman Dmitry Peskov said on Thursday that Russia had taken note of Zelensky's offer of talks without preconditions and would study it, but that any meeting between the two presidents would have to be \"properly prepared\".", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "mentions", 0, T),
 ("There's no need to expect quick conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("Nobody else will write the list of what we may and may not deploy on our own territory. A ban on strike weapons near Russia's borders is unacceptable to us,", "marcin-przydacz", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, ""),
 ("Al Jazeera's Yulia Shapovalova, reporting from Moscow, said Western governments had made any progress conditional on Russia pulling back its more than 100,000 troops from the border, something the Kremlin has so far refused to discuss.", "yulia-shapovalova", 1, "Yulia Shapovalova", "russia-de-escalation", "mentions", 0, ""),
 ("Legally binding guarantees were always a fantasy. Political commitments are all Moscow can realistically get, and frankly they should be enough,", "miriam-haddad-kessler", 1, "Miriam Haddad-Kessler", "written-legal-guarantees", "rejects", 1, ""),
 ("The demand to pull NATO back to its 1997 lines was the maximalist opening bid, and everyone in Moscow knew it,", "pavel-krutov", 1, "Pavel Krutov", "rollback-to-1997", "mentions", 1, ""),
 ("Krutov noted that neither Washington nor Brussels had shown any flexibility on the 2008 Bucharest promise to Ukraine and Georgia, which Russia wants disavowed.", "pavel-krutov", 1, "Krutov", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Krutov noted that neither Washington nor Brussels had shown any flexibility on the 2008 Bucharest promise to Ukraine and Georgia, which Russia wants disavowed.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("The most concrete thing in both letters is the offer to restore military channels between NATO and the General Staff. Whether Moscow takes it up is another question,", "pavel-krutov", 1, "he", "resume-military-dialogue", "mentions", 1, ""),
]

write_gold(L, "articles-91", "gold-91")
