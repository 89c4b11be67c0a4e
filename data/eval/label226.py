#!/usr/bin/env python3
"""Writes the held-out gold of batch 226 (gold-226/*.nq) from the labels below.

Batch 226 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-10-geneva-talks-end-without-breakthrough: Reuters wire from
  Geneva with front matter; Ryabkov quote interrupted by "told reporters", a
  crosshead, Sherman's two-sentence quote, narrator's "Moscow wants" line after
  Bucharest background, analyst, Blinken partial quote dated "on Sunday".
- ap-2022-01-12-nato-russia-council-brussels: AP from Brussels with front
  matter; Stoltenberg veto line, NATO as an organisation speaking, Grushko and
  Fomin in reported speech, a four-demand "Moscow has demanded" sentence,
  Founding Act background, an invented Polish lawmaker.
- bbc-2022-01-26-live-us-written-response: BBC live page, no front matter,
  reverse-chronological timestamped posts with headings, a recap bullet list,
  a correspondent's analysis post, "Read more" link, quotes split by "he warned".
- mid-2022-01-27-ryabkov-answers-media-questions: Russian MFA transcript,
  "Question:" / "Sergey Ryabkov:" labels, multi-paragraph answers, the
  Baker-Gorbachev remark inside an answer, a de-escalation demand turned back.
- interfax-2022-01-14-peskov-talks-security-guarantees: Interfax, machine
  translated, UTF-8 BOM and CRLF, « » quotes, "See also" lines, Ryabkov and
  Lukashevich statements of "Thursday" reported inside a Peskov story.
- guardian-2022-01-19-blinken-kyiv-visit: Guardian from Kyiv with front
  matter, standfirst, photo caption, "Related:" link, curly quotes, Baker 1990
  and Bucharest 2008 background, residents, an MP, an analyst with stances.
- bloomberg-2022-02-02-ostrovsky-interview-transcript: Bloomberg TV Q/A
  transcript with front matter; an invented Russian analyst who both reports
  Moscow's demands and takes stances of his own; Putin's 1 February remarks
  reported inside an answer.

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
L["reuters-2022-01-10-geneva-talks-end-without-breakthrough"] = [
 ("The United States told Russia on Monday it would not let anyone shut the door on countries wanting to join NATO, as almost eight hours of talks in Geneva ended with Moscow insisting the alliance must never admit Ukraine and neither side signalling a retreat.", "united-states", 0, "The United States", "nato-open-door", "supports", 0, D),
 ("The United States told Russia on Monday it would not let anyone shut the door on countries wanting to join NATO, as almost eight hours of talks in Geneva ended with Moscow insisting the alliance must never admit Ukraine and neither side signalling a retreat.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("We had a long, difficult, very professional and specific conversation,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("but I cannot go back to Moscow and say that the question of NATO creeping eastward is anywhere near being settled.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("It is absolutely obligatory for us that Ukraine never - and I mean never - becomes a member of the alliance,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Ryabkov, a veteran arms control negotiator, said any commitments would have to be set down on paper and made binding under international law.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("We need guarantees that are ironclad and enforceable, not assurances, not promises made over a handshake, which we have heard before,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("He said a ban on deploying intermediate-range missiles where they could reach the other side's territory was not up for bargaining, but warned that Washington could not pick the convenient items out of the Russian package and leave the rest to gather dust.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, D),
 ("Ryabkov again rejected Western calls for Russian forces to pull back from the border with Ukraine, saying troop movements on Russia's own soil were nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply not going to fly with the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to close NATO's open door, which has always been central to the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said the U.S. side had floated reciprocal limits on where intermediate-range missiles could be based and more transparency around large military exercises, areas in which she said progress was possible if Russia reciprocated.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the U.S. side had floated reciprocal limits on where intermediate-range missiles could be based and more transparency around large military exercises, areas in which she said progress was possible if Russia reciprocated.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She said it was up to Moscow to show it was serious by pulling back the troops it has massed near Ukraine, adding that it was difficult to make real progress in an atmosphere of escalation.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Moscow wants the alliance to formally disown that pledge and to pull forces and weapons back from the eastern members that joined after 1997.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Moscow wants the alliance to formally disown that pledge and to pull forces and weapons back from the eastern members that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Russians put NATO expansion at the top of the agenda and the Americans put arms control at the top, so for most of the day they were talking past each other,", "matthias-vogel", 1, "Matthias Vogel", "nato-non-expansion", "mentions", 1, D),
 ("The Russians put NATO expansion at the top of the agenda and the Americans put arms control at the top, so for most of the day they were talking past each other,", "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, D),
 ("Missile limits are the one area where a deal is genuinely within reach, and both delegations know it,", "matthias-vogel", 1, "Vogel", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The question is whether Moscow will accept a partial deal or treat the whole package as all or nothing.", "matthias-vogel", 1, "Vogel", "", "", 1, D),
 ("We are going into these talks with clear-eyed realism, without illusions of any kind,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("in an atmosphere of escalation with a gun to Ukraine's head", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-09"),
]

D = "2022-01-12"
L["ap-2022-01-12-nato-russia-council-brussels"] = [
 ("NATO and Russia laid out their starkly different visions of European security on Wednesday, with the alliance refusing to rule out membership for Ukraine and Moscow warning that it would not tolerate allied strike weapons being parked on its doorstep.", "nato", 0, "the alliance", "no-ukraine-membership", "rejects", 0, D),
 ("NATO and Russia laid out their starkly different visions of European security on Wednesday, with the alliance refusing to rule out membership for Ukraine and Moscow warning that it would not tolerate allied strike weapons being parked on its doorstep.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, D),
 ("a very serious and direct exchange", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Stoltenberg said allies had made clear that Russia cannot veto Ukraine's ambition to join the alliance, and that every nation in Europe has the right to pick its own security arrangements.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("Stoltenberg said allies had made clear that Russia cannot veto Ukraine's ambition to join the alliance, and that every nation in Europe has the right to pick its own security arrangements.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 ("No one else has a say, and Russia certainly does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("No one else has a say, and Russia certainly does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He said the allies were prepared to talk about arms control, including limits on missiles in Europe, and about making military exercises more transparent and predictable.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the allies were prepared to talk about arms control, including limits on missiles in Europe, and about making military exercises more transparent and predictable.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("NATO also proposed reopening the two sides' diplomatic offices, which were shut in 2021, and putting military-to-military communication back on a regular footing to reduce the risk of accidents.", "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, D),
 ("At the same time, Stoltenberg urged Moscow to pull back the tens of thousands of troops, tanks and artillery pieces it has gathered near Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("There is a real risk of new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("For us, it is a matter of principle that the alliance stops marching toward our borders,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("If NATO chooses the path of containment, we will respond with counter-containment.", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Grushko said the alliance must remove the forces and hardware it has moved onto the territory of its newer members since 1997, and accused NATO of picking through Moscow's proposals as though reading from a restaurant menu.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, D),
 ("Fomin complained that NATO drills near Russia's borders had become larger and more provocative, and said they should be curtailed.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("He said allied warships cruising in the Black Sea within striking distance of Russian territory posed a direct threat.", "alexander-fomin", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east, that the alliance will not station offensive weapons in neighboring countries and that it will halt military cooperation with former Soviet republics such as Ukraine and Georgia.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east, that the alliance will not station offensive weapons in neighboring countries and that it will halt military cooperation with former Soviet republics such as Ukraine and Georgia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east, that the alliance will not station offensive weapons in neighboring countries and that it will halt military cooperation with former Soviet republics such as Ukraine and Georgia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east, that the alliance will not station offensive weapons in neighboring countries and that it will halt military cooperation with former Soviet republics such as Ukraine and Georgia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American team, said the United States would not shut the door to new members.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("If Russia walks away, it will be quite apparent that they were never serious about pursuing diplomacy,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman said the U.S. and its allies had offered to discuss reciprocal restrictions on missile deployments and exercises, but she called Russia's insistence that NATO pull its forces out of Eastern Europe a nonstarter.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the U.S. and its allies had offered to discuss reciprocal restrictions on missile deployments and exercises, but she called Russia's insistence that NATO pull its forces out of Eastern Europe a nonstarter.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("Sherman said the U.S. and its allies had offered to discuss reciprocal restrictions on missile deployments and exercises, but she called Russia's insistence that NATO pull its forces out of Eastern Europe a nonstarter.", "wendy-sherman", 1, "she", "rollback-to-1997", "rejects", 0, D),
 ("Sherman said the U.S. and its allies had offered to discuss reciprocal restrictions on missile deployments and exercises, but she called Russia's insistence that NATO pull its forces out of Eastern Europe a nonstarter.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Joanna Brzezinska-Was, who chairs the Polish parliament's defense committee, said by phone from Warsaw that no Polish government would accept a return to the map of the 1990s.", "joanna-brzezinska-was", 1, "Joanna Brzezinska-Was", "rollback-to-1997", "rejects", 0, D),
 ("Anyone who asks allies to take their soldiers out of Poland is asking us to go back to being a gray zone,", "joanna-brzezinska-was", 1, "Brzezinska-Was", "rollback-to-1997", "rejects", 1, D),
 ("We spent 30 years getting out of that gray zone, and we are not going back.", "joanna-brzezinska-was", 1, "Brzezinska-Was", "rollback-to-1997", "rejects", 1, D),
 ("In Moscow, Kremlin spokesman Dmitry Peskov said a firm guarantee that NATO stops enlarging was the heart of the matter and could not be brushed aside in favor of secondary issues.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("She said the United States and its allies wanted to keep talking but would not do so indefinitely while Russian troops remained massed on Ukraine's border.", "karen-donfried", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("We are ready to keep meeting, and we are ready to put serious ideas on the table, but the burden is on Russia to show that it wants a diplomatic path,", "karen-donfried", 1, "Donfried", "", "", 1, D),
]

D = "2022-01-26"
L["bbc-2022-01-26-live-us-written-response"] = [
 ("Secretary of State Antony Blinken said the document leaves no room for a Russian veto over Nato enlargement", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("Secretary of State Antony Blinken said the document leaves no room for a Russian veto over Nato enlargement", "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 0, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of countries to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Mr Blinken said the US response also sets out areas where Washington believes progress is possible, including reciprocal transparency on where offensive missiles and troops are based in Ukraine, and confidence-building steps around military exercises in Europe.", "antony-blinken", 1, "Mr Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("Mr Blinken said the US response also sets out areas where Washington believes progress is possible, including reciprocal transparency on where offensive missiles and troops are based in Ukraine, and confidence-building steps around military exercises in Europe.", "antony-blinken", 1, "Mr Blinken", "limit-military-exercises", "mentions", 0, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 ("The ball is in their court now.", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 ("If Russia chose confrontation, he warned, the US and its allies would respond with massive consequences - and the first step towards avoiding that was for Moscow to pull back the forces surrounding Ukraine on three sides.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("Since December the Kremlin has made it plain that what it wants above everything else is a cast-iron promise that Ukraine will never join Nato - and that is the one thing the Americans have said from the outset they will not give.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Since December the Kremlin has made it plain that what it wants above everything else is a cast-iron promise that Ukraine will never join Nato - and that is the one thing the Americans have said from the outset they will not give.", "united-states", 0, "the Americans", "no-ukraine-membership", "rejects", 0, ""),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-lavrov", 1, "Mr Lavrov", "", "", 1, D),
 ("The main thing for us is clarity on the non-expansion of Nato eastwards and on the non-deployment of strike weapons that threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main thing for us is clarity on the non-expansion of Nato eastwards and on the non-deployment of strike weapons that threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Mr Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We are ready to listen to Russia's concerns and to discuss a way forward, but we cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Mr Stoltenberg", "", "", 1, D),
 ("He said Nato had offered to restore the two sides' missions in Moscow and Brussels and to set up a civilian hotline, and invited Russia to take part in talks on reciprocal limits on ground-launched missiles.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He also said Nato would not withdraw troops from its eastern members, describing the forces as defensive and there at those countries' request.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("It is important that the American side keeps consulting us at every step,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("Mr Kuleba added that he saw nothing in the document that would close the path to Nato for Ukraine, which he said remained the country's strategic choice.", "dmytro-kuleba", 1, "Mr Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Mr Kuleba added that he saw nothing in the document that would close the path to Nato for Ukraine, which he said remained the country's strategic choice.", "dmytro-kuleba", 1, "Mr Kuleba", "nato-open-door", "supports", 0, D),
 ("Kremlin spokesman Dmitry Peskov said on Wednesday that Western concern over Russian troop movements was misplaced and that Russia would not be told where it can and cannot station its forces on its own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Russia has made pulling Nato forces off the eastern flank the main issue, and the Europeans don't want to be left standing outside the room while it is discussed,", "anna-kreutzer", 1, "she", "rollback-to-1997", "mentions", 1, D),
 ("Russia has made pulling Nato forces off the eastern flank the main issue, and the Europeans don't want to be left standing outside the room while it is discussed,", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Among other things, Moscow wants Ukraine and other states barred from joining the alliance, Nato troops and weapons kept out of ex-Soviet countries that are not members, and the alliance's forces pulled back to where they were in 1997.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Among other things, Moscow wants Ukraine and other states barred from joining the alliance, Nato troops and weapons kept out of ex-Soviet countries that are not members, and the alliance's forces pulled back to where they were in 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Among other things, Moscow wants Ukraine and other states barred from joining the alliance, Nato troops and weapons kept out of ex-Soviet countries that are not members, and the alliance's forces pulled back to where they were in 1997.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Among other things, Moscow wants Ukraine and other states barred from joining the alliance, Nato troops and weapons kept out of ex-Soviet countries that are not members, and the alliance's forces pulled back to where they were in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow has repeatedly insisted that the answers must come in writing, arguing that spoken reassurances given in the past were ignored.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-27"
R = ("sergei-ryabkov", 1, "Sergey Ryabkov")
M1 = "Yes, the document has been received, and it is being studied very carefully, in an interagency format. I will not go into the details of its contents, because the American colleagues asked that it not be made public, and we treat such requests with respect, at least for now."
M2 = "What I can say is that on the main question there is no positive answer. Our key requirement was and remains the same: the North Atlantic Alliance must stop moving eastward, and this must be fixed in a legally binding form. We do not see readiness on the part of Washington to take this into account."
M3 = "No, I would not put it that way. The document contains certain elements that can serve as a starting point for a serious conversation, but these are, so to speak, secondary topics. I mean, for example, the question of intermediate- and shorter-range missiles. We have said many times that we are ready to look at reciprocal restrictions, including the idea of verification measures, but only on the basis of equality and taking into account our concerns."
M4 = "But I want to emphasise: one cannot take one part of the package and put everything else aside. The package is the package. If the Americans think that we will be satisfied with discussing missiles while the key issues are ignored, they are mistaken."
M5 = "There are three interconnected elements. First, non-enlargement, I have already said. Second, the non-deployment near our borders of strike weapon systems that pose a threat to us. Third, the return of the alliance's military posture to the configuration of 1997, when the Founding Act was signed. All three are in the text we handed over on December 15."
M6 = "And there is, of course, the question of the Bucharest formula. The decision of 2008 that Ukraine and Georgia will become members of NATO must be disavowed. As long as it stands, there is a permanent source of tension in Europe."
M7 = "We reject such demands. Russian forces are located on Russian territory, and where and how we redeploy our troops is our sovereign business. Nobody has the right to dictate to us the parameters of our military activity within our own borders."
M8 = "At the same time I note that we are not the ones who are pumping weapons into Ukraine and sending instructors there. If we talk about de-escalation, let the United States and NATO begin with themselves, and stop the military development of the territory of Ukraine and other countries of the post-Soviet space."
M9 = "We have never refused contacts between the military. On the contrary, it was NATO that curtailed practically all channels in 2014. If there is a real intention to restore professional dialogue between the military, we are open to that. But this cannot replace an answer on the substance."
M10 = "I cannot confirm any date. The President will make the decision on our further steps after a comprehensive analysis of the American and NATO answers. I do not want to run ahead."
M11 = "These are not maximalist demands. These are the minimum we need to ensure our security. We were promised in 1990 that NATO would not move one inch to the east, and what happened next everyone knows. That is why we will no longer accept verbal assurances, we need a treaty, signed and ratified."
M12 = "We are not going to conduct negotiations endlessly. Time is not on the side of those who play for time. We need a substantive reaction within a reasonable period, and we have made this clear to our partners."
L["mid-2022-01-27-ryabkov-answers-media-questions"] = [
 (M1,) + R + ("", "", 1, D),
 (M2,) + R + ("nato-non-expansion", "supports", 1, D),
 (M2,) + R + ("written-legal-guarantees", "supports", 1, D),
 (M3,) + R + ("no-intermediate-range-missiles", "mentions", 1, D),
 (M4,) + R + ("no-intermediate-range-missiles", "mentions", 1, D),
 (M5,) + R + ("nato-non-expansion", "supports", 1, D),
 (M5,) + R + ("no-strike-weapons-near-borders", "supports", 1, D),
 (M5,) + R + ("rollback-to-1997", "supports", 1, D),
 (M6,) + R + ("rescind-bucharest-2008", "supports", 1, D),
 (M7,) + R + ("russia-de-escalation", "rejects", 1, D),
 (M8,) + R + ("no-military-activity-ex-soviet", "supports", 1, D),
 (M8,) + R + ("russia-de-escalation", "rejects", 1, D),
 (M9,) + R + ("resume-military-dialogue", "supports", 1, D),
 (M10,) + R + ("", "", 1, D),
 (M11,) + R + ("written-legal-guarantees", "supports", 1, D),
 (M12,) + R + ("", "", 1, D),
]

D = "2022-01-14"
P = ("dmitry-peskov", 1)
L["interfax-2022-01-14-peskov-talks-security-guarantees"] = [
 ("There were some positive moments, the conversation was frank, but on the principal questions, on the key questions, we see that there is the discrepancy. Our partners are not ready at the moment to take into account our concerns",) + P + ("Peskov", "", "", 1, D),
 ("According to him, the Russian side waits for the answer on paper, and this answer must be concrete, point for point, on each article of the Russian proposals.",) + P + ("him", "written-legal-guarantees", "supports", 0, D),
 ("We do not need the general words, we need the text. We are talking about the legally obligatory guarantees, this was said many times",) + P + ("the representative of Kremlin", "written-legal-guarantees", "supports", 1, D),
 ("Peskov reminded that the main thing is that the North Atlantic alliance renounces further advance to the east, including to Ukraine.",) + P + ("Peskov", "nato-non-expansion", "supports", 0, D),
 ("Peskov reminded that the main thing is that the North Atlantic alliance renounces further advance to the east, including to Ukraine.",) + P + ("Peskov", "no-ukraine-membership", "supports", 0, D),
 ("For us it is the question of the red line. The Alliance must not approach more to our borders, and Ukraine must not become the member of NATO, this is absolutely clear position",) + P + ("he", "nato-non-expansion", "supports", 1, D),
 ("For us it is the question of the red line. The Alliance must not approach more to our borders, and Ukraine must not become the member of NATO, this is absolutely clear position",) + P + ("he", "no-ukraine-membership", "supports", 1, D),
 ("Answering the question of journalists about the demands of Western countries to withdraw the Russian troops from the border with Ukraine, Peskov said that Russia will not accept such preconditions.",) + P + ("Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Answering the question of journalists about the demands of Western countries to withdraw the Russian troops from the border with Ukraine, Peskov said that Russia will not accept such preconditions.",) + P + ("Peskov", "no-preconditions", "supports", 0, D),
 ("Russian army moves on the territory of Russian Federation, it is our sovereign right, and nobody can put to us the conditions on this account",) + P + ("the Kremlin spokesman", "russia-de-escalation", "rejects", 1, D),
 ("He added that the dialogue must be continued without any preconditions from the side of partners, as it was agreed in the beginning.",) + P + ("He", "no-preconditions", "supports", 0, D),
 ("logical position after the three rounds",) + P + ("Peskov", "", "", 1, D),
 ("Now it is necessary to analyze, to wait for the answer. There is no sense to meet for the meeting",) + P + ("he", "", "", 1, D),
 ("dead end or difference of approaches", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("I will not speculate on this topic. The security of Russia is the priority, and all possible variants are considered",) + P + ("he", "", "", 1, D),
 ("Lukashevich also said that the Russian proposals about non-deployment of the strike systems near the borders and about the limitation of exercises are not the \"menu\", from which it is possible to choose the separate dishes.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("Lukashevich also said that the Russian proposals about non-deployment of the strike systems near the borders and about the limitation of exercises are not the \"menu\", from which it is possible to choose the separate dishes.", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("The President is informed about all nuances. Nobody is going to wait for the answer infinitely, but we also do not set the ultimatums",) + P + ("Peskov", "", "", 1, D),
]

D = "2022-01-19"
L["guardian-2022-01-19-blinken-kyiv-visit"] = [
 ("Speaking at the US embassy in Kyiv on Wednesday, two days before he is due to meet the Russian foreign minister, Sergei Lavrov, in Geneva, Blinken said the Kremlin had given no sign of pulling back the more than 100,000 troops it has gathered along Ukraine’s borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "mentions", 0, D),
 ("We know there are plans in place to increase that force even more on very short notice, and that gives President Putin the capacity, also on very short notice, to take further aggressive action,", "antony-blinken", 1, "he", "", "", 1, D),
 ("I strongly, strongly hope that we can keep this on a diplomatic path.", "antony-blinken", 1, "he", "", "", 1, D),
 ("Blinken said the first thing Moscow could do to show it was serious about talks was to de-escalate, and that he would make that case to Lavrov directly on Friday.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("We will not go back on the principle that countries like Ukraine decide for themselves which alliances they join,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("That is not something we are going to bargain away, not in Geneva, not anywhere.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Ukraine’s membership of Nato is a matter for Ukraine and the 30 allies, and for nobody else,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Russia will not get a veto on our future, and I heard nothing today that would suggest otherwise.", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Russia will not get a veto on our future, and I heard nothing today that would suggest otherwise.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("He said Ukraine would also not accept any arrangement under which western instructors and weapons were withdrawn from the country in order to satisfy Moscow, describing that idea as an attempt to return Ukraine to the Kremlin’s sphere of influence.", "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("He said Ukraine would also not accept any arrangement under which western instructors and weapons were withdrawn from the country in order to satisfy Moscow, describing that idea as an attempt to return Ukraine to the Kremlin’s sphere of influence.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("In Moscow, Lavrov said on Tuesday that he expected a written, article-by-article reply to the Russian proposals and that the heart of the matter remained putting a stop to Nato’s advance towards Russia’s borders.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("In Moscow, Lavrov said on Tuesday that he expected a written, article-by-article reply to the Russian proposals and that the heart of the matter remained putting a stop to Nato’s advance towards Russia’s borders.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-18"),
 ("He rejected western calls for Russian forces to be pulled back, saying Russia would not take orders about troop movements on its own territory.", "sergei-lavrov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-18"),
 ("We have been at war for eight years. We have learned not to wait for someone in Geneva to decide for us,", "oksana-melnychuk", 1, "Oksana Melnychuk", "", "", 1, D),
 ("In parliament, Mykola Hordiienko, an MP from Zelenskiy’s Servant of the People party who sits on the national security committee, said the government should not agree even to discuss a moratorium on Nato membership.", "mykola-hordiienko", 1, "Mykola Hordiienko", "no-ukraine-membership", "rejects", 0, D),
 ("If we say yes to a pause of ten or twenty years, Moscow will simply wait us out, and in the meantime we will be nobody’s ally,", "mykola-hordiienko", 1, "Hordiienko", "no-ukraine-membership", "rejects", 1, D),
 ("Neutrality did not protect us in 2014.", "mykola-hordiienko", 1, "Hordiienko", "no-ukraine-membership", "rejects", 1, D),
 ("The Americans are willing to talk about where missiles are placed and how big exercises are, and that is a real offer,", "iryna-savchuk", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The Americans are willing to talk about where missiles are placed and how big exercises are, and that is a real offer,", "iryna-savchuk", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("But the Russians have tied everything to the promise that Ukraine never joins Nato, and on that they will get nothing.", "iryna-savchuk", 1, "she", "no-ukraine-membership", "mentions", 1, D),
 ("But the Russians have tied everything to the promise that Ukraine never joins Nato, and on that they will get nothing.", "russia", 0, "the Russians", "no-ukraine-membership", "supports", 0, ""),
 ("Savchuk said she believed the best outcome for Ukraine would be a renewed arms control framework in Europe that included caps on drills near its borders, because every exercise on Ukraine’s doorstep was a rehearsal Kyiv had to take seriously.", "iryna-savchuk", 1, "Savchuk", "limit-military-exercises", "supports", 0, D),
 ("We are not panicking, but we are preparing,", "oleh-synyehubov", 1, "Oleh Synyehubov", "", "", 1, D),
]

D = "2022-02-02"
O = ("dmitri-ostrovsky", 1, "OSTROVSKY")
B1 = "Thank you, Marcus. The message was very simple and I think it was meant for Washington more than for the Hungarian prime minister standing next to him. Putin said that the Americans and NATO had ignored Russia's fundamental concerns. He listed them himself: no further NATO expansion, no strike weapons systems near Russian borders, and the return of the alliance's military infrastructure to where it was in 1997."
B1P = "He listed them himself: no further NATO expansion, no strike weapons systems near Russian borders, and the return of the alliance's military infrastructure to where it was in 1997."
B2 = "At the same time he did not close the door. He said he hoped dialogue would continue. So it was a very Putin-style statement, tough in substance, but leaving the window open."
B3 = "Not dismissing, no. Moscow looks at those proposals as useful, but as the second floor of the building. For the Kremlin the foundation is the question of NATO enlargement, and without the foundation you cannot build a second floor."
B4 = "I should say the missile part is actually quite interesting. If there is a mutual arrangement that no intermediate-range missiles are deployed in Europe within reach of each other's territory, that is something the Russian military has wanted since the INF Treaty collapsed in 2019. Personally, I think that is the most promising piece of the whole exchange, and I would very much like to see it agreed."
B5 = "Because from Moscow's point of view this is not a negotiating position, it is an existential question. The Kremlin wants Ukraine never to become a member, and it wants that in a form that cannot be reversed by the next administration in Washington."
B6 = "Personally, I think Ukraine's neutrality is the right answer, for Ukraine and for Europe. Finland was neutral for decades and it prospered. I know this is not a popular view in Kyiv, but a non-aligned Ukraine would remove the most dangerous point of friction on the continent."
B7 = "Exactly. There is a deep conviction in Moscow, and I share it, that verbal promises are worth nothing. People here will tell you about Baker and Gorbachev in 1990 and \"not one inch eastward.\" Whether or not that was a promise, the lesson drawn was that only a signed, ratified document counts. A political statement can be forgotten; a treaty cannot be so easily."
B8 = "I will be frank with you. I think that demand was a mistake. It should never have been put in the text. Nobody seriously expects the Americans to leave Poland or the Baltic states, and by including it Moscow gave the West an easy way to say the whole package is absurd."
B9 = "It is an attempt to use the West's own documents against it. The Istanbul and Astana declarations say that no state should strengthen its security at the expense of others. Lavrov is asking each government individually how it interprets that. It is a clever diplomatic move, but I am not sure it changes anything on the ground."
B10 = "The Kremlin will not do that as a precondition, and I don't think it should be expected to. But I would say this: if there is real movement on missiles and on exercises, you could see some units go back to their bases quietly, without anyone announcing it as a concession."
B11 = "I do not believe Putin has made a final decision. He wants a treaty, not a conversation. The next two or three weeks will show whether the Americans are ready to give him something he can present as a result."
L["bloomberg-2022-02-02-ostrovsky-interview-transcript"] = [
 (B1,) + O + ("nato-non-expansion", "mentions", 1, D),
 (B1,) + O + ("no-strike-weapons-near-borders", "mentions", 1, D),
 (B1,) + O + ("rollback-to-1997", "mentions", 1, D),
 (B1P, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (B1P, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (B1P, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (B2,) + O + ("", "", 1, D),
 (B3,) + O + ("nato-non-expansion", "mentions", 1, D),
 (B3, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (B4,) + O + ("no-intermediate-range-missiles", "supports", 1, D),
 (B4, "russia", 0, "the Russian military", "no-intermediate-range-missiles", "supports", 0, ""),
 (B5,) + O + ("no-ukraine-membership", "mentions", 1, D),
 (B5,) + O + ("written-legal-guarantees", "mentions", 1, D),
 (B5, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (B5, "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (B6,) + O + ("no-ukraine-membership", "supports", 1, D),
 (B7,) + O + ("written-legal-guarantees", "supports", 1, D),
 (B7, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (B8,) + O + ("rollback-to-1997", "rejects", 1, D),
 (B8, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (B9,) + O + ("", "", 1, D),
 (B10,) + O + ("russia-de-escalation", "rejects", 1, D),
 (B10,) + O + ("no-intermediate-range-missiles", "mentions", 1, D),
 (B10,) + O + ("limit-military-exercises", "mentions", 1, D),
 (B11,) + O + ("written-legal-guarantees", "mentions", 1, D),
 ("He wants a treaty, not a conversation.", "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 0, ""),
]

write_gold(L, "articles-226", "gold-226")
