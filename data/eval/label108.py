#!/usr/bin/env python3
"""Writes the 108th held-out gold (gold-108/*.nq) from the labels below.

Batch 108 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-sherman-ryabkov: Reuters wire copy from the
  Geneva talks, with front matter, straight quotation marks, a dateline, two
  speakers in the lead sentence, a quotation split by "Ryabkov said", a
  speaker named only by role ("The deputy foreign minister"), crossheads, a
  demand attributed in passing to Moscow, the 1990 Baker conversation as
  background, an invented analyst.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press conference transcript
  after the NATO-Russia Council, no front matter (date "12 Jan. 2022" in the
  text), speaker labels, a moderator and journalists' questions, an answer
  that starts with the 2008 Bucharest decision as history.
- rg-2022-01-14-grushko-nato-interview: Rossiyskaya Gazeta interview with
  Alexander Grushko in machine translation, no front matter (date
  "14.01.2022"), questions as bare paragraphs and answers opened by a dash,
  „ “ quotation marks, a closing "we shall remind" history paragraph and an
  unspecified "main issue".
- politico-2022-01-26-written-answers-live: Politico Europe live blog of the
  day the US and NATO written answers were delivered, front matter, entries
  in reverse order with CET times, curly quotation marks, a senior EU
  official, a US senator's statement, an analyst.
- err-2022-01-27-estonia-reacts-written-answers: ERR News report with a UTF-8
  BOM and CRLF line ends, no front matter (date "27.01.2022"), Estonian
  ministers, the Russian embassy in Tallinn, an ICDS researcher, a photo
  credit line, an unspecified "central demands" sentence.
- mid-2022-01-27-zakharova-briefing: Russian MFA briefing transcript, no front
  matter, « » quotation marks, speaker labels and "Question (Outlet):" lines,
  a question that quotes Kuleba (questions get no label).
- times-2022-01-22-what-putin-wants-from-nato: The Times analysis after the
  Blinken-Lavrov meeting in Geneva, front matter, single curly quotation
  marks for speakers and double ones for history and document text (Baker
  1990, the 1997 Founding Act, Bucharest 2008, Article 4 of the draft
  agreement: none labelled), invented experts, a quotation interrupted by
  "he said", demands attributed in passing to Moscow.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given;
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
LEAD = "Russian Deputy Foreign Minister Sergei Ryabkov told the United States on Monday that Ukraine must never be allowed to join NATO, while U.S. Deputy Secretary of State Wendy Sherman said Washington regarded such proposals as non-starters, after nearly eight hours of talks in Geneva that left the two sides far apart."
PRE = "The deputy foreign minister also dismissed suggestions that Moscow should first reduce its forces near Ukraine before any deal could be reached, saying the negotiations had to go ahead without preconditions."
SHE = "She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as Russia was willing to do the same."
WIEL = "Moscow has put its maximum on the table: a halt to NATO enlargement and no Western strike weapons near its borders, all of it written down and signed,"
L["reuters-2022-01-10-geneva-sherman-ryabkov"] = [
 (LEAD, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 (LEAD, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We have no intention of invading Ukraine,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("but we will not pull our forces back from our own territory because someone in Washington demands it.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 (PRE, "sergei-ryabkov", 1, "The deputy foreign minister", "no-preconditions", "supports", 0, D),
 (PRE, "sergei-ryabkov", 1, "The deputy foreign minister", "russia-de-escalation", "rejects", 0, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SHE, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (SHE, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("It is very hard to see real progress in an atmosphere of escalation. Russia can show it is serious by pulling its troops back to their barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("Sherman described the session as \"a frank and forthright discussion\", even as Moscow pressed its demand that the United States rule out any new deployment of strike weapons in countries bordering Russia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We are not going to give way on the main points. The non-expansion of NATO is a matter of principle for us,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, D),
 (WIEL, "marek-wielgus", 1, "Marek Wielgus", "nato-non-expansion", "mentions", 1, ""),
 (WIEL, "marek-wielgus", 1, "Marek Wielgus", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (WIEL, "marek-wielgus", 1, "Marek Wielgus", "written-legal-guarantees", "mentions", 1, ""),
 ("The question now is whether either side can find a smaller package that both capitals can sell at home,", "marek-wielgus", 1, "he", "", "", 1, ""),
]

D = "2022-01-12"
JS = "jens-stoltenberg"
P3 = "Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and the thirty NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto."
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Thank you so much, Oana. We have just finished a meeting of the NATO-Russia Council. It was a serious and direct exchange, the first meeting of the Council in more than two years.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 ("NATO Allies and Russia expressed their views, and there are significant differences between us that will not be easy to bridge. But it is a positive sign that all thirty Allies and Russia sat down around the same table and engaged on substantive topics.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
 (P3, JS, 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 (P3, JS, 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("We also listened carefully to Russia's proposals. Russia wants NATO to withdraw its forces from the Allies that joined after 1997 and to stop deploying troops to the eastern part of our Alliance. That would create first- and second-class members, and that is something we will not accept.", JS, 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("At the same time, Allies are ready to engage in a dialogue on arms control and disarmament, including on the placement of intermediate-range missiles in Europe, on a reciprocal and verifiable basis.", JS, 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We proposed to re-establish our respective offices in Moscow and in Brussels, and to make full use of military lines of communication, so that our militaries talk to each other and reduce the risk of incidents and accidents.", JS, 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("Russia has amassed tens of thousands of troops, heavy equipment and combat-ready units on Ukraine's borders. We call on Russia to de-escalate, to pull back its forces and to choose the path of diplomacy.", JS, 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, D),
 ("In 2008, at the Bucharest summit, Allies agreed that Ukraine and Georgia will become members of NATO. That decision stands. It was taken by all Allies, and it is not something we are going to renegotiate with Russia or with anyone else.", JS, 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, D),
 ("The Russian delegation also said again today that they want these guarantees to be in writing and legally binding. We listened, and we will continue to consult among Allies on how to respond.", JS, 1, "Jens Stoltenberg", "written-legal-guarantees", "mentions", 1, D),
 ("We are ready to discuss transparency and risk reduction on a reciprocal basis. But we will not reduce our ability to protect and defend Allies, and we will not stop exercising on Allied territory because Russia asks us to.", JS, 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, D),
 ("Russia was not in a position to agree to a schedule today. They said they needed to go back to Moscow first, and we hope that they will come back to the table soon.", JS, 1, "Jens Stoltenberg", "", "", 1, D),
]

D = "2022-01-14"
AG = "alexander-grushko"
G2 = "We need the legally fixed guarantees that NATO will not expand further to the east, including at the expense of Ukraine and Georgia. This is not the subject for bargaining, it is the question of the national security of Russia."
G4 = "We propose to agree that neither side conducts exercises above the brigade level in the agreed zone along the line of contact Russia–NATO, and that the strike weapons capable to hit our territory are not deployed in the neighbouring countries."
L["rg-2022-01-14-grushko-nato-interview"] = [
 ("The conversation was frank, direct and deep. We have stated that the situation is approaching a dangerous line, and we have offered NATO the concrete way out of it. Unfortunately, the alliance is not ready to hear us yet.", AG, 1, "Alexander Grushko", "", "", 1, D),
 (G2, AG, 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, D),
 (G2, AG, 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, D),
 (G2, AG, 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, D),
 ("The so-called policy of open doors does not give anybody the right to strengthen own security at the expense of the security of others. There is no such right, to choose alliances without regard for the neighbours, in any document which Russia signed.", AG, 1, "Alexander Grushko", "nato-open-door", "rejects", 1, D),
 (G4, AG, 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, D),
 (G4, AG, 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Equally, the American and allied warships and heavy bombers should not be in the areas from which they can strike on the targets in Russia. It is the mirror obligation, we are ready to take it on ourselves too.", AG, 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We do not see the sense in restoring the military contacts for the sake of the contacts. When NATO declares Russia the threat and builds up the forces at our borders, the channels of military communication will change nothing.", AG, 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, D),
 ("The military development of the territory of Ukraine by NATO must stop. No bases, no instructors, no military cooperation with the countries which are not members of the alliance — this is the part of our package, and it is not negotiable.", AG, 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("We wait for the written answer to our proposals. If there is no answer, or it is not constructive, we will take the measures of military-technical character. It is not the threat, it is the statement of fact.", AG, 1, "Alexander Grushko", "", "", 1, D),
]

D = "2022-01-26"
RISCH = "We should not be rewarding Putin with concessions while a gun is pointed at Ukraine’s head. Pull the troops back first, then we talk,"
JS2 = "But we will not give Russia a legally binding guarantee that NATO will not enlarge. That is not how NATO works,"
L["politico-2022-01-26-written-answers-live"] = [
 ("No one will dictate to Ukraine which partners may train our soldiers or supply our army. That is not up for discussion in any capital, and Moscow’s demand to ban it is unacceptable,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, D),
 (RISCH, "jim-risch", 1, "Jim Risch", "no-preconditions", "rejects", 1, D),
 (RISCH, "jim-risch", 1, "Jim Risch", "russia-de-escalation", "supports", 1, D),
 ("Washington has essentially restated the open-door policy and built an arms-control offer around it. The question is whether Putin takes the arms control without getting the door shut,", "ines-kalnbach", 1, "Ines Kalnbach", "nato-open-door", "mentions", 1, D),
 ("We are ready to listen to Russia’s concerns and to sit down and talk,", JS, 1, "he", "", "", 1, D),
 (JS2, JS, 1, "Stoltenberg", "written-legal-guarantees", "rejects", 1, D),
 (JS2, JS, 1, "Stoltenberg", "nato-non-expansion", "rejects", 1, D),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We have put on the table ideas on transparency about offensive weapons systems near Russia’s borders, if Russia is ready to reciprocate,", "antony-blinken", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, D),
 ("Earlier on Wednesday, Russian Foreign Minister Sergei Lavrov told the State Duma that Moscow would take “retaliatory measures” if the answers were not constructive, and that the withdrawal of NATO forces and infrastructure to the positions of 1997 remained an integral part of Russia’s proposals.", "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 0, D),
 ("A senior EU official said on Wednesday that the bloc had been consulted “on every line” of the American text and would insist that any arrangement begin with Russia pulling its troops back from Ukraine’s border.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, D),
]

D = "2022-01-27"
SAAR = "Moscow still wants a promise that Ukraine will never join NATO and that the alliance pulls back to its 1997 lines. Neither answer gives it that,"
L["err-2022-01-27-estonia-reacts-written-answers"] = [
 ("We have been consulted at every step, and I am satisfied with what was sent to Moscow,", "kaja-kallas", 1, "Kallas", "", "", 1, D),
 ("A moratorium on missiles that Russia has itself already deployed in Kaliningrad is not a serious offer, and Estonia will not support it,", "kaja-kallas", 1, "the prime minister", "no-intermediate-range-missiles", "rejects", 1, D),
 ("If allies decide that air defense or long-range fires are needed in Estonia, nobody in Moscow gets to veto that. The demand that we keep such weapons away from Russia's border is simply unacceptable,", "kalle-laanet", 1, "Laanet", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Foreign minister Eva-Maria Liimets (Center) said on Wednesday evening that the answers left no room for any restriction on NATO's activity in the Baltic Sea region and that allied ships and aircraft would continue to patrol there as before.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Wednesday that NATO's door must stay open to every European democracy that wants to join.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The deployment of NATO forces in the Baltic states after 1997 is the direct cause of the tension in our region, and Russia's proposals on their withdrawal remain on the table,", "russia", 0, "the Russian embassy in Tallinn", "rollback-to-1997", "supports", 1, D),
 (SAAR, "kadri-saarsalu", 1, "Saarsalu", "no-ukraine-membership", "mentions", 1, ""),
 (SAAR, "kadri-saarsalu", 1, "Saarsalu", "rollback-to-1997", "mentions", 1, ""),
 ("The Kremlin will now have to decide whether it wants a negotiation or a crisis,", "kadri-saarsalu", 1, "she", "", "", 1, ""),
]

D = "2022-01-27"
MZ = "maria-zakharova"
Z3 = "But I can already say that the key issues for us remain the same. They are the non-deployment of strike weapons systems near our borders and the return of the military infrastructure of the alliance to the configuration of 1997, when the Russia-NATO Founding Act was signed."
Z4 = "We have also said many times that the decisions of the Bucharest summit of 2008, which promised membership to Ukraine and Georgia, must be disavowed. Without this, all the talk about an «open door» is nothing more than an attempt to mislead the public."
Z5 = "Russian troops are on Russian territory. We do not accept any preconditions from Washington about where our units should be, and we do not intend to discuss this with anyone."
L["mid-2022-01-27-zakharova-briefing"] = [
 ("Good afternoon. Let us begin with the most discussed topic of the week, the replies that we received yesterday from Washington and from Brussels.", MZ, 1, "Maria Zakharova", "", "", 1, D),
 ("The documents are being studied by the relevant agencies. I will not comment on their content before the country's leadership has analysed them and taken a decision.", MZ, 1, "Maria Zakharova", "", "", 1, D),
 (Z3, MZ, 1, "Maria Zakharova", "no-strike-weapons-near-borders", "supports", 1, D),
 (Z3, MZ, 1, "Maria Zakharova", "rollback-to-1997", "supports", 1, D),
 (Z4, MZ, 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, D),
 (Z4, MZ, 1, "Maria Zakharova", "nato-open-door", "rejects", 1, D),
 (Z5, MZ, 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, D),
 (Z5, MZ, 1, "Maria Zakharova", "no-preconditions", "supports", 1, D),
 ("This question should be addressed to the Defence Ministry. I can only confirm that Mr Stoltenberg once again offered to restore contacts between the militaries, and Moscow will consider this proposal together with everything else that is in the papers.", MZ, 1, "Maria Zakharova", "resume-military-dialogue", "mentions", 1, D),
 ("Our position on intermediate-range and shorter-range missiles is well known. We propose a mutual refusal to deploy them in areas from which they can reach the territory of the other side, and we are waiting for an answer on this too. But this cannot be separated from the package.", MZ, 1, "Maria Zakharova", "no-intermediate-range-missiles", "supports", 1, D),
 ("The Kiev regime is not a party to these negotiations. Mr Kuleba can say whatever he likes, but the cooperation of NATO countries with Ukraine in the military field, the instructors, the weapons supplies, the bases for training, all this must stop.", MZ, 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, D),
 ("We have long seen that certain capitals in the Baltic region try to present themselves as more American than the Americans. This does not help anyone, least of all their own populations.", MZ, 1, "Maria Zakharova", "", "", 1, D),
 ("When the analysis is completed. The President will take the decision. I ask you not to rush events and not to engage in speculation.", MZ, 1, "Maria Zakharova", "", "", 1, D),
]

D = "2022-01-21"
BL = "Blinken said he had told Lavrov that the alliance’s door would stay open and that Russia must pull its troops back from Ukraine’s border if it wanted diplomacy to succeed."
LETH = "Lethbridge said Moscow’s insistence on talks without preconditions was designed to separate the troop build-up on Ukraine’s border from the negotiating table."
ZIEL = "Tomasz Zieliński, of the Centre for Eastern Studies in Warsaw, said Moscow’s demand that Nato end all military co-operation with Ukraine, Georgia and Moldova was the most far-reaching in the package, because it would leave those countries to face Russia alone."
L["times-2022-01-22-what-putin-wants-from-nato"] = [
 ("Lavrov told reporters that Moscow expected written answers to its proposals next week and insisted that Nato’s eastward expansion must end.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 (BL, "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("Putin wants the Bucharest promise formally withdrawn, because as long as it stands Kiev and Tbilisi have a door they can walk through,", "fiona-lethbridge", 1, "Fiona Lethbridge", "rescind-bucharest-2008", "mentions", 1, ""),
 (LETH, "fiona-lethbridge", 1, "Lethbridge", "no-preconditions", "mentions", 0, ""),
 (LETH, "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Moscow’s idea that American destroyers and bombers should keep out of any area from which they could hit Russia would in practice bar them from the Black Sea and much of the Baltic,", "ian-pryce", 1, "Ian Pryce", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("London and Washington keep saying the troops must go back to barracks first; Moscow keeps saying they are on Russian soil,", "ian-pryce", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("I would not bet on a deal before the spring thaw.", "ian-pryce", 1, "he", "", "", 1, ""),
 ("For Russia the nightmare is an American missile in Poland or Romania that can reach Moscow in minutes. A ban on such missiles within range of each other is the minimum,", "andrei-zolotaryov", 1, "Andrei Zolotaryov", "no-intermediate-range-missiles", "supports", 1, ""),
 (ZIEL, "tomasz-zielinski", 1, "Tomasz Zieliński", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (ZIEL, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
]

write_gold(L, "articles-108", "gold-108")
