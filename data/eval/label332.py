#!/usr/bin/env python3
"""Writes the held-out gold of batch 332 (gold-332/*.nq) from the labels below.

Batch 332 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- guardian-2022-01-26-russia-ukraine-crisis-live: The Guardian live blog (front
  matter, GMT time stamps, "Related:" link, caption); quotations interrupted by
  "Stoltenberg went on", a demand attributed in passing to Moscow inside an
  analyst's quotation, Baker/Gorbachev 1990 background, "Dmitro" spelling.
- tass-2022-01-13-ryabkov-no-grounds-new-round: TASS story (MOSCOW, January 13.
  /TASS/. dateline, no front matter, READ ALSO, crossheads); "key demands" left
  unspecified, "the diplomat"/"the envoy" pronoun speakers, a Washington demand
  named in passing inside Peskov's rejection, background paragraph on the drafts.
- mid-2022-01-20-zakharova-briefing: Russian MFA briefing transcript (table of
  contents, monologue sections then "Question:"/"Maria Zakharova:" Q&A); every
  paragraph of hers is a direct quotation, several demands per paragraph.
- hromadske-2022-01-24-bondarchuk-interview: Hromadske interview (UTF-8 BOM, CRLF,
  em-dash Q&A, no speaker labels); an independent expert voicing her own stances,
  the Kremlin's demand cited in passing inside an answer.
- npr-2022-01-11-geneva-talks-morning-edition: NPR Morning Edition transcript
  (front matter, SOUNDBITE blocks, "(Through interpreter)", correspondent report
  with reported speech, then a host interview with an invented former negotiator).
- cfr-2022-02-02-putin-answers-security-demands: Council on Foreign Relations
  "In Brief" expert brief (front matter, byline, crossheads, disclaimer); the
  author's own analysis is treated like a journalist's prose and not labelled,
  only the statements it reports; organisations as speakers (Washington, Moscow).
- saeima-2022-01-20-security-situation-debate: Latvian Saeima shorthand report in
  unofficial translation („ ” quotes, "Chair." procedural lines unlabelled,
  clumsy translated syntax); each paragraph of a deputy's speech is a direct
  quotation; 1940 history inside a speech.

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

D = "2022-01-26"
L["guardian-2022-01-26-russia-ukraine-crisis-live"] = [
 ("sets out a serious diplomatic path, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He added that the document offered room for talks on the size and transparency of military exercises in Europe, on a reciprocal basis, and on where offensive missiles could be stationed.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He added that the document offered room for talks on the size and transparency of military exercises in Europe, on a reciprocal basis, and on where offensive missiles could be stationed.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We're not going to publish it, because we think diplomacy has the best chance to succeed if we provide space for confidential talks,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("It is for Ukraine and the 30 allies to decide when Ukraine is ready for membership,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto, and Russia does not have a say.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Stoltenberg said the alliance was proposing to restore contacts between military officials, including a civilian and military hotline, and was ready to discuss limits on missiles in Europe.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("Stoltenberg said the alliance was proposing to restore contacts between military officials, including a civilian and military hotline, and was ready to discuss limits on missiles in Europe.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He also called on Russia to pull its troops back from Ukraine's borders immediately.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Moscow has also demanded that the alliance withdraw forces and weapons from the countries that joined after 1997, a list that includes Poland, the Baltic states and Romania.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He made clear, however, that Moscow would be looking first of all for an answer on whether the alliance was ready to stop moving eastwards.", "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We have seen the written response before it was handed over to Russia, and we have no objections to it,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("Kuleba said it was important that the US and its allies had stood by the principle that no country could decide Ukraine's alliances for it.", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, D),
 ("Russia asked for the moon – a signed promise that Ukraine never joins Nato – and Washington has said no, politely, while handing over missiles and military drills to chew on,", "helen-marsh-abbott", 1, "she", "no-ukraine-membership", "mentions", 1, D),
 ("Russia asked for the moon – a signed promise that Ukraine never joins Nato – and Washington has said no, politely, while handing over missiles and military drills to chew on,", "helen-marsh-abbott", 1, "she", "written-legal-guarantees", "mentions", 1, D),
 ("Russia asked for the moon – a signed promise that Ukraine never joins Nato – and Washington has said no, politely, while handing over missiles and military drills to chew on,", "helen-marsh-abbott", 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Russia asked for the moon – a signed promise that Ukraine never joins Nato – and Washington has said no, politely, while handing over missiles and military drills to chew on,", "helen-marsh-abbott", 1, "she", "limit-military-exercises", "mentions", 1, D),
 ("Russia asked for the moon – a signed promise that Ukraine never joins Nato", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia asked for the moon – a signed promise that Ukraine never joins Nato", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("The West has shown it can negotiate on the smaller things; the Kremlin has to decide whether it ever wanted a negotiation at all,", "helen-marsh-abbott", 1, "she", "", "", 1, D),
 ("It's very clear that the Russians have no intention right now of de-escalating,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, D),
 ("They continue to add forces to the western part of their country and in Belarus.", "john-kirby", 1, "Kirby", "", "", 1, D),
]

D = "2022-01-13"
L["tass-2022-01-13-ryabkov-no-grounds-new-round"] = [
 ("There is a dead end, or a difference in approaches. I see no grounds to sit down in the coming days, to gather again and start these same discussions,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("According to him, the American side's unwillingness to give a firm commitment on the non-enlargement of the North Atlantic Alliance remains the main stumbling block.", "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("He added that Moscow expects the United States and its allies to disavow the decision of the 2008 Bucharest summit.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("We do not want to scare anyone, but the military will propose options if the situation develops in this way,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Ryabkov rejected Western calls to pull back troops stationed on Russian territory, saying that Russia moves its forces within its own borders as it sees fit and will not take orders on this from anyone.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame and aggressive behavior towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "the envoy", "", "", 1, D),
 ("Lukashevich also said Moscow expects NATO to stop deploying strike weapons near Russian borders and to return its military infrastructure to the configuration of 1997, when the Russia-NATO Founding Act was signed.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Lukashevich also said Moscow expects NATO to stop deploying strike weapons near Russian borders and to return its military infrastructure to the configuration of 1997, when the Russia-NATO Founding Act was signed.", "alexander-lukashevich", 1, "Lukashevich", "rollback-to-1997", "supports", 0, D),
 ("This principle cannot be selectively applied only to the freedom to choose alliances,", "alexander-lukashevich", 1, "he", "nato-open-door", "rejects", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("We still insist that the alliance must not move closer to our borders and that Ukraine must never be accepted into it,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("We still insist that the alliance must not move closer to our borders and that Ukraine must never be accepted into it,", "dmitry-peskov", 1, "Peskov", "no-ukraine-membership", "supports", 1, D),
 ("as long as there is a chance of success.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He also dismissed as \"absurd\" the idea, voiced in Washington, that Russia should first reduce its military presence in the border regions as a condition for further talks.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("He also dismissed as \"absurd\" the idea, voiced in Washington, that Russia should first reduce its military presence in the border regions as a condition for further talks.", "dmitry-peskov", 1, "He", "no-preconditions", "supports", 0, D),
 ("He also dismissed as \"absurd\" the idea, voiced in Washington, that Russia should first reduce its military presence in the border regions as a condition for further talks.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
]

D = "2022-01-20"
def z(ev, name, demand, stance):
    return (ev, "maria-zakharova", 1, name, demand, stance, 1, D)
P3 = "I would like to remind you once again. What we are talking about is not a wish list. The key elements are the following: no further NATO expansion eastward, the renunciation of the admission of Ukraine to the alliance, and the non-deployment of strike weapon systems near Russia's borders. These are not points for bargaining, they are the essence."
P4 = "We have heard from Washington and Brussels that they are ready to talk about \"confidence-building measures\", about the parameters of exercises, about missiles. Fine, we do not refuse this. But this cannot replace the main thing. The question of the alliance's eastward movement is not a secondary one which can be put off until better times."
L["mid-2022-01-20-zakharova-briefing"] = [
 z("On January 21, Foreign Minister Sergey Lavrov will meet with US Secretary of State Antony Blinken in Geneva. The ministers will continue the conversation on the issues raised during the Russia-US talks on strategic stability on January 10, and on the Russian draft documents on security guarantees.", "Maria Zakharova", "", ""),
 z("We expect the American side to come to the meeting not with another portion of lectures, but with concrete answers to the concrete questions we have put on the table.", "Maria Zakharova", "", ""),
 z(P3, "Maria Zakharova", "nato-non-expansion", "supports"),
 z(P3, "Maria Zakharova", "no-ukraine-membership", "supports"),
 z(P3, "Maria Zakharova", "no-strike-weapons-near-borders", "supports"),
 z(P4, "Maria Zakharova", "limit-military-exercises", "mentions"),
 z(P4, "Maria Zakharova", "no-intermediate-range-missiles", "mentions"),
 z(P4, "Maria Zakharova", "nato-non-expansion", "supports"),
 z("And we want all this to be fixed on paper, with legal force. Verbal assurances were given to us in 1990, you know how that ended. Nobody is going to believe words again.", "Maria Zakharova", "written-legal-guarantees", "supports"),
 z("Western capitals and media continue to circulate hysterical reports about an \"imminent Russian invasion\". I would like to say once again: Russian troops are on Russian territory, and we will not report to anyone about their movements. Demands that we \"withdraw\" our own forces from our own land are simply absurd.", "Maria Zakharova", "russia-de-escalation", "rejects"),
 z("At the same time, Western countries are pumping weapons into Ukraine. British planes flew anti-tank systems to Kiev this week bypassing German airspace. This is what really heightens tension.", "Maria Zakharova", "", ""),
 z("The \"open door\" is a formula that NATO invented for itself. It is not an international legal obligation. Nobody has obliged the alliance to accept everyone who knocks. And the so-called right to choose alliances has a second half, which our Western partners prefer to forget: you cannot ensure your security at the expense of others.", "Maria Zakharova", "nato-open-door", "rejects"),
 z("So no, the talks are not doomed. But if the answer to our main concerns is \"no\", then this will be an answer, and conclusions will be drawn from it.", "Maria Zakharova", "", ""),
 z("The alliance itself destroyed these channels when it expelled our diplomats last October. Now they are presenting their restoration as some kind of concession. It is, to put it mildly, a peculiar logic.", "Maria Zakharova", "", ""),
 z("Our position was set out clearly, it is on the website of the ministry, and I can only repeat it. We are talking about the withdrawal of foreign forces, equipment and weapons, and other steps to return to the configuration of 1997 in the countries that were not members of NATO at that time. Bulgaria and Romania are among them. There is nothing new here.", "Maria Zakharova", "rollback-to-1997", "supports"),
 z("Let me remind Kiev that it was the Kiev regime that has failed to fulfil the Minsk agreements for seven years. Let them start with that.", "Maria Zakharova", "", ""),
]

D = "2022-01-24"
def b(ev, demand, stance):
    return (ev, "iryna-bondarchuk", 1, "Iryna Bondarchuk", demand, stance, 1, D)
A1 = "It will get an answer, but not the one it wants. Nobody in Washington or in Brussels is going to sign a paper saying that NATO closes its doors. This is not only about Ukraine; this is about Finland, Sweden, about the basic rule that every nation chooses its own alliances. If you give that up once, you give it up forever."
A2 = "This is a very dangerous idea, and I hear it more and more, especially in some European capitals. A moratorium, a \"pause for twenty years\", informal promises — all of this is being discussed in the corridors. But the Kremlin has already said that a temporary moratorium is not enough for it, it wants a legally binding document. So even this concession would not satisfy them, and Ukraine would pay for it."
A4 = "Yes, some. Missiles, for example. After the INF Treaty collapsed, both sides have an interest in not placing intermediate-range missiles where they can hit each other within minutes. Exercises, too — more notifications, more observers, maybe smaller drills near the borders. These are normal arms-control topics, and it would be good for Ukraine as well if they were agreed."
L["hromadske-2022-01-24-bondarchuk-interview"] = [
 b(A1, "nato-non-expansion", "rejects"),
 b(A1, "nato-open-door", "supports"),
 b(A2, "no-ukraine-membership", "rejects"),
 b(A2, "written-legal-guarantees", "mentions"),
 ("But the Kremlin has already said that a temporary moratorium is not enough for it, it wants a legally binding document.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 b("Honestly, the Bucharest promise has been a half-promise from the very beginning. Germany and France blocked the Membership Action Plan then. But to cancel it now, under the threat of tanks, would be a humiliation of the alliance. I do not believe they will do it.", "rescind-bucharest-2008", "rejects"),
 b(A4, "no-intermediate-range-missiles", "supports"),
 b(A4, "limit-military-exercises", "supports"),
 b("But I want to be clear: this should be a two-way street. If there are limits on drills, then limits for the Russian drills in Belarus and near our border too.", "limit-military-exercises", "supports"),
 b("This is the point that worries me most of all. It is written there plainly: no military activity on the territory of Ukraine and other post-Soviet states that are not in NATO. In practice it means that we are left alone, without help, facing 100,000 soldiers. No Ukrainian government can accept that, and I think no Western government will.", "no-military-activity-ex-soviet", "rejects"),
 b("First of all, that the partners keep repeating one simple thing: the troops must go back to their permanent bases. Without real de-escalation, all talk about \"security guarantees\" is talk under the gun.", "russia-de-escalation", "supports"),
 b("And second, that nothing about Ukraine is decided without Ukraine. President Zelensky has said this many times, and Minister Kuleba repeated it after Geneva. I think, for now, the Americans are keeping this promise.", "", ""),
]

D = "2022-01-10"
E = "2022-01-11"
def f(ev, demand, stance):
    return (ev, "daniel-farrow", 1, "Daniel Farrow", demand, stance, 1, E)
S1 = "Sherman also said the U.S. could not see how Moscow was serious about diplomacy while its tanks and artillery sat near Ukraine's border, and she called on Russia to take them away."
R1 = "Ryabkov said Russia also wanted it written into a treaty that the alliance would not place weapons capable of hitting Russia on its neighbors' territory."
W1 = "On the American side, Deputy Secretary of State Wendy Sherman said the U.S. was willing to discuss where missiles are deployed in Europe and how big military exercises can be - but only if Russia is willing to make the same commitments."
L["npr-2022-01-11-geneva-talks-morning-edition"] = [
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, D),
 (R1, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 (R1, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, D),
 (W1, "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (W1, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply nonstarters for the United States. We will not allow anyone to slam closed NATO's open-door policy.", "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, D),
 (S1, "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 f("No, and I don't think anyone in Moscow expected it. When you publish your opening position on the foreign ministry website before you've even sat down, you're not negotiating, you're making a point to a domestic and a global audience.", "", ""),
 f("That said, I wouldn't dismiss everything that's in those drafts. There are a couple of items that any arms controller would recognize - keeping intermediate-range missiles out of Europe, for one, which is basically the INF Treaty coming back through the side door.", "no-intermediate-range-missiles", "supports"),
 f("Well, the big one is the idea that NATO would pull everything back to where it stood in 1997 - no allied troops in Poland, in the Baltics, in Romania. That's not going to happen. I honestly don't think there's a single allied capital where you could get that through a parliament, and I don't think you should.", "rollback-to-1997", "rejects"),
 f("And then there's this phrase about no NATO military activity in Ukraine, Georgia, Central Asia. It's written very broadly. You could read it as a ban on a training course.", "no-military-activity-ex-soviet", "mentions"),
 f("Whether they agree to meet again, honestly. The NATO-Russia Council hasn't met in two and a half years. If the militaries start talking to each other regularly again, that by itself lowers the risk of an accident turning into something worse.", "resume-military-dialogue", "supports"),
]

PU = "We see that three key demands of ours - preventing NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997 - were ignored,"
PR = "State Department spokesperson Ned Price told reporters on January 27 that the United States was prepared to discuss \"reciprocal transparency measures\" regarding offensive systems in Ukraine and regarding missile sites in Romania and Poland."
ST = "NATO Secretary General Jens Stoltenberg, for his part, has offered a revived NATO-Russia Council, renewed military channels, and talks on limits to missile deployments."
RY = "Deputy Foreign Minister Sergei Ryabkov has added that Moscow will not accept a \"moratorium\" on Ukraine's accession in place of a legally binding ban."
WA = "Washington and its allies have insisted that Russia withdraw them as a sign of good faith; Moscow has refused, calling the deployment an internal matter."
L["cfr-2022-02-02-putin-answers-security-demands"] = [
 (PU, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (PU, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (PU, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("I hope that in the end we will find a solution, although it is not easy,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("Secretary of State Antony Blinken has said the U.S. response lays out areas for reciprocal steps on arms control, transparency, and risk reduction, while upholding the principle that countries are free to pick their own partners.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (PR, "ned-price", 1, "Ned Price", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-27"),
 (PR, "ned-price", 1, "Ned Price", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 (ST, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("We will not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 1, ""),
 ("no positive answer on the main question,", "sergey-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 ("He has repeatedly invoked the 1990 assurances given to Mikhail Gorbachev and the expansions of 1999 and 2004 as evidence that the West cannot be trusted on anything less than a treaty.", "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 0, ""),
 (WA, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 (WA, "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

D = "2022-01-20"
def s(ev, sp, name, demand, stance):
    return (ev, sp, 1, name, demand, stance, 1, D)
RI = "edgars-rinkevics"
R4 = "At the same time, we are not against the dialogue. The alliance is ready to speak about risk reduction, about transparency of exercises, about the restoring of the military contacts. But dialogue cannot take place under the threat, and the first step must be from Russia, to withdraw its troops from the borders of Ukraine. Thank you!"
LB = "aiga-luse-berzina"
LB2 = "Russia wants that Ukraine will never be in NATO, and that the alliance will not give any help to the countries of the former Soviet Union which are not members. This means a zone of influence, nothing else. The Saeima must say clearly: we will not accept that somebody in Moscow decides about the neighbours."
KO = "valerijs-kornejevs"
K2 = "Let us be honest, some things in the Russian proposals are not crazy. To agree that there will be no medium-range missiles in Europe, on both sides, it would be good also for Riga. To make the exercises smaller and further from the border, on both sides, it would reduce the risk of incident. Why we should not say this?"
K3 = "And about the written guarantees, I understand why Moscow asks this in writing. Many promises were given in the past orally. But I also say that the question of membership is for the Ukrainians to decide, not for me and not for the Kremlin."
OZ = "juris-ozolins-kalns"
L["saeima-2022-01-20-security-situation-debate"] = [
 s("Honourable Madam Speaker! Honourable members of the Saeima! Thank you for the possibility to inform about the talks of the last week.", RI, "E. Rinkēvičs", "", ""),
 s("In Geneva, Brussels and Vienna our allies and partners have given to Russia one clear message. The sovereign choice of every state, including Ukraine, Georgia, also Finland and Sweden, to decide on its membership in alliances is not a subject of bargaining. Latvia fully supports this position, and I thank the United States for the close consultation with us before each meeting.", RI, "E. Rinkēvičs", "nato-open-door", "supports"),
 s("I must say openly also the second thing. In the Russian draft there is a proposal that no forces of NATO should be on the territory of the states which entered after May 1997. It concerns directly Latvia, Lithuania, Estonia, Poland. Such an approach is for us absolutely unacceptable, we will not be a second-class member of the alliance.", RI, "E. Rinkēvičs", "rollback-to-1997", "rejects"),
 s(R4, RI, "E. Rinkēvičs", "limit-military-exercises", "mentions"),
 s(R4, RI, "E. Rinkēvičs", "resume-military-dialogue", "mentions"),
 s(R4, RI, "E. Rinkēvičs", "russia-de-escalation", "supports"),
 s(R4, RI, "E. Rinkēvičs", "no-preconditions", "rejects"),
 s("Honourable Madam Speaker! Colleagues! In 1940 the Baltic states also received „security guarantees” from Moscow, and we know what came after. Therefore when I read the Russian draft treaty, I read it as a historian.", LB, "A. Lūse-Bērziņa", "", ""),
 s(LB2, LB, "A. Lūse-Bērziņa", "no-ukraine-membership", "rejects"),
 s(LB2, LB, "A. Lūse-Bērziņa", "no-military-activity-ex-soviet", "rejects"),
 ("Russia wants that Ukraine will never be in NATO, and that the alliance will not give any help to the countries of the former Soviet Union which are not members.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia wants that Ukraine will never be in NATO, and that the alliance will not give any help to the countries of the former Soviet Union which are not members.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 s("I also call the government to request from the allies a permanent presence of the forces, not to reduce it. This is the best answer to the ultimatum.", LB, "A. Lūse-Bērziņa", "rollback-to-1997", "rejects"),
 s("Honourable colleagues! I will not vote for this statement in its present form. Not because I agree with everything the Russian Foreign Ministry writes. But because the text closes the door to any conversation.", KO, "V. Kornejevs", "", ""),
 s(K2, KO, "V. Kornejevs", "no-intermediate-range-missiles", "supports"),
 s(K2, KO, "V. Kornejevs", "limit-military-exercises", "supports"),
 s(K3, KO, "V. Kornejevs", "written-legal-guarantees", "mentions"),
 s(K3, KO, "V. Kornejevs", "nato-open-door", "supports"),
 ("And about the written guarantees, I understand why Moscow asks this in writing.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 s("Thank you for the word. Colleague Kornejevs speaks about symmetry. But in Pskov region there are now additional Russian units, and in Belarus the trains with equipment arrive every day. Where is the symmetry there?", OZ, "J. Ozoliņš-Kalns", "", ""),
 s("Latvia is a member of NATO already eighteen years, and nobody in Moscow has the right to ask when the allied battalion in Ādaži must go home. Roll back to 1997 — this we will never discuss.", OZ, "J. Ozoliņš-Kalns", "rollback-to-1997", "rejects"),
]

write_gold(L, "articles-332", "gold-332")
