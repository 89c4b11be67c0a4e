#!/usr/bin/env python3
"""Writes the held-out gold of batch 125 (gold-125/*.nq) from the labels below.

Batch 125 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the coverage most readers actually saw, from mainstream outlets:

- state-2022-01-10-sherman-geneva-briefing: U.S. State Department transcript
  of Wendy Sherman's call with reporters after the Geneva talks; speaker
  labels in capitals (MR PRICE moderating, QUESTION, DEPUTY SECRETARY
  SHERMAN), answers running over several paragraphs; front matter.
- reuters-2022-01-13-osce-vienna-dead-end: Reuters wire copy with dateline,
  straight quotation marks, a quotation split by "Ryabkov said", attribution
  after the quotation, a crosshead and a background paragraph on Baker 1990
  and the 1997 Founding Act; front matter.
- kommersant-2022-01-19-grushko-interview: Kommersant Q&A interview with
  Alexander Grushko in English translation; questions and answers both open
  with a dash, continuation paragraphs without one, « » marks; front matter.
- up-2022-01-12-nato-russia-council-live: Ukrainska Pravda live blog of the
  NATO-Russia Council day; UTF-8 BOM, CRLF line ends, no front matter (date
  in the header), time stamps, "Read also" link lines, a photo caption,
  curly quotes, a speaker named only as "the president" / "the secretary
  general" / "he".
- pentagon-2022-01-27-kirby-briefing: Pentagon press briefing transcript
  (MR. KIRBY / Q:) the day after the written answers; no front matter.
- ruposts-2022-01-28-zakharova-main-question: machine-translated aggregator
  ("has declared, that"), „ “ marks with "- has said X" after the quotation,
  Zakharova's Thursday briefing, Lavrov, Ryabkov (undated), Blinken, Kuleba,
  Georgia's foreign minister; no front matter, date as 28.01.2022.
- ft-2022-02-02-what-can-west-give-putin: Financial Times analysis quoting
  invented analysts and a Polish MP alongside Putin, Borrell, Stoltenberg and
  a senior EU official; curly quotes, standfirst, history paragraph.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-10"
S = "wendy-sherman"
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, Ned, and thank you all for joining. We have just finished nearly eight hours of discussion with the Russian delegation led by Deputy Foreign Minister Ryabkov. It was a frank and forthright discussion, and I appreciated the professionalism of our Russian colleagues.", S, 1, "SHERMAN", "", "", 1, D),
 ("We firmly pushed back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance, and we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", S, 1, "SHERMAN", "nato-open-door", "supports", 1, D),
 ("We firmly pushed back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance, and we will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", S, 1, "SHERMAN", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("At the same time, we made clear that we are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty, and that we are ready to explore reciprocal limits on the size and scope of military exercises. Those are areas where the two of us could make progress, if Russia is serious.", S, 1, "SHERMAN", "no-intermediate-range-missiles", "mentions", 1, D),
 ("At the same time, we made clear that we are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty, and that we are ready to explore reciprocal limits on the size and scope of military exercises. Those are areas where the two of us could make progress, if Russia is serious.", S, 1, "SHERMAN", "limit-military-exercises", "mentions", 1, D),
 ("He did, and I gave him a very clear answer. No one outside the alliance gets a say in whether Ukraine becomes a member. That is a decision for Ukraine and for the 30 allies, and we are not going to trade it away in a bilateral conversation in Geneva.", S, 1, "SHERMAN", "no-ukraine-membership", "rejects", 1, D),
 ("He did, and I gave him a very clear answer. No one outside the alliance gets a say in whether Ukraine becomes a member. That is a decision for Ukraine and for the 30 allies, and we are not going to trade it away in a bilateral conversation in Geneva.", S, 1, "SHERMAN", "nato-open-door", "supports", 1, D),
 ("I told Deputy Foreign Minister Ryabkov that it is very hard to make real progress while Russia keeps tens of thousands of troops on Ukraine's border. If Moscow wants diplomacy to succeed, it has to de-escalate and send those forces back to their barracks. We heard no commitment to that today.", S, 1, "SHERMAN", "russia-de-escalation", "supports", 1, D),
 ("We are prepared to put ideas on paper in the coming weeks, and whether any of them ends up in a legally binding form is something we can discuss down the road. But there will be nothing about Ukraine without Ukraine, nothing about Europe without Europe and nothing about NATO without NATO.", S, 1, "SHERMAN", "written-legal-guarantees", "mentions", 1, D),
 ("On the proposal that NATO withdraw its forces and infrastructure to where they stood in 1997, I told our Russian colleagues plainly that this is a non-starter. Allies who joined after 1997 are not second-class members, and we are not going to pull American troops out of Poland, Romania or the Baltic states.", S, 1, "SHERMAN", "rollback-to-1997", "rejects", 1, D),
 ("We did. We think it is in both our interests for our militaries to talk to each other regularly, including through better deconfliction and risk-reduction channels, and we encouraged Russia to take that up.", S, 1, "SHERMAN", "resume-military-dialogue", "supports", 1, D),
 ("As for another round, we will see on Wednesday in Brussels and on Thursday in Vienna where things stand, and then we will consult closely with our allies and partners. We have not set a date for the next meeting.", S, 1, "SHERMAN", "", "", 1, D),
]

D = "2022-01-13"
L["reuters-2022-01-13-osce-vienna-dead-end"] = [
 ("I see no grounds to sit down in the coming days, to gather again and start these same negotiations,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, D),
 ("Ryabkov, who led Russia's delegation at Monday's talks with the United States in Geneva, said there would be no progress unless Washington agreed that Ukraine would never become a member of NATO, and he declined to rule out Russian military deployments to Cuba or Venezuela if diplomacy failed.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("Kremlin spokesman Dmitry Peskov told reporters on Thursday the week had produced \"some positive elements\", but insisted that a halt to NATO's expansion eastwards was not something Moscow was prepared to trade for smaller concessions.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Rau later told reporters that Poland would never accept Moscow's demand that allied troops be withdrawn from countries that joined NATO after 1997.", "zbigniew-rau", 1, "Rau", "rollback-to-1997", "rejects", 0, D),
 ("Rau later told reporters that Poland would never accept Moscow's demand that allied troops be withdrawn from countries that joined NATO after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Poland's defence minister, Mariusz Blaszczak, said on Thursday that his country would not give up any weapon it needed to defend itself, dismissing Russia's demand that NATO renounce offensive weapons near its borders.", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("Poland's defence minister, Mariusz Blaszczak, said on Thursday that his country would not give up any weapon it needed to defend itself, dismissing Russia's demand that NATO renounce offensive weapons near its borders.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("NATO weapons and instructors in Ukraine are a direct threat to us, and this has to stop,", "alexander-lukashevich", 1, "he", "no-military-activity-ex-soviet", "supports", 1, D),
 ("He also dismissed Western calls for Russia to pull its forces back from the Ukrainian border as \"interference in our internal affairs\".", "alexander-lukashevich", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("the drumbeat of war is sounding loud and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]

D = "2022-01-18"
G = "alexander-grushko"
N = "Alexander Grushko"
L["kommersant-2022-01-19-grushko-interview"] = [
 ("Frankly, very little. Our colleagues listened carefully, but to our proposals they answered with the same mantra about the «open door». For us the open-door policy is not a sacred principle. It is an instrument that has brought the alliance's infrastructure right up to our borders, and we do not recognise it.", G, 1, N, "nato-open-door", "rejects", 1, D),
 ("First, a legally binding commitment not to enlarge any further, and above all not to admit Ukraine and Georgia. Second, a return of the alliance's military posture to the configuration of 1997, when the Founding Act was signed, with the withdrawal of what has been deployed in the new member states since then.", G, 1, N, "written-legal-guarantees", "supports", 1, D),
 ("First, a legally binding commitment not to enlarge any further, and above all not to admit Ukraine and Georgia. Second, a return of the alliance's military posture to the configuration of 1997, when the Founding Act was signed, with the withdrawal of what has been deployed in the new member states since then.", G, 1, N, "nato-non-expansion", "supports", 1, D),
 ("First, a legally binding commitment not to enlarge any further, and above all not to admit Ukraine and Georgia. Second, a return of the alliance's military posture to the configuration of 1997, when the Founding Act was signed, with the withdrawal of what has been deployed in the new member states since then.", G, 1, N, "no-ukraine-membership", "supports", 1, D),
 ("First, a legally binding commitment not to enlarge any further, and above all not to admit Ukraine and Georgia. Second, a return of the alliance's military posture to the configuration of 1997, when the Founding Act was signed, with the withdrawal of what has been deployed in the new member states since then.", G, 1, N, "rollback-to-1997", "supports", 1, D),
 ("These are not separate wishes from which one can pick the convenient ones. It is a package, and it must be considered as a package.", G, 1, N, "", "", 1, D),
 ("The Bucharest formula has to be disavowed, officially. As long as it remains in force, every NATO statement about «partnership» with Kiev is in practice a step towards membership, and we cannot accept that.", G, 1, N, "rescind-bucharest-2008", "supports", 1, D),
 ("The Bucharest formula has to be disavowed, officially. As long as it remains in force, every NATO statement about «partnership» with Kiev is in practice a step towards membership, and we cannot accept that.", G, 1, N, "no-ukraine-membership", "supports", 1, D),
 ("It is something, but it is not what we asked for. We want exercises near the line of contact between Russia and NATO scaled down and moved away from our borders. And we want the alliance's ships and aircraft to stay out of areas from which they can strike targets on our territory.", G, 1, N, "limit-military-exercises", "supports", 1, D),
 ("It is something, but it is not what we asked for. We want exercises near the line of contact between Russia and NATO scaled down and moved away from our borders. And we want the alliance's ships and aircraft to stay out of areas from which they can strike targets on our territory.", G, 1, N, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We are not against contacts between military people as such. But restoring the format for the sake of the format, while the alliance openly treats us as an adversary, makes no sense. We will not do it just to create an illusion of dialogue.", G, 1, N, "resume-military-dialogue", "rejects", 1, D),
 ("Nobody will dictate to us where to deploy our forces on our own territory. And note: we did not set preconditions for anyone. We proposed to sit down and negotiate without any preconditions, and we expect the same approach from our partners.", G, 1, N, "russia-de-escalation", "rejects", 1, D),
 ("Nobody will dictate to us where to deploy our forces on our own territory. And note: we did not set preconditions for anyone. We proposed to sit down and negotiate without any preconditions, and we expect the same approach from our partners.", G, 1, N, "no-preconditions", "supports", 1, D),
 ("This is exactly what we mean when we say that NATO must stop developing the territory of Ukraine militarily. Every new delivery of weapons, every new group of instructors brings the moment of danger closer.", G, 1, N, "no-military-activity-ex-soviet", "supports", 1, D),
 ("No. A moratorium is a pause, and pauses end. We have heard verbal assurances before, and we know what they are worth. We need guarantees that are binding in international law and that do not depend on who sits in the White House.", G, 1, N, "written-legal-guarantees", "supports", 1, D),
 ("Then we will be forced to take military-technical measures. I do not want to go into details, but our partners know perfectly well what we are capable of.", G, 1, N, "", "", 1, D),
]

D = "2022-01-12"
L["up-2022-01-12-nato-russia-council-live"] = [
 ("We cannot accept talks without preconditions while a hundred thousand Russian soldiers are standing at our border. The first condition is de-escalation,", "dmytro-kuleba", 1, "Kuleba", "no-preconditions", "rejects", 1, D),
 ("We cannot accept talks without preconditions while a hundred thousand Russian soldiers are standing at our border. The first condition is de-escalation,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 ("Arriving at NATO headquarters, Sherman told journalists that the allies would “listen carefully”, but that Moscow's demands to bar Ukraine from the alliance were “simply not on the table”.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("Arriving at NATO headquarters, Sherman told journalists that the allies would “listen carefully”, but that Moscow's demands to bar Ukraine from the alliance were “simply not on the table”.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Ukraine is not a buffer zone and not a bargaining chip. We are a sovereign state, and no one but us will decide which alliance we join,", "volodymyr-zelensky", 1, "the president", "nato-open-door", "supports", 1, "2022-01-11"),
 ("Ukraine is not a buffer zone and not a bargaining chip. We are a sovereign state, and no one but us will decide which alliance we join,", "volodymyr-zelensky", 1, "the president", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Stoltenberg rejected as “unacceptable” Moscow's demands that NATO withdraw the forces it has deployed on its eastern flank since 1997 and renounce the promise made to Ukraine and Georgia at the Bucharest summit.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 ("Stoltenberg rejected as “unacceptable” Moscow's demands that NATO withdraw the forces it has deployed on its eastern flank since 1997 and renounce the promise made to Ukraine and Georgia at the Bucharest summit.", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 0, D),
 ("Stoltenberg rejected as “unacceptable” Moscow's demands that NATO withdraw the forces it has deployed on its eastern flank since 1997 and renounce the promise made to Ukraine and Georgia at the Bucharest summit.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Stoltenberg rejected as “unacceptable” Moscow's demands that NATO withdraw the forces it has deployed on its eastern flank since 1997 and renounce the promise made to Ukraine and Georgia at the Bucharest summit.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("According to the secretary general, the allies are ready to discuss arms control, including missiles, and greater transparency of military exercises.", "jens-stoltenberg", 1, "the secretary general", "no-intermediate-range-missiles", "mentions", 0, D),
 ("According to the secretary general, the allies are ready to discuss arms control, including missiles, and greater transparency of military exercises.", "jens-stoltenberg", 1, "the secretary general", "limit-military-exercises", "mentions", 0, D),
 ("We also proposed to restore our military lines of communication, to reduce the risk of incidents and accidents,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("We told our colleagues clearly: for us it is absolutely mandatory that NATO stops its eastward expansion. And this must be fixed in legal guarantees,", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, D),
 ("We told our colleagues clearly: for us it is absolutely mandatory that NATO stops its eastward expansion. And this must be fixed in legal guarantees,", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, D),
 ("Deputy Defence Minister Alexander Fomin said Moscow's proposals were aimed at preventing dangerous incidents in the air and at sea, insisting that NATO warships and aircraft stay out of areas from which they could hit Russian territory.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Grushko also warned that if the alliance kept on sending weapons and instructors to Ukraine, Russia would respond with “military-technical measures”.", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 0, D),
 ("He said Moscow saw “no reason” to renew the work of the council's military channels for now.", "alexander-grushko", 1, "He", "resume-military-dialogue", "rejects", 0, D),
 ("will not get a veto over the choices Ukraine makes", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
]

D = "2022-01-27"
K = "john-kirby"
L["pentagon-2022-01-27-kirby-briefing"] = [
 ("As you know, yesterday Ambassador Sullivan delivered the United States' written response to the Russian Foreign Ministry in Moscow. I won't get into the contents; that's for my colleagues at the State Department to talk about. But I can tell you that this department fully supports the diplomatic path, and the Secretary has been in close contact with his counterparts across the alliance. With that, let's go to questions.", K, 1, "KIRBY", "", "", 1, D),
 ("No. We are not going to pull our troops out of Romania or Bulgaria or anywhere else on the eastern flank because Moscow says so. If anything, the Secretary has made clear that we could add to our presence there. Those are sovereign decisions that we make with our allies, not with Russia.", K, 1, "KIRBY", "rollback-to-1997", "rejects", 1, D),
 ("We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. There is no agreement in the works to keep our ships or our aircraft out of any area because Russia deems it too close.", K, 1, "KIRBY", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Nobody's cancelling exercises because of Russian demands. Cold Response is going ahead as planned in March, and so are our other scheduled exercises in Europe.", K, 1, "KIRBY", "limit-military-exercises", "rejects", 1, D),
 ("Yes. We will continue to provide security assistance to Ukraine, as we have for years, including lethal assistance, and our trainers are still there. That cooperation is a matter for the United States and Ukraine, and for nobody else.", K, 1, "KIRBY", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Not recently. The Secretary believes it's important to keep lines of communication open, and he's made it clear he's willing to talk to Minister Shoigu and to General Gerasimov. We think military-to-military dialogue at a senior level matters even more in a crisis like this one.", K, 1, "KIRBY", "resume-military-dialogue", "supports", 1, D),
 ("I'll leave the details to State. What I can tell you is that we believe there are areas where progress is possible, and arms control is one of them, including where certain missile systems are based in Europe, if Russia is serious.", K, 1, "KIRBY", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We haven't seen any sign of de-escalation. In fact, we continue to see Russian forces flowing into Belarus and into areas near Ukraine's borders, and the Secretary has put some 8,500 troops here at home on heightened alert. We continue to call on Mr. Putin to de-escalate and pull those forces back.", K, 1, "KIRBY", "russia-de-escalation", "supports", 1, D),
 ("Look, NATO's door is open and it's going to stay open. There will be no freeze on enlargement, no moratorium, whatever Moscow wants to call it. It's not for Russia to decide who joins the alliance.", K, 1, "KIRBY", "nato-open-door", "supports", 1, D),
 ("Look, NATO's door is open and it's going to stay open. There will be no freeze on enlargement, no moratorium, whatever Moscow wants to call it. It's not for Russia to decide who joins the alliance.", K, 1, "KIRBY", "nato-non-expansion", "rejects", 1, D),
]

D = "2022-01-27"
Z = "maria-zakharova"
L["ruposts-2022-01-28-zakharova-main-question"] = [
 ("Our position is known and it did not change: the expansion of NATO to the east must be stopped, and it must be fixed legally, in the document with the signatures", Z, 1, "Zakharova", "nato-non-expansion", "supports", 1, D),
 ("Our position is known and it did not change: the expansion of NATO to the east must be stopped, and it must be fixed legally, in the document with the signatures", Z, 1, "Zakharova", "written-legal-guarantees", "supports", 1, D),
 ("According to her, Russia also expects that the alliance will withdraw the forces and armament from Romania and Bulgaria, where they have appeared after 1997.", Z, 1, "her", "rollback-to-1997", "supports", 0, D),
 ("The diplomat has named „absurd“ the calls, that Russia must withdraw the troops from the border of Ukraine.", Z, 1, "The diplomat", "russia-de-escalation", "rejects", 0, D),
 ("Washington again proposes to speak about the medium-range missiles, but it is the secondary question. We need the answer about non-deployment of the strike weapons at our borders, first of all on the territory of Ukraine", Z, 1, "she", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Washington again proposes to speak about the medium-range missiles, but it is the secondary question. We need the answer about non-deployment of the strike weapons at our borders, first of all on the territory of Ukraine", Z, 1, "she", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The main question is our clear position about inadmissibility of further expansion of NATO to the east and deployment of the strike weapons, which can threaten the territory of Russian Federation", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position about inadmissibility of further expansion of NATO to the east and deployment of the strike weapons, which can threaten the territory of Russian Federation", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The deputy minister Sergei Ryabkov has declared in the interview to the channel „Russia-24“, that Moscow is ready to continue the dialogue without any preconditions, but will not permit that the talks were used for the delaying.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 0, ""),
 ("sets out a serious diplomatic path", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("does not contain any concessions at the expense of Ukraine", "dmytro-kuleba", 1, "him", "", "", 1, D),
 ("The minister of foreign affairs of Ukraine Dmitry Kuleba on Thursday has estimated positively the answer: according to him, the document „does not contain any concessions at the expense of Ukraine“, and the question of membership of Ukraine in NATO will be decided only by Ukraine and the members of alliance.", "dmytro-kuleba", 1, "Dmitry Kuleba", "nato-open-door", "supports", 0, D),
 ("The minister of foreign affairs of Ukraine Dmitry Kuleba on Thursday has estimated positively the answer: according to him, the document „does not contain any concessions at the expense of Ukraine“, and the question of membership of Ukraine in NATO will be decided only by Ukraine and the members of alliance.", "dmytro-kuleba", 1, "Dmitry Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("In Tbilisi the minister of foreign affairs of Georgia David Zalkaliani on Thursday has declared, that the decisions of Bucharest summit remain in force and Georgia will not refuse them in any case.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, D),
]

L["ft-2022-02-02-what-can-west-give-putin"] = [
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("Nobody in Moscow seriously believed Washington would agree that Ukraine will never join Nato. The bar was set so high precisely so that it could not be cleared,", "anatoly-sedykh", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Bucharest is a symbol. Moscow would settle for a quiet reinterpretation of the 2008 promise rather than a formal retraction,", "anatoly-sedykh", 1, "Sedykh", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The clause about keeping warships and bombers out of each other’s strike range is the sleeper in the whole package. In the Black Sea it would change a great deal.", "anatoly-sedykh", 1, "Sedykh", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("If both sides agreed to keep ground-launched intermediate-range missiles out of Europe, that would be a real gain for everyone, Kyiv included,", "kristina-varga", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Varga also said that the idea of barring western military co-operation with former Soviet states outside Nato was “the one that worries Kyiv, Chisinau and Tbilisi most”.", "kristina-varga", 1, "Varga", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("the one that worries Kyiv, Chisinau and Tbilisi most", "kristina-varga", 1, "Varga", "", "", 1, ""),
 ("Where offensive weapons are placed near Russia’s borders is a legitimate subject for negotiation, on a reciprocal basis,", "kristina-varga", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The question of whether Nato keeps expanding will outlast this crisis. What can be settled this winter is whether Russian troops go back to their barracks.", "kristina-varga", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The question of whether Nato keeps expanding will outlast this crisis. What can be settled this winter is whether Russian troops go back to their barracks.", "kristina-varga", 1, "she", "russia-de-escalation", "mentions", 1, ""),
 ("Signing a legally binding treaty that freezes Nato’s borders would be a historic mistake, and no administration should do it.", "rebecca-halloran", 1, "Rebecca Halloran", "written-legal-guarantees", "rejects", 1, ""),
 ("Signing a legally binding treaty that freezes Nato’s borders would be a historic mistake, and no administration should do it.", "rebecca-halloran", 1, "Rebecca Halloran", "nato-non-expansion", "rejects", 1, ""),
 ("Whether the military hotlines get switched back on is the real test of whether anyone in Moscow is serious,", "rebecca-halloran", 1, "Halloran", "resume-military-dialogue", "mentions", 1, ""),
 ("Tobias Lindqvist, a former Swedish defence official, said the crisis had forced Stockholm and Helsinki to reread Nato’s open-door principle “very carefully”.", "tobias-lindqvist", 1, "Tobias Lindqvist", "nato-open-door", "mentions", 0, ""),
 ("Both sides now talk about negotiating without preconditions, but each one keeps a precondition in its pocket,", "tobias-lindqvist", 1, "he", "no-preconditions", "mentions", 1, ""),
 ("Pulling forces back to the 1997 lines would mean emptying the Baltic states of allied troops.", "tobias-lindqvist", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Tying our hands on missiles while Russia keeps its Iskanders in Kaliningrad would be absurd,", "marek-zielonka", 1, "Marek Zielonka", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Josep Borrell, the EU’s foreign policy chief, said last week that Ukraine, like every European country, had the sovereign right to choose its own alliances.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 0, ""),
 ("Antony Blinken and Jens Stoltenberg have both said that Russia will get no veto over who joins the alliance.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("Antony Blinken and Jens Stoltenberg have both said that Russia will get no veto over who joins the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("A senior EU official said on Tuesday that Moscow’s demand that allied warships and aircraft keep out of the Black Sea was “a non-starter” for the bloc’s coastal members Romania and Bulgaria.", "european-union", 0, "A senior EU official", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-02-01"),
 ("A senior EU official said on Tuesday that Moscow’s demand that allied warships and aircraft keep out of the Black Sea was “a non-starter” for the bloc’s coastal members Romania and Bulgaria.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
]

write_gold(L, "articles-125", "gold-125")
