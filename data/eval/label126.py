#!/usr/bin/env python3
"""Writes the 126th held-out gold (gold-126/*.nq) from the labels below.

Batch 126 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- ap-2021-12-17-russia-draft-security-treaties: Associated Press wire copy on
  the publication of the draft treaties (front matter, straight quotes,
  dateline, a quotation split by "said X", a speaker named only by role,
  history of Baker 1990 and words quoted from the drafts, not labelled);
- mid-2022-01-10-ryabkov-geneva-press-conference: Russian Foreign Ministry
  transcript of Ryabkov's Geneva press conference (no front matter, date in
  the text, "Sergei Ryabkov:" speaker labels, journalists' questions and a
  moderator, which get no label);
- izvestia-2022-01-13-grushko-nato-council: machine-translated Izvestia piece
  on Grushko after the NATO-Russia Council (UTF-8 BOM, CRLF line ends, no
  front matter, « » and „ “ quotation marks, indirect speech carried by
  "according to him" and "in the words of the diplomat", a dash-style Q/A
  interview, the 1997 Founding Act as background, Peskov on "the basic
  demands" left unlabelled);
- eeas-2022-01-13-borrell-brest-press-conference: EU press conference of
  Borrell and Le Drian at the Gymnich in Brest (front matter, speaker labels,
  "Q." questions, moderator, a link line);
- state-2022-01-26-blinken-press-availability: State Department press
  availability on the written answer (front matter, SECRETARY BLINKEN /
  QUESTION / MR PRICE labels);
- aljazeera-2022-01-27-russia-us-response-live: Al Jazeera English live blog
  of reactions to the written answers (no front matter, timestamps, entry
  headlines, curly quotes, a tweet, an embassy statement, two speakers in one
  sentence, short quotations inside reported sentences);
- economist-2022-02-03-what-putin-wants: The Economist analysis quoting
  invented experts (front matter, curly quotes, standfirst, present-tense
  "says", history of Baker 1990 / the Founding Act / Bucharest 2008 not
  labelled, Moscow's demands in passing inside another speaker's sentence).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "the basic
  demands", "core principles"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor ("Western analysts", "Western governments") are
  left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demand that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given; a Russian official's
  own "Moscow wants" and an analyst's quoted "the Kremlin wants" stay the
  speaker's only;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date
  (quotations in a report on one event take that event's day); "" when the
  text gives no day (analysts' undated remarks, present-tense "says").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
AP = "Russia on Friday published draft security documents demanding that NATO deny membership to Ukraine and roll back its military deployments in Central and Eastern Europe, bold demands that are almost certain to be rejected by the U.S. and its allies."
NONEXP = "The non-expansion of NATO must be fixed in legal form, not in assurances that can be forgotten the next day,"
STOLT = "The relationship between NATO and Ukraine will be decided by the 30 allies and Ukraine, no one else,"
KALLAS = "There can be no negotiations with a gun held to Ukraine's head. De-escalation first, talks second,"
PUTIN = "President Vladimir Putin told President Joe Biden during a video call on Dec. 7 that Moscow wanted legal guarantees precluding NATO expansion to Ukraine."
WHIT = "The Kremlin wants a promise that Ukraine never joins NATO and that no American soldier ever trains anyone in Ukraine or Georgia again,"
L["ap-2021-12-17-russia-draft-security-treaties"] = [
 (AP, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (AP, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Deputy Foreign Minister Sergei Ryabkov told reporters the documents would also bar the U.S. and its allies from conducting any military activity in Ukraine, other former Soviet nations, the South Caucasus and Central Asia.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("We are ready to start negotiations without delay and without any preconditions, and Geneva would suit us well,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2021-12-17"),
 ("The deputy foreign minister made clear that Moscow wants more than a political declaration.", "sergei-ryabkov", 1, "The deputy foreign minister", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (NONEXP, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-17"),
 (NONEXP, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The Western response to these proposals will show how seriously they take security in Europe,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2021-12-17"),
 (PUTIN, "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 0, "2021-12-07"),
 (PUTIN, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-07"),
 ("we will not compromise on the key principles on which European security is built, including that all countries have the right to decide their own future and foreign policy free from outside interference.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 1, "2021-12-17"),
 ("There will be no talks about European security without our European allies and partners,", "jen-psaki", 1, "Psaki", "", "", 1, "2021-12-17"),
 (STOLT, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 (STOLT, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("We cannot accept a situation where we have second-class NATO members, where NATO as an alliance is not allowed to protect them in the same way as other allies.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2021-12-16"),
 (KALLAS, "kaja-kallas", 1, "she", "no-preconditions", "rejects", 1, "2021-12-17"),
 (KALLAS, "kaja-kallas", 1, "she", "russia-de-escalation", "supports", 1, "2021-12-17"),
 ("Ukraine's Foreign Ministry said in a statement that Kyiv would never accept decisions about its future taken \"behind our back\" and that it alone would choose its partners.", "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "nato-open-door", "supports", 0, "2021-12-17"),
 (WHIT, "marcus-whitfield", 1, "Marcus Whitfield", "no-ukraine-membership", "mentions", 1, ""),
 (WHIT, "marcus-whitfield", 1, "Marcus Whitfield", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("It is a negotiating position designed to be refused, so that Moscow can say it tried.", "marcus-whitfield", 1, "Marcus Whitfield", "", "", 1, ""),
]

R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
D = "2022-01-10"
UKR = "We explained to our colleagues that for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees."
KEY = "On the key question, the non-expansion of NATO, I did not feel any readiness on the American side to meet us halfway. They told us again about the so-called open-door policy. For us this formula is unacceptable; it belongs in the archive of history."
L["mid-2022-01-10-ryabkov-geneva-press-conference"] = [
 ("Good evening, ladies and gentlemen. The consultations with the American delegation headed by Deputy Secretary of State Wendy Sherman lasted almost eight hours. They were difficult, long, very professional, deep and concrete, without attempts to embellish anything or to bypass sharp corners.", *R, "", "", 1, D),
 (UKR, *R, "no-ukraine-membership", "supports", 1, D),
 (UKR, *R, "written-legal-guarantees", "supports", 1, D),
 ("We also put on the table the question of non-deployment of intermediate- and shorter-range missiles in Europe. Here the American side showed a certain understanding, and this is a positive moment. But I stress: this topic cannot be torn out of the package. For us the package is the package.", *R, "no-intermediate-range-missiles", "supports", 1, D),
 (KEY, *R, "nato-non-expansion", "supports", 1, D),
 (KEY, *R, "nato-open-door", "rejects", 1, D),
 ("Yes, the Americans again asked us to de-escalate, as they put it. We explained that there is no reason for concern, that our troops are on our own territory and that we will not move them anywhere at someone's request. Exercises of our armed forces go according to our plans, as always.", *R, "russia-de-escalation", "rejects", 1, D),
 ("The return to the configuration of 1997 is not a whim of ours, it is an essential element. Forces and infrastructure that NATO moved to the east after 1997 must be withdrawn, otherwise there is no balance of interests and no security for anybody.", *R, "rollback-to-1997", "supports", 1, D),
 ("As for a second round, I cannot say anything yet. Everything depends on the reaction we receive and on the meetings in Brussels and Vienna this week.", *R, "", "", 1, D),
 ("It is not enough. Exercises, transparency, incidents at sea, these are important subjects, and we are ready to discuss them, but they are secondary. The US is trying to drown the main questions in these secondary ones, and we will not let that happen.", *R, "limit-military-exercises", "mentions", 1, D),
 ("We said it clearly. American warships and strategic bombers must not appear in areas from which they can strike targets on Russian territory. This is a concrete provision of our draft, and it stays on the table.", *R, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Of course. The formula of Bucharest, that Ukraine and Georgia will become members of NATO, must be formally disavowed by the alliance. As long as it stands, it is a time bomb under European security.", *R, "rescind-bucharest-2008", "supports", 1, D),
 ("I would not like to dramatise. We came here without preconditions and we are ready to continue, but not indefinitely. Our patience is not unlimited, and our American colleagues know this very well.", *R, "no-preconditions", "supports", 1, D),
]

G = ("alexander-grushko", 1, "Alexander Grushko")
D = "2022-01-12"
G1 = "According to him, the NATO countries must legally refuse from the further expansion, otherwise Moscow will answer by the military-technical means."
G2 = "At the session of the Council the Russian delegation, in the words of the diplomat, proposed to the alliance to reduce the scale of the exercises in the border zone and to agree the minimal distance of approach of the warships and the aircraft."
ST = "The secretary general of NATO Jens Stoltenberg after the Council declared, that the allies are ready to discuss the control over the weapons and the transparency of the exercises, but the „open door“ of the alliance is not the subject of the bargaining."
OD = "The policy of «open doors» is the policy of the closed minds. Nobody gave to NATO the right to decide for the whole Europe who is threatening whom. We said to the colleagues honestly: the door must be closed, and it must be closed by the legally obliging document, not by the words."
L["izvestia-2022-01-13-grushko-nato-council"] = [
 (G1, "alexander-grushko", 1, "him", "nato-non-expansion", "supports", 0, D),
 (G1, "alexander-grushko", 1, "him", "written-legal-guarantees", "supports", 0, D),
 (G2, "alexander-grushko", 1, "the diplomat", "limit-military-exercises", "supports", 0, D),
 (G2, "alexander-grushko", 1, "the diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("We do not see the sense in this now. The military contacts with NATO were frozen not by us, and to restore them as a gift in exchange for the refusal from our main demands we do not intend. First — the answer on the guarantees, then we will speak about channels.", *G, "resume-military-dialogue", "rejects", 1, D),
 (OD, *G, "nato-open-door", "rejects", 1, D),
 (OD, *G, "nato-non-expansion", "supports", 1, D),
 (OD, *G, "written-legal-guarantees", "supports", 1, D),
 ("This is a strange demand. Our troops are on our own territory. We do not demand from the Americans to withdraw their troops from Texas.", *G, "russia-de-escalation", "rejects", 1, D),
 ("If our proposals are rejected, we will take the measures of the military-technical character. We do not bluff, and our partners should understand this well.", *G, "", "", 1, D),
 ("Honestly, not much. The OSCE is a good platform for the conversation, but the questions of the guarantees we decide with the Americans and with NATO.", *G, "", "", 1, D),
]

B = ("josep-borrell", 1, "Josep Borrell")
F = ("jean-yves-le-drian", 1, "Jean-Yves Le Drian")
D = "2022-01-13"
B3 = "Let me be very clear. The idea of spheres of influence has no place in the 21st century. Every country has the sovereign right to choose its alliances, and the path of Ukraine is for the Ukrainians to decide, not for Moscow."
B4 = "What Russia is asking for, that NATO pulls back its troops and its infrastructure to where they were in 1997, is simply unacceptable. It would mean creating two categories of members in the Alliance, and we will not accept it."
F2 = "France is ready for a demanding dialogue with Russia, including on the deployment of missiles in Europe, on arms control and on the transparency of military exercises. But dialogue is not capitulation."
F3 = "I would add one thing. We are ready to talk, but we will not negotiate while a hundred thousand soldiers are massed on the border of a sovereign country. Talks and intimidation do not go together."
L["eeas-2022-01-13-borrell-brest-press-conference"] = [
 ("Good evening. We have had a very intense day of discussions here in Brest, and I want to thank Jean-Yves for his hospitality and for the excellent organisation, despite the weather.", *B, "", "", 1, D),
 ("The ministers devoted most of the afternoon to Russia and to the series of talks that took place this week in Geneva, in Brussels and today in Vienna. The European Union is not a spectator. When Russia speaks about the security architecture of Europe, it speaks about our security, and there cannot be any discussion about it without us.", *B, "", "", 1, D),
 (B3, *B, "nato-open-door", "supports", 1, D),
 (B3, *B, "no-ukraine-membership", "rejects", 1, D),
 (B4, *B, "rollback-to-1997", "rejects", 1, D),
 ("What Russia is asking for, that NATO pulls back its troops and its infrastructure to where they were in 1997, is simply unacceptable.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We want de-escalation. Russia has to pull back the troops it has massed at the Ukrainian border, and the ministers were united on that: any further military aggression against Ukraine will have massive consequences and severe costs.", *B, "russia-de-escalation", "supports", 1, D),
 ("Merci, Josep. I will be brief. France holds the Presidency of the Council of the European Union, and we want this Presidency to be one of European sovereignty, including on our own security.", *F, "", "", 1, D),
 ("We are not sidelined. We are coordinating every step with the United States and with NATO, and Secretary Blinken has called me after every round. Nothing about Europe will be decided without Europe.", *B, "", "", 1, D),
 (F2, *F, "no-intermediate-range-missiles", "mentions", 1, D),
 (F2, *F, "limit-military-exercises", "mentions", 1, D),
 ("No. The cooperation of our member states and of NATO with Ukraine, with Georgia, with Moldova, is a sovereign matter for these countries. Russia cannot dictate with whom they train or who helps them to defend themselves.", *B, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The Bucharest declaration is a decision of the Allies, not of the European Union. But I do not see anybody around this table ready to revise it. It is not on the table.", *B, "rescind-bucharest-2008", "rejects", 1, D),
 (F3, *F, "no-preconditions", "rejects", 1, D),
 (F3, *F, "russia-de-escalation", "supports", 1, D),
]

A = ("antony-blinken", 1, "Antony J. Blinken")
D = "2022-01-26"
S4 = "At the same time, we address the possibility of reciprocal transparency measures and reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine. We also put forward ideas on arms control related to intermediate-range missiles in Europe and on measures to increase confidence regarding military exercises and maneuvers."
S6 = "We've been clear, publicly and privately, that NATO's door is open, remains open, and that is our commitment. Any suggestion that we would sign a treaty closing that door is simply not going to happen."
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador John Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own response in parallel, and the two are fully coordinated.", *A, "", "", 1, D),
 ("The response we delivered sets out our concerns and our assessment of the concerns Russia has raised. It lays out a serious diplomatic path forward, should Russia choose it.", *A, "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances. There has been no change in that, and there will be no change.", *A, "nato-open-door", "supports", 1, D),
 (S4, *A, "no-strike-weapons-near-borders", "mentions", 1, D),
 (S4, *A, "no-intermediate-range-missiles", "mentions", 1, D),
 (S4, *A, "limit-military-exercises", "mentions", 1, D),
 ("Even as we pursue diplomacy, we are shoring up our defenses and those of our allies. But it is Russia that needs to de-escalate. The surest path to diplomacy is for Russia to pull back the forces it has massed on Ukraine's borders.", *A, "russia-de-escalation", "supports", 1, D),
 (S6, *A, "nato-open-door", "supports", 1, D),
 (S6, *A, "nato-non-expansion", "rejects", 1, D),
 ("We are not going to publish the document, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We shared it with allies and partners, including Ukraine, and we sought their input before we sent it.", *A, "", "", 1, D),
 ("No. We will continue to sail and to fly wherever international law allows, including in the Black Sea, and we are not going to ask anyone's permission to do that.", *A, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("What we have proposed is that we and NATO restore regular channels between our militaries, so that the risks of miscalculation are reduced and incidents don't spiral. I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the response.", *A, "resume-military-dialogue", "supports", 1, D),
 ("The ball is in their court. If Russia is genuinely interested in addressing its security concerns through diplomacy, the path is there. If it chooses aggression instead, we and our allies are ready to respond with massive consequences.", *A, "", "", 1, D),
]

D = "2022-01-27"
HR = "Moscow asked for a written promise that NATO stops expanding and it has received a polite written no. The question now is what the Kremlin does with that answer,"
KU = "I can say that there are no positions in it that contradict Ukraine’s interests. The door to NATO stays open for Ukraine, and nobody has traded it away behind our back,"
SR = "He rejected Moscow’s call for the alliance to withdraw its forces from members that joined after 1997, saying there would be no “second-class members” in NATO."
LV = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
LG = "Speaking separately on Thursday, Lavrov and his deputy, Alexander Grushko, both said they would not drop the demand for a halt to NATO’s eastward expansion."
L["aljazeera-2022-01-27-russia-us-response-live"] = [
 ("Any deal that bans American missiles from Europe while Russia keeps its Iskanders in Kaliningrad is a non-starter for us,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-intermediate-range-missiles", "rejects", 1, D),
 ("Poland will not ask the Kremlin for permission to hold exercises on Polish soil, with our allies or without them,", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "limit-military-exercises", "rejects", 1, D),
 (HR, "oksana-hrytsenko", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (HR, "oksana-hrytsenko", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Washington wants the troops pulled back before anything else, and Moscow says the troops are none of Washington’s business,", "oksana-hrytsenko", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("Foreign ministry spokeswoman Maria Zakharova told her weekly briefing on Thursday that it was “unacceptable” for the US and its allies to keep “pumping weapons” into Ukraine and training its forces, and that the demand that NATO renounce military activity in Ukraine “remains on the table”.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, D),
 (KU, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KU, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("NATO Secretary-General Jens Stoltenberg said on Wednesday the alliance had sent Moscow its own written proposals, including on reopening the respective offices in Moscow and Brussels and on using military hotlines to reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the core principles on which the security of our alliance, and of Europe, rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 (SR, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 (SR, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It can’t be said that our considerations were taken into account or that a readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Peskov said the Kremlin would study NATO’s proposal to reopen military communication channels, as it would every other element of the response.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 0, D),
 ("Russia moves its troops on its own territory as it sees fit, and no one will dictate to us where our units should stand.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("He also noted that the US text once again referred to NATO’s open-door policy.", "dmitry-peskov", 1, "He", "nato-open-door", "mentions", 0, D),
 ("a serious conversation on secondary questions", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 (LG, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (LG, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 ("remains ready to talk, but not at the expense of our allies and partners", "united-states", 0, "The US embassy in Moscow", "", "", 1, "2022-01-26"),
]

VQ = "A written, legally binding pledge that Ukraine will never join NATO; an end to Western training and bases in Ukraine and Georgia; a rollback of the alliance’s deployments since 1997; and, less loudly, a formal retraction of the Bucharest promise."
VP = "She adds that Russia’s talk of negotiating “without preconditions” sits oddly with a draft that is nothing but preconditions."
SU = "Jake Sullivan, the national security adviser, insisted on January 30th that NATO’s door would stay open, despite Moscow’s demand that the alliance rule out any further enlargement in writing."
SO = "Missile deployments and the size and notice of exercises are things the West can and should negotiate,"
V = ("tatiana-voronova", 1, "Tatiana Voronova")
L["economist-2022-02-03-what-putin-wants"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("He then argued that a Ukraine inside NATO would sooner or later try to retake Crimea by force, dragging the alliance into a war with Russia.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 (VQ, *V, "written-legal-guarantees", "mentions", 1, ""),
 (VQ, *V, "no-ukraine-membership", "mentions", 1, ""),
 (VQ, *V, "no-military-activity-ex-soviet", "mentions", 1, ""),
 (VQ, *V, "rollback-to-1997", "mentions", 1, ""),
 (VQ, *V, "rescind-bucharest-2008", "mentions", 1, ""),
 (VP, "tatiana-voronova", 1, "She", "no-preconditions", "mentions", 0, ""),
 (VP, "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("Her former colleagues, she says, also care a great deal about American bombers flying along Russia’s borders and destroyers in the Black Sea, which the drafts would push out of striking range.", "tatiana-voronova", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 (SU, "jake-sullivan", 1, "Jake Sullivan", "nato-open-door", "supports", 0, "2022-01-30"),
 (SU, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (SU, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (SO, "henrik-solberg", 1, "Henrik Solberg", "no-intermediate-range-missiles", "mentions", 1, ""),
 (SO, "henrik-solberg", 1, "Henrik Solberg", "limit-military-exercises", "mentions", 1, ""),
 ("Pulling NATO out of Poland and the Baltic states would be a betrayal, and no Western government should even discuss it.", "henrik-solberg", 1, "Henrik Solberg", "rollback-to-1997", "rejects", 1, ""),
 ("Moscow’s obsession with a legally binding text is misplaced. No treaty has ever stopped a state that wants to break it, and the West should not waste a single session drafting one,", "marta-kowalczyk", 1, "Marta Kowalczyk", "written-legal-guarantees", "rejects", 1, ""),
 ("Russia says the launchers at Deveselu, in Romania, could just as easily fire cruise missiles at Russian cities, and wants them gone.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("is purely defensive, it stays, and its future will not be negotiated with Moscow", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-28"),
 ("Western governments say they want them pulled back before serious talks can begin; the Kremlin says they are on Russian soil and nobody else’s business.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, ""),
]

write_gold(L, "articles-126", "gold-126")
