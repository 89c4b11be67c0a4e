#!/usr/bin/env python3
"""Writes the held-out gold of batch 220 (gold-220/*.nq) from the labels below.

Batch 220 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-12-nato-russia-council-no-breakthrough: Reuters wire from
  Brussels after the NATO-Russia Council; front matter, byline, caps crossheads,
  interrupted quotations, a lede about unspecified "core proposals" (no label),
  the Founding Act as background, an in-passing "Russia's call" inside
  Stoltenberg's sentence, "U.S. officials" speaking as a body.
- ap-2022-01-13-russia-talks-dead-end-ryabkov-peskov: AP from Moscow, no front
  matter (headline, byline, date line), Ryabkov and Peskov quoted in split
  quotations, Price a day earlier ("on Wednesday"), the OSCE in Vienna, an
  invented Moscow analyst whose second quote refers back with "that"/"there",
  Bucharest 2008 as background.
- bbc-2022-01-10-geneva-talks-ryabkov-sherman: BBC News from Geneva; front
  matter, "Mr"/"Ms" forms, an explainer crosshead ("What does Russia want?")
  paraphrasing Moscow's demands, a quotation from the draft treaty (document,
  not labelled), the Bucharest declaration as background, "Related Topics" and
  "Read more" link lines.
- mid-2022-01-27-zakharova-briefing: Russian MFA English transcript, no front
  matter, table of contents and topic headings, « » quotes, translationese;
  every paragraph of Zakharova's opening remarks and answers is one direct
  quotation; the questions (which quote Kuleba and the Western demand to
  de-escalate) get no label.
- tass-2022-01-28-grushko-nato-response: TASS English wire (UTF-8 BOM, CRLF
  line ends), headline and subhead, "MOSCOW, January 28. /TASS/." dateline,
  "the diplomat stressed", "According to him", Lavrov and Peskov "on
  Thursday", a "Background" section restating the 17 December drafts (labelled
  as Moscow's, dated 2021-12-17) and the October 2021 mission suspension (not).
- guardian-2022-02-02-putin-breaks-silence-analysis: Guardian analysis with
  front matter, standfirst, curly quotes, Putin's 1 February remarks reported a
  day later ("on Tuesday"), Blinken and Stoltenberg "last Wednesday", Baker and
  Gorbachev 1990 and the Founding Act as background, two invented analysts,
  an anonymous diplomat with only short quotes (no label), a correction line.
- cnn-2022-01-26-live-updates-us-nato-written-responses: CNN live-updates page,
  no front matter, "What we covered here" bullets (treated as standfirst, not
  labelled), time-stamped posts in reverse order with post headlines (not
  labelled) that repeat quotations of the body, Blinken's "no change" answer,
  an invented congressman.

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

Writer's notes on choices made: a "said" with no day in a same-day news story
is dated the publication day; the in-passing Russia label is also given when a
Russian official's own sentence names Moscow/Russia as the party making the
demand (undated unless the sentence gives Russia's action a day); a quotation
that refers back to a demand with a pronoun ("that", "this issue") carries
that demand; Western officials saying they saw no de-escalation are labelled
as supporting russia-de-escalation.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-12"
L["reuters-2022-01-12-nato-russia-council-no-breakthrough"] = [
 ("NATO Secretary-General Jens Stoltenberg told a news conference after the session that allies had been united in turning down Russia's call for a halt to NATO enlargement.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, D),
 ("NATO Secretary-General Jens Stoltenberg told a news conference after the session that allies had been united in turning down Russia's call for a halt to NATO enlargement.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("He said the alliance would not compromise on core principles, including the right of each nation in Europe to decide for itself which security arrangements it joins.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, D),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia does not have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia does not have a veto,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Stoltenberg said allies were prepared to sit down with Moscow on arms control, the placement of missiles and greater transparency around military drills, and had proposed a series of further meetings.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said allies were prepared to sit down with Moscow on arms control, the placement of missiles and greater transparency around military drills, and had proposed a series of further meetings.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("He also called on Russia to pull its forces back from the Ukrainian border.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("He said NATO's refusal to rule out placing offensive weapons close to Russia's western frontier was creating \"unacceptable risks\" for Russian security, and warned that Moscow would answer with military means if its concerns were brushed aside.", "alexander-grushko", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("If NATO moves to a policy of containment, there will be counter-containment. If there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("Fomin told reporters that Russia had proposed that both sides scale back their drills in areas where Russian and allied forces operate close to each other, but said he had heard no concrete answer.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("Fomin told reporters that Russia had proposed that both sides scale back their drills in areas where Russian and allied forces operate close to each other, but said he had heard no concrete answer.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Sherman, who held a separate briefing, said the United States would not budge on the alliance's enlargement policy.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, D),
 ("We will not slam the door shut on NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said it was hard to see how Russia could be serious about diplomacy while massing troops, and urged the Kremlin to send its forces back to their bases.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("We heard a lot from our Russian counterparts about what they want. We did not hear whether they intend to de-escalate or not,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Marius Danilevicius, Lithuania's deputy ambassador to NATO, said the Russian delegation had pressed allies on Wednesday to pull troops and equipment out of the countries that joined the alliance after 1997.", "marius-danilevicius", 1, "Marius Danilevicius", "rollback-to-1997", "mentions", 0, D),
 ("Marius Danilevicius, Lithuania's deputy ambassador to NATO, said the Russian delegation had pressed allies on Wednesday to pull troops and equipment out of the countries that joined the alliance after 1997.", "russia", 0, "the Russian delegation", "rollback-to-1997", "supports", 0, D),
 ("That is a non-starter for every single ally around the table. We are not going back to a Europe of spheres of influence,", "marius-danilevicius", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east and will never admit Ukraine, and published draft treaties with Washington and the alliance in December setting out its terms.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east and will never admit Ukraine, and published draft treaties with Washington and the alliance in December setting out its terms.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow has demanded legally binding guarantees that NATO will not expand further east and will never admit Ukraine, and published draft treaties with Washington and the alliance in December setting out its terms.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("U.S. officials have said some of the ideas, such as limits on missile deployments, could be negotiated, but that others, including a ban on Ukraine's membership, are out of the question.", "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("U.S. officials have said some of the ideas, such as limits on missile deployments, could be negotiated, but that others, including a ban on Ukraine's membership, are out of the question.", "united-states", 0, "U.S. officials", "no-ukraine-membership", "rejects", 0, ""),
 ("Russia was not in a position to agree to that today. They did not say no, but they also did not say yes,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("nothing was decided about us behind our backs", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
]

D = "2022-01-13"
L["ap-2022-01-13-russia-talks-dead-end-ryabkov-peskov"] = [
 ("I don't see any grounds for sitting down again in the coming days and starting the same discussions over,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The United States and its allies said no to our key demands.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("He said Russia would keep pressing for NATO to stop moving east and to shut its door to Ukraine for good, whatever the reply from Washington.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He said Russia would keep pressing for NATO to stop moving east and to shut its door to Ukraine for good, whatever the reply from Washington.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("He said Russia would keep pressing for NATO to stop moving east and to shut its door to Ukraine for good, whatever the reply from Washington.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("He said Russia would keep pressing for NATO to stop moving east and to shut its door to Ukraine for good, whatever the reply from Washington.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("I don't want to confirm anything, and I won't exclude anything either.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The talks were initiated to get specific answers to specific, fundamental questions, and disagreements remain on those fundamental questions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He took aim at the alliance's principle that any European country can apply to join.", "dmitry-peskov", 1, "He", "nato-open-door", "rejects", 0, D),
 ("NATO's so-called open-door policy cannot be an answer to our concerns,", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, D),
 ("It is a formula from another era, and we do not accept it.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "rejects", 1, D),
 ("Peskov also brushed off Western calls to pull back the Russian troops massed near Ukraine, saying Russia was free to move its forces around its own territory.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Russia moves its troops on its own territory, and this is our sovereign right. It should not worry anybody,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("It is Russia's choice whether to take the path of de-escalation and diplomacy,", "ned-price", 1, "Price", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("What we need to see is Russian troops moving back to their barracks.", "ned-price", 1, "Price", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Moscow in December handed Washington a pair of draft documents demanding that NATO deny membership to Ukraine and other former Soviet countries and roll back its military deployments in Central and Eastern Europe.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow in December handed Washington a pair of draft documents demanding that NATO deny membership to Ukraine and other former Soviet countries and roll back its military deployments in Central and Eastern Europe.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow in December handed Washington a pair of draft documents demanding that NATO deny membership to Ukraine and other former Soviet countries and roll back its military deployments in Central and Eastern Europe.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("if we do not hear it, we will be forced to draw conclusions and take the necessary measures.", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("Moscow is asking for a treaty, a legally binding text, promising that Ukraine stays out of NATO forever,", "yelena-chernova", 1, "Yelena Chernova", "written-legal-guarantees", "mentions", 1, D),
 ("Moscow is asking for a treaty, a legally binding text, promising that Ukraine stays out of NATO forever,", "yelena-chernova", 1, "Yelena Chernova", "no-ukraine-membership", "mentions", 1, D),
 ("No American administration can sign that, and the Kremlin knows it.", "yelena-chernova", 1, "Yelena Chernova", "written-legal-guarantees", "mentions", 1, D),
 ("No American administration can sign that, and the Kremlin knows it.", "yelena-chernova", 1, "Yelena Chernova", "no-ukraine-membership", "mentions", 1, D),
 ("Chernova said the more realistic outcome was a narrower deal on missiles and military exercises, similar to arms control agreements of the late Cold War.", "yelena-chernova", 1, "Chernova", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Chernova said the more realistic outcome was a narrower deal on missiles and military exercises, similar to arms control agreements of the late Cold War.", "yelena-chernova", 1, "Chernova", "limit-military-exercises", "mentions", 0, D),
 ("There is room for a bargain there. The question is whether anybody in Moscow still wants one,", "yelena-chernova", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("There is room for a bargain there. The question is whether anybody in Moscow still wants one,", "yelena-chernova", 1, "she", "limit-military-exercises", "mentions", 1, D),
]

D = "2022-01-10"
L["bbc-2022-01-10-geneva-talks-ryabkov-sherman"] = [
 ("Russia has told the US it is \"absolutely mandatory\" that Ukraine is never allowed to join Nato, after nearly eight hours of talks in Geneva ended without a breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "Mr Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We have explained to our colleagues that there is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Mr Ryabkov said Moscow wanted a written, legally binding commitment, not promises, and that the Russian side would judge the outcome of this week's meetings \"by the substance of the answers\".", "sergei-ryabkov", 1, "Mr Ryabkov", "written-legal-guarantees", "supports", 0, D),
 ("Mr Ryabkov said Moscow wanted a written, legally binding commitment, not promises, and that the Russian side would judge the outcome of this week's meetings \"by the substance of the answers\".", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about Nato without Nato.", "wendy-sherman", 1, "She", "", "", 1, D),
 ("Ms Sherman said Washington was open to discussing the future deployment of missiles in Europe and to talking about limits on the size and scope of military exercises, provided Russia was prepared to do the same.", "wendy-sherman", 1, "Ms Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Ms Sherman said Washington was open to discussing the future deployment of missiles in Europe and to talking about limits on the size and scope of military exercises, provided Russia was prepared to do the same.", "wendy-sherman", 1, "Ms Sherman", "limit-military-exercises", "mentions", 0, D),
 ("But she said it would be hard to make progress while tanks and artillery remained close to Ukraine's border, and that Moscow could show it was serious by pulling its forces back.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 0, D),
 ("Moscow wants Nato to give up any military activity in Ukraine, eastern Europe, the South Caucasus and Central Asia, and to keep its forces and weapons where they were before the alliance began admitting former Warsaw Pact countries.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Moscow wants Nato to give up any military activity in Ukraine, eastern Europe, the South Caucasus and Central Asia, and to keep its forces and weapons where they were before the alliance began admitting former Warsaw Pact countries.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Russia also wants the US and Nato to stop sending warships and bombers to areas from where they could hit targets on Russian territory.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Both sides came to Geneva mainly to be seen to be talking,", "hannah-lindqvist", 1, "Dr Hannah Lindqvist", "", "", 1, D),
 ("She said Washington might offer reciprocal restrictions on missiles and exercises, but would never accept a ban on Nato taking in new members.", "hannah-lindqvist", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said Washington might offer reciprocal restrictions on missiles and exercises, but would never accept a ban on Nato taking in new members.", "hannah-lindqvist", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said Washington might offer reciprocal restrictions on missiles and exercises, but would never accept a ban on Nato taking in new members.", "hannah-lindqvist", 1, "She", "nato-non-expansion", "mentions", 0, D),
 ("If there is a deal to be had, it is on the old arms-control menu - and that is exactly what Moscow says it is not interested in,", "hannah-lindqvist", 1, "she", "", "", 1, D),
 ("no decisions about Ukraine will be made without Ukraine", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 ("Nato Secretary General Jens Stoltenberg said earlier on Monday that the alliance was ready to listen to Russian concerns, but would not back down on the right of countries to choose their own allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("We must not end up in a situation where we have second-class Nato members,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("he told reporters in Brussels, referring to Russia's demand that allied forces be withdrawn from countries that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-27"
Z = ("maria-zakharova", 1, "Maria Zakharova")
def z(ev, demand, stance):
    return (ev, Z[0], Z[1], Z[2], demand, stance, 1, D)
P1 = "Yesterday evening, US Ambassador to Russia John Sullivan handed over to Deputy Foreign Minister Sergey Ryabkov the written reaction of the American side to the Russian draft treaty on security guarantees. A little later, the NATO response arrived. These documents are now being studied by the relevant agencies, and a comprehensive assessment will be made by the leadership of our country."
P2 = "I can already say the following. We do not see in these answers a positive reaction on the main question. The main question is clear and was formulated by us many times: no further expansion of NATO to the East and the non-deployment of strike weapon systems that could threaten the territory of the Russian Federation."
P3 = "We also raised, and we will continue to raise, the question of returning the military potential and infrastructure of the alliance to the positions of 1997, when the Russia-NATO Founding Act was signed. This is not a whim. This is a question of restoring the balance that was destroyed by the bloc members themselves."
P4 = "There is one more principal point. We need guarantees on paper, in a form of a legally binding treaty. The history of the \"verbal assurances\" given to the Soviet leadership in 1990 shows what such assurances are worth in the Western interpretation."
P5 = "We hear again and again from Brussels and Washington the mantra about the \"open door\". Every state, they say, has the right to choose its alliances. But they deliberately forget the second half of the principle they themselves signed in Istanbul in 1999 and in Astana in 2010: no state shall strengthen its security at the expense of the security of others."
P6 = "That is why we do not accept the \"open door\" as an argument. It is a doctrine of unlimited expansion, and it has nothing to do with the sovereign right of nations."
P7 = "In the last year, we have seen American strategic bombers flying tens of kilometres from our borders, destroyers of the US Navy entering the Black Sea one after another. We have proposed to agree that warships and aircraft will not be in areas from which they can hit the territory of the other side. This proposal remains on the table."
P8 = "We also proposed to limit exercises at the level of more than a brigade in agreed zones along the line of contact between Russia and NATO. This is normal, reasonable measure, and it was in fact practised in the Cold War period."
A1 = "This is a question for the American side first of all. We have a diplomatic practice, we respect it. If the US wants confidentiality, we will see. But I want to note that the Russian draft was published by us from the beginning, because we have nothing to hide from our citizens and from the world community."
A2 = "It is not surprising that Kiev is satisfied. Mr Kuleba is satisfied every time when Washington promises the Ukrainian regime that the door to NATO stays open. But we say clearly: Ukraine's membership in the alliance is a red line for Russia, and it must be excluded, not postponed."
A3 = "And one more point. The Bucharest summit decision of 2008, that Ukraine and Georgia \"will become NATO members\", must be disavowed by the alliance. Without this, any talk of security in Europe is an empty sound."
A4 = "I have commented many times. Russian troops are on Russian territory. We do not accept when somebody tells us where to deploy our armed forces in our own country. The demand to \"pull back\" is not addressed to the right address - it is NATO that moved to our borders, not the other way round."
A5 = "We never refused from dialogue between the military. It is the alliance that destroyed these channels. If there is a reciprocal interest, channels of military contacts can be restored, and our side has said this many times."
A6 = "This is an information campaign, a stuffing, and we have seen many such campaigns. The dates of the \"invasion\" have been named already several times by the Western media, and every time nothing happened."
L["mid-2022-01-27-zakharova-briefing"] = [
 z(P1, "", ""),
 z(P2, "nato-non-expansion", "supports"),
 z(P2, "no-strike-weapons-near-borders", "supports"),
 z(P3, "rollback-to-1997", "supports"),
 z(P4, "written-legal-guarantees", "supports"),
 z(P5, "nato-open-door", "rejects"),
 z(P6, "nato-open-door", "rejects"),
 z(P7, "no-warships-aircraft-in-strike-range", "supports"),
 z(P8, "limit-military-exercises", "supports"),
 z(A1, "", ""),
 z(A2, "no-ukraine-membership", "supports"),
 z(A2, "nato-open-door", "rejects"),
 z(A3, "rescind-bucharest-2008", "supports"),
 z(A4, "russia-de-escalation", "rejects"),
 z(A5, "resume-military-dialogue", "supports"),
 z(A6, "", ""),
]

D = "2022-01-28"
G = "alexander-grushko"
L["tass-2022-01-28-grushko-nato-response"] = [
 ("NATO's written response to the Russian proposals on security guarantees does not contain a constructive answer to the main Russian demand, which is the non-expansion of the alliance to the East, Russian Deputy Foreign Minister Alexander Grushko told TASS on Friday.", G, 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 ("NATO's written response to the Russian proposals on security guarantees does not contain a constructive answer to the main Russian demand, which is the non-expansion of the alliance to the East, Russian Deputy Foreign Minister Alexander Grushko told TASS on Friday.", "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("The alliance in its response again reaffirmed its commitment to the so-called open door policy. This means that NATO is not ready to take into account our fundamental interests,", G, 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 ("written in the spirit of the Cold War", G, 1, "him", "", "", 1, D),
 ("We have the impression that the document was composed not for Moscow, but for the public in the NATO countries,", G, 1, "Grushko", "", "", 1, D),
 ("The deputy minister pointed out that Russia needs not political declarations but reliable obligations.", G, 1, "The deputy minister", "written-legal-guarantees", "supports", 0, D),
 ("The deputy minister pointed out that Russia needs not political declarations but reliable obligations.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("In order to avoid any misunderstanding, I will repeat once more: we need legally fixed guarantees, not political statements which can be revised at any moment, as it happened many times before,", G, 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Grushko noted that NATO in its reply proposes to discuss risk reduction, transparency of exercises and some arms control issues.", G, 1, "Grushko", "limit-military-exercises", "mentions", 0, D),
 ("These are important but secondary questions. They cannot be considered in separation from the main package,", G, 1, "the diplomat", "limit-military-exercises", "mentions", 1, D),
 ("He stressed that the alliance's military infrastructure must return to the configuration of 1997.", G, 1, "He", "rollback-to-1997", "supports", 0, D),
 ("If there is no movement on this issue, we will have to take military-technical measures. This is not a threat, this is a statement of fact,", G, 1, "the deputy minister", "rollback-to-1997", "supports", 1, D),
 ("At the same time, Grushko said Moscow did not close the door for restoring the channels of military communication with NATO, if the alliance shows a \"real political will\".", G, 1, "Grushko", "resume-military-dialogue", "supports", 0, D),
 ("At the same time, Grushko said Moscow did not close the door for restoring the channels of military communication with NATO, if the alliance shows a \"real political will\".", "russia", 0, "Moscow", "resume-military-dialogue", "supports", 0, ""),
 ("Russia is interested in a professional dialogue between the military to prevent incidents. We are ready for this, but the other side must be ready too,", G, 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("He recalled that at the meeting of the Russia-NATO Council in Brussels on January 12 the Russian delegation clearly stated that NATO's activity in Ukraine and in other countries of the post-Soviet space creates direct threats to Russia.", G, 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("He recalled that at the meeting of the Russia-NATO Council in Brussels on January 12 the Russian delegation clearly stated that NATO's activity in Ukraine and in other countries of the post-Soviet space creates direct threats to Russia.", "russia", 0, "the Russian delegation", "no-military-activity-ex-soviet", "supports", 0, "2022-01-12"),
 ("Any military development of the territory of Ukraine by the alliance is a red line for us,", G, 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("The deputy minister also commented on the statements of Western officials about the necessity for Russia to \"de-escalate\".", G, 1, "The deputy minister", "russia-de-escalation", "rejects", 0, D),
 ("We are not going to discuss the movements of our troops on our own territory with NATO. This topic is closed,", G, 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("According to the minister, the American document includes some \"rational grains\" on secondary issues, including intermediate-range missiles, but the key Russian concerns were ignored.", "sergei-lavrov", 1, "the minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("It takes time, we will not rush,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("In them Moscow proposed, in particular, that the US prevent further eastward expansion of NATO and refuse from establishing bases in the former Soviet republics which are not members of the alliance.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In them Moscow proposed, in particular, that the US prevent further eastward expansion of NATO and refuse from establishing bases in the former Soviet republics which are not members of the alliance.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
]

D = "2022-02-02"
T = "2022-02-01"
W = "2022-01-26"
PU = "Putin said the US and Nato had given no adequate response to the three points Moscow regards as decisive: stopping the alliance’s expansion, refraining from stationing strike weapons near Russia’s borders and pulling the bloc’s military infrastructure in Europe back to where it stood in 1997."
US = "According to officials who have seen them, Washington proposed reciprocal transparency measures on troop posture in Ukraine, talks on limiting intermediate-range missiles, and new rules on the notification of large exercises."
FH = "Fiona Hartley-Rees, an associate fellow at Chatham House, said the Americans had put “something real” on the table on missiles and exercises, and that Moscow might pocket those concessions while keeping the pressure on."
L["guardian-2022-02-02-putin-breaks-silence-analysis"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, T),
 (PU, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, T),
 (PU, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, T),
 (PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, T),
 (PU, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (PU, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (PU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He then returned to the theme he has made his own – what would happen if Ukraine were a member of the alliance.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, T),
 ("Imagine that Ukraine is a Nato member and starts a military operation to retake Crimea,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, T),
 ("Are we supposed to go to war with the Nato bloc? Has anybody thought about that?", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, T),
 ("I hope that we will eventually find a solution, although it is not easy,", "vladimir-putin", 1, "he", "", "", 1, T),
 (US, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, W),
 (US, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, W),
 ("Nato, for its part, offered to restore the liaison offices closed last autumn.", "nato", 0, "Nato", "resume-military-dialogue", "supports", 0, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, W),
 ("not compromise on the right of Ukraine to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, W),
 ("It is that last phrase that explains why Putin’s demand for a return to 1997 alarms Warsaw and the Baltic capitals more than anything said about Ukraine.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, ""),
 ("Pulling allied troops out of Poland and the Baltic states would recreate the grey zone we spent 30 years escaping,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 1, D),
 ("No Polish government could accept it, and no American one should.", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 1, D),
 (FH, "fiona-hartley-rees", 1, "Fiona Hartley-Rees", "no-intermediate-range-missiles", "mentions", 0, D),
 (FH, "fiona-hartley-rees", 1, "Fiona Hartley-Rees", "limit-military-exercises", "mentions", 0, D),
 ("The Kremlin has learned that a crisis pays. It is not going to switch it off just because the paperwork arrived,", "fiona-hartley-rees", 1, "she", "", "", 1, D),
 ("If it depends on Russia, there will be no war,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
]

D = "2022-01-26"
ST = "Stoltenberg said NATO was also prepared to discuss \"reciprocal\" limits on missiles and greater transparency about exercises, but he repeated the alliance's call on Russia to immediately de-escalate."
RY = "Russian Deputy Foreign Minister Sergei Ryabkov said before the responses were handed over that Russia would not accept a reply that sidestepped its demand to stop NATO's eastward push."
L["cnn-2022-01-26-live-updates-us-nato-written-responses"] = [
 ("Rep. Mark Lindgren, a Republican from Ohio who sits on the House Armed Services Committee, praised the administration for holding the line on alliance membership, though he said sanctions should have been imposed already.", "mark-lindgren", 1, "Rep. Mark Lindgren", "nato-open-door", "supports", 0, D),
 ("Putin is not going to get a veto over who joins NATO, and this administration was right to put that in writing,", "mark-lindgren", 1, "Lindgren", "nato-open-door", "supports", 1, D),
 ("It is important that the US position remains firm on the issue of NATO's open door, and that nothing is decided about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("It's unlikely that we will present our reaction immediately. We need time to analyze it,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("NATO Secretary General Jens Stoltenberg said the alliance had proposed to reopen NATO's office in Moscow and Russia's mission in Brussels, and to make full use of military-to-military lines of communication to reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We are ready to listen to Russia's concerns. But we cannot and will not compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("Any further aggression against Ukraine will come with a high price,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("There is no change; there will be no change", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Blinken said the document offered reciprocal transparency measures regarding force posture in Ukraine, and steps to build confidence around military exercises and maneuvers in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("He said the US was also prepared to talk about arms control for missiles in Europe.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We think that diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "He", "", "", 1, D),
 ("No decisions have been made about deploying those troops,", "john-kirby", 1, "Kirby", "", "", 1, D),
 ("We still see no sign of de-escalation by the Russians, none,", "john-kirby", 1, "he", "russia-de-escalation", "supports", 1, D),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 (RY, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("If the answer is not constructive, we will not be waiting endlessly,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The issue of non-expansion of NATO is the key one for us.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("Despite all the differences in interpretations, we agreed that the ceasefire must be maintained by all parties.", "dmitry-kozak", 1, "Dmitry Kozak", "", "", 1, D),
]

write_gold(L, "articles-220", "gold-220")
