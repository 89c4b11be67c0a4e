#!/usr/bin/env python3
"""Writes the held-out gold of batch 162 (gold-162/*.nq) from the labels below.

Batch 162 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven outlets and forms:

- kommersant-2021-12-18-ryabkov-draft-treaties: Kommersant front-page report
  in machine-translated English, no front matter (date in the text), UTF-8 BOM
  and CRLF line ends, « » quotation marks with "- said X" attributions, one
  quotation split by "underlined the deputy minister", a two-sentence
  quotation, a document summary ("According to the text of the agreement")
  and the 1990 Baker episode (neither labelled), an invented political
  scientist.
- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter and straight quotes; dateline lead, short embedded quotations,
  indirect speech running over sentences ("Russia, he went on, ..."), an
  invented analyst whose quotation is split by "said X", a demand attributed
  to Moscow inside her reported sentence, Moscow's demands in background, a
  1990 history sentence (not labelled), unnamed U.S. officials (not labelled).
- state-2022-01-10-sherman-press-call: State Department transcript of Wendy
  Sherman's call with reporters, front matter, speaker labels; the moderator
  (Price) and the journalists' questions are not labelled; every paragraph of
  Sherman's is one quotation.
- npr-2022-01-13-carpenter-osce-interview: NPR All Things Considered Q&A with
  the U.S. ambassador to the OSCE, front matter; the host's lines (including
  what Rau and Lukashevich said) are not labelled; the INF Treaty appears as
  history inside an answer about legally binding form.
- guardian-2022-01-14-talks-deadlock-analysis: Guardian analysis with
  curly quotes quoting real officials and invented experts; several speakers
  in one sentence ("despite Moscow's demands that ..."), a passive ("was
  repeated ... by Grushko"), a senior EU official, a history paragraph
  (Baker 1990, Founding Act 1997, Bucharest 2008: not labelled), standfirst,
  photo caption and link line (not labelled).
- aljazeera-2022-01-26-written-responses-live: Al Jazeera English live blog
  without front matter (date in the text), timestamped entries with
  crossheads quoting fragments (not labelled), summary bullets, an embassy
  as speaker, "according to the Interfax news agency", a Tuesday address
  resolved against the Wednesday date, "the main question" left unspecified.
- mid-2022-01-27-zakharova-briefing: Russian Foreign Ministry transcript of
  Maria Zakharova's briefing, front matter, „ “ quotation marks; the opening
  statement is a run of paragraphs, each one quotation, then "Question:" /
  "Maria Zakharova:" exchanges; table of contents and crossheads not labelled.

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
  saying that Ukraine's membership is for Ukraine and the allies to decide is
  both nato-open-door supports and no-ukraine-membership rejects;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("despite Moscow's demands that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given; inside a
  direct quotation it is not;
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
D = "2021-12-17"
L["kommersant-2021-12-18-ryabkov-draft-treaties"] = [
 ("We need the legally binding guarantees, because the verbal assurances which the West gave us were not worth the paper on which they were never written", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("The NATO must not move further to the east, this is the question number one", "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 ("And Ukraine and Georgia must never become the members of the alliance, regardless of what anybody promised to them.", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, D),
 ("The deputy minister also stated that Russia insists on the return of the military infrastructure of the alliance to the configuration of May 1997, when the Founding act Russia-NATO was signed, and on the withdrawal of the forces deployed after that in the countries of Eastern Europe.", "sergei-ryabkov", 1, "The deputy minister", "rollback-to-1997", "supports", 0, D),
 ("We propose to fix that the parties do not deploy the ground missiles of intermediate and shorter range in the areas from which they are able to hit the territory of the other party", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("The same concerns the heavy bombers and the surface warships. They must stay out of the zones from where they can strike the objects on our territory", "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("The distances must be agreed, the notification about the manoeuvres must be obligatory, and the scale must be reduced", "alexander-grushko", 1, "he", "limit-military-exercises", "supports", 1, D),
 ("The president will be informed about all the reactions, and we hope for a serious answer, not for the propaganda", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Ukraine itself will decide, with whom it unites. The opinion of Moscow here is not asked", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 ("Ukraine itself will decide, with whom it unites. The opinion of Moscow here is not asked", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Moscow demanded everything at once: no NATO in Ukraine, no American soldiers in Central Asia and in the Caucasus. I do not believe that Washington will even discuss it seriously", "vsevolod-trunin", 1, "Trunin", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow demanded everything at once: no NATO in Ukraine, no American soldiers in Central Asia and in the Caucasus. I do not believe that Washington will even discuss it seriously", "vsevolod-trunin", 1, "Trunin", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("In his words, the Americans in answer will demand first of all the withdrawal of the Russian troops from the Ukrainian border.", "vsevolod-trunin", 1, "his", "russia-de-escalation", "mentions", 0, ""),
 ("The ball is now on the American side. We expect the answer quickly, not in months and years", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
]
D = "2022-01-10"
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov said on Monday it was \"absolutely mandatory\" that Ukraine never join NATO, after more than seven hours of talks with U.S. officials in Geneva that ended with no sign of a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, legally binding guarantees. Not assurances, not safeguards, guarantees.", "sergei-ryabkov", 1, "The deputy foreign minister", "written-legal-guarantees", "supports", 1, D),
 ("Russia, he went on, would not settle for political declarations in place of signed and ratified commitments.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said Washington had pushed back firmly on \"security proposals that are simply non-starters\" and would not agree to bar Ukraine from ever joining the alliance.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("It is very hard to make real progress in an atmosphere of escalation,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("We came here without any preconditions and we expect the same from our American colleagues,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, D),
 ("We want a ban on intermediate-range missiles near our borders, and the Americans say they are ready to discuss it, but that cannot be done separately from the main question, which is non-expansion of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("We want a ban on intermediate-range missiles near our borders, and the Americans say they are ready to discuss it, but that cannot be done separately from the main question, which is non-expansion of NATO.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("The Russians came with a list of demands written to be rejected,", "helena-marchetti", 1, "Helena Marchetti", "", "", 1, ""),
 ("A freeze on NATO enlargement, a pullback to the lines of 1997 - no U.S. administration could sign that, and Moscow knows it.", "helena-marchetti", 1, "Helena Marchetti", "nato-non-expansion", "mentions", 1, ""),
 ("A freeze on NATO enlargement, a pullback to the lines of 1997 - no U.S. administration could sign that, and Moscow knows it.", "helena-marchetti", 1, "Helena Marchetti", "rollback-to-1997", "mentions", 1, ""),
 ("Marchetti noted that Moscow had asked for talks without preconditions but had arrived in Geneva with what amounted to an ultimatum.", "helena-marchetti", 1, "Marchetti", "no-preconditions", "mentions", 0, ""),
 ("Marchetti noted that Moscow had asked for talks without preconditions but had arrived in Geneva with what amounted to an ultimatum.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Moscow has demanded that NATO rule out any military activity in Ukraine, Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]
S1 = "Thank you, Ned, and good evening to everyone. Today the United States and Russia held a frank and forthright discussion here in Geneva, as part of our Strategic Stability Dialogue. Our interagency delegation included colleagues from the State Department, the Department of Defense and the National Security Council, and we spent more than seven hours with the Russian delegation led by Deputy Foreign Minister Ryabkov."
S2 = "We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States."
S3 = "And we will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO."
S4 = "At the same time, we made clear that we are open to discussing, on a reciprocal basis, the future deployment of certain missile systems in Europe, along the lines of what the INF Treaty once covered, and that we are prepared to talk about limits on the size and scope of military exercises and about better notification of them."
S5 = "We also discussed the value of restoring regular channels between our militaries, so that an incident at sea or in the air does not turn into something that none of us wants."
S6 = "But it is very hard to make real progress in an atmosphere of escalation. Russia can de-escalate, it can return its forces to their barracks, and that would create the space for diplomacy to succeed. If Russia chooses the other path, there will be significant costs, and we and our allies are ready to impose them. I'll stop there, Ned, and I'm happy to take questions."
A1 = "That came up, as you would expect. I told the Russian delegation that we would not agree to shut Ukraine out of the Alliance, now or in the future. That is not going to change."
A2 = "We discussed it at length. I'm not going to characterize their intentions for them; you would have to ask Moscow about that."
A3 = "It's far too early to talk about the form of any agreement. Anything that touches on European security will be worked out with our allies and partners, and I am not going to negotiate treaty language about the Alliance's future that the Alliance itself has not seen."
A4 = "On force posture, I said plainly that withdrawing allied forces from the eastern flank is a non-starter. If anything, Russia's own actions are making allies ask for more presence, not less."
A5 = "And no, we did not agree to keep our ships or our aircraft away from anywhere. The United States will continue to fly, sail and operate wherever international law allows, as will our allies."
A6 = "We agreed that both delegations would take today's discussion back to capitals. We now go to Brussels on Wednesday for the NATO-Russia Council and to Vienna on Thursday for the OSCE, and we'll see where things stand at the end of the week."
W = ("wendy-sherman", 1, "Sherman")
L["state-2022-01-10-sherman-press-call"] = [
 (S1,) + W + ("", "", 1, D),
 (S2,) + W + ("nato-open-door", "supports", 1, D),
 (S2,) + W + ("no-military-activity-ex-soviet", "rejects", 1, D),
 (S3,) + W + ("", "", 1, D),
 (S4,) + W + ("no-intermediate-range-missiles", "mentions", 1, D),
 (S4,) + W + ("limit-military-exercises", "mentions", 1, D),
 (S5,) + W + ("resume-military-dialogue", "supports", 1, D),
 (S6,) + W + ("russia-de-escalation", "supports", 1, D),
 (A1,) + W + ("no-ukraine-membership", "rejects", 1, D),
 (A2,) + W + ("", "", 1, D),
 (A3,) + W + ("written-legal-guarantees", "mentions", 1, D),
 (A4,) + W + ("rollback-to-1997", "rejects", 1, D),
 (A5,) + W + ("no-warships-aircraft-in-strike-range", "rejects", 1, D),
 (A6,) + W + ("", "", 1, D),
]
D = "2022-01-13"
C1 = "Well, it was a sobering session. We heard from the Russian delegation much of the same rhetoric we heard in Geneva on Monday and in Brussels yesterday, and frankly very little willingness to engage on substance."
C2 = "I'll be candid with you. The risk of a major military conflict in Europe is higher than it has been in a generation, and the OSCE, with its 57 participating states, is exactly the place where we have to be able to say that out loud."
C3 = "No. NATO enlargement has made Europe more stable, not less, and we are not going to freeze it to please Moscow."
C4 = "Ukraine is a sovereign country. Whether it joins NATO one day is a matter for Ukraine and for the thirty allies, and Moscow does not get a vote on that."
C5 = "There are areas where we think real progress is possible: risk reduction, transparency about exercises, advance notification, and rules for how close warships and bombers operate to the other side's territory. The OSCE already has the Vienna Document for exactly that, and we're ready to modernize it."
C6 = "Look, we've had legally binding agreements with Russia before. The INF Treaty was legally binding, and Russia violated it until the treaty collapsed. So the form of a piece of paper is not the guarantee. Behavior is the guarantee."
C7 = "That's the heart of it. If Russia wants to be taken seriously at the table, it should pull back the troops and the equipment it has massed around Ukraine. Tanks at the border are not a negotiating position."
C8 = "No. We'll be back here next week, and so will the Polish chairmanship. The OSCE is not going anywhere as a forum for this conversation, and neither are we."
M = ("michael-carpenter", 1, "Michael Carpenter")
L["npr-2022-01-13-carpenter-osce-interview"] = [
 (C1,) + M + ("", "", 1, D),
 (C2,) + M + ("", "", 1, D),
 (C3,) + M + ("nato-non-expansion", "rejects", 1, D),
 (C4,) + M + ("no-ukraine-membership", "rejects", 1, D),
 (C4,) + M + ("nato-open-door", "supports", 1, D),
 (C5,) + M + ("limit-military-exercises", "mentions", 1, D),
 (C5,) + M + ("no-warships-aircraft-in-strike-range", "mentions", 1, D),
 (C6,) + M + ("written-legal-guarantees", "rejects", 1, D),
 (C7,) + M + ("russia-de-escalation", "supports", 1, D),
 (C8,) + M + ("", "", 1, D),
]
W12, F14, T13 = "2022-01-12", "2022-01-14", "2022-01-13"
G2 = "Stoltenberg said allies were ready to talk about arms control and risk reduction, and that Nato would keep its door open despite Moscow’s demands that Ukraine and Georgia never be admitted."
G3 = "The alliance must stop its exercises near our borders. Otherwise there is nothing to discuss,"
G12 = "Talks with Moscow, he added, could not be unconditional while more than 100,000 Russian troops stood at Ukraine’s border."
L["guardian-2022-01-14-talks-deadlock-analysis"] = [
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, W12),
 (G2, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, W12),
 (G2, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, W12),
 (G2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (G3, "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 1, W12),
 ("The demand for a pullback of allied forces from eastern Europe was made the same evening by Grushko, who told Russian television that Nato’s eastern deployments were “a direct threat to Russia”.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, W12),
 ("Grushko also dismissed the alliance’s offer to restore military hotlines, saying contacts between the militaries were meaningless while Nato treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, W12),
 ("The freedom to choose alliances cannot be exercised at the expense of the security of others. That is what every OSCE state signed in Istanbul and in Astana,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, F14),
 ("The Russians have put the Bucharest declaration back on the table. They want it formally disowned, and they know Nato cannot do that without humiliating itself,", "marguerite-ashdown", 1, "Marguerite Ashdown", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Ashdown said the only tangible result of the week might be talk of reopening military communication channels, which both sides had floated without committing to anything.", "marguerite-ashdown", 1, "Ashdown", "resume-military-dialogue", "mentions", 0, ""),
 ("What Moscow calls a rollback to 1997 means my country going back to a grey zone. No Polish government will accept that,", "tomasz-wielgosz", 1, "Tomasz Wielgosz", "rollback-to-1997", "rejects", 1, ""),
 ("We will decide which weapons we need to defend ourselves, not the Kremlin,", "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, T13),
 (G12, "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 0, T13),
 (G12, "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 0, T13),
 ("Arms control is the one place where both sides have done this before and still speak the same vocabulary,", "jonas-kveldsrud", 1, "Jonas Kveldsrud", "", "", 1, ""),
 ("Handing Moscow a moratorium on intermediate-range missiles while its own 9M729s are already deployed would be a gift, not a compromise,", "ilse-vandermeeren", 1, "Ilse Vandermeeren", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("A senior EU official said on Thursday that the bloc would never accept a settlement under which Russia dictated which countries could join Nato or the EU.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, T13),
 ("We are waiting for answers, not more talk about talks,", "sergei-lavrov", 1, "he", "", "", 1, F14),
 ("European security is not something to be negotiated between two powers over the heads of Europeans.", "josep-borrell", 1, "Josep Borrell", "", "", 1, T13),
]
D = "2022-01-26"
H1 = "The Russians asked for three things in writing: no more NATO expansion, no strike weapons near their borders and a return to 1997. From what we know, the American answer gives them none of the three,"
B2 = "Blinken and Stoltenberg, speaking hours apart, both insisted that the alliance’s door would stay open to any country that qualifies."
K2 = "He said Kyiv would oppose any deal that limited its defence cooperation with Western partners."
L["aljazeera-2022-01-26-written-responses-live"] = [
 (H1, "samir-haddadin", 1, "he", "nato-non-expansion", "mentions", 1, D),
 (H1, "samir-haddadin", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, D),
 (H1, "samir-haddadin", 1, "he", "rollback-to-1997", "mentions", 1, D),
 (H1, "samir-haddadin", 1, "he", "written-legal-guarantees", "mentions", 1, D),
 ("Washington, he added, would repeat its open-door line “in every paragraph” and try to move the conversation on to arms control.", "samir-haddadin", 1, "he", "nato-open-door", "mentions", 0, D),
 (B2, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (B2, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, D),
 ("We are ready to listen to Russia’s concerns and to sit down again, but we must also be ready for the worst,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Stoltenberg said NATO had offered to reopen the two sides’ offices in Moscow and Brussels and to set up military-to-military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("He also ruled out pulling back the multinational battlegroups in Poland and the Baltic states, which were deployed after Russia annexed Crimea in 2014.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("The Bucharest decision stands, and it will not be rewritten because Moscow asks for it,", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 1, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We will not scale back a single exercise on our own soil because Moscow finds it uncomfortable,", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 1, D),
 ("The Russian embassy in Washington said in a statement that the US had again failed to address Russia’s main demand, a halt to NATO’s eastward expansion.", "russia", 0, "The Russian embassy in Washington", "nato-non-expansion", "supports", 0, D),
 ("Russian Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow that Russia would insist on a ban on deploying strike weapons near its borders whatever the Western answers said.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("The Russian troops are on Russian territory, and where they are stationed is nobody else’s business,", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 ("There are no positions in it that would contradict Ukraine’s interests,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 (K2, "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Do not panic and keep calm; we are strong enough to keep everything under control,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-25"),
 ("If a constructive answer does not come and the West continues its aggressive line, Moscow will take the necessary response measures,", "sergei-lavrov", 1, "he", "", "", 1, D),
]
D = "2022-01-27"
Z1 = "Yesterday, US Ambassador to Russia John Sullivan handed Deputy Foreign Minister Alexander Grushko Washington's written response to our draft treaty on security guarantees. Later in the day, NATO sent its own document. Both texts are now being carefully studied by the relevant agencies, and the President will be informed. I would like to refrain from premature assessments."
Z2 = "However, I can say one thing already. Our key demands were clear: no further expansion of NATO, the non-deployment of strike weapon systems near Russia's borders, and the return of the Alliance's military infrastructure to the 1997 configuration. Judging by what has been said publicly in Washington and Brussels, none of them has been answered in a way we could consider positive."
Z3 = "Instead, we have heard once again the mantra of the „open door“. Let me remind everyone that the freedom to choose alliances is not absolute. In Istanbul in 1999 and in Astana in 2010, all OSCE participating States, including the United States, committed themselves not to strengthen their security at the expense of the security of others. Nobody has cancelled these commitments."
Z4 = "Secondary issues, such as transparency measures and the deployment of intermediate-range missiles, are important, and we do not refuse to discuss them. But they cannot replace the main thing, and they must not be used to drown our proposals in endless consultations."
Z5 = "We continue to record provocative statements by Kiev officials who keep talking about an imminent „Russian invasion“. Such rhetoric only serves to whip up hysteria, and we call on our Western colleagues to stop encouraging it."
Z6 = "Mr Kuleba has been saying all sorts of things lately. It is not surprising that Kiev is satisfied: as far as we understand, the document does not say a word about halting the military development of Ukraine's territory by NATO countries. Western instructors, Western weapons and Western bases on Ukrainian soil – all of this must stop, and this is exactly what our draft treaty says."
Z7 = "We have always been in favour of professional contacts between the military. It was not Russia that froze them in 2014. If our partners are now ready to return to a normal dialogue between the military departments, we will consider it without prejudice."
Z8 = "The Bucharest formula of 2008 was a grave mistake, and it led directly to the tragedy of August 2008. It must be disavowed, and we said so clearly in our draft agreement with NATO."
Z9 = "Nobody will speak to Russia in the language of preconditions. We put forward our proposals without any preliminary conditions, and we expect the same approach from our partners."
Z10 = "As for our troops, they are on our own territory. We are not going to take anyone's orders on where to station them, and the Americans know this very well."
Z11 = "Of course. NATO warships and strategic bombers are constantly operating near our borders, in the Black Sea and in the Baltic. Our draft treaty proposes that they stay out of areas from which they can strike Russian territory, and this proposal remains on the table."
Z12 = "This is a question for the American side. We have our own position: we published our drafts openly so that everyone could see what we propose. We will not publish someone else's document without the consent of its authors."
Z = ("maria-zakharova", 1, "Maria Zakharova")
L["mid-2022-01-27-zakharova-briefing"] = [
 (Z1,) + Z + ("", "", 1, D),
 (Z2,) + Z + ("nato-non-expansion", "supports", 1, D),
 (Z2,) + Z + ("no-strike-weapons-near-borders", "supports", 1, D),
 (Z2,) + Z + ("rollback-to-1997", "supports", 1, D),
 (Z3,) + Z + ("nato-open-door", "rejects", 1, D),
 (Z4,) + Z + ("no-intermediate-range-missiles", "mentions", 1, D),
 (Z5,) + Z + ("", "", 1, D),
 (Z6,) + Z + ("no-military-activity-ex-soviet", "supports", 1, D),
 (Z7,) + Z + ("resume-military-dialogue", "supports", 1, D),
 (Z8,) + Z + ("rescind-bucharest-2008", "supports", 1, D),
 (Z9,) + Z + ("no-preconditions", "supports", 1, D),
 (Z10,) + Z + ("russia-de-escalation", "rejects", 1, D),
 (Z11,) + Z + ("no-warships-aircraft-in-strike-range", "supports", 1, D),
 (Z12,) + Z + ("", "", 1, D),
]

write_gold(L, "articles-162", "gold-162")
