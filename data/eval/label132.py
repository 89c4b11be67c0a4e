#!/usr/bin/env python3
"""Writes the held-out gold of batch 132 (gold-132/*.nq) from the labels below.

Batch 132 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers saw, in seven different forms:

- reuters-2021-12-17-russia-draft-security-pacts: Reuters wire copy with front
  matter, dateline, a crosshead and a reporting credit line; straight quotes.
- state-2022-01-10-sherman-geneva-briefing: State Department transcript of
  Wendy Sherman's telephonic briefing after Geneva, speaker labels
  ("Deputy Secretary Sherman:", "MODERATOR:", "QUESTION:"), no front matter,
  date in the header.
- rferl-2022-01-12-nato-russia-council-live: RFE/RL live blog of the
  NATO-Russia Council with time stamps, a photo caption and curly quotes.
- kommersant-2022-01-14-ryabkov-interview: Kommersant Q&A interview with
  Sergei Ryabkov (questions as bare paragraphs, answers opened by a dash),
  recorded the day before publication; « » quotes.
- ft-2022-01-28-us-nato-replies-analysis: Financial Times analysis of the
  written answers quoting officials and invented experts, no front matter,
  curly quotes and apostrophes, historical background.
- up-2022-01-13-rau-osce-war-risk: Ukrainska Pravda machine-translated
  aggregator copy of the OSCE Permanent Council, UTF-8 BOM and CRLF line
  ends, „ “ quotes, "Read also" link lines.
- mid-2022-02-02-zakharova-briefing: Russian Foreign Ministry transcript of
  Maria Zakharova's briefing: crossheads, an opening statement without
  speaker labels, then "Question:" / "Maria Zakharova:".

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
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
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.

Each label names its evidence by a unique substring of the article; this
script only turns it into code-point offsets (into the whole file, BOM and
front matter included) and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2021-12-17"
L["reuters-2021-12-17-russia-draft-security-pacts"] = [
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and NATO, demanding that the alliance rule out membership for Ukraine and pull back the forces it has stationed in central and eastern Europe since the late 1990s.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and NATO, demanding that the alliance rule out membership for Ukraine and pull back the forces it has stationed in central and eastern Europe since the late 1990s.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("We need legally binding guarantees, not assurances and not promises, because over the years the West has simply ignored the political commitments it gave us,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The American side has everything it needs to start talks quickly,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("He insisted Russia wanted a firm commitment that NATO would not enlarge any further and that the alliance would not deploy strike weapons in Ukraine or in other countries bordering Russia, a demand he described as \"not a subject for bargaining\".", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He insisted Russia wanted a firm commitment that NATO would not enlarge any further and that the alliance would not deploy strike weapons in Ukraine or in other countries bordering Russia, a demand he described as \"not a subject for bargaining\".", "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("American strategic bombers have to stop flying up to our airspace, and their warships have to stay away from our shores,", "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Both Peskov and Ryabkov said on Friday that Moscow was ready to sit down with U.S. negotiators without any preconditions.", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 0, D),
 ("Both Peskov and Ryabkov said on Friday that Moscow was ready to sit down with U.S. negotiators without any preconditions.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, D),
 ("There will be no talks about European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, D),
 ("Stopping NATO where it stands today is the one thing no American president can promise, and the Kremlin knows it,", "dmitri-kalganov", 1, "Dmitri Kalganov", "nato-non-expansion", "mentions", 1, ""),
 ("Some of this is negotiable and some of it was written to be rejected, and the real question is whether anyone in Moscow wants a deal at all,", "ruth-halloway", 1, "Ruth Halloway", "", "", 1, ""),
]

D = "2022-01-10"
S = ("wendy-sherman", 1, "Sherman")
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, and good evening from Geneva. Today the United States and Russia had a frank and forthright discussion, led on the Russian side by Deputy Foreign Minister Sergei Ryabkov. This was not a negotiation. It was a discussion to better understand each other's priorities and concerns.", *S, "", "", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance.", *S, "nato-open-door", "supports", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States, and that includes the security assistance we provide to Ukraine. And we will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO.", *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("At the same time, we expressed openness to discussing the future deployment of certain missile systems in Europe, along the lines of what was once covered by the INF Treaty. We said we are prepared to explore reciprocal limits on the size and scope of military exercises, and better notification for strategic bombers operating close to each other's territory.", *S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, we expressed openness to discussing the future deployment of certain missile systems in Europe, along the lines of what was once covered by the INF Treaty. We said we are prepared to explore reciprocal limits on the size and scope of military exercises, and better notification for strategic bombers operating close to each other's territory.", *S, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, we expressed openness to discussing the future deployment of certain missile systems in Europe, along the lines of what was once covered by the INF Treaty. We said we are prepared to explore reciprocal limits on the size and scope of military exercises, and better notification for strategic bombers operating close to each other's territory.", *S, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("But it is very hard to imagine real progress in an atmosphere of escalation, with some 100,000 Russian troops near Ukraine's border. Russia can show that it is serious about diplomacy by de-escalating and returning those forces to their barracks.", *S, "russia-de-escalation", "supports", 1, D),
 ("I saw the Deputy Foreign Minister's comments about legally binding guarantees and about Ukraine never joining the Alliance. I'm not going to characterize his views for him; he can speak for himself, and he does so very well.", *S, "written-legal-guarantees", "mentions", 1, D),
 ("I saw the Deputy Foreign Minister's comments about legally binding guarantees and about Ukraine never joining the Alliance. I'm not going to characterize his views for him; he can speak for himself, and he does so very well.", *S, "no-ukraine-membership", "mentions", 1, D),
 ("What I can tell you is that nothing we discussed today commits the Alliance to anything without the Alliance being at the table. We will consult with all 30 Allies before anything else happens.", *S, "", "", 1, D),
 ("Yes, we discussed how our militaries can talk to each other in ways that reduce the risk of an incident in the air or at sea spiraling out of control. We would welcome restoring those contacts, and we believe Russia would benefit from them as well.", *S, "resume-military-dialogue", "supports", 1, D),
 ("On your second question: yes, talks without preconditions came up, as they often do, and we will come back to that with our Allies and partners.", *S, "no-preconditions", "mentions", 1, D),
 ("We go to Brussels for the NATO-Russia Council on Wednesday and to Vienna for the OSCE Permanent Council on Thursday, and after that we will see whether Russia wants to continue down the path of diplomacy. I am not going to get ahead of that today.", *S, "", "", 1, D),
 ("We have been clear from the start that there are two paths here. One is diplomacy; the other is massive consequences if Russia further invades Ukraine. We hope Moscow chooses the first.", *S, "", "", 1, D),
]

D = "2022-01-12"
L["rferl-2022-01-12-nato-russia-council-live"] = [
 ("Russia moves its forces on its own territory as it sees fit, and nobody has the right to tell us where to keep them,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("We are ready to talk about transparency, but we will never agree that Russia decides which weapons our allies may deploy on Lithuanian soil.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Talking without preconditions while 100,000 troops stand on Ukraine's border is not diplomacy, it is blackmail,", "gabrielius-landsbergis", 1, "he", "no-preconditions", "rejects", 1, D),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("We will not give up the possibility to have troops in the eastern part of the alliance,", "jens-stoltenberg", 1, "the secretary-general", "rollback-to-1997", "rejects", 1, D),
 ("and there will be no first-class and second-class NATO members.", "jens-stoltenberg", 1, "the secretary-general", "rollback-to-1997", "rejects", 1, D),
 ("Asked whether NATO could withdraw the 2008 Bucharest pledge that Ukraine and Georgia would one day join, Stoltenberg said the decision stood and was “not up for renegotiation.”", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 0, D),
 ("He added that allies would not sign any agreement that froze the alliance's enlargement.", "jens-stoltenberg", 1, "He", "nato-non-expansion", "rejects", 0, D),
 ("The infrastructure that NATO moved to the east after 1997 must be taken back. That is the essence of our proposals,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, D),
 ("For us, the open-door policy is not sacred; it is a relic of the past that undermines our security,", "alexander-grushko", 1, "the deputy foreign minister", "nato-open-door", "rejects", 1, D),
 ("Channels for the sake of channels are of no interest to us while the alliance treats Russia as an adversary,", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, D),
 ("Nobody in this building can give a pledge that no strike weapons will ever come near Russia's borders. That would mean disarming half of the alliance,", "tomasz-wielgosz", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, ""),
]

D = "2022-01-13"
R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
L["kommersant-2022-01-14-ryabkov-interview"] = [
 ("Frankly, we have reached something like a dead end. The Americans and their allies are ready to talk about the things that interest them, but not about the things that interest us, and that is not how a dialogue works.", *R, "", "", 1, D),
 ("The key thing for us is an ironclad guarantee that Ukraine will never, never ever become a member of NATO, and that the alliance stops moving east. Without this, everything else loses its meaning.", *R, "no-ukraine-membership", "supports", 1, D),
 ("The key thing for us is an ironclad guarantee that Ukraine will never, never ever become a member of NATO, and that the alliance stops moving east. Without this, everything else loses its meaning.", *R, "nato-non-expansion", "supports", 1, D),
 ("And this must be written down and ratified. Political declarations are worth nothing to us; we were given verbal assurances before, and we know what they turned out to be worth.", *R, "written-legal-guarantees", "supports", 1, D),
 ("These are ideas that we ourselves put forward, and of course we are ready to agree on the non-deployment of intermediate-range missiles in Europe and on restrictions on exercises near the line of contact between Russia and NATO. But only as part of a package, not instead of the main thing.", *R, "no-intermediate-range-missiles", "supports", 1, D),
 ("These are ideas that we ourselves put forward, and of course we are ready to agree on the non-deployment of intermediate-range missiles in Europe and on restrictions on exercises near the line of contact between Russia and NATO. But only as part of a package, not instead of the main thing.", *R, "limit-military-exercises", "supports", 1, D),
 ("The Bucharest formula that Ukraine and Georgia «will become members of NATO» must be disavowed. As long as it stands, Kyiv will believe it has been handed a blank cheque.", *R, "rescind-bucharest-2008", "supports", 1, D),
 ("We reject this linkage categorically. Our troops are on our own territory, and we will not move them anywhere at the request of the Americans.", *R, "russia-de-escalation", "rejects", 1, D),
 ("We are ready to continue without any preconditions, in any format, as early as next week. It is the other side that keeps inventing preconditions.", *R, "no-preconditions", "supports", 1, D),
 ("There is no date. We are waiting for a written response, point by point, on paper. If it does not come, or if it turns out to be empty, we will draw our conclusions, including military-technical ones.", *R, "", "", 1, D),
 ("No. We have put our concerns on the table in a way that cannot be ignored, and the Americans now know exactly where our red lines are. That is already a result, even if it is not the one we wanted.", *R, "", "", 1, D),
 ("I am a realist. Diplomacy is a long game, and I do not intend to be the first to leave the table. But I will not hide that the mood in Moscow today is heavy.", *R, "", "", 1, D),
]

L["ft-2022-01-28-us-nato-replies-analysis"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("Moscow’s demand that Nato never admit Ukraine was dismissed by Jens Stoltenberg, the alliance’s secretary-general, on Wednesday as a proposal that was “not on the table”.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Moscow’s demand that Nato never admit Ukraine was dismissed by Jens Stoltenberg, the alliance’s secretary-general, on Wednesday as a proposal that was “not on the table”.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of Nato to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our thoughts were taken into account, but we will not rush to conclusions,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("It says yes to talks on missiles, offers military hotlines, and says no to everything else that matters to the Kremlin,", "pieter-ruysdael", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("It says yes to talks on missiles, offers military hotlines, and says no to everything else that matters to the Kremlin,", "pieter-ruysdael", 1, "he", "resume-military-dialogue", "mentions", 1, ""),
 ("Irina Sokolovskaya of the Moscow Centre for Euro-Atlantic Studies said the Kremlin had expected Washington to restate the open-door principle and was not surprised when it did.", "irina-sokolovskaya", 1, "Irina Sokolovskaya", "nato-open-door", "mentions", 0, ""),
 ("She said Moscow’s insistence on talks without preconditions was partly a way of avoiding any commitment to pull its troops back from Ukraine’s border.", "irina-sokolovskaya", 1, "She", "no-preconditions", "mentions", 0, ""),
 ("She said Moscow’s insistence on talks without preconditions was partly a way of avoiding any commitment to pull its troops back from Ukraine’s border.", "irina-sokolovskaya", 1, "She", "russia-de-escalation", "mentions", 0, ""),
 ("She said Moscow’s insistence on talks without preconditions was partly a way of avoiding any commitment to pull its troops back from Ukraine’s border.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("Both sides now have something to take home, which is more than anyone expected in December,", "irina-sokolovskaya", 1, "she", "", "", 1, ""),
 ("A senior EU official said on Thursday that the build-up had to be reversed “whatever happens to the talks”.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("The exercises on our territory are our sovereign business, and they will not be scaled back because someone in the Kremlin dislikes them,", "kaja-kallas", 1, "she", "limit-military-exercises", "rejects", 1, ""),
 ("We will not accept a moratorium on missiles that leaves Russia’s Iskanders in Kaliningrad untouched and ties only our allies’ hands,", "mariusz-blaszczak", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-27"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("Putting Nato’s future into a legally binding treaty with Russia is a non-starter for this administration,", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 1, "2022-01-27"),
 ("The security of Europe cannot be decided in bilateral conversations that leave the Europeans on the sidelines,", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-24"),
]

D = "2022-01-13"
L["up-2022-01-13-rau-osce-war-risk"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("We must not agree that any state dictates to another which alliances it may join and which it may not", "zbigniew-rau", 1, "the head of the Polish diplomacy", "nato-open-door", "supports", 1, D),
 ("The permanent representative of Russia at the OSCE Alexander Lukashevich declared on Thursday, that Moscow expects from the West concrete answers to its proposals, in particular that NATO stops the expansion to the east and refuses to deploy the strike weapon systems near the borders of Russia.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("The permanent representative of Russia at the OSCE Alexander Lukashevich declared on Thursday, that Moscow expects from the West concrete answers to its proposals, in particular that NATO stops the expansion to the east and refuses to deploy the strike weapon systems near the borders of Russia.", "alexander-lukashevich", 1, "Alexander Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("If we do not hear a constructive answer in reasonable terms, we will be forced to take measures to eliminate the threats", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("the drumbeat of war sounds loudly and the rhetoric became rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("According to Carpenter, Russia must withdraw the troops from the Ukrainian border and return them to the places of permanent deployment, if it is serious about the dialogue.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("We will not exchange our way to NATO for the illusion of peace. Ukraine itself will decide with whom to be in alliance", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("We will not exchange our way to NATO for the illusion of peace. Ukraine itself will decide with whom to be in alliance", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("He added, that the joint exercises with the partners on the territory of Ukraine will continue „whatever the Kremlin thinks“.", "dmytro-kuleba", 1, "He", "limit-military-exercises", "rejects", 0, D),
 ("He added, that the joint exercises with the partners on the territory of Ukraine will continue „whatever the Kremlin thinks“.", "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("I do not see the reasons to sit down in the coming days, to gather again and to begin these same discussions", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, D),
 ("The return to the borders of 1997, the cancellation of the Bucharest decision and a Ukraine without Western instructors – nobody will seriously discuss this. The question is what will be discussed instead", "mykola-dovhaliuk", 1, "Dovhaliuk", "rollback-to-1997", "mentions", 1, ""),
 ("The return to the borders of 1997, the cancellation of the Bucharest decision and a Ukraine without Western instructors – nobody will seriously discuss this. The question is what will be discussed instead", "mykola-dovhaliuk", 1, "Dovhaliuk", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The return to the borders of 1997, the cancellation of the Bucharest decision and a Ukraine without Western instructors – nobody will seriously discuss this. The question is what will be discussed instead", "mykola-dovhaliuk", 1, "Dovhaliuk", "no-military-activity-ex-soviet", "mentions", 1, ""),
]

D = "2022-02-02"
Z = ("maria-zakharova", 1, "Maria Zakharova")
L["mid-2022-02-02-zakharova-briefing"] = [
 ("On January 26, the United States and NATO handed over their written responses to our draft documents. We are studying them carefully, and the final assessment will be given by the country's leadership.", *Z, "", "", 1, D),
 ("But one thing is already clear: there is no answer in them to the main question. Our demand is simple and has not changed: no further expansion of NATO, including to Ukraine and Georgia, and this must be fixed in a legally binding form, not in another declaration that will be forgotten the day after it is signed.", *Z, "nato-non-expansion", "supports", 1, D),
 ("But one thing is already clear: there is no answer in them to the main question. Our demand is simple and has not changed: no further expansion of NATO, including to Ukraine and Georgia, and this must be fixed in a legally binding form, not in another declaration that will be forgotten the day after it is signed.", *Z, "no-ukraine-membership", "supports", 1, D),
 ("But one thing is already clear: there is no answer in them to the main question. Our demand is simple and has not changed: no further expansion of NATO, including to Ukraine and Georgia, and this must be fixed in a legally binding form, not in another declaration that will be forgotten the day after it is signed.", *Z, "written-legal-guarantees", "supports", 1, D),
 ("Instead, Washington and Brussels keep repeating the mantra of the «open door». Let me remind you that this policy is not a law of nature. No one has the right to strengthen their own security at the expense of the security of others.", *Z, "nato-open-door", "rejects", 1, D),
 ("We also insist that the alliance return to the military configuration of 1997. The forces and weapons that have been moved since then to Romania, Bulgaria, Poland and the Baltic states threaten us directly, and they must be withdrawn.", *Z, "rollback-to-1997", "supports", 1, D),
 ("Western capitals continue to whip up hysteria about a so-called Russian invasion. We have said many times that Russia does not intend to attack anyone, and we advise our Western colleagues to read our statements rather than their own tabloids.", *Z, "", "", 1, D),
 ("Meanwhile, the Kiev authorities continue to sabotage the Minsk Package of Measures. Instead of a direct dialogue with Donetsk and Lugansk, they prefer to receive new deliveries of weapons and new promises from their patrons.", *Z, "", "", 1, D),
 ("This is a familiar trick. Russian troops are on Russian territory, and we do not need anyone's permission to move them around our own country.", *Z, "russia-de-escalation", "rejects", 1, D),
 ("It is the United States and Britain that are pumping weapons into Ukraine and sending their instructors there. This is exactly the kind of military development of Ukrainian territory that our draft treaty would prohibit, and it must stop.", *Z, "no-military-activity-ex-soviet", "supports", 1, D),
 ("Tbilisi has the right to its illusions. We have said that the decision of the Bucharest summit is a provocation and must be revoked, and our position has not changed.", *Z, "rescind-bucharest-2008", "supports", 1, D),
 ("It was NATO that made the work of our mission impossible by expelling our diplomats. There is no point in talking about restoring military contacts until the alliance stops treating us as an enemy.", *Z, "resume-military-dialogue", "rejects", 1, D),
 ("Mr Borrell should first explain what exactly the European Union wants to say at this table, other than repeating Washington's talking points.", *Z, "", "", 1, D),
 ("That is not our decision alone. Diplomatic etiquette requires the consent of the other side, and we will not violate it, although our American colleagues have not always been so scrupulous.", *Z, "", "", 1, D),
]

write_gold(L, "articles-132", "gold-132")
