#!/usr/bin/env python3
"""Writes the seventy-ninth held-out gold (gold-79/*.nq) from the labels below.

Batch 79 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It is meant to look like the mainstream coverage most readers saw between
1 and 15 February 2022 (El Pais publishing the US/NATO answers, Macron and
Scholz in Moscow, Lavrov-Truss):

- reuters-2022-02-02-elpais-answers: Reuters wire copy with front matter,
  straight quotes, a crosshead, quotations from the leaked documents (not
  labelled), an embassy as speaker, Moscow's demand attributed in passing.
- pentagon-2022-02-04-kirby-briefing: Pentagon press briefing transcript, no
  front matter (date in the text), "John Kirby:" speaker labels and "Q:"
  questions from journalists.
- mid-2022-02-10-zakharova-briefing: Russian MFA briefing transcript with a
  UTF-8 BOM and CRLF line ends, front matter, table of contents and
  crossheads, « » quotation marks, "Question:" / "Maria Zakharova:" labels.
- izvestia-2022-02-11-grushko-interview: machine-translated aggregator copy
  of an Izvestia Q&A interview (questions "Izvestia:", answers led by a
  dash), „ “ quotation marks, passive attribution, transliterated names
  ("Dmitry Kuleba"), no front matter.
- sky-2022-02-08-macron-kyiv-live: Sky News live blog, reverse-chronological
  timestamped entries, key-point bullets, curly quotes, two speakers in one
  sentence, no front matter.
- ft-2022-02-11-lavrov-truss-analysis: Financial Times analysis with front
  matter and standfirst, invented experts, a quotation split by "she said",
  indirect speech spanning sentences ("he went on"), history not labelled.
- bloomberg-2022-02-15-putin-scholz: Bloomberg wire, no front matter, two
  speakers in the lead sentence, a split quotation, a senior EU official,
  an ambassador floating a concession (mentions).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
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

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

LEAD = "Washington offered Moscow talks on where missiles can be placed in Europe and on limits to military exercises but turned down Russia's demand for a halt to NATO's eastward expansion, according to documents published on Wednesday by Spanish newspaper El Pais."
STOLT = "NATO Secretary-General Jens Stoltenberg, speaking in Brussels on Tuesday, dismissed as \"a non-starter\" Moscow's demand that the alliance withdraw troops and weapons from the members that joined after 1997."
LIND = "The real question was always whether NATO stops expanding. Talks on intermediate-range missiles are the consolation prize,"
L["reuters-2022-02-02-elpais-answers"] = [
 (LEAD, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (LEAD, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (LEAD, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 (LEAD, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We do not comment on leaks, and it is not our practice to publish documents of this kind,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-02-02"),
 ("The Russian embassy in Washington wrote on its Telegram channel that the publication \"changes nothing\" and that Moscow still insisted on an end to NATO's eastward expansion.", "russia", 0, "The Russian embassy in Washington", "nato-non-expansion", "supports", 0, ""),
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("He added that there also had to be firm rules keeping U.S. strategic bombers and warships out of areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-02-01"),
 (STOLT, "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-02-01"),
 (STOLT, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are ready to sit down and listen to Russia's concerns, but we will not compromise on core principles,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-02-01"),
 ("There is nothing in there that we have not said publicly,", "ned-price", 1, "Price", "", "", 1, "2022-02-02"),
 ("NATO's door is open, and it will remain open.", "ned-price", 1, "Price", "nato-open-door", "supports", 1, "2022-02-02"),
 ("The leak shows the West said yes to the items at the bottom of the list and no to the items at the top,", "oskar-lindqvist", 1, "Oskar Lindqvist", "", "", 1, ""),
 (LIND, "oskar-lindqvist", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (LIND, "oskar-lindqvist", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

K = ("john-kirby", 1, "John Kirby")
KD = "2022-02-04"
K3 = "We also continue to call on Russia to de-escalate, to pull back the more than 100,000 troops it has arrayed along Ukraine's borders and in Belarus, and to choose the path of diplomacy. And we continue to believe that regular military-to-military channels with Moscow are important. They ought to be open and they ought to be used, and we've said so privately and publicly."
K9 = "That's a decision for Ukraine and the 30 allies to make, not for Russia. The Secretary's been very clear about this: Mr. Putin doesn't get a veto over who walks through NATO's open door."
L["pentagon-2022-02-04-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top, and then we'll get to your questions. The first elements of the 82nd Airborne Division that the Secretary ordered to Poland this week have begun arriving at Rzeszow, and the Stryker squadron from Vilseck is on the road to Romania. We expect the rest of these units to close over the next several days.", *K, "", "", 1, KD),
 ("Now, I want to be clear again about what these forces are and what they are not. They are not going to fight in Ukraine. They are there to reassure our allies on NATO's eastern flank and to deter any aggression against alliance territory.", *K, "", "", 1, KD),
 (K3, *K, "russia-de-escalation", "supports", 1, KD),
 (K3, *K, "resume-military-dialogue", "supports", 1, KD),
 ("No. That's a non-starter, and the Russians know it. The forces we've announced this week are going to allied nations, and we are not going to roll back the clock to 1997 or pull American troops out of countries that are members of this alliance.", *K, "rollback-to-1997", "rejects", 1, KD),
 ("We said in the written response that we're willing to discuss with the Russians, on a reciprocal basis, the placement of intermediate-range missiles in Europe. But it has to be reciprocal and it has to be verifiable, and, frankly, it was Russia that violated the INF Treaty in the first place.", *K, "no-intermediate-range-missiles", "mentions", 1, KD),
 ("I'm not going to speculate about future force posture decisions. What I can tell you is that the written response offered to talk to Russia about reciprocal commitments not to deploy offensive strike systems near each other's borders, and that offer still stands.", *K, "no-strike-weapons-near-borders", "mentions", 1, KD),
 ("We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. Nobody gets to draw a line on a map and tell the U.S. Navy or the Air Force to stay on the other side of it.", *K, "no-warships-aircraft-in-strike-range", "rejects", 1, KD),
 ("We've talked about transparency and risk reduction for exercises, and we're open to discussing reciprocal limits on them with Russia in the right format.", *K, "limit-military-exercises", "mentions", 1, KD),
 ("What we're not going to do is scale back our exercises with the Baltic states unilaterally, not while they've got some 30,000 troops drilling in Belarus right up against the Ukrainian border.", *K, "limit-military-exercises", "rejects", 1, KD),
 ("I don't have any calls to read out today.", *K, "", "", 1, KD),
 (K9, *K, "nato-open-door", "supports", 1, KD),
 (K9, *K, "no-ukraine-membership", "rejects", 1, KD),
 ("These are defensive deployments. Nobody is threatening Russia, and I'd refer you to my colleagues at the State Department on the diplomatic track.", *K, "", "", 1, KD),
]

Z = ("maria-zakharova", 1, "Maria Zakharova")
ZD = "2022-02-10"
Z4 = "Let me remind you what the main issues are. NATO must not expand further east, and Ukraine must never become a member of the alliance. Strike weapon systems must not be deployed near Russia's borders. And the alliance must return to the configuration of 1997, withdrawing the forces and infrastructure it has placed on the territory of the states that joined it afterwards."
L["mid-2022-02-10-zakharova-briefing"] = [
 ("Today Foreign Minister Sergey Lavrov held talks in Moscow with UK Foreign Secretary Elizabeth Truss. The minister has already spoken about their results at the news conference, so I will not repeat everything he said.", *Z, "", "", 1, ZD),
 ("I will say only this. Our British colleagues came with lectures rather than proposals. Once again we heard that Russia must «de-escalate» and take its troops away from the border. We regard such demands, addressed to a country that is moving its armed forces across its own territory, as absurd, and we reject them.", *Z, "russia-de-escalation", "rejects", 1, ZD),
 ("We have studied the American and NATO responses carefully, and the President has already given his assessment. Our reply is being prepared in close cooperation with the relevant agencies and will be sent at the appropriate time.", *Z, "", "", 1, ZD),
 (Z4, *Z, "nato-non-expansion", "supports", 1, ZD),
 (Z4, *Z, "no-ukraine-membership", "supports", 1, ZD),
 (Z4, *Z, "no-strike-weapons-near-borders", "supports", 1, ZD),
 (Z4, *Z, "rollback-to-1997", "supports", 1, ZD),
 ("We also expect NATO to formally disavow the decision of the 2008 Bucharest summit, according to which Ukraine and Georgia «will become members» of the bloc. That formula remains a direct threat to our security.", *Z, "rescind-bucharest-2008", "supports", 1, ZD),
 ("All of this must be fixed on paper, in a legally binding form. We have already had verbal assurances, and we know what they are worth.", *Z, "written-legal-guarantees", "supports", 1, ZD),
 ("The so-called open-door policy is not a norm of international law, it is a slogan. The freedom to choose alliances cannot be exercised at the expense of the security of other states. This is written in the OSCE documents that our Western colleagues like to quote so much, but they read only half of the sentence.", *Z, "nato-open-door", "rejects", 1, ZD),
 ("Kiev has been turned into a testing ground for NATO instructors, drones and weapons. We demand that the alliance stop the military development of Ukraine and of the other post-Soviet states, and this demand has not been withdrawn.", *Z, "no-military-activity-ex-soviet", "supports", 1, ZD),
 ("As for Mr Kuleba, I would advise him to spend less time on Twitter and more time implementing the Minsk agreements.", *Z, "", "", 1, ZD),
 ("We have always been ready to talk without any preconditions. It is the other side that keeps inventing conditions and ultimatums, and then accuses us of issuing ultimatums.", *Z, "no-preconditions", "supports", 1, ZD),
 ("Let me remind you that it was NATO that expelled our diplomats in Brussels last October. Contacts between the militaries for the sake of contacts, while our main proposals are being ignored, make no sense to us.", *Z, "resume-military-dialogue", "rejects", 1, ZD),
 ("These steps only confirm what we have been saying. The alliance is not reducing tension, it is building it up, and then it is surprised by our reaction.", *Z, "", "", 1, ZD),
]

G = ("alexander-grushko", 1, "Alexander Grushko")
GD = "2022-02-10"
G1 = "We have received the papers in which it is said about everything, except that what we asked. There is not a word about the non-expansion of NATO, not a word about the return of the infrastructure of the alliance to the positions of 1997. This is the main thing for us, and without it the rest does not work."
KUL = "Earlier the head of the Ministry of Foreign Affairs of Ukraine Dmitry Kuleba declared on Wednesday that Kiev will not refuse the military cooperation with the partners despite the demands of Moscow to stop any activity of NATO on the territory of Ukraine."
L["izvestia-2022-02-11-grushko-interview"] = [
 (G1, *G, "nato-non-expansion", "supports", 1, GD),
 (G1, *G, "rollback-to-1997", "supports", 1, GD),
 ("At the same time we do not close the door. We are ready to discuss also the principle of the freedom of choice of the alliances, but only together with the principle that nobody strengthens its security at the expense of the security of the others.", *G, "nato-open-door", "mentions", 1, GD),
 ("We insist on the refusal of the deployment of the missiles of intermediate and shorter range in Europe on the mutual basis, it is our old proposal, and the Americans have now only returned to it. But it is impossible to exchange it for the main questions.", *G, "no-intermediate-range-missiles", "supports", 1, GD),
 ("NATO conducts the exercises near our borders with the growing intensity, the scenarios become more and more provocative. The scale of such exercises must be reduced, and the zones of their holding must be moved away from the line of contact.", *G, "limit-military-exercises", "supports", 1, GD),
 ("The alliance must stop to pull Ukraine into its military orbit. The deliveries of the weapons, the instructors, the exercises on the Ukrainian territory, and the same in Georgia — all this must be stopped.", *G, "no-military-activity-ex-soviet", "supports", 1, GD),
 ("Then we will take the measures of the military-technical character, which we consider necessary. I do not want to go into details, but nobody should have illusions.", *G, "", "", 1, GD),
 ("The dialogue continues, the channels work. We will see what the partners will offer.", *G, "", "", 1, GD),
 (KUL, "dmytro-kuleba", 1, "Dmitry Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-02-09"),
 (KUL, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Ukraine itself decides, with whom to train its army and from whom to receive the weapons, and nobody other", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-09"),
 ("The minister of foreign affairs of Georgia David Zalkaliani at that declared on Thursday, that the decision of the Bucharest summit of 2008 remains in force and that nobody has the right to cancel it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-02-10"),
 ("As was noted by the press secretary of the president of Russia Dmitry Peskov, the Russian troops will remain there, where the Supreme Commander considers it necessary, and the demands of the West about their withdrawal from the borders of Ukraine Moscow does not accept.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, ""),
]

SD = "2022-02-08"
BALT = "Estonia’s prime minister Kaja Kallas and Latvia’s defence minister Artis Pabriks on Tuesday both dismissed the idea of withdrawing allied troops from the Baltic states, saying the NATO battlegroups were there at the invitation of their governments."
MARSH = "The question is whether American warships and bombers can be kept out of range of Russian territory, and whether NATO drills can be pulled back from the borders. Those are things you can talk about,"
LANDS = "You cannot negotiate with a gun pointed at your neighbour’s head. Russia has to pull back first, and then we can talk,"
L["sky-2022-02-08-macron-kyiv-live"] = [
 ("I don’t really trust words. I believe that every politician can be transparent by taking concrete steps,", "volodymyr-zelensky", 1, "the Ukrainian president", "", "", 1, SD),
 ("The path to security in Europe cannot go through a veto by Moscow on the choices of sovereign states. That would be unacceptable for France and for all Europeans,", "emmanuel-macron", 1, "Macron", "nato-open-door", "supports", 1, SD),
 (BALT, "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, SD),
 (BALT, "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 0, SD),
 ("Moscow and Paris could not have reached any deals. France is a member of the EU and of NATO, where it does not hold the leadership,", "dmitry-peskov", 1, "Peskov", "", "", 1, SD),
 ("What weapons are deployed in Poland is for Poland and its allies to decide, not for the Kremlin,", "mariusz-blaszczak", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, SD),
 (MARSH, "helen-marsh", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, SD),
 (MARSH, "helen-marsh", 1, "she", "limit-military-exercises", "mentions", 1, SD),
 (LANDS, "gabrielius-landsbergis", 1, "Landsbergis", "no-preconditions", "rejects", 1, SD),
 (LANDS, "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, SD),
 ("Lithuania will not cancel a single exercise with its allies, not this month and not next month,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, SD),
 ("If Russia invades — that means tanks or troops crossing the border of Ukraine again — then there will be no longer a Nord Stream 2. We will bring an end to it.", "joe-biden", 1, "Joe Biden", "", "", 1, "2022-02-07"),
]

FD = "2022-02-10"
L["ft-2022-02-11-lavrov-truss-analysis"] = [
 ("Ideological approaches, ultimatums, threats — this is a road to nowhere,", "sergei-lavrov", 1, "he", "", "", 1, FD),
 ("Lavrov also brushed aside calls for a Russian pullback, insisting that troops moving on Russia’s own soil were nobody else’s business.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, FD),
 ("Moscow would not settle for a moratorium, he went on, and would insist on guarantees that were legally binding.", "sergei-lavrov", 1, "he", "written-legal-guarantees", "supports", 0, FD),
 ("and it is for sovereign nations to decide who they align with, not for anyone in Moscow.", "liz-truss", 1, "she", "nato-open-door", "supports", 1, FD),
 ("There will be no legally binding treaty that gives Moscow a say over Nato’s future, on paper or anywhere else,", "liz-truss", 1, "Truss", "written-legal-guarantees", "rejects", 1, FD),
 ("The withdrawal of Nato forces from eastern Europe was never going to be accepted by anyone. It is an opening bid, not a bottom line,", "ingrid-halvorsen", 1, "Ingrid Halvorsen", "rollback-to-1997", "mentions", 1, ""),
 ("She thinks the same is true of the call for Nato to disown the promise of membership it made to Ukraine and Georgia at its 2008 Bucharest summit, which she describes as “a symbolic demand”.", "ingrid-halvorsen", 1, "She", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Talks without preconditions sound reasonable until you ask what each side counts as a precondition,", "ingrid-halvorsen", 1, "Halvorsen", "no-preconditions", "mentions", 1, ""),
 ("If Washington is serious about a moratorium on intermediate-range missiles, that is a real offer. But the Kremlin will also want something on Ukraine it can show at home,", "pavel-krainov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles would freeze in place Russia’s advantage. It has the 9M729 deployed already and we have nothing comparable in Europe,", "carl-brennan", 1, "Carl Brennan", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("He told reporters on Thursday he would listen to any Russian proposals for restoring regular contacts between the two countries’ militaries.", "ben-wallace", 1, "He", "resume-military-dialogue", "mentions", 0, FD),
]

BD = "2022-02-15"
BLEAD = "Vladimir Putin said on Tuesday that Russia wants the question of Ukraine's NATO membership settled now rather than left for the future, while German Chancellor Olaf Scholz called the withdrawal of some Russian units \"a good sign\" and urged Moscow to take further steps to de-escalate."
SCH1 = "One side wants Russian tanks back in their barracks, the other wants NATO back behind its 1997 lines,"
SCH2 = "The whole fight is about paper: a legally binding signature against a political promise. Everything else, including whether NATO trainers and weapons stay out of Ukraine and Georgia, can be finessed,"
L["bloomberg-2022-02-15-putin-scholz"] = [
 (BLEAD, "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 0, BD),
 (BLEAD, "olaf-scholz", 1, "Olaf Scholz", "russia-de-escalation", "supports", 0, BD),
 ("We are ready to continue working together,", "vladimir-putin", 1, "Putin", "", "", 1, BD),
 ("but the question of Ukraine's membership must be solved now, not postponed for years.", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, BD),
 ("Putin said Russia was willing to keep talking about military exercises and other confidence-building measures, but only as part of a package with its main demands.", "vladimir-putin", 1, "Putin", "limit-military-exercises", "mentions", 0, BD),
 ("Everyone knows that the question of NATO membership for Ukraine is not on the agenda. It is somewhat strange to see the Russian government turn something that is not on the agenda into the subject of such a big political problem,", "olaf-scholz", 1, "Scholz", "no-ukraine-membership", "mentions", 1, BD),
 ("The Kremlin meeting came a day after confusion in Kyiv over remarks by Ukraine's ambassador to the U.K., Vadym Prystaiko, who told the BBC on Sunday that Ukraine could be \"flexible\" about its goal of joining NATO if that helped avoid a war.", "vadym-prystaiko", 1, "Vadym Prystaiko", "no-ukraine-membership", "mentions", 0, "2022-02-13"),
 ("Foreign Ministry spokesman Oleg Nikolenko said on Monday that the ambassador had been taken out of context and that joining NATO remained Ukraine's strategic goal.", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-ukraine-membership", "rejects", 0, "2022-02-14"),
 ("It seems to me that our possibilities are far from being exhausted,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-02-14"),
 ("A senior European Union official, who asked not to be named discussing internal deliberations, said the bloc was ready to back talks on the transparency and scale of military exercises in Europe.", "european-union", 0, "A senior European Union official", "limit-military-exercises", "mentions", 0, ""),
 (SCH1, "rainer-schoettle", 1, "Rainer Schoettle", "russia-de-escalation", "mentions", 1, ""),
 (SCH1, "rainer-schoettle", 1, "Rainer Schoettle", "rollback-to-1997", "mentions", 1, ""),
 (SCH2, "rainer-schoettle", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (SCH2, "rainer-schoettle", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

write_gold(L, "articles-79", "gold-79")
