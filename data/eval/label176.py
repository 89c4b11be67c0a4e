#!/usr/bin/env python3
"""Writes the 176th held-out gold (gold-176/*.nq) from the labels below.

Batch 176 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, from mainstream outlets:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva
  (front matter, straight quotes, a crosshead, a quotation split by "he said",
  attribution after the quotation, two speakers in one sentence, a demand
  attributed in passing to Moscow, Baker 1990 and the INF history);
- tass-2022-01-12-grushko-nrc-press-conference: TASS English transcript of
  Alexander Grushko's and Alexander Fomin's press conference after the
  NATO-Russia Council (no front matter, UTF-8 BOM, CRLF line ends, speaker
  labels, journalists' questions, a date line "12 JAN 2022, 20:41");
- npr-2022-01-27-blinken-written-answer: NPR Morning Edition interview
  transcript with Antony Blinken (upper-case speaker labels, host questions,
  site boilerplate);
- nato-2022-01-26-stoltenberg-press-point: NATO press point by Jens
  Stoltenberg after the written proposals (front matter, speaker labels with
  titles, spokesperson and journalists' questions, related-link lines);
- euronews-2022-01-13-osce-vienna-live: Euronews live blog of the OSCE day
  and the Gymnich meeting in Brest (time-stamped entries in reverse order,
  curly quotes and « », roles as speaker names, READ MORE link lines);
- economist-2022-01-29-russia-demands-list: The Economist analysis (front
  matter, standfirst, curly quotes, "Mr Putin", present-tense "says" with no
  day, quotations from the draft treaties, the Founding Act and the Bucharest
  declaration, history that is not labelled);
- kyivpost-2022-01-27-kuleba-us-answer-reactions: Kyiv Post report on the
  reactions to the US answer („ “ quotes, crossheads, no front matter, a
  "Published" line, the Kremlin spokesman named only by role).

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
 ("Russia told the United States at talks in Geneva on Monday that NATO must stop expanding eastward, while Washington said no outside power could decide who joins the alliance.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("Russia told the United States at talks in Geneva on Monday that NATO must stop expanding eastward, while Washington said no outside power could decide who joins the alliance.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We do not trust the other side,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The Russian delegation also pressed Washington to commit never again to deploy intermediate-range missiles in Europe and to keep its warships and strategic bombers out of areas from which they could strike Russian territory, Ryabkov said.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("The Russian delegation also pressed Washington to commit never again to deploy intermediate-range missiles in Europe and to keep its warships and strategic bombers out of areas from which they could strike Russian territory, Ryabkov said.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Deputy Secretary of State Wendy Sherman, who led the U.S. delegation, said Washington had firmly pushed back on proposals that were \"simply non-starters\", among them Moscow's demand that NATO halt its eastward expansion.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("Deputy Secretary of State Wendy Sherman, who led the U.S. delegation, said Washington had firmly pushed back on proposals that were \"simply non-starters\", among them Moscow's demand that NATO halt its eastward expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("This was a frank and forthright discussion, not a negotiation,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Sherman said the surest way for Russia to show it was serious about diplomacy would be to pull its forces back from Ukraine's border, but that she had heard no such commitment in Geneva.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Nobody in Washington is going to discuss pulling NATO back to where it stood in 1997. Both sides know that, which is why this week is mostly about managing expectations,", "katarzyna-wilk-halloran", 1, "Katarzyna Wilk-Halloran", "rollback-to-1997", "mentions", 1, ""),
 ("Nobody should expect a breakthrough before Friday. The real question is whether both sides still want to keep talking,", "katarzyna-wilk-halloran", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
G = "Alexander Grushko"
L["tass-2022-01-12-grushko-nrc-press-conference"] = [
 ("a large number of deep disagreements on fundamental issues", "alexander-grushko", 1, G, "", "", 1, D),
 ("Today we had a frank, direct and at times quite sharp discussion with the NATO countries. We told our partners clearly that the situation in European security has become extremely dangerous and that it cannot continue like this.", "alexander-grushko", 1, G, "", "", 1, D),
 ("We set out our position on all elements of the draft agreement. The key one for us is the non-expansion of NATO. We need legally binding guarantees that the alliance will not move further east. Verbal assurances were given to us before, and everyone knows how this ended.", "alexander-grushko", 1, G, "nato-non-expansion", "supports", 1, D),
 ("We set out our position on all elements of the draft agreement. The key one for us is the non-expansion of NATO. We need legally binding guarantees that the alliance will not move further east. Verbal assurances were given to us before, and everyone knows how this ended.", "alexander-grushko", 1, G, "written-legal-guarantees", "supports", 1, D),
 ("The second element is the non-deployment of strike weapons systems that threaten Russia from the territory of neighbouring states. The third is the return of NATO's military configuration to what it was in 1997, when the Founding Act was signed. These are not separate wishes on a menu, it is a package.", "alexander-grushko", 1, G, "no-strike-weapons-near-borders", "supports", 1, D),
 ("The second element is the non-deployment of strike weapons systems that threaten Russia from the territory of neighbouring states. The third is the return of NATO's military configuration to what it was in 1997, when the Founding Act was signed. These are not separate wishes on a menu, it is a package.", "alexander-grushko", 1, G, "rollback-to-1997", "supports", 1, D),
 ("The so-called open-door policy is not a principle of international law. It is a decision of NATO alone, and this decision undermines the security of others. We cannot accept that the alliance decides alone who joins it, without any regard for the interests of Russia.", "alexander-grushko", 1, G, "nato-open-door", "rejects", 1, D),
 ("Yes, such ideas were voiced. We are not against a dialogue between the military as such, but it cannot become a substitute for the answers we asked for. Military contacts without a solution to the main questions will change nothing.", "alexander-grushko", 1, G, "resume-military-dialogue", "mentions", 1, D),
 ("NATO has increased the scale and intensity of its exercises near our borders many times over. We proposed that both sides refrain from drills of brigade level and above in an agreed zone along the line of contact between Russia and the alliance.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 1, D),
 ("We also proposed that warships and aircraft of both sides keep out of areas from which they can hit targets on the territory of the other side. So far the alliance has given no answer.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We have heard this many times. But if NATO continues to draw Ukraine into its military planning, sending instructors and weapons, building training centres, this is a direct threat to us. We demand that this activity stop, regardless of whether Ukraine is formally a member or not.", "alexander-grushko", 1, G, "no-military-activity-ex-soviet", "supports", 1, D),
 ("As for the Bucharest formula of 2008, it remains in force for NATO and it must be disavowed. Otherwise all talk about respecting Russian concerns is empty.", "alexander-grushko", 1, G, "rescind-bucharest-2008", "supports", 1, D),
 ("No dates were discussed. We will report to the leadership, and the decision will be taken in Moscow. Now the ball is on NATO's side.", "alexander-grushko", 1, G, "", "", 1, D),
 ("Earlier on Wednesday, Kremlin spokesman Dmitry Peskov told reporters that Russian troops moving on Russian territory threatened no one and that Moscow would not pull them back at the demand of the West.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, D),
]

D = "2022-01-27"
B = "BLINKEN"
L["npr-2022-01-27-blinken-written-answer"] = [
 ("What we've done is put on paper a serious diplomatic path, if Russia chooses it. We lay out areas where we think we can make progress together, on arms control, on transparency, on risk reduction. And we're very clear about the principles we will not compromise on.", "antony-blinken", 1, B, "", "", 1, D),
 ("One of those principles is the right of countries like Ukraine to choose their own security arrangements and alliances. NATO's door is open, and it stays open. That's not up for negotiation.", "antony-blinken", 1, B, "nato-open-door", "supports", 1, D),
 ("One of those principles is the right of countries like Ukraine to choose their own security arrangements and alliances. NATO's door is open, and it stays open. That's not up for negotiation.", "antony-blinken", 1, B, "no-ukraine-membership", "rejects", 1, D),
 ("No. The heart of what Russia put in its draft treaty, a ban on any further NATO enlargement, is not going to be in any agreement that we sign. We told them that in Geneva, and we've now told them in writing.", "antony-blinken", 1, B, "nato-non-expansion", "rejects", 1, D),
 ("If we reach agreements, they can take different forms, and some of them could well be binding. But I'm not going to negotiate the format in public, on the radio.", "antony-blinken", 1, B, "written-legal-guarantees", "mentions", 1, D),
 ("We're prepared to discuss reciprocal commitments by the United States and Russia not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine. We've also put forward ideas on intermediate-range missiles in Europe and on a transparency mechanism for the Aegis Ashore sites in Romania and Poland, on a reciprocal basis, so that Russia can see for itself what is there and what isn't.", "antony-blinken", 1, B, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("We're prepared to discuss reciprocal commitments by the United States and Russia not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine. We've also put forward ideas on intermediate-range missiles in Europe and on a transparency mechanism for the Aegis Ashore sites in Romania and Poland, on a reciprocal basis, so that Russia can see for itself what is there and what isn't.", "antony-blinken", 1, B, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("We're prepared to discuss reciprocal commitments by the United States and Russia not to deploy offensive ground-launched missile systems or permanent combat forces in Ukraine. We've also put forward ideas on intermediate-range missiles in Europe and on a transparency mechanism for the Aegis Ashore sites in Romania and Poland, on a reciprocal basis, so that Russia can see for itself what is there and what isn't.", "antony-blinken", 1, B, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We need to see Russia de-escalate. It's very hard to make real progress in diplomacy with a gun pointed at Ukraine's head. If President Putin pulls back some of these forces, that would be the clearest signal that he's serious.", "antony-blinken", 1, B, "russia-de-escalation", "supports", 1, D),
 ("But we're not setting conditions for talking. We're prepared to keep talking, without preconditions, even as we prepare with our allies for the alternative.", "antony-blinken", 1, B, "no-preconditions", "supports", 1, D),
 ("Then there will be massive consequences for Russia, and we've been very clear about that with our allies and partners, in public and in private. We don't want to go there, but we're ready.", "antony-blinken", 1, B, "", "", 1, D),
 ("I'm not going to speak for the Kremlin. They'll read it carefully, I'm sure, and then it's up to President Putin to decide which path he takes.", "antony-blinken", 1, B, "", "", 1, D),
]

D = "2022-01-26"
S = "Jens Stoltenberg"
L["nato-2022-01-26-stoltenberg-press-point"] = [
 ("Good afternoon. Today, we have sent written proposals to Russia, in parallel with the United States. We did so after close consultations among all Allies, and with the full support of all thirty.", "jens-stoltenberg", 1, S, "", "", 1, D),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security. But we cannot and will not compromise on the principles on which the security of our Alliance, and of Europe, rests. Every nation has the right to choose its own path. NATO's door remains open.", "jens-stoltenberg", 1, S, "nato-open-door", "supports", 1, D),
 ("We call on Russia to immediately de-escalate the situation and to withdraw its forces from Ukraine's borders. Russia should also withdraw its forces from Moldova and Georgia, where they are deployed without the consent of those countries.", "jens-stoltenberg", 1, S, "russia-de-escalation", "supports", 1, D),
 ("We propose to re-establish our respective offices in Moscow and in Brussels, and to make full use of military-to-military channels of communication to promote transparency and reduce risks, including by setting up a civilian hotline.", "jens-stoltenberg", 1, S, "resume-military-dialogue", "supports", 1, D),
 ("We are also ready to sit down and discuss arms control, including ground-based intermediate-range missiles, nuclear weapons, and reciprocal transparency and limits on exercises.", "jens-stoltenberg", 1, S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We are also ready to sit down and discuss arms control, including ground-based intermediate-range missiles, nuclear weapons, and reciprocal transparency and limits on exercises.", "jens-stoltenberg", 1, S, "limit-military-exercises", "mentions", 1, D),
 ("No. We will not withdraw our forces from the eastern part of the Alliance. We have increased our presence, and we will consider doing more if Russia continues on its current path. There will be no first-class and second-class members in NATO.", "jens-stoltenberg", 1, S, "rollback-to-1997", "rejects", 1, D),
 ("The decision we took at the Bucharest summit stands, and nobody outside this Alliance can rewrite it.", "jens-stoltenberg", 1, S, "rescind-bucharest-2008", "rejects", 1, D),
 ("We will not sign a legally binding text that freezes the Alliance in its current shape and closes it to new members for ever. A treaty like that is simply not the way to deal with the concerns that have been raised.", "jens-stoltenberg", 1, S, "nato-non-expansion", "rejects", 1, D),
 ("We will not sign a legally binding text that freezes the Alliance in its current shape and closes it to new members for ever. A treaty like that is simply not the way to deal with the concerns that have been raised.", "jens-stoltenberg", 1, S, "written-legal-guarantees", "rejects", 1, D),
 ("What we offer is a platform for talks, in the NATO-Russia Council, on the issues where we see room for agreement. I hope Russia will take that path.", "jens-stoltenberg", 1, S, "", "", 1, D),
 ("We will not accept limits on what defensive capabilities Allies deploy on their own territory, whether in Poland, in Romania or anywhere else. Aegis Ashore is a defensive system, and it poses no threat to Russia.", "jens-stoltenberg", 1, S, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Allies will continue to provide support to Ukraine, with training, with equipment, as a partner. That is not a threat to anyone, and Russia has no right to forbid it.", "jens-stoltenberg", 1, S, "no-military-activity-ex-soviet", "rejects", 1, D),
]

D = "2022-01-13"
L["euronews-2022-01-13-osce-vienna-live"] = [
 ("Poland's deputy foreign minister Marcin Przydacz told reporters in Warsaw this afternoon that NATO must keep every option open on missile deployments in Europe for as long as Russia keeps its own 9M729 missiles in Kaliningrad.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, D),
 ("A written promise that Ukraine will never join NATO is something no American administration can give, whoever sits in the White House,", "henrike-vossberg", 1, "she", "no-ukraine-membership", "mentions", 1, D),
 ("A written promise that Ukraine will never join NATO is something no American administration can give, whoever sits in the White House,", "henrike-vossberg", 1, "she", "written-legal-guarantees", "mentions", 1, D),
 ("We will exercise on our own territory as much as we need to, and nobody in Moscow gets to tell us otherwise,", "kaja-kallas", 1, "Kallas", "limit-military-exercises", "rejects", 1, D),
 ("He said the talks had reached “a dead end” on the central issue of NATO enlargement and that Russia would keep insisting that the alliance stop moving towards its borders.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("Going back to the NATO of 1997 is not a serious proposal, and nobody around this table will treat it as one,", "josep-borrell", 1, "Josep Borrell", "rollback-to-1997", "rejects", 1, D),
 ("We will not accept that the security of Europe is negotiated over the heads of Europeans", "jean-yves-le-drian", 1, "he", "", "", 1, D),
 ("Talks cannot go on for ever with a gun on the table. Russia has to pull its troops back before we go any further,", "gabrielius-landsbergis", 1, "the Lithuanian foreign minister", "no-preconditions", "rejects", 1, D),
 ("Talks cannot go on for ever with a gun on the table. Russia has to pull its troops back before we go any further,", "gabrielius-landsbergis", 1, "the Lithuanian foreign minister", "russia-de-escalation", "supports", 1, D),
 ("Western instructors and Western weapons in Ukraine are not a threat to anyone. They are our right to defend ourselves, and we will never give that up,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("We are not going to negotiate about Ukraine without Ukraine,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("Whether Ukraine joins an alliance is a decision for Ukraine and for NATO's thirty members, and for nobody else.", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("Whether Ukraine joins an alliance is a decision for Ukraine and for NATO's thirty members, and for nobody else.", "michael-carpenter", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Russia's permanent representative to the OSCE, Alexander Lukashevich, told the Permanent Council that Moscow needed the guarantees “on paper, signed and ratified”, and not promises that could later be forgotten.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("NATO is holding more and bigger exercises ever closer to our borders, and this has to come down, on a reciprocal basis,", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "supports", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau said every participating state had the right to choose its own security arrangements, including treaties of alliance, and that no country could claim a sphere of influence over its neighbours.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
]

L["economist-2022-01-29-russia-demands-list"] = [
 ("Are we the ones putting strike weapons near the borders of the United States? No. It is the Americans who have come to our doorstep with their weapons,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("At his own annual press conference on January 14th Sergei Lavrov, the foreign minister, said Russia would not settle for political promises or a temporary moratorium in place of legally binding guarantees, because it had been deceived before.", "sergei-lavrov", 1, "Sergei Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("Despite Moscow's demand that NATO renounce any military activity in Ukraine, Britain and America have been flying anti-tank weapons to Kyiv, and Ben Wallace, Britain's defence secretary, has said the deliveries will continue.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Despite Moscow's demand that NATO renounce any military activity in Ukraine, Britain and America have been flying anti-tank weapons to Kyiv, and Ben Wallace, Britain's defence secretary, has said the deliveries will continue.", "ben-wallace", 1, "Ben Wallace", "no-military-activity-ex-soviet", "rejects", 0, ""),
 ("Vasile Dîncu, Romania's defence minister, said this week that allied warships would keep sailing the Black Sea whatever the Kremlin thought of it.", "vasile-dincu", 1, "Vasile Dîncu", "no-warships-aircraft-in-strike-range", "rejects", 0, ""),
 ("Nobody in Washington will ever agree to stop NATO from taking new members, and everybody in Moscow knows it. The list was written to be refused,", "marek-oleksy", 1, "Marek Oleksy", "nato-non-expansion", "mentions", 1, ""),
 ("Talks without preconditions are already happening, so on that point there is nothing left to argue about,", "marek-oleksy", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("A ban on intermediate-range missiles in Europe, rules on how close bombers and warships may come to each other's coasts: all of that was on the table in the 1980s and could be again.", "fiona-harcastle", 1, "Fiona Harcastle", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A ban on intermediate-range missiles in Europe, rules on how close bombers and warships may come to each other's coasts: all of that was on the table in the 1980s and could be again.", "fiona-harcastle", 1, "Fiona Harcastle", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Whether NATO keeps its door open is the whole argument. Everything else is detail,", "fiona-harcastle", 1, "Harcastle", "nato-open-door", "mentions", 1, ""),
]

D = "2022-01-27"
L["kyivpost-2022-01-27-kuleba-us-answer-reactions"] = [
 ("There will be no compromise on Ukraine's right to join NATO, and the American answer confirms this. Our position was taken into account in full,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There will be no compromise on Ukraine's right to join NATO, and the American answer confirms this. Our position was taken into account in full,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("President Volodymyr Zelensky said in a video address on Thursday morning that Kyiv was ready for a meeting with Vladimir Putin „in any format“ and without preconditions, and he urged Ukrainians not to give in to panic.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 0, D),
 ("Our main task now is to keep calm and to keep the economy working. Ukraine has lived with this threat for eight years,", "volodymyr-zelensky", 1, "the president", "", "", 1, D),
 ("Our main concerns, first of all the non-expansion of NATO, were not taken into account. That is the main thing for us,", "dmitry-peskov", 1, "the Kremlin spokesman", "nato-non-expansion", "supports", 1, D),
 ("to count on the start of a serious conversation, but on secondary issues", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing on Thursday that Moscow saw no point in restoring contacts between the Russian and NATO militaries while the alliance treated Russia as an adversary.", "maria-zakharova", 1, "Maria Zakharova", "resume-military-dialogue", "rejects", 0, D),
 ("In Tbilisi, Georgian Foreign Minister David Zalkaliani said on Thursday that the decision of the 2008 Bucharest summit remained valid for Georgia and that it could not be annulled at Moscow's request.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, D),
 ("In Tbilisi, Georgian Foreign Minister David Zalkaliani said on Thursday that the decision of the 2008 Bucharest summit remained valid for Georgia and that it could not be annulled at Moscow's request.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Annulling the Bucharest promise was never going to be part of an American letter. It stays where it was, and everybody in Washington understood that,", "volodymyr-ostapchuk", 1, "Volodymyr Ostapchuk", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Everything now depends on whether Russian troops pull back from our border, and frankly nobody in Kyiv expects that to happen soon,", "volodymyr-ostapchuk", 1, "he", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-176", "gold-176")
