#!/usr/bin/env python3
"""Writes the held-out gold of batch 337 (gold-337/*.nq) from the labels below.

Batch 337 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-12-grushko-nato-russia-council: Bloomberg wire story with
  front matter, bullet standfirst, crosshead; interrupted quotes, "the veteran
  diplomat", Founding Act history, Moscow's demand in Stoltenberg's sentence.
- ria-novosti-2022-01-27-lavrov-answer-us: RIA Novosti in machine translation,
  no front matter, « » quotes with "- he said", READ ALSO line, nested "on
  Wednesday evening" dates, an MGIMO analyst who only mentions.
- state-department-2022-01-08-background-briefing-geneva: State Department
  background call transcript; anonymous official (us-state-department),
  MODERATOR/QUESTION labels, offers to discuss = mentions.
- kyiv-independent-2022-01-21-explainer-what-russia-wants: Kyiv Independent
  explainer, question crossheads, Read also lines, Bucharest history, short
  interrupted quotes, Washington/NATO reported together.
- foreign-affairs-2022-02-03-putins-paper-ultimatum: Foreign Affairs essay
  excerpt; author's own prose unlabelled, Baker/Gorbachev history, quote
  fragments inside reported speech, December with no day.
- wilson-center-2022-01-28-expert-qa-written-answers: Wilson Center expert
  Q&A with dashes; every answer paragraph one quotation; expert with own
  stances on some demands; nested reports of Lavrov/Ryabkov.
- european-parliament-2022-01-19-plenary-security-situation: EP verbatim
  plenary record (UTF-8 BOM, CRLF); speaker label lines, each speech paragraph
  one quotation; MEPs of every side, Putin's/Kremlin's demands in passing.

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
s1 = "NATO Secretary-General Jens Stoltenberg said allies and Russia had “significant differences” that would not be easy to bridge, including Moscow's insistence that the bloc withdraw its battlegroups from the Baltic states and Poland."
s2 = "What Moscow wants is a written promise that the door is closed for Ukraine and Georgia, and the allies simply cannot give that,"
s3 = "And Russia does not get a veto over whether Ukraine becomes a NATO member."
s4 = "He said allies were ready to sit down with Russia on arms control, on limits for land-based missiles in Europe and on more transparency about military exercises, and had proposed a series of further meetings."
s5 = "It is absolutely essential for us that the eastward movement of the alliance stops, and we need this fixed in law, not in assurances,"
s6 = "We will not slam the door shut on NATO's open-door policy, which has always been central to the alliance,"
L["bloomberg-2022-01-12-grushko-nato-russia-council"] = [
 ("If NATO moves to a policy of containment, we will respond with counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("If it is deterrence, there will be counter-deterrence.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 (s5, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 (s5, "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("The veteran diplomat, a former ambassador to NATO, said Russia also wanted the alliance to pull back the forces and infrastructure it had moved onto the territory of members that joined after 1997.", "alexander-grushko", 1, "The veteran diplomat", "rollback-to-1997", "supports", 0, D),
 ("He described the request as a return to the balance agreed in the NATO-Russia Founding Act.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("We are not going to stretch this out for months while weapons that can reach Moscow in minutes come closer to our borders,", "alexander-grushko", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (s1, "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "mentions", 0, D),
 (s1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("No one can deny Ukraine's sovereign right to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (s3, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (s3, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 (s4, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (s4, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Stoltenberg also called on Moscow to pull back its forces and to de-escalate around Ukraine.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("The risk of a new armed conflict in Europe is real,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation in Geneva and also attended in Brussels, said Russia had been told that the allies' open-door policy was not up for negotiation.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 (s6, "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (s6, "wendy-sherman", 1, "she", "nato-non-expansion", "rejects", 1, D),
 ("Investors were pricing a small chance of a breakthrough this week, and that chance is now closer to zero,", "piotr-malinowski", 1, "Piotr Malinowski", "", "", 1, D),
 (s2, "mikael-strand", 1, "he", "no-ukraine-membership", "mentions", 1, D),
 (s2, "mikael-strand", 1, "he", "written-legal-guarantees", "mentions", 1, D),
 (s2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 (s2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
]

r1 = "There is no positive reaction on the main question in this document. The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which can threaten the territory of the Russian Federation"
r2 = "According to him, the Russian side insists that it receives exactly juridical guarantees, and not political declarations which can be forgotten by the next administration."
r3 = "At the same time, the diplomat recognized that the American side is ready to discuss questions of deployment of medium and shorter range missiles and of the restriction of exercises."
r4 = "These are topics on which it is possible to work, we said this in Geneva also"
r5 = "The so-called open doors policy is not a dogma given from above, it is a political instrument which the alliance uses to absorb territories closer to our border"
r6 = "Zakharova also stressed that Moscow expects the return of the alliance to the configuration which was existing on 1997, when the Founding Act Russia-NATO was signed."
r7 = "On the non-proliferation of the missiles and on the exercises one can agree, but on the question of Ukraine in NATO Washington is not going to move even one step"
r8 = "In the opinion of the political scientist, the key problem is that the Russian draft proposed to fix in the treaty the renunciation of any military activity of the alliance on territory of Ukraine and other states of the former USSR which are not members of NATO, and the West categorically does not accept this point."
r9 = "The official representative of Foreign Ministry Maria Zakharova, in her turn, commented on the statements of the US Secretary of State Antony Blinken that the \"open door\" policy of the alliance is not subject to revision."
W = "2022-01-26"
L["ria-novosti-2022-01-27-lavrov-answer-us"] = [
 (r1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (r1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It is obvious that on the basic concerns which we have formulated, we do not see that they were taken into account", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 (r2, "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, W),
 (r2, "russia", 0, "the Russian side", "written-legal-guarantees", "supports", 0, W),
 ("We need guarantees which have legal force, on paper, with signatures. Promises of the type of those which were given to Gorbachev do not work", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, W),
 (r3, "sergei-ryabkov", 1, "the diplomat", "no-intermediate-range-missiles", "mentions", 0, W),
 (r3, "sergei-ryabkov", 1, "the diplomat", "limit-military-exercises", "mentions", 0, W),
 (r4, "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, W),
 (r4, "sergei-ryabkov", 1, "he", "limit-military-exercises", "mentions", 1, W),
 (r9, "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "mentions", 0, ""),
 (r9, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (r5, "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, ""),
 (r5, "maria-zakharova", 1, "she", "nato-non-expansion", "supports", 1, ""),
 (r6, "maria-zakharova", 1, "Zakharova", "rollback-to-1997", "supports", 0, ""),
 (r6, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The military infrastructure which was moved to the East after that year must be withdrawn", "maria-zakharova", 1, "she", "rollback-to-1997", "supports", 1, ""),
 ("Blinken on Wednesday at the press conference in Washington said that the answer «sets out a serious diplomatic path» and that the USA is ready to discuss with Russia reciprocal measures of transparency, but the principles, including the right of countries to choose allies, are not subject to discussion.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, W),
 ("classic answer of the type yes, but", "vladimir-kozhin", 1, "Vladimir Kozhin", "", "", 1, ""),
 (r7, "vladimir-kozhin", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (r7, "vladimir-kozhin", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (r7, "vladimir-kozhin", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 (r8, "vladimir-kozhin", 1, "the political scientist", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (r8, "russia", 0, "the Russian draft", "no-military-activity-ex-soviet", "supports", 0, ""),
]

O = "us-state-department"
N = "SENIOR STATE DEPARTMENT OFFICIAL"
S = "2022-01-08"
a3 = "On some of the proposals the Russians have put forward, there are areas where we can make progress. We are open, for example, to talking about the future of certain missile systems in Europe, along the lines of the old INF Treaty, and we are prepared to explore reciprocal limits on the size and scope of exercises. Those would have to be reciprocal, and Russia would have to make commitments as well."
a4 = "But other things are simply non-starters. We will not agree to a commitment that NATO stops admitting new members. The decision on who joins the alliance belongs to NATO and to the country that wants to join, and to nobody else."
L["state-department-2022-01-08-background-briefing-geneva"] = [
 ("Thanks very much. So as you know, Deputy Secretary Sherman will lead our delegation to Geneva, where we will meet the Russian delegation headed by Deputy Foreign Minister Ryabkov on Monday. Then the NATO-Russia Council meets in Brussels on Wednesday, and the OSCE Permanent Council in Vienna on Thursday.", O, 0, N, "", "", 1, S),
 ("Let me be clear about one thing at the outset. We will not be discussing the future of Ukraine without Ukraine, and we will not be discussing European security without our European allies. Nothing about you without you.", O, 0, N, "", "", 1, S),
 (a3, O, 0, N, "no-intermediate-range-missiles", "mentions", 1, S),
 (a3, O, 0, N, "limit-military-exercises", "mentions", 1, S),
 (a4, O, 0, N, "nato-non-expansion", "rejects", 1, S),
 (a4, O, 0, N, "nato-open-door", "supports", 1, S),
 ("We are also not going to talk about the force posture of our allies in the eastern flank as if it were something to be handed back. That is not on the table.", O, 0, N, "rollback-to-1997", "rejects", 1, S),
 ("This is a conversation. Monday is an exchange of views; it is not a negotiation where anybody is going to sign a piece of paper. If there is progress, things can eventually be written down, but I would not expect any documents out of Geneva.", O, 0, N, "written-legal-guarantees", "mentions", 1, S),
 ("They have not. And I want to be very direct: it is very hard to make real progress at the table while there is a gun pointed at Ukraine's head. We want to see de-escalation. We want to see those forces go back to their barracks.", O, 0, N, "russia-de-escalation", "supports", 1, S),
 ("If Russia chooses escalation instead, we have been very clear with our allies about the massive consequences, the financial sanctions, the export controls, the reinforcement of NATO's eastern flank, that would follow.", O, 0, N, "", "", 1, S),
 ("We've seen Deputy Foreign Minister Ryabkov's comments that Moscow won't sit at the table forever. We're not setting artificial deadlines. Diplomacy takes time. You don't resolve in a week issues that have been building for years.", O, 0, N, "", "", 1, S),
 ("Look, Ukraine is a sovereign country. Its partnerships with the United States and with other countries are its own business. We are not going to agree to a sphere of influence where Moscow decides who can cooperate with whom.", O, 0, N, "no-military-activity-ex-soviet", "rejects", 1, S),
 ("I think risk reduction is something both sides have an interest in. Better communication between our militaries, to avoid accidents and miscalculation, is one of the things we would be willing to look at.", O, 0, N, "resume-military-dialogue", "mentions", 1, S),
 ("Absolutely. The Deputy Secretary will be in touch with Ukrainian colleagues right after the meeting, and Secretary Blinken has spoken with Foreign Minister Kuleba several times this week.", O, 0, N, "", "", 1, S),
]

K = "2022-01-21"
k1 = "Both Washington and NATO have said they are willing to talk about where intermediate-range missiles are deployed and about mutual limits on large exercises."
k2 = "The Kremlin will take whatever arms-control concessions it can get, pocket them, and still insist on the main thing – that Ukraine stays out of NATO forever,"
k3 = "The right of Ukraine to seek NATO membership is not a subject for bargaining with Russia."
L["kyiv-independent-2022-01-21-explainer-what-russia-wants"] = [
 ("We expect a written answer, point by point, to our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, K),
 ("We did not agree on anything today, and we did not plan to.", "sergei-lavrov", 1, "Lavrov", "", "", 1, K),
 ("He repeated that the return of NATO infrastructure to the 1997 lines was “an integral part” of the Russian package.", "sergei-lavrov", 1, "He", "rollback-to-1997", "supports", 0, K),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "he", "", "", 1, K),
 ("Blinken said the U.S. had told Russia once more that the alliance's door will stay open.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, K),
 ("There are principles that we are committed to uphold, including the right of countries to choose their own alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, K),
 ("That is not negotiable.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, K),
 ("to pull back its forces from Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 1, K),
 ("Russia now wants that promise formally withdrawn.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov has said the Bucharest formula must be “disavowed” by the alliance.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 ("Ukraine will not accept any agreement about us made without us,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, K),
 (k3, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, K),
 (k3, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, K),
 ("Oleksandr Merezhko, a lawmaker from Zelensky's Servant of the People party who chairs the parliament's foreign affairs committee, told the Kyiv Independent that any deal closing NATO's door would reward aggression.", "oleksandr-merezhko", 1, "Oleksandr Merezhko", "nato-non-expansion", "rejects", 0, ""),
 ("If the West signs such a guarantee, Putin will come back the next year with a new list,", "oleksandr-merezhko", 1, "Merezhko", "nato-non-expansion", "rejects", 1, ""),
 (k1, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (k1, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (k1, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, ""),
 (k1, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
 (k2, "hanna-shelest", 1, "Shelest", "no-ukraine-membership", "mentions", 1, ""),
 (k2, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 1, ""),
]

P = "2022-02-01"
f1 = "He listed them: no further NATO enlargement, no deployment of strike weapon systems near Russia's borders, and the return of the alliance's military infrastructure in Europe to where it stood in 1997."
f2 = "Foreign Minister Sergei Lavrov made the point again on January 28, telling Russian radio stations that the West had “deceived” Russia in the 1990s and that this time Moscow wanted commitments “with signatures, ratified.”"
f3 = "According to officials familiar with it, Washington offered talks on reciprocal restrictions on ground-launched missiles in Europe, on transparency for exercises, and on a mechanism to verify that no Tomahawk cruise missiles are deployed at the Aegis Ashore sites in Romania and Poland."
f4 = "Deputy Foreign Minister Sergei Ryabkov said in December that Moscow needed “ironclad, waterproof, bulletproof, legally binding guarantees,” not “assurances, not safeguards.”"
L["foreign-affairs-2022-02-03-putins-paper-ultimatum"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, P),
 (f1, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, P),
 (f1, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, P),
 (f1, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, P),
 ("Ukraine's membership in NATO, we are told, is not going to happen tomorrow,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, P),
 ("but they do not say it will never happen, and that is what we need to hear.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, P),
 (f2, "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 (f2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 (f3, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (f3, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("NATO, in its own letter, proposed restoring the military liaison missions and reopening channels between commanders.", "nato", 0, "NATO", "resume-military-dialogue", "supports", 0, ""),
 ("We are ready to listen to Russia's concerns and to take part in a real conversation,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("But we cannot compromise on the core principles on which the security of our alliance, and of Europe, rests.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("Michael Carpenter, the U.S. ambassador to the OSCE, warned against precisely this kind of bargain in Vienna on January 13.", "michael-carpenter", 1, "Michael Carpenter", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("We will not accept a Europe divided into spheres of influence,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Russian officials have already signalled that a moratorium would not satisfy them.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 (f4, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (f4, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Russians will tell you the missile talk is secondary,", "fyodor-voitolovsky", 1, "Fyodor Voitolovsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("But if you ask them privately, they will also tell you that the missiles are what keeps their generals awake.", "fyodor-voitolovsky", 1, "Fyodor Voitolovsky", "no-intermediate-range-missiles", "mentions", 1, ""),
]

E = "elena-vasquez-hartley"
V = "Dr. Elena Vasquez-Hartley"
Q = "2022-01-28"
w1 = "The document itself hasn't been published, but Secretary Blinken described the outline pretty clearly on Wednesday. It says no to the two things Moscow cared about most: a treaty-level ban on further NATO enlargement, and a pullback of allied forces from the countries that joined after 1997. At the same time it offers a menu of things the two sides could work on – missiles, exercises, risk reduction."
w2 = "It's real. No American administration could put its name to a document that tells Kyiv or Tbilisi they can never apply. Personally, I think that is the right call: the day you give Moscow a veto over who joins, you have told every small country in Europe that its security depends on the Kremlin's mood."
w3 = "That doesn't mean Ukraine is joining anytime soon. Everybody knows it isn't. But that's a different thing from writing it into a treaty."
w4 = "From their point of view, yes. Lavrov said on Thursday that there was “no positive response” on the main issue, which for them is non-expansion. And Peskov was careful: he said the Kremlin would take its time. That's a sign they haven't decided what to do with it."
w4l = "Lavrov said on Thursday that there was “no positive response” on the main issue, which for them is non-expansion."
w5 = "Note also how the Russian side talks about form. Ryabkov keeps repeating that they want guarantees in a legally binding treaty, not a political statement. I have some sympathy with the instinct – I spent years negotiating binding texts – but you can't make a treaty out of a demand the other side will never accept."
w5r = "Ryabkov keeps repeating that they want guarantees in a legally binding treaty, not a political statement."
w6 = "A great deal, actually. The INF Treaty died in 2019, and since then there has been nothing stopping either side from putting intermediate-range missiles back in Europe. Moscow floated a moratorium back in 2019. The U.S. answer reportedly proposes reciprocal commitments on ground-launched systems and a transparency mechanism for the Aegis Ashore sites. If both sides wanted a deal, this is where they'd start."
w7 = "Putin's own reaction. So far he has been quiet. If he says the answers ignored Russia's core concerns but leaves the door open to talks on secondary issues, that's a signal diplomacy continues. If he stresses the 1997 line and the Bucharest declaration, that is a signal he is building a case."
w8 = "Also watch Lavrov's letters to OSCE capitals on the “indivisibility of security.” That's Moscow trying to turn a principle into an argument against the open door."
L["wilson-center-2022-01-28-expert-qa-written-answers"] = [
 (w1, E, 1, V, "nato-non-expansion", "mentions", 1, Q),
 (w1, E, 1, V, "rollback-to-1997", "mentions", 1, Q),
 (w1, E, 1, V, "written-legal-guarantees", "mentions", 1, Q),
 (w1, E, 1, V, "no-intermediate-range-missiles", "mentions", 1, Q),
 (w1, E, 1, V, "limit-military-exercises", "mentions", 1, Q),
 (w1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (w1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (w1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("I would call it a very traditional American answer. It says: our principles are not for sale, but we are serious about the rest.", E, 1, V, "", "", 1, Q),
 (w2, E, 1, V, "nato-open-door", "supports", 1, Q),
 (w2, E, 1, V, "no-ukraine-membership", "rejects", 1, Q),
 (w3, E, 1, V, "no-ukraine-membership", "mentions", 1, Q),
 (w3, E, 1, V, "written-legal-guarantees", "mentions", 1, Q),
 (w4, E, 1, V, "nato-non-expansion", "mentions", 1, Q),
 (w4l, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 (w4l, "russia", 0, "them", "nato-non-expansion", "supports", 0, ""),
 (w5, E, 1, V, "written-legal-guarantees", "mentions", 1, Q),
 (w5r, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (w6, E, 1, V, "no-intermediate-range-missiles", "mentions", 1, Q),
 ("My own view is that a verifiable ban on these missiles in Europe would serve American and European security, not just Russia's. We shouldn't treat it as a concession.", E, 1, V, "no-intermediate-range-missiles", "supports", 1, Q),
 ("Snap drills near borders are one of the most destabilizing things either side does. Limits on scale, advance notice, observers – that's Vienna Document territory, and it should be updated anyway.", E, 1, V, "limit-military-exercises", "supports", 1, Q),
 ("Not by itself. The Russians have well over 100,000 troops around Ukraine and are bringing more into Belarus. Washington and Brussels have said clearly that Russia needs to pull those forces back if diplomacy is to work, and I agree with them. Arms control can't happen while one side is holding a gun.", E, 1, V, "russia-de-escalation", "supports", 1, Q),
 (w7, E, 1, V, "rollback-to-1997", "mentions", 1, Q),
 (w7, E, 1, V, "rescind-bucharest-2008", "mentions", 1, Q),
 (w8, E, 1, V, "nato-open-door", "mentions", 1, Q),
 (w8, "russia", 0, "Moscow", "nato-open-door", "rejects", 1, ""),
]

B = "josep-borrell-fontelles"
BN = "Josep Borrell Fontelles"
EP = "2022-01-19"
e3 = "Russia has put on the table two draft treaties that would, in fact, return us to the logic of spheres of influence. Moscow wants a commitment that NATO will not take in any new member, and that there will be no Western military cooperation with countries like Ukraine and Georgia. These are not acceptable. Sovereign states have the right to choose their own security arrangements, and this is the foundation of the European security order."
e6 = "Madam President, Mr High Representative, the Kremlin is trying to rewrite the end of the Cold War. What Mr Putin is demanding is that NATO pulls its troops out of my country, Lithuania, and out of Poland, Estonia and Latvia. We will never accept second-class membership in the Alliance."
e9 = "Madam President, we keep hearing Moscow say it wants legally binding guarantees and it wants them now, in writing, within weeks. Colleagues, that is not diplomacy; that is an ultimatum delivered with tanks. I ask the High Representative: what will the EU do if Russia rejects the Western answer?"
e11 = "Madam President, neutrality imposed by an aggressor is not neutrality, it is subjugation. The Kremlin also demands that no missiles and no allied aircraft be deployed anywhere near its borders. This would leave the eastern flank defenceless. We must reinforce, not retreat."
L["european-parliament-2022-01-19-plenary-security-situation"] = [
 ("Madam President, honourable Members, last week I was in eastern Ukraine, at the contact line, and I can tell you that the tension is palpable. Russia has concentrated more than 100 000 troops, with heavy equipment, around Ukraine. This is not a normal situation.", B, 1, BN, "", "", 1, EP),
 ("We call on Russia to de-escalate, to withdraw these forces and to engage in a meaningful dialogue. Every military escalation will have massive consequences and severe costs.", B, 1, BN, "russia-de-escalation", "supports", 1, EP),
 (e3, B, 1, BN, "nato-non-expansion", "rejects", 1, EP),
 (e3, B, 1, BN, "no-military-activity-ex-soviet", "rejects", 1, EP),
 (e3, B, 1, BN, "nato-open-door", "supports", 1, EP),
 (e3, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (e3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("I also want to say very clearly: there can be no discussion about European security without the Europeans. The European Union is not a spectator. We are coordinating every step with the United States and with NATO, and the Americans have assured us of that.", B, 1, BN, "", "", 1, EP),
 ("At the same time, we are ready to discuss issues like arms control and transparency of military exercises, on a reciprocal basis, in the OSCE and elsewhere. Dialogue is not a concession.", B, 1, BN, "limit-military-exercises", "mentions", 1, EP),
 (e6, "rasa-jukneviciene", 1, "Rasa Juknevičienė", "rollback-to-1997", "rejects", 1, EP),
 (e6, "vladimir-putin", 1, "Mr Putin", "rollback-to-1997", "supports", 1, ""),
 ("Let us not forget that Russia signed the Helsinki Final Act and the Paris Charter, in which every state is free to choose its alliances.", "rasa-jukneviciene", 1, "Rasa Juknevičienė", "nato-open-door", "supports", 1, EP),
 ("Madam President, the only language Putin understands is unity. The European Union must be ready with sanctions before, not after, an attack. And we must be clear that Ukraine's path towards the Euro-Atlantic community is a decision for Ukrainians alone.", "tonino-picula", 1, "Tonino Picula", "nato-open-door", "supports", 1, EP),
 (e9, "hilde-vautmans", 1, "Hilde Vautmans", "written-legal-guarantees", "rejects", 1, EP),
 (e9, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("Madam President, I would like to say something that is unpopular in this House. Russia has legitimate security interests. NATO promised in 1990 not to expand, and it expanded five times. Why should we refuse to discuss neutrality for Ukraine? A neutral Ukraine would be a bridge, not a battlefield.", "thierry-mariani", 1, "Thierry Mariani", "no-ukraine-membership", "supports", 1, EP),
 (e11, "anna-fotyga", 1, "Anna Fotyga", "no-ukraine-membership", "rejects", 1, EP),
 (e11, "anna-fotyga", 1, "Anna Fotyga", "no-strike-weapons-near-borders", "rejects", 1, EP),
 (e11, "anna-fotyga", 1, "Anna Fotyga", "no-warships-aircraft-in-strike-range", "rejects", 1, EP),
 (e11, "russia", 0, "The Kremlin", "no-strike-weapons-near-borders", "supports", 1, ""),
 (e11, "russia", 0, "The Kremlin", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("Madam President, escalation on all sides is dangerous. We need disarmament, not more weapons. The Union should push for a new treaty banning intermediate-range missiles in Europe, which would serve the security of all Europeans.", "ozlem-demirel", 1, "Özlem Demirel", "no-intermediate-range-missiles", "supports", 1, EP),
 ("Madam President, thank you for this debate. I think there is a very large majority in this House that agrees on the essentials.", B, 1, BN, "", "", 1, EP),
 ("To Mr Mariani I say: the choice of Ukraine is for Ukraine, not for Moscow and not for this House.", B, 1, BN, "nato-open-door", "supports", 1, EP),
]

write_gold(L, "articles-337", "gold-337")
