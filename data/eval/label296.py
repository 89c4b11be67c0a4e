#!/usr/bin/env python3
"""Writes the held-out gold of batch 296 (gold-296/*.nq) from the labels below.

Batch 296 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- politico-europe-2022-01-12-nato-russia-council-no-breakthrough: Politico Europe
  story with front matter; interrupted quotes, a short quoted fragment, an anonymous
  NATO diplomat, an analyst attributing rollback-to-1997 to the Kremlin, Baker 1990 history.
- kommersant-2022-01-14-ryabkov-interview: Kommersant Q&A with Ryabkov in translation
  (dashes, no speaker labels, translationese); words said "on Thursday" (13 Jan).
- white-house-2022-01-26-background-press-call-written-response: White House background
  call transcript; anonymous senior administration official (white-house), moderator, Q:.
- lrt-2022-01-13-osce-vienna-lithuania-reaction: LRT English story with front matter;
  "Read also" links, Lukashevich at the OSCE, a Seimas member and a political scientist,
  Moscow's demands named in passing, document description.
- npr-2022-01-11-geneva-talks-neither-side-budged: NPR Morning Edition two-way
  (BOM, CRLF); host unlabelled, the correspondent's answer paragraphs labelled,
  soundbites through interpreter, reported speech inside the correspondent's answers.
- atlantic-council-2022-01-27-written-answers-explainer: Atlantic Council explainer with
  question crossheads; Blinken/Stoltenberg/Lavrov reported, two invented experts, a 1990 history section.
- european-parliament-2022-01-19-meps-russia-security-demands: EP press release with
  quotes by MEPs (party/country tags), Borrell, background paragraph of documents.

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

D = "2022-01-12"
L["politico-europe-2022-01-12-nato-russia-council-no-breakthrough"] = [
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "NATO Secretary-General Jens Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "NATO Secretary-General Jens Stoltenberg", "", "", 1, D),
 ("Stoltenberg said allies had told the Russian delegation, one after another, that each nation has the right to choose its own security arrangements and that no outside power can block a country's path into the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Russia does not have a say on whether Ukraine can become a member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Russia does not have a say on whether Ukraine can become a member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("not slam the door", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("The alliance continues to live in the paradigm of the Cold War,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("We told them frankly: further movement of NATO to the east and the deployment there of weapons that threaten us are red lines.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("We told them frankly: further movement of NATO to the east and the deployment there of weapons that threaten us are red lines.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("ironclad, legally binding guarantees", "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who also sat at the table on Wednesday after leading Monday's talks in Geneva, said the allies had offered to discuss reciprocal limits on exercises and on where missiles could be stationed in Europe, but that some Russian proposals were \"simply non-starters.\"", "wendy-sherman", 1, "U.S. Deputy Secretary of State Wendy Sherman", "limit-military-exercises", "mentions", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who also sat at the table on Wednesday after leading Monday's talks in Geneva, said the allies had offered to discuss reciprocal limits on exercises and on where missiles could be stationed in Europe, but that some Russian proposals were \"simply non-starters.\"", "wendy-sherman", 1, "U.S. Deputy Secretary of State Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She also said the Russian side had not been able to explain why it had massed around 100,000 troops near Ukraine, and that the best way to show good faith would be to send them back to their barracks.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("A senior NATO diplomat, who requested anonymity to speak about the closed-door discussion, said several allies had pressed Grushko to agree to reopen the channels between military commanders that were cut in 2021, and that the Russian side had “not said no.”", "nato", 0, "A senior NATO diplomat", "resume-military-dialogue", "supports", 0, ""),
 ("What the Kremlin really wants is for NATO to pull back to where it stood in 1997, and no allied government is going to sign that,", "tobias-engelmann", 1, "Engelmann", "rollback-to-1997", "mentions", 1, ""),
 ("What the Kremlin really wants is for NATO to pull back to where it stood in 1997, and no allied government is going to sign that,", "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 1, ""),
 ("The question now is whether Moscow takes the arms control offer as a down payment or as an insult.", "tobias-engelmann", 1, "Engelmann", "", "", 1, ""),
 ("We need answers on the key points, first of all on non-expansion,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
]

R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
D = "2022-01-13"
def ry(ev, demand="", stance=""):
    return (ev, R[0], R[1], R[2], demand, stance, 1, D)
P1 = "Unfortunately, not fundamentally. We had a frank, professional, deep conversation with Wendy Sherman and her team, I do not want to underestimate that. But on the main questions the American side simply does not hear us."
P2 = "I have said it many times and I will repeat it. For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO. And not only Ukraine: Georgia too. This is not a subject for bargaining."
P3 = "The \"open door\" policy is a mantra which they repeat without any thought. Nobody has obligated NATO to accept everyone who knocks. The alliance can close this door by a political decision, and in Bucharest in 2008 it opened it by political decision, so let them take back those words of Bucharest. It is not so difficult."
P4 = "These are important topics, we do not deny it, and we ourselves proposed them back in 2019 and 2020 when the Americans did not want to listen. The deployment of intermediate-range and shorter-range missiles is a theme where we can work. On exercises also there are ideas, on their scale, on the distance from the line of contact. But I want to be understood correctly: we will not allow that our key demands are drowned in these secondary topics."
P5 = "It means a legally binding guarantee that NATO will not expand any further, and the return of the configuration of the alliance to the state of 1997, when the Founding Act was signed. Military infrastructure that was created on the territory of new members after this must be withdrawn. This is all written in our drafts, nothing is hidden."
P6 = "No. A moratorium is not enough for us. Moratoria come and go. We need a guarantee on paper, with signatures, with ratification, which cannot be revised by the next administration."
P7 = "Then we will be forced to take measures of a military-technical character. I do not want to frighten anybody. But our president has said this clearly, and this is not bluff."
P8 = "We are not setting ultimatums. But we also do not need a process for the sake of process, endless consultations in which the Americans are talking and we are listening. We expect a written answer, point by point, and quickly. Weeks, not months."
P9 = "Our troops are on our own territory and we move them where we consider necessary. We do not accept that anyone links the movement of Russian units inside Russia with the negotiation. There must be no preconditions here, this is a basic thing for any serious dialogue."
P10 = "It is too early to say. First we will read the answer. Then the leadership will decide."
L["kommersant-2022-01-14-ryabkov-interview"] = [
 ry(P1),
 ry(P2, "no-ukraine-membership", "supports"),
 ry(P3, "nato-open-door", "rejects"),
 ry(P3, "rescind-bucharest-2008", "supports"),
 ry(P4, "no-intermediate-range-missiles", "supports"),
 ry(P4, "limit-military-exercises", "supports"),
 ry(P5, "nato-non-expansion", "supports"),
 ry(P5, "written-legal-guarantees", "supports"),
 ry(P5, "rollback-to-1997", "supports"),
 ry(P6, "written-legal-guarantees", "supports"),
 ry(P7),
 ry(P8),
 ry(P9, "russia-de-escalation", "rejects"),
 ry(P9, "no-preconditions", "supports"),
 ry(P10),
]

D = "2022-01-26"
def sao(ev, demand="", stance=""):
    return (ev, "white-house", 0, "SENIOR ADMINISTRATION OFFICIAL", demand, stance, 1, D)
W1 = "Thanks, and good evening, everyone. As you've seen, earlier today Ambassador Sullivan delivered our written response to the Russian government in Moscow, and NATO is delivering its own paper in parallel. We have consulted with our Allies and partners, including Ukraine, every step of the way, and nothing in the document will surprise them."
W2 = "We're not going to publish the document. We think diplomacy has the best chance to succeed if we give space for confidential talks. But I can describe the broad shape of it."
W3 = "First, it makes clear that there are core principles we are committed to uphold, including the sovereignty and territorial integrity of Ukraine and the right of states to choose their own security arrangements and alliances. NATO's door is open, and it remains open. That is not something we're going to trade away."
W4 = "Second, it lays out areas where we think we can make progress together if Russia is serious. That includes reciprocal transparency measures and mutual commitments on the placement of offensive missile systems and forces in Ukraine, and a conversation about arms control on intermediate-range missiles in Europe. It also includes ideas on the scale and notification of military exercises, including mechanisms to avoid incidents at sea and in the air."
W5 = "The document is consistent with what we've said publicly, which is that we will not compromise on the principle of the open door. It is up to Ukraine and NATO's 30 Allies to decide, and nobody else."
W6 = "I'd also point out that the Russians know perfectly well that Ukraine is not joining NATO tomorrow. That is not the real issue here, and we're not going to write a veto into a treaty for them."
W7 = "That's a nonstarter. Our force posture on the territory of our Allies is a matter for the Alliance, and frankly, given what Russia has been doing on Ukraine's border, the direction of travel is likely to be more forces on the eastern flank, not fewer."
W8 = "There's no deadline from our side. The ball is in their court. We've been clear that we're prepared to move forward on the diplomatic path or on the path of defense and response, and it's for Moscow to choose."
W9 = "What we do know is that Russia continues to build up. There are now well over 100,000 troops near Ukraine's borders, and more arriving from the Eastern Military District and in Belarus. If Russia wants to show that it's serious about diplomacy, the simplest thing would be to pull those forces back."
W10 = "That is not something that's on the table in our response."
W11 = "It does. We think it's in both our interests to have more communication between our militaries, not less, especially at a moment of high tension. We've suggested ways to get those contacts going again, and we've made that suggestion in the NATO context as well."
L["white-house-2022-01-26-background-press-call-written-response"] = [
 sao(W1),
 sao(W2),
 sao(W3, "nato-open-door", "supports"),
 sao(W4, "no-strike-weapons-near-borders", "mentions"),
 sao(W4, "no-intermediate-range-missiles", "mentions"),
 sao(W4, "limit-military-exercises", "mentions"),
 sao(W5, "nato-open-door", "supports"),
 sao(W5, "no-ukraine-membership", "rejects"),
 sao(W6, "no-ukraine-membership", "rejects"),
 sao(W7, "rollback-to-1997", "rejects"),
 sao(W8),
 sao(W9, "russia-de-escalation", "supports"),
 sao(W10, "no-ukraine-membership", "rejects"),
 sao(W11, "resume-military-dialogue", "supports"),
]

D = "2022-01-13"
LB = "“Russia is demanding that NATO go back to the map of 1997. For Lithuania, that means leaving us alone with the Russian army on the other side of the border. That will not happen,”"[1:-1]
ZE = "The Kremlin has written its wish list, and the first thing on it is that the Baltic states should again become a buffer zone. Our answer is simple: the presence of allied forces is decided by the allies,"
JA = "Moscow knows that nobody in NATO can give a written promise that Ukraine will never join. The demand is there so that the refusal can later be presented as proof that the West ignored Russia,"
LU = "He told delegates that Moscow's requirement that NATO stop enlarging and not deploy strike weapons near Russia's borders was a matter of national security and could not be subject to “endless discussion.”"
L["lrt-2022-01-13-osce-vienna-lithuania-reaction"] = [
 ("Lithuania will not accept any arrangement between the West and Russia that would limit allied forces on its territory, Foreign Minister Gabrielius Landsbergis said on Thursday, as a week of security talks ended in Vienna without progress.", "gabrielius-landsbergis", 1, "Foreign Minister Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 (LB, "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 (LB, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 ("And we expect more allied troops here, not fewer.", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("We are approaching a moment of truth,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures to eliminate the risks.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (LU, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (LU, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("According to the ambassador, the Western countries were using the OSCE platform to put pressure on Russia over troop movements on its own territory, which he called unacceptable.", "alexander-lukashevich", 1, "the ambassador", "russia-de-escalation", "rejects", 0, D),
 ("We face a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("The military build-up on Ukraine's border is real, and Russia needs to de-escalate and return its forces to their garrisons.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 1, D),
 (ZE, "dainius-zemaitis", 1, "Žemaitis", "rollback-to-1997", "rejects", 1, ""),
 (ZE, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 1, ""),
 ("He added that Lithuania would ask NATO to consider a permanent presence of US troops in the country, which he said would be “the best answer to the ultimatum.”", "dainius-zemaitis", 1, "He", "rollback-to-1997", "rejects", 0, ""),
 (JA, "ruta-jankauskiene", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (JA, "ruta-jankauskiene", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 (JA, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 ("Jankauskienė said the most realistic outcome was a slow track of talks on arms control and military exercises, something the US and NATO had already offered.", "ruta-jankauskiene", 1, "Jankauskienė", "limit-military-exercises", "mentions", 0, ""),
]

D = "2022-01-11"
G = "2022-01-10"
M1 = "Well, A, the Russians came with a list, and they've been very public about it. They want the U.S. to sign on to a treaty that rules out NATO taking in Ukraine, and more broadly a halt to the alliance's growth eastward. Deputy Foreign Minister Sergei Ryabkov led the Russian team, and after the talks he told reporters Russia needed what he called ironclad guarantees."
M1s = "They want the U.S. to sign on to a treaty that rules out NATO taking in Ukraine, and more broadly a halt to the alliance's growth eastward."
M1r = "Deputy Foreign Minister Sergei Ryabkov led the Russian team, and after the talks he told reporters Russia needed what he called ironclad guarantees."
RY = "For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees."
M2 = "It doesn't. And Ryabkov also made clear that Moscow doesn't think it owes anybody an explanation for where it keeps its troops. When he was asked whether Russia would pull back from the Ukrainian border to calm things down, he said the troops were on Russian soil and that there was no reason for any de-escalation on Russia's part."
M2a = "And Ryabkov also made clear that Moscow doesn't think it owes anybody an explanation for where it keeps its troops."
M2b = "When he was asked whether Russia would pull back from the Ukrainian border to calm things down, he said the troops were on Russian soil and that there was no reason for any de-escalation on Russia's part."
M3 = "Deputy Secretary of State Wendy Sherman led the U.S. delegation. She said Washington had pushed back firmly on what she called security proposals that are simply nonstarters, and she said it plainly."
SH = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance."
M4 = "But Sherman did say there were things the U.S. could talk about, missile deployments in Europe, for example, and the size and scope of military exercises, as long as any limits applied to Russia as well. She also said it's hard to have a constructive conversation with a gun pointed at your head, a reference to the roughly 100,000 Russian troops near Ukraine."
M4s = "But Sherman did say there were things the U.S. could talk about, missile deployments in Europe, for example, and the size and scope of military exercises, as long as any limits applied to Russia as well."
M5 = "Well, there's a NATO-Russia meeting in Brussels tomorrow and then the OSCE in Vienna on Thursday. But the Kremlin spokesman, Dmitry Peskov, said today that Moscow was in no mood for a long, drawn-out process and wanted to see concrete results quickly."
PE = "We are not going to be satisfied with talks for the sake of talks. We need clear answers, and we need them on paper, on the non-enlargement of NATO first of all."
M6 = "You know, it's mostly seen through state television, where the message is that Russia is finally standing up for itself. I spoke to Anatoly Korolyov, a retired colonel who now teaches at a military academy outside Moscow, and he put it this way."
KO = "In 1990 they told Gorbachev not one inch. Then came 1999, 2004, 2008. Thirty years of promises, and now NATO is standing at Kharkiv practically. So yes, we need everything on paper this time."
M7 = "Of course, Western historians dispute what exactly was promised to Gorbachev in 1990, and NATO says it never made any such pledge. But that story of betrayal is very much the lens through which Moscow views this week."
CM = ("charles-maynes", 1, "CHARLES MAYNES")
L["npr-2022-01-11-geneva-talks-neither-side-budged"] = [
 (M1, *CM, "no-ukraine-membership", "mentions", 1, D),
 (M1, *CM, "nato-non-expansion", "mentions", 1, D),
 (M1, *CM, "written-legal-guarantees", "mentions", 1, D),
 (M1s, "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 (M1s, "russia", 0, "the Russians", "nato-non-expansion", "supports", 0, ""),
 (M1s, "russia", 0, "the Russians", "written-legal-guarantees", "supports", 0, ""),
 (M1r, "sergei-ryabkov", 1, "Deputy Foreign Minister Sergei Ryabkov", "written-legal-guarantees", "supports", 0, G),
 (RY, "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, G),
 (RY, "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, G),
 (M2, "charles-maynes", 1, "MAYNES", "russia-de-escalation", "mentions", 1, D),
 (M2a, "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, G),
 (M2b, "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, G),
 (M3, "charles-maynes", 1, "MAYNES", "", "", 1, D),
 (SH, "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, G),
 (M4, "charles-maynes", 1, "MAYNES", "no-intermediate-range-missiles", "mentions", 1, D),
 (M4, "charles-maynes", 1, "MAYNES", "limit-military-exercises", "mentions", 1, D),
 (M4s, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, G),
 (M4s, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, G),
 (M5, "charles-maynes", 1, "MAYNES", "", "", 1, D),
 (PE, "dmitry-peskov", 1, "DMITRY PESKOV", "nato-non-expansion", "supports", 1, D),
 (PE, "dmitry-peskov", 1, "DMITRY PESKOV", "written-legal-guarantees", "supports", 1, D),
 (M6, "charles-maynes", 1, "MAYNES", "", "", 1, D),
 (KO, "anatoly-korolyov", 1, "ANATOLY KOROLYOV", "written-legal-guarantees", "supports", 1, ""),
 (KO, "anatoly-korolyov", 1, "ANATOLY KOROLYOV", "nato-non-expansion", "supports", 1, ""),
 (M7, "charles-maynes", 1, "MAYNES", "", "", 1, D),
]

W = "2022-01-26"
MA = "They wanted a veto over the choices of their neighbours. The written answers say, politely but unmistakably, that they cannot have one. I think that's exactly right."
ST = "He said NATO would not renounce its ability to protect and defend its allies, including by having troops in the eastern part of the alliance, and would not give up the principle that every nation decides its own path."
BL = "According to Blinken, the US paper proposes reciprocal transparency measures regarding force posture in Ukraine, confidence-building steps on military exercises and maneuvers in Europe, and talks on arms control, including on the missiles once covered by the Intermediate-Range Nuclear Forces Treaty."
LV = "Speaking to the State Duma, he said the US reply contained “no positive response on the main issue,” which he identified as the non-expansion of NATO and the non-deployment of strike weapons that could threaten Russian territory."
L["atlantic-council-2022-01-27-written-answers-explainer"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, W),
 (ST, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, W),
 (ST, "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, W),
 ("This goes to the heart of what the Kremlin actually wants,", "evelyn-marchetti", 1, "Evelyn Marchetti", "", "", 1, ""),
 (MA, "evelyn-marchetti", 1, "Evelyn Marchetti", "nato-open-door", "supports", 1, ""),
 (BL, "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, ""),
 (BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, ""),
 (BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Stoltenberg said NATO had also proposed to re-establish the NATO and Russian offices in Moscow and Brussels and to use existing military lines of communication more actively, including a hotline for emergencies.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("None of this is new, and that's the point,", "martin-osei-barnes", 1, "Martin Osei-Barnes", "", "", 1, ""),
 ("The West is telling Moscow: the arms control items in your own drafts are negotiable, the spheres-of-influence items are not.", "martin-osei-barnes", 1, "Martin Osei-Barnes", "", "", 1, ""),
 ("no positive response on the main issue,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, ""),
 (LV, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Blinken repeated on Wednesday that the choice of diplomacy would require Russia to de-escalate.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, W),
 ("If the Kremlin wants the arms control track, it has to stop negotiating with a loaded gun on the table,", "evelyn-marchetti", 1, "Marchetti", "russia-de-escalation", "supports", 1, ""),
 ("Pull the battalion tactical groups back, and the conversation changes overnight.", "evelyn-marchetti", 1, "Marchetti", "russia-de-escalation", "supports", 1, ""),
 ("They will pocket the missile talks and keep hammering on the big demands in public,", "martin-osei-barnes", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "2022-01-19"
J1 = "The Kremlin wants us to believe that NATO enlargement is a threat. It is not. Countries chose to join the alliance because they remembered what Moscow's domination meant,"
J2 = "Ukraine and Georgia have every right to make the same choice, and no treaty drafted in Moscow can take that right away from them."
VA = "Mr Putin wants a written guarantee that NATO will never come closer. We cannot give him such a guarantee, and we must not pretend we can,"
FO = "What Moscow calls its security guarantees is in fact a demand that American troops leave Poland and the Baltic states. That will never be accepted,"
LA = "Sergey Lagodinsky (Greens/EFA, DE) said the Russian demand to end all NATO military cooperation with Ukraine, Georgia and Moldova showed that the Kremlin “does not see these countries as sovereign states.”"
L["european-parliament-2022-01-19-meps-russia-security-demands"] = [
 ("The security of Europe cannot be discussed without Europe,", "josep-borrell", 1, "he", "", "", 1, D),
 ("We are not in Yalta any more, and the Europeans are not spectators.", "josep-borrell", 1, "he", "", "", 1, D),
 ("Borrell stressed that the EU had made clear to Moscow that any further military aggression against Ukraine would have massive consequences and severe costs, and that the Union fully supported the right of every European country to decide which alliances it joins.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, D),
 ("Russia has to choose: dialogue or confrontation. Dialogue cannot take place while more than 100,000 soldiers are massed at Ukraine's border,", "josep-borrell", 1, "he", "russia-de-escalation", "supports", 1, D),
 (J1, "rasa-jukneviciene", 1, "Rasa Juknevičienė", "nato-non-expansion", "rejects", 1, D),
 (J1, "rasa-jukneviciene", 1, "Rasa Juknevičienė", "nato-open-door", "supports", 1, D),
 (J2, "rasa-jukneviciene", 1, "Rasa Juknevičienė", "no-ukraine-membership", "rejects", 1, D),
 (J2, "rasa-jukneviciene", 1, "Rasa Juknevičienė", "nato-open-door", "supports", 1, D),
 ("If there is a conversation about missiles and exercises, it must be reciprocal and verifiable, and it must not cost Ukraine its sovereignty,", "tonino-picula", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("If there is a conversation about missiles and exercises, it must be reciprocal and verifiable, and it must not cost Ukraine its sovereignty,", "tonino-picula", 1, "he", "limit-military-exercises", "mentions", 1, D),
 (VA, "hilde-vautmans", 1, "she", "written-legal-guarantees", "rejects", 1, D),
 (VA, "hilde-vautmans", 1, "she", "nato-non-expansion", "rejects", 1, D),
 (VA, "vladimir-putin", 1, "Mr Putin", "written-legal-guarantees", "supports", 1, ""),
 (VA, "vladimir-putin", 1, "Mr Putin", "nato-non-expansion", "supports", 1, ""),
 (FO, "anna-fotyga", 1, "she", "rollback-to-1997", "rejects", 1, D),
 (FO, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("Speaking for the Left group, Ödön Kertész-Varga (The Left, HU) urged all sides to return to the negotiating table without conditions.", "odon-kertesz-varga", 1, "Ödön Kertész-Varga", "no-preconditions", "supports", 0, D),
 ("Nobody in Europe wants a war. Both Russia and NATO should stop the military exercises near each other's borders, and talk,", "odon-kertesz-varga", 1, "he", "limit-military-exercises", "supports", 1, D),
 ("does not see these countries as sovereign states.", "sergey-lagodinsky", 1, "Sergey Lagodinsky", "no-military-activity-ex-soviet", "rejects", 1, D),
 (LA, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
]

write_gold(L, "articles-296", "gold-296")
