#!/usr/bin/env python3
"""Writes the held-out gold of batch 177 (gold-177/*.nq) from the labels below.

Batch 177 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles about the December 2021 - February 2022
crisis over Russia's "security guarantees" demands, in forms and outlets that
earlier batches used little:

- pap-2022-01-13-osce-vienna-rau-lukashevich: PAP (Polish Press Agency) wire
  copy with front matter and a dateline, straight quotes; OSCE Permanent
  Council of 13 January (Rau, Lukashevich, Carpenter, Przydacz, an invented
  Polish analyst); a quotation split by "Rau said", indirect speech running
  over two sentences, the 1997 Founding Act as unlabelled background.
- npr-2022-01-11-geneva-talks-morning-edition: NPR Morning Edition transcript
  without front matter (date in the text), upper-case speaker labels, archived
  sound bites of Ryabkov and Sherman from Geneva (10 January), an interview
  with an invented former US diplomat; host lines are not labelled.
- rg-2022-01-18-grushko-interview: Rossiyskaya Gazeta Q&A interview in English
  translation, no front matter, date as 18.01.2022, questions in bold, answers
  opened by a dash; one answer paragraph names Bucharest only through the
  question; Bucharest 2008 quoted from the declaration as background.
- aa-2022-01-27-cavusoglu-black-sea-answers: Anadolu Agency wire with front
  matter, curly quotes, crossheads; several speakers in one sentence, a
  passive attribution ("was ruled out ... by"), role-only speaker, demands
  attributed in passing to Moscow, a short fragment of six or more words.
- zn-2022-01-27-kuleba-us-answer-no-concessions: ZN.UA aggregator item in
  machine-translated English, UTF-8 BOM and CRLF line ends, no front matter,
  guillemets with the dash-attribution of Ukrainian copy ("», – said ..."),
  speakers named as "the head of the Ukrainian diplomacy", "the head of
  state", "the expert"; a "Read also" link line.
- delfi-2022-01-26-live-us-nato-written-replies: DELFI (Lithuania) live blog
  with front matter, timestamped entries in reverse order, „ “ quotes; an
  embassy as speaker, a senior EU official, two presidents in one joint
  statement, unnamed sources, a photo caption with a quotation.
- lefigaro-2022-02-03-treaties-written-to-be-refused: Le Figaro in English
  op-ed, « » quotes, no front matter (date as 03/02/2022 = 3 February),
  standfirst, photo caption and READ ALSO line; Baker 1990, the Founding Act
  and Bucharest 2008 as unlabelled history; invented experts quoted in the
  present tense (no day); "Bucharest" also as Romania's capital.

Conventions followed by the labels:
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

L["pap-2022-01-13-osce-vienna-rau-lukashevich"] = [
 ("Polish Foreign Minister Zbigniew Rau warned on Thursday that the risk of war in Europe was greater than at any time in the last three decades and told Russia that no country could be denied the right to choose its own alliances.", "zbigniew-rau", 1, "Zbigniew Rau", "nato-open-door", "supports", 0, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We are ready to talk about transparency and limits on military exercises,", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("but not about the right of nations to choose their alliances.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, "2022-01-13"),
 ("The alliance had to stop its eastward movement, and the guarantees had to be put on paper, signed and ratified.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("The alliance had to stop its eastward movement, and the guarantees had to be put on paper, signed and ratified.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and if the aggressive line towards Russia continues, we will be forced to take the necessary measures to restore the strategic balance,", "alexander-lukashevich", 1, "the Russian envoy", "", "", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("We need to see de-escalation. We need to see Russian forces going back to their barracks,", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Deputy Foreign Minister Marcin Przydacz told PAP on Thursday that Russia's demand for NATO to withdraw its forces and infrastructure from the countries that joined the alliance after 1997 was \"unacceptable\" and \"a non-starter for Poland and for the whole alliance\".", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("Deputy Foreign Minister Marcin Przydacz told PAP on Thursday that Russia's demand for NATO to withdraw its forces and infrastructure from the countries that joined the alliance after 1997 was \"unacceptable\" and \"a non-starter for Poland and for the whole alliance\".", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Przydacz added that the allied battlegroup in north-eastern Poland and the US troops stationed in the country were there at Warsaw's request, and that decisions about them would be taken in Warsaw and in NATO, not in talks with Moscow.", "marcin-przydacz", 1, "Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("The two questions that really matter are whether Ukraine's road to NATO is closed for good and whether American intermediate-range missiles come back to Europe. Everything else is commentary,", "tomasz-kulesza", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("The two questions that really matter are whether Ukraine's road to NATO is closed for good and whether American intermediate-range missiles come back to Europe. Everything else is commentary,", "tomasz-kulesza", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

L["npr-2022-01-11-geneva-talks-morning-edition"] = [
 ("For us, it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("There's a version of this where nobody signs anything about Ukraine and everybody understands it isn't joining NATO any time soon. That's the reality today. The problem is turning that reality into a legally binding treaty commitment, and I don't see an administration of either party putting its name to that.", "gregory-ashdown", 1, "Gregory Ashdown", "no-ukraine-membership", "mentions", 1, "2022-01-11"),
 ("There's a version of this where nobody signs anything about Ukraine and everybody understands it isn't joining NATO any time soon. That's the reality today. The problem is turning that reality into a legally binding treaty commitment, and I don't see an administration of either party putting its name to that.", "gregory-ashdown", 1, "Gregory Ashdown", "written-legal-guarantees", "mentions", 1, "2022-01-11"),
 ("That one I'd call dead on arrival, and it should be. Rolling the alliance back to its 1997 footprint would mean taking American and allied troops out of Poland, the Baltic states and Romania, and those governments invited them in. Nobody in Washington should even pretend to consider it.", "gregory-ashdown", 1, "Gregory Ashdown", "rollback-to-1997", "rejects", 1, "2022-01-11"),
 ("Quite a lot, actually. Reciprocal limits on exercises close to the borders, for one. And getting the generals talking to each other again - the military-to-military channels have been close to dead since 2014, and that is dangerous for everybody. I'd be in favor of both.", "gregory-ashdown", 1, "Gregory Ashdown", "limit-military-exercises", "supports", 1, "2022-01-11"),
 ("Quite a lot, actually. Reciprocal limits on exercises close to the borders, for one. And getting the generals talking to each other again - the military-to-military channels have been close to dead since 2014, and that is dangerous for everybody. I'd be in favor of both.", "gregory-ashdown", 1, "Gregory Ashdown", "resume-military-dialogue", "supports", 1, "2022-01-11"),
 ("And that's the elephant in the room. I don't see how you get to any of this with a hundred thousand troops sitting on Ukraine's border. They need to pull back first, and then you talk.", "gregory-ashdown", 1, "Gregory Ashdown", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("And that's the elephant in the room. I don't see how you get to any of this with a hundred thousand troops sitting on Ukraine's border. They need to pull back first, and then you talk.", "gregory-ashdown", 1, "Gregory Ashdown", "no-preconditions", "rejects", 1, "2022-01-11"),
 ("Whether the Russians stay at the table at all. If Moscow decides the answers are coming too slowly, this could move from diplomacy to something else very quickly, and I don't think the West is ready for that.", "gregory-ashdown", 1, "Gregory Ashdown", "", "", 1, "2022-01-11"),
]

G = "alexander-grushko"
L["rg-2022-01-18-grushko-interview"] = [
 ("The main result is that we laid out our position honestly and in full, without diplomatic varnish. NATO's further expansion to the east and the deployment of strike weapons systems on the territory of Ukraine and other neighbouring states are red lines for us. Either the alliance takes that seriously, or it will face a military-technical response.", G, 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("The main result is that we laid out our position honestly and in full, without diplomatic varnish. NATO's further expansion to the east and the deployment of strike weapons systems on the territory of Ukraine and other neighbouring states are red lines for us. Either the alliance takes that seriously, or it will face a military-technical response.", G, 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-18"),
 ("Talking about transparency while ignoring the core of our proposals is a way of avoiding the conversation. We did not put forward a menu from which one picks the easy dishes. The package is indivisible.", G, 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("As for exercises, we have said clearly that large-scale drills, including those involving nuclear-capable aircraft, should not be held in agreed zones along the line of contact between Russia and the alliance. This is a proposal to reduce risks for both sides, not a unilateral concession.", G, 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-18"),
 ("The so-called open-door policy is not a principle of international law. It is an internal decision of the alliance, and the alliance can revise it. The same OSCE documents that speak of the freedom to choose alliances also say that no state may strengthen its security at the expense of others. A selective reading of these commitments is unacceptable.", G, 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("The Bucharest formula has to be formally disavowed. As long as that promise stands, it remains a permanent source of instability on our borders, and there is no point in pretending otherwise.", G, 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-18"),
 ("The military channels were broken off by the alliance itself in 2014. Today, frankly, I see no sense in restoring them on NATO's terms: the alliance is not interested in an equal dialogue, only in a monologue about its own values.", G, 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("We proposed a moratorium on intermediate-range missiles in Europe more than two years ago, and it was ignored. If Washington is now ready, we will look at the specifics. But ground-launched intermediate- and shorter-range missiles must not be deployed in areas from which they can hit the territory of the other side. That is the principle of our draft.", G, 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("The same applies to heavy bombers and surface warships: they should not operate in areas from which they can strike targets on the other side's territory. We are talking about simple, verifiable rules.", G, 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("Russian troops are on Russian territory. We move them wherever we consider necessary, and nobody in Brussels or Washington will dictate to us where our units are stationed.", G, 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("Then we will draw conclusions. I would not like to speculate, but the military will propose options to the country's leadership.", G, 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
]

L["aa-2022-01-27-cavusoglu-black-sea-answers"] = [
 ("Turkey’s foreign minister on Thursday reaffirmed Ankara’s support for NATO’s open-door policy, as Moscow said the written US and NATO responses to its security proposals had ignored its main concerns.", "mevlut-cavusoglu", 1, "Turkey’s foreign minister", "nato-open-door", "supports", 0, "2022-01-27"),
 ("Speaking at a joint news conference in Ankara with his Bosnian counterpart, Mevlut Cavusoglu said Turkey continued to back the membership aspirations of Ukraine and Georgia, despite Moscow’s demand that the two countries never be admitted to the alliance.", "mevlut-cavusoglu", 1, "Mevlut Cavusoglu", "no-ukraine-membership", "rejects", 0, "2022-01-27"),
 ("Speaking at a joint news conference in Ankara with his Bosnian counterpart, Mevlut Cavusoglu said Turkey continued to back the membership aspirations of Ukraine and Georgia, despite Moscow’s demand that the two countries never be admitted to the alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We want neither a war nor a new Cold War in the Black Sea region. Dialogue is the only way out,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-27"),
 ("We are ready to host a meeting between the two leaders in Turkey, and such a meeting should take place without any preconditions,", "recep-tayyip-erdogan", 1, "Erdogan", "no-preconditions", "supports", 1, "2022-01-26"),
 ("Any arrangement restricting the presence of allied warships in the Black Sea beyond the limits already set by the 1936 Montreux Convention was ruled out on Wednesday by Defense Minister Hulusi Akar.", "hulusi-akar", 1, "Hulusi Akar", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-26"),
 ("Emre Tanriverdi, a security analyst at the Ankara-based Black Sea Strategic Research Center, told Anadolu Agency that Moscow wanted American warships and bombers kept out of any area from which they could strike Russian territory, which in the Black Sea “would mean keeping them out almost entirely.”", "emre-tanriverdi", 1, "Emre Tanriverdi", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Emre Tanriverdi, a security analyst at the Ankara-based Black Sea Strategic Research Center, told Anadolu Agency that Moscow wanted American warships and bombers kept out of any area from which they could strike Russian territory, which in the Black Sea “would mean keeping them out almost entirely.”", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Turkey is the gatekeeper of the Straits, and it will not let them become a bargaining chip between Washington and Moscow,", "emre-tanriverdi", 1, "he", "", "", 1, ""),
 ("a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 ("our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("our clear position on the inadmissibility of further NATO expansion to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("There is no need to rush with conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
]

L["zn-2022-01-27-kuleba-us-answer-no-concessions"] = [
 ("We saw the American answer before it was passed to the Russian side. We do not have remarks to it", "dmytro-kuleba", 1, "the head of the Ukrainian diplomacy", "", "", 1, "2022-01-27"),
 ("in the answer there are no any concessions concerning the policy of open doors, and the way of Ukraine to NATO is the business of only Ukraine and the members of Alliance", "dmytro-kuleba", 1, "him", "nato-open-door", "supports", 1, "2022-01-27"),
 ("in the answer there are no any concessions concerning the policy of open doors, and the way of Ukraine to NATO is the business of only Ukraine and the members of Alliance", "dmytro-kuleba", 1, "him", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("Kuleba also said, that the demand of Russia about the «non-expansion» of NATO to the east was not satisfied and «will not be satisfied».", "dmytro-kuleba", 1, "Kuleba", "nato-non-expansion", "rejects", 0, "2022-01-27"),
 ("Kuleba also said, that the demand of Russia about the «non-expansion» of NATO to the east was not satisfied and «will not be satisfied».", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The decision of the Bucharest summit remains in force, nobody is going to review it", "dmytro-kuleba", 1, "the minister", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("The secretary of the National security and defense council Oleksiy Danilov in the broadcast of the united telemarathon on Wednesday declared, that any talks about the neutral status of Ukraine are unacceptable for Kyiv.", "oleksiy-danilov", 1, "Oleksiy Danilov", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Nobody has the right to demand that the countries of NATO stop the military-technical cooperation with Ukraine or do not send instructors on our territory", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-military-activity-ex-soviet", "rejects", 1, ""),
 ("I am ready for a meeting with the President of Russia in any format, without any preconditions. Let's speak directly", "volodymyr-zelensky", 1, "Zelensky", "no-preconditions", "supports", 1, "2022-01-26"),
 ("The best guarantee of security for Europe today is that the Russian troops return to the places of permanent dislocation", "volodymyr-zelensky", 1, "the head of state", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("As of today, the Russian armed forces have not created the strike group which could invade into Ukraine", "oleksii-reznikov", 1, "he", "", "", 1, "2022-01-26"),
 ("Political scientist Vitaliy Kharchenko, director of the Center of strategic initiatives «Pivden», considers, that Moscow demanded guarantees of absence of strike weapons near its borders, but in the answer received only the proposal to speak about measures of transparency.", "vitaliy-kharchenko", 1, "Vitaliy Kharchenko", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("Political scientist Vitaliy Kharchenko, director of the Center of strategic initiatives «Pivden», considers, that Moscow demanded guarantees of absence of strike weapons near its borders, but in the answer received only the proposal to speak about measures of transparency.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("For the Kremlin it is a defeat, but such defeat which it can sell to own population as the beginning of dialogue", "vitaliy-kharchenko", 1, "the expert", "", "", 1, ""),
 ("the diplomacy has the best chances of success, when it is conducted confidentially", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
]

D = "2022-01-26"
L["delfi-2022-01-26-live-us-nato-written-replies"] = [
 ("The Russian embassy in Vilnius said in a statement on Wednesday that NATO exercises near Russia’s borders were „provocative“ and had to be scaled back.", "russia", 0, "The Russian embassy in Vilnius", "limit-military-exercises", "supports", 0, D),
 ("We will not be satisfied with words. We need legal guarantees, and we have said this a hundred times,", "maria-zakharova", 1, "she", "written-legal-guarantees", "supports", 1, D),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("According to Blinken, the United States is prepared to discuss reciprocal commitments by both sides to refrain from deploying offensive strike systems and permanent combat forces in Ukraine.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("According to Blinken, the United States is prepared to discuss reciprocal commitments by both sides to refrain from deploying offensive strike systems and permanent combat forces in Ukraine.", "antony-blinken", 1, "Blinken", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("We are ready to listen to Russia’s concerns, but we cannot and will not compromise on the principles on which the security of our alliance and of Europe rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("The secretary general said the allies had proposed re-opening the NATO and Russian missions in Moscow and Brussels and setting up military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "The secretary general", "resume-military-dialogue", "supports", 0, D),
 ("Lithuania did not join NATO to become a second-class member. Any withdrawal of allied forces from our territory is simply not up for discussion,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("President Gitanas Nausėda and his Latvian counterpart Egils Levits said in a joint statement after a phone call that Russia had to withdraw its troops from Ukraine’s borders „without delay“.", "gitanas-nauseda", 1, "Gitanas Nausėda", "russia-de-escalation", "supports", 0, D),
 ("President Gitanas Nausėda and his Latvian counterpart Egils Levits said in a joint statement after a phone call that Russia had to withdraw its troops from Ukraine’s borders „without delay“.", "egils-levits", 1, "Egils Levits", "russia-de-escalation", "supports", 0, D),
 ("Defence Minister Arvydas Anušauskas told Delfi that allied exercises in Lithuania, including this spring's Iron Wolf drills, would go ahead as planned, and that Vilnius would accept no restrictions on allied training on Lithuanian soil.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "limit-military-exercises", "rejects", 0, D),
 ("A senior EU official told reporters in Brussels that the bloc would „never accept“ a return to spheres of influence and that pulling allied troops out of the eastern flank „is simply not on the table“.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, D),
]

L["lefigaro-2022-02-03-treaties-written-to-be-refused"] = [
 ("already clear that fundamental Russian concerns were ignored", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, "2022-02-01"),
 ("The Russian president complained that Western instructors and weapons kept arriving in Ukraine and demanded an end to what he called «the military development of Ukrainian territory» by the alliance.", "vladimir-putin", 1, "The Russian president", "no-military-activity-ex-soviet", "supports", 0, "2022-02-01"),
 ("A NATO that stops growing and a Ukraine that never joins: that is the whole of the request. Everything else is decoration,", "helene-vasseur", 1, "Hélène Vasseur", "nato-non-expansion", "mentions", 1, ""),
 ("A NATO that stops growing and a Ukraine that never joins: that is the whole of the request. Everything else is decoration,", "helene-vasseur", 1, "Hélène Vasseur", "no-ukraine-membership", "mentions", 1, ""),
 ("Revoking Bucharest is the most symbolic item on the list,", "helene-vasseur", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("But symbols are what this crisis has been about from the start.", "helene-vasseur", 1, "she", "", "", 1, ""),
 ("The real question is whether talks can go on while troops are massed on the border, or whether de-escalation has to come first. Paris and Berlin have never answered it clearly.", "helene-vasseur", 1, "She", "no-preconditions", "mentions", 1, ""),
 ("The real question is whether talks can go on while troops are massed on the border, or whether de-escalation has to come first. Paris and Berlin have never answered it clearly.", "helene-vasseur", 1, "She", "russia-de-escalation", "mentions", 1, ""),
 ("Pulling allied forces back to the 1997 line was always a bargaining chip, not a real expectation. Nobody on Smolenskaya Square believed NATO would leave the Baltics,", "pavel-zubarev", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("No legally binding commitment that restricts the sovereign choices of European states will come out of these talks.", "josep-borrell", 1, "Josep Borrell", "written-legal-guarantees", "rejects", 1, "2022-01-13"),
 ("No legally binding commitment that restricts the sovereign choices of European states will come out of these talks.", "josep-borrell", 1, "Josep Borrell", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Romania's foreign minister, Bogdan Aurescu, has repeatedly said that the missile-defence site at Deveselu is purely defensive and that Bucharest will accept no restriction on the weapons its allies may station on Romanian soil.", "bogdan-aurescu", 1, "Bogdan Aurescu", "no-strike-weapons-near-borders", "rejects", 0, ""),
 ("A moratorium on intermediate-range missiles that leaves Russia's own 9M729 launchers where they are is a trap, and Europe should say no to it,", "jonas-feldmann", 1, "Jonas Feldmann", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Whether the open door stays open is now the question on which everything else depends,", "jonas-feldmann", 1, "Feldmann", "nato-open-door", "mentions", 1, ""),
 ("Jean-Yves Le Drian said on Sunday that Europe had to be at the table for any discussion with Moscow, including on arms control and on restoring channels between military staffs.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "resume-military-dialogue", "mentions", 0, "2022-01-30"),
 ("a new order of security and stability", "emmanuel-macron", 1, "Emmanuel Macron", "", "", 1, "2022-01-19"),
]

write_gold(L, "articles-177", "gold-177")
