#!/usr/bin/env python3
"""Writes the 112th held-out gold (gold-112/*.nq) from the labels below.

Batch 112 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, in seven forms:

- afp-2021-12-17-moscow-draft-treaties: AFP wire copy on the day the draft
  treaties were published; front matter, straight ASCII quotes, a byline, a
  crosshead (- 'Nobody else' -), a quotation split by "X told reporters", a
  quotation continued after "the deputy minister said", words quoted from the
  draft treaty, the Baker 1990 / Bucharest 2008 background, invented analysts.
- mid-2022-01-10-ryabkov-geneva-briefing: Russian Foreign Ministry transcript
  of Ryabkov's press conference after the Geneva talks; no front matter (the
  date is in the text), UTF-8 BOM and CRLF line ends, speaker labels
  ("Sergey Ryabkov:"), journalists' questions naming their outlet (one of them
  reports what Sherman said: no label), a moderator.
- aljazeera-2022-01-12-nato-russia-council-live: Al Jazeera English live blog
  of the NATO-Russia Council; front matter, curly quotes, timestamped entries
  with crossheads, present-tense "says", "in an interview with Al Jazeera",
  a passive ("was dismissed by Stoltenberg"), two speakers in one sentence,
  demands attributed in passing to Moscow inside Sherman's and Stoltenberg's
  reported sentences, speakers named by role ("the diplomat") and pronoun.
- eeas-2022-01-13-borrell-le-drian-brest: EU press conference (Gymnich in
  Brest, the day of the OSCE meeting in Vienna); no front matter, date line
  "Brest, 13/01/2022", speaker labels for Borrell and an interpreted Le Drian,
  "Q:" questions, a link line.
- state-2022-01-26-blinken-press-availability: State Department transcript on
  the day of the written answers; no front matter, "SECRETARY BLINKEN:",
  "MR PRICE:" (moderator, no label) and "QUESTION:" labels.
- rg-2022-01-28-grushko-nato-answer: Rossiyskaya Gazeta interview in stilted
  machine translation; front matter, « » and „ “ quotes, questions as bare
  paragraphs, answers opened by an em dash, a photo caption, Lavrov's reported
  words about "the main question" (unspecified: no label).
- economist-2022-01-15-russia-nato-talks: The Economist analysis after the
  week of talks; front matter, section line, standfirst, dateline, curly
  quotes, "says Ms Lindqvist" after the quotation, history (Baker 1990, the
  1997 Founding Act, Putin at Munich 2007, Bucharest 2008) that is not
  labelled, invented analysts alongside Rau, Kirby, Blaszczak, Landsbergis.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span;
- transcripts and Q/A interviews: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the speaker name is
  the one the intro or speaker label gives (titles dropped);
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it (an
  analyst describing what Moscow asks for mentions it);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main question", "our
  concerns", "core principles"), gets no label;
- historical background, words quoted from documents, headlines, crossheads,
  standfirsts, photo captions and link lines are not labelled; statements by
  unnamed groups ("NATO diplomats ... speaking on condition of anonymity")
  are left out;
- a demand attributed in passing to Moscow inside another speaker's reported
  sentence ("Moscow's demand that ...", "Moscow's call for ...", "the Russian
  delegation had again pressed for ...") is also Russia's label (speaker
  russia, not a person, direct 0), undated when no day is given; an analyst's
  or minister's own direct quotation describing what Moscow wants (as in
  batch 9) gets no russia label;
- a narrative sentence in which Russia or its foreign ministry is the one
  demanding (the AFP lede) is that actor's reported statement;
- speaker ids: persons as firstname-lastname slugs; dates: the day the words
  were said, resolved against the publication date; "" when the text gives
  no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2021-12-17-moscow-draft-treaties"] = [
 ("Russia on Friday published draft security agreements it wants to sign with the United States and NATO, demanding that the alliance never admit Ukraine and that it pull back forces deployed in eastern Europe since 1997.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia on Friday published draft security agreements it wants to sign with the United States and NATO, demanding that the alliance never admit Ukraine and that it pull back forces deployed in eastern Europe since 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The foreign ministry, which released the texts a week after handing them to a senior US diplomat in Moscow, also wants a ban on deploying intermediate-range missiles within striking distance of the other side and an end to NATO military activity in Ukraine, the South Caucasus and Central Asia.", "russian-foreign-ministry", 0, "The foreign ministry", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("The foreign ministry, which released the texts a week after handing them to a senior US diplomat in Moscow, also wants a ban on deploying intermediate-range missiles within striking distance of the other side and an end to NATO military activity in Ukraine, the South Caucasus and Central Asia.", "russian-foreign-ministry", 0, "The foreign ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("We need legally binding, legally formalised guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("not assurances, not safeguards, not promises.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("The non-expansion of NATO and the non-deployment of weapons that threaten us are the essence of our proposals,", "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, "2021-12-17"),
 ("The non-expansion of NATO and the non-deployment of weapons that threaten us are the essence of our proposals,", "sergei-ryabkov", 1, "the deputy minister", "no-strike-weapons-near-borders", "supports", 1, "2021-12-17"),
 ("This is not a menu. It is a package, and the parts cannot be taken out one by one.", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, "2021-12-17"),
 ("He added that Russia expected Washington to come to the table without preconditions and to answer quickly, because \"the situation is getting worse\".", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2021-12-17"),
 ("We are not going to compromise on the principle that every country has the right to choose its own alliances,", "jen-psaki", 1, "she", "nato-open-door", "supports", 1, "2021-12-17"),
 ("a matter for the 30 allies and Ukraine, nobody else", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("a matter for the 30 allies and Ukraine, nobody else", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2021-12-16"),
 ("Moscow wants the clock turned back to 1997, and it knows perfectly well that Washington cannot say yes,", "arkady-melnichuk", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("The drafts read less like an opening bid than like an ultimatum with a deadline attached,", "ivar-kristensen", 1, "Ivar Kristensen", "", "", 1, ""),
]
L["mid-2022-01-10-ryabkov-geneva-briefing"] = [
 ("Good evening, colleagues. We have just completed a long, difficult and very professional conversation with the American delegation led by Deputy Secretary of State Wendy Sherman. It lasted almost eight hours, including a working lunch.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, "2022-01-10"),
 ("I emphasised to our colleagues that for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("I emphasised to our colleagues that for us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Without a solution on the non-expansion of NATO and on the return of the alliance's infrastructure to the lines of 1997, there is no point in going further. These are not secondary questions for us. They are the core of the whole package.", "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("Without a solution on the non-expansion of NATO and on the return of the alliance's infrastructure to the lines of 1997, there is no point in going further. These are not secondary questions for us. They are the core of the whole package.", "sergei-ryabkov", 1, "Sergey Ryabkov", "rollback-to-1997", "supports", 1, "2022-01-10"),
 ("We proposed a ban on deploying intermediate-range and shorter-range missiles within range of each other's territory, and we insist on it. We also want real restrictions on exercises near our borders. The Americans are ready to discuss both, and we welcome that, but this cannot substitute for the main thing.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("We proposed a ban on deploying intermediate-range and shorter-range missiles within range of each other's territory, and we insist on it. We also want real restrictions on exercises near our borders. The Americans are ready to discuss both, and we welcome that, but this cannot substitute for the main thing.", "sergei-ryabkov", 1, "Sergey Ryabkov", "limit-military-exercises", "supports", 1, "2022-01-10"),
 ("We have no plans or intentions to attack Ukraine. Our troops are on our own territory, and we will not move them anywhere at anyone's request. All this talk of de-escalation is addressed to the wrong address.", "sergei-ryabkov", 1, "Sergey Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("The so-called open door policy is not a sacred cow. It is a political slogan that NATO invented for itself, and no one is obliged to respect it at the expense of our security.", "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-open-door", "rejects", 1, "2022-01-10"),
 ("We also raised the Bucharest formula. The 2008 declaration that Ukraine and Georgia will become members must be disavowed, officially and on paper. It cannot simply be left hanging.", "sergei-ryabkov", 1, "Sergey Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("This is another key point. American warships and strategic bombers operate near our borders almost every week. We want them moved away to a distance from which they cannot strike Russian territory.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-10"),
 ("We came here without any preconditions and we expect the same from our partners. Any attempt to make the continuation of dialogue conditional on unilateral steps by Russia is unacceptable.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-preconditions", "supports", 1, "2022-01-10"),
 ("This question was not on the agenda today. The presidents spoke twice in December, and the instructions we have are clear and come directly from the top.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, "2022-01-10"),
 ("The next stage is Brussels on Wednesday and Vienna on Thursday. After that we will decide whether it makes sense to continue, and I will not speculate about that tonight.", "sergei-ryabkov", 1, "Sergey Ryabkov", "", "", 1, "2022-01-10"),
]
L["aljazeera-2022-01-12-nato-russia-council-live"] = [
 ("Nobody can take away Ukraine’s right to choose its alliances. Not in Geneva, not in Brussels, not anywhere,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Nobody can take away Ukraine’s right to choose its alliances. Not in Geneva, not in Brussels, not anywhere,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("There can be no negotiation about European security with a gun held to Ukraine’s head. First de-escalation, then talks,", "kaja-kallas", 1, "Kallas", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("There can be no negotiation about European security with a gun held to Ukraine’s head. First de-escalation, then talks,", "kaja-kallas", 1, "Kallas", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Russia’s Deputy Foreign Minister Alexander Grushko told reporters at the Russian mission after the meeting that Moscow would keep insisting on a legally binding halt to the alliance’s eastward expansion.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Russia’s Deputy Foreign Minister Alexander Grushko told reporters at the Russian mission after the meeting that Moscow would keep insisting on a legally binding halt to the alliance’s eastward expansion.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("If NATO moves to a policy of deterrence, we will answer with a policy of counter-deterrence,", "alexander-grushko", 1, "the diplomat", "", "", 1, "2022-01-12"),
 ("NATO has chosen to see Russia as an adversary, and we will draw our own conclusions from that,", "alexander-fomin", 1, "Fomin", "", "", 1, "2022-01-12"),
 ("US Deputy Secretary of State Wendy Sherman, who led the US delegation at the council, said the Russian delegation had again pressed for a guarantee that NATO would never take in new members, an idea she said Washington would not entertain.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("US Deputy Secretary of State Wendy Sherman, who led the US delegation at the council, said the Russian delegation had again pressed for a guarantee that NATO would never take in new members, an idea she said Washington would not entertain.", "russia", 0, "the Russian delegation", "nato-non-expansion", "supports", 0, ""),
 ("She also said the two sides had discussed Moscow’s call for warships and bombers to be kept out of each other’s striking range, without reaching any conclusions.", "wendy-sherman", 1, "She", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-12"),
 ("She also said the two sides had discussed Moscow’s call for warships and bombers to be kept out of each other’s striking range, without reaching any conclusions.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Allies, Stoltenberg says, are ready to talk about arms control, missile deployments, transparency on military exercises and the restoration of military lines of communication with Moscow.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("Allies, Stoltenberg says, are ready to talk about arms control, missile deployments, transparency on military exercises and the restoration of military lines of communication with Moscow.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("Allies, Stoltenberg says, are ready to talk about arms control, missile deployments, transparency on military exercises and the restoration of military lines of communication with Moscow.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("Moscow’s demand that NATO withdraw troops from members that joined after 1997 was dismissed by Stoltenberg as a “non-starter”.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Moscow’s demand that NATO withdraw troops from members that joined after 1997 was dismissed by Stoltenberg as a “non-starter”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He added that the 2008 Bucharest decision that Ukraine and Georgia would become members of the alliance “still stands”.", "jens-stoltenberg", 1, "He", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("Both Stoltenberg and Sherman insisted that Russia pull back the estimated 100,000 troops it has massed near Ukraine before any agreement could be reached.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("Both Stoltenberg and Sherman insisted that Russia pull back the estimated 100,000 troops it has massed near Ukraine before any agreement could be reached.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("Kremlin spokesman Dmitry Peskov dismissed Western calls to pull troops back from the border, saying Russia “will not take orders” about moving forces on its own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-12"),
 ("The talks in Geneva did not give grounds for optimism, but we are continuing to talk,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-12"),
]
L["eeas-2022-01-13-borrell-le-drian-brest"] = [
 ("Good afternoon. We have had two days of very intense discussions here in Brest, and I want to thank Jean-Yves for his hospitality and for the excellent organisation of this Gymnich.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("The European Union cannot be a spectator while the security architecture of our continent is being discussed. Any discussion about European security has to include the Europeans. It cannot be a bilateral conversation between Russia and the United States, or between Russia and NATO, over our heads.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("Let me be clear. We will not accept spheres of influence. Every country has the right to choose its alliances, and the principle of the open door is not up for negotiation. NATO's enlargement is not a decision for Moscow to take.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Let me be clear. We will not accept spheres of influence. Every country has the right to choose its alliances, and the principle of the open door is not up for negotiation. NATO's enlargement is not a decision for Moscow to take.", "josep-borrell", 1, "Josep Borrell", "nato-non-expansion", "rejects", 1, "2022-01-13"),
 ("Russia has massed more than 100,000 troops at the border of Ukraine. The first step to a real dialogue is de-escalation, and that means pulling these troops back.", "josep-borrell", 1, "Josep Borrell", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Thank you, Josep. Europe is not a chessboard on which two powers can arrange the pieces as they wish. The security of the Baltic states, of Poland, of Romania is our security.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, "2022-01-13"),
 ("Russia asks for the withdrawal of allied forces from the east of the alliance and for written commitments on everything. We have heard these requests, and we will answer them together with our American partners, not separately.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "rollback-to-1997", "mentions", 1, "2022-01-13"),
 ("Russia asks for the withdrawal of allied forces from the east of the alliance and for written commitments on everything. We have heard these requests, and we will answer them together with our American partners, not separately.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "written-legal-guarantees", "mentions", 1, "2022-01-13"),
 ("We are ready to discuss arms control and the deployment of intermediate-range missiles in Europe. These are legitimate topics, and we have said so from the beginning. But on the basis of reciprocity, and with the Europeans at the table.", "josep-borrell", 1, "Josep Borrell", "no-intermediate-range-missiles", "mentions", 1, "2022-01-13"),
 ("What we cannot discuss is a return to the situation of 1997, when half of our member states were outside NATO. This would mean that some members are less protected than others, and this is something we reject.", "josep-borrell", 1, "Josep Borrell", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("The President will present his ideas to the European Parliament next week. What matters is that Europe speaks with one voice and that we keep a channel open with Moscow, without naivety.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, "2022-01-13"),
 ("In Vienna the Polish chairmanship has launched a renewed dialogue on European security, and we fully support it. The OSCE is the right place, because there all of us are at the table, including Ukraine.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("Let me add one thing. We are ready to respond with massive consequences if Russia attacks Ukraine, and the work on these measures is well advanced. The ministers were unanimous on this today.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("I will not enter into this. The work is being done by the Commission and by the member states, and it is not the moment to announce anything.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
]
L["state-2022-01-26-blinken-press-availability"] = [
 ("Good afternoon, everyone. A short while ago, Ambassador John Sullivan delivered our written response to the Russian Foreign Ministry in Moscow. NATO is delivering its own response to Moscow in parallel, and the two are fully coordinated.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our allies and partners about Russia's actions that undermine security, and a principled and pragmatic evaluation of the concerns that Russia has raised.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances. There is no change; there will be no change.", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("At the same time, we address the possibility of reciprocal transparency measures regarding offensive weapons systems near Russia's borders, and we're prepared to discuss that issue seriously, on a basis of reciprocity.", "antony-blinken", 1, "Antony J. Blinken", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("On the first, I can tell you that NATO's door is open, remains open, and that is our commitment. Whether Ukraine joins is a decision for Ukraine and for the allies, and nobody else.", "antony-blinken", 1, "Antony J. Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("On the first, I can tell you that NATO's door is open, remains open, and that is our commitment. Whether Ukraine joins is a decision for Ukraine and for the allies, and nobody else.", "antony-blinken", 1, "Antony J. Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("On the second, we are not making the document public, because we think diplomacy has the best chance to succeed if we provide space for confidential talks. We expect and anticipate that Russia will do the same.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("It's not a treaty. It's a paper that puts forward ideas. If Russia is serious about a legally binding arrangement on some of these issues, that can be negotiated, but we are not going to sign on to anything that trades away the principles I just mentioned.", "antony-blinken", 1, "Antony J. Blinken", "written-legal-guarantees", "mentions", 1, "2022-01-26"),
 ("We are not pulling back any forces from allied territory. In fact, if Russia renews its aggression, we will reinforce NATO's eastern flank, not reduce our presence there.", "antony-blinken", 1, "Antony J. Blinken", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We will continue to provide Ukraine with security assistance, including defensive weapons, and that is not up for negotiation with Moscow.", "antony-blinken", 1, "Antony J. Blinken", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the document and to study it. We have been talking regularly, and we will keep doing so.", "antony-blinken", 1, "Antony J. Blinken", "", "", 1, "2022-01-26"),
 ("The ball is in Russia's court. If Russia genuinely wants to pursue diplomacy, the first thing it needs to do is de-escalate, pull back the forces it has amassed on Ukraine's borders. We'll see how Russia responds.", "antony-blinken", 1, "Antony J. Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
]
L["rg-2022-01-28-grushko-nato-answer"] = [
 ("it is impossible to say that our concerns were taken into account", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("We have studied the answer of the alliance attentively. It is ideologised to the end. On the main question, the non-expansion of NATO, there is no positive reaction. The alliance repeats the mantra about «open doors», but for us it is the question of the survival, not of the mantra.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("We have studied the answer of the alliance attentively. It is ideologised to the end. On the main question, the non-expansion of NATO, there is no positive reaction. The alliance repeats the mantra about «open doors», but for us it is the question of the survival, not of the mantra.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("We proposed to fix in the agreement, that the sides do not deploy the strike weapon systems on the territory of the states from where they can hit targets on the territory of the other side. It is the central element, and it must be legally binding, not the declaration of intentions.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("We proposed to fix in the agreement, that the sides do not deploy the strike weapon systems on the territory of the states from where they can hit targets on the territory of the other side. It is the central element, and it must be legally binding, not the declaration of intentions.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("We ourselves have taken the decision to suspend the work of our mission in Brussels, and it was not the emotional decision. To restore the military contacts only for the sake of the contacts, while the alliance openly names Russia the threat, we do not see the sense.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("Exercises of NATO in the Baltic and Black Sea regions became larger and more provocative. We offered to agree about the zone along the line of contact, where the exercises above the brigade level are not conducted. It is the reasonable proposal, it does not cause damage to anybody.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-27"),
 ("The Bucharest decision must be cancelled. While it exists, it is the time bomb under the European security, and we will not go on the compromise here.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-27"),
 ("Our military are on the own territory. When we hear the demands to «de-escalate», we ask: where? In the Voronezh region? It is absurd.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("It is the step, but the small step. The missiles are the important topic, we never refused from it, but this is the part of the package, not the replacement of the package.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("The dialogue is not finished. The ministry prepares the answer, the president will take the decision. But we will not wait for years, this I can tell definitely.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-27"),
]
L["economist-2022-01-15-russia-nato-talks"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Non-expansion is the only item on that list that really matters; everything else is packaging,", "oleg-dranitsyn", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("continue to sail wherever international law allows", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("Moscow is asking NATO to promise never to admit Ukraine and to put that promise in a treaty. No treaty like that would get through the Senate,", "marta-lindqvist", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow is asking NATO to promise never to admit Ukraine and to put that promise in a treaty. No treaty like that would get through the Senate,", "marta-lindqvist", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Revoking the Bucharest language is the one item on the list that costs NATO nothing in practice and everything in principle,", "marta-lindqvist", 1, "Lindqvist", "rescind-bucharest-2008", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles sounds harmless, but Russia already has its 9M729s deployed. Freezing things now locks in Moscow’s advantage,", "piotr-zawadzki", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Giving Moscow a veto in writing, legally binding, would be worse than giving it nothing at all,", "piotr-zawadzki", 1, "Zawadzki", "written-legal-guarantees", "rejects", 1, ""),
 ("Mariusz Blaszczak, the defence minister, insisted on Thursday that Poland alone would decide which allied weapons it hosts on its soil, missile defences included.", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-13"),
 ("We will not ask Moscow’s permission to train our soldiers on our own land,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 1, ""),
 ("The draft would also bar NATO from training Ukrainian or Georgian soldiers, something America and Britain have done since 2015,", "alexandra-hale", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("De-escalation has become the price of any deal, and nobody in Washington expects that price to be paid soon,", "alexandra-hale", 1, "Hale", "russia-de-escalation", "mentions", 1, ""),
 ("The open door is a promise NATO never had to keep for anyone in particular, which is precisely why the Kremlin finds it so maddening,", "alexandra-hale", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("Everyone says they want talks without preconditions; each of them means the other side’s preconditions,", "oleg-dranitsyn", 1, "Dranitsyn", "no-preconditions", "mentions", 1, ""),
 ("Generals talking to generals is what kept the cold war cold. Restoring the hotlines between NATO and Russian staffs would do more than any treaty,", "marta-lindqvist", 1, "Lindqvist", "resume-military-dialogue", "supports", 1, ""),
]

write_gold(L, "articles-112", "gold-112")
