#!/usr/bin/env python3
"""Writes the held-out gold of batch 171 (gold-171/*.nq) from the labels below.

Batch 171 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.

Outlets and forms (all seven articles are invented but plausible):
- kyodo-2022-01-11-geneva-ryabkov-sherman: Kyodo News wire copy on the Geneva
  talks of 10 January, no front matter (date line "Jan 11, 2022 - 03:42" in
  the body), straight quotes, a quotation running over two sentences, a
  quotation split by "Sherman said", an in-passing "Moscow's demand", the
  2008 Bucharest declaration as history, an invented Japanese analyst.
- lsm-2022-01-13-nrc-baltic-reaction: LSM.lv (Latvian public broadcasting)
  report and analysis after the NATO-Russia Council of 12 January, front
  matter, curly quotes, crossheads, a readout ("according to"), the 1997
  Founding Act quoted as a document, an invented Riga researcher.
- npr-2022-01-14-carpenter-osce-interview: NPR Morning Edition transcript,
  UTF-8 BOM and CRLF line ends, no front matter, speaker labels (host,
  soundbite of Ryabkov, interview with Ambassador Michael Carpenter); the
  host's questions and narration get no label.
- rg-2021-12-28-grushko-interview: Rossiyskaya Gazeta Q&A interview in
  translation, front matter, questions as "RG:", answers as dash paragraphs,
  the interview given "on Monday" (27 December); Article 4 of the draft
  agreement quoted as a document.
- aa-2022-01-27-written-answers-reactions: Anadolu Agency wire on reactions
  to the written answers of 26 January, front matter, curly quotes,
  "the main question" left unspecified, NATO's document quoted, Baker 1990 as
  history, an invented Turkish professor.
- zn-2022-02-02-putin-kuleba-guarantees: machine-translated Ukrainian
  aggregator (ZN.UA) without front matter, « » quotation marks with dash
  attribution, a photo caption and "Read also" link lines, "fundamental
  concerns" left unspecified, a quotation split by "asked Putin", an invented
  Kyiv political scientist.
- swi-2022-01-21-blinken-lavrov-geneva-live: SWI swissinfo.ch live blog of the
  Blinken-Lavrov meeting of 21 January, front matter, time-stamped entries,
  one quotation in „ “ marks (Cassis, the evening before), Reagan-Gorbachev
  1985 as history, an invented Geneva analyst.

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
L["kyodo-2022-01-11-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely essential to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The talks were difficult, long, very professional, deep and concrete,", "sergei-ryabkov", 1, "the veteran diplomat", "", "", 1, "2022-01-10"),
 ("Sherman, speaking to reporters by telephone later in the evening, said Washington had pushed back on proposals she described as non-starters, including Moscow's demand that Ukraine be barred from ever joining the Western military alliance.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Sherman, speaking to reporters by telephone later in the evening, said Washington had pushed back on proposals she described as non-starters, including Moscow's demand that Ukraine be barred from ever joining the Western military alliance.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We were firm in pushing back on security proposals that are simply not workable for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the U.S. delegation had told the Russians it was prepared to discuss reciprocal limits on the size and scope of military exercises in Europe, provided Russia was ready to make commitments of its own.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Ryabkov said the American side had raised the restoration of regular contacts between the two countries' militaries, but he did not say whether Moscow would agree.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("We will not be moving our troops anywhere just because someone in Washington demands it. They are on our own territory, and we have no intention of attacking anyone,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("Japanese Foreign Minister Yoshimasa Hayashi, speaking after a \"two-plus-two\" security meeting with his U.S. counterparts on Friday, called on Russia to reduce tensions by withdrawing the troops it has deployed along the Ukrainian border.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "russia-de-escalation", "supports", 0, "2022-01-07"),
 ("Any attempt to change the status quo by force is unacceptable, whether in Europe or in Asia,", "yoshimasa-hayashi", 1, "Hayashi", "", "", 1, "2022-01-07"),
 ("The drafts would roll NATO back to where it stood in 1997, and no American administration can accept that without abandoning the alliance's open-door policy,", "kenji-morisawa", 1, "Morisawa", "rollback-to-1997", "mentions", 1, ""),
 ("The drafts would roll NATO back to where it stood in 1997, and no American administration can accept that without abandoning the alliance's open-door policy,", "kenji-morisawa", 1, "Morisawa", "nato-open-door", "mentions", 1, ""),
 ("What Tokyo should watch is whether Washington trades away anything in Europe that China could later ask for in Asia.", "kenji-morisawa", 1, "Morisawa", "", "", 1, ""),
 ("We will know more by the end of the week,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
]
L["lsm-2022-01-13-nrc-baltic-reaction"] = [
 ("There are significant differences between NATO allies and Russia on these issues, and our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("He said allies had turned down any idea of pulling the alliance’s forces and infrastructure back to where they stood in 1997, arguing that there could be no first- and second-class members of NATO.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("The secretary general said allies had proposed re-opening their respective offices in Moscow and Brussels and making fuller use of military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "The secretary general", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("It is a positive sign that all allies and Russia sat down around the same table and engaged on substantive topics,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("But there is a real risk of new armed conflict in Europe.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("According to a readout from the Russian Defence Ministry, Fomin presented data on NATO’s exercises in the Baltic and Black Sea regions and told the council that the number and scale of drills near Russian borders had to be reduced.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Speaking to journalists after the meeting, Grushko said that the deployment of strike weapons near Russia’s borders was a “red line” for Moscow.", "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("If NATO moves toward a policy of deterrence, we will respond with counter-deterrence. If it moves to intimidation, there will be counter-intimidation,", "alexander-grushko", 1, "he", "", "", 1, "2022-01-12"),
 ("The allies spoke with one voice yesterday, and that is exactly what Moscow did not expect,", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "", "", 1, "2022-01-13"),
 ("In the same interview, Rinkēvičs said Latvia did not object to dialogue with Russia but rejected the idea that talks could simply go on without preconditions while Russian troops remained massed around Ukraine, adding that those forces had to be pulled back first.", "edgars-rinkevics", 1, "Rinkēvičs", "no-preconditions", "rejects", 0, "2022-01-13"),
 ("In the same interview, Rinkēvičs said Latvia did not object to dialogue with Russia but rejected the idea that talks could simply go on without preconditions while Russian troops remained massed around Ukraine, adding that those forces had to be pulled back first.", "edgars-rinkevics", 1, "Rinkēvičs", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("In an interview with the TV3 programme 900 sekundes on Wednesday evening, Pabriks said Latvia would not accept any limits on the weapons its allies could bring to Latvian soil, including long-range strike systems, if the military situation required them.", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("We will train with our allies where we want, when we want and as much as we need. Latvia is not a buffer zone,", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("The drafts ask for a promise that NATO never takes another member, and for everything the alliance built here after 1997 to be taken away,", "ilze-vitolina", 1, "Vītoliņa", "nato-non-expansion", "mentions", 1, ""),
 ("The drafts ask for a promise that NATO never takes another member, and for everything the alliance built here after 1997 to be taken away,", "ilze-vitolina", 1, "Vītoliņa", "rollback-to-1997", "mentions", 1, ""),
 ("The interesting question is what the Kremlin does when it is told no, and I expect we will find out within weeks,", "ilze-vitolina", 1, "she", "", "", 1, ""),
]
L["npr-2022-01-14-carpenter-osce-interview"] = [
 ("We need a legally binding guarantee that NATO will not move one more inch to the east. Without this, I see no reason to sit down again in the coming days.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need a legally binding guarantee that NATO will not move one more inch to the east. Without this, I see no reason to sit down again in the coming days.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("I don't think so. Look, we heard a lot of the same demands this week, and some of them are just non-starters. The idea that NATO would close its door to Ukraine, or to anybody else, is not something we are going to entertain. It's not for Moscow to decide who applies and who joins.", "michael-carpenter", 1, "Michael Carpenter", "nato-non-expansion", "rejects", 1, "2022-01-14"),
 ("I don't think so. Look, we heard a lot of the same demands this week, and some of them are just non-starters. The idea that NATO would close its door to Ukraine, or to anybody else, is not something we are going to entertain. It's not for Moscow to decide who applies and who joins.", "michael-carpenter", 1, "Michael Carpenter", "no-ukraine-membership", "rejects", 1, "2022-01-14"),
 ("I don't think so. Look, we heard a lot of the same demands this week, and some of them are just non-starters. The idea that NATO would close its door to Ukraine, or to anybody else, is not something we are going to entertain. It's not for Moscow to decide who applies and who joins.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 1, "2022-01-14"),
 ("But there are areas where we can make progress. We put on the table reciprocal transparency on exercises, risk reduction measures and a conversation about where intermediate-range missiles can and cannot be placed in Europe. Those are real offers, and they would serve Russia's security as much as ours.", "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 1, "2022-01-14"),
 ("But there are areas where we can make progress. We put on the table reciprocal transparency on exercises, risk reduction measures and a conversation about where intermediate-range missiles can and cannot be placed in Europe. Those are real offers, and they would serve Russia's security as much as ours.", "michael-carpenter", 1, "Michael Carpenter", "no-intermediate-range-missiles", "mentions", 1, "2022-01-14"),
 ("Russia has more than 100,000 troops within striking distance of Ukraine, and it keeps adding to them. The single most important thing Russia could do right now is pull those forces back to their barracks. That would tell us they're serious about diplomacy.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 1, "2022-01-14"),
 ("We're going to keep flying and sailing wherever international law allows, including the Black Sea. That's not going to change because of a draft treaty written in Moscow.", "michael-carpenter", 1, "Michael Carpenter", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-14"),
 ("That's a complete non-starter. Allies who joined after 1997 are not second-class members, and the forces we have deployed there at their invitation are staying.", "michael-carpenter", 1, "Michael Carpenter", "rollback-to-1997", "rejects", 1, "2022-01-14"),
 ("We're consulting with allies now, and I expect we'll put some ideas in writing in the coming weeks. But let me be clear. A written reply is not the same thing as a legally binding treaty, and we are not going to sign one that freezes Europe in place.", "michael-carpenter", 1, "Michael Carpenter", "written-legal-guarantees", "rejects", 1, "2022-01-14"),
 ("That's one thing we'd very much like to see come back. When militaries don't talk to each other, the risk of an accident in the air or at sea goes up. We've said we're ready to restore those lines, and we hope Moscow takes us up on it.", "michael-carpenter", 1, "Michael Carpenter", "resume-military-dialogue", "supports", 1, "2022-01-14"),
 ("I'm not going to speculate about President Putin's intentions. What I can tell you is that we are prepared for every scenario, and that the costs of a further invasion would be massive.", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-14"),
]
L["rg-2021-12-28-grushko-interview"] = [
 ("We expect a serious conversation, not an exchange of slogans. Our proposals are a package, and we are not going to let our partners pick out the convenient elements and put the rest on the shelf.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2021-12-27"),
 ("This is an attempt to set preconditions, and we reject it. Talks must start without any preconditions. Where Russian units are deployed on Russian territory is our sovereign business, and nobody will dictate to us where to keep our troops.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2021-12-27"),
 ("This is an attempt to set preconditions, and we reject it. Talks must start without any preconditions. Where Russian units are deployed on Russian territory is our sovereign business, and nobody will dictate to us where to keep our troops.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2021-12-27"),
 ("First and foremost, a legally binding guarantee that the alliance will not expand further eastward. Verbal assurances were given to us in 1990, and we all know what they turned out to be worth. So this time everything must be written down and ratified.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2021-12-27"),
 ("First and foremost, a legally binding guarantee that the alliance will not expand further eastward. Verbal assurances were given to us in 1990, and we all know what they turned out to be worth. So this time everything must be written down and ratified.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2021-12-27"),
 ("The Bucharest decision of 2008 must be formally disavowed by the allies. As long as it remains on paper, it is a time bomb under European security.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2021-12-27"),
 ("We propose that NATO forces and infrastructure return to where they stood in May 1997, when the Founding Act was signed. Everything that has been deployed since then on the territory of the new member states is a direct threat to us, and it must go.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2021-12-27"),
 ("The deployment of intermediate- and shorter-range missiles within reach of each other's territory must be excluded. We declared a unilateral moratorium long ago; the Americans have not reciprocated.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2021-12-27"),
 ("The same applies to heavy bombers and surface warships: they should not operate in areas from which they can hit targets on the territory of the other side. And the alliance's exercises near our borders must be scaled down, both in number and in size.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-27"),
 ("The same applies to heavy bombers and surface warships: they should not operate in areas from which they can hit targets on the territory of the other side. And the alliance's exercises near our borders must be scaled down, both in number and in size.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2021-12-27"),
 ("Because Ukraine is being turned into a military platform of the alliance without formally joining it. Instructors, drones, joint drills, new airfields — all of this must stop, and not only in Ukraine, but also in Georgia, in the South Caucasus and in Central Asia.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2021-12-27"),
 ("Not at present. The alliance itself destroyed the mechanisms of practical military cooperation in 2014, and today we see no sense in military contacts while NATO builds its whole policy on containing Russia.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2021-12-27"),
 ("Then we will be forced to respond with military-technical means. We have said this openly, and I hope we will be heard. This is not a threat, it is a statement of fact.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2021-12-27"),
 ("The Americans have agreed to sit down at the table quickly, and that is already something. But we will judge by results, not by the atmosphere of the meetings.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2021-12-27"),
]
L["aa-2022-01-27-written-answers-reactions"] = [
 ("no positive response on the main question.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("We cannot say that our thoughts were taken into account or that there was a readiness to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Asked about Western calls to pull back troops, Peskov said the movement of Russian forces on Russian territory was “Russia’s own business” and “should not worry anyone.”", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("to be drowned in endless discussions.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The document sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("Blinken said the United States had offered to discuss reciprocal commitments by both sides to refrain from deploying offensive ground-launched missile systems and permanent combat forces in Ukraine.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He dismissed Moscow’s proposal for a moratorium on intermediate-range missiles in Europe as “not credible” as long as Russia kept its own SSC-8 missiles deployed.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "rejects", 0, "2022-01-26"),
 ("He dismissed Moscow’s proposal for a moratorium on intermediate-range missiles in Europe as “not credible” as long as Russia kept its own SSC-8 missiles deployed.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
 ("We do not want a war in our region, and Türkiye is ready to host any talks that could help,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-27"),
 ("There will be no binding treaty, that is clear now, but Washington is talking seriously about where warships and bombers may operate, which nobody could have imagined a year ago,", "hasan-unalan", 1, "Unalan", "written-legal-guarantees", "mentions", 1, ""),
 ("There will be no binding treaty, that is clear now, but Washington is talking seriously about where warships and bombers may operate, which nobody could have imagined a year ago,", "hasan-unalan", 1, "Unalan", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Unalan said the West’s insistence that Russia first withdraw its troops from the border would be tested in the coming weeks.", "hasan-unalan", 1, "Unalan", "russia-de-escalation", "mentions", 0, ""),
]
L["zn-2022-02-02-putin-kuleba-guarantees"] = [
 ("We see that the three key demands of ours — the prevention of NATO expansion, the refusal to deploy the strike weapon systems near the Russian borders and the return of the military infrastructure of the bloc in Europe to the state of 1997 year — were ignored,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We see that the three key demands of ours — the prevention of NATO expansion, the refusal to deploy the strike weapon systems near the Russian borders and the return of the military infrastructure of the bloc in Europe to the state of 1997 year — were ignored,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We see that the three key demands of ours — the prevention of NATO expansion, the refusal to deploy the strike weapon systems near the Russian borders and the return of the military infrastructure of the bloc in Europe to the state of 1997 year — were ignored,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("They speak to us about the principle of open doors, but what about the principle of the indivisibility of security?", "vladimir-putin", 1, "Putin", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("Nobody can strengthen own security at the expense of the security of the other states.", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("The minister of foreign affairs of Ukraine Dmytro Kuleba on Tuesday evening in the air of the national telemarathon declared, that Ukraine never will agree to the role of «buffer zone» and itself will decide, to which alliances to join.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2022-02-01"),
 ("The minister of foreign affairs of Ukraine Dmytro Kuleba on Tuesday evening in the air of the national telemarathon declared, that Ukraine never will agree to the role of «buffer zone» and itself will decide, to which alliances to join.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-02-01"),
 ("The decision of the Bucharest summit cannot be cancelled or rewritten by anybody. In NATO nobody even considers this seriously,", "dmytro-kuleba", 1, "Kuleba", "rescind-bucharest-2008", "rejects", 1, "2022-02-01"),
 ("The instructors of our partners are here on the invitation of Ukraine and will stay so much, how much it is necessary, regardless of any ultimatums,", "oleksii-reznikov", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-01"),
 ("President Volodymyr Zelensky, speaking in the Verkhovna Rada on Tuesday, said that Kyiv knows about Moscow's demand of the guarantees that Ukraine will never be admitted to NATO, and that the partners informed Kyiv about every word of their answers.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "mentions", 0, "2022-02-01"),
 ("President Volodymyr Zelensky, speaking in the Verkhovna Rada on Tuesday, said that Kyiv knows about Moscow's demand of the guarantees that Ukraine will never be admitted to NATO, and that the partners informed Kyiv about every word of their answers.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("We are not preparing for war, we are preparing so that there is peace in Ukraine and that our children are not afraid,", "volodymyr-zelensky", 1, "the head of state", "", "", 1, "2022-02-01"),
 ("The December drafts call for an end to any military cooperation between NATO and Ukraine, Georgia and Moldova: the instructors, the exercises, the deliveries. For Kyiv it is the most dangerous point of all,", "taras-hnatiuk", 1, "the expert", "no-military-activity-ex-soviet", "mentions", 1, ""),
]
L["swi-2022-01-21-blinken-lavrov-geneva-live"] = [
 ("Switzerland does not take sides on the question of NATO enlargement, nor on whether talks should come with conditions attached. That is for the parties to negotiate; we offer them a table,", "ignazio-cassis", 1, "Cassis", "nato-non-expansion", "mentions", 1, "2022-01-20"),
 ("Switzerland does not take sides on the question of NATO enlargement, nor on whether talks should come with conditions attached. That is for the parties to negotiate; we offer them a table,", "ignazio-cassis", 1, "Cassis", "no-preconditions", "mentions", 1, "2022-01-20"),
 ("In Moscow, Kremlin spokesman Dmitry Peskov told reporters that Russia had proposed the talks \"without any preconditions\" and expected Washington to engage in the same spirit.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-01-21"),
 ("We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in understanding each other's concerns and each other's positions,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("The path of diplomacy runs through de-escalation, and that means Russia pulling back the forces it has massed on Ukraine's borders,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("I cannot say whether we are on the right track or not. We will understand that when we receive the American response on paper to all the points of our proposals,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-21"),
 ("firm guarantees, written down and legally binding", "sergei-lavrov", 1, "He", "written-legal-guarantees", "supports", 1, "2022-01-21"),
 ("Romania's Foreign Minister Bogdan Aurescu called Moscow's demand that foreign forces leave Romania and Bulgaria \"unacceptable\" and said it could not be part of any negotiation.", "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Romania's Foreign Minister Bogdan Aurescu called Moscow's demand that foreign forces leave Romania and Bulgaria \"unacceptable\" and said it could not be part of any negotiation.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Speaking to reporters in Tbilisi, Foreign Minister David Zalkaliani said his country would not give up its military cooperation with NATO on Georgian soil.", "david-zalkaliani", 1, "David Zalkaliani", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-21"),
 ("Our cooperation with NATO, including the joint training centre at Krtsanisi, is a sovereign decision of Georgia and is not a subject for negotiation between third countries,", "david-zalkaliani", 1, "Zalkaliani", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-21"),
 ("Everything else is detail. The real prize for the Kremlin is a veto over Ukraine's future in NATO, and that is the one thing nobody in Washington can give,", "pierre-alain-dufaux", 1, "Dufaux", "no-ukraine-membership", "mentions", 1, "2022-01-21"),
 ("Dufaux said Moscow's wish to see the allies disown their 2008 Bucharest pledge to Kyiv and Tbilisi was largely symbolic, since no membership timetable has ever existed.", "pierre-alain-dufaux", 1, "Dufaux", "rescind-bucharest-2008", "mentions", 0, "2022-01-21"),
 ("Dufaux said Moscow's wish to see the allies disown their 2008 Bucharest pledge to Kyiv and Tbilisi was largely symbolic, since no membership timetable has ever existed.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Geneva did what Geneva does. It kept two sides talking who otherwise would not be,", "pierre-alain-dufaux", 1, "he", "", "", 1, "2022-01-21"),
]

write_gold(L, "articles-171", "gold-171")
