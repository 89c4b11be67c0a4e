#!/usr/bin/env python3
"""Writes the sixteenth held-out gold (gold-16/*.nq) from the labels below.

Batch 16 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the articles, gold or
labels of batches 10 and later (nor the parallel batch 17). The seven articles
were written for this batch (invented but date-plausible quotations about the
December 2021 - February 2022 security-guarantee demands), one per style: an
AP wire story, an Interfax report of Russian Defence Ministry statements, a
Politico Europe "Brussels Playbook", a White House briefing transcript, a
Moldovan agency (IPN) piece quoting TASS, an ECFR commentary, and a
machine-translated aggregator item without front matter (UTF-8 BOM, CRLF,
« » quotes).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices (following data/curated/statements.nq and label9.py):
- One label per (speaker, demand) a passage expresses; a direct quotation of
  six or more words about none of the demands gets one label without demand
  and stance. Quotations shorter than six words about no demand ("real
  interest", the reporter's "secondary issues") are not labelled. A quoted
  fragment of six words inside a reported sentence ("de-escalate and pull
  back its troops") is a direct quotation: its words are the evidence,
  direct=1 (the rest of that sentence, on sanctions, names no demand).
- A quotation spanning two sentences inside one pair of marks is one span;
  punctuation inside the marks is kept, the marks are not.
- Transcript (White House): each MS. PSAKI answer is direct speech (direct=1).
  Evidence is the sentence(s) carrying the position; a turn about none of the
  demands is labelled with the whole turn (demand ""), a two-word turn
  ("Thanks, everyone.") is not. "It does not." answers "Does it include any
  commitment that Ukraine won't join NATO?" and rejects
  no-ukraine-membership. Reporters' Q lines (even when they report what
  Lavrov said) are not labelled. Speaker name "MS. PSAKI" as printed.
- Speaker name: the words naming the speaker at that point, pronouns kept as
  written ("he", "she"), as in label9.py; role nouns as written ("the top
  Russian diplomat", "the head of state", "the Moscow scholar").
- Organisations without an actor id in DESIGN.md speak for the country they
  belong to: the Russian Defence Ministry -> russia; Georgia's Foreign
  Ministry -> georgia; an anonymous EU diplomat -> european-union. The
  contents of Moscow's draft agreement are Russia's statement ("Moscow").
- Georgia insisting on its NATO aspiration rejects no-ukraine-membership
  (the demand covers Ukraine and Georgia) and, with "the decisions of the
  2008 Bucharest summit remain valid", rejects rescind-bucharest-2008.
- Moldova's president saying Chisinau, not Moscow, decides its cooperation
  with NATO rejects no-military-activity-ex-soviet; the Moldovan call for
  Russian troops to leave Transnistria is not russia-de-escalation (which is
  about Ukraine's border): a demand-less quotation.
- Western offers to discuss missiles, exercises or binding arms-control
  texts are `mentions`; an expert describing what the Americans offered or
  what the Kremlin wants (Rantanen, Sokolova) is `mentions`; an expert's own
  call for military contacts supports resume-military-dialogue.
- Russians rejecting "the requirement to withdraw the troops" reject
  russia-de-escalation; refusing preconditions supports no-preconditions.
- Not labelled: narration and background history (Bucharest 2008 promise,
  Crimea 2014, 2014 suspension of NATO-Russia cooperation, the 2008 Georgian
  war, Baker's 1990 assurance), the commentary author's own opinions (ECFR:
  "Europeans would do well to put their own ideas on paper too ..."), the
  Playbook's unattributed items (Michel's calls, sanctions prep, agenda),
  reported statements about no demand without a 6+ word quotation
  (Shoigu's PMC claim, Popescu's "not a party to the talks", Lavrov's
  aggregator remark on preparing an answer), and the aggregator's recap of
  the 17 December publication, which states no content.
- Dates: the day the words were said, resolved against the publication date
  (Interfax "on Wednesday" of 13 Jan -> 2022-01-12; Shoigu "on December 21";
  IPN "Wednesday evening" of 20 Jan -> 2022-01-19); a quotation continuing a
  dated statement takes its day; "last month", "in December" or no day at all
  -> "". AP's lead and later paragraphs report the same Thursday remarks.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

L["ap-2022-02-10-lavrov-truss-moscow"] = [
 ("Russia's foreign minister on Thursday brushed off demands that Moscow pull its troops back from Ukraine's border, after hours of tense talks with British Foreign Secretary Liz Truss that laid bare how far apart the two sides remain.", "sergei-lavrov", 1, "Russia's foreign minister", "russia-de-escalation", "rejects", 0, "2022-02-10"),
 ("disappointing, like a conversation between people who are not listening to each other,", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-02-10"),
 ("Our British colleagues keep repeating that Russia must withdraw its troops from the Ukrainian border. These are our troops, on our own territory, and we are not going to take instructions from anyone about where they train,", "sergei-lavrov", 1, "the top Russian diplomat", "russia-de-escalation", "rejects", 1, "2022-02-10"),
 ("There is no point in saying Russia has no plans to invade while more than 100,000 troops are gathered near Ukraine's border. Those troops need to move, and Russia needs to choose the path of diplomacy,", "liz-truss", 1, "she", "russia-de-escalation", "supports", 1, "2022-02-10"),
 ("She said Britain and its allies were ready to talk about arms control and more transparency around military exercises, but would never accept that Moscow could decide who joins NATO.", "liz-truss", 1, "She", "limit-military-exercises", "mentions", 0, "2022-02-10"),
 ("She said Britain and its allies were ready to talk about arms control and more transparency around military exercises, but would never accept that Moscow could decide who joins NATO.", "liz-truss", 1, "She", "nato-open-door", "supports", 0, "2022-02-10"),
 ("Lavrov said the written replies that the United States and NATO sent on Jan. 26 had ignored Moscow's central demand that the alliance not expand any further east, and that Russia was still waiting for individual answers from Western capitals to his letter on the principle of indivisible security.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-02-10"),
 ("Moscow wants guarantees that NATO will never admit Ukraine, which was promised eventual membership at the alliance's 2008 summit in Bucharest along with Georgia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("is a sovereign nation that gets to decide its own future, including whether it joins NATO.", "liz-truss", 1, "Truss", "nato-open-door", "supports", 1, "2022-02-10"),
 ("is a sovereign nation that gets to decide its own future, including whether it joins NATO.", "liz-truss", 1, "Truss", "no-ukraine-membership", "rejects", 1, "2022-02-10"),
]

L["interfax-2022-01-13-fomin-nato-exercises"] = [
 ("NATO must move its military exercises away from the Russian borders and reduce their scale if it really wants to lower tension in Europe, Russian Deputy Defence Minister Colonel General Alexander Fomin said.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("At the session of the Russia-NATO Council we proposed concrete measures: to move the areas of exercises away from the line of contact and to agree on a minimum distance of approach for warships and aircraft. Unfortunately, so far we have not received a constructive reaction,", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("At the session of the Russia-NATO Council we proposed concrete measures: to move the areas of exercises away from the line of contact and to agree on a minimum distance of approach for warships and aircraft. Unfortunately, so far we have not received a constructive reaction,", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("According to the deputy minister, the alliance must renounce the deployment of strike weapons systems in the countries bordering Russia.", "alexander-fomin", 1, "the deputy minister", "no-strike-weapons-near-borders", "supports", 0, "2022-01-13"),
 ("Fomin also said that the Russian side was ready to restore the channels of military contacts with NATO, which the alliance froze in 2014, if the other side showed \"real interest\".", "alexander-fomin", 1, "Fomin", "resume-military-dialogue", "supports", 0, "2022-01-13"),
 ("The Russian Defence Ministry said in a statement on Wednesday that flights of US strategic bombers near the Russian borders had increased 2.5 times in 2021 and demanded that Washington keep its aircraft out of areas from which they can strike Russian territory.", "russia", 0, "The Russian Defence Ministry", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("The deployment of American intermediate- and shorter-range missiles in Europe cannot be ruled out, and we are obliged to take this into account in our planning,", "sergei-shoigu", 1, "the minister", "no-intermediate-range-missiles", "supports", 1, "2021-12-21"),
 ("Chief of the General Staff Army General Valery Gerasimov told foreign military attaches last month that supplies of Western weapons to Ukraine and the presence of NATO instructors there were pushing Kiev towards a military solution in Donbas.", "valery-gerasimov", 1, "Valery Gerasimov", "no-military-activity-ex-soviet", "supports", 0, ""),
]

L["politico-2022-01-14-brussels-playbook"] = [
 ("We cannot be spectators while others discuss the security architecture of our own continent,", "josep-borrell", 1, "he", "", "", 1, "2022-01-13"),
 ("Ukraine is a sovereign country, and it alone decides which alliances it wants to join.", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Ukraine is a sovereign country, and it alone decides which alliances it wants to join.", "josep-borrell", 1, "Borrell", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("The risk of war in the OSCE area is now greater than at any time in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("de-escalate and pull back its troops", "ursula-von-der-leyen", 1, "Ursula von der Leyen", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Any further aggression against Ukraine would come at a massive cost for the Kremlin,", "ursula-von-der-leyen", 1, "she", "", "", 1, "2022-01-13"),
 ("Pulling NATO back to the lines of 1997 would turn us into second-class allies, and that is simply not going to happen,", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("One EU diplomat involved in preparing the ministers’ discussion said Europe was ready to talk to Moscow about arms control and limits on military drills, but only with Europeans at the table.", "european-union", 0, "One EU diplomat", "limit-military-exercises", "mentions", 0, ""),
]

L["whitehouse-2022-01-27-psaki-briefing"] = [
 ("Hi, everyone.  Just one item for you at the top.  As you all know, the President will welcome Justice Breyer here this afternoon, and he'll have more to say then about the process ahead.  With that, Zeke, why don't you kick us off.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, "2022-01-27"),
 ("What I can tell you is that the response lays out areas where we believe we can make real progress: arms control, including on intermediate-range missiles in Europe, and transparency and limits on military exercises.  We're prepared to discuss those on a reciprocal basis.", "jen-psaki", 1, "MS. PSAKI", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("What I can tell you is that the response lays out areas where we believe we can make real progress: arms control, including on intermediate-range missiles in Europe, and transparency and limits on military exercises.  We're prepared to discuss those on a reciprocal basis.", "jen-psaki", 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("What the response doesn't do is trade away NATO's open-door policy.", "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, "2022-01-27"),
 ("It does not.", "jen-psaki", 1, "MS. PSAKI", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("That's a non-starter.  We've been very clear with our Eastern Flank Allies: nothing about them without them.", "jen-psaki", 1, "MS. PSAKI", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Look, if we can reach agreement on some of these areas -- arms control is a good example -- that could certainly take the form of binding commitments, as arms control agreements often do.", "jen-psaki", 1, "MS. PSAKI", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 ("We haven't seen any.  If anything, Russia has continued to build up forces, and the best thing it could do right now is pull those troops back from Ukraine's border.", "jen-psaki", 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("He has not.  I don't have a call to preview for you at this point.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, "2022-01-27"),
]

L["ipn-2022-01-20-sandu-neutrality-guarantees"] = [
 ("Decisions about the Republic of Moldova's cooperation with its foreign partners, NATO included, are taken in Chisinau and not in Moscow or Washington, President Maia Sandu said on Thursday, commenting on the security guarantees that Russia demands from the United States.", "maia-sandu", 1, "Maia Sandu", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-20"),
 ("We are a neutral country, and this is written in our Constitution. But neutrality does not mean that someone else decides for us with whom we train our soldiers or who helps us clear mines,", "maia-sandu", 1, "the head of state", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-20"),
 ("Under the draft agreement that Moscow handed to Washington in December, the United States would undertake not to set up military bases in the former Soviet republics that are not NATO members and not to develop bilateral military cooperation with them.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Sandu called on Russia to de-escalate the situation at the Ukrainian border and said the government had drawn up plans to receive refugees if the conflict spread.", "maia-sandu", 1, "Sandu", "russia-de-escalation", "supports", 0, "2022-01-20"),
 ("The only foreign troops stationed on our territory without our consent are the Russian troops in the Transnistrian region, and we continue to insist on their withdrawal,", "nicu-popescu", 1, "the minister", "", "", 1, "2022-01-19"),
 ("Meanwhile, Russian Deputy Foreign Minister Andrei Rudenko said on Thursday that Moscow expected a legally binding answer from Washington to its proposals, according to TASS.", "andrei-rudenko", 1, "Andrei Rudenko", "written-legal-guarantees", "supports", 0, "2022-01-20"),
 ("Turning our neighbours, including Moldova and Georgia, into a military foothold of NATO is unacceptable for us, and no one should have any illusions about that,", "andrei-rudenko", 1, "the diplomat", "no-military-activity-ex-soviet", "supports", 1, "2022-01-20"),
 ("In Tbilisi, Georgia's Foreign Ministry said in a statement on Wednesday that the country's aspiration to NATO membership is enshrined in its Constitution and that the decisions of the 2008 Bucharest summit remain valid.", "georgia", 0, "Georgia's Foreign Ministry", "rescind-bucharest-2008", "rejects", 0, "2022-01-19"),
 ("In Tbilisi, Georgia's Foreign Ministry said in a statement on Wednesday that the country's aspiration to NATO membership is enshrined in its Constitution and that the decisions of the 2008 Bucharest summit remain valid.", "georgia", 0, "Georgia's Foreign Ministry", "no-ukraine-membership", "rejects", 0, "2022-01-19"),
]

PUTIN = "A week after the United States and NATO delivered their written answers, the Russian president gave his verdict on Tuesday, standing next to Hungary’s Viktor Orbán in the Kremlin: the West, he said, had ignored Russia’s three key demands — no further expansion of NATO, no strike weapons near Russia’s borders, and a return of the alliance’s military infrastructure to where it stood in 1997."
RANTANEN = "The Americans have put intermediate-range missiles and limits on exercises on the table. Moscow has been asking for that since 2007, and now it calls it secondary,"
L["ecfr-2022-02-03-putin-verdict-western-answers"] = [
 (PUTIN, "vladimir-putin", 1, "the Russian president", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PUTIN, "vladimir-putin", 1, "the Russian president", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PUTIN, "vladimir-putin", 1, "the Russian president", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow was still studying the documents and wanted the dialogue to go on without any preconditions.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-02-02"),
 ("We are in no hurry to draw conclusions, but our main concerns cannot be drowned in a discussion of secondary matters,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-02-02"),
 (RANTANEN, "mikko-rantanen", 1, "Mikko Rantanen", "no-intermediate-range-missiles", "mentions", 1, ""),
 (RANTANEN, "mikko-rantanen", 1, "Mikko Rantanen", "limit-military-exercises", "mentions", 1, ""),
 ("Restoring regular contacts between our generals and theirs would be the cheapest insurance against an accident,", "mikko-rantanen", 1, "he", "resume-military-dialogue", "supports", 1, ""),
 ("For the Kremlin the signature is the whole point. After what happened with the promises of 1990, a verbal assurance is worth nothing to them,", "irina-sokolova", 1, "the Moscow scholar", "written-legal-guarantees", "mentions", 1, ""),
]

MATV = "The chairman of the Council of Federation Valentina Matviyenko on Thursday has declared, that Russia will not accept any preconditions for the continuation of the negotiations, including the requirement to withdraw the troops from its own territory."
L["aggregator-2022-02-11-medvedev-matviyenko-volodin"] = [
 ("The vice-chairman of the Security council of Russia Dmitry Medvedev has declared, that in the answers of the USA and NATO there is no main thing – the refusal of the further expansion of the alliance to the east.", "dmitry-medvedev", 1, "Dmitry Medvedev", "nato-non-expansion", "supports", 0, ""),
 ("We need the legally binding guarantees not on the paper for the sake of the paper, but for the security of our citizens, and the West prefers to not hear it", "dmitry-medvedev", 1, "Medvedev", "written-legal-guarantees", "supports", 1, ""),
 (MATV, "valentina-matviyenko", 1, "Valentina Matviyenko", "no-preconditions", "supports", 0, "2022-02-10"),
 (MATV, "valentina-matviyenko", 1, "Valentina Matviyenko", "russia-de-escalation", "rejects", 0, "2022-02-10"),
 ("Hysteria about the so-called Russian invasion is inflated artificially by the Western capitals and their mass media", "valentina-matviyenko", 1, "she", "", "", 1, "2022-02-10"),
 ("The chairman of the State Duma Vyacheslav Volodin has declared, that the decision of the Bucharest summit of NATO of 2008 about the future membership of Ukraine and Georgia must be cancelled.", "vyacheslav-volodin", 1, "Vyacheslav Volodin", "rescind-bucharest-2008", "supports", 0, ""),
 ("The USA and Great Britain fill Ukraine with the weapon and the instructors and turn it into the platform against Russia", "vyacheslav-volodin", 1, "the speaker of the Duma", "no-military-activity-ex-soviet", "supports", 1, ""),
]

write_gold(L, "articles-16", "gold-16")
