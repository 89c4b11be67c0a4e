#!/usr/bin/env python3
"""Writes the held-out gold of batch 281 (gold-281/*.nq) from the labels below.

Batch 281 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-10-us-russia-geneva-talks-end-without-breakthrough: AP wire story
  (front matter, byline, GENEVA (AP) dateline); quotation split by "he said",
  "the diplomat" / "she" pronouns, a sub-six-word demand quotation, an analyst
  who only mentions, Baker-Gorbachev/Bucharest background, "the Kremlin ... wants".
- tass-2022-01-27-lavrov-us-response-no-positive-answer-main-question: TASS
  English in machine-translated style, no front matter ("27 JAN, 13:05"),
  crossheads, "said on Wednesday" resolving to 26 Jan, Stoltenberg reported
  inside Zakharova's sentence, Russia's past proposals in Lavrov's sentence,
  a "Recall ..." background paragraph describing the drafts (not labelled).
- nato-2022-01-12-stoltenberg-press-conference-nato-russia-council: NATO
  transcript with speaker labels; moderator and questions unlabelled (one
  question reports Grushko), each answer paragraph one quotation, Russia's
  demand reported inside Stoltenberg's paragraph.
- kyiv-independent-2022-01-21-blinken-lavrov-geneva-live: live blog with time
  stamps, UTF-8 BOM and CRLF, crossheads echoing quotations, "Read also" lines,
  Bucharest background, invented lawmaker.
- foreign-policy-2022-01-18-what-putin-can-get-from-the-west: FP analysis with
  standfirst and byline; paraphrase of the 17 Dec drafts (documents, not
  labelled), two invented analysts with their own stances, an anonymous State
  Department official, Baker 1990 / Founding Act 1997 / Bucharest 2008 history
  with a "the Kremlin now wants" clause, several demands in one quotation.
- bundestag-2022-01-13-plenary-record-russia-ukraine: Bundestag stenographic
  record in English, no front matter, speaker labels, presiding officer
  (host, unlabelled), short interjections, each speech paragraph a quotation,
  Russia's demands attributed inside MPs' speeches.
- rferl-2022-02-01-putin-says-west-ignored-russian-concerns: RFE/RL story
  (front matter), Putin listing three demands in reported speech then
  referring to them as "our three key demands", rhetorical question quotations,
  State Department readout, Johnson partial quotation, analyst, "Read more".

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

D = "2022-01-10"
L["ap-2022-01-10-us-russia-geneva-talks-end-without-breakthrough"] = [
 ("U.S. and Russian negotiators wrapped up more than seven hours of talks over Moscow's military buildup near Ukraine on Monday with no sign of progress, as the Kremlin's envoy insisted the West must hand over firm assurances that NATO will stop growing toward Russia's borders.",
  "sergei-ryabkov", 1, "the Kremlin's envoy", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,",
  "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, bulletproof, waterproof, legally binding guarantees,",
  "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards — guarantees.",
  "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The diplomat added that Russia would not accept being told where it may station troops on its own soil and had no intention of pulling them back from areas near Ukraine.",
  "sergei-ryabkov", 1, "The diplomat", "russia-de-escalation", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,",
  "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the U.S. had told the Russians it was willing to talk about where missiles are placed in Europe and about putting limits on the size and scope of military drills, provided Russia took reciprocal steps.",
  "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the U.S. had told the Russians it was willing to talk about where missiles are placed in Europe and about putting limits on the size and scope of military drills, provided Russia took reciprocal steps.",
  "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("Sherman said the quickest way to lower the temperature would be for Moscow to send home the roughly 100,000 troops it has gathered near Ukraine's borders.",
  "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("If Russia walks away, it will be quite apparent they were never serious about pursuing diplomacy,",
  "wendy-sherman", 1, "she", "", "", 1, D),
 ("The Kremlin, which made its draft treaties public last month, also wants the alliance to pull its troops and weapons out of the Central and Eastern European countries that joined after 1997.",
  "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("In Kyiv, Foreign Minister Dmytro Kuleba said on Monday that only Ukraine and the allies could decide whether Ukraine joins NATO and that no one in Moscow would be handed that choice.",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("Nobody in Washington is going to sign a paper that promises Ukraine stays out of NATO forever, and Moscow knows it,",
  "olga-brennan-vasquez", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("What Russia may get is something narrower — limits on missiles, more transparency on exercises.",
  "olga-brennan-vasquez", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What Russia may get is something narrower — limits on missiles, more transparency on exercises.",
  "olga-brennan-vasquez", 1, "she", "limit-military-exercises", "mentions", 1, ""),
]

W, T = "2022-01-26", "2022-01-27"
MAINQ = "The main question is our clear position about inadmissibility of further expansion of NATO to the East and deployment of strike weapons which can threaten the territory of Russian Federation,"
LAVMIS = "The head of Russian diplomacy also said that the American side declared readiness to discuss the deployment of intermediate- and shorter-range missiles and the transparency of military exercises, which Russia itself has been proposing for many years already without answer."
PESK = "At the same time he stressed that the verbal promises are not enough and that only juridically fixed guarantees which exclude the moving of the alliance to the East can satisfy the Russian side."
ZAK = "Official representative of the Russian Foreign Ministry Maria Zakharova on Thursday called unacceptable the words of NATO Secretary General Jens Stoltenberg that the alliance will not make compromise on the policy of \"open doors\"."
L["tass-2022-01-27-lavrov-us-response-no-positive-answer-main-question"] = [
 ("The written response of the United States to the Russian proposals on security guarantees contains no positive reaction on the main question, which is the non-expansion of NATO to the East, Russian Foreign Minister Sergey Lavrov said on Wednesday at the meeting with leaders of State Duma factions.",
  "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, W),
 (MAINQ, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, W),
 (MAINQ, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, W),
 ("There is a reaction which allows to count on start of serious conversation, but on secondary issues,",
  "sergei-lavrov", 1, "Lavrov", "", "", 1, W),
 (LAVMIS, "sergei-lavrov", 1, "The head of Russian diplomacy", "no-intermediate-range-missiles", "supports", 0, W),
 (LAVMIS, "sergei-lavrov", 1, "The head of Russian diplomacy", "limit-military-exercises", "supports", 0, W),
 (LAVMIS, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (LAVMIS, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (LAVMIS, "united-states", 0, "the American side", "no-intermediate-range-missiles", "mentions", 0, ""),
 (LAVMIS, "united-states", 0, "the American side", "limit-military-exercises", "mentions", 0, ""),
 ("It is obvious that it would be incorrect to make some conclusions quickly, it requires time for analysis,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 (PESK, "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 0, T),
 (PESK, "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 0, T),
 ("We have heard the words about good intentions many times, and the history shows what such words cost,",
  "dmitry-peskov", 1, "the Kremlin spokesman", "written-legal-guarantees", "supports", 1, T),
 ("Answering the question of journalists whether Russia will withdraw the troops from the border with Ukraine, Peskov said that the movement of Russian forces on own territory is the sovereign right of Russia and cannot be subject of any bargaining.",
  "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, T),
 (ZAK, "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, T),
 (ZAK, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The so-called open doors policy is not a dogma, it is an instrument of expansion which created the current crisis,",
  "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, T),
 ("Deputy Foreign Minister Sergey Ryabkov on Thursday said to journalists that Moscow will not agree to discuss the secondary questions separately from the key ones, including the withdrawal of NATO infrastructure to the positions of 1997.",
  "sergei-ryabkov", 1, "Sergey Ryabkov", "rollback-to-1997", "supports", 0, T),
 ("We will not allow to drag our proposals into an endless discussion. Package is package,",
  "sergei-ryabkov", 1, "Ryabkov", "", "", 1, T),
 ("According to the deputy minister, Russia also waits for clear answer on the question of non-deployment of the American weapons on the territory of Ukraine and other states of post-Soviet space which are not members of NATO.",
  "sergei-ryabkov", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 0, T),
 ("If the answer on this will be negative, we will draw conclusions, and they will be not in favour of the American side,",
  "sergei-ryabkov", 1, "he", "no-military-activity-ex-soviet", "supports", 1, T),
 ("US Secretary of State Antony Blinken said on Wednesday that the American response does not contain any concessions on the principle questions, including the right of Ukraine to choose its alliances.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, W),
]

D = "2022-01-12"
S = "jens-stoltenberg"
P2 = "Allies made clear that we will not compromise on some core principles. Each nation has the right to choose its own path, including the security arrangements it wants to be part of. Russia does not get a veto over whether Ukraine can become a NATO member."
P4 = "At the same time, Allies are ready to sit down and talk about arms control, including missiles, about greater transparency and risk reduction for military exercises, and about reopening our military-to-military channels of communication."
A1 = "I will not comment on every statement from the Russian side. What I can say is that NATO has made no promise to anyone to stop its enlargement, and the decision we took in Bucharest in 2008 still stands."
A5 = "What we are prepared to do is to discuss concrete proposals that improve the security of all of us. That includes limits on where missiles can be placed and how large and how close to borders exercises can be, on the basis of reciprocity."
L["nato-2022-01-12-stoltenberg-press-conference-nato-russia-council"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was a serious and direct exchange, and it is good that all 30 Allies and Russia sat around the same table and engaged on substantive topics.",
  S, 1, "Jens Stoltenberg", "", "", 1, D),
 (P2, S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P2, S, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("At today's meeting, Russia repeated its call for NATO to withdraw forces and infrastructure from the Allies that joined our Alliance after 1997. We will not do that. There cannot be first-class and second-class members of NATO, and we will continue to protect and defend all Allies.",
  S, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("At today's meeting, Russia repeated its call for NATO to withdraw forces and infrastructure from the Allies that joined our Alliance after 1997.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 (P4, S, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (P4, S, 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 (P4, S, 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 1, D),
 ("We call on Russia to de-escalate, to pull back its forces from Ukraine's borders, and to engage in good faith in the diplomatic process.",
  S, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("There is a real risk for new armed conflict in Europe. The Russian delegation was not in a position to agree on a timetable for further meetings, but they did not reject them either.",
  S, 1, "Jens Stoltenberg", "", "", 1, D),
 (A1, S, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 (A1, S, 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, D),
 ("NATO is a defensive alliance. We have never been a threat to Russia, and we will not become one.",
  S, 1, "Jens Stoltenberg", "", "", 1, D),
 ("Ukraine is a close and highly valued partner. It is for Ukraine and the 30 Allies to decide when Ukraine is ready for membership, no one else.",
  S, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Our position has not changed. We are not going to sign any treaty that closes the door to new members, and we are not going to accept a moratorium either.",
  S, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 (A5, S, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (A5, S, 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 ("No. There has been no de-escalation. On the contrary, the build-up continues, with more troops, heavy weapons and combat-ready units, and we have seen no sign that Russia will move them back.",
  S, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("We need to see Russia take concrete steps to reduce tensions. Diplomacy is still possible, but it takes two.",
  S, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-21"
LAVK = "We have not heard anything new on the key point: NATO must stop moving toward our borders, and this must be fixed on paper,"
L["kyiv-independent-2022-01-21-blinken-lavrov-geneva-live"] = [
 ("Ukraine's path to NATO is Ukraine's business and the business of the 30 allies. The Kremlin gets no vote,",
  "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("We don't expect to resolve our differences here today, but I am hoping we can test whether the path of diplomacy is still open,",
  "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We expect concrete answers to our concrete proposals,",
  "sergei-lavrov", 1, "the Russian minister", "", "", 1, D),
 (LAVK, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LAVK, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("If Russia wants to begin to convince the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating,",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("We've been clear that NATO's door is open and will stay open,",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the U.S. had again rejected the idea that Ukraine could be barred from the alliance by agreement between Moscow and Washington.",
  "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, D),
 ("Any deal that promises Moscow we stay out of NATO would be a betrayal, and the Verkhovna Rada will never recognize it,",
  "serhiy-bondarenko", 1, "Bondarenko", "no-ukraine-membership", "rejects", 1, D),
 ("Kremlin spokesman Dmitry Peskov told reporters in Moscow on Jan. 21 that Russia would not pull its troops back from the border, since they are on Russian territory and threaten nobody.",
  "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("In his evening video address, President Volodymyr Zelensky urged Ukrainians not to panic and said Ukraine's strategic course toward membership in the EU and NATO is written into the constitution and is not up for negotiation with anyone.",
  "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, D),
 ("We are not a bargaining chip between big powers, and we will defend every meter of our land,",
  "volodymyr-zelensky", 1, "Zelensky", "", "", 1, D),
]

VK2 = "One is about the architecture of Europe—who joins what. The other is about missiles, exercises, and bombers. Only the second one is negotiable."
HM1 = "The Bucharest language was a mistake, but you cannot erase it by treaty without telling every small state in Europe that its sovereignty is negotiable,"
GRU = "At the NATO-Russia Council in Brussels on Jan. 12, Deputy Foreign Minister Alexander Grushko told allies that NATO's eastward march had to be stopped and that Russia wanted the relevant commitments on paper, not in speeches."
BS = "Secretary of State Antony Blinken has said much the same in public, and NATO Secretary-General Jens Stoltenberg repeated it at the council meeting."
SHF = "In Geneva, U.S. Deputy Secretary of State Wendy Sherman offered to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe—a nod to the Intermediate-Range Nuclear Forces Treaty, which collapsed in 2019—and on the scale of exercises."
VK3 = "If I were in Moscow, I would pocket the missile deal and stop talking about 1997,"
L["foreign-policy-2022-01-18-what-putin-can-get-from-the-west"] = [
 ("There are really two Russian lists,", "dmitri-volkonsky", 1, "Dmitri Volkonsky", "", "", 1, ""),
 (VK2, "dmitri-volkonsky", 1, "Dmitri Volkonsky", "nato-non-expansion", "mentions", 1, ""),
 (VK2, "dmitri-volkonsky", 1, "Dmitri Volkonsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VK2, "dmitri-volkonsky", 1, "Dmitri Volkonsky", "limit-military-exercises", "mentions", 1, ""),
 (VK2, "dmitri-volkonsky", 1, "Dmitri Volkonsky", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (GRU, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (GRU, "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("We are not going to trade the open door for anything,",
  "us-state-department", 0, "a senior State Department official", "nato-open-door", "supports", 1, "2022-01-12"),
 (BS, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (BS, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("And at the 2008 Bucharest summit, NATO declared that Ukraine and Georgia \"will become members of NATO,\" a line the Kremlin now wants formally withdrawn.",
  "russia", 0, "the Kremlin", "rescind-bucharest-2008", "supports", 0, ""),
 (HM1, "kristin-halvorsen-maas", 1, "Kristin Halvorsen-Maas", "rescind-bucharest-2008", "rejects", 1, ""),
 (HM1, "kristin-halvorsen-maas", 1, "Kristin Halvorsen-Maas", "nato-open-door", "supports", 1, ""),
 ("No allied government will sign that.", "kristin-halvorsen-maas", 1, "Kristin Halvorsen-Maas", "rescind-bucharest-2008", "mentions", 1, ""),
 (SHF, "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, ""),
 (SHF, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, ""),
 ("Russian officials have long complained about U.S. Aegis Ashore sites in Romania and Poland, which Moscow says could be converted to fire offensive missiles.",
  "russia", 0, "Russian officials", "no-strike-weapons-near-borders", "supports", 0, ""),
 (VK3, "dmitri-volkonsky", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 (VK3, "dmitri-volkonsky", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Asking NATO to leave Poland and the Baltic states is not a position; it is a provocation that guarantees failure.",
  "dmitri-volkonsky", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("The demands were written to be rejected,", "kristin-halvorsen-maas", 1, "Halvorsen-Maas", "", "", 1, ""),
 ("The point is to be able to say: we asked, they refused.", "kristin-halvorsen-maas", 1, "Halvorsen-Maas", "", "", 1, ""),
]

D = "2022-01-13"
AB, MT, RH, PK, CH = "annalena-baerbock", "markus-tiefenbach", "rainer-haslauer", "petra-kollmann", "carsten-hartwig"
TF2 = "Russia demands nothing less than that NATO pull its troops out of Poland, the Baltic states and Romania and return to the state of 1997. Dear colleagues, that would be the end of the security of our eastern partners, and no German government may ever agree to it."
HS2 = "It is only understandable that Russia today wants a binding treaty assurance that the alliance will not move further towards its borders. I say: such a treaty is in Germany's interest too. Ukraine in NATO would mean permanent confrontation on our continent."
HS2a = "It is only understandable that Russia today wants a binding treaty assurance that the alliance will not move further towards its borders."
L["bundestag-2022-01-13-plenary-record-russia-ukraine"] = [
 ("Madam President! Dear colleagues! This week, for the first time in years, Russia and the West have sat at the same table in three formats: in Geneva, in Brussels and, today, in Vienna. That is something. But talking is not yet the same as de-escalating.",
  AB, 1, "Annalena Baerbock", "russia-de-escalation", "supports", 1, D),
 ("More than 100,000 Russian soldiers stand at the border with Ukraine. We expect Russia to withdraw these troops and to return to the path of dialogue. That is the precondition for any real progress.",
  AB, 1, "Annalena Baerbock", "russia-de-escalation", "supports", 1, D),
 ("Let me be very clear on one point: the sovereign right of every state to choose its own alliances is not up for negotiation. This is not a favour that NATO grants; it is the foundation of the Charter of Paris, which Russia also signed.",
  AB, 1, "Annalena Baerbock", "nato-open-door", "supports", 1, D),
 ("At the same time, we are ready to talk about everything that makes Europe safer: about arms control, about transparency in military manoeuvres, about confidence-building measures. We will not let ourselves be divided into speaking about Ukraine over the heads of Ukrainians.",
  AB, 1, "Annalena Baerbock", "limit-military-exercises", "mentions", 1, D),
 ("Madam President! Ladies and gentlemen! Madam Minister, we support you in that. But the Federal Government must also say clearly what it will do if Moscow does not move.",
  MT, 1, "Dr. Markus Tiefenbach", "", "", 1, D),
 (TF2, MT, 1, "Dr. Markus Tiefenbach", "rollback-to-1997", "rejects", 1, D),
 ("Russia demands nothing less than that NATO pull its troops out of Poland, the Baltic states and Romania and return to the state of 1997.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("And I say to the Chancellor: Nord Stream 2 must also be on the table if Russian troops cross the border.",
  MT, 1, "Dr. Markus Tiefenbach", "", "", 1, D),
 ("Madam President! Dear colleagues! We have to take Russia's security interests seriously. In 1990, the West promised Moscow that NATO would not expand eastwards. That promise was broken.",
  RH, 1, "Rainer Haslauer", "", "", 1, D),
 (HS2, RH, 1, "Rainer Haslauer", "nato-non-expansion", "supports", 1, D),
 (HS2, RH, 1, "Rainer Haslauer", "written-legal-guarantees", "supports", 1, D),
 (HS2, RH, 1, "Rainer Haslauer", "no-ukraine-membership", "supports", 1, D),
 (HS2a, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (HS2a, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Madam President! Ladies and gentlemen! Nobody here wants war. And that is why it is wrong to respond to Russia's proposals only with a list of what is non-negotiable.",
  PK, 1, "Petra Kollmann", "", "", 1, D),
 ("If Russia is prepared to talk about medium-range missiles in Europe, then take that offer up! I remember the Pershing debate in this house. We need a new treaty on intermediate-range weapons, and we need it quickly.",
  PK, 1, "Petra Kollmann", "no-intermediate-range-missiles", "supports", 1, D),
 ("Madam President! Dear colleagues! Anyone who listened to Mr. Haslauer just now heard the Kremlin's script word for word.",
  CH, 1, "Carsten Hartwig", "", "", 1, D),
 ("Ukraine is a sovereign country. Whether it joins NATO one day is decided in Kyiv and by the allies, and not in the Kremlin. Anyone who wants a veto for Moscow on that is giving up the principles of the Helsinki Final Act.",
  CH, 1, "Carsten Hartwig", "nato-open-door", "supports", 1, D),
 ("I also want to say something about the military-to-military channels: yes, we should reopen them. In crisis situations, it is precisely the generals who must be able to call each other.",
  CH, 1, "Carsten Hartwig", "resume-military-dialogue", "supports", 1, D),
]

D = "2022-02-01"
P3 = "Putin said the West had disregarded three Russian requests: that NATO stop expanding, that it not deploy offensive weapons systems near Russia's borders, and that the alliance's military infrastructure in Europe be returned to where it stood in 1997."
P3q = "We have not seen adequate consideration of our three key demands,"
BL = "The State Department said Blinken urged Russia to pull back its troops and stressed that the United States remains committed to the right of countries to choose their own security arrangements."
L["rferl-2022-02-01-putin-says-west-ignored-russian-concerns"] = [
 (P3, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (P3, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (P3, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 (P3q, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 (P3q, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (P3q, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("Putin also presented a scenario in which Ukraine, once inside the alliance, would try to retake the Crimean Peninsula by force, drawing NATO into a direct conflict with Russia.",
  "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts these military operations. Are we supposed to go to war with the NATO bloc?",
  "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("Has anyone thought about this? Apparently not.",
  "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("I hope that we will eventually find a solution, although it will not be easy,",
  "vladimir-putin", 1, "Putin", "", "", 1, D),
 (BL, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("The Secretary underscored the U.S. willingness, bilaterally and together with allies and partners, to continue a substantive exchange with Russia on mutual security concerns,",
  "ned-price", 1, "Ned Price", "", "", 1, D),
 ("In Kyiv, Ukrainian Foreign Minister Dmytro Kuleba said on February 1 that Ukraine would not accept any arrangement that closes its path to NATO membership.",
  "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Russia wants a sphere of influence and calls it security guarantees,",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("We will not agree to live in someone else's sphere.",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("a political, a humanitarian, and a military disaster.",
  "boris-johnson", 1, "Boris Johnson", "", "", 1, D),
 ("He did not slam the door. He listed the same demands as in December, but he also said he hopes for a solution, which means the Kremlin still sees value in talking,",
  "anna-veselovskaya", 1, "Veselovskaya", "", "", 1, ""),
 ("There is no version of this in which NATO signs away Ukraine's future membership. Putin knows that,",
  "anna-veselovskaya", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]

write_gold(L, "articles-281", "gold-281")
