#!/usr/bin/env python3
"""Writes the held-out gold of batch 114 (gold-114/*.nq) from the labels below.

Batch 114 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles on the December 2021 - February 2022
"security guarantees" crisis, in forms recent batches used little:

- pap-2021-12-18-rau-draft-treaties: PAP wire copy with front matter and
  straight quotes; Polish reactions to the draft treaties of 17 December,
  Ryabkov in Moscow, an invented Warsaw analyst, a background paragraph on
  1997/1999 that is history.
- kyodo-2022-01-11-geneva-talks: Kyodo wire without front matter (date in the
  "KYODO NEWS - Jan 11, 2022" line), Geneva talks of Monday 10 January; a
  quotation interrupted by "he said", a role-only speaker ("the deputy foreign
  minister", "the government's top spokesman"), Ryabkov on the 1990
  assurances (history, not labelled), Sherman on unspecified "non-starters"
  (not labelled), an invented Japanese professor.
- npr-2022-01-13-carpenter-osce: NPR "All Things Considered" transcript with a
  UTF-8 BOM and CRLF line ends; speaker labels, host questions (no label), a
  soundbite of Lukashevich, multi-paragraph answers (one label set per
  paragraph), an invented Vienna analyst.
- anadolu-2022-01-27-written-answers: Anadolu Agency wire with front matter on
  the written answers of 26 January: Lavrov, Peskov (indirect speech spanning
  two sentences), Blinken, Stoltenberg, "a senior State Department official",
  Cavusoglu, an invented Ankara analyst; standfirst and crossheads.
- izvestia-2022-01-19-grushko-interview: machine-translated Izvestia Q&A with
  Grushko, « » quotation marks and em-dash paragraphs; questions get no
  label, each answer paragraph is one direct quotation dated 18 January.
- delfi-2022-01-12-nato-russia-council-live: Delfi live blog without front
  matter (date "12 January 2022"), newest entries first, „ “ quotation marks,
  timestamped crossheads, two speakers in one sentence, a senior EU official,
  a quotation split by the attribution.
- rusi-2022-02-03-after-the-written-answers: RUSI commentary with front matter,
  British single curly quotes with curly apostrophes inside, history (Baker
  1990, Founding Act 1997, Bucharest 2008) and words quoted from the draft
  agreement (not labelled), a passive "was dismissed as ... by", invented
  experts quoted in the present tense (undated).

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
L["pap-2021-12-18-rau-draft-treaties"] = [
 ("Polish Foreign Minister Zbigniew Rau said on Saturday that the draft treaties Russia sent to the United States and NATO were \"a list of ultimatums, not a basis for negotiation\" and that no ally would agree to pull its troops out of Poland or the Baltic states.", "zbigniew-rau", 1, "Zbigniew Rau", "rollback-to-1997", "rejects", 0, "2021-12-18"),
 ("a list of ultimatums, not a basis for negotiation", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2021-12-18"),
 ("Poland will not be intimidated, and neither will our allies. We have seen this kind of pressure before, and we know how to answer it,", "zbigniew-rau", 1, "Rau", "", "", 1, "2021-12-18"),
 ("In the two documents, released on Friday, the Russian Foreign Ministry demanded that NATO rule out any further enlargement and return its forces and infrastructure to where they stood in May 1997, before the alliance took in Poland, Hungary and the Czech Republic.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In the two documents, released on Friday, the Russian Foreign Ministry demanded that NATO rule out any further enlargement and return its forces and infrastructure to where they stood in May 1997, before the alliance took in Poland, Hungary and the Czech Republic.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("Deputy Foreign Minister Marcin Przydacz went further in an interview with Polsat News on Saturday, dismissing as \"unacceptable\" Moscow's demand that NATO give up all military activity in Ukraine, the South Caucasus and Central Asia.", "marcin-przydacz", 1, "Marcin Przydacz", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-18"),
 ("Deputy Foreign Minister Marcin Przydacz went further in an interview with Polsat News on Saturday, dismissing as \"unacceptable\" Moscow's demand that NATO give up all military activity in Ukraine, the South Caucasus and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We need legally binding guarantees, not promises that can be forgotten the next day,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("The deputy minister said Moscow was prepared to sit down with the Americans \"without any preconditions\", but warned that the proposals were \"not a menu\" from which the West could pick the dishes it liked.", "sergei-ryabkov", 1, "The deputy minister", "no-preconditions", "supports", 0, "2021-12-18"),
 ("He repeated that Ukraine and Georgia must never become members of the alliance and said the promise made to both countries at NATO's 2008 summit in Bucharest had to be formally withdrawn.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, "2021-12-18"),
 ("He repeated that Ukraine and Georgia must never become members of the alliance and said the promise made to both countries at NATO's 2008 summit in Bucharest had to be formally withdrawn.", "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2021-12-18"),
 ("without our European allies and partners", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2021-12-17"),
 ("The package contains a ban on any further enlargement and limits on where allies can hold exercises, and all of it is supposed to be written into a legally binding treaty. A few items can be talked about; most of it was written to be refused,", "tomasz-grzelak", 1, "Tomasz Grzelak", "nato-non-expansion", "mentions", 1, ""),
 ("The package contains a ban on any further enlargement and limits on where allies can hold exercises, and all of it is supposed to be written into a legally binding treaty. A few items can be talked about; most of it was written to be refused,", "tomasz-grzelak", 1, "Tomasz Grzelak", "limit-military-exercises", "mentions", 1, ""),
 ("The package contains a ban on any further enlargement and limits on where allies can hold exercises, and all of it is supposed to be written into a legally binding treaty. A few items can be talked about; most of it was written to be refused,", "tomasz-grzelak", 1, "Tomasz Grzelak", "written-legal-guarantees", "mentions", 1, ""),
]
L["kyodo-2022-01-11-geneva-talks"] = [
 ("Russia insisted on Monday that Ukraine must never be allowed to join NATO, as nearly eight hours of talks with the United States in Geneva ended without any sign of a breakthrough in a standoff that has raised fears of a new war in Europe.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We do not trust the other side,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The deputy foreign minister also said Russia wanted U.S. warships and strategic bombers kept out of areas from which they could strike Russian territory, a restriction he said Moscow was ready to accept \"on a mutual basis.\"", "sergei-ryabkov", 1, "The deputy foreign minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("He dismissed calls to pull back the roughly 100,000 troops massed near Ukraine's border, saying the forces were on Russian soil and that there was \"no reason to fear\" an escalation.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Ryabkov also proposed that the two countries' militaries resume regular contacts, which he said had \"practically dried up\" in recent years.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "supports", 0, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was open to discussing the future deployment of intermediate-range missiles in Europe, as long as Russia was prepared to make reciprocal commitments.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("We listened carefully, and we were candid about where we see room and where we do not,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("Japan strongly hopes that the situation will be resolved peacefully through diplomatic dialogue,", "hirokazu-matsuno", 1, "Matsuno", "", "", 1, "2022-01-11"),
 ("Asked whether Japan supported the call for Russia to withdraw its troops from the Ukrainian border, the government's top spokesman said only that Tokyo was coordinating \"closely\" with the United States and other Group of Seven partners.", "hirokazu-matsuno", 1, "the government's top spokesman", "russia-de-escalation", "mentions", 0, "2022-01-11"),
 ("The Russians came to Geneva with a package and said, take all of it or nothing. The Americans came with a list of small, practical items. Those two approaches do not meet easily,", "kenji-harada", 1, "Kenji Harada", "", "", 1, ""),
 ("Harada argued that Washington should refuse any moratorium on intermediate-range missiles that covered only Europe, because such a deal could leave Russian and Chinese missiles aimed at Japan untouched.", "kenji-harada", 1, "Harada", "no-intermediate-range-missiles", "rejects", 0, ""),
]
L["npr-2022-01-13-carpenter-osce"] = [
 ("Well, I'd say the drumbeat of war is sounding loud, and the rhetoric has become rather shrill. We are taking this extremely seriously, and so are our allies and partners here in Vienna.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Something very simple. Russia should pull back the forces it has massed along Ukraine's borders and send them back to their barracks. That is the single most important thing Moscow could do to show that it is serious about diplomacy.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("No. We are not going to sign a treaty that closes the door to countries that want to join the alliance. Every participating state in the OSCE has signed up to the principle that nations are free to choose their own security arrangements, and Russia signed it, too.", "michael-carpenter", 1, "Michael Carpenter", "nato-non-expansion", "rejects", 1, "2022-01-13"),
 ("No. We are not going to sign a treaty that closes the door to countries that want to join the alliance. Every participating state in the OSCE has signed up to the principle that nations are free to choose their own security arrangements, and Russia signed it, too.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Now, there are areas where we think real progress is possible - arms control, risk reduction, confidence-building. Those are exactly the things this organization was built to handle.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("Not nearly enough. We have proposed that our military officials resume regular contacts, because in a crisis like this one the worst thing is for soldiers on both sides to be guessing at each other's intentions.", "michael-carpenter", 1, "Michael Carpenter", "resume-military-dialogue", "supports", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures to eliminate the risks to our security. We need a guarantee that NATO will not move any further to the east, and we need it on paper, not in words.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures to eliminate the risks to our security. We need a guarantee that NATO will not move any further to the east, and we need it on paper, not in words.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("I think the Russians got pretty much the answer they expected. The big item, a halt to NATO enlargement, was turned down in Geneva, in Brussels and again here in Vienna, politely but very clearly.", "tobias-reinholt", 1, "Tobias Reinholt", "nato-non-expansion", "mentions", 1, "2022-01-13"),
 ("There is the question of whether the generals resume regular contacts. It came up in Geneva and again in Brussels, and honestly, it's the first thing I'd watch for.", "tobias-reinholt", 1, "Tobias Reinholt", "resume-military-dialogue", "mentions", 1, "2022-01-13"),
 ("The demand to pull NATO forces back to where they were in 1997 is the one that frightens Poland and the Baltic states the most. Whether it's a real demand or an opening bid, nobody I spoke to in Vienna this week could tell me.", "tobias-reinholt", 1, "Tobias Reinholt", "rollback-to-1997", "mentions", 1, "2022-01-13"),
 ("And then there is the Black Sea. The draft treaty says warships should stay out of areas from which they could strike the other side, which in the Black Sea means practically everywhere. Turkey will have something to say about that.", "tobias-reinholt", 1, "Tobias Reinholt", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-13"),
]
L["anadolu-2022-01-27-written-answers"] = [
 ("There is no positive response in this document on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive response in this document on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our views were taken into account or that a readiness to take our concerns into account was demonstrated,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Asked whether Moscow would heed calls to pull its troops back from areas near Ukraine, Peskov said the deployment of Russian forces on Russian territory was an internal matter.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("The troops would not be moved \"at anyone's demand,\" he added.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("According to Blinken, the response proposed reciprocal commitments by Washington and Moscow not to deploy offensive strike systems or permanent combat forces on the territory of Ukraine.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Secretary General Jens Stoltenberg said the alliance proposed reopening the NATO and Russian offices in Brussels and Moscow and making full use of military-to-military channels of communication to prevent dangerous incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("A senior State Department official, briefing reporters on condition of anonymity on Wednesday, said the US reply did not address Russia's demand to revoke the 2008 Bucharest declaration on Ukraine and Georgia because the matter was \"not on the table.\"", "us-state-department", 0, "A senior State Department official", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("A senior State Department official, briefing reporters on condition of anonymity on Wednesday, said the US reply did not address Russia's demand to revoke the 2008 Bucharest declaration on Ukraine and Georgia because the matter was \"not on the table.\"", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("We want this tension to be resolved through diplomacy, without either side imposing conditions on the other before the talks even begin,", "mevlut-cavusoglu", 1, "Cavusoglu", "no-preconditions", "supports", 1, "2022-01-27"),
 ("Nobody in NATO is going to tear up the Bucharest declaration. Ukraine and Georgia will not join the alliance for a long time, but formally the door stays open,", "selim-karakaya", 1, "Selim Karakaya", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Nobody in NATO is going to tear up the Bucharest declaration. Ukraine and Georgia will not join the alliance for a long time, but formally the door stays open,", "selim-karakaya", 1, "Selim Karakaya", "no-ukraine-membership", "mentions", 1, ""),
 ("Nobody in NATO is going to tear up the Bucharest declaration. Ukraine and Georgia will not join the alliance for a long time, but formally the door stays open,", "selim-karakaya", 1, "Selim Karakaya", "nato-open-door", "mentions", 1, ""),
]
L["izvestia-2022-01-19-grushko-interview"] = [
 ("The impression is that the alliance did not hear us. We brought the concrete proposals on the paper, and in response we heard the lecture about the «open doors» and about the right of every state to choose the alliances freely. But this right is not absolute. It is limited by the obligation not to strengthen own security at the expense of the security of others, which all of us signed in Istanbul in 1999 and in Astana in 2010.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("We do not see the sense to restore the military contacts in the situation, when the alliance officially considers Russia as the adversary and builds all its planning on the «containment». The channels were frozen not by us. Today such contacts would be only the screen, behind which nothing changes.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("The guarantees of the non-expansion of NATO, the refusal of the deployment of the strike systems of weapon near our borders, the return of the military infrastructure of the alliance to the configuration of 1997. These are not the wishes, from which it is possible to choose. This is the package, and we will not divide it into the parts.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("The guarantees of the non-expansion of NATO, the refusal of the deployment of the strike systems of weapon near our borders, the return of the military infrastructure of the alliance to the configuration of 1997. These are not the wishes, from which it is possible to choose. This is the package, and we will not divide it into the parts.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-18"),
 ("The guarantees of the non-expansion of NATO, the refusal of the deployment of the strike systems of weapon near our borders, the return of the military infrastructure of the alliance to the configuration of 1997. These are not the wishes, from which it is possible to choose. This is the package, and we will not divide it into the parts.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("Also the decision of the Bucharest summit of 2008 that Ukraine and Georgia «will become the members» must be cancelled officially. While this formula exists, it remains the mine of the slow action under the European security.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-18"),
 ("We welcome that the Americans at last are ready to speak about it, because we proposed the moratorium on the deployment of such missiles in Europe many times, and it is necessary that they are not deployed there at all. But it is impossible to solve it separately from the main questions.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("It is NATO which several times increased the intensity of the exercises near our borders, and it is NATO which must reduce them. The reconnaissance aircraft and the ships of the alliance approach our borders to the distance from which they can strike at our territory, and this also must stop.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-18"),
 ("It is NATO which several times increased the intensity of the exercises near our borders, and it is NATO which must reduce them. The reconnaissance aircraft and the ships of the alliance approach our borders to the distance from which they can strike at our territory, and this also must stop.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("The transformation of Ukraine into the platform of the alliance — the instructors, the supplies of the weapon, the joint maneuvers — is the direct threat for us. The alliance must refuse from any military activity on the territory of Ukraine and of other states of the post-Soviet space, which are not the members of NATO.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-18"),
 ("Then we will answer by the military-technical means. I do not want to go into the details. But nobody should have the illusions about it.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
]
L["delfi-2022-01-12-nato-russia-council-live"] = [
 ("Our cooperation with NATO – the training missions, the joint exercises, the weapons we receive – none of it is up for discussion in Brussels or anywhere else without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("There can be no discussion of European security without the European Union at the table,", "european-union", 0, "the official", "", "", 1, "2022-01-12"),
 ("NATO's attempts to absorb Ukraine and to turn it into an anti-Russian bridgehead are a direct threat to us,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("NATO's attempts to absorb Ukraine and to turn it into an anti-Russian bridgehead are a direct threat to us,", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-12"),
 ("Russia will have to decide whether it wants diplomacy or confrontation,", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-12"),
 ("If it chooses diplomacy, it needs to de-escalate, and the sooner the better.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("A legally binding halt to enlargement is not something allies will ever sign up to,", "jens-stoltenberg", 1, "Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("A legally binding halt to enlargement is not something allies will ever sign up to,", "jens-stoltenberg", 1, "Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("Talks without preconditions? There is one precondition, and it is very simple: pull your troops back from Ukraine's border,", "gitanas-nauseda", 1, "Nauseda", "no-preconditions", "rejects", 1, "2022-01-12"),
 ("Talks without preconditions? There is one precondition, and it is very simple: pull your troops back from Ukraine's border,", "gitanas-nauseda", 1, "Nauseda", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Latvian Foreign Minister Edgars Rinkevics and his Estonian counterpart Eva-Maria Liimets both said on Wednesday that NATO's open-door policy was not negotiable and that no third country could veto the alliance's decisions on membership.", "edgars-rinkevics", 1, "Edgars Rinkevics", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Latvian Foreign Minister Edgars Rinkevics and his Estonian counterpart Eva-Maria Liimets both said on Wednesday that NATO's open-door policy was not negotiable and that no third country could veto the alliance's decisions on membership.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Our exercises with allies will take place as planned, this year and next year. We are not going to cancel a single one of them,", "arvydas-anusauskas", 1, "the minister", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("We will decide together with our allies what is deployed on our territory, including air defence and any other systems. Russia does not get a say in that,", "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
]
L["rusi-2022-02-03-after-the-written-answers"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("regarding NATO expansion, the renunciation of strike weapons near Russian borders and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("regarding NATO expansion, the renunciation of strike weapons near Russian borders and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("regarding NATO expansion, the renunciation of strike weapons near Russian borders and the return of the bloc’s military infrastructure in Europe to the state of 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("The likelihood that Ukraine is going to join NATO in the near term is not very likely,", "joe-biden", 1, "Joe Biden", "no-ukraine-membership", "mentions", 1, "2022-01-19"),
 ("Every country has the right to choose its own alliances. Whether Ukraine joins NATO is for Ukraine and the 30 allies to decide, not for Russia,", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, "2022-01-24"),
 ("Every country has the right to choose its own alliances. Whether Ukraine joins NATO is for Ukraine and the 30 allies to decide, not for Russia,", "josep-borrell", 1, "Josep Borrell", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-28"),
 ("Russia’s demand that the Bucharest decision be revoked was dismissed as ‘a non-starter’ by Georgia’s foreign minister, David Zalkaliani, in testimony to the Georgian parliament’s foreign relations committee on 19 January.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-01-19"),
 ("Russia’s demand that the Bucharest decision be revoked was dismissed as ‘a non-starter’ by Georgia’s foreign minister, David Zalkaliani, in testimony to the Georgian parliament’s foreign relations committee on 19 January.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Everybody in January claimed to be ready to talk without preconditions, and everybody had them. That is the honest summary of the month,", "ruth-abernathy-cole", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("The clause on military activity in the former Soviet states is the one Kyiv reads most closely, because it would end Western training missions in Ukraine almost overnight,", "ruth-abernathy-cole", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("What Moscow did not expect was how much the Americans would put on the table on intermediate-range missiles. That makes a flat rejection harder to sell at home,", "pavel-zadornov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

write_gold(L, "articles-114", "gold-114")
