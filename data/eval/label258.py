#!/usr/bin/env python3
"""Writes the held-out gold of batch 258 (gold-258/*.nq) from the labels below.

Batch 258 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-26-us-hands-russia-written-reply: Bloomberg wire story with
  front matter, bullet standfirst, bold crossheads, "Read more" line; quotations
  interrupted by "X said", Russia's demands stated by the reporter, an analyst's
  two-span quote with a demand attributed to the Kremlin in passing.
- the-new-york-times-2022-01-10-geneva-talks-end-without-breakthrough: NYT news
  story, no front matter (date under the byline), "Mr./Ms." honorifics, pronoun
  speakers, a draft-treaty description and Baker/Gorbachev and Bucharest history
  that are not statements, short quotes under six words.
- ria-novosti-2022-02-01-lavrov-letter-indivisibility-of-security: RIA Novosti
  machine-translated, UTF-8 BOM and CRLF, « » quotes with a dash after, odd word
  order, "Read also" links, dates as "on Tuesday"/"on Monday", a Duma deputy and
  a political scientist.
- rfe-rl-2022-01-13-osce-vienna-talks-russia-ukraine: RFE/RL news story with front
  matter and VIENNA dateline; OSCE chair, US and Russian envoys, Ukraine's envoy,
  a Tallinn analyst; a quote of under six words; an undated Peskov quote.
- hansard-2022-01-18-ukraine-russian-security-proposals: House of Commons urgent
  question, no front matter; every paragraph of a Member's or the Minister's
  contribution is one direct quotation (the Speaker, as chair, gets none); MPs
  asking about demands "mention" them, Moscow's demands named in an MP's speech.
- russian-mfa-2022-01-21-lavrov-news-conference-geneva: Russian MFA transcript,
  "Sergey Lavrov:"/"Question:" labels; each answer paragraph is one quotation;
  open-door rejected, several demands in one paragraph, demand-less paragraphs.
- iiss-2022-02-03-written-answers-and-the-shape-of-a-deal: IISS Survival Online
  analysis with front matter, single quotes, "What the texts say" section
  paraphrasing the written answers (documents, not labelled), the author's own
  prose (not a speaker) with Moscow's demands named in passing, a Moscow
  researcher and a Norwegian diplomat.

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each paragraph
of an answer is one direct quotation (without the dash or speaker label);
questions and the host get no label. Reported speech: the whole sentence
(dateline excluded), direct 0. Stance by the speaker's own position; mentions
when the speaker only reports a demand, asks about it or offers to discuss it. A
direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or
about demands left unspecified gets none. Background history, words quoted from
documents, headlines, crossheads, standfirsts, captions and link lines are not
labelled. A demand attributed in passing to Moscow inside another speaker's
sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved
against the publication date; "" when the text gives no day. Analysts and
experts (independent people) speak for themselves and have no side: they
"support"/"reject" only when they voice the demand in their own words with a
stance of their own, else "mentions".

Writer's choices on top of the conventions: an open-door statement that names
Ukraine is labelled nato-open-door only, not also a rejection of
no-ukraine-membership; in Hansard, Members' contributions are speeches (labelled
like transcript answers), only the Speaker's chairing line is unlabelled; Moscow
stated as demanding something in a reporter's or author's own sentence is
labelled russia (direct 0, undated unless a day is given); the reporter's
account of what a document delivered by a government contains (the Bloomberg
lede, the IISS "What the texts say" section) is not a statement.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["bloomberg-2022-01-26-us-hands-russia-written-reply"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("Russia has demanded legally binding pledges that the North Atlantic Treaty Organization will take no new members from the former Soviet Union and will pull its forces back from eastern-flank states that joined after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia has demanded legally binding pledges that the North Atlantic Treaty Organization will take no new members from the former Soviet Union and will pull its forces back from eastern-flank states that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia has demanded legally binding pledges that the North Atlantic Treaty Organization will take no new members from the former Soviet Union and will pull its forces back from eastern-flank states that joined after 1997.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("President Vladimir Putin has said he needs an answer that is \"immediate\" and in writing, not assurances that could be walked back later.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("Secretary General Jens Stoltenberg said on Wednesday that the alliance was ready to listen to Russia's concerns and to talk about reciprocal limits on exercises and on missiles in Europe, but would not bargain over its basic principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("Secretary General Jens Stoltenberg said on Wednesday that the alliance was ready to listen to Russia's concerns and to talk about reciprocal limits on exercises and on missiles in Europe, but would not bargain over its basic principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("At the same time, we are ready to sit down and discuss arms control, risk reduction and how we notify each other about military exercises.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 1, D),
 ("Stoltenberg called again on Moscow to pull back the more than 100,000 troops it has massed near Ukraine's borders, saying the buildup pointed in the opposite direction from de-escalation.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("It will take some time, we won't hurry with our assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("If there is no constructive answer and the West continues its aggressive line, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The main question for the Russian side, he added, was whether NATO would give up further eastward growth.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("What Washington put on the table is real, but it's an arms-control offer, not the strategic settlement Moscow asked for,", "heather-okafor-lind", 1, "Heather Okafor-Lind", "", "", 1, ""),
 ("The Kremlin wanted a promise that NATO would stop growing. It didn't get one and it was never going to.", "heather-okafor-lind", 1, "Heather Okafor-Lind", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin wanted a promise that NATO would stop growing. It didn't get one and it was never going to.", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Okafor-Lind said she expected Russia to pocket the proposals on missile placement and exercise limits while continuing to press for an end to enlargement, a demand she called a non-starter for every ally.", "heather-okafor-lind", 1, "Okafor-Lind", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Okafor-Lind said she expected Russia to pocket the proposals on missile placement and exercise limits while continuing to press for an end to enlargement, a demand she called a non-starter for every ally.", "heather-okafor-lind", 1, "Okafor-Lind", "limit-military-exercises", "mentions", 0, ""),
 ("Okafor-Lind said she expected Russia to pocket the proposals on missile placement and exercise limits while continuing to press for an end to enlargement, a demand she called a non-starter for every ally.", "heather-okafor-lind", 1, "Okafor-Lind", "nato-non-expansion", "mentions", 0, ""),
 ("Okafor-Lind said she expected Russia to pocket the proposals on missile placement and exercise limits while continuing to press for an end to enlargement, a demand she called a non-starter for every ally.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("There is not a single word in it that would be against Ukraine's interests,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation in Geneva, has repeatedly said the U.S. needs to stop treating NATO's open door as untouchable.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 0, ""),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
]

D = "2022-01-10"
NYT_LEDE = "Nearly eight hours of talks between American and Russian diplomats here on Monday ended with both sides holding firm, as Moscow pressed its demand that NATO shut its door to Ukraine and Washington said it would not let any country dictate the alliance's membership."
NYT_CORE = "Mr. Ryabkov added that the Russian side had been assured by the Americans that they understood the urgency of the issue, but that Washington had not accepted the core of Moscow's proposals, which would also prevent the alliance from stationing troops or weapons in countries that joined after the Soviet collapse."
NYT_SHERMAN = "Ms. Sherman said she had told the Russians that the United States was prepared to discuss the future deployment of offensive missile systems in Ukraine and to talk about limits on the size and scope of military exercises, if Russia was willing to reciprocate."
NYT_EH = "But the Russians came here with one question — will you promise never to take Ukraine — and the answer is going to be no."
L["the-new-york-times-2022-01-10-geneva-talks-end-without-breakthrough"] = [
 (NYT_LEDE, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (NYT_LEDE, "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Wendy R. Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy R. Sherman", "nato-open-door", "supports", 1, D),
 ("absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (NYT_CORE, "sergei-ryabkov", 1, "Mr. Ryabkov", "rollback-to-1997", "supports", 0, D),
 (NYT_CORE, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (NYT_SHERMAN, "wendy-sherman", 1, "Ms. Sherman", "no-strike-weapons-near-borders", "mentions", 0, D),
 (NYT_SHERMAN, "wendy-sherman", 1, "Ms. Sherman", "limit-military-exercises", "mentions", 0, D),
 ("But she said that progress was hard to imagine \"in an atmosphere of escalation,\" and she urged Moscow to return its forces to their barracks.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("If Russia walks away, it will be quite apparent they were never serious about pursuing diplomacy,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("He dismissed as groundless the American call for a pullback, saying Russian forces were conducting exercises on Russian territory and would not be moved at the request of a foreign government.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("Mr. Ryabkov said those provisions were part of a package and could not be picked apart.", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("Mr. Ryabkov said those provisions were part of a package and could not be picked apart.", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Russia's proposals are not a menu,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We need a result on all of them.", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Nobody walked out, and that is not nothing,", "marcus-ellery-hahn", 1, "Marcus Ellery-Hahn", "", "", 1, ""),
 (NYT_EH, "marcus-ellery-hahn", 1, "Marcus Ellery-Hahn", "no-ukraine-membership", "mentions", 1, ""),
 (NYT_EH, "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 ("Mr. Ellery-Hahn said the most promising track might be the revival of limits on land-based missiles in Europe, which lapsed when the Intermediate-Range Nuclear Forces Treaty collapsed in 2019.", "marcus-ellery-hahn", 1, "Mr. Ellery-Hahn", "no-intermediate-range-missiles", "supports", 0, ""),
 ("That is a conversation both sides actually need,", "marcus-ellery-hahn", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Ukraine will not accept any decisions about us made without us,", "dmytro-kuleba", 1, "he", "", "", 1, D),
]

D = "2022-02-01"
RIA_GR = "«We do not need bases of NATO in the Ukraine, in Georgia or in Moldova, and we will not accept it»"
RIA_GR2 = "According to him, the Russian side proposed to NATO to restore the channels of communication between the militaries which were cut in 2021, however the alliance «did not show interest»."
L["ria-novosti-2022-02-01-lavrov-letter-indivisibility-of-security"] = [
 ("Commenting on it to journalists on Tuesday, the minister reminded that at the summit of the OSCE in Istanbul in 1999 and in Astana in 2010 the leaders signed the principle of the indivisibility of security, but the West, according to Lavrov, «selectively pulls out» from this principle only the right of states to choose alliances freely.", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 0, D),
 ("We asked a concrete question: how exactly each of them intends to fulfil the obligation not to strengthen own security at the expense of the security of the others. If they refuse to carry out this obligation, they must say it openly", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("We would not like the answer to be collective, in the name of NATO or the European Union", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("According to the minister, in the documents there is no positive reaction on the main question — non-expansion of the alliance to the east and non-deployment of strike weapon systems near the Russian borders.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, ""),
 ("According to the minister, in the documents there is no positive reaction on the main question — non-expansion of the alliance to the east and non-deployment of strike weapon systems near the Russian borders.", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The main questions are nonproliferation of NATO to the East and the return of the military infrastructure of the alliance to the positions of 1997. Without it, there is no subject for the conversation about everything else", "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 1, D),
 ("The main questions are nonproliferation of NATO to the East and the return of the military infrastructure of the alliance to the positions of 1997. Without it, there is no subject for the conversation about everything else", "maria-zakharova", 1, "she", "rollback-to-1997", "supports", 1, D),
 ("Earlier the deputy minister of foreign affairs Alexander Grushko said, that the military activity of the alliance on the territories of the former Soviet republics, which are not members of NATO, creates for Russia the unacceptable threats.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 0, "2022-01-31"),
 (RIA_GR[1:-1], "alexander-grushko", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-31"),
 ("Grushko added that Moscow is ready to the discussion of the secondary questions, including the measures of trust and the transparency of the exercises, but only in the package with the main demands.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "mentions", 0, "2022-01-31"),
 (RIA_GR2, "alexander-grushko", 1, "him", "resume-military-dialogue", "supports", 0, "2022-01-31"),
 (RIA_GR2, "russia", 0, "the Russian side", "resume-military-dialogue", "supports", 0, ""),
 ("They signed it in Istanbul and in Astana with own hands. Now let them explain, why the freedom to choose the alliances is more important than the security of the neighbour", "vyacheslav-ostapchuk", 1, "the deputy", "nato-open-door", "rejects", 1, ""),
 ("It is an attempt to show, that the argument of the West about the \"open door\" has a weak place. The legal force of the OSCE declarations is political, not legal, and everybody understands it", "irina-kolodyazhnaya", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("According to her, the dialogue will move further in the format of the consultations on the concrete questions like the missiles of the medium range.", "irina-kolodyazhnaya", 1, "her", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("We see that the fundamental Russian concerns turned out to be ignored", "vladimir-putin", 1, "he", "", "", 1, D),
]

D = "2022-01-13"
RFE_CARP = "Carpenter said Washington would not negotiate over the right of sovereign countries such as Ukraine and Georgia to decide whether to seek membership in NATO, and he urged Russia to pull back the tens of thousands of troops it has deployed near Ukraine's borders."
RFE_LUK = "He said the key elements of the Russian package were a refusal by NATO to expand further and an end to the deployment of offensive weapons on the territories of neighboring states, and he described Western references to the alliance's \"open door\" as an excuse to ignore Russian concerns."
RFE_STOL = "NATO Secretary-General Jens Stoltenberg said after the Brussels talks that there were \"significant differences\" between the allies and Russia, but that the alliance had offered to discuss arms control, missile deployments, and greater transparency over exercises."
RFE_SAAR = "Moscow is asking NATO to abandon the countries on its eastern flank and to give the Kremlin a say over who can join, and no ally can sign up to that,"
RFE_SAAR2 = "She said the West's offers on missile limits and exercise transparency were substantial, but that it was unclear whether President Vladimir Putin was interested in them."
L["rfe-rl-2022-01-13-osce-vienna-talks-russia-ukraine"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 (RFE_CARP, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 (RFE_CARP, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("We have to take this very seriously, we have to prepare for the eventuality that there could be an escalation,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures to ensure strategic balance and eliminate unacceptable threats to our national security,", "aleksandr-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (RFE_LUK, "aleksandr-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (RFE_LUK, "aleksandr-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (RFE_LUK, "aleksandr-lukashevich", 1, "He", "nato-open-door", "rejects", 0, D),
 ("Lukashevich also rejected calls for Russia to reduce its troop presence near Ukraine.", "aleksandr-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 0, D),
 ("Russia does not intend to attack anyone,", "aleksandr-lukashevich", 1, "he", "", "", 1, D),
 ("We will move our forces around our own territory as we see fit.", "aleksandr-lukashevich", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("He called on Russia to withdraw its forces and to return to the negotiating formats on the conflict in eastern Ukraine.", "yevhenii-tsymbaliuk", 1, "He", "russia-de-escalation", "supports", 0, D),
 (RFE_STOL, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 (RFE_STOL, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("There are some positive elements, some nuances, but on the principal issues we see disagreement,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 (RFE_SAAR, "anneli-saarsen", 1, "Saarsen", "rollback-to-1997", "mentions", 1, ""),
 (RFE_SAAR, "anneli-saarsen", 1, "Saarsen", "nato-open-door", "mentions", 1, ""),
 (RFE_SAAR, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (RFE_SAAR, "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 (RFE_SAAR2, "anneli-saarsen", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 (RFE_SAAR2, "anneli-saarsen", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("The question is whether the Kremlin wants an agreement or a pretext,", "anneli-saarsen", 1, "she", "", "", 1, ""),
]

D = "2022-01-18"
H_UQ = "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs if she will make a statement on the outcome of last week's talks between NATO, the United States and Russia, and on the situation on Ukraine's border."
H_C1 = "Last week the United States held strategic stability talks with Russia in Geneva on 10 January, the NATO-Russia Council met in Brussels on 12 January, and the Organization for Security and Co-operation in Europe Permanent Council met in Vienna on 13 January. Throughout, the United Kingdom has worked in lockstep with our allies."
H_C2 = "Russia has set out proposals in two draft documents published on 17 December. Some of what is in those texts, on missile deployments and on the transparency of exercises, is a basis for discussion, and we have said so. But other proposals are plainly unacceptable. We will not accept a situation in which NATO is told that it may not admit new members, or in which allies on the eastern flank are treated as second-class members of the alliance."
H_C3 = "Let me be clear: it is for Ukraine, and for Ukraine alone, to decide its future alignments. No third country has a veto over that choice."
H_C4 = "Russia has more than 100,000 troops close to Ukraine's border. We call on the Kremlin to de-escalate, to withdraw those forces and to engage in meaningful dialogue. Any incursion would be a massive strategic mistake with a severe cost."
H_P2 = "I thank the Minister for his answer. The Opposition stands with the Government in support of Ukraine's sovereignty. But the House needs to understand what is now on the table. Moscow is demanding a written, legally binding promise that Ukraine will never be allowed to join the alliance, and that NATO forces leave the countries that joined it after 1997. Can the Minister confirm that those demands have been rejected in terms, and not merely parked?"
H_P2R = "Moscow is demanding a written, legally binding promise that Ukraine will never be allowed to join the alliance, and that NATO forces leave the countries that joined it after 1997."
H_C5 = "I can give the hon. Lady that confirmation. Those are not matters on which the alliance is prepared to negotiate, and that was made clear to the Russian delegation in Brussels."
H_M = "Does my right hon. Friend agree that President Putin's real objective is to reverse the settlement that followed the end of the cold war, and that any agreement to roll back NATO's presence in Poland and the Baltic states would reward aggression and invite more of it?"
H_C6 = "My hon. Friend is entirely right. The allies who joined NATO did so by their own free choice, and their security is our security."
H_PE = "The Minister has said that some of the Russian proposals could be discussed. Will he tell the House which ones? If it is limits on intermediate-range missiles and on large-scale exercises, does he accept that such limits would have to apply to both sides?"
H_C7 = "Arms control has always been reciprocal, and any agreement on missile deployments or on exercises would have to be mutual and verifiable. We are not going to make unilateral concessions while Russian forces are massed on the border."
H_MV = "Russia says it wants talks, yet it keeps saying the talks are pointless unless the West signs up to everything. Is there a danger that the Kremlin is building a pretext for an invasion, and what is the Government doing to prepare sanctions in advance?"
H_C8 = "The hon. Gentleman raises a legitimate concern. We are working with our partners on a package of sanctions that would be ready to go, and we will not telegraph its contents."
H_CA = "Many of my constituents remember the promises said to have been made to Mr Gorbachev in 1990. Is it not the case that no such commitment was ever written into any treaty, and that the Founding Act of 1997 itself affirms the right of states to choose their security arrangements?"
H_C9 = "My hon. Friend makes an important point. The NATO-Russia Founding Act, which Russia signed, recognises the inherent right of all states to choose the means to ensure their own security. Russia cannot now rewrite that commitment."
H_P3 = "On a point of clarification, will the Government press for the NATO-Russia Council to meet regularly again, including at military level, so that channels exist in a crisis?"
H_C10 = "Yes. We support keeping channels open, and NATO has proposed further meetings of the council. It is Russia that suspended its mission to NATO last autumn."
JC = ("james-cleverly", 1, "James Cleverly")
AP = ("alicia-penrose", 1, "Alicia Penrose")
L["hansard-2022-01-18-ukraine-russian-security-proposals"] = [
 (H_UQ, *AP, "", "", 1, D),
 (H_C1, *JC, "", "", 1, D),
 (H_C2, *JC, "no-intermediate-range-missiles", "mentions", 1, D),
 (H_C2, *JC, "limit-military-exercises", "mentions", 1, D),
 (H_C2, *JC, "nato-non-expansion", "rejects", 1, D),
 (H_C2, *JC, "rollback-to-1997", "rejects", 1, D),
 (H_C3, *JC, "nato-open-door", "supports", 1, D),
 (H_C4, *JC, "russia-de-escalation", "supports", 1, D),
 (H_P2, *AP, "no-ukraine-membership", "mentions", 1, D),
 (H_P2, *AP, "rollback-to-1997", "mentions", 1, D),
 (H_P2, *AP, "written-legal-guarantees", "mentions", 1, D),
 (H_P2R, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (H_P2R, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (H_P2R, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (H_C5, *JC, "no-ukraine-membership", "rejects", 1, D),
 (H_C5, *JC, "rollback-to-1997", "rejects", 1, D),
 (H_M, "gerald-markham", 1, "Sir Gerald Markham", "rollback-to-1997", "rejects", 1, D),
 (H_C6, *JC, "rollback-to-1997", "rejects", 1, D),
 (H_C6, *JC, "nato-open-door", "supports", 1, D),
 (H_PE, "rhiannon-pryce-evans", 1, "Rhiannon Pryce-Evans", "no-intermediate-range-missiles", "mentions", 1, D),
 (H_PE, "rhiannon-pryce-evans", 1, "Rhiannon Pryce-Evans", "limit-military-exercises", "mentions", 1, D),
 (H_C7, *JC, "no-intermediate-range-missiles", "mentions", 1, D),
 (H_C7, *JC, "limit-military-exercises", "mentions", 1, D),
 (H_MV, "douglas-mcveigh", 1, "Douglas McVeigh", "", "", 1, D),
 (H_C8, *JC, "", "", 1, D),
 (H_CA, "hamish-carrow", 1, "Mr Hamish Carrow", "nato-open-door", "supports", 1, D),
 (H_C9, *JC, "nato-open-door", "supports", 1, D),
 (H_P3, *AP, "resume-military-dialogue", "supports", 1, D),
 (H_C10, *JC, "resume-military-dialogue", "supports", 1, D),
]

D = "2022-01-21"
SL = ("sergei-lavrov", 1, "Sergey Lavrov")
M1 = "We have just completed talks with US Secretary of State Antony Blinken. They lasted about an hour and a half. I will not say that they were useless; they were frank and substantive."
M2 = "We reminded our American colleagues of the essence of our proposals, which were handed over on December 15 and made public on December 17. The key issue is clear. NATO must not expand any further, and strike weapons systems must not be deployed near our borders. We also raised the question of returning the alliance's military configuration to where it was in 1997, when the Russia-NATO Founding Act was signed."
M3 = "Antony Blinken promised that we will receive written responses to all our proposals next week. We agreed that after that, we will probably have another conversation. I cannot say whether we are on the right track or not. We will understand this when we receive the American answer on paper."
M4 = "I would like to emphasise that we do not need promises and verbal assurances. We have heard them before, in 1990 and later, and we know what they were worth. What we need are legally binding, written guarantees."
M5 = "We are not threatening anyone. Our troops are on our own territory, and we have repeatedly explained this. The demand that we move them somewhere is absurd. Nobody asks the United States to explain why it moves its forces around Texas or Alaska."
M6 = "The real escalation is created by the endless exercises of NATO countries in the Black Sea and near our borders. This is what should be limited, and we put this on the table."
M7 = "Our Western colleagues cite only one part of the commitments made at the OSCE summits in Istanbul and Astana. Yes, each state has the right to choose alliances. But the same documents say that no state may strengthen its security at the expense of the security of others. Open doors cannot be interpreted as an obligation to take in anyone, without regard to the security interests of other countries."
M8 = "NATO's \"open door policy\" is not a sacred principle. It is the alliance's own political decision, and it can be changed. We want it to be changed in relation to Ukraine and Georgia, and we want this to be fixed in a legally binding form."
M9 = "We proposed these topics ourselves. Our draft treaty says clearly that ground-launched intermediate-range and shorter-range missiles should not be deployed in areas from where they can hit the territory of the other side. We also proposed that heavy bombers and surface warships should not operate where they can strike each other's territory."
M10 = "But these are not substitutes for the main question. If the Americans think that they can take the secondary issues out of our package and leave the main ones aside, they are mistaken. We will not accept such an approach."
M11 = "The presidents have agreed to maintain contacts. If the leaders find it useful, a meeting can be prepared. But it should be well prepared, and it should be based on the results of the work we are doing now."
M12 = "I have already said that we have never threatened the Ukrainian people and have no plans to attack Ukraine. This hysteria is being whipped up to distract attention from Kiev's failure to implement the Minsk agreements."
M13 = "Kiev is sabotaging the Minsk Package of Measures, and our Western partners are doing nothing to make it comply. This is the real problem, and it was discussed today as well."
L["russian-mfa-2022-01-21-lavrov-news-conference-geneva"] = [
 (M1, *SL, "", "", 1, D),
 (M2, *SL, "nato-non-expansion", "supports", 1, D),
 (M2, *SL, "no-strike-weapons-near-borders", "supports", 1, D),
 (M2, *SL, "rollback-to-1997", "supports", 1, D),
 (M3, *SL, "", "", 1, D),
 (M4, *SL, "written-legal-guarantees", "supports", 1, D),
 (M5, *SL, "russia-de-escalation", "rejects", 1, D),
 (M6, *SL, "limit-military-exercises", "supports", 1, D),
 (M7, *SL, "nato-open-door", "rejects", 1, D),
 (M8, *SL, "nato-open-door", "rejects", 1, D),
 (M8, *SL, "no-ukraine-membership", "supports", 1, D),
 (M8, *SL, "written-legal-guarantees", "supports", 1, D),
 (M9, *SL, "no-intermediate-range-missiles", "supports", 1, D),
 (M9, *SL, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (M10, *SL, "", "", 1, D),
 (M11, *SL, "", "", 1, D),
 (M12, *SL, "", "", 1, D),
 (M13, *SL, "", "", 1, D),
]

I_MOS = "One concerns what Moscow calls the 'fundamental' issues: an end to NATO enlargement, a ban on Ukrainian membership and a return of the Alliance's posture to that of 1997."
I_PUT = "On 28 January, President Vladimir Putin told French President Emmanuel Macron by telephone that the Western answers had not taken into account Russia's principal concerns, including the non-expansion of NATO and the non-deployment of strike weapons near Russia's borders, according to the Kremlin's readout."
I_KAHL = "The US Under Secretary of Defense for Policy, Colin Kahl, said that the US remained open to 'reciprocal' restrictions on exercises but that 'we are not going to negotiate the open door away'."
I_AAB = "According to Lars Henrik Aaberg, a senior Norwegian diplomat involved in the consultations, several allies are prepared to consider an arrangement limiting intermediate-range systems in Europe similar to the old INF Treaty."
I_BER2 = "does not touch the question of enlargement, which is what the Kremlin actually cares about"
I_FIRST = "Firstly, the Russian demand for a formal end to enlargement cannot be met without overturning a principle that every ally has publicly reaffirmed; no written answer was ever likely to provide it."
L["iiss-2022-02-03-written-answers-and-the-shape-of-a-deal"] = [
 (I_MOS, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (I_MOS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (I_MOS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (I_PUT, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (I_PUT, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("It is already clear now … that the fundamental Russian concerns turned out to be ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("He warned that a Ukraine inside NATO might try to retake Crimea by force, drawing the Alliance into a war with Russia.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("compromise on the principles on which the security of our Alliance, and security in Europe and North America, rest", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 (I_KAHL, "colin-kahl", 1, "Colin Kahl", "limit-military-exercises", "mentions", 0, ""),
 ("we are not going to negotiate the open door away", "colin-kahl", 1, "Colin Kahl", "nato-open-door", "supports", 1, ""),
 (I_AAB, "lars-henrik-aaberg", 1, "Lars Henrik Aaberg", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("If Moscow wants a serious conversation on missiles, it can have one tomorrow,", "lars-henrik-aaberg", 1, "the diplomat", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("responds to a long-standing Russian complaint", "yulia-berezovskaya", 1, "Yulia Berezovskaya", "no-intermediate-range-missiles", "mentions", 1, ""),
 (I_BER2, "yulia-berezovskaya", 1, "Yulia Berezovskaya", "nato-non-expansion", "mentions", 1, ""),
 (I_BER2, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (I_FIRST, "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
]

write_gold(L, "articles-258", "gold-258")
