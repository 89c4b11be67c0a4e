#!/usr/bin/env python3
"""Writes the eighty-seventh held-out gold (gold-87/*.nq) from the labels below.

Batch 87 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy from the
  Geneva talks, with front matter, a dateline and straight quotes; the lead
  names Ryabkov only by role ("Russia's chief negotiator"), a Sherman quote is
  split by "Sherman told reporters", an anonymous senior State Department
  official rejects a demand attributed in passing to Russia, the draft treaty
  is quoted as a document, and "central demands" is left unspecified.
- state-2022-01-26-blinken-press-availability: a State Department transcript
  without front matter (date in the header), speaker labels (SECRETARY
  BLINKEN:, MR PRICE:, QUESTION:); every paragraph of Blinken's is one direct
  quotation, the moderator and the journalists' questions (which themselves
  report Russian demands) get no label; "written response" and "the door to
  diplomacy remains open" are traps.
- kommersant-2022-01-14-grushko-interview: a Kommersant Q&A interview in
  English, with front matter and « » quotes; questions and answers both begin
  with a dash, a two-paragraph answer continues without a dash, the interview
  was given on Thursday and published on Friday, and the headline repeats an
  answer.
- izvestia-2022-02-02-putin-concerns-ignored: a machine-translated aggregator
  copy of Izvestia, with a UTF-8 BOM, CRLF line ends, no front matter, „ “
  quotes followed by ", – X has said", "shock weapon systems" for strike
  weapons, "fundamental concerns" and "secondary questions" left unspecified,
  "the calls of the Western capitals" by no identifiable actor, and link lines.
- kyivindependent-2022-01-12-nato-russia-council-live: a Kyiv Independent
  live blog of the NATO-Russia Council, newest entry first, with front matter,
  timestamped crossheads and curly quotes; two ministers in one sentence, a
  Stoltenberg quote split by "Stoltenberg said", a demand attributed in passing
  to Moscow, a Zelensky address of the day before, and a background entry on
  Bucharest 2008 and the alleged 1990 promise that must not be labelled.
- telegraph-2022-01-27-what-putin-wants: a Telegraph analysis without front
  matter, British single quotes, a standfirst, historical background (Baker
  1990, the Founding Act, Bucharest 2008, Putin in Munich 2007) and invented
  experts quoted without a day.
- rferl-2022-01-13-osce-vienna-rau-lukashevich: RFE/RL copy from the OSCE
  Permanent Council in Vienna, with front matter and curly quotes; Rau,
  Lukashevich (also as "The Russian envoy"), Ukraine's envoy, a partial quote
  by Carpenter, a senior EU official, Reznikov rejecting a demand attributed in
  passing to Moscow, Ryabkov on "core demands", anonymous diplomats, an
  invented analyst.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
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
L["reuters-2022-01-10-ryabkov-sherman-geneva"] = [
 ("Russia's chief negotiator said on Monday that Moscow needed a firm commitment that Ukraine would never join NATO, after nearly eight hours of talks with a U.S. delegation in Geneva ended with the two sides still far apart.", "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("According to Ryabkov, NATO must also withdraw the forces and weapons it has stationed since 1997 in countries that joined the alliance after that year, including Poland, Romania and the Baltic states.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("He dismissed Western calls for Russia to pull back the roughly 100,000 troops it has massed near Ukraine's borders, saying Russian forces were on Russian soil and that Moscow would not be told where and how often it could hold exercises there.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("He dismissed Western calls for Russia to pull back the roughly 100,000 troops it has massed near Ukraine's borders, saying Russian forces were on Russian soil and that Moscow would not be told where and how often it could hold exercises there.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "rejects", 0, "2022-01-10"),
 ("We came to Geneva without any preconditions, and we expect the same approach from our American partners,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of missiles in Europe and possible reciprocal limits on the size and scope of military exercises, as long as Russia was ready to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of missiles in Europe and possible reciprocal limits on the size and scope of military exercises, as long as Russia was ready to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the U.S. delegation had flatly rejected Russia's demand that NATO end its military cooperation with Ukraine, Georgia and other former Soviet republics outside the alliance.", "us-state-department", 0, "A senior State Department official", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 ("A senior State Department official, briefing reporters on condition of anonymity, said the U.S. delegation had flatly rejected Russia's demand that NATO end its military cooperation with Ukraine, Georgia and other former Soviet republics outside the alliance.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("It was always going to be a day on which each side read out its position and then went home to report,", "ruth-aldane", 1, "Ruth Aldane", "", "", 1, ""),
 ("The real test is whether anybody is still talking in February.", "ruth-aldane", 1, "Ruth Aldane", "", "", 1, ""),
]
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own paper to Moscow in parallel, and the two are fully coordinated.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We've consulted intensively with allies and partners, including Ukraine, on every element of this response. I spoke to Foreign Minister Kuleba again this morning, and nothing in the document was written without Ukraine's input.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it. It includes the concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We are also prepared to discuss reciprocal commitments by the United States and Russia to refrain from deploying offensive strike systems in Ukraine. That is an offer to talk, and it goes no further than that.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("And we are ready to restore the channels between our militaries that have withered in recent years, because the risk of an accident or a miscalculation is real and it is growing.", "antony-blinken", 1, "BLINKEN", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("Meanwhile, Russia continues to mass forces along Ukraine's borders. The choice is Moscow's: it can pull those forces back and pursue diplomacy, or it can pursue aggression and face massive consequences. We are prepared either way.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("It doesn't, and I think it's fair to say it was never going to. What Russia is asking for is that NATO shut its door to new members, and that is simply not on the table.", "antony-blinken", 1, "BLINKEN", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("It doesn't, and I think it's fair to say it was never going to. What Russia is asking for is that NATO shut its door to new members, and that is simply not on the table.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We did not publish the document, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We expect, and hope, that Russia will see it the same way.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We did not and will not negotiate over the heads of our allies. The troops and equipment that are in Poland, in Romania, in the Baltic states are there at the request of sovereign governments, and they are staying.", "antony-blinken", 1, "BLINKEN", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Foreign Minister Lavrov and I agreed last Friday that we would talk again once Russia has had a chance to read our response. I'm not going to predict how Moscow will react. But I can tell you that the door to diplomacy remains open.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("No. We are not setting preconditions for talking, and we will keep talking as long as there is a chance to avoid a war. That's true today and it will be true tomorrow.", "antony-blinken", 1, "BLINKEN", "no-preconditions", "supports", 1, "2022-01-26"),
]
L["kommersant-2022-01-14-grushko-interview"] = [
 ("Frank, long and, I would say, quite deep. Nobody slammed the door, nobody walked out. But a good atmosphere is not a result in itself.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
 ("A lot of words about dialogue, but not a single answer on the substance. The alliance has shown no readiness to take into account our key demand: that NATO stops expanding to the east. Without that, everything else is secondary.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("The so-called open-door policy is not a dogma and not a law of nature. It is a political declaration of the alliance itself, and it obliges nobody, least of all Russia, to agree with it.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-13"),
 ("Because the Bucharest formula, according to which Ukraine and Georgia «will become members», is a time bomb under European security. It must be formally disavowed by the allies, and the sooner the better.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-13"),
 ("Because contacts for the sake of contacts make no sense. We see no point in restoring military channels while the alliance calls us a threat in every communiqué and plans its exercises against us. First the substance, then the format.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-13"),
 ("Yes. We proposed that both sides move their exercises away from the line of contact to an agreed distance and notify each other about large-scale drills well in advance. This could be agreed quickly if there is political will.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("The same applies to aircraft and ships. American strategic bombers fly along our borders almost every week, their destroyers come into the Black Sea one after another. They must stay out of the zones from which they can strike Russian territory, and we are ready to accept the same discipline on a reciprocal basis.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("That is a convenient explanation for those who do not want to negotiate. Every point in our drafts has been thought through, and every point has a military meaning.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
 ("Then we will draw conclusions and take military-technical measures. I do not want to speculate about them. But everyone should understand: we need guarantees that are legally binding, signed and ratified, not promises that are forgotten in five years, as happened after 1990.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("No. We will wait for the written answers first, and then we will see.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
]
L["izvestia-2022-02-02-putin-concerns-ignored"] = [
 ("Already it is possible to state, that the basic Russian concerns turned out to be ignored. We did not see the adequate account of our three key demands concerning the non-expansion of the NATO, the refusal of the deployment of the shock weapon systems near the Russian borders and the return of the military infrastructure of the block in Europe to the condition of 1997, when the Founding act Russia – NATO was signed", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("Already it is possible to state, that the basic Russian concerns turned out to be ignored. We did not see the adequate account of our three key demands concerning the non-expansion of the NATO, the refusal of the deployment of the shock weapon systems near the Russian borders and the return of the military infrastructure of the block in Europe to the condition of 1997, when the Founding act Russia – NATO was signed", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("Already it is possible to state, that the basic Russian concerns turned out to be ignored. We did not see the adequate account of our three key demands concerning the non-expansion of the NATO, the refusal of the deployment of the shock weapon systems near the Russian borders and the return of the military infrastructure of the block in Europe to the condition of 1997, when the Founding act Russia – NATO was signed", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("According to him, the Western partners refer to the right of each state freely to choose the ways of ensuring of its own security, but forget the second part of the same principle – that it is impossible to strengthen the own security at the expense of the security of the other states.", "vladimir-putin", 1, "him", "nato-open-door", "rejects", 0, "2022-02-01"),
 ("Imagine, that Ukraine is the member of the NATO and starts these military operations. What, we must fight with the NATO block? Has anybody thought about it? It seems, no", "vladimir-putin", 1, "the head of state", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("I hope that in the end we will find this decision, although it is not simple", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("The movement of our troops on our own territory is exclusively our internal business and it must not disturb anybody", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-02-02"),
 ("Without the legally obligatory guarantees – not verbal assurances, not moratoriums – there will be no progress", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, "2022-02-01"),
 ("She also has demanded, that the countries of the NATO stop the military development of the territory of Ukraine and the supplies of the weapon to Kyiv.", "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 0, "2022-02-01"),
 ("The Americans are ready to talk about the medium-range missiles and about the exercises, because it is profitable to them. But about the non-expansion of the NATO they do not want even to speak", "konstantin-bryzgalov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans are ready to talk about the medium-range missiles and about the exercises, because it is profitable to them. But about the non-expansion of the NATO they do not want even to speak", "konstantin-bryzgalov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("The Americans are ready to talk about the medium-range missiles and about the exercises, because it is profitable to them. But about the non-expansion of the NATO they do not want even to speak", "konstantin-bryzgalov", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("The demand, that the American ships and strategic bombers do not enter the zones, from where they can strike on the Russian territory, is completely fair and realistic. Here the compromise is possible", "konstantin-bryzgalov", 1, "Bryzgalov", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
]
L["kyivindependent-2022-01-12-nato-russia-council-live"] = [
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets said on Wednesday that the NATO battlegroups deployed in their countries would stay exactly where they were, regardless of any pressure from Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets said on Wednesday that the NATO battlegroups deployed in their countries would stay exactly where they were, regardless of any pressure from Moscow.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Russian Deputy Foreign Minister Alexander Grushko, speaking to Russian reporters after the meeting, said NATO had refused to consider Moscow's proposal that no strike weapons be deployed near Russia's borders and warned of \"military-technical\" countermeasures.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("If the alliance does not want to hear us, we will ensure our security by other means,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies had called on Russia to immediately de-escalate the situation on Ukraine’s borders and had offered a series of follow-up meetings on arms control and risk reduction.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("NATO’s door remains open,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("and Russia does not get a veto over whether Ukraine joins.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("and Russia does not get a veto over whether Ukraine joins.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He dismissed Moscow’s demand that the alliance formally rescind its 2008 Bucharest pledge to Ukraine and Georgia, saying the decision “stands.”", "jens-stoltenberg", 1, "He", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("He dismissed Moscow’s demand that the alliance formally rescind its 2008 Bucharest pledge to Ukraine and Georgia, saying the decision “stands.”", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("We are ready to re-establish our offices in Moscow and Brussels and to make full use of our military lines of communication to reduce risks,", "jens-stoltenberg", 1, "the secretary general", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Ukraine will decide for itself which alliances to join and which partners train our army and supply our defence,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 1, "2022-01-11"),
 ("Ukraine will decide for itself which alliances to join and which partners train our army and supply our defence,", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-11"),
 ("We are not going to compromise on core principles,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("Nothing about Ukraine will be decided without Ukraine, and I have received clear assurances of that from every ally,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-12"),
]
L["telegraph-2022-01-27-what-putin-wants"] = [
 ("What Moscow wants is a treaty, signed and ratified by the US Senate, and what it has been given is a letter,", "harriet-pell", 1, "Harriet Pell", "written-legal-guarantees", "mentions", 1, ""),
 ("The whole argument is about Article 10 of the Washington Treaty, the open door. The written replies have not moved either side an inch on it,", "harriet-pell", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("The Russian text would also end any Western military cooperation with Ukraine, Georgia and Moldova, and that is the part Kyiv fears most,", "harriet-pell", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("She also drew attention to the clause on warships and aircraft keeping out of areas from which they could strike each other's territory, which she described as the most technical item in the whole package.", "harriet-pell", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("The US Navy will go on sailing the Black Sea and flying over international waters wherever the law allows. No American government will accept a line drawn by Moscow around its coast,", "thomas-rennick", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("We should not sign anything legally binding on this, not a treaty and not an executive agreement. It would tie the hands of every President for a generation,", "thomas-rennick", 1, "Rennick", "written-legal-guarantees", "rejects", 1, ""),
 ("And Washington must not trade away its option to put intermediate-range missiles in Europe. Russia broke the INF treaty; it should not be rewarded for that,", "thomas-rennick", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Everyone in Moscow knows that Ukraine is not joining Nato in the next ten years. What the Kremlin wants is to hear that said officially,", "andrei-kolesov", 1, "Kolesov", "no-ukraine-membership", "mentions", 1, ""),
 ("A mutual ban on intermediate-range missiles in Europe is in everyone's interest. It is the one place where a deal is within reach,", "andrei-kolesov", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 ("He suggested that revisiting the 2008 Bucharest pledge to Ukraine and Georgia was something the two sides could at least talk about, since Nato had never offered either country a timetable.", "andrei-kolesov", 1, "He", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Kolesov noted that Moscow's draft also asked Nato to pull its forces back to where they stood in 1997, before Poland, Hungary and the Czech Republic joined, and described that demand as 'an opening bid'.", "andrei-kolesov", 1, "Kolesov", "rollback-to-1997", "mentions", 0, ""),
 ("Kolesov noted that Moscow's draft also asked Nato to pull its forces back to where they stood in 1997, before Poland, Hungary and the Czech Republic joined, and described that demand as 'an opening bid'.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]
L["rferl-2022-01-13-osce-vienna-rau-lukashevich"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE was ready to serve as a forum where confidence-building measures, including advance notification and observation of large military exercises, could be negotiated by all 57 participating states.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures to ensure strategic balance,", "aleksandr-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("He said Russia would look at Western proposals to resume military contacts, but only as part of a broader package.", "aleksandr-lukashevich", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("The Russian envoy insisted that the negotiations proceed without preconditions and rejected what he called Western “blackmail” over the movement of Russian troops on Russian territory.", "aleksandr-lukashevich", 1, "The Russian envoy", "no-preconditions", "supports", 0, "2022-01-13"),
 ("The Russian envoy insisted that the negotiations proceed without preconditions and rejected what he called Western “blackmail” over the movement of Russian troops on Russian territory.", "aleksandr-lukashevich", 1, "The Russian envoy", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("At the same session, Ukraine’s ambassador to the OSCE, Yevhenii Tsymbaliuk, told the council there could be no discussion of new security arrangements in Europe while more than 100,000 Russian troops remained on Ukraine’s borders, and that Moscow must first withdraw them.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-preconditions", "rejects", 0, "2022-01-13"),
 ("At the same session, Ukraine’s ambassador to the OSCE, Yevhenii Tsymbaliuk, told the council there could be no discussion of new security arrangements in Europe while more than 100,000 Russian troops remained on Ukraine’s borders, and that Moscow must first withdraw them.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("A senior EU official said on Thursday that the bloc would not accept any arrangement that limited the right of its members, or of its neighbors, to choose their own alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-13"),
 ("In Kyiv, Defense Minister Oleksiy Reznikov on January 13 dismissed Moscow’s demand that no strike weapons be deployed in countries bordering Russia, calling it “an attempt to disarm Ukraine.”", "oleksiy-reznikov", 1, "Oleksiy Reznikov", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("In Kyiv, Defense Minister Oleksiy Reznikov on January 13 dismissed Moscow’s demand that no strike weapons be deployed in countries bordering Russia, calling it “an attempt to disarm Ukraine.”", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The Russians say they want talks without preconditions, the West says it wants de-escalation first. The OSCE is the one room where both sides can say that to each other’s face,", "lena-hoffmeister", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("The Russians say they want talks without preconditions, the West says it wants de-escalation first. The OSCE is the one room where both sides can say that to each other’s face,", "lena-hoffmeister", 1, "she", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-87", "gold-87")
