#!/usr/bin/env python3
"""Writes the seventy-first held-out gold (gold-71/*.nq) from the labels below.

Batch 71 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from Geneva,
  front matter, straight quotes, a crosshead, a lede with two speakers, a
  quotation split by "Ryabkov said", a quotation over two sentences, a
  clause quoted from the draft treaty (not labelled), Bucharest 2008 as
  background (not labelled), an invented analyst.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO's own transcript of the
  Secretary General's press conference after the NATO-Russia Council, no
  front matter (date "12 Jan. 2022" in the text), speaker labels, a
  moderator and journalists whose questions (one reporting Grushko) get no
  label.
- izvestia-2022-01-17-grushko-interview: Q&A interview with Alexander
  Grushko, machine-translated from Russian, UTF-8 BOM and CRLF line ends,
  front matter, « » quotation marks, a biographical note (not labelled).
- dod-2022-01-24-kirby-briefing: Pentagon press briefing transcript, front
  matter, "JOHN KIRBY:" speaker labels and "Q:" questions; every answer
  paragraph is a direct quotation, so short procedural ones of six words or
  more get demand-less labels.
- meduza-2022-01-27-live-us-nato-answers: live blog, newest entry first,
  timestamps on two days, curly quotes, a standfirst (not labelled), a
  demand attributed in passing to Moscow, "the main question(s)" and
  "principles" left unspecified.
- up-2022-01-19-blinken-kyiv-kuleba: Ukrainska Pravda story as served by a
  machine-translating aggregator, no front matter (date in the text), „ “
  quotation marks with "- said X" after the quotation, two speakers in one
  sentence, "Read also" link lines and "We will remind" background (not
  labelled).
- economist-2022-02-03-what-russia-wants: analysis quoting invented experts,
  front matter, curly quotes, standfirst and crosshead, Baker 1990 and the
  1997 Founding Act as history (not labelled), a sentence quoted from the
  leaked American reply (not labelled), a quotation split by "he said".

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
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia's deputy foreign minister, Sergei Ryabkov, insisted after nearly eight hours of talks with U.S. officials in Geneva on Monday that Ukraine must never be allowed to join NATO, while Washington said it would not accept any deal that shut the alliance's door to new members.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia's deputy foreign minister, Sergei Ryabkov, insisted after nearly eight hours of talks with U.S. officials in Geneva on Monday that Ukraine must never be allowed to join NATO, while Washington said it would not accept any deal that shut the alliance's door to new members.", "united-states", 0, "Washington", "nato-open-door", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("There will be no progress without an answer on non-expansion,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("and Moscow will not accept a moratorium in place of a treaty.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He dismissed Western calls for Russia to pull its forces back from the Ukrainian frontier, saying the troops were on Russian soil and that Moscow had no intention of attacking anyone.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She also said the United States would keep providing Ukraine with defensive assistance and training despite Moscow's demand that Washington halt all military cooperation with Kyiv.", "wendy-sherman", 1, "She", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 ("She also said the United States would keep providing Ukraine with defensive assistance and training despite Moscow's demand that Washington halt all military cooperation with Kyiv.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Moscow is asking Washington to promise something about Ukraine that only thirty allies acting together could ever promise,", "tatiana-melnik", 1, "Tatiana Melnik", "no-ukraine-membership", "mentions", 1, ""),
 ("Nobody should expect a breakthrough this week. The best outcome is that everyone agrees to keep talking,", "tatiana-melnik", 1, "she", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was a serious and direct exchange, and the first meeting of the Council in more than two years.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies and Russia set out their positions. Russia has made its proposals clear: it wants NATO to stop enlarging, and it wants Allies to withdraw forces and infrastructure from the territory of those countries that joined the Alliance after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "mentions", 1, "2022-01-12"),
 ("Allies and Russia set out their positions. Russia has made its proposals clear: it wants NATO to stop enlarging, and it wants Allies to withdraw forces and infrastructure from the territory of those countries that joined the Alliance after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "mentions", 1, "2022-01-12"),
 ("NATO Allies were united in rejecting these ideas. We will not compromise on core principles: the right of each nation to choose its own path, and the right of NATO to protect and defend all Allies. There will be no first- and second-class members of this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("NATO Allies were united in rejecting these ideas. We will not compromise on core principles: the right of each nation to choose its own path, and the right of NATO to protect and defend all Allies. There will be no first- and second-class members of this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("NATO Allies were united in rejecting these ideas. We will not compromise on core principles: the right of each nation to choose its own path, and the right of NATO to protect and defend all Allies. There will be no first- and second-class members of this Alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia has also asked us to withdraw the decision taken at our Summit in Bucharest in 2008 that Ukraine and Georgia will become members. That is not something Allies can accept. The decision stands.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("Russia has also asked us to withdraw the decision taken at our Summit in Bucharest in 2008 that Ukraine and Georgia will become members. That is not something Allies can accept. The decision stands.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in dialogue on arms control and disarmament, including on missiles. We also suggested re-establishing our respective offices in Moscow and Brussels, and making full use of military-to-military channels of communication to prevent incidents and reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in dialogue on arms control and disarmament, including on missiles. We also suggested re-establishing our respective offices in Moscow and Brussels, and making full use of military-to-military channels of communication to prevent incidents and reduce risks.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia did not agree to the proposed schedule of meetings, but it did not reject it either. The Russian delegation said it needed time to come back to us.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There is a real risk of new armed conflict in Europe. Russia must de-escalate, and pull back the forces it has massed in and around Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("I will not characterise every statement made in the meeting. What I can say is that the message from Allies was clear and united, and that the differences between us are significant and will not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies will not sign a legally binding treaty that gives Russia a say over NATO's future or over the decisions of sovereign nations. That is not on the table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("Allies will not sign a legally binding treaty that gives Russia a say over NATO's future or over the decisions of sovereign nations. That is not on the table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We are open to discussing reciprocal transparency and notification of exercises. But we will not accept limits on our ability to train and exercise on Allied territory, in the Baltic region or anywhere else.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("Ukraine is a sovereign nation with the right to decide its own path. Whether Ukraine becomes a member of NATO is for Ukraine and the 30 Allies to decide, and Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Ukraine is a sovereign nation with the right to decide its own path. Whether Ukraine becomes a member of NATO is for Ukraine and the 30 Allies to decide, and Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We also made it clear that NATO will continue to support our partners Ukraine and Georgia with training, advice and capacity building, and that no third country can decide on that.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("We are ready to meet again, and I have invited Russia to a series of meetings, without preconditions, to address the full range of issues. The Russian side has not yet accepted, but the door to dialogue remains open.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-preconditions", "supports", 1, "2022-01-12"),
]
L["izvestia-2022-01-17-grushko-interview"] = [
 ("The meeting in Brussels showed that NATO is not ready to take into account our concerns. The alliance is still living in the logic of the «cold war» and considers the security of Russia as a secondary matter.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-17"),
 ("Our position is very simple. The alliance must stop the movement to the east, and this must be fixed juridically, in the form of binding obligations, and not in the form of declarations which tomorrow can be forgotten.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-17"),
 ("Our position is very simple. The alliance must stop the movement to the east, and this must be fixed juridically, in the form of binding obligations, and not in the form of declarations which tomorrow can be forgotten.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-17"),
 ("Also we insist that the forces and the infrastructure which NATO moved after 1997 onto the territory of the new members must return to the positions of that time. This is not a subject for bargain.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-17"),
 ("The Bucharest formula must be disavowed officially, by a decision of the alliance itself. It was a mistake, and the whole world saw its consequences in August 2008.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-17"),
 ("We ourselves proposed it long ago. We propose not to deploy the missiles of intermediate and shorter range in the zones from where they can reach the territory of the other side. The same concerns the heavy bombers and the surface warships, which must stay outside the zones from where they can strike.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-17"),
 ("We ourselves proposed it long ago. We propose not to deploy the missiles of intermediate and shorter range in the zones from where they can reach the territory of the other side. The same concerns the heavy bombers and the surface warships, which must stay outside the zones from where they can strike.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-17"),
 ("As for the exercises, we are ready to discuss the parameters, the thresholds of the number of troops and the distance from the line of contact. But the exercises of the alliance with tens of thousands of soldiers near our borders, such as «Defender Europe», must be limited.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-17"),
 ("We do not see the sense to restore the military contacts now, when NATO officially considers Russia as the adversary and itself has broken all the channels. This would be the imitation of the dialogue.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-17"),
 ("The demands that Russia «withdraw» its troops from its own territory, we consider absurd. Where our divisions are located is our sovereign business, and we will not discuss it with anybody.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-17"),
 ("The military development of the territory of Ukraine by NATO, the instructors, the deliveries of the weapons, all this is the red line for us. The alliance must renounce any military activity in Ukraine, in Georgia, in the South Caucasus and in Central Asia.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-17"),
 ("Then we will use the military-technical means, and I think everybody understands what this means. We will not negotiate endlessly.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-17"),
]
L["dod-2022-01-24-kirby-briefing"] = [
 ("Good afternoon, everybody. At the direction of the President, and on the recommendation of the Secretary, the Department has placed a range of units here in the United States on a heightened preparedness to deploy, about 8,500 personnel in total.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
 ("These forces would be available to the NATO Response Force if the alliance activates it, or for other contingencies in Europe. No decision to deploy them has been made, and none of them are going into Ukraine.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
 ("This is about reassurance to our NATO allies on the eastern flank. It is not a move toward escalation, and nobody should read it as one.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
 ("Allied territory is allied territory. We are not going to pull forces back from the eastern flank; if anything, you are going to see more of them there.", "john-kirby", 1, "John Kirby", "rollback-to-1997", "rejects", 1, "2022-01-24"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. Those flights are safe and professional, and they are not going to stop because Moscow would prefer that they did.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-24"),
 ("The Aegis Ashore sites are defensive, and the Russians know that. That said, we're willing to talk about where intermediate-range missiles can and can't be deployed in Europe, as part of a broader conversation and on a reciprocal basis.", "john-kirby", 1, "John Kirby", "no-intermediate-range-missiles", "mentions", 1, "2022-01-24"),
 ("Yes. The Javelins and the other security assistance we provide are defensive in nature, and we will keep training and equipping Ukraine's armed forces, whatever Moscow says about it.", "john-kirby", 1, "John Kirby", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-24"),
 ("The Secretary has not spoken with Minister Shoigu recently, and I don't have a call to announce. The Chairman's lines to General Gerasimov remain open. We have always believed that mil-to-mil communication is important, especially in tense times like these, to avoid miscalculation and to lower the temperature.", "john-kirby", 1, "John Kirby", "resume-military-dialogue", "supports", 1, "2022-01-24"),
 ("Russia just announced large exercises in Belarus with troops brought in from across the country, and they are lecturing others about drills. We'll keep exercising with our allies as we always have.", "john-kirby", 1, "John Kirby", "limit-military-exercises", "rejects", 1, "2022-01-24"),
 ("Diplomacy is still the preferred path, and we want it to succeed. But you can't expect productive diplomacy with a gun to Ukraine's head; talks have to take place in a climate of de-escalation, and that means Russia pulling those troops back.", "john-kirby", 1, "John Kirby", "no-preconditions", "rejects", 1, "2022-01-24"),
 ("Diplomacy is still the preferred path, and we want it to succeed. But you can't expect productive diplomacy with a gun to Ukraine's head; talks have to take place in a climate of de-escalation, and that means Russia pulling those troops back.", "john-kirby", 1, "John Kirby", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("Some of these units could be ready in a matter of days. I am not going to get into specific countries or locations, because those decisions haven't been made.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
 ("I think I'm going to leave it there. Thanks, everybody.", "john-kirby", 1, "John Kirby", "", "", 1, "2022-01-24"),
]
L["meduza-2022-01-27-live-us-nato-answers"] = [
 ("Russia moves its troops across its own territory as it sees fit, and this does not threaten anyone,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis ruled out any reduction of allied deployments in the Baltic states, despite Moscow’s demand that NATO roll its forces back to where they stood in 1997.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis ruled out any reduction of allied deployments in the Baltic states, despite Moscow’s demand that NATO roll its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Kremlin set the bar so high that any answer would look like a refusal. The question now is whether Putin wants an exit or a pretext,", "konstantin-dorofeyev", 1, "he", "", "", 1, "2022-01-27"),
 ("There is nothing about Ukraine without Ukraine in it, and NATO’s door stays open,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The so-called ‘open door’ policy is not a commandment from the Bible, and NATO cannot use it to justify expansion right up to our borders,", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("The so-called ‘open door’ policy is not a commandment from the Bible, and NATO cannot use it to justify expansion right up to our borders,", "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Our main question is the clear position on the inadmissibility of NATO’s further expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("Our main question is the clear position on the inadmissibility of NATO’s further expansion eastward and of the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("He added that the response did contain points that could form the basis of “serious talks” on secondary issues, such as the scale and location of military exercises.", "sergei-lavrov", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("It is obvious that they leave little room for optimism on the main questions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("NATO’s door is open, remains open, and that is our commitment,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said Washington was ready to discuss reciprocal commitments on offensive strike systems near each other’s borders.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said in Brussels that the alliance had sent Moscow its own written proposals and called on Russia to withdraw its forces from Ukraine’s borders and from Belarus.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
]
L["up-2022-01-19-blinken-kyiv-kuleba"] = [
 ("The Secretary of State of the USA Antony Blinken during the press conference with the Minister of Foreign Affairs Dmytro Kuleba in Kyiv on Wednesday declared, that the USA will not allow to Russia to decide who joins NATO and who does not.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-19"),
 ("Nobody can take away from Ukraine the right to choose its own future, including the membership in NATO", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-19"),
 ("Nobody can take away from Ukraine the right to choose its own future, including the membership in NATO", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-19"),
 ("Blinken and Kuleba both insisted that Russia must withdraw its troops from the Ukrainian borders and choose the path of diplomacy.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-19"),
 ("Blinken and Kuleba both insisted that Russia must withdraw its troops from the Ukrainian borders and choose the path of diplomacy.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, "2022-01-19"),
 ("Blinken informed that on Friday in Geneva he will meet with the Minister of Foreign Affairs of Russia Sergei Lavrov and will once more propose to Moscow the diplomatic path, including the discussion about the restoration of the channels of communication between the militaries.", "antony-blinken", 1, "Blinken", "resume-military-dialogue", "mentions", 0, "2022-01-19"),
 ("We will stand by Ukraine in the face of this threat, today and tomorrow", "antony-blinken", 1, "the Secretary of State", "", "", 1, "2022-01-19"),
 ("Ukraine will continue to receive weapons and training from our partners, and nobody in Moscow will dictate to us with whom we cooperate", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-19"),
 ("The President of Ukraine Volodymyr Zelensky during the meeting with Blinken thanked for the support and underlined that Ukraine waits from the partners the clear timetable of the joining NATO, reports the Office of the President.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-ukraine-membership", "rejects", 0, "2022-01-19"),
 ("Meanwhile the press-secretary of the President of Russia Dmitry Peskov on Wednesday declared, that Moscow is ready to continue the negotiations without any preconditions, but will not accept the demand of the withdrawal of the troops as a condition.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 0, "2022-01-19"),
 ("Meanwhile the press-secretary of the President of Russia Dmitry Peskov on Wednesday declared, that Moscow is ready to continue the negotiations without any preconditions, but will not accept the demand of the withdrawal of the troops as a condition.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 0, "2022-01-19"),
 ("We are not going to ask anybody in which regions of our own country to keep our army", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-19"),
 ("Washington said very clearly that the Bucharest decision is not cancelled, and in Moscow they understood it", "mykola-dovhan", 1, "Dovhan", "rescind-bucharest-2008", "mentions", 1, ""),
]
L["economist-2022-02-03-what-russia-wants"] = [
 ("the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("the prevention of NATO expansion, the refusal to deploy strike weapons systems near Russian borders, and the return of the bloc’s military infrastructure in Europe to the state of 1997", "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("It seems to me that the United States is not so much concerned about the security of Ukraine,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("as its main task is to contain Russia’s development.", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("Russia asked for a Yalta 2.0: a sphere of influence, signed and ratified. Nobody in Washington was ever going to put a treaty like that before the Senate,", "hanna-lindqvist", 1, "Hanna Lindqvist", "written-legal-guarantees", "mentions", 1, ""),
 ("The Kremlin also wants western armies out of Ukraine, Georgia and Central Asia altogether,", "hanna-lindqvist", 1, "Lindqvist", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Not everything in the reply is a refusal,", "pavel-lozinsky", 1, "Pavel Lozinsky", "", "", 1, ""),
 ("An INF-style arrangement and limits on where bombers and warships can operate near each other’s coasts are things Moscow has wanted for a decade and could sell at home as a victory.", "pavel-lozinsky", 1, "Pavel Lozinsky", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("An INF-style arrangement and limits on where bombers and warships can operate near each other’s coasts are things Moscow has wanted for a decade and could sell at home as a victory.", "pavel-lozinsky", 1, "Pavel Lozinsky", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Washington keeps repeating the open-door formula and Moscow keeps repeating that the door must be shut. Neither has moved an inch,", "pavel-lozinsky", 1, "Lozinsky", "nato-open-door", "mentions", 1, ""),
 ("Washington keeps repeating the open-door formula and Moscow keeps repeating that the door must be shut. Neither has moved an inch,", "pavel-lozinsky", 1, "Lozinsky", "nato-non-expansion", "mentions", 1, ""),
 ("Agreeing to keep intermediate-range missiles out of Europe for good would lock in Russia’s advantage in Kaliningrad. It would be a mistake,", "carl-whitford", 1, "Carl Whitford", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Poland will not ask the Kremlin’s permission about which weapons we deploy on our own territory,", "mariusz-blaszczak", 1, "Mariusz Blaszczak", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("Finland’s president, Sauli Niinistö, used his New Year speech on January 1st to say that Finland retained the freedom to apply for NATO membership, despite Moscow’s demand that the alliance stop expanding.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 0, "2022-01-01"),
 ("Finland’s president, Sauli Niinistö, used his New Year speech on January 1st to say that Finland retained the freedom to apply for NATO membership, despite Moscow’s demand that the alliance stop expanding.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants the alliance to declare the 2008 promise void, and no allied government will put its name to that,", "margit-kaasik", 1, "Margit Kaasik", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Both sides say they want talks without preconditions, and both attach them: Washington wants the troops pulled back first,", "hanna-lindqvist", 1, "Lindqvist", "no-preconditions", "mentions", 1, ""),
 ("Both sides say they want talks without preconditions, and both attach them: Washington wants the troops pulled back first,", "hanna-lindqvist", 1, "Lindqvist", "russia-de-escalation", "mentions", 1, ""),
]

write_gold(L, "articles-71", "gold-71")
