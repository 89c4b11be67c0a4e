#!/usr/bin/env python3
"""Writes the held-out gold of batch 137 (gold-137/*.nq) from the labels below.

Batch 137 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. The
seven invented articles imitate the coverage most readers saw of the December
2021 - January 2022 "security guarantees" crisis, in mainstream outlets and
the forms they use:

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy after the
  Geneva talks (front matter, curly quotes, dateline, lede in reported speech,
  role-only speaker "The deputy foreign minister", two invented analysts,
  a 2008 Bucharest background paragraph that is not labelled).
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council (no front matter, date in the text, speaker
  labels, moderator and journalists' questions).
- bbc-2022-01-13-osce-vienna-live: BBC News live blog of the OSCE day in
  Vienna (timestamped entries, straight quotes, summary bullets and entry
  headings, two speakers in one sentence, 1975/1997 background).
- state-2022-01-26-blinken-written-response: State Department press
  availability transcript on the written answers (UTF-8 BOM, CRLF line ends,
  no front matter, "SECRETARY BLINKEN:" / "QUESTION:" / "MR PRICE:" labels).
- tass-2021-12-17-ryabkov-draft-treaties: TASS wire on the publication of the
  draft treaties (no front matter, "17 DEC 2021, 18:45" in the text, a
  quotation split by "Ryabkov said", article text quoted from the drafts).
- rusnewsfeed-2022-01-27-kremlin-answers: machine-translated aggregator copy
  of Interfax on the Kremlin's and Lavrov's reaction to the answers
  (« » quotes, broken English, Kuleba spelt "Dmitry", "Read also" link lines).
- dw-2022-01-28-brandauer-interview: DW Q&A interview with an invented
  Berlin analyst, with „ “ quotes of Baerbock in the introduction.

The labels were written by hand, from reading the articles, following these
conventions:

- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the speaker label gives ("Jens Stoltenberg", "BLINKEN",
  "Brandauer");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it
  (an analyst's account of what Moscow wants is that analyst's mention);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issues", "Russia's
  proposals", "its principles"), gets no label;
- historical background (Bucharest 2008, the 1997 Founding Act, Helsinki
  1975, NATO's enlargements since 1999), words quoted from the draft
  treaties, headlines, standfirsts, live-blog summary bullets and entry
  headings, crossheads and link lines are not labelled; statements by
  unnamed groups ("traders", "the West", "officials on both sides") are left
  out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("rejecting Moscow's call for talks without preconditions",
  "whatever Moscow's demands about ...", "Russia's concern about ...") is
  also Russia's label (speaker russia, not a person), undated when no day is
  given; a Russian official saying what "Moscow" wants is that official's
  own label only, and inside direct quotations no extra Russia label is made;
- speaker ids: persons as firstname-lastname slugs (Dmitry Kuleba of the
  machine translation is dmytro-kuleba); speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day (the analysts in the Reuters story,
  "Earlier, ... Stoltenberg said" in TASS, Solovtsov in the aggregator).

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia’s deputy foreign minister, Sergei Ryabkov, told the United States on Monday that it was absolutely mandatory for Moscow that Ukraine never join NATO, while Washington described some of Russia’s proposals as non-starters after nearly eight hours of talks in Geneva ended without a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("The deputy foreign minister said Russia had come to Geneva without preconditions and expected the same from the American side, warning that Moscow would not accept being asked to make unilateral concessions before any substantive discussion began.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-preconditions", "supports", 0, D),
 ("He dismissed U.S. calls for a pullback of troops from the border area, saying Russian forces were conducting drills on Russia’s own territory and that there was no reason to fear an escalation.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO’s open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("Sherman said she had told the Russian delegation plainly that a halt to NATO enlargement was not something the United States could agree to, because it was not Washington’s decision to make.", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 0, D),
 ("She said the two delegations had, however, discussed Russia’s concern about offensive weapons systems near its borders, and that Washington was open to talking about the future deployment of intermediate-range missiles in Europe and about reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "She", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("She said the two delegations had, however, discussed Russia’s concern about offensive weapons systems near its borders, and that Washington was open to talking about the future deployment of intermediate-range missiles in Europe and about reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the two delegations had, however, discussed Russia’s concern about offensive weapons systems near its borders, and that Washington was open to talking about the future deployment of intermediate-range missiles in Europe and about reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the two delegations had, however, discussed Russia’s concern about offensive weapons systems near its borders, and that Washington was open to talking about the future deployment of intermediate-range missiles in Europe and about reciprocal limits on the size and scope of military exercises.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("There is a way forward here, but it has to be reciprocal, and it has to happen in an atmosphere of de-escalation rather than escalation,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Moscow has asked for things that it knows NATO cannot give, starting with a promise never to enlarge again,", "hannah-leclerc-ward", 1, "Hannah Leclerc-Ward", "nato-non-expansion", "mentions", 1, ""),
 ("Washington’s line is that nothing moves until Russia pulls troops back from the border. Moscow’s line is that nothing moves until NATO stops growing. Both know it,", "hannah-leclerc-ward", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("Washington’s line is that nothing moves until Russia pulls troops back from the border. Moscow’s line is that nothing moves until NATO stops growing. Both know it,", "hannah-leclerc-ward", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("A missile ban that leaves Russia’s Iskanders in Kaliningrad where they are would be a non-starter for us,", "piotr-zareba", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
]

D = "2022-01-12"
P1 = "Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and I welcome that all thirty allies and Russia sat around the same table and engaged on substantive topics. It was not an easy discussion, but that is exactly why such meetings are so important."
P3 = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and that includes Ukraine. And we will not withdraw our forces from the eastern part of the alliance or give up our ability to protect and defend every ally. We will not have first-class and second-class members."
P4 = "At the same time, allies are ready to sit down with Russia and discuss arms control, including on missiles, as well as transparency and risk reduction around military exercises. We also proposed to use the NATO-Russia Council to restore military-to-military channels of communication between NATO and Russia, to avoid incidents and accidents and to reduce risks."
P7 = "It is for Ukraine and the thirty allies, and no one else, to decide when Ukraine is ready to join NATO. Russia has no veto and no say in that process, and there will be no moratorium agreed over the heads of Ukrainians."
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 (P1,) + S + ("", "", 1, D),
 ("Allies and Russia expressed their views on the situation in and around Ukraine. NATO allies called on Russia to immediately de-escalate the situation and to pull back its forces, which are now massed along Ukraine's border with tens of thousands of troops, heavy equipment and combat-ready units.",) + S + ("russia-de-escalation", "supports", 1, D),
 (P3,) + S + ("nato-open-door", "supports", 1, D),
 (P3,) + S + ("no-ukraine-membership", "rejects", 1, D),
 (P3,) + S + ("rollback-to-1997", "rejects", 1, D),
 (P4,) + S + ("no-intermediate-range-missiles", "mentions", 1, D),
 (P4,) + S + ("limit-military-exercises", "mentions", 1, D),
 (P4,) + S + ("resume-military-dialogue", "supports", 1, D),
 ("Russia was not in a position to agree to a schedule for further meetings today, but the Russian representatives did not reject the idea either. There is a real risk of new armed conflict in Europe. The messages from Russia are that they are ready to engage, and we will see in the coming days whether that is the case.",) + S + ("", "", 1, D),
 ("The decision we took in Bucharest in 2008 stands. It has been reaffirmed at every summit since, and it is not up for revision just because Russia does not like it.",) + S + ("rescind-bucharest-2008", "rejects", 1, D),
 (P7,) + S + ("no-ukraine-membership", "rejects", 1, D),
 (P7,) + S + ("nato-open-door", "supports", 1, D),
 ("NATO will continue to patrol international airspace and sail in international waters, as we always have, and we are not going to accept that Russia decides where allied ships and planes can operate. What we can discuss is transparency and how to avoid dangerous incidents, on a reciprocal basis.",) + S + ("no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We are ready to meet again, and I have proposed a series of meetings to both allies and Russia. Dialogue is not a sign of weakness. It is a sign of strength, especially in difficult times like these.",) + S + ("", "", 1, D),
 ("I cannot tell you today whether Russia will choose the diplomatic path. What I can tell you is that if Russia uses force against Ukraine, there will be severe costs, and NATO will always do what is necessary to protect and defend all allies.",) + S + ("", "", 1, D),
]

D = "2022-01-13"
W = "2022-01-12"
K = "Ukraine's Foreign Minister Dmytro Kuleba told a news conference in Kyiv that there could be no serious discussion of European security while Russian troops stood on Ukraine's border, rejecting Moscow's call for talks without preconditions."
R = "Polish Foreign Minister Zbigniew Rau and his Lithuanian counterpart Gabrielius Landsbergis both rejected any ban on deploying offensive weapons on allied territory, with Mr Landsbergis calling the idea \"unacceptable\"."
LU = "Mr Lukashevich said Moscow was not asking for concessions but for a legally binding agreement that Nato would stop moving east."
KA = "She added that the Nato battlegroup in Estonia was staying, whatever Moscow's demands about pulling the alliance back to where it stood in 1997."
L["bbc-2022-01-13-osce-vienna-live"] = [
 ("We will not let Moscow tell us how and where we train our own forces and our allies on our own soil,", "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 1, D),
 (KA, "kaja-kallas", 1, "She", "rollback-to-1997", "rejects", 0, D),
 (KA, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There are some positive elements, some nuances, but on the fundamental issues, on which we insist, the positions differ,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Asked about Western calls for Russian troops to pull back from Ukraine's border, Mr Peskov said Russia would not take instructions on where it moved forces on its own territory.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Without a guarantee that Nato will not move further east, we see no grounds to sit down again in the coming days,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("He said the United States would not stop its security co-operation with Ukraine, Georgia or Moldova because Moscow regarded them as part of its sphere of influence.", "michael-carpenter", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("We need a constructive answer to our proposals within a reasonable time frame. If we do not get one, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 (LU, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 (LU, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, D),
 (K, "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, D),
 (K, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-preconditions", "rejects", 0, D),
 (K, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Nothing about Ukraine without Ukraine - that principle was respected in Geneva, in Brussels and in Vienna,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("He also said Kyiv would never accept any arrangement freezing its path to Nato membership, whatever the great powers agreed among themselves.", "dmytro-kuleba", 1, "He", "no-ukraine-membership", "rejects", 0, D),
 (R, "zbigniew-rau", 1, "Zbigniew Rau", "no-strike-weapons-near-borders", "rejects", 0, D),
 (R, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("Nato must stop holding large exercises right next to our borders, otherwise we will be forced to take measures to compensate for the threats,", "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 1, W),
 ("Mr Grushko also said Russia saw no point, for now, in restoring military contacts with the alliance while Nato treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, W),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, D),
]

D = "2022-01-26"
B = ("antony-blinken", 1, "BLINKEN")
B3 = "I want to be very clear about one thing. There is no change, there will be no change, in our position on NATO's open door. We remain committed to upholding the principle that every country has the right to choose its own security arrangements and alliances, and that includes Ukraine."
B4 = "We address the possibility of reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We address the prospects for arms control related to missiles in Europe, our interest in a follow-on agreement to New START, and ways to restore communication between our militaries to reduce the risk of an accident."
BA = "No. We didn't give any ground on that, and we're not going to sign any document that closes NATO's door to Ukraine or to anyone else. That's a decision for NATO allies and the aspirant country alone."
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador John Sullivan delivered our written response to Russia's proposals to the Foreign Ministry in Moscow. NATO is delivering its own paper to Russia in parallel. The document we delivered includes concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.",) + B + ("", "", 1, D),
 ("We've been in close consultation with our allies and partners throughout, and with Ukraine in particular. Nothing about Ukraine without Ukraine; nothing about Europe without Europe.",) + B + ("", "", 1, D),
 (B3,) + B + ("nato-open-door", "supports", 1, D),
 (B3,) + B + ("no-ukraine-membership", "rejects", 1, D),
 (B4,) + B + ("limit-military-exercises", "mentions", 1, D),
 (B4,) + B + ("no-intermediate-range-missiles", "mentions", 1, D),
 (B4,) + B + ("resume-military-dialogue", "mentions", 1, D),
 ("All of this is on offer if Russia chooses diplomacy. But it's hard to see real progress while more than 100,000 Russian troops remain on Ukraine's border. Russia must de-escalate, and the choice is Moscow's to make.",) + B + ("russia-de-escalation", "supports", 1, D),
 (BA,) + B + ("no-ukraine-membership", "rejects", 1, D),
 (BA,) + B + ("nato-open-door", "supports", 1, D),
 ("We are not making the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We hope and expect that Russia will take the same view.",) + B + ("", "", 1, D),
 ("Look, what we put on paper is a serious diplomatic path, and we're prepared to follow it where it leads. But we are not going to sign a legally binding treaty that freezes Europe's security architecture on Russia's terms.",) + B + ("written-legal-guarantees", "rejects", 1, D),
 ("On the Bucharest question specifically, we heard the request, we've addressed it in the document, and our answer reflects the views of all thirty allies.",) + B + ("rescind-bucharest-2008", "mentions", 1, D),
 ("As for Moscow's response, that's up to them. The ball is in their court, and we'll see how they respond.",) + B + ("", "", 1, D),
 ("As for the allies, I have never seen NATO more united. Every word of our response was consulted with our allies, and NATO's own paper complements ours.",) + B + ("", "", 1, D),
]

D = "2021-12-17"
T2 = "The non-expansion of NATO and the non-deployment of strike weapons systems near Russia's borders are the key elements. This is not a menu from which one can pick and choose,"
L["tass-2021-12-17-ryabkov-draft-treaties"] = [
 ("Russia is ready to start talks with the United States on security guarantees as early as Saturday, December 18, in Geneva, Russian Deputy Foreign Minister Sergei Ryabkov said at a briefing on Friday, stressing that the negotiations must begin without any preconditions.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, D),
 ("The guarantees must be legally binding, because all the verbal assurances and political declarations given to us earlier have proved worthless,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 (T2, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 (T2, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Ukraine and Georgia must never become members of the alliance,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("and the Bucharest formula of 2008 must be disavowed once and for all.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, D),
 ("According to Ryabkov, the United States must also commit not to deploy ground-launched intermediate-range and shorter-range missiles in areas from which they can reach Russian territory, and Russia would undertake the same obligation.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("He added that Washington should refrain from sending heavy bombers and surface warships to areas from which they could strike targets on Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("The deputy minister also said that the alliance should agree not to hold exercises above brigade level in an agreed zone along the border between Russia and NATO countries.", "sergei-ryabkov", 1, "The deputy minister", "limit-military-exercises", "supports", 0, D),
 ("Asked by TASS about the date of May 27, 1997 in the draft agreement with NATO, the diplomat explained that it referred to the configuration that existed before the first wave of eastward enlargement, and that NATO should withdraw the forces and infrastructure it had deployed on the territory of the new members after that date.", "sergei-ryabkov", 1, "the diplomat", "rollback-to-1997", "supports", 0, D),
 ("The freedom to choose alliances cannot be exercised at the expense of the security of others, and that is a principle the West itself signed up to,", "sergei-ryabkov", 1, "Ryabkov", "nato-open-door", "rejects", 1, D),
 ("so that no one could distort their content or play games with them.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, D),
 ("She stressed that Moscow expected NATO to renounce any military activity on the territory of Ukraine, as well as in other states of Eastern Europe, the South Caucasus and Central Asia.", "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We are not issuing ultimatums, we are simply setting out our concerns very clearly,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Earlier, NATO Secretary General Jens Stoltenberg said that any dialogue with Russia would have to respect the alliance's core principles, including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-27"
LV = "The main question is our clear position about the inadmissibility of further expansion of NATO to the east and deployment of the strike weapons which can threaten the territory of Russian Federation"
EX = "To demand from Kiev the refusal from NATO and at the same time to require the written guarantees - it is the logic of the ultimatum, and Washington will never sign it"
L["rusnewsfeed-2022-01-27-kremlin-answers"] = [
 ("It can not be said that our considerations were taken into account or that the readiness to take into account our concerns was shown", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Our main concern - it is the non-expansion of NATO, and on this main question we did not see the positive reaction. But let us not hurry with the conclusions", "dmitry-peskov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The press-secretary also has named «absurd» the demands of the West to withdraw the troops from the Ukrainian border, having declared that Russia moves the troops on own territory and will not take instructions from anybody.", "dmitry-peskov", 1, "The press-secretary", "russia-de-escalation", "rejects", 0, D),
 (LV, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("According to Lavrov, in the document there is no positive answer on this main question, and the «principle of the open doors» is interpreted by the West selectively, only as the freedom to enter any alliance.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("We will insist that the Western colleagues explain to us how they understand the indivisibility of security", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The official representative of MFA Maria Zakharova at briefing on Thursday has called the position of NATO on the question of 1997 «the refusal to hear Russia», and has declared that Moscow continues to insist on the withdrawal of the forces of alliance from the countries which have joined it after 1997.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 0, D),
 ("In the answer there is nothing about the refusal of Ukraine from the course to NATO, and it is the main thing for us", "dmytro-kuleba", 1, "Dmitry Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("The political scientist Dmitry Solovtsov, the director of the Center of Eurasian strategies, in the commentary to our edition has noted, that the American answer insists on the policy of «open doors» of NATO but is silent about the main thing.", "dmitry-solovtsov", 1, "Dmitry Solovtsov", "nato-open-door", "mentions", 0, ""),
 (EX, "dmitry-solovtsov", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 (EX, "dmitry-solovtsov", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 ("According to him, the next weeks will show, whether the sides are capable to find the compromise on the secondary questions, such as the transparency of the exercises.", "dmitry-solovtsov", 1, "him", "limit-military-exercises", "mentions", 0, ""),
]

D = "2022-01-27"
I = ("ilse-brandauer", 1, "Brandauer")
A1 = "From what has leaked so far, Washington is offering to talk about things that were on the table before this crisis began: where intermediate-range missiles may be stationed, and how close to each other's borders bombers and warships may operate. Those are genuine offers, and some of them were originally Russian ideas."
A2 = "The core of the Russian package is a legally binding promise that NATO will not enlarge any further, and above all that Ukraine and Georgia will never join. On that, the answer is a polite but firm no, and Moscow knew it would be."
A5 = "A moratorium of ten or twenty years is the one idea that could square the circle on paper. But I would be against it. It rewards pressure, and it tells every country between Russia and the EU that its future can be traded away over its head."
A6 = "Moscow says it is ready to keep talking without preconditions, and I take that at face value. But nothing will really move while more than 100,000 soldiers sit on Ukraine's border. The first step has to be that Russia pulls at least some of them back."
L["dw-2022-01-28-brandauer-interview"] = [
 ("firmly by the principle that every country in Europe chooses its own alliances", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, D),
 (A1,) + I + ("no-intermediate-range-missiles", "mentions", 1, D),
 (A1,) + I + ("no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (A2,) + I + ("written-legal-guarantees", "mentions", 1, D),
 (A2,) + I + ("nato-non-expansion", "mentions", 1, D),
 (A2,) + I + ("no-ukraine-membership", "mentions", 1, D),
 ("That demand, to return to the situation of 1997, would mean withdrawing the multinational battlegroups from the Baltic states and Poland. I don't think it was ever meant to be negotiated. It is there to show the Russian public that the West refuses everything.",) + I + ("rollback-to-1997", "mentions", 1, D),
 ("The same goes for the Bucharest declaration of 2008. Moscow wants it formally withdrawn, and no NATO government can do that without losing face at home.",) + I + ("rescind-bucharest-2008", "mentions", 1, D),
 ("Moscow wants all Western military cooperation with Ukraine, Georgia and Moldova to stop: instructors, joint exercises, arms deliveries. No Western government has seriously considered that, and the papers delivered on Wednesday will not change it.",) + I + ("no-military-activity-ex-soviet", "mentions", 1, D),
 (A5,) + I + ("no-ukraine-membership", "rejects", 1, D),
 (A5,) + I + ("nato-open-door", "supports", 1, D),
 (A6,) + I + ("no-preconditions", "mentions", 1, D),
 (A6,) + I + ("russia-de-escalation", "supports", 1, D),
 ("Cautiously. Both sides have now put their positions in writing, and that is more than we had in December. Diplomacy is slow, but it is cheaper than anything else on offer.",) + I + ("", "", 1, D),
]

write_gold(L, "articles-137", "gold-137")
