#!/usr/bin/env python3
"""Writes the held-out gold of batch 128 (gold-128/*.nq) from the labels below.

Batch 128 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch
(only the older label9.py, for the conventions).

Seven invented but plausible articles, chosen to vary outlet and form:
- pap-2022-01-13-rau-osce-permanent-council: PAP English wire copy with front
  matter, standfirst, "Vienna (PAP) –" dateline, curly quotes, a quoted passage
  of the 1997 Founding Act, a link line and a photo caption; an invented Polish
  analyst; indirect speech that spans two sentences ("That demand ... called it
  unacceptable").
- npr-2022-01-10-geneva-talks-halvorsen: NPR "All Things Considered" transcript
  without front matter (date in the header): upper-case speaker labels,
  archived soundbites of Sherman and Ryabkov, a host interview with an
  invented former NATO official, site boilerplate at the end.
- rg-2022-01-18-grushko-interview: Rossiyskaya Gazeta Q&A in English
  translation with front matter, « » quotes in headline and intro, questions
  as plain paragraphs, answers opened by a dash, multi-paragraph answers.
- zn-2022-01-27-us-nato-answers-reactions: Zerkalo Nedeli machine-translated
  aggregator copy, UTF-8 BOM and CRLF line ends before the front matter,
  „ “ quotes with trailing "- X has underlined", Sergey/Kiev spellings,
  "Read also" link lines, statements about unspecified "main concerns".
- hcfac-2022-02-01-russia-security-demands-evidence: House of Commons Foreign
  Affairs Committee oral evidence (Hansard style) without front matter:
  numbered questions by the Chair and members, a minister and an invented
  think-tank witness answering under their speaker labels.
- delfi-2022-01-12-nato-russia-council-live: Delfi EN live blog without front
  matter, timestamped entries in reverse order, straight quotes, a quotation
  split by "X told Delfi", a colon-introduced quotation, an invented analyst.
- helsinkitimes-2022-01-20-finland-nato-option: Helsinki Times feature with
  front matter: Niinistö's New Year speech, a quoted article of the draft
  agreement, Baker 1990 and Bucharest 2008 as background, two speakers in one
  sentence, a passive ("were warned ... by"), an invented researcher.

Conventions followed:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator/chair get no label; the
  interviewee's name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "the main
  concerns", "the key issues", "risk reduction, transparency and arms
  control"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents (Founding Act, Article 6 of the draft
  agreement), headlines, crossheads, standfirsts, photo captions and link
  lines are not labelled; statements by unnamed groups with no identifiable
  actor ("diplomats in the room", "officials in both capitals") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("Russia's demand to halt the alliance's enlargement") is also Russia's
  label (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs (diacritics dropped);
  speaker name = the words naming the speaker at that point, pronouns as
  written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (analysts quoted without a day).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-permanent-council"] = [
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Presenting the priorities of the Polish chairmanship, Rau said the OSCE would serve as a platform for dialogue, but insisted that dialogue could not mean questioning the right of every participating State to choose its own security arrangements, including membership of alliances.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Poland will do its utmost to make this organisation a place where we talk, not a place where principles are traded,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("Russia’s permanent representative to the OSCE, Alexander Lukashevich, told the council that Moscow would judge the week by one criterion: whether the United States and its allies were ready to give legally binding guarantees that NATO would not move further east.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("Russia’s permanent representative to the OSCE, Alexander Lukashevich, told the council that Moscow would judge the week by one criterion: whether the United States and its allies were ready to give legally binding guarantees that NATO would not move further east.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will be forced to take the necessary measures to ensure strategic balance and eliminate unacceptable threats to our national security,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The Russian diplomat also demanded that the alliance pull back the forces and infrastructure it has stationed since 1997 on the territory of countries that joined it afterwards – a group that includes Poland, the Czech Republic and Hungary, which became members in 1999.", "alexander-lukashevich", 1, "The Russian diplomat", "rollback-to-1997", "supports", 0, "2022-01-13"),
 ("Speaking to reporters in the Polish capital on Thursday, Deputy Foreign Minister Marcin Przydacz called it unacceptable and an attempt to create “second-class” members of NATO.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("We will not accept any deal made over our heads on which missile systems, short-range or intermediate-range, our allies may station in Poland,", "marcin-przydacz", 1, "the deputy minister", "no-intermediate-range-missiles", "rejects", 1, "2022-01-13"),
 ("Russia has massed some 100,000 troops along Ukraine’s borders. It must de-escalate, and it must pull those forces back now,", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("The draft treaty would freeze NATO’s borders for good and send the Americans home from Poland and the Baltic states. Nobody in this building expects it to be signed,", "tomasz-zieleniewski", 1, "Zieleniewski", "nato-non-expansion", "mentions", 1, ""),
 ("The draft treaty would freeze NATO’s borders for good and send the Americans home from Poland and the Baltic states. Nobody in this building expects it to be signed,", "tomasz-zieleniewski", 1, "Zieleniewski", "rollback-to-1997", "mentions", 1, ""),
 ("Even the clause on offensive weapons is drafted so broadly that it would cover almost any modern artillery deployed on our territory,", "tomasz-zieleniewski", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Zieleniewski said the restoration of military-to-military contacts between Russia and NATO, which collapsed last autumn when Moscow suspended its mission to the alliance, was the one item on which he could imagine a quick agreement.", "tomasz-zieleniewski", 1, "Zieleniewski", "resume-military-dialogue", "mentions", 0, ""),
]
L["npr-2022-01-10-geneva-talks-halvorsen"] = [
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, and we will not forgo bilateral defense cooperation with Ukraine, Georgia or any other sovereign state that wishes to work with the United States.", "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, and we will not forgo bilateral defense cooperation with Ukraine, Georgia or any other sovereign state that wishes to work with the United States.", "wendy-sherman", 1, "WENDY SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("We did say that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of what the old INF Treaty addressed, as long as it is reciprocal.", "wendy-sherman", 1, "WENDY SHERMAN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("And let me be clear: our troops are on our own territory, and we will not take instructions about where they stand. There is no risk of escalation coming from our side.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("Quite a lot, actually, if you read past the first few articles. There is a second half of the Russian paper that is classic arms control. Take the idea that bombers and warships should stay out of range of each other's coasts. In the Cold War, we had incidents-at-sea agreements that did something not unlike that.", "lorna-halvorsen", 1, "HALVORSEN", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-10"),
 ("Because the people in the room may want a deal, but I'm not sure the people above them have decided yet. Nobody drafts a treaty like this one just to get a meeting in Geneva.", "lorna-halvorsen", 1, "HALVORSEN", "", "", 1, "2022-01-10"),
 ("I would set one. Keep talking, yes, but with the clear expectation that those battalions start moving back from Ukraine's border. You don't negotiate arms control with a gun on the table.", "lorna-halvorsen", 1, "HALVORSEN", "no-preconditions", "rejects", 1, "2022-01-10"),
 ("I would set one. Keep talking, yes, but with the clear expectation that those battalions start moving back from Ukraine's border. You don't negotiate arms control with a gun on the table.", "lorna-halvorsen", 1, "HALVORSEN", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Yes, and it's underrated. For decades, generals on both sides could pick up the phone to each other. Getting that military-to-military channel working again would be the cheapest way I know to lower the risk of an accident over the Black Sea or the Baltic.", "lorna-halvorsen", 1, "HALVORSEN", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("Whether the Russians show up at all, frankly. Ryabkov said today they may not see a reason to continue. If they walk away after Vienna, that tells you the whole week was a box to be ticked.", "lorna-halvorsen", 1, "HALVORSEN", "", "", 1, "2022-01-10"),
]
L["rg-2022-01-18-grushko-interview"] = [
 ("The main result is that we set out our position honestly and in full, and our partners heard it, whether they liked it or not. We had no illusions, and we did not create any.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-17"),
 ("The substance is simple. There must be no further enlargement of NATO to the east. For us this is not a wish list; it is a matter of national security, and we expect the alliance to treat it as such.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-17"),
 ("The so-called open-door policy is not a sacred text. Nobody obliges the alliance to admit anyone; it is a political decision, and a political decision can be changed.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-17"),
 ("The same applies to the Bucharest declaration of 2008. It must be disavowed. As long as it stands, Kiev and Tbilisi will believe they have been given a promise, and that is a source of permanent tension.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-17"),
 ("We are talking about our own security. NATO infrastructure, including strike systems, has been brought right up to our borders. We propose a simple rule: no strike weapons capable of threatening Russia should be deployed in the countries neighbouring us.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-17"),
 ("We have been proposing a moratorium for more than two years, and for two years it was ignored. Our position has not changed: no American ground-based intermediate-range and shorter-range missiles should appear in places from which they can reach our territory, and we are ready to take the same obligation ourselves.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-17"),
 ("American strategic bombers fly twenty kilometres from our border. Warships of non-Black Sea states enter the Black Sea one after another. We propose that both sides refrain from sending warships and aircraft to areas from which they can strike the territory of the other side.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-17"),
 ("It was NATO that expelled our officers and closed the door, not us. Today we see no grounds for restoring those channels. Military contacts for the sake of contacts, while the alliance officially calls us a threat, make no sense.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-17"),
 ("Absolutely. We expect written answers, article by article, and then legally binding agreements. Not verbal assurances — we have heard enough of those since 1990. Our proposals are not a menu from which one can pick the dishes one likes.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-17"),
 ("That depends entirely on the answers. We are not going to sit in endless discussions that lead nowhere.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-17"),
]
L["zn-2022-01-27-us-nato-answers-reactions"] = [
 ("The head of the Ministry of Foreign Affairs of Ukraine Dmytro Kuleba on Wednesday evening has declared, that the American answer does not contain any position which contradicts to the interests of Ukraine, and that the question of the membership of Ukraine in NATO is decided only by Ukraine and the members of the Alliance.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("The head of the Ministry of Foreign Affairs of Ukraine Dmytro Kuleba on Wednesday evening has declared, that the American answer does not contain any position which contradicts to the interests of Ukraine, and that the question of the membership of Ukraine in NATO is decided only by Ukraine and the members of the Alliance.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We have seen the written answer of the USA before it was transmitted to Russia. There are no objections from the Ukrainian side", "dmytro-kuleba", 1, "the minister", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("According to Blinken, at the same time the document proposes to Russia the reciprocal measures of transparency concerning the military exercises and the manoeuvres in Europe, if Moscow is ready for the same.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("The speaker of the Pentagon John Kirby on Wednesday has informed, that the ships of the USA will continue to sail in the Black Sea and the American aircraft will continue to fly in the international airspace near the Russian borders, „as the international law allows“.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("we cannot and will not compromise on the principles, on which the security of our Alliance and the security in Europe and North America is built", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("According to him, the Alliance will not withdraw the forces from its eastern members, but on the contrary can strengthen them, if Russia does not withdraw the troops from the borders of Ukraine.", "jens-stoltenberg", 1, "him", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("According to him, the Alliance will not withdraw the forces from its eastern members, but on the contrary can strengthen them, if Russia does not withdraw the troops from the borders of Ukraine.", "jens-stoltenberg", 1, "him", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons, which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The military development of the territory of Ukraine by the countries of NATO, the instructors, the bases, the supplies of the weapons — all this must be stopped.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-27"),
 ("Washington has not given Moscow a single reason to declare victory. For Kiev this is already a result", "taras-oliinychenko", 1, "Taras Oliinychenko", "", "", 1, ""),
]
L["hcfac-2022-02-01-russia-security-demands-evidence"] = [
 ("Our position is very clear. NATO’s door remains open, and it is for the allies and for the countries that apply, not for the Kremlin, to decide who joins the alliance.", "james-cleverly", 1, "James Cleverly", "nato-open-door", "supports", 1, "2022-02-01"),
 ("On Bucharest specifically, the commitment made there stands. We will not rewrite the decisions of the alliance under duress, and I do not believe any ally would.", "james-cleverly", 1, "James Cleverly", "rescind-bucharest-2008", "rejects", 1, "2022-02-01"),
 ("No, it is not. The British-led battlegroup in Tapa is there at the invitation of a sovereign ally, and it is staying. Pulling back to where the alliance stood in 1997 is a non-starter.", "james-cleverly", 1, "James Cleverly", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 ("In fact, we have roughly doubled our presence in Estonia in recent weeks, and we have offered more to our allies in the region.", "james-cleverly", 1, "James Cleverly", "", "", 1, "2022-02-01"),
 ("No. We are not going to give Russia legally binding guarantees that would tie the hands of the alliance for decades to come.", "james-cleverly", 1, "James Cleverly", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("There is. We have said, together with our allies, that we are willing to talk about risk reduction, about transparency and about arms control, on a reciprocal basis. That offer is genuine.", "james-cleverly", 1, "James Cleverly", "", "", 1, "2022-02-01"),
 ("I would distinguish two kinds of demands. Some, such as limits on intermediate-range missiles in Europe, are recognisable arms control ideas that were negotiated in the 1980s and could be negotiated again. Others, such as the demand that Ukraine never join NATO, are about spheres of influence.", "rosalind-kettering", 1, "Rosalind Kettering", "no-intermediate-range-missiles", "mentions", 1, "2022-02-01"),
 ("I would distinguish two kinds of demands. Some, such as limits on intermediate-range missiles in Europe, are recognisable arms control ideas that were negotiated in the 1980s and could be negotiated again. Others, such as the demand that Ukraine never join NATO, are about spheres of influence.", "rosalind-kettering", 1, "Rosalind Kettering", "no-ukraine-membership", "mentions", 1, "2022-02-01"),
 ("The second category also includes the demand that the United States end all military cooperation with Ukraine, Georgia and Moldova: no exercises, no instructors, no bases. In my view, that should be refused outright, because it would leave those countries alone with a much larger neighbour.", "rosalind-kettering", 1, "Rosalind Kettering", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-01"),
 ("No. Article 10 of the Washington Treaty says the allies may invite other European states. NATO’s open-door policy has always been a political commitment rather than a legal obligation to admit anyone.", "rosalind-kettering", 1, "Rosalind Kettering", "nato-open-door", "mentions", 1, "2022-02-01"),
 ("Insisting on a legally binding treaty that needs two-thirds of the US Senate to ratify it is, frankly, a way of guaranteeing a “no”. I suspect that is understood perfectly well on both sides.", "rosalind-kettering", 1, "Rosalind Kettering", "written-legal-guarantees", "mentions", 1, "2022-02-01"),
 ("Yes, at the level of the chiefs of defence staff at the very least. The deconfliction line is the one thing none of us can afford to lose.", "rosalind-kettering", 1, "Rosalind Kettering", "resume-military-dialogue", "supports", 1, "2022-02-01"),
]
L["delfi-2022-01-12-nato-russia-council-live"] = [
 ("The real test is not what is said in Brussels,", "tadas-jurgaitis", 1, "Tadas Jurgaitis", "", "", 1, "2022-01-12"),
 ("but whether the troops massed around Ukraine start going home in the coming weeks.", "tadas-jurgaitis", 1, "Tadas Jurgaitis", "russia-de-escalation", "mentions", 1, "2022-01-12"),
 ("We have not received answers on the key issues. Our proposals are not a menu,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("We warned our colleagues that continued large-scale exercises near our borders create a real risk of dangerous incidents,", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("Russia is moving its troops on its own territory. This is our sovereign right, and nobody should make their withdrawal a condition for talking to us.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, "2022-01-12"),
 ("Russia is moving its troops on its own territory. This is our sovereign right, and nobody should make their withdrawal a condition for talking to us.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 1, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg told a news conference after the four-hour meeting that allies had made clear they would not accept Russia's demand to halt the alliance's enlargement.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg told a news conference after the four-hour meeting that allies had made clear they would not accept Russia's demand to halt the alliance's enlargement.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia has no veto over whether Ukraine becomes a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia has no veto over whether Ukraine becomes a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We had a very serious and very direct exchange today, and we are ready to meet again.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Lithuanian Defence Minister Arvydas Anušauskas said the NATO exercises planned in Lithuania this year, including drills with US troops in the spring, would go ahead regardless of the outcome in Brussels.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("He also said Lithuania would not accept any ban on deploying long-range strike systems on its territory, noting that Vilnius was in talks with Washington on acquiring HIMARS rocket launchers.", "arvydas-anusauskas", 1, "He", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("The alliance is united and will stay united. Nobody in Moscow should bet on a split in Brussels,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "", "", 1, "2022-01-12"),
]
L["helsinkitimes-2022-01-20-finland-nato-option"] = [
 ("Finland’s room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide,", "sauli-niinisto", 1, "he", "nato-open-door", "supports", 1, "2022-01-01"),
 ("Prime Minister Sanna Marin and Foreign Minister Pekka Haavisto on Tuesday both rejected Russia’s demand that NATO stop enlarging, saying that it would restrict Finland’s own options.", "sanna-marin", 1, "Sanna Marin", "nato-non-expansion", "rejects", 0, "2022-01-18"),
 ("Prime Minister Sanna Marin and Foreign Minister Pekka Haavisto on Tuesday both rejected Russia’s demand that NATO stop enlarging, saying that it would restrict Finland’s own options.", "pekka-haavisto", 1, "Pekka Haavisto", "nato-non-expansion", "rejects", 0, "2022-01-18"),
 ("Prime Minister Sanna Marin and Foreign Minister Pekka Haavisto on Tuesday both rejected Russia’s demand that NATO stop enlarging, saying that it would restrict Finland’s own options.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Finland has followed the talks very closely, and we are in constant contact with Washington, Stockholm and Brussels,", "pekka-haavisto", 1, "Haavisto", "", "", 1, "2022-01-18"),
 ("Finland and Sweden were warned on 24 December by Russian Foreign Ministry spokeswoman Maria Zakharova that their accession to NATO would have “serious military and political consequences”.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2021-12-24"),
 ("The non-enlargement clause would apply to Finland and Sweden just as much as to Ukraine, even though neither of us is named anywhere in the text,", "veera-kallioniemi", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The draft also bars American bases and military cooperation in former Soviet republics outside NATO. That matters a great deal for Ukraine, Georgia and Moldova, much less for us,", "veera-kallioniemi", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Kallioniemi said the call to revoke the 2008 Bucharest pledge to Ukraine and Georgia had attracted far less attention in Finland than the enlargement clause.", "veera-kallioniemi", 1, "Kallioniemi", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Talks without preconditions are what everybody says they want. The real question is whether anybody comes to the table with something to give,", "veera-kallioniemi", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("Defence Minister Antti Kaikkonen said on Wednesday that the Finnish Defence Forces would continue to train with American, British and Swedish units as before, and that no agreement between third parties could restrict exercises on Finnish soil.", "antti-kaikkonen", 1, "Antti Kaikkonen", "limit-military-exercises", "rejects", 0, "2022-01-19"),
]

write_gold(L, "articles-128", "gold-128")
