#!/usr/bin/env python3
"""Writes the 139th held-out gold (gold-139/*.nq) from the labels below.

Batch 139 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It is meant to look like the coverage most readers actually saw, in the
mainstream outlets and forms:

- reuters-2022-01-10-ryabkov-sherman-geneva: Reuters wire copy with front
  matter, dateline, straight quotes; a lede with two speakers (Russia and
  Washington) in one sentence, a quotation split by "Ryabkov said", a
  two-sentence quotation, a speaker named by role ("the deputy foreign
  minister"), Moscow's demand in passing inside Sherman's sentence, history
  (Bucharest 2008, the 1990 promise) that is not labelled.
- nato-2022-01-12-stoltenberg-nrc-press-conference: NATO press-conference
  transcript, no front matter (date in the text), speaker labels, a
  moderator and journalists' questions (which report Grushko's demands and
  get no label); every paragraph of Stoltenberg's answers is a quotation.
- kommersant-2022-01-25-grushko-interview: Kommersant Q&A interview in
  English translation, front matter, « » quotation marks, questions and
  answers both opened by a dash; a quotation from the 1997 Founding Act in
  the intro (document, not labelled).
- cnn-2022-01-27-russia-ukraine-live: CNN live blog, front matter, curly
  quotes, time-stamped entries with headlines (not labelled), a senior EU
  official, an embassy (-> russia), Price reporting Moscow's demand in
  passing, an explainer quoting the draft treaties (documents, not labelled).
- up-2022-01-13-osce-vienna-rau: Ukrainska Pravda in machine translation,
  UTF-8 BOM and CRLF line ends, „ “ quotation marks with "- said X"
  attribution, a passive attribution ("By the ambassador ... it was
  underlined"), Moscow's and Russia's demands in passing, the 1999 Istanbul
  Charter quoted (document, not labelled).
- dod-2022-02-02-kirby-press-briefing: Pentagon briefing transcript, front
  matter, "Q:" questions (which mention demands and get no label), every
  answer paragraph of Kirby a quotation.
- ft-2022-02-04-russia-demands-built-to-be-refused: Financial Times
  analysis, no front matter, FT single curly quotes (‘ ’, the closing one
  also the apostrophe), invented experts, Baker 1990 / Founding Act 1997 /
  Bucharest 2008 background (not labelled), indirect speech spanning
  sentences ("in her view"), "In an interview with the FT".

Conventions: one label per (speaker, demand) a passage expresses; direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; a
quotation running over two sentences is one span. Q/A interviews and
transcripts: each paragraph of an answer is one direct quotation (evidence =
the paragraph without the dash or speaker label); journalists' questions and
the moderator get no label; the interviewee's name is the one the intro or
speaker label gives. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance: supports / rejects by the speaker's own
position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. Every direct quotation of six or more words about none
of the demands gets one demand-less label; reported speech about no demand,
or about demands left unspecified ("the main issue", "fundamental
concerns"), gets no label. Historical background, words quoted from
documents, headlines, crossheads, standfirsts, captions and link lines are
not labelled; statements by unnamed groups with no identifiable actor are
left out. A demand attributed in passing to Moscow inside another speaker's
sentence is also Russia's label (speaker russia, not a person), undated when
no day is given. Speaker ids: persons as firstname-lastname slugs; a senior
EU official -> european-union, an embassy -> its country; speaker name = the
words naming the speaker at that point, pronouns as written, titles dropped.
Dates: the day the words were said, resolved against the publication date;
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
 ("Russia told the United States at talks in Geneva on Monday that it needed legally binding guarantees for its security, while Washington said NATO's door would stay open to any European country that wanted to join.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Russia told the United States at talks in Geneva on Monday that it needed legally binding guarantees for its security, while Washington said NATO's door would stay open to any European country that wanted to join.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the deputy foreign minister", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov dismissed Western calls for Russia to pull back the roughly 100,000 troops it has massed within reach of Ukraine, insisting the forces were on Russian territory and threatened no one.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("The American side has taken our proposals very seriously,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("but the problem is that we need NATO to stop expanding, and on that our positions are diametrically opposed.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("He said the U.S. side had shown interest in discussing intermediate-range missiles, but that Moscow would not allow the missile issue to be split off from the rest of its proposals.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("We cannot accept a situation where the elements we need most are set aside and only the convenient ones are taken up,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington had made clear that it would not agree to Moscow's demand for a halt to NATO's eastward expansion.", "wendy-sherman", 1, "She", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("She said Washington had made clear that it would not agree to Moscow's demand for a halt to NATO's eastward expansion.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("But Sherman said the United States was open to talking about reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("It is hard to see how you get to real diplomatic progress in an atmosphere of escalation. Russia needs to pull back,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Both sides got what they needed today, which is a reason to meet again,", "oren-halbrook", 1, "Oren Halbrook", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-press-conference"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies and Russia expressed their views openly. There are significant differences between NATO Allies and Russia, and our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles: each nation’s right to choose its own path, and the right of Allies to protect and defend each other. Russia does not have a veto over whether Ukraine can join NATO. It is for Ukraine and the 30 Allies to decide, and no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles: each nation’s right to choose its own path, and the right of Allies to protect and defend each other. Russia does not have a veto over whether Ukraine can join NATO. It is for Ukraine and the 30 Allies to decide, and no one else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We also made clear that we will not accept an arrangement that creates first- and second-class members of this Alliance. NATO will not withdraw its forces from the Allies that joined after 1997, and the decision we took at Bucharest in 2008 stands.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("We also made clear that we will not accept an arrangement that creates first- and second-class members of this Alliance. NATO will not withdraw its forces from the Allies that joined after 1997, and the decision we took at Bucharest in 2008 stands.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a meaningful dialogue. We are ready to discuss arms control, including limits on the deployment of intermediate-range missiles in Europe, and greater transparency and risk reduction for military exercises, on a reciprocal basis.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a meaningful dialogue. We are ready to discuss arms control, including limits on the deployment of intermediate-range missiles in Europe, and greater transparency and risk reduction for military exercises, on a reciprocal basis.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("Allies also proposed to resume the work of our respective offices in Moscow and Brussels, and to make full use of military-to-military channels of communication to prevent incidents and accidents. Military channels matter most when tensions are high.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia has amassed close to 100,000 troops, heavy capabilities and tens of thousands of combat-ready troops along Ukraine’s borders. We call on Russia to de-escalate immediately and to withdraw its forces. Any further aggression would come at a high cost.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We listened carefully to the Russian concerns, and we heard them. But NATO’s enlargement has been a historic success, it has spread democracy and freedom across Europe, and we will not agree to stop it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("This is not a question of timing, it is a question of principle. It is for Ukraine and the 30 Allies to decide when Ukraine is ready to join, and Russia has no say in that. That has not changed.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("This is not a question of timing, it is a question of principle. It is for Ukraine and the 30 Allies to decide when Ukraine is ready to join, and Russia has no say in that. That has not changed.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("There is a real risk for a new armed conflict in Europe. That is exactly why it is so important that we sat down today, and why Allies are ready to meet again and to continue this dialogue.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We have not made any decisions on that. But we constantly assess our posture, and we will always do what is needed to protect and defend all Allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["kommersant-2022-01-25-grushko-interview"] = [
 ("It was a frank and, I would say, useful conversation, because everything was said directly. But the alliance came to Brussels with a prepared text, and it read that text to us instead of listening.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-24"),
 ("We are ready to discuss these things, but only as part of the whole package, not separately. We want a legally fixed commitment that intermediate-range missiles will not be deployed where they can reach our territory, and that the scale of drills near our borders will be restricted on both sides.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-24"),
 ("We are ready to discuss these things, but only as part of the whole package, not separately. We want a legally fixed commitment that intermediate-range missiles will not be deployed where they can reach our territory, and that the scale of drills near our borders will be restricted on both sides.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-24"),
 ("We are ready to discuss these things, but only as part of the whole package, not separately. We want a legally fixed commitment that intermediate-range missiles will not be deployed where they can reach our territory, and that the scale of drills near our borders will be restricted on both sides.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-24"),
 ("It is not a whim. Since 1997 the alliance has moved its infrastructure right up to our borders, and we are asking that the forces and weapons deployed after that date on the territory of the new members be withdrawn. Without this there will be no stable security in Europe.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-24"),
 ("We see no sense in this today. Restoring military contacts for the sake of a photograph does not interest us, and the channels that exist through the General Staff are quite sufficient.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-24"),
 ("The so-called «open door» policy is a relic of the last century. No state has the right to strengthen its security at the expense of others, and the alliance cannot go on absorbing new members as if nothing were happening.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-24"),
 ("The so-called «open door» policy is a relic of the last century. No state has the right to strengthen its security at the expense of others, and the alliance cannot go on absorbing new members as if nothing were happening.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-24"),
 ("The military development of Ukraine, Georgia and other neighbouring countries by the alliance must stop: no bases, no instructors, no weapons depots, no strike systems on their territory. This is precisely where our red lines lie.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-24"),
 ("The military development of Ukraine, Georgia and other neighbouring countries by the alliance must stop: no bases, no instructors, no weapons depots, no strike systems on their territory. This is precisely where our red lines lie.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-24"),
 ("The Bucharest formula must be disavowed. While it remains on paper, Kiev and Tbilisi will live with the illusion of membership, and that illusion is dangerous for everyone.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-24"),
 ("They should keep their warships and strategic bombers away from areas from which they can strike our territory. We are prepared to assume such obligations on a mutual basis.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-24"),
 ("Then we will take measures of a military-technical nature. I do not want to speculate about what they will be; our military will propose the options.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-24"),
]
L["cnn-2022-01-27-russia-ukraine-live"] = [
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is no positive response on this main issue in this document,", "sergei-lavrov", 1, "the foreign minister", "", "", 1, "2022-01-27"),
 ("He also dismissed NATO’s open-door policy as a “mantra,” insisting that no country may strengthen its own security at the expense of others.", "sergei-lavrov", 1, "He", "nato-open-door", "rejects", 0, "2022-01-27"),
 ("Of course, we will not rush to any conclusions. But it is already clear that there is little ground for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Peskov also rejected Western suggestions that Russia must first pull back its forces from near Ukraine’s border, saying the troops were on Russian soil, and said the dialogue “should continue without any preconditions.”", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Peskov also rejected Western suggestions that Russia must first pull back its forces from near Ukraine’s border, saying the troops were on Russian soil, and said the dialogue “should continue without any preconditions.”", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 0, "2022-01-27"),
 ("It is important that the United States has made clear that its military cooperation with Ukraine, including the supply of weapons, will continue,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("There is no change; there will be no change.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We’re ready either way. But the path of diplomacy only works if Russia pulls its forces back,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told CNN on Thursday that Vilnius would not scale back the exercises it holds with allied troops on its own soil “to please the Kremlin.”", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("You cannot sit down without preconditions while a hundred thousand soldiers are standing at somebody’s border. The first condition is that they go home,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("You cannot sit down without preconditions while a hundred thousand soldiers are standing at somebody’s border. The first condition is that they go home,", "gabrielius-landsbergis", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("the right of every country to choose its own alliances is not for sale.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The Russian Embassy in Washington said in a Telegram post on Thursday that the Russian proposals were “not a menu” and that the United States had to answer all of them in a legally binding form, not with verbal assurances.", "russia", 0, "The Russian Embassy in Washington", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("State Department spokesperson Ned Price told reporters on Wednesday that Moscow had asked for guarantees in writing and had now received a written answer, and that it was up to the Kremlin to decide how to proceed.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "mentions", 0, "2022-01-26"),
 ("State Department spokesperson Ned Price told reporters on Wednesday that Moscow had asked for guarantees in writing and had now received a written answer, and that it was up to the Kremlin to decide how to proceed.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]
L["up-2022-01-13-osce-vienna-rau"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("According to Rau, the Polish chairmanship is ready to discuss the proposals of Russia, including about the non-admission of Ukraine to NATO, within the framework of the renewed European security dialogue of the OSCE.", "zbigniew-rau", 1, "Rau", "no-ukraine-membership", "mentions", 0, "2022-01-13"),
 ("According to Rau, the Polish chairmanship is ready to discuss the proposals of Russia, including about the non-admission of Ukraine to NATO, within the framework of the renewed European security dialogue of the OSCE.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("Rau has also mentioned that the question of the restoration of the military channels of communication between Russia and NATO was discussed the day before in Brussels.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("We need the legal guarantees that NATO will not move one more step to the east and that the military activity of the alliance on the territory of Ukraine will be stopped", "alexander-lukashevich", 1, "the Russian diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need the legal guarantees that NATO will not move one more step to the east and that the military activity of the alliance on the territory of Ukraine will be stopped", "alexander-lukashevich", 1, "the Russian diplomat", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("We need the legal guarantees that NATO will not move one more step to the east and that the military activity of the alliance on the territory of Ukraine will be stopped", "alexander-lukashevich", 1, "the Russian diplomat", "no-military-activity-ex-soviet", "supports", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("He has underlined, that Washington will not accept the demand of Moscow to forbid to the sovereign states to choose their alliances.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("He has underlined, that Washington will not accept the demand of Moscow to forbid to the sovereign states to choose their alliances.", "russia", 0, "Moscow", "nato-open-door", "rejects", 0, ""),
 ("By the ambassador of the EU at the international organizations in Vienna Stephan Klement it was underlined, that Russia must withdraw its troops from the border of Ukraine and choose the way of the dialogue.", "stephan-klement", 1, "Stephan Klement", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Ukraine itself will decide which weapons, defensive or strike, it needs on its own land, and this is not a subject of the talks of somebody else", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-13"),
 ("The Minister of Foreign Affairs Dmytro Kuleba in the comment to „Ukrainska Pravda“ on Thursday declared, that the demand to close the door of NATO for Ukraine is unacceptable and is not subject to discussion with Russia.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("Return to the Europe of 1997 will not be, the alliance will not leave the countries of the eastern flank", "dmytro-kuleba", 1, "Kuleba", "rollback-to-1997", "rejects", 1, "2022-01-13"),
]
L["dod-2022-02-02-kirby-press-briefing"] = [
 ("Good afternoon, everybody. Today, at the direction of the President, Secretary Austin is ordering the deployment of about 2,000 troops from Fort Bragg, North Carolina, to Poland and Germany, and the repositioning of about 1,000 troops already in Germany to Romania.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
 ("These are not permanent moves, and these forces are not going to fight in Ukraine. They are going to ensure the robust defense of our NATO allies, and they send a very clear signal to Mr. Putin and to the world that NATO matters to the United States.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
 ("We continue to call on Russia to de-escalate, to pull back the forces it has arrayed along Ukraine's border and in Belarus, and to choose the path of diplomacy. The Secretary believes there is still time and space for that. With that, I'll take some questions.", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("What we're doing is reinforcing the eastern flank, on allied territory, at the request of our allies. We are not going to be pulling forces out of countries that joined the alliance after 1997, and nobody should expect us to.", "john-kirby", 1, "John Kirby", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("We are going to continue to fly, sail and operate wherever international law allows, including in the Black Sea and the Baltic. That's not going to change.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-02"),
 ("The Aegis Ashore sites are purely defensive, they cannot fire Tomahawks, and they are not on the table. We are not going to take them down or move them.", "john-kirby", 1, "John Kirby", "no-intermediate-range-missiles", "rejects", 1, "2022-02-02"),
 ("The Secretary has spoken with Minister Shoigu before, and he'd welcome the opportunity to do so again. We believe regular military-to-military communication with Russia is vital, especially now, to avoid miscalculation.", "john-kirby", 1, "John Kirby", "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("Yes. Security assistance to Ukraine will continue. In just the last couple of weeks we've delivered several more shipments, and we'll keep training Ukrainian forces, as we have for years.", "john-kirby", 1, "John Kirby", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-02"),
 ("I'm not going to get ahead of diplomatic discussions. Those are questions for the State Department and for the alliance, and I'd point you to them.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
 ("We don't believe he has made a final decision. But he continues to add capability, and he certainly has options available to him in the near term.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-02-02"),
]
L["ft-2022-02-04-russia-demands-built-to-be-refused"] = [
 ("It is already clear that fundamental Russian concerns were ignored.", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding Nato expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Moscow knows the alliance cannot formally promise never to enlarge. The point of the demand is to have it refused,", "ilse-margraf", 1, "Ilse Margraf", "nato-non-expansion", "mentions", 1, ""),
 ("She said a ban on strike systems in Ukraine was something western capitals could at least discuss, since Washington had never planned to put them there.", "ilse-margraf", 1, "She", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("The alliance’s open-door principle, she added, would be the hardest item for Moscow to win and the easiest for Nato to defend in public.", "ilse-margraf", 1, "she", "nato-open-door", "mentions", 0, ""),
 ("Strike out the Bucharest sentence and half of the problem disappears,", "anatoly-vedernikov", 1, "he", "rescind-bucharest-2008", "supports", 1, ""),
 ("Any legally binding guarantee is a non-starter. No administration could get it through the Senate, and none should try,", "douglas-penhallow", 1, "he", "written-legal-guarantees", "rejects", 1, ""),
 ("The demand to pull allied troops back to where they stood in 1997, Penhallow said, was always a bargaining chip rather than a serious proposal.", "douglas-penhallow", 1, "Penhallow", "rollback-to-1997", "mentions", 0, ""),
 ("He said the western call for Russia to pull its troops back from Ukraine’s border had become the yardstick by which every other offer would be judged.", "douglas-penhallow", 1, "He", "russia-de-escalation", "mentions", 0, ""),
 ("Oksana Tymchyshyn, director of the Kyiv-based Institute for Black Sea Studies, said Ukrainian officials were watching whether any western capital would agree to discuss the 2008 Bucharest pledge.", "oksana-tymchyshyn", 1, "Oksana Tymchyshyn", "rescind-bucharest-2008", "mentions", 0, ""),
 ("She said the question of whether talks could go ahead without preconditions would dominate the next round.", "oksana-tymchyshyn", 1, "She", "no-preconditions", "mentions", 0, ""),
 ("The hardest item on the list, in her view, would be the future of western training missions in Ukraine and Georgia.", "oksana-tymchyshyn", 1, "her", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Rhys Cadwallader, a former Royal Navy officer now at King’s College London, noted that the demand to keep US warships out of striking range would, taken literally, bar the US Navy from most of the Black Sea and the Baltic.", "rhys-cadwallader", 1, "Rhys Cadwallader", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("The question is no longer whether the west says no, but how it says no,", "ilse-margraf", 1, "Margraf", "", "", 1, ""),
]

write_gold(L, "articles-139", "gold-139")
