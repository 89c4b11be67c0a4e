#!/usr/bin/env python3
"""Writes the held-out gold of batch 172 (gold-172/*.nq) from the labels below.

Batch 172 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven mainstream forms:

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy after the
  Geneva talks (front matter, straight quotes; a quotation split by "Sherman
  said", a lede in which the United States rebuffs "Russia's demand", short
  scare-quoted fragments, the Baker 1990 story as unlabelled history);
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press conference transcript
  after the NATO-Russia Council (no front matter, speaker labels, journalists'
  questions that name demands, a moderator, an answer about 1990 history);
- interfax-2022-01-14-grushko-interview: Interfax Q&A interview with Alexander
  Grushko (UTF-8 BOM, CRLF line ends, no front matter, translated English,
  questions and answers both introduced by a dash, multi-paragraph answers);
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written answers (no front matter,
  SECRETARY BLINKEN / MR PRICE / QUESTION labels, curly apostrophes);
- bbc-2022-01-27-ukraine-crisis-live: BBC News live page (front matter, curly
  quotes, timestamps, entry headlines, a summary box, two speakers in one
  sentence, an embassy, a senior EU official, Bucharest 2008 as background);
- tass-2022-01-27-peskov-press-call: TASS report of Peskov's Kremlin press call
  in machine-translated English (« » quotes with "— said Peskov", roles such as
  "the press secretary", questions he deflects, link lines);
- dw-2022-01-14-osce-vienna-opinion: DW opinion piece on the OSCE session with
  German quotation marks „ “, invented analysts and an invented MP beside Rau,
  Lukashevich, Carpenter and Aurescu.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 ("The United States on Monday rebuffed Russia's demand that Ukraine be barred from ever joining NATO, after nearly eight hours of talks in Geneva that produced no sign of a breakthrough over the roughly 100,000 Russian troops massed near the Ukrainian border.", "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("The United States on Monday rebuffed Russia's demand that Ukraine be barred from ever joining NATO, after nearly eight hours of talks in Geneva that produced no sign of a breakthrough over the roughly 100,000 Russian troops massed near the Ukrainian border.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("firm in pushing back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("Whether Ukraine joins NATO is for Ukraine and the 30 allies to decide,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Whether Ukraine joins NATO is for Ukraine and the 30 allies to decide,", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("and we will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said she had also heard Moscow's demand that NATO end its military cooperation with Ukraine, Georgia and other former Soviet republics, and that the U.S. delegation had \"listened carefully\" without making any commitments.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "mentions", 0, "2022-01-10"),
 ("Sherman said she had also heard Moscow's demand that NATO end its military cooperation with Ukraine, Georgia and other former Soviet republics, and that the U.S. delegation had \"listened carefully\" without making any commitments.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("de-escalate and return its troops to their barracks, or tell us what exactly those exercises are for.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We went into these talks without any preconditions, and we expect the same from the Americans, not ultimatums about how we move troops on our own territory,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2022-01-10"),
 ("We went into these talks without any preconditions, and we expect the same from the Americans, not ultimatums about how we move troops on our own territory,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("We do not trust the other side, and that is the heart of the problem,", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, "2022-01-10"),
 ("Moscow has put a maximalist wish list on the table and Washington has answered with a short menu of arms-control items. Neither side can say yes to the other's list without losing face at home,", "olivia-brandtner", 1, "Olivia Brandtner", "", "", 1, ""),
]

S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a serious and direct exchange on the situation in and around Ukraine and on the implications for European security.", *S, "", "", 1, "2022-01-12"),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join the Alliance. Russia does not have a veto.", *S, "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join the Alliance. Russia does not have a veto.", *S, "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We also proposed to re-open our respective offices in Moscow and Brussels and to make full use of military-to-military channels of communication, so that incidents and accidents do not spiral out of control.", *S, "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Allies called on Russia to immediately de-escalate and to withdraw its forces from Ukraine's borders. There is a real risk of new armed conflict in Europe.", *S, "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The Russian delegation did not agree to set dates for further meetings today, but it did not reject them either. NATO is ready to meet again.", *S, "", "", 1, "2022-01-12"),
 ("We will send Russia our proposals in writing, so there is no misunderstanding about where we stand. But there will be no legally binding treaty that shuts NATO's door to new members.", *S, "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We will send Russia our proposals in writing, so there is no misunderstanding about where we stand. But there will be no legally binding treaty that shuts NATO's door to new members.", *S, "nato-open-door", "supports", 1, "2022-01-12"),
 ("I will not speculate about Russian intentions. What I can say is that the meeting was not easy, and it is exactly because it is not easy that we need to keep talking.", *S, "", "", 1, "2022-01-12"),
 ("NATO's exercises are defensive and transparent, and we invite observers to them. We will not cancel or scale down our exercises on Allied territory.", *S, "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("We have made it clear that any further aggression against Ukraine will have severe consequences and carry a high price for Russia. At the same time, Allies are ready to reinforce their own defences in the east of the Alliance if needed, and some have already announced additional ships and aircraft.", *S, "", "", 1, "2022-01-12"),
 ("That is simply not true. No such promise was ever made, and this has been documented many times.", *S, "", "", 1, "2022-01-12"),
]

G = ("alexander-grushko", 1, "Alexander Grushko")
L["interfax-2022-01-14-grushko-interview"] = [
 ("The conversation was frank, direct, deep and substantive. But I must say that on the key questions the NATO countries did not show readiness to take into account our concerns.", *G, "", "", 1, "2022-01-14"),
 ("We need legally binding guarantees of the non-expansion of NATO to the east. Not promises, not declarations of intent, but guarantees fixed on paper and signed. The experience of the 1990s showed what verbal assurances are worth.", *G, "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("We need legally binding guarantees of the non-expansion of NATO to the east. Not promises, not declarations of intent, but guarantees fixed on paper and signed. The experience of the 1990s showed what verbal assurances are worth.", *G, "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Also the decision of the Bucharest summit of 2008 that Ukraine and Georgia will become members of NATO must be disavowed. This formula is a permanent source of tension in Europe.", *G, "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("Intermediate-range missiles and exercises are important questions, and we do not refuse to discuss them. But to take from our package only what is convenient for NATO will not work. Without an answer on the non-expansion of NATO there will be no movement on the rest.", *G, "no-intermediate-range-missiles", "mentions", 1, "2022-01-14"),
 ("Intermediate-range missiles and exercises are important questions, and we do not refuse to discuss them. But to take from our package only what is convenient for NATO will not work. Without an answer on the non-expansion of NATO there will be no movement on the rest.", *G, "limit-military-exercises", "mentions", 1, "2022-01-14"),
 ("Intermediate-range missiles and exercises are important questions, and we do not refuse to discuss them. But to take from our package only what is convenient for NATO will not work. Without an answer on the non-expansion of NATO there will be no movement on the rest.", *G, "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("The forward presence of NATO in the countries that joined after 1997 is a direct threat to us. We proposed to return to the configuration of May 1997, when the Founding Act was signed, and this proposal remains on the table.", *G, "rollback-to-1997", "supports", 1, "2022-01-14"),
 ("And NATO aviation and ships must not come to our borders at a distance from which they can strike targets on Russian territory. The number of flights of strategic bombers near our borders has grown many times in the last year.", *G, "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-14"),
 ("Nobody disputes the sovereignty of Ukraine. But the military development of the territory of Ukraine by the alliance — instructors, deliveries of weapons, training centres — must stop. This is a red line for us.", *G, "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("Today I do not see any sense in it. NATO itself froze all practical cooperation in 2014, and while the alliance considers Russia an adversary, restoring the military channels will be only an imitation.", *G, "resume-military-dialogue", "rejects", 1, "2022-01-14"),
 ("Then we will use other means to ensure our security, military-technical ones. I will not go into details now.", *G, "", "", 1, "2022-01-14"),
]

B = ("antony-blinken", 1, "Blinken")
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short time ago, our Ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. The response was fully coordinated with Ukraine and with our European Allies and partners, and NATO is delivering its own paper in parallel.", *B, "", "", 1, "2022-01-26"),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our Allies about Russia’s actions, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", *B, "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. We reaffirm our commitment to NATO’s open door.", *B, "nato-open-door", "supports", 1, "2022-01-26"),
 ("There are also things on which there will be no change. We will not agree to pull Allied forces back from NATO’s eastern flank, and we will not accept a halt to NATO enlargement. Nor will we accept limits on where our ships and aircraft can operate in international waters and airspace.", *B, "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("There are also things on which there will be no change. We will not agree to pull Allied forces back from NATO’s eastern flank, and we will not accept a halt to NATO enlargement. Nor will we accept limits on where our ships and aircraft can operate in international waters and airspace.", *B, "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("There are also things on which there will be no change. We will not agree to pull Allied forces back from NATO’s eastern flank, and we will not accept a halt to NATO enlargement. Nor will we accept limits on where our ships and aircraft can operate in international waters and airspace.", *B, "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Finally, and most urgently, the best path forward is for Russia to pull back the forces it has massed on Ukraine’s borders. It is very hard to make diplomatic progress in an atmosphere of escalation, with a gun pointed at Ukraine’s head.", *B, "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("So the ball is in Russia’s court. Whatever Moscow chooses, we are prepared, and we will stand united with our Allies and partners.", *B, "", "", 1, "2022-01-26"),
 ("We’re not going to publish it, because we think diplomacy has the best chance to succeed if we give space for confidential talks. We hope and expect that Russia will have the same view and will take our proposals seriously.", *B, "", "", 1, "2022-01-26"),
 ("On Ukraine, the answer is very clear, and it is in the document. Whether Ukraine joins NATO is a decision for Ukraine and the 30 Allies, and for no one else. We will not slam that door shut.", *B, "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("On Ukraine, the answer is very clear, and it is in the document. Whether Ukraine joins NATO is a decision for Ukraine and the 30 Allies, and for no one else. We will not slam that door shut.", *B, "nato-open-door", "supports", 1, "2022-01-26"),
 ("We will continue to support Ukraine’s defense, including with training and with defensive security assistance, and that is not up for negotiation with Moscow.", *B, "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and is ready to discuss next steps. As for a written reply, that’s up to them.", *B, "", "", 1, "2022-01-26"),
]

BALTIC = "Latvia’s Foreign Minister Edgars Rinkevics and Estonia’s Prime Minister Kaja Kallas on Thursday both welcomed the fact that the replies turned down Moscow’s demand for Nato to pull its troops out of the countries that joined the alliance after 1997."
KULEBA_BUCH = "He also dismissed as “absurd” Russia’s demand that Nato revoke its 2008 promise that Ukraine and Georgia would one day join, saying the decision taken in Bucharest was “not Moscow’s to cancel”."
L["bbc-2022-01-27-ukraine-crisis-live"] = [
 ("no positive response on the main issue", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further Nato expansion eastwards and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main issue is our clear position on the inadmissibility of further Nato expansion eastwards and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("a serious conversation on secondary issues", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 (BALTIC, "edgars-rinkevics", 1, "Edgars Rinkevics", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 (BALTIC, "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 (BALTIC, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Russian embassy in Washington has complained about the presence of US destroyers in the Black Sea, saying in a Facebook post that American warships and reconnaissance aircraft had no business operating “in direct proximity to Russian borders”.", "russia", 0, "The Russian embassy in Washington", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("there are no objections from the Ukrainian side", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-27"),
 ("It is important that the United States has not made a single concession on Ukraine’s right to choose its own path, including towards Nato,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("It is important that the United States has not made a single concession on Ukraine’s right to choose its own path, including towards Nato,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 (KULEBA_BUCH, "dmytro-kuleba", 1, "He", "rescind-bucharest-2008", "rejects", 0, "2022-01-27"),
 (KULEBA_BUCH, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("the best security guarantee for Ukraine is the withdrawal of Russian troops from our borders and a real dialogue, not ultimatums", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance rests.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("Nobody is going to give Russia a veto over the enlargement of Nato, and nobody is going to negotiate about Ukraine without Ukraine,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("A senior EU official, speaking on condition of anonymity, said the bloc expected Russia to pull back its forces from the Ukrainian border before any talk of easing tensions could be taken seriously.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, ""),
]

L["tass-2022-01-27-peskov-press-call"] = [
 ("It is impossible to say that our thoughts were taken into account or that the readiness to take into account our concerns was shown. But we will not hurry with the assessments", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("We need the guarantees on paper, signed and legally binding. The verbal assurances we already received in the 1990s, and everybody knows how it ended", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("The movement of our troops on our own territory is the sovereign affair of Russia and should not worry anybody. We did not threaten and do not threaten anybody", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("The Americans say that the door of NATO is open. But for us the question is not about the door, the question is that the alliance comes ever closer to our borders", "dmitry-peskov", 1, "the press secretary", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("The Americans say that the door of NATO is open. But for us the question is not about the door, the question is that the alliance comes ever closer to our borders", "dmitry-peskov", 1, "the press secretary", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Asked whether the Kremlin would accept the proposal of NATO to restore the military channels of communication, Peskov said that this, as all other proposals, will be analysed.", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("Asked also whether Moscow sets the preconditions for the next round of the talks, the Kremlin spokesman answered that this question will be decided by the head of state after the analysis of the documents.", "dmitry-peskov", 1, "the Kremlin spokesman", "no-preconditions", "mentions", 0, "2022-01-27"),
 ("The formula of Bucharest-2008, that Ukraine and Georgia will become members of NATO, must be annulled. Without this all talk about the indivisible security is empty", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, "2022-01-26"),
]

WIS = "Marek Wiśniowski, a security analyst at the Centre for Eastern Studies in Warsaw, said Moscow wanted a signed, legally binding guarantee that Ukraine would never join NATO, and was being offered a conversation instead."
LUK = "Lukashevich told the council on Thursday that NATO's drills near Russia's western borders, including naval exercises in the Black Sea, had to be scaled back, and that a moratorium on intermediate-range missiles in Europe was still on the table and Washington had to commit to it."
AUR = "Romania's Foreign Minister Bogdan Aurescu said on Thursday that his country would never accept a ban on allied strike systems on its territory, as demanded by Moscow, and that the Aegis Ashore site at Deveselu was purely defensive."
RAN1 = "Strike weapons in the countries along Russia's border, American warships and bombers within striking range: those are things one can at least talk about, because they cut both ways,"
OBE = "There should be no more talks in Geneva or Vienna until the Kremlin has pulled its troops back from the Ukrainian border,"
L["dw-2022-01-14-osce-vienna-opinion"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 0, "2022-01-13"),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "no-intermediate-range-missiles", "supports", 0, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("We are not going to negotiate away the right of any country to choose its alliances.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 1, "2022-01-13"),
 (AUR, "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 (AUR, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (WIS, "marek-wisniowski", 1, "Marek Wiśniowski", "no-ukraine-membership", "mentions", 0, ""),
 (WIS, "marek-wisniowski", 1, "Marek Wiśniowski", "written-legal-guarantees", "mentions", 0, ""),
 (WIS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (WIS, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The Bucharest declaration and the idea of returning NATO to where it stood in 1997 come up in every single meeting,", "marek-wisniowski", 1, "Wiśniowski", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The Bucharest declaration and the idea of returning NATO to where it stood in 1997 come up in every single meeting,", "marek-wisniowski", 1, "Wiśniowski", "rollback-to-1997", "mentions", 1, ""),
 ("Everyone in Brussels repeats that NATO's door stays open. Nobody there will say when anyone will actually walk through it.", "marek-wisniowski", 1, "Wiśniowski", "nato-open-door", "mentions", 1, ""),
 (RAN1, "elke-randow", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (RAN1, "elke-randow", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Whether NATO enlarges any further is where every conversation ends, whatever happens with the missiles,", "elke-randow", 1, "Randow", "nato-non-expansion", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles would freeze a situation in which Russia already has the 9M729 deployed and we have nothing comparable. That would be a mistake,", "elke-randow", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Whether there is a pullback of troops before anything else is the question on which these talks will live or die,", "elke-randow", 1, "Randow", "russia-de-escalation", "mentions", 1, ""),
 (OBE, "hendrik-oberlander", 1, "Hendrik Oberländer", "no-preconditions", "rejects", 1, ""),
 (OBE, "hendrik-oberlander", 1, "Hendrik Oberländer", "russia-de-escalation", "supports", 1, ""),
]

write_gold(L, "articles-172", "gold-172")
