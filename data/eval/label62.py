#!/usr/bin/env python3
"""Writes the held-out gold of batch 62 (gold-62/*.nq) from the labels below.

Batch 62 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the
  Geneva talks, front matter, straight quotes, byline and dateline, a role
  ("the deputy foreign minister") and pronouns as speakers, a demand put in
  Moscow's mouth inside Sherman's sentence, the 17 December drafts, Bucharest
  2008 as background, an anonymous diplomat.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council, no front matter (date in the text), speaker
  labels, journalists' questions that mention demands, a moderator.
- interfax-2022-01-17-grushko-interview: Interfax Q/A interview with Alexander
  Grushko, front matter, questions and answers both opened by a dash.
- france24-2022-01-14-lavrov-osce-vienna: France 24 / AFP report, no front
  matter ("Issued on: 14/01/2022"), « » quotes, a quotation split by "he
  said", a photo caption, a crosshead, a link line, a demand attributed to
  Moscow in passing, an invented analyst, Baker 1990 as background.
- whitehouse-2022-01-26-psaki-briefing: White House press briefing transcript
  ("MS. PSAKI:", "Q"), no front matter.
- up-2022-01-27-kuleba-written-answers: Ukrainska Pravda in machine-translated
  English, UTF-8 BOM and CRLF line ends, „ “ quotes closed by "– said X",
  passive attribution ("As was stated by"), "according to the minister",
  Bucharest 2008 and the Founding Act as background, a link line.
- economist-2022-02-03-what-is-on-the-table: The Economist analysis with
  curly quotes, standfirst, invented experts ("says X", "according to Ms X"),
  two speakers in one sentence, words quoted from the leaked US document and
  from the 1990/1997/2008 history (not labelled), fragments of five words.

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
its evidence by a unique substring of the article; goldlib only turns it into
code-point offsets (into the whole file, BOM and front matter included) and
N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
SHER_OFFER = "She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, ideas she said Moscow had itself put forward."
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it needed a cast-iron guarantee that Ukraine would never join NATO, as nearly eight hours of talks in Geneva ended without a breakthrough and with each side accusing the other of failing to grasp its concerns.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("The deputy foreign minister said Moscow would accept nothing less than guarantees that were written down and legally binding, rather than the political assurances it said the West had given and broken in the past.", "sergei-ryabkov", 1, "The deputy foreign minister", "written-legal-guarantees", "supports", 0, D),
 ("The American side showed a serious approach, but our differences are on fundamental matters,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Ryabkov said Russia had no intention of attacking Ukraine, but he rejected any suggestion that the troops massed in western Russia, estimated by Western governments at about 100,000, should be sent back to their bases.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We are on our own territory and we will not be told where to keep our forces,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("firmly pushed back on proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SHER_OFFER, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (SHER_OFFER, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 (SHER_OFFER, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (SHER_OFFER, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("It was a frank and forthright discussion, a better understanding of each other and of each other's priorities,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("Sherman said she had also stressed the importance of restoring regular contacts between the two countries' militaries, which she said would lower the risk of an accident in the air or at sea turning into a crisis.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 0, D),
 ("Moscow's draft treaties, published on Dec. 17, would also require NATO to withdraw forces and weapons from the countries that joined the alliance after 1997, including Poland, Romania and the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

D = "2022-01-12"
JS = "Jens Stoltenberg"
S3 = "Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, including Ukraine, and NATO's right to protect and defend all Allies. It is only Ukraine and the 30 NATO Allies that decide when Ukraine is ready to join. Russia does not have a veto."
S5 = "At the same time, Allies are ready to sit down again to discuss arms control and disarmament, including on intermediate-range missiles, and greater transparency on exercises on a reciprocal basis. We also proposed to reopen our respective offices in Moscow and Brussels and to re-establish military channels of communication, to reduce the risk of incidents and accidents."
A1 = "No. A legally binding ban on further enlargement is not something NATO Allies will sign, whether it is written in a treaty or anywhere else. It would violate the very principles Russia itself has signed up to, in the Helsinki Final Act and in the Charter of Paris."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council, the first in more than two years. It was a very serious and direct exchange, and not an easy one. Allies and Russia have significant differences, and those differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 (S3, "jens-stoltenberg", 1, JS, "nato-open-door", "supports", 1, D),
 (S3, "jens-stoltenberg", 1, JS, "no-ukraine-membership", "rejects", 1, D),
 ("Nor will we accept the idea of first- and second-class members. Allies that joined after 1997 have exactly the same right to our protection as every other Ally, and NATO will not withdraw its presence from the eastern part of the Alliance.", "jens-stoltenberg", 1, JS, "rollback-to-1997", "rejects", 1, D),
 (S5, "jens-stoltenberg", 1, JS, "no-intermediate-range-missiles", "mentions", 1, D),
 (S5, "jens-stoltenberg", 1, JS, "limit-military-exercises", "mentions", 1, D),
 (S5, "jens-stoltenberg", 1, JS, "resume-military-dialogue", "supports", 1, D),
 ("We call on Russia to de-escalate and to pull back its forces from Ukraine's borders. The build-up continues, and the risk of a new armed conflict in Europe is real.", "jens-stoltenberg", 1, JS, "russia-de-escalation", "supports", 1, D),
 (A1, "jens-stoltenberg", 1, JS, "nato-non-expansion", "rejects", 1, D),
 (A1, "jens-stoltenberg", 1, JS, "written-legal-guarantees", "rejects", 1, D),
 ("Our partnership with Ukraine and with Georgia is a matter for NATO and for those two sovereign nations. Training, exercises and support will continue, and that is not for Moscow to decide.", "jens-stoltenberg", 1, JS, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("There was no agreement on a new meeting and no timeline was set. But Allies are ready to meet again, and I made that very clear to Deputy Foreign Minister Grushko and Deputy Defence Minister Fomin.", "jens-stoltenberg", 1, JS, "", "", 1, D),
 ("NATO Allies will continue to sail and to fly wherever international law allows, including in the Black Sea and in the Baltic. That is not up for negotiation.", "jens-stoltenberg", 1, JS, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("The Founding Act was agreed in a very different security environment, and it was Russia that broke its commitments, in Georgia in 2008 and in Ukraine in 2014. What we have done since then is defensive, it is proportionate and it is fully in line with our international obligations.", "jens-stoltenberg", 1, JS, "", "", 1, D),
]

D = "2022-01-17"
AG = "Alexander Grushko"
G1 = "The main conclusion is that NATO is not ready to take our proposals as a package. They want to pick out what is convenient for them – arms control, transparency, risk reduction – and set aside the key issues. For us the key issue is clear: NATO must stop its eastward expansion, and this must be fixed in a legally binding form, not in declarations."
G6 = "We reject any preconditions. Russian troops are on Russian territory, and demanding that we pull them back as a condition for talks is unacceptable. We are ready to continue the dialogue, but without preconditions and without ultimatums."
L["interfax-2022-01-17-grushko-interview"] = [
 (G1, "alexander-grushko", 1, AG, "nato-non-expansion", "supports", 1, D),
 (G1, "alexander-grushko", 1, AG, "written-legal-guarantees", "supports", 1, D),
 ("The so-called open-door policy is not a principle of international law, it is a decision of the alliance itself, and the alliance itself can change it. The freedom to choose alliances cannot be exercised at the expense of the security of others. All OSCE states signed this in Istanbul in 1999 and in Astana in 2010.", "alexander-grushko", 1, AG, "nato-open-door", "rejects", 1, D),
 ("The Bucharest formula, that Ukraine and Georgia will become members of NATO, must be disavowed. As long as it stands, Kiev treats it as a promise, and we have no choice but to treat it as a threat.", "alexander-grushko", 1, AG, "rescind-bucharest-2008", "supports", 1, D),
 ("We propose to return to the configuration that existed when the Founding Act was signed. NATO should not have forces and weapons on the territory of the states that joined after that date, beyond what was there at the time. This is not an ultimatum, this is a basis for negotiations.", "alexander-grushko", 1, AG, "rollback-to-1997", "supports", 1, D),
 ("Military channels make sense when there is something to discuss. NATO itself cut them, and reopening offices will not change anything while the alliance deploys battlegroups and flies reconnaissance missions along our borders. At this stage we see no point in it.", "alexander-grushko", 1, AG, "resume-military-dialogue", "rejects", 1, D),
 (G6, "alexander-grushko", 1, AG, "no-preconditions", "supports", 1, D),
 (G6, "alexander-grushko", 1, AG, "russia-de-escalation", "rejects", 1, D),
 ("We will wait for a concrete response, article by article. If there is none, we will ensure our security by other means, including military-technical ones. Nobody should have any doubts about that.", "alexander-grushko", 1, AG, "", "", 1, D),
]

D = "2022-01-14"
L["france24-2022-01-14-lavrov-osce-vienna"] = [
 ("Russian Foreign Minister Sergei Lavrov said on Friday that Moscow would not let the West drag out talks and needed a firm guarantee that NATO would not move any further east, as a week of diplomacy in Geneva, Brussels and Vienna ended without a breakthrough.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("We have run out of patience. The West has been leading us by the nose for years,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The key to everything is the guarantee that NATO will not expand eastward,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("and that the alliance will not deploy strike weapons systems near our borders that threaten our territory.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The minister dismissed the Western argument that every state is free to choose its alliances, saying the same OSCE documents obliged countries not to strengthen their own security at the expense of others.", "sergei-lavrov", 1, "The minister", "nato-open-door", "rejects", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE could host a renewed dialogue on European security, including on advance notice and limits for large military exercises, and urged all 57 participating states to make use of it.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington would not accept limits on where its ships and aircraft could operate in international waters and airspace, despite Moscow's demand that US warships and bombers stay out of range of Russian territory.", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-13"),
 ("Carpenter said Washington would not accept limits on where its ships and aircraft could operate in international waters and airspace, despite Moscow's demand that US warships and bombers stay out of range of Russian territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("He also said the United States was open to discussing a return to regular contacts between Russian and American military commanders, «on a reciprocal basis».", "michael-carpenter", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("In an interview with France Inter radio on Friday, French Foreign Minister Jean-Yves Le Drian said it was «not for Russia to decide» who joins NATO and warned that Europe would not be a «spectator» in talks on its own security.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 0, D),
 ("A return to the map of 1997 is on the table, and nobody in Warsaw or Vilnius will ever accept it,", "pascal-bonnefoy", 1, "Pascal Bonnefoy", "rollback-to-1997", "mentions", 1, ""),
 ("The question is whether the Americans can offer enough elsewhere to let Moscow save face.", "pascal-bonnefoy", 1, "Pascal Bonnefoy", "", "", 1, ""),
]

D = "2022-01-26"
P3 = "That's a decision for Ukraine and the 30 NATO Allies. It's not a decision for Moscow, and it never will be."
P4 = "What the document does is lay out a serious diplomatic path. We're prepared to talk about reciprocal transparency measures, about the placement of offensive missile systems in Ukraine, and about conditions for exercises in Europe -- all on the basis of reciprocity."
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Good afternoon. A couple of items for you at the top. As you all know, our ambassador in Moscow delivered the United States' written response to the Russian Foreign Ministry earlier today, and NATO is delivering its own response in parallel. Secretary Blinken will speak to it in more detail from the State Department shortly.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("We're not going to release the document; we think diplomacy has the best chance of success when it happens in private. But I can tell you that the principles haven't changed. The open-door policy is not up for negotiation, and no country gets to veto another country's choice of alliances.", "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 (P3, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, D),
 (P3, "jen-psaki", 1, "Psaki", "no-ukraine-membership", "rejects", 1, D),
 (P4, "jen-psaki", 1, "Psaki", "no-strike-weapons-near-borders", "mentions", 1, D),
 (P4, "jen-psaki", 1, "Psaki", "limit-military-exercises", "mentions", 1, D),
 ("No. We are not going to pull back our forces from the eastern flank. In fact, the Secretary of Defense has put 8,500 troops on heightened alert so that we can reinforce our Allies there if needed.", "jen-psaki", 1, "Psaki", "rollback-to-1997", "rejects", 1, D),
 ("Look, the ball is in their court. If Russia is serious about diplomacy, the way to show it is to de-escalate and move those forces back from Ukraine's border, not to keep adding to them.", "jen-psaki", 1, "Psaki", "russia-de-escalation", "supports", 1, D),
 ("They should take the time they need to read it. In the meantime, we'll keep coordinating very closely with our European partners and with President Zelensky's team.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("I don't have a call to read out for you. But we've long believed that channels between our militaries should stay open, and the proposals we've made include risk reduction and military-to-military communication.", "jen-psaki", 1, "Psaki", "resume-military-dialogue", "supports", 1, D),
 ("He said yesterday that it's something he would consider, and that hasn't changed. I'm not going to get ahead of the President on that.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("We've had hundreds of engagements with our European partners over the last several weeks, and the response reflects their input. Nothing about Europe without Europe.", "jen-psaki", 1, "Psaki", "", "", 1, D),
 ("I'd point you to the State Department for the specifics, but as you know, we authorized the voluntary departure of some staff and ordered family members to leave on Sunday. The security of Americans is our top priority, and we will keep that under review.", "jen-psaki", 1, "Psaki", "", "", 1, D),
]

D = "2022-01-27"
K2 = "We will not negotiate under the gun. First Russia must withdraw its troops from our borders, and only then we speak"
LV = "The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of the Russian Federation"
L["up-2022-01-27-kuleba-written-answers"] = [
 ("The open door policy of NATO remains in force, and this is the main result for us", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("According to the minister, Ukraine will not refuse the joint exercises and training missions with the partners on its territory, regardless of what demands Moscow puts forward.", "dmytro-kuleba", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 0, D),
 (K2, "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, D),
 (K2, "dmytro-kuleba", 1, "he", "no-preconditions", "rejects", 1, D),
 ("We are strong enough to keep everything under control and to derail any attempts at destabilisation", "volodymyr-zelensky", 1, "the head of state", "", "", 1, "2022-01-26"),
 ("no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The press secretary of the president of Russia Dmitry Peskov on Thursday said, that the Kremlin will not hurry with the conclusions, and that the Russian troops will stay there, where the Supreme Commander considers necessary.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("As was stated by the official representative of MFA of Russia Maria Zakharova on the briefing on Thursday, the West must stop to „pump Ukraine with weapons“ and to send there the military instructors.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, D),
 ("The Minister of Foreign Affairs of Georgia David Zalkaliani has declared, that the decision of the Bucharest summit of 2008 about the future membership of Georgia remains in force and cannot be cancelled on the demand of the third country.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, ""),
 ("The West asks the Kremlin to withdraw the troops, the Kremlin asks the West for the guarantees, and both sides know that nobody will give what is asked", "taras-voloshyn", 1, "Taras Voloshyn", "russia-de-escalation", "mentions", 1, ""),
]

D = "2022-02-01"
PUT = "We did not see an adequate consideration of our three key demands: preventing NATO’s expansion, refusing to deploy strike weapons systems near Russia’s borders, and returning the bloc’s military infrastructure in Europe to the state of 1997."
VEL = "The real demand, she argues, was a written, legally binding pledge that the alliance would stop growing—something no American Senate would ratify."
PRE = "Whether talks can continue without preconditions, as Moscow insists, is the question for February, according to Ms Velikanova."
BALT = "In Vilnius on Tuesday, Gabrielius Landsbergis, Lithuania’s foreign minister, and Eva-Maria Liimets, his Estonian counterpart, said their countries would never accept limits on allied exercises on their own soil."
RAV = "What is being asked of the West is a Ukraine that can never join NATO, a Bucharest promise formally withdrawn and no Western trainers anywhere in the former Soviet Union,"
L["economist-2022-02-03-what-is-on-the-table"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, D),
 (PUT, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, D),
 (PUT, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, D),
 (PUT, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, D),
 ("a serious diplomatic path, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("On paper the Americans have offered the Kremlin more than it has had in twenty years, but none of it is what Moscow actually asked for,", "irina-velikanova", 1, "Irina Velikanova", "", "", 1, ""),
 (VEL, "irina-velikanova", 1, "she", "written-legal-guarantees", "mentions", 0, ""),
 (VEL, "irina-velikanova", 1, "she", "nato-non-expansion", "mentions", 0, ""),
 (PRE, "irina-velikanova", 1, "Velikanova", "no-preconditions", "mentions", 0, ""),
 (PRE, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("The naval clause, keeping warships and bombers out of each other’s striking distance, is the one part of the Russian package that Washington could actually negotiate,", "irina-velikanova", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (BALT, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, D),
 (BALT, "eva-maria-liimets", 1, "Eva-Maria Liimets", "limit-military-exercises", "rejects", 0, D),
 ("A ban on American intermediate-range missiles in Europe, while Russia keeps its own 9M729s pointed at us, would be a gift to Moscow,", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Whether offensive systems are stationed on Polish soil is for Warsaw and the alliance to decide, not the Kremlin.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 1, ""),
 (RAV, "thomas-ravenhill", 1, "Thomas Ravenhill", "no-ukraine-membership", "mentions", 1, ""),
 (RAV, "thomas-ravenhill", 1, "Thomas Ravenhill", "rescind-bucharest-2008", "mentions", 1, ""),
 (RAV, "thomas-ravenhill", 1, "Thomas Ravenhill", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The open door is the one thing Washington cannot trade, and the Russians know it.", "thomas-ravenhill", 1, "Thomas Ravenhill", "nato-open-door", "mentions", 1, ""),
]

write_gold(L, "articles-62", "gold-62")
