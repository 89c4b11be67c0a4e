#!/usr/bin/env python3
"""Writes the 116th held-out gold (gold-116/*.nq) from the labels below.

Batch 116 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw:

- reuters-2021-12-17-russia-draft-treaties: Reuters wire copy with front
  matter and straight quotes; a quotation split by "Ryabkov said", a quote
  continued by "he added", a role ("the deputy minister"), Putin's earlier
  words dated from "on Dec. 1", an invented analyst (undated), the 1990 and
  Bucharest 2008 history and the words of the draft treaty (not labelled).
- state-2022-01-10-sherman-geneva-briefing: U.S. State Department call
  transcript with front matter and speaker labels ("Deputy Secretary
  Sherman:", "Mr. Price:", "Question:"); the moderator and journalists get
  no label; every answer paragraph is one quotation.
- tass-2022-01-12-grushko-nato-russia-council: TASS wire without front matter
  (date in the text), straight quotes; two speakers in one sentence ("He and
  Deputy Defense Minister Alexander Fomin"), a role ("the deputy defense
  minister"), "despite Moscow's demands" inside Stoltenberg's sentence, the
  1997 Founding Act (not labelled).
- interfax-2022-01-13-osce-vienna: machine-translated aggregator of Interfax,
  UTF-8 BOM and CRLF line ends, « » and „ “ quotes, dash attribution after
  the quotation ("– the diplomat has told"), "According to him", the
  Helsinki Final Act (history, not labelled), link lines.
- nato-2022-01-26-stoltenberg-press-conference: NATO press-conference
  transcript with front matter, speaker labels "Jens Stoltenberg (NATO
  Secretary General):" / "Jens Stoltenberg:", questions by outlet.
- bbc-2022-01-27-live-russia-reacts-us-nato-replies: BBC News live blog, no
  front matter, curly quotes, timestamped entries with headings (not
  labelled), "last night"/"this morning", two speakers in one sentence, a
  Moscow demand in passing in Borrell's sentence, a senior EU official,
  the 1949 Washington Treaty (history, not labelled), a photo caption.
- dw-2022-01-19-landsbergis-interview: DW Q&A interview with front matter;
  questions prefixed "DW:", answers unlabelled paragraphs, interview given
  "on Tuesday" (dated the day before publication).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label); journalists'
  questions and the moderator get no label; the interviewee's name is the one
  the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "main
  concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  Helsinki 1975, the 1949 Washington Treaty), words quoted from or
  paraphrased from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups with
  no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union; speaker name = the words naming the speaker at that point,
  pronouns as written, titles (Mr, Deputy Secretary, ...) dropped;
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

D = "2021-12-17"
L["reuters-2021-12-17-russia-draft-treaties"] = [
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and NATO, demanding that the Western alliance rule out membership for Ukraine and pull back the troops and weapons it has deployed in eastern Europe since 1997.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and NATO, demanding that the Western alliance rule out membership for Ukraine and pull back the troops and weapons it has deployed in eastern Europe since 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, D),
 ("We need legally binding guarantees, not promises that can be forgotten the day after they are given,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We are ready to sit down without any preconditions, in Geneva or anywhere else,", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, D),
 ("But the Americans must understand that we will not wait for months while NATO pumps weapons into Ukraine and trains its army.", "sergei-ryabkov", 1, "Ryabkov", "no-military-activity-ex-soviet", "supports", 1, D),
 ("The deployment of intermediate-range missiles within reach of each other's territory must be ruled out, on a mutual basis,", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "supports", 1, D),
 ("Asked whether Moscow could be flexible on Ukraine, the deputy minister said the promise of membership made to Kyiv and Tbilisi at NATO's 2008 Bucharest summit had to be formally disavowed.", "sergei-ryabkov", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 0, D),
 ("President Vladimir Putin said on Dec. 1 that Russia would seek legally binding agreements that rule out any further NATO expansion eastward and the deployment of weapons systems threatening Russia in close proximity to its territory.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2021-12-01"),
 ("President Vladimir Putin said on Dec. 1 that Russia would seek legally binding agreements that rule out any further NATO expansion eastward and the deployment of weapons systems threatening Russia in close proximity to its territory.", "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, "2021-12-01"),
 ("President Vladimir Putin said on Dec. 1 that Russia would seek legally binding agreements that rule out any further NATO expansion eastward and the deployment of weapons systems threatening Russia in close proximity to its territory.", "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, "2021-12-01"),
 ("We have seen the documents, and allies will look at them carefully and together,", "oana-lungescu", 1, "she", "", "", 1, D),
 ("more like an ultimatum than an opening bid", "tatiana-vorontsova-bell", 1, "Tatiana Vorontsova-Bell", "", "", 1, ""),
 ("Nobody in Warsaw, Vilnius or Tallinn is going to accept being turned into a second-class ally. Pulling allied forces back to where they stood in 1997 is a non-starter,", "tatiana-vorontsova-bell", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("She said she expected Washington and its allies to insist that Russia first pull back the troops it has massed near Ukraine's border before any substantive negotiations could begin.", "tatiana-vorontsova-bell", 1, "She", "russia-de-escalation", "mentions", 0, ""),
 ("She said she expected Washington and its allies to insist that Russia first pull back the troops it has massed near Ukraine's border before any substantive negotiations could begin.", "tatiana-vorontsova-bell", 1, "She", "no-preconditions", "mentions", 0, ""),
]

D = "2022-01-10"
S = ("wendy-sherman", 1, "Sherman")
L["state-2022-01-10-sherman-geneva-briefing"] = [
 ("Thank you, Ned, and thank you all for joining us so late in the day. Our delegation met today for nearly eight hours with the Russian delegation led by Deputy Foreign Minister Sergei Ryabkov. It was a frank and forthright discussion, and I believe we came away with a better understanding of each other's priorities.", *S, "", "", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States, and that includes Ukraine and Georgia.", *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We also made clear that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of the former INF Treaty, and reciprocal limits on the size and scope of military exercises. These are areas where we can make progress, but only on a reciprocal basis and only together with our Allies.", *S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We also made clear that we are open to discussing the future deployment of certain missile systems in Europe, along the lines of the former INF Treaty, and reciprocal limits on the size and scope of military exercises. These are areas where we can make progress, but only on a reciprocal basis and only together with our Allies.", *S, "limit-military-exercises", "mentions", 1, D),
 ("And I said plainly to Deputy Foreign Minister Ryabkov that a guarantee that Ukraine will never join NATO is not something the United States can give. Those decisions are for Ukraine and the 30 Allies, and for nobody else.", *S, "no-ukraine-membership", "rejects", 1, D),
 ("And I said plainly to Deputy Foreign Minister Ryabkov that a guarantee that Ukraine will never join NATO is not something the United States can give. Those decisions are for Ukraine and the 30 Allies, and for nobody else.", *S, "nato-open-door", "supports", 1, D),
 ("We discussed the question of NATO enlargement at length, and we will carry that conversation to our Allies in Brussels on Wednesday and to the OSCE in Vienna on Thursday. I'm not going to prejudge what comes out of those meetings.", *S, "nato-non-expansion", "mentions", 1, D),
 ("As for the troops, we did not get a commitment today. I made the point that it is very difficult to have constructive diplomacy while some 100,000 troops sit on Ukraine's border, and that Russia should send those forces back to their barracks.", *S, "russia-de-escalation", "supports", 1, D),
 ("The Bucharest summit language did come up, yes, and we listened. I told them that any question about NATO's decisions is one for the Secretary General and all thirty Allies to take up in Brussels.", *S, "rescind-bucharest-2008", "mentions", 1, D),
 ("On heavy bombers and on surface ships, we had a useful exchange. We put on the table ideas for transparency and risk reduction, including on where such aircraft and ships operate, and those ideas would apply to both sides.", *S, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
 ("We believe that channels between our militaries are critically important to avoid miscalculation, and we would welcome a more regular dialogue there. I think the Russian side understood that.", *S, "resume-military-dialogue", "supports", 1, D),
 ("On a next round, no date has been set. We'll see what happens in Brussels and Vienna this week, and then we'll all take stock with our Allies and partners.", *S, "", "", 1, D),
]

D = "2022-01-12"
L["tass-2022-01-12-grushko-nato-russia-council"] = [
 ("The expansion of NATO to the east must be stopped and this must be enshrined in legally binding agreements, Russian Deputy Foreign Minister Alexander Grushko told reporters on Wednesday after a meeting of the Russia-NATO Council.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 ("The expansion of NATO to the east must be stopped and this must be enshrined in legally binding agreements, Russian Deputy Foreign Minister Alexander Grushko told reporters on Wednesday after a meeting of the Russia-NATO Council.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, D),
 ("We told our NATO colleagues very frankly that the situation has become extremely dangerous,", "alexander-grushko", 1, "the diplomat", "", "", 1, D),
 ("Our proposals are not a menu from which one can choose individual dishes.", "alexander-grushko", 1, "the diplomat", "", "", 1, D),
 ("He and Deputy Defense Minister Alexander Fomin, who also took part in the meeting, said NATO must scale down the exercises it holds near Russian borders.", "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("He and Deputy Defense Minister Alexander Fomin, who also took part in the meeting, said NATO must scale down the exercises it holds near Russian borders.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, D),
 ("The so-called open-door policy is not a sacred cow. The freedom to choose alliances cannot be exercised at the expense of the security of others,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("Grushko dismissed the alliance's offer to restore military contacts as \"a sideshow,\" saying there was no point in reopening channels that NATO itself had cut off in 2014 as long as the key issues remained unresolved.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("Strategic bombers, reconnaissance planes and warships of the alliance come closer and closer to our territory. This must stop,", "alexander-fomin", 1, "the deputy defense minister", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("He said that the issue of restoring military contacts had been raised at the meeting, but that no decisions had been taken.", "alexander-fomin", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("But it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Stoltenberg stressed that NATO would not withdraw its battlegroups from Poland and the Baltic states despite Moscow's demands that the alliance return to its 1997 posture.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 ("Stoltenberg stressed that NATO would not withdraw its battlegroups from Poland and the Baltic states despite Moscow's demands that the alliance return to its 1997 posture.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Speaking after the talks that day, Ryabkov said that it was absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
]

D = "2022-01-13"
L["interfax-2022-01-13-osce-vienna"] = [
 ("We cannot accept the situation, when the security of one country is strengthened at the expense of the security of the other. The refusal of the expansion of NATO to the east is for us the question of the principle", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 1, D),
 ("According to him, the exercises of Russia and Belarus on own territory are not the business of the third countries, and they will not be limited under the pressure of the West.", "alexander-lukashevich", 1, "him", "limit-military-exercises", "rejects", 0, D),
 ("It seems, that the risk of the war in the OSCE area is now bigger, than ever for the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("He has called Russia to withdraw the troops from the Ukrainian border and to return to the dialogue on the basis of the principles of Helsinki.", "zbigniew-rau", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("Also Rau said, that the chairmanship is ready to organize the discussion of all proposals, including the question of the military cooperation of NATO with the states of the former USSR, which are not members of the alliance.", "zbigniew-rau", 1, "Rau", "no-military-activity-ex-soviet", "mentions", 0, D),
 ("The drumbeat of the war sounds loudly, and the rhetoric became rather sharp", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("According to Carpenter, Moscow's demand that Ukraine never enters NATO is «not the subject for the bargain», and the USA will not discuss it over the head of Kyiv.", "michael-carpenter", 1, "Carpenter", "no-ukraine-membership", "rejects", 0, D),
 ("According to Carpenter, Moscow's demand that Ukraine never enters NATO is «not the subject for the bargain», and the USA will not discuss it over the head of Kyiv.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Meanwhile the deputy minister of foreign affairs of Russia Sergey Ryabkov in the interview to the RTVI television channel on Thursday has declared, that he does not see the bases to sit down in the coming days in Geneva again, since the USA did not give the answer on the non-expansion of NATO.", "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("There is a certain deadlock or the difference of the approaches", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The permanent representative of Ukraine at OSCE Yevhenii Tsymbaliuk at the same session has stated, that no talks about the European security are possible, while the Russian troops stand at the borders of Ukraine, and that their withdrawal should become the first step.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, D),
 ("The permanent representative of Ukraine at OSCE Yevhenii Tsymbaliuk at the same session has stated, that no talks about the European security are possible, while the Russian troops stand at the borders of Ukraine, and that their withdrawal should become the first step.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-preconditions", "rejects", 0, D),
 ("The Ukrainian political scientist Vadym Koval from the Kyiv institute of the Euro-Atlantic researches has told to the agency, that Moscow wants the withdrawal of the forces of NATO to the lines of 1997 and wants to fix it in the legally binding treaty.", "vadym-koval", 1, "Vadym Koval", "rollback-to-1997", "mentions", 0, ""),
 ("The Ukrainian political scientist Vadym Koval from the Kyiv institute of the Euro-Atlantic researches has told to the agency, that Moscow wants the withdrawal of the forces of NATO to the lines of 1997 and wants to fix it in the legally binding treaty.", "vadym-koval", 1, "Vadym Koval", "written-legal-guarantees", "mentions", 0, ""),
 ("The Ukrainian political scientist Vadym Koval from the Kyiv institute of the Euro-Atlantic researches has told to the agency, that Moscow wants the withdrawal of the forces of NATO to the lines of 1997 and wants to fix it in the legally binding treaty.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Ukrainian political scientist Vadym Koval from the Kyiv institute of the Euro-Atlantic researches has told to the agency, that Moscow wants the withdrawal of the forces of NATO to the lines of 1997 and wants to fix it in the legally binding treaty.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-26"
S = ("jens-stoltenberg", 1, "Jens Stoltenberg")
L["nato-2022-01-26-stoltenberg-press-conference"] = [
 ("Good afternoon. Today, in parallel with the United States, NATO has sent written proposals to Russia. We have consulted closely among all thirty Allies, and with Ukraine and our other partners, and the document has now been handed over to the Russian side here in Brussels.", *S, "", "", 1, D),
 ("We are ready to listen to Russia's concerns and to engage in real talks. But we cannot and will not compromise on the principles on which the security of our Alliance and security in Europe rest. That includes the right of every nation to choose its own path.", *S, "nato-open-door", "supports", 1, D),
 ("We propose to work on arms control, including on ground-based intermediate-range missiles, and on reciprocal transparency and limits on military exercises. We also propose to re-establish our respective offices in Moscow and in Brussels.", *S, "no-intermediate-range-missiles", "mentions", 1, D),
 ("We propose to work on arms control, including on ground-based intermediate-range missiles, and on reciprocal transparency and limits on military exercises. We also propose to re-establish our respective offices in Moscow and in Brussels.", *S, "limit-military-exercises", "mentions", 1, D),
 ("At the same time, we call on Russia to immediately de-escalate the situation and to withdraw its forces from Ukraine and from around Ukraine's borders.", *S, "russia-de-escalation", "supports", 1, D),
 ("No. NATO will not withdraw from the eastern part of our Alliance. Removing our forces from Allies that joined after 1997 would create first- and second-class members, and that we cannot accept.", *S, "rollback-to-1997", "rejects", 1, D),
 ("There is no legally binding promise of non-enlargement in our proposals, and there will not be one. NATO's door is open, and it will stay open.", *S, "nato-non-expansion", "rejects", 1, D),
 ("There is no legally binding promise of non-enlargement in our proposals, and there will not be one. NATO's door is open, and it will stay open.", *S, "written-legal-guarantees", "rejects", 1, D),
 ("There is no legally binding promise of non-enlargement in our proposals, and there will not be one. NATO's door is open, and it will stay open.", *S, "nato-open-door", "supports", 1, D),
 ("But there is a lot in the document that should be of interest to Russia, and I hope Moscow will study it carefully and come back to the table.", *S, "", "", 1, D),
 ("The decision we took at the Bucharest Summit in 2008 still stands, and it will not be revoked.", *S, "rescind-bucharest-2008", "rejects", 1, D),
 ("Ukraine is a close and highly valued partner, and Allies will continue to provide training, equipment and other support to Ukraine, as they have done for many years.", *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We will not accept any restrictions on where Allies can deploy weapons for their own defence, also close to Russia's borders. Those are decisions for Allies, and Allies alone.", *S, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("We are ready to meet again in the NATO-Russia Council without preconditions, and I have proposed a series of meetings on all the issues on the table.", *S, "no-preconditions", "supports", 1, D),
]

D = "2022-01-27"
W = "2022-01-26"
L["bbc-2022-01-27-live-russia-reacts-us-nato-replies"] = [
 ("It is obvious that our main concerns were not taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He said President Vladimir Putin would study the papers, including what they say about Nato’s open-door policy, before deciding on next steps.", "dmitry-peskov", 1, "He", "nato-open-door", "mentions", 0, D),
 ("We move our troops around our own territory as we see fit. This is nobody’s business, and it is not a subject for negotiation.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("He said the document laid out “a serious diplomatic path” should Russia choose it, and that it offered reciprocal transparency measures on offensive missile systems in Ukraine.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, W),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("Both Mr Blinken and Nato Secretary General Jens Stoltenberg insisted on Wednesday that Russia must withdraw the forces it has deployed near Ukraine’s border.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, W),
 ("Both Mr Blinken and Nato Secretary General Jens Stoltenberg insisted on Wednesday that Russia must withdraw the forces it has deployed near Ukraine’s border.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, W),
 ("There is no positive reaction on the main question,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("The main question is our clear position on the inadmissibility of further Nato expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further Nato expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("The most important thing is that there is not a single concession to Russia on Ukraine’s path to Nato,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Russian foreign ministry spokeswoman Maria Zakharova told her weekly briefing on Thursday that a moratorium on Nato enlargement could be no substitute for legally binding guarantees.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, D),
 ("Russian foreign ministry spokeswoman Maria Zakharova told her weekly briefing on Thursday that a moratorium on Nato enlargement could be no substitute for legally binding guarantees.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, D),
 ("The EU’s foreign policy chief, Josep Borrell, said on Thursday the bloc was ready to discuss Russia’s proposal for talks “without preconditions”, as long as the EU had a seat at the table.", "josep-borrell", 1, "Josep Borrell", "no-preconditions", "mentions", 0, D),
 ("The EU’s foreign policy chief, Josep Borrell, said on Thursday the bloc was ready to discuss Russia’s proposal for talks “without preconditions”, as long as the EU had a seat at the table.", "russia", 0, "Russia", "no-preconditions", "supports", 0, ""),
 ("A senior EU official told reporters in Brussels on Thursday that the bloc would not accept any arrangement dividing Europe into “spheres of influence” and that Russia had to pull back the troops it has massed near Ukraine.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, D),
 ("The Americans have offered to talk about intermediate-range missiles, but not about keeping Ukraine out of Nato, which is the heart of the matter.", "marta-kowalczyk-hart", 1, "Marta Kowalczyk-Hart", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans have offered to talk about intermediate-range missiles, but not about keeping Ukraine out of Nato, which is the heart of the matter.", "marta-kowalczyk-hart", 1, "Marta Kowalczyk-Hart", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow can pocket the arms-control offers and still say it was ignored,", "marta-kowalczyk-hart", 1, "she", "", "", 1, ""),
]

D = "2022-01-18"
S = ("gabrielius-landsbergis", 1, "Gabrielius Landsbergis")
L["dw-2022-01-19-landsbergis-interview"] = [
 ("Both. Relieved that our allies spoke with one voice, and that nothing was decided about us without us. Worried because nothing that Moscow said last week suggests it has changed course.", *S, "", "", 1, D),
 ("As an attempt to turn the clock back to a time when Lithuania was not free to decide anything. The allied battlegroup in Rukla is here because we asked for it, and it will stay. This demand is unacceptable, full stop.", *S, "rollback-to-1997", "rejects", 1, D),
 ("Russia broke the INF Treaty with its own missiles, and now it wants a ban that would leave its Iskanders in Kaliningrad and tie only our hands. I think that proposal is a non-starter.", *S, "no-intermediate-range-missiles", "rejects", 1, D),
 ("No. The Bucharest promise was made by all allies, and taking it back under Russian pressure would be the worst signal we could send. Ukraine's future in NATO is for Ukraine and the allies to decide.", *S, "rescind-bucharest-2008", "rejects", 1, D),
 ("No. The Bucharest promise was made by all allies, and taking it back under Russian pressure would be the worst signal we could send. Ukraine's future in NATO is for Ukraine and the allies to decide.", *S, "no-ukraine-membership", "rejects", 1, D),
 ("No. The Bucharest promise was made by all allies, and taking it back under Russian pressure would be the worst signal we could send. Ukraine's future in NATO is for Ukraine and the allies to decide.", *S, "nato-open-door", "supports", 1, D),
 ("Lithuania will keep training Ukrainian soldiers and sending what Kyiv needs to defend itself. Our Stinger missiles are already on their way.", *S, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("It would mean no allied air policing over the Baltic states, which border Russia and Belarus. Our skies would be left undefended, and that we will not accept.", *S, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We have been living with cyberattacks and disinformation for years. Our institutions are prepared, and our allies are with us.", *S, "", "", 1, D),
 ("Talks are fine, but you cannot negotiate with a gun on the table. Russia must pull its troops back from Ukraine's borders before we talk about anything else.", *S, "russia-de-escalation", "supports", 1, D),
 ("Talks are fine, but you cannot negotiate with a gun on the table. Russia must pull its troops back from Ukraine's borders before we talk about anything else.", *S, "no-preconditions", "rejects", 1, D),
 ("And I would say to our friends in Western Europe: do not confuse a pause in the shooting with peace.", *S, "", "", 1, D),
]

write_gold(L, "articles-116", "gold-116")
