#!/usr/bin/env python3
"""Writes the held-out gold of batch 283 (gold-283/*.nq) from the labels below.

Batch 283 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- afp-2022-01-10-geneva-talks-no-breakthrough: AFP wire story, no front matter
  ("Issued on" line, dash crossheads, sign-off); lead with two actors, a quote
  interrupted by "Sherman said" covering two demands, a Moscow-in-passing clause,
  an analyst, 1997 Founding Act background.
- interfax-2022-01-27-lavrov-us-reply-items: Interfax English news items with
  front matter; several items with "MOSCOW. Jan 27 (Interfax) -" datelines,
  unspecified "main issue" reported speech, one quote naming two demands.
- white-house-2022-01-26-psaki-press-briefing: White House transcript (Psaki),
  front matter; MS. PSAKI / Q labels, every answer paragraph is a quotation,
  many demand-less paragraphs, Moscow's demand in passing in an answer.
- ukrinform-2022-01-13-osce-permanent-council-rau: Ukrinform story, UTF-8 BOM and
  CRLF, no front matter; "Read also" links, short embedded quotes, Kuleba quote
  with Russia's demand in passing, an analyst who condemns a demand.
- politico-europe-2022-01-13-brussels-playbook-nrc-aftermath: Politico Europe
  Brussels Playbook newsletter, front matter; bold-caps section leads, sponsor
  junk, quote after "Quote of the day:", MEPs, Bucharest "history corner".
- the-economist-2022-01-22-blinken-lavrov-geneva-analysis: The Economist
  analysis, no bylines or front matter; Mr-style names, pronoun references
  ("On those"), analysts with "says", history paragraph with a current demand.
- sputnik-2022-02-02-putin-us-ignored-concerns: Sputnik-style machine-translated
  aggregator page with cookie banner, "ALSO READ", most-read and tag junk;
  Putin's three demands twice, an analyst, description of the December drafts.

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
_lead = "Russia and the United States wrapped up nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow pressed its insistence that Ukraine never be admitted to NATO and Washington again dismissed the idea out of hand."
_moscow = "Moscow, which made its demands public on December 17 in the form of two draft treaties, wants NATO to pull forces back from the countries that joined after 1997 and to rule out deploying intermediate-range missiles within striking distance of Russia."
_sherman = "She said the two sides had discussed possible reciprocal limits on the size and scope of military exercises and on where missiles could be based in Europe, areas in which Washington saw \"potential for progress\", provided Moscow pulled its roughly 100,000 troops back from Ukraine's borders."
_orl = "But the missiles and the exercises, that is where diplomats can actually do business."
L["afp-2022-01-10-geneva-talks-no-breakthrough"] = [
 (_lead, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 (_lead, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards -- guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("The 61-year-old career diplomat said NATO should also formally disown the pledge it made at its 2008 summit in Bucharest that Ukraine and Georgia would one day join the alliance.", "sergei-ryabkov", 1, "The 61-year-old career diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("He said Russia had no plans to attack its neighbour and that the tens of thousands of troops massed near the border were on Russian soil, where Moscow was free to move them as it saw fit.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We see no reason why we should de-escalate on our own territory,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 (_moscow, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (_moscow, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("and we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 (_sherman, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 (_sherman, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (_sherman, "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("It's hard to see how you make real progress in an atmosphere of escalation and threat,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said on Monday that allies were ready to talk about arms control and transparency but would \"not compromise on core principles\", including the right of every nation to choose its own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("The Russians came to Geneva with a list they know very well the Americans cannot sign,", "tatiana-orlovskaya", 1, "Tatiana Orlovskaya", "", "", 1, ""),
 ("Rolling NATO back to where it stood in 1997 is not a negotiating position, it is a wish,", "tatiana-orlovskaya", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (_orl, "tatiana-orlovskaya", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (_orl, "tatiana-orlovskaya", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("\"Nothing about Ukraine without Ukraine,\" Ukrainian foreign ministry spokesman Oleg Nikolenko wrote on Facebook on Monday evening, saying Kyiv alone would decide its alliances.", "oleg-nikolenko", 1, "Oleg Nikolenko", "nato-open-door", "supports", 0, D),
]

D = "2022-01-27"
_lav = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
_ryab = "We continue to insist that intermediate-range missiles must not be placed where they can reach each other's territory, and this cannot be separated from the question of NATO expansion,"
L["interfax-2022-01-27-lavrov-us-reply-items"] = [
 (_lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (_lav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("gives hope for the start of a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("We will not let our proposals be drowned in endless discussions,", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("It is obvious that time is needed for analysis, and we will not rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Peskov added that Russia's demand for guarantees that NATO will not move closer to Russian borders remained fully in force and was \"not something that can be traded away.\"", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, D),
 ("One cannot say that our thoughts were taken into account or that there was any readiness to take our concerns into account,", "dmitry-peskov", 1, "the Kremlin spokesman", "", "", 1, D),
 ("Russia will not be satisfied with political declarations or a temporary freeze in place of legally binding security guarantees, Foreign Ministry spokeswoman Maria Zakharova said at a briefing on Thursday.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, D),
 ("We need legal guarantees, not a moratorium, not promises written on water that can be withdrawn the next morning,", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, D),
 ("She said Western capitals had \"a poor record\" of keeping verbal assurances, referring to the assurances given to Soviet leadership in 1990.", "maria-zakharova", 1, "She", "written-legal-guarantees", "supports", 0, D),
 ("The so-called open-door policy is a relic of bloc thinking and cannot be the foundation of European security,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("If the alliance does not pull back its forces and infrastructure to the positions of 1997, we will respond with military-technical measures,", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("This is not a threat, it is a statement of fact.", "alexander-grushko", 1, "he", "", "", 1, D),
 ("Moscow's position on intermediate-range missiles is part of a package and will not be discussed in isolation, Deputy Foreign Minister Sergei Ryabkov said.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 (_ryab, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 (_ryab, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("He said Moscow was also waiting for a clear answer on its demand that no NATO or U.S. military bases be set up in countries of the former Soviet Union that are not members of the alliance.", "sergei-ryabkov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 ("If Washington does not want to close the door to Ukraine once and for all, it will have to live with the consequences of that choice,", "viktor-zharkov", 1, "Zharkov", "no-ukraine-membership", "supports", 1, D),
 ("He said the U.S. proposals on transparency of military exercises were \"of interest, but secondary.\"", "viktor-zharkov", 1, "He", "limit-military-exercises", "mentions", 0, D),
]

D = "2022-01-26"
P = ("jen-psaki", 1, "MS. PSAKI")
_doc = "The document sets out a serious diplomatic path, should Russia choose it. It addresses areas where we believe we can make progress together: reciprocal transparency measures on military exercises and maneuvers, and a conversation about the placement of offensive missile systems in Europe. Those are things we are prepared to sit down and negotiate."
_sec = "On your second question, I think we've been pretty clear publicly and privately. We're not going to give a commitment that Ukraine will never join NATO; that is a decision for Ukraine and for the thirty members of the Alliance. No country gets a veto over that."
_two = "Well, I'd say a couple of things. One, they've just received it; I'd encourage everybody not to get ahead of where the Russians are in reviewing it. Two, Russia has said for weeks it wants NATO to pull its forces out of Eastern Europe and back behind the lines of 1997. That's not on the table, and they know it's not on the table."
L["white-house-2022-01-26-psaki-press-briefing"] = [
 ("Hi, everyone. Okay. I just have a couple of items for all of you at the top, and then we will get to your questions.", *P, "", "", 1, D),
 ("As many of you have seen, Secretary Blinken spoke a short while ago at the State Department. Earlier today, our Ambassador in Moscow, John Sullivan, delivered our written response to the Russian Ministry of Foreign Affairs. NATO is delivering its own response separately. We have consulted closely with our Allies and partners, including Ukraine, on every line of it.", *P, "", "", 1, D),
 (_doc, *P, "limit-military-exercises", "mentions", 1, D),
 (_doc, *P, "no-intermediate-range-missiles", "mentions", 1, D),
 ("It also reaffirms, as we have said from the start, the principles we will not bargain away. The door to NATO membership stays open, and it is for the Alliance and for the countries that seek to join — not for Moscow — to decide.", *P, "nato-open-door", "supports", 1, D),
 ("We're not going to make it public at this point. We believe diplomacy has a better chance to succeed if we give the Russians space to read it and consider it. That's up to them if they choose to release it.", *P, "", "", 1, D),
 (_sec, *P, "no-ukraine-membership", "rejects", 1, D),
 (_sec, *P, "nato-open-door", "supports", 1, D),
 (_two, *P, "rollback-to-1997", "rejects", 1, D),
 ("Two, Russia has said for weeks it wants NATO to pull its forces out of Eastern Europe and back behind the lines of 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("What is on the table is a pathway that could make everyone more secure. But it is very hard to have those conversations while there are a hundred thousand Russian troops on Ukraine's border. The best thing Russia can do, if it wants this to work, is to pull those forces back and de-escalate.", *P, "russia-de-escalation", "supports", 1, D),
 ("Those forces have been put on a heightened state of readiness. No decision has been made about deploying them, and I'd point you to the Department of Defense for more specifics on units.", *P, "", "", 1, D),
 ("I'd just underline that these are about reassuring our Eastern flank Allies. They are not going to Ukraine to fight.", *P, "", "", 1, D),
 ("I'm not going to get into hypotheticals or lay out exactly where the lines are. The President has been clear: if Russian military forces move across the border, there will be severe consequences.", *P, "", "", 1, D),
 ("Look, what we have provided today is in writing. That's the document. In terms of arms control arrangements, those, historically, have taken the form of agreements, and we have said we're open to discussing that with our Allies at the table. But I'm not going to get ahead of a negotiation that hasn't started.", *P, "written-legal-guarantees", "mentions", 1, D),
 ("You can ask. I'm going to disappoint you, though. It has always been the decision of any Supreme Court Justice if and when they decide to retire, and how they want to announce it. We'd certainly leave it to Justice Breyer to make any announcement, and I don't have anything more for you today.", *P, "", "", 1, D),
 ("We've been very clear, and the Germans have been clear: if Russia invades Ukraine one way or another, Nord Stream 2 will not move forward. I'll leave it at that.", *P, "", "", 1, D),
 ("We're in close touch with President Zelensky and his team, and the President will speak with him again soon. Our assessment has been consistent: the threat of a further Russian invasion is very real, and it could come at any time.", *P, "", "", 1, D),
 ("We're going to keep pursuing both tracks — diplomacy and deterrence — and the choice between them is Russia's to make.", *P, "", "", 1, D),
]

D = "2022-01-13"
_luk = "He told journalists after the meeting that Moscow's proposals were not \"a menu from which one can choose dishes\" and said Russia was waiting for concrete answers on the non-expansion of NATO and the non-deployment of strike weapons near its borders."
_carp = "We are prepared to discuss arms control, risk reduction and transparency of exercises, but we will not negotiate the principles of the Helsinki Final Act, including the right of every country to choose its alliances,"
_kul = "Russia has not received and will not receive what it wanted: no one has given it a promise that Ukraine will never join NATO,"
_vol = "According to Taras Voloshchuk, director of the Kyiv Centre for Security Studies, the Kremlin's demand to ban any NATO military cooperation with Ukraine is an attempt to leave the country defenceless."
L["ukrinform-2022-01-13-osce-permanent-council-rau"] = [
 ("Ukraine expects OSCE participating States to stand firmly behind its right to choose its own security arrangements, Ukraine's Permanent Representative to the international organizations in Vienna Yevhenii Tsymbaliuk said at the special meeting of the OSCE Permanent Council on Thursday.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "nato-open-door", "supports", 0, D),
 ("Ukraine's sovereign choice cannot be the subject of anyone's bargaining. No third country has a right to a veto on the decisions of Ukraine and of the Alliance,", "yevhenii-tsymbaliuk", 1, "Tsymbaliuk", "nato-open-door", "supports", 1, D),
 ("According to him, the Russian Federation continues to concentrate troops along the Ukrainian border and in the temporarily occupied territories, and the first step towards any real security dialogue must be the withdrawal of these forces.", "yevhenii-tsymbaliuk", 1, "him", "russia-de-escalation", "supports", 0, D),
 ("it seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("We should focus on a peaceful resolution of the conflict in and around Ukraine, with full respect for the sovereignty and territorial integrity of Ukraine within its internationally recognized borders,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (_luk, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (_luk, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("a menu from which one can choose dishes", "alexander-lukashevich", 1, "He", "", "", 1, D),
 ("We are running out of patience. The Western colleagues must understand that we need quick answers, not endless talk,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("the necessary measures to ensure its security.", "alexander-lukashevich", 1, "He", "", "", 1, D),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 (_carp, "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 1, D),
 (_carp, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 (_kul, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, ""),
 (_kul, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The Minister also called on Russia to continue diplomatic efforts and pull its troops away from the Ukrainian border instead of making ultimatums.", "dmytro-kuleba", 1, "The Minister", "russia-de-escalation", "supports", 0, ""),
 ("Moscow wanted to return Europe to the world of spheres of influence, and this week it has been told clearly that such a world will not return,", "oleksandra-hrytsenko-bilyk", 1, "the MP", "", "", 1, ""),
 (_vol, "taras-voloshchuk", 1, "Taras Voloshchuk", "no-military-activity-ex-soviet", "rejects", 0, ""),
 (_vol, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("If Ukraine cannot train with NATO instructors or buy Western weapons, it becomes a buffer zone. That is precisely the idea,", "taras-voloshchuk", 1, "the expert", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

D = "2022-01-12"
_stol = "He said allies had offered to talk about missile deployments, transparency on drills and reopening channels between militaries — and that Russia had not said yes or no."
_veto = "Russia does not have a veto on whether Ukraine can become a NATO member,"
_hoorn = "The Kremlin's demand that NATO freeze its membership for ever has to be rejected, plainly and in a resolution, so nobody in Moscow thinks Europe is wobbling,"
L["politico-europe-2022-01-13-brussels-playbook-nrc-aftermath"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "the secretary general", "", "", 1, D),
 (_stol, "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (_stol, "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (_stol, "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 (_veto, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 (_veto, "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Nor does it have the right to establish a sphere of influence to control its neighbours.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("The best way to reduce tensions is for Russia to de-escalate and withdraw the forces it has massed around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 1, D),
 ("Grushko said NATO was trying to \"contain\" Russia and that if the alliance did not stop moving towards Russia's borders, Moscow would reply with whatever it took to neutralise the threat.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("We are not going to work on a menu of choices. We need answers to all the elements of the package,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("adding that halting NATO's eastward push was \"a matter of life and death\" for Russia", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("Fomin for his part accused the alliance of staging \"provocative\" exercises near Russian territory and said they should be scaled back.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("European security is our security. We are not spectators, and there can be no talks on European security without the Europeans.", "josep-borrell", 1, "Borrell", "", "", 1, D),
 (_hoorn, "pieter-van-hoorn", 1, "Pieter van Hoorn", "nato-non-expansion", "rejects", 1, ""),
 (_hoorn, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("Any reduction of allied troops in the Baltic states to please Moscow would be a historic mistake. We asked for these forces, and they stay.", "kristiina-vaher", 1, "Kristiina Vaher", "rollback-to-1997", "rejects", 1, ""),
]

D = "2022-01-21"
_core = "Their core is a demand that NATO stop admitting new members and, in particular, that Ukraine and Georgia be kept out for good."
_lavlegal = "Mr Lavrov repeated in Geneva that Russia needs this \"in a legally binding form\", not as the sort of oral reassurance it says Western leaders gave Mikhail Gorbachev in 1990."
_open = "On those, American officials have signalled some openness."
_sec2 = "Mr Lavrov, who has called such topics \"secondary\", insisted that Russia would not accept them as a consolation prize."
_ber = "Natalia Berezovskaya, a former Russian diplomat now at the University of Geneva, notes that Moscow has complained about NATO's enlargement for a quarter of a century."
L["the-economist-2022-01-22-blinken-lavrov-geneva-analysis"] = [
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 ("but I believe we are now on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 (_core, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (_core, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (_lavlegal, "sergei-lavrov", 1, "Mr Lavrov", "written-legal-guarantees", "supports", 0, D),
 (_lavlegal, "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 0, D),
 (_lavlegal, "sergei-lavrov", 1, "Mr Lavrov", "no-ukraine-membership", "supports", 0, D),
 ("Russia also wants the alliance to withdraw troops and weapons from the countries that joined it after 1997 — in practice, from Poland, the Baltic states, Romania and Bulgaria.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("There's no trade space there,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("America, he argued, would not let any country dictate to another whom it may choose as friends.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, D),
 (_open, "united-states", 0, "American officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (_open, "united-states", 0, "American officials", "limit-military-exercises", "mentions", 0, ""),
 (_open, "united-states", 0, "American officials", "resume-military-dialogue", "mentions", 0, ""),
 (_sec2, "sergei-lavrov", 1, "Mr Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 (_sec2, "sergei-lavrov", 1, "Mr Lavrov", "limit-military-exercises", "mentions", 0, D),
 (_sec2, "sergei-lavrov", 1, "Mr Lavrov", "resume-military-dialogue", "mentions", 0, D),
 ("Mr Blinken said in Geneva that if Russia wanted to show it had no aggressive intentions, the simplest way would be to send those soldiers home.", "antony-blinken", 1, "Mr Blinken", "russia-de-escalation", "supports", 0, D),
 ("Mr Lavrov replied that Russia threatened no one and that Russian forces on Russian territory were nobody's business.", "sergei-lavrov", 1, "Mr Lavrov", "russia-de-escalation", "rejects", 0, D),
 ("If the Kremlin had wanted a deal, it would not have published its opening bid,", "oliver-hartley", 1, "Oliver Hartley", "", "", 1, ""),
 ("You do not negotiate by press release.", "oliver-hartley", 1, "Oliver Hartley", "", "", 1, ""),
 (_ber, "natalia-berezovskaya", 1, "Natalia Berezovskaya", "nato-non-expansion", "mentions", 0, ""),
 (_ber, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("What is new is the demand for signatures,", "natalia-berezovskaya", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Mr Putin no longer believes promises.", "natalia-berezovskaya", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("At Bucharest in 2008 NATO declared that Ukraine and Georgia would become members, a promise it has done nothing to fulfil and which Russia now wants formally withdrawn.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
]

D = "2022-02-01"
_acc = "According to the head of state, among these concerns is the non-expansion of NATO, the refusal to deploy strike weapon systems near the Russian borders and the return of military infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
_three = "We have not seen adequate consideration of our three key demands regarding NATO expansion, the renunciation of deployment of strike weapon systems near Russian borders and the return of the bloc's military infrastructure in Europe to the state of 1997,"
_volk = "The president did not slam the door. He says clearly: the three key demands are not answered, but the dialogue is possible. Non-expansion of NATO is for Moscow question of principle, and without legal fixation it will not go anywhere,"
_volk2 = "Volkhonsky also noted that the proposals of the West about transparency of exercises and about missiles in Europe Russia considers as \"correct but secondary topics\"."
_mfa = "Among them — the refusal of further expansion of NATO to East and the non-deployment of strike weapons near borders."
L["sputnik-2022-02-02-putin-us-ignored-concerns"] = [
 ("It is already clear now, I informed the prime minister about this, that the principal Russian concerns turned out to be ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (_acc, "vladimir-putin", 1, "the head of state", "nato-non-expansion", "supports", 0, D),
 (_acc, "vladimir-putin", 1, "the head of state", "no-strike-weapons-near-borders", "supports", 0, D),
 (_acc, "vladimir-putin", 1, "the head of state", "rollback-to-1997", "supports", 0, D),
 (_three, "vladimir-putin", 1, "the Russian leader", "nato-non-expansion", "supports", 1, D),
 (_three, "vladimir-putin", 1, "the Russian leader", "no-strike-weapons-near-borders", "supports", 1, D),
 (_three, "vladimir-putin", 1, "the Russian leader", "rollback-to-1997", "supports", 1, D),
 ("In his words, Kiev then may try to return Crimea by military way, and Russia will have to fight with NATO.", "vladimir-putin", 1, "his", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts these military operations. What, are we supposed to go to war with the NATO bloc? Has anyone given this any thought? Apparently not,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("Ukraine itself is just a tool to reach this goal,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("The State Department informed in its turn that Blinken called Russia to immediate de-escalation and withdrawal of troops and equipment from borders of Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("If it depends on Russia, there will be no war. We do not want wars. But we will not allow our interests to be rudely trampled on, to be ignored,", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-28"),
 (_volk, "gennady-volkhonsky", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (_volk, "gennady-volkhonsky", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 (_volk, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (_volk2, "gennady-volkhonsky", 1, "Volkhonsky", "limit-military-exercises", "mentions", 0, ""),
 (_volk2, "gennady-volkhonsky", 1, "Volkhonsky", "no-intermediate-range-missiles", "mentions", 0, ""),
 (_mfa, "russian-foreign-ministry", 0, "the Russian MFA", "nato-non-expansion", "supports", 0, ""),
 (_mfa, "russian-foreign-ministry", 0, "the Russian MFA", "no-strike-weapons-near-borders", "supports", 0, ""),
]

write_gold(L, "articles-283", "gold-283")
