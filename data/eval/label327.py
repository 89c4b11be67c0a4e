#!/usr/bin/env python3
"""Writes the held-out gold of batch 327 (gold-327/*.nq) from the labels below.

Batch 327 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-27-us-nato-written-replies-moscow: Financial Times story with front
  matter, curly quotes; Blinken/Stoltenberg/Lavrov on the 26 January replies,
  quotations ending on the closing mark after the full stop, Baker-Gorbachev and
  Founding Act background, an analyst quoting what "the Kremlin wanted".
- themoscowtimes-2022-01-10-ryabkov-geneva-never-ever: The Moscow Times story, no
  front matter, "Jan. 10, 2022" dateline, photo caption, "Read more" link; Ryabkov
  and Sherman after Geneva, reported speech over two sentences, "he added",
  quotations interrupted by "he said", a Moscow analyst on a moratorium.
- eeas-2022-01-13-borrell-gymnich-brest-press-remarks: EEAS transcript of Borrell's
  press remarks (Brest, 13/01/2022), opening statement and "Q." questions with
  unlabelled answers; every answer paragraph is a quotation, most about no demand.
- unian-2022-02-01-kuleba-nato-membership-kremlin-no-vote: UNIAN in machine
  translation, UTF-8 BOM and CRLF, « » quotes with "– said X", Putin's three
  "key demands" of 1 February, Kuleba, a military expert, "We remind" background.
- france24-2022-01-21-blinken-lavrov-geneva-keep-talking: France 24 story with front
  matter, caption, "Read more"; Blinken-Lavrov in Geneva, Russian MFA on Romania
  and Bulgaria, Romania and Bulgaria rejecting it, an IFRI analyst.
- atlanticcouncil-2022-01-14-experts-react-week-of-talks: Atlantic Council expert
  roundup, no front matter; three experts' signed paragraphs (each one quotation,
  dated the publication day), demands attributed to Moscow inside them, bio lines.
- usosce-2022-01-13-carpenter-permanent-council-security-guarantees: US Mission to
  the OSCE statement as delivered by Carpenter, each paragraph one quotation;
  reports Russia's demands and rejects them, offers talks, calls for de-escalation.

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
E = "2022-01-27"
L["ft-2022-01-27-us-nato-written-replies-moscow"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of countries to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He said Washington was ready to discuss reciprocal limits on where offensive missiles could be stationed in Europe and on the scale of military exercises, but that any progress depended on Russia pulling back the more than 100,000 troops it has massed on Ukraine's borders.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said Washington was ready to discuss reciprocal limits on where offensive missiles could be stationed in Europe and on the scale of military exercises, but that any progress depended on Russia pulling back the more than 100,000 troops it has massed on Ukraine's borders.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said Washington was ready to discuss reciprocal limits on where offensive missiles could be stationed in Europe and on the scale of military exercises, but that any progress depended on Russia pulling back the more than 100,000 troops it has massed on Ukraine's borders.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Jens Stoltenberg, Nato's secretary-general, said the alliance had sent a separate paper proposing to reopen the two sides' missions in Moscow and Brussels and to restore military-to-military hotlines that fell silent last year.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the core principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, ""),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, E),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, E),
 ("the start of a serious conversation on secondary issues", "sergei-lavrov", 1, "He", "", "", 1, E),
 ("Russia's draft treaty with the US, published on December 17, demanded that Nato rule out membership for Ukraine and withdraw forces and weapons from the countries that joined the alliance after 1997, a list that would include Poland, the Baltic states and Romania.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia's draft treaty with the US, published on December 17, demanded that Nato rule out membership for Ukraine and withdraw forces and weapons from the countries that joined the alliance after 1997, a list that would include Poland, the Baltic states and Romania.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The Kremlin wanted a written promise that Ukraine would never join, and that is the one thing Washington could never sign,", "rupert-hallworth", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin wanted a written promise that Ukraine would never join, and that is the one thing Washington could never sign,", "rupert-hallworth", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("The Kremlin wanted a written promise that Ukraine would never join, and that is the one thing Washington could never sign,", "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 1, ""),
 ("The Kremlin wanted a written promise that Ukraine would never join, and that is the one thing Washington could never sign,", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 1, ""),
 ("What it got instead is an arms-control menu from the 1980s.", "rupert-hallworth", 1, "he", "", "", 1, ""),
]

M = "2022-01-10"
L["themoscowtimes-2022-01-10-ryabkov-geneva-never-ever"] = [
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, M),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, M),
 ("Ryabkov described the U.S. approach as \"serious\" but said he saw no grounds for optimism on the issue Moscow considers key, a halt to the alliance's eastward expansion.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, M),
 ("Ryabkov described the U.S. approach as \"serious\" but said he saw no grounds for optimism on the issue Moscow considers key, a halt to the alliance's eastward expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The veteran diplomat also brushed aside Western calls for Russia to withdraw the estimated 100,000 troops it has gathered within reach of Ukraine's border.", "sergei-ryabkov", 1, "The veteran diplomat", "russia-de-escalation", "rejects", 0, M),
 ("Moving forces around Russia's own territory was nobody else's business, he added.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, M),
 ("We have no intention to attack Ukraine, and there is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, M),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, M),
 ("Sherman said the U.S. was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, as long as any restrictions applied to both sides.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, M),
 ("Sherman said the U.S. was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, as long as any restrictions applied to both sides.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, M),
 ("If Russia is serious about diplomacy, it should de-escalate and send those troops back to their barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, M),
 ("Moscow handed Washington and NATO two draft documents in December that also seek to keep U.S. and allied troops out of former Soviet republics that are not members of the alliance, and to bar intermediate-range missiles from areas within striking distance of each other's territory.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Moscow handed Washington and NATO two draft documents in December that also seek to keep U.S. and allied troops out of former Soviet republics that are not members of the alliance, and to bar intermediate-range missiles from areas within striking distance of each other's territory.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The two sides are talking past each other: Moscow wants a new map of Europe, Washington wants a new set of confidence-building measures,", "andrei-svetlichny", 1, "Andrei Svetlichny", "", "", 1, ""),
 ("Svetlichny said he did not expect Washington to agree to a formal ban on NATO membership for Ukraine, but suggested a moratorium of several years could emerge as a face-saving compromise.", "andrei-svetlichny", 1, "Svetlichny", "no-ukraine-membership", "mentions", 0, ""),
 ("Svetlichny said he did not expect Washington to agree to a formal ban on NATO membership for Ukraine, but suggested a moratorium of several years could emerge as a face-saving compromise.", "andrei-svetlichny", 1, "Svetlichny", "written-legal-guarantees", "mentions", 0, ""),
 ("A moratorium is the only kind of guarantee the Americans can give without going to the Senate,", "andrei-svetlichny", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Whether the Kremlin would accept something so temporary is another question.", "andrei-svetlichny", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Ryabkov, for his part, has repeatedly said Russia will not accept any moratorium and that nothing less than a legally binding treaty will do.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("We need to see whether there is readiness on the other side to take our concerns seriously,", "sergei-ryabkov", 1, "he", "", "", 1, M),
 ("If not, we will draw conclusions.", "sergei-ryabkov", 1, "he", "", "", 1, M),
]

B = "2022-01-13"
JB = ("josep-borrell", 1, "Josep Borrell")
L["eeas-2022-01-13-borrell-gymnich-brest-press-remarks"] = [
 ("Bonjour, good afternoon. We have just finished this informal meeting of Foreign Affairs Ministers here in Brest, and I want to thank the French Presidency and my friend Jean-Yves Le Drian for the excellent organisation and the warm hospitality.", *JB, "", "", 1, B),
 ("We had a long and, I would say, very substantive discussion on Russia and on European security, in the light of the series of meetings that took place this week: the Strategic Stability Dialogue in Geneva on Monday, the NATO-Russia Council in Brussels yesterday, and the OSCE Permanent Council this morning in Vienna.", *JB, "", "", 1, B),
 ("Let me be very clear: any discussion about European security has to include the Europeans. Not as spectators, not as a menu on somebody else's table, but as participants. Security in Europe is not something to be settled between two powers over our heads.", *JB, "", "", 1, B),
 ("The principles are not negotiable. Every country has the sovereign right to choose its alliances, and nobody — nobody — can claim a veto over the decisions of others. We will not go back to a world of spheres of influence.", *JB, "nato-open-door", "supports", 1, B),
 ("At the same time, we are ready to talk. There are things that can be discussed, on the basis of reciprocity: transparency and limits on military exercises, risk reduction, confidence-building. But this cannot happen with a gun on the table.", *JB, "limit-military-exercises", "mentions", 1, B),
 ("And the first step has to be de-escalation. More than 100,000 troops are massed along the Ukrainian border. If Russia wants us to believe that it is serious about diplomacy, it has to pull them back.", *JB, "russia-de-escalation", "supports", 1, B),
 ("Ministers also agreed — and this was unanimous — that any further military aggression against Ukraine will have massive consequences and severe costs. We are working on it, in close coordination with our partners, and we will be ready to act.", *JB, "", "", 1, B),
 ("No, I would not say that. Diplomacy takes time, and it is normal that after a first round positions remain far apart. Mr Ryabkov talks about a dead end, but the week has shown that there are areas where we can work together.", *JB, "", "", 1, B),
 ("What we cannot accept is Moscow's ultimatum: sign a treaty guaranteeing that Ukraine will never be part of NATO, or else. This is not the way to negotiate among equals, and it is not the way the European security order was built.", *JB, "no-ukraine-membership", "rejects", 1, B),
 ("What we cannot accept is Moscow's ultimatum: sign a treaty guaranteeing that Ukraine will never be part of NATO, or else. This is not the way to negotiate among equals, and it is not the way the European security order was built.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 1, ""),
 ("What we cannot accept is Moscow's ultimatum: sign a treaty guaranteeing that Ukraine will never be part of NATO, or else. This is not the way to negotiate among equals, and it is not the way the European security order was built.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("We are not sidelined. We are coordinating with the United States at every step — I spoke with Secretary Blinken yesterday evening — and nothing about European security will be decided without us. I have been very clear with our American friends on this, and they agree.", *JB, "", "", 1, B),
 ("And I will travel to Ukraine in the coming weeks, to the contact line, to show our support. The Ukrainians should know that they are not alone.", *JB, "", "", 1, B),
 ("We are preparing. I am not going to go into details about what is on the table, because strategic ambiguity is also part of deterrence. But the work is well advanced, and if needed, the decisions will be taken very quickly.", *JB, "", "", 1, B),
]

U = "2022-02-01"
PQ = "It is already clear now that the principal Russian concerns turned out to be ignored. We did not see adequate consideration of our three key demands regarding prevention of NATO expansion, refusal of deployment of strike weapon systems near Russian borders and return of military infrastructure of bloc to the positions of 1997, when was signed the Founding Act"
EX = "Moscow wants return to 1997, this means that NATO must leave Poland, Baltic states, Romania and Bulgaria. This is simply unreal, and in Kremlin they understand it very well"
EX2 = "In his opinion, the Russia could agree only on the narrow questions such as the exercises and the missiles, where USA already proposed to speak."
L["unian-2022-02-01-kuleba-nato-membership-kremlin-no-vote"] = [
 ("Ukraine does not need permission of anybody to become member of NATO in future.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, U),
 ("Decision on the membership in Alliance is accepted by Ukraine and 30 allies, and nobody else. Kremlin does not have the right of vote here", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, U),
 (PQ, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, U),
 (PQ, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, U),
 (PQ, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, U),
 ("According to him, if Ukraine will be accepted in NATO and try to return Crimea by military way, the European countries will automatically be drawn in military conflict with Russia.", "vladimir-putin", 1, "him", "no-ukraine-membership", "supports", 0, U),
 ("Therefore the admission of Kyiv into the Alliance is not acceptable for Moscow, he said.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 0, U),
 ("Putin tries to frighten Europe by war which he himself is preparing. The best guarantee of security for everybody is that Russia will withdraw its troops from our borders and return them to the places of permanent deployment", "dmytro-kuleba", 1, "the minister", "russia-de-escalation", "supports", 1, U),
 (EX, "ihor-lapin-dovzhenko", 1, "the expert", "rollback-to-1997", "mentions", 1, U),
 (EX, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (EX2, "ihor-lapin-dovzhenko", 1, "his", "limit-military-exercises", "mentions", 0, U),
 (EX2, "ihor-lapin-dovzhenko", 1, "his", "no-intermediate-range-missiles", "mentions", 0, U),
]

F = "2022-01-21"
LV = "The Russian minister repeated that Moscow wants guarantees that NATO will not expand further east and that the alliance withdraw the troops and weapons it has deployed since 1997 in eastern Europe."
L["france24-2022-01-21-blinken-lavrov-geneva-keep-talking"] = [
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Antony Blinken", "", "", 1, F),
 ("but I believe we are now on a clearer path in terms of understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Antony Blinken", "", "", 1, F),
 ("If Russia wants to begin to convince the world that it has no aggressive intent toward Ukraine, a very good place to start would be by de-escalating and moving its forces away from Ukraine's borders,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, F),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "he", "", "", 1, F),
 (LV, "sergei-lavrov", 1, "The Russian minister", "nato-non-expansion", "supports", 0, F),
 (LV, "sergei-lavrov", 1, "The Russian minister", "rollback-to-1997", "supports", 0, F),
 (LV, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (LV, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We have never threatened the Ukrainian people,", "sergei-lavrov", 1, "Lavrov", "", "", 1, F),
 ("Hours later, the Russian foreign ministry specified in a statement posted on its website that the demand for foreign forces to leave countries that joined NATO after 1997 \"applies to Bulgaria and Romania\".", "russian-foreign-ministry", 0, "the Russian foreign ministry", "rollback-to-1997", "supports", 0, F),
 ("Romania's foreign ministry said the demand was \"unacceptable\" and could not be part of any negotiation, adding that Romania's status as a full member of NATO was not up for discussion.", "romania", 0, "Romania's foreign ministry", "rollback-to-1997", "rejects", 0, F),
 ("Bulgaria's Prime Minister Kiril Petkov also said his country, which joined the alliance in 2004, would not take orders from Moscow.", "kiril-petkov", 1, "Kiril Petkov", "rollback-to-1997", "rejects", 0, F),
 ("Bulgaria is a sovereign state, and we decide how to organise our own defence together with our allies,", "kiril-petkov", 1, "he", "rollback-to-1997", "rejects", 1, F),
 ("Russia, which has massed around 100,000 troops near the Ukrainian border, has said it has no plans to invade but wants a written, legally binding commitment from the West before it will stand down.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Both sides bought time today. The Russians have got the promise of a written answer; the Americans have got another week without tanks crossing the border,", "elodie-vasseur", 1, "Élodie Vasseur", "", "", 1, F),
 ("If it did not address NATO enlargement, she said, the Kremlin could conclude that diplomacy had run its course.", "elodie-vasseur", 1, "she", "nato-non-expansion", "mentions", 0, F),
]

A = "2022-01-14"
KW = ("karen-whitcombe", 1, "Karen Whitcombe")
MB = ("mykola-bondarenko-reid", 1, "Mykola Bondarenko-Reid")
TE = ("thomas-ellery", 1, "Thomas Ellery")
W1 = "Moscow came to Geneva, Brussels, and Vienna with a list it knew could not be accepted: a pledge that NATO take no new members, a pullback of allied forces to where they stood in 1997, and a ban on US troops anywhere in the former Soviet space outside the Alliance. The allies said no, and they were right to."
W2 = "But there is a deal to be had on the margins. Reciprocal limits on where intermediate-range missiles can be based, and caps on the size of exercises close to each other's borders, would make Europe safer, and Washington should put those offers in writing before Moscow's patience runs out."
B1 = "For Ukrainians, this week sounded familiar. In 2008 at Bucharest, the allies told us we would one day be members and then gave us nothing to get there. Now the Kremlin wants even that paper promise torn up."
T1 = "The Russian demand that should worry us most is the one about written, legally binding guarantees. Moscow knows the Senate would never ratify such a treaty; the point is to have a document it can wave in the air when the talks fail, as proof that the West was offered peace and chose otherwise."
L["atlanticcouncil-2022-01-14-experts-react-week-of-talks"] = [
 (W1, *KW, "nato-non-expansion", "rejects", 1, A),
 (W1, *KW, "rollback-to-1997", "rejects", 1, A),
 (W1, *KW, "no-military-activity-ex-soviet", "rejects", 1, A),
 (W1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 (W1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (W1, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 1, ""),
 (W2, *KW, "no-intermediate-range-missiles", "supports", 1, A),
 (W2, *KW, "limit-military-exercises", "supports", 1, A),
 ("The worst outcome would be to let the Kremlin frame the week as proof that the West refused to talk. We talked. We should keep talking, loudly and in public.", *KW, "", "", 1, A),
 (B1, *MB, "rescind-bucharest-2008", "mentions", 1, A),
 (B1, "russia", 0, "the Kremlin", "rescind-bucharest-2008", "supports", 1, ""),
 ("The answer must be that Ukraine's path to NATO is Ukraine's choice and the Alliance's choice. No one in Moscow gets to close it, and no one in Washington should be tempted to trade it away for a quiet year.", *MB, "nato-open-door", "supports", 1, A),
 ("What Kyiv needs right now is not membership, which everyone knows is years away, but anti-tank weapons, air defense, and intelligence, delivered before the ground freezes.", *MB, "", "", 1, A),
 (T1, *TE, "written-legal-guarantees", "mentions", 1, A),
 (T1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("Watch the troops, not the talks. Until Russia pulls its battalion tactical groups back from Yelnya, Voronezh, and the Crimean isthmus, every diplomatic channel is a sideshow.", *TE, "russia-de-escalation", "mentions", 1, A),
 ("That does not mean the channels are useless. The NATO-Russia Council met this week for the first time since 2019, and military officers from both sides were in the room. If nothing else, keeping that line open reduces the chance that an accident in the Black Sea becomes a war.", *TE, "resume-military-dialogue", "supports", 1, A),
]

C = "2022-01-13"
MC = ("michael-carpenter", 1, "Michael Carpenter")
C4 = "The Russian Federation has told us that it wants a legally binding commitment that NATO will never again admit a new member, and that Ukraine and Georgia in particular must remain outside the Alliance forever. We have been clear: we will not negotiate away the right of any participating State to choose its own security arrangements, a right every one of us reaffirmed in Helsinki, in Paris, and in Istanbul."
C7 = "We have also heard the Russian Federation's concern about NATO forces in Allied territory. Let me recall that the Alliance's posture in the east was a response to Russia's seizure of Crimea in 2014, not the other way around, and that these deployments are rotational, defensive, and fully transparent."
L["usosce-2022-01-13-carpenter-permanent-council-security-guarantees"] = [
 ("Thank you, Mr. Chair. And welcome to Foreign Minister Rau in his first Permanent Council as Chairman-in-Office. The United States fully supports Poland's priorities for its Chairmanship, and we look forward to working closely with you in what will clearly be a challenging year.", *MC, "", "", 1, C),
 ("This week the United States and our Allies sat down with the Russian Federation twice — in Geneva on Monday and at the NATO-Russia Council in Brussels yesterday — and today we continue that conversation here, in the one forum where all of Europe, including Ukraine, Georgia, and Moldova, has a seat at the table.", *MC, "", "", 1, C),
 ("Let me be direct. We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has grown rather shrill. This is a moment for every participating State to speak plainly about the principles we have all signed up to.", *MC, "", "", 1, C),
 (C4, *MC, "nato-open-door", "supports", 1, C),
 (C4, *MC, "nato-non-expansion", "rejects", 1, C),
 (C4, *MC, "no-ukraine-membership", "rejects", 1, C),
 (C4, *MC, "written-legal-guarantees", "mentions", 1, C),
 (C4, "russia", 0, "The Russian Federation", "nato-non-expansion", "supports", 1, ""),
 (C4, "russia", 0, "The Russian Federation", "no-ukraine-membership", "supports", 1, ""),
 (C4, "russia", 0, "The Russian Federation", "written-legal-guarantees", "supports", 1, ""),
 ("Nor will we accept the notion that a country's neighbors are its sphere of influence. Sovereign nations such as Moldova, Georgia, and Ukraine are entitled to train, exercise, and cooperate on defense with whomever they choose, and no outside power can forbid them from doing so.", *MC, "no-military-activity-ex-soviet", "rejects", 1, C),
 ("There are areas where we believe progress is possible. We are prepared to discuss, on a reciprocal basis, the future of missile deployments in Europe, limits on exercises, and new risk-reduction measures, including through a modernized Vienna Document, which the Russian Federation has so far refused to update.", *MC, "no-intermediate-range-missiles", "mentions", 1, C),
 ("There are areas where we believe progress is possible. We are prepared to discuss, on a reciprocal basis, the future of missile deployments in Europe, limits on exercises, and new risk-reduction measures, including through a modernized Vienna Document, which the Russian Federation has so far refused to update.", *MC, "limit-military-exercises", "mentions", 1, C),
 (C7, *MC, "rollback-to-1997", "rejects", 1, C),
 (C7, "russia", 0, "the Russian Federation", "rollback-to-1997", "supports", 1, ""),
 ("Some have suggested that the United States is refusing to talk. That is simply not true. We came to Geneva, to Brussels, and to Vienna in good faith, with concrete ideas, and we will keep coming back, because the alternative to dialogue is far worse.", *MC, "", "", 1, C),
 ("But none of this can happen while more than 100,000 Russian troops remain massed along Ukraine's borders, with more arriving every day. We call on the Russian Federation to de-escalate, to return its forces to their normal garrisons, and to choose the path of diplomacy.", *MC, "russia-de-escalation", "supports", 1, C),
 ("The OSCE was built precisely for moments like this. We urge the Chairmanship to make full use of its tools, including the Vienna Document's risk-reduction mechanisms, and we stand ready to engage in a renewed European security dialogue here, in Vienna, with all 57 participating States.", *MC, "", "", 1, C),
]

write_gold(L, "articles-327", "gold-327")
