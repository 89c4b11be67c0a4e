#!/usr/bin/env python3
"""Writes the held-out gold of batch 181 (gold-181/*.nq) from the labels below.

Batch 181 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers saw of the December 2021 - February 2022
crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the Geneva
  talks; front matter; straight quotes; a lead with two speakers (Russia,
  Washington), a quotation split by "Sherman said", the deputy foreign
  minister named by role and pronoun, Stoltenberg's Sunday remark with
  Moscow's demand in passing, Baker 1990 as unlabelled history, an invented
  analyst.
- nbc-2022-01-12-nato-russia-council-live: NBC News live blog of the
  NATO-Russia Council, newest entry first; no front matter (date in the
  "Updated" line); curly quotes; entry headlines and an explainer entry;
  Psaki reporting Moscow's demands, Grushko and Fomin, Stoltenberg's doorstep
  and news conference, the Bucharest 2008 declaration quoted as history, a
  vox pop.
- up-2022-01-13-osce-vienna-rau: Ukrainska Pravda news item on the OSCE
  Permanent Council in Vienna; front matter; „ “ quotes; "Quote:",
  "Background:", "Reminder:" blocks; a passive ("It was stressed by the
  Russian delegation"), "according to the US ambassador", indirect speech
  running over two sentences ("In his view, ...").
- kommersant-2022-01-18-grushko-interview: Kommersant interview with
  Grushko, machine-translated; UTF-8 BOM and CRLF line ends; front matter;
  « » quotes; questions marked "Kommersant:", answers with a dash (each answer
  paragraph one quotation, dated by "on Monday" in the intro).
- defense-2022-01-28-austin-milley-briefing: Pentagon press briefing
  transcript; no front matter; upper-case speaker labels (full name first,
  then "SEC. AUSTIN:" / "GEN. MILLEY:"), reporters' "Q:" and the press
  secretary as moderator, none of them labelled.
- lemonde-2022-01-28-written-answers-analysis: Le Monde in English analysis
  after the written answers of 26 January, with an experts' section; front
  matter; « » quotes; Lavrov, Blinken, a senior EU official, Le Drian and
  Parly; invented French and Russian analysts; the 1997 Founding Act as
  history.
- rferl-2022-02-02-putin-concerns-ignored: RFE/RL story on Putin's remarks of
  1 February and reactions; no front matter (date line in the text);
  straight quotes; Price's readout, Zakharova's briefing, "Zelenskiy", eastern
  flank ministers, an invented Vilnius researcher, an anonymous Foreign
  Ministry source quoted by Interfax, words of the Founding Act unlabelled.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

NE, UA, BU = "nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008"
SW, MI, WA = "no-strike-weapons-near-borders", "no-intermediate-range-missiles", "no-warships-aircraft-in-strike-range"
EX, RB, XS = "limit-military-exercises", "rollback-to-1997", "no-military-activity-ex-soviet"
WL, NP, MD = "written-legal-guarantees", "no-preconditions", "resume-military-dialogue"
DE, OD = "russia-de-escalation", "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

lead = "Russia told the United States on Monday that it needed legally binding guarantees that Ukraine would never join NATO, while Washington called the demand a \"non-starter\" as nearly eight hours of talks in Geneva ended with no sign of a breakthrough."
ryab = "The deputy foreign minister dismissed Western calls for Russia to pull its troops back from the border, saying Moscow would not accept any preconditions for the talks and that its forces were moving \"on our own territory\"."
sher = "Sherman, speaking to reporters by telephone, said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same."
stol = "NATO Secretary-General Jens Stoltenberg said on Sunday that the allies would not give up their right to decide on their own membership, despite Moscow's demand that the alliance rule out any further enlargement to the east."
kroft = "Kroft noted that Moscow's list also included the withdrawal of NATO forces from the countries that joined after 1997, a point she said had barely been aired in public."
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 (lead, "russia", 0, "Russia", UA, S, 0, "2022-01-10"),
 (lead, "russia", 0, "Russia", WL, S, 0, "2022-01-10"),
 (lead, "united-states", 0, "Washington", UA, R, 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", WL, S, 1, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", UA, S, 1, "2022-01-10"),
 ("Ryabkov said the Russian delegation had also set out its demand that NATO pull back forces and weapons from the countries that joined the alliance after 1997, a list that includes Poland, the Baltic states and Romania.", "sergei-ryabkov", 1, "Ryabkov", RB, S, 0, "2022-01-10"),
 (ryab, "sergei-ryabkov", 1, "The deputy foreign minister", DE, R, 0, "2022-01-10"),
 (ryab, "sergei-ryabkov", 1, "The deputy foreign minister", NP, S, 0, "2022-01-10"),
 ("Asked whether the two militaries would resume regular contacts, he said the subject had been raised but that Moscow's priority lay elsewhere.", "sergei-ryabkov", 1, "he", MD, M, 0, "2022-01-10"),
 (sher, "wendy-sherman", 1, "Sherman", MI, M, 0, "2022-01-10"),
 (sher, "wendy-sherman", 1, "Sherman", EX, M, 0, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", OD, S, 1, "2022-01-10"),
 ("Nor will we make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("She said it would be difficult to make real progress \"in an atmosphere of escalation\" and urged Moscow to return the troops gathered near Ukraine to their barracks.", "wendy-sherman", 1, "She", DE, S, 0, "2022-01-10"),
 (stol, "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 0, "2022-01-09"),
 (stol, "russia", 0, "Moscow", NE, S, 0, ""),
 ("Moscow has asked for the moon, and it knows it,", "anneliese-kroft", 1, "Anneliese Kroft", "", "", 1, ""),
 (kroft, "anneliese-kroft", 1, "Kroft", RB, M, 0, ""),
 (kroft, "russia", 0, "Moscow", RB, S, 0, ""),
 ("The question now is whether the Kremlin wants a negotiation or a pretext,", "anneliese-kroft", 1, "she", "", "", 1, ""),
]

psaki1 = "White House press secretary Jen Psaki said at her daily briefing that the administration had heard Moscow's demand for a halt to NATO enlargement and would consult allies before responding."
psaki2 = "Asked whether Washington had set any conditions for the next round, Psaki said only that Moscow had asked for talks without preconditions and that the administration was still weighing its next steps."
stol2 = "He said NATO had also turned down Russia’s demand that the alliance withdraw troops and equipment from its eastern members."
L["nbc-2022-01-12-nato-russia-council-live"] = [
 (psaki1, "jen-psaki", 1, "Jen Psaki", NE, M, 0, "2022-01-12"),
 (psaki1, "russia", 0, "Moscow", NE, S, 0, ""),
 (psaki2, "jen-psaki", 1, "Psaki", NP, M, 0, "2022-01-12"),
 (psaki2, "russia", 0, "Moscow", NP, S, 0, ""),
 ("We are not going to get ahead of our allies, and we are not going to negotiate in public,", "jen-psaki", 1, "Psaki", "", "", 1, "2022-01-12"),
 ("We told them plainly that the enlargement of NATO must stop and that this has to be put down on paper in a binding form,", "alexander-grushko", 1, "Grushko", NE, S, 1, "2022-01-12"),
 ("We told them plainly that the enlargement of NATO must stop and that this has to be put down on paper in a binding form,", "alexander-grushko", 1, "Grushko", WL, S, 1, "2022-01-12"),
 ("Deputy Defense Minister Alexander Fomin told the same news conference that NATO had sharply increased the number and scale of its drills near Russia’s borders and that Moscow wanted them scaled back.", "alexander-fomin", 1, "Alexander Fomin", EX, S, 0, "2022-01-12"),
 ("He added that the presence of Western military instructors in Ukraine was a direct threat to Russia and had to end.", "alexander-fomin", 1, "He", XS, S, 0, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies had proposed to restore the NATO and Russian offices in Moscow and Brussels and to re-establish military-to-military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", MD, S, 0, "2022-01-12"),
 (stol2, "jens-stoltenberg", 1, "He", RB, R, 0, "2022-01-12"),
 (stol2, "russia", 0, "Russia", RB, S, 0, ""),
 ("We will not accept a situation where we have second-class NATO members, where NATO as an alliance is not allowed to protect them in the same way as other allies,", "jens-stoltenberg", 1, "he", RB, R, 1, "2022-01-12"),
 ("That decision stands. It is not up for negotiation with Moscow, and it will not be withdrawn.", "jens-stoltenberg", 1, "Stoltenberg", BU, R, 1, "2022-01-12"),
 ("Russia has a choice to make about whether it pulls its forces back from Ukraine’s border,", "wendy-sherman", 1, "Sherman", DE, S, 1, "2022-01-12"),
 ("If it chooses diplomacy, we are ready to sit down again next week and the week after.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-12"),
 ("Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russian troop movements on Russian territory were nobody else’s concern and that Moscow would not take orders to pull them back.", "dmitry-peskov", 1, "Dmitry Peskov", DE, R, 0, "2022-01-12"),
 ("We will not compromise on core principles: the right of each nation to choose its own path, including what kind of security arrangements it wants to be part of,", "jens-stoltenberg", 1, "Stoltenberg", OD, S, 1, "2022-01-12"),
 ("Russia’s proposals reflect a world we left behind a long time ago,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Nobody is going to decide for us,", "olena-hrytsenko", 1, "Olena Hrytsenko", "", "", 1, ""),
 ("We have lived with this war since 2014.", "olena-hrytsenko", 1, "Olena Hrytsenko", "", "", 1, ""),
]

luk = "We need a legally binding guarantee that NATO will not move further east and will not deploy strike weapons systems near our borders,"
luk2 = "Lukashevich also said Russia expected the United States and NATO to stop holding military exercises near Russian borders and to return to regular military-to-military dialogue."
kul = "Foreign Minister Dmytro Kuleba, commenting on the talks in Kyiv, said on Thursday that Ukraine did not accept Moscow's argument that negotiations should go ahead without any preconditions."
nik = "On Wednesday, Foreign Ministry spokesman Oleg Nikolenko said Kyiv had been briefed by the American side after the Geneva talks, including on Russia's demands concerning Ukraine's membership in NATO."
L["up-2022-01-13-osce-vienna-rau"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We have to focus on a peaceful resolution of the conflict in and around Ukraine,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("in full respect of sovereignty, territorial integrity and the inviolability of internationally recognised borders.", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 (luk, "alexander-lukashevich", 1, "Lukashevich", WL, S, 1, "2022-01-13"),
 (luk, "alexander-lukashevich", 1, "Lukashevich", NE, S, 1, "2022-01-13"),
 (luk, "alexander-lukashevich", 1, "Lukashevich", SW, S, 1, "2022-01-13"),
 (luk2, "alexander-lukashevich", 1, "Lukashevich", EX, S, 0, "2022-01-13"),
 (luk2, "alexander-lukashevich", 1, "Lukashevich", MD, S, 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time, we will be forced to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "the Russian diplomat", "", "", 1, "2022-01-13"),
 ("It was stressed by the Russian delegation that any guarantees would have to take the form of a treaty ratified by parliaments, not of a political declaration.", "russia", 0, "the Russian delegation", WL, S, 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has grown rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("According to the US ambassador, Washington is ready to discuss Russia's concerns about the placement of offensive weapons systems near its borders, on the basis of reciprocity.", "michael-carpenter", 1, "the US ambassador", SW, M, 0, "2022-01-13"),
 ("But we will not bargain away the principle that every state is free to choose its own security arrangements, including alliances,", "michael-carpenter", 1, "he", OD, S, 1, "2022-01-13"),
 ("Speaking to journalists after the session, Rau said the allied battalions stationed in Poland and the Baltic states would stay and that Warsaw would never agree to a return to the NATO of 1997.", "zbigniew-rau", 1, "Rau", RB, R, 0, "2022-01-13"),
 (kul, "dmytro-kuleba", 1, "Dmytro Kuleba", NP, R, 0, "2022-01-13"),
 (kul, "russia", 0, "Moscow", NP, S, 0, ""),
 ("In his view, the withdrawal of Russian troops from the Ukrainian border had to come first.", "dmytro-kuleba", 1, "his", DE, S, 0, "2022-01-13"),
 ("Our cooperation with partners – the exercises, the instructors from the United States, Britain and Canada, the supply of defensive weapons – will continue regardless of what the Kremlin wants,", "dmytro-kuleba", 1, "the minister", XS, R, 1, "2022-01-13"),
 (nik, "oleg-nikolenko", 1, "Oleg Nikolenko", UA, M, 0, "2022-01-12"),
 (nik, "russia", 0, "Russia", UA, S, 0, ""),
 ("Ukraine is not an object of negotiations between other states, and it never will be,", "oleg-nikolenko", 1, "Nikolenko", "", "", 1, "2022-01-12"),
]

G, GN, GD = "alexander-grushko", "Alexander Grushko", "2022-01-17"
k2 = "For us the principle of «open doors» is not a dogma but an instrument of the geopolitical expansion. When the Alliance says that nobody has the right of the veto, it in fact says that it reserves for itself the right to drag Ukraine and Georgia into the bloc. For us this is categorically unacceptable, Ukraine must never become a member of NATO."
k5 = "These are important subjects, and we do not refuse to discuss them. The moratorium on the deployment of the intermediate-range and shorter-range missiles in Europe we proposed to the partners long ago, and the offer remains on the table. But if somebody thinks that we will be satisfied with the discussion of the secondary questions and will forget about the main thing – the non-expansion of NATO – he is deeply mistaken."
k6 = "We expect the answer article by article. Each point: the non-deployment of the strike systems near our borders, the withdrawal of the forces and the weapons to the configuration of 1997, the refusal of any military activity on the territory of Ukraine, in the South Caucasus and in Central Asia. And all this on the legal basis, in the form of the treaty, and not the political declarations, which were violated many times."
L["kommersant-2022-01-18-grushko-interview"] = [
 ("The conversation was frank, deep, in places sharp. But it showed a very large number of divergences on the fundamental questions. We did not come to Brussels for the exchange of the courtesies, and our colleagues from NATO understood this.", G, 1, GN, "", "", 1, GD),
 (k2, G, 1, GN, OD, R, 1, GD),
 (k2, G, 1, GN, UA, S, 1, GD),
 ("The Bucharest formula must be disavowed officially, on the level of the summit. Without this all talk about the indivisible security in Europe will remain the talk.", G, 1, GN, BU, S, 1, GD),
 ("We ourselves proposed in our draft agreement to restore the regular contacts between the military, including the hot lines, so that incidents do not escalate. This is not the contacts for the sake of the contacts, this is the instrument of prevention of the dangerous incidents, and here we are ready to work.", G, 1, GN, MD, S, 1, GD),
 (k5, G, 1, GN, MI, S, 1, GD),
 (k5, G, 1, GN, NE, S, 1, GD),
 (k6, G, 1, GN, SW, S, 1, GD),
 (k6, G, 1, GN, RB, S, 1, GD),
 (k6, G, 1, GN, XS, S, 1, GD),
 (k6, G, 1, GN, WL, S, 1, GD),
 ("The troops are located on our own territory, and we will not discuss with anyone where to hold them. The requirement of the «de-escalation» addressed to Russia is the attempt to shift the blame from the sick head to the healthy one.", G, 1, GN, DE, R, 1, GD),
 ("The American destroyers and the strategic bombers constantly appear near our borders, in the Black Sea and in the Baltic. We propose a simple thing: not to send the warships and the aircraft into the areas from which they can strike the targets on the territory of the other side.", G, 1, GN, WA, S, 1, GD),
 ("Then we will respond by military-technical means. We have a whole range of options, and our partners know this very well.", G, 1, GN, "", "", 1, GD),
 ("We do not put the ultimatums. But we will not wait for months.", G, 1, GN, "", "", 1, GD),
]

A, MY, D = "lloyd-austin", "mark-milley", "2022-01-28"
a3 = "On Wednesday, our ambassador in Moscow delivered our written response to Russia's proposals. That response leaves the door open to diplomacy on issues like arms control and the placement of missiles in Europe, as long as Moscow is willing to reciprocate. But we have been equally clear that we will not compromise on NATO's open door."
L["defense-2022-01-28-austin-milley-briefing"] = [
 ("Good afternoon, everyone. I want to update you on what we are seeing along Ukraine's borders and on the steps we are taking together with our allies.", A, 1, "LLOYD J. AUSTIN III", "", "", 1, D),
 ("Russia continues to mass forces in Crimea and along Ukraine's border. We still don't believe that President Putin has made a final decision to use those forces, and he can still choose to de-escalate. He can order his troops to stand down and move them back to their garrisons.", A, 1, "LLOYD J. AUSTIN III", DE, S, 1, D),
 (a3, A, 1, "LLOYD J. AUSTIN III", MI, M, 1, D),
 (a3, A, 1, "LLOYD J. AUSTIN III", OD, S, 1, D),
 ("The 8,500 troops we placed on heightened preparedness remain ready to deploy to the NATO Response Force if it is activated. That's about reassuring our allies on the eastern flank, and it is defensive in nature. Mr. Chairman.", A, 1, "LLOYD J. AUSTIN III", "", "", 1, D),
 ("Thank you, Mr. Secretary. Given the type of forces that are deployed, if that were unleashed on Ukraine, it would be significant, very significant, and it would result in a significant amount of casualties.", MY, 1, "MARK A. MILLEY", "", "", 1, D),
 ("I also want to emphasize that the channels between our military and the Russian General Staff remain open. I spoke with General Gerasimov in December, and I believe regular military-to-military contact between the two sides is essential to avoid miscalculation.", MY, 1, "MARK A. MILLEY", MD, S, 1, D),
 ("No. We are not going to reduce our presence on the eastern flank in response to these demands. If anything, if Mr. Putin moves against Ukraine, he will get more NATO on his doorstep, not less.", A, 1, "AUSTIN", RB, R, 1, D),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. We're not going to accept limits on where our ships and aircraft can go in international waters and airspace.", A, 1, "AUSTIN", WA, R, 1, D),
 ("We have said we're willing to talk about reciprocal transparency measures and about advance notification of exercises, if Russia is willing to do the same. That's a conversation, and it has to go both ways.", A, 1, "AUSTIN", EX, M, 1, D),
 ("The Aegis Ashore sites are defensive systems, period. Our allies have every right to host defensive and deterrent capabilities on their own territory, and no Russian demand is going to change that.", MY, 1, "MILLEY", SW, R, 1, D),
 ("Conflict is not inevitable. There is still time and space for diplomacy, and Mr. Putin can still do the right thing.", A, 1, "AUSTIN", "", "", 1, D),
 ("I'm not going to give a timeline. They have the capacity to do it, and we would not see a long warning period.", MY, 1, "MILLEY", "", "", 1, D),
 ("I'll let the State Department speak to the diplomacy. What I can tell you is that we're prepared for any contingency.", A, 1, "AUSTIN", "", "", 1, D),
]

lav = "There is no positive response on the main issue in this document. The main issue is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation"
drian = "On France 2 television on Thursday, Foreign Minister Jean-Yves Le Drian said Europe would « not accept a division of the continent into spheres of influence » and called Moscow's demand that NATO withdraw its forces from the countries that joined after 1997 « simply unacceptable »."
hv1 = "The Russians put on the table a demand that goes to the heart of the matter: a treaty that would forbid Ukraine, forever and in law, from joining NATO"
hv2 = "The draft also asks Washington to end all military cooperation with Kyiv, Tbilisi and the Central Asian capitals, and to keep its warships and bombers out of range of Russian territory"
ba2 = "On the other hand, freezing NATO's enlargement by treaty is a non-starter: it would reward the threat of force"
L["lemonde-2022-01-28-written-answers-analysis"] = [
 (lav, "sergei-lavrov", 1, "the Russian foreign minister", NE, S, 1, "2022-01-27"),
 (lav, "sergei-lavrov", 1, "the Russian foreign minister", SW, S, 1, "2022-01-27"),
 ("allows us to count on the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("In Washington on Wednesday, Secretary of State Antony Blinken said the American answer offered Moscow « a serious diplomatic path » while making no concession on the alliance's open-door policy.", "antony-blinken", 1, "Antony Blinken", OD, S, 0, "2022-01-26"),
 ("A senior EU official, who had seen the text, said the American reply reaffirmed the alliance's open-door policy and set out proposals on arms control and transparency.", "european-union", 0, "A senior EU official", OD, M, 0, ""),
 (drian, "jean-yves-le-drian", 1, "Jean-Yves Le Drian", RB, R, 0, "2022-01-27"),
 (drian, "russia", 0, "Moscow", RB, S, 0, ""),
 ("not accept a division of the continent into spheres of influence", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, "2022-01-27"),
 ("Our exercises with our allies are defensive, and we will not cancel them to please anyone", "florence-parly", 1, "she", EX, R, 1, ""),
 (hv1, "hugo-vernet-lafarge", 1, "he", UA, M, 1, ""),
 (hv1, "hugo-vernet-lafarge", 1, "he", WL, M, 1, ""),
 (hv2, "hugo-vernet-lafarge", 1, "he", XS, M, 1, ""),
 (hv2, "hugo-vernet-lafarge", 1, "he", WA, M, 1, ""),
 ("A reciprocal moratorium on intermediate-range missiles in Europe is in our interest too. We should have proposed it ourselves, years ago.", "bertille-aucouturier", 1, "Bertille Aucouturier", MI, S, 1, ""),
 (ba2, "bertille-aucouturier", 1, "Aucouturier", NE, R, 1, ""),
 (ba2, "bertille-aucouturier", 1, "Aucouturier", WL, R, 1, ""),
 ("In Moscow, Kirill Bezdetnov of the Centre for Eurasian Policy Studies noted that Washington's answer once again called on Russia to pull its troops back from the Ukrainian border, and said the Kremlin would read that passage as an ultimatum.", "kirill-bezdetnov", 1, "Kirill Bezdetnov", DE, M, 0, ""),
 ("Putin wanted a negotiation between great powers, and in a way he got one. That is not nothing", "kirill-bezdetnov", 1, "he", "", "", 1, ""),
]

put = "We did not see adequate consideration of our three key demands: to prevent NATO's expansion, to renounce the deployment of strike weapons systems near Russia's borders, and to return the military infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed,"
price = "Price declined to discuss the contents of the U.S. response in detail, but said it addressed \"every issue\" raised by the Russian side, including Moscow's request concerning NATO's 2008 Bucharest declaration."
zel = "Ukrainian President Volodymyr Zelenskiy, addressing parliament on February 1, said Ukraine alone would decide whether to join the alliance."
zelq = "Our path to NATO is written in our constitution, and no one in Moscow or anywhere else will cross it out,"
L["rferl-2022-02-02-putin-concerns-ignored"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (put, "vladimir-putin", 1, "he", NE, S, 1, "2022-02-01"),
 (put, "vladimir-putin", 1, "he", SW, S, 1, "2022-02-01"),
 (put, "vladimir-putin", 1, "he", RB, S, 1, "2022-02-01"),
 ("we will eventually find a solution, although it will not be easy,", "vladimir-putin", 1, "The Russian leader", "", "", 1, "2022-02-01"),
 ("The secretary made clear that if President Putin is serious about diplomacy, the way to show it is to de-escalate and pull his forces back from Ukraine's borders,", "ned-price", 1, "Ned Price", DE, S, 1, ""),
 (price, "ned-price", 1, "Price", BU, M, 0, ""),
 (price, "russia", 0, "Moscow", BU, S, 0, ""),
 ("In Moscow, Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing on February 2 that the supply of Western weapons to Ukraine and the presence of NATO instructors on its territory had to stop.", "maria-zakharova", 1, "Maria Zakharova", XS, S, 0, "2022-02-02"),
 (zel, "volodymyr-zelensky", 1, "Volodymyr Zelenskiy", OD, S, 0, "2022-02-01"),
 (zel, "volodymyr-zelensky", 1, "Volodymyr Zelenskiy", UA, R, 0, "2022-02-01"),
 (zelq, "volodymyr-zelensky", 1, "he", UA, R, 1, "2022-02-01"),
 (zelq, "volodymyr-zelensky", 1, "he", OD, S, 1, "2022-02-01"),
 ("The base in Redzikowo will be completed, and no one in Moscow will decide what Poland deploys on its own soil,", "mariusz-blaszczak", 1, "Mariusz Blaszczak", SW, R, 1, "2022-02-01"),
 ("Lithuanian Defense Minister Arvydas Anusauskas told RFE/RL's Russian Service that restoring regular military contacts with Moscow now \"would reward blackmail\" and was out of the question as long as Russian troops remained in Belarus.", "arvydas-anusauskas", 1, "Arvydas Anusauskas", MD, R, 0, ""),
 ("A moratorium on intermediate-range missiles sounds reasonable until you remember that the Iskanders are already in Kaliningrad. We should not accept a freeze that locks in Russia's advantage,", "vaiva-jakstiene", 1, "she", MI, R, 1, ""),
 ("We asked about one thing and were answered about another,", "russian-foreign-ministry", 0, "a source in the Russian Foreign Ministry", "", "", 1, ""),
]

write_gold(L, "articles-181", "gold-181")
