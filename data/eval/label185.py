#!/usr/bin/env python3
"""Writes the held-out gold of batch 185 (gold-185/*.nq) from the labels below.

Batch 185 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles on the December 2021 - February 2022
crisis over Russia's demands for "security guarantees":

- pap-2022-01-13-rau-osce-permanent-council: PAP (Polish Press Agency) wire
  copy from the OSCE Permanent Council in Vienna; front matter, straight
  quotes, a quotation split by "Rau said", two speakers in one sentence, a
  demand attributed in passing to Moscow, 1999 Istanbul background, an
  unspecified "fundamental concerns" / "main demands".
- npr-2022-01-10-geneva-sherman-ryabkov: NPR broadcast transcript (host,
  reporter, SOUNDBITE blocks with capitalised speaker labels, an invited
  expert); no front matter, date in the text; host and reporter get no label,
  the reporter's reported speech of Ryabkov and Sherman does.
- hromadske-2022-01-19-hnatyuk-interview: Hromadske International Q&A with an
  invented former diplomat; UTF-8 BOM and CRLF line ends, front matter,
  « » quotes, a headline quotation and a "Read also" link line (unlabelled).
- vedomosti-2022-01-27-ryabkov-us-answer: machine-translated Vedomosti
  aggregator on the reactions to the US/NATO answers of 26 January; no front
  matter, „ “ quotes followed by ", — X said", a two-sentence quotation,
  an undated newspaper interview, an unspecified "principal question".
- rusi-2022-02-03-after-the-answers: RUSI commentary (op-ed) quoting invented
  experts; British single curly quotes, crossheads, a photo caption, words
  quoted from the draft agreement, Baker 1990 / Founding Act 1997 / Bucharest
  2008 background, an anonymous official, present-tense "says"/"notes".
- lsm-2022-01-12-nato-russia-council-live: LSM.lv live blog from the
  NATO-Russia Council day, timestamped entries in reverse order, curly quotes,
  "according to a statement", a colon-introduced quotation, a tweet.
- cspan-2022-02-01-sfrc-russia-security-demands: C-SPAN transcript of a
  Senate Foreign Relations Committee hearing with an invented State Department
  witness; speaker labels on their own line, senators' questions that ask
  about a demand, history inside answers.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label (the committee
  chairman, who only opens, hands over and closes, counts as moderator;
  senators asking the witness are speakers); the interviewee's name is the one
  the intro/speaker label gives, as written there;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""), also when it is about history;
  reported speech about no demand, or about demands left unspecified ("the
  main issue", "fundamental concerns", "the principal question"), gets no
  label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents and descriptions of the drafts' text with no
  speaker, headlines, crossheads, standfirsts, photo captions and link lines
  are not labelled; statements by unnamed groups with no identifiable actor
  ("Russian officials", "officials who have described it", an anonymous
  official) are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("dismissed Moscow's demand to ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given; inside a
  direct quotation it is only the quoted speaker's label;
- speaker ids: persons as firstname-lastname slugs; speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-permanent-council"] = [
 ("No participating State can be denied the right to choose its own security arrangements, including treaties of alliance,", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Poland will not trade away the freedom of our neighbours to join NATO for a promise of calm.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Rau also rejected the idea that NATO should withdraw troops and infrastructure from the countries that joined the alliance after 1997, which Moscow put into the draft agreement it published on December 17.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Rau also rejected the idea that NATO should withdraw troops and infrastructure from the countries that joined the alliance after 1997, which Moscow put into the draft agreement it published on December 17.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We need legally binding guarantees that NATO will not move further east, and we need them now,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees that NATO will not move further east, and we need them now,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("a constructive reaction, and not in months, but in days", "alexander-lukashevich", 1, "The Russian envoy", "", "", 1, "2022-01-13"),
 ("He dismissed Western calls for a Russian pullback, saying the movement of troops on Russia's own territory was a sovereign matter and \"nobody's business\".", "alexander-lukashevich", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("U.S. Ambassador Michael Carpenter said Washington was prepared to discuss reciprocal limits on military exercises in Europe, within the OSCE and in other formats, if Moscow engaged seriously.", "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("But we did not come to Vienna to be handed an ultimatum with a deadline attached,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("We are here to listen, but we are not here to be lectured.", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Both Rau and Carpenter urged Moscow to return its troops to their barracks and to use the OSCE's risk-reduction mechanisms instead of threats.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Both Rau and Carpenter urged Moscow to return its troops to their barracks and to use the OSCE's risk-reduction mechanisms instead of threats.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("In Warsaw, Deputy Defence Minister Marcin Ociepa told Polish Radio on Thursday morning that allied exercises planned in Poland for this year would go ahead in full and that the government would not accept \"limits on our own territory\".", "marcin-ociepa", 1, "Marcin Ociepa", "limit-military-exercises", "rejects", 0, "2022-01-13"),
 ("Moscow is posting the same letter to a third address and hoping for a different answer,", "agnieszka-rutkowska", 1, "she", "", "", 1, ""),
 ("The OSCE cannot give Russia what NATO has already refused, and Lukashevich knows it.", "agnieszka-rutkowska", 1, "she", "", "", 1, ""),
]
L["npr-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters afterward that Moscow needs ironclad, legally binding guarantees that NATO will not expand any further.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, told reporters afterward that Moscow needs ironclad, legally binding guarantees that NATO will not expand any further.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States. And we will not make decisions about Ukraine without Ukraine, about Europe without Europe or about NATO without NATO.", "wendy-sherman", 1, "WENDY SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("Sherman said the U.S. is open to talking about where intermediate-range missiles can and cannot be deployed in Europe and about reciprocal limits on the size and scope of military exercises, as long as Russia does the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the U.S. is open to talking about where intermediate-range missiles can and cannot be deployed in Europe and about reciprocal limits on the size and scope of military exercises, as long as Russia does the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We need legally binding guarantees. Not assurances, not safeguards, but guarantees that are written down, signed and ratified.", "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("This was a frank and forthright discussion, a better understanding of each other and of each other's priorities, but it was not a negotiation.", "wendy-sherman", 1, "WENDY SHERMAN", "", "", 1, "2022-01-10"),
 ("Ryabkov insisted Russia has no plans to invade, and he said Moscow would not accept any preconditions for continuing the dialogue, including a pullback of its forces from the border.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Ryabkov insisted Russia has no plans to invade, and he said Moscow would not accept any preconditions for continuing the dialogue, including a pullback of its forces from the border.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("The missile piece is real. There is a deal to be had on where intermediate-range systems can go, the kind of thing the two sides did in the INF Treaty in 1987. What is not real is the idea that Washington will hand Moscow everything else on its list. That is not going to happen.", "rebecca-auclair", 1, "REBECCA AUCLAIR", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("And look, everybody in Geneva asked for de-escalation, and nobody in Geneva expects to see it this week.", "rebecca-auclair", 1, "REBECCA AUCLAIR", "russia-de-escalation", "mentions", 1, "2022-01-10"),
 ("Then we are in a very different conversation, and it will not be diplomats having it.", "rebecca-auclair", 1, "REBECCA AUCLAIR", "", "", 1, "2022-01-10"),
]
L["hromadske-2022-01-19-hnatyuk-interview"] = [
 ("Russia still demands that NATO rule out membership for Ukraine, a demand Blinken has repeatedly called a non-starter.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Russia still demands that NATO rule out membership for Ukraine, a demand Blinken has repeatedly called a non-starter.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, ""),
 ("Kuleba said after the meeting that Ukraine «will not be intimidated» and that the only real guarantee of security in Europe was a Russian withdrawal from Ukraine's border.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, "2022-01-19"),
 ("The goal is written into the first articles: no more enlargement of the alliance, ever, certainly not to Ukraine, and all of that in a legally binding form. A verbal promise is not enough for the Kremlin, because it says it was deceived in the nineties. Frankly, they want a document they can wave at us for the next fifty years.", "taras-hnatyuk", 1, "Taras Hnatyuk", "nato-non-expansion", "mentions", 1, "2022-01-19"),
 ("The goal is written into the first articles: no more enlargement of the alliance, ever, certainly not to Ukraine, and all of that in a legally binding form. A verbal promise is not enough for the Kremlin, because it says it was deceived in the nineties. Frankly, they want a document they can wave at us for the next fifty years.", "taras-hnatyuk", 1, "Taras Hnatyuk", "written-legal-guarantees", "mentions", 1, "2022-01-19"),
 ("The goal is written into the first articles: no more enlargement of the alliance, ever, certainly not to Ukraine, and all of that in a legally binding form. A verbal promise is not enough for the Kremlin, because it says it was deceived in the nineties. Frankly, they want a document they can wave at us for the next fifty years.", "taras-hnatyuk", 1, "Taras Hnatyuk", "no-ukraine-membership", "mentions", 1, "2022-01-19"),
 ("No, and it should not. The door is not Washington's to close, and Ukraine's right to choose its alliances is not something Americans can trade away in Geneva.", "taras-hnatyuk", 1, "Taras Hnatyuk", "nato-open-door", "supports", 1, "2022-01-19"),
 ("No, and it should not. The door is not Washington's to close, and Ukraine's right to choose its alliances is not something Americans can trade away in Geneva.", "taras-hnatyuk", 1, "Taras Hnatyuk", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("Symbolically, very. In Bucharest the allies wrote that Ukraine and Georgia will become members, and Moscow has treated that sentence as a declaration of war for fourteen years. Revoking it would be a humiliation for the alliance and a signal to every autocrat that pressure works. I do not think any ally will agree to touch it.", "taras-hnatyuk", 1, "Taras Hnatyuk", "rescind-bucharest-2008", "rejects", 1, "2022-01-19"),
 ("That is the part people in the West underestimate. The treaty would forbid any NATO military activity in Ukraine, even training, even a joint exercise in the Black Sea. For us this is unacceptable. Our partnership with the Americans, the British and the Canadians is a bilateral matter and not a subject for Russian approval.", "taras-hnatyuk", 1, "Taras Hnatyuk", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-19"),
 ("Talking is always better than shooting. But there is a sequence. There should be no talks about Ukraine while a hundred thousand Russian soldiers stand at our border. First they go back to their bases, then we talk.", "taras-hnatyuk", 1, "Taras Hnatyuk", "no-preconditions", "rejects", 1, "2022-01-19"),
 ("Talking is always better than shooting. But there is a sequence. There should be no talks about Ukraine while a hundred thousand Russian soldiers stand at our border. First they go back to their bases, then we talk.", "taras-hnatyuk", 1, "Taras Hnatyuk", "russia-de-escalation", "supports", 1, "2022-01-19"),
 ("Yes, and I would support it. Hotlines and regular contacts between general staffs are how you stop an accident in the Black Sea from turning into a war. It costs NATO nothing and it does not touch Ukraine's sovereignty.", "taras-hnatyuk", 1, "Taras Hnatyuk", "resume-military-dialogue", "supports", 1, "2022-01-19"),
 ("Missiles are a legitimate subject between Washington and Moscow, and I would not be surprised to see a compromise on where they can be deployed. My only worry is that it happens above our heads.", "taras-hnatyuk", 1, "Taras Hnatyuk", "no-intermediate-range-missiles", "mentions", 1, "2022-01-19"),
 ("I am not optimistic. Moscow will receive its answers, it will say they are unsatisfactory, and then it will decide. We have to be ready for the worst and keep calm at the same time.", "taras-hnatyuk", 1, "Taras Hnatyuk", "", "", 1, "2022-01-19"),
]
L["vedomosti-2022-01-27-ryabkov-us-answer"] = [
 ("The main question is the non-expansion of NATO to the east, and on it there is no positive reaction in the document", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The diplomat also underlined that the refusal of the deployment of the strike weapon systems near the Russian borders and the withdrawal of the NATO infrastructure to the positions of 1997 remain for Moscow „the non-negotiable elements“ of the package.", "sergei-ryabkov", 1, "The diplomat", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("The diplomat also underlined that the refusal of the deployment of the strike weapon systems near the Russian borders and the withdrawal of the NATO infrastructure to the positions of 1997 remain for Moscow „the non-negotiable elements“ of the package.", "sergei-ryabkov", 1, "The diplomat", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("It would be wrong to say that our thoughts were completely ignored, and it would be wrong to say that they were taken into account in full", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Peskov also named „absolutely unacceptable“ the requirements of the West to remove the Russian troops from the border of Ukraine, having reminded, that the troops are located on the own territory of Russia.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("We do not accept the so-called policy of the open doors as the dogma. The freedom of the choice of the alliances does not give the right to strengthen own security at the expense of others", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, "2022-01-26"),
 ("The official representative of MFA Maria Zakharova on Thursday at the briefing said, that the Western partners continue to fill Ukraine with the weapons and the instructors, and this activity of NATO on the Ukrainian territory must stop.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, "2022-01-27"),
 ("The decision of Bucharest of 2008 must be revised, otherwise all the talks about the indivisible security are the empty sound", "maria-zakharova", 1, "Zakharova", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("The deputy minister Alexander Grushko in the interview to the newspaper „Izvestia“ declared, that Russia continues to insist on the reduction of the military exercises near the borders and on the agreement that the warships and the aircraft of the both sides will not approach the areas from which they can strike each other.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, ""),
 ("The deputy minister Alexander Grushko in the interview to the newspaper „Izvestia“ declared, that Russia continues to insist on the reduction of the military exercises near the borders and on the agreement that the warships and the aircraft of the both sides will not approach the areas from which they can strike each other.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The restoration of the military contacts is not the priority for us, while the alliance does not hear our main concerns", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, ""),
 ("The Americans answered on everything except the question of 1997 and the policy of the open doors, and Moscow will now look how to raise them differently", "igor-vasnetsov", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 ("The Americans answered on everything except the question of 1997 and the policy of the open doors, and Moscow will now look how to raise them differently", "igor-vasnetsov", 1, "the expert", "nato-open-door", "mentions", 1, ""),
 ("There is no change; there will be no change", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We are ready to listen to the concerns of Russia, but we cannot compromise on the core principles", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
]
L["rusi-2022-02-03-after-the-answers"] = [
 ("a demand to turn Poland and the Baltic states into second-class allies, which no government in Warsaw could survive accepting", "piotr-dalecki", 1, "Piotr Dalecki", "rollback-to-1997", "rejects", 1, ""),
 ("Secretary of State Antony Blinken said on 26 January that the US reply upheld ‘NATO’s open door’ and that there would be no change to it, while Secretary General Jens Stoltenberg told reporters the same day that NATO would ‘not compromise’ on the right of every nation to choose its own path.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Secretary of State Antony Blinken said on 26 January that the US reply upheld ‘NATO’s open door’ and that there would be no change to it, while Secretary General Jens Stoltenberg told reporters the same day that NATO would ‘not compromise’ on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Russia’s security cannot be guaranteed while Ukraine is a candidate for NATO; without that, everything else in these letters is decoration,", "mikhail-zorin", 1, "Mikhail Zorin", "no-ukraine-membership", "supports", 1, ""),
 ("The Kremlin will take whatever is offered, pocket it, and still say no.", "mikhail-zorin", 1, "Mikhail Zorin", "", "", 1, ""),
 ("A cap on snap exercises near borders, with notification and observers, is in everybody’s interest and was nearly agreed in the Vienna Document talks years ago,", "ingrid-solheim", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("Solheim notes, however, that the proposed ban on Western military cooperation with non-members such as Ukraine, Georgia and Moldova has barely been discussed in public at all.", "ingrid-solheim", 1, "Solheim", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Stoltenberg has repeatedly proposed reopening the Russian mission to NATO and restoring military lines of communication; Deputy Foreign Minister Alexander Grushko replied in January that Moscow saw ‘no point’ in contacts with an alliance that treated Russia as an adversary.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("Stoltenberg has repeatedly proposed reopening the Russian mission to NATO and restoring military lines of communication; Deputy Foreign Minister Alexander Grushko replied in January that Moscow saw ‘no point’ in contacts with an alliance that treated Russia as an adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, ""),
 ("Freedom of navigation in the Black Sea is not something the United Kingdom will negotiate with anyone, least of all in a bilateral treaty between Moscow and Washington.", "james-farrant", 1, "James Farrant", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Russia says it wants talks without preconditions and then arrives with a list of ultimatums. We are happy to talk, but not about our own sovereignty,", "edgars-rinkevics", 1, "Rinkēvičs", "no-preconditions", "mentions", 1, "2022-01-12"),
 ("Russian Deputy Defence Minister Alexander Fomin told the council that NATO warships and strategic bombers were operating ever closer to Russia's borders and that this had to stop, according to a statement from the Russian Defence Ministry.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("It is absolutely necessary for us to have legally binding guarantees that NATO will stop its expansion,", "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-12"),
 ("It is absolutely necessary for us to have legally binding guarantees that NATO will stop its expansion,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("Grushko said Russia also wanted a mutual commitment that intermediate-range missiles would not be deployed within reach of each other's territory, a proposal Moscow first made in 2019.", "alexander-grushko", 1, "Grushko", "no-intermediate-range-missiles", "supports", 0, "2022-01-12"),
 ("Asked about NATO's offer to restore military contacts, he said Russia was prepared to discuss the idea but that it was “not the main issue”.", "alexander-grushko", 1, "he", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("Allies reaffirmed that we will not compromise on core principles, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues, and they will not be easy to bridge.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("We are ready to talk about offensive missile systems in Ukraine. We are not ready to talk about pulling American and allied forces out of countries that are members of this alliance.", "wendy-sherman", 1, "Wendy Sherman", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-12"),
 ("We are ready to talk about offensive missile systems in Ukraine. We are not ready to talk about pulling American and allied forces out of countries that are members of this alliance.", "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Moscow’s idea that Latvia cannot decide which weapons stand on Latvian soil is a non-starter,", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("He also dismissed Moscow's demand to curb NATO air policing and naval patrols in the Baltic, saying allied jets and ships would keep flying and sailing wherever international law allows.", "artis-pabriks", 1, "He", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-12"),
 ("He also dismissed Moscow's demand to curb NATO air policing and naval patrols in the Baltic, saying allied jets and ships would keep flying and sailing wherever international law allows.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We are calm, we are prepared, and we are not alone,", "krisjanis-karins", 1, "Krišjānis Kariņš", "", "", 1, "2022-01-12"),
]
L["cspan-2022-02-01-sfrc-russia-security-demands"] = [
 ("Thank you, Mr. Chairman. Let me be clear at the outset. The United States should not be negotiating anything with Moscow while a hundred thousand Russian troops are sitting on Ukraine's border. Putin should pull those forces back first, and then we can talk.", "jim-risch", 1, "Jim Risch", "no-preconditions", "rejects", 1, "2022-02-01"),
 ("Thank you, Mr. Chairman. Let me be clear at the outset. The United States should not be negotiating anything with Moscow while a hundred thousand Russian troops are sitting on Ukraine's border. Putin should pull those forces back first, and then we can talk.", "jim-risch", 1, "Jim Risch", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("I would also caution the administration against any deal that limits where we can put intermediate-range systems in Europe while Russia keeps the cruise missiles that killed the INF Treaty. We should not be trading away our own options for a promise from the Kremlin.", "jim-risch", 1, "Jim Risch", "no-intermediate-range-missiles", "rejects", 1, "2022-02-01"),
 ("Thank you, Chairman Menendez, Ranking Member Risch, members of the committee. On January 26, Ambassador Sullivan delivered our response to the Russian Foreign Ministry in Moscow. That response was coordinated closely with our allies and with the government of Ukraine.", "karen-whitfield", 1, "Karen Whitfield", "", "", 1, "2022-02-01"),
 ("Let me be direct about what the response does not contain. It does not contain any commitment that NATO will stop admitting new members, and it does not contain any pledge that Ukraine will never join. There will be no legally binding treaty on NATO's future. Those decisions belong to NATO and to Ukraine, and Russia has no veto.", "karen-whitfield", 1, "Karen Whitfield", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 ("Let me be direct about what the response does not contain. It does not contain any commitment that NATO will stop admitting new members, and it does not contain any pledge that Ukraine will never join. There will be no legally binding treaty on NATO's future. Those decisions belong to NATO and to Ukraine, and Russia has no veto.", "karen-whitfield", 1, "Karen Whitfield", "no-ukraine-membership", "rejects", 1, "2022-02-01"),
 ("Let me be direct about what the response does not contain. It does not contain any commitment that NATO will stop admitting new members, and it does not contain any pledge that Ukraine will never join. There will be no legally binding treaty on NATO's future. Those decisions belong to NATO and to Ukraine, and Russia has no veto.", "karen-whitfield", 1, "Karen Whitfield", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("Let me be direct about what the response does not contain. It does not contain any commitment that NATO will stop admitting new members, and it does not contain any pledge that Ukraine will never join. There will be no legally binding treaty on NATO's future. Those decisions belong to NATO and to Ukraine, and Russia has no veto.", "karen-whitfield", 1, "Karen Whitfield", "nato-open-door", "supports", 1, "2022-02-01"),
 ("What it does contain are areas where we believe progress is possible on a reciprocal basis, and a serious diplomatic path if Moscow chooses to take it. Our allies have sent a parallel letter of their own.", "karen-whitfield", 1, "Karen Whitfield", "", "", 1, "2022-02-01"),
 ("We are prepared for either path, diplomacy or deterrence, and the choice rests with President Putin.", "karen-whitfield", 1, "Karen Whitfield", "", "", 1, "2022-02-01"),
 ("Thank you, Mr. Chairman. Ms. Whitfield, the Russian draft treaty also says American warships and bombers must stay out of areas from which they could strike Russian territory. Would the administration ever agree to something like that?", "jeanne-shaheen", 1, "Jeanne Shaheen", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-02-01"),
 ("No, Senator. The United States Navy and Air Force will continue to operate wherever international law allows, including in the Black Sea and the Baltic. We will not accept restrictions that apply only to us and to our allies.", "karen-whitfield", 1, "Karen Whitfield", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-01"),
 ("At Bucharest in 2008 the alliance said Georgia and Ukraine would become members. Is the administration under any pressure from allies to walk that statement back?", "jeanne-shaheen", 1, "Jeanne Shaheen", "rescind-bucharest-2008", "mentions", 1, "2022-02-01"),
 ("None that we would entertain. The Bucharest declaration stands, and allies reaffirmed it at the Brussels summit last June. We are not going to withdraw it because Moscow has asked.", "karen-whitfield", 1, "Karen Whitfield", "rescind-bucharest-2008", "rejects", 1, "2022-02-01"),
 ("Ms. Whitfield, in 1997 NATO told Moscow it had no intention of stationing substantial combat forces on the territory of new members. What do you say to people who argue the alliance broke that promise?", "chris-murphy", 1, "Chris Murphy", "", "", 1, "2022-02-01"),
 ("Senator, the Founding Act was signed by both sides, and for more than a decade NATO kept its side while Russia invaded Georgia and then Ukraine. Our rotational forces in Poland and the Baltic states are a response to that record, and they will stay where they are. The idea that allied forces should go back to where they were in 1997 is simply unacceptable.", "karen-whitfield", 1, "Karen Whitfield", "rollback-to-1997", "rejects", 1, "2022-02-01"),
]

write_gold(L, "articles-185", "gold-185")
