#!/usr/bin/env python3
"""Writes the held-out gold of batch 330 (gold-330/*.nq) from the labels below.

Batch 330 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-26-us-nato-deliver-written-answers: AP wire story with front matter on the
  written answers; quotations interrupted by "Blinken told reporters", short quotes inside
  reported sentences, Moscow's demands in passing, a Duma chairman, an analyst, 1990 history.
- meduza-2022-01-28-what-the-answers-say: Meduza explainer, no front matter (date in the
  header), question crossheads, caption, Russia's asks summarised, Lavrov quote split by
  "the foreign minister said", two Russian-side analysts, "Read also" line.
- nato-2022-01-12-press-point-nrc: NATO press-point transcript with front matter; speaker
  labels, moderator and journalists' questions (unlabelled), each answer paragraph a quote.
- delfi-2022-01-27-landsbergis-answers: Delfi (Lithuanian) story in stiff machine-translated
  English, „ “ quotes, UTF-8 BOM and CRLF; Baltic ministers rejecting the 1997 rollback and
  drills limits, Kremlin demands in passing, 1990 Baker history, analysts.
- axios-2022-01-21-blinken-lavrov-geneva: Axios newsletter item with front matter; bold
  "Why it matters"/"Between the lines" lead-ins, bullets, anonymous State Department official,
  short quote fragments, a Flashback paragraph naming the 17 December demands.
- brookings-2022-02-03-qa-putin-reply: Brookings expert Q&A with front matter; host questions
  unlabelled, the expert's answer paragraphs, Putin's and Russia's demands reported inside
  them, Bucharest 2008 background.
- house-foreign-affairs-2022-02-02-hearing-russia-demands: House Foreign Affairs hearing
  transcript, no front matter; "Chairman MEEKS." labels, opening statements (labelled),
  procedural chair lines and members' questions (unlabelled), witness answers.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position; mentions when
the speaker only reports a demand, asks about it or offers to discuss it. A direct quotation
of six or more words about none of the demands gets one demand-less label (demand "",
stance ""); reported speech about no demand or about demands left unspecified gets none.
Background history, words quoted from documents, headlines, crossheads, standfirsts,
captions and link lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the
demand in their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

A = "ap-2022-01-26-us-nato-deliver-written-answers"
d = "2022-01-26"
lead = "The United States and NATO on Wednesday delivered written responses to Russia's demands for security guarantees, rejecting Moscow's insistence that the alliance bar Ukraine from ever joining but offering talks on arms control and confidence-building measures as tens of thousands of Russian troops remain massed near Ukraine."
drafts = "Russia's draft documents, published in mid-December, would require NATO to halt all expansion, to forswear any military activity in Ukraine, Eastern Europe, the Caucasus and Central Asia, and to pull allied forces back to where they stood in 1997, before the alliance took in former Warsaw Pact countries."
bl_missiles = "Blinken said the U.S. response also addressed Russian concerns about the deployment of offensive missile systems in Europe and about the scale of military drills, areas where he said there could be \"reciprocal\" steps."
ferr2 = "Where there may be room is missiles and exercises. That's where the 1980s arms-control toolkit still works."
ferr1 = "Both sides have now put their red lines on paper, and they're mutually exclusive on enlargement,"
L[A] = [
 (lead, "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, d),
 (lead, "nato", 0, "NATO", "no-ukraine-membership", "rejects", 0, d),
 (lead, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, d),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, d),
 ("We will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, d),
 ("NATO, he added, was ready to discuss reciprocal limits on missiles and better notification of military exercises, but only if Russia pulled back its forces.", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 0, d),
 ("NATO, he added, was ready to discuss reciprocal limits on missiles and better notification of military exercises, but only if Russia pulled back its forces.", "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 0, d),
 ("NATO, he added, was ready to discuss reciprocal limits on missiles and better notification of military exercises, but only if Russia pulled back its forces.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, d),
 (drafts, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (drafts, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (drafts, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("But Russian officials have made clear for weeks that the alliance's refusal to close its door was the heart of the matter.", "russia", 0, "Russian officials", "nato-non-expansion", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov said earlier this month that guarantees Ukraine would never join NATO were \"an absolute imperative\" for Moscow.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 (bl_missiles, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, d),
 (bl_missiles, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, d),
 (bl_missiles, "russia", 0, "Russian", "no-intermediate-range-missiles", "supports", 0, ""),
 (bl_missiles, "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("It's up to Russia to decide how to respond.", "antony-blinken", 1, "he", "", "", 1, d),
 ("He said Ukraine's future membership in NATO was a matter for Ukraine and the 30 allies alone.", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, d),
 ("Leonid Slutsky, head of the foreign affairs committee of the State Duma, wrote on Telegram that without a legally binding commitment on non-expansion the replies would be \"a waste of paper.\"", "leonid-slutsky", 1, "Leonid Slutsky", "nato-non-expansion", "supports", 0, d),
 ("Leonid Slutsky, head of the foreign affairs committee of the State Duma, wrote on Telegram that without a legally binding commitment on non-expansion the replies would be \"a waste of paper.\"", "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 0, d),
 (ferr1, "nadia-ferrante", 1, "Nadia Ferrante", "nato-non-expansion", "mentions", 1, d),
 (ferr1, "nadia-ferrante", 1, "Nadia Ferrante", "nato-open-door", "mentions", 1, d),
 (ferr2, "nadia-ferrante", 1, "Nadia Ferrante", "no-intermediate-range-missiles", "mentions", 1, d),
 (ferr2, "nadia-ferrante", 1, "Nadia Ferrante", "limit-military-exercises", "mentions", 1, d),
 ("What we want to see is the Russians de-escalating, pulling those troops back.", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, d),
]

A = "meduza-2022-01-28-what-the-answers-say"
ask = "In short: that the West put in writing a promise that NATO will grow no further, that Ukraine and Georgia will never be admitted, and that the alliance will pull its troops and weapons back to where they stood in May 1997, when the NATO-Russia Founding Act was signed."
drafts = "The drafts also asked Washington not to set up bases in former Soviet republics outside NATO and not to station intermediate-range missiles where they could reach the other side."
usoff = "At the same time the U.S. offered to talk about missile deployments in Europe, transparency during exercises and a resumption of contacts between the militaries."
lav2 = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
orl2 = "For years Moscow asked to discuss missiles in Europe and got nothing. Now it has an American offer in writing."
leo = "Military analyst Pavel Leontyev noted that neither answer mentions a withdrawal of allied forces from the Baltic states or Poland, which Moscow had demanded."
dep = "Washington and NATO say any further talks depend on Moscow pulling those forces back."
L[A] = [
 (ask, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 (ask, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (ask, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (ask, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (drafts, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (drafts, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("In December Vladimir Putin told the Defense Ministry board that Russia needed \"long-term, legally binding guarantees,\" not verbal assurances, because in his view the verbal ones of the 1990s had been broken.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
 ("NATO's \"open door\" stays open, he said, and Washington will not give anyone a veto over who joins.", "antony-blinken", 1, "he", "nato-open-door", "supports", 0, ""),
 (usoff, "united-states", 0, "the U.S.", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (usoff, "united-states", 0, "the U.S.", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (usoff, "united-states", 0, "the U.S.", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("But there is no positive reaction on the main question,", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (lav2, "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (lav2, "sergei-lavrov", 1, "the foreign minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Grushko said on Thursday that if the alliance kept building up forces near Russia, Moscow would respond with \"military-technical\" measures.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("The Kremlin got a document that is polite about everything except the one thing it cares about,", "tatiana-orlova", 1, "Tatiana Orlova", "", "", 1, ""),
 (orl2, "tatiana-orlova", 1, "her", "no-intermediate-range-missiles", "mentions", 1, ""),
 (orl2, "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (leo, "pavel-leontyev", 1, "Pavel Leontyev", "rollback-to-1997", "mentions", 0, ""),
 (leo, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The 1997 point is simply ignored,", "pavel-leontyev", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("For the General Staff, that was never a bargaining chip, it was the whole point.", "pavel-leontyev", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 (dep, "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 (dep, "nato", 0, "NATO", "russia-de-escalation", "supports", 0, ""),
]

A = "nato-2022-01-12-press-point-nrc"
d = "2022-01-12"
S = "jens-stoltenberg"
N = "NATO Secretary General Jens Stoltenberg"
p6 = "At the same time, Allies expressed readiness to meet again and to discuss concrete issues: arms control and disarmament, including on missiles, risk reduction, transparency around military exercises, and re-opening our respective offices in Moscow and Brussels. The Russian delegation was not in a position to agree on a schedule, but said they would come back to us."
L[A] = [
 ("We have just finished a meeting of the NATO-Russia Council. It was the first in more than two years, and I welcome that Russia sent a high-level delegation, led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin.", S, 1, N, "", "", 1, d),
 ("It was not an easy discussion. But that is exactly why such meetings are important. There are significant differences between NATO Allies and Russia on these issues, and our differences will not be easy to bridge.", S, 1, N, "", "", 1, d),
 ("Russia presented its proposals, and Allies made clear that we will not compromise on some core principles. Each nation has the right to choose its own path. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto, and Russia has no say in that process.", S, 1, N, "nato-open-door", "supports", 1, d),
 ("Allies also called on Russia to immediately de-escalate the situation along Ukraine's borders. This is a serious moment for European security. Russia has amassed tens of thousands of combat-ready troops, heavy weapons and capabilities, and we have seen a continued build-up.", S, 1, N, "russia-de-escalation", "supports", 1, d),
 ("We also firmly rejected the idea that NATO should pull back its forces from those Allies who joined after 1997. We will not give up on our ability to protect and defend each other. We will not create first-class and second-class members.", S, 1, N, "rollback-to-1997", "rejects", 1, d),
 (p6, S, 1, N, "no-intermediate-range-missiles", "mentions", 1, d),
 (p6, S, 1, N, "limit-military-exercises", "mentions", 1, d),
 ("NATO's open door policy is not something we are going to negotiate away. It is enshrined in Article 10 of the Washington Treaty, and all Allies, and Russia, have signed on to the principle that every country chooses its own security arrangements, for instance in the Helsinki Final Act and in the Paris Charter.", S, 1, N, "nato-open-door", "supports", 1, d),
 ("We are ready to put our proposals in writing and to sit down with Russia to talk about them. But there will be no agreement that turns the clock back or that creates spheres of influence in Europe.", S, 1, N, "rollback-to-1997", "rejects", 1, d),
 ("Ukraine is a highly valued partner. We will continue to provide support, training and practical assistance. That is not up for discussion with Russia.", S, 1, N, "no-military-activity-ex-soviet", "rejects", 1, d),
 ("I also said very clearly in the meeting that it is Russia that is the aggressor against Ukraine, not the other way around. Ukraine poses no threat to Russia.", S, 1, N, "", "", 1, d),
 ("There is a real risk of new armed conflict in Europe. The Russian side did not give any commitment on de-escalation. We heard no such commitment today.", S, 1, N, "russia-de-escalation", "supports", 1, d),
 ("But what I can say is that all Allies were united, and we sent a clear message, and the fact that we sat at the same table for four hours, that all Allies and Russia spoke, shows that there is a willingness to address these issues through diplomacy. I think that is a good sign.", S, 1, N, "", "", 1, d),
 ("We are ready to discuss how we can increase transparency and reduce risks around military exercises, and that has to be reciprocal. Russia has, for years, conducted large snap exercises with no notification at all, including the exercises that are now going on close to Ukraine's borders.", S, 1, N, "limit-military-exercises", "mentions", 1, d),
 ("NATO will not reduce its ability to defend its Allies. But if there is a willingness to find reciprocal, verifiable measures, we are ready to sit down.", S, 1, N, "limit-military-exercises", "mentions", 1, d),
]

A = "delfi-2022-01-27-landsbergis-answers"
d = "2022-01-27"
GL = "gabrielius-landsbergis"
lead = "Foreign Minister Gabrielius Landsbergis on Thursday welcomed that the United States and NATO in their written answers to Russia did not accept the Kremlin demand to withdraw allied forces from the Baltic states, but warned that Moscow „will not stop to try“."
zone = "Russia wants to have a zone of influence, where the neighbours cannot choose their alliances. This we cannot accept, not for Ukraine, not for Georgia and not for ourselves,"
drafts = "Russia in December handed two draft documents, in which it demands from NATO to refuse any further enlargement and to withdraw forces and infrastructure from the states which joined the alliance after May 1997, including Lithuania, Latvia and Estonia."
anu = "Minister of National Defence Arvydas Anušauskas said that the Russian demand to limit the exercises is in reality a demand to leave the Baltic region without defence."
koj2 = "But Russia received also a proposal to talk about missiles and about transparency of exercises, and it can use this to show to its society that the pressure works."
maz = "According to another expert, Vytautas Mažeika, a former Lithuanian military attaché in Moscow, the Kremlin will still insist that the guarantees must be legally binding and signed."
L[A] = [
 (lead, GL, 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, d),
 (lead, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The most important thing for us is that the allies did not agree to return to the situation of 1997. Then there were no NATO forces in Lithuania, and today they are here, and they will stay,", GL, 1, "Landsbergis", "rollback-to-1997", "rejects", 1, d),
 ("According to him, there was „no surprise“ in the document and the principle of the open door was protected.", GL, 1, "him", "nato-open-door", "supports", 0, d),
 (zone, GL, 1, "the head of diplomacy", "nato-open-door", "supports", 1, d),
 (zone, GL, 1, "the head of diplomacy", "no-ukraine-membership", "rejects", 1, d),
 (drafts, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (drafts, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Moscow also wants that the alliance does not hold exercises near Russian borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 (anu, "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, ""),
 (anu, "russia", 0, "Russian", "limit-military-exercises", "supports", 0, ""),
 ("If we follow the logic of Moscow, then the allies could not train here, could not fly here, and the Russian army in Kaliningrad and in Belarus would train as much as it wants,", "arvydas-anusauskas", 1, "the minister", "limit-military-exercises", "rejects", 1, ""),
 ("This is not security, this is blackmail.", "arvydas-anusauskas", 1, "the minister", "limit-military-exercises", "rejects", 1, ""),
 ("According to Peskov, the main Russian concerns, first of all the non-expansion of NATO, were not considered.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, d),
 ("Foreign Minister Sergei Lavrov said, that in the American document there are some „rational“ elements about secondary matters, but on the main question, the refusal of NATO expansion to the east, there is „no positive reaction“.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 ("The West gave the answer which was expected. The alliance cannot sign that somebody has no right to join it, so on this point no compromise is possible,", "linas-kojala", 1, "the analyst", "nato-open-door", "mentions", 1, ""),
 (koj2, "linas-kojala", 1, "the analyst", "no-intermediate-range-missiles", "mentions", 1, ""),
 (koj2, "linas-kojala", 1, "the analyst", "limit-military-exercises", "mentions", 1, ""),
 (maz, "vytautas-mazeika", 1, "Vytautas Mažeika", "written-legal-guarantees", "mentions", 0, ""),
 (maz, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("For Moscow the paper which says ‘we are ready to discuss’ is nothing. They want the signature under the treaty,", "vytautas-mazeika", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Nobody forced us to join NATO. We knocked on this door ourselves, and nobody in Moscow has the right to close it behind us,", GL, 1, "Landsbergis", "nato-open-door", "supports", 1, d),
 ("Chairman of the Committee on National Security and Defence Laurynas Kasčiūnas told to DELFI that the resolution will call the Russia to withdraw troops from the border of Ukraine.", "laurynas-kasciunas", 1, "Laurynas Kasčiūnas", "russia-de-escalation", "supports", 0, ""),
]

A = "axios-2022-01-21-blinken-lavrov-geneva"
d = "2022-01-21"
off = "A senior State Department official told Axios the written response would include ideas on \"reciprocal transparency measures\" for military exercises and on the placement of offensive missile systems — areas where the U.S. sees room for a deal."
call = "The official said Washington would not respond to Russia's call to pull NATO forces out of Eastern Europe \"because it's a non-starter.\""
flash = "Russia published two draft treaties on Dec. 17 demanding that NATO rule out membership for Ukraine and roll back its deployments in countries that joined after 1997."
lav = "that NATO won't expand eastward and that there will be no deployment of strike weapons near our borders."
L[A] = [
 ("our concerns and ideas in more detail and in writing", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("We didn't expect any major breakthroughs to happen today,", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("But I believe we are now on a clearer path in understanding each other's concerns and each other's positions.", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("any Russian military forces move across Ukraine's border, that's a renewed invasion", "antony-blinken", 1, "He", "", "", 1, d),
 (lav, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, d),
 (lav, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, d),
 ("We have never threatened the Ukrainian people.", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 ("Both sides claimed the other had agreed to keep talking, but U.S. officials stressed that NATO's \"open door\" is off the table.", "united-states", 0, "U.S. officials", "nato-open-door", "supports", 0, d),
 ("We're not going to let anyone slam it shut,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, d),
 (off, "us-state-department", 0, "A senior State Department official", "limit-military-exercises", "mentions", 0, ""),
 (off, "us-state-department", 0, "A senior State Department official", "no-intermediate-range-missiles", "mentions", 0, ""),
 (call, "us-state-department", 0, "The official", "rollback-to-1997", "rejects", 0, ""),
 (call, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (flash, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (flash, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Moscow has said it wants answers on paper, point by point, not \"just words.\"", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov, who led Russia's team at the Geneva strategic stability talks on Jan. 10, called that session \"difficult\" and said Moscow wanted \"ironclad, waterproof, bulletproof, legally binding guarantees.\"", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("This is the week the U.S. tries to turn a Russian ultimatum into a normal negotiation,", "rachel-hoffmann-kaye", 1, "Rachel Hoffmann-Kaye", "", "", 1, ""),
 ("It's a smart move to answer in writing. But Putin needs to be able to say he got something, and nothing on the enlargement question is going to give him that.", "rachel-hoffmann-kaye", 1, "Rachel Hoffmann-Kaye", "nato-non-expansion", "mentions", 1, ""),
 ("must not negotiate over the heads of our allies and partners.", "michael-mccaul", 1, "Rep. Michael McCaul", "", "", 1, ""),
 ("White House press secretary Jen Psaki said Friday the U.S. still wants to see Russia \"take steps to de-escalate\" along the border before anything else.", "jen-psaki", 1, "Jen Psaki", "russia-de-escalation", "supports", 0, d),
]

A = "brookings-2022-02-03-qa-putin-reply"
W = "eleanor-whitcombe"
WN = "Eleanor Whitcombe"
a1 = "He said three things. First, that Russia's three key demands had been ignored: no further NATO expansion, no deployment of offensive weapons systems near Russia's borders, and a return of the alliance's military infrastructure in Europe to where it was in 1997. Second, he repeated that Ukraine's joining NATO could drag Europe into a war with Russia over Crimea. And third, he said dialogue would go on. That last point matters."
p1 = "First, that Russia's three key demands had been ignored: no further NATO expansion, no deployment of offensive weapons systems near Russia's borders, and a return of the alliance's military infrastructure in Europe to where it was in 1997."
a2 = "More than people think. It offers talks on reciprocal commitments not to put ground-launched offensive missile systems and permanent combat forces in Ukraine, and on transparency at the Aegis Ashore sites in Romania and Poland. It offers to revive the conventional arms control conversation and to restore channels between the militaries. Those are real offers, and some of them the Russians asked for themselves."
a2b = "But on the core questions, the answer is no, and it should be no. The United States cannot sign away the right of a sovereign country to seek membership in an alliance. That principle is in every document Russia itself signed, from Helsinki in 1975 to the Charter of Paris and the Istanbul summit."
a3 = "I'm skeptical. Practically, Ukraine is nowhere near membership, and everyone in Brussels knows it. But the Russians have said explicitly that a moratorium is not enough. Ryabkov has said so, Lavrov has said so. They want something legally binding and permanent, and a moratorium would be read in Kyiv as a betrayal without satisfying Moscow."
rl = "But the Russians have said explicitly that a moratorium is not enough. Ryabkov has said so, Lavrov has said so."
a5 = "The military indicators are not encouraging. There are now well over 100,000 Russian troops near Ukraine, plus the forces in Belarus for the Allied Resolve exercise. Diplomacy can only work if Russia pulls some of that back. I would like to see the administration put the offers on missiles and exercises on the table very concretely, with a timeline, so that Moscow has a real alternative to war."
L[A] = [
 (a1, W, 1, WN, "nato-non-expansion", "mentions", 1, ""),
 (a1, W, 1, WN, "no-strike-weapons-near-borders", "mentions", 1, ""),
 (a1, W, 1, WN, "rollback-to-1997", "mentions", 1, ""),
 (a1, W, 1, WN, "no-ukraine-membership", "mentions", 1, ""),
 (p1, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (p1, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (p1, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("Second, he repeated that Ukraine's joining NATO could drag Europe into a war with Russia over Crimea.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("What struck me was the tone. He was not slamming the door. He said he hoped a solution would eventually be found, and he went out of his way to say the reply was still being studied.", W, 1, WN, "", "", 1, ""),
 (a2, W, 1, WN, "no-strike-weapons-near-borders", "mentions", 1, ""),
 (a2, W, 1, WN, "no-intermediate-range-missiles", "mentions", 1, ""),
 (a2, W, 1, WN, "resume-military-dialogue", "mentions", 1, ""),
 (a2b, W, 1, WN, "nato-open-door", "supports", 1, ""),
 (a2b, W, 1, WN, "nato-non-expansion", "rejects", 1, ""),
 (a3, W, 1, WN, "no-ukraine-membership", "mentions", 1, ""),
 (a3, W, 1, WN, "written-legal-guarantees", "mentions", 1, ""),
 (rl, "russia", 0, "the Russians", "written-legal-guarantees", "supports", 0, ""),
 (rl, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (rl, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, ""),
 ("I'd also say: we have seen this before. At Bucharest in 2008, NATO said Ukraine and Georgia \"will become members,\" and then did nothing to make it happen. That is the worst of both worlds.", W, 1, WN, "", "", 1, ""),
 ("It's a phrase from the OSCE documents, saying no state should strengthen its security at the expense of others. Lavrov has turned it into the main legal argument, sending letters to Western capitals asking how they interpret it. It's clever, because it lets Moscow say the West is violating its own commitments. But the same documents say every state is free to choose its alliances. You can't read one half of the sentence and ignore the other.", W, 1, WN, "nato-open-door", "supports", 1, ""),
 (a5, W, 1, WN, "russia-de-escalation", "supports", 1, ""),
 (a5, W, 1, WN, "no-intermediate-range-missiles", "mentions", 1, ""),
 (a5, W, 1, WN, "limit-military-exercises", "mentions", 1, ""),
]

A = "house-foreign-affairs-2022-02-02-hearing-russia-demands"
d = "2022-02-02"
KD = "karen-donfried"
m2 = "At the same time, I commend the administration for keeping the door to diplomacy open. Talking about missiles, about exercises, about transparency is not weakness. It is how we kept the peace during the Cold War."
mc1 = "Mr. Putin has told us exactly what he wants. He wants NATO to abandon the countries that joined after the Berlin Wall fell. He wants a guarantee that Ukraine will never be free to choose the West. Those are not negotiating positions. They are the terms of a surrender, and I am glad the administration's response did not accept them."
d3 = "We also laid out areas where we believe progress is possible, on a reciprocal basis: arms control related to missiles in Europe, greater transparency and notification for military exercises, and risk reduction measures, including restoring military-to-military channels that could prevent an accident from becoming a crisis."
cod = "Mr. Chairman, where we reach agreement on arms control, we have historically been ready to codify it, and that remains true. What we will not do is put into a treaty a ban on the sovereign choices of other countries."
L[A] = [
 ("Last week the administration and our NATO allies delivered written responses to the demands the Kremlin published in December. I want to be clear at the outset: this committee stands united behind the principle that the United States will not trade away the sovereignty of Ukraine or of any other nation. No country gets to dictate to its neighbors which alliances they may join.", "gregory-meeks", 1, "Chairman MEEKS", "nato-open-door", "supports", 1, d),
 (m2, "gregory-meeks", 1, "Chairman MEEKS", "no-intermediate-range-missiles", "mentions", 1, d),
 (m2, "gregory-meeks", 1, "Chairman MEEKS", "limit-military-exercises", "mentions", 1, d),
 (mc1, "michael-mccaul", 1, "Mr. McCAUL", "rollback-to-1997", "rejects", 1, d),
 (mc1, "michael-mccaul", 1, "Mr. McCAUL", "no-ukraine-membership", "rejects", 1, d),
 ("He wants NATO to abandon the countries that joined after the Berlin Wall fell.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, ""),
 ("He wants a guarantee that Ukraine will never be free to choose the West.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, ""),
 ("But I worry that we are negotiating while he is deploying. Every week of talks has brought more battalion tactical groups to the border. Deterrence has to come before diplomacy, not after an invasion.", "michael-mccaul", 1, "Mr. McCAUL", "", "", 1, d),
 ("Chairman Meeks, Ranking Member McCaul, members of the committee, thank you for the opportunity to testify.", KD, 1, "Ms. DONFRIED", "", "", 1, d),
 ("On January 26, we delivered our written response to Moscow. We did so after close consultation with our allies and with Ukraine. The response makes clear that we will uphold the principle of NATO's open door. That is not negotiable.", KD, 1, "Ms. DONFRIED", "nato-open-door", "supports", 1, d),
 (d3, KD, 1, "Ms. DONFRIED", "no-intermediate-range-missiles", "mentions", 1, d),
 (d3, KD, 1, "Ms. DONFRIED", "limit-military-exercises", "mentions", 1, d),
 (d3, KD, 1, "Ms. DONFRIED", "resume-military-dialogue", "mentions", 1, d),
 ("Russia has a choice. It can take the path of diplomacy, or it can face massive consequences. The first step on the diplomatic path is de-escalation. Russia must pull back the forces it has massed on Ukraine's borders.", KD, 1, "Ms. DONFRIED", "russia-de-escalation", "supports", 1, d),
 (cod, KD, 1, "Ms. DONFRIED", "written-legal-guarantees", "mentions", 1, d),
 (cod, KD, 1, "Ms. DONFRIED", "nato-open-door", "supports", 1, d),
 ("It was rejected, Congresswoman. We will not withdraw from the territory of allies. Our commitment under Article 5 covers Vilnius exactly as it covers Washington.", KD, 1, "Ms. DONFRIED", "rollback-to-1997", "rejects", 1, d),
 ("No. Our security assistance to Ukraine will continue. We have provided more this year than in any previous year, and we are not going to ask Russia's permission to help a partner defend itself.", KD, 1, "Ms. DONFRIED", "no-military-activity-ex-soviet", "rejects", 1, d),
 ("Congressman, we have not set a number. But it is very hard to negotiate seriously with a gun to the head of a neighbor. We want to see real, verifiable de-escalation.", KD, 1, "Ms. DONFRIED", "russia-de-escalation", "supports", 1, d),
 ("I'll just say for the record that I think we should be willing to talk about limits on exercises near the border. If the Russians stop the snap drills and we scale back some of ours, that's a good deal for everyone in the region.", "eric-halvorsen", 1, "Mr. HALVORSEN", "limit-military-exercises", "supports", 1, d),
]

write_gold(L, "articles-330", "gold-330")
