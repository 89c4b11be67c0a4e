#!/usr/bin/env python3
"""Writes the twenty-ninth held-out gold (gold-29/*.nq) from the labels below.

Batch 29 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later
(only the design notes, the curated gold and batch 9 as a format example).

Outlets and forms: a Bloomberg story (byline, bullet summary, trailing
terminal ad); a State Department transcript of a Blinken press availability
(MR PRICE: / SECRETARY BLINKEN: / QUESTION: turns); an Interfax-Ukraine item in
machine-translated English with « » quotes and no front matter (id = file
name, date only in the dateline); a Le Monde English article on Macron's
shuttle diplomacy; a CNN live page with timestamps and site junk (Link
Copied!, photo credit, cookie links); a Chinese MFA briefing transcript
(Wang Wenbin, outlet/Q questions) saved with a UTF-8 BOM and CRLF line ends;
a Carnegie Moscow commentary by an invented Russian analyst.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (following the curated gold and label9.py):
- one label per (speaker, demand) that a passage expresses; a passage naming
  several demands gets several labels with the same evidence;
- direct quotations: the evidence is the words between the quotation marks
  (with the trailing comma when it is inside the marks), direct 1; a quotation
  spanning two sentences without interruption is one passage; a quotation
  interrupted by "said X" is two passages;
- reported speech: the whole sentence, direct 0; when a sentence of reported
  speech embeds a short quotation (under six words) the sentence is the
  evidence;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports, asks about, offers to discuss or weighs a demand;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the INF Treaty) and words quoted from documents (the draft agreement,
  the Founding Act, the Bucharest declaration) are not labelled; a sentence
  whose grammatical speaker is an actor ("Moscow demanded in its drafts",
  "Washington offered in its reply") is labelled as that actor's reported
  speech;
- transcripts: each answer turn of the official (and, in the opening
  statement, each paragraph) counts as one direct quotation; the evidence is
  the sentence(s) expressing the demand; a turn or paragraph expressing no
  demand gets one demand-less label with the whole turn as evidence;
  journalists' questions (even when they report what someone said) and the
  moderator's procedural lines get no label; what the official reports of a
  third person inside a turn is that person's reported speech (direct 0), and
  the official himself then only mentions it;
- in the commentary the author's own analysis is not labelled; statements he
  attributes to others are;
- titles and headlines (the front-matter title, the first line of an article
  without front matter, a standfirst) are not labelled, as in label9;
  summary bullets and live-page post titles are body text, but none here
  carries a statement about a demand; photo captions, bylines and site junk
  get no label;
- speaker ids: person slugs (firstname-lastname, common English spelling:
  dmitry-peskov), or actor ids: the Kremlin / Moscow -> russia, Washington ->
  united-states, the Quai d'Orsay -> france, Ukraine's Foreign Ministry ->
  ukrainian-foreign-ministry;
- speaker name: the words naming the speaker at that point, titles dropped
  (pronouns and role nouns as written; in transcripts the turn label);
- dates: the day of the utterance resolved against the publication date
  (ISO); the transcript date for transcript turns; "" when the text gives no
  day (analysts' comments, "this week").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["bloomberg-2022-01-12-nato-russia-council"] = [
 ("NATO told Russia it was ready to discuss arms control but would not give Moscow a say over who joins the alliance, as the two sides held their first formal talks in more than two years amid fears of a new invasion of Ukraine.", "nato", 0, "NATO", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Stoltenberg said allies had made clear that Russia would not be given a veto over whether Ukraine could one day join the alliance, and that NATO would not return to old-style \"spheres of influence.\"", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Stoltenberg said allies had made clear that Russia would not be given a veto over whether Ukraine could one day join the alliance, and that NATO would not return to old-style \"spheres of influence.\"", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("Only Ukraine and 30 NATO allies can decide when Ukraine is ready to join NATO. Russia doesn't have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Only Ukraine and 30 NATO allies can decide when Ukraine is ready to join NATO. Russia doesn't have a veto,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("The alliance proposed a series of meetings covering arms control, reciprocal limits on the deployment of land-based missiles in Europe and greater transparency about military exercises, Stoltenberg said, adding that Moscow had neither accepted nor rejected the offer.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("The alliance proposed a series of meetings covering arms control, reciprocal limits on the deployment of land-based missiles in Europe and greater transparency about military exercises, Stoltenberg said, adding that Moscow had neither accepted nor rejected the offer.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("Grushko told reporters at the Russian mission that Moscow had explained to the allies that NATO's enlargement had to stop and that Russia needed legally binding guarantees rather than \"promises that are forgotten.\"", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Grushko told reporters at the Russian mission that Moscow had explained to the allies that NATO's enlargement had to stop and that Russia needed legally binding guarantees rather than \"promises that are forgotten.\"", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("We told our colleagues frankly that the situation is very dangerous, and that any attempt to contain Russia will be met with counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("The Kremlin said separately on Wednesday that it would not settle for verbal assurances in place of a treaty.", "russia", 0, "The Kremlin", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American team at bilateral talks in Geneva on Monday and took part in Wednesday's meeting, said some of Moscow's proposals were \"simply non-starters,\" citing the demand that NATO pull its forces out of members that joined after 1997.", "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Moscow asked for a rewrite of Europe's security order and was offered a seminar on confidence-building,", "joanna-kaczmarek", 1, "Joanna Kaczmarek", "", "", 1, ""),
 ("That gap is not going to close this week.", "joanna-kaczmarek", 1, "Joanna Kaczmarek", "", "", 1, ""),
]
L["state-2022-01-21-blinken-geneva-press-availability"] = [
 ("Good afternoon. Foreign Minister Lavrov and I just concluded about 90 minutes of frank and substantive talks.", "antony-blinken", 1, "SECRETARY BLINKEN", "", "", 1, "2022-01-21"),
 ("We were clear that there are some principles that the United States and our Allies are duty-bound to uphold, including the right of every country to choose its own security arrangements and alliances. That is not up for negotiation.", "antony-blinken", 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, "2022-01-21"),
 ("At the same time, there are areas where we can address Russia's stated concerns on a reciprocal basis – for example, the placement of intermediate-range missiles in Europe, and the scale and transparency of military exercises.", "antony-blinken", 1, "SECRETARY BLINKEN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-21"),
 ("At the same time, there are areas where we can address Russia's stated concerns on a reciprocal basis – for example, the placement of intermediate-range missiles in Europe, and the scale and transparency of military exercises.", "antony-blinken", 1, "SECRETARY BLINKEN", "limit-military-exercises", "mentions", 1, "2022-01-21"),
 ("Foreign Minister Lavrov repeated Russia's position that NATO should pull back its forces and infrastructure from the countries that joined the Alliance after 1997.", "sergei-lavrov", 1, "Foreign Minister Lavrov", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Foreign Minister Lavrov repeated Russia's position that NATO should pull back its forces and infrastructure from the countries that joined the Alliance after 1997. I told him, as I've told him before, that pulling back from our Allies on the eastern flank is a nonstarter.", "antony-blinken", 1, "SECRETARY BLINKEN", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("We also think it would help to restore regular contacts between our militaries, so that an incident at sea or in the air doesn't spiral into something neither side wants.", "antony-blinken", 1, "SECRETARY BLINKEN", "resume-military-dialogue", "supports", 1, "2022-01-21"),
 ("Finally, Russia has amassed some 100,000 troops on Ukraine's borders. If Moscow is serious about diplomacy, the simplest way to show it is to de-escalate and pull those forces back.", "antony-blinken", 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("But I want to be clear: the door to NATO membership stays open. It's not for Russia or anyone else to decide who joins the Alliance.", "antony-blinken", 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, "2022-01-21"),
 ("I can't tell you what President Putin has decided. What I can tell you is that any Russian forces moving across Ukraine's border would be met with a swift, severe and united response.", "antony-blinken", 1, "SECRETARY BLINKEN", "", "", 1, "2022-01-21"),
 ("The same documents Russia cites – Helsinki, the Charter of Paris, Istanbul – say plainly that every state is free to choose or change its alliances. You can't read one line and skip the next one.", "antony-blinken", 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, "2022-01-21"),
]
L["interfax-ua-2022-01-27-kuleba-us-answer"] = [
 ("We saw the text of the American answer before it was transferred to Moscow, and we have no remarks to it", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 ("In the document there is no word about the closing of the door of NATO for Ukraine. The policy of open doors remains, and this is the principal thing for us", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-27"),
 ("In the document there is no word about the closing of the door of NATO for Ukraine. The policy of open doors remains, and this is the principal thing for us", "dmytro-kuleba", 1, "the minister", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("The Secretary of State of the USA Antony Blinken on the same day in Washington has declared that the answer does not contain any concessions on the principal questions, in particular on the policy of open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The minister of foreign affairs of Russia Sergei Lavrov on Thursday has declared, that on the main question – the non-expansion of NATO to the east – in the American answer there is no positive reaction, and that only on secondary questions there is the basis for the serious conversation.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("The spokesman of the MFA of Ukraine Oleg Nikolenko in his turn has noted, that the best guarantee of the security in the region is the withdrawal of the Russian troops which are concentrated near the Ukrainian border and in the occupied Crimea.", "oleg-nikolenko", 1, "Oleg Nikolenko", "russia-de-escalation", "supports", 0, ""),
 ("The demand of the Kremlin about the withdrawal of the NATO forces to the lines of 1997 means the return of Poland and the Baltic countries to the grey zone, and this the allies will never allow", "bohdan-yaremchuk", 1, "Yaremchuk", "rollback-to-1997", "rejects", 1, ""),
 ("The Kremlin will try to present the answer of the West as the proof that nobody wants to listen to Russia, and this is the dangerous moment", "taras-solodko", 1, "the expert", "", "", 1, ""),
]
L["lemonde-2022-02-09-macron-shuttle-diplomacy"] = [
 ("We have achieved the possibility of moving forward together, and that is what I came to obtain,", "emmanuel-macron", 1, "Mr Macron", "", "", 1, "2022-02-08"),
 ("In Kyiv, the French president insisted that the question of Ukraine's membership of NATO was for Ukrainians and the allies to settle, and could not become the object of a bargain with Moscow.", "emmanuel-macron", 1, "the French president", "nato-open-door", "supports", 0, "2022-02-08"),
 ("In Kyiv, the French president insisted that the question of Ukraine's membership of NATO was for Ukrainians and the allies to settle, and could not become the object of a bargain with Moscow.", "emmanuel-macron", 1, "the French president", "no-ukraine-membership", "rejects", 0, "2022-02-08"),
 ("one of the models on the table", "emmanuel-macron", 1, "Mr Macron", "no-ukraine-membership", "mentions", 1, "2022-02-07"),
 ("I will believe in de-escalation when I see Russian troops going home, not before,", "volodymyr-zelensky", 1, "he", "russia-de-escalation", "supports", 1, "2022-02-08"),
 ("In Moscow, Mr Putin had said some of his guest's proposals could serve as a basis for further steps, but repeated that the Western replies of January 26 had ignored Russia's demand that NATO stop enlarging.", "vladimir-putin", 1, "Mr Putin", "nato-non-expansion", "supports", 0, "2022-02-07"),
 ("France is a member of the alliance, but France does not lead it, so Moscow and Paris cannot reach any deals,", "dmitry-peskov", 1, "he", "", "", 1, "2022-02-08"),
 ("The Russians want a written, binding treaty on NATO, and on that there is nothing to give; on everything else we can talk,", "france", 0, "a diplomat involved in the discussions", "written-legal-guarantees", "rejects", 1, ""),
 ("The Russians want a written, binding treaty on NATO, and on that there is nothing to give; on everything else we can talk,", "france", 0, "a diplomat involved in the discussions", "nato-non-expansion", "rejects", 1, ""),
 ("We will never accept that the eastern flank of the alliance becomes a second-class zone where allied soldiers are not welcome,", "andrzej-duda", 1, "the Polish president", "rollback-to-1997", "rejects", 1, "2022-02-08"),
 ("Our common goal is to prevent a war in Europe,", "olaf-scholz", 1, "Mr Scholz", "", "", 1, "2022-02-08"),
 ("Macron is betting that talking to Putin costs nothing and might buy time. The risk is that Moscow uses the talks as cover,", "helene-morvan", 1, "Hélène Morvan", "", "", 1, ""),
]
L["cnn-2022-01-10-geneva-talks-live"] = [
 ("Ukraine's Foreign Ministry said in a statement Monday evening that no decision on Ukraine's relations with NATO could be taken in Geneva or anywhere else without Kyiv's consent.", "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Ukraine's Foreign Ministry said in a statement Monday evening that no decision on Ukraine's relations with NATO could be taken in Geneva or anywhere else without Kyiv's consent.", "ukrainian-foreign-ministry", 0, "Ukraine's Foreign Ministry", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("The missile part is where a deal is actually possible, because both sides lost something when the INF Treaty died,", "mikhail-terentyev", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards – guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the US was open to discussing reciprocal limits on the size and scope of military exercises and the future deployment of missiles in Europe, as long as Russia did the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Sherman said the US was open to discussing reciprocal limits on the size and scope of military exercises and the future deployment of missiles in Europe, as long as Russia did the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Russia can show it is serious by pulling back its troops. We made clear that real progress requires de-escalation,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Moscow handed Washington and NATO two draft documents in mid-December, demanding among other things that Ukraine and other former Soviet states be barred from joining NATO and that US and Russian warships and aircraft stay out of areas from which they could strike each other's territory.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow handed Washington and NATO two draft documents in mid-December, demanding among other things that Ukraine and other former Soviet states be barred from joining NATO and that US and Russian warships and aircraft stay out of areas from which they could strike each other's territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
]
L["mfa-china-2022-01-28-wang-wenbin-briefing"] = [
 ("NATO's continued eastward expansion after the Cold War has not made Europe any safer, and the security of one country should not come at the expense of the security of others.", "wang-wenbin", 1, "Wang Wenbin", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("During the phone call, State Councilor and Foreign Minister Wang Yi pointed out that regional security cannot be guaranteed by strengthening or even expanding military blocs.", "wang-yi", 1, "Wang Yi", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("During the phone call, State Councilor and Foreign Minister Wang Yi pointed out that regional security cannot be guaranteed by strengthening or even expanding military blocs.", "wang-wenbin", 1, "Wang Wenbin", "nato-non-expansion", "mentions", 1, "2022-01-28"),
 ("But we hope the US side will take a responsible attitude, rather than using the so-called open-door policy as a pretext to keep pushing NATO's boundaries eastward.", "wang-wenbin", 1, "Wang Wenbin", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("But we hope the US side will take a responsible attitude, rather than using the so-called open-door policy as a pretext to keep pushing NATO's boundaries eastward.", "wang-wenbin", 1, "Wang Wenbin", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The US withdrew from the INF Treaty and is now seeking to deploy land-based intermediate-range missiles in the Asia-Pacific, which China firmly opposes.", "wang-wenbin", 1, "Wang Wenbin", "no-intermediate-range-missiles", "supports", 1, "2022-01-28"),
 ("President Putin will attend the opening ceremony of the Beijing Winter Olympics. The two heads of state will have in-depth exchanges on bilateral relations and international and regional issues of mutual interest.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-28"),
 ("We call on all parties to stay calm and refrain from doing things that agitate tensions and hype up the crisis.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-28"),
 ("We have noted the reports. We urge the Lithuanian side to correct its wrong decision with concrete actions.", "wang-wenbin", 1, "Wang Wenbin", "", "", 1, "2022-01-28"),
]
L["carnegie-2022-02-03-kartsev-answers-received"] = [
 ("On December 17 the Russian Foreign Ministry published two drafts, a treaty with the United States and an agreement with NATO, in which Moscow demanded, among other things, that the alliance renounce any further enlargement and pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("On December 17 the Russian Foreign Ministry published two drafts, a treaty with the United States and an agreement with NATO, in which Moscow demanded, among other things, that the alliance renounce any further enlargement and pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Secretary of State Antony Blinken said the same day that the American reply made clear NATO's door \"remains open\", while offering to discuss a range of secondary issues.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("According to the text later published by the Spanish newspaper El País, Washington offered in its reply to discuss a transparency mechanism confirming the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia reciprocated at two bases of its choosing.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He said on January 27 that the American answer left no room for optimism on the main question, NATO's non-expansion, while some of its proposals on secondary issues could be the basis for a serious conversation.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("It is already clear that our fundamental concerns have been ignored. We saw no adequate consideration of our three key demands: no further NATO expansion, no strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("It is already clear that our fundamental concerns have been ignored. We saw no adequate consideration of our three key demands: no further NATO expansion, no strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("It is already clear that our fundamental concerns have been ignored. We saw no adequate consideration of our three key demands: no further NATO expansion, no strike weapons systems near Russian borders, and the return of the bloc's military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("If the Americans are not ready to give guarantees on paper, they should not be surprised when we draw our own conclusions,", "gennady-remezov", 1, "Gennady Remezov", "written-legal-guarantees", "supports", 1, ""),
]

write_gold(L, "articles-29", "gold-29")
