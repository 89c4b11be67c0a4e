#!/usr/bin/env python3
"""Writes the held-out gold for batch 143 (gold-143/*.nq) from the labels below.

Batch 143 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
The seven articles are invented but plausible coverage of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- pap-2022-01-13-rau-osce-vienna: PAP English wire copy from Vienna (OSCE
  Permanent Council, 13 Jan), front matter, straight quotes, standfirst and
  crosshead, a quotation split by "Lukashevich told the council", a quote
  from the 1997 Founding Act (document, not labelled), an unnamed group of
  diplomats (left out), an invented Warsaw analyst.
- cspan-2022-02-01-sfrc-russia-hearing: C-SPAN transcript of a Senate
  Foreign Relations Committee hearing (1 Feb), no front matter (date in the
  header), speaker labels; senators' questions and the chairman get no
  label; every answer paragraph is one direct quotation; an invented
  outside witness.
- rg-2022-01-27-lavrov-grushko-us-answer: machine-translated aggregator of a
  Rossiyskaya Gazeta story on the reactions to the written answers (26-27
  Jan); UTF-8 BOM, CRLF line ends, front matter, « » quotation marks and
  Russian-style attribution after a dash ("— has underlined the minister"),
  a history reminder on Bucharest 2008 (not labelled), a link line.
- aa-2022-01-12-nato-russia-council-brussels: Anadolu Agency wire (NATO-
  Russia Council, 12 Jan), front matter, curly quotes, photo caption and
  boilerplate, an embassy statement (-> its country), a demand attributed in
  passing to Moscow inside the Turkish defence minister's sentence.
- lsm-2022-01-20-pabriks-interview: LSM.lv Q&A interview with the Latvian
  defence minister (given on Wednesday 19 Jan, published 20 Jan); questions
  labelled "LSM:", answers "Pabriks:", one answer of two paragraphs; the
  headline repeats part of an answer (not labelled).
- thehindu-2022-02-03-security-guarantees-oped: The Hindu op-ed without
  front matter (date in the header), history (Baker 1990, Founding Act,
  Bucharest 2008) and a quote from the draft treaty (none labelled),
  invented Indian experts, "Mr." and "General" titles, a reported statement
  about unspecified "security concerns" (not labelled).
- hromadske-2022-01-26-live-us-nato-answers: Hromadske English live blog,
  newest entry first, entries on 26 and 27 Jan, „ “ quotation marks, two
  speakers in one sentence, a senior EU official (-> european-union), a
  quotation continued after "Reznikov said".

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's
  sentence ("despite Moscow's demands that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

PAP = "pap-2022-01-13-rau-osce-vienna"
L[PAP] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE was ready to host a structured dialogue on military exercises and risk reduction and could also serve as a venue should Russia and NATO decide to restore regular contacts between their militaries.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Rau said the OSCE was ready to host a structured dialogue on military exercises and risk reduction and could also serve as a venue should Russia and NATO decide to restore regular contacts between their militaries.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("This organisation already has the tools for that, first of all the Vienna Document, and we intend to use them,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("NATO must stop its eastward expansion,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("and that includes a firm refusal to admit Ukraine and Georgia.", "alexander-lukashevich", 1, "Lukashevich", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees, not verbal assurances that evaporate the next day. The time for promises is over,", "alexander-lukashevich", 1, "the Russian envoy", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington was prepared to talk about reciprocal steps but urged Russia to pull its troops back from Ukraine's border and return them to their barracks.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("The idea that NATO should withdraw from Poland to the lines of 1997 is a non-starter. We will not become a second-class member of the alliance,", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("Defence Minister Mariusz Blaszczak said on Wednesday that Poland would accept no restrictions on where allied missile systems could be stationed on its territory, including the US base at Redzikowo in northern Poland.", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "no-intermediate-range-missiles", "rejects", 0, "2022-01-12"),
 ("The Kremlin wants a veto over NATO enlargement, and it wants it written into a treaty that the US Senate would have to ratify,", "aleksandra-zmigrodzka", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin wants a veto over NATO enlargement, and it wants it written into a treaty that the US Senate would have to ratify,", "aleksandra-zmigrodzka", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow is asking the OSCE to bless a sphere of influence. Rau cannot do that, and he knows it,", "aleksandra-zmigrodzka", 1, "Zmigrodzka", "", "", 1, ""),
]

CS = "cspan-2022-02-01-sfrc-russia-hearing"
D, VH = "2022-02-01", "renata-vasquez-holm"
L[CS] = [
 ("Thank you, Mr. Chairman, Ranking Member Risch, and members of the committee. I appreciate the opportunity to testify at what is a decisive moment for European security.", "karen-donfried", 1, "Karen Donfried", "", "", 1, D),
 ("Last Wednesday, Ambassador Sullivan delivered our written response in Moscow. It sets out areas where we believe progress is possible, including reciprocal limits on the size and scope of military exercises and a discussion of where offensive missile systems may be deployed in Europe.", "karen-donfried", 1, "Karen Donfried", "limit-military-exercises", "mentions", 1, D),
 ("Last Wednesday, Ambassador Sullivan delivered our written response in Moscow. It sets out areas where we believe progress is possible, including reciprocal limits on the size and scope of military exercises and a discussion of where offensive missile systems may be deployed in Europe.", "karen-donfried", 1, "Karen Donfried", "no-intermediate-range-missiles", "mentions", 1, D),
 ("What the response does not do is compromise on NATO enlargement. There will be no moratorium on new members, and no third country has a veto over the choices that sovereign nations make about their alliances.", "karen-donfried", 1, "Karen Donfried", "nato-open-door", "supports", 1, D),
 ("What the response does not do is compromise on NATO enlargement. There will be no moratorium on new members, and no third country has a veto over the choices that sovereign nations make about their alliances.", "karen-donfried", 1, "Karen Donfried", "nato-non-expansion", "rejects", 1, D),
 ("No. That is a non-starter. Our forces are in those countries at the invitation of sovereign governments, and if Russia moves further against Ukraine, we will reinforce them, not withdraw them.", "karen-donfried", 1, "Karen Donfried", "rollback-to-1997", "rejects", 1, D),
 ("Everything we proposed is in the document, and our allies saw it before it was delivered. There are no side letters and no private understandings.", "karen-donfried", 1, "Karen Donfried", "", "", 1, D),
 ("Not at the level we would like. Our response proposes to restore regular military-to-military channels with Russia, because the risk of an accident or a miscalculation is real.", "karen-donfried", 1, "Karen Donfried", "resume-military-dialogue", "supports", 1, D),
 ("Thank you, Mr. Chairman. Let me put the Russian drafts in context. Two of the demands would reshape the map of European security: no Western strike systems anywhere near Russia's borders, and an end to all Western military cooperation with Ukraine, Georgia and Moldova.", VH, 1, "Renata Vasquez-Holm", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Thank you, Mr. Chairman. Let me put the Russian drafts in context. Two of the demands would reshape the map of European security: no Western strike systems anywhere near Russia's borders, and an end to all Western military cooperation with Ukraine, Georgia and Moldova.", VH, 1, "Renata Vasquez-Holm", "no-military-activity-ex-soviet", "mentions", 1, D),
 ("The draft agreement with NATO goes further still. It would have the allies formally disavow the promise made to Ukraine and Georgia at Bucharest and pull out the forces deployed in the new member states since 1997.", VH, 1, "Renata Vasquez-Holm", "rescind-bucharest-2008", "mentions", 1, D),
 ("The draft agreement with NATO goes further still. It would have the allies formally disavow the promise made to Ukraine and Georgia at Bucharest and pull out the forces deployed in the new member states since 1997.", VH, 1, "Renata Vasquez-Holm", "rollback-to-1997", "mentions", 1, D),
 ("Where I part company with some of my colleagues is on missiles. A verifiable moratorium on ground-launched intermediate-range missiles in Europe, on both sides, would serve American interests, and I would not dismiss the Russian proposal out of hand.", VH, 1, "Renata Vasquez-Holm", "no-intermediate-range-missiles", "supports", 1, D),
 ("I doubt it. A moratorium on NATO enlargement would reward coercion, and the next list of demands would arrive within a year.", VH, 1, "Renata Vasquez-Holm", "nato-non-expansion", "rejects", 1, D),
 ("I think he wants to be treated as the co-owner of European security, and he has decided that the threat of force is the fastest way to get a seat at that table.", VH, 1, "Renata Vasquez-Holm", "", "", 1, D),
]

RG = "rg-2022-01-27-lavrov-grushko-us-answer"
L[RG] = [
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and the deployment of strike weapons which can threaten the territory of Russian Federation. On this main question there is no positive reaction in this document,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and the deployment of strike weapons which can threaten the territory of Russian Federation. On this main question there is no positive reaction in this document,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It would be naive to expect that the answers will satisfy us in everything, but we will study them attentively,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("To the question about the Western appeals to withdraw troops from the Ukrainian border, Peskov has repeated that Russia moves its armed forces on own territory at own discretion and that this is nobody's business.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("We need the legally binding guarantees. Not the promises, not the declarations and not the moratorium which can be cancelled at any moment,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, ""),
 ("NATO must refuse the exercises with the anti-Russian scenarios near our borders and to take away its ships and aircraft on such distance from which they cannot threaten us,", "alexander-grushko", 1, "the deputy minister", "limit-military-exercises", "supports", 1, ""),
 ("NATO must refuse the exercises with the anti-Russian scenarios near our borders and to take away its ships and aircraft on such distance from which they cannot threaten us,", "alexander-grushko", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("According to Grushko, the restoration of the military channels of communication with NATO is not on the agenda while the alliance considers Russia as the adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, ""),
 ("The promise given in Bucharest must be disavowed. Without this nothing will change,", "maria-zakharova", 1, "she", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("In Washington the secretary of state of USA Antony Blinken, presenting on Wednesday the answer to the journalists, has declared that the document does not contain any concessions on the principle of «open doors» of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Every new meeting comes with the new list of conditions, whatever the diplomats speak about the talks without preconditions. It is the game which both sides play,", "vsevolod-dremin", 1, "the political scientist", "no-preconditions", "mentions", 1, ""),
]

AA = "aa-2022-01-12-nato-russia-council-brussels"
W = "2022-01-12"
ST = "Stoltenberg said the allies had made clear that Russia would have no veto over whether Ukraine could join the alliance, and that NATO would not accept a situation with second-class members whose security could not be protected."
SH = "US Deputy Secretary of State Wendy Sherman, who led the American team, told reporters that Washington would not give Moscow a legally binding pledge to halt NATO’s enlargement."
AK = "National Defense Minister Hulusi Akar, addressing a parliamentary commission on Wednesday, said allied warships would continue to sail in the Black Sea in line with international law and the 1936 Montreux Convention, dismissing Moscow’s demand that NATO ships and aircraft stay out of range of Russian territory."
L[AA] = [
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, W),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, W),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, W),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, W),
 ("We are ready to re-establish our offices in Moscow and Brussels and to use military-to-military channels to avoid incidents and accidents,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, W),
 ("Grushko, speaking to reporters at Russia’s mission after the meeting, said Moscow could not accept the alliance’s “open door” policy, calling it a threat to Russian security.", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, W),
 ("The alliance must stop military activity in Ukraine and in the other states on our borders that are not members of NATO,", "alexander-grushko", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 1, W),
 (SH, "wendy-sherman", 1, "Wendy Sherman", "written-legal-guarantees", "rejects", 0, W),
 (SH, "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, W),
 ("We do not want to see a war in our region, and we are ready to host any talks that would help,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, ""),
 (AK, "hulusi-akar", 1, "Hulusi Akar", "no-warships-aircraft-in-strike-range", "rejects", 0, W),
 (AK, "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The Russian Embassy in Ankara said in a statement on Tuesday that Moscow’s proposals aimed to ensure that no US strike weapons would be deployed in countries neighboring Russia.", "russia", 0, "The Russian Embassy in Ankara", "no-strike-weapons-near-borders", "supports", 0, "2022-01-11"),
]

LSM = "lsm-2022-01-20-pabriks-interview"
P, PD = "artis-pabriks", "2022-01-19"
UA = "Ukraine has every right to choose its own path, and so does Georgia. Nobody in Moscow decides that for them."
LAST = "The first step has to be very simple: Russia must pull its troops back from Ukraine's borders and from Belarus. Then we can sit down and talk."
L[LSM] = [
 ("Russia's draft treaties are not a basis for negotiation. They are an ultimatum, and you don't negotiate ultimatums. You reject them politely and you offer something else.", P, 1, "Artis Pabriks", "", "", 1, PD),
 ("The idea that NATO should pull its forces out of Latvia, Lithuania, Estonia and Poland and go back to where it stood in 1997 is simply unacceptable. Our allies are here because we asked them to come, and they will stay as long as we need them.", P, 1, "Artis Pabriks", "rollback-to-1997", "rejects", 1, PD),
 ("No. We will not reduce our exercises to please the Kremlin, while Russia holds snap drills with tens of thousands of troops right next to our border. If Russia wants transparency, there is the Vienna Document. Let them start by honouring it.", P, 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, PD),
 (UA, P, 1, "Artis Pabriks", "nato-open-door", "supports", 1, PD),
 (UA, P, 1, "Artis Pabriks", "no-ukraine-membership", "rejects", 1, PD),
 ("Frankly, the Kremlin has become the best recruiting sergeant our armed forces have ever had. Support for defence spending in Latvia has never been higher.", P, 1, "Artis Pabriks", "", "", 1, PD),
 ("I trust our American partners. Talking about missiles is fine, as long as it is reciprocal and nothing is decided about us without us.", P, 1, "Artis Pabriks", "no-intermediate-range-missiles", "mentions", 1, PD),
 ("Latvia will decide, together with our allies, what capabilities we need to defend ourselves. Russia is not going to tell us which weapons we can have on our own soil.", P, 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 1, PD),
 (LAST, P, 1, "Artis Pabriks", "russia-de-escalation", "supports", 1, PD),
 (LAST, P, 1, "Artis Pabriks", "no-preconditions", "rejects", 1, PD),
 ("Nobody can read Putin's mind. But the troops are there, the logistics are there, and the rhetoric is there. We have to be ready for the worst and hope for the best.", P, 1, "Artis Pabriks", "", "", 1, PD),
 ("Earlier this week Foreign Minister Edgars Rinkēvičs told Latvian Radio that Latvia would welcome the resumption of contacts between NATO and Russian military commanders, as long as they served to reduce the risk of incidents.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "resume-military-dialogue", "supports", 0, ""),
]

TH = "thehindu-2022-02-03-security-guarantees-oped"
PU = "On Tuesday, after talks in Moscow with Hungary’s Prime Minister Viktor Orbán, Mr. Putin said the American and NATO replies had ignored Russia’s three key demands: no further expansion of NATO, no deployment of strike weapons near Russia’s borders, and a return of the alliance’s military infrastructure in Europe to where it stood in 1997."
NV = "Moscow is asking for something no American administration can deliver: a treaty, ratified by the Senate, promising that Ukraine will never join NATO,"
L[TH] = [
 (PU, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea. Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 (NV, "nandini-velayudhan", 1, "Nandini Velayudhan", "written-legal-guarantees", "mentions", 1, ""),
 (NV, "nandini-velayudhan", 1, "Nandini Velayudhan", "no-ukraine-membership", "mentions", 1, ""),
 ("Western capitals keep saying that Russia must pull its troops back first. Moscow keeps saying it moves troops on its own soil. Neither statement moves the other,", "nandini-velayudhan", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("The clauses keeping warships and bombers out of striking range are the kind of thing Cold War negotiators would recognise at once. They can be discussed,", "harjinder-sodhi", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("NATO’s open door is an article of faith in Brussels and an insult in Moscow,", "harjinder-sodhi", 1, "Sodhi", "nato-open-door", "mentions", 1, ""),
 ("We are in favour of a peaceful resolution of the situation through sustained diplomatic efforts,", "arindam-bagchi", 1, "he", "", "", 1, "2022-01-27"),
]

HR = "hromadske-2022-01-26-live-us-nato-answers"
T, Wd = "2022-01-27", "2022-01-26"
BALT = "Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets said on Thursday that the American answer had rightly kept NATO’s door open and had not traded away the security of Central and Eastern Europe."
PK = "Peskov added that Moscow still expected a clear answer on NATO’s non-expansion and would not be satisfied with an offer of dialogue in place of guarantees on paper."
KU = "No one will decide for Ukraine whether it joins NATO, and no one will take this question away from us,"
EU = "A senior EU official told Hromadske on Wednesday that the bloc would never accept a return to „spheres of influence“ in Europe and that Ukraine’s right to seek NATO membership was not up for negotiation."
L[HR] = [
 ("Georgian Foreign Minister David Zalkaliani said on Thursday that the decision of the 2008 Bucharest summit on the future membership of Georgia and Ukraine in NATO „cannot be revoked by anyone“ and that Tbilisi expected the alliance to stand by it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, T),
 (BALT, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 0, T),
 (BALT, "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-open-door", "supports", 0, T),
 ("It would be premature to talk about any assessment; we need time,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, T),
 (PK, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, T),
 (PK, "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 0, T),
 ("Our cooperation with the United States, Britain, Canada and the Baltic states will only grow, whatever Moscow writes in its drafts,", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, T),
 ("Nobody will tell us whom we may train with.", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, T),
 ("The Americans answered the demand on military activity in Ukraine with an offer of transparency. That is a polite no,", "mykhailo-sadovnychy", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, T),
 ("For us, the most important thing is that nothing about Ukraine was signed without Ukraine.", "mykhailo-sadovnychy", 1, "he", "", "", 1, T),
 ("We are ready for a meeting at any level and in any format, without preconditions,", "volodymyr-zelensky", 1, "Zelensky", "no-preconditions", "supports", 1, Wd),
 (KU, "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, Wd),
 (KU, "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, Wd),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, Wd),
 (EU, "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, Wd),
 (EU, "european-union", 0, "A senior EU official", "no-ukraine-membership", "rejects", 0, Wd),
]

write_gold(L, "articles-143", "gold-143")
