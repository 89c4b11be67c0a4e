#!/usr/bin/env python3
"""Writes the 88th held-out gold (gold-88/*.nq) from the labels below.

Batch 88 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- tass-2021-12-17-ryabkov-draft-treaties: TASS wire copy with front matter
  and a "MOSCOW, December 17. /TASS/." dateline, « » quotation marks,
  quotations from the draft documents and the Baker 1990 story (not
  labelled), role names ("the diplomat", "the deputy minister"), two
  speakers in one reported sentence.
- ap-2022-01-10-geneva-sherman-ryabkov: AP wire copy without front matter
  (date in the byline line), straight quotes, "GENEVA (AP) —" dateline,
  "non-starters", a quotation split by "Sherman said", an invented analyst,
  Founding Act / Bucharest background, Moscow's demand mentioned in passing
  in the analyst's sentence, an undated "has said".
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press-conference transcript
  with front matter, UTF-8 BOM and CRLF line ends, speaker labels, a
  moderator and journalists' questions (not labelled); each answer paragraph
  is one quotation; Russia's proposals reported inside Stoltenberg's answer.
- spiegel-2022-01-19-lebedev-interview: DER SPIEGEL International Q&A
  interview with an invented former Russian negotiator, curly quotes in the
  front matter title and headline; "DER SPIEGEL:" questions not labelled;
  words said on Tuesday (the day before publication).
- state-2022-01-26-blinken-written-response: State Department press
  availability transcript (SECRETARY BLINKEN:, MR PRICE:, QUESTION:) with
  front matter; offers to discuss (mentions) next to rejections.
- guardian-2022-01-27-russia-ukraine-live: Guardian live blog without front
  matter (date line "Thu 27 Jan 2022"), curly quotes, timestamped entries,
  crossheads, a senior EU official, an embassy's Telegram post, a tweet,
  "despite Moscow's demands that ...", invented analysts.
- up-2022-02-02-putin-concerns-ignored: machine-translated aggregator copy
  of Ukrainska Pravda without front matter, „ “ quotation marks, attribution
  after the quotation with inverted word order, passive "As it was declared
  by ...", "By the words of ...", link lines and an unnamed "In Kyiv ..."
  (not labelled).

Conventions (as in the earlier batches):
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label);
  journalists' questions and the moderator get no label; the speaker name is
  the one the speaker label gives, titles dropped ("BLINKEN", "Lebedev",
  "Jens Stoltenberg");
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("fundamental concerns", "the
  concerns Russia has raised"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the INF collapse), words quoted from documents, headlines, crossheads,
  standfirsts, captions and link lines are not labelled; statements by
  unnamed groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  is also Russia's label (speaker russia, not a person), undated when no day
  is given;
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
L["tass-2021-12-17-ryabkov-draft-treaties"] = [
 ("Deputy Foreign Minister Sergei Ryabkov, who presented the drafts to journalists at the ministry's press centre, said Washington and its allies must give Russia legally binding guarantees of its security rather than political declarations.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2021-12-17"),
 ("The ball is now in the American court, and we expect a serious answer, not another lecture,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2021-12-17"),
 ("Ryabkov added that NATO should formally disavow the decision of its 2008 Bucharest summit, which promised Kiev and Tbilisi eventual membership, describing that promise as «a sword over our heads».", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, "2021-12-17"),
 ("The deployment of ground-launched intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other side must be ruled out,", "sergei-ryabkov", 1, "the diplomat", "no-intermediate-range-missiles", "supports", 1, "2021-12-17"),
 ("He said the United States must also undertake not to fly heavy bombers or send surface warships into areas outside national airspace and national waters from which they could strike targets on Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("No bases, no instructors, no joint exercises on the territory of former Soviet republics that are not members of the alliance. This is a fundamental point for us,", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 1, "2021-12-17"),
 ("The so-called open door policy is not a sacred cow. It is a relic of the past, and we do not recognise NATO's right to absorb whoever it likes.", "sergei-ryabkov", 1, "the deputy minister", "nato-open-door", "rejects", 1, "2021-12-17"),
 ("Deputy Foreign Minister Alexander Grushko, who oversees relations with NATO, told reporters later on Friday that the alliance should refrain from holding exercises above brigade level in an agreed zone along the line of contact between Russia and NATO member states.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("If our proposals are ignored, there will be a military-technical response, and our military will have to deal with it,", "alexander-grushko", 1, "Grushko", "", "", 1, "2021-12-17"),
 ("Both Ryabkov and Grushko said on Friday that Russia was prepared to begin negotiations without preconditions and proposed Geneva as a venue for the first round.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("Both Ryabkov and Grushko said on Friday that Russia was prepared to begin negotiations without preconditions and proposed Geneva as a venue for the first round.", "alexander-grushko", 1, "Grushko", "no-preconditions", "supports", 0, "2021-12-17"),
]
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Senior U.S. and Russian officials ended nearly eight hours of talks in Geneva on Monday without a breakthrough, as Russian Deputy Foreign Minister Sergei Ryabkov insisted it was \"absolutely mandatory\" that Ukraine never join NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Ryabkov repeated that Russia had no plans to invade Ukraine and dismissed calls for a pullback of the estimated 100,000 troops massed near the border, saying Russia was free to move its forces around its own territory.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("The conversation was difficult, long, very professional, deep and specific, but there is no reason yet for optimism,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said the U.S. side had firmly rejected any halt to NATO's eastward expansion, calling such proposals \"non-starters.\"", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was willing to discuss reciprocal limits on where intermediate-range missiles could be deployed in Europe and on the size and scope of military exercises, as long as Russia did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was willing to discuss reciprocal limits on where intermediate-range missiles could be deployed in Europe and on the size and scope of military exercises, as long as Russia did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Those troops need to go back to their barracks if we are going to make real progress,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("We will find out in the coming days whether Moscow is serious about diplomacy.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("The Russians came to Geneva with a list of maximalist demands, and the Americans came with a list of things they are willing to talk about. Those two lists barely overlap,", "lydia-marchetti", 1, "Lydia Marchetti", "", "", 1, ""),
 ("Marchetti noted that Moscow had insisted on talks without preconditions, a formula that sits awkwardly with Western calls for Russia to pull its troops back first.", "lydia-marchetti", 1, "Marchetti", "no-preconditions", "mentions", 0, ""),
 ("Marchetti noted that Moscow had insisted on talks without preconditions, a formula that sits awkwardly with Western calls for Russia to pull its troops back first.", "lydia-marchetti", 1, "Marchetti", "russia-de-escalation", "mentions", 0, ""),
 ("Marchetti noted that Moscow had insisted on talks without preconditions, a formula that sits awkwardly with Western calls for Russia to pull its troops back first.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Nothing about Ukraine without Ukraine is not a slogan for us, it is a principle,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-10"),
 ("NATO Secretary-General Jens Stoltenberg, who will host the Russian delegation in Brussels, has said the alliance will not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia was represented by Deputy Foreign Minister Alexander Grushko and Deputy Defence Minister Alexander Fomin. All thirty Allies took part, and US Deputy Secretary of State Wendy Sherman also took part.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Russia presented its proposals, including its call for an end to NATO enlargement and for the withdrawal of Allied forces from the countries that joined after 1997. We listened carefully to what the Russian representatives had to say.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "mentions", 1, "2022-01-12"),
 ("Russia presented its proposals, including its call for an end to NATO enlargement and for the withdrawal of Allied forces from the countries that joined after 1997. We listened carefully to what the Russian representatives had to say.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("Russia presented its proposals, including its call for an end to NATO enlargement and for the withdrawal of Allied forces from the countries that joined after 1997.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Russia presented its proposals, including its call for an end to NATO enlargement and for the withdrawal of Allied forces from the countries that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles, including the right of each nation to choose its own path and its own security arrangements. Russia does not have a veto over whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("NATO Allies made clear that we will not compromise on core principles, including the right of each nation to choose its own path and its own security arrangements. Russia does not have a veto over whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will also not compromise on our ability to protect and defend all Allies. The idea that NATO should pull its forces out of our eastern Allies, back to where we were in 1997, is a non-starter. We will not have first- and second-class members in this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage with Russia on arms control, on more transparency around military exercises and on risk reduction. We also proposed to re-establish our respective offices in Moscow and Brussels, and to restore military lines of communication to prevent incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage with Russia on arms control, on more transparency around military exercises and on risk reduction. We also proposed to re-establish our respective offices in Moscow and Brussels, and to restore military lines of communication to prevent incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("There is a real risk of new armed conflict in Europe, and the weeks ahead will show whether Russia chooses dialogue.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("A moratorium was not discussed. On the troops, I regret that we did not hear any commitment from Russia to pull back. We call on Russia to de-escalate, and to do so now.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("The decisions we took in Bucharest stand, and Allies have no intention of revoking them.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("Ukraine is a highly valued partner. Allies will continue to provide training and equipment so that Ukraine can uphold its right to self-defence, which is enshrined in the UN Charter.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("Allies will not accept that Russia dictates where and when we can exercise on our own territory. Our exercises are transparent and defensive.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, "2022-01-12"),
]
L["spiegel-2022-01-19-lebedev-interview"] = [
 ("Not at all. The first round of any serious negotiation is an exchange of maximum positions. Both sides read out their papers, both sides said \"unacceptable,\" and both sides agreed to keep talking. That is perfectly normal.", "konstantin-lebedev", 1, "Lebedev", "", "", 1, "2022-01-18"),
 ("None whatsoever, and everyone in Moscow who matters knows it. No NATO government can formally rule out Ukrainian membership; it would be political suicide at home.", "konstantin-lebedev", 1, "Lebedev", "no-ukraine-membership", "mentions", 1, "2022-01-18"),
 ("Because verbal assurances are worth nothing; Europe learned that in the 1990s. If there is to be any deal at all, it has to be a ratified treaty that binds the other side, not a promise made at a press conference.", "konstantin-lebedev", 1, "Lebedev", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("Nobody in Brussels will publicly disown a summit decision, however much some governments regret it privately. I expect the question of the Bucharest declaration to be quietly taken off the agenda by both sides.", "konstantin-lebedev", 1, "Lebedev", "rescind-bucharest-2008", "mentions", 1, "2022-01-18"),
 ("On intermediate-range missiles, certainly. Both sides lost the INF Treaty in 2019, and both would gain from a mutual ban on deploying such missiles in Europe. That is a deal I would sign tomorrow.", "konstantin-lebedev", 1, "Lebedev", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("And the military channels must be reopened. Today a Russian pilot and a NATO pilot over the Baltic Sea have nobody to call when something goes wrong.", "konstantin-lebedev", 1, "Lebedev", "resume-military-dialogue", "supports", 1, "2022-01-18"),
 ("Western instructors at Yavoriv and the weapons deliveries worry the people I talk to far more than membership, which is decades away in any case. Any compromise will have to say something about them, even if it is only transparency.", "konstantin-lebedev", 1, "Lebedev", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-18"),
 ("Berlin still has a credibility in Moscow that Washington lost long ago. Chancellor Scholz should use it, quietly, in long telephone calls rather than in press statements.", "konstantin-lebedev", 1, "Lebedev", "", "", 1, "2022-01-18"),
 ("I do not believe a large-scale invasion is being planned. But I have been wrong before, and so have many people who know Putin far better than I do.", "konstantin-lebedev", 1, "Lebedev", "", "", 1, "2022-01-18"),
]
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. Earlier today our ambassador in Moscow, John Sullivan, delivered our written response to Russia's proposals to the Russian Foreign Ministry. We have coordinated it closely with our Allies and partners in Europe, and NATO is delivering its own paper in parallel.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it. It includes our concerns and those of our Allies about Russia's actions, a principled and pragmatic evaluation of the concerns Russia has raised, and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("It reiterates our commitment to NATO's open door policy. And it makes clear that there are core principles we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We address the possibility of reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and strike weapons in Ukraine.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("All of this is contingent, of course, on Russia de-escalating. Diplomacy cannot make real progress in an environment of escalation, with a gun pointed at Ukraine's head.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("All of this is contingent, of course, on Russia de-escalating. Diplomacy cannot make real progress in an environment of escalation, with a gun pointed at Ukraine's head.", "antony-blinken", 1, "BLINKEN", "no-preconditions", "rejects", 1, "2022-01-26"),
 ("What the document does not contain is a legally binding guarantee that NATO will not expand further east. That is not something we are prepared to offer, in writing or in any other form.", "antony-blinken", 1, "BLINKEN", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("What the document does not contain is a legally binding guarantee that NATO will not expand further east. That is not something we are prepared to offer, in writing or in any other form.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("We've chosen not to release the document publicly, because we think that diplomacy has the best chance to succeed if we provide space for confidential talks. But we will keep Congress and our Allies fully informed.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("I'm not going to get into the details of the document, but I can tell you the Russians will find no surprises in it. We have said the same things publicly and privately for weeks.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("Whether they walk away is their decision. What I can tell you is that the path of diplomacy remains open, and we are ready to walk it with them.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("Our ships and our aircraft will continue to operate wherever international law allows, including in the Black Sea and over the Baltic. We are ready to talk about preventing incidents at sea and in the air, but not about keeping our Navy out of international waters.", "antony-blinken", 1, "BLINKEN", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Yes. We will continue to provide Ukraine with defensive security assistance. Additional deliveries arrived in Kyiv this week, and more are on the way.", "antony-blinken", 1, "BLINKEN", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("And I expect to speak with Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the paper and is ready to discuss next steps.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
]
L["guardian-2022-01-27-russia-ukraine-live"] = [
 ("There is not a single word in it that gives Moscow a veto over our choice of alliances. The United States has kept its promise not to decide our future behind our backs,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("A senior EU official, briefing journalists in Brussels on Thursday on condition of anonymity, said the bloc fully backed the US and Nato replies and that the withdrawal of Nato troops from eastern member states was “not on any table anywhere”.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("It cannot be said that our views were taken into account, or that any readiness was shown to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("But we will not rush to conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Asked whether Russia would pull back the troops it has massed near Ukraine, he said that where Russia moved its forces on its own territory was “nobody’s business but ours”.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("There is a reaction there which allows us to count on the start of a serious conversation, but on secondary matters,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("She insisted that the demand for Nato to return to its 1997 configuration was “not an invitation to haggle” but the basis of any future security order in Europe.", "maria-zakharova", 1, "She", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("Nato’s infrastructure is being moved ever closer to our borders, strike weapons are appearing in Poland and Romania, and we are expected to smile. Russia needs guarantees that such weapons will not be deployed next to us.", "russia", 0, "The Russian embassy in Washington", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Norway’s foreign minister, Anniken Huitfeldt, said on Thursday that allied exercises in the High North would go ahead as planned, despite Moscow’s demands that Nato curtail drills near Russia’s borders.", "anniken-huitfeldt", 1, "Anniken Huitfeldt", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("Norway’s foreign minister, Anniken Huitfeldt, said on Thursday that allied exercises in the High North would go ahead as planned, despite Moscow’s demands that Nato curtail drills near Russia’s borders.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("Poland will decide for itself which weapons systems are stationed on its soil, including long-range ones. No agreement between Washington and Moscow will change that.", "andrzej-duda", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("Restoring cosy military-to-military talks with Moscow while its tanks sit on Ukraine’s border would be rewarding blackmail,", "gabrielius-landsbergis", 1, "he", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
 ("A treaty was requested and a letter was delivered. Whether Putin treats that as an insult or as an opening will decide the next month,", "oksana-havrylenko", 1, "Oksana Havrylenko", "written-legal-guarantees", "mentions", 1, ""),
 ("A ban on American intermediate-range missiles in Europe, while Russia’s own 9M729s stay deployed, would amount to unilateral disarmament, and I would advise allies never to sign it,", "hendrik-aalders", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("We are strong enough to keep everything under control and to derail any attempt at destabilisation,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
]
L["up-2022-02-02-putin-concerns-ignored"] = [
 ("It is already clear now, that the fundamental Russian concerns were ignored", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("We did not see the adequate consideration of our three key demands concerning the prevention of the expansion of NATO, the refusal of deployment of the strike weapon systems near the Russian borders and the return of military infrastructure of the bloc in Europe to the state of 1997 year", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see the adequate consideration of our three key demands concerning the prevention of the expansion of NATO, the refusal of deployment of the strike weapon systems near the Russian borders and the return of military infrastructure of the bloc in Europe to the state of 1997 year", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see the adequate consideration of our three key demands concerning the prevention of the expansion of NATO, the refusal of deployment of the strike weapon systems near the Russian borders and the return of military infrastructure of the bloc in Europe to the state of 1997 year", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("Let us imagine that Ukraine is member of NATO and starts the military operation in Crimea. What, we must fight with the NATO bloc? Somebody at all thought about it?", "vladimir-putin", 1, "The Russian president", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("The president said it clearly: we need the guarantees which are legally obliging, and not a letter with good wishes", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 1, "2022-02-02"),
 ("The press secretary also noted, that the American side in the answer again refers to the so-called „policy of open doors“ of NATO, and said, that in the Kremlin this part of the answer will be analysed separately.", "dmitry-peskov", 1, "The press secretary", "nato-open-door", "mentions", 0, "2022-02-02"),
 ("The official representative of MFA of Russia Maria Zakharova on the briefing on Wednesday declared, that the decision of the Bucharest summit of NATO of 2008 about the future membership of Ukraine and Georgia is „a time bomb“, which the alliance must officially cancel, if it wants the dialogue with Moscow.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, "2022-02-02"),
 ("As it was declared by the deputy minister of foreign affairs of Russia Alexander Grushko in the interview with „Kommersant“, the proposals of NATO about the restoration of the military channels of communication Moscow will study, but they are „secondary“ in comparison with the main questions.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "mentions", 0, ""),
 ("By the words of the military expert of the centre „Ukrainian Prism“ Andrii Holub, the next subject of bargaining will be the question of the American warships and bombers in the Black sea, from where they can reach the Russian territory.", "andrii-holub", 1, "Andrii Holub", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("The Kremlin will try to present every small concession as its big victory", "andrii-holub", 1, "the expert", "", "", 1, ""),
]

write_gold(L, "articles-88", "gold-88")
