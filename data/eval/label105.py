#!/usr/bin/env python3
"""Writes the 105th held-out gold (gold-105/*.nq) from the labels below.

Batch 105 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven forms:

- ap-2022-01-10-geneva-sherman-ryabkov: AP wire copy without front matter
  (byline, date line, "GENEVA (AP) —" dateline), straight quotation marks, a
  lede with two speakers, a quotation split by "Sherman told reporters", a
  speaker named only by role ("The deputy secretary") or pronoun, the Baker
  1990 and Bucharest 2008 background (not labelled), and a demand attributed
  in passing to Moscow inside a Polish minister's sentence.
- tass-2022-01-10-ryabkov-geneva-press-conference: TASS transcript of the
  Ryabkov / Fomin press conference in Geneva, front matter, speaker labels
  ("Sergei Ryabkov:", "Alexander Fomin:") and journalists' questions, answer
  paragraphs without a label continuing the previous speaker.
- aljazeera-2022-01-12-nato-russia-council-live: Al Jazeera English live blog
  of the NATO-Russia Council, front matter, curly quotation marks, timestamped
  entries with crossheads, a photo caption, a READ MORE link line, an
  anonymous senior EU official (-> european-union), an in-passing Russian
  demand inside a Lithuanian minister's sentence, an invented analyst.
- economist-2022-01-15-what-putin-wants: The Economist analysis without front
  matter ("Jan 15th 2022"), rubric and standfirst, words quoted from the draft
  treaty and the history (Baker 1990, Founding Act 1997, Bucharest 2008) not
  labelled, invented experts quoted in the present tense ("says", "adds",
  "argues": no day, so undated), Rau at the OSCE and Lavrov's press conference.
- state-2022-01-26-blinken-written-response: State Department press
  availability transcript, front matter, "MR PRICE:" as moderator (no label),
  "QUESTION:" (no label), "SECRETARY BLINKEN:" answers, one label set per
  answer paragraph; offers to discuss are mentions.
- izvestia-2022-01-27-answer-of-usa: machine-translated Izvestia, UTF-8 BOM
  and CRLF line ends, no front matter (date in the text), « » quotation marks
  with "— said X" attribution after the quotation, indirect speech spanning
  two sentences ("The main question, as explained the minister, ..."), a
  "Read also" block.
- spiegel-2022-02-04-interview-vossberg: DER SPIEGEL International Q&A
  interview with an invented former German negotiator, front matter, „ “ in
  the standfirst, "DER SPIEGEL:" questions (no label), "Vossberg:" answers,
  the interview day given in the intro (Wednesday = 2022-02-02).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label); journalists'
  questions and the moderator get no label; the speaker name is the one the
  speaker label gives, title dropped ("BLINKEN", "Sergei Ryabkov", "Vossberg");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "key
  principles", "security proposals that are non-starters", "arms control"),
  gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the 2002 NRC, the 2021 mission closures), words quoted from documents,
  headlines, crossheads, standfirsts, photo captions and link lines are not
  labelled; statements by unnamed groups with no identifiable actor
  ("officials in Washington", "a Ukrainian diplomat") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  live-blog entries are of the blog's day; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia and the United States ended more than seven hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted it needed guarantees that Ukraine will never join NATO and Washington called several of the Kremlin's demands \"non-starters.\"", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need ironclad, legally binding guarantees, not promises and not assurances,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO. We need ironclad, legally binding guarantees, not promises and not assurances,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We are moving our forces on our own territory, and nobody has the right to tell us where to keep them,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as Russia took reciprocal steps.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, as long as Russia took reciprocal steps.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She said the two sides had also talked about restoring regular contacts between their militaries, but offered no details.", "wendy-sherman", 1, "She", "resume-military-dialogue", "mentions", 0, D),
 ("The deputy secretary said she had urged the Russian delegation to de-escalate and send the troops near Ukraine back to their barracks, adding that it was hard to see how diplomacy could succeed \"in an atmosphere of escalation.\"", "wendy-sherman", 1, "The deputy secretary", "russia-de-escalation", "supports", 0, D),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will insist that our proposals are considered as a package, without anyone picking out only the parts they like,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("In Warsaw, Polish Defense Minister Mariusz Blaszczak said on Sunday that NATO would not scale back its exercises on the alliance's eastern flank and that U.S. troops would remain in Poland, despite Moscow's demands that the alliance withdraw its forces from countries that joined it after 1997.", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "limit-military-exercises", "rejects", 0, "2022-01-09"),
 ("In Warsaw, Polish Defense Minister Mariusz Blaszczak said on Sunday that NATO would not scale back its exercises on the alliance's eastern flank and that U.S. troops would remain in Poland, despite Moscow's demands that the alliance withdraw its forces from countries that joined it after 1997.", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "rollback-to-1997", "rejects", 0, "2022-01-09"),
 ("In Warsaw, Polish Defense Minister Mariusz Blaszczak said on Sunday that NATO would not scale back its exercises on the alliance's eastern flank and that U.S. troops would remain in Poland, despite Moscow's demands that the alliance withdraw its forces from countries that joined it after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
F = ("alexander-fomin", 1, "Alexander Fomin")
L["tass-2022-01-10-ryabkov-geneva-press-conference"] = [
 ("Good evening. The conversation was difficult, long, very professional, deep and concrete, without any attempt to smooth over the sharp corners.", *R, "", "", 1, D),
 ("We explained to our American colleagues that the non-expansion of NATO is an absolute imperative for us. We need iron-clad, waterproof, bullet-proof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", *R, "nato-non-expansion", "supports", 1, D),
 ("We explained to our American colleagues that the non-expansion of NATO is an absolute imperative for us. We need iron-clad, waterproof, bullet-proof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", *R, "written-legal-guarantees", "supports", 1, D),
 ("It was. The Bucharest formula about the future membership of Ukraine and Georgia must be disavowed. We said this today in plain words. I cannot say that the Americans heard us.", *R, "rescind-bucharest-2008", "supports", 1, D),
 ("The American side showed a certain interest in the topic of intermediate-range missiles. This is not news for us, we proposed a moratorium on their deployment in Europe long ago. We are ready to work on this, it is important, but only as part of a package and not instead of the main thing.", *R, "no-intermediate-range-missiles", "supports", 1, D),
 ("The same applies to exercises. NATO holds larger and larger drills close to our borders, and they must be scaled back, on a reciprocal basis. But exercises are a secondary subject.", *R, "limit-military-exercises", "supports", 1, D),
 ("I heard these words. The so-called open-door policy is not a sacred cow. It is a decision of the bloc itself, and decisions can be changed. For us this door must be closed.", *R, "nato-open-door", "rejects", 1, D),
 ("Yes, the American side again raised the question of our troops near the Ukrainian border. We listened. We took note.", *R, "russia-de-escalation", "mentions", 1, D),
 ("Regular dialogue between our militaries broke off years ago, and not through our fault. We proposed to restore contacts and to create a direct line between our defense ministries. The American side took note.", *F, "resume-military-dialogue", "supports", 1, D),
 ("American strategic bombers fly twenty kilometers from our borders, and American destroyers enter the Black Sea as if it were their own lake. Warships and aircraft must stay out of the areas from which they can strike Russian territory. That is our position.", *F, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("There is no decision yet. Much will depend on Brussels on Wednesday and on Vienna on Thursday. I would not speak of a deadlock, but I see no reason for optimism either.", *R, "", "", 1, D),
 ("We went to Geneva without any preconditions, and we expect the same approach from our partners in Brussels and in Vienna.", *R, "no-preconditions", "supports", 1, D),
 ("Earlier, Russian President Vladimir Putin said that Moscow needed legal guarantees, not verbal ones, pointing out that the West had ignored the assurances it gave in the 1990s.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-12"
L["aljazeera-2022-01-12-nato-russia-council-live"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("We will not compromise on the right of each nation to choose its own path. Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("We will not compromise on the right of each nation to choose its own path. Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("He added that NATO had also suggested reopening the two sides’ missions in Brussels and Moscow and restoring military communication channels to avoid incidents and accidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("NATO’s further expansion must be stopped. We cannot accept a situation in which our security is decided without us,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("Grushko said Moscow had told the allies that NATO’s military activity in Ukraine, Georgia and other former Soviet republics had to end.", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Asked about NATO’s offer to restore military contacts, the deputy minister said this was “not on our agenda” as long as the alliance treated Russia as an adversary.", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 0, D),
 ("A senior EU official, speaking on condition of anonymity, told reporters in Brussels that the bloc would not accept any arrangement that limited NATO exercises in the Baltic region.", "european-union", 0, "A senior EU official", "limit-military-exercises", "rejects", 0, D),
 ("Europe is not a spectator. Any discussion on European security must involve the European Union and must be in coordination with us,", "josep-borrell", 1, "Borrell", "", "", 1, D),
 ("Lithuania’s Foreign Minister Gabrielius Landsbergis said the alliance must not trade away the security of its eastern flank, despite Russia’s demand that NATO keep strike weapons out of countries near its borders.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("Lithuania’s Foreign Minister Gabrielius Landsbergis said the alliance must not trade away the security of its eastern flank, despite Russia’s demand that NATO keep strike weapons out of countries near its borders.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("no one in Moscow will decide for Ukrainians which alliance they join", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-11"),
 ("no one in Moscow will decide for Ukrainians which alliance they join", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 ("without any preconditions and without ultimatums from the Western side", "maria-zakharova", 1, "Maria Zakharova", "no-preconditions", "supports", 1, D),
 ("Moscow is asking NATO to revoke Bucharest and to pull its forces back to the 1997 lines. Nobody around that table can say yes to that, and the Russians know it,", "nadia-orlova-haynes", 1, "she", "rescind-bucharest-2008", "mentions", 1, D),
 ("Moscow is asking NATO to revoke Bucharest and to pull its forces back to the 1997 lines. Nobody around that table can say yes to that, and the Russians know it,", "nadia-orlova-haynes", 1, "she", "rollback-to-1997", "mentions", 1, D),
]

L["economist-2022-01-15-what-putin-wants"] = [
 ("The key to everything is the guarantee that NATO will not move eastward. We will not let our proposals be drowned in endless discussions,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Alexander Lukashevich, Russia's ambassador to the OSCE, told reporters the same day that Moscow wanted NATO to stop building up military infrastructure in Ukraine and Georgia.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("The Kremlin does not seriously expect NATO to promise never to take in Ukraine. What it wants is a written, legally binding text it can wave at every future summit,", "ilya-sverdlin", 1, "Ilya Sverdlin", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin does not seriously expect NATO to promise never to take in Ukraine. What it wants is a written, legally binding text it can wave at every future summit,", "ilya-sverdlin", 1, "Ilya Sverdlin", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow asks for talks without preconditions and then sets a deadline of a few weeks. That is the whole paradox,", "ilya-sverdlin", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("Asking us to send the Americans home and to dismantle everything NATO has built here since 1999 is asking us to become a buffer zone again. That is a non-starter,", "tomasz-wielgus", 1, "Tomasz Wielgus", "rollback-to-1997", "rejects", 1, ""),
 ("Poland will not accept any deal that bans American missiles from our soil while Russia keeps its Iskanders in Kaliningrad,", "tomasz-wielgus", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("A treaty that needs two-thirds of the Senate is a fantasy. No American administration could deliver legally binding guarantees of that kind, and none should try.", "caroline-ashdown", 1, "Caroline Ashdown", "written-legal-guarantees", "rejects", 1, ""),
 ("Cap the snap exercises, notify the big ones, bring back the observers. That costs us little, and it is where a deal is possible.", "caroline-ashdown", 1, "she", "limit-military-exercises", "supports", 1, ""),
]

D = "2022-01-26"
B = ("antony-blinken", 1, "BLINKEN")
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own paper in parallel, and the two are fully coordinated with our Allies and with Ukraine.", *B, "", "", 1, D),
 ("The document sets out a serious diplomatic path, should Russia choose it. It contains proposals on arms control and on confidence-building measures, areas where we believe progress is possible if it is reciprocal.", *B, "", "", 1, D),
 ("It also makes clear that there are core principles we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity. These principles are not a concession we can trade.", *B, "", "", 1, D),
 ("The best path forward is for Russia to de-escalate: to pull back the forces it has massed on Ukraine's borders and to engage in diplomacy in good faith. The choice is Russia's.", *B, "russia-de-escalation", "supports", 1, D),
 ("There is no change, and there will be no change. We've been very clear that Ukraine's future in NATO is a decision for Ukraine and the 30 Allies, not for Moscow, and NATO's door remains open.", *B, "no-ukraine-membership", "rejects", 1, D),
 ("There is no change, and there will be no change. We've been very clear that Ukraine's future in NATO is a decision for Ukraine and the 30 Allies, not for Moscow, and NATO's door remains open.", *B, "nato-open-door", "supports", 1, D),
 ("As for publication, we've chosen not to make the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks.", *B, "", "", 1, D),
 ("On some of the issues we've talked about, arms control in particular, it's possible that agreements could be legally binding, as arms control agreements usually are. But the idea that we would sign a treaty committing NATO never to enlarge again is simply not on the table.", *B, "written-legal-guarantees", "mentions", 1, D),
 ("On some of the issues we've talked about, arms control in particular, it's possible that agreements could be legally binding, as arms control agreements usually are. But the idea that we would sign a treaty committing NATO never to enlarge again is simply not on the table.", *B, "nato-non-expansion", "rejects", 1, D),
 ("We've been clear that we will not withdraw from the territory of Allies who joined the Alliance after 1997. The forces we have in Poland, in the Baltic states, in Romania, are there to reassure Allies, and they are staying.", *B, "rollback-to-1997", "rejects", 1, D),
 ("When it comes to where our ships sail and our aircraft fly, we will continue to operate wherever international law allows, as we always have. We are, however, prepared to discuss risk-reduction measures, including a restoration of military-to-military channels that Russia itself let lapse.", *B, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("When it comes to where our ships sail and our aircraft fly, we will continue to operate wherever international law allows, as we always have. We are, however, prepared to discuss risk-reduction measures, including a restoration of military-to-military channels that Russia itself let lapse.", *B, "resume-military-dialogue", "supports", 1, D),
 ("We've said that we are prepared to discuss reciprocal commitments by both the United States and Russia to refrain from deploying offensive strike systems in Ukraine. That is in the paper.", *B, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("On Bucharest, no. The Bucharest declaration stands, and Allies reaffirmed it at every summit since.", *B, "rescind-bucharest-2008", "rejects", 1, D),
 ("I'm not going to speculate on what Moscow may or may not do. We expect to speak with Foreign Minister Lavrov in the coming days, once Russia has had a chance to read the paper and is ready to discuss next steps.", *B, "", "", 1, D),
 ("Whatever Russia decides, we're prepared either way. If Russia chooses diplomacy, we are ready. If it renews its aggression against Ukraine, we are ready to impose massive consequences together with our Allies and partners.", *B, "", "", 1, D),
]

D = "2022-01-27"
W = "2022-01-26"
L["izvestia-2022-01-27-answer-of-usa"] = [
 ("in the document there is no positive reaction on the main question", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, D),
 ("The main question, as explained the minister, is our clear position about the inadmissibility of the further expansion of NATO to the East and of the deployment of the strike weapons which can threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, D),
 ("The main question, as explained the minister, is our clear position about the inadmissibility of the further expansion of NATO to the East and of the deployment of the strike weapons which can threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 0, D),
 ("According to Lavrov, the American side again repeated in the document the principle of the «open doors» of the North Atlantic alliance.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "mentions", 0, D),
 ("There is a reaction which allows to count on the beginning of the serious conversation, but on the secondary questions", "sergei-lavrov", 1, "the head of the Russian diplomacy", "", "", 1, D),
 ("We will not hurry with the conclusions, it is necessary to study the text attentively", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("The Americans write again about the open doors, but for us the principle of the open doors is not the sacred principle, it cannot be realised at the expense of the security of Russia", "dmitry-peskov", 1, "the representative of the Kremlin", "nato-open-door", "rejects", 1, D),
 ("The Western partners must understand: the military cooperation of NATO with Kyiv and Tbilisi, the bases, the instructors, the supplies of the weapons — all this is the red line for us", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, W),
 ("Without the legal guarantees of the non-expansion of the alliance any paper of Washington remains only a paper", "leonid-slutsky", 1, "Leonid Slutsky", "written-legal-guarantees", "supports", 1, W),
 ("Without the legal guarantees of the non-expansion of the alliance any paper of Washington remains only a paper", "leonid-slutsky", 1, "Leonid Slutsky", "nato-non-expansion", "supports", 1, W),
 ("Washington proposes to speak about the secondary topics which Moscow itself proposed years ago. But about the returning of NATO to the lines of 1997 nobody even answered", "konstantin-bespalov", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 ("is not a subject of the bargaining with Moscow", "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 1, W),
]

D = "2022-02-02"
V = ("hanna-vossberg", 1, "Vossberg")
L["spiegel-2022-02-04-interview-vossberg"] = [
 ("More than people think. Both papers contain serious offers on arms control and on risk reduction, the kind of things I spent years negotiating in Vienna, and which were dead until December.", *V, "", "", 1, D),
 ("Moscow's core demand is that NATO stop enlarging, full stop, and that this be written into a treaty. Everything else in the drafts is packaging around that.", *V, "nato-non-expansion", "mentions", 1, D),
 ("Moscow's core demand is that NATO stop enlarging, full stop, and that this be written into a treaty. Everything else in the drafts is packaging around that.", *V, "written-legal-guarantees", "mentions", 1, D),
 ("No. A promise to freeze NATO's borders forever would give Moscow a veto over the choices of sovereign states. Finland and Sweden decide for themselves whether they want to join, and nobody else.", *V, "nato-non-expansion", "rejects", 1, D),
 ("No. A promise to freeze NATO's borders forever would give Moscow a veto over the choices of sovereign states. Finland and Sweden decide for themselves whether they want to join, and nobody else.", *V, "nato-open-door", "supports", 1, D),
 ("That is true, and everyone in Brussels knows it. But Moscow wants the West to say out loud that Ukraine will never join. That is a very different thing from the fact that nobody is offering Ukraine membership next year.", *V, "no-ukraine-membership", "mentions", 1, D),
 ("That is what Moscow asks for, yes: no bases, no instructors, no training missions in Ukraine or Georgia. In practice, it would turn both countries into a grey zone.", *V, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("I was in Bucharest in 2008, and I can tell you that the formula was a compromise that nobody in the room really liked. But you cannot withdraw it now, under pressure, with troops at the border. That would be the worst possible signal.", *V, "rescind-bucharest-2008", "rejects", 1, D),
 ("On missiles, first of all. A verifiable ban on ground-launched intermediate-range missiles in Europe, on both sides, is in everybody's interest. We had exactly that until 2019.", *V, "no-intermediate-range-missiles", "supports", 1, D),
 ("On ships and aircraft, too. Moscow wants American warships and bombers kept out of striking range of its territory. That can be discussed, the way the Incidents at Sea agreement was negotiated with the Soviets in 1972.", *V, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("Talks without preconditions while more than 100,000 soldiers stand at Ukraine's border? No. The troops have to go back first, otherwise every concession looks like a reward for blackmail.", *V, "no-preconditions", "rejects", 1, D),
 ("Talks without preconditions while more than 100,000 soldiers stand at Ukraine's border? No. The troops have to go back first, otherwise every concession looks like a reward for blackmail.", *V, "russia-de-escalation", "supports", 1, D),
 ("Berlin has been too quiet, yes. But quiet is not the same as weak, and Germany has said clearly that it stands with its allies.", *V, "", "", 1, D),
 ("That is a political decision, not an arms-control question, and I will leave it to the politicians to defend it.", *V, "", "", 1, D),
 ("I don't know. Nobody does, perhaps not even Mr. Putin. What I know is that the door to a negotiated solution is still open, and that it will not stay open forever.", *V, "", "", 1, D),
]

write_gold(L, "articles-105", "gold-105")
