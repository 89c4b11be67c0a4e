#!/usr/bin/env python3
"""Writes the held-out gold of batch 150 (gold-150/*.nq) from the labels below.

Batch 150 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles, in forms and outlets little used before:

- pap-2022-01-13-rau-osce-vienna: PAP wire copy from the OSCE Permanent
  Council in Vienna (front matter, straight quotes, dateline, quotations split
  by "X said", a two-sentence span, history recalled in reported speech,
  unnamed diplomats, an invented analyst);
- npr-2022-01-11-geneva-talks-holcombe: NPR Morning Edition transcript after
  the Geneva talks (no front matter, UTF-8 BOM and CRLF line ends, speaker
  labels, archived soundbites "(Through interpreter)", a host whose questions
  carry no label, an interview with an invented former negotiator);
- aa-2022-01-27-lavrov-us-response: Anadolu Agency on the reactions to the
  US/NATO written answers (front matter, curly quotes, standfirst and
  crossheads, "the main issue" spelled out and left unspecified, two speakers
  in one sentence, a passive dismissal, a senior EU official, a demand
  attributed in passing to Moscow/Russia);
- rg-2022-01-19-grushko-interview: Rossiyskaya Gazeta Q&A with Alexander
  Grushko in machine-translated English (no front matter, numeric date
  19.01.2022, « » quotes, answers introduced by a dash, questions by "RG:");
- lsm-2022-01-12-nato-russia-council-live: LSM (Latvian Public Broadcasting)
  live blog of the NATO-Russia Council, newest entries first („ “ quotes,
  timestamps, a speaker named by role, pronoun attributions, the 1997 Founding
  Act as background);
- hindu-2022-02-03-explained-russia-demands: The Hindu "Explained" piece
  (no front matter, crossheads as questions, the drafts described without a
  speaker, Baker 1990 / Putin at Munich 2007 / Bucharest 2008 as history,
  "fundamental concerns" left unspecified, invented Indian experts);
- helsinkitimes-2022-01-03-niinisto-nato-option: Helsinki Times / STT on
  Finland's NATO option (no front matter, Finnish ” ” quotes on both sides,
  an embassy as speaker, demands attributed in passing to Russia/Moscow,
  a crosshead that repeats a quoted fragment).

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
  quotation (evidence = the paragraph without the dash or speaker label, and
  without a transcript's "(Through interpreter)" note); journalists' questions
  and the moderator/host get no label; the interviewee's name is the one the
  intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns", "the key questions"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  Putin at Munich 2007, the Charter of Paris), words quoted from documents,
  headlines, crossheads, standfirsts, photo captions and link lines are not
  labelled; statements by unnamed groups with no identifiable actor ("several
  diplomats said privately") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given; this applies to
  reported and narrative sentences, not to what a quoted speaker says Moscow
  wants inside a direct quotation (there the quoted speaker's mention is the
  label);
- speaker ids: persons as firstname-lastname slugs (ASCII-folded); a senior
  EU official -> european-union, an embassy -> its country; speaker name = the
  words naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We must focus on a peaceful resolution of the conflict in and around Ukraine, on the basis of full respect for the norms and principles of international law.", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("He said Warsaw expected the Russian Federation to pull back the forces it has concentrated near the Ukrainian border, and that the Polish chairmanship was ready to offer the OSCE as a venue for restoring regular contacts between the military establishments of Russia and the West.", "zbigniew-rau", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("He said Warsaw expected the Russian Federation to pull back the forces it has concentrated near the Ukrainian border, and that the Polish chairmanship was ready to offer the OSCE as a venue for restoring regular contacts between the military establishments of Russia and the West.", "zbigniew-rau", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("Russia's permanent representative to the OSCE, Alexander Lukashevich, told reporters after the meeting that without a legally binding commitment that NATO would not expand any further, Moscow would have to take \"military-technical\" measures.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("Russia's permanent representative to the OSCE, Alexander Lukashevich, told reporters after the meeting that without a legally binding commitment that NATO would not expand any further, Moscow would have to take \"military-technical\" measures.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("We are not going to drag out this process endlessly,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("We need a clear answer on the non-deployment of strike weapons systems near our borders, and we need it soon. If there is no constructive answer, we will draw our own conclusions.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("We will not accept that any country has a veto over another country's choice of alliances. That principle is not up for negotiation in Vienna or anywhere else,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Ukraine's ambassador to the OSCE, Yevhenii Tsymbaliuk, told the council that Kyiv would never accept a ban on its membership of NATO drawn up in Moscow, describing the Russian proposals as an attempt to return Europe to \"spheres of influence\".", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "no-ukraine-membership", "rejects", 0, "2022-01-13"),
 ("Pulling NATO back to the lines of 1997 is unacceptable to Poland, and it will remain unacceptable,", "marcin-przydacz", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 ("Poland will decide for itself what is deployed on its territory, and no list of so-called strike systems written in another capital will change that.", "marcin-przydacz", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-13"),
 ("Vienna was really two conversations, one about Ukraine never joining NATO and one about the principles of the OSCE, and they never met,", "agnieszka-wolska", 1, "she", "no-ukraine-membership", "mentions", 1, "2022-01-13"),
 ("One side wants talks without preconditions, the other says de-escalation has to come first. Nothing this week resolved that.", "agnieszka-wolska", 1, "she", "no-preconditions", "mentions", 1, "2022-01-13"),
 ("One side wants talks without preconditions, the other says de-escalation has to come first. Nothing this week resolved that.", "agnieszka-wolska", 1, "she", "russia-de-escalation", "mentions", 1, "2022-01-13"),
]
L["npr-2022-01-11-geneva-talks-holcombe"] = [
 ("We were firm, however, in pushing back on security proposals that are simply nonstarters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We did talk about where missiles can be placed and about the size and scope of exercises, on a reciprocal basis. But real progress can only happen in a context of de-escalation rather than escalation, and that means Russia moving its forces back.", "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We did talk about where missiles can be placed and about the size and scope of exercises, on a reciprocal basis. But real progress can only happen in a context of de-escalation rather than escalation, and that means Russia moving its forces back.", "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("We did talk about where missiles can be placed and about the size and scope of exercises, on a reciprocal basis. But real progress can only happen in a context of de-escalation rather than escalation, and that means Russia moving its forces back.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees. And as for our troops, they are on our own territory. We have no intention of attacking Ukraine, and we do not accept that anyone tells us where to keep them.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees. And as for our troops, they are on our own territory. We have no intention of attacking Ukraine, and we do not accept that anyone tells us where to keep them.", "sergei-ryabkov", 1, "Sergei Ryabkov", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("American instructors, American Javelins - this is our partnership, and it is our choice. Nobody in Moscow will decide who trains Ukrainian soldiers or where they train.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("Well, the Russians put two drafts on the table in December, and a lot of what's in them is a wish list. They want a promise that NATO never takes another member. They want the alliance pulled back to where it stood in 1997. And they want the 2008 Bucharest promise to Ukraine and Georgia taken back.", "miriam-holcombe", 1, "Miriam Holcombe", "nato-non-expansion", "mentions", 1, "2022-01-11"),
 ("Well, the Russians put two drafts on the table in December, and a lot of what's in them is a wish list. They want a promise that NATO never takes another member. They want the alliance pulled back to where it stood in 1997. And they want the 2008 Bucharest promise to Ukraine and Georgia taken back.", "miriam-holcombe", 1, "Miriam Holcombe", "rollback-to-1997", "mentions", 1, "2022-01-11"),
 ("Well, the Russians put two drafts on the table in December, and a lot of what's in them is a wish list. They want a promise that NATO never takes another member. They want the alliance pulled back to where it stood in 1997. And they want the 2008 Bucharest promise to Ukraine and Georgia taken back.", "miriam-holcombe", 1, "Miriam Holcombe", "rescind-bucharest-2008", "mentions", 1, "2022-01-11"),
 ("Some of it, yes. I'd go further than the administration did yesterday. I think Washington should say yes to a mutual ban on ground-launched intermediate-range missiles in Europe. We lost the INF Treaty in 2019, and putting its core back together is in our interest as much as Moscow's.", "miriam-holcombe", 1, "Miriam Holcombe", "no-intermediate-range-missiles", "supports", 1, "2022-01-11"),
 ("No. No American administration is going to sign a document saying Ukraine can never join NATO. That would hand Moscow a veto over the alliance, and the allies would never stand for it.", "miriam-holcombe", 1, "Miriam Holcombe", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 ("No. No American administration is going to sign a document saying Ukraine can never join NATO. That would hand Moscow a veto over the alliance, and the allies would never stand for it.", "miriam-holcombe", 1, "Miriam Holcombe", "nato-open-door", "supports", 1, "2022-01-11"),
 ("And the West does have one condition, and I think it's the right one. You don't negotiate seriously while a hundred thousand troops sit on somebody else's border. Russia has to pull some of them back first.", "miriam-holcombe", 1, "Miriam Holcombe", "no-preconditions", "rejects", 1, "2022-01-11"),
 ("And the West does have one condition, and I think it's the right one. You don't negotiate seriously while a hundred thousand troops sit on somebody else's border. Russia has to pull some of them back first.", "miriam-holcombe", 1, "Miriam Holcombe", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("There is, and the administration knows it. That's why you keep hearing the phrase \"nothing about Ukraine without Ukraine\" from everyone in this building and across the river.", "miriam-holcombe", 1, "Miriam Holcombe", "", "", 1, "2022-01-11"),
 ("The NATO-Russia Council in Brussels tomorrow and the OSCE in Vienna on Thursday will tell us whether Moscow wants a deal or a pretext. I'd watch the tone more than the substance.", "miriam-holcombe", 1, "Miriam Holcombe", "", "", 1, "2022-01-11"),
]
L["aa-2022-01-27-lavrov-us-response"] = [
 ("There is no positive response in this document on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("There is no positive response in this document on the main issue. The main issue is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It is obvious that our main concerns were not taken into account. We will not rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Lavrov and his deputy Sergey Ryabkov both said on Thursday that Moscow would keep insisting on an agreement with legal force rather than political declarations.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("Lavrov and his deputy Sergey Ryabkov both said on Thursday that Moscow would keep insisting on an agreement with legal force rather than political declarations.", "sergei-ryabkov", 1, "Sergey Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing on Thursday that the US reply also failed to address the 2008 Bucharest declaration, which she said had to be formally withdrawn because its promise that Ukraine and Georgia “will become members” of NATO remained a direct threat to Russia.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, "2022-01-27"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We call on Russia to immediately de-escalate the situation,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("We will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Moscow’s demand that NATO withdraw its forces and weapons from the members that joined after 1997 was dismissed as “a non-starter” by EU foreign policy chief Josep Borrell, who spoke to reporters in Brussels on Wednesday.", "josep-borrell", 1, "Josep Borrell", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Moscow’s demand that NATO withdraw its forces and weapons from the members that joined after 1997 was dismissed as “a non-starter” by EU foreign policy chief Josep Borrell, who spoke to reporters in Brussels on Wednesday.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A senior EU official, speaking on condition of anonymity, said the bloc would not accept any arrangement under which a third country could decide the alliances of a sovereign European state.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, ""),
 ("Türkiye is ready to do its part for dialogue, and we have told both Moscow and Kyiv that our doors are open,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-27"),
 ("He said Russia’s request that US and allied warships keep away from its coasts could be discussed, as long as the 1936 Montreux Convention, which governs passage through the Turkish Straits, was respected.", "mevlut-cavusoglu", 1, "He", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-27"),
 ("He said Russia’s request that US and allied warships keep away from its coasts could be discussed, as long as the 1936 Montreux Convention, which governs passage through the Turkish Straits, was respected.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The Bucharest decision stands. No one in Moscow can cancel what the allies agreed in 2008.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2022-01-27"),
 ("On strike systems near Russia’s borders, Washington says yes to talking and nothing more. That will not satisfy the Kremlin for long,", "kerem-aydinoglu", 1, "he", "no-strike-weapons-near-borders", "mentions", 1, ""),
]
L["rg-2022-01-19-grushko-interview"] = [
 ("The results are ambiguous. We had the frank and deep conversation, the first in more than two years, but on the key questions the alliance did not show the readiness to move towards us.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-18"),
 ("We went to Brussels not to listen to the lectures. We went with the concrete proposals, which are fixed in the draft agreement. First, the non-expansion of NATO, including to Ukraine and Georgia, and this must be fixed in the legal form, in the document with the signatures. Second, the non-deployment of the shock weapon systems near our borders. Third, the return of the military infrastructure of the alliance to the positions of 1997, when the Founding Act was signed.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("We went to Brussels not to listen to the lectures. We went with the concrete proposals, which are fixed in the draft agreement. First, the non-expansion of NATO, including to Ukraine and Georgia, and this must be fixed in the legal form, in the document with the signatures. Second, the non-deployment of the shock weapon systems near our borders. Third, the return of the military infrastructure of the alliance to the positions of 1997, when the Founding Act was signed.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("We went to Brussels not to listen to the lectures. We went with the concrete proposals, which are fixed in the draft agreement. First, the non-expansion of NATO, including to Ukraine and Georgia, and this must be fixed in the legal form, in the document with the signatures. Second, the non-deployment of the shock weapon systems near our borders. Third, the return of the military infrastructure of the alliance to the positions of 1997, when the Founding Act was signed.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("We went to Brussels not to listen to the lectures. We went with the concrete proposals, which are fixed in the draft agreement. First, the non-expansion of NATO, including to Ukraine and Georgia, and this must be fixed in the legal form, in the document with the signatures. Second, the non-deployment of the shock weapon systems near our borders. Third, the return of the military infrastructure of the alliance to the positions of 1997, when the Founding Act was signed.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 1, "2022-01-18"),
 ("We went to Brussels not to listen to the lectures. We went with the concrete proposals, which are fixed in the draft agreement. First, the non-expansion of NATO, including to Ukraine and Georgia, and this must be fixed in the legal form, in the document with the signatures. Second, the non-deployment of the shock weapon systems near our borders. Third, the return of the military infrastructure of the alliance to the positions of 1997, when the Founding Act was signed.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("The so-called «open door policy» is not the principle of the international law. It is the internal rule of the alliance, and it cannot be put above the principle of the indivisibility of the security, which all the OSCE states have signed. When they tell us that each state has the right to choose the alliances, they forget the second half of the phrase: not at the expense of the security of others.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("The decision of the Bucharest summit about that Ukraine and Georgia will become the members of NATO is the time bomb. It must be disavowed. As long as it stands, no one can speak seriously about the stability in Europe.", "alexander-grushko", 1, "Alexander Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-18"),
 ("The alliance itself closed our mission, having expelled our diplomats in October. Our decision to stop the work was taken not by accident. Today we do not see the sense to return to the format of the military contacts, in which the military of NATO talk to us from the position of the force.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-18"),
 ("We proposed the mutual restraint: the refusal from the exercises of more than one brigade in the agreed zone along the line of contact, the regular exchange of information about the exercises, and also that the warships and the aircraft of both sides do not approach to the distance from which they can strike the territory of the other party. This is the mirror, the balanced approach.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-18"),
 ("We proposed the mutual restraint: the refusal from the exercises of more than one brigade in the agreed zone along the line of contact, the regular exchange of information about the exercises, and also that the warships and the aircraft of both sides do not approach to the distance from which they can strike the territory of the other party. This is the mirror, the balanced approach.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-18"),
 ("The NATO military activity in Ukraine, the instructors, the deliveries of the weapons, the training centres on the Ukrainian territory, all this must stop. The same concerns Georgia and the states of Central Asia, where the Americans would like to return their bases.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 1, "2022-01-18"),
 ("On the missiles of the intermediate and shorter range we made the proposal of the moratorium back in 2019, and it remained without the answer. Now the Americans speak about the readiness to discuss it. Good. We are for the mutual refusal from the deployment of such missiles in Europe. But this cannot replace the answer on the key questions.", "alexander-grushko", 1, "Alexander Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("We move our troops on our own territory, and we do not intend to report about it to anyone. The demands to «de-escalate» are addressed to the wrong address: it is NATO that brings its infrastructure to our borders.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("We are ready to continue the dialogue without any preconditions, but we will not take part in the endless discussions. We will wait for the written answer, and after that the leadership of the country will decide on the further steps.", "alexander-grushko", 1, "Alexander Grushko", "no-preconditions", "supports", 1, "2022-01-18"),
]
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Moscow is asking for limits on NATO exercises in the Baltic states while it keeps tens of thousands of troops on Ukraine's border. The first thing Russia has to do is pull those troops back,", "maris-kalnins", 1, "Kalniņš", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("Moscow is asking for limits on NATO exercises in the Baltic states while it keeps tens of thousands of troops on Ukraine's border. The first thing Russia has to do is pull those troops back,", "maris-kalnins", 1, "Kalniņš", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Grushko told journalists that Moscow's proposals were not a „menu“ from which NATO could pick and choose, and that the non-expansion of the alliance was an „absolute imperative“ for Russia.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("If NATO continues on its course of deterring Russia, we will answer with counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("We see NATO warships in the Black Sea and reconnaissance aircraft along our borders every day. This must end if anyone wants to talk about trust,", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-12"),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "the secretary general", "", "", 1, "2022-01-12"),
 ("He said allies had made clear they would not compromise on the right of each nation to choose its own path, and that Russia had no veto over whether Ukraine could join the alliance.", "jens-stoltenberg", 1, "He", "nato-open-door", "supports", 0, "2022-01-12"),
 ("He said allies had made clear they would not compromise on the right of each nation to choose its own path, and that Russia had no veto over whether Ukraine could join the alliance.", "jens-stoltenberg", 1, "He", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("We will not accept a situation where we have first- and second-class members, where some allies can no longer host allied troops,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Allies are ready to sit down and discuss arms control, including on missiles, as well as greater transparency on military exercises and risk reduction.", "jens-stoltenberg", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("Allies are ready to sit down and discuss arms control, including on missiles, as well as greater transparency on military exercises and risk reduction.", "jens-stoltenberg", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("Stoltenberg added that allies had proposed reopening the two sides' offices in Moscow and Brussels and using military lines of communication to prevent dangerous incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Russia wants a return to spheres of influence. If we accept the idea that NATO must take its troops out of the Baltic states, we accept that we are second-class members. That will not happen,", "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("And a moratorium on intermediate-range missiles would be a trap. Russia's own 9M729 missiles are already deployed, so it would simply freeze Russia's advantage,", "artis-pabriks", 1, "he", "no-intermediate-range-missiles", "rejects", 1, "2022-01-12"),
 ("Nobody in this alliance is going to sign a legally binding treaty that freezes Europe's security in Russia's favour. That is simply not on the table,", "edgars-rinkevics", 1, "he", "written-legal-guarantees", "rejects", 1, "2022-01-12"),
]
L["hindu-2022-02-03-explained-russia-demands"] = [
 ("Speaking after talks with Hungarian Prime Minister Viktor Orbán in Moscow, he said the U.S. and NATO had ignored Russia's key demands: no further NATO expansion, no deployment of strike weapons near its borders and a pullback of the alliance's military infrastructure in Europe to its 1997 lines.", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Speaking after talks with Hungarian Prime Minister Viktor Orbán in Moscow, he said the U.S. and NATO had ignored Russia's key demands: no further NATO expansion, no deployment of strike weapons near its borders and a pullback of the alliance's military infrastructure in Europe to its 1997 lines.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Speaking after talks with Hungarian Prime Minister Viktor Orbán in Moscow, he said the U.S. and NATO had ignored Russia's key demands: no further NATO expansion, no deployment of strike weapons near its borders and a pullback of the alliance's military infrastructure in Europe to its 1997 lines.", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("U.S. Secretary of State Antony Blinken said that day that the documents upheld the right of every country to choose its own alliances, while offering talks on arms control and transparency.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("de-escalate and pull back its forces from Ukraine's borders", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("We are in favour of a peaceful resolution of the situation through sustained diplomatic efforts for long-term peace and stability in the region and beyond,", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-28"),
 ("Moscow is not really asking for a treaty it expects to get,", "nandini-raghavan", 1, "Nandini Raghavan", "written-legal-guarantees", "mentions", 1, ""),
 ("It wants the West on record refusing to rule out Ukraine's membership, so that whatever comes next can be blamed on that refusal.", "nandini-raghavan", 1, "Nandini Raghavan", "no-ukraine-membership", "mentions", 1, ""),
 ("The honest course would be for NATO to withdraw the Bucharest promise. It offered Ukraine and Georgia something it never meant to deliver, and it has handed Moscow a grievance ever since,", "kannan-subramaniam", 1, "he", "rescind-bucharest-2008", "supports", 1, ""),
 ("The missile piece is where a deal is actually possible. Both sides lost the INF Treaty, and both would gain from a verified ban on ground-launched intermediate-range missiles in Europe,", "harjeet-sandhu", 1, "Harjeet Sandhu", "no-intermediate-range-missiles", "supports", 1, ""),
 ("He noted that the West keeps citing the freedom to choose alliances while Russia keeps citing the indivisibility of security, and that both principles appear side by side in the same OSCE documents.", "harjeet-sandhu", 1, "He", "nato-open-door", "mentions", 0, ""),
]
L["helsinkitimes-2022-01-03-niinisto-nato-option"] = [
 ("Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide,", "sauli-niinisto", 1, "Niinistö", "nato-open-door", "supports", 1, "2022-01-01"),
 ("The demands Russia has made are not only about Ukraine. They concern the whole European security order, and spheres of interest have no place in it,", "sauli-niinisto", 1, "the president", "", "", 1, "2022-01-01"),
 ("Prime Minister Sanna Marin said in her New Year's message on Friday that Finland would not accept Russia's demand for a halt to NATO enlargement, since it would limit Finland's own right to seek membership.", "sanna-marin", 1, "Sanna Marin", "nato-non-expansion", "rejects", 0, "2021-12-31"),
 ("Prime Minister Sanna Marin said in her New Year's message on Friday that Finland would not accept Russia's demand for a halt to NATO enlargement, since it would limit Finland's own right to seek membership.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, "2021-12-31"),
 ("Prime Minister Sanna Marin said in her New Year's message on Friday that Finland would not accept Russia's demand for a halt to NATO enlargement, since it would limit Finland's own right to seek membership.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The remarks followed a warning from the Russian Foreign Ministry spokeswoman, Maria Zakharova, who said on 24 December that Finland and Sweden joining NATO would have ”serious military and political consequences”.", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 0, "2021-12-24"),
 ("Foreign Minister Pekka Haavisto told Yle on Sunday that Finland would follow the US-Russia talks in Geneva closely despite Moscow's demands that NATO close its doors to new members.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Finland is ready to discuss military transparency and the reduction of exercises near borders within the OSCE, as we always have been. But the choice of Finland's alliances belongs to Finland alone,", "pekka-haavisto", 1, "Haavisto", "limit-military-exercises", "mentions", 1, "2022-01-02"),
 ("Finland is ready to discuss military transparency and the reduction of exercises near borders within the OSCE, as we always have been. But the choice of Finland's alliances belongs to Finland alone,", "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, "2022-01-02"),
 ("Our exercises with Sweden and with our NATO partners are not subject to anyone else's approval, and we will not scale them down on request,", "antti-kaikkonen", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-02"),
 ("Sweden decides for itself whether to cooperate with NATO or to join it, and no other country has anything to say about that,", "magdalena-andersson", 1, "she", "nato-open-door", "supports", 1, "2022-01-02"),
 ("The Russian embassy in Helsinki told Helsinki Times on Monday that Moscow's proposals were ”not directed against Finland”, but that Russia expected guarantees that no strike weapons would be deployed near its borders, including on Finnish territory.", "russia", 0, "The Russian embassy in Helsinki", "no-strike-weapons-near-borders", "supports", 0, "2022-01-03"),
 ("The draft treaty asks NATO to stay out of the post-Soviet space and to stop taking new members. For Finland, the second part is the one that matters, and it is plainly unacceptable,", "jussi-lehtimaki", 1, "Jussi Lehtimäki", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("The draft treaty asks NATO to stay out of the post-Soviet space and to stop taking new members. For Finland, the second part is the one that matters, and it is plainly unacceptable,", "jussi-lehtimaki", 1, "Jussi Lehtimäki", "nato-non-expansion", "rejects", 1, ""),
]

write_gold(L, "articles-150", "gold-150")
