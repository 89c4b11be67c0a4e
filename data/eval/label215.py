#!/usr/bin/env python3
"""Writes the held-out gold of batch 215 (gold-215/*.nq) from the labels below.

Batch 215 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-27-kyiv-welcomes-us-reply: AFP wire story from Kyiv, no front matter
  (date in "Issued on: 27/01/2022"), photo caption, "- 'Polite no' -" crossheads, a quote
  interrupted by "Kuleba said", Bucharest 2008 background, short partial quotes, an analyst.
- bloomberg-2022-01-10-geneva-talks-far-apart: Bloomberg story on Geneva, front matter,
  bullet standfirst, "Read more:" links, market paragraph, Sherman rejecting and offering,
  the December drafts reported as Russia's demands, a Foreign Ministry statement.
- nato-2022-01-26-stoltenberg-press-conference: NATO transcript, front matter, spokesperson
  as moderator, journalists' questions naming demands (not labelled), every answer paragraph
  a direct quotation, 1997 Founding Act discussed inside an answer.
- tass-2022-01-27-peskov-no-grounds-for-optimism: TASS report, UTF-8 BOM and CRLF, no front
  matter ("MOSCOW, January 27. /TASS/."), "Also read" links, a partial quote of Grushko,
  a dated background paragraph on the 17 December drafts.
- kommersant-2022-02-02-three-key-requirements: Kommersant analysis machine-translated into
  English, front matter, « » quotes followed by ", —", "Mr. Putin", "shock weapon systems",
  an editorial bracket, Russian experts, Bucharest and 1997 background.
- washingtonpost-2022-01-26-us-reply-missiles-drills: Washington Post, front matter,
  anonymous U.S. officials ("two U.S. officials" -> united-states, "a senior State
  Department official" -> us-state-department), Baker 1990 background, a senator, an analyst.
- npr-2022-01-13-week-of-talks-ends: NPR All Things Considered transcript, no front matter,
  host and correspondent, soundbites with an interpreter (labelled to the speaker), an analyst.

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

Writer's own choices: the NPR correspondent (and the NATO moderator) is treated like a
narrator/host: his own lines get no label, but the statements he reports are labelled as
reported speech of their speakers; an interpreter's rendering is the original speaker's direct
quotation. Russia's in-passing labels are always undated. A fresh quote in a same-day news story
("told AFP", "said X, an analyst") takes the publication date; interviews with no day ("in an
interview to Kommersant", "I also spoke with") are undated. Each span of an interrupted quotation
is labelled by what it expresses in the passage.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-27"
L["afp-2022-01-27-kyiv-welcomes-us-reply"] = [
 ("We have no objections to the American answer. Our position was taken into account,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 ("Ukraine's road to the alliance is a matter for Ukraine and the thirty allies,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("and our American partners have confirmed to us that this has not changed by a single comma.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Russia, which has massed more than 100,000 troops near Ukraine's borders, demanded in December that NATO rule out membership for Ukraine and pull its forces back from the countries of eastern Europe that joined the alliance after the Cold War.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia, which has massed more than 100,000 troops near Ukraine's borders, demanded in December that NATO rule out membership for Ukraine and pull its forces back from the countries of eastern Europe that joined the alliance after the Cold War.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that there was \"no positive response\" in the document to what he called the main question, namely the inadmissibility of NATO expanding further east and of deploying strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that there was \"no positive response\" in the document to what he called the main question, namely the inadmissibility of NATO expanding further east and of deploying strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("US Secretary of State Antony Blinken said on Wednesday that the reply set out \"a serious diplomatic path\" while making clear that Washington would not budge on the alliance's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Moscow wanted a yes or no on Ukraine and NATO, and it has received a polite no,", "mykola-savchuk", 1, "Mykola Savchuk", "no-ukraine-membership", "mentions", 1, D),
 ("Moscow wanted a yes or no on Ukraine and NATO, and it has received a polite no,", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The question now is whether the Kremlin treats that as the end of diplomacy or as the start of a bargain over missiles and military exercises, which is where the Americans have left some room,", "mykola-savchuk", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The question now is whether the Kremlin treats that as the end of diplomacy or as the start of a bargain over missiles and military exercises, which is where the Americans have left some room,", "mykola-savchuk", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("Any conversation about Ukraine without Ukraine is a conversation about nothing, and everyone in Washington and Paris understands this,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
 ("People here are calm, they have been living next to this war for eight years and they do not run at every rumour,", "iryna-bondar", 1, "Iryna Bondar", "", "", 1, D),
 ("We understand the caution of our partners, but there is no need to create panic where there is none,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
]

D = "2022-01-10"
RD = "Russia in December published two draft agreements that would bar NATO from admitting new members and from deploying troops or weapons in the countries that joined after 1997, including Poland and the Baltic states."
KM = "Moscow wants the alliance frozen at its current borders, full stop, and Washington is offering to talk about missiles and drills."
SH = "She said the U.S. was willing to explore reciprocal limits on where missiles could be placed in Europe and on the size and scope of military exercises, provided Russia took similar steps, and suggested those talks could resume in the coming weeks."
L["bloomberg-2022-01-10-geneva-talks-far-apart"] = [
 ("It is absolutely imperative for us to make sure that Ukraine never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We do not trust the other side, and that is why what we need are guarantees that are signed, ratified and cannot be reinterpreted the next morning.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("He rejected calls from Washington and its allies to pull back forces from the border, saying Russia would move its troops on its own soil as it sees fit and did not intend to attack anyone.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We were firm in pushing back on proposals that are simply non-starters, like telling sovereign nations that they cannot join the alliance of their choosing,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We were firm in pushing back on proposals that are simply non-starters, like telling sovereign nations that they cannot join the alliance of their choosing,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("We will not allow anyone to slam shut NATO's open-door policy.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SH, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (SH, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("It's hard to imagine real progress, however, in an atmosphere of escalation with a gun pointed at Ukraine's head,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Sherman said the U.S. had also raised the possibility of restoring channels between military commanders that have been largely frozen since 2014, an idea she said the Russian delegation received with interest.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "supports", 0, D),
 ("The two sides came to the table talking about entirely different things,", "andrius-kaminskas", 1, "Andrius Kaminskas", "", "", 1, D),
 (KM, "andrius-kaminskas", 1, "Andrius Kaminskas", "nato-non-expansion", "mentions", 1, D),
 (KM, "andrius-kaminskas", 1, "Andrius Kaminskas", "no-intermediate-range-missiles", "mentions", 1, D),
 (KM, "andrius-kaminskas", 1, "Andrius Kaminskas", "limit-military-exercises", "mentions", 1, D),
 (KM, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("That's not nothing, but it's not what the Kremlin asked for, and markets are pricing in a long stand-off rather than a deal,", "andrius-kaminskas", 1, "he", "", "", 1, D),
 (RD, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (RD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("If there is no movement on the fundamental questions, I see no point in meeting again just for the sake of meeting,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Our American colleagues should not underestimate the risks of what is happening; we are not bluffing,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Russia's Foreign Ministry said in a statement late Monday that it had stressed in Geneva that NATO's military activity on the territory of Ukraine and other former Soviet republics outside the alliance must cease.", "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, D),
]

D = "2022-01-26"
S = ("jens-stoltenberg", 1)
P = {}
P[1] = "Earlier today, NATO sent written proposals to Russia. We did so in parallel with the United States, and our texts are closely coordinated. All thirty Allies have been consulted and all Allies stand behind what we have sent."
P[2] = "We have made clear that NATO is ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we have all signed up to, including in the Helsinki Final Act."
P[3] = "We propose that NATO and Russia re-establish our respective offices in Moscow and Brussels, and that we make full use of the military lines of communication that exist, including by setting up a civilian hotline for emergencies. Restoring regular contacts between our militaries would help us reduce the risk of incidents and accidents."
P[4] = "We also propose reciprocal briefings on exercises and on nuclear policies, and we are ready to discuss ways to limit the risks around large-scale drills close to each other's borders. And we are ready to sit down for serious talks on arms control, including on land-based intermediate-range missiles in Europe."
P[5] = "At the same time, we cannot and we will not compromise on the principles on which the security of our Alliance, and the security of Europe, rests. Every nation has the right to choose its own path. That includes what kind of security arrangements it wants to be part of."
P[6] = "NATO's relationship with Ukraine will be decided by the thirty Allies and Ukraine, and nobody else. Russia does not have a veto, and it cannot have a veto."
P[7] = "We will also not compromise on our ability to protect and defend our Allies. We will not remove the forces and capabilities we have in the eastern part of our Alliance. On the contrary, we will do what is necessary to strengthen our collective defence, including with more battlegroups if needed."
P[8] = "Russia continues its military build-up in and around Ukraine, and in Belarus. We call on Russia to immediately de-escalate the situation, to pull back its forces and to choose the path of diplomacy."
P[9] = "The ball is now in Russia's court. We have made our proposals in good faith, and we look forward to hearing Russia's response."
P[10] = "There is nothing in our document that changes the fact that NATO's door remains open. That decision was taken by all Allies in 1949, when we signed the Washington Treaty, and it has been reaffirmed many times since."
P[11] = "We have not discussed a moratorium. It is not on the table. Whether and when Ukraine becomes a member is a question for Ukraine and the thirty Allies, and we will not negotiate that with Moscow over the heads of Ukrainians."
P[12] = "What we have offered is a written basis for talks on issues where we can make progress together, because we believe that is the best way to lower tensions."
P[13] = "In 1997 we signed the NATO-Russia Founding Act together with Russia, and at that time we had no forces in the east of the Alliance. That was in a different security environment."
P[14] = "Our presence in the eastern part of the Alliance is a response to Russia's illegal annexation of Crimea in 2014. The idea that NATO should now withdraw from the territory of some of its Allies, so that we have first- and second-class members, is something we simply reject."
P[15] = "I have invited Russia to a new series of meetings in the NATO-Russia Council. We are ready to meet as soon as Russia is ready."
P[16] = "NATO will continue to provide support to Ukraine, a close and highly valued partner. Allies help Ukraine with training, with equipment, and with building modern defence institutions, and that will not stop because Moscow demands it."
P[17] = "We have seen Russia use force against neighbours before, in Georgia in 2008 and in Ukraine in 2014. So we have to be prepared for the worst, while we continue to work for a political solution."


def st(n, name, demand="", stance=""):
    return (P[n], "jens-stoltenberg", 1, name, demand, stance, 1, D)


L["nato-2022-01-26-stoltenberg-press-conference"] = [
 st(1, "NATO Secretary General Jens Stoltenberg"),
 st(2, "NATO Secretary General Jens Stoltenberg"),
 st(3, "NATO Secretary General Jens Stoltenberg", "resume-military-dialogue", "supports"),
 st(4, "NATO Secretary General Jens Stoltenberg", "limit-military-exercises", "mentions"),
 st(4, "NATO Secretary General Jens Stoltenberg", "no-intermediate-range-missiles", "mentions"),
 st(5, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports"),
 st(6, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports"),
 st(6, "NATO Secretary General Jens Stoltenberg", "no-ukraine-membership", "rejects"),
 st(7, "NATO Secretary General Jens Stoltenberg", "rollback-to-1997", "rejects"),
 st(8, "NATO Secretary General Jens Stoltenberg", "russia-de-escalation", "supports"),
 st(9, "NATO Secretary General Jens Stoltenberg"),
 st(10, "NATO Secretary General", "nato-open-door", "supports"),
 st(10, "NATO Secretary General", "nato-non-expansion", "rejects"),
 st(11, "NATO Secretary General", "no-ukraine-membership", "rejects"),
 st(11, "NATO Secretary General", "nato-open-door", "supports"),
 st(12, "NATO Secretary General"),
 st(13, "NATO Secretary General", "rollback-to-1997", "rejects"),
 st(14, "NATO Secretary General", "rollback-to-1997", "rejects"),
 st(15, "NATO Secretary General"),
 st(16, "NATO Secretary General", "no-military-activity-ex-soviet", "rejects"),
 (P[16], "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 st(17, "NATO Secretary General"),
]

D = "2022-01-27"
PK = "The Kremlin official stressed that Moscow's demand for legally binding guarantees remained in force and that nobody had taken it off the agenda."
LV = "Earlier on Thursday, Russian Foreign Minister Sergei Lavrov said that the US document contained no positive reaction to the main question, namely Russia's clear position on the inadmissibility of NATO's further eastward expansion and the deployment of strike weapons that could threaten Russian territory."
GR = "a clear answer on the non-expansion of NATO, not a set of vague formulas about open doors"
GRS = "On Wednesday, Deputy Foreign Minister Alexander Grushko said that Moscow expected \"" + GR + "\"."
DEC = "On December 17, 2021, Moscow published draft agreements with the United States and NATO in which it proposed that the alliance renounce further eastward expansion, including the accession of Ukraine, refrain from deploying strike weapons near Russia's borders and return its military infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
L["tass-2022-01-27-peskov-no-grounds-for-optimism"] = [
 ("There is nothing in these texts that would allow us to say that our principal concerns have been heard, first of all the non-expansion of NATO,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("On things that are of secondary importance there are certain grounds for continuing the conversation, but on the main things, no.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("The President has familiarized himself with the documents. Their analysis will take time, and there will be no hasty conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (PK, "dmitry-peskov", 1, "The Kremlin official", "written-legal-guarantees", "supports", 0, D),
 (PK, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("In his words, verbal assurances of the kind given to the Soviet leadership at the end of the 1980s cannot serve as a basis for Russia's security today.", "dmitry-peskov", 1, "his", "written-legal-guarantees", "supports", 0, D),
 ("Russia moves its armed forces around its own territory, and this concerns nobody. We have said this many times.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("He also pointed out that the continuing deliveries of Western weapons to Ukraine and the activity of NATO instructors on Ukrainian soil were \"only increasing tension\".", "dmitry-peskov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("The pumping of Ukraine with weapons and the presence of foreign military advisers there are exactly what we have been warning about,", "dmitry-peskov", 1, "the spokesman", "no-military-activity-ex-soviet", "supports", 1, D),
 ("If such contacts are needed, they will be quickly organized,", "dmitry-peskov", 1, "he", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 (LV, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 (LV, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (LV, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (GR, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-26"),
 (GR, "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-26"),
 (GRS, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The American side asked that the texts not be made public, and we respect diplomatic practice, although we believe the public has a right to know,", "maria-zakharova", 1, "she", "", "", 1, D),
 (DEC, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (DEC, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (DEC, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 (DEC, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
]

D = "2022-02-01"
K2 = "We did not see the adequate taking into account of our three key requirements concerning the non-expansion of NATO, the refusal from deployment of shock weapon systems near the Russian borders, and also the returning of the military infrastructure of the bloc in Europe to the condition of 1997, when the Founding act Russia — NATO was signed"
KL = "However, the head of MFA Sergey Lavrov on Friday in the interview to the Russian radio stations said that the document is «much better» than the answer of NATO, and that in it there are proposals on the medium-range missiles and on the exercises, which can become the subject of the serious conversation."
KG = "Mr. Grushko admitted that the parameters of the exercises and the measures of the transparency can be discussed, «but only in the package with the main thing, and not instead of it»."
KV = "The Americans offered to talk about the missiles and about the exercises, but Moscow's main requirement — the non-expansion of the alliance — they simply went around"
KV2 = "If we agree to discuss only the missiles, then we de facto recognize that the question of the expansion is closed. To this the Kremlin will not go"
L["kommersant-2022-02-02-three-key-requirements"] = [
 ("It is already now clear, and I informed about this Mr. Prime Minister, that the principal Russian worries turned out to be ignored", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 (K2, "vladimir-putin", 1, "the president", "nato-non-expansion", "supports", 1, D),
 (K2, "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 1, D),
 (K2, "vladimir-putin", 1, "the president", "rollback-to-1997", "supports", 1, D),
 ("I hope that in the end we will find the solution, although this is not simple", "vladimir-putin", 1, "he", "", "", 1, D),
 ("In his words, the Ukrainian doctrine provides the return of Crimea by force, and the entry of Ukraine into NATO would draw Russia into the war with the alliance.", "vladimir-putin", 1, "his", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a member of NATO and begins there military operation. What, we should fight with the NATO bloc? Did anybody think about this?", "vladimir-putin", 1, "Mr. Putin", "no-ukraine-membership", "supports", 1, D),
 (KL, "sergei-lavrov", 1, "Sergey Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-28"),
 (KL, "sergei-lavrov", 1, "Sergey Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-28"),
 ("If it depends on Russia, then there will not be war. We do not want wars", "sergei-lavrov", 1, "Mr. Lavrov", "", "", 1, "2022-01-28"),
 ("The principle of open doors is not the dogma and not the Holy Scripture. There is no international obligation of NATO to receive everybody who knocks", "alexander-grushko", 1, "he", "nato-open-door", "rejects", 1, ""),
 (KG, "alexander-grushko", 1, "Mr. Grushko", "limit-military-exercises", "mentions", 0, ""),
 ("but only in the package with the main thing, and not instead of it", "alexander-grushko", 1, "Mr. Grushko", "", "", 1, ""),
 (KV, "andrei-voronin", 1, "Andrei Voronin", "no-intermediate-range-missiles", "mentions", 1, ""),
 (KV, "andrei-voronin", 1, "Andrei Voronin", "limit-military-exercises", "mentions", 1, ""),
 (KV, "andrei-voronin", 1, "Andrei Voronin", "nato-non-expansion", "mentions", 1, ""),
 (KV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (KV2, "andrei-voronin", 1, "his", "no-intermediate-range-missiles", "mentions", 1, ""),
 (KV2, "andrei-voronin", 1, "his", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin has time, and the Americans for the first time put on the paper the things about which earlier it was impossible even to speak. This is not little", "tatyana-melnikova", 1, "she", "", "", 1, ""),
 ("The State Department, in its turn, repeated on Tuesday that the USA will not renounce the policy of the «open doors».", "us-state-department", 0, "The State Department", "nato-open-door", "supports", 0, D),
 ("no country has the right to decide for other, with whom to be in alliance", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, D),
]

D = "2022-01-26"
W1 = "The United States on Wednesday handed Russia a written response to its demands for sweeping security guarantees, offering to negotiate limits on missile deployments and military exercises in Europe while flatly refusing Moscow's insistence that NATO bar Ukraine from ever joining the alliance, according to U.S. officials familiar with the document."
WB = "The door is open, and it is going to stay open. That is not something we are going to negotiate with Moscow,"
WB2 = "Blinken said the paper laid out possible reciprocal steps on the deployment of offensive missiles in Europe and on the scale of military exercises, as well as measures to reduce the risk of accidents, but he declined to describe the proposals in detail."
W2 = "According to two U.S. officials, the document proposes that Washington and Moscow discuss mutual commitments not to station offensive ground-launched missiles of intermediate range in Europe, and not to deploy permanent combat forces in Ukraine, a gesture toward Russia's long-standing complaint about American missiles in Europe."
W3 = "The officials said the United States also offered a transparency mechanism that would allow Russian inspectors to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore missile defense sites in Romania and Poland, provided Russia granted U.S. inspectors reciprocal access to two bases of its choosing in Russia."
WO = "We are not going to negotiate over the heads of Ukrainians or of our allies, and we were never going to put anything on paper that closes NATO's door,"
W4 = "Two U.S. officials said the administration had rejected the Russian demand that NATO withdraw troops and weapons from members that joined after 1997, calling it a nonstarter that no ally would accept."
WR = "The administration is offering Moscow the arms-control package the Russians have said for years they wanted, while refusing the one thing Moscow put at the top of its list, which is a guarantee that Ukraine stays out of NATO,"
L["washingtonpost-2022-01-26-us-reply-missiles-drills"] = [
 (W1, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, D),
 (W1, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, D),
 (W1, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 (W1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (WB, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 (WB, "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 1, D),
 (WB2, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (WB2, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("We're not going to negotiate in public,", "antony-blinken", 1, "he", "", "", 1, D),
 ("It's up to Russia to decide how to respond. We're ready either way.", "antony-blinken", 1, "he", "", "", 1, D),
 (W2, "united-states", 0, "two U.S. officials", "no-intermediate-range-missiles", "mentions", 0, D),
 (W2, "united-states", 0, "two U.S. officials", "no-military-activity-ex-soviet", "mentions", 0, D),
 (W2, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (W3, "united-states", 0, "The officials", "no-intermediate-range-missiles", "mentions", 0, D),
 (WO, "us-state-department", 0, "the official", "nato-open-door", "supports", 1, D),
 (WO, "us-state-department", 0, "the official", "nato-non-expansion", "rejects", 1, D),
 ("The same official said the message to Moscow was blunt on the military build-up.", "us-state-department", 0, "The same official", "russia-de-escalation", "supports", 0, D),
 ("The Russians have kept adding forces, in Belarus and along the border,", "us-state-department", 0, "the official", "russia-de-escalation", "supports", 1, D),
 ("If Moscow is serious about diplomacy, the first thing it can do is pull some of those troops back.", "us-state-department", 0, "the official", "russia-de-escalation", "supports", 1, D),
 (W4, "united-states", 0, "Two U.S. officials", "rollback-to-1997", "rejects", 0, D),
 (W4, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 0, ""),
 ("Nobody's been deployed yet, but these troops are ready to move on short notice if NATO calls on them,", "john-kirby", 1, "Kirby", "", "", 1, D),
 ("Secretary General Jens Stoltenberg said the alliance was ready to restore military communication channels with Russia, which were largely cut after Moscow's 2014 annexation of Crimea, and to discuss arms control.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (WR, "rachel-ostrow", 1, "Rachel Ostrow", "no-ukraine-membership", "mentions", 1, D),
 (WR, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("If Putin wanted a face-saving off-ramp, it's in there,", "rachel-ostrow", 1, "Ostrow", "", "", 1, D),
 ("If he wanted a pretext, he'll say he was ignored.", "rachel-ostrow", 1, "Ostrow", "", "", 1, D),
 ("Every concession we dangle now is a reward for Putin's tanks,", "thomas-whitfield", 1, "Sen. Thomas Whitfield", "", "", 1, D),
 ("Ukrainian officials have said they will never accept a deal that trades away their country's right to seek NATO membership.", "ukraine", 0, "Ukrainian officials", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-13"
NL = "At the OSCE in Vienna today, Russia's ambassador, Alexander Lukashevich, told the other delegations that Moscow wants concrete answers, not more talk, and he said Russia's demand that NATO stay out of Ukraine and Georgia is not a bargaining chip."
NG = "Grushko also said NATO should stop holding exercises so close to Russian territory and pull back the forces it has sent to Poland and the Baltic states in recent years."
NS = "Russia cannot veto whether Ukraine becomes a member of NATO. Ukraine and the thirty allies decide, no one else."
NP = "Moscow put the maximum on the table, written guarantees, no Ukraine in NATO, no Western weapons on its borders. Nobody here expected the Americans to sign that. The question is what can be saved from it."
NU = "That's something the U.S. has said it's open to, along with talks on limiting where intermediate-range missiles can be placed."
L["npr-2022-01-13-week-of-talks-ends"] = [
 (NL, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-ukraine-membership", "supports", 0, D),
 (NL, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The drumbeat of war is sounding loudly right now, and the rhetoric coming out of Moscow has become quite shrill. We take this extremely seriously.", "michael-carpenter", 1, "MICHAEL CARPENTER", "", "", 1, D),
 ("Carpenter said the U.S. would keep talking, but he said Russia has to pull back the troops it has massed near Ukraine before anyone can expect progress.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("We told our NATO colleagues frankly that the further expansion of the alliance to the east is a red line for us. It is a question of our national security, and we will not accept any ambiguity on it.", "alexander-grushko", 1, "ALEXANDER GRUSHKO", "nato-non-expansion", "supports", 1, "2022-01-12"),
 (NG, "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2022-01-12"),
 (NG, "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("NATO's secretary general, Jens Stoltenberg, answered that no one outside the alliance gets a say over who joins it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (NS, "jens-stoltenberg", 1, "JENS STOLTENBERG", "nato-open-door", "supports", 1, "2022-01-12"),
 (NS, "jens-stoltenberg", 1, "JENS STOLTENBERG", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 (NP, "yevgenia-pavlova", 1, "YEVGENIA PAVLOVA", "written-legal-guarantees", "mentions", 1, ""),
 (NP, "yevgenia-pavlova", 1, "YEVGENIA PAVLOVA", "no-ukraine-membership", "mentions", 1, ""),
 (NP, "yevgenia-pavlova", 1, "YEVGENIA PAVLOVA", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (NP, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (NP, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (NP, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("And she said one thing that might be saved is the military-to-military dialogue.", "yevgenia-pavlova", 1, "she", "resume-military-dialogue", "mentions", 0, ""),
 (NU, "united-states", 0, "the U.S.", "resume-military-dialogue", "supports", 0, ""),
 (NU, "united-states", 0, "the U.S.", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("And the Kremlin today repeated that it moves its forces on its own territory as it sees fit.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, D),
]

write_gold(L, "articles-215", "gold-215")
