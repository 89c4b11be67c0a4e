#!/usr/bin/env python3
"""Writes the forty-second held-out gold (gold-42/*.nq) from the labels below.

Batch 42 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Outlets and forms, chosen to differ from earlier batches (mainly US and
British broadcast and print, plus one official record):
- PBS NewsHour transcript (front matter; "Name, Title:" speaker labels,
  sound bites "(through translator)", answer paragraphs continuing without a
  label, anchor questions, two invented studio guests);
- Telegraph live blog (no front matter; timestamped entries with crossheads,
  curly quotes, a tweet in „...” marks, a quotation split by "he said",
  speakers named by role, two speakers in one sentence, Founding Act
  background);
- Voice of America report on the draft treaties (front matter; straight
  quotes, a dateline, a passive attribution, document text "according to the
  text", Baker 1990 background, a two-sentence quotation);
- Financial Times analysis (no front matter; single curly quotes, invented
  experts, an unnamed "senior western diplomat" (left out), "a senior German
  diplomat" (-> germany), Incidents at Sea and Baker background);
- Axios "smart brevity" piece (UTF-8 BOM, CRLF line ends, front matter;
  bullet lines, "Why it matters:" style lead-ins, an official on background
  -> us-state-department);
- BBC Monitoring digest of Russian TV (front matter; translated quotations in
  « », a dubbed NATO quote, indirect speech running into a second sentence
  with no reporting verb, a TV correspondent and a talk-show pundit);
- US Senate Foreign Relations Committee hearing record (no front matter;
  "The CHAIRMAN." / "Senator RISCH." / "Ms. NULAND." speaker labels).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- transcripts and the hearing record: each paragraph of a speaker's turn is
  one direct quotation (evidence = the paragraph without the speaker label);
  journalists' and anchors' questions get no label, nor do senators'
  questions or the chairman's procedural remarks (the moderator); the
  chairman's and senators' statements are labelled; the speaker name is the
  one the speaker label gives ("The CHAIRMAN", "RISCH", "Wendy Sherman");
- reported speech: the whole sentence (dateline excluded), direct 0; a
  sentence of indirect speech that continues the previous one without a
  reporting verb is labelled on its own, for the same speaker;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""), also when it is embedded in a
  reported sentence; reported speech about no demand, or about demands left
  unspecified ("the main issues", "Russia's demands", "the proposals"), gets
  no label;
- historical background (Baker 1990, the 1997 Founding Act, the 1972
  Incidents at Sea Agreement, the INF Treaty), words quoted from documents,
  headlines, crossheads, standfirsts, photo captions, source lines and link
  lines are not labelled; statements by unnamed groups with no identifiable
  actor ("one senior western diplomat", "officials", "presenters") are left
  out; an unnamed official of a named country or department is that actor
  ("a senior German diplomat" -> germany, "a senior State Department
  official" -> us-state-department);
- a demand attributed in passing to Moscow or Russia inside another speaker's
  (or the reporter's) sentence is also Russia's label (speaker russia, not a
  person, supports), undated when no day is given; "we have been asked to"
  with no agent gives no Russia label;
- speaker ids: persons as firstname-lastname slugs; speaker name = the words
  naming the speaker at that point, pronouns as written, titles (Mr, Ms,
  Colonel General, Deputy Foreign Minister ...) dropped, roles kept ("the
  Nato secretary general", "The Defence Secretary");
- dates: the day the words were said, resolved against the publication date
  (a live blog's "this morning" is its day; "this week" gives no day); ""
  when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
L["pbs-2022-01-10-newshour-geneva-talks"] = [
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, D),
 ("We did say we are open to discussing reciprocal limits on the size and scope of military exercises, and on the future deployment of certain missiles in Europe. But those limits would have to be reciprocal, and nothing would be decided about Europe without Europe.", "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 1, D),
 ("We did say we are open to discussing reciprocal limits on the size and scope of military exercises, and on the future deployment of certain missiles in Europe. But those limits would have to be reciprocal, and nothing would be decided about Europe without Europe.", "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Sherman said the Russian side had offered no explanation for the more than 100,000 troops massed near Ukraine, and that a real de-escalation was the only way these talks could succeed.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We have no intention to attack Ukraine. There is no reason to fear some sort of escalation scenario. The troops are on our own territory, and we will move them as we see fit.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 1, D),
 ("There was one thing. Both sides sat in a room for eight hours and nobody walked out, which a month ago was not a given.", "olivia-hardcastle", 1, "Olivia Hardcastle", "", "", 1, D),
 ("But nobody should be confused. On the big-ticket item, whether NATO keeps its door open to Ukraine and Georgia, the answer from Washington is going to be the same today, next week and next month.", "olivia-hardcastle", 1, "Olivia Hardcastle", "nato-open-door", "mentions", 1, D),
 ("But nobody should be confused. On the big-ticket item, whether NATO keeps its door open to Ukraine and Georgia, the answer from Washington is going to be the same today, next week and next month.", "olivia-hardcastle", 1, "Olivia Hardcastle", "no-ukraine-membership", "mentions", 1, D),
 ("I think the Kremlin wanted to show its own public that it was being heard, and in that sense it got what it came for. The talks happened on dates it chose and on an agenda it wrote.", "dmitri-vasilenko", 1, "Dmitri Vasilenko", "", "", 1, D),
 ("What worries me is that the demands were drafted so that the West would say no. When you ask NATO to take its troops out of Poland and the Baltic states and go back to where things stood in 1997, you are not expecting a yes.", "dmitri-vasilenko", 1, "Dmitri Vasilenko", "rollback-to-1997", "mentions", 1, D),
 ("That is the risk. If I were advising the alliance, I would offer right now to restore the military hotlines and the channels in Brussels that were shut down last year. It costs nothing, and it lowers the chance of an accident.", "dmitri-vasilenko", 1, "Dmitri Vasilenko", "resume-military-dialogue", "supports", 1, D),
 ("Talking to them is not a reward. The West should keep talking without preconditions, even with those troops on the border, because walking out is exactly what the hardliners in Moscow are hoping for.", "olivia-hardcastle", 1, "Olivia Hardcastle", "no-preconditions", "supports", 1, D),
]

D = "2022-01-12"
L["telegraph-2022-01-12-nato-russia-council-live"] = [
 ("Moscow wants the alliance to promise that it will never expand further east.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We are not going to withdraw our troops from Estonia because Moscow has drawn a line on a map,", "ben-wallace", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("Those forces are there at the invitation of a sovereign ally, and they will stay there.", "ben-wallace", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("The Defence Secretary also dismissed Moscow’s demand that British and American warships keep out of waters from which they could strike Russia, saying the Royal Navy would sail “wherever international law allows”.", "ben-wallace", 1, "The Defence Secretary", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("The Defence Secretary also dismissed Moscow’s demand that British and American warships keep out of waters from which they could strike Russia, saying the Royal Navy would sail “wherever international law allows”.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Allied exercises on Lithuanian soil are not a bargaining chip. We will not accept limits on how we train to defend ourselves.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 1, D),
 ("Giving Putin a say over where Nato puts its missiles is exactly the wrong lesson to draw from Crimea. We should be deploying more, not bargaining away what we have.", "richard-pellow", 1, "Richard Pellow", "no-intermediate-range-missiles", "rejects", 1, D),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "the Nato secretary general", "", "", 1, D),
 ("We will not compromise on core principles,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("Each nation has the right to choose its own path, and Russia does not have a veto on whether Ukraine can become a Nato member.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Each nation has the right to choose its own path, and Russia does not have a veto on whether Ukraine can become a Nato member.", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("At the Russian mission on Wednesday afternoon, Alexander Grushko told reporters that Nato’s open-door policy was “not a sacred cow” and that Moscow would never accept it as the basis of European security.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 0, D),
 ("If Nato moves to a policy of containment, we will respond with counter-containment. If it is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "the deputy foreign minister", "", "", 1, D),
 ("Colonel General Alexander Fomin, the deputy defence minister, said at the same press conference that the number and scale of Nato drills near Russia’s borders had grown sharply and had to be cut back.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("If Russia walks away, it will be quite apparent they were never serious about pursuing diplomacy,", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Ms Sherman and Mr Stoltenberg both insisted on Wednesday that Russia’s troop build-up near Ukraine had to be reversed before real progress could be made.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Ms Sherman and Mr Stoltenberg both insisted on Wednesday that Russia’s troop build-up near Ukraine had to be reversed before real progress could be made.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
]

D = "2021-12-17"
L["voa-2021-12-17-russia-draft-security-pacts"] = [
 ("Russia on Friday published the texts of two draft security agreements it wants to sign with the United States and NATO, demanding that the alliance rule out any further eastward expansion and pull its forces back from Central and Eastern Europe.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, D),
 ("Russia on Friday published the texts of two draft security agreements it wants to sign with the United States and NATO, demanding that the alliance rule out any further eastward expansion and pull its forces back from Central and Eastern Europe.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ('It is a package, and we expect a serious and fast response,', "sergei-ryabkov", 1, "he", "", "", 1, D),
 ('We are ready to fly to Geneva as early as tomorrow.', "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Under the proposed treaty with Washington, Ryabkov said, the two countries would undertake not to deploy intermediate- and shorter-range missiles in areas from which they could hit each other's territory, and not to send warships and heavy bombers to such areas.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("Under the proposed treaty with Washington, Ryabkov said, the two countries would undertake not to deploy intermediate- and shorter-range missiles in areas from which they could hit each other's territory, and not to send warships and heavy bombers to such areas.", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("He added that Moscow was also open to discussing a direct hotline between military commanders to prevent dangerous incidents.", "sergei-ryabkov", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("Ryabkov also said NATO must formally disavow the promise of eventual membership it gave Ukraine and Georgia at its 2008 summit in Bucharest.", "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 0, D),
 ('The demand that NATO halt its expansion was repeated on Friday by Kremlin spokesman Dmitry Peskov, who said Moscow needed guarantees "on paper," not promises.', "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ('The demand that NATO halt its expansion was repeated on Friday by Kremlin spokesman Dmitry Peskov, who said Moscow needed guarantees "on paper," not promises.', "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 ('We were deceived once with verbal assurances. This time we need signatures,', "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, D),
 ('Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram on Friday that the West\'s "military development" of Ukraine had to end, including arms deliveries and the presence of Western instructors.', "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, D),
 ('We will not compromise on the key principles on which European security is built, including that all countries have the right to decide their own future and foreign policy free from outside interference,', "jen-psaki", 1, "Jen Psaki", "nato-open-door", "supports", 1, D),
 ("At the same briefing, she urged Russia to pull back the tens of thousands of troops it has gathered near Ukraine's borders.", "jen-psaki", 1, "she", "russia-de-escalation", "supports", 0, D),
 ('more like an ultimatum than an opening bid.', "ellen-marchetti", 1, "Ellen Marchetti", "", "", 1, ""),
 ("Moscow is asking NATO to take its infrastructure back to where it was in 1997. No American administration is going to sign that,", "ellen-marchetti", 1, "Marchetti", "rollback-to-1997", "mentions", 1, ""),
]

L["ft-2022-01-14-russia-talks-dead-end"] = [
 ("If the Americans think they can keep us talking while Nato keeps moving east, they are mistaken,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Michael Carpenter, the US ambassador to the OSCE, told reporters after the Vienna meeting that ‘the drumbeat of war is sounding loud’, but said Washington was ready to discuss reciprocal limits on military exercises through the Vienna Document.", "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("The freedom to choose alliances cannot be exercised at the expense of the security of others. That is what every OSCE state signed in Istanbul and in Astana,", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("The demand to withdraw allied forces from the eastern flank is not a negotiating position, it is a provocation. No Polish government would accept it, and none should,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "rollback-to-1997", "rejects", 1, ""),
 ("Wielgosz noted that Moscow had also asked the alliance to disown the promise of membership it made to Ukraine and Georgia at Bucharest in 2008.", "katarzyna-wielgosz", 1, "Wielgosz", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Wielgosz noted that Moscow had also asked the alliance to disown the promise of membership it made to Ukraine and Georgia at Bucharest in 2008.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The request that neither side sail warships or fly bombers within striking distance of the other is reasonable, and the west should say so. A modern incidents-at-sea agreement would give both sides what they need,", "ian-pemberton", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, ""),
 ("A senior German diplomat said Berlin was willing to look at Russia’s ideas on missile deployments ‘as part of a package’.", "germany", 0, "A senior German diplomat", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("A senior German diplomat said Berlin was willing to look at Russia’s ideas on missile deployments ‘as part of a package’.", "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 ("One side wants the troops pulled back first, the other wants its treaty signed first, and somebody has to blink,", "ian-pemberton", 1, "Pemberton", "russia-de-escalation", "mentions", 1, ""),
 ("One side wants the troops pulled back first, the other wants its treaty signed first, and somebody has to blink,", "ian-pemberton", 1, "Pemberton", "written-legal-guarantees", "mentions", 1, ""),
 ("Dmytro Kuleba, Ukraine’s foreign minister, argued this week that Russia should not be rewarded with further talks while its troops remained massed on Ukraine’s border.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-preconditions", "rejects", 0, ""),
 ("Dmytro Kuleba, Ukraine’s foreign minister, argued this week that Russia should not be rewarded with further talks while its troops remained massed on Ukraine’s border.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, ""),
 ("Nobody in Brussels believes the Russians came to Geneva to sign anything,", "katarzyna-wielgosz", 1, "Wielgosz", "", "", 1, ""),
 ("They came to hear the word no, so they could say they had asked.", "katarzyna-wielgosz", 1, "Wielgosz", "", "", 1, ""),
]

D = "2022-01-26"
L["axios-2022-01-26-us-written-response"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Tony Blinken", "", "", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We're prepared to discuss reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe,", "antony-blinken", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, D),
 ("We're prepared to discuss reciprocal transparency measures regarding force posture in Ukraine, as well as measures to increase confidence regarding military exercises and maneuvers in Europe,", "antony-blinken", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("Blinken also urged Moscow to de-escalate, saying it was up to Russia to pull back its forces and choose the diplomatic path.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("A senior State Department official told reporters on background Wednesday that the document offered to discuss a U.S. commitment not to station offensive ground-launched missile systems or permanent combat forces in Ukraine, in exchange for reciprocal Russian steps.", "us-state-department", 0, "A senior State Department official", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("A senior State Department official told reporters on background Wednesday that the document offered to discuss a U.S. commitment not to station offensive ground-launched missile systems or permanent combat forces in Ukraine, in exchange for reciprocal Russian steps.", "us-state-department", 0, "A senior State Department official", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("Secretary-General Jens Stoltenberg said Wednesday that NATO had proposed re-establishing the two sides' missions in Moscow and Brussels and setting up a civilian hotline alongside the existing military channels.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow on Wednesday that Russia would study the text carefully but would not budge on its demand that NATO stop expanding eastward.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("The Russians asked for a legally binding promise that NATO stops growing, and they got a list of things to talk about instead,", "nadia-forsythe", 1, "Nadia Forsythe", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians asked for a legally binding promise that NATO stops growing, and they got a list of things to talk about instead,", "nadia-forsythe", 1, "Nadia Forsythe", "written-legal-guarantees", "mentions", 1, ""),
 ("Both sides now say they want to keep talking without preconditions, which mostly means neither wants to be blamed for walking out,", "nadia-forsythe", 1, "Forsythe", "no-preconditions", "mentions", 1, ""),
]

D = "2022-01-27"
L["bbcm-2022-01-28-russian-tv-us-nato-replies"] = [
 ("There is no positive reaction on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("There is no positive reaction on the main issue in this document. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Intermediate-range missiles and confidence-building measures could be discussed, but not instead of the main thing.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles, including the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Channel One's Brussels correspondent Kirill Vyazemsky said in his report that the alliance had once again hidden behind «the slogan of open doors» and had «simply ignored» Russia's demand that NATO forces go back to their 1997 positions.", "kirill-vyazemsky", 1, "Kirill Vyazemsky", "nato-open-door", "rejects", 0, D),
 ("Channel One's Brussels correspondent Kirill Vyazemsky said in his report that the alliance had once again hidden behind «the slogan of open doors» and had «simply ignored» Russia's demand that NATO forces go back to their 1997 positions.", "kirill-vyazemsky", 1, "Kirill Vyazemsky", "rollback-to-1997", "mentions", 0, D),
 ("Channel One's Brussels correspondent Kirill Vyazemsky said in his report that the alliance had once again hidden behind «the slogan of open doors» and had «simply ignored» Russia's demand that NATO forces go back to their 1997 positions.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We are ready to continue the talks, but without preconditions being imposed on us, such as pulling our troops back from our own territory,", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, D),
 ("We are ready to continue the talks, but without preconditions being imposed on us, such as pulling our troops back from our own territory,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, D),
 ("Deputy Foreign Minister Alexander Grushko, interviewed by the channel's Vesti programme the same day, dismissed as «cosmetic» NATO's offer to reopen the two sides' missions and to restore contacts between the militaries.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("The Western instructors must leave, and the weapons deliveries must stop. Otherwise no paper from Washington will be worth anything,", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, D),
 ("for the Western public, not for Moscow", "igor-seleznyov", 1, "Igor Seleznyov", "", "", 1, D),
 ("If American missiles appear in Ukraine, the flight time to Moscow will be five to seven minutes. That is why we want a guarantee, on paper and signed, that no strike systems will ever be stationed there,", "igor-seleznyov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("If American missiles appear in Ukraine, the flight time to Moscow will be five to seven minutes. That is why we want a guarantee, on paper and signed, that no strike systems will ever be stationed there,", "igor-seleznyov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The Bucharest declaration must be scrapped. As long as it stands, Kyiv and Tbilisi will be told they are future members,", "leonid-slutsky", 1, "he", "rescind-bucharest-2008", "supports", 1, D),
]

D = "2022-02-08"
L["senate-sfrc-2022-02-08-russia-demands-hearing"] = [
 ("The hearing will come to order. We meet at a moment of real danger for Europe, with more than 100,000 Russian troops on Ukraine's borders and Russian forces still arriving in Belarus.", "robert-menendez", 1, "The CHAIRMAN", "", "", 1, D),
 ("Let me be clear about where I stand. NATO's door is not Vladimir Putin's to close. The United States will not sign any document that bars Ukraine or Georgia from ever joining the alliance.", "robert-menendez", 1, "The CHAIRMAN", "nato-open-door", "supports", 1, D),
 ("Let me be clear about where I stand. NATO's door is not Vladimir Putin's to close. The United States will not sign any document that bars Ukraine or Georgia from ever joining the alliance.", "robert-menendez", 1, "The CHAIRMAN", "no-ukraine-membership", "rejects", 1, D),
 ("The administration's written response offered to discuss reciprocal transparency measures on force posture in Ukraine. I do not believe our training mission in Ukraine belongs on the negotiating table with the people who are threatening to invade it. Our Ukrainian partners need more help, not less, and they need it now.", "james-risch", 1, "RISCH", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Nor will I support any arrangement that limits which weapons Poland or Romania may deploy on their own soil, however close that soil is to Russia.", "james-risch", 1, "RISCH", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("On January 26, we delivered our written response to Moscow, in full coordination with our allies and with Ukraine. It reaffirms our commitment to NATO's open door. It is not for Russia to decide who joins the alliance.", "victoria-nuland", 1, "NULAND", "nato-open-door", "supports", 1, D),
 ("It also sets out areas where we believe progress is possible on a reciprocal basis, including the placement of intermediate-range missiles in Europe and measures to reduce the risk of incidents between our ships and aircraft.", "victoria-nuland", 1, "NULAND", "no-intermediate-range-missiles", "mentions", 1, D),
 ("It also sets out areas where we believe progress is possible on a reciprocal basis, including the placement of intermediate-range missiles in Europe and measures to reduce the risk of incidents between our ships and aircraft.", "victoria-nuland", 1, "NULAND", "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("We have also proposed restoring the channels that Russia itself closed: the missions in Brussels and Moscow, the NATO-Russia Council, and regular military-to-military communication.", "victoria-nuland", 1, "NULAND", "resume-military-dialogue", "supports", 1, D),
 ("What we will not do is trade away the security of our allies. Withdrawing NATO forces and infrastructure from the members that joined after 1997 is a non-starter. So is a legally binding promise that NATO will never enlarge again.", "victoria-nuland", 1, "NULAND", "rollback-to-1997", "rejects", 1, D),
 ("What we will not do is trade away the security of our allies. Withdrawing NATO forces and infrastructure from the members that joined after 1997 is a non-starter. So is a legally binding promise that NATO will never enlarge again.", "victoria-nuland", 1, "NULAND", "nato-non-expansion", "rejects", 1, D),
 ("What we will not do is trade away the security of our allies. Withdrawing NATO forces and infrastructure from the members that joined after 1997 is a non-starter. So is a legally binding promise that NATO will never enlarge again.", "victoria-nuland", 1, "NULAND", "written-legal-guarantees", "rejects", 1, D),
 ("We have been asked to disavow the Bucharest declaration, and we have said plainly that we will not. That declaration was agreed by all allies, and no ally has proposed revisiting it.", "victoria-nuland", 1, "NULAND", "rescind-bucharest-2008", "rejects", 1, D),
 ("We have put our answers in writing. And where we can reach reciprocal arrangements with Russia, we are prepared to make them legally binding, as we have done in arms control for five decades.", "victoria-nuland", 1, "NULAND", "written-legal-guarantees", "mentions", 1, D),
 ("But we are not going to negotiate with a gun to Ukraine's head. The first step is for Russia to pull back the forces it has massed on Ukraine's borders.", "victoria-nuland", 1, "NULAND", "russia-de-escalation", "supports", 1, D),
 ("But we are not going to negotiate with a gun to Ukraine's head. The first step is for Russia to pull back the forces it has massed on Ukraine's borders.", "victoria-nuland", 1, "NULAND", "no-preconditions", "rejects", 1, D),
 ("Let me offer a slightly different view. I think we should keep talking to the Russians without preconditions, even now, even with those troops where they are. Diplomacy is not a concession.", "chris-murphy", 1, "MURPHY", "no-preconditions", "supports", 1, D),
 ("Senator, we have not missed a single meeting the Russians have offered, and we do not intend to start now.", "victoria-nuland", 1, "NULAND", "", "", 1, D),
 ("I want to associate myself with the chairman's remarks. The Baltic states and Poland are not second-class members of this alliance. Our forces are there to stay, and we ought to be sending more.", "rob-portman", 1, "PORTMAN", "rollback-to-1997", "rejects", 1, D),
]

write_gold(L, "articles-42", "gold-42")
