#!/usr/bin/env python3
"""Writes the held-out gold of batch 334 (gold-334/*.nq) from the labels below.

Batch 334 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-27-kremlin-peskov-us-answers: Reuters wire story (front matter) on
  Peskov's reaction to the US/NATO written answers; quotes split by "Peskov said", pronoun
  "he", "these points" referring back, Russia's demands named in passing, analyst, 1990 history.
- vedomosti-2022-01-11-ryabkov-geneva-deadlock: Vedomosti story in clumsy translation, no front
  matter, « » quotes with en-dash attribution, "Read also" line, Ryabkov and Sherman after Geneva,
  two Moscow experts, paraphrase of the 17 December drafts (documents, unlabelled).
- whitehouse-2022-01-26-psaki-press-briefing: White House briefing transcript (front matter),
  MS. PSAKI / Q labels; each answer paragraph is a quotation; questions carry demands (unlabelled).
- lsm-2022-01-13-rinkevics-russia-demands: LSM English news story with UTF-8 BOM and CRLF, no
  front matter, caption, "Read also" line; Rinkēvičs, Pabriks, Stoltenberg, Grushko, an MP and an
  analyst who supports a missile deal in his own words.
- theatlantic-2022-02-02-putin-grievance-letter: The Atlantic analysis (front matter), Putin on
  1 February ("yesterday"), em-dash-interrupted quote, Sullivan "on Sunday", Baker-Gorbachev
  history, an unnamed official (no speaker id, unlabelled), author's own argument (unlabelled).
- chathamhouse-2022-01-18-osce-vienna-dead-end: Chatham House expert comment, no front matter,
  single 'quotes', OSCE Permanent Council (Lukashevich, Carpenter, Rau), the author's own
  argument (not a speaker), Moscow's package listed by the author (Russia's labels).
- lrs-2022-01-20-seimas-debate-security-guarantees: Lithuanian Seimas plenary transcript in
  machine-assisted translation, speaker labels in capitals, „ “ quotes; MPs' questions unlabelled,
  the minister's answers and the debate speeches one quotation per paragraph.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence
is the words between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X
said" is two spans; one running over two sentences is one span. In Q/A interviews and transcripts
each paragraph of an answer is one direct quotation (without the dash or speaker label); questions
and the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0.
Stance by the speaker's own position; mentions when the speaker only reports a demand, asks about
it or offers to discuss it. A direct quotation of six or more words about none of the demands gets
one demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people) speak
for themselves and have no side: they "support"/"reject" only when they voice the demand in their
own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "reuters-2022-01-27-kremlin-peskov-us-answers"
E27 = "2022-01-27"
PESKOV_KEY = "For us, the key thing is the non-enlargement of NATO and the non-deployment of strike weapon systems near our borders,"
PESKOV_PTS = "On these points, as far as we can see, there is no positive reaction."
VOLK2 = "The Kremlin knows it will not get a written promise that NATO stops where it is. The question is whether it can live with a package on missiles and drills instead."
L[D] = [
 ("It cannot be said that our views have been taken into account or that any readiness to take our concerns into account has been shown,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, E27),
 ("But we will not hurry with conclusions.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, E27),
 ("The United States and NATO delivered separate written answers on Wednesday to Russia's demands, which include a halt to the alliance's eastward expansion and a pledge that Ukraine will never be admitted.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The United States and NATO delivered separate written answers on Wednesday to Russia's demands, which include a halt to the alliance's eastward expansion and a pledge that Ukraine will never be admitted.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("U.S. officials have said the reply offers talks on arms control and confidence-building but does not give ground on the alliance's \"open door\".", "united-states", 0, "U.S. officials", "nato-open-door", "supports", 0, ""),
 ("Peskov said there was \"little ground for optimism\" on what he called the main issue, the further movement of the alliance towards Russia's borders.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, E27),
 ("He said Moscow had made clear from the start that it needed guarantees fixed on paper and binding in law, not assurances that could be forgotten.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, E27),
 (PESKOV_KEY, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, E27),
 (PESKOV_KEY, "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 1, E27),
 (PESKOV_PTS, "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, E27),
 (PESKOV_PTS, "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 1, E27),
 ("Asked whether Russia would now withdraw its forces from areas near Ukraine, as Western governments have repeatedly demanded, Peskov said Russian troops were moving on Russian territory and that this was nobody else's business.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, E27),
 ("We have never threatened anyone and we do not intend to pull our troops back from our own land just because someone in Washington or Brussels is nervous,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, E27),
 ("Foreign Minister Sergei Lavrov said separately that the U.S. response contained \"a grain of rationality\" on secondary questions such as medium-range missiles, but that there was no positive answer on the main question.", "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "mentions", 0, E27),
 ("In Washington, Secretary of State Antony Blinken said on Wednesday that the United States had set out \"a serious diplomatic path\" and that it remained committed to upholding the principle that countries choose their own alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO Secretary-General Jens Stoltenberg said the alliance was ready to listen to Russia's concerns and to discuss transparency of military exercises and risk reduction, but would not compromise on its core principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, ""),
 ("There are no positions in it that would contradict the position of Ukraine,", "dmytro-kuleba", 1, "he", "", "", 1, ""),
 ("Peskov did not slam the door, and that matters,", "andrei-volkonsky", 1, "Andrei Volkonsky", "", "", 1, ""),
 (VOLK2, "andrei-volkonsky", 1, "Andrei Volkonsky", "nato-non-expansion", "mentions", 1, ""),
 (VOLK2, "andrei-volkonsky", 1, "Andrei Volkonsky", "written-legal-guarantees", "mentions", 1, ""),
 (VOLK2, "andrei-volkonsky", 1, "Andrei Volkonsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VOLK2, "andrei-volkonsky", 1, "Andrei Volkonsky", "limit-military-exercises", "mentions", 1, ""),
 ("Russia has also demanded that NATO pull back forces and weapons from member states that joined after 1997, which would include Poland and the Baltic states.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The alliance has rejected that as a non-starter.", "nato", 0, "The alliance", "rollback-to-1997", "rejects", 0, ""),
 ("There is no hurry, the president has all the information he needs,", "dmitry-peskov", 1, "he", "", "", 1, E27),
]

D = "vedomosti-2022-01-11-ryabkov-geneva-deadlock"
G = "2022-01-10"
KRASH = "The list of demands from December is maximalist. Withdrawal of NATO infrastructure to the lines of 1997 is something that nobody in Brussels will discuss, and in Moscow they understand this"
L[D] = [
 ("For us it is absolutely obligatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, G),
 ("According to him, the American side must understand that this is not a bargaining chip but a question of national security.", "sergei-ryabkov", 1, "him", "no-ukraine-membership", "supports", 0, G),
 ("The diplomat stressed that Moscow needs not declarations, but iron-clad commitments.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, G),
 ("We need juridically binding guarantees, not promises, not assurances, not words on the margins of summits", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, G),
 ("Too many times we were told one thing and then the opposite was done.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, G),
 ("The Russian side, he said, insists that this formula must be disavowed officially, otherwise any agreement will hang in the air.", "sergei-ryabkov", 1, "he", "rescind-bucharest-2008", "supports", 0, G),
 ("According to the deputy minister, the American delegation showed interest to the topic of placing medium- and short-range missiles and to the question of parameters of exercises.", "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "mentions", 0, G),
 ("According to the deputy minister, the American delegation showed interest to the topic of placing medium- and short-range missiles and to the question of parameters of exercises.", "sergei-ryabkov", 1, "the deputy minister", "limit-military-exercises", "mentions", 0, G),
 ("On missiles there is a certain understanding that we can go further, and we are ready for it", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, G),
 ("However, he added, progress on these «secondary» topics cannot replace answer on the main thing – the non-expansion of the alliance to the east.", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 0, G),
 ("Asked by Vedomosti correspondent whether Russia intends to withdraw troops from the border with Ukraine as the Americans demand, Ryabkov answered that there is no reason for de-escalation.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, G),
 ("There is no escalation from our side, therefore we do not see any reason to talk about some de-escalation. Our forces are on our own territory", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, G),
 ("Wendy Sherman on her side, at separate briefing, said that the United States will not allow anyone to close the open-door policy of NATO.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, G),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, G),
 ("The deputy secretary of state also called on Moscow to choose de-escalation and diplomacy, and noted that Washington is ready to discuss the reciprocal restrictions on size and scope of exercises.", "wendy-sherman", 1, "The deputy secretary of state", "russia-de-escalation", "supports", 0, G),
 ("The deputy secretary of state also called on Moscow to choose de-escalation and diplomacy, and noted that Washington is ready to discuss the reciprocal restrictions on size and scope of exercises.", "wendy-sherman", 1, "The deputy secretary of state", "limit-military-exercises", "mentions", 0, G),
 ("Director of the Center for Euro-Atlantic Studies Pavel Zolotaryov (the name was changed at request of the expert — ed.) believes that chances for the agreement on the main Russian demand are practically zero.", "pavel-zolotaryov", 1, "Pavel Zolotaryov", "nato-non-expansion", "mentions", 0, ""),
 ("The Americans cannot legally close the door of NATO, this is against their own Washington Treaty, and the Kremlin knows this very well", "pavel-zolotaryov", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("At the same time, the expert thinks that the compromise on missiles is possible: after the collapse of the INF Treaty in 2019 both sides are interested to return to some moratorium.", "pavel-zolotaryov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 0, ""),
 (KRASH, "natalia-krasheninnikova", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("In her opinion, the real aim is to fix in the treaty the ban on deployment of strike systems in Ukraine.", "natalia-krasheninnikova", 1, "her", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("We will evaluate the whole cycle and then report to the leadership", "sergei-ryabkov", 1, "he", "", "", 1, G),
]

D = "whitehouse-2022-01-26-psaki-press-briefing"
P = "2022-01-26"
PS2 = "As you all know, Ambassador Sullivan delivered our written response to the Russian government today in Moscow. Secretary Blinken will speak to it in more detail shortly, but let me just say this: The document sets out areas where we think we can make progress together, including arms control related to missiles in Europe, transparency measures, and reciprocal limits on exercises. It also makes clear that there are core principles we are committed to upholding."
PSA1 = "No. And I don't think that will come as a surprise to anyone. The decision about who joins NATO is a decision for NATO members and the countries that aspire to join. It is not a decision for Russia."
PSROLL = "We are not going to move NATO forces out of allied territory because Russia asks us to. That is not on the table, and our allies on the eastern flank can count on that."
PSEX = "We've certainly seen the reports, and we're concerned about them. What we have said, and what NATO has said, is that we're prepared to talk about reciprocal steps on exercises — notification, transparency, scale — on both sides. But that has to happen in a context of de-escalation, not in a context of escalation."
PSVETO = "Look, we have made clear we'd be open to discussing reciprocal commitments by both the United States and Russia on offensive ground-launched missile systems and forces in Ukraine. But we are not going to give any country a veto over another country's partnerships."
L[D] = [
 ("Hi, everyone. Okay, a couple of items for you at the top.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 (PS2, "jen-psaki", 1, "MS. PSAKI", "no-intermediate-range-missiles", "mentions", 1, P),
 (PS2, "jen-psaki", 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, P),
 ("We are not going to negotiate in public, and we are not going to release the document. But the President has been clear with President Putin: we are prepared to go down either path.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 ("With that, Zeke, why don't you kick us off.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 (PSA1, "jen-psaki", 1, "MS. PSAKI", "no-ukraine-membership", "rejects", 1, P),
 (PSA1, "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, P),
 ("We have said this publicly, we have said it privately, and it is reflected in the response. Countries have the right to choose their own security arrangements and alliances.", "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, P),
 ("Well, I'd say that framing is the framing the Russians would like. What we're saying is we are offering a diplomatic path, and the path to de-escalation is in President Putin's hands. He has amassed troops on the border of Ukraine; he can pull them back.", "jen-psaki", 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, P),
 (PSROLL, "jen-psaki", 1, "MS. PSAKI", "rollback-to-1997", "rejects", 1, P),
 ("We are not going to move NATO forces out of allied territory because Russia asks us to.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The President has not spoken to him today. As you know, they spoke earlier this month. Secretary Blinken has been in close touch with Foreign Minister Kuleba, and our team shared the response with the Ukrainians before it was delivered. Nothing about Ukraine without Ukraine, as we've said many times.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 ("I'm not going to get ahead of the process. There are certainly areas, such as arms control, where historically we have had agreements that were in treaty form. But I'm not going to outline that from here.", "jen-psaki", 1, "MS. PSAKI", "written-legal-guarantees", "mentions", 1, P),
 ("There's no deadline from our end. We'll see what they come back with.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 (PSEX, "jen-psaki", 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, P),
 (PSEX, "jen-psaki", 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, P),
 ("We've said that they could invade at any point. We don't know if President Putin has made a decision.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 ("It was closely coordinated. Our responses were consulted with our allies, and the NATO response goes through the alliance's own process. I'd point you to the Secretary General's comments for the specifics on theirs.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, P),
 (PSVETO, "jen-psaki", 1, "MS. PSAKI", "no-military-activity-ex-soviet", "mentions", 1, P),
 (PSVETO, "jen-psaki", 1, "MS. PSAKI", "no-strike-weapons-near-borders", "mentions", 1, P),
 (PSVETO, "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, P),
]

D = "lsm-2022-01-13-rinkevics-russia-demands"
T = "2022-01-13"
W = "2022-01-12"
GRU = "We need legal guarantees that NATO will not move eastward,"
BASKET = "If you put Ukraine's membership, the withdrawal of allied troops and the missiles in one basket, you know the answer before you ask,"
STOLT = "He said the allies were ready to discuss arms control, including missiles, and greater transparency in military drills, but would not give up the principle that each nation chooses its own path."
PAB = "He also dismissed Moscow's suggestion that NATO should stop exercises close to Russia's western border."
ALLIES = "All 30 allies, he said, had told the Russian delegation that the decision on membership is made only by NATO and the applicant country, and that no third state can veto it."
L[D] = [
 ("Latvia will not accept any agreement between NATO and Russia that would limit the presence of allied forces on its territory, Foreign Minister Edgars Rinkēvičs (New Unity) said on Thursday, a day after the NATO-Russia Council met in Brussels for the first time in more than two years.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, T),
 ("as if the Cold War ended the other way round", "edgars-rinkevics", 1, "Rinkēvičs", "", "", 1, T),
 ("The demand that NATO remove its troops and infrastructure from countries that joined after 1997 is a demand that Latvia, Lithuania, Estonia and Poland become second-class members. This will not happen,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, T),
 (ALLIES, "edgars-rinkevics", 1, "he", "nato-open-door", "supports", 0, T),
 (ALLIES, "nato", 0, "All 30 allies", "nato-open-door", "supports", 0, W),
 ("Defence Minister Artis Pabriks went further, saying Latvia would ask for a permanent US presence in the Baltic region.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 0, T),
 ("Russia is asking us to be less protected. Our answer is that we need to be more protected,", "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, T),
 (PAB, "artis-pabriks", 1, "He", "limit-military-exercises", "rejects", 0, T),
 (PAB, "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The exercises in the Baltic states are defensive, they are planned years ahead and they are transparent. We are not going to ask permission from the Kremlin,", "artis-pabriks", 1, "he", "limit-military-exercises", "rejects", 1, T),
 (STOLT, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, W),
 (STOLT, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, W),
 (STOLT, "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, W),
 ("Russia's Deputy Foreign Minister Alexander Grushko told a separate press conference that NATO's refusal to stop enlargement was a \"mistake\".", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, W),
 (GRU, "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, W),
 (GRU, "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, W),
 ("The Kremlin sent us its wish list in December, and it is not a list for negotiations, it is a list for capitulation. I don't expect them to take it back,", "valdis-ozolins-kalns", 1, "he", "", "", 1, ""),
 ("Mutual limits on intermediate-range missiles in Europe would serve Latvia too. There was an agreement like that until 2019, and we lived better with it,", "kristaps-veidemanis", 1, "Veidemanis", "no-intermediate-range-missiles", "supports", 1, ""),
 (BASKET, "kristaps-veidemanis", 1, "the researcher", "no-ukraine-membership", "mentions", 1, ""),
 (BASKET, "kristaps-veidemanis", 1, "the researcher", "rollback-to-1997", "mentions", 1, ""),
 (BASKET, "kristaps-veidemanis", 1, "the researcher", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Latvian government has repeatedly called on Russia to withdraw its forces from near the Ukrainian border.", "latvia", 0, "The Latvian government", "russia-de-escalation", "supports", 0, ""),
 ("Moscow denies it intends to attack and says NATO's expansion threatens its security.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

D = "theatlantic-2022-02-02-putin-grievance-letter"
F1 = "2022-02-01"
CORE = "He named three of them: NATO's expansion, the deployment of strike weapons near Russia's borders, and the return of the alliance's military infrastructure in Europe to where it stood in 1997."
MOSC = "Moscow says it wants a signed, legally binding promise that the alliance will not grow."
ADM = "The administration keeps asking Moscow to pull its forces back; Moscow keeps replying that they are on Russian soil."
L[D] = [
 ("It is already clear now—I informed the prime minister about this—that the fundamental Russian concerns turned out to be ignored,", "vladimir-putin", 1, "Putin", "", "", 1, F1),
 (CORE, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, F1),
 (CORE, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, F1),
 (CORE, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, F1),
 ("Imagine that Ukraine is a NATO member and starts these military operations,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, F1),
 ("Are we supposed to fight with the NATO bloc? Has anyone given that any thought? Apparently not.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, F1),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("Rose Gottemoeller, a former NATO deputy secretary-general, has called parts of it the most serious American proposal on European missiles in a generation.", "rose-gottemoeller", 1, "Rose Gottemoeller", "no-intermediate-range-missiles", "mentions", 0, ""),
 (MOSC, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MOSC, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Russians are not bluffing about how much this matters to them,", "samuel-prescott", 1, "Samuel Prescott", "", "", 1, ""),
 ("But they are bluffing, I think, about whether they'll accept nothing. They will take the missile deal. They just can't be seen to ask for it.", "samuel-prescott", 1, "Samuel Prescott", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("We don't know whether President Putin has made a decision,", "jake-sullivan", 1, "Jake Sullivan", "", "", 1, "2022-01-30"),
 (ADM, "united-states", 0, "The administration", "russia-de-escalation", "supports", 0, ""),
 (ADM, "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("I hope that we will eventually find a solution, though we understand it is not going to be easy,", "vladimir-putin", 1, "he", "", "", 1, F1),
]

D = "chathamhouse-2022-01-18-osce-vienna-dead-end"
V = "2022-01-13"
PKG = "The core of the package is simple: a legally binding commitment that NATO will not enlarge further, in particular to Ukraine; the withdrawal of allied forces and infrastructure from states that joined after May 1997; and a ban on US and NATO military activity in the former Soviet space outside the alliance."
TIE = "By tying genuinely negotiable issues — the placement of intermediate-range missiles, the scale and location of exercises, incident prevention at sea and in the air — to issues on which no Western government can move, the Kremlin has made it easy for the West to say no to everything."
L[D] = [
 ("We are talking about a package, and the package must be considered as a whole,", "alexander-lukashevich", 1, "he", "", "", 1, V),
 (PKG, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (PKG, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (PKG, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (PKG, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (PKG, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We will not allow the principles of the OSCE, including the right of each state to choose its own alliances, to be renegotiated.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 1, V),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, V),
 ("not in months, but in weeks", "alexander-lukashevich", 1, "He", "", "", 1, V),
 (TIE, "russia", 0, "the Kremlin", "no-intermediate-range-missiles", "supports", 0, ""),
 (TIE, "russia", 0, "the Kremlin", "limit-military-exercises", "supports", 0, ""),
 ("Ryabkov in Geneva rejected the idea that there was anything to de-escalate.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, ""),
 ("You cannot negotiate about the future of European security with a gun on the table. First the gun goes back in the holster.", "eirik-lundqvist", 1, "Eirik Lundqvist", "russia-de-escalation", "supports", 1, ""),
 ("The deployments we see around Yelnya and in Belarus are not a signal, they are a capability,", "anatol-reyes", 1, "Dr Anatol Reyes", "", "", 1, ""),
 ("Whatever happens at the negotiating table, that capability remains.", "anatol-reyes", 1, "he", "", "", 1, ""),
]

D = "lrs-2022-01-20-seimas-debate-security-guarantees"
S = "2022-01-20"
GL = "gabrielius-landsbergis"
LA2 = "Russia demands that the Alliance return to the positions of 1997, that means, to withdraw allied forces from Lithuania, from Latvia, from Estonia, from Poland. For Lithuania this is absolutely unacceptable, and I am glad that all our allies said the same in Brussels without any hesitation."
LA3 = "Russia demands that Ukraine and Georgia never become members of NATO. We say: the door of NATO is open and will remain open, and only the Alliance and the candidate decide. No one in Moscow has a veto on this."
LA4 = "At the same time, we do not refuse dialogue on things where dialogue is possible, for example on transparency of exercises, on risk reduction. But dialogue can not happen when one hundred thousand soldiers stand on the border of Ukraine. Russia must withdraw them. This is the first condition."
LA8 = "But on the core of their demands, the legal guarantee of non-enlargement, there will be no treaty. Such treaty would mean that the sovereign states of Europe are divided again into spheres of influence, like after Yalta."
L[D] = [
 ("Dear Madam Speaker, dear colleagues. Last week in Geneva, in Brussels and in Vienna the Russian Federation presented to the United States and to the Alliance its so-called proposals on security guarantees. I want to say it directly from this tribune: these are not proposals, it is an ultimatum.", GL, 1, "G. LANDSBERGIS", "", "", 1, S),
 (LA2, GL, 1, "G. LANDSBERGIS", "rollback-to-1997", "rejects", 1, S),
 ("Russia demands that the Alliance return to the positions of 1997, that means, to withdraw allied forces from Lithuania, from Latvia, from Estonia, from Poland.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (LA3, GL, 1, "G. LANDSBERGIS", "no-ukraine-membership", "rejects", 1, S),
 (LA3, GL, 1, "G. LANDSBERGIS", "nato-open-door", "supports", 1, S),
 ("Russia demands that Ukraine and Georgia never become members of NATO.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (LA4, GL, 1, "G. LANDSBERGIS", "limit-military-exercises", "mentions", 1, S),
 (LA4, GL, 1, "G. LANDSBERGIS", "russia-de-escalation", "supports", 1, S),
 ("Thank you for the question. I do not see such a risk today. I had conversation with Secretary Blinken yesterday and he assured that no decisions about the Baltic states will be made without the Baltic states.", GL, 1, "G. LANDSBERGIS", "limit-military-exercises", "rejects", 1, S),
 ("Limits on exercises can be discussed only on reciprocal basis, and Russia itself is conducting the largest exercises, now also in Belarus, next to our border. It is Russia who must limit its exercises first.", GL, 1, "G. LANDSBERGIS", "limit-military-exercises", "mentions", 1, S),
 ("Colleague, on intermediate-range missiles the Alliance is ready to talk, and it was said in Brussels. The INF Treaty was destroyed by Russia, not by us, let us remember.", GL, 1, "G. LANDSBERGIS", "no-intermediate-range-missiles", "mentions", 1, S),
 (LA8, GL, 1, "G. LANDSBERGIS", "nato-non-expansion", "rejects", 1, S),
 (LA8, GL, 1, "G. LANDSBERGIS", "written-legal-guarantees", "rejects", 1, S),
 ("Thank you. Minister, I only want to say that we lived this before. In 1990 they also promised many things, and then in 1991, in January, they came with tanks to Vilnius. I ask the ministry to make clear to our partners that any „security guarantees“ for Russia mean insecurity for us.", "zygimantas-pavilionis", 1, "Ž. PAVILIONIS", "", "", 1, S),
 ("Yes. We have been consulted and we will be consulted. I can not disclose the content, but I can say that the answer will not contain anything that contradicts the decisions of the Madrid, Bucharest, Vilnius, I mean, all the previous summits of the Alliance.", GL, 1, "G. LANDSBERGIS", "rescind-bucharest-2008", "rejects", 1, S),
 ("Dear colleagues, I fully support the Minister. I want only to add that we must not look at the Russian documents as one package. There are in them points that Lithuania can accept, for example the resumption of military contacts between Russia and NATO so that there are no incidents in the air over the Baltic Sea. „Military officers talking to each other is not a concession, it is common sense,“ – I said this to my constituents and I repeat it here.", "julius-sabatauskas", 1, "J. SABATAUSKAS", "resume-military-dialogue", "supports", 1, S),
 ("Thank you. Colleagues, Russian Foreign Minister Lavrov said yesterday that Russia will not wait forever. I answer: Lithuania also will not wait. We will ask the allies to strengthen the eastern flank now, with air defence and with more troops. „If Moscow wants fewer NATO soldiers near its border, it achieved exactly the opposite,“ and this is the only result of its December ultimatum.", "laurynas-kasciunas", 1, "L. KASČIŪNAS", "rollback-to-1997", "rejects", 1, S),
]

write_gold(L, "articles-334", "gold-334")
