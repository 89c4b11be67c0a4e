#!/usr/bin/env python3
"""Writes the held-out gold of batch 214 (gold-214/*.nq) from the labels below.

Batch 214 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-27-lavrov-us-reply-main-question: Reuters wire from Moscow
  with front matter and byline; Lavrov's reaction to the written answers, a
  Peskov quotation interrupted by "Peskov told reporters", an analyst split in
  two spans, Moscow's draft demands named in passing, Baker 1990 as history.
- ap-2022-01-26-us-answers-russia-ukraine-door: AP story from Washington, no
  front matter (date under the byline); Blinken and Biden, a US action lede
  that also carries Moscow's demand, a senator, a Kirby quote with no day.
- guardian-2022-01-26-russia-ukraine-crisis-live: Guardian live blog, reverse
  chronological time-stamped entries, "Key events" link lines and entry
  headings that repeat quotations (not labelled), a recap list.
- mid-2022-01-14-lavrov-annual-press-conference: Russian MFA transcript with
  BOM and CRLF line ends, "Sergey Lavrov:" / "Question (outlet):" labels; each
  answer paragraph is a quotation, including demand-less ones (Kazakhstan).
- interfax-2022-01-24-ryabkov-written-answer-package: machine-translated
  Interfax report, « » quotes closed by "- Ryabkov has told", "S.Ryabkov",
  "W.Sherman", a "Read also" line, background on the 17 December drafts.
- bbc-2022-01-27-what-does-russia-want-from-nato: BBC explainer without front
  matter, crossheads as questions, image captions, history (1990, 1997,
  Bucharest 2008) followed by "Moscow now wants that promise withdrawn."
- thetimes-2022-01-28-truss-nato-door-stays-open: The Times report with front
  matter, Liz Truss, Ben Wallace and James Heappey quoted; "yesterday" and
  "last night" resolve to 27 January; Moscow's demand inside a minister's quote.

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

D = "2022-01-27"
L["reuters-2022-01-27-lavrov-us-reply-main-question"] = [
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that Washington's written reply to Moscow's security proposals gave no satisfactory answer on NATO's eastward expansion, though it contained ideas that could open a serious conversation on what he called secondary issues.",
  "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("The central issue is our clear position that the alliance must not spread any further east and that no strike weapons may be placed where they can threaten Russian territory. On that there is no positive reaction in this document,",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The central issue is our clear position that the alliance must not spread any further east and that no strike weapons may be placed where they can threaten Russian territory. On that there is no positive reaction in this document,",
  "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The United States and NATO on Wednesday delivered separate written responses to two draft documents Moscow published in December, which call for a halt to the alliance's enlargement, a bar on Ukraine ever joining and a pullback of allied forces from the countries that joined after 1997.",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The United States and NATO on Wednesday delivered separate written responses to two draft documents Moscow published in December, which call for a halt to the alliance's enlargement, a bar on Ukraine ever joining and a pullback of allied forces from the countries that joined after 1997.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The United States and NATO on Wednesday delivered separate written responses to two draft documents Moscow published in December, which call for a halt to the alliance's enlargement, a bar on Ukraine ever joining and a pullback of allied forces from the countries that joined after 1997.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The NATO text is so steeped in ideology, so full of talk of the alliance's special mission in the world, that I felt slightly embarrassed for whoever drafted it,",
  "sergei-lavrov", 1, "he", "", "", 1, D),
 ("He said the American reply did contain proposals on intermediate-range missiles and on limiting military exercises, as well as on rules to avoid dangerous incidents at sea, which he said could lead to \"a serious conversation\" on secondary questions.",
  "sergei-lavrov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the American reply did contain proposals on intermediate-range missiles and on limiting military exercises, as well as on rules to avoid dangerous incidents at sea, which he said could lead to \"a serious conversation\" on secondary questions.",
  "sergei-lavrov", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("We will not let them drown this in endless consultations,",
  "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("Lavrov said he would also write to his counterparts in Europe and North America to ask how they squared the alliance's insistence on an open door for new members with commitments they signed at the OSCE in Istanbul in 1999 and in Astana in 2010 not to strengthen their own security at the expense of others.",
  "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("It would be wrong to rush to conclusions after a first reading,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But it is already obvious that our concerns about NATO creeping up to our borders have not been taken into account, and we said so from the start.",
  "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("In Washington, Secretary of State Antony Blinken said on Wednesday the U.S. reply set out \"a serious diplomatic path\" but made clear the United States would not give ground on the principle that countries are free to choose their own alliances.",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO Secretary-General Jens Stoltenberg said on Wednesday the alliance was prepared to listen to Russia's concerns and to talk about arms control, but he called on Moscow to pull back the troops it has massed near Ukraine.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Moscow got what it expected on NATO enlargement, which is a flat no, and rather more than it expected on arms control,",
  "yelena-markova", 1, "Markova", "nato-non-expansion", "mentions", 1, D),
 ("The question now is whether the Kremlin treats the offers on missiles and on drills as a consolation prize or as an insult.",
  "yelena-markova", 1, "Markova", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The question now is whether the Kremlin treats the offers on missiles and on drills as a consolation prize or as an insult.",
  "yelena-markova", 1, "Markova", "limit-military-exercises", "mentions", 1, D),
]

D = "2022-01-26"
LEDE = "The United States on Wednesday handed Russia a written reply to its security demands, offering talks on missiles and military drills but refusing Moscow's insistence that Ukraine be barred from ever joining NATO."
BL = "Blinken said the response also set out possible reciprocal steps on where offensive missiles could be placed in Europe and on more transparency about military exercises, areas where he said there was real room for agreement if Russia pulled back the forces it has massed near Ukraine."
RD = "Russia has demanded legally binding guarantees that NATO will not expand further east, that the alliance station no offensive weapons near Russia's borders and that it pull its forces back from countries in Central and Eastern Europe that joined after the Cold War."
ST = "Secretary-General Jens Stoltenberg said in Brussels that the alliance was ready to restore regular contacts with the Russian military and to set up a civilian hotline for emergencies, but would not shut its door to new members."
BE = "The administration has essentially said: we'll talk about missiles, we'll talk about drills, but we won't talk about whether Ukraine can join NATO someday,"
L["ap-2022-01-26-us-answers-russia-ukraine-door"] = [
 (LEDE, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 (LEDE, "united-states", 0, "The United States", "no-intermediate-range-missiles", "mentions", 0, D),
 (LEDE, "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, D),
 (LEDE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There are principles we will not trade away, and one of them is that every country gets to decide for itself which alliances it joins,",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("That's not ours to bargain over, and it's certainly not Moscow's.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("We think diplomacy has the best chance to succeed if we give space for confidential talks,",
  "antony-blinken", 1, "Blinken", "", "", 1, D),
 (RD, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (RD, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (RD, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (RD, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The door to diplomacy is open, but it stays open only if Russia steps back from the border,",
  "joe-biden", 1, "Biden", "russia-de-escalation", "supports", 1, D),
 ("If he moves in, the consequences for Russia will be enormous, and he knows it,",
  "joe-biden", 1, "Biden", "", "", 1, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 (BE, "laura-benedetti", 1, "Benedetti", "no-intermediate-range-missiles", "mentions", 1, D),
 (BE, "laura-benedetti", 1, "Benedetti", "limit-military-exercises", "mentions", 1, D),
 (BE, "laura-benedetti", 1, "Benedetti", "no-ukraine-membership", "mentions", 1, D),
 ("If the Russians wanted a negotiation, there's plenty in there. If they wanted a pretext, they'll say it's all been ignored.",
  "laura-benedetti", 1, "Benedetti", "", "", 1, D),
 ("Sen. Robert Halvorsen, R-Wyo., said in a statement Wednesday that offering Moscow talks on where America places its missiles \"rewards Putin's aggression.\"",
  "robert-halvorsen", 1, "Robert Halvorsen", "no-intermediate-range-missiles", "rejects", 0, D),
 ("We're not going to telegraph every move we make,",
  "john-kirby", 1, "John Kirby", "", "", 1, ""),
]

D = "2022-01-26"
GS = "Stoltenberg said Nato was ready to restore the Russian mission to the alliance and its own information office in Moscow, and to set up military hotlines to reduce the risk of accidents."
GB = "But he said Nato would not pull forces out of its eastern members, and he called on Russia to de-escalate immediately."
GL = "Our position is simple: no further enlargement of the bloc, no strike systems on our doorstep, and a return to the configuration of 1997,"
GK = "No one, and certainly not Moscow, will decide for Ukrainians which alliance they join,"
GM = "Moscow wants guarantees that Ukraine will never join Nato and that the alliance will roll back its deployments in eastern Europe."
GU = "The US and its allies have said repeatedly that those demands are non-starters, but have offered to talk about missile deployments, exercises and other confidence-building measures."
L["guardian-2022-01-26-russia-ukraine-crisis-live"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,",
  "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Blinken said there would be \"no change\" on Nato's policy of admitting any European country that wants to join and meets the criteria.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("We will not compromise on the right of each nation to pick its own path, and we will not go back to a Europe of spheres of influence,",
  "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (GS, "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 (GB, "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 0, D),
 (GB, "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, D),
 (GL, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (GL, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 (GL, "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 1, D),
 ("Russian troops are on Russian territory and will go where the command sends them, and nobody in Washington gets to tell us where to keep them,",
  "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 (GK, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (GK, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (GM, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (GM, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (GU, "united-states", 0, "The US", "no-ukraine-membership", "rejects", 0, ""),
 (GU, "united-states", 0, "The US", "rollback-to-1997", "rejects", 0, ""),
 (GU, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, ""),
 (GU, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, ""),
 ("In December Vladimir Putin told his annual press conference that Nato had \"cheated\" Russia by expanding east after the cold war, and that Moscow now needed guarantees that the alliance would move no further.",
  "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-14"
LV = ("sergei-lavrov", 1, "Sergey Lavrov")
M1 = "The main subject of recent weeks has been our initiative on security guarantees. We handed our drafts to the Americans and to NATO on December 15 and published them two days later, so that there would be no insinuations about secret deals. Our central requirement is unambiguous: NATO must stop moving eastward, and this must be fixed in a legally binding form, not in the kind of verbal promises we were given in 1990 and which turned out to be worth nothing."
M2 = "We will not accept a situation in which they pick out the items that suit them, such as medium-range missiles or the parameters of exercises, and quietly set aside the key point, which is non-expansion. Everything is in one package."
M3 = "We want the Bucharest formula of 2008, that Ukraine and Georgia will become members of NATO, to be disavowed. And we want a firm commitment that neither of them will be admitted, full stop."
M4 = "We also want the military development of the territory of Ukraine and other states that are not members of the alliance to stop, and the forces that were moved into the new member states after 1997 to go back to where they were."
L["mid-2022-01-14-lavrov-annual-press-conference"] = [
 ("Good afternoon, colleagues. As is our tradition, we are meeting at the beginning of the year to sum up what has been done and to talk about the tasks ahead. I will be brief in my opening remarks so that there is more time for your questions.",) + LV + ("", "", 1, D),
 (M1,) + LV + ("nato-non-expansion", "supports", 1, D),
 (M1,) + LV + ("written-legal-guarantees", "supports", 1, D),
 ("This week we held talks in Geneva, Brussels and Vienna. We heard a great deal of talk about dialogue. We were told that the open door policy is sacred and that nobody outside the alliance has a say in it. But in Istanbul in 1999 and in Astana in 2010 every OSCE state signed up to the principle that no one strengthens their own security at the expense of the security of others. The freedom to choose alliances is not absolute; it is bounded by that obligation.",) + LV + ("nato-open-door", "rejects", 1, D),
 ("We have run out of patience, I will say it frankly. For decades we were led by the nose with assurances that were never honoured. Now we expect a written response, article by article, to our drafts. Our American colleagues have promised to give it next week.",) + LV + ("", "", 1, D),
 (M2,) + LV + ("nato-non-expansion", "supports", 1, D),
 (M2,) + LV + ("no-intermediate-range-missiles", "mentions", 1, D),
 (M2,) + LV + ("limit-military-exercises", "mentions", 1, D),
 ("We are moving troops on our own territory, and we will not take instructions on this from anyone. When NATO moves battalions right up to our borders, nobody demands that they de-escalate.",) + LV + ("russia-de-escalation", "rejects", 1, D),
 ("That is exactly why our draft proposes that large-scale exercises near the line of contact be scaled back, by both sides and on a reciprocal basis. We are ready to discuss that seriously.",) + LV + ("limit-military-exercises", "supports", 1, D),
 ("The Collective Security Treaty Organisation acted strictly in line with its charter, at the request of the legitimate authorities of Kazakhstan. The contingent has completed its tasks and the withdrawal has already begun. It will be completed in the coming days.",) + LV + ("", "", 1, D),
 (M3,) + LV + ("rescind-bucharest-2008", "supports", 1, D),
 (M3,) + LV + ("no-ukraine-membership", "supports", 1, D),
 (M4,) + LV + ("no-military-activity-ex-soviet", "supports", 1, D),
 (M4,) + LV + ("rollback-to-1997", "supports", 1, D),
 ("If there is no constructive answer, the President will decide. I will not prejudge his decision. I would only note that, unlike our partners, we do not set any preconditions for the talks and are not putting any ultimatums on the table.",) + LV + ("no-preconditions", "supports", 1, D),
 ("NATO itself destroyed the channels of communication when it expelled our diplomats last October. If there is a serious conversation about guarantees, we will see. For now, there is nothing to restore.",) + LV + ("", "", 1, D),
]

D = "2022-01-24"
I1 = "According to him, the key remains, as before, the legally obligating guarantees of the non-expansion of NATO and the refusal from the admission in the alliance of Ukraine and Georgia."
I2 = "Ryabkov also has said that the Russian side does not see the sense to discuss the questions of the medium range missiles and the military exercises separately from the main package of the proposals."
I3 = "In them Moscow in particular proposes the refusal of NATO from the further expansion to the East, including the admission of Ukraine, and the non-deployment of the strike weapons near the borders of Russia."
I4 = "The Americans will offer to speak about the missiles and the exercises, because it is cheap for them. About the main thing, the expansion of the bloc, they will say the firm \"no\""
L["interfax-2022-01-24-ryabkov-written-answer-package"] = [
 ("We expect the reaction in the written form, article by article, as it was agreed in Geneva. If it will not be so, we will make the conclusions",
  "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (I1, "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, D),
 (I1, "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, D),
 (I1, "sergei-ryabkov", 1, "him", "no-ukraine-membership", "supports", 0, D),
 ("We do not need the moratorium, we do not need the verbal assurances. We need the iron guarantee which is fixed on the paper and is ratified",
  "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 (I2, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 (I2, "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, D),
 ("To take out of the package the elements comfortable for Americans and to put aside the rest - it is not the way by which we will go",
  "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("The open door is the slogan, not the international law. Nobody has the right to the security on the account of others",
  "sergei-ryabkov", 1, "the deputy minister", "nato-open-door", "rejects", 1, D),
 ("the hysteria which is artificially created",
  "sergei-ryabkov", 1, "S.Ryabkov", "", "", 1, D),
 ("We do not threaten to anybody. The troops are on own territory, and the demands to take them away from the border we consider as inappropriate",
  "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 1, D),
 ("He also has noted that Moscow is ready to restore the channels of the military contacts with NATO, but only \"on the equal basis\" and without the lecturing.",
  "sergei-ryabkov", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("After the talks in Geneva on January 10, W.Sherman has declared, that Washington will not allow that anybody closes the policy of the open doors of NATO.",
  "wendy-sherman", 1, "W.Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 (I3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (I3, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (I3, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 (I4, "arkady-shelestov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (I4, "arkady-shelestov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (I4, "arkady-shelestov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
]

B1 = "Russia has been demanding that the West give legally binding guarantees that Nato will not move further east, and that Ukraine in particular will never be allowed to join."
B2 = "Moscow also wants Nato to pull back forces and weaponry from member states that joined after 1997 - in effect from Poland, the Baltic states, Romania and Bulgaria - and to rule out deploying intermediate-range missiles anywhere they could hit Russian territory."
B3 = "Some of what Moscow is asking for, like limits on missiles and on the size of exercises, is the stuff of normal arms control. Other parts, like a ban on Ukraine ever joining, are simply not something Nato can give,"
B4 = "After the Nato-Russia Council met in Brussels on 12 January, Secretary General Jens Stoltenberg said the alliance would never give Moscow a veto over whether Ukraine joins."
B5 = "In its written reply, delivered on 26 January, the US offered to discuss missile deployments and limits on military exercises but refused to close Nato's door to Ukraine."
B6 = "Ukraine insists that it alone will decide whether to join any alliance."
L["bbc-2022-01-27-what-does-russia-want-from-nato"] = [
 (B1, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (B1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (B1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We want guarantees, and they must be immediate, long-term and legally binding,",
  "vladimir-putin", 1, "Mr Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("Nato has come right up to our doorstep with its infrastructure - are we supposed to just stand and watch?",
  "vladimir-putin", 1, "Mr Putin", "nato-non-expansion", "supports", 1, "2021-12-23"),
 (B2, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (B2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Moscow now wants that promise withdrawn.",
  "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (B3, "fiona-castellane", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (B3, "fiona-castellane", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (B3, "fiona-castellane", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (B6, "ukraine", 0, "Ukraine", "nato-open-door", "supports", 0, ""),
 (B6, "ukraine", 0, "Ukraine", "no-ukraine-membership", "rejects", 0, ""),
 ("US Deputy Secretary of State Wendy Sherman, who led the American team at the talks in Geneva on 10 January, said Washington had \"firmly pushed back\" on proposals to halt Nato enlargement, calling them \"non-starters\".",
  "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 (B4, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (B4, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 (B5, "united-states", 0, "the US", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (B5, "united-states", 0, "the US", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (B5, "united-states", 0, "the US", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 (B5, "united-states", 0, "the US", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Secretary of State Antony Blinken said that day the US was also proposing steps that would only work if Russia pulled its troops back from Ukraine's borders, where it has massed more than 100,000 soldiers.",
  "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("does not address the main issue",
  "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The reaction to our main concern, NATO not expanding east, is simply not there,",
  "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
]

D = "2022-01-27"
T1 = "The US and Nato on Wednesday handed Moscow written replies rejecting its central demand that the alliance halt its eastward expansion."
T2 = "Washington offered instead to negotiate on the placement of missiles and on the transparency of exercises."
T3 = "Truss said that Britain would not entertain Russia's demand that Nato remove troops and equipment from its eastern members, describing it as an attempt to “redraw the map of Europe”."
T4 = "Moscow says it wants fewer Nato troops near its borders. It has gone about getting that in exactly the wrong way,"
T5 = "We will talk to Moscow about missiles, about transparency on exercises, about all of that, but only once it pulls its forces back from Ukraine's border,"
T6 = "Every concession on exercises or missiles will be pocketed and the tanks will still be there,"
T7 = "Dmytro Kuleba, the Ukrainian foreign minister, said yesterday that Ukraine would “decide its own future” and would not be told by Moscow which alliances it could join."
L["thetimes-2022-01-28-truss-nato-door-stays-open"] = [
 ("Britain will not accept any deal that gives the Kremlin a say over who joins Nato, Liz Truss said yesterday, as ministers prepared to offer the alliance hundreds more troops for its eastern flank.",
  "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 0, D),
 ("Nato's door is open and it will stay open. It is not for the Kremlin to decide who sits at the table in Brussels,",
  "liz-truss", 1, "the foreign secretary", "nato-open-door", "supports", 1, D),
 (T3, "liz-truss", 1, "Truss", "rollback-to-1997", "rejects", 0, D),
 (T3, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (T1, "united-states", 0, "The US", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (T1, "nato", 0, "Nato", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (T1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (T2, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (T2, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (T4, "ben-wallace", 1, "Wallace", "rollback-to-1997", "rejects", 1, D),
 (T4, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (T5, "james-heappey", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 (T5, "james-heappey", 1, "he", "limit-military-exercises", "mentions", 1, D),
 (T5, "james-heappey", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("Nobody negotiates seriously with a gun on the table.",
  "james-heappey", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("London talks about open doors while its own doors were slammed shut to Russian diplomats for years,",
  "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, D),
 ("Russia says Nato's expansion since the end of the Cold War has brought a hostile alliance to its borders.",
  "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The alliance says it is a defensive organisation that countries join of their own free will.",
  "nato", 0, "The alliance", "nato-open-door", "supports", 0, ""),
 (T6, "harriet-colville", 1, "she", "limit-military-exercises", "rejects", 1, ""),
 (T6, "harriet-colville", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Putin wants a sphere of influence, and we should say so plainly.",
  "harriet-colville", 1, "she", "", "", 1, ""),
 ("The Americans have cleverly separated the parts of Moscow's list that are negotiable from the parts that never were,",
  "alastair-keeling", 1, "he", "", "", 1, ""),
 ("Now the Kremlin has to decide whether it wants a deal or a grievance.",
  "alastair-keeling", 1, "he", "", "", 1, ""),
 ("Moscow denies that it is planning an invasion and says it can move troops freely on its own territory.",
  "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 (T7, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 (T7, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
]

write_gold(L, "articles-214", "gold-214")
