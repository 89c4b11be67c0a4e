#!/usr/bin/env python3
"""Writes the held-out gold of batch 291 (gold-291/*.nq) from the labels below.

Batch 291 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- aljazeera-2022-01-26-us-nato-deliver-written-responses: Al Jazeera news story
  with front matter; quotation interrupted by "Stoltenberg told a news conference",
  journalist's summary of Moscow's demands, analyst, Baker/Gorbachev history.
- izvestia-2022-01-17-grushko-interview: Izvestia interview in translation,
  dash-led Q&A with Deputy FM Alexander Grushko; no front matter; every answer
  paragraph is a quotation; "written answer" is not the legal-guarantees demand.
- state-department-2022-01-10-background-briefing-geneva: State Department
  background-call transcript with front matter; anonymous "SENIOR STATE
  DEPARTMENT OFFICIAL" (labelled as us-state-department), moderator/operator and
  reporters' questions unlabelled; Russian positions reported inside answers.
- kyivpost-2022-01-13-russia-osce-vienna-talks: Kyiv Post story, UTF-8 BOM and
  CRLF line ends; "Jan. 13" dates, quotations split by "Lukashevich said",
  Read also lines, Bucharest/constitution background, a moratorium floated by no one.
- skynews-2022-02-01-ukraine-russia-live: Sky News live page, reverse-chronological
  time stamps, no front matter; Putin's three demands in reported speech,
  Johnson and Zelenskyy in Kyiv, analyst; all entries dated 1 February.
- wilsoncenter-2022-01-28-kennan-experts-written-answers: Wilson Center Kennan
  Institute expert Q&A with front matter; three invented experts, mostly
  "mentions", two voicing their own stance; history inside answers.
- novostimir24-2022-01-28-lavrov-radio-answer-usa: machine-translated Russian
  aggregator page, cookie banner, ads, tags, reader comments (site junk, not
  labelled), "- said the minister" dashes, a "Reference" paragraph.

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

Batch notes: interview and expert-Q&A answers whose day is not stated carry the
publication date (the day the words were published as said); live-page entries
carry the page's day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["aljazeera-2022-01-26-us-nato-deliver-written-responses"] = [
 ("The United States and NATO have handed Russia written responses to its demands for sweeping security guarantees, rebuffing Moscow’s call to close the alliance’s door to Ukraine while offering talks on arms control and military transparency.", "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 ("The United States and NATO have handed Russia written responses to its demands for sweeping security guarantees, rebuffing Moscow’s call to close the alliance’s door to Ukraine while offering talks on arms control and military transparency.", "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, D),
 ("The United States and NATO have handed Russia written responses to its demands for sweeping security guarantees, rebuffing Moscow’s call to close the alliance’s door to Ukraine while offering talks on arms control and military transparency.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the document, drafted after consultations with European allies and with Ukraine, also set out US concerns about Russia’s actions and proposed reciprocal steps on the placement of missiles in Europe and on the scale of military exercises.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said the document, drafted after consultations with European allies and with Ukraine, also set out US concerns about Russia’s actions and proposed reciprocal steps on the placement of missiles in Europe and on the scale of military exercises.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("We are ready to listen to Russia’s concerns,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("but we cannot compromise on the principles on which the security of our alliance rests, including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said NATO was proposing to restore the two sides’ diplomatic missions in Brussels and Moscow and to reopen military-to-military channels of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("He again urged Moscow to de-escalate and withdraw the more than 100,000 troops it has gathered near Ukraine’s borders.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("If Russia is serious about European security, the first step is to pull back its forces,", "jens-stoltenberg", 1, "the NATO chief", "russia-de-escalation", "supports", 1, D),
 ("We will read it and then decide,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("If there is no constructive response and the West continues its aggressive line, Moscow will take the necessary response measures,", "sergey-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Russia wants legally binding guarantees that NATO will not expand further east, that Ukraine will never be admitted to the alliance and that the bloc will pull its forces and weapons back from the countries of Central and Eastern Europe that joined after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia wants legally binding guarantees that NATO will not expand further east, that Ukraine will never be admitted to the alliance and that the bloc will pull its forces and weapons back from the countries of Central and Eastern Europe that joined after 1997.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wants legally binding guarantees that NATO will not expand further east, that Ukraine will never be admitted to the alliance and that the bloc will pull its forces and weapons back from the countries of Central and Eastern Europe that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Russia wants legally binding guarantees that NATO will not expand further east, that Ukraine will never be admitted to the alliance and that the bloc will pull its forces and weapons back from the countries of Central and Eastern Europe that joined after 1997.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Our position is simple: nobody but Ukrainians will decide whether Ukraine joins NATO,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Our position is simple: nobody but Ukrainians will decide whether Ukraine joins NATO,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("The Americans have offered Moscow something on missiles and drills, but not what it wanted most, which is a veto over NATO’s enlargement,", "tomas-ryzner", 1, "Ryzner", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans have offered Moscow something on missiles and drills, but not what it wanted most, which is a veto over NATO’s enlargement,", "tomas-ryzner", 1, "Ryzner", "limit-military-exercises", "mentions", 1, ""),
 ("The Americans have offered Moscow something on missiles and drills, but not what it wanted most, which is a veto over NATO’s enlargement,", "tomas-ryzner", 1, "Ryzner", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans have offered Moscow something on missiles and drills, but not what it wanted most, which is a veto over NATO’s enlargement,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The question now is whether the Kremlin can sell this as a victory at home, or whether it will say it has been ignored and reach for military options,", "tomas-ryzner", 1, "he", "", "", 1, ""),
]

D = "2022-01-17"
G = ("alexander-grushko", 1, "Alexander Grushko")
def g(ev, demand="", stance=""):
    return (ev, G[0], G[1], G[2], demand, stance, 1, D)
A2 = "We said clearly that further movement of the alliance to the east is unacceptable for us. Not a word of honour, not a political declaration, but an international legal obligation — this is what we need. We have already been told many things verbally, and we know how that ended."
A3 = "The \"open door\" policy is not a sacred text. Article 10 of the Washington Treaty does not oblige the alliance to admit anyone; it is a right, not a duty. So the claim that NATO \"cannot\" stop enlarging is simply not true — it does not want to."
A4 = "The decision of the Bucharest summit that these two countries \"will become members of NATO\" must be disavowed. As long as it stands, it is a time bomb under European security. Ukraine must not be drawn into the alliance — for us this is a matter of principle."
A6 = "We proposed that both sides refrain from deploying ground-based intermediate- and shorter-range missiles in areas from which they can reach the territory of the other. We also say that strike weapon systems must not appear near our borders — on the territory of Ukraine or anywhere else around us."
L["izvestia-2022-01-17-grushko-interview"] = [
 g("The conversation was frank, direct and substantive, I would even say deep. But it confirmed that on fundamental issues we have large divergences, and we did not hide them."),
 g(A2, "nato-non-expansion", "supports"),
 g(A2, "written-legal-guarantees", "supports"),
 g(A3, "nato-open-door", "rejects"),
 g(A3, "nato-non-expansion", "supports"),
 g(A4, "rescind-bucharest-2008", "supports"),
 g(A4, "no-ukraine-membership", "supports"),
 g("We propose that the alliance not station additional forces and weapons on the territory of states that were not members as of 27 May 1997. This is a return to the configuration that existed when the Founding Act was signed, not some fantasy.", "rollback-to-1997", "supports"),
 g(A6, "no-intermediate-range-missiles", "supports"),
 g(A6, "no-strike-weapons-near-borders", "supports"),
 g("We have proposed concrete parameters: not to hold exercises above brigade level in an agreed zone along the line of contact, and to notify each other in advance. This would reduce tension immediately. But I want to stress: there can be no cherry-picking. Our proposals are a package.", "limit-military-exercises", "supports"),
 g("We have no plans to reopen our mission in Brussels for now. What really matters is that military channels work. The contacts between the military were broken off by the alliance, not by us, and they must be restored — without them the risk of incidents grows.", "resume-military-dialogue", "supports"),
 g("We will then have to ensure our security by other means, including military-technical ones. This is not a threat; it is a statement of how we will act."),
 g("We do not intend to wait for years. We need a written answer, point by point, and we need it soon. The ball is on their side."),
 g("We move our troops on our own territory as we see fit. Demands to \"pull back\" are an attempt to change the subject. There is no threat from us; the threat comes from the alliance's military infrastructure approaching our borders.", "russia-de-escalation", "rejects"),
]

D = "2022-01-10"
O = "SENIOR STATE DEPARTMENT OFFICIAL"
def o(ev, demand="", stance=""):
    return (ev, "us-state-department", 0, O, demand, stance, 1, D)
P5 = "At the same time, there are areas where we think we can make progress. We said we're open to discussing the future deployment of certain missile systems in Europe, along the lines of what Russia has expressed interest in, as well as reciprocal limits on the size and scope of military exercises and on transparency around them. All of that would have to be on a reciprocal basis."
P7 = "They want legally binding written assurances, and they repeated that. Our answer is that we are prepared to look at things that can be codified in an agreement where both sides take on obligations, but not at the price of the principles I mentioned."
L["state-department-2022-01-10-background-briefing-geneva"] = [
 o("Thanks very much, and thanks everyone for staying up late. We spent nearly eight hours with the Russian delegation today, led on their side by Deputy Foreign Minister Ryabkov. It was a frank and forthright discussion, and I'd describe it as businesslike rather than warm."),
 o("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance, and we said so very directly.", "nato-open-door", "supports"),
 o("We also made clear that we will not forgo bilateral cooperation with sovereign states that wish to work with the United States. We're not going to make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO.", "no-military-activity-ex-soviet", "rejects"),
 o("The Russian side once again laid out its view that Ukraine must never become a member of the alliance, and they were quite insistent on that point. We listened, and we were clear in return that this is not something we will accept.", "no-ukraine-membership", "rejects"),
 ("The Russian side once again laid out its view that Ukraine must never become a member of the alliance, and they were quite insistent on that point.", "russia", 0, "The Russian side", "no-ukraine-membership", "supports", 0, D),
 o(P5, "no-intermediate-range-missiles", "mentions"),
 o(P5, "limit-military-exercises", "mentions"),
 ("We said we're open to discussing the future deployment of certain missile systems in Europe, along the lines of what Russia has expressed interest in, as well as reciprocal limits on the size and scope of military exercises and on transparency around them.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 o("None of this can happen in an atmosphere of escalation. Russia needs to de-escalate, and the most effective way to do that is to return troops to their barracks.", "russia-de-escalation", "supports"),
 o("They didn't put an ultimatum on the table today, and they did not say they were walking away. They certainly stressed a sense of urgency."),
 o(P7, "written-legal-guarantees", "mentions"),
 ("They want legally binding written assurances, and they repeated that.", "russia", 0, "They", "written-legal-guarantees", "supports", 0, D),
 o("I'd be careful with labels. The INF Treaty ended in 2019 because Russia violated it for years. What we discussed is whether the two sides could reach reciprocal commitments to keep certain ground-launched systems out of certain areas. We think that is worth exploring.", "no-intermediate-range-missiles", "mentions"),
 o("They repeated what they say publicly, that they have no intention of invading Ukraine. We said that if that's the case, the best way to demonstrate it is to pull back from the border.", "russia-de-escalation", "supports"),
 o("And let me just add: the future of military-to-military contact came up as well, and we're willing to keep the channels between our militaries open. That is in everyone's interest.", "resume-military-dialogue", "supports"),
 o("We've been in very close consultation with allies and partners throughout. You'll hear a consistent message in Brussels on Wednesday and in Vienna on Thursday. We'll then take stock together."),
]

D = "2022-01-13"
KQ = "Moscow's demand that the alliance promise never to admit Ukraine was \"rejected by everyone,\" he told journalists."
RY = "Earlier in the week, Russian Deputy Foreign Minister Sergei Ryabkov said after the Geneva talks with U.S. Deputy Secretary of State Wendy Sherman on Jan. 10 that Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that Ukraine would never join NATO."
L["kyivpost-2022-01-13-russia-osce-vienna-talks"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Non-expansion of NATO and the non-deployment of strike weapons near our borders are the core,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("Non-expansion of NATO and the non-deployment of strike weapons near our borders are the core,", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Without them there is no package.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("Without them there is no package.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We cannot wait forever. We need a response within a reasonable time, and reasonable means days and weeks, not months,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("We will not back down from the principle that every country has the right to choose its own alliances,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("That applies to Ukraine and to everyone else.", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("That applies to Ukraine and to everyone else.", "michael-carpenter", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Carpenter said the Russian military buildup near Ukraine was the main source of the crisis and that Moscow should return its forces to their permanent bases if it wanted serious talks.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("Ukraine is not a subject of negotiations between other states, and our choice of a Euro-Atlantic future is enshrined in our constitution,", "yevhenia-filipenko", 1, "Filipenko", "nato-open-door", "supports", 1, D),
 ("Ukraine is not a subject of negotiations between other states, and our choice of a Euro-Atlantic future is enshrined in our constitution,", "yevhenia-filipenko", 1, "Filipenko", "no-ukraine-membership", "rejects", 1, D),
 (KQ, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 0, D),
 (KQ, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Russia did not receive what it came for, and it will not receive it,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("The Kremlin is testing whether the West will blink. If anyone in Europe starts discussing a moratorium on our membership, we will have a big problem,", "mykola-stetsenko", 1, "Stetsenko", "no-ukraine-membership", "rejects", 1, ""),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
]

D = "2022-02-01"
PU = "He said Russia had seen no adequate consideration of its three key demands: stopping NATO expansion, refusing to deploy strike weapons near Russian borders and returning the bloc's military infrastructure in Europe to where it was in 1997."
AW = "Non-enlargement, no strike weapons near Russia's borders and pulling NATO back to 1997 - those were never going to be accepted, and Putin knows it,"
JO = "It is the right of the Ukrainian people to choose their own future and their own alliances, and that is not something we will trade,"
ZE = "We are not going to give anyone a veto on our path. Our path is the path to the European Union and NATO,"
L["skynews-2022-02-01-ukraine-russia-live"] = [
 ("We are going to continue to pursue diplomatic avenues, but we are also going to be prepared,", "jen-psaki", 1, "she", "", "", 1, D),
 ("Our bottom line is that the Russians need to de-escalate, and that means moving forces away from Ukraine's border,", "jen-psaki", 1, "Ms Psaki", "russia-de-escalation", "supports", 1, D),
 (AW, "anatol-weissmann", 1, "he", "nato-non-expansion", "mentions", 1, D),
 (AW, "anatol-weissmann", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, D),
 (AW, "anatol-weissmann", 1, "he", "rollback-to-1997", "mentions", 1, D),
 ("What he is doing is keeping the ball in the air while his troops stay where they are.", "anatol-weissmann", 1, "he", "", "", 1, D),
 ("It is already clear now that the fundamental Russian concerns were ignored.", "vladimir-putin", 1, "Mr Putin", "", "", 1, D),
 (PU, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (PU, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (PU, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Imagine Ukraine is a NATO member and starts a military operation to return Crimea. Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("we will eventually find a solution, although it will not be easy", "vladimir-putin", 1, "he", "", "", 1, D),
 ("Putin will decide when the time comes,", "dmitry-peskov", 1, "Mr Peskov", "", "", 1, D),
 (JO, "boris-johnson", 1, "Mr Johnson", "nato-open-door", "supports", 1, D),
 (JO, "boris-johnson", 1, "Mr Johnson", "no-ukraine-membership", "rejects", 1, D),
 ("He called the Russian troop build-up \"a clear and present danger\" and said Moscow should step back \"from the brink\".", "boris-johnson", 1, "He", "russia-de-escalation", "supports", 0, D),
 (ZE, "volodymyr-zelensky", 1, "the Ukrainian president", "nato-open-door", "supports", 1, D),
 (ZE, "volodymyr-zelensky", 1, "the Ukrainian president", "no-ukraine-membership", "rejects", 1, D),
 ("According to the ministry, Mr Lavrov told Mr Blinken that Moscow would not let the discussion be \"swept under the carpet\" and insisted that the alliance must stop moving eastwards.", "sergey-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 0, D),
 ("The US State Department said Mr Blinken had urged Russia to pull back its forces and choose the path of diplomacy.", "antony-blinken", 1, "Mr Blinken", "russia-de-escalation", "supports", 0, D),
 ("We will always stand by our allies in the Baltic states,", "ben-wallace", 1, "he", "", "", 1, D),
]

D = "2022-01-28"
LA = ("lena-abramova-grant", 1, "Lena Abramova-Grant")
MW = ("michael-j-whitcombe", 1, "Michael J. Whitcombe")
YS = ("yuliya-sorokina", 1, "Yuliya Sorokina")
def w(who, ev, demand="", stance=""):
    return (ev, who[0], who[1], who[2], demand, stance, 1, D)
W1 = "Moscow asked for three big things and a number of smaller ones. The big three were a legally binding end to NATO enlargement, a ban on Ukraine ever joining, and a pullback of allied forces from the states that joined after 1997. On all three the answer was a polite but unmistakable no."
W1R = "The big three were a legally binding end to NATO enlargement, a ban on Ukraine ever joining, and a pullback of allied forces from the states that joined after 1997."
W2 = "What Russia got instead is an offer to negotiate on the smaller items: reciprocal restraint on missile deployments, more predictable exercises, risk-reduction measures. These are real items, and in a calmer year Moscow would have welcomed them."
W5 = "What the alliance cannot do, and should not do, is hand Moscow a veto over who joins it. The open door is not a favour to Kyiv or Tbilisi; it is a principle that underpins the whole post-1991 settlement."
W6 = "I am more skeptical. The Kremlin has framed the missile and exercise proposals as \"secondary,\" and Lavrov has said as much publicly. For Moscow, the center of gravity is Ukraine, and no package without Ukraine will satisfy it."
L["wilsoncenter-2022-01-28-kennan-experts-written-answers"] = [
 w(LA, W1, "nato-non-expansion", "mentions"),
 w(LA, W1, "written-legal-guarantees", "mentions"),
 w(LA, W1, "no-ukraine-membership", "mentions"),
 w(LA, W1, "rollback-to-1997", "mentions"),
 (W1R, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (W1R, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (W1R, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (W1R, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 w(LA, W2, "no-intermediate-range-missiles", "mentions"),
 w(LA, W2, "limit-military-exercises", "mentions"),
 w(MW, "I would stress that the Russian draft treaty was never really written to be negotiated. When you publish your demands before you sit down at the table, you are speaking to a domestic audience as much as to Washington."),
 w(MW, "Yes, if both sides are willing to settle for less than they say they want. Washington should be ready to put meaningful, verifiable limits on the size and location of exercises near Russia's borders on the table, because they make everyone safer, including the Baltic states.", "limit-military-exercises", "supports"),
 w(MW, W5, "nato-open-door", "supports"),
 w(MW, W5, "nato-non-expansion", "rejects"),
 w(YS, W6, "no-intermediate-range-missiles", "mentions"),
 w(YS, W6, "limit-military-exercises", "mentions"),
 w(YS, W6, "no-ukraine-membership", "mentions"),
 ("For Moscow, the center of gravity is Ukraine, and no package without Ukraine will satisfy it.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 w(YS, "Frankly, I would argue that a formal moratorium on Ukraine's membership, which some in Europe have floated, would reward coercion and would not end the pressure. Russia would simply move on to its next demand.", "no-ukraine-membership", "rejects"),
 w(LA, "The Kremlin's narrative rests on the 1990 conversations between James Baker and Mikhail Gorbachev and on the 1997 NATO-Russia Founding Act. Historians still argue about the first; the second did contain commitments on \"substantial combat forces,\" but it did not freeze the alliance's membership."),
 w(LA, "The honest reading is that both sides can find something in the record, and neither side's version is complete. That is why history is a poor foundation for the treaty Russia wants."),
 w(YS, "Watch the troops, not the statements. If Moscow is serious about diplomacy, we should see units moving back from the Ukrainian border and out of Belarus after the joint exercises end. If the buildup continues, the written answers will have been a pretext, not a turning point.", "russia-de-escalation", "mentions"),
 w(MW, "Watch whether Moscow agrees to a second round of the strategic stability dialogue. Ryabkov has hinted that Russia might accept talks on missiles if they come with movement on its main concerns. That hint deserves to be tested.", "no-intermediate-range-missiles", "mentions"),
 w(LA, "And watch Putin himself. He has not yet commented on the responses. Whatever he says will set the tone for the whole Russian system for weeks."),
]

D = "2022-01-28"
LM = "The main question is our clear position about inadmissibility of further expansion of NATO to the East and deployment of strike weapons which can threaten territory of Russian Federation,"
LG = "Lavrov said that in the answer of Washington there is \"grain of rationality\" on secondary questions, for example about medium-range missiles and about transparency of military exercises, and that Moscow is ready to work on them."
RF = "Among demands - refusal from further expansion of NATO, including in account of Ukraine, and not-deployment of attack weapons near Russian borders."
L["novostimir24-2022-01-28-lavrov-radio-answer-usa"] = [
 (LM, "sergey-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (LM, "sergey-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("so ideologized, so it breathes the exclusivity of North Atlantic alliance", "sergey-lavrov", 1, "Lavrov", "", "", 1, D),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergey-lavrov", 1, "head of Russian diplomacy", "", "", 1, D),
 ("But we will not allow also that our interests are rudely trampled, ignored.", "sergey-lavrov", 1, "head of Russian diplomacy", "", "", 1, D),
 (LG, "sergey-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "supports", 0, D),
 (LG, "sergey-lavrov", 1, "Lavrov", "limit-military-exercises", "supports", 0, D),
 ("They pick from this formula only the freedom of choosing alliances, and forget the second part,", "sergey-lavrov", 1, "he", "nato-open-door", "rejects", 1, D),
 (RF, "russian-foreign-ministry", 0, "Russian MFA", "nato-non-expansion", "supports", 0, ""),
 (RF, "russian-foreign-ministry", 0, "Russian MFA", "no-ukraine-membership", "supports", 0, ""),
 (RF, "russian-foreign-ministry", 0, "Russian MFA", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Deputy minister Sergey Ryabkov on Thursday declared that Moscow needs \"legally fixed\" guarantees and will not be satisfied by verbal assurances.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("For us it is absolutely necessary that the guarantees are juridically binding, anything else is not serious,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("again tries to replace substance by procedure", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, ""),
 ("Also representative of MFA Maria Zakharova in own Telegram channel wrote, that the West \"again tries to replace substance by procedure\", and called the requirement of USA to Russia to withdraw troops from own territory \"absurd\".", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, ""),
]

write_gold(L, "articles-291", "gold-291")
