#!/usr/bin/env python3
"""Writes the held-out gold of batch 153 (gold-153/*.nq) from the labels below.

Batch 153 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy from the Geneva
  talks, no front matter (date from the "January 10, 2022" line and the
  dateline), straight quotation marks, a quotation split by "the deputy
  foreign minister said", a quotation running over two sentences, pronoun
  and role attribution, the Baker 1990 background (not labelled), an
  invented former official.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO transcript with
  front matter, speaker labels "Jens Stoltenberg (NATO Secretary General):",
  a moderator and journalists' questions (not labelled).
- kommersant-2022-01-14-grushko-interview: Kommersant interview, machine
  translated, UTF-8 BOM and CRLF line ends, front matter, « » and „ “ marks,
  Q&A paragraphs led by dashes; the interview took place on Thursday.
- defense-2022-01-26-kirby-briefing: Pentagon press briefing transcript, no
  front matter, "PRESS SECRETARY JOHN F. KIRBY:" then "MR. KIRBY:" labels,
  reporters' questions with and without "Q:".
- nbcnews-2022-01-27-written-response-live: NBC News live blog with front
  matter, curly quotes, timestamped entries in reverse order over two days,
  a "What to know" box (not labelled), an embassy statement, a senior EU
  official, an invented analyst.
- lemonde-2022-02-02-putin-fundamental-concerns: Le Monde in English
  analysis, no front matter, straight quotes, standfirst (not labelled),
  Baker 1990 and Bucharest 2008 background (not labelled), invented French,
  Polish and Russian experts disagreeing.
- up-2022-01-13-kuleba-osce-troops: Ukrainska Pravda news item, no front
  matter, „ “ marks, "Source:", "Quote:", "Details:", "Earlier:",
  "Background:" and "Read also:" lines, two speakers in one sentence,
  indirect speech running over two sentences.

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

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
LEDE = "The United States on Monday rejected Russia's demand that Ukraine be barred from ever joining NATO, as the two sides ended nearly eight hours of talks in Geneva with no sign of a breakthrough over Moscow's troop build-up near its neighbour."
SHERMAN = "U.S. Deputy Secretary of State Wendy Sherman, who headed the American delegation, told reporters on a conference call that Washington had firmly pushed back on proposals that were \"simply non-starters,\" including Moscow's demand that NATO pull its forces and weapons back from the countries that joined the alliance after 1997."
SHE = "She said the United States was open to discussing the future deployment of certain missile systems in Europe and reciprocal limits on the size and scope of military exercises, and that the two sides had also discussed the activity of U.S. bombers and warships near Russia's borders."
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 (LEDE, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 (LEDE, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The talks were difficult, long, very professional, deep, concrete, without attempts to embellish anything,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We are not going to allow NATO to creep any further towards our borders,", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-non-expansion", "supports", 1, D),
 ("and the Americans know exactly where our red lines are.", "sergei-ryabkov", 1, "the deputy foreign minister", "", "", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov also said U.S. strategic bombers and warships must stay out of areas from which they could strike targets on Russian territory.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 (SHERMAN, "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, D),
 (SHERMAN, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SHE, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (SHE, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 (SHE, "wendy-sherman", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 ("It's hard to see how you can have real progress in an atmosphere of escalation and threat. That is why we have asked Russia to de-escalate and to return its troops to their barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("We are conducting exercises on our own territory, and nobody has the right to tell us where to move our troops,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("It would be a mistake to take the bombers and the warships off the table. A no-go zone over the Black Sea would reward exactly the behaviour NATO is trying to deter,", "gregory-halvorsen", 1, "Gregory Halvorsen", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
P_CORE = "Allies made clear that we will not compromise on some core principles. Each nation has the right to choose its own path. Only Ukraine and 30 NATO Allies decide when Ukraine is ready to join NATO. Russia does not have a veto, and NATO's enlargement is not up for negotiation."
P_ARMS = "At the same time, Allies are ready to sit down with Russia and discuss arms control, including limits on ground-based intermediate-range missiles, and greater transparency and risk reduction around military exercises."
P_WEAP = "It is not for Russia to decide which weapons Ukraine, or any Ally, can deploy on its own territory. NATO Allies will continue to support our close partner Ukraine with training and with equipment, as we have done since 2014."
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council, the first in more than two years. It was not an easy discussion, but that is exactly why it was so important. NATO Allies and Russia had a very serious and direct exchange, and there are significant differences between us that will not be easy to bridge.", *S, "", "", 1, D),
 (P_CORE, *S, "nato-open-door", "supports", 1, D),
 (P_CORE, *S, "no-ukraine-membership", "rejects", 1, D),
 (P_CORE, *S, "nato-non-expansion", "rejects", 1, D),
 ("We will also not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance. There will be no first- and second-class members. Allies rejected the idea of pulling NATO forces and infrastructure back from the countries that joined after 1997.", *S, "rollback-to-1997", "rejects", 1, D),
 (P_ARMS, *S, "no-intermediate-range-missiles", "mentions", 1, D),
 (P_ARMS, *S, "limit-military-exercises", "mentions", 1, D),
 ("We also proposed to restore our military lines of communication, so that our military commanders can talk to each other directly and avoid incidents and accidents.", *S, "resume-military-dialogue", "supports", 1, D),
 ("There is a real risk of new armed conflict in Europe. We call on Russia to de-escalate, to pull back its forces from the border with Ukraine, and to choose the path of diplomacy.", *S, "russia-de-escalation", "supports", 1, D),
 ("Russia was not in a position to agree to a schedule of future meetings today. They said they needed to return to Moscow and consult. But Russia did not reject further talks either, and I think that is a positive sign.", *S, "", "", 1, D),
 (P_WEAP, *S, "no-strike-weapons-near-borders", "rejects", 1, D),
 (P_WEAP, *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("No. Our exercises are transparent, they are defensive, and they take place on Allied territory. NATO will not stop exercising because Russia asks us to.", *S, "limit-military-exercises", "rejects", 1, D),
 ("I will not speculate about dates. What I can say is that Allies are ready to meet again, and we have made concrete proposals for a way forward. Now it is up to Russia to respond.", *S, "", "", 1, D),
]

D = "2022-01-13"
G = ("alexander-grushko", 1, "Alexander Grushko")
A_WHAT = "Everything is written in our draft agreement, there are no secrets. NATO must stop the expansion, must refuse further advancement to the east, and must return forces and infrastructure to the positions of 1997, when the Founding act was signed. This is not a menu from which it is possible to choose the dishes."
A_MISS = "We are ready to speak about the missiles of medium and shorter range, but only as a part of the package. Separately from the question of the non-expansion of NATO this makes for us no sense."
A_STRIKE = "If the strike systems appear in Ukraine, the flight time to Moscow will be seven-ten minutes. We cannot allow this. We need guarantees that no strike weapons will be deployed near our borders, and these guarantees must be legally binding, not the words."
L["kommersant-2022-01-14-grushko-interview"] = [
 ("The discussion was frank, direct, deep. But we have not heard from the alliance the readiness to take into account our key concerns. The NATO colleagues prefer to speak about the «dialogue», but we are not going to conduct the dialogue for the sake of the dialogue.", *G, "", "", 1, D),
 (A_WHAT, *G, "nato-non-expansion", "supports", 1, D),
 (A_WHAT, *G, "rollback-to-1997", "supports", 1, D),
 ("The so-called open-door policy is not a law of nature. In the Washington treaty it is written that the allies may invite, and not that they are obliged to accept everybody who knocks. Nobody has the right to strengthen its own security at the expense of the security of others.", *G, "nato-open-door", "rejects", 1, D),
 ("The formula of Bucharest that Ukraine and Georgia „will become members of NATO“ must be disavowed. While it stays on paper, it remains a permanent source of tension in Europe.", *G, "rescind-bucharest-2008", "supports", 1, D),
 (A_MISS, *G, "no-intermediate-range-missiles", "mentions", 1, D),
 (A_MISS, *G, "nato-non-expansion", "supports", 1, D),
 ("NATO itself destroyed all the channels, military and civil, when it expelled our diplomats in October. Now they offer to restore the hotlines, but the military contacts with NATO are not the goal in itself. While the alliance considers Russia as the adversary, we do not see in this the sense.", *G, "resume-military-dialogue", "rejects", 1, D),
 ("Ukraine turns into the military springboard of the alliance. The instructors, the supplies of weapons, the bases which are built there under the guise of training centres — all this must be stopped.", *G, "no-military-activity-ex-soviet", "supports", 1, D),
 (A_STRIKE, *G, "no-strike-weapons-near-borders", "supports", 1, D),
 (A_STRIKE, *G, "written-legal-guarantees", "supports", 1, D),
 ("We move our troops on our own territory and we will not ask anybody the permission. The demands of «de-escalation» addressed to us are the attempt to shift the responsibility from the sick head to the healthy one.", *G, "russia-de-escalation", "rejects", 1, D),
 ("We wait for the written answer to every point of our proposals. If there is no answer or it is negative, we will use other means, the military-technical ones.", *G, "", "", 1, D),
]

D = "2022-01-26"
K0 = ("john-kirby", 1, "JOHN F. KIRBY")
K = ("john-kirby", 1, "KIRBY")
A_DOOR = "That's a decision for Ukraine and the 30 allies, not for Moscow. The Secretary has been very clear that NATO's door remains open and that no outside country gets a veto on who joins."
L["defense-2022-01-26-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top and then we'll get right to your questions.", *K0, "", "", 1, D),
 ("As you all know, Secretary Blinken today delivered to Moscow the United States' written response to the Russian proposals. I'm not going to go into the contents of it. It's a diplomatic document, the State Department has the lead, and they'll speak to it. What I can tell you is that this department was closely involved in drafting it and fully supports it.", *K0, "", "", 1, D),
 ("Our view remains that the best path forward is for Mr. Putin to de-escalate, to move those forces back from Ukraine's border. He continues to add capability, not take it away, and that's not the direction anybody should want.", *K0, "russia-de-escalation", "supports", 1, D),
 ("On Monday the Secretary placed some 8,500 troops here at home on a heightened state of readiness. No decision has been made to deploy them, and I'd remind you that they would go to the NATO Response Force, should it be activated.", *K0, "", "", 1, D),
 ("No. We're going to continue to fly and sail and operate wherever international law allows, and that includes the Black Sea and the Baltic. Those are international waters and international airspace.", *K, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("That's a non-starter. The forces we have in Poland, in the Baltic states, in Romania are there at the invitation of sovereign governments, and they're going to stay. If anything, as I said on Monday, we may be adding to them.", *K, "rollback-to-1997", "rejects", 1, D),
 ("I'm not going to get ahead of the document. What I can say is that we've made clear to the Russians that we're willing to discuss reciprocal measures, including on missile placements in Europe, if they're willing to do the same.", *K, "no-intermediate-range-missiles", "mentions", 1, D),
 ("The question of offensive systems in Ukraine is addressed in the response, as I understand it, and it's something we're willing to talk about. I won't go further than that.", *K, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("No, they're defensive weapons, and the Ukrainians have every right to defend themselves. We're going to continue to provide security assistance to Ukraine, and nobody in Moscow gets to decide what our partners can and can't have.", *K, "no-military-activity-ex-soviet", "rejects", 1, D),
 (A_DOOR, *K, "nato-open-door", "supports", 1, D),
 (A_DOOR, *K, "no-ukraine-membership", "rejects", 1, D),
 ("The Chairman has a line of communication with General Gerasimov and he uses it. We'd like to see more regular mil-to-mil dialogue with Russia, not less. It's valuable, particularly at times of tension, to avoid miscalculation.", *K, "resume-military-dialogue", "supports", 1, D),
 ("I don't have any travel to announce today. When we do, we'll let you know.", *K, "", "", 1, D),
]

D26, D27 = "2022-01-26", "2022-01-27"
LAV = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and on the deployment of strike weapons that could threaten Russian territory,"
BORRELL = "EU foreign policy chief Josep Borrell said Thursday that the bloc was open to discussing Russia’s call for talks without preconditions, as long as Europeans had a seat at the table."
RAMAN = "Moscow asked for a written promise that Ukraine would never join NATO. What it got, in writing, is an offer to talk,"
PRICE = "State Department spokesman Ned Price later told reporters on Wednesday that the response also addressed Moscow’s objections to Western military cooperation with Ukraine and Georgia, but he declined to say how."
L["nbcnews-2022-01-27-written-response-live"] = [
 ("a reaction that allows us to count on the start of a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D27),
 (LAV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D27),
 (LAV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D27),
 ("Kremlin spokesman Dmitry Peskov said Thursday that Putin had read the replies and that there was “not much reason for optimism,” but that the Kremlin had taken note of NATO’s offer to restore military hotlines and would answer after studying it.", "dmitry-peskov", 1, "Dmitry Peskov", "resume-military-dialogue", "mentions", 0, D27),
 (BORRELL, "josep-borrell", 1, "Josep Borrell", "no-preconditions", "mentions", 0, D27),
 (BORRELL, "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("On Wednesday, a senior EU official, speaking on condition of anonymity, said the bloc had been consulted on the text of the U.S. reply and fully backed the call for Russia to pull its troops back from Ukraine’s border.", "european-union", 0, "a senior EU official", "russia-de-escalation", "supports", 0, D26),
 ("The Russian Embassy in Washington said in a statement posted on Telegram late Wednesday that Moscow was still waiting for a clear answer to its demand that NATO halt any further expansion.", "russia", 0, "The Russian Embassy in Washington", "nato-non-expansion", "supports", 0, D26),
 ("In Beijing, Chinese Foreign Ministry spokesman Zhao Lijian said on Wednesday that China had noted Western calls for Russia to withdraw its troops from the Ukrainian border, and urged all parties to “stay calm.”", "zhao-lijian", 1, "Zhao Lijian", "russia-de-escalation", "mentions", 0, D26),
 (RAMAN, "priya-raman-holt", 1, "Priya Raman-Holt", "no-ukraine-membership", "mentions", 1, ""),
 (RAMAN, "priya-raman-holt", 1, "Priya Raman-Holt", "written-legal-guarantees", "mentions", 1, ""),
 ("Nobody should read this as a rejection of diplomacy. It is a rejection of spheres of influence.", "priya-raman-holt", 1, "She", "", "", 1, ""),
 ("We are ready to listen to Russia’s concerns, but we cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D26),
 ("He said NATO had proposed reopening its liaison office in Moscow and Russia’s mission to the alliance, and using military hotlines to reduce the risk of dangerous incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D26),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D26),
 ("a principled and pragmatic evaluation of the concerns that Russia has raised,", "antony-blinken", 1, "Blinken", "", "", 1, D26),
 ("We’re not going to sign a legally binding treaty that trades away the security of our allies,", "antony-blinken", 1, "he", "written-legal-guarantees", "rejects", 1, D26),
 (PRICE, "ned-price", 1, "Ned Price", "no-military-activity-ex-soviet", "mentions", 0, D26),
 (PRICE, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

D = "2022-02-01"
LIST = "He listed three of them: NATO's further expansion, the deployment of strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to its 1997 positions."
LOSK = "Nobody in the Kremlin really expects NATO to pull out of Poland or to promise that it will never take in anyone else,"
L["lemonde-2022-02-02-putin-fundamental-concerns"] = [
 (LIST, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (LIST, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (LIST, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("I hope that we will eventually find a solution, although we understand that it will not be easy,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 ("Imagine that Ukraine is a NATO member and launches an operation in Crimea. Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "the Russian president", "no-ukraine-membership", "supports", 1, D),
 ("The Russians wrote two treaties that nobody could sign, and they knew it,", "helene-vauquelin", 1, "Hélène Vauquelin", "", "", 1, ""),
 ("What they really want is for NATO to take back, formally, the promise made to Kyiv and Tbilisi in Bucharest.", "helene-vauquelin", 1, "Hélène Vauquelin", "rescind-bucharest-2008", "mentions", 1, ""),
 ("For Washington, the open door is a matter of principle; for Moscow, it is the whole problem,", "helene-vauquelin", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("It is not for Moscow to write the membership rules of the Alliance,", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 1, D),
 ("Emmanuel Macron, who spoke to Mr. Putin by telephone for more than an hour on Friday, pressed the Russian leader to pull back the troops massed near Ukraine, according to the Elysée.", "emmanuel-macron", 1, "Emmanuel Macron", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("Europe has every interest in a ban on intermediate-range missiles on its soil, and that is a negotiation we should want, not merely accept,", "arnaud-ferrieres", 1, "Arnaud Ferrières", "no-intermediate-range-missiles", "supports", 1, ""),
 ("A moratorium on intermediate-range missiles in Europe would simply freeze Russia's advantage, since its 9M729 missiles are already deployed. It is a trap,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "no-intermediate-range-missiles", "rejects", 1, ""),
 (LOSK, "pavel-loskutov", 1, "Pavel Loskutov", "rollback-to-1997", "mentions", 1, ""),
 (LOSK, "pavel-loskutov", 1, "Pavel Loskutov", "nato-non-expansion", "mentions", 1, ""),
 ("But the demand for a legally binding text is serious, and it will not go away.", "pavel-loskutov", 1, "Pavel Loskutov", "written-legal-guarantees", "mentions", 1, ""),
]

D = "2022-01-13"
KLEDE = "Foreign Minister of Ukraine Dmytro Kuleba said on Thursday that Russia must withdraw its troops from the Ukrainian border before any serious conversation about security in Europe can begin."
KQ = "No negotiations can be held with a gun to Ukraine's head. First the Russian troops go back to their barracks, then we talk about everything else."
BOTH = "Rau and the US Ambassador to the OSCE Michael Carpenter both called on Russia on Thursday to pull back its forces from the border with Ukraine."
BUCH = "Kuleba, for his part, described Russia's demand to cancel the decisions of the 2008 Bucharest summit as „historical revisionism“."
MFA = "On 17 December 2021 the Russian Foreign Ministry published drafts of a treaty with the USA and an agreement with NATO, demanding in particular that the Alliance refuse any further expansion, including the accession of Ukraine."
L["up-2022-01-13-kuleba-osce-troops"] = [
 (KLEDE, "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, D),
 (KLEDE, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-preconditions", "rejects", 0, D),
 (KQ, "dmytro-kuleba", 1, "Kuleba", "no-preconditions", "rejects", 1, D),
 (KQ, "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (BOTH, "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, D),
 (BOTH, "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, D),
 ("the drumbeat of war is sounding loud, and the rhetoric has grown rather shrill", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Russia's Permanent Representative to the OSCE Alexander Lukashevich insisted at the same meeting that NATO exercises near Russian borders must be reduced and notified in advance.", "alexander-lukashevich", 1, "Alexander Lukashevich", "limit-military-exercises", "supports", 0, D),
 ("The alliance, he went on, should also keep its warships and reconnaissance aircraft away from Russia's Black Sea coast.", "alexander-lukashevich", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("If we do not hear a constructive answer to our proposals within a reasonable time, we will be forced to draw conclusions and take measures.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (BUCH, "dmytro-kuleba", 1, "Kuleba", "rescind-bucharest-2008", "rejects", 0, D),
 (BUCH, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Our defence cooperation with the United States, Britain, Canada and other partners will continue and will grow. Russia does not decide who trains our soldiers.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The OSCE is the only platform where Russia, Ukraine and the West sit at the same table, and we will use it to the full.", "dmytro-kuleba", 1, "The minister", "", "", 1, D),
 ("On Wednesday evening President Volodymyr Zelensky said he was ready to meet Vladimir Putin without any preconditions and that Ukraine was „not afraid“ of talks.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 0, "2022-01-12"),
 ("Secretary of the National Security and Defence Council Oleksii Danilov on Thursday dismissed as „unacceptable“ the idea, floated by some Western commentators, of a moratorium on Ukraine's accession to NATO.", "oleksii-danilov", 1, "Oleksii Danilov", "no-ukraine-membership", "rejects", 0, D),
 (MFA, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (MFA, "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
]

write_gold(L, "articles-153", "gold-153")
