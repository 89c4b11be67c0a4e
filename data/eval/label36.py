#!/usr/bin/env python3
"""Writes the thirty-sixth held-out gold (gold-36/*.nq) from the labels below.

Batch 36 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.

Outlets and forms (all seven articles invented but plausible, about the
December 2021 - February 2022 crisis over Russia's "security guarantees"):
- AFP wire story on the NATO-Russia Council in Brussels (12 Jan 2022), straight
  quotes, a photo credit at the end;
- RIA Novosti item machine-translated into English, « » quotes, no front matter
  (id = file name, date only in the timestamp line and the dateline);
- New York Times news analysis of the written answers of 26 Jan, curly quotes,
  unnamed "administration officials" and one named (invented) historian;
- transcript of the Lavrov-Truss joint news conference in Moscow (10 Feb 2022),
  as published by the Russian Foreign Ministry, with journalists' questions;
- CBC News story on Melanie Joly's visit to Kyiv, straight quotes, share
  buttons, photo caption, "READ MORE" link and cookie banner;
- BelTA item on Lukashenko's annual address (28 Jan 2022), UTF-8 BOM and CRLF
  line ends;
- Atlantic Council "experts react" Q&A explainer with two (invented) experts,
  share bar, image credit and further-reading links.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (after the curated gold and label9.py):
- one label per (speaker, demand) a passage expresses;
- direct quotation: the evidence is the words between the marks, punctuation
  inside the marks kept (direct 1); a quotation interrupted by "X said" is two
  spans; reported speech: the whole sentence (direct 0);
- transcripts and Q&A answers: the words of a minister or expert are direct
  speech (direct 1); the evidence is the sentence(s) expressing the demand; a
  turn paragraph about none of the demands gets one demand-less label with the
  paragraph as evidence; journalists' and editors' questions get no label;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports, predicts, asks or offers to discuss;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); shorter quoted fragments and
  reported speech about no demand get no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008)
  and words quoted from documents are not labelled; what the December drafts
  demand, attributed to Moscow, is labelled as Russia's position;
- speakers: person slugs firstname-lastname (sergei-lavrov for Sergey V.
  Lavrov, alexander-lukashenko for Aleksandr Lukashenko, liz-truss for
  Elizabeth Truss, melanie-joly); the Kremlin, Moscow -> russia; unnamed US
  administration officials -> united-states; an unnamed NATO diplomat -> nato;
- speaker name: the words naming the speaker at that point (pronouns and role
  nouns as written; in a transcript or Q&A, the name heading the turn);
- date: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts' interviews, "in December").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-01-12-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("The former Norwegian prime minister said allies had firmly rejected Moscow's call for a legally binding halt to NATO enlargement.", "jens-stoltenberg", 1, "The former Norwegian prime minister", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("No one can deny a sovereign nation its right to choose its own path. Russia does not have a veto on whether Ukraine joins the alliance,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("No one can deny a sovereign nation its right to choose its own path. Russia does not have a veto on whether Ukraine joins the alliance,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("But he said NATO was ready to discuss arms control, including limits on where missiles can be deployed in Europe, and had proposed a series of further meetings, to which the Russian side had not yet agreed.", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("For us it is absolutely mandatory that NATO stops moving east, and that Ukraine and Georgia never become members,", "alexander-grushko", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("For us it is absolutely mandatory that NATO stops moving east, and that Ukraine and Georgia never become members,", "alexander-grushko", 1, "the diplomat", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("He warned that if the alliance kept moving forces and weapons closer to Russia's borders, Moscow would answer with \"military-technical measures\".", "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("Fomin, for his part, accused NATO of holding ever larger drills near Russian territory and said Moscow wanted them scaled back.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("In Moscow, the Kremlin said the same day that it saw little point in further meetings if the West refused to take Russia's core demand, NATO's non-expansion, seriously.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("It is Russia that has created this crisis, and it is for Russia to de-escalate it,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The Russians read out their talking points and did not engage on anything we put on the table,", "nato", 0, "the diplomat", "", "", 1, "2022-01-12"),
 ("Moscow's demands, set out in two draft treaties it published on December 17, include a ban on any further NATO enlargement and the withdrawal of allied forces from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Moscow's demands, set out in two draft treaties it published on December 17, include a ban on any further NATO enlargement and the withdrawal of allied forces from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Moscow has put its maximum on the table so that it can later say the West refused everything,", "katrin-weisser", 1, "Katrin Weisser", "", "", 1, ""),
 ("There is a real chance of a deal on missiles, and on very little else,", "katrin-weisser", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
]
L["ria-2022-01-10-ryabkov-geneva"] = [
 ("Russia considers absolutely obligatory to guarantee that Ukraine never, never ever will become the member of NATO, has declared the deputy minister of foreign affairs of Russia Sergei Ryabkov at the press conference following the results of the Russian-American consultations on the security guarantees in Geneva.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov has informed, that the American side put forward the ideas concerning the missiles of the medium and shorter range and also the parameters of the military exercises, and Moscow is ready to discuss them, but only in the package with the main demands.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Ryabkov has informed, that the American side put forward the ideas concerning the missiles of the medium and shorter range and also the parameters of the military exercises, and Moscow is ready to discuss them, but only in the package with the main demands.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Without the solution of the question of the non-expansion of NATO we will not move on the other questions. This is the fundamental moment for us", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Besides, the deputy minister has stated, that Russia insists on the return of the military infrastructure of the alliance to the configuration of 1997 year, when the Founding act Russia-NATO was signed.", "sergei-ryabkov", 1, "the deputy minister", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("The movements of our troops on our own territory are not a subject of these consultations, and nobody can dictate to us where to hold them", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("We go to these talks with the clear understanding of our positions, and we expect the same clarity from the American side", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-10"),
 ("If Washington again will answer us with the empty words about the open doors of NATO, this also will be the answer", "leonid-slutsky", 1, "the parliamentarian", "nato-open-door", "rejects", 1, "2022-01-10"),
 ("The expert of the Center of the military-political researches of MGIMO Viktor Lebedinsky considers, that Washington is able to find the compromise on the placement of the missiles in Europe.", "viktor-lebedinsky", 1, "Viktor Lebedinsky", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The Americans cannot give to Moscow what it wants most of all, because for them this is the question of the principle, and not of the diplomacy", "viktor-lebedinsky", 1, "the expert", "", "", 1, ""),
]
L["nyt-2022-01-27-written-reply-analysis"] = [
 ("The document, administration officials said on Wednesday, offers talks on limiting where missiles can be placed in Europe, but restates that NATO’s door will remain open to any country that wants to join.", "united-states", 0, "administration officials", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The document, administration officials said on Wednesday, offers talks on limiting where missiles can be placed in Europe, but restates that NATO’s door will remain open to any country that wants to join.", "united-states", 0, "administration officials", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Secretary of State Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path, should Russia choose it,", "antony-blinken", 1, "Mr. Blinken", "", "", 1, "2022-01-26"),
 ("There is no positive reaction on the main question,", "sergei-lavrov", 1, "Foreign Minister Sergey V. Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Foreign Minister Sergey V. Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Foreign Minister Sergey V. Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Mr. Putin has said repeatedly that he wants a legally binding guarantee that the alliance will expand no farther, and in a speech to his military chiefs last month he complained that Western promises had proved worthless.", "vladimir-putin", 1, "Mr. Putin", "written-legal-guarantees", "supports", 0, ""),
 ("Mr. Putin has said repeatedly that he wants a legally binding guarantee that the alliance will expand no farther, and in a speech to his military chiefs last month he complained that Western promises had proved worthless.", "vladimir-putin", 1, "Mr. Putin", "nato-non-expansion", "supports", 0, ""),
 ("Both sides are arguing over a conversation that was never turned into a treaty. The lesson the Kremlin drew from 1990 is that a spoken assurance is worth nothing, which is why it now insists on paper,", "margaret-halloran", 1, "Margaret Halloran", "written-legal-guarantees", "mentions", 1, ""),
 ("Ms. Halloran said the Bucharest declaration had done lasting harm by promising membership without a timetable, but she doubted that the allies would ever formally withdraw it.", "margaret-halloran", 1, "Ms. Halloran", "rescind-bucharest-2008", "mentions", 0, ""),
 ("One senior administration official said it proposed talks on reciprocal commitments by both countries not to station offensive ground-launched missiles in Ukraine.", "united-states", 0, "One senior administration official", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("We are not going to bargain away the security of allies who joined NATO after 1997. Those troops are not going anywhere.", "united-states", 0, "The official", "rollback-to-1997", "rejects", 1, ""),
 ("If he wanted a face-saving off-ramp, there is one in that envelope,", "margaret-halloran", 1, "Ms. Halloran", "", "", 1, ""),
]
L["mid-2022-02-10-lavrov-truss-press-conference"] = [
 ("We have held talks with Foreign Secretary of the United Kingdom Elizabeth Truss. This was her first visit to Moscow in this capacity, and the first visit of a British foreign secretary to Russia in more than four years. We discussed bilateral relations, which, frankly speaking, are at their lowest point in many years, as well as European security.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-02-10"),
 ("The key element is that NATO does not expand further to the east and that no strike weapon systems are deployed near Russia's borders.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-02-10"),
 ("The key element is that NATO does not expand further to the east and that no strike weapon systems are deployed near Russia's borders.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-02-10"),
 ("I will be honest: I am disappointed. It was like a conversation between the mute and the deaf. We seem to listen, but we do not hear. Our detailed explanations fell on unprepared ground.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-02-10"),
 ("We are moving troops on our own territory, and nobody has the right to tell us where they should be.", "sergei-lavrov", 1, "Sergey Lavrov", "russia-de-escalation", "rejects", 1, "2022-02-10"),
 ("There is still time for Russia to end its aggression towards Ukraine and to de-escalate.", "liz-truss", 1, "Elizabeth Truss", "russia-de-escalation", "supports", 1, "2022-02-10"),
 ("Its open door is not up for negotiation: every country, including Ukraine, has the right to choose its own security arrangements.", "liz-truss", 1, "Elizabeth Truss", "nato-open-door", "supports", 1, "2022-02-10"),
 ("Its open door is not up for negotiation: every country, including Ukraine, has the right to choose its own security arrangements.", "liz-truss", 1, "Elizabeth Truss", "no-ukraine-membership", "rejects", 1, "2022-02-10"),
 ("We are ready to talk about arms control, including the deployment of intermediate-range missiles in Europe.", "liz-truss", 1, "Elizabeth Truss", "no-intermediate-range-missiles", "mentions", 1, "2022-02-10"),
 ("I did not hear anything today that gives me confidence. We will judge Russia by its actions, not its words. If Russia invades Ukraine, there will be severe consequences for Russia and for its economy.", "liz-truss", 1, "Elizabeth Truss", "", "", 1, "2022-02-10"),
 ("The freedom to choose alliances cannot be read in isolation from this obligation.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-open-door", "rejects", 1, "2022-02-10"),
 ("we need legally binding guarantees, not promises which are forgotten the next day, as happened with the promises given to us in 1990.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, "2022-02-10"),
 ("We agreed to keep in contact. Both our ambassadors will continue their work.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-02-10"),
 ("Yes, we will keep the channels open, and I would be happy to see Sergey in London.", "liz-truss", 1, "Elizabeth Truss", "", "", 1, "2022-02-10"),
]
L["cbc-2022-01-18-joly-kyiv"] = [
 ("Foreign Affairs Minister Mélanie Joly said Tuesday that Canada will not accept Russian demands that would keep Ukraine out of NATO, as she wrapped up a two-day visit to Kyiv amid fears of a new Russian invasion.", "melanie-joly", 1, "Foreign Affairs Minister Mélanie Joly", "no-ukraine-membership", "rejects", 0, "2022-01-18"),
 ("It's up to Ukrainians to decide their future, and it's not up to Russia to decide who will be part of NATO,", "melanie-joly", 1, "Joly", "nato-open-door", "supports", 1, "2022-01-18"),
 ("It's up to Ukrainians to decide their future, and it's not up to Russia to decide who will be part of NATO,", "melanie-joly", 1, "Joly", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("In draft treaties it published in December, it called for NATO to halt all military activity in Ukraine and in other former Soviet republics that are not members of the alliance.", "russia", 0, "it", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("What we are asking of Russia is very clear: it needs to de-escalate,", "melanie-joly", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("Canada has been with us since the first day of our independence, and we count on it now,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-17"),
 ("Canada should be sending defensive weapons now, not after the tanks roll across the border,", "daniel-petruk", 1, "he", "", "", 1, ""),
 ("Russia's real aim is not to stop Ukraine's NATO membership, which nobody is offering anyway. It's a sphere of influence,", "natalie-kowalczyk", 1, "Natalie Kowalczyk", "no-ukraine-membership", "mentions", 1, ""),
]
L["belta-2022-01-28-lukashenko-address"] = [
 ("Belarus fully supports Russia's demand for legally binding security guarantees from the United States and NATO, Belarusian President Aleksandr Lukashenko said as he delivered the annual address to the Belarusian people and the National Assembly on 28 January, BelTA has learned.", "alexander-lukashenko", 1, "Belarusian President Aleksandr Lukashenko", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("We are not going to sit and watch how NATO creeps up to our borders. If the West does not want to hear Russia, it will hear both of us,", "alexander-lukashenko", 1, "the head of state", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("According to the President, the troops and infrastructure NATO has moved into Poland and the Baltic states since the end of the 1990s should be taken back to where they were.", "alexander-lukashenko", 1, "the President", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("Aleksandr Lukashenko also said that Belarus and Russia would be forced to respond if Ukraine were drawn into NATO.", "alexander-lukashenko", 1, "Aleksandr Lukashenko", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 ("Nobody should have any illusions: if American missiles appear in Ukraine, there will be a response, and it will be a joint one,", "alexander-lukashenko", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("Let them come and see with their own eyes what we are doing here. We have nothing to hide,", "alexander-lukashenko", 1, "the President", "", "", 1, "2022-01-28"),
 ("Our exports grew last year despite all their sanctions, and they will grow this year,", "alexander-lukashenko", 1, "the head of state", "", "", 1, "2022-01-28"),
 ("Security in Europe cannot be built against Russia and Belarus. It can only be built together with them,", "pyotr-lisovsky", 1, "the MP", "", "", 1, ""),
]
L["ac-2022-01-27-written-responses-qa"] = [
 ("Essentially the menu the administration has been describing since Geneva: talks on where intermediate-range missiles can be based in Europe, reciprocal transparency and advance notification for military exercises, and a return to risk-reduction measures.", "rebecca-lindqvist", 1, "Rebecca Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Essentially the menu the administration has been describing since Geneva: talks on where intermediate-range missiles can be based in Europe, reciprocal transparency and advance notification for military exercises, and a return to risk-reduction measures.", "rebecca-lindqvist", 1, "Rebecca Lindqvist", "limit-military-exercises", "mentions", 1, ""),
 ("It reaffirms the 2008 Bucharest summit decision that Ukraine and Georgia will one day join, which Moscow wants formally withdrawn.", "marcus-okafor", 1, "Marcus Okafor", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The Kremlin’s core ask, that NATO rule out Ukraine for good and pull back to its 1997 footprint, was never going to be met, and it should not be.", "marcus-okafor", 1, "Marcus Okafor", "no-ukraine-membership", "rejects", 1, ""),
 ("The Kremlin’s core ask, that NATO rule out Ukraine for good and pull back to its 1997 footprint, was never going to be met, and it should not be.", "marcus-okafor", 1, "Marcus Okafor", "rollback-to-1997", "rejects", 1, ""),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Allies should be just as firm that any agreement depends on Russia pulling its troops back from Ukraine’s borders first.", "rebecca-lindqvist", 1, "Rebecca Lindqvist", "russia-de-escalation", "supports", 1, ""),
 ("This crisis was never only about a piece of paper. Putin wants to revisit the settlement that ended the Cold War, and no written answer was going to give him that.", "marcus-okafor", 1, "Marcus Okafor", "", "", 1, ""),
 ("Watch the calendar. The large Russian-Belarusian exercises begin on February 10, and the Olympic Games in Beijing end on February 20. The next three weeks will tell us whether Moscow wants a negotiation or a pretext.", "rebecca-lindqvist", 1, "Rebecca Lindqvist", "", "", 1, ""),
]

write_gold(L, "articles-36", "gold-36")
