#!/usr/bin/env python3
"""Writes the held-out gold of batch 280 (gold-280/*.nq) from the labels below.

Batch 280 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-10-russia-us-geneva-talks-ryabkov: Reuters wire with front matter,
  dateline; Ryabkov quotes with "he added, saying ..." tails, a two-sentence quote, Sherman
  quote split by "Sherman said", "The veteran diplomat" pronoun, Moscow's demands in narration,
  Baker/Gorbachev 1990 background, analyst quotes (one voicing Moscow's demand in passing).
- kremlin-2022-02-01-putin-orban-press-statements: Kremlin.ru transcript, no front matter,
  speaker labels, Putin and Orban paragraphs (each a direct quotation), several demands in one
  paragraph, an implicit Ukraine-in-NATO/Crimea argument, demand-less small talk, questions.
- meduza-2022-01-27-us-nato-written-answers-explainer: Meduza explainer with front matter,
  question crossheads, curly quotes, "Read also" line, Lavrov quote interrupted by "he said on
  Thursday", Blinken's offers (mentions), analyst voicing and merely describing demands.
- lemonde-2022-01-13-osce-vienna-russia-west-talks: Le Monde in English, no front matter,
  "Published on" line, standfirst with a demand (unlabelled), "Read also" links, the Brussels
  NRC of the day before, "For him, ..." attribution, "The allies" as speaker, 1997/2008 history.
- pap-2022-01-13-rau-osce-przydacz-1997: PAP wire in English with BOM, CRLF and front matter;
  Polish officials rejecting the 1997 pull-back, Moscow's demand in passing inside their
  sentences, "on this point" anaphora, analyst and demand-less quotes.
- carnegie-2022-01-31-kremlin-all-or-nothing-diplomacy: Carnegie Politika commentary by an
  invented analyst; the author's own narration is not labelled (no speaker), but the officials
  and organisations it quotes or reports are; dates from December 23 to January 30, quote
  fragments inside reported sentences, history of 1997 and Bucharest.
- state-department-2022-01-27-department-press-briefing: State Department briefing transcript,
  MR PRICE / QUESTION labels, each Price paragraph a direct quotation, reporters' questions
  naming demands (unlabelled), Moscow's demand in passing inside a Price sentence.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence
is the words between the marks (punctuation inside kept), direct 1; a quotation interrupted by
"X said" is two spans; one running over two sentences is one span. In Q/A interviews and
transcripts each paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance by the speaker's own position; mentions when the speaker only
reports a demand, asks about it or offers to discuss it. A direct quotation of six or more words
about none of the demands gets one demand-less label (demand "", stance ""); reported speech
about no demand or about demands left unspecified gets none. Background history, words quoted
from documents, headlines, crossheads, standfirsts, captions and link lines are not labelled. A
demand attributed in passing to Moscow inside another speaker's sentence is also Russia's label
(speaker russia, not a person, supports; undated when no day is given). Dates are the day the
words were said, resolved against the publication date; "" when the text gives no day. Analysts
and experts (independent people) speak for themselves and have no side: they "support"/"reject"
only when they voice the demand in their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["reuters-2022-01-10-russia-us-geneva-talks-ryabkov"] = [
 ("Russia told the United States on Monday that it wanted cast-iron guarantees that NATO would stop moving east, as the two sides held more than seven hours of talks in Geneva that ended with no sign of a breakthrough on the security crisis over Ukraine.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters after the meeting at the U.S. mission that Moscow had made clear that halting the alliance's eastward march was \"absolutely mandatory\" for it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The veteran diplomat dismissed Western calls for Russia to pull back the roughly 100,000 troops it has massed near Ukraine's border, saying forces were moving on Russian territory and that Moscow owed nobody an explanation.", "sergei-ryabkov", 1, "The veteran diplomat", "russia-de-escalation", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia was prepared to reciprocate.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was open to discussing the future deployment of missiles in Europe and limits on the size and scope of military exercises, provided Russia was prepared to reciprocate.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("It is up to Ukraine and to the 30 allies, and nobody else, to decide who joins the alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("That is not something we will negotiate over the heads of Kyiv or anyone else.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said she had pressed the Russian side to de-escalate and send its troops back to their barracks, adding that the United States could not tell whether Moscow had decided to invade.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Moscow is also demanding that NATO pull back forces and weapons from the countries that joined it after 1997, including Poland and the Baltic states, and that Washington forswear deploying intermediate-range missiles within striking distance of Russia.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow is also demanding that NATO pull back forces and weapons from the countries that joined it after 1997, including Poland and the Baltic states, and that Washington forswear deploying intermediate-range missiles within striking distance of Russia.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg said last week the alliance would not compromise on the right of each country to choose its own path, including Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("Talks of this kind rarely produce anything on the first day, but the gap between the two positions is enormous,", "samuel-whitcombe", 1, "he", "", "", 1, D),
 ("Moscow is asking Washington to promise that countries which are not even in the room will never join NATO.", "samuel-whitcombe", 1, "he", "nato-non-expansion", "mentions", 1, D),
 ("Moscow is asking Washington to promise that countries which are not even in the room will never join NATO.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-02-01"
K = "kremlin-2022-02-01-putin-orban-press-statements"
P3 = "Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea. What then – should we go to war with the NATO bloc? Has anyone thought about this? It seems not."
KEY = "We did not see an adequate consideration of our three key demands: preventing the further expansion of NATO, refusing to deploy strike weapon systems near the Russian borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed."
TROOPS = "We are moving our troops on our own territory, and nobody should dictate to us where to keep them. We will not be lectured on this by those who have ships and planes at our borders."
MISS = "As for missile systems: in Romania and now in Poland, launchers are being deployed from which Tomahawks can be fired. Flight time to Moscow is minutes. We need a guarantee that such attack systems will not be placed at our doorstep."
L[K] = [
 ("Mr Prime Minister, ladies and gentlemen,", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("Our talks with Prime Minister of Hungary Viktor Orban were held in a businesslike and constructive atmosphere, as always.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("Hungary is one of Russia's important partners in Europe. Despite the pandemic, our trade grew by more than a third last year, and we have agreed to continue gas supplies under the long-term contract.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("Naturally, we also discussed European security. I informed Mr Orban in detail about our approaches, including the draft documents we handed over to the United States and NATO in December.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 ("Mr President, thank you for your hospitality.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
 ("Hungary is a member of NATO and of the European Union, and we do not hide this. But we are also interested in a sensible agreement between Russia and the West, because a new Cold War would hurt Central Europe first of all.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
 ("I told the President that the differences are serious, but I believe an agreement that respects the security of both sides is achievable.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
 ("We are now carefully analysing the written responses we received from the United States and NATO on January 26. But it is already clear – I informed the Prime Minister about this – that our fundamental concerns have been ignored.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 (KEY, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 1, D),
 (KEY, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (KEY, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 1, D),
 ("They keep referring to the right of states to freely choose their ways of ensuring security. But this is only half of the principle. The other half says that no one may strengthen their own security at the expense of the security of other states. This is written in the Istanbul and Astana documents of the OSCE, which were signed by everyone, including the United States.", "vladimir-putin", 1, "Vladimir Putin", "nato-open-door", "rejects", 1, D),
 (P3, "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 1, D),
 ("Nevertheless, I hope that we will eventually find a solution, although we understand it will not be easy. We will continue the dialogue.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 (TROOPS, "vladimir-putin", 1, "Vladimir Putin", "russia-de-escalation", "rejects", 1, D),
 (TROOPS, "vladimir-putin", 1, "Vladimir Putin", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("It is the United States and some of its allies that have brought weapons and instructors into Ukraine, that hold exercises there and are building infrastructure there. We want all of this to stop, and to stop not for a year but for good.", "vladimir-putin", 1, "Vladimir Putin", "no-military-activity-ex-soviet", "supports", 1, D),
 (MISS, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (MISS, "vladimir-putin", 1, "Vladimir Putin", "no-intermediate-range-missiles", "supports", 1, D),
 ("Hungary's position is that the Hungarian army is capable of protecting Hungary, and we do not need additional forces at this moment.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
 ("Our priority is that there should be no war, and that the sides keep talking. Hungary will support every step towards a peaceful settlement.", "viktor-orban", 1, "Viktor Orban", "", "", 1, D),
]

M = "meduza-2022-01-27-us-nato-written-answers-explainer"
WANTS = "Moscow wants the alliance to formally rule out taking in any new members, starting with Ukraine and Georgia, to keep its troops out of the countries that joined after 1997, and to stop all military cooperation with former Soviet republics that are not in NATO."
BL = "According to Blinken, the response instead offers to talk about reciprocal transparency measures regarding offensive missile systems in Europe and about limiting the scale of military exercises on both sides, as well as arms control more broadly."
LV2 = "The main issue is our clear position on the inadmissibility of NATO's further expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation."
GRAIN = "At the same time, Lavrov conceded that the reply contained “a rational grain” on secondary topics such as missiles and drills, and said these could become the subject of serious talks."
LEB = "According to Lebedinskaya, no American administration could ever have put its signature under a promise that Ukraine would stay outside the alliance forever."
L[M] = [
 (WANTS, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (WANTS, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (WANTS, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (WANTS, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Russian officials insisted from the start that the answer had to come on paper.", "russia", 0, "Russian officials", "written-legal-guarantees", "supports", 0, ""),
 ("Verbal promises from Washington are worthless to us. We have been deceived too many times.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 (BL, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (BL, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said the alliance's own letter proposed reopening NATO's liaison office in Moscow and Russia's mission at NATO headquarters, and restoring military hotlines to avoid incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("There is no positive response on the main issue in this document,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LV2, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LV2, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 (GRAIN, "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 (GRAIN, "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("He added that the West had made clear that Ukraine's path to NATO was for Ukraine and the allies alone to decide.", "dmytro-kuleba", 1, "He", "nato-open-door", "supports", 0, ""),
 ("Moscow asked for the maximum and got back a menu of arms-control offers,", "anastasia-lebedinskaya", 1, "she", "", "", 1, ""),
 ("That is not nothing. But the Kremlin will present it as nothing, because the menu does not have the dish it ordered.", "anastasia-lebedinskaya", 1, "she", "", "", 1, ""),
 (LEB, "anastasia-lebedinskaya", 1, "Lebedinskaya", "no-ukraine-membership", "mentions", 0, ""),
 ("That is simply not how NATO works, and Lavrov knows it,", "anastasia-lebedinskaya", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
]

W = "lemonde-2022-01-13-osce-vienna-russia-west-talks"
D = "2022-01-13"
E = "2022-01-12"
GQ = "It is absolutely necessary for us to have legally binding guarantees of the non-enlargement of NATO,"
GR = "For him, the enlargement of the Alliance must not only stop, but be legally excluded."
AL = "The allies also suggested discussing reciprocal limits on missile deployments and more notification of exercises."
L[W] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("He said Russia expected \"a concrete, legally formalized answer\" to its proposals, and within a reasonable time.", "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals and the aggressive behavior towards Russia continues, we will be forced to take the necessary measures to ensure our security,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, D),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("Washington, he said, was ready to discuss arms control and transparency, but would never agree that a country be denied the right to choose its own alliances.", "michael-carpenter", 1, "he", "nato-open-door", "supports", 0, D),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "he", "", "", 1, E),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "the former Norwegian prime minister", "nato-open-door", "supports", 1, E),
 ("Mr. Stoltenberg said, however, that the allies had put forward proposals to restore the channels between the military on both sides and to reopen the respective diplomatic missions, which were closed in the autumn.", "jens-stoltenberg", 1, "Mr. Stoltenberg", "resume-military-dialogue", "supports", 0, E),
 (AL, "nato", 0, "The allies", "no-intermediate-range-missiles", "mentions", 0, E),
 (AL, "nato", 0, "The allies", "limit-military-exercises", "mentions", 0, E),
 (GR, "alexander-grushko", 1, "him", "nato-non-expansion", "supports", 0, E),
 (GR, "alexander-grushko", 1, "him", "written-legal-guarantees", "supports", 0, E),
 (GQ, "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, E),
 (GQ, "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, E),
 ("Mr. Grushko also demanded that the alliance renounce holding maneuvers close to Russian territory and warned that Moscow would answer \"military-technical\" threats with military-technical means.", "alexander-grushko", 1, "Mr. Grushko", "limit-military-exercises", "supports", 0, E),
 ("The security of Europe cannot be negotiated without Europeans,", "nathalie-rousseau-bertin", 1, "Nathalie Rousseau-Bertin", "", "", 1, ""),
 ("We are not spectators of a bilateral Russian-American discussion.", "nathalie-rousseau-bertin", 1, "Nathalie Rousseau-Bertin", "", "", 1, ""),
 ("the Kremlin is playing a long game: it has put its maximalist demands on the table and is now waiting to see who blinks first.", "etienne-marchal", 1, "Étienne Marchal", "", "", 1, ""),
]

X = "pap-2022-01-13-rau-osce-przydacz-1997"
D = "2022-01-13"
PR = "In Warsaw, Deputy Foreign Minister Marcin Przydacz said Poland would never accept what he called Moscow's attempt to push NATO back to the lines of 1997."
WZ = "Tomasz Wierzbicki, deputy head of the Sejm's foreign affairs committee from the ruling Law and Justice (PiS) party, told PAP that the Russian demand to remove allied infrastructure from the eastern flank \"would turn Poland into a second-class member of the alliance\"."
L[X] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (PR, "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, ""),
 (PR, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is no question of any withdrawal of allied troops from Poland or from the Baltic states. The presence of our allies here is the result of Russia's aggressive policy, not its cause,", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, ""),
 ("Poland is a sovereign state and NATO is an alliance of sovereign states. Nobody in Moscow will decide whether Ukraine or Georgia can join it,", "marcin-przydacz", 1, "he", "nato-open-door", "supports", 1, ""),
 ("Przydacz added that Poland expected Russia to withdraw its forces from the vicinity of Ukraine's border as a first sign of good will.", "marcin-przydacz", 1, "Przydacz", "russia-de-escalation", "supports", 0, ""),
 ("Russia's permanent representative to the OSCE, Alexander Lukashevich, said in Vienna that Moscow wanted the United States and NATO to give up conducting military activity in Ukraine and other post-Soviet countries that are not members of the alliance.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-military-activity-ex-soviet", "supports", 0, D),
 ("We are not going to wait forever,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (WZ, "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "rollback-to-1997", "rejects", 0, ""),
 (WZ, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("We did not join NATO in 1999 to be told twenty years later that we are only half-members,", "tomasz-wierzbicki", 1, "Wierzbicki", "rollback-to-1997", "rejects", 1, ""),
 ("Opposition MP Katarzyna Lemańska-Wójcik of Civic Coalition said all political parties in Poland were united on this point.", "katarzyna-lemanska-wojcik", 1, "Katarzyna Lemańska-Wójcik", "rollback-to-1997", "rejects", 0, ""),
 ("On this issue there is no government and no opposition, there is only the Polish raison d'état,", "katarzyna-lemanska-wojcik", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("On Wednesday, after the NATO-Russia Council in Brussels, NATO Secretary General Jens Stoltenberg said the allies would not accept any deal that divided members into first- and second-class, and would not withdraw troops from the eastern flank.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("The OSCE has no instruments to force anyone to do anything, but it is the only forum where Russia, Ukraine and the West sit at one table,", "grzegorz-sobczak", 1, "he", "", "", 1, ""),
]

C = "carnegie-2022-01-31-kremlin-all-or-nothing-diplomacy"
PM = "Are we putting missiles near the borders of the United States? No. It is the United States that has come with its missiles to our doorstep."
GRU = "Deputy Foreign Minister Alexander Grushko said in an interview published on January 30 that the Russian demand for a pullback of allied forces to the positions of 1997 \"is not a bargaining chip but part of the package.\""
KR = "Because the Kremlin framed non-enlargement, and specifically the closing of NATO's door to Ukraine, as the heart of the matter."
L[C] = [
 ("You must give us guarantees, and immediately, now,", "vladimir-putin", 1, "he", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 (PM, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 (PM, "vladimir-putin", 1, "he", "no-intermediate-range-missiles", "supports", 1, "2021-12-23"),
 ("uphold the principle of NATO's open door", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, ""),
 ("If it depends on Russia, there will be no war,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("But we will not allow our interests to be rudely trampled on or ignored.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("The Americans write that every country is free to choose alliances. Fine. But they forget the second part of the sentence,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("You cannot expand a military bloc right up to our borders and say it does not concern us.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("is not a bargaining chip but part of the package.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-30"),
 (GRU, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 (KR, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (KR, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("Volodymyr Zelensky said on January 28 that he did not want to create panic, but that Ukraine would keep its course towards the alliance.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, "2022-01-28"),
 ("The door to NATO is open, and it is our choice whether to walk through it,", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-28"),
]

S = "state-department-2022-01-27-department-press-briefing"
D = "2022-01-27"
NP = ("ned-price", 1, "MR PRICE")
WAIT = "If what Moscow is waiting for is a pledge that NATO will shut its door to new members, it will be waiting for a long time. We have said that from the very beginning, publicly and privately."
ARMS = "We don't see it that way. There are areas where we can make progress, and they are important areas. We are prepared to discuss reciprocal arms control regarding ground-launched missiles in Europe, the kind that used to be covered by the INF Treaty. We are prepared to talk about transparency measures and about the size and scope of exercises on both sides."
def price(ev, demand="", stance=""):
    return (ev,) + NP + (demand, stance, 1, D)
L[S] = [
 price("Good afternoon, everyone. Just one element at the top today, and then I'm happy to take your questions."),
 price("As you know, yesterday Ambassador Sullivan delivered our written response to the Russian Government in Moscow. Our NATO Allies delivered their own response in parallel. We consulted extensively with our Allies and partners, including Ukraine, on every word of that document."),
 price("The response sets out a serious diplomatic path, should Russia choose it. It addresses Russia's concerns where we think there is space for reciprocal progress, and it makes clear our core principles, which we will continue to uphold."),
 price("Well, Matt, I'm not going to characterize the document beyond what the Secretary said yesterday. We're not going to publish it; we think diplomacy has the best chance of succeeding when it's conducted behind closed doors."),
 price("But I can tell you what is not in it. It does not contain a concession on the principle that every country has the sovereign right to choose its own security arrangements and alliances. That includes Ukraine. That principle is not up for negotiation, and it never will be.", "nato-open-door", "supports"),
 price(WAIT, "nato-non-expansion", "rejects"),
 ("If what Moscow is waiting for is a pledge that NATO will shut its door to new members, it will be waiting for a long time.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 price(ARMS, "no-intermediate-range-missiles", "mentions"),
 price(ARMS, "limit-military-exercises", "mentions"),
 price("We have also proposed that we re-establish channels between our militaries, to reduce the risk of miscalculation. These are things the Russians themselves have said they care about.", "resume-military-dialogue", "supports"),
 price("No, Said, we have not. If anything, we've seen the opposite. Russia has continued to build up forces on Ukraine's borders and now in Belarus.", "russia-de-escalation", "supports"),
 price("What we are asking of Moscow is simple: pull back those forces, de-escalate, and let diplomacy do its work. It's very difficult to make real progress in an environment of escalation, with a gun pointed at Ukraine's head.", "russia-de-escalation", "supports"),
 price("We were very clear with the Russians in Geneva, and NATO was clear in Brussels: we will not be discussing the force posture of our Allies without those Allies. And we will not be withdrawing from the eastern flank. If anything, as the Secretary has said, further Russian aggression would lead to more NATO forces closer to Russia, not fewer.", "rollback-to-1997", "rejects"),
 price("The Secretary told Foreign Minister Lavrov in Geneva last Friday that we would be willing to meet again after Russia has had a chance to review our response. We are open to that. I don't have anything to announce today."),
 price("We have heard President Zelensky's comments. We are in constant contact with our Ukrainian partners. Our assessment is that Russia has put in place the capacity to take military action at very short notice, and we'd be remiss if we didn't say so."),
]

write_gold(L, "articles-280", "gold-280")
