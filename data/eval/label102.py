#!/usr/bin/env python3
"""Writes the 102nd held-out gold (gold-102/*.nq) from the labels below.

Batch 102 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It is meant to look like the coverage most readers actually saw of the
December 2021 - January 2022 "security guarantees" crisis:

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy on the Geneva
  talks (front matter, straight quotes, crossheads in capitals, a split of
  quoted and reported speech, Moscow as an actor in the lede and in passing,
  an invented Stockholm analyst, the Baker 1990 story as history).
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written answer (no front matter, date
  in the header, SECRETARY BLINKEN / MR PRICE / QUESTION speaker labels).
- nato-2022-01-12-stoltenberg-nrc-presser: NATO transcript of Stoltenberg's
  press conference after the NATO-Russia Council (front matter, UTF-8 BOM,
  CRLF line ends, "Name [Role]:" speaker labels, journalists' questions).
- tass-2022-01-13-lukashevich-osce-vienna: TASS wire from Vienna on the OSCE
  Permanent Council (no front matter, "13 JAN, 19:05" time line, dateline
  "VIENNA, January 13. /TASS/.", roles instead of names, "According to him",
  a background paragraph on the draft documents, Moscow as an actor).
- dw-2022-01-20-haverbeck-interview: Deutsche Welle Q&A interview with an
  invented Berlin analyst (front matter, "DW:" questions, answer paragraphs
  without a label after the first, photo caption, curly quotes inside an
  answer; no day is given for the interview).
- guardian-2022-01-27-live-us-response-reaction: Guardian live blog of
  reactions to the written answers (front matter, timestamped entries in
  reverse order, curly quotes and apostrophes, summary and standfirst, a
  senior EU official, a quotation split by "Peskov said").
- ria-2021-12-24-putin-ball-in-their-court: RIA Novosti page in automatic
  machine translation (no front matter, « » and „ “ quotes, "– declared
  Putin" attribution after the quotation, Putin's annual press conference of
  23 December, Ryabkov, Zakharova, Nikolenko, Kuleba, an invented expert,
  a context paragraph on the drafts, a "Read also" link line).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0; a short
  quoted fragment that does not itself carry the demand stays inside the
  sentence;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""), a quotation about history
  (Putin on the 1990s) included; reported speech about no demand, or about
  demands left unspecified ("the main issue", "fundamental concerns"), gets
  no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, summaries,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor ("U.S. officials", "Analysts") are left
  out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given; this applies to
  reported speech and to the journalist's own sentences ("as Moscow insisted
  that ..."); a Russian official saying "Moscow insists" is the official's
  label only, and an analyst's direct quotation of what Moscow wants stays
  the analyst's mention only;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

R = "Russia and the United States ended nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted that the West halt NATO's eastward growth and Washington warned it would not bargain over the alliance's basic principles while Russian troops remain massed near Ukraine."
SH = "U.S. Deputy Secretary of State Wendy Sherman, speaking to reporters by telephone after the meeting, said Washington had firmly pushed back on \"security proposals that are simply non-starters,\" among them Moscow's demand that Ukraine be barred from ever joining the Western alliance."
SH2 = "She said the United States was open to discussing the future deployment of offensive missile systems in Ukraine and reciprocal limits on the size and scope of military exercises in Europe, ideas she said Washington had put on the table before the meeting."
RY = "The deputy minister said Russia had no plans to attack Ukraine and that there was \"no reason to fear some kind of escalation scenario\", but he brushed aside U.S. calls to pull back the estimated 100,000 troops near the border, saying Russia was free to move its forces on its own territory."
RY2 = "Ryabkov said Moscow was prepared to look at U.S. ideas on intermediate-range missiles, but only as part of a package that includes its central demand that the alliance stop expanding toward Russia's borders."
LQ = "The whole argument is about sequencing: troops pulled back before anything substantive is discussed, or talks first, with nothing conditional about them,"
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 (R, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("security proposals that are simply non-starters,", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 (SH, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 (SH2, "wendy-sherman", 1, "She", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-10"),
 (SH2, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("no reason to fear some kind of escalation scenario", "sergei-ryabkov", 1, "The deputy minister", "", "", 1, "2022-01-10"),
 (RY, "sergei-ryabkov", 1, "The deputy minister", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 (RY2, "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (RY2, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("Without a solution on non-expansion, there will be no progress on anything else,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("He also said Russia wanted U.S. strategic bombers and warships kept out of areas from which they could hit Russian territory, a demand U.S. officials have privately described as unworkable.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("legally binding guarantees, not promises", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We were clear that de-escalation is what creates the conditions for real diplomacy to succeed,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 (LQ, "gustav-lindqvist", 1, "Gustav Lindqvist", "russia-de-escalation", "mentions", 1, ""),
 (LQ, "gustav-lindqvist", 1, "Gustav Lindqvist", "no-preconditions", "mentions", 1, ""),
 ("The Russians are asking Washington to sign away decisions that belong to third countries, and they know perfectly well the answer will be no,", "gustav-lindqvist", 1, "he", "", "", 1, ""),
]

B1 = "Thanks, Ned, and good afternoon, everyone. A short time ago, our ambassador in Moscow, John Sullivan, delivered our written response to the Russian Foreign Ministry. NATO is delivering its own paper to Moscow in parallel, and the two are fully coordinated."
B2 = "The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our allies and partners about Russian actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground."
B3 = "We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances."
B4 = "At the same time, we address the possibility of reciprocal transparency measures, as well as measures to increase confidence regarding military exercises and maneuvers in Europe. We also put forward ideas on arms control related to ground-launched missiles in Europe, building on what both sides lost when the INF Treaty ended."
B5 = "Let me be clear about one thing: there is no change, and there will be no change, in our position on NATO's open door. That is a commitment we share with every one of our allies, and it is not ours to trade away."
B6 = "None of this can move forward while Russia keeps more than 100,000 troops on Ukraine's borders. If Russia is serious about diplomacy, it needs to de-escalate, pull back those forces, and engage in good faith."
B7 = "We're not going to publish the document. We think that diplomacy has the best chance to succeed if we provide space for confidential talks, and we expect Moscow to respect that. But I can tell you that the paper does not accept a ban on future NATO enlargement. It reiterates what we've said publicly for weeks."
B8 = "As to the idea that the United States would sign a treaty committing it never to admit new members, or that the alliance would withdraw its forces from the territory of allies who joined after 1997 — those are non-starters, and the Russians have understood that since well before Geneva."
B9 = "On Bucharest, that declaration is an alliance decision, and it's for the alliance, not for Russia, to speak to it. Our view has not changed, and it is not going to be renegotiated in a bilateral channel with Moscow."
B10 = "On the President, I'm not going to get ahead of him. He has been clear that he is prepared to engage directly with President Putin if that's useful."
B11 = "We did. We made clear that we're ready to restore channels of communication, including between our militaries, so that an incident at sea or in the air doesn't spiral into something none of us wants. That's a basic precaution, and it is overdue."
B12 = "And let me add this. We've been in constant contact with our Ukrainian partners throughout. There is nothing in this document that was not shared with Ukraine first, and nothing about Ukraine without Ukraine."
B13 = "We'll see how Russia responds. The ball is in their court. Whichever path they choose, we are ready."
D = "2022-01-26"
L["state-2022-01-26-blinken-written-response"] = [
 (B1, "antony-blinken", 1, "Blinken", "", "", 1, D),
 (B2, "antony-blinken", 1, "Blinken", "", "", 1, D),
 (B3, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (B4, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 1, D),
 (B4, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 1, D),
 (B5, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (B6, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 (B7, "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, D),
 (B8, "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, D),
 (B8, "antony-blinken", 1, "Blinken", "written-legal-guarantees", "rejects", 1, D),
 (B8, "antony-blinken", 1, "Blinken", "rollback-to-1997", "rejects", 1, D),
 (B9, "antony-blinken", 1, "Blinken", "rescind-bucharest-2008", "rejects", 1, D),
 (B10, "antony-blinken", 1, "Blinken", "", "", 1, D),
 (B11, "antony-blinken", 1, "Blinken", "resume-military-dialogue", "supports", 1, D),
 (B12, "antony-blinken", 1, "Blinken", "", "", 1, D),
 (B13, "antony-blinken", 1, "Blinken", "", "", 1, D),
]

S1 = "Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting in more than two years, and I welcome that Russia came to the table. We had a very serious and direct exchange on the situation in and around Ukraine and on its implications for European security."
S2 = "There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics."
S3 = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
S4 = "Allies also made clear that we will not give up our ability to protect and defend each other. We will not create first and second class members of the Alliance. So the idea that we should pull our forces out of the Allies that joined after 1997 is not on the table."
S5 = "At the same time, NATO is ready to listen to Russia's concerns and to engage in a meaningful discussion on arms control, including on intermediate-range missiles, and on transparency and risk reduction around military exercises."
S6 = "We also proposed to re-establish our respective offices in Moscow and Brussels, and to make full use of military lines of communication to prevent incidents and accidents. We now hope Moscow will respond positively to that offer."
S7 = "The real issue is that Russia has amassed tens of thousands of combat-ready troops, heavy equipment and tanks near Ukraine's borders. We call on Russia to de-escalate, and to do so in a verifiable way."
S8 = "NATO Allies are ready to set out our proposals in writing, and we will do so in the coming weeks. But no document will restrict the right of sovereign nations to choose their own path, a principle that Russia itself has signed up to many times."
S9 = "NATO Allies will continue to provide support to Ukraine, including training and equipment, as a sovereign partner. This is not a threat to anyone. It is Russia that has troops in Ukraine, not NATO."
S10 = "We stand by the Bucharest decision. It is not something we will revisit. It has been restated at every summit since, most recently in Brussels last June."
S11 = "Allies proposed a series of meetings, and Russia did not say no. The Russian delegation was not in a position to agree to a timeline today. That is understandable; they need to go back to Moscow and consult. But I think it is important that we now have a platform where we can address these issues, and we are ready to meet again soon."
S12 = "There is a real risk for a new armed conflict in Europe. That is exactly why it is so important that we are sitting down today and talking."
D = "2022-01-12"
JS = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 (S1,) + JS + ("", "", 1, D),
 (S2,) + JS + ("", "", 1, D),
 (S3,) + JS + ("nato-open-door", "supports", 1, D),
 (S3,) + JS + ("no-ukraine-membership", "rejects", 1, D),
 (S4,) + JS + ("rollback-to-1997", "rejects", 1, D),
 (S5,) + JS + ("no-intermediate-range-missiles", "mentions", 1, D),
 (S5,) + JS + ("limit-military-exercises", "mentions", 1, D),
 (S6,) + JS + ("resume-military-dialogue", "supports", 1, D),
 (S7,) + JS + ("russia-de-escalation", "supports", 1, D),
 (S8,) + JS + ("nato-open-door", "supports", 1, D),
 (S9,) + JS + ("no-military-activity-ex-soviet", "rejects", 1, D),
 (S10,) + JS + ("rescind-bucharest-2008", "rejects", 1, D),
 (S11,) + JS + ("", "", 1, D),
 (S12,) + JS + ("", "", 1, D),
]

T = "2022-01-13"
LU = "According to Lukashevich, the key elements of the Russian initiative remain the rejection of NATO's further eastward expansion and the non-deployment of strike weapon systems near Russia's borders."
L["tass-2022-01-13-lukashevich-osce-vienna"] = [
 ("We need a constructive response to our proposals within a short time frame. If we do not hear it, we will be forced to draw conclusions and take the necessary measures to ensure the strategic balance and eliminate unacceptable threats to our national security,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, T),
 (LU, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, T),
 (LU, "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, T),
 ("The OSCE is not a replacement for the Russian-American track and the Russia-NATO track. Here we can discuss the principle of indivisible security, which our Western partners prefer to interpret selectively, as if it consisted only of the freedom to choose alliances,", "alexander-lukashevich", 1, "Lukashevich", "nato-open-door", "rejects", 1, T),
 ("The Russian envoy added that Moscow was ready to discuss reducing the scale of military drills along the line of contact between Russia and NATO and insisted that such restrictions were long overdue.", "alexander-lukashevich", 1, "The Russian envoy", "limit-military-exercises", "supports", 0, T),
 ("pull back its troops and return to the path of dialogue", "zbigniew-rau", 1, "The Polish minister", "russia-de-escalation", "supports", 1, T),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, T),
 ("not negotiate the right of our ships and aircraft to operate in international waters and airspace", "michael-carpenter", 1, "him", "no-warships-aircraft-in-strike-range", "rejects", 1, T),
 ("He added that Moscow insisted that ground-launched short- and intermediate-range missiles not be deployed in areas from which they could reach the territory of the other side.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, T),
 ("Deputy Foreign Minister Alexander Grushko, who headed the Russian delegation at Wednesday's meeting of the Russia-NATO Council in Brussels, told reporters on Wednesday that restoring military contacts with the alliance \"makes no sense\" while NATO continues to build up its forces on the eastern flank.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("If NATO switches to a policy of containment, there will be counter-containment from our side. If it is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("In Brussels, Grushko also reiterated that NATO should return its military infrastructure to where it stood in 1997, when the Russia-NATO Founding Act was signed.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("Moscow earlier said that it expected the talks to produce results in the form of legally binding agreements rather than \"an endless exchange of opinions\".", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

H1 = "Several things matter most to Moscow. It wants a legally binding promise that NATO will not take in any new members in the east, above all Ukraine. It wants the alliance to pull its forces and infrastructure back to where they were in 1997. And it wants no American missiles, warships or bombers anywhere from which they could reach Russian territory."
H2 = "Beyond that, the drafts would rule out any Western military presence, training or exercises in Ukraine and the other former Soviet republics outside NATO. The rest of the package — limits on exercises along the border, a hotline, restoring military contacts — is the kind of thing diplomats can actually work with."
H3 = "Because the draft treaty with NATO would in effect cancel the promise the alliance made there to Kyiv and Tbilisi. For the Kremlin, that one sentence from 2008 is the root of the problem; for the alliance, withdrawing it would be a humiliation."
H4 = "Reciprocal limits on exercises, yes, and I think the West should offer them. Nobody in Warsaw or Vilnius benefits from snap drills of 100,000 troops on the other side of the border. The same goes for intermediate-range missiles: both sides lost the INF Treaty in 2019, and a new, verifiable ban on deploying them in Europe would be in everyone's interest."
H5 = "What the West cannot accept is a veto over the choices of sovereign states. A treaty that forbids Ukraine from ever joining NATO would tear up the Helsinki principles that Moscow itself signed in 1975."
H6 = "Talks “without preconditions” is clever framing. Of course there is a precondition, and it is the right one: you cannot negotiate seriously with 100,000 soldiers on your neighbour's border. Russia has to pull a large part of them back first."
H7 = "It matters a great deal. The channels should never have been cut, and today there is no one to call when a Russian jet and a Polish F-16 come too close over the Baltic. Restoring military-to-military contacts would be the cheapest confidence-building measure on offer."
H8 = "I doubt it. Washington will put its offers in writing, but it will not write down the things the Kremlin wants most. The real question is whether Putin wants a deal at all, or whether the whole package was designed to be rejected so that he can say he tried."
H9 = "Then Europe has to be ready for a long and dangerous winter. I hope I am wrong."
KH = ("katrin-haverbeck", 1, "Katrin Haverbeck")
L["dw-2022-01-20-haverbeck-interview"] = [
 (H1,) + KH + ("nato-non-expansion", "mentions", 1, ""),
 (H1,) + KH + ("no-ukraine-membership", "mentions", 1, ""),
 (H1,) + KH + ("written-legal-guarantees", "mentions", 1, ""),
 (H1,) + KH + ("rollback-to-1997", "mentions", 1, ""),
 (H1,) + KH + ("no-intermediate-range-missiles", "mentions", 1, ""),
 (H1,) + KH + ("no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 (H2,) + KH + ("no-military-activity-ex-soviet", "mentions", 1, ""),
 (H2,) + KH + ("limit-military-exercises", "mentions", 1, ""),
 (H2,) + KH + ("resume-military-dialogue", "mentions", 1, ""),
 (H3,) + KH + ("rescind-bucharest-2008", "mentions", 1, ""),
 (H4,) + KH + ("limit-military-exercises", "supports", 1, ""),
 (H4,) + KH + ("no-intermediate-range-missiles", "supports", 1, ""),
 (H5,) + KH + ("nato-open-door", "supports", 1, ""),
 (H5,) + KH + ("no-ukraine-membership", "rejects", 1, ""),
 (H6,) + KH + ("no-preconditions", "rejects", 1, ""),
 (H6,) + KH + ("russia-de-escalation", "supports", 1, ""),
 (H7,) + KH + ("resume-military-dialogue", "supports", 1, ""),
 (H8,) + KH + ("", "", 1, ""),
 (H9,) + KH + ("", "", 1, ""),
]

G = "2022-01-27"
ZQ = "the policy of open doors cannot be a pretext for undermining the security of other states and turning a neighbouring country into a Nato bridgehead"
ZS = "Zakharova said the US paper contained proposals on missiles, exercises and risk reduction that Moscow was prepared to discuss, “but not at the expense of the main issue”."
EU = "A senior EU official, briefing journalists in Brussels on Thursday, said the bloc would resist any arrangement limiting allied troops in the Baltic states, describing Moscow’s call to roll Nato back to its 1997 lines as “a fantasy from another century”."
KU = "Ukraine’s path to NATO is a matter for Ukraine and the Allies alone, and I am grateful to our partners for standing firm on this,"
VP = "Moscow asked for a sea change and got an offer to talk about missiles and drills, plus a reminder that Nato’s door stays open."
LV = "our clear position on the inadmissibility of further Nato expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation"
L["guardian-2022-01-27-live-us-response-reaction"] = [
 (ZQ, "maria-zakharova", 1, "She", "nato-open-door", "rejects", 1, G),
 (ZQ, "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 1, G),
 (ZS, "maria-zakharova", 1, "Zakharova", "no-intermediate-range-missiles", "mentions", 0, G),
 (ZS, "maria-zakharova", 1, "Zakharova", "limit-military-exercises", "mentions", 0, G),
 ("but not at the expense of the main issue", "maria-zakharova", 1, "Zakharova", "", "", 1, G),
 ("A moratorium on missiles in Europe that leaves Russia’s Iskanders in Kaliningrad untouched is not something we will ever sign up to,", "gabrielius-landsbergis", 1, "he", "no-intermediate-range-missiles", "rejects", 1, G),
 ("We will not scale down a single exercise on our own territory because the Kremlin dislikes it.", "kaja-kallas", 1, "Kaja Kallas", "limit-military-exercises", "rejects", 1, G),
 (EU, "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, G),
 (EU, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no security in Europe without the security of Europe, and no decision about Ukraine without Ukraine,", "josep-borrell", 1, "he", "", "", 1, G),
 (KU, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, G),
 (KU, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, G),
 ("Russian troops are on Russian territory and they will stay where the defence ministry decides,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, G),
 ("and no one in Washington or Brussels will tell us to pull them back.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, G),
 (VP, "elena-voronina-platt", 1, "Elena Voronina-Platt", "nato-open-door", "mentions", 1, ""),
 (VP, "elena-voronina-platt", 1, "Elena Voronina-Platt", "no-intermediate-range-missiles", "mentions", 1, ""),
 (VP, "elena-voronina-platt", 1, "Elena Voronina-Platt", "limit-military-exercises", "mentions", 1, ""),
 ("Poland will decide for itself what weapons are stationed on its territory, and that includes the American base at Redzikowo,", "mariusz-blaszczak", 1, "Błaszczak", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-26"),
 ("no positive response on the main issue", "sergei-lavrov", 1, "Lavrov", "", "", 1, G),
 ("a serious conversation on secondary issues", "sergei-lavrov", 1, "Lavrov", "", "", 1, G),
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, G),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, G),
 ("Antony Blinken said on Wednesday that the US response set out “a serious diplomatic path” but made no concessions on Nato’s open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
]

P = "2021-12-23"
F = "2021-12-24"
KV = "Earlier the head of the Ukrainian diplomacy Dmytro Kuleba declared, that the decision about the membership in the Alliance is accepted only by Ukraine and the members of NATO, and no third country has the right of veto."
L["ria-2021-12-24-putin-ball-in-their-court"] = [
 ("We clearly and distinctly said: no movement of NATO to the east. The ball is on their side, they must answer us with something,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, P),
 ("Are we putting the missiles near the borders of the United States? No. It is the United States that came with its missiles to our house, to the threshold of our home,", "vladimir-putin", 1, "the president", "no-strike-weapons-near-borders", "supports", 1, P),
 ("They told us in the 90s that NATO will not move even one inch to the east. They simply deceived us, five waves of the expansion,", "vladimir-putin", 1, "he", "", "", 1, P),
 ("exactly in the legally obligatory form", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, F),
 ("The consultations must begin without any preconditions and without delays, already in January. We will not accept the attempts to put forward to us the conditions before the start of the talks", "sergei-ryabkov", 1, "the diplomat", "no-preconditions", "supports", 1, F),
 ("for the sake of the talks", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, F),
 ("According to the diplomat, the formula of the Bucharest summit of 2008 about that Ukraine and Georgia «will become the members of NATO» must be officially disavowed, otherwise no trust is possible.", "sergei-ryabkov", 1, "the diplomat", "rescind-bucharest-2008", "supports", 0, F),
 ("The official representative of MFA of Russia Maria Zakharova on the briefing on Thursday declared, that NATO must cease the military «development» of the territory of Ukraine, including the instructors, the bases and the deliveries of the arms.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, P),
 ("The warships of NATO in the Black Sea are not the guarantee of the security but the provocation. They must be kept on the distance from which they cannot threaten our coasts", "maria-zakharova", 1, "she", "no-warships-aircraft-in-strike-range", "supports", 1, P),
 ("Nobody has the right to dictate to Ukraine and NATO anything, including the refusal of our military cooperation with the partners", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-military-activity-ex-soviet", "rejects", 1, F),
 (KV, "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 (KV, "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, ""),
 ("will have to answer, because the alternative for him is much worse than the negotiations", "pavel-gorchakov", 1, "Pavel Gorchakov", "", "", 1, ""),
]

write_gold(L, "articles-102", "gold-102")
