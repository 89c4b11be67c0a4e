#!/usr/bin/env python3
"""Writes the held-out gold of batch 147 (gold-147/*.nq) from the labels below.

Batch 147 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw, seven articles in seven
forms:

- ap-2022-01-10-geneva-sherman-ryabkov: Associated Press wire copy from the
  Geneva talks, front matter, straight double quotes, dateline, a quotation
  split by "she said", quote fragments inside reported sentences, a
  "despite Moscow's demands" clause and a Baker-1990 history paragraph;
- state-2022-01-26-blinken-press-availability: State Department transcript
  of Blinken's press availability on the written answers, no front matter
  (date in the header), speaker labels (SECRETARY BLINKEN, MR PRICE as
  moderator, QUESTION), no quotation marks;
- izvestia-2022-01-24-grushko-interview: Izvestia Q&A interview with
  Alexander Grushko, machine-translated, UTF-8 BOM and CRLF line ends, front
  matter, « » quotes, answers introduced by a dash;
- unian-2022-01-13-osce-vienna-live: UNIAN live blog of the OSCE day in
  Vienna, front matter, curly quotes, timestamped entries in reverse order,
  a split quotation, a Bucharest-2008 background entry;
- spiegel-2022-01-28-moscow-wish-list: DER SPIEGEL International analysis
  quoting invented experts, no front matter (date 28.01.2022 in the header),
  German „ “ quotes, history paragraphs (Baker 1990, Founding Act 1997,
  Bucharest 2008) and a description of the draft treaty, two speakers in
  one sentence;
- eeas-2022-01-14-borrell-brest-gymnich: EEAS transcript of Borrell's and
  Le Drian's press conference at the Brest Gymnich, front matter, speaker
  labels ("HR/VP Borrell:", "Minister Le Drian (via interpretation):"),
  journalists' questions marked "Q.", an answer whose demand is only named
  in the question;
- aljazeera-2022-01-27-russia-us-response: Al Jazeera English news story on
  the reactions to the written answers, no front matter ("Published On 27
  Jan 2022"), straight quotes, crossheads in single quotes, "adding:" split
  quotation, "according to", a senior EU official.

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
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor are left out;
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
ryab_lede = "Russian Deputy Foreign Minister Sergei Ryabkov, who led his country's delegation, told reporters after the session that Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" that Ukraine and Georgia would not be drawn into the alliance."
moratorium = "The deputy foreign minister also warned that Moscow would not settle for a temporary moratorium on NATO enlargement in place of a binding commitment that the alliance will move no further east."
sherman_miss = "She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same."
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Senior U.S. and Russian officials emerged from nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted that NATO must never admit Ukraine and Washington called some of the Kremlin's demands \"simply non-starters.\"", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 (ryab_lede, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said Russia had \"no intention\" of attacking Ukraine and that the movement of troops on Russian soil was no business of the West, adding that Moscow would not bow to what he called Western attempts to dictate where its forces could be stationed.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 (moratorium, "sergei-ryabkov", 1, "The deputy foreign minister", "written-legal-guarantees", "supports", 0, D),
 (moratorium, "sergei-ryabkov", 1, "The deputy foreign minister", "nato-non-expansion", "supports", 0, D),
 ("Ryabkov said Russia also wanted a guarantee that no U.S. strike weapons would be placed in countries bordering Russia, and he dismissed American suggestions that the talks could be broken up into separate tracks to be handled one at a time.", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("The American side took our proposals very seriously, but the basic positions remain far apart,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("pushed back firmly on security proposals that are simply non-starters,", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American delegation, said Washington had \"pushed back firmly on security proposals that are simply non-starters,\" naming among them Moscow's demand that NATO pull its forces and equipment out of the countries that joined the alliance after 1997.", "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who headed the American delegation, said Washington had \"pushed back firmly on security proposals that are simply non-starters,\" naming among them Moscow's demand that NATO pull its forces and equipment out of the countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (sherman_miss, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (sherman_miss, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("We had a frank and forthright discussion, a better understanding of each other's priorities,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("But it is up to Russia to de-escalate, to pull its troops back to their barracks, and to show that it is serious about diplomacy.", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Asked about Russia's demand that American warships and reconnaissance planes stay away from its coasts, Sherman said the U.S. Navy and Air Force would keep operating in international waters and airspace \"wherever international law allows.\"", "wendy-sherman", 1, "Sherman", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("Asked about Russia's demand that American warships and reconnaissance planes stay away from its coasts, Sherman said the U.S. Navy and Air Force would keep operating in international waters and airspace \"wherever international law allows.\"", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-07"),
 ("NATO Secretary-General Jens Stoltenberg said on Friday that the alliance would not compromise on \"the right of every nation to choose its own path,\" despite Moscow's demands that the alliance rule out membership for Ukraine and Georgia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no reason to expect that we will meet again in this format in the coming days,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
]

D = "2022-01-26"
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own paper to Moscow in parallel.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It addresses the concerns the Russian side has raised, and it sets out our own concerns, and those of our allies and partners, about Russian actions that undermine security.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("It reiterates and makes clear that we will uphold the principle of NATO's open door. There is no change, there will be no change. Every country has the right to choose its own security arrangements and alliances, and that includes Ukraine.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("It reiterates and makes clear that we will uphold the principle of NATO's open door. There is no change, there will be no change. Every country has the right to choose its own security arrangements and alliances, and that includes Ukraine.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, D),
 ("At the same time, we are prepared to discuss reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched strike systems in Ukraine. We are ready to explore measures to increase confidence regarding military exercises and maneuvers in Europe, and to discuss arms control concerning intermediate-range missiles in Europe, on a reciprocal basis.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("At the same time, we are prepared to discuss reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched strike systems in Ukraine. We are ready to explore measures to increase confidence regarding military exercises and maneuvers in Europe, and to discuss arms control concerning intermediate-range missiles in Europe, on a reciprocal basis.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 ("At the same time, we are prepared to discuss reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched strike systems in Ukraine. We are ready to explore measures to increase confidence regarding military exercises and maneuvers in Europe, and to discuss arms control concerning intermediate-range missiles in Europe, on a reciprocal basis.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, D),
 ("What we have not done is to concede on principles. We will not bargain away the right of sovereign nations to make their own decisions, and we will not agree to pull NATO forces back from the territory of allies who joined after 1997. That is simply not on the table.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("What we have not done is to concede on principles. We will not bargain away the right of sovereign nations to make their own decisions, and we will not agree to pull NATO forces back from the territory of allies who joined after 1997. That is simply not on the table.", "antony-blinken", 1, "Blinken", "rollback-to-1997", "rejects", 1, D),
 ("The ball is in Russia's court. The best way forward is for Moscow to de-escalate, to pull back the forces it has massed on Ukraine's borders, and to engage in diplomacy in good faith.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("It's a document that we've shared with Congress and with our allies, and we're not going to make it public, because we think diplomacy has the best chance to advance if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("As to legally binding guarantees, that is something we are prepared to discuss with our Russian counterparts, in the appropriate formats and together with our allies. But we will not sign anything that freezes NATO where it stands today and says the alliance can never take in another member.", "antony-blinken", 1, "Blinken", "written-legal-guarantees", "mentions", 1, D),
 ("As to legally binding guarantees, that is something we are prepared to discuss with our Russian counterparts, in the appropriate formats and together with our allies. But we will not sign anything that freezes NATO where it stands today and says the alliance can never take in another member.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, D),
 ("As to legally binding guarantees, that is something we are prepared to discuss with our Russian counterparts, in the appropriate formats and together with our allies. But we will not sign anything that freezes NATO where it stands today and says the alliance can never take in another member.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Ukraine is a sovereign country. It decides with whom it cooperates, and our security assistance to Ukraine will continue, including the training and the defensive equipment we've been providing for years.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had the chance to read the document and take it seriously.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We're not setting preconditions for talking. We'll sit down with Russia at any time, in any format that makes sense, and we'll do it without preconditions.", "antony-blinken", 1, "Blinken", "no-preconditions", "supports", 1, D),
 ("Look, I've said this before. We're prepared either way. If Russia chooses aggression, we and our allies are ready to respond with massive consequences, and we've been very clear about that.", "antony-blinken", 1, "Blinken", "", "", 1, D),
]

D = "2022-01-24"
G = ("alexander-grushko", 1, "Alexander Grushko")
def g(ev, demand, stance):
    return (ev,) + G + (demand, stance, 1, D)
g_missiles = "These are important topics, and we are ready to speak about them, about the medium and shorter range missiles, about the parameters of the exercises. But these are not the questions of the first priority, and it is impossible to pull them out of the package."
g_troops = "We do not threaten anybody. Russian troops are on the Russian territory, and the demands to withdraw them are the attempt to distract the attention from the main thing, from the military development of the territory of Ukraine by the NATO countries."
L["izvestia-2022-01-24-grushko-interview"] = [
 g("The conversation was frank and rather direct. We have explained in detail our proposals, and in answer we have heard again the mantras about the «open door policy», which for us is not a dogma and not the law of nature, it is the political choice of the alliance which can be changed.", "nato-open-door", "rejects"),
 g("The NATO countries from their side offered to restore the channels of the military communication and to resume the work of the missions. But we do not see the sense in this while the alliance treats Russia as the adversary and builds up the forces on our borders, this is not what we asked for.", "resume-military-dialogue", "rejects"),
 g("We do not demand anything impossible. We speak about the return to the configuration of 1997: the alliance must withdraw the forces and the infrastructure which appeared on the territory of the new members after that.", "rollback-to-1997", "supports"),
 g("The decision of the Bucharest summit of 2008 about the future membership of Kiev and Tbilisi must be disavowed officially. While it stays in force, it is the mine under the European security.", "rescind-bucharest-2008", "supports"),
 g(g_missiles, "no-intermediate-range-missiles", "mentions"),
 g(g_missiles, "limit-military-exercises", "mentions"),
 g("And we insist that the exercises near our borders must be reduced, the exercises with the scenarios of the use of nuclear weapons must be stopped, this is our principal position.", "limit-military-exercises", "supports"),
 g("The American ships and the strategic bombers sail and fly along our borders more and more often. We propose to agree that they will not be in the areas from where they can hit the targets on the territory of Russia.", "no-warships-aircraft-in-strike-range", "supports"),
 g("The moratorium does not suit us. We need the legally binding guarantees, not the promises and not the pauses which can be cancelled by the next administration. The history has taught us that the verbal assurances cost nothing.", "written-legal-guarantees", "supports"),
 g(g_troops, "russia-de-escalation", "rejects"),
 g(g_troops, "no-military-activity-ex-soviet", "supports"),
 g("We will then draw the conclusions. If our proposals are ignored, we will take the military-technical measures. I will not specify what.", "", ""),
]

D = "2022-01-13"
kuleba = "Ukraine will not be a bargaining chip. No one in Moscow will decide whether we join NATO or not,"
podolyak = "Talks without preconditions are a luxury Moscow has not earned. First the troops go home, then we talk,"
lukash = "We need a firm answer on the non-expansion of NATO and on the non-deployment of strike systems near our borders, and we need it quickly,"
lands = "Nobody in Moscow gets to decide where allied troops exercise or which defensive systems stand on Lithuanian soil,"
hryts = "The Kremlin is nostalgic for Yalta. It wants the Bucharest promise erased and NATO's forces pulled back to where they stood in 1997."
L["unian-2022-01-13-osce-vienna-live"] = [
 (kuleba, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (kuleba, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (podolyak, "mykhailo-podolyak", 1, "Podolyak", "no-preconditions", "rejects", 1, D),
 (podolyak, "mykhailo-podolyak", 1, "Podolyak", "russia-de-escalation", "supports", 1, D),
 ("the absence of a constructive response", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 (lukash, "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D),
 (lukash, "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Kremlin spokesman Dmitry Peskov told reporters that Moscow saw “no grounds for optimism” after this week's rounds, and insisted that a pullback of Russian troops from the border was “not on the agenda” because they were on Russian soil.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov said in an interview with the RTVI channel that there could be no deal without a halt to NATO's eastward expansion, and that he saw no reason for a new round of talks in the coming days.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 (lands, "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, D),
 (lands, "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("The instructors who train our army and the partners who supply us are not a subject for negotiation between Moscow and Washington,", "oleksii-reznikov", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We are ready for any scenario, and we are not afraid.", "oleksii-reznikov", 1, "the minister", "", "", 1, D),
 ("US Ambassador to the OSCE Michael Carpenter told reporters that Washington would not “bargain away” the right of OSCE participating states to choose their own alliances, and that Russia must “de-escalate and return its troops to their barracks.”", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, D),
 ("de-escalate and return its troops to their barracks.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, D),
 ("We are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 (hryts, "oksana-hrytsenko", 1, "Oksana Hrytsenko", "rescind-bucharest-2008", "mentions", 1, D),
 (hryts, "oksana-hrytsenko", 1, "Oksana Hrytsenko", "rollback-to-1997", "mentions", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("too early to talk about it", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("In his address, the Polish minister said that the principles of the Helsinki Final Act, including the right of every state to choose its own security arrangements, were not up for negotiation.", "zbigniew-rau", 1, "the Polish minister", "nato-open-door", "supports", 0, D),
 ("drown the Russian initiatives in endless talks", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-12"),
]

lind_core = "Russia wants a treaty that rules out any further NATO enlargement and keeps Ukraine outside forever."
lind_boring = "What both sides could actually agree on is the boring stuff: hotlines, military-to-military contacts, notification of exercises,"
ostr2 = "The Americans keep asking for a troop pullback first, the Russians for a treaty first. Somebody has to blink."
baer_msk = "In Moscow the following day, she told her Russian counterpart Sergey Lavrov that Germany was ready for serious dialogue on arms control and on transparency for military exercises, while insisting that the Russian troops near Ukraine's border be withdrawn."
lavrov = "Lavrov, standing next to her, said that what mattered most was a guarantee that NATO would not expand further east and would deploy no strike weapons on Ukrainian territory."
scholz = "Both Chancellor Olaf Scholz and French President Emmanuel Macron have since said that every European country must remain free to choose its alliances."
L["spiegel-2022-01-28-moscow-wish-list"] = [
 ("Moscow has built its list so that the West can only say no to the first three points and yes to the last three,", "heike-lindqvist", 1, "Heike Lindqvist", "", "", 1, ""),
 (lind_core, "heike-lindqvist", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (lind_core, "heike-lindqvist", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 (lind_core, "heike-lindqvist", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("We have made it clear that any further movement of NATO to the east is unacceptable,", "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("It is that document Moscow has in mind when it demands that NATO withdraw troops and weapons from the states that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Nobody in the Foreign Ministry on Smolenskaya Square seriously believes NATO will withdraw from Poland or the Baltic states. The rollback demand is there to be traded away,", "dmitri-ostrovsky", 1, "Dmitri Ostrovsky", "rollback-to-1997", "mentions", 1, ""),
 (ostr2, "dmitri-ostrovsky", 1, "Dmitri Ostrovsky", "russia-de-escalation", "mentions", 1, ""),
 (ostr2, "dmitri-ostrovsky", 1, "Dmitri Ostrovsky", "written-legal-guarantees", "mentions", 1, ""),
 ("There is no Russian veto over the alliance choices of other states; that would be a return to spheres of influence,", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-17"),
 (baer_msk, "annalena-baerbock", 1, "she", "limit-military-exercises", "mentions", 0, "2022-01-18"),
 (baer_msk, "annalena-baerbock", 1, "she", "russia-de-escalation", "supports", 0, "2022-01-18"),
 (lavrov, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-18"),
 (lavrov, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-18"),
 (scholz, "olaf-scholz", 1, "Olaf Scholz", "nato-open-door", "supports", 0, ""),
 (scholz, "emmanuel-macron", 1, "Emmanuel Macron", "nato-open-door", "supports", 0, ""),
 ("A legally binding treaty on these questions is a non-starter. No administration could get it through the Senate, and none should try,", "mark-ellison", 1, "Mark Ellison", "written-legal-guarantees", "rejects", 1, ""),
 ("The article on warships and bombers is the most revealing one: Russia wants American ships out of the Black Sea and the Baltic altogether,", "lukas-brenner", 1, "Brenner", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (lind_boring, "heike-lindqvist", 1, "she", "resume-military-dialogue", "mentions", 1, ""),
 (lind_boring, "heike-lindqvist", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("That is not nothing. In 2021 there was no channel at all.", "heike-lindqvist", 1, "she", "", "", 1, ""),
]

D = "2022-01-14"
B = ("josep-borrell", 1, "Borrell")
LD = ("jean-yves-le-drian", 1, "Le Drian")
def b(ev, demand, stance, who=B):
    return (ev,) + who + (demand, stance, 1, D)
b_prec = "Russia says it is ready to continue the dialogue without preconditions. Good. Then let them show it by reducing the pressure on the Ukrainian border and by coming to the table at the OSCE, where everybody is sitting."
ld_mor = "This is not on the table and it is not the subject. The alliance's decisions belong to the Allies and to the countries concerned, not to a third country."
L["eeas-2022-01-14-borrell-brest-gymnich"] = [
 b("Good afternoon. We have had two days of very intense discussions here in Brest, with the Ministers of Foreign Affairs and, this morning, together with the Ministers of Defence.", "", ""),
 b("The main topic was, of course, Russia and the security situation around Ukraine. We have been following very closely the talks in Geneva, in Brussels and in Vienna this week. The European Union has to be part of these discussions, because they are about the security of Europe.", "", ""),
 b("Let me be clear: any military aggression against Ukraine will have massive consequences and severe costs. We call on Russia to de-escalate, to withdraw its troops from the border and to engage seriously in dialogue.", "russia-de-escalation", "supports"),
 b("We are not going to accept a return to spheres of influence. The sovereign right of every European country to choose its own alliances is not negotiable, and it is not for Russia to decide who joins NATO and who does not.", "nato-open-door", "supports"),
 b("Some of the Russian demands are simply unacceptable. Asking NATO to withdraw its forces from the countries that joined after 1997, from Poland, from the Baltic states, this is not a basis for negotiation.", "rollback-to-1997", "rejects"),
 b("I was in Ukraine last week, in the Donbas, on the contact line, and I saw what the daily life of people there looks like.", "", ""),
 b("Thank you, Josep. Brest was the right place for this meeting, a city that looks towards the Atlantic and towards the rest of Europe.", "", "", LD),
 b("We are ready to talk about everything that concerns strategic stability in Europe, including the deployment of intermediate-range missiles, on condition of reciprocity.", "no-intermediate-range-missiles", "mentions", LD),
 b("France has always been in favour of restoring regular contacts between our general staffs and the Russian general staff. Without them, the risk of an accident or a miscalculation is too great.", "resume-military-dialogue", "supports", LD),
 b("But one thing is not negotiable: no European country will accept that its own security is bargained over without it being at the table.", "", "", LD),
 b("Russia wants its guarantees on paper, legally binding, and it wants them from the United States only. Well, Europe will not be a spectator in a discussion about European security.", "written-legal-guarantees", "mentions"),
 b("We are in permanent contact with Secretary Blinken, and I spoke with him again yesterday. There will be no agreement about Europe without the Europeans. Full stop.", "", ""),
 b("No. Ukraine is a sovereign country, and its cooperation with the European Union, with NATO, with individual Member States, is its own decision. We are even discussing here the possibility of a training mission of the European Union for Ukrainian officers.", "no-military-activity-ex-soviet", "rejects"),
 b(b_prec, "no-preconditions", "mentions"),
 b(b_prec, "russia-de-escalation", "supports"),
 b(ld_mor, "nato-non-expansion", "rejects", LD),
 b(ld_mor, "nato-open-door", "supports", LD),
]

D = "2022-01-27"
W = "2022-01-26"
stolt = "We will not compromise on the right of each nation to choose its own path. And we will not withdraw our troops from the eastern part of the alliance, we will not have first- and second-class members,"
lav = "The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
kul = "It is important that the United States and NATO stood firm on the open door: no one but Ukraine and the allies will decide whether Ukraine joins NATO,"
voro2 = "On the two things Moscow cares about most, NATO's open door and Western military cooperation with Ukraine and Georgia, the answer was a polite no."
L["aljazeera-2022-01-27-russia-us-response"] = [
 ("It cannot be said that our views were taken into account, or that there was readiness to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But we will not rush to conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("a reaction which allows us to count on the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
 (lav, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (lav, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The open-door policy is not a sacred cow. It is a political choice of NATO, and it can be changed,", "sergei-ryabkov", 1, "Ryabkov", "nato-open-door", "rejects", 1, D),
 ("We want a clear answer: Ukraine will never join NATO, full stop.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("Ryabkov said Russia still wanted a mutual ban on deploying ground-launched intermediate-range missiles in Europe, but only as part of the wider package it proposed in December.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("According to Ryabkov, the American reply ignored the proposal that US warships and strategic bombers stay out of range of Russian territory, a point Russia would \"keep raising\".", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Foreign Ministry spokeswoman Maria Zakharova dismissed Western calls for Russia to pull its troops back from the border as \"hysteria\" on Thursday, saying Russia was moving forces on its own territory and answered to no one for it.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, D),
 ("She said Moscow had come to the talks in Geneva, Brussels and Vienna without any preconditions and expected its Western partners to do the same.", "maria-zakharova", 1, "She", "no-preconditions", "supports", 0, D),
 ("NATO Secretary-General Jens Stoltenberg said on Wednesday the alliance had offered to re-establish its liaison office in Moscow and reopen Russia's mission to NATO in Brussels, and to set up military-to-military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 (stolt, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, W),
 (stolt, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, W),
 ("He also dismissed the idea of a moratorium on intermediate-range missiles in Europe as proposed by Moscow, saying it was \"not credible\" as long as Russia kept its own SSC-8 systems in place.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "rejects", 0, W),
 ("He also dismissed the idea of a moratorium on intermediate-range missiles in Europe as proposed by Moscow, saying it was \"not credible\" as long as Russia kept its own SSC-8 systems in place.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Georgia's Foreign Minister David Zalkaliani said on Wednesday that the decision taken at NATO's 2008 Bucharest summit \"remains valid\" and could not be revoked by any deal between Moscow and Washington.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, W),
 (kul, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (kul, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("A senior EU official, speaking on condition of anonymity, told Al Jazeera that the bloc had been consulted on the US text and backed its line that Russia must pull back its forces before any deal could be reached.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, ""),
 ("Moscow wanted everything in a legally binding treaty, and what it got is a letter,", "olga-voronina", 1, "Olga Voronina", "written-legal-guarantees", "mentions", 1, ""),
 (voro2, "olga-voronina", 1, "Olga Voronina", "nato-open-door", "mentions", 1, ""),
 (voro2, "olga-voronina", 1, "Olga Voronina", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

write_gold(L, "articles-147", "gold-147")
