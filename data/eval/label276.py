#!/usr/bin/env python3
"""Writes the held-out gold of batch 276 (gold-276/*.nq) from the labels below.

Batch 276 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-27-ukraine-says-us-reply-held-line: Bloomberg Kyiv story
  with front matter, bullets, "Read more" lines, market paragraphs; interrupted
  quotes, a short quoted fragment inside reported speech, analysts and Moscow's
  demand named in passing inside other speakers' sentences.
- nytimes-2022-01-13-three-rounds-of-talks-analysis: NYT news analysis, no
  front matter ("Jan. 13, 2022"), middle initials (Sergei A. Ryabkov, Dmitri S.
  Peskov), Baker-Gorbachev and Founding Act background, a rhetorical question
  by Psaki, offers to discuss missiles and drills (mentions).
- ria-novosti-2022-01-18-grushko-interview: RIA Novosti machine-translated
  interview with front matter; Q/A with dashes, articles misused, multi-demand
  answer paragraphs, rejection of the Western pull-back demand.
- rferl-2022-02-01-putin-says-west-ignored-concerns: RFE/RL news story without
  front matter; Putin's three demands in a list, readouts of a phone call,
  "indivisible security" (no demand id), UN Security Council exchange.
- riigikogu-2022-01-19-security-situation-debate: Estonian Riigikogu verbatim
  record in translation with front matter; speaker labels, chairman and MPs'
  questions (unlabelled), a minister's report and answers, faction speeches.
- russian-mfa-2022-01-28-zakharova-answers-media-questions: Russian MFA
  "answers to media questions" by Zakharova, no front matter, UTF-8 BOM and
  CRLF line ends; "Question:" / "Maria Zakharova:" labels, multi-paragraph answers.
- carnegie-2022-02-03-what-the-paper-war-settled: Carnegie commentary with
  front matter; the author's own argument (unlabelled), officials quoted and
  paraphrased, an analyst voicing a possible compromise, Kirby on deployments.

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

Writer's choices where the conventions leave room: a day is given when the
sentence or the same speaker's passage names it; a journalist's plain
description of what the draft treaties or the written answers contain is
treated as words from documents (unlabelled), while "Russia wants ..." /
"Moscow framed its core demand ..." / "Moscow has said ..." count as Russia's
reported position.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "bloomberg-2022-01-27-ukraine-says-us-reply-held-line"
S = "Moscow's demand that Kyiv be shut out of NATO forever is the one point allies had said from the start they could not discuss, though they have signaled an openness to talk about arms control, missile deployments and the scale of military drills."
M = "Moscow asked Washington to sign away our future, and Washington said no in writing,"
H = "The Russians wanted a legally binding no to Ukraine, and they will not get it, so the question is what they do next,"
US = "The U.S. says Moscow must move its forces away from Ukraine's frontier if it wants its proposals taken seriously, a line Blinken has repeated since his meeting with Lavrov in Geneva last Friday."
W = "Washington has said the reply proposes reciprocal transparency on exercises and confidence-building steps, and talks on where missiles can be deployed."
L[D] = [
 ("Ukraine said the written answers the U.S. and NATO handed to Moscow conceded nothing on its path to the alliance, as officials in Kyiv pressed partners to speed up weapons deliveries with more than 100,000 Russian troops still camped near its borders.", "ukraine", 0, "Ukraine", "nato-open-door", "supports", 0, ""),
 ("We saw the text before it was delivered, and there is nothing in it that runs against Ukraine's interests,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-27"),
 ("the principle of the open door", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("sets out a serious diplomatic path, should Russia choose it,", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("NATO's door remains open, he said, and Washington would not bargain it away.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, "2022-01-26"),
 ("it cannot be said that our thoughts were taken into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("Foreign Minister Sergei Lavrov said there was \"no positive reaction\" on the main question, which he described as NATO's refusal to stop moving eastward.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 (M, "oleksandr-merezhko", 1, "Merezhko", "no-ukraine-membership", "rejects", 1, ""),
 (M, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("That matters. But a piece of paper does not stop tanks.", "oleksandr-merezhko", 1, "Merezhko", "", "", 1, ""),
 (S, "nato", 0, "allies", "no-ukraine-membership", "rejects", 0, ""),
 (S, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (S, "nato", 0, "allies", "no-intermediate-range-missiles", "mentions", 0, ""),
 (S, "nato", 0, "allies", "limit-military-exercises", "mentions", 0, ""),
 ("The market is pricing a long standoff rather than an imminent invasion,", "iryna-shevchuk", 1, "Iryna Shevchuk", "", "", 1, ""),
 ("What moves prices now is the tone out of Moscow after they've read the American reply.", "iryna-shevchuk", 1, "Iryna Shevchuk", "", "", 1, ""),
 (US, "united-states", 0, "The U.S.", "russia-de-escalation", "supports", 0, ""),
 (US, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, ""),
 ("Kuleba said Ukraine would keep pushing for de-escalation.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("The best guarantee of security in Europe today would be for Russia to take its troops home,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-27"),
 (H, "taras-hrytsenko", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (H, "taras-hrytsenko", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (H, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 0, ""),
 (H, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 ("I think they will say the Americans ignored them and use that as an argument.", "taras-hrytsenko", 1, "he", "", "", 1, ""),
 (W, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (W, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("We are not asking anyone to fight for us,", "oleksii-reznikov", 1, "Oleksii Reznikov", "", "", 1, ""),
 ("We are asking for the tools to make any attack too expensive.", "oleksii-reznikov", 1, "Oleksii Reznikov", "", "", 1, ""),
]

D = "nytimes-2022-01-13-three-rounds-of-talks-analysis"
R = "Russia wants a guarantee, signed and binding, that NATO will take in no new members to its east, starting with Ukraine, and it wants the alliance to withdraw forces and weapons from the countries that joined after 1997, a demand that would leave Poland and the Baltic States without allied troops on their soil."
ST = "Mr. Stoltenberg said the allies had offered to discuss arms control, the placement of missiles and greater transparency about military exercises, and had proposed reopening the offices of each side in Brussels and Moscow, which Russia shut down last fall."
SH = "Ms. Sherman said afterward that the United States was open to talking about limits on where missiles could be stationed, and about the scale and scope of exercises, but only on a reciprocal basis."
RO = "The Americans can talk about missiles and drills for months. They cannot talk about where Poland's troops come from."
L[D] = [
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 (R, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (R, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (R, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (R, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia, he told reporters afterward, needed \"legally binding guarantees\" and not promises that could be torn up.", "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("No one can veto a country's wish to join NATO,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 (ST, "jens-stoltenberg", 1, "Mr. Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, ""),
 (ST, "jens-stoltenberg", 1, "Mr. Stoltenberg", "limit-military-exercises", "mentions", 0, ""),
 (SH, "wendy-sherman", 1, "Ms. Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Ms. Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Russia, he said, would not be satisfied with anything less than a binding commitment.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("And the 1997 NATO-Russia Founding Act, in which the alliance said it had no plans to station substantial combat forces on the territory of new members, is now cited by Moscow as the line to which it wants NATO to retreat.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("What Russia is proposing is not a negotiation, it is a redrawing of the map of Europe,", "rachel-ostrowski", 1, "Rachel Ostrowski", "", "", 1, ""),
 (RO, "rachel-ostrowski", 1, "Rachel Ostrowski", "no-intermediate-range-missiles", "mentions", 1, ""),
 (RO, "rachel-ostrowski", 1, "Rachel Ostrowski", "limit-military-exercises", "mentions", 1, ""),
 (RO, "rachel-ostrowski", 1, "Rachel Ostrowski", "rollback-to-1997", "mentions", 1, ""),
 ("Is Russia going to choose the path of diplomacy, or is it going to choose confrontation?", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2022-01-13"),
 ("The United States, she said, was ready to keep talking, but progress would be hard to imagine while Russia kept its forces massed near Ukraine.", "jen-psaki", 1, "she", "russia-de-escalation", "supports", 0, "2022-01-13"),
]

D = "ria-novosti-2022-01-18-grushko-interview"
G = "alexander-grushko"
A1 = "The conversation was frank and deep, I would say, unprecedentedly deep. We explained in detail to our partners that the situation in the field of European security is dangerous and cannot go on. Our proposals are not a menu from which it is possible to choose the dishes that please you. This is the package, and it must be considered as the package."
A2 = "At the same time we said clearly: the patience is not endless. We will not allow that our initiatives are drowned in endless discussions, as happened many times before."
A3 = "The so-called policy of \"open doors\" is not a principle of international law, it is a political invention of the alliance. No state is obliged to accept somebody in the military bloc, and NATO itself decides who to take. When they tell us that every state has the right to choose the alliances, they forget the second half of the formula of the OSCE: no state may strengthen its security at the expense of the security of others."
A4 = "For us the fundamental thing is that the expansion of NATO to the east must be stopped, and this must be fixed legally. The promises which were given in 1990 orally, we remember how they ended. Therefore only the legal guarantees, on paper, with signatures and ratification."
A5 = "It is about Ukraine and Georgia, and about other countries too. The Bucharest decision of 2008 that Ukraine and Georgia will become members of NATO must be disavowed, it was a mistake which created all this tension. We expect that the alliance will officially renounce this formula."
A6 = "It is not about some fantasy, it is about the obligations which NATO itself took. In the Founding Act the alliance said that it will not place the substantial combat forces on the territory of new members. Today there are battlegroups in the Baltic states and Poland, there are the exercises near our borders constantly. We propose to return to the situation which existed when the Founding Act was signed, that is, that the forces and infrastructure which appeared after May 1997 are withdrawn."
A7 = "We do not refuse the discussion of these questions, they are in our drafts too. We proposed long ago to move the areas of exercises away from the line of contact between Russia and NATO and to agree on the minimal distance for the warships and aircraft. But it is impossible to take the secondary questions out of the package and to leave aside the main thing. If the alliance wants only to discuss the missiles and the exercises and to leave the enlargement, this will not work."
A8 = "We also noted that the military channels of communication between Russia and NATO practically do not function. It is abnormal. In the crisis situation the military must be able to talk to each other directly, and we are ready for this."
A9 = "We move our troops on our own territory as we consider necessary. Nobody can dictate us where to hold our armed forces. Such demands are absolutely unacceptable, and we told this to our partners directly."
A10 = "We have said that if our proposals are not heard, we will take the measures, including the military-technical ones. We will then respond to the threats with the counter-threats. But this will not be our choice, it will be the result of the choice of the alliance. I want to emphasize that we prefer the political-diplomatic way."
A11 = "It is early to speak about it. First we want to receive the written answer, article by article, to our draft. Then we will look at it and decide."
d = "2022-01-18"
L[D] = [
 ("About what Russia is waiting for, whether the military-technical response is possible and why the \"open door\" of NATO is a myth, in the interview to RIA Novosti told the Deputy Minister of Foreign Affairs of the Russian Federation Alexander Grushko.", G, 1, "Alexander Grushko", "nato-open-door", "rejects", 0, d),
 (A1, G, 1, "Grushko", "", "", 1, d),
 (A2, G, 1, "Grushko", "", "", 1, d),
 (A3, G, 1, "Grushko", "nato-open-door", "rejects", 1, d),
 (A4, G, 1, "Grushko", "nato-non-expansion", "supports", 1, d),
 (A4, G, 1, "Grushko", "written-legal-guarantees", "supports", 1, d),
 (A5, G, 1, "Grushko", "no-ukraine-membership", "supports", 1, d),
 (A5, G, 1, "Grushko", "rescind-bucharest-2008", "supports", 1, d),
 (A5, G, 1, "Grushko", "nato-non-expansion", "supports", 1, d),
 (A6, G, 1, "Grushko", "rollback-to-1997", "supports", 1, d),
 (A7, G, 1, "Grushko", "limit-military-exercises", "supports", 1, d),
 (A7, G, 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, d),
 (A7, G, 1, "Grushko", "no-intermediate-range-missiles", "mentions", 1, d),
 (A7, G, 1, "Grushko", "nato-non-expansion", "supports", 1, d),
 (A8, G, 1, "Grushko", "resume-military-dialogue", "supports", 1, d),
 (A9, G, 1, "Grushko", "russia-de-escalation", "rejects", 1, d),
 (A10, G, 1, "Grushko", "", "", 1, d),
 (A11, G, 1, "Grushko", "", "", 1, d),
]

D = "rferl-2022-02-01-putin-says-west-ignored-concerns"
P = "vladimir-putin"
PL = "He listed three of them: halting NATO's expansion, refraining from deploying strike weapons systems near Russia's borders, and returning the alliance's military infrastructure in Europe to where it was in 1997."
BO = "Moscow still wants a legal ban on NATO enlargement, and nobody in the West will give that."
d = "2022-02-01"
L[D] = [
 ("We have carefully analyzed the written answers received from the United States and NATO,", P, 1, "Putin", "", "", 1, d),
 ("It is already clear that the fundamental Russian concerns were ignored.", P, 1, "Putin", "", "", 1, d),
 (PL, P, 1, "He", "nato-non-expansion", "supports", 0, d),
 (PL, P, 1, "He", "no-strike-weapons-near-borders", "supports", 0, d),
 (PL, P, 1, "He", "rollback-to-1997", "supports", 0, d),
 ("Putin accused Washington of using Ukraine as \"an instrument\" to contain Russia and said Kyiv's entry into NATO could drag Europe into war.", P, 1, "Putin", "no-ukraine-membership", "supports", 0, d),
 ("Imagine that Ukraine is a NATO member and launches a military operation", P, 1, "he", "no-ukraine-membership", "supports", 1, d),
 ("we will eventually find a solution, although it is not easy,", P, 1, "Putin", "", "", 1, d),
 ("We will not give any country a veto over the sovereign choices of another country, including whether to seek membership in NATO,", "ned-price", 1, "Price", "nato-open-door", "supports", 1, ""),
 ("immediate Russian de-escalation and the withdrawal of troops and equipment from Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, d),
 ("Russia must make its choice, and we will do everything to make it the right one,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("The tone is softer than two weeks ago, but the substance is exactly the same,", "mykyta-bondarenko", 1, "Mykyta Bondarenko", "", "", 1, ""),
 (BO, "mykyta-bondarenko", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (BO, "mykyta-bondarenko", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (BO, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (BO, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("the largest mobilization of troops in Europe in decades.", "linda-thomas-greenfield", 1, "Linda Thomas-Greenfield", "", "", 1, "2022-01-31"),
 ("We will not compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, d),
 ("a political, humanitarian, and military disaster.", "boris-johnson", 1, "Boris Johnson", "", "", 1, d),
]

D = "riigikogu-2022-01-19-security-situation-debate"
E = "eva-maria-liimets"
EN = "Eva-Maria Liimets"
d = "2022-01-19"
LO2 = "The Kremlin demands that Ukraine and Georgia never be admitted. If today we agree that the door is closed for Kyiv, tomorrow someone will ask why allied troops are in Tapa. The answer to Moscow must be short: the door remains open, and the allies will not leave."
LO1 = "Honourable Chairman, dear colleagues! In 1991 Estonia restored its independence, and in 2004 we joined NATO by our own free choice. Now Moscow wants a treaty under which, as I read it, any NATO country bordering Russia would be left without allied troops and infrastructure. That would take us back to the grey zone from which we escaped."
MA2 = "We should ask ourselves what the alternative to talks is. If the allies and Russia agree on missiles and on limits to exercises on both sides of the border, that also makes Estonia safer. I would not throw away everything because the first Russian paper is maximalist."
LI4 = "At the same time, Estonia has supported the allies' readiness to talk with Russia about arms control, about the transparency of military exercises and about risk reduction. These are questions on which agreements are possible if both sides take steps. But first of all, Russia must pull back the forces it has concentrated on the border of Ukraine. Dialogue under threat is not dialogue. Thank you!"
L[D] = [
 ("Honourable Chairman, honourable members of the Riigikogu! A month ago the Russian Federation made public two documents which it calls draft agreements on security guarantees. I will say it directly: these documents are not a basis for an agreement between equals. They would divide Europe again into spheres of influence and give Moscow a say over the decisions of sovereign states, Estonia among them.", E, 1, EN, "", "", 1, d),
 ("Estonia's position, which is also the position of our allies, is clear. Each state decides itself which alliances it belongs to. No third country has a right of veto over the enlargement of NATO, and this is not a subject of bargaining.", E, 1, EN, "nato-open-door", "supports", 1, d),
 ("Particularly unacceptable for us is the demand that the allied forces present in Estonia, Latvia, Lithuania and Poland should leave. The allied battlegroup in Tapa is here on the basis of the decisions of the Warsaw summit, at the invitation of Estonia, and it will stay as long as it is needed. There can be no first- and second-class members in the alliance.", E, 1, EN, "rollback-to-1997", "rejects", 1, d),
 (LI4, E, 1, EN, "limit-military-exercises", "mentions", 1, d),
 (LI4, E, 1, EN, "russia-de-escalation", "supports", 1, d),
 ("Thank you for the question! At the council meeting last Wednesday the allies did not accept any such restriction that would apply only to one side. Our exercises take place on the territory of the allies and they are defensive. The allies are ready to discuss mutual transparency and notification, and Russia's exercises, including the Zapad exercises, should also be part of this discussion.", E, 1, EN, "limit-military-exercises", "rejects", 1, d),
 ("I have no reason to think so. Deputy Secretary Sherman informed the allies immediately after Geneva, and Secretary Blinken has said many times that there will be nothing about Europe without Europe. We have been consulted at every step.", E, 1, EN, "", "", 1, d),
 ("Honourable Chairman! Honourable colleagues! I want to say something that perhaps is not popular in this hall. Russia has presented demands that are unacceptable, this is clear to everybody, and I do not support a single one of them. But we must also understand that a big neighbour will always have security interests, and that in 1997 the Founding Act was signed with the hope of partnership.", "rein-maesalu", 1, "Rein Mäesalu", "", "", 1, d),
 (MA2, "rein-maesalu", 1, "Rein Mäesalu", "no-intermediate-range-missiles", "supports", 1, d),
 (MA2, "rein-maesalu", 1, "Rein Mäesalu", "limit-military-exercises", "supports", 1, d),
 (LO1, "kadri-lohmus", 1, "Kadri Lõhmus", "rollback-to-1997", "rejects", 1, d),
 ("Now Moscow wants a treaty under which, as I read it, any NATO country bordering Russia would be left without allied troops and infrastructure.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (LO2, "kadri-lohmus", 1, "Kadri Lõhmus", "no-ukraine-membership", "rejects", 1, d),
 (LO2, "kadri-lohmus", 1, "Kadri Lõhmus", "nato-open-door", "supports", 1, d),
 (LO2, "kadri-lohmus", 1, "Kadri Lõhmus", "rollback-to-1997", "rejects", 1, d),
 ("The Kremlin demands that Ukraine and Georgia never be admitted.", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Honourable Chairman, honourable members! We have listened to the minister and we agree with her on the main point. But words are not enough. Estonia needs a permanent allied presence, air defence and more ammunition, and we need them now, not after the next summit. Russia is already testing whether the West will blink.", "arvo-tammemagi", 1, "Arvo Tammemägi", "", "", 1, d),
]

D = "russian-mfa-2022-01-28-zakharova-answers-media-questions"
Z = "maria-zakharova"
ZN = "Maria Zakharova"
d = "2022-01-28"
Z1 = "We are studying the documents carefully, and the President of Russia will be informed of the results of our analysis, after which decisions will be made. I will not run ahead of this process. But I can say already now that the main thing that we asked for has not been answered. We set out very clearly that the further eastward movement of NATO must be stopped and that this must be formalised in a legally binding way. The American side has responded with its well-known mantras about an \"open door\"."
Z2 = "Let me remind you that the \"open door\" policy was invented by the alliance for itself. It does not correspond to the obligations that all the OSCE countries, including the United States, accepted at the highest level in Istanbul in 1999 and in Astana in 2010. These obligations say clearly that no state shall strengthen its security at the expense of the security of others. So when we are told that every country is free to choose its alliances, this is only half of the truth."
Z3 = "Of course, any proposals deserve attention. Some of the ideas are in line with what we ourselves proposed for years, for example regarding intermediate-range and shorter-range missiles in Europe. We have been suggesting a mutual moratorium on their deployment since 2019, and Washington and Brussels did not want to hear it. Now, it seems, they are ready to talk. Good."
Z4 = "But I want to stress once again: we are not going to let them pull out of the package the secondary issues and bury the central ones. Our draft treaty and our draft agreement are a single whole. The refusal of the NATO countries to deploy strike weapons near our borders, the withdrawal of forces to the positions of 1997, the non-enlargement of the bloc are the core. Without them there is no deal."
Z5 = "These calls to \"withdraw\" troops from our own territory are something from the theatre of the absurd. Russia moves its armed forces within its own borders as it sees fit. We do not tell the United States where to hold its exercises in Texas. At the same time, NATO states are pumping Ukraine with weapons, sending instructors, holding exercises on its territory. This is what is really dangerous."
L[D] = [
 (Z1, Z, 1, ZN, "nato-non-expansion", "supports", 1, d),
 (Z1, Z, 1, ZN, "written-legal-guarantees", "supports", 1, d),
 (Z1, Z, 1, ZN, "nato-open-door", "rejects", 1, d),
 (Z2, Z, 1, ZN, "nato-open-door", "rejects", 1, d),
 (Z3, Z, 1, ZN, "no-intermediate-range-missiles", "supports", 1, d),
 (Z4, Z, 1, ZN, "no-strike-weapons-near-borders", "supports", 1, d),
 (Z4, Z, 1, ZN, "rollback-to-1997", "supports", 1, d),
 (Z4, Z, 1, ZN, "nato-non-expansion", "supports", 1, d),
 (Z5, Z, 1, ZN, "russia-de-escalation", "rejects", 1, d),
 (Z5, Z, 1, ZN, "no-military-activity-ex-soviet", "supports", 1, d),
 ("Western media have been announcing the date of a \"Russian invasion\" for months. The dates pass, the invasion does not happen, and new dates appear. This is an information campaign, and its aim is obvious.", Z, 1, ZN, "", "", 1, d),
 ("We published our drafts in December precisely so that everyone could see what we are proposing, there is nothing hidden there. As for the American response, the US side asked that it not be made public. We respect diplomatic practice, even if our partners do not always do so. But I see that its contents are already being discussed in Washington with journalists in great detail.", Z, 1, ZN, "", "", 1, d),
 ("Sergey Lavrov has said that there will be contacts and that we expect a conversation in the near future. The format and the date will be announced additionally. I want to remind that Sergey Lavrov also sent a message to his colleagues in the OSCE countries, asking each of them to explain how they understand their obligation on indivisible security. We expect concrete national answers, not a collective reply on behalf of the bloc.", Z, 1, ZN, "", "", 1, d),
]

D = "carnegie-2022-02-03-what-the-paper-war-settled"
MF = "Moscow framed its core demand in several ways over the past weeks: a legally binding pledge against NATO's further eastward expansion, a ban on membership for Ukraine and Georgia, and the repudiation of the 2008 Bucharest declaration."
LZ = "A ten-year freeze on the Ukrainian question plus a missile treaty would be such a result."
LR = "Tatiana Lazareva, a senior researcher at the Moscow-based Institute for Strategic Assessment, argued in a recent interview that the Kremlin could accept a de facto moratorium on Ukrainian membership if it came with binding missile limits."
L[D] = [
 (MF, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MF, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (MF, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MF, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a reaction which allows us to count on the start of a serious conversation, but on secondary questions.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 ("He also said that NATO was ready to listen to Russia's concerns but would not \"compromise on the core principles,\" including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, ""),
 (LR, "tatiana-lazareva", 1, "Tatiana Lazareva", "no-ukraine-membership", "mentions", 0, ""),
 (LR, "tatiana-lazareva", 1, "Tatiana Lazareva", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The Kremlin will not say so out loud, but what it needs is a result it can sell at home,", "tatiana-lazareva", 1, "she", "", "", 1, ""),
 (LZ, "tatiana-lazareva", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (LZ, "tatiana-lazareva", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Moscow has said again and again that a moratorium is not enough, and that it wants guarantees that cannot be withdrawn by a future administration.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Ryabkov put it bluntly in Geneva: Russia does not trust the West and needs iron-clad guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Washington, for its part, has been equally firm that it cannot promise what only the alliance's thirty members, and aspiring members themselves, can decide.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("They are in response to the current security environment.", "john-kirby", 1, "Kirby", "", "", 1, "2022-02-02"),
]

write_gold(L, "articles-276", "gold-276")
