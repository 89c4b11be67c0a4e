#!/usr/bin/env python3
"""Writes the held-out gold of batch 231 (gold-231/*.nq) from the labels below.

Batch 231 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- charter97-2022-01-20-makei-repeats-kremlin-ultimatum: Charter 97 (Belarusian
  opposition, English), no front matter, "20.01.2022, 16:42" stamp, "Read also" links;
  Makei's reported speech spread over "The minister went further. According to him, ...",
  partial quotes inside reported speech, analyst voicing Kremlin demands in passing.
- pap-2022-01-13-rau-osce-permanent-council: PAP English wire with front matter,
  "Vienna, Jan. 13 (PAP) -" dateline, initials sign-off; Rau, Lukashevich, Carpenter
  (quotation split by "Carpenter said"), Przydacz, an invented PISM analyst.
- asahi-2022-01-27-lavrov-us-reply-japan: Asahi Shimbun AJW report with front matter,
  double byline, "Photo/Illutration" caption, "MOSCOW--" dateline; anonymous Japanese
  Foreign Ministry official, invented Hokkaido professor; a narrative sentence describing
  the 17 December drafts (not a speaker statement, not labelled).
- un-2022-01-31-security-council-s-pv-8960-extract: extract of a UN Security Council
  verbatim record (S/PV.8960), no front matter, speakers labelled "Mr. Nebenzia (Russian
  Federation) (spoke in Russian):"; each paragraph of a speech is one direct quotation;
  the President's procedural words are treated like a host's and get no label; vote
  lists are not statements.
- delfi-2022-01-11-rinkevics-latvia-not-bargaining-chip: Delfi (Latvia) English with
  front matter, "Delfi, LETA" credit, photo caption, READ ALSO line; Ryabkov and Sherman
  reported from Geneva; the 1997 Founding Act as background history.
- iiss-2022-02-03-written-answers-what-they-reveal: IISS-style analysis with front matter,
  crossheads, single-quote marks; words quoted from the leaked US reply (documents) and
  the authorial narrative summarising the drafts are not labelled.
- ukrainian-radio-2022-01-28-open-line-call-in: Ukrainian Radio call-in programme,
  translated, UTF-8 BOM and CRLF, no front matter; a news bulletin with reported speech,
  a studio guest whose answers are one quotation per paragraph, callers who voice
  opinions (labelled) and callers who only ask questions (not labelled).

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

C97 = "charter97-2022-01-20-makei-repeats-kremlin-ultimatum"
c1 = "The movement of the North Atlantic bloc to the east must be stopped, and this must be fixed on paper, with signatures, not in promises that are forgotten the next morning,"
c2 = "According to him, the NATO battalions stationed in Poland, Lithuania and Latvia \"create a direct threat\" to the so-called Union State, and these forces must be taken back to where they stood before the alliance \"began its march towards our borders\"."
c3 = "We do not threaten anyone. But when American reconnaissance planes fly along our border every day, we have every right to demand that this stops,"
c4 = "In Moscow, Russian Foreign Minister Sergei Lavrov said on Wednesday that Russia would not be satisfied with oral assurances this time and wanted its guarantees set down in a form that is binding under international law."
c5 = "Lukashenka is trading our sovereignty for Putin's protection. When Makei parrots the Kremlin's demand that NATO must never take in another member, he is reading from a script written on Smolenskaya Square,"
c6 = "The Kremlin wants a ban on any Western military presence and cooperation in countries like Ukraine, Georgia and Moldova, and at the same time Belarus is being turned into exactly the opposite – a forward base for Russia,"
c7 = "Lukashenka has effectively signed away his right to refuse,"
L[C97] = [
 (c1, "uladzimir-makei", 1, "Makei", "nato-non-expansion", "supports", 1, "2022-01-20"),
 (c1, "uladzimir-makei", 1, "Makei", "written-legal-guarantees", "supports", 1, "2022-01-20"),
 (c2, "uladzimir-makei", 1, "him", "rollback-to-1997", "supports", 0, "2022-01-20"),
 (c3, "uladzimir-makei", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-20"),
 (c4, "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-19"),
 (c5, "franak-viacorka", 1, "Viačorka", "nato-non-expansion", "mentions", 1, ""),
 (c5, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 1, ""),
 (c6, "aliaksandr-kavaliou", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
 (c6, "russia", 0, "The Kremlin", "no-military-activity-ex-soviet", "supports", 1, ""),
 (c7, "aliaksandr-kavaliou", 1, "the analyst", "", "", 1, ""),
]

PAP = "pap-2022-01-13-rau-osce-permanent-council"
p1 = "We must focus on a peaceful resolution of the conflict in and around Ukraine, with full respect for its sovereignty and territorial integrity within its internationally recognised borders,"
p2 = "Rau said the Polish chairmanship was ready to host discussions on risk reduction, including greater transparency and prior notification of large military exercises, as part of a \"renewed dialogue on European security\"."
p3 = "He stressed, however, that every participating state had the sovereign right to choose its own security arrangements, including treaties of alliance, a principle enshrined in the 1975 Helsinki Final Act and confirmed in the 1999 Istanbul Charter."
p4 = "If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to ensure strategic balance,"
p5 = "Lukashevich said that the principle of indivisible security meant that no state could strengthen its security at the expense of others, and that NATO's advance \"to the borders of Russia\" was a direct violation of that commitment."
p6 = "We are not talking about a menu from which one can pick out dishes. The non-enlargement of NATO and the non-deployment of strike systems near our borders are a package,"
p7 = "We face a crisis in European security,"
p8 = "The drumbeat of war is sounding loud and the rhetoric has become rather shrill."
p9 = "Carpenter said Washington would not negotiate about Ukraine without Ukraine and would not accept that any country could have a say over the decisions of sovereign states on joining alliances."
p10 = "He urged Moscow to choose de-escalation and to send its troops massed near Ukraine back to their permanent bases."
p11 = "In Warsaw, Deputy Foreign Minister Marcin Przydacz told PAP on Thursday that Poland would not agree to any arrangement under which the alliance's eastern flank became a \"second-category\" zone without allied forces."
p12 = "Moscow's demand that allied troops leave the countries which joined after 1997 is for us completely unacceptable. Poland is not a buffer zone and will not be one,"
p13 = "The Russians have come to Vienna to repeat what they said in Geneva and Brussels. The OSCE is the least comfortable forum for them, because here the small states speak too,"
p14 = "She said the only elements of the Russian package that could realistically be negotiated concerned land-based missiles and the scale and notification of exercises, issues \"that were already on the table in the 1990s\"."
D = "2022-01-13"
L[PAP] = [
 (p1, "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (p2, "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, D),
 (p3, "zbigniew-rau", 1, "He", "nato-open-door", "supports", 0, D),
 (p4, "alexander-lukashevich", 1, "he", "", "", 1, D),
 (p5, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 (p6, "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D),
 (p6, "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 (p7, "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 (p8, "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 (p9, "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 (p10, "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, D),
 (p11, "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, D),
 (p12, "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, D),
 (p12, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (p13, "agnieszka-wilczynska-brant", 1, "Agnieszka Wilczyńska-Brant", "", "", 1, ""),
 (p14, "agnieszka-wilczynska-brant", 1, "She", "no-intermediate-range-missiles", "mentions", 0, ""),
 (p14, "agnieszka-wilczynska-brant", 1, "She", "limit-military-exercises", "mentions", 0, ""),
]

AS = "asahi-2022-01-27-lavrov-us-reply-japan"
a1 = "There is no positive response in this document on the main question,"
a2 = "The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
a3 = "He said the U.S. reply nevertheless left room for \"a serious conversation\" on what he called secondary subjects, such as intermediate-range missiles and the transparency of military drills."
a4 = "Secretary of State Antony Blinken told reporters in Washington on Jan. 26 that the document \"sets out a serious diplomatic path\" and that the United States had made clear it would uphold core principles, including the right of every country to choose its own security arrangements and alliances."
a5 = "NATO Secretary-General Jens Stoltenberg said the same day that the alliance, which sent its own reply, was ready to listen to Russia's concerns but would not compromise on the right of each nation to decide its own path."
a6 = "We call on Russia to immediately de-escalate the situation and withdraw its forces from Ukraine's borders,"
a7 = "We will continue to coordinate closely with the United States and other Group of Seven members and respond appropriately,"
a8 = "He said Japan supported the U.S. position that no country can be denied the right to freely choose which alliances to join."
a9 = "A senior Foreign Ministry official, speaking on condition of anonymity, said Japan had conveyed to Washington that arrangements limited to Europe must not simply \"push the problem to Asia.\""
a10 = "If Washington and Moscow start bargaining over where intermediate-range missiles may be based, Japan has to be at the table in some form, because the same weapons matter for the Chinese and North Korean threats,"
a11 = "Moscow's demand that NATO take back its 2008 promise to Ukraine and Georgia is, in my view, a non-starter. No alliance can retract a political commitment because a neighbor threatens it,"
L[AS] = [
 (a1, "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 (a2, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (a2, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (a3, "sergei-lavrov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (a3, "sergei-lavrov", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 (a4, "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (a5, "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 (a6, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-26"),
 (a7, "yoshimasa-hayashi", 1, "Hayashi", "", "", 1, "2022-01-27"),
 (a8, "yoshimasa-hayashi", 1, "He", "nato-open-door", "supports", 0, "2022-01-27"),
 (a9, "japanese-foreign-ministry", 0, "A senior Foreign Ministry official", "no-intermediate-range-missiles", "mentions", 0, ""),
 (a10, "kazuhiko-moriyama", 1, "Moriyama", "no-intermediate-range-missiles", "mentions", 1, ""),
 (a11, "kazuhiko-moriyama", 1, "he", "rescind-bucharest-2008", "rejects", 1, ""),
 (a11, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 1, ""),
]

UN = "un-2022-01-31-security-council-s-pv-8960-extract"
u1 = "We have requested a procedural vote because we consider this meeting a clear example of megaphone diplomacy. There is no threat to international peace and security that the Council is being asked to consider; there is only the hysteria that our Western colleagues are whipping up themselves."
u2 = "The discussion of the so-called threat of a Russian invasion is provocative in itself. We have said many times that we are not planning any such thing. The movement of troops on our own territory is our sovereign business, and we will not be told by anyone where we may or may not station our own forces."
u3 = "Russia's actions strike at the very heart of the Charter of the United Nations. More than 100,000 Russian troops are now positioned along the Ukrainian border, and Russia is moving some 30,000 more into Belarus, within two hours' drive of Kyiv. We call on Russia to step back from the brink and to return these forces to their garrisons."
u4 = "We have heard Russia say that its security depends on closing NATO's door to Ukraine and to any other European country that may one day wish to walk through it. The United States does not accept that. Every nation has the right to choose its partners and its alliances, and no country can hold a veto over the decisions of another."
u5 = "At the same time, we have put forward, in writing, concrete ideas on which we believe progress is possible: reciprocal transparency measures and mutual commitments on the deployment of ground-launched intermediate-range missiles in Europe, and steps to reduce the risks associated with military exercises in Europe. We are prepared to discuss them seriously, on the basis of reciprocity, in consultation with our allies and partners."
u6 = "The United States delegation has just presented us with a picture in which Russia is the aggressor and NATO is a peaceful club of democracies. Let me remind my colleagues how that club expanded. In 1990 our country was assured that the alliance would not move one inch to the east. Since then it has admitted fourteen new members."
u7 = "That is why, on 17 December, we proposed two draft documents. We need firm, legally binding guarantees that NATO will not expand further, that Ukraine and Georgia will not become its members, and that no strike weapons will be placed in the immediate vicinity of our borders. These are not whims; these are questions of life and death for our security."
u8 = "We have received the American and NATO replies. We are studying them. But I will say frankly that the answer to our main question — the non-expansion of the alliance — is not there."
u9 = "China does not support the holding of this meeting. What is urgently needed now is quiet diplomacy, not megaphone diplomacy. The legitimate security concerns of Russia should be taken seriously and addressed. The security of one country cannot be achieved at the expense of the security of others, and regional security cannot be guaranteed by strengthening or even expanding military blocs."
u10 = "Russia's claim that it is threatened by Ukraine, or by NATO, is simply not credible. NATO is a defensive alliance. We have offered, and we continue to offer, a path of dialogue on arms control, on transparency and on the risks posed by exercises. We urge Russia to take it and to withdraw the forces it has built up around Ukraine."
u11 = "Ukraine did not choose this crisis. We have a choice that belongs to us alone: the choice of our partners and of the alliances we wish to join. That choice is enshrined in our Constitution, and it is not something that can be agreed in Geneva or anywhere else without us."
u12 = "Russia is demanding that the alliance pull back to the lines of 1997 and that countries like mine be denied any military cooperation with the West, left in a grey zone where it may do as it pleases. This is the logic of spheres of influence, which my country rejects."
u13 = "We remain committed to a political and diplomatic settlement, including in the Normandy format. But diplomacy cannot be conducted with a gun pointed at our heads."
D = "2022-01-31"
NEB, TG, KY = "vassily-nebenzia", "linda-thomas-greenfield", "sergiy-kyslytsya"
L[UN] = [
 (u1, NEB, 1, "Mr. Nebenzia", "", "", 1, D),
 (u2, NEB, 1, "Mr. Nebenzia", "russia-de-escalation", "rejects", 1, D),
 (u3, TG, 1, "Ms. Thomas-Greenfield", "russia-de-escalation", "supports", 1, D),
 (u4, TG, 1, "Ms. Thomas-Greenfield", "no-ukraine-membership", "rejects", 1, D),
 (u4, TG, 1, "Ms. Thomas-Greenfield", "nato-non-expansion", "rejects", 1, D),
 (u4, TG, 1, "Ms. Thomas-Greenfield", "nato-open-door", "supports", 1, D),
 (u4, "russia", 0, "Russia", "no-ukraine-membership", "supports", 1, ""),
 (u4, "russia", 0, "Russia", "nato-non-expansion", "supports", 1, ""),
 (u5, TG, 1, "Ms. Thomas-Greenfield", "no-intermediate-range-missiles", "mentions", 1, D),
 (u5, TG, 1, "Ms. Thomas-Greenfield", "limit-military-exercises", "mentions", 1, D),
 (u6, NEB, 1, "Mr. Nebenzia", "", "", 1, D),
 (u7, NEB, 1, "Mr. Nebenzia", "written-legal-guarantees", "supports", 1, D),
 (u7, NEB, 1, "Mr. Nebenzia", "nato-non-expansion", "supports", 1, D),
 (u7, NEB, 1, "Mr. Nebenzia", "no-ukraine-membership", "supports", 1, D),
 (u7, NEB, 1, "Mr. Nebenzia", "no-strike-weapons-near-borders", "supports", 1, D),
 (u8, NEB, 1, "Mr. Nebenzia", "nato-non-expansion", "supports", 1, D),
 (u9, "zhang-jun", 1, "Mr. Zhang Jun", "nato-non-expansion", "supports", 1, D),
 (u10, "barbara-woodward", 1, "Dame Barbara Woodward", "limit-military-exercises", "mentions", 1, D),
 (u10, "barbara-woodward", 1, "Dame Barbara Woodward", "russia-de-escalation", "supports", 1, D),
 (u11, KY, 1, "Mr. Kyslytsya", "nato-open-door", "supports", 1, D),
 (u12, KY, 1, "Mr. Kyslytsya", "rollback-to-1997", "rejects", 1, D),
 (u12, KY, 1, "Mr. Kyslytsya", "no-military-activity-ex-soviet", "rejects", 1, D),
 (u12, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 (u12, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 1, ""),
 (u13, KY, 1, "Mr. Kyslytsya", "", "", 1, D),
]

DL = "delfi-2022-01-11-rinkevics-latvia-not-bargaining-chip"
d1 = "The Americans told us clearly: no decisions about Latvia without Latvia, no decisions about NATO without NATO allies. That principle has held, and I have no reason to doubt it,"
d2 = "The minister said that the Russian proposals to withdraw allied forces and infrastructure from the states that joined NATO after 1997 were \"absolutely unacceptable\" and would not be a subject of negotiation at Wednesday's NATO-Russia Council in Brussels."
d3 = "The allied battlegroup in Ādaži is here at our invitation, as a sovereign decision. It will stay as long as we consider it necessary,"
d4 = "At the Geneva talks on Monday, Russian Deputy Foreign Minister Sergei Ryabkov said Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\" and insisted that Ukraine must \"never, never, ever\" become a member of the alliance."
d5 = "We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,"
d6 = "She said the U.S. side had expressed readiness to discuss the placement of missiles in Europe and limits on the size and scope of exercises, but only on a reciprocal basis."
d7 = "Defence Minister Artis Pabriks (Development/For!) went further than his cabinet colleague, saying that the answer to Russian pressure should be a larger and permanent allied presence in the region rather than any concessions."
d8 = "If Russia wants fewer NATO soldiers near its borders, it has chosen exactly the wrong method. Every tank it brings to the Ukrainian border brings more allied soldiers to Latvia,"
d9 = "Prime Minister Krišjānis Kariņš also commented on the talks on Tuesday, saying that \"Russia is trying to turn the clock back\" and that only the nations of Europe themselves can decide which alliances they belong to."
d10 = "The Russian side came with a maximalist list, and the key points of it — no more enlargement, and no allied forces in our region — are the points on which there can be no compromise at all,"
L[DL] = [
 (d1, "edgars-rinkevics", 1, "Rinkēvičs", "", "", 1, "2022-01-11"),
 (d2, "edgars-rinkevics", 1, "The minister", "rollback-to-1997", "rejects", 0, "2022-01-11"),
 (d2, "russia", 0, "the Russian proposals", "rollback-to-1997", "supports", 0, ""),
 (d3, "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, "2022-01-11"),
 (d4, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (d4, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 (d5, "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (d6, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (d6, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (d7, "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 0, ""),
 (d8, "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, ""),
 (d9, "krisjanis-karins", 1, "Krišjānis Kariņš", "nato-open-door", "supports", 0, "2022-01-11"),
 (d10, "inese-kalnina-strazdina", 1, "Kalniņa-Strazdiņa", "nato-non-expansion", "rejects", 1, ""),
 (d10, "inese-kalnina-strazdina", 1, "Kalniņa-Strazdiņa", "rollback-to-1997", "rejects", 1, ""),
 (d10, "russia", 0, "The Russian side", "nato-non-expansion", "supports", 1, ""),
 (d10, "russia", 0, "The Russian side", "rollback-to-1997", "supports", 1, ""),
]

IS = "iiss-2022-02-03-written-answers-what-they-reveal"
i1 = "NATO Secretary General Jens Stoltenberg said on 26 January that the Alliance had proposed to re-establish the respective offices in Moscow and Brussels and to make full use of existing military lines of communication to avoid incidents."
i2 = "We can only make progress in an environment of de-escalation rather than escalation,"
i3 = "It is already clear that the fundamental Russian concerns were ignored,"
i4 = "We did not see an adequate consideration of our three key demands: the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997."
i5 = "He went on to argue that if Ukraine were admitted to NATO and then attempted to retake Crimea by force, Russia would find itself at war with the entire alliance."
i6 = "Foreign Minister Sergei Lavrov said on 28 January that Russia would not allow the question of enlargement to be 'drowned' in a discussion of secondary matters."
i7 = "Deputy Foreign Minister Sergei Ryabkov told reporters on 2 February that Russia was prepared to look at the Western ideas on missiles and exercises, but only once the guarantees against further eastward expansion had been settled."
i8 = "The sequence matters to us. First the core, then the rest,"
i9 = "Viktor Zagorsky of the Moscow-based Centre for Strategic Assessments argued in Kommersant on 29 January that the proposals on missiles and exercises were 'a real gain that Moscow would be foolish to throw away', and that binding limits on US missile deployments in Europe would serve Russia better than a pledge on enlargement that 'no Western parliament would ratify'."
L[IS] = [
 (i1, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 (i2, "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-26"),
 (i3, "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 (i4, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 (i4, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 (i4, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 (i5, "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 (i6, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (i7, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-02-02"),
 (i7, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-02-02"),
 (i7, "sergei-ryabkov", 1, "Sergei Ryabkov", "limit-military-exercises", "mentions", 0, "2022-02-02"),
 (i8, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-02"),
 (i9, "viktor-zagorsky", 1, "Viktor Zagorsky", "no-intermediate-range-missiles", "supports", 0, "2022-01-29"),
 (i9, "viktor-zagorsky", 1, "Viktor Zagorsky", "limit-military-exercises", "supports", 0, "2022-01-29"),
 (i9, "viktor-zagorsky", 1, "Viktor Zagorsky", "nato-non-expansion", "mentions", 0, "2022-01-29"),
]

UR = "ukrainian-radio-2022-01-28-open-line-call-in"
r1 = "Foreign Minister Dmytro Kuleba said on Thursday that Ukraine had seen the American reply before it was handed to Moscow and welcomed the fact that Washington had not given way on Ukraine's right to seek membership of the alliance."
r2 = "In Moscow, the spokeswoman of the Russian Foreign Ministry, Maria Zakharova, said today that the American document contained nothing on the main issue for Russia – a guarantee that the bloc will not move further to the east."
r3 = "Good evening. I would say that no, we did not lose. We saw the text before it was sent, our minister said so publicly, and the main thing is that there is no trade-off in it over our heads."
r4 = "The Americans offered the Russians to talk about missiles, about exercises, about transparency measures. This is normal arms control, it was done in the eighties, and for Ukraine it is not dangerous as long as it is not done at our expense."
r5 = "Of course it did not, because the main thing for them is to stop NATO, and above all to close the door for Ukraine forever. That was never going to be signed by anyone. No American president can put his signature under a document that says a sovereign country of forty million people has no right to choose."
r6 = "Good evening. I am a pensioner, I served in the Soviet army, in Germany, so I know how they think. I want to say one thing. We must never agree to this neutrality. The Russians want us to promise that we will never be in NATO, but such a promise only means they can come back at any moment they want."
r7 = "Thank you for the question, and greetings to your son. No, it is not true. Moscow does demand that NATO take out everything it has put in the east since 1997, but this will not happen – the allies will not do it, and in my opinion they must not do it."
r8 = "On the contrary, in these days more American soldiers and planes are going to Poland and to Romania, not fewer."
r9 = "Good evening. [Speaks with emotion.] I live forty kilometres from the border. I do not understand all these treaties and I do not care about NATO. I just want them to take their tanks away from us, that is all, so that my grandchildren can sleep."
r10 = "The whole Western position is built on that: first de-escalation, then conversation. The Americans and the Europeans say it at every meeting. But I will be honest with your listeners: Russia uses these troops exactly as an argument in the negotiations, and it will not withdraw them only because someone asked politely."
r11 = "Good evening. I think we have to be realists. Maybe it is better to say openly that we will not join NATO for twenty years and in exchange get peace. Finland lived like this, and nothing bad happened to it."
r12 = "I understand the feeling, but Finland is a bad example. Finland was not occupied in 2014 and was not promised membership in Bucharest and then forgotten. If we declare that we will never join, we will not get peace, we will get the next list of demands."
r13 = "The right to choose alliances is written in our Constitution since 2019, and it is written in the Helsinki documents which Russia itself signed. To renounce membership under the pressure of a hundred thousand soldiers is exactly what the Kremlin wants from us."
r14 = "The advisers met in Paris on Wednesday, the next round is planned in Berlin in two weeks. Our delegation will of course be there, without Ukraine there is no Normandy format."
D = "2022-01-28"
B = "mykhailo-bondarenko"
L[UR] = [
 (r1, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-01-27"),
 (r2, "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, D),
 (r3, B, 1, "BONDARENKO", "", "", 1, D),
 (r4, B, 1, "BONDARENKO", "no-intermediate-range-missiles", "mentions", 1, D),
 (r4, B, 1, "BONDARENKO", "limit-military-exercises", "mentions", 1, D),
 (r5, B, 1, "BONDARENKO", "nato-non-expansion", "mentions", 1, D),
 (r5, B, 1, "BONDARENKO", "no-ukraine-membership", "rejects", 1, D),
 (r5, B, 1, "BONDARENKO", "nato-open-door", "supports", 1, D),
 (r5, "russia", 0, "them", "nato-non-expansion", "supports", 1, ""),
 (r5, "russia", 0, "them", "no-ukraine-membership", "supports", 1, ""),
 (r6, "volodymyr-tkachuk", 1, "Volodymyr Tkachuk", "no-ukraine-membership", "rejects", 1, D),
 (r6, "russia", 0, "The Russians", "no-ukraine-membership", "supports", 1, ""),
 (r7, B, 1, "BONDARENKO", "rollback-to-1997", "rejects", 1, D),
 (r7, "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 (r8, B, 1, "BONDARENKO", "", "", 1, D),
 (r9, "halyna-moroz", 1, "Halyna Moroz", "russia-de-escalation", "supports", 1, D),
 (r10, B, 1, "BONDARENKO", "russia-de-escalation", "mentions", 1, D),
 (r11, "serhii-lytvyn", 1, "Serhii Lytvyn", "no-ukraine-membership", "supports", 1, D),
 (r12, B, 1, "BONDARENKO", "no-ukraine-membership", "rejects", 1, D),
 (r13, B, 1, "BONDARENKO", "nato-open-door", "supports", 1, D),
 (r13, B, 1, "BONDARENKO", "no-ukraine-membership", "rejects", 1, D),
 (r13, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 1, ""),
 (r14, B, 1, "BONDARENKO", "", "", 1, D),
]

write_gold(L, "articles-231", "gold-231")
