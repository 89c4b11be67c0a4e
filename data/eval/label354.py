#!/usr/bin/env python3
"""Writes the held-out gold of batch 354 (gold-354/*.nq) from the labels below.

Batch 354 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ap-2022-01-10-ryabkov-geneva-talks: AP wire story, no front matter, dateline
  "GENEVA (AP) —"; "never, never, never", a quotation interrupted by "he said",
  Sherman's open door, Baker/Gorbachev 1990 background, a RAND analyst.
- kommersant-2022-01-27-answer-without-answer: Kommersant in clumsy translation,
  « » quotes, Lavrov/Peskov/Ryabkov/Zakharova on the written answers, a recap
  of the 17 December drafts ("In them Moscow demanded"), a Duma deputy and an
  invented expert.
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO transcript with speaker
  labels; opening remarks and answers are one quotation per paragraph,
  journalists' questions and the spokesperson unlabelled; Russia's demands
  reported inside Stoltenberg's answers.
- delfi-2022-01-14-osce-vienna-baltic-reactions: Delfi (EN.DELFI.LT) with a BOM
  and CRLF line ends, curly quotes, caption, "Read also", crossheads; OSCE
  Vienna (Lukashevich, Carpenter), Lithuanian minister, MP, mayor, analyst.
- politico-eu-2022-01-21-brussels-playbook-geneva-round-two: Politico Europe
  newsletter with capitalised item heads, sponsor junk, agenda; Blinken in
  Berlin, Lavrov, Zakharova on a moratorium, Borrell, an MEP, an anonymous
  EU ambassador (unlabelled: no name to give a speaker id), Kallas, Peskov.
- brookings-2022-01-28-qa-reading-the-us-nato-answers: Brookings expert Q&A,
  questions as heads, each answer paragraph a quotation of an invented expert
  who voices some demands with her own stance and only reports others; other
  officials reported inside her answers; 1997 Founding Act quoted (document).
- saeima-2022-01-20-debate-russian-security-demands: Latvian Saeima transcript
  in unofficial translation, "Chairperson." and "K. Bērziņš-Ozols (National
  Alliance)." labels, applause/noise notes (left out of the evidence), a
  Harmony deputy who welcomes parts of the Russian proposals.

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

D = "2022-01-10"
L["ap-2022-01-10-ryabkov-geneva-talks"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 1, D),
 ("no reason to fear some kind of escalation scenario.", "sergei-ryabkov", 1, "The diplomat", "", "", 1, D),
 ("We need the infrastructure of NATO to go back,", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("to where it was in 1997.", "sergei-ryabkov", 1, "he", "rollback-to-1997", "supports", 1, D),
 ("security proposals that are simply non-starters.", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "She", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("She said the U.S. was open to discussing the future deployment of missiles in Europe and to putting limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the U.S. was open to discussing the future deployment of missiles in Europe and to putting limits on the size and scope of military exercises, provided Russia did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("The U.S. official also called on Moscow to pull back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "The U.S. official", "russia-de-escalation", "supports", 0, D),
 ("It is very hard to have constructive, productive diplomacy when you're in the middle of escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Moscow published two draft documents last month — one a treaty with the United States, the other an agreement with NATO members — that would bar the alliance from admitting new members and from holding drills in countries like Ukraine and Georgia that used to be part of the Soviet Union.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow published two draft documents last month — one a treaty with the United States, the other an agreement with NATO members — that would bar the alliance from admitting new members and from holding drills in countries like Ukraine and Georgia that used to be part of the Soviet Union.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Ryabkov, a veteran arms control negotiator, repeated on Monday that the Russian side had come to Geneva without any preconditions and expected the same from the Americans.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("We are not going to give in, we are not going to let anyone play with us,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The fact that they are agreeing to keep talking is itself the news,", "samuel-charap", 1, "Samuel Charap", "", "", 1, ""),
 ("Nobody expected a breakthrough in one day.", "samuel-charap", 1, "he", "", "", 1, ""),
]

D = "2022-01-27"
L["kommersant-2022-01-27-answer-without-answer"] = [
 ("There is no positive reaction on the main question in this document,", "sergei-lavrov", 1, "he", "", "", 1, D),
 ("The main question is our clear position about inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten the territory of Russian Federation.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position about inadmissibility of further expansion of NATO to the east and deployment of strike weapons which can threaten the territory of Russian Federation.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("It is needed time for analysis, we will not hurry with conclusions,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, ""),
 ("there are not many reasons for optimism", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("In his words, the American side preferred to «drown» the key topics in proposals about arms control, although Moscow never refused to discuss the medium-range missiles and the transparency of exercises.", "sergei-ryabkov", 1, "his", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("In his words, the American side preferred to «drown» the key topics in proposals about arms control, although Moscow never refused to discuss the medium-range missiles and the transparency of exercises.", "sergei-ryabkov", 1, "his", "limit-military-exercises", "mentions", 0, ""),
 ("Without the guarantee of non-expansion, without the refusal from the admission of Ukraine and Georgia, there is no package.", "sergei-ryabkov", 1, "Mr. Ryabkov", "nato-non-expansion", "supports", 1, ""),
 ("Without the guarantee of non-expansion, without the refusal from the admission of Ukraine and Georgia, there is no package.", "sergei-ryabkov", 1, "Mr. Ryabkov", "no-ukraine-membership", "supports", 1, ""),
 ("The official representative of Foreign Ministry Maria Zakharova on her briefing on Thursday stressed that Russia will not accept the thesis of the so-called «open doors».", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, D),
 ("The right of every state to choose the alliances is not absolute, it is limited by the obligation not to strengthen its security at the expense of security of others,", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, D),
 ("In them Moscow demanded, in particular, to fix legally that the alliance will not expand eastward, to refuse any military activity on the territory of Ukraine and other states of Eastern Europe, Transcaucasia and Central Asia, and to not deploy the weapons and forces beyond the positions of 27 May 1997, when the Founding Act Russia–NATO was signed.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In them Moscow demanded, in particular, to fix legally that the alliance will not expand eastward, to refuse any military activity on the territory of Ukraine and other states of Eastern Europe, Transcaucasia and Central Asia, and to not deploy the weapons and forces beyond the positions of 27 May 1997, when the Founding Act Russia–NATO was signed.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("In them Moscow demanded, in particular, to fix legally that the alliance will not expand eastward, to refuse any military activity on the territory of Ukraine and other states of Eastern Europe, Transcaucasia and Central Asia, and to not deploy the weapons and forces beyond the positions of 27 May 1997, when the Founding Act Russia–NATO was signed.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("the West again tries to sell us empty words instead of the signature", "viktor-lebedinsky", 1, "Viktor Lebedinsky", "written-legal-guarantees", "supports", 1, ""),
 ("We asked for a treaty with legal force, and they send us a letter with good wishes,", "viktor-lebedinsky", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("A promise on paper without ratification is nothing, we saw this in 1990.", "viktor-lebedinsky", 1, "he", "written-legal-guarantees", "supports", 1, ""),
 ("The director of the Center for Euro-Atlantic Studies Irina Vasnetsova in conversation with \"Kommersant\" paid attention that the West for the first time put on paper the readiness to talk about missiles and exercises.", "irina-vasnetsova", 1, "Irina Vasnetsova", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The director of the Center for Euro-Atlantic Studies Irina Vasnetsova in conversation with \"Kommersant\" paid attention that the West for the first time put on paper the readiness to talk about missiles and exercises.", "irina-vasnetsova", 1, "Irina Vasnetsova", "limit-military-exercises", "mentions", 0, ""),
 ("This is more than anybody expected in December,", "irina-vasnetsova", 1, "she", "", "", 1, ""),
 ("But the Kremlin built the whole construction around non-expansion, and on this point Washington and Brussels answered the same as before: the door of NATO stays open.", "irina-vasnetsova", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("But the Kremlin built the whole construction around non-expansion, and on this point Washington and Brussels answered the same as before: the door of NATO stays open.", "irina-vasnetsova", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("But the Kremlin built the whole construction around non-expansion, and on this point Washington and Brussels answered the same as before: the door of NATO stays open.", "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("In Washington secretary of state Antony Blinken on Wednesday confirmed that the document «sets out a serious diplomatic path», but repeated that the USA will not step back from the principle of open doors.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("sets out a serious diplomatic path", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
]

D = "2022-01-12"
S = "jens-stoltenberg"
N = "Jens Stoltenberg"
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 ("We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange. The 30 NATO Allies and Russia sat around the same table and engaged on substantive topics.", S, 1, N, "", "", 1, D),
 ("Russia's delegation was led by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. Allies were represented by their ambassadors, and the United States by Deputy Secretary of State Wendy Sherman.", S, 1, N, "", "", 1, D),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics.", S, 1, N, "", "", 1, D),
 ("Allies made clear that we will not compromise on key principles. Each nation has the right to choose its own path. NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, and no one else. We cannot have a situation where Russia has a veto on whether Ukraine can become a member.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("Allies made clear that we will not compromise on key principles. Each nation has the right to choose its own path. NATO's relationship with Ukraine will be decided by the 30 Allies and Ukraine, and no one else. We cannot have a situation where Russia has a veto on whether Ukraine can become a member.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("Allies also made clear that we are ready to meet again and to discuss a range of issues. We are ready to sit down and discuss arms control, including on missiles, on transparency and risk reduction about military exercises, and on reopening our respective offices in Moscow and in Brussels.", S, 1, N, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Allies also made clear that we are ready to meet again and to discuss a range of issues. We are ready to sit down and discuss arms control, including on missiles, on transparency and risk reduction about military exercises, and on reopening our respective offices in Moscow and in Brussels.", S, 1, N, "limit-military-exercises", "mentions", 1, D),
 ("We also called on Russia to immediately de-escalate the situation along Ukraine's borders. Russia has amassed tens of thousands of combat-ready troops, heavy equipment and capabilities, and continues to do so. Any further aggression against Ukraine would have severe costs for Russia.", S, 1, N, "russia-de-escalation", "supports", 1, D),
 ("The Russian delegation did not agree to a schedule for further meetings, and said it needed time to return to the Allies with an answer. Allies are ready to engage, but we are also prepared for the possibility that Russia chooses not to pursue diplomacy.", S, 1, N, "", "", 1, D),
 ("And with that, I am ready to take your questions.", S, 1, N, "", "", 1, D),
 ("Russia raised their proposals, including the proposal that NATO should withdraw its forces and infrastructure from the Allies that joined the Alliance after 1997. That would be to create first- and second-class members of NATO, and that is something we cannot accept.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("Russia raised their proposals, including the proposal that NATO should withdraw its forces and infrastructure from the Allies that joined the Alliance after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("Our battlegroups in the Baltic countries and in Poland are there as a response to Russia's illegal annexation of Crimea in 2014. They are defensive, they are proportionate, and Allies will continue to decide how to protect and defend each other.", S, 1, N, "rollback-to-1997", "rejects", 1, D),
 ("Russia repeated their demand that NATO should close the door and commit to no further enlargement. Allies were united in rejecting that. We will not slam the door on Ukraine, or on Georgia.", S, 1, N, "nato-non-expansion", "rejects", 1, D),
 ("Russia repeated their demand that NATO should close the door and commit to no further enlargement. Allies were united in rejecting that. We will not slam the door on Ukraine, or on Georgia.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("Russia repeated their demand that NATO should close the door and commit to no further enlargement. Allies were united in rejecting that. We will not slam the door on Ukraine, or on Georgia.", S, 1, N, "nato-open-door", "supports", 1, D),
 ("Russia repeated their demand that NATO should close the door and commit to no further enlargement.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("There was no discussion of a moratorium. The decision at the Bucharest Summit stands. The Allies agreed in 2008 that Ukraine and Georgia will become members, and that remains the position.", S, 1, N, "rescind-bucharest-2008", "rejects", 1, D),
 ("There was no discussion of a moratorium. The decision at the Bucharest Summit stands. The Allies agreed in 2008 that Ukraine and Georgia will become members, and that remains the position.", S, 1, N, "no-ukraine-membership", "rejects", 1, D),
 ("We have always said that dialogue with Russia is important, especially when times are difficult. Military lines of communication are important to avoid incidents and accidents, and to prevent them from spiralling out of control, and we have proposed to explore that.", S, 1, N, "resume-military-dialogue", "supports", 1, D),
 ("But dialogue is not the same as accepting demands that would undermine the security of Allies. We are ready to listen to Russia's concerns, and we hope Russia will listen to ours.", S, 1, N, "", "", 1, D),
]

D = "2022-01-13"
F = "2022-01-14"
L["delfi-2022-01-14-osce-vienna-baltic-reactions"] = [
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, D),
 ("Lukashevich also said the talks showed that Western capitals were still not ready to give up the idea of NATO moving closer to Russia's borders.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("Russia, he said, needs firm guarantees that the alliance will not expand, not just political declarations.", "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 0, D),
 ("Russia, he said, needs firm guarantees that the alliance will not expand, not just political declarations.", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("Carpenter urged Russia to choose the path of dialogue and pull back its forces.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("We have to prepare for the eventuality that there could be an escalation.", "michael-carpenter", 1, "the American diplomat", "", "", 1, D),
 ("What Russia calls security guarantees is a demand that NATO pull its troops out of Lithuania, Latvia and Estonia and pretend that 2004 never happened,", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, F),
 ("What Russia calls security guarantees is a demand that NATO pull its troops out of Lithuania, Latvia and Estonia and pretend that 2004 never happened,", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("This is not negotiable. Not today, not in a month.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, F),
 ("He also said Lithuania expected the alliance to strengthen, not thin out, its presence on the eastern flank.", "gabrielius-landsbergis", 1, "He", "rollback-to-1997", "rejects", 0, F),
 ("If anything, we need more Allied troops here, not fewer,", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, F),
 ("Seimas member Rūta Vaičiūnienė, who sits on the National Security and Defence Committee, said the Russian draft treaty would effectively forbid Ukraine and Georgia from ever joining NATO, and that the Baltic states could not accept any deal built on that.", "ruta-vaiciuniene", 1, "Rūta Vaičiūnienė", "no-ukraine-membership", "rejects", 0, ""),
 ("Seimas member Rūta Vaičiūnienė, who sits on the National Security and Defence Committee, said the Russian draft treaty would effectively forbid Ukraine and Georgia from ever joining NATO, and that the Baltic states could not accept any deal built on that.", "russia", 0, "the Russian draft treaty", "no-ukraine-membership", "supports", 0, ""),
 ("We joined NATO because we chose to. Ukraine has exactly the same right,", "ruta-vaiciuniene", 1, "Vaičiūnienė", "nato-open-door", "supports", 1, ""),
 ("Nobody in Moscow gets to sign that right away.", "ruta-vaiciuniene", 1, "Vaičiūnienė", "nato-open-door", "supports", 1, ""),
 ("People ask me whether the soldiers will leave,", "algirdas-petkevicius", 1, "Petkevičius", "", "", 1, ""),
 ("I tell them what I hear from Vilnius: the soldiers are staying.", "algirdas-petkevicius", 1, "Petkevičius", "rollback-to-1997", "mentions", 1, ""),
 ("The demands are designed to be rejected,", "marius-laurinavicius", 1, "Laurinavičius", "", "", 1, ""),
 ("A promise that NATO freezes its borders, troops back to 1997, no exercises near Russia — Moscow knows perfectly well nobody in Brussels will sign this. The question is what it does after the refusal.", "marius-laurinavicius", 1, "Laurinavičius", "nato-non-expansion", "mentions", 1, ""),
 ("A promise that NATO freezes its borders, troops back to 1997, no exercises near Russia — Moscow knows perfectly well nobody in Brussels will sign this. The question is what it does after the refusal.", "marius-laurinavicius", 1, "Laurinavičius", "rollback-to-1997", "mentions", 1, ""),
 ("A promise that NATO freezes its borders, troops back to 1997, no exercises near Russia — Moscow knows perfectly well nobody in Brussels will sign this. The question is what it does after the refusal.", "marius-laurinavicius", 1, "Laurinavičius", "limit-military-exercises", "mentions", 1, ""),
 ("A promise that NATO freezes its borders, troops back to 1997, no exercises near Russia — Moscow knows perfectly well nobody in Brussels will sign this. The question is what it does after the refusal.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("A promise that NATO freezes its borders, troops back to 1997, no exercises near Russia — Moscow knows perfectly well nobody in Brussels will sign this. The question is what it does after the refusal.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A promise that NATO freezes its borders, troops back to 1997, no exercises near Russia — Moscow knows perfectly well nobody in Brussels will sign this. The question is what it does after the refusal.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
]

TH = "2022-01-20"
L["politico-eu-2022-01-21-brussels-playbook-geneva-round-two"] = [
 ("One country cannot dictate the policies of another, or tell that country with whom it may associate,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, TH),
 ("One nation cannot simply exert a sphere of influence. That notion should be relegated to the dustbin of history.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, TH),
 ("He also put de-escalation front and center: Russia \"can choose the path of diplomacy and dialogue,\" Blinken said, but the first step is pulling back the troops it has lined up along Ukraine's borders.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, TH),
 ("can choose the path of diplomacy and dialogue,", "antony-blinken", 1, "Blinken", "", "", 1, TH),
 ("In Moscow on Tuesday he told reporters that the Kremlin would \"wait for an answer, point by point,\" and that the main issue for Russia remained halting NATO's eastward march.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-18"),
 ("We are not going to accept that this is again turned into endless talk about talks,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-18"),
 ("The Russian foreign ministry spokeswoman, Maria Zakharova, went further on Thursday, calling reports that the U.S. might offer a moratorium on Ukraine's accession \"an attempt to sell us something that was never on the menu.\"", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, TH),
 ("The Russian foreign ministry spokeswoman, Maria Zakharova, went further on Thursday, calling reports that the U.S. might offer a moratorium on Ukraine's accession \"an attempt to sell us something that was never on the menu.\"", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 0, TH),
 ("Moscow wants a legally binding commitment, not a freeze that can be quietly lifted, she said.", "maria-zakharova", 1, "she", "written-legal-guarantees", "supports", 0, TH),
 ("Any arrangement on the security architecture of Europe has to have the European Union at the table.", "josep-borrell", 1, "Borrell", "", "", 1, ""),
 ("The Kremlin wants a veto over who joins NATO and a buffer zone from Narva to Chișinău. No deal that gives it either of those is worth signing,", "andris-kalnins", 1, "Andris Kalniņš", "nato-non-expansion", "rejects", 1, ""),
 ("The Kremlin wants a veto over who joins NATO and a buffer zone from Narva to Chișinău. No deal that gives it either of those is worth signing,", "andris-kalnins", 1, "Andris Kalniņš", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("The Kremlin wants a veto over who joins NATO and a buffer zone from Narva to Chișinău. No deal that gives it either of those is worth signing,", "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, ""),
 ("The Kremlin wants a veto over who joins NATO and a buffer zone from Narva to Chișinău. No deal that gives it either of those is worth signing,", "russia", 0, "The Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Estonian Prime Minister Kaja Kallas told reporters in Tallinn this week that her government was asking allies for more troops, not fewer.", "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, ""),
 ("The answer to Russian pressure on our region cannot be a smaller NATO presence,", "kaja-kallas", 1, "Kallas", "rollback-to-1997", "rejects", 1, ""),
 ("the movement of our troops on our own territory is our own business.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, TH),
]

D = "2022-01-28"
E = "margaret-ellison-shaw"
EN = "Margaret Ellison-Shaw"
A_US = "From what officials have said publicly, the U.S. answer does three things. It restates the principle that every country gets to decide its own alliances. It offers to negotiate on things that both sides worry about: where intermediate-range missiles can be based, limits and notification rules for exercises, and some kind of transparency arrangement for the Aegis Ashore sites in Romania and Poland. And it asks Russia to pull back its forces from Ukraine's borders as a first step."
A_NOT = "What it does not do is promise that Ukraine stays out of NATO. Blinken was very explicit about that on Wednesday. He said the document \"makes clear that there are core principles that we are committed to uphold,\" and the open door is the first of them."
A_INF = "Honestly, more than the Russian side lets on. Ryabkov himself said in Geneva that Moscow was interested in the missile issue. If you go back to the late 1980s, the INF Treaty was exactly this kind of deal, and it held for thirty years. A reciprocal ban on ground-launched intermediate-range missiles in Europe would be good for both sides."
A_WHY = "Because the Kremlin framed the whole exercise around one thing: a legally binding promise that NATO will never take in Ukraine, or anyone else to its east. That was always going to be refused, and I think Moscow knew that when it published the drafts. Putin said in December that Russia needed guarantees \"immediately, right now,\" not in ten years."
A_MOR = "No. I understand the appeal — Ukraine is not going to join NATO any time soon anyway — but formalizing that would hand Moscow a veto over the alliance's decisions. The open-door policy is not a favor to Kyiv; it is a principle that protects the sovereignty of every state in Europe."
A_MOR2 = "And a moratorium would not satisfy Russia in any case. Lavrov has said repeatedly that what Moscow wants is not a pause but a permanent, legally enshrined commitment."
A_NEXT = "Three things. First, whether Russia puts its own response in writing, and whether it engages on the arms control pieces at all. Second, whether the Kremlin continues to move forces into Belarus. And third, whether Moscow keeps insisting that there are no preconditions to talks while at the same time treating its own demands as non-negotiable."
A_WHY_K = "Because the Kremlin framed the whole exercise around one thing: a legally binding promise that NATO will never take in Ukraine, or anyone else to its east."
L["brookings-2022-01-28-qa-reading-the-us-nato-answers"] = [
 ("Secretary of State Antony Blinken said the U.S. document contained \"no concessions\" on NATO's open door.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 (A_US, E, 1, EN, "nato-open-door", "mentions", 1, D),
 (A_US, E, 1, EN, "no-intermediate-range-missiles", "mentions", 1, D),
 (A_US, E, 1, EN, "limit-military-exercises", "mentions", 1, D),
 (A_US, E, 1, EN, "russia-de-escalation", "mentions", 1, D),
 (A_NOT, E, 1, EN, "no-ukraine-membership", "mentions", 1, D),
 ("Blinken was very explicit about that on Wednesday.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("makes clear that there are core principles that we are committed to uphold,", "antony-blinken", 1, "He", "nato-open-door", "supports", 1, "2022-01-26"),
 (A_INF, E, 1, EN, "no-intermediate-range-missiles", "supports", 1, D),
 ("Ryabkov himself said in Geneva that Moscow was interested in the missile issue.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, ""),
 ("I also think restoring the military channels is overdue. We had regular contacts between the chiefs of general staff even in bad years. Getting back to that would reduce the risk of an accident turning into something bigger.", E, 1, EN, "resume-military-dialogue", "supports", 1, D),
 (A_WHY, E, 1, EN, "nato-non-expansion", "mentions", 1, D),
 (A_WHY, E, 1, EN, "no-ukraine-membership", "mentions", 1, D),
 (A_WHY, E, 1, EN, "written-legal-guarantees", "mentions", 1, D),
 (A_WHY_K, "russia", 0, "the Kremlin", "nato-non-expansion", "supports", 0, ""),
 (A_WHY_K, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (A_WHY_K, "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 (A_MOR, E, 1, EN, "no-ukraine-membership", "rejects", 1, D),
 (A_MOR, E, 1, EN, "nato-open-door", "supports", 1, D),
 (A_MOR2, E, 1, EN, "written-legal-guarantees", "mentions", 1, D),
 ("Lavrov has said repeatedly that what Moscow wants is not a pause but a permanent, legally enshrined commitment.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, ""),
 ("That one is simply not going to happen, and it should not. Pulling the battlegroups out of the Baltic states and Poland would reward exactly the behavior that put them there in the first place.", E, 1, EN, "rollback-to-1997", "rejects", 1, D),
 ("It is worth remembering what the 1997 Founding Act actually said. NATO committed then that in the \"current and foreseeable security environment\" it would not permanently station substantial combat forces on new members' territory. That language was written for a very different Russia.", E, 1, EN, "", "", 1, D),
 (A_NEXT, E, 1, EN, "no-preconditions", "mentions", 1, D),
 ("whether Moscow keeps insisting that there are no preconditions to talks while at the same time treating its own demands as non-negotiable", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("I would not bet on a quick resolution. But the fact that the United States and NATO have put serious proposals on the table matters. It gives Moscow a way to step back, if it wants one.", E, 1, EN, "", "", 1, D),
]

D = "2022-01-20"
B1 = "Honourable Madam Speaker! Colleagues! On 17 December the Russian Federation published two documents which it calls draft agreements. In reality these are ultimatums. Russia wants that NATO gives up forever the admission of new members, that the forces of allies leave the territory of the states which joined after 1997, that is, also Latvia, and that the allies do not carry out any military activity in Ukraine, in Georgia, in Moldova."
B1R = "Russia wants that NATO gives up forever the admission of new members, that the forces of allies leave the territory of the states which joined after 1997, that is, also Latvia, and that the allies do not carry out any military activity in Ukraine, in Georgia, in Moldova."
B3 = "The committee proposes that the Saeima supports the position expressed by the Secretary General of NATO on 12 January: every state has the right to choose its own security arrangements, and Russia has no veto. Thank you."
U1 = "Dear colleagues! Our faction also does not want to see the soldiers leave, let us not pretend. But I ask you to look at the whole picture. In the Russian proposals there are also things which are normal for any European: fewer exercises near the borders, agreements about where missiles stand, contacts between militaries. These things we should welcome, not reject together with everything else."
U1R = "In the Russian proposals there are also things which are normal for any European: fewer exercises near the borders, agreements about where missiles stand, contacts between militaries."
U2 = "Diplomacy is not weakness. In Geneva the Americans themselves said they are ready to talk about missiles and about exercises. Why should the Saeima speak louder than Washington?"
K1 = "Honourable Speaker! Colleagues! I listened to colleague Urbanovičs, and I want to answer. Nobody in this hall rejects talks about reducing risks. But Moscow wants us to talk about missiles while it keeps one hundred thousand soldiers at the border of Ukraine. First Russia must withdraw those troops. Then we can talk."
K2 = "And I want to remind what Deputy Minister Ryabkov said in Geneva: that for Russia it is obligatory that Ukraine never, never, never becomes a member of NATO. This is not a proposal for dialogue. This is a demand to divide Europe again into spheres."
K3 = "Latvia in 2004 made its choice. Ukraine has the same right, and Georgia has the same right. The promise of Bucharest was given, and it is not for Russia to take it back."
R1 = "Colleagues, briefly. In 1990 the Soviet Union also was given verbal assurances, Russia says, and now it demands everything on paper, legally binding, with signatures. Well, we also remember papers. We remember the paper of 1939. Latvia will not be an object in anybody's treaty."
R2 = "Also, Mr. Peskov said this week that Russia moves its troops on its own territory as it wants. Then let it move them away from Ukraine."
M1 = "Honourable Madam Speaker, honourable deputies! I will be short. I was in Brussels last week, and I can say that the allies are completely united. NATO told Russia on 12 January that we will not go back to 1997 and will not close the door. This is not the position of Latvia alone; this is the position of the Alliance."
M1N = "NATO told Russia on 12 January that we will not go back to 1997 and will not close the door."
M2 = "At the same time, the allies are ready to discuss the arms control, the transparency of exercises and the mechanisms of risk reduction on the basis of reciprocity. We are not against dialogue. We are against a dialogue in which one side comes with tanks at the border and with a list of ultimatums."
KB, KBN = "karlis-berzins-ozols", "K. Bērziņš-Ozols"
UR, URN = "janis-urbanovics", "J. Urbanovičs"
IK, IKN = "ilze-kalnberzina", "I. Kalnbērziņa"
RD, RDN = "raivis-dzintars-lapins", "R. Dzintars-Lapiņš"
ER, ERN = "edgars-rinkevics", "E. Rinkēvičs"
L["saeima-2022-01-20-debate-russian-security-demands"] = [
 (B1, KB, 1, KBN, "nato-non-expansion", "rejects", 1, D),
 (B1, KB, 1, KBN, "rollback-to-1997", "rejects", 1, D),
 (B1, KB, 1, KBN, "no-military-activity-ex-soviet", "rejects", 1, D),
 (B1R, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (B1R, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (B1R, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Let me be very clear. The enhanced forward presence battalion in Ādaži is here because we asked for it and because all thirty allies decided it. No one in Moscow will decide whether Canadian, Spanish or Polish soldiers stay in Latvia. They stay.", KB, 1, KBN, "rollback-to-1997", "rejects", 1, D),
 (B3, KB, 1, KBN, "nato-open-door", "supports", 1, D),
 ("the position expressed by the Secretary General of NATO on 12 January: every state has the right to choose its own security arrangements, and Russia has no veto", "jens-stoltenberg", 1, "the Secretary General of NATO", "nato-open-door", "supports", 0, "2022-01-12"),
 (U1, UR, 1, URN, "rollback-to-1997", "rejects", 1, D),
 (U1, UR, 1, URN, "limit-military-exercises", "supports", 1, D),
 (U1, UR, 1, URN, "no-intermediate-range-missiles", "supports", 1, D),
 (U1, UR, 1, URN, "resume-military-dialogue", "supports", 1, D),
 (U1R, "russia", 0, "the Russian proposals", "limit-military-exercises", "supports", 0, ""),
 (U1R, "russia", 0, "the Russian proposals", "no-intermediate-range-missiles", "supports", 0, ""),
 (U1R, "russia", 0, "the Russian proposals", "resume-military-dialogue", "supports", 0, ""),
 (U2, UR, 1, URN, "no-intermediate-range-missiles", "mentions", 1, D),
 (U2, UR, 1, URN, "limit-military-exercises", "mentions", 1, D),
 (K1, IK, 1, IKN, "russia-de-escalation", "supports", 1, D),
 (K1, IK, 1, IKN, "no-intermediate-range-missiles", "mentions", 1, D),
 ("But Moscow wants us to talk about missiles while it keeps one hundred thousand soldiers at the border of Ukraine.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 (K2, IK, 1, IKN, "no-ukraine-membership", "rejects", 1, D),
 ("what Deputy Minister Ryabkov said in Geneva: that for Russia it is obligatory that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "Deputy Minister Ryabkov", "no-ukraine-membership", "supports", 0, ""),
 (K3, IK, 1, IKN, "nato-open-door", "supports", 1, D),
 (K3, IK, 1, IKN, "rescind-bucharest-2008", "rejects", 1, D),
 ("The promise of Bucharest was given, and it is not for Russia to take it back.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (R1, RD, 1, RDN, "written-legal-guarantees", "rejects", 1, D),
 ("Russia says, and now it demands everything on paper, legally binding, with signatures", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (R2, RD, 1, RDN, "russia-de-escalation", "supports", 1, D),
 ("Mr. Peskov said this week that Russia moves its troops on its own territory as it wants.", "dmitry-peskov", 1, "Mr. Peskov", "russia-de-escalation", "rejects", 0, ""),
 (M1, ER, 1, ERN, "rollback-to-1997", "rejects", 1, D),
 (M1, ER, 1, ERN, "nato-non-expansion", "rejects", 1, D),
 (M1, ER, 1, ERN, "nato-open-door", "supports", 1, D),
 (M1N, "nato", 0, "NATO", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (M1N, "nato", 0, "NATO", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 (M1N, "nato", 0, "NATO", "nato-open-door", "supports", 0, "2022-01-12"),
 (M2, ER, 1, ERN, "limit-military-exercises", "mentions", 1, D),
 (M2, ER, 1, ERN, "russia-de-escalation", "supports", 1, D),
 ("I call on the Saeima to support the statement. Thank you.", ER, 1, ERN, "", "", 1, D),
]

write_gold(L, "articles-354", "gold-354")
