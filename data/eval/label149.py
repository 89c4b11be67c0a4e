#!/usr/bin/env python3
"""Writes the held-out gold of batch 149 (gold-149/*.nq) from the labels below.

Batch 149 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles on the December 2021 - February 2022 crisis over
Russia's demands for "security guarantees", in forms and outlets not used
much before:
 - npr: an NPR "All Things Considered" transcript (no front matter) with
   upper-case speaker labels, a host whose questions get no label, an
   interviewee (Wendy Sherman) whose answers are quoted paragraph by
   paragraph, a "(Through interpreter)" soundbite of Ryabkov, a correspondent
   reporting Ryabkov in indirect speech ("Russia, he said, ...") and an
   invented Moscow analyst quoted across a "he said" split;
 - notesfrompoland: PAP wire copy with front matter and straight quotes (Rau
   at the OSCE, Lukashevich, Carpenter, Blaszczak on Twitter, an invented OSW
   analyst), a background paragraph on the 1997 Founding Act, a demand
   attributed to Moscow in passing;
 - lsm: an LSM English live blog with a UTF-8 BOM and CRLF line ends, no front
   matter, time stamps, curly quotes; two speakers in one sentence (Karins
   and Levits), a speaker named by role ("the deputy minister");
 - rg: a Rossiyskaya Gazeta interview with Ryabkov (front matter, « »
   quotes, questions and answers both opening with a dash, answers running
   over several paragraphs, a document quoted inside an answer);
 - zn: a machine-translated ZN.UA aggregator item (no front matter,
   „ “ quotes closed before "- X said"), indirect speech spanning two
   sentences, an expert recalling Bucharest 2008 (history, not labelled);
 - abc: an ABC News (Australia) analysis with front matter and curly quotes,
   invented experts, words quoted from the leaked letters and from Baker
   1990 / Bucharest 2008 (not labelled), Putin on the 1990s (history, not
   labelled), a quotation split by "Dr Marsh said", "last week" (undated);
 - auswaertiges-amt: a Federal Foreign Office transcript of the Baerbock -
   Lavrov press conference (no front matter), speaker labels with titles,
   journalists' questions (no label).

The labels were written by hand, from reading the articles. Conventions:
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

D = "2022-01-10"
S1 = "We did not, and I was very direct about it. We pushed back firmly on proposals that are simply non-starters for the United States. Whether Ukraine joins the alliance is a matter for Ukraine and for the 30 allies, and for no one else. Nobody is going to be allowed to slam NATO's open door shut."
S2 = "There are ideas in there that are worth exploring. We told the Russian delegation we are prepared to talk about the future deployment of intermediate-range missiles in Europe, on a reciprocal basis. We are also open to discussing limits on the size and scope of military exercises, again reciprocally, with more transparency on both sides."
R1 = "He also said Russia could not accept an arrangement in which NATO keeps training troops and building up its presence in Ukraine and other former Soviet republics, and he rejected the idea that Moscow should pull its troops back from the Ukrainian border before the talks can go any further."
L["npr-2022-01-10-sherman-geneva"] = [
 (S1, "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 1, D),
 (S1, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, D),
 (S2, "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 1, D),
 (S2, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 1, D),
 ("Our answers will come in writing, in coordination with our allies and partners. But a signed, legally binding treaty on these questions, negotiated in a matter of weeks, is not something the United States is prepared to offer.", "wendy-sherman", 1, "Wendy Sherman", "written-legal-guarantees", "rejects", 1, D),
 ("And let me be clear about the sequence here. It is very hard to make real progress while 100,000 Russian troops are massed on Ukraine's border. The single most important thing Russia can do right now is de-escalate and send those forces back to their barracks.", "wendy-sherman", 1, "Wendy Sherman", "russia-de-escalation", "supports", 1, D),
 ("Ryabkov said the Americans had treated the Russian proposals seriously, but he insisted that an end to NATO's eastward expansion was an absolute must for Russia and not something Moscow could trade for concessions elsewhere.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees. And the words \"shall not\" and \"never\" must be in the text.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 (R1, "sergei-ryabkov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 (R1, "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 (R1, "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, D),
 ("Russia, he said, moves its forces on its own territory as it sees fit.", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 0, D),
 ("Nobody in the Foreign Ministry seriously expects NATO to pull its battalions out of the Baltics,", "arkady-veselov", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("but they do expect something on missiles. If they get nothing at all, the generals will be given the floor.", "arkady-veselov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
]

D = "2022-01-13"
LU = "We need a clear and legally binding answer on the non-enlargement of NATO and on the non-deployment of strike weapons systems near our borders,"
CA = "He added that Washington was ready to discuss reciprocal limits on military exercises, but \"not with a gun to Ukraine's head\"."
BL = "Poland's defence minister, Mariusz Błaszczak, dismissed Russia's demand that NATO withdraw troops and equipment from the member states that joined after 1997, a list that includes Poland and the Baltic states."
WI = "In her view Moscow's insistence that Ukraine never join NATO was not meant to be accepted at all."
L["notesfrompoland-2022-01-13-rau-osce"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("For several weeks we have been faced with the prospect of a major military escalation in Eastern Europe.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("He said the Polish chairmanship would use every tool the OSCE has for dialogue, but that any settlement had to respect the principles the participating states signed up to in Helsinki in 1975 and in Paris in 1990, including the right of every state to choose its own security arrangements, \"including treaties of alliance\".", "zbigniew-rau", 1, "He", "nato-open-door", "supports", 0, D),
 ("Later, speaking to journalists, Rau said Poland was ready to host expert talks on confidence-building measures, including a possible resumption of military-to-military contacts between Russia and NATO, which were largely frozen after Moscow suspended its mission to the alliance in October.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, D),
 (LU, "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 (LU, "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D),
 (LU, "alexander-lukashevich", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Russia will move its forces on its own territory as it sees fit and does not need anyone's permission to do so,", "alexander-lukashevich", 1, "the diplomat", "russia-de-escalation", "rejects", 1, D),
 ("The drumbeat of war is getting louder, and the rhetoric from Moscow has grown shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 (CA, "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (CA, "michael-carpenter", 1, "He", "no-preconditions", "rejects", 0, D),
 (BL, "mariusz-blaszczak", 1, "Mariusz Błaszczak", "rollback-to-1997", "rejects", 0, ""),
 (BL, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There will be no return to spheres of influence. American soldiers are in Poland because we want them here, and they will stay here,", "mariusz-blaszczak", 1, "Błaszczak", "rollback-to-1997", "rejects", 1, ""),
 (WI, "joanna-wierzbicka", 1, "her", "no-ukraine-membership", "mentions", 0, ""),
 (WI, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("A NATO closed to Ukraine for ever was put into the drafts precisely because everyone knew it could not be granted,", "joanna-wierzbicka", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("If the West now agrees to talk only about the negotiable part, Russia will say its main concern has been ignored.", "joanna-wierzbicka", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
PA = "He said Latvia would accept neither limits on allied exercises on its own territory nor a withdrawal of allied forces to the positions of 1997, calling the Russian drafts “an ultimatum written for a different century”."
ST = "He rejected Moscow's call for a halt to NATO enlargement but said allies had proposed a series of meetings on arms control and risk reduction."
SQ = "Allies are ready to sit down and discuss reciprocal limits on missile deployments, but we will not accept a second-class membership in which some allies are less protected than others,"
KL = "After an extraordinary meeting of the National Security Council on Wednesday, Prime Minister Krišjānis Kariņš and President Egils Levits both said Latvia wanted more allied troops on its soil, not fewer, and that pulling them back was “out of the question”."
L["lsm-2022-01-12-nato-russia-council-live"] = [
 ("Russia is asking NATO to give up the principle that every country decides its own future. That is not going to happen, and our allies have said so clearly,", "edgars-rinkevics", 1, "Rinkēvičs", "nato-open-door", "supports", 1, D),
 (PA, "artis-pabriks", 1, "He", "limit-military-exercises", "rejects", 0, D),
 (PA, "artis-pabriks", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("an ultimatum written for a different century", "artis-pabriks", 1, "He", "", "", 1, D),
 ("We are ready to listen, and we are ready to engage in a meaningful dialogue with Russia,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (ST, "jens-stoltenberg", 1, "He", "nato-non-expansion", "rejects", 0, D),
 (ST, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (SQ, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, D),
 (SQ, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("It is also important that we re-establish our offices in Moscow and here in Brussels and restore the military lines of communication, to reduce risks and prevent incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, D),
 ("According to the RIA Novosti agency, he said Moscow saw no sense in restoring military contacts with an alliance that had declared Russia an adversary.", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 0, D),
 ("If NATO keeps deploying strike weapons close to our borders, we will respond with military-technical measures,", "alexander-grushko", 1, "the deputy minister", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Deputy Defence Minister Alexander Fomin, in a statement issued by the Russian Defence Ministry this afternoon, accused NATO of “provocative” flights near Russian airspace and said Moscow wanted Western warships and aircraft to stay out of areas from which they could strike Russian territory.", "alexander-fomin", 1, "Alexander Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 (KL, "krisjanis-karins", 1, "Krišjānis Kariņš", "rollback-to-1997", "rejects", 0, D),
 (KL, "egils-levits", 1, "Egils Levits", "rollback-to-1997", "rejects", 0, D),
 ("No deals about us without us,", "kaja-kallas", 1, "she", "", "", 1, D),
]

D = "2022-01-27"
R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
RA = "The Americans are ready to discuss mutual restraint in deploying ground-based intermediate- and shorter-range missiles in Europe. We proposed a moratorium on this back in 2019, after Washington withdrew from the INF Treaty, and we insist that any arrangement be fixed in a legally binding form, with verification."
RB = "No, we are not slamming the door. But without a solution to the key issue, the non-expansion of NATO and a refusal to admit Ukraine and Georgia, there will be no progress on the rest. Let me remind you that the decision of the Bucharest summit that these countries «will become members of NATO» remains in force. It must be disavowed, otherwise it is a time bomb under European security."
RC = "Contacts for the sake of contacts do not interest us. NATO's activity on the territory of Ukraine, the endless flights of reconnaissance aircraft along our borders, the appearance of American destroyers in the Black Sea create risks that no hotline will remove. Our demand is simple: no Western military presence in states on our borders that are not members of NATO, and warships and aircraft kept out of areas from which they can strike our territory."
L["rg-2022-01-28-ryabkov-interview"] = [
 ("We have studied the text carefully. There are elements in it that one can work with, but on the main question there is no positive answer. The Americans simply restate their position on the so-called «open door». For us the freedom to choose alliances is not absolute: it is limited by the obligation, which all OSCE states accepted, not to strengthen one's own security at the expense of others. We do not accept the open-door policy in the form in which NATO applies it.", *R, "nato-open-door", "rejects", 1, D),
 (RA, *R, "no-intermediate-range-missiles", "supports", 1, D),
 (RA, *R, "written-legal-guarantees", "supports", 1, D),
 ("There is also some readiness to talk about exercises. We need real restrictions on large-scale drills near the line of contact between Russia and NATO, not just notifications a few days in advance. But I repeat: all of these are secondary topics.", *R, "limit-military-exercises", "supports", 1, D),
 (RB, *R, "nato-non-expansion", "supports", 1, D),
 (RB, *R, "no-ukraine-membership", "supports", 1, D),
 (RB, *R, "rescind-bucharest-2008", "supports", 1, D),
 (RC, *R, "resume-military-dialogue", "rejects", 1, D),
 (RC, *R, "no-military-activity-ex-soviet", "supports", 1, D),
 (RC, *R, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We will read it carefully, but it is not what we asked for, and our experts will say more once the analysis is complete.", *R, "", "", 1, D),
 ("That is for the President to decide. The answer is being studied by all the relevant agencies, and a response will follow. I will not run ahead of it. I can only say that we are in no hurry, but we are not going to wait for ever either.", *R, "", "", 1, D),
 ("This is propaganda, and it is repeated so often that people begin to believe it. We have said many times that Russia is not going to attack anyone. But we will not allow our interests to be ignored.", *R, "", "", 1, D),
 ("There is always such a risk. Diplomacy is not a one-way street. If our partners want to continue, they know where to find us, and our proposals are on the table. But we need answers, not words.", *R, "", "", 1, D),
]

DA = "The secretary of the National Security and Defence Council Oleksii Danilov on Thursday, in his turn, said that the demands of Moscow to forbid the deployment of offensive weapons in the states neighbouring with Russia concern also Ukraine, and they are unacceptable for Kyiv."
L["zn-2022-01-27-kuleba-us-answer"] = [
 ("We have seen the American answer before it was handed over to the Russian side. There is nothing in it that contradicts the position of Ukraine, and there is no concession to Russia concerning our Euro-Atlantic aspirations", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("According to the minister, the preservation of the open door policy of NATO is the key condition for Ukraine, and Kyiv is grateful to the partners for the principled position.", "dmytro-kuleba", 1, "the minister", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The Minister of Defence of Ukraine Oleksii Reznikov on Thursday in the interview to the TV channel „Ukraine 24“ underlined, that the military cooperation of Ukraine with the USA, Great Britain, Canada and other partners is not the subject for any negotiations with Russia.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-27"),
 ("Nobody will forbid us to receive the weapons and the instructors from our partners, and no treaty between Moscow and Washington will change this", "oleksii-reznikov", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 (DA, "oleksii-danilov", 1, "Oleksii Danilov", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-27"),
 (DA, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Which weapons stand on the Ukrainian land, this decides Ukraine and not the Kremlin", "oleksii-danilov", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("Peskov also informed, that in the American answer again the question was raised about the withdrawal of the Russian troops from the border with Ukraine.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "mentions", 0, "2022-01-27"),
 ("We need the peace, and we are ready for the talks in any format, but never at the expense of our sovereignty", "volodymyr-zelensky", 1, "the head of the state", "", "", 1, "2022-01-26"),
 ("The political scientist Taras Hnatyuk in the comment to ZN.UA noted, that the Americans in the answer offered to discuss the rules for the flights of the strategic bombers and the patrols of the warships near the borders of each other.", "taras-hnatyuk", 1, "Taras Hnatyuk", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("The Russians wanted to find in this document first of all the non-expansion of NATO, and they did not find it. All the rest for Moscow is secondary", "taras-hnatyuk", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
]

L["abc-2022-02-03-leaked-letters-analysis"] = [
 ("Washington offered what it always offers — arms control, transparency, risk reduction — and kept the one thing Russia really wanted off the table.", "helena-marsh", 1, "Helena Marsh", "", "", 1, ""),
 ("NATO's answer is even more categorical,", "helena-marsh", 1, "Marsh", "", "", 1, ""),
 ("because the open door is the one principle all 30 allies agree on, and the letter repeats it almost word for word from the 1949 treaty.", "helena-marsh", 1, "Marsh", "nato-open-door", "mentions", 1, ""),
 ("Nobody should expect a NATO summit to withdraw the Bucharest language. That is simply not how the alliance works, whatever the Russian draft says,", "helena-marsh", 1, "Marsh", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Georgia's Foreign Minister David Zalkaliani said last week that Tbilisi would never accept any revision of the Bucharest decision, which he called “the cornerstone” of Georgia's path to membership.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, ""),
 ("Dr Marsh said the demand that NATO end all military cooperation with Ukraine, Georgia and the Central Asian republics had received no answer at all in either letter, which she read as a deliberate choice.", "helena-marsh", 1, "Marsh", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("Michael Fennessy, a former Australian defence attaché in Moscow who is now a visiting fellow at the Lowy Institute, said its offer to discuss where offensive weapons are stationed near Russia's borders was “a real opening”, one the Kremlin would find hard to dismiss.", "michael-fennessy", 1, "Michael Fennessy", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("A blanket ban on American intermediate-range missiles in Europe would be a mistake while Russia keeps its own 9M729 missiles deployed, Fennessy said.", "michael-fennessy", 1, "Fennessy", "no-intermediate-range-missiles", "rejects", 0, ""),
 ("If the price of a deal is that Europe gives up the option of ever answering those missiles, I would not pay it,", "michael-fennessy", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Pentagon press secretary John Kirby said on Monday that the US Navy would keep operating in the Black Sea and in international airspace “as we always have”, and would not accept limits on where American ships and aircraft may go in international waters.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-31"),
 ("In Canberra, Foreign Minister Marise Payne said on Wednesday that Australia stood with Ukraine and its people, and urged Moscow to “de-escalate immediately”.", "marise-payne", 1, "Marise Payne", "russia-de-escalation", "supports", 0, "2022-02-02"),
 ("The question now is whether anything at all can be put on paper in legally binding form. A treaty on NATO enlargement would never get through the US Senate, and everyone in Moscow knows it,", "helena-marsh", 1, "Marsh", "written-legal-guarantees", "mentions", 1, ""),
 ("The real test, she said, is whether either capital will agree to another round of talks without preconditions.", "helena-marsh", 1, "she", "no-preconditions", "mentions", 0, ""),
]

D = "2022-01-18"
LV = ("sergei-lavrov", 1, "Lavrov")
BA = ("annalena-baerbock", 1, "Baerbock")
L["auswaertiges-amt-2022-01-18-baerbock-lavrov-press"] = [
 ("Ladies and gentlemen, today we had substantive and, I would say, frank talks with my colleague. We discussed bilateral relations, trade, the climate agenda, the situation around Ukraine and, of course, our initiative on security guarantees.", *LV, "", "", 1, D),
 ("I explained once again that our proposals are a package, not a menu. We need a guarantee that NATO will not expand any further to the east. This is not an ultimatum; this is a question of the security of our country, and we expect the Americans and NATO to respond to each article of our drafts.", *LV, "nato-non-expansion", "supports", 1, D),
 ("Thank you very much, dear colleague. I came to Moscow directly from Kyiv, and I want to say quite openly: Germany is ready for a serious and substantial dialogue with Russia, and last week's meetings in Geneva, Brussels and Vienna were a beginning. But more than 100,000 Russian soldiers with tanks and guns are gathered close to Ukraine, and it is hard not to see that as a threat. We expect Russia to take concrete steps towards de-escalation.", *BA, "russia-de-escalation", "supports", 1, D),
 ("At the same time, the European peace order rests on principles that Germany and Russia both signed up to, in Helsinki and in the Charter of Paris: the inviolability of borders and the freedom of every state to choose its own alliances. For us, these principles are not negotiable.", *BA, "nato-open-door", "supports", 1, D),
 ("We are ready to talk about reciprocal arms control and about more transparency, and we want the channels between NATO and Russia that were cut last autumn to be reopened as soon as possible, including the channels between the military.", *BA, "resume-military-dialogue", "supports", 1, D),
 ("We do not ask for the impossible. We are asking the West to honour what its leaders signed in Istanbul in 1999 and in Astana in 2010: that no state strengthens its security at the expense of the security of others. That is why the guarantees must be legally binding. Political declarations, as experience has shown, do not work.", *LV, "written-legal-guarantees", "supports", 1, D),
 ("As for Ukraine, we want a clear commitment that Ukraine and Georgia will never be drawn into the alliance. Kyiv's current leadership has been told for years that it will be welcome in NATO, and this has only encouraged it to sabotage the Minsk agreements.", *LV, "no-ukraine-membership", "supports", 1, D),
 ("Germany's position on that is the one I have just described, and it is shared by all our partners. What I can offer is that we will use every format, the Normandy format included, to find a way out of this crisis.", *BA, "", "", 1, D),
 ("Germany's restrictive position on arms exports is well known, and it is rooted in our history. It has not changed.", *BA, "", "", 1, D),
 ("We hear these demands every day: withdraw your troops. From where? From our own territory? We do not threaten anyone, and we alone will decide where our armed forces are stationed and where they train.", *LV, "russia-de-escalation", "rejects", 1, D),
 ("Let me also say that we value the German minister's readiness to keep the Normandy format alive. Our political advisers will meet in Paris next week, and we hope they will discuss the implementation of the Minsk agreements, not their rewriting.", *LV, "", "", 1, D),
 ("Yes, I raised both. The freedom of the press and a lively civil society are not a threat to any state, and I said that clearly to my colleague.", *BA, "", "", 1, D),
 ("We discussed this. Russian media in Germany face problems too, and we agreed that our experts will look at both sides of it.", *LV, "", "", 1, D),
]

write_gold(L, "articles-149", "gold-149")
