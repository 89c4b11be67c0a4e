#!/usr/bin/env python3
"""Writes the held-out gold of batch 299 (gold-299/*.nq) from the labels below.

Batch 299 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-10-russia-us-geneva-talks-no-breakthrough: AP wire story, GENEVA (AP)
  dateline, front matter; lede with two actors (Moscow/Washington) in one sentence,
  a quote interrupted by "he said", pronoun speakers, Baker/Gorbachev and Bucharest
  background, analyst who only "mentions", offers to discuss (mentions).
- ria-novosti-2022-01-27-lavrov-otvet-ssha-garantii: RIA Novosti series of timed items
  in machine-translated English, no front matter (date "27.01.2022" in the text),
  "MOSCOW, 27 Jan - RIA Novosti." datelines, inverted "said Lavrov", "Read also" links,
  "the diplomat", "the representative of the Kremlin", Moscow in passing.
- mid-ru-2022-01-14-lavrov-annual-press-conference: Russian MFA transcript, no front
  matter, "Sergey Lavrov:" / "Question:" labels; every answer paragraph is a direct
  quotation; questions carry demands but get no label.
- err-news-2022-01-13-liimets-no-deals-over-our-heads: ERR News story, UTF-8 BOM and
  CRLF line ends, front matter; photo caption, crosshead, Estonian officials, an ICDS
  analyst, Grushko/Stoltenberg (Wednesday) and Lukashevich/Carpenter (Thursday).
- new-yorker-2022-01-31-historian-putin-nato-promises: New Yorker long Q&A with an
  invented historian, front matter; unmarked questions (host, no label), each answer
  paragraph a quotation, history (1990, 1997, 2008) inside answers, analyst's own
  stances vs. mentions, Russia's demands in passing.
- brookings-2022-01-24-after-geneva-what-can-be-negotiated: Brookings "Order from
  Chaos" commentary, no front matter ("January 24, 2022"); Blinken quote interrupted
  by "told reporters", "on Friday" = 2022-01-21, analysts with own stances. The
  author's own argument (unattributed prose) is not labelled.
- sejm-2022-01-26-rau-information-security-situation: Polish Sejm shorthand report in
  English, no front matter; "Marshal:" and MPs' speaker labels, stage directions
  "(Applause)" excluded from evidence; MPs' question turns get no label. Russia-in-passing
  labels inside someone else's quotation are marked direct 0 (Russia is not quoted).

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-10"
lede = "Russia and the United States ended nearly eight hours of talks in Geneva on Monday with no breakthrough, as Moscow insisted that NATO must stop expanding eastward and Washington dismissed the idea as a non-starter."
sh = "Sherman said the two sides had touched on areas where progress may be possible, including the future deployment of intermediate-range missiles in Europe and limits on the size and scope of military exercises, provided any steps were reciprocal."
hq = "That is the only part of the menu Washington was ever going to order from,"
hs = "Hadley said the more realistic question was whether Russia would take up the U.S. offer to talk about missiles and drills."
L["ap-2022-01-10-russia-us-geneva-talks-no-breakthrough"] = [
 (lede, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, d),
 (lede, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, d),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, said Moscow needed an assurance that Ukraine and Georgia would never be admitted to the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, d),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, d),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, d),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, d),
 ("Ryabkov said the Russian side had explained in detail why it wants the alliance to pull back troops and weapons from the countries that joined it after 1997, but complained that the Americans had treated the demand as something that could be brushed aside.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, d),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, d),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, d),
 ("She said the United States would not give up bilateral cooperation with sovereign countries that want to work with Washington, and that decisions about Ukraine would not be made without Ukraine.", "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, d),
 (sh, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, d),
 (sh, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, d),
 ("She urged Russia to pull its forces back to their barracks, or at least explain what they are doing there, saying it was hard to have a serious conversation while a gun was pointed at Ukraine's head.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, d),
 ("This is a package, and we are not going to let anyone pull out the convenient pieces and throw away the rest,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, d),
 ("NATO Secretary-General Jens Stoltenberg said last week that the alliance would not compromise on the right of every nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The Russians put the bar so high that these talks were almost designed to end the way they did,", "thomas-hadley", 1, "Thomas Hadley", "", "", 1, d),
 ("No American administration can sign a paper saying Ukraine will never join NATO, and the Kremlin knows that perfectly well.", "thomas-hadley", 1, "Thomas Hadley", "no-ukraine-membership", "mentions", 1, d),
 (hs, "thomas-hadley", 1, "Hadley", "no-intermediate-range-missiles", "mentions", 0, d),
 (hs, "thomas-hadley", 1, "Hadley", "limit-military-exercises", "mentions", 0, d),
 (hq, "thomas-hadley", 1, "he", "no-intermediate-range-missiles", "mentions", 1, d),
 (hq, "thomas-hadley", 1, "he", "limit-military-exercises", "mentions", 1, d),
 ("There was no betrayal, and there will be none,", "dmytro-kuleba", 1, "he", "", "", 1, d),
 ("We will see what comes out of Brussels and Vienna,", "sergei-ryabkov", 1, "he", "", "", 1, d),
]

d = "2022-01-27"
lq = "The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which can threaten the territory of the Russian Federation,"
rb = "Moscow insists that NATO renounce the decision of the summit in Bucharest of 2008 about that Ukraine and Georgia will become the members of alliance, declared to the journalists the deputy minister of foreign affairs of Russia Sergey Ryabkov."
rm = "According to the deputy minister, the American side showed the readiness to discuss the questions of missiles of intermediate and shorter range and the transparency of the exercises, but these are not the main subjects for Moscow."
gb = "He also called NATO to stop the military activity near the Russian borders, including the flights of strategic bombers and the large-scale exercises in the immediate proximity to the territory of Russia."
L["ria-novosti-2022-01-27-lavrov-otvet-ssha-garantii"] = [
 ("The written answer of the USA to the Russian proposals on the security guarantees does not contain a positive reaction on the main question, which is the non-expansion of NATO to the East, declared the head of Russian Foreign Ministry Sergey Lavrov.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, d),
 (lq, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, d),
 (lq, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, d),
 ("It is required time for the analysis, we will not hurry with the conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
 ("It is hardly possible to say that our considerations were taken into account or that there was shown a readiness to take into account our concerns,", "dmitry-peskov", 1, "the representative of the Kremlin", "", "", 1, d),
 (rb, "sergei-ryabkov", 1, "Sergey Ryabkov", "rescind-bucharest-2008", "supports", 0, d),
 (rb, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, d),
 ("The formula of Bucharest that Ukraine and Georgia will become the members of NATO must be disavowed, it is the key for us,", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 1, d),
 ("The diplomat added that Russia does not agree on some moratorium instead of the legal obligations.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, d),
 ("Some moratoriums, verbal assurances, it is not for us, we need the legally binding obligations on paper,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, d),
 (rm, "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "mentions", 0, d),
 (rm, "sergei-ryabkov", 1, "the deputy minister", "limit-military-exercises", "mentions", 0, d),
 ("The answer of the North Atlantic alliance confirms that NATO does not intend to return its military infrastructure to the positions of the year 1997, stated the deputy minister of foreign affairs of Russia Alexander Grushko.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, d),
 ("The alliance continues to live in the logic of the Cold War and repeats that its door is open. But the open door is not a principle of the international law, it is the political slogan,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, d),
 (gb, "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, d),
 (gb, "alexander-grushko", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, d),
 ("Ukraine is the participant of the process, nothing is decided behind our back,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, d),
 ("He also said that the right of Ukraine to choose the alliances independently is not a subject for the negotiations with Russia.", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, d),
]

d = "2022-01-14"
p3 = "Last December we handed over to the Americans and then to NATO our draft treaty and draft agreement on security guarantees. The central point there is that NATO must not expand further eastward. We need legally binding guarantees of this, not declarations, not promises that can be forgotten the next morning."
p5 = "This week we held talks in Geneva, Brussels and Vienna. Our colleagues listened. They said they are ready to discuss intermediate-range missiles and the parameters of exercises. These are important things, which we ourselves have proposed for years, but they are not the core of our proposals."
p10 = "We move our troops on our own territory as we see fit. Nobody has the right to tell us where to hold our armed forces inside Russia. This is a sovereign matter, and attempts to make it a precondition for talks are simply not serious."
p12 = "A promise is not enough. There were promises before, and you know how they ended. We need an agreement that includes a mechanism, and we need the alliance to withdraw from the line of 1997, when the Founding Act was signed. Everything deployed after that on the territory of new members creates risks for us."
LV = "Sergey Lavrov"
L["mid-ru-2022-01-14-lavrov-annual-press-conference"] = [
 ("We are meeting, as is traditional, at the beginning of the year to sum up the results of the past twelve months. I will not take up too much time with opening remarks, because I know that most of your questions will concern one subject.", "sergei-lavrov", 1, LV, "", "", 1, d),
 (p3, "sergei-lavrov", 1, LV, "nato-non-expansion", "supports", 1, d),
 (p3, "sergei-lavrov", 1, LV, "written-legal-guarantees", "supports", 1, d),
 ("The second key element is the non-deployment of strike weapons systems close to the Russian borders that would pose a threat to our territory. This is not an abstract concern. We see what is being brought to Romania and Poland, and we see what is happening in Ukraine.", "sergei-lavrov", 1, LV, "no-strike-weapons-near-borders", "supports", 1, d),
 (p5, "sergei-lavrov", 1, LV, "no-intermediate-range-missiles", "supports", 1, d),
 (p5, "sergei-lavrov", 1, LV, "limit-military-exercises", "supports", 1, d),
 ("The open door policy is something NATO invented for itself. Nobody in Istanbul in 1999 or in Astana in 2010 signed up to it. What was signed, at the highest level, was the principle of indivisible security: every state is free to choose its alliances, but no one may strengthen its security at the expense of the security of others. Our Western colleagues quote only the first half of this sentence.", "sergei-lavrov", 1, LV, "nato-open-door", "rejects", 1, d),
 ("So when they tell us that every country may join any bloc it likes, we reply that this freedom is not unconditional. It ends where the security of a neighbour begins. That is our logic, and it is written in documents signed by the presidents of all OSCE countries.", "sergei-lavrov", 1, LV, "nato-open-door", "rejects", 1, d),
 ("Our patience has run out. We have been deceived for thirty years, since the promises given to Mikhail Gorbachev. We are not going to wait forever.", "sergei-lavrov", 1, LV, "", "", 1, d),
 ("We expect a written response from the Americans and from NATO, and we expect it to address every article of our drafts, point by point. We will not accept a situation where they answer a few convenient questions and stay silent on the rest.", "sergei-lavrov", 1, LV, "", "", 1, d),
 (p10, "sergei-lavrov", 1, LV, "russia-de-escalation", "rejects", 1, d),
 (p10, "sergei-lavrov", 1, LV, "no-preconditions", "supports", 1, d),
 ("At the same time, nobody sees anything unusual when NATO brings battalions to the Baltic states and ships to the Black Sea thousands of kilometres from their shores. This double standard is obvious to everyone.", "sergei-lavrov", 1, LV, "", "", 1, d),
 (p12, "sergei-lavrov", 1, LV, "written-legal-guarantees", "supports", 1, d),
 (p12, "sergei-lavrov", 1, LV, "rollback-to-1997", "supports", 1, d),
 ("The NATO side proposed to continue in the Council format. We are not against dialogue, but dialogue for the sake of dialogue is not what we need. Channels between the militaries existed before and were cut by NATO, not by us. If there is a serious desire to restore them, we are open.", "sergei-lavrov", 1, LV, "resume-military-dialogue", "supports", 1, d),
]

d = "2022-01-13"
gr = "Speaking to reporters afterward, Grushko said Russia expected NATO to renounce any further enlargement and to end all military activity in countries that border Russia, warning that otherwise Moscow would respond with \"military-technical\" measures."
sq = "Russia does not have a veto on whether Ukraine can become a NATO member,"
L["err-news-2022-01-13-liimets-no-deals-over-our-heads"] = [
 ("Foreign minister Eva-Maria Liimets (Center) says Estonia will not accept any arrangement between Russia and the West that limits NATO's presence on its territory, following a week of talks in Geneva, Brussels and Vienna which ended without a deal.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, d),
 ("The demand that NATO pull its forces back to where they were in 1997 is a demand to leave us undefended. This is not something we will ever agree to,", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, d),
 ("There will be no negotiations about Estonia without Estonia,", "eva-maria-liimets", 1, "she", "", "", 1, d),
 (gr, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (gr, "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg told a press conference after the meeting that allies were ready to talk about arms control and transparency, but that they would not give Russia a say over who joins the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (sq, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 (sq, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("U.S. Ambassador to the OSCE Michael Carpenter said the drumbeat of war was sounding loud and called on Russia to pull back its troops from Ukraine's border.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, d),
 ("Russia wants to turn back the clock to a time when it decided the fate of its neighbors,", "kaja-kallas", 1, "Kallas", "", "", 1, d),
 ("Nobody in Moscow seriously expects NATO to take troops out of the Baltic states. The list was drafted so that its rejection could later be used as a justification,", "kadri-lepik", 1, "Lepik", "rollback-to-1997", "mentions", 1, ""),
 ("She said the proposal to ban NATO exercises near Russia's borders was aimed squarely at the Baltic states and Poland, since practically the entire territory of Estonia is within the zone Moscow wants to see demilitarized.", "kadri-lepik", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("If you draw the map the way the Russian draft does, Estonia cannot even hold a battalion exercise on its own soil,", "kadri-lepik", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("We must be ready for the talks to fail and for Russia to use that failure,", "hendrik-saar", 1, "Saar", "", "", 1, ""),
]

intro = "The Russian documents asked, among other things, that the alliance never admit Ukraine and that it withdraw its forces from the countries that joined after 1997."
a4 = "It should alarm them. The Founding Act of 1997 said NATO had no intention of permanently stationing substantial combat forces on the territory of new members, in the security environment of the time. The Russian draft now reads that as a kind of frozen map, and asks that everything placed in Poland, the Baltics, Romania since then be taken out. For Estonia or Lithuania, that is not an arms-control proposal. It is a demand to be left alone with Russia."
a5 = "Frankly, no. I don't think NATO can ever give Moscow a veto over who joins or over where allied troops stand on allied soil. That would make the Baltic members second-class members, and the alliance would not survive it for long."
a6 = "That's right. If you strip out the sweeping parts, there is real material there. Limits on where intermediate-range missiles can be based, rules about how close bombers and warships come to each other's territory, notification of large exercises. The Americans and the Soviets negotiated exactly these things in the nineteen-eighties. I would like to see Washington take those articles and run with them, reciprocally, and I say that as someone who has no sympathy for the Kremlin's project."
a8 = "Ukraine is the heart of it. In 2008, at Bucharest, NATO declared that Ukraine and Georgia \"will become members.\" That sentence was a compromise between the Americans, who wanted a Membership Action Plan, and the Germans and French, who didn't. It gave Ukraine no protection and gave Russia a grievance. The Russians now want it formally withdrawn, and I understand why they fixate on it, but no alliance revokes its own summit declarations under the pressure of a hundred thousand troops."
bl = "The American reply, according to Secretary of State Antony Blinken, offered talks on arms control and military exercises but made \"no concession\" on NATO's open door."
MH = "miriam-halvorsen"
L["new-yorker-2022-01-31-historian-putin-nato-promises"] = [
 (intro, "russia", 0, "The Russian documents", "no-ukraine-membership", "supports", 0, ""),
 (intro, "russia", 0, "The Russian documents", "rollback-to-1997", "supports", 0, ""),
 (bl, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, ""),
 (bl, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("In February 1990, James Baker said to Gorbachev, in a conversation about German unification, that NATO's jurisdiction would not move \"one inch eastward.\" That happened. It is in the transcripts. But it was said about Germany, in a world where the Warsaw Pact still existed, and it was never written into any treaty.", MH, 1, "Miriam Halvorsen", "", "", 1, ""),
 ("They are right that there was a mood, a set of signals, which Gorbachev and later Yeltsin took seriously. They are wrong to treat a sentence in a negotiation as if it were a binding legal commitment. And I think that history explains a great deal about why Moscow is now so obsessed with getting everything on paper.", MH, 1, "Miriam Halvorsen", "written-legal-guarantees", "mentions", 1, ""),
 ("Yes. When Ryabkov and Lavrov say they don't want assurances, they want signatures, that is a lesson they believe they learned in 1990. Whether the lesson is correct is another question. Historically, great powers have torn up signed treaties too.", MH, 1, "Miriam Halvorsen", "written-legal-guarantees", "mentions", 1, ""),
 (a4, MH, 1, "Miriam Halvorsen", "rollback-to-1997", "mentions", 1, ""),
 (a4, "russia", 0, "The Russian draft", "rollback-to-1997", "supports", 0, ""),
 (a5, MH, 1, "Miriam Halvorsen", "nato-open-door", "supports", 1, ""),
 (a5, MH, 1, "Miriam Halvorsen", "rollback-to-1997", "rejects", 1, ""),
 (a6, MH, 1, "Miriam Halvorsen", "no-intermediate-range-missiles", "supports", 1, ""),
 (a6, MH, 1, "Miriam Halvorsen", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 (a6, MH, 1, "Miriam Halvorsen", "limit-military-exercises", "supports", 1, ""),
 ("He is letting his ministers speak first. That is typical. The decision will be his, and I suspect he will say the main concerns were ignored, because they were, and that the secondary issues are worth talking about, because they are.", MH, 1, "Miriam Halvorsen", "", "", 1, ""),
 (a8, MH, 1, "Miriam Halvorsen", "rescind-bucharest-2008", "mentions", 1, ""),
 (a8, "russia", 0, "The Russians", "rescind-bucharest-2008", "supports", 0, ""),
 ("I'm a historian, so I'm bad at the future. But I would say that the troop buildup has its own logic. The longer it lasts, the harder it is to bring the soldiers home without something to show for it.", MH, 1, "Miriam Halvorsen", "", "", 1, ""),
]

f = "2022-01-21"
dr = "Russia's December drafts asked the United States to rule out any further enlargement of NATO, to bar Ukraine from the alliance permanently, and to refrain from military cooperation with former Soviet republics that are not NATO members."
lv = "Lavrov said after the Geneva meeting that Russia's position on NATO enlargement was \"not a matter for bargaining,\" adding that Washington must understand that the question of Ukraine's membership is for Russia a matter of principle."
ry = "Deputy Foreign Minister Sergei Ryabkov has suggested that the withdrawal of foreign forces from Romania and Bulgaria, which Moscow specifically named in a statement on Friday, is part of what Russia means."
L["brookings-2022-01-24-after-geneva-what-can-be-negotiated"] = [
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, f),
 ("but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, f),
 (dr, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (dr, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (dr, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We've been clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "", "", 1, f),
 ("including the right of the Ukrainian people to determine their own future.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, f),
 ("We are not going to negotiate the fate of any country over its head,", "ned-price", 1, "he", "nato-open-door", "supports", 1, ""),
 (lv, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, f),
 (lv, "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 0, f),
 (ry, "sergei-ryabkov", 1, "Sergei Ryabkov", "rollback-to-1997", "supports", 0, ""),
 (ry, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, f),
 ("NATO has already called that proposal a non-starter.", "nato", 0, "NATO", "rollback-to-1997", "rejects", 0, ""),
 ("There are proposals in the Russian documents that deserve to be taken seriously, and missile deployments in Europe are the most obvious of them,", "elena-markovic", 1, "Elena Markovic", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Markovic argued that a reciprocal ban on ground-launched intermediate-range systems in Europe, with verification, would serve American interests as much as Russian ones.", "elena-markovic", 1, "Markovic", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Jonathan Ferris, a former U.S. ambassador to Lithuania, warned that talks on exercises could quickly become a way to freeze NATO's posture on its eastern flank.", "jonathan-ferris", 1, "Jonathan Ferris", "limit-military-exercises", "rejects", 0, ""),
 ("If we trade away our ability to train in the Baltics, we have given Moscow by the back door what we refused to give it through the front,", "jonathan-ferris", 1, "he", "limit-military-exercises", "rejects", 1, ""),
 ("White House press secretary Jen Psaki said on Friday that the administration's focus remained on diplomacy, but that Russia could show good faith by pulling its forces back from the border.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, f),
 ("National security adviser Jake Sullivan has made a similar point, noting that it is hard to negotiate while military pressure grows.", "jake-sullivan", 1, "Jake Sullivan", "russia-de-escalation", "supports", 0, ""),
 ("Russia rejects any such linkage.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("Peskov said on Friday that the movement of Russian troops on Russian territory was \"exclusively our business\" and could not be the subject of talks.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, f),
]

d = "2022-01-26"
R = "zbigniew-rau"
RN = "Minister of Foreign Affairs Zbigniew Rau"
r2 = "Russia demands that the North Atlantic Alliance withdraw its forces and infrastructure from the states which joined it after May 1997. Poland is one of those states. This demand is unacceptable, and I wish to state clearly from this rostrum that no ally has entertained it, neither in Geneva, nor in Brussels, nor in Vienna."
r3 = "Russia further demands that Ukraine be forever excluded from the Alliance. Poland rejects the idea that any third state may decide on the alliances of a sovereign nation. The principle of the open door is enshrined in the Washington Treaty, and we will defend it."
r7 = "To Madam Deputy I answer: yes. The government will not agree to any arrangement which would limit the presence of allied troops on Polish territory. Such a demand from Moscow has been rejected by the whole Alliance."
L["sejm-2022-01-26-rau-information-security-situation"] = [
 ("I give the floor to the Minister of Foreign Affairs, Mr Zbigniew Rau.", "elzbieta-witek", 1, "Marshal", "", "", 1, d),
 ("Madam Marshal! High Chamber! On 17 December last year the Russian Federation published two documents which it calls draft treaties on security guarantees. I will not hide from the High Chamber that the government reads these documents as an attempt to revise the European security order established after 1989.", R, 1, RN, "", "", 1, d),
 (r2, R, 1, RN, "rollback-to-1997", "rejects", 1, d),
 (r2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (r3, R, 1, RN, "no-ukraine-membership", "rejects", 1, d),
 (r3, R, 1, RN, "nato-open-door", "supports", 1, d),
 (r3, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("As Chairman-in-Office of the OSCE, I opened the session of the Permanent Council in Vienna on 13 January. I said there, and I repeat here, that the risk of war in the OSCE area is now greater than at any time in the last thirty years. We call on the Russian Federation to withdraw the forces concentrated at the border of Ukraine and to return to the path of dialogue.", R, 1, RN, "russia-de-escalation", "supports", 1, d),
 ("At the same time Poland is open to discussion on arms control, on transparency of military exercises, and on confidence-building measures, on the condition of full reciprocity and within the OSCE framework. We have never refused talks on these matters.", R, 1, RN, "limit-military-exercises", "mentions", 1, d),
 ("Madam Marshal! High Chamber! We have no illusions about Russia. But I have to say that Poland should not become a missile base for others. If the Americans agree with the Russians on the mutual removal of intermediate-range missiles from Europe, this will be good for Poland, and the government should support it, not block it.", "grzegorz-brzek", 1, "Deputy Grzegorz Brzęk", "no-intermediate-range-missiles", "supports", 1, d),
 ("Madam Marshal! I will answer briefly. Our allies consult us on every stage of this process. Secretary Blinken and Deputy Secretary Sherman have informed us about each round of talks, and nothing concerning Poland will be agreed without Poland.", R, 1, RN, "", "", 1, d),
 ("As for Redzikowo, the installation is defensive, and it is not and will not be an object of negotiations about which Poland would not be informed. The Russian claims that it can be used for offensive purposes have no basis.", R, 1, RN, "", "", 1, d),
 (r7, R, 1, RN, "rollback-to-1997", "rejects", 1, d),
 (r7, R, 1, RN, "no-strike-weapons-near-borders", "rejects", 1, d),
 (r7, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("To Mr Deputy Brzęk I will say that reciprocal limits on intermediate-range missiles are a matter which the Alliance is ready to discuss, but such talks must cover the Russian Iskander systems in the Kaliningrad region, which threaten Warsaw today.", R, 1, RN, "no-intermediate-range-missiles", "mentions", 1, d),
]

write_gold(L, "articles-299", "gold-299")
