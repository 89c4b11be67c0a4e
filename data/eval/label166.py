#!/usr/bin/env python3
"""Writes the 166th held-out gold (gold-166/*.nq) from the labels below.

Batch 166 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers saw, in seven forms:

- afp-2022-01-10-geneva-ryabkov-sherman: AFP wire copy with front matter,
  dateline, straight quotes, a crosshead, an analyst, a historical paragraph
  (Gorbachev 1990) and an unnamed Western diplomat, neither labelled.
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog without
  front matter (date in the byline), curly quotes, timestamped entries newest
  first, a summary, a photo caption, a "Related:" link line, a quotation split
  by "the secretary general said", words quoted from the 2008 Bucharest
  declaration (not labelled) and the blog's own background on what Moscow
  demands (labelled for russia and nato, undated).
- bloomberg-2022-01-13-osce-vienna-rau: Bloomberg news analysis with front
  matter, bullet standfirst, crossheads, curly quotes, invented analysts whose
  "Moscow wants ..." also gives Russia's label; reported speech about
  unspecified "main concerns" and "fundamental issues" is not labelled.
- mid-2022-01-14-lavrov-annual-press-conference: Russian Foreign Ministry
  transcript, UTF-8 BOM and CRLF line ends, front matter, "Sergey Lavrov:" and
  "Question (outlet):" labels; each answer paragraph is one quotation.
- state-2022-01-26-blinken-written-response: State Department transcript of a
  press availability, no front matter (date in the header), "SECRETARY
  BLINKEN:", "QUESTION:" and a moderator ("MR PRICE:"), who gets no label.
- ria-2022-01-27-lavrov-ryabkov-us-answer: RIA Novosti machine-translated
  copy, no front matter (date as 27.01.2022), « » quotes with "- declared X",
  indirect speech with no day given (undated), an expert, a background
  paragraph on the drafts of 17 December, "Read also" link lines.
- kommersant-2022-01-20-grushko-interview: Kommersant Q&A interview, front
  matter, „ “ quotes in headline and standfirst, "Kommersant:" questions and
  dash-led answers; the intro dates the interview to Wednesday (19 January).

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
  or quotation ("despite Moscow's demands that ...", "Moscow also wants ...")
  is also Russia's label (speaker russia, not a person, direct 0, same
  evidence), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  live-blog entries report the day of the blog; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["afp-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia on Monday demanded guarantees that Ukraine will never join NATO, after nearly eight hours of talks with the United States in Geneva that ended without a breakthrough but with both sides saying they would keep talking.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The veteran diplomat said the Russian side had also set out in detail its proposals to keep US warships and strategic bombers out of areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "The veteran diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("We did not get the impression that the American side understands the urgency of the matter,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("US Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had firmly rejected Moscow's demand for a halt to NATO enlargement, calling it one of several Russian proposals that were \"simply non-starters\".", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("US Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had firmly rejected Moscow's demand for a halt to NATO enlargement, calling it one of several Russian proposals that were \"simply non-starters\".", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States,", "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("At the same time, she said the United States was ready to discuss the future deployment of offensive weapons systems in Ukraine and reciprocal limits on the size and scope of military exercises, as long as Russia was willing to do the same.", "wendy-sherman", 1, "she", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("At the same time, she said the United States was ready to discuss the future deployment of offensive weapons systems in Ukraine and reciprocal limits on the size and scope of military exercises, as long as Russia was willing to do the same.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, D),
 ("It was a frank and forthright discussion, not a negotiation, and we will stay in close touch with our allies,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("In Moscow, Kremlin spokesman Dmitry Peskov told reporters on Monday that Russia would take no instructions on where to station its troops, which he insisted were deployed \"on its own territory\" and threatened no one.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Moscow has put the maximum on the table so that anything it gets later looks like a victory,", "tatiana-kostromina", 1, "Tatiana Kostromina", "", "", 1, ""),
 ("The withdrawal of everything NATO has built in Poland and the Baltics since 1997 is now formally on the table. A year ago nobody would have believed it,", "tatiana-kostromina", 1, "she", "rollback-to-1997", "mentions", 1, ""),
]

D = "2022-01-12"
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("We are ready to listen to Russia’s concerns and to engage in a meaningful dialogue,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Russia will not have a veto on whether Ukraine can join Nato,", "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, D),
 ("Russia will not have a veto on whether Ukraine can join Nato,", "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, D),
 ("and allies will not go back to a situation with first- and second-class members, where some allies cannot have troops on their own territory.", "jens-stoltenberg", 1, "the secretary general", "rollback-to-1997", "rejects", 1, D),
 ("Stoltenberg said allies had offered Russia a series of further meetings, including on re-establishing military lines of communication, as well as reopening the two sides’ missions in Moscow and Brussels.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("very frank, very direct, very deep", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, D),
 ("It is very important for us that Nato’s military activity in Ukraine, in Georgia and in other states near our borders is halted,", "alexander-grushko", 1, "he", "no-military-activity-ex-soviet", "supports", 1, D),
 ("Grushko was accompanied by the deputy defence minister, Col Gen Alexander Fomin, who said the alliance’s drills near Russia’s borders were “provocative” and had to be scaled back.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, on Wednesday morning dismissed as a non-starter Moscow’s demand that Nato pull allied troops out of the countries that joined after 1997.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, on Wednesday morning dismissed as a non-starter Moscow’s demand that Nato pull allied troops out of the countries that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Nato should not sit down for another round with Russia until it pulls back its troops from Ukraine’s borders,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, D),
 ("Nato should not sit down for another round with Russia until it pulls back its troops from Ukraine’s borders,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Our exercises on our own soil are not a bargaining chip in anyone’s talks with Moscow,", "kaja-kallas", 1, "she", "limit-military-exercises", "rejects", 1, D),
 ("any decisions about us without us", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 ("The Bucharest decision stands. Nobody in Moscow can cancel it, and nobody in Kyiv is asking them to,", "dmytro-kuleba", 1, "Kuleba", "rescind-bucharest-2008", "rejects", 1, D),
 ("We are ready to talk about reciprocal limits on exercises, and we came here to listen as well as to talk.", "julianne-smith", 1, "Julianne Smith", "limit-military-exercises", "mentions", 1, D),
 ("Moscow demands, above all, that the alliance never admit Ukraine.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

D = "2022-01-13"
L["bloomberg-2022-01-13-osce-vienna-rau"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Which weapons are stationed on Polish soil is a decision for Warsaw and our allies, and certainly not for the Kremlin,", "zbigniew-rau", 1, "Rau", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("We need a guarantee that the alliance stops where it is today, and we need it soon,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("We need a firm commitment that American intermediate-range missiles will never appear within reach of Moscow,", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("We are not going to accept a one-sided moratorium on missiles in Europe while Russia keeps its own 9M729 systems deployed,", "michael-carpenter", 1, "Carpenter", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Pentagon spokesman John Kirby said on Thursday that American ships and aircraft would “continue to fly, sail and operate wherever international law allows,” dismissing the Russian proposal to keep them out of range of Russian territory.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("Pentagon spokesman John Kirby said on Thursday that American ships and aircraft would “continue to fly, sail and operate wherever international law allows,” dismissing the Russian proposal to keep them out of range of Russian territory.", "russia", 0, "Russian", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Whether any of this ends up in a legally binding treaty is the question every capital in the region is now asking,", "halina-strzebska", 1, "Halina Strzębska", "written-legal-guarantees", "mentions", 1, ""),
 ("She said the talks had also touched on NATO's training of Ukrainian soldiers and its joint drills with Georgia.", "halina-strzebska", 1, "She", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("The Bucharest promise to Kyiv and Tbilisi is now at the center of the negotiations, fourteen years after it was made,", "halina-strzebska", 1, "Strzębska", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Everett Lindqvist, a former Pentagon official now at the Transatlantic Security Forum in Washington, said the standoff came down to NATO's open-door policy, which both sides now treat as a matter of principle.", "everett-lindqvist", 1, "Everett Lindqvist", "nato-open-door", "mentions", 0, ""),
 ("Ukraine's neutrality is the only dish on the menu, and everything else is garnish,", "everett-lindqvist", 1, "Lindqvist", "no-ukraine-membership", "mentions", 1, ""),
 ("Keeping American bombers and destroyers out of range of Russian territory is the kind of thing arms-control negotiators could actually work on,", "everett-lindqvist", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]

D = "2022-01-14"
N = "Sergey Lavrov"
L["mid-2022-01-14-lavrov-annual-press-conference"] = [
 ("Good afternoon, colleagues. As is our tradition, we are meeting at the start of the year to sum up the results of the previous one. I will not take up much of your time with an introduction; I know that most of your questions will concern our initiatives on security guarantees.", "sergei-lavrov", 1, N, "", "", 1, D),
 ("We are running out of patience. Our Western colleagues have been dragging things out for years. We expect a concrete response, article by article, to our draft documents, and we are ready to continue the conversation without any preconditions, but not endlessly and not for the sake of the process itself.", "sergei-lavrov", 1, N, "no-preconditions", "supports", 1, D),
 ("The key to everything is the guarantee that NATO will not expand eastward. This is not a matter of preference, it is the cornerstone. And I stress: we need a legally binding guarantee, not promises made over a cup of tea, as happened with the Soviet leadership.", "sergei-lavrov", 1, N, "nato-non-expansion", "supports", 1, D),
 ("The key to everything is the guarantee that NATO will not expand eastward. This is not a matter of preference, it is the cornerstone. And I stress: we need a legally binding guarantee, not promises made over a cup of tea, as happened with the Soviet leadership.", "sergei-lavrov", 1, N, "written-legal-guarantees", "supports", 1, D),
 ("The so-called open-door policy is not a principle of international law. Our Western colleagues are very fond of quoting the freedom to choose alliances, but they forget that the same OSCE documents say that no state may strengthen its security at the expense of others.", "sergei-lavrov", 1, N, "nato-open-door", "rejects", 1, D),
 ("We insist that intermediate-range missiles must not be deployed where they can reach each other's territory, and that large-scale exercises near our borders must be curtailed. We raised these issues ourselves years ago. But they cannot be cut out of the package and discussed separately while the main questions are swept aside.", "sergei-lavrov", 1, N, "no-intermediate-range-missiles", "supports", 1, D),
 ("We insist that intermediate-range missiles must not be deployed where they can reach each other's territory, and that large-scale exercises near our borders must be curtailed. We raised these issues ourselves years ago. But they cannot be cut out of the package and discussed separately while the main questions are swept aside.", "sergei-lavrov", 1, N, "limit-military-exercises", "supports", 1, D),
 ("Pumping Ukraine full of weapons, sending instructors, building military facilities there for NATO needs: all of this must stop. There must be no NATO military activity on the territory of Ukraine or of other states that are not members of the alliance.", "sergei-lavrov", 1, N, "no-military-activity-ex-soviet", "supports", 1, D),
 ("As for our troops, they are on our own territory, and we will move them wherever we consider necessary. Nobody has the right to tell us to pull them back from anywhere inside Russia.", "sergei-lavrov", 1, N, "russia-de-escalation", "rejects", 1, D),
 ("The Bucharest formula, according to which Ukraine and Georgia will become members of NATO, must be disavowed. It was a provocation then, and it remains one today.", "sergei-lavrov", 1, N, "rescind-bucharest-2008", "supports", 1, D),
 ("NATO itself froze all practical cooperation and then expelled our diplomats. We see no point in restoring military channels with an alliance that openly calls us a threat.", "sergei-lavrov", 1, N, "resume-military-dialogue", "rejects", 1, D),
 ("We are not going to attack anyone. This hysteria has been whipped up by Western media and politicians for months.", "sergei-lavrov", 1, N, "", "", 1, D),
]

D = "2022-01-26"
N = "Antony J. Blinken"
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. Earlier today, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. We've coordinated it closely with our allies and partners, and with Ukraine, every step of the way.", "antony-blinken", 1, N, "", "", 1, D),
 ("The document sets out our principled position, as well as the concerns of the United States and our allies about Russia's actions, which undermine security in Europe.", "antony-blinken", 1, N, "", "", 1, D),
 ("It also sets out areas where we see potential for progress: arms control related to missiles in Europe, our interest in a follow-on agreement to the New START treaty, and reciprocal transparency measures and limits regarding the size and scope of military exercises.", "antony-blinken", 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("It also sets out areas where we see potential for progress: arms control related to missiles in Europe, our interest in a follow-on agreement to the New START treaty, and reciprocal transparency measures and limits regarding the size and scope of military exercises.", "antony-blinken", 1, N, "limit-military-exercises", "mentions", 1, D),
 ("We've also proposed restoring the channels of communication between our militaries, which we believe would reduce the risk of a dangerous incident in the air or at sea.", "antony-blinken", 1, N, "resume-military-dialogue", "supports", 1, D),
 ("Let me be clear about one thing. There is no change; there will be no change. NATO's door is open and remains open, and that is our commitment.", "antony-blinken", 1, N, "nato-open-door", "supports", 1, D),
 ("The path of diplomacy runs through de-escalation. Moscow should pull back the more than 100,000 troops it has massed on Ukraine's borders, and the choice is now Russia's to make.", "antony-blinken", 1, N, "russia-de-escalation", "supports", 1, D),
 ("Matt, I'm not going to go into the details of the document, but I can tell you that it does not accept the idea that NATO should pull its forces out of the allies that joined after 1997. That is simply not on the table.", "antony-blinken", 1, N, "rollback-to-1997", "rejects", 1, D),
 ("We're not going to publish it, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We'll leave it to Russia to decide what it says about it.", "antony-blinken", 1, N, "", "", 1, D),
 ("A legally binding treaty of that kind is not something our allies would accept, and it's not something we are going to pursue. We've put our ideas in writing, and that is as far as it goes.", "antony-blinken", 1, N, "written-legal-guarantees", "rejects", 1, D),
 ("The decision on whether Ukraine joins NATO belongs to Ukraine and to the 30 allies. It does not belong to Russia, and it never will.", "antony-blinken", 1, N, "nato-open-door", "supports", 1, D),
 ("The decision on whether Ukraine joins NATO belongs to Ukraine and to the 30 allies. It does not belong to Russia, and it never will.", "antony-blinken", 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("I expect to speak to Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and take it seriously. We're prepared to move forward where there is the possibility of communication and cooperation.", "antony-blinken", 1, N, "", "", 1, D),
 ("We are ready either way. If Russia chooses the path of aggression, we and our allies will respond swiftly and decisively.", "antony-blinken", 1, N, "", "", 1, D),
]

D = "2022-01-27"
L["ria-2022-01-27-lavrov-ryabkov-us-answer"] = [
 ("There is no positive answer in this document on the main question. The main question is our clear position about the inadmissibility of further expansion of NATO to the east", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("It is not necessary to hurry with the estimations, the document needs to be read carefully", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("By the deputy head of the MFA Sergei Ryabkov in his turn it was stated, that Moscow sees no alternative to the legally binding guarantees and will not tolerate the \"smearing\" of its proposals.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow will not agree that the issue of non-entry of Ukraine into NATO is replaced by talks about the confidence measures", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, ""),
 ("According to Ryabkov, the American answer contains the proposal to restore the channels of military communication, which the Russian side will study.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, ""),
 ("Deliveries of offensive armaments to Kiev and the appearance of strike systems near our borders are direct threat, and we demand to stop it", "maria-zakharova", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Ukraine does not see any reason to refuse the membership in NATO and will not make such concession to anybody", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("The answer was written more for the allies and for the press than for Moscow", "igor-vostrikov", 1, "Vostrikov", "", "", 1, ""),
 ("The West says: negotiations only after the de-escalation. Moscow says: negotiations without any preliminary conditions. While both repeat this, nobody moves", "igor-vostrikov", 1, "the expert", "no-preconditions", "mentions", 1, ""),
 ("The West says: negotiations only after the de-escalation. Moscow says: negotiations without any preliminary conditions. While both repeat this, nobody moves", "igor-vostrikov", 1, "the expert", "russia-de-escalation", "mentions", 1, ""),
 ("The West says: negotiations only after the de-escalation. Moscow says: negotiations without any preliminary conditions. While both repeat this, nobody moves", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("According to him, the question of the non-expansion of NATO to the east remained without the answer, and it is difficult to expect that it will be solved in the near months.", "igor-vostrikov", 1, "him", "nato-non-expansion", "mentions", 0, ""),
 ("In the projects of the treaty with the USA and the agreement with NATO published on 17 December, the Russian side demanded, in particular, the refusal of the further expansion of NATO.", "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, "2021-12-17"),
]

D = "2022-01-19"
N = "Alexander Grushko"
L["kommersant-2022-01-20-grushko-interview"] = [
 ("The conversation was frank and deep, I will not hide that. But we did not hear a single word from our NATO colleagues that would indicate a readiness to take our proposals seriously. They listened, they took notes, and they repeated their mantras.", "alexander-grushko", 1, N, "", "", 1, D),
 ("Two key ideas. First, NATO must stop moving eastward, full stop. Second, the alliance must return to the configuration of 1997, when the Founding Act was signed, and take its forces and infrastructure out of the countries that joined afterwards.", "alexander-grushko", 1, N, "nato-non-expansion", "supports", 1, D),
 ("Two key ideas. First, NATO must stop moving eastward, full stop. Second, the alliance must return to the configuration of 1997, when the Founding Act was signed, and take its forces and infrastructure out of the countries that joined afterwards.", "alexander-grushko", 1, N, "rollback-to-1997", "supports", 1, D),
 ("As long as NATO officially treats Russia as an adversary, restoring military contacts makes no sense. We are not going to play at dialogue for the sake of a photograph.", "alexander-grushko", 1, N, "resume-military-dialogue", "rejects", 1, D),
 ("NATO's activity in Ukraine and Georgia, the instructors, the training centres, the joint drills in the Black Sea, is a direct threat to us. We want all of this to stop.", "alexander-grushko", 1, N, "no-military-activity-ex-soviet", "supports", 1, D),
 ("American destroyers and reconnaissance aircraft operate ever closer to Crimea and Kaliningrad. There must be zones from which they cannot reach our territory, and the Americans know perfectly well which zones we mean.", "alexander-grushko", 1, N, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("They tell us: first withdraw your troops, then we will talk. This is unacceptable. Our troops are on our own territory, and we do not accept talks with preconditions.", "alexander-grushko", 1, N, "russia-de-escalation", "rejects", 1, D),
 ("They tell us: first withdraw your troops, then we will talk. This is unacceptable. Our troops are on our own territory, and we do not accept talks with preconditions.", "alexander-grushko", 1, N, "no-preconditions", "supports", 1, D),
 ("Then we will respond with military-technical measures. We have said this openly, and nobody should be surprised.", "alexander-grushko", 1, N, "", "", 1, D),
 ("A moratorium is a promise that expires. We need a guarantee that Ukraine will never be in NATO, not a pause until the next government in Kyiv decides otherwise.", "alexander-grushko", 1, N, "no-ukraine-membership", "supports", 1, D),
 ("A moratorium is a promise that expires. We need a guarantee that Ukraine will never be in NATO, not a pause until the next government in Kyiv decides otherwise.", "alexander-grushko", 1, N, "written-legal-guarantees", "supports", 1, D),
 ("The OSCE is a useful platform, but it cannot replace a direct conversation with Washington and with Brussels. In Vienna everyone had a chance to speak, but nobody came there to agree on anything.", "alexander-grushko", 1, N, "", "", 1, D),
 ("Diplomacy always leaves a chance. But it requires both sides to hear each other, and so far we have only been hearing ourselves.", "alexander-grushko", 1, N, "", "", 1, D),
]

write_gold(L, "articles-166", "gold-166")
