#!/usr/bin/env python3
"""Writes the held-out gold of batch 157 (gold-157/*.nq) from the labels below.

Batch 157 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles about the December 2021 - February 2022
crisis over Russia's demands for "security guarantees":

- anadolu-2022-01-10-geneva-sherman-ryabkov: Anadolu Agency wire copy with
  front matter, straight quotes, "- " crossheads; Geneva talks (Ryabkov,
  Sherman), a Turkish reaction without a day, a quotation split by "Sherman
  said", a quotation embedded in a reported sentence, a demand attributed in
  passing to Moscow, words quoted from the draft agreement, history (1990,
  Bucharest 2008), unnamed diplomats.
- lsm-2022-01-12-nato-russia-council-live: LSM (Latvian public broadcaster)
  live blog, UTF-8 BOM and CRLF line ends, no front matter (date in the text),
  curly quotes, time-stamped entries; NATO-Russia Council (Stoltenberg,
  Grushko, Fomin), Rinkevics, Landsbergis, Pabriks on Twitter, an invented
  analyst, a photo caption, "the secretary general", a split quotation.
- izvestia-2021-12-21-ryabkov-interview: Izvestia Q&A interview with
  front matter, answers introduced by a dash, « » in questions and headline;
  a quoted clause of the draft agreement in the intro.
- zn-ua-2022-01-28-answers-reactions: machine-translated aggregator (ZN.UA)
  without front matter ("28.01.2022 14:37"), „ “ quotes with "– said X"
  after the quotation, crossheads and "Read also" link lines; reactions to
  the written answers of 26 January (Blinken, Stoltenberg, Lavrov, Peskov,
  Zakharova in the passive, Kuleba, Reznikov, Borrell), two speakers in one
  sentence.
- nfp-2022-02-03-podcast-written-answers: Notes from Poland podcast
  transcript with front matter and "Name:" speaker labels, recordings of
  Przydacz ("last Thursday"), Rau and Lukashevich (13 January) played in; the
  host gets no label.
- hindu-2022-01-30-oped-treaty-never-signed: The Hindu op-ed without front
  matter ("January 30, 2022 00:15 IST"), curly quotes, standfirst and author
  note; invented experts (no day given), Putin on 23 December, Lavrov,
  Blinken, Zalkaliani ("earlier this month"), Wang Yi and Bagchi; history
  (Baker 1990, Bucharest 2008). The author's own voice is not labelled.
- faae-2022-02-01-joly-ukraine-evidence: Canadian House of Commons committee
  evidence (parliamentary hearing) with front matter; witnesses Joly and an
  invented Global Affairs official; MPs' questions and the chair get no label.

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
L["anadolu-2022-01-10-geneva-sherman-ryabkov"] = [
 ("The talks were difficult, long, very professional, deep, concrete, without any attempts to embellish anything or to avoid sharp corners,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-10"),
 ("Ryabkov, who led the Russian delegation, said Moscow had made it clear to the Americans that it was \"absolutely mandatory\" to make sure Ukraine never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("A moratorium would not do either, according to the Russian diplomat, who said Moscow wanted NATO's movement toward Russia's borders stopped for good, not paused.", "sergei-ryabkov", 1, "the Russian diplomat", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("A moratorium would not do either, according to the Russian diplomat, who said Moscow wanted NATO's movement toward Russia's borders stopped for good, not paused.", "sergei-ryabkov", 1, "the Russian diplomat", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("The Russian side, he went on, also insisted that no US strike weapons be deployed in countries bordering Russia.", "sergei-ryabkov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-10"),
 ("Ryabkov said Moscow's proposal that neither side station intermediate-range missiles within reach of the other's territory had been \"heard\" by the Americans, but he dismissed as \"counterproductive\" the threats of sanctions voiced in Washington.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, "2022-01-10"),
 ("We have no intention to attack Ukraine, and the movement of our forces on our own territory is not a subject for discussion with anyone.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("Russia came to Geneva without any preconditions, and we expect the same approach from our partners,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States, and we will not make decisions about Ukraine without Ukraine.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("She said the United States was open to discussing the possible future deployment of intermediate-range missiles in Europe as well as reciprocal limits on the size and scope of military exercises, provided Moscow was prepared to do the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was open to discussing the possible future deployment of intermediate-range missiles in Europe as well as reciprocal limits on the size and scope of military exercises, provided Moscow was prepared to do the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Sherman said the two delegations had also touched on military-to-military contacts, without going into detail.", "wendy-sherman", 1, "Sherman", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("Asked whether the United States would accept further talks without preconditions, Sherman said that was a question Washington still had to discuss with its allies.", "wendy-sherman", 1, "Sherman", "no-preconditions", "mentions", 0, "2022-01-10"),
 ("The deputy secretary said she had told Ryabkov that it was hard to see real progress \"in an atmosphere of escalation\" and that Russia should move its troops back to their barracks.", "wendy-sherman", 1, "The deputy secretary", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("We will see very soon whether Russia is serious about the path of diplomacy,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("Turkish Foreign Minister Mevlut Cavusoglu said in Ankara that Türkiye welcomed the talks and that NATO's door should remain open to any country that meets the alliance's criteria, Ukraine included, despite Moscow's demand that Kyiv be kept out.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "nato-open-door", "supports", 0, ""),
 ("Turkish Foreign Minister Mevlut Cavusoglu said in Ankara that Türkiye welcomed the talks and that NATO's door should remain open to any country that meets the alliance's criteria, Ukraine included, despite Moscow's demand that Kyiv be kept out.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "no-ukraine-membership", "rejects", 0, ""),
 ("Turkish Foreign Minister Mevlut Cavusoglu said in Ankara that Türkiye welcomed the talks and that NATO's door should remain open to any country that meets the alliance's criteria, Ukraine included, despite Moscow's demand that Kyiv be kept out.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Dialogue is the only way out of this crisis, and Türkiye is ready to host any meeting that can help,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, ""),
]
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Foreign Minister Edgars Rinkēvičs told LTV's morning programme Rīta Panorāma that Latvia would never accept Moscow's demand that allied troops leave the Baltic states.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Foreign Minister Edgars Rinkēvičs told LTV's morning programme Rīta Panorāma that Latvia would never accept Moscow's demand that allied troops leave the Baltic states.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Returning NATO to where it stood in 1997 is a non-starter. The allied battlegroup in Ādaži is here to stay, and frankly it should grow,", "edgars-rinkevics", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("I am not expecting miracles today,", "edgars-rinkevics", 1, "Rinkēvičs", "", "", 1, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told reporters in Vilnius that the West should not talk to Moscow “with a gun to its head” and that any further meetings should depend on Russia first pulling its troops back from Ukraine's border.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 0, "2022-01-12"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis told reporters in Vilnius that the West should not talk to Moscow “with a gun to its head” and that any further meetings should depend on Russia first pulling its troops back from Ukraine's border.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("What is on the table is a halt to enlargement and keeping allied warships and bombers out of striking distance of Russia. The interesting question is what Moscow would settle for,", "karlis-dreimanis", 1, "Dreimanis", "nato-non-expansion", "mentions", 1, "2022-01-12"),
 ("What is on the table is a halt to enlargement and keeping allied warships and bombers out of striking distance of Russia. The interesting question is what Moscow would settle for,", "karlis-dreimanis", 1, "Dreimanis", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine can become a NATO member. It is only Ukraine and the 30 allies who decide,", "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto over whether Ukraine can become a NATO member. It is only Ukraine and the 30 allies who decide,", "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Stoltenberg said allies would not compromise on the right of each nation to choose its own path, and would not accept a NATO with “second-class members” whose territory the alliance could not defend as it saw fit.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Stoltenberg said allies would not compromise on the right of each nation to choose its own path, and would not accept a NATO with “second-class members” whose territory the alliance could not defend as it saw fit.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("He said NATO had proposed restoring the Russian mission in Brussels and the NATO office in Moscow and making better use of military-to-military channels to prevent incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("We are not going to exercise less because Moscow says so. Allied drills in Latvia will go ahead as planned.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("In a later post, Pabriks dismissed Russia's call to keep NATO strike weapons away from its borders as an attempt “to leave the Baltics defenceless”.", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("In a later post, Pabriks dismissed Russia's call to keep NATO strike weapons away from its borders as an attempt “to leave the Baltics defenceless”.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("For us it is absolutely mandatory that NATO stops its movement eastward. This is a question of national security, not a bargaining chip,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("If there is a threat of military escalation, we will respond,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("and if NATO moves to a policy of containment, we will answer with counter-containment.", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("He repeated that the alliance should withdraw the forces and infrastructure it had moved into its eastern member states after 1997.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("Grushko said Moscow saw no point in restoring military contacts with the alliance as long as NATO treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("Deputy Defence Minister Alexander Fomin said NATO drills near Russia's borders had grown larger and more provocative, and that Moscow wanted them scaled back and moved away from its frontier.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
]
L["izvestia-2021-12-21-ryabkov-interview"] = [
 ("Because the situation has reached a point where half-measures no longer work. We want the Americans and their allies to understand that we are serious, and we want the public to see exactly what we are proposing and what we are not proposing.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2021-12-21"),
 ("It is not a menu from which one can pick a dish or two. The two documents are a package. The central element is a commitment that NATO will not expand further eastward and will not accept Ukraine.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2021-12-21"),
 ("It is not a menu from which one can pick a dish or two. The two documents are a package. The central element is a commitment that NATO will not expand further eastward and will not accept Ukraine.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2021-12-21"),
 ("We hear this mantra every day. The open door is not a sacred principle, it is a political choice of the alliance, and the OSCE commitments say clearly that no state may strengthen its security at the expense of others.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-open-door", "rejects", 1, "2021-12-21"),
 ("Because it was never closed. The decision that Ukraine and Georgia will become members must be formally disavowed. As long as it stands, it is a time bomb under European security.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 1, "2021-12-21"),
 ("Verbal assurances were given to us before, and we know what they turned out to be worth. This time we need guarantees on paper, legally binding, ratified by the Senate.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("We are ready for a mutual commitment not to deploy ground-launched intermediate- and shorter-range missiles where they can reach the other side's territory. The President proposed a moratorium as early as 2019, and NATO simply ignored it.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2021-12-21"),
 ("Heavy bombers and surface warships should stay outside the zones from which they can strike targets on the territory of the other party. This is about avoiding incidents that could escalate into something nobody wants.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-21"),
 ("We insist that NATO renounce any military activity in Ukraine, in the South Caucasus and in Central Asia. Instructors, joint exercises, deliveries of weapons — all of this turns Ukraine into a forward base against Russia.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-military-activity-ex-soviet", "supports", 1, "2021-12-21"),
 ("Our troops are on our own territory. We will not discuss their movements with anyone, and certainly not as a condition for talks.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 1, "2021-12-21"),
 ("Our troops are on our own territory. We will not discuss their movements with anyone, and certainly not as a condition for talks.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 1, "2021-12-21"),
 ("We are ready to meet in January, without any preconditions, in Geneva or anywhere else the Americans find convenient, as long as we talk about substance and not about procedure.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 1, "2021-12-21"),
 ("We are not setting deadlines, but we cannot wait forever. If there is no constructive response, we will take measures, including military-technical ones.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2021-12-21"),
]
L["zn-ua-2022-01-28-answers-reactions"] = [
 ("The state secretary of the USA Antony Blinken on Wednesday has declared that the document contains the proposals about the measures of trust concerning the military exercises and about the missiles in Europe, but there are no any changes concerning the policy of the open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("The state secretary of the USA Antony Blinken on Wednesday has declared that the document contains the proposals about the measures of trust concerning the military exercises and about the missiles in Europe, but there are no any changes concerning the policy of the open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The state secretary of the USA Antony Blinken on Wednesday has declared that the document contains the proposals about the measures of trust concerning the military exercises and about the missiles in Europe, but there are no any changes concerning the policy of the open doors of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of states to choose their own security arrangements and alliances", "antony-blinken", 1, "the head of the State Department", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The general secretary of NATO Jens Stoltenberg on Wednesday has informed that the alliance has transferred to Russia its own proposals, among them the restoration of the offices in Moscow and Brussels and the use of the military channels of communication for the prevention of the incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("At the same time he has called Russia to withdraw the forces from the borders of Ukraine and to choose the way of the diplomacy.", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the East and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("On such conceptual thing as the non-expansion of NATO, it is impossible to say that our concerns were taken into account", "dmitry-peskov", 1, "the representative of the Kremlin", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Peskov has repeated also that Russia moves the troops on its own territory at its own discretion and that nobody can dictate to it where they must be.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Both Lavrov and Peskov have underlined on Thursday that without the answer on the non-expansion of NATO there can be no progress on the other questions.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Both Lavrov and Peskov have underlined on Thursday that without the answer on the non-expansion of NATO there can be no progress on the other questions.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("By the official representative of the MFA Maria Zakharova it was stressed that the USA and NATO must stop to supply the weapons to Ukraine and to conduct the exercises on its territory.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("There are no objections from the Ukrainian side. The doors of NATO remain open, and this is the position which Ukraine welcomes", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 1, "2022-01-27"),
 ("Nobody will tell us with whom to hold the exercises and from whom to receive the weapons. The partnership with the USA and Britain will only grow", "oleksii-reznikov", 1, "Reznikov", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("Any discussion about the European security must include the Europeans, we cannot be the spectators", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-27"),
]
L["nfp-2022-02-03-podcast-written-answers"] = [
 ("Thanks for having me. It's been a very long January, so it's good to finally take stock.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "", "", 1, "2022-02-03"),
 ("It is, in a way, a very American document. It offers talks on intermediate-range missiles, on transparency and limits for exercises, on risk reduction. On enlargement it simply restates the open-door policy, full stop.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "no-intermediate-range-missiles", "mentions", 1, "2022-02-03"),
 ("It is, in a way, a very American document. It offers talks on intermediate-range missiles, on transparency and limits for exercises, on risk reduction. On enlargement it simply restates the open-door policy, full stop.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "limit-military-exercises", "mentions", 1, "2022-02-03"),
 ("It is, in a way, a very American document. It offers talks on intermediate-range missiles, on transparency and limits for exercises, on risk reduction. On enlargement it simply restates the open-door policy, full stop.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "nato-open-door", "mentions", 1, "2022-02-03"),
 ("I think it is, and I think it is right. There should be no Russian veto over who joins the alliance, and there should be no going back to a NATO with no allied troops east of the Oder.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "nato-open-door", "supports", 1, "2022-02-03"),
 ("I think it is, and I think it is right. There should be no Russian veto over who joins the alliance, and there should be no going back to a NATO with no allied troops east of the Oder.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "rollback-to-1997", "rejects", 1, "2022-02-03"),
 ("Yes. The Americans offered a transparency mechanism so that Russia could confirm there are no Tomahawks, nothing intermediate-range, at the Aegis Ashore sites in Redzikowo and Deveselu, provided Russia allows similar checks at some of its own bases. That is a real offer, and Warsaw was consulted.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "no-intermediate-range-missiles", "mentions", 1, "2022-02-03"),
 ("A ban on intermediate-range missiles that leaves the Iskanders in Kaliningrad exactly where they are is not a deal Poland could accept. Our security cannot be traded for a Russian promise.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 1, "2022-01-27"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("We cannot accept a Europe in which some states are told which alliances they may join. That principle was agreed by all of us, the Russian Federation included, in Helsinki and in Paris.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We need legally binding guarantees, and we need them quickly. Vague promises and a so-called dialogue for the sake of dialogue will not do.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("It comes up, mostly in Russian commentary. I keep getting asked whether NATO could drop the 2008 promise to Ukraine and Georgia as a gesture. Nobody in Brussels is seriously discussing it.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "rescind-bucharest-2008", "mentions", 1, "2022-02-03"),
 ("Deconfliction. Even at the height of the Cold War the militaries talked to each other. Today there is almost no channel between NATO and the Russian General Staff, and restoring one would be in everyone's interest, including ours.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "resume-military-dialogue", "supports", 1, "2022-02-03"),
 ("None of this works while more than a hundred thousand troops sit on Ukraine's border. The first step has to be a Russian pullback, and honestly I do not see it coming.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "russia-de-escalation", "supports", 1, "2022-02-03"),
 ("And I would keep an eye on Belarus. What happens there in the next two weeks will tell us a lot about intentions.", "tomasz-wrzesinski", 1, "Tomasz Wrzesiński", "", "", 1, "2022-02-03"),
]
L["hindu-2022-01-30-oped-treaty-never-signed"] = [
 ("We need long-term, legally binding guarantees, and we need them immediately, now,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-23"),
 ("If it depends on Russia, there will be no war. We do not want wars. But we will not allow our interests to be rudely trampled on and ignored,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("The principle of indivisible security, which the West signed up to in Istanbul and in Astana, means that NATO cannot expand at the expense of Russia's security,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("There will be no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Mr. Blinken said on Wednesday that Washington had answered Moscow's demand to curb military exercises with proposals for reciprocal transparency on drills in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("Mr. Blinken said on Wednesday that Washington had answered Moscow's demand to curb military exercises with proposals for reciprocal transparency on drills in Europe.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The list is long: a freeze on enlargement, NATO pulled back to where it stood in 1997, and a written guarantee that Ukraine stays out. No Western government can sign that,", "nandini-rao", 1, "Nandini Rao", "nato-non-expansion", "mentions", 1, ""),
 ("The list is long: a freeze on enlargement, NATO pulled back to where it stood in 1997, and a written guarantee that Ukraine stays out. No Western government can sign that,", "nandini-rao", 1, "Nandini Rao", "rollback-to-1997", "mentions", 1, ""),
 ("The list is long: a freeze on enlargement, NATO pulled back to where it stood in 1997, and a written guarantee that Ukraine stays out. No Western government can sign that,", "nandini-rao", 1, "Nandini Rao", "written-legal-guarantees", "mentions", 1, ""),
 ("The list is long: a freeze on enlargement, NATO pulled back to where it stood in 1997, and a written guarantee that Ukraine stays out. No Western government can sign that,", "nandini-rao", 1, "Nandini Rao", "no-ukraine-membership", "mentions", 1, ""),
 ("Everything, in the Western telling, hinges on a pullback of Russian troops from the border. That is the one demand the West itself is making,", "nandini-rao", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("The question that matters now is whether Western instructors, drills and weapons deliveries in Ukraine become part of a bargain,", "mikhail-sorokin", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The Black Sea is where I would worry. Keeping American destroyers and reconnaissance aircraft out of striking range of Crimea sounds technical, but it is really about who controls that sea,", "harjit-sandhu", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Georgia's Foreign Minister David Zalkaliani said earlier this month that the Bucharest decision remained in force and that Tbilisi would not let anyone revise it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, ""),
 ("through sustained diplomatic efforts for long-term peace and stability", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-27"),
]
L["faae-2022-02-01-joly-ukraine-evidence"] = [
 ("Thank you, Mr. Chair. I returned last week from Kyiv, where I met President Zelensky and Foreign Minister Kuleba, and from Brussels and Paris. I want to begin by saying very clearly that Canada stands with Ukraine.", "melanie-joly", 1, "Mélanie Joly", "", "", 1, "2022-02-01"),
 ("Russia has amassed more than 100,000 troops on Ukraine's border, and we are now seeing troops moving into Belarus. We are calling on Russia to de-escalate, to pull those troops back and to choose the path of diplomacy.", "melanie-joly", 1, "Mélanie Joly", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("Let me be clear on the so-called security guarantees. The idea that NATO should close its door to Ukraine, or to anyone else, is not acceptable to Canada. It is for Ukrainians, and Ukrainians alone, to decide their future.", "melanie-joly", 1, "Mélanie Joly", "no-ukraine-membership", "rejects", 1, "2022-02-01"),
 ("Let me be clear on the so-called security guarantees. The idea that NATO should close its door to Ukraine, or to anyone else, is not acceptable to Canada. It is for Ukrainians, and Ukrainians alone, to decide their future.", "melanie-joly", 1, "Mélanie Joly", "nato-open-door", "supports", 1, "2022-02-01"),
 ("We have also extended and expanded Operation UNIFIER, our training mission, which is in Ukraine at the invitation of the Ukrainian government. That is a decision between two sovereign countries, and it is not something we will negotiate with Moscow.", "melanie-joly", 1, "Mélanie Joly", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-01"),
 ("Our troops in Latvia are not going anywhere. Canada leads the battlegroup at Camp Ādaži, and the idea of pulling allied forces back to where they were in 1997 is simply not on the table.", "melanie-joly", 1, "Mélanie Joly", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 ("Mr. Chair, the allied response was delivered in writing, but it is not a treaty. Allies will not sign any legally binding commitment that freezes enlargement.", "caroline-beland", 1, "Caroline Béland", "written-legal-guarantees", "rejects", 1, "2022-02-01"),
 ("Mr. Chair, the allied response was delivered in writing, but it is not a treaty. Allies will not sign any legally binding commitment that freezes enlargement.", "caroline-beland", 1, "Caroline Béland", "nato-non-expansion", "rejects", 1, "2022-02-01"),
 ("What the response does offer is a discussion of commitments on offensive weapons systems in Europe, on a strictly reciprocal basis and taking Ukraine's concerns into account.", "caroline-beland", 1, "Caroline Béland", "no-strike-weapons-near-borders", "mentions", 1, "2022-02-01"),
 ("We support dialogue. The NATO-Russia Council met in January, and allies have said they are ready to talk about arms control, about transparency and limits on exercises, about intermediate-range missiles. But we will not negotiate over the heads of Ukrainians.", "melanie-joly", 1, "Mélanie Joly", "limit-military-exercises", "mentions", 1, "2022-02-01"),
 ("We support dialogue. The NATO-Russia Council met in January, and allies have said they are ready to talk about arms control, about transparency and limits on exercises, about intermediate-range missiles. But we will not negotiate over the heads of Ukrainians.", "melanie-joly", 1, "Mélanie Joly", "no-intermediate-range-missiles", "mentions", 1, "2022-02-01"),
 ("On the Black Sea, allies have been very clear that freedom of navigation is not negotiable. Canadian ships will continue to sail where international law allows them to sail, and the same goes for our aircraft.", "caroline-beland", 1, "Caroline Béland", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-01"),
 ("We are looking at every option, and we are working very closely with our allies, with the United States and with the United Kingdom, on what Ukraine needs.", "melanie-joly", 1, "Mélanie Joly", "", "", 1, "2022-02-01"),
]

write_gold(L, "articles-157", "gold-157")
