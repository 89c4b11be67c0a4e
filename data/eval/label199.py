#!/usr/bin/env python3
"""Writes the held-out gold of batch 199 (gold-199/*.nq) from the labels below.

Batch 199 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- notesfrompoland-2022-01-13-rau-osce: Notes from Poland wire-style report on
  the OSCE Permanent Council (13 Jan); front matter, curly quotes, a photo
  caption and a link line, a quotation split by "Lukashevich said", indirect
  speech over two sentences ("Russia, he said, ..."), a Polish rejection with
  Moscow's demand in passing, OSCE documents as unlabelled background.
- kyodo-2022-01-27-hayashi-us-reply: Kyodo wire copy without front matter
  (date in the slug line), straight quotes; Hayashi, Blinken, Peskov, Lavrov,
  Stoltenberg, Kuleba and an invented Tokyo professor; Moscow's demands in
  passing inside Hayashi's and Blinken's sentences.
- npr-2022-01-10-geneva-sherman-ryabkov: NPR radio transcript (UTF-8 BOM,
  CRLF line ends, front matter) with speaker labels, archived soundbites,
  the correspondent's narration (reported speech) and a host interview with
  an invented former Pentagon official; the host's questions get no label.
- hromadske-2022-01-21-kovtunenko-interview: Hromadske Q&A interview without
  front matter, answers introduced by a dash; held on Thursday (20 Jan) and
  published on Friday, so the answers are dated 2022-01-20.
- rusnewsdigest-2022-01-25-grushko-izvestia: machine-translated aggregator of
  an Izvestia interview with Grushko and of Zakharova's and Peskov's remarks;
  « » quotes with the dash attribution, nested straight quotes, a passive
  ("It was emphasized by the deputy minister"), a crosshead.
- lsm-2022-01-26-live-us-reply: LSM (Latvia) live blog with time stamps on
  the day of the US and NATO written answers; two speakers in one sentence,
  a senior EU official (european-union), a correction note.
- rusi-2022-02-03-three-demands-commentary: RUSI commentary with „ “ quotes;
  Putin on 1 Feb, invented experts quoted in the present tense (undated),
  quotations split by "she says" / "Søvik adds", and history (Baker 1990,
  the 1997 Founding Act, Bucharest 2008) that is not labelled.

Conventions: one label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one
running over two sentences is one span. In Q/A interviews and transcripts
each paragraph of an answer is one direct quotation (without the dash or
speaker label); questions and the host get no label. Reported speech: the
whole sentence (dateline excluded), direct 0. Stance by the speaker's own
position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of
the demands gets one demand-less label; reported speech about no demand or
about demands left unspecified gets none. Background history, words quoted
from documents, headlines, crossheads, standfirsts, captions and link lines
are not labelled. A demand attributed in passing to Moscow inside another
speaker's sentence is also Russia's label (undated when no day is given).
Dates are the day the words were said, resolved against the publication
date; "" when the text gives no day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["notesfrompoland-2022-01-13-rau-osce"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("Rau proposed that the OSCE host a renewed dialogue on European security, saying the organisation was the natural forum in which to discuss arms control, the transparency of military exercises and other confidence-building measures.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Our task this year is to give diplomacy every chance it deserves,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("We need legally binding guarantees, not promises and not a moratorium that can be lifted the day after tomorrow,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("The alliance must stop its expansion to the east,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("and it must take back the promise it gave to Kyiv and Tbilisi in Bucharest.", "alexander-lukashevich", 1, "Lukashevich", "rescind-bucharest-2008", "supports", 1, "2022-01-13"),
 ("The Russian diplomat also complained that US and British warships had been sailing “ever closer” to Russia’s coast in the Black Sea, and said Moscow wanted them kept out of areas from which they could strike Russian territory.", "alexander-lukashevich", 1, "The Russian diplomat", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-13"),
 ("The United States will not negotiate away the right of sovereign states to choose their own alliances,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Russia, he said, should pull back the roughly 100,000 troops it has deployed near Ukraine’s borders and return them to their barracks.", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("Nobody should ask us to sit down without preconditions while Russian tanks stand at our border,", "yevhenii-tsymbaliuk", 1, "he", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("Poland’s deputy foreign minister, Marcin Przydacz, on Wednesday dismissed Moscow’s demand that NATO pull its forces out of the countries that joined after 1997 as “a non-starter”, telling Polish Radio that the allied troops stationed in Poland were there at Warsaw’s invitation.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Poland’s deputy foreign minister, Marcin Przydacz, on Wednesday dismissed Moscow’s demand that NATO pull its forces out of the countries that joined after 1997 as “a non-starter”, telling Polish Radio that the allied troops stationed in Poland were there at Warsaw’s invitation.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow is asking the allies to take their battlegroups out of Poland and the Baltic states and to go back to the map of 1997,", "tomasz-wielgosz", 1, "Wielgosz", "rollback-to-1997", "mentions", 1, ""),
 ("According to Wielgosz, the Russian side also wanted NATO to stop flying reconnaissance aircraft and sailing warships in the Baltic and Black seas close to its coast, something no ally was likely to accept without Russian restraint in return.", "tomasz-wielgosz", 1, "Wielgosz", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
]
L["kyodo-2022-01-27-hayashi-us-reply"] = [
 ("Foreign Minister Yoshimasa Hayashi said Thursday that Japan wants Russia to de-escalate and pull back the troops it has massed near Ukraine, a day after the United States handed Moscow its written response to Russian demands for security guarantees.", "yoshimasa-hayashi", 1, "Yoshimasa Hayashi", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("Japan will continue to coordinate closely with the United States and other Group of Seven countries and respond appropriately,", "yoshimasa-hayashi", 1, "Hayashi", "", "", 1, "2022-01-27"),
 ("Asked whether Japan backed Moscow's call for talks without preconditions, Hayashi said only that dialogue among all the parties concerned was important and that Tokyo was watching the situation with \"grave concern.\"", "yoshimasa-hayashi", 1, "Hayashi", "no-preconditions", "mentions", 0, "2022-01-27"),
 ("Asked whether Japan backed Moscow's call for talks without preconditions, Hayashi said only that dialogue among all the parties concerned was important and that Tokyo was watching the situation with \"grave concern.\"", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("The document we delivered makes clear that we will uphold the principle of NATO's open door,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Blinken said the reply had been coordinated with allies and with Kyiv and did not bow to Moscow's demand that Ukraine be barred from NATO.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Blinken said the reply had been coordinated with allies and with Kyiv and did not bow to Moscow's demand that Ukraine be barred from NATO.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("He said the United States was prepared to discuss reciprocal transparency measures on the placement of intermediate-range missiles in Europe and on the scale of military exercises, provided Russia reciprocated.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("He said the United States was prepared to discuss reciprocal transparency measures on the placement of intermediate-range missiles in Europe and on the scale of military exercises, provided Russia reciprocated.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("On the key issues, NATO's non-enlargement and the non-deployment of strike weapons near our borders, we did not get a positive reaction,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("On the key issues, NATO's non-enlargement and the non-deployment of strike weapons near our borders, we did not get a positive reaction,", "dmitry-peskov", 1, "Peskov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("to count on the start of a serious conversation, but on secondary issues.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 ("we cannot and will not compromise on the principles on which the security of our alliance rests. That includes the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Stoltenberg said the allies had proposed reopening NATO's liaison office in Moscow and Russia's mission to the alliance in Brussels, and making full use of military-to-military channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("there are no objections from the Ukrainian side.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-01-27"),
 ("Moscow demanded a written promise that NATO would never expand again, and what it got back was an offer to talk about missiles and drills,", "kenji-moriyasu", 1, "Moriyasu", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow demanded a written promise that NATO would never expand again, and what it got back was an offer to talk about missiles and drills,", "kenji-moriyasu", 1, "Moriyasu", "written-legal-guarantees", "mentions", 1, ""),
 ("Moscow demanded a written promise that NATO would never expand again, and what it got back was an offer to talk about missiles and drills,", "kenji-moriyasu", 1, "Moriyasu", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Moscow demanded a written promise that NATO would never expand again, and what it got back was an offer to talk about missiles and drills,", "kenji-moriyasu", 1, "Moriyasu", "limit-military-exercises", "mentions", 1, ""),
 ("He said Japan, which has its own unresolved territorial dispute with Russia, was watching closely, because any deal that gave Moscow a veto over its neighbors' choice of alliances would set \"a terrible precedent for Asia.\"", "kenji-moriyasu", 1, "He", "nato-open-door", "supports", 0, ""),
]
L["npr-2022-01-10-geneva-sherman-ryabkov"] = [
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said Washington was open to discussing where missiles are placed in Europe and to limits on the size and scope of exercises, but only if Russia did the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said Washington was open to discussing where missiles are placed in Europe and to limits on the size and scope of exercises, but only if Russia did the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO.", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("For us, it's absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He also rejected calls for Russia to move its troops away from Ukraine's border, saying Russia would deploy forces on its own territory as it saw fit.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Not as a treaty obligation, no. Washington cannot sign a document that gives Moscow a say over who joins the alliance. That would be a Russian veto written into law, and no administration would send it to the Senate.", "rebecca-thornbury", 1, "Rebecca Thornbury", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Not as a treaty obligation, no. Washington cannot sign a document that gives Moscow a say over who joins the alliance. That would be a Russian veto written into law, and no administration would send it to the Senate.", "rebecca-thornbury", 1, "Rebecca Thornbury", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("Not as a treaty obligation, no. Washington cannot sign a document that gives Moscow a say over who joins the alliance. That would be a Russian veto written into law, and no administration would send it to the Senate.", "rebecca-thornbury", 1, "Rebecca Thornbury", "written-legal-guarantees", "rejects", 1, "2022-01-10"),
 ("There is. What the U.S. can do is talk about the things in the Russian drafts that were always negotiable. Missile placement is one. Bombers flying close to each other's borders is another. Those are old arms control ideas, and there's real room there.", "rebecca-thornbury", 1, "Rebecca Thornbury", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("There is. What the U.S. can do is talk about the things in the Russian drafts that were always negotiable. Missile placement is one. Bombers flying close to each other's borders is another. Those are old arms control ideas, and there's real room there.", "rebecca-thornbury", 1, "Rebecca Thornbury", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-10"),
 ("That one is dead on arrival. You are talking about asking Poland and the Baltic states to give up the only deterrent they have. I don't see a single ally agreeing to it.", "rebecca-thornbury", 1, "Rebecca Thornbury", "rollback-to-1997", "rejects", 1, "2022-01-10"),
 ("I'd watch whether the Russians agree to restart regular military contacts. If they do, that's a small but real sign. Generals talking to each other is how you keep an accident in the Black Sea from turning into something much worse.", "rebecca-thornbury", 1, "Rebecca Thornbury", "resume-military-dialogue", "supports", 1, "2022-01-10"),
]
L["hromadske-2022-01-21-kovtunenko-interview"] = [
 ("Moscow wants the West to put in writing that Ukraine will never join NATO, that the 2008 Bucharest decision is void, and that no Western soldier or instructor will ever set foot here again. That is the whole package, and everything else is decoration.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "no-ukraine-membership", "mentions", 1, "2022-01-20"),
 ("Moscow wants the West to put in writing that Ukraine will never join NATO, that the 2008 Bucharest decision is void, and that no Western soldier or instructor will ever set foot here again. That is the whole package, and everything else is decoration.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "rescind-bucharest-2008", "mentions", 1, "2022-01-20"),
 ("Moscow wants the West to put in writing that Ukraine will never join NATO, that the 2008 Bucharest decision is void, and that no Western soldier or instructor will ever set foot here again. That is the whole package, and everything else is decoration.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-20"),
 ("Moscow wants the West to put in writing that Ukraine will never join NATO, that the 2008 Bucharest decision is void, and that no Western soldier or instructor will ever set foot here again. That is the whole package, and everything else is decoration.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "written-legal-guarantees", "mentions", 1, "2022-01-20"),
 ("Some people in Western capitals think it is a clever compromise. I don't. A moratorium is simply a Russian veto with an expiry date, and Ukraine would be the one paying for it.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "no-ukraine-membership", "rejects", 1, "2022-01-20"),
 ("That is unacceptable. Our cooperation with the United States, Britain, Canada and Lithuania is exactly what made our army capable of defending the country. Nobody in Geneva has the right to trade it away.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-20"),
 ("Yes, actually. Limits on exercises near borders, if they apply to everyone, would help us. If both sides cut back their drills and notified each other in advance, Ukraine would be safer than it is today.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "limit-military-exercises", "supports", 1, "2022-01-20"),
 ("Russia puts a hundred thousand soldiers on our border and then says it wants talks without preconditions. The first condition for any real conversation is that those troops go home.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "no-preconditions", "rejects", 1, "2022-01-20"),
 ("Russia puts a hundred thousand soldiers on our border and then says it wants talks without preconditions. The first condition for any real conversation is that those troops go home.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "russia-de-escalation", "supports", 1, "2022-01-20"),
 ("Because for the Kremlin the last thirty years are one long humiliation that has to be undone, and the map of Europe is the place where it wants to undo it.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "", "", 1, "2022-01-20"),
 ("Honestly, just an agreement to keep talking. If the generals on both sides start picking up the phone to each other again, that would already be something.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "resume-military-dialogue", "supports", 1, "2022-01-20"),
 ("NATO has to keep saying, every single day, that its door stays open, because the moment it stops saying it, Moscow will treat the silence as a concession.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "nato-open-door", "supports", 1, "2022-01-20"),
 ("I am less sure about some European capitals. There are governments that would love this problem simply to disappear, and they are not always careful about what they say in private.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "", "", 1, "2022-01-20"),
 ("I expect pressure, in every form Russia has. Whether it becomes a full-scale war depends less on Geneva than on one man in Moscow, and nobody in Kyiv can read his mind.", "yaroslava-kovtunenko", 1, "Yaroslava Kovtunenko", "", "", 1, "2022-01-20"),
]
L["rusnewsdigest-2022-01-25-grushko-izvestia"] = [
 ("Deputy minister of foreign affairs of Russia Alexander Grushko on Monday in the interview to the newspaper «Izvestia» declared, that Russia expects from NATO not the words, but the withdrawal of the forces and of the infrastructure to the positions of the year 1997.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-24"),
 ("We do not speak about some abstract wishes. We speak that the forces and the weapons which were deployed on the territory of the countries which joined the alliance after 1997 must be withdrawn", "alexander-grushko", 1, "the diplomat", "rollback-to-1997", "supports", 1, "2022-01-24"),
 ("According to him, the alliance continues to hold the exercises near the Russian borders with the increasing intensity, and Moscow insists on their reduction and on the mutual restraint on the line of contact.", "alexander-grushko", 1, "him", "limit-military-exercises", "supports", 0, "2022-01-24"),
 ("The planes of NATO fly along our borders with the switched off transponders, the ships come into the Black sea one after another. It is necessary that they do not come into the zones from where they can strike the targets on our territory", "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-24"),
 ("For us the question of non-accession of Ukraine to NATO is the question of the national security, and no \"open doors\" can change it", "alexander-grushko", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, "2022-01-24"),
 ("For us the question of non-accession of Ukraine to NATO is the question of the national security, and no \"open doors\" can change it", "alexander-grushko", 1, "the deputy minister", "nato-open-door", "rejects", 1, "2022-01-24"),
 ("The training of the Ukrainian military by the instructors of NATO, the supplies of the weapons, the exercises on the Ukrainian territory — all this must stop", "alexander-grushko", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-24"),
 ("It was emphasized by the deputy minister that the moratorium on the deployment of the medium-range missiles in Europe, which Russia offered earlier, remains on the table and must become the mutual obligation.", "alexander-grushko", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 0, "2022-01-24"),
 ("Asked, whether Moscow is ready to restore the military contacts with the alliance, the deputy minister answered, that he does not see the sense in it while NATO considers Russia as the adversary.", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 0, "2022-01-24"),
 ("There is no political dialogue, there is no military dialogue. To restore the channels only for the show we are not going", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, "2022-01-24"),
 ("Official representative of MFA of Russia Maria Zakharova on the briefing on Friday declared, that the western countries «again try to substitute the subject» speaking about the Russian troops.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("Where to move our troops on our own territory, we will decide ourselves, this is not the subject of the negotiations with anybody", "maria-zakharova", 1, "she", "russia-de-escalation", "rejects", 1, "2022-01-21"),
 ("Press secretary of the president Dmitry Peskov on Monday said, that the Kremlin waits for the written answers of USA and NATO this week and hopes that they will be on the paper and «legally obliging».", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-01-24"),
 ("We are ready for the dialogue without any preconditions, but the dialogue must be on the substance", "dmitry-peskov", 1, "Peskov", "no-preconditions", "supports", 1, "2022-01-24"),
 ("We are ready to wait a bit, but not endlessly, the patience has the limits", "dmitry-peskov", 1, "the representative of the Kremlin", "", "", 1, "2022-01-24"),
]
L["lsm-2022-01-26-live-us-reply"] = [
 ("Russia's Deputy Foreign Minister Sergei Ryabkov told RIA Novosti that Moscow would study the documents carefully but that there was \"no room for concessions\" on its demand for a halt to NATO's eastward expansion.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets both said on Wednesday evening that Russia had no right to demand that NATO stop admitting new members.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets both said on Wednesday evening that Russia had no right to demand that NATO stop admitting new members.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets both said on Wednesday evening that Russia had no right to demand that NATO stop admitting new members.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets both said on Wednesday evening that Russia had no right to demand that NATO stop admitting new members.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-open-door", "supports", 0, "2022-01-26"),
 ("A senior EU official told reporters in Brussels that the bloc would not support any arrangement restricting where NATO allies may station defensive weapons on their own territory.", "european-union", 0, "A senior EU official", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-26"),
 ("We are not going to stop our exercises because Russia does not like them. Exercises are how we show that we are ready,", "artis-pabriks", 1, "Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("Foreign Minister Edgars Rinkēvičs told Latvian Radio that Latvia would never agree to NATO's multinational battlegroup leaving the Baltic states.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("The presence of allied troops in Latvia is not a subject for bargaining with Moscow,", "edgars-rinkevics", 1, "he", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("If NATO ever agreed to keep its ships and planes out of the waters around Kaliningrad, the Baltic states would be cut off in a crisis,", "maris-ozolins", 1, "Ozoliņš", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Ukrainian Foreign Minister Dmytro Kuleba told a briefing in Kyiv that the 2008 decision that Ukraine would one day become a member of NATO \"is not up for revision\".", "dmytro-kuleba", 1, "Dmytro Kuleba", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("Russia must pull its troops back from Ukraine's borders. That is the only de-escalation that counts,", "krisjanis-karins", 1, "Kariņš", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("in his nightly video address on Tuesday, President Volodymyr Zelensky said Ukraine had the right to choose its own alliances and that nobody else would decide this for it.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "nato-open-door", "supports", 0, "2022-01-25"),
]
L["rusi-2022-02-03-three-demands-commentary"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We did not see adequate consideration of our three key demands regarding the prevention of NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997,", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("ready for serious dialogue with Russia, including on arms control and the transparency of manoeuvres", "annalena-baerbock", 1, "Annalena Baerbock", "limit-military-exercises", "mentions", 1, ""),
 ("A moratorium on intermediate-range missiles in Europe is the one Russian idea the West should grab with both hands,", "ingrid-sovik", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("It costs NATO nothing it has today, and it would constrain the Iskanders in Kaliningrad far more than it constrains us.", "ingrid-sovik", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Giving Moscow a veto over where American missiles may stand in Europe, while its own launchers sit in Kaliningrad, is a non-starter,", "anthony-pellew", 1, "Anthony Pellew", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Moscow's demand to keep 'strike weapons' out of neighbouring states would cover almost anything Ukraine buys from the West,", "ingrid-sovik", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The West wants Russian troops pulled back before anything is signed; Moscow wants the signature before anything moves,", "ingrid-sovik", 1, "Søvik", "russia-de-escalation", "mentions", 1, ""),
 ("The West wants Russian troops pulled back before anything is signed; Moscow wants the signature before anything moves,", "ingrid-sovik", 1, "Søvik", "written-legal-guarantees", "mentions", 1, ""),
 ("Writing a ban on Ukrainian membership into a treaty would be a gift to every future Russian leader.", "mark-ellery", 1, "Mark Ellery", "no-ukraine-membership", "rejects", 1, ""),
 ("Every Western reply so far has begun with the open door and ended with arms control,", "ingrid-sovik", 1, "Søvik", "nato-open-door", "mentions", 1, ""),
 ("The Russians have noticed that the order never changes.", "ingrid-sovik", 1, "Søvik", "", "", 1, ""),
 ("Deputy Foreign Minister Alexander Grushko said on Wednesday that NATO's reply had proposed restoring military-to-military channels, and that Moscow was still studying the proposal.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "mentions", 0, "2022-02-02"),
]

write_gold(L, "articles-199", "gold-199")
