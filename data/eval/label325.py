#!/usr/bin/env python3
"""Writes the held-out gold of batch 325 (gold-325/*.nq) from the labels below.

Batch 325 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- aljazeera-2022-01-27-lavrov-us-response-no-positive-answer: Al Jazeera news story (front matter)
  on Lavrov's reaction to the US reply; interrupted quotes, an analyst voicing both sides'
  positions, Baker-Gorbachev background, a retired general speaking for himself.
- interfax-2022-01-18-ryabkov-no-concessions-guarantees: Interfax wire in clumsy translation,
  no front matter ("MOSCOW. Jan 18 (Interfax)"); indirect speech "He reminded that...",
  "According to him", ministry as speaker, a pro-Kremlin expert describing what Russia wants.
- state-department-2022-01-26-background-briefing-written-response: State Department background
  call transcript (front matter); the unnamed senior official is labelled as the
  us-state-department; moderator and questions unlabelled; each answer paragraph one quotation.
- polskieradio-2022-01-13-osce-rau-war-risk: Polish Radio English news story, date as
  "13.01.2022 15:42", crossheads, photo credit, "Read also"; Russian envoy's reported speech
  naming demands in passing, Grushko/Stoltenberg in a closing recap dated the day before.
- bbc-2022-02-02-what-does-russia-want-explainer: BBC explainer (front matter) with question
  crossheads, caption, Bucharest 2008 and Baker 1990 background, "Moscow wants..." summaries,
  Putin quotes "in December" (undated) and "on Tuesday".
- chathamhouse-2022-01-24-russias-demands-negotiable: Chatham House expert comment, no front
  matter; the author's own analysis is not attributed speech and is not labelled; quotes from
  the Founding Act are not labelled; a diplomat's two-sentence quote touching many demands.
- riigikogu-2022-01-19-foreign-minister-overview-security: Estonian Riigikogu verbatim record in
  translation, UTF-8 BOM and CRLF; each speech paragraph is one quotation, the chairman is
  unlabelled; a speaker name with a diacritic (Toomas Kõiv -> toomas-koiv).

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
import os
from goldlib import write_gold

os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold-325"), exist_ok=True)

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["aljazeera-2022-01-27-lavrov-us-response-no-positive-answer"] = [
 ("There is no positive response in this document on the main question,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive response in this document on the main question,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The minister added that the US paper contained proposals that could become the basis for talks on what he called \"secondary\" matters, such as transparency around military drills and the placement of missiles in Europe.", "sergei-lavrov", 1, "The minister", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("The minister added that the US paper contained proposals that could become the basis for talks on what he called \"secondary\" matters, such as transparency around military drills and the placement of missiles in Europe.", "sergei-lavrov", 1, "The minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("Moscow denies it is planning an attack, and says it wants guarantees that Kyiv will never be admitted to NATO and that the alliance will return its forces to where they stood before it took in former Soviet-bloc states from 1997 onwards.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow denies it is planning an attack, and says it wants guarantees that Kyiv will never be admitted to NATO and that the alliance will return its forces to where they stood before it took in former Soviet-bloc states from 1997 onwards.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("He said the document set out \"a serious diplomatic path forward, should Russia choose it\", including reciprocal limits on the size and location of exercises and on the basing of missiles in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("He said the document set out \"a serious diplomatic path forward, should Russia choose it\", including reciprocal limits on the size and location of exercises and on the basing of missiles in Europe.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Russia, he said, would have to pull back its forces to show it was serious about diplomacy.", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We cannot compromise on the principles on which the security of our alliance and security in Europe and North America rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("it is obvious that there is little ground for optimism", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("Both sides are now on record, in writing, saying what they said in December,", "nadia-haddad-rahman", 1, "Nadia Haddad-Rahman", "", "", 1, ""),
 ("Moscow wants a binding promise that NATO stops where it is. Washington says nobody gets a veto. That gap has not narrowed by one centimetre.", "nadia-haddad-rahman", 1, "Nadia Haddad-Rahman", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow wants a binding promise that NATO stops where it is. Washington says nobody gets a veto. That gap has not narrowed by one centimetre.", "nadia-haddad-rahman", 1, "Nadia Haddad-Rahman", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow wants a binding promise that NATO stops where it is. Washington says nobody gets a veto. That gap has not narrowed by one centimetre.", "nadia-haddad-rahman", 1, "Nadia Haddad-Rahman", "nato-open-door", "mentions", 1, ""),
 ("Moscow wants a binding promise that NATO stops where it is.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a binding promise that NATO stops where it is.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Washington says nobody gets a veto.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("If the Russians pick up the missile and exercise proposals, that tells you they are looking for an off-ramp,", "nadia-haddad-rahman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("If the Russians pick up the missile and exercise proposals, that tells you they are looking for an off-ramp,", "nadia-haddad-rahman", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("For us the core is that NATO does not put weapons on Ukrainian soil that can reach Moscow in five to seven minutes,", "viktor-sobolev", 1, "Viktor Sobolev", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("There is nothing in it that would be a step back from the principled position on Ukraine's right to make its own choices,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
]

L["interfax-2022-01-18-ryabkov-no-concessions-guarantees"] = [
 ("We will not make any concessions under pressure and under conditions of threats which constantly are sounding from the Western participants of this process,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-18"),
 ("He reminded that the Russian side during the talks in Geneva on January 10 and in Brussels on January 12 has clearly explained that the questions of non-enlargement of the North Atlantic alliance and of non-deployment of strike weapon systems near Russian borders are \"the absolute imperative\" for Moscow.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("He reminded that the Russian side during the talks in Geneva on January 10 and in Brussels on January 12 has clearly explained that the questions of non-enlargement of the North Atlantic alliance and of non-deployment of strike weapon systems near Russian borders are \"the absolute imperative\" for Moscow.", "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-01-18"),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("We do not trust the American side, therefore we need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("According to him, the formulas of the type \"the door of NATO is open\" are for Moscow \"simply not acceptable\" and cannot be a basis for the agreement.", "sergei-ryabkov", 1, "him", "nato-open-door", "rejects", 0, "2022-01-18"),
 ("Ryabkov also noted that the return of the alliance infrastructure to the configuration of 1997, when the Russia-NATO Founding Act was signed, remains in the Russian package.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-18"),
 ("This is not a point which we can remove from the text and go further, this is an essential element,", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("At the same time the diplomat did not exclude that on certain other topics, for example, the measures of confidence at conducting of exercises, there is a space for work.", "sergei-ryabkov", 1, "the diplomat", "limit-military-exercises", "mentions", 0, "2022-01-18"),
 ("On the topics which the Americans call themselves important, including missiles of intermediate range, we are ready to talk, but only in a package and not instead of the main,", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 1, "2022-01-18"),
 ("We are waiting for this answer, we hope that it will be concrete, on each article of our drafts,", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2022-01-18"),
 ("this will be decided at the highest level.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-18"),
 ("not the letter for the sake of a letter", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, ""),
 ("secondary subjects, which are convenient to them.", "maria-zakharova", 1, "Zakharova", "", "", 1, ""),
 ("In its turn, the Russian Foreign Ministry in the commentary distributed on Tuesday stated that the continuing of military exploration of the territory of Ukraine by NATO countries, deliveries of weapons and the sending of instructors \"pump up the tension\" and contradict the spirit of the Russian initiatives.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, "2022-01-18"),
 ("The ministry demanded that the alliance stop the military development of the territory of the states, which are not members of the alliance, on the post-Soviet space.", "russian-foreign-ministry", 0, "The ministry", "no-military-activity-ex-soviet", "supports", 0, "2022-01-18"),
 ("If the Americans again will answer by general words, this means that they do not take seriously our concerns, and we will have to think about other measures,", "alexei-chepa", 1, "he", "", "", 1, ""),
 ("The draft treaty was published precisely so that nobody could say that he did not understand what Russia wants: no enlargement, no strike weapons at our borders, no bases in Ukraine,", "igor-korotchenko", 1, "Igor Korotchenko", "nato-non-expansion", "mentions", 1, ""),
 ("The draft treaty was published precisely so that nobody could say that he did not understand what Russia wants: no enlargement, no strike weapons at our borders, no bases in Ukraine,", "igor-korotchenko", 1, "Igor Korotchenko", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The draft treaty was published precisely so that nobody could say that he did not understand what Russia wants: no enlargement, no strike weapons at our borders, no bases in Ukraine,", "igor-korotchenko", 1, "Igor Korotchenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("what Russia wants: no enlargement, no strike weapons at our borders, no bases in Ukraine", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("what Russia wants: no enlargement, no strike weapons at our borders, no bases in Ukraine", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("what Russia wants: no enlargement, no strike weapons at our borders, no bases in Ukraine", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Previously the US Secretary of State Antony Blinken declared that Washington will not agree to close the door of NATO before Ukraine.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("Previously the US Secretary of State Antony Blinken declared that Washington will not agree to close the door of NATO before Ukraine.", "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, ""),
]

SD = "SENIOR STATE DEPARTMENT OFFICIAL"
D = "2022-01-26"
L["state-department-2022-01-26-background-briefing-written-response"] = [
 ("Thanks very much, and thanks everybody for joining. Earlier today Ambassador Sullivan delivered our written response to the Ministry of Foreign Affairs in Moscow. We have coordinated it closely with our Allies and partners, and with the Government of Ukraine, which saw the text before it went.", "us-state-department", 0, SD, "", "", 1, D),
 ("We are not going to publish the document. We think diplomacy has the best chance of succeeding if we give space for confidential talks. But I can walk you through the broad outlines.", "us-state-department", 0, SD, "", "", 1, D),
 ("First, we have been very clear, and the response is clear, that we will uphold the principle of NATO's open door. It is not for Russia, or for any other country, to decide who may apply to join the Alliance. That is a decision for NATO Allies and for the aspirant country, and no one else.", "us-state-department", 0, SD, "nato-open-door", "supports", 1, D),
 ("First, we have been very clear, and the response is clear, that we will uphold the principle of NATO's open door. It is not for Russia, or for any other country, to decide who may apply to join the Alliance. That is a decision for NATO Allies and for the aspirant country, and no one else.", "us-state-department", 0, SD, "nato-non-expansion", "rejects", 1, D),
 ("Second, on the Russian proposal that Allies pull their forces back to where they were in 1997, that is a nonstarter. We said so in Geneva and we say so in writing.", "us-state-department", 0, SD, "rollback-to-1997", "rejects", 1, D),
 ("the Russian proposal that Allies pull their forces back to where they were in 1997", "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("Where we see real room to work is on reciprocal steps. We have put forward ideas on transparency measures and on the posture of offensive systems, including whether there could be reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine. We are also prepared to discuss conditions-based arms control on intermediate-range missiles, building on the INF experience.", "us-state-department", 0, SD, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Where we see real room to work is on reciprocal steps. We have put forward ideas on transparency measures and on the posture of offensive systems, including whether there could be reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine. We are also prepared to discuss conditions-based arms control on intermediate-range missiles, building on the INF experience.", "us-state-department", 0, SD, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Where we see real room to work is on reciprocal steps. We have put forward ideas on transparency measures and on the posture of offensive systems, including whether there could be reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine. We are also prepared to discuss conditions-based arms control on intermediate-range missiles, building on the INF experience.", "us-state-department", 0, SD, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("The document reaffirms our position. We are not going to negotiate Ukraine's future over Ukraine's head. Nothing about Ukraine without Ukraine.", "us-state-department", 0, SD, "no-ukraine-membership", "rejects", 1, D),
 ("The document reaffirms our position. We are not going to negotiate Ukraine's future over Ukraine's head. Nothing about Ukraine without Ukraine.", "us-state-department", 0, SD, "nato-open-door", "supports", 1, D),
 ("I would just add that the Russians know this. We told Deputy Minister Ryabkov in Geneva that there would be no agreement to close the door, and he understood that very well.", "us-state-department", 0, SD, "nato-open-door", "supports", 1, D),
 ("I would just add that the Russians know this. We told Deputy Minister Ryabkov in Geneva that there would be no agreement to close the door, and he understood that very well.", "us-state-department", 0, SD, "nato-non-expansion", "rejects", 1, D),
 ("Look, some of the ideas we've put forward could, if we get to that point, be captured in agreements, and some of those could be legally binding. But we're not there. We are responding to their ideas, and we have our own concerns that we expect to be addressed.", "us-state-department", 0, SD, "written-legal-guarantees", "mentions", 1, D),
 ("Well, the most immediate one is the more than 100,000 Russian troops on Ukraine's borders. If Russia is serious about diplomacy, it needs to de-escalate, and the fastest way to do that is to send those forces back to their barracks.", "us-state-department", 0, SD, "russia-de-escalation", "supports", 1, D),
 ("We've also raised Russia's compliance with the Treaty on Conventional Armed Forces, its use of force in Georgia and in Crimea, and the Budapest Memorandum.", "us-state-department", 0, SD, "", "", 1, D),
 ("We are open to discussing mutual notification and constraints on exercises, on a reciprocal basis, in the NATO–Russia Council and the OSCE. What we won't do is accept limits on our Allies' territory that Russia doesn't accept on its own.", "us-state-department", 0, SD, "limit-military-exercises", "mentions", 1, D),
 ("And let me be clear, we're ready to get military channels going again. We think there is value in better military-to-military communication, including risk reduction mechanisms, and we've proposed that.", "us-state-department", 0, SD, "resume-military-dialogue", "supports", 1, D),
 ("Then we're prepared for that as well. We've been clear about the massive consequences. But I don't want to get ahead of where we are. The ball is in their court.", "us-state-department", 0, SD, "", "", 1, D),
 ("They haven't given us a timeline. Foreign Minister Lavrov told the Secretary in Geneva that they'd look at it carefully, and I expect Secretary Blinken will talk to him once they've had time to digest it.", "us-state-department", 0, SD, "", "", 1, D),
]

D = "2022-01-13"
L["polskieradio-2022-01-13-osce-rau-war-risk"] = [
 ("for some weeks now, we have been faced with the possibility of a major military escalation in Eastern Europe.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("We should focus on a peaceful resolution of the conflict in and around Ukraine,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("with full respect for the sovereignty, territorial integrity and independence of Ukraine within its internationally recognised borders.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He said that Moscow's proposals - among them a halt to the alliance's expansion and a ban on deploying attack weapons near Russia's frontier - were \"not a menu\" from which the West could pick selectively.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He said that Moscow's proposals - among them a halt to the alliance's expansion and a ban on deploying attack weapons near Russia's frontier - were \"not a menu\" from which the West could pick selectively.", "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Moscow's proposals - among them a halt to the alliance's expansion and a ban on deploying attack weapons near Russia's frontier", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow's proposals - among them a halt to the alliance's expansion and a ban on deploying attack weapons near Russia's frontier", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We will not shy away from our principles, including the right of every nation to choose its own alliances,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("\"The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,\" he said, urging Moscow to pull back its troops from the Ukrainian border.", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("Poland's deputy foreign minister Marcin Przydacz told Polish Radio's Jedynka on Thursday morning that Warsaw would not accept any arrangement that reduced the presence of allied troops on NATO's eastern flank.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, D),
 ("There is no question of going back to the situation from before our accession. Poland is a full member of NATO, and nobody in Moscow will decide where allied soldiers are stationed,", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, D),
 ("He said that Russia's demand to roll back NATO infrastructure to its 1997 lines would, in practice, create a grey zone in central Europe, and called it \"completely unacceptable\".", "marcin-przydacz", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("Russia's demand to roll back NATO infrastructure to its 1997 lines", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("a clear gap, not a compromise zone", "agnieszka-wroblewska-sowa", 1, "Dr Agnieszka Wróblewska-Sowa", "", "", 1, ""),
 ("Russia wants to freeze NATO's borders and push the alliance back, and the West is only offering talks on missiles and exercises. I do not see how those two positions meet,", "agnieszka-wroblewska-sowa", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Russia wants to freeze NATO's borders and push the alliance back, and the West is only offering talks on missiles and exercises. I do not see how those two positions meet,", "agnieszka-wroblewska-sowa", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Russia wants to freeze NATO's borders and push the alliance back, and the West is only offering talks on missiles and exercises. I do not see how those two positions meet,", "agnieszka-wroblewska-sowa", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Russia wants to freeze NATO's borders and push the alliance back, and the West is only offering talks on missiles and exercises. I do not see how those two positions meet,", "agnieszka-wroblewska-sowa", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("Russia wants to freeze NATO's borders and push the alliance back", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia wants to freeze NATO's borders and push the alliance back", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("She added that the OSCE, with its 57 members, was unlikely to become the main venue for the talks, but could be used for confidence-building measures such as notifications of military exercises.", "agnieszka-wroblewska-sowa", 1, "She", "limit-military-exercises", "mentions", 0, ""),
 ("The meeting in Vienna followed a session of the NATO-Russia Council in Brussels on Wednesday, after which NATO Secretary General Jens Stoltenberg said that allies would not compromise on core principles, including the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Russia's deputy foreign minister Alexander Grushko said after that meeting that NATO's open-door policy was not \"sacred\" for Moscow.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
]

D = "2022-02-01"
L["bbc-2022-02-02-what-does-russia-want-explainer"] = [
 ("Moscow wants Nato to rule out taking in any new members, Ukraine in particular, and it wants this to be written into international law.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants Nato to rule out taking in any new members, Ukraine in particular, and it wants this to be written into international law.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow wants Nato to rule out taking in any new members, Ukraine in particular, and it wants this to be written into international law.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("It also wants the alliance to stop military activity in Eastern Europe and to pull its forces back from countries that joined after 1997 - which would include Poland, the Baltic states and Romania.", "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("It also wants the alliance to stop military activity in Eastern Europe and to pull its forces back from countries that joined after 1997 - which would include Poland, the Baltic states and Romania.", "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("We need long-term, legally binding guarantees,", "vladimir-putin", 1, "Mr Putin", "written-legal-guarantees", "supports", 1, ""),
 ("Even though we know that they cannot be relied upon either, because the US easily withdraws from international treaties that have become uninteresting to it.", "vladimir-putin", 1, "Mr Putin", "written-legal-guarantees", "supports", 1, ""),
 ("Russia wants a ban on US intermediate-range missiles being deployed in places from which they could hit Russian territory, and it wants warships and bombers kept out of zones near each other's coasts.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Russia wants a ban on US intermediate-range missiles being deployed in places from which they could hit Russian territory, and it wants warships and bombers kept out of zones near each other's coasts.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We did not see adequate consideration of our three key demands regarding Nato expansion, the renunciation of deploying strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands regarding Nato expansion, the renunciation of deploying strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We did not see adequate consideration of our three key demands regarding Nato expansion, the renunciation of deploying strike weapons systems near Russia's borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("He suggested the West was using Ukraine as a \"tool\" to contain Russia, and painted a scenario in which Ukraine, once in Nato, tried to retake Crimea by force.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, D),
 ("Let's imagine Ukraine is a Nato member and starts these military operations. Are we supposed to go to war with the Nato bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("Nato's door is open, and remains open, and that is our commitment,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He has repeatedly said that Russia has no right to \"establish a sphere of influence\" to control its neighbours.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, ""),
 ("But Kyiv insists its path to Nato is its own choice.", "ukraine", 0, "Kyiv", "nato-open-door", "supports", 0, ""),
 ("What Moscow is asking for on Nato membership is a veto that no Western government can sign up to,", "sarah-pendleton", 1, "Dr Sarah Pendleton", "no-ukraine-membership", "mentions", 1, ""),
 ("What Moscow is asking for on Nato membership is a veto that no Western government can sign up to,", "sarah-pendleton", 1, "Dr Sarah Pendleton", "nato-non-expansion", "mentions", 1, ""),
 ("What Moscow is asking for on Nato membership", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("What Moscow is asking for on Nato membership", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The real question is whether the Kremlin will take the arms-control offers as a face-saving way out.", "sarah-pendleton", 1, "she", "", "", 1, ""),
]

D = "2022-01-21"
SQ = "We are happy to talk about exercises, about missiles, about the hotlines that have gone quiet. We are not happy to talk about Estonia or Ukraine as if they were furniture,"
L["chathamhouse-2022-01-24-russias-demands-negotiable"] = [
 ("This is a package, and we are not going to cherry-pick,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("We expect a written response to all of our proposals, including on NATO's non-expansion.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("There is no trading away the principles we are committed to uphold,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said he had made clear to Lavrov that Russia must \"de-escalate\" if diplomacy was to work.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("At the NATO–Russia Council on 12 January, Stoltenberg said allies would \"not accept\" a two-tier alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("a longer list than the Russians think", "henrik-solberg-aas", 1, "Henrik Solberg-Aas", "", "", 1, ""),
 (SQ, "henrik-solberg-aas", 1, "Solberg-Aas", "limit-military-exercises", "mentions", 1, ""),
 (SQ, "henrik-solberg-aas", 1, "Solberg-Aas", "no-intermediate-range-missiles", "mentions", 1, ""),
 (SQ, "henrik-solberg-aas", 1, "Solberg-Aas", "resume-military-dialogue", "mentions", 1, ""),
 (SQ, "henrik-solberg-aas", 1, "Solberg-Aas", "rollback-to-1997", "rejects", 1, ""),
 (SQ, "henrik-solberg-aas", 1, "Solberg-Aas", "no-ukraine-membership", "rejects", 1, ""),
 ("He said on 10 January that Russia was not interested in discussing missiles \"in isolation\" from its central security concerns, but did not rule it out.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Putin's spokesman Dmitry Peskov has insisted that the troop movements are an internal matter.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, ""),
 ("Russia moves its forces on its own territory as it sees fit and does not threaten anyone,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, ""),
]

D = "2022-01-19"
EL = "eva-maria-liimets"
P2 = "Russia has put forward demands which are in their essence unacceptable. Russia wants that NATO gives up enlargement, that the allies withdraw their forces and infrastructure from the countries which joined after 1997, including Estonia, and that Ukraine and Georgia are denied their sovereign choice. These demands we reject, and our allies reject them."
R2 = "Russia wants that NATO gives up enlargement, that the allies withdraw their forces and infrastructure from the countries which joined after 1997, including Estonia, and that Ukraine and Georgia are denied their sovereign choice."
P4 = "At the same time the allies are ready for dialogue on the topics where there is mutual interest: arms control, transparency of military exercises, risk reduction. But dialogue cannot take place under the threat of force. Russia must withdraw its troops from the border of Ukraine and choose the path of de-escalation."
K2 = "We have heard from Moscow that they want guarantees on paper, legally binding, that NATO will not move further. I ask: who gave Moscow the right to sign contracts about our security? Nobody."
KV = "Respected Chairman, respected minister! Our faction supports the allied presence and the open door. But I want to point attention to one thing. Russia says it wants that NATO does not place strike weapons near its borders, and the Americans have said they are ready to talk about missiles. We must be sure that any deal on missiles is not made at the cost of the Baltic states. The Estonian government must demand a seat at that table."
L["riigikogu-2022-01-19-foreign-minister-overview-security"] = [
 ("Honourable Chairman, honourable members of the Riigikogu! Last week there took place three rounds of talks with the Russian Federation: in Geneva between the United States and Russia, in Brussels in the NATO–Russia Council, and in Vienna in the OSCE. Estonia was informed about the course of the talks before and after each meeting, and I can say that the allied unity has been complete.", EL, 1, "Eva-Maria Liimets", "", "", 1, D),
 (P2, EL, 1, "Eva-Maria Liimets", "nato-non-expansion", "rejects", 1, D),
 (P2, EL, 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 1, D),
 (P2, EL, 1, "Eva-Maria Liimets", "no-ukraine-membership", "rejects", 1, D),
 (R2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (R2, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (R2, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The principle that every state has the right to choose its own security arrangements is not subject to negotiation. It is written into the Helsinki Final Act and the Paris Charter, which Russia has also signed. No third country can have a veto over the enlargement of NATO.", EL, 1, "Eva-Maria Liimets", "nato-open-door", "supports", 1, D),
 (P4, EL, 1, "Eva-Maria Liimets", "limit-military-exercises", "mentions", 1, D),
 (P4, EL, 1, "Eva-Maria Liimets", "russia-de-escalation", "supports", 1, D),
 ("Honourable Chairman, respected minister, dear colleagues! I want to say clearly from this rostrum: the allied battlegroup in Tapa is not a bargaining chip. The idea that the presence of allies in Estonia should be returned to the state of 1997 means in reality that Estonia would be a member of NATO of second class. This we will never accept.", "toomas-koiv", 1, "Toomas Kõiv", "rollback-to-1997", "rejects", 1, D),
 (K2, "toomas-koiv", 1, "Toomas Kõiv", "nato-non-expansion", "rejects", 1, D),
 (K2, "toomas-koiv", 1, "Toomas Kõiv", "written-legal-guarantees", "rejects", 1, D),
 ("Moscow that they want guarantees on paper, legally binding, that NATO will not move further.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow that they want guarantees on paper, legally binding, that NATO will not move further.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Dear Chairman, dear colleagues! The lesson of history for Estonia is clear. In 1939 the great powers decided over our heads, and we know what followed. Therefore any agreement between Washington and Moscow which speaks about our region without us is for us a red line.", "kadri-mannik", 1, "Kadri Männik", "", "", 1, D),
 ("I welcome the statement of the minister. But I would also say that Estonia must demand from the allies more than words. We need more air defence and a permanent presence of allied forces here, not less. If Russia demands withdrawal, our answer must be reinforcement.", "kadri-mannik", 1, "Kadri Männik", "rollback-to-1997", "rejects", 1, D),
 ("If Russia demands withdrawal", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (KV, "andres-kivirahk", 1, "Andres Kivirähk", "nato-open-door", "supports", 1, D),
 (KV, "andres-kivirahk", 1, "Andres Kivirähk", "no-strike-weapons-near-borders", "mentions", 1, D),
 (KV, "andres-kivirahk", 1, "Andres Kivirähk", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Russia says it wants that NATO does not place strike weapons near its borders", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("the Americans have said they are ready to talk about missiles", "united-states", 0, "the Americans", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Honourable Chairman, dear colleagues! I agree with the previous speakers that the sovereignty of Estonia is not negotiable. At the same time I think that the channels of communication with Russia, also military channels, should not be closed. In the Cold War also there were hotlines and this prevented accidents. It would be wise if NATO and Russia restored the contacts of the militaries.", "liina-tamm-oras", 1, "Liina Tamm-Oras", "resume-military-dialogue", "supports", 1, D),
 ("Dialogue is not a concession. Dialogue is a tool.", "liina-tamm-oras", 1, "Liina Tamm-Oras", "", "", 1, D),
 ("Thank you, honourable Chairman! I thank the members of the Riigikogu for the unanimity of this debate. I want to confirm: no decisions about Estonia will be taken without Estonia, and no decisions about Ukraine without Ukraine. This is what Secretary of State Blinken and Secretary General Stoltenberg have confirmed to me personally.", EL, 1, "Eva-Maria Liimets", "", "", 1, D),
 ("About the military contacts, I agree that risk reduction is in our interest, and Estonia supports that NATO keeps the channels open. But the restoring of the cooperation cannot mean that we forget what Russia is doing at the border of Ukraine.", EL, 1, "Eva-Maria Liimets", "resume-military-dialogue", "supports", 1, D),
]

write_gold(L, "articles-325", "gold-325")
