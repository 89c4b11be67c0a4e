#!/usr/bin/env python3
"""Writes the fortieth held-out gold (gold-40/*.nq) from the labels below.

Batch 40 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its outlets are mainly Central/Eastern European and Asian, plus one
transcript:

- pap-2022-01-13-rau-osce-vienna: PAP wire (front matter, straight quotes):
  Rau at the OSCE Permanent Council, Lukashevich, Carpenter, Blaszczak in
  Warsaw the day before (quotation split by "X said"), an invented analyst;
  a passing "Moscow's demand that ..." inside Rau's sentence; the 1999
  Istanbul Charter quoted as a document (not labelled).
- kyodo-2022-01-11-japan-geneva-talks: Kyodo wire without front matter: the
  Japanese angle on the Geneva talks; a speaker named only by role in the
  lede ("Japan's top government spokesman"), two speakers in one sentence,
  Ryabkov's split quotation, a refusal to comment asked about a demand, an
  invented scholar, short quotations ("non-starters", "frank") left out.
- izvestia-2022-01-15-grushko-interview: Izvestia Q&A with Grushko, in
  translated English (front matter, « » marks, dash-led questions and
  answers, answers given "on Friday"); a reference box quoting the draft
  agreement (not labelled).
- thehindu-2022-01-29-long-winter-european-security: The Hindu op-ed: Blinken,
  Stoltenberg (a quotation inside a reported sentence), Lavrov, Peskov,
  invented Indian experts, the MEA spokesperson; history (Baker 1990, 1997,
  Bucharest 2008) not labelled; the author's own prose not labelled.
- mzv-2022-02-03-lipavsky-kuleba-kyiv: Czech MFA transcript of a joint press
  conference in Kyiv (UTF-8 BOM, CRLF, speaker labels "Minister Lipavský:",
  moderator and journalists' questions not labelled).
- aa-2022-01-27-turkey-ready-to-host-talks: Anadolu wire (front matter):
  Cavusoglu, Lavrov, Peskov, Ryabkov, an invented Turkish researcher; the
  1936 Montreux Convention as background.
- belsat-2022-01-26-live-written-answers: Belsat live blog without front
  matter, newest entry first, „ ” marks: the Russian draft treaties of 17
  December reported in the intro, Lukashenko, Tsikhanouskaya, Baltic
  ministers (two speakers in one sentence), Zakharova, Kuleba, Blinken,
  Stoltenberg, an invented analyst; photo caption and link line not labelled.

Conventions: one label per (speaker, demand) a passage expresses; direct
quotations are the words between the marks (punctuation inside kept), a
quotation interrupted by "X said" is two spans, one running over two
sentences is one span; in Q&A and transcripts each paragraph of an answer is
one direct quotation (without dash or speaker label), questions and the
moderator get no label; reported speech is the whole sentence (dateline
excluded), direct 0; stance by the speaker's own position, "mentions" when
the speaker only reports a demand, asks about it or offers to discuss it;
each direct quotation of six or more words about no demand gets one
demand-less label, reported speech about no demand or about unspecified
demands none; history, document wording, headlines, standfirsts, crossheads,
captions and link lines are not labelled; a demand attributed in passing to
Moscow inside another speaker's sentence is also Russia's label (undated when
no day is given); speaker name = the words naming the speaker at that point,
pronouns as written, titles dropped; dates are the day the words were said,
resolved against the publication date, "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau said every participating state had the right to choose its own security arrangements, including treaties of alliance, and that this principle could not become the subject of bargaining between great powers.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The OSCE was built for moments like this one, and it must be used, not bypassed,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("The Polish minister, whose country joined NATO in 1999, also rejected Moscow's demand that the alliance pull its forces and weapons back from the members that joined after 1997.", "zbigniew-rau", 1, "The Polish minister", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("The Polish minister, whose country joined NATO in 1999, also rejected Moscow's demand that the alliance pull its forces and weapons back from the members that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Rau told journalists after the session that the Polish chairmanship would not endorse any arrangement that froze NATO's borders where they stand today.", "zbigniew-rau", 1, "Rau", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("We need legally binding guarantees, not another set of declarations that the West will interpret as it pleases,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("He said there would be no basis for an agreement without a halt to NATO's eastward expansion and a firm commitment that Ukraine would never be admitted to the alliance.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("He said there would be no basis for an agreement without a halt to NATO's eastward expansion and a firm commitment that Ukraine would never be admitted to the alliance.", "alexander-lukashevich", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("The call for NATO to stop holding large exercises close to Russia's borders was also repeated by the Russian envoy, who described allied drills in the Baltic and Black Sea regions as \"provocative and destabilising.\"", "alexander-lukashevich", 1, "the Russian envoy", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington was prepared to discuss reciprocal limits on the size and scope of military exercises, along with other transparency measures, provided that any such steps were agreed with the allies.", "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Keeping American ships out of the Black Sea is a non-starter. They will keep sailing in international waters, as they have for decades,", "michael-carpenter", 1, "Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("The American and allied soldiers who serve in Poland are staying here,", "mariusz-blaszczak", 1, "Błaszczak", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Talk of pulling them back to the lines of 1997 is pure fantasy.", "mariusz-blaszczak", 1, "Błaszczak", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Poland does not need anyone's permission to decide which weapons stand on Polish soil,", "mariusz-blaszczak", 1, "the minister", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("A missile deal that ties our hands while the Iskanders stay in Kaliningrad is out of the question,", "mariusz-blaszczak", 1, "Błaszczak", "no-intermediate-range-missiles", "rejects", 1, "2022-01-12"),
 ("A signature that rolls NATO back to 1997 and keeps Ukraine out of it for ever is not something anyone can deliver. Nobody in Vienna, Brussels or Geneva is in a position to sign that,", "tomasz-gralewicz", 1, "Gralewicz", "rollback-to-1997", "mentions", 1, ""),
 ("A signature that rolls NATO back to 1997 and keeps Ukraine out of it for ever is not something anyone can deliver. Nobody in Vienna, Brussels or Geneva is in a position to sign that,", "tomasz-gralewicz", 1, "Gralewicz", "no-ukraine-membership", "mentions", 1, ""),
]
L["kyodo-2022-01-11-japan-geneva-talks"] = [
 ("Japan's top government spokesman on Tuesday called on Russia to pull back the troops it has massed near Ukraine, a day after senior U.S. and Russian diplomats held nearly eight hours of talks in Geneva without bridging their differences over Moscow's push for security guarantees.", "hirokazu-matsuno", 1, "Japan's top government spokesman", "russia-de-escalation", "supports", 0, "2022-01-11"),
 ("We are watching the situation surrounding Ukraine with serious concern,", "hirokazu-matsuno", 1, "Hirokazu Matsuno", "", "", 1, "2022-01-11"),
 ("Asked about Moscow's demand that NATO rule out any further expansion to the east, Matsuno said Japan was not in a position to comment on the content of negotiations between other countries.", "hirokazu-matsuno", 1, "Matsuno", "nato-non-expansion", "mentions", 0, "2022-01-11"),
 ("Asked about Moscow's demand that NATO rule out any further expansion to the east, Matsuno said Japan was not in a position to comment on the content of negotiations between other countries.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("changing the status quo by force is unacceptable in any region,", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "", "", 1, "2022-01-11"),
 ("Hayashi and Matsuno both urged Moscow to reduce its military presence along the Ukrainian border and to resolve the standoff through diplomacy.", "yoshimasa-hayashi", 1, "Hayashi", "russia-de-escalation", "supports", 0, "2022-01-11"),
 ("Hayashi and Matsuno both urged Moscow to reduce its military presence along the Ukrainian border and to resolve the standoff through diplomacy.", "hirokazu-matsuno", 1, "Matsuno", "russia-de-escalation", "supports", 0, "2022-01-11"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was open to discussing the future deployment of certain missile systems in Europe, an idea she said could be explored in a way that served the security of both sides.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman added that Russia could prove its stated lack of intent to invade Ukraine by pulling its forces back from the border and returning them to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov also rejected calls for Moscow to withdraw its troops, saying Russia was free to move forces on its own territory and had no plans to attack its neighbor.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("If Washington and Moscow agree to keep intermediate-range missiles out of Europe, Japan has to make sure those missiles are not simply moved to the Far East,", "kazuhiro-onodera", 1, "Kazuhiro Onodera", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Onodera noted that Moscow's call for U.S. warships and strategic bombers to stay out of areas from which they could strike Russian territory would, if it were ever applied in the Pacific, reach deep into the Sea of Japan.", "kazuhiro-onodera", 1, "Onodera", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Onodera noted that Moscow's call for U.S. warships and strategic bombers to stay out of areas from which they could strike Russian territory would, if it were ever applied in the Pacific, reach deep into the Sea of Japan.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("a package, not a menu from which the West can pick the dishes it likes.", "mikhail-galuzin", 1, "Mikhail Galuzin", "", "", 1, ""),
]
G = ("alexander-grushko", 1, "Alexander Grushko")
D14 = "2022-01-14"
L["izvestia-2022-01-15-grushko-interview"] = [
 ("The conversation was frank and direct, at times harsh. We set out our proposals in detail, point by point. Our NATO colleagues listened attentively, but I cannot say that they heard us.", *G, "", "", 1, D14),
 ("The main thing for us is a legally binding guarantee that the alliance will not advance further to the east. Without this there is simply no subject for conversation.", *G, "nato-non-expansion", "supports", 1, D14),
 ("The main thing for us is a legally binding guarantee that the alliance will not advance further to the east. Without this there is simply no subject for conversation.", *G, "written-legal-guarantees", "supports", 1, D14),
 ("The so-called open-door policy is not a sacred cow. Nowhere in the Washington Treaty is it written that the alliance is obliged to accept everyone who knocks. It is a political decision of the member states, and by a political decision it can be changed.", *G, "nato-open-door", "rejects", 1, D14),
 ("And the decision of the Bucharest summit, where Ukraine and Georgia were promised membership, must be disavowed. While it stands, it remains a permanent invitation to conflict.", *G, "rescind-bucharest-2008", "supports", 1, D14),
 ("Our proposal that intermediate- and shorter-range missiles must not be deployed where they can strike the territory of the other side remains on the table. But we need not a moratorium, but guarantees: a moratorium can be cancelled with one tweet.", *G, "no-intermediate-range-missiles", "supports", 1, D14),
 ("Our proposal that intermediate- and shorter-range missiles must not be deployed where they can strike the territory of the other side remains on the table. But we need not a moratorium, but guarantees: a moratorium can be cancelled with one tweet.", *G, "written-legal-guarantees", "supports", 1, D14),
 ("If somebody thinks that we will take this one piece and forget about the rest, he is mistaken. It is a package.", *G, "", "", 1, D14),
 ("The channels of military communication with NATO were practically frozen, and it was the alliance that froze them. I do not see sense in restoring them for show while NATO treats us as an adversary and builds all its planning against us.", *G, "resume-military-dialogue", "rejects", 1, D14),
 ("We propose to return to the configuration of 1997, when the Founding Act was signed. Forces and infrastructure that appeared after that on the territory of the new members must be withdrawn.", *G, "rollback-to-1997", "supports", 1, D14),
 ("We need also a ban on the deployment of strike weapons near our borders and a limitation of exercises above brigade level in agreed zones along the line of contact. These are not whims, this is the minimum of our security.", *G, "no-strike-weapons-near-borders", "supports", 1, D14),
 ("We need also a ban on the deployment of strike weapons near our borders and a limitation of exercises above brigade level in agreed zones along the line of contact. These are not whims, this is the minimum of our security.", *G, "limit-military-exercises", "supports", 1, D14),
 ("And NATO must stop the military development of the territory of Ukraine: instructors, deliveries of weapons, training centres.", *G, "no-military-activity-ex-soviet", "supports", 1, D14),
 ("Then we will restore the balance by military-technical means. This is not a threat, it is a statement of fact. We have our options, and our colleagues know them well.", *G, "", "", 1, D14),
 ("We are ready for talks at any level and without any preconditions, but not for endless talks for the sake of talks. Time here is not working in favour of the West.", *G, "no-preconditions", "supports", 1, D14),
 ("There is no date. Everything depends on what we will receive on paper.", *G, "", "", 1, D14),
]
L["thehindu-2022-01-29-long-winter-european-security"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said the United States would not agree to any arrangement that halted NATO’s enlargement, but that it was ready to work on arms control and on transparency.", "antony-blinken", 1, "He", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("will not compromise on the right of each nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("In Brussels the same day, NATO Secretary-General Jens Stoltenberg said the alliance “will not compromise on the right of each nation to choose its own path”, but offered to re-establish the NATO and Russian missions in Moscow and Brussels and to make fuller use of military-to-military channels.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("there is a reaction which allows us to count on the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("It cannot be said that our views were taken into account,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("Turning the clock back to 1997 is what is being asked, and Washington cannot deliver that without dismantling NATO’s entire eastern flank,", "nandita-raghavachari", 1, "Nandita Raghavachari", "rollback-to-1997", "mentions", 1, ""),
 ("Raghavachari noted that Moscow also wants NATO to formally disown the Bucharest pledge, something that would require a consensus of thirty allies that does not exist.", "nandita-raghavachari", 1, "Raghavachari", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Raghavachari noted that Moscow also wants NATO to formally disown the Bucharest pledge, something that would require a consensus of thirty allies that does not exist.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Each side wants the other to move first: the troops back from the border, or the guarantees on paper. That is the whole deadlock,", "nandita-raghavachari", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("Each side wants the other to move first: the troops back from the border, or the guarantees on paper. That is the whole deadlock,", "nandita-raghavachari", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("The American reply did offer something real, talks on missile deployments and on military hotlines. It would be unwise to dismiss it,", "siddharth-venkataraman", 1, "Siddharth Venkataraman", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The American reply did offer something real, talks on missile deployments and on military hotlines. It would be unwise to dismiss it,", "siddharth-venkataraman", 1, "Siddharth Venkataraman", "resume-military-dialogue", "mentions", 1, ""),
 ("For India, the lesson is that a Russia pushed into a corner by the West leans further towards China, and that is not in our interest,", "siddharth-venkataraman", 1, "Venkataraman", "", "", 1, ""),
 ("We believe that the issue can only be resolved through diplomatic dialogue,", "arindam-bagchi", 1, "he", "", "", 1, "2022-01-27"),
]
LI = ("jan-lipavsky", 1, "Lipavský")
KU = ("dmytro-kuleba", 1, "Kuleba")
D3 = "2022-02-03"
L["mzv-2022-02-03-lipavsky-kuleba-kyiv"] = [
 ("Thank you, Dmytro, for the warm welcome. I came to Kyiv less than two months after taking office because I wanted to say in person that the Czech Republic stands with Ukraine.", *LI, "", "", 1, D3),
 ("Russia must pull back the troops it has concentrated along Ukraine's borders and in Belarus. More than a hundred thousand soldiers with tanks and artillery are not a negotiating position, they are a threat, and they must go.", *LI, "russia-de-escalation", "supports", 1, D3),
 ("Every sovereign state has the right to choose its alliances. My country made that choice freely in 1999, and nobody in Moscow has a right to question it today.", *LI, "nato-open-door", "supports", 1, D3),
 ("The Czech Republic has sent artillery ammunition to Ukraine, and we are ready to do more. Helping a partner to defend itself is not escalation, and we will not ask the Kremlin for permission to do it.", *LI, "no-military-activity-ex-soviet", "rejects", 1, D3),
 ("Thank you, Jan. Ukraine is grateful to the Czech Republic for its principled position and for the ammunition, which arrived exactly when it was needed.", *KU, "", "", 1, D3),
 ("Ukraine will not accept any decisions about us without us. No treaty between Moscow and Washington and no paper signed in Brussels will decide whether Ukraine joins NATO. That decision belongs to Ukraine and the thirty allies.", *KU, "no-ukraine-membership", "rejects", 1, D3),
 ("Ukraine will not accept any decisions about us without us. No treaty between Moscow and Washington and no paper signed in Brussels will decide whether Ukraine joins NATO. That decision belongs to Ukraine and the thirty allies.", *KU, "nato-open-door", "supports", 1, D3),
 ("Our cooperation with the United States, Britain, Canada, the Czech Republic and other partners, including the instructors and the weapons, is our sovereign business. Russia will not dictate to us who trains our soldiers.", *KU, "no-military-activity-ex-soviet", "rejects", 1, D3),
 ("There is nothing to negotiate about allied forces on allied territory. The idea that NATO should pull back to where it stood in 1997 is unacceptable and, frankly, absurd.", *LI, "rollback-to-1997", "rejects", 1, D3),
 ("As for legally binding guarantees, no Czech government will put its signature under a treaty written in Moscow for others to sign. We are ready to talk about arms control, transparency and risk reduction, and the allies said so in their reply.", *LI, "written-legal-guarantees", "rejects", 1, D3),
 ("I expect Russia to choose diplomacy and to pull its forces back from our borders. Until that happens, nobody should be deceived by words about peaceful intentions.", *KU, "russia-de-escalation", "supports", 1, D3),
 ("As for Bucharest, the decision of 2008 is not Russia's to annul. It was taken by the allies, and only the allies can speak about it.", *KU, "rescind-bucharest-2008", "rejects", 1, D3),
]
L["aa-2022-01-27-turkey-ready-to-host-talks"] = [
 ("Turkey is ready to do its part to bring the sides together, and we are ready to host talks in Istanbul or Ankara without preconditions,", "mevlut-cavusoglu", 1, "Cavusoglu", "no-preconditions", "supports", 1, "2022-01-27"),
 ("Cavusoglu said NATO's open-door policy was \"not up for bargaining,\" but added that Russia's security concerns should also be addressed through dialogue.", "mevlut-cavusoglu", 1, "Cavusoglu", "nato-open-door", "supports", 0, "2022-01-27"),
 ("We do not want war in our region. A war between Russia and Ukraine would be a disaster for everyone, including Turkey,", "mevlut-cavusoglu", 1, "he", "", "", 1, "2022-01-27"),
 ("Earlier on Thursday, Russian Foreign Minister Sergey Lavrov said the US response contained no positive answer on \"the main question,\" which he described as the inadmissibility of NATO's further expansion to the east and of the deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Earlier on Thursday, Russian Foreign Minister Sergey Lavrov said the US response contained no positive answer on \"the main question,\" which he described as the inadmissibility of NATO's further expansion to the east and of the deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("There is little reason for optimism, but there is always a prospect for continuing dialogue,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Peskov also rejected calls for Russia to withdraw its troops from areas near the Ukrainian border, insisting that the movement of Russian forces on Russian territory \"is nobody's business.\"", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Deputy Foreign Minister Sergey Ryabkov on Wednesday insisted that US warships and strategic bombers keep out of areas from which they could strike Russian territory, calling this \"a requirement, not a wish.\"", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-26"),
 ("Both sides say they want talks without preconditions, but each of them keeps a precondition in its pocket,", "emre-tuncdemir", 1, "Emre Tuncdemir", "no-preconditions", "mentions", 1, ""),
 ("Tuncdemir said the question of NATO's open door would dominate any talks hosted by Turkey, since it was the one point on which neither side had shown any flexibility so far.", "emre-tuncdemir", 1, "Tuncdemir", "nato-open-door", "mentions", 0, ""),
]
L["belsat-2022-01-26-live-written-answers"] = [
 ("In the draft treaties it published on 17 December, Moscow demanded that NATO rule out membership for Ukraine and pull its forces back to the positions of 1997.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("In the draft treaties it published on 17 December, Moscow demanded that NATO rule out membership for Ukraine and pull its forces back to the positions of 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("There is no point negotiating while Russian troops stand massed at Ukraine's border. First the troops go back, then we talk,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("There is no point negotiating while Russian troops stand massed at Ukraine's border. First the troops go back, then we talk,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("An end to all Western military cooperation with Ukraine and Georgia is the real demand here, and Belarus is the stage on which it is being made,", "uladzimir-marozau", 1, "Uladzimir Marozau", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Estonian counterpart Eva-Maria Liimets said on Thursday that any discussion of pulling NATO forces out of the Baltic states was out of the question.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Latvian Foreign Minister Edgars Rinkēvičs and his Estonian counterpart Eva-Maria Liimets said on Thursday that any discussion of pulling NATO forces out of the Baltic states was out of the question.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Russian Foreign Ministry spokeswoman Maria Zakharova said late on Wednesday that Moscow would not settle for a moratorium in place of a legally binding guarantee.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, "2022-01-26"),
 ("Brussels and Washington are trying to wrap a refusal in beautiful packaging,", "maria-zakharova", 1, "she", "", "", 1, "2022-01-26"),
 ("There are no objections from the Ukrainian side to the text,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said Washington was ready to discuss reciprocal commitments by both sides to refrain from deploying offensive strike systems in Ukraine, as well as further transparency measures.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("has a better chance to succeed if we provide space for confidential talks", "antony-blinken", 1, "the secretary of state", "", "", 1, "2022-01-26"),
 ("We will not have first- and second-class members of NATO.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We will hold our exercises where we want and with whom we want, and nobody in Washington or Brussels will tell us how many soldiers to bring,", "alexander-lukashenko", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("Belarusian opposition leader Sviatlana Tsikhanouskaya called on Moscow on Wednesday to withdraw the troops it has brought into Belarus, warning that they could be used against Ukraine.", "sviatlana-tsikhanouskaya", 1, "Sviatlana Tsikhanouskaya", "russia-de-escalation", "supports", 0, "2022-01-26"),
]

write_gold(L, "articles-40", "gold-40")
