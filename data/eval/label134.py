#!/usr/bin/env python3
"""Writes the 134th held-out gold (gold-134/*.nq) from the labels below.

Batch 134 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw, seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva
  (front matter, straight quotes, dateline, crosshead, a history sentence
  about Baker 1990, a quotation split by "said X", an invented analyst).
- nato-2022-01-12-nrc-press-conference: NATO transcript of Stoltenberg's press
  conference after the NATO-Russia Council (no front matter, date in the text,
  speaker labels, moderator and journalists' questions).
- lrt-2022-01-18-landsbergis-interview: LRT English Q&A interview with the
  Lithuanian foreign minister (UTF-8 BOM, CRLF line ends, „ “ quotes in the
  intro, answers as dash paragraphs, interview given "on Monday").
- kyivpost-2022-01-26-us-nato-answers-live: Kyiv Post live blog on the written
  answers (front matter, curly quotes, timestamped entries newest first,
  crossheads, an embassy tweet, a passing Moscow demand, a link line).
- interfaxua-2022-01-27-peskov-answers: Interfax-Ukraine write-up of Peskov's
  press call with Lavrov and Zakharova (no front matter, « » quotes, stiff
  translated English, a Peskov quotation split by "Peskov said").
- washingtonpost-2022-01-14-osce-vienna-stalemate: Washington Post news
  analysis after the OSCE Permanent Council (no front matter, standfirst,
  byline, curly quotes, several speakers in one sentence, invented experts).
- novayagazeta-2022-02-02-ignored-concerns: Novaya Gazeta column quoting
  Putin, Lavrov, Borrell and invented experts (front matter, « » quotes,
  history paragraph with words quoted from documents, present-tense "says").

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it was \"absolutely mandatory\" that Ukraine never join NATO, as more than seven hours of talks in Geneva ended without a breakthrough on Moscow's demands for sweeping security guarantees.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("It is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("He said the alliance must also formally disavow the promise of eventual membership it gave Kyiv and Tbilisi at its 2008 summit in Bucharest, and that Moscow wanted a firm commitment that U.S. intermediate-range missiles would never again be deployed within range of Russian territory.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, D),
 ("He said the alliance must also formally disavow the promise of eventual membership it gave Kyiv and Tbilisi at its 2008 summit in Bucharest, and that Moscow wanted a firm commitment that U.S. intermediate-range missiles would never again be deployed within range of Russian territory.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, D),
 ("Ryabkov dismissed Western calls for Russia to pull back the tens of thousands of troops it has massed near Ukraine, saying the movement of forces on Russian soil was nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We have no intention of attacking Ukraine,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("There is no reason to fear some kind of escalation scenario.", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was prepared to discuss where intermediate-range missiles could be deployed in Europe, and reciprocal limits on the size and scope of military exercises, as long as Russia was willing to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was prepared to discuss where intermediate-range missiles could be deployed in Europe, and reciprocal limits on the size and scope of military exercises, as long as Russia was willing to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("It's going to be very hard to have real progress while there is a gun to Ukraine's head. Russia can de-escalate by returning its troops to their barracks,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("The Americans came better prepared than many in Moscow expected, and they put real things on the table,", "lorenz-aldinger", 1, "Lorenz Aldinger", "", "", 1, ""),
 ("But the membership question is the one the Kremlin cares about most, and it is the one Washington simply cannot touch.", "lorenz-aldinger", 1, "Lorenz Aldinger", "no-ukraine-membership", "mentions", 1, ""),
]

D = "2022-01-12"
JS = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years. It was not an easy discussion, but that is exactly why this meeting was so important.", *JS, "", "", 1, D),
 ("NATO Allies and Russia had a very serious and direct exchange on the situation in and around Ukraine, and on the implications for European security. Allies made clear that we are ready to engage in a meaningful dialogue with Russia on arms control, on risk reduction and on greater transparency.", *JS, "", "", 1, D),
 ("We also proposed to re-establish our respective offices in Moscow and in Brussels, and to make full use of our military lines of communication to prevent incidents and accidents.", *JS, "resume-military-dialogue", "supports", 1, D),
 ("At the same time, Allies will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", *JS, "nato-open-door", "supports", 1, D),
 ("At the same time, Allies will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", *JS, "no-ukraine-membership", "rejects", 1, D),
 ("We will not accept a first- and second-class membership in NATO. Allies that joined after 1997 have the same rights as every other Ally, and we will not withdraw our forces from their territory.", *JS, "rollback-to-1997", "rejects", 1, D),
 ("We call on Russia to de-escalate, to pull back its forces from Ukraine's borders and to choose the path of diplomacy. Any further aggression against Ukraine would come with a high price.", *JS, "russia-de-escalation", "supports", 1, D),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics.", *JS, "", "", 1, D),
 ("No. NATO is not going to sign any document that closes our door to new members, and the relationship between NATO and Ukraine will be decided by the 30 Allies and Ukraine, no one else.", *JS, "nato-non-expansion", "rejects", 1, D),
 ("No. NATO is not going to sign any document that closes our door to new members, and the relationship between NATO and Ukraine will be decided by the 30 Allies and Ukraine, no one else.", *JS, "nato-open-door", "supports", 1, D),
 ("No. NATO is not going to sign any document that closes our door to new members, and the relationship between NATO and Ukraine will be decided by the 30 Allies and Ukraine, no one else.", *JS, "no-ukraine-membership", "rejects", 1, D),
 ("On your second question: Russia was not in a position to agree to a new date for the Council today. Allies are ready to meet again and to go into more detail on concrete proposals.", *JS, "", "", 1, D),
 ("A unilateral moratorium is not credible as long as Russia keeps deploying its own SSC-8 missiles, which violated the INF Treaty. We will not accept a freeze that leaves Russian missiles in place and takes ours away.", *JS, "no-intermediate-range-missiles", "rejects", 1, D),
 ("Our message is that NATO stands with Ukraine. Russia has no right to tell Allies to stop training Ukrainian forces or delivering equipment to Ukraine. Our practical cooperation will continue.", *JS, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We are ready to discuss reciprocal transparency and the notification of exercises. But we will not stop exercising on Allied territory. Our exercises are defensive, transparent and announced well in advance.", *JS, "limit-military-exercises", "rejects", 1, D),
 ("They did not reject it. They said they needed to go back to Moscow and consult. I think that is a fair thing to say at this stage.", *JS, "", "", 1, D),
]

D = "2022-01-17"
GL = ("gabrielius-landsbergis", 1, "Gabrielius Landsbergis")
L["lrt-2022-01-18-landsbergis-interview"] = [
 ("an ultimatum dressed up as a treaty", *GL, "", "", 1, D),
 ("Very seriously, because it tells us what the Kremlin really wants. But the answer is simple. The battlegroup in Rukla is here at our invitation, and it is not going anywhere. Going back to 1997 is unacceptable, and it is not on the table.", *GL, "rollback-to-1997", "rejects", 1, D),
 ("It would mean that our skies are left unprotected, because we have no fighter jets of our own. Allied jets have been flying from Šiauliai for eighteen years, and they will keep flying. Nobody in Moscow gets to decide where allied aircraft patrol allied airspace.", *GL, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Russia is about to hold huge exercises with Belarus right on our border. Asking us to cancel ours at the same moment is not a serious proposal. We will keep exercising with our allies, as we always have.", *GL, "limit-military-exercises", "rejects", 1, D),
 ("Absolutely not. Bucharest was a decision of all allies, and taking it back under pressure would be a reward for blackmail. Ukraine's future in NATO is for Ukraine and the allies to decide.", *GL, "rescind-bucharest-2008", "rejects", 1, D),
 ("Absolutely not. Bucharest was a decision of all allies, and taking it back under pressure would be a reward for blackmail. Ukraine's future in NATO is for Ukraine and the allies to decide.", *GL, "nato-open-door", "supports", 1, D),
 ("Absolutely not. Bucharest was a decision of all allies, and taking it back under pressure would be a reward for blackmail. Ukraine's future in NATO is for Ukraine and the allies to decide.", *GL, "no-ukraine-membership", "rejects", 1, D),
 ("I trust Washington. Secretary Blinken has told us there will be nothing about Europe without Europe, and so far that promise has been kept in full.", *GL, "", "", 1, D),
 ("No one is going to sign a piece of paper that divides Europe into spheres of influence. There will be no legally binding guarantees of that kind from NATO.", *GL, "written-legal-guarantees", "rejects", 1, D),
 ("We are open to talking about transparency and risk reduction, like in the old days. That conversation is useful for everybody, including Russia.", *GL, "", "", 1, D),
 ("More pressure, more cyberattacks, more disinformation. The only real de-escalation would be Russian troops going back to their bases, and I do not see that happening yet.", *GL, "russia-de-escalation", "supports", 1, D),
 ("We have asked our allies to be ready for every scenario. In Vilnius we are preparing too, calmly and without panic.", *GL, "", "", 1, D),
]

D = "2022-01-26"
HR = "Moscow asked for things it knew it would never get: a halt to NATO enlargement, the withdrawal of allied troops from Poland and the Baltics, and an end to Western military help for Ukraine,"
ST = "NATO has put forward proposals for a “serious dialogue” with Russia, Secretary General Jens Stoltenberg said in Brussels on Wednesday, despite Moscow’s demand for a legally binding promise that the alliance will never take in Ukraine."
L["kyivpost-2022-01-26-us-nato-answers-live"] = [
 ("The United States will continue to provide Ukraine with defensive assistance, whatever Moscow demands,", "united-states", 0, "the US Embassy in Kyiv", "no-military-activity-ex-soviet", "rejects", 1, D),
 (HR, "olesia-hrytsenko", 1, "Olesia Hrytsenko", "nato-non-expansion", "mentions", 1, ""),
 (HR, "olesia-hrytsenko", 1, "Olesia Hrytsenko", "rollback-to-1997", "mentions", 1, ""),
 (HR, "olesia-hrytsenko", 1, "Olesia Hrytsenko", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The Americans answered the questions they could answer and politely ignored the rest.", "olesia-hrytsenko", 1, "Olesia Hrytsenko", "", "", 1, ""),
 ("Deputy Foreign Minister Alexander Grushko told Interfax on Wednesday evening that Moscow would judge the answer by one criterion – whether it gave Russia guarantees against the deployment of strike weapons near its borders.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, D),
 ("He called on Russia to prove that it has no intention of attacking by pulling its troops back from Ukraine’s borders.", "volodymyr-zelensky", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("I am ready to meet the president of Russia in any format, without any preconditions, and Ukraine does not need anyone’s permission for that,", "volodymyr-zelensky", 1, "Zelensky", "no-preconditions", "supports", 1, D),
 ("There is not a single word in it about Ukraine giving up its course toward NATO. For us this is the most important thing,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 (ST, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (ST, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Allies will decide for themselves which weapons they deploy on their own territory, and Russia does not get to dictate that,", "jens-stoltenberg", 1, "Stoltenberg", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("According to Blinken, the document also proposes reciprocal transparency measures on the deployment of offensive weapons in Ukraine, an area in which Washington believes progress is possible.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("We’re not going to negotiate in public,", "antony-blinken", 1, "he", "", "", 1, D),
]

D = "2022-01-27"
LV = "There is no positive reaction on the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons which can threaten the territory of the Russian Federation,"
PS = "On the intermediate-range missiles and on the exercises one can begin a serious conversation,"
L["interfaxua-2022-01-27-peskov-answers"] = [
 ("It cannot be said that our views were taken into account or that a readiness to take our concerns into account was demonstrated. But we will not hurry with assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (PS, "dmitry-peskov", 1, "Peskov", "no-intermediate-range-missiles", "mentions", 1, D),
 (PS, "dmitry-peskov", 1, "Peskov", "limit-military-exercises", "mentions", 1, D),
 ("but without the answer on the non-expansion of NATO there will be no progress on the main questions.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 ("The movement of our armed forces on our own territory is our sovereign matter and nobody else's,", "dmitry-peskov", 1, "the Kremlin spokesman", "russia-de-escalation", "rejects", 1, D),
 ("We need guarantees which are legally binding, on paper, and not promises which can be forgotten tomorrow,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("He stated also that Putin is ready for the conversation with US President Joe Biden at any moment and without any preconditions, if it will be necessary.", "dmitry-peskov", 1, "He", "no-preconditions", "supports", 0, D),
 ("a reaction which allows to count on the beginning of a serious conversation, but on secondary questions", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 (LV, "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 (LV, "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The Bucharest formula, according to which Ukraine and Georgia will become members of NATO, must be disavowed. This is not our whim, this is the question of our security,", "maria-zakharova", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, D),
 ("In Kyiv, the Ministry of Foreign Affairs of Ukraine said in the comment to Interfax-Ukraine on Thursday that every state has the sovereign right to choose its own security arrangements, including alliances.", "ukrainian-foreign-ministry", 0, "the Ministry of Foreign Affairs of Ukraine", "nato-open-door", "supports", 0, D),
]

T, W = "2022-01-13", "2022-01-12"
CA = "Carpenter said Washington would not accept Moscow’s argument that talks must continue without preconditions while Russian troops remain massed near Ukraine, and that Russia had to de-escalate before any agreement could be reached."
SS = "Sherman and NATO Secretary General Jens Stoltenberg both told reporters this week that the alliance’s door would remain open to new members, a position Moscow rejects."
GR = "Contacts between militaries will not solve anything as long as NATO keeps holding exercises on our doorstep,"
OK1 = "What the Kremlin really wants is a promise that NATO will stop growing, and Washington has said from the start that its open-door policy is not up for negotiation,"
L["washingtonpost-2022-01-14-osce-vienna-stalemate"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Poland’s foreign minister", "", "", 1, T),
 ("Alexander Lukashevich, Russia’s ambassador to the OSCE, said at the same session that NATO must stop what he called the “military development” of Ukraine’s territory by Western instructors and arms shipments.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-military-activity-ex-soviet", "supports", 0, T),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures to ensure strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, T),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, T),
 (CA, "michael-carpenter", 1, "Carpenter", "no-preconditions", "rejects", 0, T),
 (CA, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, T),
 (CA, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (SS, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, ""),
 (SS, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 (SS, "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 ("In Brussels, Deputy Foreign Minister Alexander Grushko, who led Russia’s delegation, told reporters that Moscow wanted NATO warships and reconnaissance aircraft kept out of areas from which they could strike Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, W),
 (GR, "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 1, W),
 (GR, "alexander-grushko", 1, "the deputy minister", "limit-military-exercises", "supports", 1, W),
 ("I see no grounds to sit down in the coming days, to gather again and to start these same negotiations,", "sergei-ryabkov", 1, "he", "", "", 1, T),
 (OK1, "miriam-okafor-lindqvist", 1, "Miriam Okafor-Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 (OK1, "miriam-okafor-lindqvist", 1, "Miriam Okafor-Lindqvist", "nato-open-door", "mentions", 1, ""),
 ("Everything else on the Russian list, including the Baltic air patrols, can in principle be traded.", "miriam-okafor-lindqvist", 1, "Miriam Okafor-Lindqvist", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Washington’s message all week was: pull your troops back from Ukraine’s border, and then we can talk about almost everything else,", "thomas-grieve", 1, "Thomas Grieve", "russia-de-escalation", "mentions", 1, ""),
 ("I did not see anybody in Moscow in a hurry to answer.", "thomas-grieve", 1, "Thomas Grieve", "", "", 1, ""),
]

D = "2022-02-01"
PU = "We did not see adequate consideration of our three key demands: preventing NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997,"
BO = "In Brussels, EU foreign policy chief Josep Borrell said on Monday that Europe would not be a spectator in talks on its own security, and noted that Moscow was asking for negotiations without any preconditions."
DU = "Moscow put on the table a demand for legally binding guarantees, knowing perfectly well that the promise on Ukraine would never be given,"
L["novayagazeta-2022-02-02-ignored-concerns"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (PU, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, D),
 (PU, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (PU, "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("They tell us that every state is free to choose its alliances. But this principle cannot be read without the other one — that no one may strengthen their security at the expense of others,", "vladimir-putin", 1, "the president", "nato-open-door", "rejects", 1, D),
 ("I hope that in the end we will find a solution, although it will not be easy,", "vladimir-putin", 1, "he", "", "", 1, D),
 ("if it depends on Russia, there will be no war", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-28"),
 ("He insisted, however, that Western instructors and weapons had to leave Ukraine, which Moscow regards as lying inside its own security perimeter.", "sergei-lavrov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-28"),
 (BO, "josep-borrell", 1, "Josep Borrell", "no-preconditions", "mentions", 0, "2022-01-31"),
 (BO, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (DU, "yelena-dubrovina", 1, "Yelena Dubrovina", "written-legal-guarantees", "mentions", 1, ""),
 (DU, "yelena-dubrovina", 1, "Yelena Dubrovina", "no-ukraine-membership", "mentions", 1, ""),
 ("Washington was asked to disown Bucharest and answered, in effect, that it does not rewrite summit declarations.", "yelena-dubrovina", 1, "Yelena Dubrovina", "rescind-bucharest-2008", "mentions", 1, ""),
 ("If the Kremlin wanted talks, it has got them. If it wanted a pretext, it has got one too,", "yelena-dubrovina", 1, "Dubrovina", "", "", 1, ""),
 ("The Americans and NATO offered to restore the military channels, the line between our General Staff and the alliance's command, and that offer is now lying on the table in Moscow,", "nikolai-serebryakov", 1, "he", "resume-military-dialogue", "mentions", 1, ""),
]

write_gold(L, "articles-134", "gold-134")
