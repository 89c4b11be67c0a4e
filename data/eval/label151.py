#!/usr/bin/env python3
"""Writes the 151st held-out gold (gold-151/*.nq) from the labels below.

Batch 151 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw, seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter and a dateline, curly quotes, Ryabkov and Sherman after Geneva, a
  quotation continued after "Ryabkov told ...", a demand attributed in
  passing to Moscow, a historical paragraph (Baker 1990, Founding Act 1997)
  and an invented analyst.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  after the NATO-Russia Council, no front matter (date in the text), UTF-8
  BOM and CRLF line ends, straight quotes, speaker labels, a moderator and
  journalists' questions.
- tass-2022-01-14-grushko-interview: TASS Q&A interview with Grushko (given on
  Thursday, published Friday), front matter, answers introduced by a dash,
  several paragraphs per answer.
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written response, front matter,
  SECRETARY BLINKEN / MR PRICE (moderator) / QUESTION labels.
- bbc-2022-01-27-ukraine-crisis-live: BBC News live page, no front matter,
  timestamped posts with crossheads, curly quotes, Peskov, Lavrov, Kuleba, a
  senior State Department official, Price, a senior EU official, Borrell, an
  invented analyst, an explainer with background only.
- interfax-2022-01-18-peskov-guarantees-mt: machine-translated Interfax copy
  with « » quotes and "- has said X" attribution after the quotation,
  Peskov's press call, Ryabkov (RTVI, Monday), Zakharova (no day), Nikolenko.
- dw-2022-01-14-osce-vienna-analysis: DW analysis with „ “ quotes, no front
  matter, the OSCE meeting in Vienna (Rau, Lukashevich, Carpenter), two
  ministers in one sentence, invented experts, words quoted from the Founding
  Act and the Bucharest declaration (not labelled).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives (titles dropped);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "our
  concerns", "the written answers"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, recap
  bullets, photo captions and link lines are not labelled; statements by
  unnamed groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("Moscow's demand that ...", "Russia's drafts would ...", "because Moscow
  demands it") is also Russia's label (speaker russia, not a person), with
  the sentence as evidence, direct 0, undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, a senior State Department official -> us-state-department;
  speaker name = the words naming the speaker at that point, pronouns as
  written, titles dropped;
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

S = "U.S. Deputy Secretary of State Wendy Sherman, who headed the American team, told reporters on a conference call that Washington had pushed back firmly on proposals that were “simply non-starters”, including Moscow's demand that Ukraine be barred from ever joining the alliance."
SH = "Sherman said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same."
V = "Vollmer noted that Russia's drafts would also bar NATO from any military activity in Ukraine, the South Caucasus and Central Asia and pull allied forces back to where they stood in 1997, items that drew far less attention in Geneva than the question of enlargement."
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("difficult, long, very professional, deep and concrete", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov also said Russia wanted a ban on U.S. intermediate-range missiles anywhere within reach of Russian territory, adding that the missile question could not be separated from the rest of Moscow's proposals.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 (S, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 (S, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Questions about U.S. warships and heavy bombers operating close to Russia's borders would be taken back to allies for consultation, she added.", "wendy-sherman", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-10"),
 ("This was a discussion, a better understanding of each other's priorities and concerns, not a negotiation,", "wendy-sherman", 1, "the deputy secretary", "", "", 1, "2022-01-10"),
 ("Both sides got what they needed from today: Moscow got its seat at the table with Washington, and Washington got time,", "katrin-vollmer", 1, "Katrin Vollmer", "", "", 1, ""),
 (V, "katrin-vollmer", 1, "Vollmer", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (V, "katrin-vollmer", 1, "Vollmer", "rollback-to-1997", "mentions", 0, ""),
 (V, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (V, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
]

JS = "jens-stoltenberg"
D12 = "2022-01-12"
P4 = "We will not compromise on our core principles. Russia's demand that NATO withdraw its forces from the Allies who joined after 1997 would create first- and second-class members. That is unacceptable, and it is not going to happen."
BU = "The decision we took at the Bucharest Summit stands. We will not revoke it because Moscow demands it."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. Today, NATO Allies and Russia met in the NATO-Russia Council, for the first time in more than two years. We had a very serious and direct exchange on the situation in and around Ukraine, and on the implications for European security.", JS, 1, "Jens Stoltenberg", "", "", 1, D12),
 ("Allies called on Russia to immediately de-escalate the situation, to pull back its forces from Ukraine's borders and to refrain from aggressive rhetoric. Russia's massive military build-up has not been reduced. In fact, it continues.", JS, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D12),
 ("Allies reaffirmed that each nation has the right to choose its own path, and that Russia has no veto over that choice. This is a core principle of European security, and it is not up for negotiation.", JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D12),
 (P4, JS, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D12),
 ("Russia's demand that NATO withdraw its forces from the Allies who joined after 1997 would create first- and second-class members.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("But Allies are ready to engage. We proposed a series of meetings to address a broad range of issues. And we proposed that NATO and Russia re-open our offices in Moscow and in Brussels, and that we make full use of military-to-military channels of communication to reduce risks and prevent incidents.", JS, 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D12),
 ("The Russian delegation, led by Deputy Foreign Minister Alexander Grushko, was not in a position to agree to this programme today. They said they needed time to return to us. We are ready to meet again, and I hope we will.", JS, 1, "Jens Stoltenberg", "", "", 1, D12),
 ("There are significant differences between NATO Allies and Russia on these issues. The differences will not be easy to bridge. But it is a positive sign that all Allies and Russia sat around the same table and engaged on substantive topics.", JS, 1, "Jens Stoltenberg", "", "", 1, D12),
 ("We will put our proposals in writing, as we have been asked to. But no one should expect Allies to sign a ban on further enlargement. That is a non-starter.", JS, 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, D12),
 (BU, JS, 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, D12),
 ("We will not revoke it because Moscow demands it.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("NATO exercises are defensive, transparent and announced in advance. We will not cancel them while Russia keeps close to a hundred thousand troops next to Ukraine.", JS, 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, D12),
 ("The meeting was about listening as well as talking, and we listened carefully to what the Russian side said. Now it is up to Russia to decide whether it wants to stay on the path of dialogue.", JS, 1, "Jens Stoltenberg", "", "", 1, D12),
]

AG = "alexander-grushko"
GN = "Alexander Grushko"
D13 = "2022-01-13"
UK = "If NATO wants to avoid the worst, it has to give up the course of drawing Ukraine into the alliance. The Bucharest formula must be formally disavowed. It was a mistake then, and it is a source of danger now."
TR = "Our troops are on our own territory, and we are not going to discuss their movements with anyone. Attaching conditions to dialogue is simply a way of avoiding dialogue."
L["tass-2022-01-14-grushko-interview"] = [
 ("It was a frank, very deep conversation, but it showed that on many fundamental questions our positions remain far apart. We set out our approaches honestly and in detail. Our colleagues listened, and I hope they heard.", AG, 1, GN, "", "", 1, D13),
 ("The \"open door\" policy is not a dogma written in stone. The Washington Treaty says that the allies may invite new members, not that they must. No one is obliged to take in new members at the expense of other people's security.", AG, 1, GN, "nato-open-door", "rejects", 1, D13),
 (UK, AG, 1, GN, "no-ukraine-membership", "supports", 1, D13),
 (UK, AG, 1, GN, "rescind-bucharest-2008", "supports", 1, D13),
 ("We need to remove the threats created by NATO's military activity near our borders. That means, first of all, no deployment of strike weapon systems on the territory of neighbouring states that could reach Moscow in a few minutes.", AG, 1, GN, "no-strike-weapons-near-borders", "supports", 1, D13),
 ("The intensity of exercises must also come down. Large-scale drills close to the Russian border, with scenarios that openly rehearse operations against Russia, have to be scaled back.", AG, 1, GN, "limit-military-exercises", "supports", 1, D13),
 ("And, of course, the forces and infrastructure that appeared in the new member states after 1997 must be withdrawn. This is not a historical grievance, it is a concrete security problem for us.", AG, 1, GN, "rollback-to-1997", "supports", 1, D13),
 ("We do not see the point of this now. Military contacts are not a goal in themselves. The alliance itself froze them in 2014, and restoring them in the format it proposes would only serve to cover a policy of containment.", AG, 1, GN, "resume-military-dialogue", "rejects", 1, D13),
 ("We are waiting for a written answer, article by article, and what we need are legally binding guarantees, not declarations. We have had enough of promises that were not kept.", AG, 1, GN, "written-legal-guarantees", "supports", 1, D13),
 ("If our concerns are ignored, we will respond with military-technical measures. We have said this openly. It is not a bluff.", AG, 1, GN, "", "", 1, D13),
 (TR, AG, 1, GN, "russia-de-escalation", "rejects", 1, D13),
 (TR, AG, 1, GN, "no-preconditions", "supports", 1, D13),
 ("That depends on the substance of the answers. We are not interested in meetings for the sake of meetings. The ball is in NATO's court.", AG, 1, GN, "", "", 1, D13),
]

AB = "antony-blinken"
BN = "BLINKEN"
D26 = "2022-01-26"
LB = "We're prepared to put some of these ideas into agreements, and some of them could be legally binding if that is where negotiations lead. But there is no legally binding commitment on NATO enlargement in this document, and there won't be one."
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. Earlier today, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. It follows close consultation with our allies and partners, and with Ukraine, and it reflects their input. NATO is delivering its own paper to Moscow in parallel.", AB, 1, BN, "", "", 1, D26),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It addresses the concerns that Russia has raised, and it addresses our concerns and those of our allies and partners.", AB, 1, BN, "", "", 1, D26),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. That includes NATO's open door.", AB, 1, BN, "nato-open-door", "supports", 1, D26),
 ("We also lay out areas where we think we can make progress together, including reciprocal transparency measures regarding force posture and the possibility of reciprocal commitments by the United States and Russia to refrain from deploying offensive ground-launched missile systems and permanent forces with a combat mission in Ukraine.", AB, 1, BN, "no-strike-weapons-near-borders", "mentions", 1, D26),
 ("Let me be equally clear about what is not in the document. There is no pulling back of allied forces from NATO's eastern flank. Allies who joined NATO after 1997 are not second-class members, and they will not be treated as such.", AB, 1, BN, "rollback-to-1997", "rejects", 1, D26),
 ("The ball is now in Russia's court. We'll see how it responds, and we're ready either way, together with our allies and partners. With that, I'm happy to take a few questions.", AB, 1, BN, "", "", 1, D26),
 ("We're not publishing the document, because we think diplomacy has the best chance to succeed if we give it space for confidential talks. It's up to Russia whether it wants to make it public.", AB, 1, BN, "", "", 1, D26),
 (LB, AB, 1, BN, "written-legal-guarantees", "mentions", 1, D26),
 (LB, AB, 1, BN, "nato-non-expansion", "rejects", 1, D26),
 ("Our security assistance to Ukraine is defensive, and it's going to continue. We don't need anyone's permission to work with a sovereign partner, and neither does Ukraine.", AB, 1, BN, "no-military-activity-ex-soviet", "rejects", 1, D26),
 ("Yes. We've proposed that our militaries talk to each other more, not less, including on crisis communications and on preventing dangerous incidents. That is in everyone's interest, and it's something we can start on quickly.", AB, 1, BN, "resume-military-dialogue", "supports", 1, D26),
]

D27 = "2022-01-27"
HN = "She notes that Moscow had also asked for the talks to continue without preconditions, and expects the Kremlin to use the coming weeks to test how united the West really is."
KU = "Nato's door remains open, and nobody in Moscow gets to decide when Ukraine walks through it,"
L["bbc-2022-01-27-ukraine-crisis-live"] = [
 ("It cannot be said that our thoughts were taken into account or that a willingness was shown to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D27),
 ("He said Moscow had noted that both replies restate Nato's commitment to its open-door policy, and that Russia would not rush to conclusions.", "dmitry-peskov", 1, "He", "nato-open-door", "mentions", 0, D27),
 ("Asked about Western calls for Russia to pull its troops back from the border, he said Russian forces were on Russian territory and would remain there “as long as necessary”.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, D27),
 ("a reaction which allows us to count on the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D27),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east, and there is no positive reaction to it in the document,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D27),
 ("Moscow asked for a treaty and Washington has sent a letter. That gap is the whole story,", "miriam-hallett", 1, "Miriam Hallett", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow asked for a treaty and Washington has sent a letter.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (HN, "miriam-hallett", 1, "She", "no-preconditions", "mentions", 0, ""),
 (HN, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 (KU, "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D26),
 (KU, "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D26),
 ("This is not a draft treaty and it is not a counter-offer. Nobody is signing anything,", "us-state-department", 0, "the official", "written-legal-guarantees", "rejects", 1, D26),
 ("We are not going to stop sailing and flying wherever international law allows, and that includes the Black Sea,", "ned-price", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, D26),
 ("A senior EU official told the BBC on Thursday that the bloc would oppose any deal that limits where Nato troops can be stationed in member states that joined the alliance after 1997.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, D27),
 ("There can be no discussion about European security without Europeans at the table,", "josep-borrell", 1, "he", "", "", 1, ""),
]

D18 = "2022-01-18"
D17 = "2022-01-17"
L["interfax-2022-01-18-peskov-guarantees-mt"] = [
 ("We need not the promises, we need the legally fixed guarantees. The promises we already had, and we know how they have ended", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, D18),
 ("The pause is not the break, the work continues on all the tracks", "dmitry-peskov", 1, "the Kremlin representative", "", "", 1, D18),
 ("According to Peskov, the president Vladimir Putin as before is ready for the contacts with the American colleague Joe Biden, and such contacts, as well as the talks of the experts, must go without any preconditions.", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 0, D18),
 ("It is premature to speak about it now, first we must see the papers", "dmitry-peskov", 1, "he", "", "", 1, D18),
 ("Meanwhile the deputy minister of the foreign affairs of Russia Sergey Ryabkov in the interview to the TV channel RTVI on Monday has declared, that Moscow does not close the door to the conversation about the missiles of the medium and shorter range, but not in separation from the main questions.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D17),
 ("We will not allow to drag us into the endless discussion about the secondary themes, while the NATO continues to move to the east", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D17),
 ("Also the diplomat has declared that the USA must refuse from the patrolling by the ships and the flights of the strategic bombers in those areas, from which they can strike on the Russian territory.", "sergei-ryabkov", 1, "the diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, D17),
 ("The military development of the territory of Ukraine by the countries of the alliance is the red line for us. The instructors, the bases, the supplies of weapons - all this must stop", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, ""),
 ("Russia has no right to dictate to Ukraine and to NATO, which weapon and where to deploy on our territory", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-strike-weapons-near-borders", "rejects", 1, D18),
]

RA = "Rau also rejected Moscow's argument that the talks should simply go on without any preconditions."
BL = "Both German Foreign Minister Annalena Baerbock and her French counterpart Jean-Yves Le Drian insisted this week that Russia must pull back the troops it has massed on the Ukrainian border."
KQ = "Whether NATO stops enlarging, and whether that is written into a treaty ratified by the US Senate, is what these talks are really about"
KR = "Kovrigin said the real test of the American reply would be whether it said anything at all about Ukraine's membership, and noted that a Russian pullback from the Ukrainian border had barely been discussed in Vienna."
VA = "Gerrit Vandeputte, a former Belgian arms-control negotiator now at the Brussels Centre for Security Dialogue, pointed out that Russia's list also includes revoking the 2008 Bucharest pledge to Ukraine and Georgia, an item he said gets little attention in Brussels."
L["dw-2022-01-14-osce-vienna-analysis"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D13),
 (RA, "zbigniew-rau", 1, "Rau", "no-preconditions", "rejects", 0, D13),
 (RA, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures", "alexander-lukashevich", 1, "he", "", "", 1, D13),
 ("Lukashevich said Moscow was also studying proposals to restore military contacts, but gave no sign that it would accept them soon.", "alexander-lukashevich", 1, "Lukashevich", "resume-military-dialogue", "mentions", 0, D13),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Carpenter", "", "", 1, D13),
 (BL, "annalena-baerbock", 1, "Annalena Baerbock", "russia-de-escalation", "supports", 0, ""),
 (BL, "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "russia-de-escalation", "supports", 0, ""),
 ("Undoing 25 years of enlargement on the eastern flank is not a negotiating position, it is a demand for capitulation", "halina-borowska", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("Any deal that keeps American intermediate-range missiles out of Europe while Russia keeps its own is unacceptable", "gabrielius-landsbergis", 1, "he", "no-intermediate-range-missiles", "rejects", 1, D13),
 (KQ, "dmitri-kovrigin", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (KQ, "dmitri-kovrigin", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (KR, "dmitri-kovrigin", 1, "Kovrigin", "no-ukraine-membership", "mentions", 0, ""),
 (KR, "dmitri-kovrigin", 1, "Kovrigin", "russia-de-escalation", "mentions", 0, ""),
 (VA, "gerrit-vandeputte", 1, "Gerrit Vandeputte", "rescind-bucharest-2008", "mentions", 0, ""),
 (VA, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Europeans should stop complaining that they are not at the table and start putting their own proposals on it", "gerrit-vandeputte", 1, "he", "", "", 1, ""),
]

write_gold(L, "articles-151", "gold-151")
