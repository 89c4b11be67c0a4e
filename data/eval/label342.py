#!/usr/bin/env python3
"""Writes the held-out gold of batch 342 (gold-342/*.nq) from the labels below.

Batch 342 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-12-stoltenberg-nato-russia-council: AP wire story after the NATO-Russia
  Council; quotes split by "he said", a Kremlin-as-actor sentence, Grushko in indirect
  speech, an analyst, Baker/Founding Act/Bucharest background, ALL-CAPS byline.
- ria-novosti-2022-01-27-ryabkov-answer-not-positive: RIA Novosti in machine translation
  ("told, that", « » quotes with ", - told X"), time stamps, "Read also" lines, Kremlin
  insisting on 1997, a Duma chairman on Telegram, an expert, document summary unlabelled.
- pentagon-2022-01-24-kirby-press-briefing: DoD transcript, PRESS SECRETARY / MR. KIRBY
  labels and Q: turns; procedural answers, offers to discuss missiles and drills, a
  mil-to-mil answer, Russia's demands named only inside questions.
- yle-2022-01-13-finland-nato-option-osce: Yle News story with standfirst, caption,
  "Read also", crosshead; Finnish politicians on the open door, Lukashevich and
  Carpenter in indirect speech, Niinistö's New Year speech, a FIIA researcher.
- politico-2022-01-21-national-security-daily-geneva: Politico newsletter item, ALL-CAPS
  names and section leads, anonymous officials, indirect speech without quotation marks
  ("..., he told reporters"), lawmakers and think-tankers, Baker background.
- carnegie-moscow-2022-02-02-interview-after-putin-answer: Carnegie Moscow interview with
  dash turns (questions and answers both dashed); Putin reported inside answers; the
  expert voices his own stance on missiles, drills and military contacts.
- seimas-2022-01-19-national-security-committee-minutes: Lithuanian Seimas committee
  minutes in translation (UTF-8 BOM, CRLF), "X: quote" lines, initials for names,
  members asking questions in reported speech, decisions list.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position; mentions when
the speaker only reports a demand, asks about it or offers to discuss it. A direct quotation
of six or more words about none of the demands gets one demand-less label (demand "",
stance ""); reported speech about no demand or about demands left unspecified gets none.
Background history, words quoted from documents, headlines, crossheads, standfirsts,
captions and link lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the
demand in their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

NE, UA, BU, SW, IR, WA, EX, R97, EXS, WR, NP, MD, DE, OD = (
    "nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008",
    "no-strike-weapons-near-borders", "no-intermediate-range-missiles",
    "no-warships-aircraft-in-strike-range", "limit-military-exercises", "rollback-to-1997",
    "no-military-activity-ex-soviet", "written-legal-guarantees", "no-preconditions",
    "resume-military-dialogue", "russia-de-escalation", "nato-open-door")
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-12"
lead = "NATO and Russia failed Wednesday to bridge their differences over Moscow's sweeping demands for a rollback of the alliance's presence in Eastern Europe, and the alliance's top civilian official warned that \"there is a real risk for a new armed conflict in Europe.\""
L["ap-2022-01-12-stoltenberg-nato-russia-council"] = [
 (lead, "russia", 0, "Moscow", R97, S, 0, ""),
 ("there is a real risk for a new armed conflict in Europe.", "jens-stoltenberg", 1, "the alliance's top civilian official", "", "", 1, d),
 ("We will not compromise on core principles,", "jens-stoltenberg", 1, "Stoltenberg", OD, S, 1, d),
 ("Each nation has the right to choose its own path, including what kind of security arrangements it wants to be part of.", "jens-stoltenberg", 1, "Stoltenberg", OD, S, 1, d),
 ("He said Russia had no say over whether Ukraine could one day join.", "jens-stoltenberg", 1, "He", OD, S, 0, d),
 ("He said Russia had no say over whether Ukraine could one day join.", "jens-stoltenberg", 1, "He", UA, R, 0, d),
 ("Russia doesn't have a veto,", "jens-stoltenberg", 1, "he", OD, S, 1, d),
 ("and NATO will not abandon its open-door policy.", "jens-stoltenberg", 1, "he", OD, S, 1, d),
 ("The Kremlin wants legally binding guarantees that NATO will stop growing eastward and will pull its troops and weapons back from member countries in Central and Eastern Europe and the Baltic region that joined after the Cold War.", "russia", 0, "The Kremlin", WR, S, 0, ""),
 ("The Kremlin wants legally binding guarantees that NATO will stop growing eastward and will pull its troops and weapons back from member countries in Central and Eastern Europe and the Baltic region that joined after the Cold War.", "russia", 0, "The Kremlin", NE, S, 0, ""),
 ("The Kremlin wants legally binding guarantees that NATO will stop growing eastward and will pull its troops and weapons back from member countries in Central and Eastern Europe and the Baltic region that joined after the Cold War.", "russia", 0, "The Kremlin", R97, S, 0, ""),
 ("Stoltenberg said allies had also refused to accept that they should have to withdraw forces from the eastern flank.", "jens-stoltenberg", 1, "Stoltenberg", R97, R, 0, d),
 ("We will not accept that we have two classes of NATO members, where some of them are not allowed to have NATO presence,", "jens-stoltenberg", 1, "he", R97, R, 1, d),
 ("This is not only about Ukraine. This is about the whole of Europe.", "jens-stoltenberg", 1, "he", "", "", 1, d),
 ("He said NATO's further expansion toward Russia's frontiers was a red line for Moscow and that it needed guarantees on paper, not promises.", "alexander-grushko", 1, "He", NE, S, 0, d),
 ("He said NATO's further expansion toward Russia's frontiers was a red line for Moscow and that it needed guarantees on paper, not promises.", "alexander-grushko", 1, "He", WR, S, 0, d),
 ("If NATO goes down the road of containment, there will be counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, d),
 ("Stoltenberg said NATO was ready to sit down again with Russia to talk about arms control, missile deployments and greater openness about military exercises, and he proposed a series of follow-up meetings.", "jens-stoltenberg", 1, "Stoltenberg", IR, M, 0, d),
 ("Stoltenberg said NATO was ready to sit down again with Russia to talk about arms control, missile deployments and greater openness about military exercises, and he proposed a series of follow-up meetings.", "jens-stoltenberg", 1, "Stoltenberg", EX, M, 0, d),
 ("We are ready to discuss arms control, including on missiles,", "jens-stoltenberg", 1, "Stoltenberg", IR, M, 1, d),
 ("He added that allies were also willing to explore ways to reduce the risks around large-scale drills and to reopen the channels of military communication that were cut off in 2021, when NATO expelled eight Russian officials and Moscow shut its mission to the alliance.", "jens-stoltenberg", 1, "He", EX, M, 0, d),
 ("He added that allies were also willing to explore ways to reduce the risks around large-scale drills and to reopen the channels of military communication that were cut off in 2021, when NATO expelled eight Russian officials and Moscow shut its mission to the alliance.", "jens-stoltenberg", 1, "He", MD, M, 0, d),
 ("The NATO chief urged Russia to pull back the estimated 100,000 troops it has massed near Ukraine's border.", "jens-stoltenberg", 1, "The NATO chief", DE, S, 0, d),
 ("It is Russia that has to de-escalate,", "jens-stoltenberg", 1, "he", DE, S, 1, d),
 ("The meeting today did not make that easier to predict, but it showed that there is a willingness to continue talking.", "jens-stoltenberg", 1, "he", "", "", 1, d),
 ("Sherman told reporters that the United States would not \"slam the door\" on NATO's open-door policy and said the allies had told Moscow that decisions about NATO membership are for NATO and the countries seeking to join — nobody else.", "wendy-sherman", 1, "Sherman", OD, S, 0, d),
 ("Until the dialogue is over, we will not rush to make any assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
 ("No one walked out, and in this climate that counts for something,", "ian-corrigan", 1, "Ian Corrigan", "", "", 1, d),
 ("He said the alliance could not give Moscow the assurances it seeks on keeping Kyiv out, but could offer confidence-building measures on exercises and missiles.", "ian-corrigan", 1, "He", UA, M, 0, d),
 ("He said the alliance could not give Moscow the assurances it seeks on keeping Kyiv out, but could offer confidence-building measures on exercises and missiles.", "ian-corrigan", 1, "He", EX, M, 0, d),
 ("He said the alliance could not give Moscow the assurances it seeks on keeping Kyiv out, but could offer confidence-building measures on exercises and missiles.", "ian-corrigan", 1, "He", IR, M, 0, d),
 ("He said the alliance could not give Moscow the assurances it seeks on keeping Kyiv out, but could offer confidence-building measures on exercises and missiles.", "russia", 0, "Moscow", UA, S, 0, ""),
]

d = "2022-01-27"
lav = "There is no positive answer on the main question in this document. The main question is our clear position about the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which can threaten the territory of Russian Federation"
slu = "To give the Russia the guarantees on paper and to stop pulling Ukraine and Georgia into the bloc, — this is the minimum which we expect"
L["ria-novosti-2022-01-27-ryabkov-answer-not-positive"] = [
 ("It is obvious, that on the main question the answer is not positive. Our main concern, that is the non-expansion of NATO, they have not answered to it in a way which suits us", "sergei-ryabkov", 1, "Ryabkov", NE, S, 1, d),
 ("The diplomat underlined, that Moscow does not intend to agree that the alliance continues to move to the east.", "sergei-ryabkov", 1, "The diplomat", NE, S, 0, d),
 ("He added, that for Russia it is «the absolute imperative» that Ukraine never becomes a member of NATO.", "sergei-ryabkov", 1, "He", UA, S, 0, d),
 ("We need the iron-concrete, water-proof, bullet-proof, legally binding guarantees. Not assurances, not safeguards — guarantees", "sergei-ryabkov", 1, "Ryabkov", WR, S, 1, d),
 ("The deputy minister also said, that in the American text there are some elements on which it is possible to begin the serious conversation, for example on the medium-range missiles and on the military exercises, but these are «secondary themes».", "sergei-ryabkov", 1, "The deputy minister", IR, M, 0, d),
 ("The deputy minister also said, that in the American text there are some elements on which it is possible to begin the serious conversation, for example on the medium-range missiles and on the military exercises, but these are «secondary themes».", "sergei-ryabkov", 1, "The deputy minister", EX, M, 0, d),
 ("We see there are grains of rationality on the secondary issues. But they cannot replace the main thing", "sergei-ryabkov", 1, "he", "", "", 1, d),
 ("reaffirms our commitment to the open door policy of NATO", "antony-blinken", 1, "Antony Blinken", OD, S, 1, "2022-01-26"),
 (lav, "sergei-lavrov", 1, "Lavrov", NE, S, 1, d),
 (lav, "sergei-lavrov", 1, "Lavrov", SW, S, 1, d),
 ("It's needed time for analysis, we will not hurry with conclusions", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("The press-secretary also noted, that from the texts it is clear, that the conception of the Russian side about the withdrawal of the forces of alliance to the positions of the 1997 year was not taken into the account.", "dmitry-peskov", 1, "The press-secretary", R97, S, 0, ""),
 ("The Kremlin insists, that the infrastructure of NATO must be returned to the configuration, which existed at the moment of signing of the Founding act Russia-NATO.", "russia", 0, "The Kremlin", R97, S, 0, ""),
 (slu, "leonid-slutsky", 1, "he", WR, S, 1, ""),
 (slu, "leonid-slutsky", 1, "he", UA, S, 1, ""),
 ("Nobody in Washington seriously counted that the Americans will write on the paper \"yes, Ukraine will never be in NATO\". It was clear from the beginning", "timofey-bordachenko-vlasov", 1, "he", UA, M, 1, ""),
]

d = "2022-01-24"
k = "john-kirby"
a1 = "No. Look, the Russians have put forward proposals that the United States and our allies have made very clear we can't accept, and the idea that NATO would take its forces out of countries that are sovereign members of this alliance is a non-starter. Those nations made their choices, and they're entitled to our protection."
a2 = "I'm not going to negotiate from the podium. The Secretary of State has been clear that there are areas where we think we can talk, on a reciprocal basis — the scale and the scope of exercises, transparency measures, some missile deployments. Those are things we've said we're willing to discuss with Russia, if Russia does the same. But we're not going to get ahead of the written response that the State Department is working on."
a3 = "That's a decision for Ukraine and the 30 allies. It's not for Moscow to decide, and it's not something we're going to trade away. The open door is a core principle of the alliance, and the secretary believes strongly in it."
a8 = "The Secretary of State and Deputy Secretary Sherman have already addressed this. We've said we would be willing to discuss Russia's concerns about offensive missile systems in Ukraine, and intermediate-range missiles more broadly, on a reciprocal basis. I'm not going to go beyond that today."
L["pentagon-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. A couple of things at the top, and then we'll get to your questions.", k, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, d),
 ("As you know, at the direction of the president, Secretary Austin has placed a range of units here in the United States on a heightened preparedness to deploy. In total, about 8,500 personnel are on that heightened alert. No decision has been made to deploy them. This is about reassuring our NATO allies, and it's about making sure the NATO Response Force is ready, should the alliance decide to activate it.", k, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, d),
 ("I want to be clear: this is not about sending troops into Ukraine. This is about our commitment to the collective defense of our allies on the eastern flank.", k, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, d),
 ("With that, we'll take questions. Lita.", k, 1, "PRESS SECRETARY JOHN F. KIRBY", "", "", 1, d),
 (a1, k, 1, "MR. KIRBY", R97, R, 1, d),
 (a1, "russia", 0, "the Russians", R97, S, 0, ""),
 ("What's driving this is the fact that Mr. Putin has continued to add forces, more than 100,000 now, along the border with Ukraine and in Belarus. If he's worried about NATO forces on his western flank, he might want to reconsider some of the steps he's taking. The best thing he could do is pull those troops back.", k, 1, "MR. KIRBY", DE, S, 1, d),
 (a2, k, 1, "MR. KIRBY", EX, M, 1, d),
 (a2, k, 1, "MR. KIRBY", IR, M, 1, d),
 (a3, k, 1, "MR. KIRBY", OD, S, 1, d),
 (a3, k, 1, "MR. KIRBY", UA, R, 1, d),
 ("I don't have a timeline for you. It's going to depend on the situation. Most of the units are on five-day notice to deploy. Some are on even shorter notice. I'd refer you to the individual services for the unit details.", k, 1, "MR. KIRBY", "", "", 1, d),
 ("I'd say this. Watch what they do. We've seen no signs of a pullback. We've seen no signs of de-escalation. We've seen the opposite. So words are words, but the actions tell a different story, and it's the actions we're paying attention to.", k, 1, "MR. KIRBY", DE, S, 1, d),
 ("Not recently. The secretary certainly believes that keeping lines of communication open with his Russian counterpart is valuable, and he'd be willing to have that conversation. We do believe that mil-to-mil channels matter, particularly at moments of tension like this one, to avoid miscalculation.", k, 1, "MR. KIRBY", MD, S, 1, d),
 ("No. We're going to continue to support Ukraine's self-defense. We've provided more than $650 million in security assistance in the past year alone, and more is on the way. Ukraine is a sovereign country; who it partners with on defense is not something Russia gets to dictate.", k, 1, "MR. KIRBY", EXS, R, 1, d),
 (a8, k, 1, "MR. KIRBY", IR, M, 1, d),
 (a8, k, 1, "MR. KIRBY", SW, M, 1, d),
 (a8, "russia", 0, "Russia", SW, S, 0, ""),
]

d = "2022-01-13"
hv = "Foreign Minister Pekka Haavisto (Green) said on Thursday that Finland would keep open the option of applying for Nato membership, whatever Moscow says about the alliance's borders."
ca = "He said Washington would not accept any proposal that would close the door to countries that want to join Nato."
aa = "The list of demands was written so that Nato could not accept it. Pulling forces out of the Baltic states and promising that Ukraine will never be a member — no Western government can sign that,"
ab = "Aaltonen said there could be room for agreement in some areas, such as limits on intermediate-range missiles and rules on military exercises, which both sides had discussed in the past."
ac = "Those are old topics in arms control. They could be agreed if there is political will on both sides,"
L["yle-2022-01-13-finland-nato-option-osce"] = [
 (hv, "pekka-haavisto", 1, "Pekka Haavisto", OD, S, 0, d),
 (hv, "russia", 0, "Moscow", NE, S, 0, ""),
 ("Finland's room to manoeuvre is not up for negotiation between other countries. We decide our own security policy, and that includes the possibility of applying for membership,", "pekka-haavisto", 1, "Haavisto", OD, S, 1, d),
 ("Lukashevich said Russia's demand that Nato not move closer to its borders was not a matter for bargaining.", "alexander-lukashevich", 1, "Lukashevich", NE, S, 0, d),
 (ca, "michael-carpenter", 1, "He", OD, S, 0, d),
 (ca, "michael-carpenter", 1, "He", NE, R, 0, d),
 ("Russian Foreign Ministry spokesperson Maria Zakharova said late last year that Finland and Sweden joining Nato would have \"serious military and political consequences\" — remarks that drew sharp responses in Helsinki and Stockholm.", "maria-zakharova", 1, "Maria Zakharova", NE, S, 0, ""),
 ("the possibility of military alignment and of applying for Nato membership, should we ourselves so decide.", "sauli-niinisto", 1, "Sauli Niinistö", OD, S, 1, "2022-01-01"),
 ("Prime Minister Sanna Marin (SDP) told Yle on Thursday that she did not consider it likely that Finland would apply for membership during her government's term, but that the option would stay on the table.", "sanna-marin", 1, "Sanna Marin", OD, S, 0, d),
 ("It is very important that we keep the option open. Nobody else decides that for us,", "sanna-marin", 1, "Marin", OD, S, 1, d),
 ("Russia's demands show very clearly what they want: a Europe where the small countries ask Moscow's permission. I don't accept that,", "jussi-pekka-halonen-rantala", 1, "Halonen-Rantala", OD, S, 1, ""),
 ("Left Alliance chair Li Andersson said she was opposed to Finland joining the alliance but agreed that Russia had no right to dictate Finnish decisions.", "li-andersson", 1, "Li Andersson", OD, S, 0, ""),
 (aa, "leena-maria-aaltonen", 1, "Aaltonen", R97, M, 1, ""),
 (aa, "leena-maria-aaltonen", 1, "Aaltonen", UA, M, 1, ""),
 (ab, "leena-maria-aaltonen", 1, "Aaltonen", IR, M, 0, ""),
 (ab, "leena-maria-aaltonen", 1, "Aaltonen", EX, M, 0, ""),
 (ac, "leena-maria-aaltonen", 1, "she", IR, M, 1, ""),
 (ac, "leena-maria-aaltonen", 1, "she", EX, M, 1, ""),
]

d = "2022-01-21"
lv = "Russia wants the alliance to stop moving east and it wants Ukraine kept out, full stop, he told reporters at the Russian mission."
ls = "Missile limits and transparency on drills are fine, Lavrov said, but they're not a substitute for what Russia actually put on the table in December."
us = "Several U.S. officials we spoke to this week privately concede that the written answer will be mostly a restatement of what SHERMAN told RYABKOV on Jan. 10 — openness to talk about reciprocal limits on missiles and exercises, plus a return to some form of arms control, paired with a flat no on freezing enlargement."
os_ = "DMITRI OSTROVSKY-LANE, a former State Department Russia analyst now at the Atlantic Forum, said he doubted Moscow's demand on rolling NATO back to its 1997 footprint was ever meant seriously."
mw = "The Russians have told us exactly what they want — Ukraine out of NATO forever, and guarantees in writing. When they don't get it, they'll say the West closed the door on diplomacy,"
ku = "Kuleba also said Ukraine would never accept a deal in which its right to seek NATO membership is traded away."
L["politico-2022-01-21-national-security-daily-geneva"] = [
 ("We anticipate that we will be able to share with Russia our concerns and ideas in more detail and in writing next week, and we agreed to further discussions after that,", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("There are certain fundamental principles that we are committed to uphold, including the right of countries to choose their own security arrangements,", "antony-blinken", 1, "Blinken", OD, S, 1, d),
 (lv, "sergei-lavrov", 1, "he", NE, S, 0, d),
 (lv, "sergei-lavrov", 1, "he", UA, S, 0, d),
 ("Lavrov also said Blinken had not tried to persuade him that the U.S. was prepared to rule out Kyiv's membership.", "sergei-lavrov", 1, "Lavrov", UA, M, 0, d),
 ("We expect to receive written answers to all our proposals next week,", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 (ls, "sergei-lavrov", 1, "Lavrov", IR, S, 0, d),
 (ls, "sergei-lavrov", 1, "Lavrov", EX, S, 0, d),
 (us, "united-states", 0, "Several U.S. officials", IR, M, 0, ""),
 (us, "united-states", 0, "Several U.S. officials", EX, M, 0, ""),
 (us, "united-states", 0, "Several U.S. officials", NE, R, 0, ""),
 (us, "wendy-sherman", 1, "SHERMAN", IR, M, 0, "2022-01-10"),
 (us, "wendy-sherman", 1, "SHERMAN", EX, M, 0, "2022-01-10"),
 (us, "wendy-sherman", 1, "SHERMAN", NE, R, 0, "2022-01-10"),
 ("will be written so that nobody in Moscow can read it as a yes on Ukraine.", "united-states", 0, "One senior administration official", UA, R, 1, ""),
 ("We're not going to pretend there's a middle ground on the open door. There isn't one,", "united-states", 0, "the official", OD, S, 1, ""),
 ("If we end up trading away exercises in Poland and the Baltics for a promise from Putin, we'll have given him something real for something imaginary,", "margaret-holloway-keane", 1, "she", EX, R, 1, ""),
 (os_, "dmitri-ostrovsky-lane", 1, "DMITRI OSTROVSKY-LANE", R97, M, 0, ""),
 (os_, "russia", 0, "Moscow", R97, S, 0, ""),
 ("That's an anchor, not an ask. Nobody in the Kremlin expects troops to leave Estonia,", "dmitri-ostrovsky-lane", 1, "he", R97, M, 1, ""),
 (mw, "kathryn-merriweather", 1, "she", UA, M, 1, ""),
 (mw, "kathryn-merriweather", 1, "she", WR, M, 1, ""),
 (mw, "russia", 0, "The Russians", UA, S, 0, ""),
 (mw, "russia", 0, "The Russians", WR, S, 0, ""),
 (ku, "dmytro-kuleba", 1, "Kuleba", OD, S, 0, ""),
 (ku, "dmytro-kuleba", 1, "Kuleba", UA, R, 0, ""),
 ("Any military aggression against Ukraine will have massive consequences and severe costs,", "josep-borrell", 1, "Borrell", "", "", 1, ""),
]

d = "2022-02-02"
e = "yevgeny-lomakin-stern"
c1 = "It was the expected line. Putin named three things: no further expansion of NATO, no deployment of strike systems near our borders, and returning the bloc's military infrastructure to where it stood in 1997. He said that none of the three had been answered. That is accurate as a description of the American and NATO texts."
p1 = "Putin named three things: no further expansion of NATO, no deployment of strike systems near our borders, and returning the bloc's military infrastructure to where it stood in 1997."
c2 = "No. Nobody who knows how the alliance works could expect a signature under \"Ukraine will never join.\" The Americans cannot promise that even if they wanted to; it's a consensus decision of thirty states, and the open-door principle is in the Washington Treaty itself. Our diplomats knew that in December."
c3 = "Partly to set the bar high, partly because the Kremlin genuinely believes it. For Putin this is not a negotiating position but a conviction. He really thinks the West deceived Russia in the 1990s, and he spoke again yesterday about the promises that were made, as he sees it, to Gorbachev."
c4 = "Yes, and Lavrov sent a letter on this to his Western colleagues. The argument is that the Istanbul and Astana declarations say no state should strengthen its security at the expense of others. The Western side points to the same documents, which also say every state is free to choose its alliances. Both readings are in the text. That is why this dispute cannot be solved by lawyers."
c5 = "There is quite a lot, actually, on the so-called secondary issues. Reciprocal restrictions on intermediate-range missiles in Europe, transparency on Aegis Ashore sites in Romania and Poland, limits on exercises near the line of contact, rules for bombers and warships so they don't come too close — these are real proposals. Ten years ago Moscow would have been delighted with them."
c6 = "Now the Kremlin says they are secondary. I think that is a mistake. Personally, I believe Russia should take the missile package and the exercise limits and work on them seriously. A verifiable ban on ground-launched intermediate-range missiles in Europe would serve our security better than any paper about Ukraine."
c7 = "It is understandable. Political declarations have been broken, from our point of view, so Moscow wants a treaty ratified by the Senate. But the US Senate will not ratify a treaty closing NATO's door. So a demand for legal guarantees on enlargement is in practice a demand that cannot be met."
p7 = "Political declarations have been broken, from our point of view, so Moscow wants a treaty ratified by the Senate."
c8 = "I honestly don't know, and I'm suspicious of anyone who says they do. The concentration is very large. The logistics we see — field hospitals, fuel, blood supplies — are not what you need for a demonstration. At the same time, a pullback would be the single most effective signal Moscow could send, and the West has said so again and again."
c9 = "It is better than the alternative. He also said he hoped a way would be found, though it would not be easy. Lavrov has been tasked to respond, and I understand the Foreign Ministry is preparing a reply. What worries me is that the military track was frozen in 2021. When our mission to NATO closed, we lost the last channel where generals could talk. I think restoring regular contacts between the general staffs is essential, whatever happens with the treaties."
c10 = "To declare victory on what it can get, and stop asking for what it cannot. Russia has already forced the Americans to put arms control back on the table. That is a real result. Turning it into a war would throw it away."
L["carnegie-moscow-2022-02-02-interview-after-putin-answer"] = [
 (c1, e, 1, "Yevgeny Lomakin-Stern", NE, M, 1, d),
 (c1, e, 1, "Yevgeny Lomakin-Stern", SW, M, 1, d),
 (c1, e, 1, "Yevgeny Lomakin-Stern", R97, M, 1, d),
 (p1, "vladimir-putin", 1, "Putin", NE, S, 0, "2022-02-01"),
 (p1, "vladimir-putin", 1, "Putin", SW, S, 0, "2022-02-01"),
 (p1, "vladimir-putin", 1, "Putin", R97, S, 0, "2022-02-01"),
 (c2, e, 1, "Yevgeny Lomakin-Stern", UA, M, 1, d),
 (c2, e, 1, "Yevgeny Lomakin-Stern", OD, M, 1, d),
 (c3, e, 1, "Yevgeny Lomakin-Stern", UA, M, 1, d),
 (c4, e, 1, "Yevgeny Lomakin-Stern", OD, M, 1, d),
 (c5, e, 1, "Yevgeny Lomakin-Stern", IR, M, 1, d),
 (c5, e, 1, "Yevgeny Lomakin-Stern", EX, M, 1, d),
 (c5, e, 1, "Yevgeny Lomakin-Stern", WA, M, 1, d),
 (c6, e, 1, "Yevgeny Lomakin-Stern", IR, S, 1, d),
 (c6, e, 1, "Yevgeny Lomakin-Stern", EX, S, 1, d),
 (c7, e, 1, "Yevgeny Lomakin-Stern", WR, M, 1, d),
 (c7, e, 1, "Yevgeny Lomakin-Stern", NE, M, 1, d),
 (p7, "russia", 0, "Moscow", WR, S, 0, ""),
 (c8, e, 1, "Yevgeny Lomakin-Stern", DE, S, 1, d),
 (c9, e, 1, "Yevgeny Lomakin-Stern", MD, S, 1, d),
 (c10, e, 1, "Yevgeny Lomakin-Stern", "", "", 1, d),
]

d = "2022-01-19"
j = "tomas-jurgelevicius"
s1 = "He said that the allies had presented a united position and that none of the Russian demands concerning the allied presence in the Baltic states had been accepted."
s2 = "The Russian draft agreement proposes, in fact, that the allies withdraw from the territory of those members that joined after 1997. For Lithuania this would mean the end of the enhanced forward presence battalion in Rukla. This is absolutely unacceptable, and the allies said so unanimously in Brussels."
s3 = "Our position is that nobody may decide on the membership of other states. If we agreed that Ukraine or Georgia cannot choose, tomorrow someone would say the same about us."
s4 = "The Vice-Minister noted that the United States had informed the allies it was ready to talk with Russia on reciprocal transparency of exercises and on intermediate-range missiles, and that Lithuania did not object to such discussions as long as they took place together with the allies and did not concern the presence of allied forces."
s5 = "The demand for legally binding guarantees is a trap. If NATO signs something on Ukraine, next time the demand will be about Moldova, about Sweden, about Finland."
s6 = "We must send one message: the allied presence in Lithuania will grow, not shrink. Russia wants us to return to 1997. We say no."
L["seimas-2022-01-19-national-security-committee-minutes"] = [
 (s1, j, 1, "He", R97, R, 0, d),
 (s1, "russia", 0, "Russian", R97, S, 0, ""),
 (s2, j, 1, "T. Jurgelevičius", R97, R, 1, d),
 (s2, "russia", 0, "Russian", R97, S, 0, ""),
 (s3, j, 1, "T. Jurgelevičius", OD, S, 1, d),
 (s3, j, 1, "T. Jurgelevičius", UA, R, 1, d),
 (s4, j, 1, "The Vice-Minister", EX, M, 0, d),
 (s4, j, 1, "The Vice-Minister", IR, M, 0, d),
 ("D. Gaižauskas-Vaitkus asked whether the United States could agree to limit exercises in the Baltic region in exchange for Russian steps.", "dainius-gaizauskas-vaitkus", 1, "D. Gaižauskas-Vaitkus", EX, M, 0, d),
 ("Our American partners assured us that there will be no decisions about us without us. Any limitation of exercises may only be reciprocal and may not apply only to the allied side.", j, 1, "T. Jurgelevičius", EX, M, 1, d),
 ("A. Pečiulytė said that the Committee should state clearly that Lithuania would not accept any agreement that would restrict the deployment of allied forces on its territory.", "audrone-peciulyte", 1, "A. Pečiulytė", R97, R, 0, d),
 ("I would like us to write this in the conclusion: the presence of allies in Lithuania is not a subject of negotiation with Moscow.", "audrone-peciulyte", 1, "A. Pečiulytė", R97, R, 1, d),
 ("These forces are not moving away from the border of Ukraine; they are coming closer. From Belarus, some of these units will be very close to our border as well.", "arunas-vilkas-dapkus", 1, "A. Vilkas-Dapkus", "", "", 1, d),
 ("Officially they call it exercises and say that they move their troops on their own territory. At the same time the Russian side says that its security demands must be fulfilled. We see this as pressure.", "arunas-vilkas-dapkus", 1, "A. Vilkas-Dapkus", "", "", 1, d),
 ("In her opinion, the West should reject the idea of a veto over enlargement, but should also be careful not to close the door to arms control.", "egle-stonkute-mazeikiene", 1, "her", OD, S, 0, d),
 (s5, "egle-stonkute-mazeikiene", 1, "E. Stonkutė-Mažeikienė", WR, R, 1, d),
 (s5, "egle-stonkute-mazeikiene", 1, "E. Stonkutė-Mažeikienė", UA, R, 1, d),
 ("G. Lapinskaitė asked whether a return of the NATO–Russia military contacts could be useful.", "giedre-lapinskaite", 1, "G. Lapinskaitė", MD, M, 0, d),
 ("Contacts between militaries reduce the risk of incidents. I do not see a problem in restoring them, but only if it is not a reward for aggressive behaviour.", "egle-stonkute-mazeikiene", 1, "E. Stonkutė-Mažeikienė", MD, S, 1, d),
 ("He said that the Committee welcomed the united position of the allies and considered that Russia must pull its troops back from the borders of Ukraine and from Belarus.", "laurynas-kasciunas", 1, "He", DE, S, 0, d),
 (s6, "laurynas-kasciunas", 1, "L. Kasčiūnas", R97, R, 1, d),
 (s6, "russia", 0, "Russia", R97, S, 0, ""),
]

write_gold(L, "articles-342", "gold-342")
