#!/usr/bin/env python3
"""Writes the held-out gold of batch 317 (gold-317/*.nq) from the labels below.

Batch 317 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-26-us-nato-deliver-written-answers: AP wire story with front
  matter and byline on the written answers; interrupted Blinken quotation,
  narration of Russia's demands and "nonstarters", Baker-Gorbachev background,
  a RAND analyst, a short Peskov quote, Price offering to discuss missiles.
- tass-2022-01-27-russia-studies-us-nato-replies: TASS English item series,
  no front matter, UTF-8 BOM and CRLF line ends, "MOSCOW, January 27. /TASS/."
  datelines and time stamps, "the top diplomat"/"the deputy minister" speaker
  forms, Moscow named inside Russian officials' sentences, "Read also" lines.
- us-mission-osce-2022-01-13-carpenter-permanent-council: the US Mission's
  as-delivered statement by Ambassador Carpenter; no quotation marks at all,
  each paragraph treated as one direct quotation of the speaker (transcript
  convention); Helsinki Final Act words quoted inside it.
- lsm-2022-01-12-latvia-nato-russia-council: LSM English story with front
  matter; Latvian ministers and an invented lawmaker and analyst, party
  labels in brackets, diacritics in names, "second-class member" wording for
  the rollback demand, Founding Act background, a "Read also" line.
- bbc-2022-01-21-live-blinken-lavrov-geneva: BBC live page, no front matter,
  newest-first "Posted at" entries with headings, summary bullets, a
  correspondent's explainer of Russia's demands, a caption, an analyst.
- csis-2022-01-18-after-geneva-what-moscow-wants: CSIS Q&A-style commentary
  with front matter; the author's own prose (the commentary's analysis) is
  not labelled as statements, only the officials and the analyst he quotes;
  dates recovered from "In Geneva" / "on January 14" / "January 13".
- czech-senate-2022-02-02-foreign-affairs-committee-record: Czech Senate
  committee record in working English translation (translationese, „ “
  quotes), speaker labels; the chairman (host) and a senator's question get
  no label; each paragraph of a guest's or senator's statement is a direct
  quotation; Putin and Ryabkov reported inside the MFA official's paragraphs;
  the committee resolution (a document) is not labelled.

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

Writer's own choices: a journalist's narration of what Russia demands
("Russia has demanded ...", "It wants ...") is labelled as Russia's reported
speech (undated); affirming NATO's open door is labelled nato-open-door
supports and not also nato-non-expansion rejects unless the passage rejects
the non-enlargement treaty itself; "said" with no day in a same-day news story
takes the publication date, in the commentary it stays "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["ap-2022-01-26-us-nato-deliver-written-answers"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("Russia has demanded a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that NATO pull its troops and weapons back from allied countries in Central and Eastern Europe that joined after the Cold War.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia has demanded a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that NATO pull its troops and weapons back from allied countries in Central and Eastern Europe that joined after the Cold War.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia has demanded a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that NATO pull its troops and weapons back from allied countries in Central and Eastern Europe that joined after the Cold War.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Russia has demanded a binding pledge that the alliance will not take in Ukraine or any other former Soviet republic, and that NATO pull its troops and weapons back from allied countries in Central and Eastern Europe that joined after the Cold War.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Washington and its allies have repeatedly called those demands nonstarters.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 ("Washington and its allies have repeatedly called those demands nonstarters.", "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, ""),
 ("Washington and its allies have repeatedly called those demands nonstarters.", "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("He said the paper offered reciprocal transparency measures about the presence of offensive systems in Ukraine and about U.S. missile defense sites in Romania and Poland, as well as new limits on the size and scope of military drills in Europe.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("He said the paper offered reciprocal transparency measures about the presence of offensive systems in Ukraine and about U.S. missile defense sites in Romania and Poland, as well as new limits on the size and scope of military drills in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Stoltenberg said NATO had proposed reopening the alliance's office in Moscow and Russia's mission to NATO, both shut last year, and restoring hotlines between military commanders to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("He called on Moscow to pull back its forces from around Ukraine.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Russia should refrain from coercive force posturing, aggressive rhetoric and malign activities directed against allies,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, D),
 ("It will take time to analyze,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("On missiles and exercises there is real substance here, more than the Russians expected,", "samuel-charap", 1, "Charap", "no-intermediate-range-missiles", "mentions", 1, D),
 ("On missiles and exercises there is real substance here, more than the Russians expected,", "samuel-charap", 1, "Charap", "limit-military-exercises", "mentions", 1, D),
 ("But on membership, the answer was always going to be no, and the Kremlin knew that.", "samuel-charap", 1, "Charap", "no-ukraine-membership", "mentions", 1, D),
 ("State Department spokesman Ned Price said Washington would \"engage in good faith\" on reciprocal limits on missile deployments.", "ned-price", 1, "Ned Price", "no-intermediate-range-missiles", "mentions", 0, D),
 ("What we will not do is negotiate over the heads of our allies and partners,", "ned-price", 1, "Price", "", "", 1, D),
]

D = "2022-01-27"
L["tass-2022-01-27-russia-studies-us-nato-replies"] = [
 ("There is no positive reaction on the main question in this document. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the top diplomat", "nato-non-expansion", "supports", 1, D),
 ("There is no positive reaction on the main question in this document. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the top diplomat", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We have received the answers, they are being studied, it is impossible to say something quickly,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("There is no need to rush into the conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("It cannot be said that our thoughts were taken into account, or that a readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Moscow insists on legally binding guarantees and does not intend to settle for promises, Russian Deputy Foreign Minister Alexander Grushko said in an interview with the Rossiya-24 TV channel.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, D),
 ("Moscow insists on legally binding guarantees and does not intend to settle for promises, Russian Deputy Foreign Minister Alexander Grushko said in an interview with the Rossiya-24 TV channel.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("We need iron-clad, legally fixed guarantees, not assurances, not promises, because we have seen what the promises are worth,", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 1, D),
 ("It is not a menu, it is a package.", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("The deputy minister reminded that in December Russia proposed that the alliance give up any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia.", "alexander-grushko", 1, "The deputy minister", "no-military-activity-ex-soviet", "supports", 0, D),
 ("The deputy minister reminded that in December Russia proposed that the alliance give up any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Grushko also said Russia expects NATO to return to the configuration of 1997, when the Russia-NATO Founding Act was signed.", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 0, D),
 ("Grushko also said Russia expects NATO to return to the configuration of 1997, when the Russia-NATO Founding Act was signed.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("This is a question of our national security, and we will be insisting on it,", "alexander-grushko", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("We do not plan to publish these documents ourselves, because we respect the diplomatic practice,", "maria-zakharova", 1, "Zakharova", "", "", 1, D),
 ("The diplomat also commented on the statements by NATO Secretary General Jens Stoltenberg that the door of the alliance remains open.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The so-called open door policy is a mantra that has nothing to do with the real security of Europe,", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, D),
 ("Nobody has the right to strengthen their own security at the expense of others.", "maria-zakharova", 1, "she", "", "", 1, D),
 ("In her words, the pumping of weapons into Ukraine, including anti-tank systems, only makes the situation more explosive.", "maria-zakharova", 1, "her", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We will not allow our initiatives to be talked out, we will not allow them to be buried in endless discussions,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("Ryabkov said the US readiness to discuss intermediate-range missiles and the parameters of exercises was known already before Geneva.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Ryabkov said the US readiness to discuss intermediate-range missiles and the parameters of exercises was known already before Geneva.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, D),
 ("This is important, but this is not the main thing. The main thing is non-expansion of NATO, and here we see a negative answer,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("He also noted that Moscow continues to view the reduction of military activity close to its borders as a priority.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("He also noted that Moscow continues to view the reduction of military activity close to its borders as a priority.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("According to Ryabkov, the restoration of contacts between militaries of Russia and the United States could be useful, but only \"in the context of a broader agreement\".", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, D),
 ("the right of states to choose their own security arrangements", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, ""),
 ("Blinken also said that Washington would not budge on NATO's open door.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-13"
C = ("michael-carpenter", 1, "Michael Carpenter")
P1 = "Let me begin by welcoming Foreign Minister Rau to this Council and thanking Poland for launching this renewed dialogue on European security. This week has been one of intensive diplomacy. On Monday, Deputy Secretary Sherman met with Deputy Foreign Minister Ryabkov in Geneva. Yesterday, the NATO-Russia Council met in Brussels for the first time in more than two years. And today we are here, at the one organization where all of us, Russia and Ukraine included, sit at the same table as equals."
P2 = "Colleagues, we are facing a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has grown rather shrill. Russia has amassed close to 100,000 troops, along with tanks, artillery, and short-range ballistic missiles, on Ukraine's borders. We call on Russia to de-escalate, to return its forces to their regular garrisons, and to choose the path of dialogue."
P3 = "The Russian Federation has put forward two draft documents. Some of the ideas in them are ones we can discuss. Others are simply non-starters, and we have said so plainly. We will not slam the door on NATO's open-door policy, which has been central to the North Atlantic Alliance since its founding. Nor will we accept that some states have a right to a sphere of influence in which their neighbors' choices are constrained."
P4 = "Mr. Chair, the principles at stake are not new. In the Helsinki Final Act, every participating State committed to respect the right of others \"to belong or not to belong to international organizations, to be or not to be a party to bilateral or multilateral treaties, including treaties of alliance.\" That commitment was reaffirmed in the Charter of Paris and again at Istanbul in 1999 and Astana in 2010. The Russian Federation signed each of those documents."
P5 = "The United States is prepared to discuss arms control and risk reduction on a reciprocal basis. We are prepared to talk about the future of certain missile systems in Europe, along the lines of the former INF Treaty. We are prepared to explore reciprocal limits on the size and scope of military exercises, and to improve notification so that neither side mistakes a drill for an attack. These are areas where, if Russia is serious, real progress is possible."
P6 = "But let me be clear about what we will not do. We will not negotiate about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO. And we will not agree to pull back our forces from the territory of Allies who joined NATO after 1997. Those Allies are sovereign countries, and their security is not a bargaining chip."
P7 = "Some have suggested that we should put everything in writing, in a legally binding treaty that would freeze the map of Europe. The United States will not sign away the right of sovereign nations to choose their future. We did not do so in 1990, and we will not do so now."
P8 = "We heard the Russian delegation say again today that it wants answers quickly and that its patience is limited. Diplomacy cannot happen at gunpoint. Talks cannot succeed in an atmosphere of escalation. If Russia wants progress, the most important step it can take is to pull back its troops."
P9 = "Mr. Chair, the Polish Chairmanship has proposed a renewed European security dialogue here at the OSCE. The United States supports that initiative wholeheartedly. This Organization has the tools — the Vienna Document, the Open Skies legacy, the Structured Dialogue — to reduce risks and build confidence. We call on all participating States to use them."
P10 = "In closing, let me say this plainly. The choice before Russia is between dialogue and deterrence. We hope it chooses dialogue. But if it chooses further aggression against Ukraine, the response of the United States and our Allies and partners will be swift, severe, and united."
L["us-mission-osce-2022-01-13-carpenter-permanent-council"] = [
 (P1,) + C + ("", "", 1, D),
 (P2,) + C + ("russia-de-escalation", "supports", 1, D),
 (P3,) + C + ("nato-open-door", "supports", 1, D),
 (P4,) + C + ("nato-open-door", "supports", 1, D),
 (P5,) + C + ("no-intermediate-range-missiles", "mentions", 1, D),
 (P5,) + C + ("limit-military-exercises", "mentions", 1, D),
 (P6,) + C + ("rollback-to-1997", "rejects", 1, D),
 (P7,) + C + ("written-legal-guarantees", "rejects", 1, D),
 (P7,) + C + ("nato-non-expansion", "rejects", 1, D),
 (P7,) + C + ("nato-open-door", "supports", 1, D),
 (P8,) + C + ("russia-de-escalation", "supports", 1, D),
 (P9,) + C + ("", "", 1, D),
 (P10,) + C + ("", "", 1, D),
]

D = "2022-01-12"
V = "He said the most dangerous part of the Russian draft for Latvia was not the question of Ukraine's membership but the demand concerning forces in the eastern flank."
R = "Russia wants us to go back to the map of the nineties. We are not going back,"
L["lsm-2022-01-12-latvia-nato-russia-council"] = [
 ("Latvia's top diplomat said January 12 that the allies would not accept any arrangement that turned Latvia into a \"second-class\" member of NATO, as the NATO-Russia Council met in Brussels for the first time since 2019.", "edgars-rinkevics", 1, "Latvia's top diplomat", "rollback-to-1997", "rejects", 0, D),
 ("There is absolutely no discussion about withdrawing allied forces from the Baltic states. That is not on the table and will not be on the table,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 ("For us the key word is unity,", "edgars-rinkevics", 1, "the minister", "", "", 1, D),
 ("Nothing will be decided about Latvia without Latvia, and the allies have said this very clearly to the Russian side.", "edgars-rinkevics", 1, "the minister", "", "", 1, D),
 ("NATO allies reaffirmed that each nation has the right to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("and we will not compromise on core principles.", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("He said allies had proposed a series of further meetings, including on arms control and on transparency of exercises.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Grushko, for his part, told Russian media that Moscow's proposals were a package and warned that the alliance was creating risks by moving its infrastructure ever closer to Russia.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, D),
 ("Speaking in the Saeima, he said Latvia would ask its allies for a larger permanent presence rather than a smaller one.", "artis-pabriks", 1, "he", "rollback-to-1997", "rejects", 0, D),
 (R, "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, D),
 (R, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 ("but dialogue cannot mean concessions under threat.", "krisjanis-karins", 1, "Krišjānis Kariņš", "", "", 1, D),
 ("said she was concerned that Washington had agreed to discuss missile deployments and exercises at all.", "inara-zvirgzdina", 1, "Ināra Zvirgzdiņa", "no-intermediate-range-missiles", "mentions", 0, D),
 ("said she was concerned that Washington had agreed to discuss missile deployments and exercises at all.", "inara-zvirgzdina", 1, "Ināra Zvirgzdiņa", "limit-military-exercises", "mentions", 0, D),
 ("If we start bargaining over exercises in the Baltic region, we must be sure that Russia also limits what it does in Pskov and Belarus,", "inara-zvirgzdina", 1, "Zvirgzdiņa", "limit-military-exercises", "mentions", 1, D),
 ("Moscow put forward a document that no NATO government could ever sign, and it knows this,", "martins-vanags", 1, "Vanags", "", "", 1, D),
 ("The question is whether the Kremlin wants a pretext or a deal.", "martins-vanags", 1, "Vanags", "", "", 1, D),
 (V, "martins-vanags", 1, "He", "no-ukraine-membership", "mentions", 0, D),
 (V, "martins-vanags", 1, "He", "rollback-to-1997", "mentions", 0, D),
 (V, "russia", 0, "the Russian draft", "no-ukraine-membership", "supports", 0, ""),
 (V, "russia", 0, "the Russian draft", "rollback-to-1997", "supports", 0, ""),
 ("In his view, a withdrawal of the battlegroups would be \"a return to a grey zone\" for the Baltic states, something he said the region had \"already lived through once in the 1990s.\"", "martins-vanags", 1, "his", "rollback-to-1997", "rejects", 0, D),
 ("Rinkēvičs said Latvia expected Russia to take steps back.", "edgars-rinkevics", 1, "Rinkēvičs", "russia-de-escalation", "supports", 0, D),
 ("The first thing that Russia must do is to withdraw its troops from the Ukrainian border. Without that, it is very difficult to talk about confidence,", "edgars-rinkevics", 1, "he", "russia-de-escalation", "supports", 1, D),
]

D = "2022-01-21"
A = "The Russians are asking for a written promise that Nato will never move another step east, and Washington simply cannot give that,"
K = "Russia's demands are pretty clear. It wants a guarantee that Nato will stop expanding east and that Ukraine will not join."
L["bbc-2022-01-21-live-blinken-lavrov-geneva"] = [
 ("Here's a recap of the key points from Geneva: both sides agreed to keep talking, the US will provide written responses next week, and neither side signalled a shift on the main sticking point - Russia's insistence that Ukraine must never be allowed into Nato.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (A, "helen-ashworth", 1, "she", "nato-non-expansion", "mentions", 1, D),
 (A, "helen-ashworth", 1, "she", "written-legal-guarantees", "mentions", 1, D),
 (A, "russia", 0, "The Russians", "nato-non-expansion", "supports", 1, ""),
 (A, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 1, ""),
 ("What is interesting is that they are still talking at all.", "helen-ashworth", 1, "she", "", "", 1, D),
 ("She adds that if Moscow was truly worried about missiles, there is room for a deal, as the US has already floated ideas on limiting deployments in Europe.", "helen-ashworth", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Grateful to Tony Blinken for keeping Ukraine informed at every step. Nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "he", "", "", 1, D),
 ("Earlier in the week Mr Kuleba said Ukraine would decide for itself whether to join Nato, and that no third country had a veto over that choice.", "dmytro-kuleba", 1, "Mr Kuleba", "nato-open-door", "supports", 0, ""),
 ("I cannot say whether we are on the right track or not. We will understand when we receive the American answer in writing to all of the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Lavrov also said the key issue remained Nato's eastward enlargement.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("a menu from which one can choose", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns,", "antony-blinken", 1, "he", "", "", 1, D),
 ("The US secretary of state said that he had made clear to Mr Lavrov there were areas where Washington could not compromise, including the \"open door\" to Nato membership.", "antony-blinken", 1, "The US secretary of state", "nato-open-door", "supports", 0, D),
 ("If any Russian military forces move across Ukraine's border, that's a renewed invasion,", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 ("It will be met with swift, severe and united response.", "antony-blinken", 1, "Mr Blinken", "", "", 1, D),
 (K, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (K, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("It wants Nato to end military activity in eastern Europe - which would mean pulling troops out of Poland and the Baltic republics and removing missiles from countries such as Romania.", "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("Our concerns are not being heard. We hope that this will change,", "dmitry-peskov", 1, "Mr Peskov", "", "", 1, D),
 ("British Defence Secretary Ben Wallace said Moscow should \"step back from the brink\" and pull its forces away from Ukraine.", "ben-wallace", 1, "Ben Wallace", "russia-de-escalation", "supports", 0, D),
]

L["csis-2022-01-18-after-geneva-what-moscow-wants"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He also said Russia needed \"ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.\"", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("At the same time, she indicated that Washington was open to discussing reciprocal limits on missile deployments and on the scale of exercises.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("At the same time, she indicated that Washington was open to discussing reciprocal limits on missile deployments and on the scale of exercises.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("He said that the West's insistence on the freedom of alliances ignored the other half of the OSCE formula, the commitment not to strengthen one's security at the expense of others.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, "2022-01-14"),
 ("We are ready to keep moving forward on diplomacy,", "jake-sullivan", 1, "Sullivan", "", "", 1, "2022-01-13"),
 ("and we are equally ready to respond if Russia decides to move in another direction.", "jake-sullivan", 1, "Sullivan", "", "", 1, "2022-01-13"),
 ("There is a serious arms control agenda buried inside these drafts,", "anna-perlman", 1, "she", "", "", 1, ""),
 ("If the Russians want it, they can have a lot of it.", "anna-perlman", 1, "she", "", "", 1, ""),
 ("But she cautioned that Washington would never agree to withdraw forces from allies' territory.", "anna-perlman", 1, "she", "rollback-to-1997", "mentions", 0, ""),
 ("That isn't a negotiating position, it's an ultimatum,", "anna-perlman", 1, "Perlman", "rollback-to-1997", "mentions", 1, ""),
 ("It's hard to have constructive, productive diplomacy in an atmosphere of escalation.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
]

D = "2022-02-02"
T = ("tomas-kolar", 1, "Tomáš Kolář")
K1 = "Thank you, Mr. Chairman, honourable senators. I will inform you briefly about the development since the last meeting of the committee, in which we discussed the Russian draft documents from 17 December."
K2 = "As you know, on 26 January the United States and NATO handed over to the Russian side their written answers. The Czech Republic participated on the preparation of the NATO answer through the North Atlantic Council. I can say that the answer is firm in principles. The right of each state to choose freely its security arrangements, including membership in alliance, is not object of negotiation and Russia cannot have a right of veto."
K3 = "At the same time the answer offers concrete topics for the dialogue, which we consider useful: the restoration of the channels of communication between militaries, the mutual transparency about exercises, the risk reduction and also the arms control, including the missiles of intermediate range. These are the topics in which also the Czech Republic has interest."
K4 = "What is for us absolutely unacceptable is the Russian demand that the Allied forces should leave the territory of the states which entered NATO after 1997. That concerns directly the Czech Republic, which is member since 1999. We are not a member of second category."
K5 = "Yesterday, on 1 February, President Putin said in Moscow after the meeting with Hungarian Prime Minister Orbán that the fundamental concerns of Russia were ignored. He said that the American answer did not take into account the three key demands – the non-enlargement of NATO, the non-deployment of strike weapon systems near Russian borders and the return of the alliance military infrastructure to the state of 1997. We read this as a signal that Moscow is not closing the door fully, but it is also not moving."
PU = "He said that the American answer did not take into account the three key demands – the non-enlargement of NATO, the non-deployment of strike weapon systems near Russian borders and the return of the alliance military infrastructure to the state of 1997."
K6 = "Thank you for the question. Such proposal was not discussed in the Alliance and the Czech Republic would not support it. Any moratorium, even temporary, would be the same as to give to Russia the veto which we refuse."
K7 = "I want to add that also the Russian side has said it does not want a moratorium. Deputy Minister Ryabkov said clearly already in January that for Moscow the moratorium is not enough and they want legally binding guarantee of the non-enlargement."
RS = "I want to add that also the Russian side has said it does not want a moratorium."
RY = "Deputy Minister Ryabkov said clearly already in January that for Moscow the moratorium is not enough and they want legally binding guarantee of the non-enlargement."
S1 = "Thank you. From the military point of view, the situation is serious. Russia has around Ukraine more than one hundred thousand soldiers, and the transfer of units to Belarus for the exercise „Allied Resolve“ continues. The Russian side must pull back these forces, this is the first condition of any de-escalation."
S2 = "The Allied exercises are planned and announced in advance, according to the Vienna Document. If the Russian side is concerned about exercises, the Vienna Document offers the instruments, but it must be mutual."
H = "I would like to say only that I fully support the position of the government. We must not repeat the mistakes of the past, of the year 1938, when the great powers decided about a small country without it. Nobody in Moscow will decide if our allies can be on our territory."
G = ("radek-simunek", 1, "Brig. Gen. Radek Šimůnek")
L["czech-senate-2022-02-02-foreign-affairs-committee-record"] = [
 (K1,) + T + ("", "", 1, D),
 (K2,) + T + ("nato-open-door", "supports", 1, D),
 (K3,) + T + ("resume-military-dialogue", "supports", 1, D),
 (K3,) + T + ("limit-military-exercises", "mentions", 1, D),
 (K3,) + T + ("no-intermediate-range-missiles", "mentions", 1, D),
 (K4,) + T + ("rollback-to-1997", "rejects", 1, D),
 (K4, "russia", 0, "the Russian demand", "rollback-to-1997", "supports", 1, ""),
 (K5,) + T + ("nato-non-expansion", "mentions", 1, D),
 (K5,) + T + ("no-strike-weapons-near-borders", "mentions", 1, D),
 (K5,) + T + ("rollback-to-1997", "mentions", 1, D),
 (PU, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (PU, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 (K6,) + T + ("nato-non-expansion", "rejects", 1, D),
 (K6,) + T + ("nato-open-door", "supports", 1, D),
 (K7,) + T + ("written-legal-guarantees", "mentions", 1, D),
 (K7,) + T + ("nato-non-expansion", "mentions", 1, D),
 (RS, "russia", 0, "the Russian side", "written-legal-guarantees", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Deputy Minister Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Deputy Minister Ryabkov", "nato-non-expansion", "supports", 0, ""),
 (RY, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S1,) + G + ("russia-de-escalation", "supports", 1, D),
 (S2,) + G + ("limit-military-exercises", "mentions", 1, D),
 (H, "jiri-hrubes", 1, "Senator Jiří Hrubeš", "rollback-to-1997", "rejects", 1, D),
]

write_gold(L, "articles-317", "gold-317")
