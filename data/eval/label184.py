#!/usr/bin/env python3
"""Writes the held-out gold of batch 184 (gold-184/*.nq) from the labels below.

Batch 184 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles on the December 2021 - February 2022
crisis over Russia's demands for "security guarantees":

- pap-2022-01-13-rau-osce-vienna: PAP wire copy (front matter, curly quotes,
  a crosshead that names a speaker), OSCE Permanent Council of 13 January with
  a recap of the NATO-Russia Council of 12 January and an invented analyst;
- abc-2022-01-10-geneva-talks-live: ABC News (Australia) live blog of the
  Geneva talks, no front matter (date in the text), GMT-stamped entries, key
  events bullets, a photo caption and a link line, straight quotes, a
  quotation split by "Sherman said";
- anadolu-2022-01-27-answers-reactions: Anadolu Agency wire copy without
  front matter (date "27.01.2022"), reactions to the US and NATO written
  answers, two speakers in one sentence, an embassy statement, dash
  crossheads, an "Also read" line;
- lsm-2022-01-21-pabriks-interview: LSM (Latvia) Q&A interview with the
  defence minister, UTF-8 BOM and CRLF line ends, front matter, questions that
  name demands (not labelled), interview held the day before publication;
- auswaertiges-amt-2022-01-18-baerbock-lavrov-transcript: Federal Foreign
  Office transcript of the Baerbock-Lavrov press conference with speaker
  labels and journalists' questions;
- izvestia-2021-12-18-ryabkov-not-menu: machine-translated aggregator copy of
  Izvestia, no front matter, « » quotes with "– X said" after them, a quoted
  article of the draft treaty (not labelled), undated statements;
- jamestown-2022-02-03-after-the-answers: Jamestown Eurasia Daily Monitor
  op-ed quoting invented experts, curly and „ “ quotes, a paragraph of
  history (Baker 1990, Founding Act 1997, Bucharest 2008: not labelled), a
  demand attributed in passing to Moscow and to Russia.

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
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Speaking to ambassadors of the 57 participating states, the Polish minister said that any discussion of European security had to start from the principle that every state is free to choose its own security arrangements, including alliances.", "zbigniew-rau", 1, "the Polish minister", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We cannot accept a Europe in which the security of some states is bought with the sovereignty of others. Ukraine, Georgia and Moldova are not a buffer zone, and no capital should have a say over whom they decide to partner with,", "zbigniew-rau", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We cannot accept a Europe in which the security of some states is bought with the sovereignty of others. Ukraine, Georgia and Moldova are not a buffer zone, and no capital should have a say over whom they decide to partner with,", "zbigniew-rau", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-13"),
 ("Rau also urged Moscow to pull back the forces it has concentrated along Ukraine’s borders, saying that de-escalation “on the ground” was the best proof of good faith Russia could offer.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("This is a moment of truth,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if aggressive behaviour towards Russia continues, we will be forced to take the necessary measures to ensure the strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The Russian diplomat said the guarantees Moscow seeks must be set down in a legally binding form, because, in his words, the West had broken every political promise made to Russia since the end of the Cold War.", "alexander-lukashevich", 1, "The Russian diplomat", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("He listed a halt to NATO’s eastward enlargement and the withdrawal of allied forces and infrastructure to the positions of 1997 as the “key elements” of the package.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("He listed a halt to NATO’s eastward enlargement and the withdrawal of allied forces and infrastructure to the positions of 1997 as the “key elements” of the package.", "alexander-lukashevich", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-13"),
 ("In Warsaw, deputy foreign minister Marcin Przydacz said the demand for NATO to pull its troops back to where they stood in 1997 was “a non-starter” for Poland and the Baltic states.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, ""),
 ("The Russian side wants to go back to a world of spheres of influence, in which the American soldiers in Orzysz and the allied troops in Rukla would have to go home. That will not happen,", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 1, ""),
 ("After that meeting on Wednesday, NATO Secretary General Jens Stoltenberg said the allies were ready to discuss arms control, including limits on missiles, and greater transparency and restraint in military exercises, but would not compromise on core principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("After that meeting on Wednesday, NATO Secretary General Jens Stoltenberg said the allies were ready to discuss arms control, including limits on missiles, and greater transparency and restraint in military exercises, but would not compromise on core principles.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Russian Deputy Foreign Minister Alexander Grushko, who led Moscow’s delegation in Brussels, told reporters on Wednesday that Russia needed NATO to stop its expansion and to stop deploying weapons that could strike Russian territory from close to its borders.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Russian Deputy Foreign Minister Alexander Grushko, who led Moscow’s delegation in Brussels, told reporters on Wednesday that Russia needed NATO to stop its expansion and to stop deploying weapons that could strike Russian territory from close to its borders.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("If NATO switches to a policy of containment, there will be counter-containment from our side. If it is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "the deputy minister", "", "", 1, "2022-01-12"),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("Moscow wants a written promise that Ukraine will never join NATO, and the West is offering something else entirely. Those are two different conversations,", "pawel-sidorski", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow wants a written promise that Ukraine will never join NATO, and the West is offering something else entirely. Those are two different conversations,", "pawel-sidorski", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
]
L["abc-2022-01-10-geneva-talks-live"] = [
 ("Moscow is demanding that Ukraine never be admitted to NATO, that no US intermediate-range missiles be placed within reach of Russian territory, and that American warships and bombers stay out of areas from which they could strike Russia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow is demanding that Ukraine never be admitted to NATO, that no US intermediate-range missiles be placed within reach of Russian territory, and that American warships and bombers stay out of areas from which they could strike Russia.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("Moscow is demanding that Ukraine never be admitted to NATO, that no US intermediate-range missiles be placed within reach of Russian territory, and that American warships and bombers stay out of areas from which they could strike Russia.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The deputy minister dismissed Western calls for Russia to pull its troops back from the Ukrainian border, saying Moscow would move forces on its own territory as it saw fit.", "sergei-ryabkov", 1, "The deputy minister", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("He told reporters it was \"absolutely mandatory\" for Moscow that Ukraine never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said the Russian side had also told the Americans that the promise of eventual membership given to Ukraine and Georgia at NATO's 2008 summit had to be formally withdrawn.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("The American side approached the Russian proposals very seriously, but we did not hear a readiness to meet us on the key points,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We are not going to let Russia decide who joins NATO,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("and we are not going to pull our forces out of the allies who joined after 1997.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("She said she had urged the Russian delegation to de-escalate and send its troops back to their barracks, and that real progress would be hard to achieve \"in an atmosphere of escalation\".", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Ukraine's Foreign Ministry spokesman Oleg Nikolenko said Kyiv had been briefed by the US side after the talks and would never accept any arrangement that barred it from joining NATO, stressing that the choice of alliances belonged to Ukraine alone.", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Ukraine's Foreign Ministry spokesman Oleg Nikolenko said Kyiv had been briefed by the US side after the talks and would never accept any arrangement that barred it from joining NATO, stressing that the choice of alliances belonged to Ukraine alone.", "oleg-nikolenko", 1, "Oleg Nikolenko", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Moscow asked for a halt to NATO enlargement, full stop. Nobody in Washington was ever going to sign that,", "helen-marsfield", 1, "she", "nato-non-expansion", "mentions", 1, "2022-01-10"),
 ("What you saw today was both sides testing whether there is a smaller deal hidden inside the big one,", "helen-marsfield", 1, "Marsfield", "", "", 1, "2022-01-10"),
]
L["anadolu-2022-01-27-answers-reactions"] = [
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("a reaction which gives hope for the start of a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "He", "", "", 1, "2022-01-27"),
 ("Both US Secretary of State Antony Blinken and NATO Secretary General Jens Stoltenberg insisted on Wednesday that Moscow would have no say over which countries join the alliance.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Both US Secretary of State Antony Blinken and NATO Secretary General Jens Stoltenberg insisted on Wednesday that Moscow would have no say over which countries join the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said the document, which Washington has asked to remain confidential, offered Moscow talks on arms control related to missiles in Europe and on confidence-building measures covering military exercises and manoeuvres.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Blinken said the document, which Washington has asked to remain confidential, offered Moscow talks on arms control related to missiles in Europe and on confidence-building measures covering military exercises and manoeuvres.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Stoltenberg, for his part, said NATO was ready to re-establish the two sides' offices in Moscow and Brussels and to make full use of military-to-military channels of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("if Russia chooses de-escalation over confrontation.", "united-states", 0, "The U.S. Embassy in Moscow", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("He also brushed aside Western calls for Russia to withdraw troops from areas near Ukraine, saying the forces were on Russian territory and posed no threat to anyone.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Russia cannot accept any preconditions for the dialogue, especially demands to move troops around its own country,", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, "2022-01-27"),
 ("Russia cannot accept any preconditions for the dialogue, especially demands to move troops around its own country,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Turkish Foreign Minister Mevlut Cavusoglu, speaking at a joint news conference in Ankara on Thursday, said Türkiye backed NATO's open-door policy and would keep talking to both sides.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "nato-open-door", "supports", 0, "2022-01-27"),
 ("As a NATO ally we support the open-door policy, but we also say that the security concerns of all sides must be taken into account through dialogue,", "mevlut-cavusoglu", 1, "Cavusoglu", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Türkiye is ready to host talks, whether at the level of leaders or between ministers,", "mevlut-cavusoglu", 1, "he", "", "", 1, "2022-01-27"),
 ("The answer contains nothing that would limit Ukraine's sovereign right to join NATO or freeze the borders of the alliance,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("The answer contains nothing that would limit Ukraine's sovereign right to join NATO or freeze the borders of the alliance,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The answer contains nothing that would limit Ukraine's sovereign right to join NATO or freeze the borders of the alliance,", "dmytro-kuleba", 1, "Kuleba", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("Moscow did not get what it asked for on enlargement, but the Americans have put missiles on the table. That is something the Kremlin can sell at home as progress,", "serkan-yalcinkaya", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow did not get what it asked for on enlargement, but the Americans have put missiles on the table. That is something the Kremlin can sell at home as progress,", "serkan-yalcinkaya", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]
L["lsm-2022-01-21-pabriks-interview"] = [
 ("It would mean that the allied battlegroup in Ādaži, the Canadians, the Poles, the Spaniards and everybody else, would pack up and leave, and Latvia would be left alone in a grey zone. This is simply a non-starter. No Latvian government will ever accept it.", "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, "2022-01-20"),
 ("We are a sovereign country and we decide together with our allies what we deploy on our territory, air defence, artillery, whatever is needed. Russia will not get a say over that.", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-20"),
 ("A Russian ban on American missiles in Europe, while their own 9M729 missiles stay exactly where they are? That is not a serious proposal. If the Americans want to discuss arms control on a reciprocal and verifiable basis, fine, but we should not be naive about it.", "artis-pabriks", 1, "Pabriks", "no-intermediate-range-missiles", "rejects", 1, "2022-01-20"),
 ("Transparency, yes, we have always been for transparency, and Russia could start by being transparent about Zapad. But we will not stop training with our allies on our own soil because Moscow does not like it.", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-20"),
 ("Look, deconfliction channels exist and they should work. But I don't see the point of resuming a regular military dialogue with Russia as if nothing has happened, while a hundred thousand troops are sitting on Ukraine's border. First Russia has to pull those troops back.", "artis-pabriks", 1, "Pabriks", "resume-military-dialogue", "rejects", 1, "2022-01-20"),
 ("Look, deconfliction channels exist and they should work. But I don't see the point of resuming a regular military dialogue with Russia as if nothing has happened, while a hundred thousand troops are sitting on Ukraine's border. First Russia has to pull those troops back.", "artis-pabriks", 1, "Pabriks", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("Yes. Talking with a gun held to Ukraine's head is not diplomacy. Withdrawal first, and then we can discuss whatever the Russians want to discuss.", "artis-pabriks", 1, "Pabriks", "no-preconditions", "rejects", 1, "2022-01-20"),
 ("Yes. Talking with a gun held to Ukraine's head is not diplomacy. Withdrawal first, and then we can discuss whatever the Russians want to discuss.", "artis-pabriks", 1, "Pabriks", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("There will be no legally binding guarantees for Russia on NATO's future. NATO does not sign treaties with third countries about whom it may or may not admit. That is a matter for the thirty allies and for the countries that apply.", "artis-pabriks", 1, "Pabriks", "written-legal-guarantees", "rejects", 1, "2022-01-20"),
 ("There will be no legally binding guarantees for Russia on NATO's future. NATO does not sign treaties with third countries about whom it may or may not admit. That is a matter for the thirty allies and for the countries that apply.", "artis-pabriks", 1, "Pabriks", "nato-non-expansion", "rejects", 1, "2022-01-20"),
 ("There will be no legally binding guarantees for Russia on NATO's future. NATO does not sign treaties with third countries about whom it may or may not admit. That is a matter for the thirty allies and for the countries that apply.", "artis-pabriks", 1, "Pabriks", "nato-open-door", "supports", 1, "2022-01-20"),
 ("Ukraine's future in NATO is for Ukraine and the allies to decide. I know it is not going to happen tomorrow, everybody knows that, but to close the door forever under pressure would be a historic mistake. It would be a new Yalta, and there will be no new Yalta.", "artis-pabriks", 1, "Pabriks", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("Ukraine's future in NATO is for Ukraine and the allies to decide. I know it is not going to happen tomorrow, everybody knows that, but to close the door forever under pressure would be a historic mistake. It would be a new Yalta, and there will be no new Yalta.", "artis-pabriks", 1, "Pabriks", "nato-open-door", "supports", 1, "2022-01-20"),
 ("It is a good start. We are buying air defence and coastal defence systems, and we are expanding the National Guard. Every euro we spend on defence is a euro that makes a miscalculation in Moscow less likely.", "artis-pabriks", 1, "Pabriks", "", "", 1, "2022-01-20"),
 ("I would like to be optimistic, but I am a realist. Blinken will go there to keep diplomacy alive, and that is right. What I fear is that the Kremlin uses the talks as a cover while it prepares something else.", "artis-pabriks", 1, "Pabriks", "", "", 1, "2022-01-20"),
]
L["auswaertiges-amt-2022-01-18-baerbock-lavrov-transcript"] = [
 ("Ladies and gentlemen, we have held talks with my German colleague that were, I would say, substantive and frank. We discussed our bilateral relations, trade, including energy, and the situation of the media of our two countries.", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-18"),
 ("We also informed Ms Baerbock of our assessment of last week's meetings in Geneva, Brussels and Vienna. We are waiting for written answers to our proposals, article by article. For us the key is that NATO does not expand any further to the east and that American warships and strategic bombers stop operating in areas from which they can hit targets on Russian territory.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("We also informed Ms Baerbock of our assessment of last week's meetings in Geneva, Brussels and Vienna. We are waiting for written answers to our proposals, article by article. For us the key is that NATO does not expand any further to the east and that American warships and strategic bombers stop operating in areas from which they can hit targets on Russian territory.", "sergei-lavrov", 1, "Lavrov", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("Thank you very much, Sergei Viktorovich, for the open conversation. I came to Moscow with a clear message: Germany wants stable and substantial relations with Russia, and there is no alternative to that.", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("We are ready for a serious dialogue on European security, on arms control, on risk reduction and on transparency and limits for military exercises, within the NATO-Russia Council, the OSCE and bilaterally.", "annalena-baerbock", 1, "Baerbock", "limit-military-exercises", "mentions", 1, "2022-01-18"),
 ("But dialogue cannot be conducted under threat. The deployment of around a hundred thousand Russian soldiers with tanks and guns close to Ukraine is difficult not to understand as a threat, and we call on Russia to take steps towards de-escalation.", "annalena-baerbock", 1, "Baerbock", "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("We stand by the principles of the Charter of Paris, which Russia also signed: every country has the right to choose its own alliances.", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 ("We move our troops on our own territory, and nobody has the right to tell us where to keep them. Calls to withdraw them are simply out of place.", "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("As for the dialogue itself, we have always been in favour of talks without any preconditions, and we are ready to restore the military channels with NATO that the alliance itself froze. It was not us who cut the contacts.", "sergei-lavrov", 1, "Lavrov", "no-preconditions", "supports", 1, "2022-01-18"),
 ("As for the dialogue itself, we have always been in favour of talks without any preconditions, and we are ready to restore the military channels with NATO that the alliance itself froze. It was not us who cut the contacts.", "sergei-lavrov", 1, "Lavrov", "resume-military-dialogue", "supports", 1, "2022-01-18"),
 ("The question of membership is not on the agenda at the moment, everyone knows that. But the decision is one for Ukraine and the allies to take, and not for any third country.", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 ("The question of membership is not on the agenda at the moment, everyone knows that. But the decision is one for Ukraine and the allies to take, and not for any third country.", "annalena-baerbock", 1, "Baerbock", "no-ukraine-membership", "rejects", 1, "2022-01-18"),
 ("May I add something. We keep hearing about the freedom to choose alliances. But in Istanbul and in Astana all OSCE states also pledged not to strengthen their security at the expense of others. This freedom is not absolute, and the open-door policy cannot be used to drag Ukraine into NATO.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("May I add something. We keep hearing about the freedom to choose alliances. But in Istanbul and in Astana all OSCE states also pledged not to strengthen their security at the expense of others. This freedom is not absolute, and the open-door policy cannot be used to drag Ukraine into NATO.", "sergei-lavrov", 1, "Lavrov", "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("We will wait for the answers, and then we will decide. I do not want to speculate. But we made it clear that the guarantees must be legally binding, not promises that can be forgotten tomorrow.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("We have said very clearly, together with our partners, that any further aggression would have massive consequences. I will not speculate about individual measures here.", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
 ("We agreed today to continue talking, including in the Normandy format with France and Ukraine. That is a small but important step, and I am grateful for it.", "annalena-baerbock", 1, "Baerbock", "", "", 1, "2022-01-18"),
]
L["izvestia-2021-12-18-ryabkov-not-menu"] = [
 ("This is not a menu. This is a package, and we expect that the American side will consider it entirely, without pulling out the separate elements", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2021-12-18"),
 ("According to him, Moscow is ready to go to the negotiations in Geneva «literally tomorrow» and does not set any preconditions for their beginning.", "sergei-ryabkov", 1, "him", "no-preconditions", "supports", 0, "2021-12-18"),
 ("The diplomat has underlined, that for Russia the legally obligatory guarantees are necessary, and not the moratorium which can be cancelled at any moment by the decision of the other side.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, "2021-12-18"),
 ("We need that NATO stopped the military development of the territory of Ukraine and of the other states of the former Soviet Union. This is for us the red line", "sergei-ryabkov", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 1, "2021-12-18"),
 ("He also reminded, that the draft of the agreement with NATO provides the refusal of the alliance from the further expansion, including the accession of Ukraine.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, "2021-12-18"),
 ("He also reminded, that the draft of the agreement with NATO provides the refusal of the alliance from the further expansion, including the accession of Ukraine.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, "2021-12-18"),
 ("The head of the committee of the State Duma on the international affairs Leonid Slutsky declared, that the West must seriously consider the Russian proposals, in particular about the limitation of the military exercises near the Russian borders and about the withdrawal of the American warships from the Black Sea.", "leonid-slutsky", 1, "Leonid Slutsky", "limit-military-exercises", "supports", 0, ""),
 ("The head of the committee of the State Duma on the international affairs Leonid Slutsky declared, that the West must seriously consider the Russian proposals, in particular about the limitation of the military exercises near the Russian borders and about the withdrawal of the American warships from the Black Sea.", "leonid-slutsky", 1, "Leonid Slutsky", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("If NATO continues to conduct the provocative exercises at our borders, Russia will be forced to answer adequately", "leonid-slutsky", 1, "Slutsky", "limit-military-exercises", "supports", 1, ""),
 ("The official representative of the Ministry of Foreign Affairs Maria Zakharova on Friday evening in the ether of the channel «Russia-1» declared, that the so-called policy of the open doors of NATO has long become «the instrument of the expansion», and not the principle of the freedom.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 0, "2021-12-17"),
 ("The policy of the open doors does not give to anybody the right to strengthen its security at the expense of the security of Russia", "maria-zakharova", 1, "she", "nato-open-door", "rejects", 1, "2021-12-17"),
 ("The press secretary of the White House Jen Psaki on Friday declared, that the USA will not compromise the key principles on which the European security is built, including the right of all nations to decide their future and foreign policy without outside interference.", "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 0, "2021-12-17"),
 ("The Americans will be ready to talk about the medium-range missiles and maybe about the bombers and the ships near the borders. About Ukraine and about the bases in the post-Soviet space they will not speak", "oleg-vetluzhsky", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans will be ready to talk about the medium-range missiles and maybe about the bombers and the ships near the borders. About Ukraine and about the bases in the post-Soviet space they will not speak", "oleg-vetluzhsky", 1, "the expert", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The Americans will be ready to talk about the medium-range missiles and maybe about the bombers and the ships near the borders. About Ukraine and about the bases in the post-Soviet space they will not speak", "oleg-vetluzhsky", 1, "the expert", "no-ukraine-membership", "mentions", 1, ""),
 ("The Americans will be ready to talk about the medium-range missiles and maybe about the bombers and the ships near the borders. About Ukraine and about the bases in the post-Soviet space they will not speak", "oleg-vetluzhsky", 1, "the expert", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The demand to cancel the Bucharest decision is the symbolic one, but for Moscow it is important", "oleg-vetluzhsky", 1, "he", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The military expert, the retired colonel Anatoly Zhuravsky in the conversation with «Izvestia» noted, that in the Russian draft there is the requirement not to deploy the strike weapons near the borders of Russia.", "anatoly-zhuravsky", 1, "Anatoly Zhuravsky", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("The question is how to check the obligation not to deploy the strike weapons. Without the inspections it does not work", "anatoly-zhuravsky", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Earlier, on 1 December, Russian president Vladimir Putin at the ceremony of the presenting of the credentials by the foreign ambassadors declared, that Moscow will insist on the legal, juridical guarantees which exclude the further expansion of NATO to the east.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-01"),
 ("Earlier, on 1 December, Russian president Vladimir Putin at the ceremony of the presenting of the credentials by the foreign ambassadors declared, that Moscow will insist on the legal, juridical guarantees which exclude the further expansion of NATO to the east.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2021-12-01"),
]
L["jamestown-2022-02-03-after-the-answers"] = [
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding NATO expansion, the refusal to deploy strike weapon systems near Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("He then repeated an argument he has made before: that if Ukraine joined the alliance and tried to retake Crimea by force, Russia would find itself at war with NATO as a whole.", "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 0, "2022-02-01"),
 ("Speaking on December 16, one day before the drafts were published, NATO Secretary General Jens Stoltenberg said the allies stood by the decision taken at Bucharest and would not reopen it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 0, "2021-12-16"),
 ("The US response, Secretary of State Antony Blinken told reporters on January 26, held firm on the alliance’s open door, despite Moscow’s demands that Ukraine be barred from membership for good.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The US response, Secretary of State Antony Blinken told reporters on January 26, held firm on the alliance’s open door, despite Moscow’s demands that Ukraine be barred from membership for good.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow’s list, no warships within striking range, no exercises near its borders, no missiles, reads like a request for a demilitarized zone stretching from Narva to Batumi,", "iryna-vasylenko", 1, "Iryna Vasylenko", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Moscow’s list, no warships within striking range, no exercises near its borders, no missiles, reads like a request for a demilitarized zone stretching from Narva to Batumi,", "iryna-vasylenko", 1, "Iryna Vasylenko", "limit-military-exercises", "mentions", 1, ""),
 ("Moscow’s list, no warships within striking range, no exercises near its borders, no missiles, reads like a request for a demilitarized zone stretching from Narva to Batumi,", "iryna-vasylenko", 1, "Iryna Vasylenko", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Vasylenko argues that the open-door principle has become the single point on which neither side can move without losing face.", "iryna-vasylenko", 1, "Vasylenko", "nato-open-door", "mentions", 0, ""),
 ("Asking the US Navy to stay out of the Black Sea is asking it to abandon Romania, Bulgaria and Turkey. That is unacceptable, and no administration in Washington will ever do it.", "katrin-albrecht", 1, "Katrin Albrecht", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
 ("The Kremlin said it wanted talks without preconditions, and the West said troops had to be pulled back first. In the end there were talks and there were no withdrawals,", "pavel-sokoltsev", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("The Kremlin said it wanted talks without preconditions, and the West said troops had to be pulled back first. In the end there were talks and there were no withdrawals,", "pavel-sokoltsev", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("Sokoltsev also pointed out that restoring military-to-military contacts, which Russia itself had listed among its demands, is one of the few items on which the positions of the two sides overlap.", "pavel-sokoltsev", 1, "Sokoltsev", "resume-military-dialogue", "mentions", 0, ""),
 ("Sokoltsev also pointed out that restoring military-to-military contacts, which Russia itself had listed among its demands, is one of the few items on which the positions of the two sides overlap.", "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 ("Lavrov’s letter is a clever lawyer’s move, nothing more,", "iryna-vasylenko", 1, "Vasylenko", "", "", 1, ""),
 ("He wants to show that the West signed up to principles it now ignores.", "iryna-vasylenko", 1, "Vasylenko", "", "", 1, ""),
]

write_gold(L, "articles-184", "gold-184")
