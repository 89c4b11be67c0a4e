#!/usr/bin/env python3
"""Writes the held-out gold of batch 158 (gold-158/*.nq) from the labels below.

Batch 158 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
imitates the mainstream coverage most readers saw of the December 2021 -
February 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy from the Geneva
  talks (front matter, straight quotes, a quotation split by "he said", a
  speaker named only by role, a "non-starters" quotation about unspecified
  proposals, passing mentions of "Moscow's demand", the 1990 "not one inch"
  background that is not labelled);
- nato-2022-01-12-stoltenberg-nrc-presser: NATO's transcript of Stoltenberg's
  press conference after the NATO-Russia Council (speaker labels, moderator,
  journalists' questions that carry demands but get no label, one answer
  paragraph that starts with Bucharest 2008 history and then takes a stance);
- rusnewsdigest-2022-01-13-lukashevich-osce: a machine-translated aggregator
  rewrite of Interfax from the OSCE Permanent Council (no front matter, UTF-8
  BOM, CRLF line ends, « » quotes with "– said the diplomat", passive
  attribution, an undated passing demand of Moscow, history and documents at
  the end that are not labelled);
- tass-2022-01-14-lavrov-press-conference: TASS wire copy of Lavrov's annual
  press conference (indirect speech spanning sentences, "the minister
  recalled" Baker 1990 history that is not labelled, "according to Lavrov",
  a written-answer quotation that is not the written-guarantees demand);
- state-2022-01-26-blinken-written-response: the State Department transcript
  of Blinken's press availability on the written answers (no front matter,
  date in the text, MR PRICE moderating, QUESTION paragraphs not labelled,
  offers to discuss labelled as mentions);
- kyivindependent-2022-01-27-live-written-answers: a Kyiv Independent live
  blog (time stamps and crossheads not labelled, two speakers in one
  sentence, a senior EU official, „ “ quotes, a "main concerns" quotation with
  unspecified demands, a photo caption and a link line);
- politico-2022-02-03-drozdowska-interview: a POLITICO Europe Q&A with an
  invented analyst (headline quotation and standfirst not labelled, Putin's
  "fundamental concerns" left unlabelled, answers introduced by a dash,
  questions not labelled, an analyst who only reports what Moscow wants,
  rejects some demands and supports others).

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

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said Moscow also wanted NATO to pull back the forces and weapons it has deployed in eastern Europe since 1997.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("The alliance should also give up deploying strike weapons near Russia's borders, the deputy foreign minister said.", "sergei-ryabkov", 1, "the deputy foreign minister", "no-strike-weapons-near-borders", "supports", 0, "2022-01-10"),
 ("Ryabkov said the sides had touched on restoring contacts between their militaries, without giving details.", "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("pushed back firmly on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said she had told Ryabkov that NATO's door would stay open despite Moscow's demand that the alliance rule out membership for Ukraine and Georgia.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Sherman said she had told Ryabkov that NATO's door would stay open despite Moscow's demand that the alliance rule out membership for Ukraine and Georgia.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Sherman said she had told Ryabkov that NATO's door would stay open despite Moscow's demand that the alliance rule out membership for Ukraine and Georgia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow's demand that U.S. warships and bombers keep away from areas from which they could strike Russian territory could be looked at only on a strictly reciprocal basis, Sherman said, adding that no decisions had been taken.", "wendy-sherman", 1, "Sherman", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-10"),
 ("Moscow's demand that U.S. warships and bombers keep away from areas from which they could strike Russian territory could be looked at only on a strictly reciprocal basis, Sherman said, adding that no decisions had been taken.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("It was a frank and forthright discussion, and we have a better understanding of each other's priorities,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("She pressed Russia to pull back the roughly 100,000 troops it has massed near Ukraine's border, saying real progress was impossible \"in an atmosphere of escalation\".", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("There is no reason to fear some kind of escalation scenario,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("and we will not be told where we can and cannot move our forces on our own soil.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("Both delegations came to Geneva to be seen talking, not to agree on anything. Nobody expected more than that this week,", "anselm-gruber", 1, "Anselm Gruber", "", "", 1, ""),
 ("Gruber noted that no allied capital had so far even discussed Moscow's request that NATO formally revoke its 2008 Bucharest pledge to Ukraine and Georgia.", "anselm-gruber", 1, "Gruber", "rescind-bucharest-2008", "mentions", 0, ""),
 ("Gruber noted that no allied capital had so far even discussed Moscow's request that NATO formally revoke its 2008 Bucharest pledge to Ukraine and Georgia.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("We have just concluded a meeting of the NATO-Russia Council, the first in more than two years. Allies and Russia had a very serious and direct exchange on the situation in and around Ukraine, and on the implications for European security.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies called on Russia to immediately de-escalate the situation, to pull back its forces from Ukraine's borders and to refrain from any further aggressive actions. A Russian military build-up of this size is not justified.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia on these issues. Allies made clear that we will not compromise on the core principles on which European security rests, and that we will not compromise on the security of any Ally.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies also rejected the idea that NATO should withdraw its forces and infrastructure from the Allies that joined after 1997. We will not have first- and second-class members of the Alliance. The battlegroups in the Baltic states and Poland are there to stay.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in dialogue. We proposed a series of meetings to discuss arms control and to explore reciprocal transparency and risk-reduction measures, for instance on the notification of military exercises. We also proposed to re-establish our respective offices in Moscow and in Brussels, and to restore military-to-military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in dialogue. We proposed a series of meetings to discuss arms control and to explore reciprocal transparency and risk-reduction measures, for instance on the notification of military exercises. We also proposed to re-establish our respective offices in Moscow and in Brussels, and to restore military-to-military channels of communication to avoid incidents and accidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia was not in a position to agree to a programme of future meetings today. But it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will not give up our open door policy. It is for Ukraine and 30 NATO Allies to decide when Ukraine is ready to join, not for Russia, and nobody else has a say or a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will not give up our open door policy. It is for Ukraine and 30 NATO Allies to decide when Ukraine is ready to join, not for Russia, and nobody else has a say or a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Russia has asked us to sign a legally binding commitment that NATO will never enlarge again. That is not something we can agree to, because it would violate the very principles Russia itself signed up to.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("Russia has asked us to sign a legally binding commitment that NATO will never enlarge again. That is not something we can agree to, because it would violate the very principles Russia itself signed up to.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
 ("We are ready to discuss transparency and risk reduction on a reciprocal basis. But we will not reduce our ability to protect and defend Allies.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will continue to patrol the Black Sea and the Baltic Sea with our ships and aircraft in international waters and international airspace, as we have done for many years, and no one can tell us to stay away.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("At the Bucharest summit in 2008, Allies agreed that Ukraine and Georgia will become members of NATO. That decision stands, and we will not revoke it because Russia asks us to.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe, and that is exactly why it is so important that we sit down and talk.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We are ready to meet again, and I have invited all members of the NATO-Russia Council to a series of meetings. But Russia has not yet answered.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
]
L["rusnewsdigest-2022-01-13-lukashevich-osce"] = [
 ("We are not going to wait for the answer eternally. If we will not hear the constructive answer in reasonable terms and the aggressive line toward Russia will continue, we will have to take the necessary measures for the ensuring of the strategic balance", "alexander-lukashevich", 1, "the diplomat", "", "", 1, "2022-01-13"),
 ("According to him, the key point for Moscow remains the legally fixed refusal of NATO from the further expansion to the east.", "alexander-lukashevich", 1, "him", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("According to him, the key point for Moscow remains the legally fixed refusal of NATO from the further expansion to the east.", "alexander-lukashevich", 1, "him", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The moment of truth has come. The question is not about some technical details, it is about the non-deployment of strike weapon systems near our borders and about the return of the military infrastructure of NATO to the positions of 1997", "alexander-lukashevich", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("The moment of truth has come. The question is not about some technical details, it is about the non-deployment of strike weapon systems near our borders and about the return of the military infrastructure of NATO to the positions of 1997", "alexander-lukashevich", 1, "the diplomat", "rollback-to-1997", "supports", 1, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter also declared that the USA will not agree with the demand of Moscow to close the doors of NATO for new members.", "michael-carpenter", 1, "Carpenter", "nato-non-expansion", "rejects", 0, "2022-01-13"),
 ("Carpenter also declared that the USA will not agree with the demand of Moscow to close the doors of NATO for new members.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Carpenter also declared that the USA will not agree with the demand of Moscow to close the doors of NATO for new members.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We will not bargain about the principle that each state chooses its alliances itself", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We do not see the sense to sit down in the coming days, gather again and begin the same discussions", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("According to him, the Russian side insists on talks without any preliminary conditions, and the demand of the West first to withdraw the troops from the Ukrainian border is «unacceptable».", "sergei-ryabkov", 1, "him", "no-preconditions", "supports", 0, "2022-01-13"),
 ("According to him, the Russian side insists on talks without any preliminary conditions, and the demand of the West first to withdraw the troops from the Ukrainian border is «unacceptable».", "sergei-ryabkov", 1, "him", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("The situation can become very dangerous if the ships and aircraft of NATO will continue to operate near our coasts in the Black Sea", "sergei-ryabkov", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("As was declared by deputy minister Alexander Grushko on Wednesday after the session of the Council Russia–NATO in Brussels, the restoration of the military contacts with the alliance «does not have sense» while NATO considers Russia as adversary.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("The ministry of foreign affairs of Ukraine in commentary on Thursday declared that no one except Kiev and the members of the alliance will decide about the membership of the country in NATO.", "ukrainian-foreign-ministry", 0, "The ministry of foreign affairs of Ukraine", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The ministry of foreign affairs of Ukraine in commentary on Thursday declared that no one except Kiev and the members of the alliance will decide about the membership of the country in NATO.", "ukrainian-foreign-ministry", 0, "The ministry of foreign affairs of Ukraine", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("Kiev does not need the permission of Moscow to cooperate with the Alliance and to hold joint exercises with the partners on our territory", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-13"),
 ("Kiev does not need the permission of Moscow to cooperate with the Alliance and to hold joint exercises with the partners on our territory", "oleg-nikolenko", 1, "Oleg Nikolenko", "limit-military-exercises", "rejects", 1, "2022-01-13"),
]
L["tass-2022-01-14-lavrov-press-conference"] = [
 ("We have run out of patience. For thirty years we were fed verbal assurances, and we will not accept them any longer; we need guarantees on paper, signed and ratified,", "sergei-lavrov", 1, "the minister", "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("Lavrov said the key to the Russian proposals was a guarantee that NATO would not expand and that strike weapons would not be deployed near Russia's borders.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("Lavrov said the key to the Russian proposals was a guarantee that NATO would not expand and that strike weapons would not be deployed near Russia's borders.", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-14"),
 ("According to Lavrov, Russia is also proposing that neither side deploy intermediate- and shorter-range missiles in areas from which they can reach the territory of the other.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "supports", 0, "2022-01-14"),
 ("He also said NATO should stop holding large-scale drills near Russia's borders.", "sergei-lavrov", 1, "He", "limit-military-exercises", "supports", 0, "2022-01-14"),
 ("Lavrov insisted that the United States renounce setting up military bases in former Soviet states that are not members of NATO and stop developing military cooperation with them.", "sergei-lavrov", 1, "Lavrov", "no-military-activity-ex-soviet", "supports", 0, "2022-01-14"),
 ("The promise made to Ukraine and Georgia at the 2008 Bucharest summit must be disavowed, he added.", "sergei-lavrov", 1, "he", "rescind-bucharest-2008", "supports", 0, "2022-01-14"),
 ("Our Western colleagues keep repeating like a mantra that every state has the right to choose its alliances. But they forget the second half of the OSCE commitments: no one may strengthen its security at the expense of the security of others,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-14"),
 ("The foreign minister dismissed Western calls to pull back Russian troops from the Ukrainian border as \"inappropriate\", noting that Russia was holding exercises on its own territory.", "sergei-lavrov", 1, "The foreign minister", "russia-de-escalation", "rejects", 0, "2022-01-14"),
 ("Our troops are on our own territory, and we will move them as we see fit,", "sergei-lavrov", 1, "the Russian top diplomat", "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("Asked by a TASS correspondent whether Moscow was ready to take up the US offers on missiles and exercises, Lavrov said Russia would not let its key demands be \"drowned\" in secondary issues, but did not rule out such talks as part of a package.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-14"),
 ("Asked by a TASS correspondent whether Moscow was ready to take up the US offers on missiles and exercises, Lavrov said Russia would not let its key demands be \"drowned\" in secondary issues, but did not rule out such talks as part of a package.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-14"),
 ("Restoring contacts between the military would be useful, and our military are ready to meet their counterparts,", "sergei-lavrov", 1, "Lavrov", "resume-military-dialogue", "supports", 1, "2022-01-14"),
 ("We expect an answer on paper, article by article, to each point of our drafts,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-14"),
 ("Dialogue should go on without any ultimatums or preconditions from either side, but the pace of the Western reaction does not suit us,", "dmitry-peskov", 1, "he", "no-preconditions", "supports", 1, "2022-01-14"),
 ("Ukrainian Foreign Minister Dmytro Kuleba, commenting on Lavrov's remarks on Friday, said Kiev would not abandon its course toward NATO membership enshrined in the Ukrainian Constitution.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2022-01-14"),
]
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. Earlier today, Ambassador Sullivan delivered our written response to Russia’s proposals in Moscow. NATO is delivering its own response in parallel, and the two are fully coordinated with our Allies and partners, including Ukraine.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document we’ve delivered sets out a serious diplomatic path forward, should Russia choose it. It addresses the concerns that Russia has raised, as well as our own concerns, and it reflects the views of our Allies and partners, whom we consulted at every step.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances. There is no change; there will be no change.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We also lay out areas where we believe we can make progress: arms control related to missiles in Europe, our interest in a follow-on agreement to New START, and transparency and stabilizing measures, including on military exercises and on our respective force postures in Europe.", "antony-blinken", 1, "BLINKEN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("We also lay out areas where we believe we can make progress: arms control related to missiles in Europe, our interest in a follow-on agreement to New START, and transparency and stabilizing measures, including on military exercises and on our respective force postures in Europe.", "antony-blinken", 1, "BLINKEN", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("We are prepared to discuss reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems in Ukraine, on the condition that Russia takes steps of its own.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("It is hard to make real progress in an atmosphere of escalation. Russia must de-escalate and pull back the forces it has massed along Ukraine’s borders.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("On NATO membership, I think we’ve been very clear. NATO’s door is open and remains open, and that is our commitment. It is for Ukraine and the Allies to decide, not for Moscow.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("On NATO membership, I think we’ve been very clear. NATO’s door is open and remains open, and that is our commitment. It is for Ukraine and the Allies to decide, not for Moscow.", "antony-blinken", 1, "BLINKEN", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We are not going to make the document public. We think that diplomacy has the best chance to succeed if we provide space for confidential talks, and we expect Russia to do the same.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("Those are not on the table. We will not be pulling our forces out of Allied territory on the eastern flank, and we will continue to provide Ukraine with defensive security assistance, as we have done for years.", "antony-blinken", 1, "BLINKEN", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("Those are not on the table. We will not be pulling our forces out of Allied territory on the eastern flank, and we will continue to provide Ukraine with defensive security assistance, as we have done for years.", "antony-blinken", 1, "BLINKEN", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("We have been clear that any arrangements we reach would have to be reciprocal. Whether something ends up in the form of a treaty is something we can talk about down the road, once we see whether there is real substance to work with.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "mentions", 1, "2022-01-26"),
 ("I expect to speak to Foreign Minister Lavrov in the coming days, once Moscow has had a chance to read the response and is ready to discuss next steps.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The ball is in their court. We are prepared to move forward where there is the possibility of communication and cooperation, if Russia engages in good faith.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
]
L["kyivindependent-2022-01-27-live-written-answers"] = [
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both dismissed on Thursday Moscow’s demand that NATO pull its troops and infrastructure out of the countries that joined the alliance after 1997, calling it “a non-starter.”", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both dismissed on Thursday Moscow’s demand that NATO pull its troops and infrastructure out of the countries that joined the alliance after 1997, calling it “a non-starter.”", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Latvian counterpart Edgars Rinkēvičs both dismissed on Thursday Moscow’s demand that NATO pull its troops and infrastructure out of the countries that joined the alliance after 1997, calling it “a non-starter.”", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Where we place our defensive and deterrent weapons on NATO territory is for NATO to decide, not for the Kremlin,", "artis-pabriks", 1, "Pabriks", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("Russia has to pull back its troops from the Ukrainian border; that is the precondition for every step that follows,", "annalena-baerbock", 1, "Baerbock", "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("Russia has to pull back its troops from the Ukrainian border; that is the precondition for every step that follows,", "annalena-baerbock", 1, "Baerbock", "no-preconditions", "rejects", 1, "2022-01-27"),
 ("There cannot be a discussion on European security without the Europeans, and the EU will not accept being a bystander in its own neighbourhood,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-27"),
 ("A senior EU official, speaking on condition of anonymity on Thursday, said Brussels would support any offer to restore military hotlines and regular contacts between NATO and Russian commanders.", "european-union", 0, "A senior EU official", "resume-military-dialogue", "supports", 0, "2022-01-27"),
 ("a reaction which allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("A moratorium on new intermediate-range missiles in Europe sounds nice, but Russia already has its 9M729s deployed, so it would simply freeze Moscow’s advantage. Kyiv and the allies should oppose it,", "taras-voloshchuk", 1, "Taras Voloshchuk", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("It is obvious that our main concerns were not taken into account in these answers,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("Peskov said the Kremlin had taken note that Washington’s answer reaffirmed NATO’s open-door policy, and declined to comment further until President Vladimir Putin had read the documents.", "dmitry-peskov", 1, "Peskov", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("We will not compromise on the right of allies to protect and defend each other, and that includes our presence in the eastern part of the alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("There are no positions in it that would harm Ukraine’s interests. The door to NATO stays open, and nobody will close it behind our back,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There are no positions in it that would harm Ukraine’s interests. The door to NATO stays open, and nobody will close it behind our back,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We are not going to trade our sovereignty for anyone’s security guarantees. Our army and our partners are our guarantee,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-26"),
]
L["politico-2022-02-03-drozdowska-interview"] = [
 ("More than people expected. The Americans offered to talk about limits on ground-launched intermediate-range missiles in Europe and about transparency at the Aegis Ashore sites in Poland and Romania. That is a serious arms-control menu.", "halina-drozdowska", 1, "Halina Drozdowska", "no-intermediate-range-missiles", "mentions", 1, "2022-02-02"),
 ("Moscow wants four things: no more enlargement, no Ukraine in NATO ever, the alliance's infrastructure rolled back to where it stood in 1997, and an end to Western military cooperation with Ukraine. None of these is in the American answer.", "halina-drozdowska", 1, "Halina Drozdowska", "nato-non-expansion", "mentions", 1, "2022-02-02"),
 ("Moscow wants four things: no more enlargement, no Ukraine in NATO ever, the alliance's infrastructure rolled back to where it stood in 1997, and an end to Western military cooperation with Ukraine. None of these is in the American answer.", "halina-drozdowska", 1, "Halina Drozdowska", "no-ukraine-membership", "mentions", 1, "2022-02-02"),
 ("Moscow wants four things: no more enlargement, no Ukraine in NATO ever, the alliance's infrastructure rolled back to where it stood in 1997, and an end to Western military cooperation with Ukraine. None of these is in the American answer.", "halina-drozdowska", 1, "Halina Drozdowska", "rollback-to-1997", "mentions", 1, "2022-02-02"),
 ("Moscow wants four things: no more enlargement, no Ukraine in NATO ever, the alliance's infrastructure rolled back to where it stood in 1997, and an end to Western military cooperation with Ukraine. None of these is in the American answer.", "halina-drozdowska", 1, "Halina Drozdowska", "no-military-activity-ex-soviet", "mentions", 1, "2022-02-02"),
 ("Bucharest was a compromise that satisfied nobody: Ukraine and Georgia got a promise without a date. Today the Russians want it formally revoked, and I think the allies should refuse to do that, because revoking it now would simply reward the troop build-up.", "halina-drozdowska", 1, "Halina Drozdowska", "rescind-bucharest-2008", "rejects", 1, "2022-02-02"),
 ("No. Ships and aircraft operating in international waters and airspace are not a threat, and the Black Sea is not a Russian lake. Accepting a ban on warships within striking distance of Russia would also mean accepting it for Romania, Bulgaria and Turkey, which are allies and Black Sea states.", "halina-drozdowska", 1, "Halina Drozdowska", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-02"),
 ("There is room there. Nobody in the alliance is planning to put offensive missiles into Ukraine, and Washington has said so publicly. I would support a mutual, verifiable commitment not to deploy strike systems in Ukraine or in Belarus.", "halina-drozdowska", 1, "Halina Drozdowska", "no-strike-weapons-near-borders", "supports", 1, "2022-02-02"),
 ("That demand is a non-starter. Ukraine is a sovereign country and has every right to train with the British, the Americans or the Canadians. What the West should do instead is talk to Russia's generals directly again; the fact that the military hotlines have been practically dead since 2014 is a scandal.", "halina-drozdowska", 1, "Halina Drozdowska", "no-military-activity-ex-soviet", "rejects", 1, "2022-02-02"),
 ("That demand is a non-starter. Ukraine is a sovereign country and has every right to train with the British, the Americans or the Canadians. What the West should do instead is talk to Russia's generals directly again; the fact that the military hotlines have been practically dead since 2014 is a scandal.", "halina-drozdowska", 1, "Halina Drozdowska", "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("Russia says talks must be held without preconditions, and the allies say the troops must go back first. Both sides will have to meet somewhere in the middle, because nobody can afford to be the one who walked away.", "halina-drozdowska", 1, "Halina Drozdowska", "no-preconditions", "mentions", 1, "2022-02-02"),
 ("Russia says talks must be held without preconditions, and the allies say the troops must go back first. Both sides will have to meet somewhere in the middle, because nobody can afford to be the one who walked away.", "halina-drozdowska", 1, "Halina Drozdowska", "russia-de-escalation", "mentions", 1, "2022-02-02"),
 ("I hope not. But I have never seen the Russian foreign ministry write its demands down so bluntly, and I have never seen the Kremlin leave itself so little room to retreat.", "halina-drozdowska", 1, "Halina Drozdowska", "", "", 1, "2022-02-02"),
]

write_gold(L, "articles-158", "gold-158")
