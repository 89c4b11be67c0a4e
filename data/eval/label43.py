#!/usr/bin/env python3
"""Writes the forty-third held-out gold (gold-43/*.nq) from the labels below.

Batch 43 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Its outlets are mainly German, French, Nordic, Baltic, Romanian and Moldovan
outlets in English, plus one Russian state outlet and one think-tank Q&A:

- spiegel-2022-01-11-geneva-wish-list: DER SPIEGEL International analysis
  after the Geneva talks (front matter, curly quotes, crossheads, standfirst,
  a quoted draft-treaty article, Baker 1990 and the Founding Act as history,
  invented German analysts, a demand attributed in passing to Moscow).
- france24-2022-01-27-debate-written-answer: FRANCE 24 "The Debate"
  transcript (no front matter, "Name:" speaker labels, a moderator whose
  questions get no label, video clips of Blinken, four invented guests).
- delfi-2022-01-13-live-osce-vienna: DELFI EN live blog, newest entry first
  (UTF-8 BOM, CRLF line ends, no front matter, „ “ quotation marks,
  timestamps, a recap of the day before, a READ ALSO link line).
- moldpres-2022-01-24-aurescu-popescu-chisinau: MOLDPRES wire on a joint
  press conference of the Romanian and Moldovan foreign ministers (front
  matter, straight quotes, a journalist's question about Bucharest 2008, a
  Transnistria withdrawal demand that is none of the fourteen demands).
- iltalehti-2022-01-05-finland-nato-option: Iltalehti news story (front
  matter, Finnish ” ” marks on both sides, Finnish date line 5.1.2022,
  weekdays resolved against the publication date, Winter War / 1948 treaty
  history).
- ria-2022-01-27-lavrov-no-positive-reaction: RIA Novosti in machine
  translation (no front matter, « » with "- X said" after the quotation,
  "the main question" left unspecified in one quotation and explained in the
  next, a quoted article of the draft agreement, an unnamed "the West").
- nupi-2021-12-21-qa-russian-draft-treaties: NUPI think-tank Q&A (front
  matter, bold questions, answers opened with an en dash; the interview date
  is given in the intro).

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
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

_rya_precond = "Russia, Ryabkov said, would not accept a pullback of its forces from the Ukrainian border as a condition for further talks, because troops stationed on Russian soil were nobody else's concern."
_sherman_offer = "The United States, she said, was open to discussing the future deployment of intermediate-range missiles in Europe as well as reciprocal limits on the size and scope of military exercises, provided Russia was prepared to do the same."
_lott = "Moscow is asking for NATO troops to leave Poland and the Baltic states, and it wants all of this signed and ratified. Nobody in Washington can deliver that, and everybody in Moscow knows it,"
_wend2 = "He draws the line, however, at Moscow's call for NATO to renounce all military cooperation with Ukraine, Georgia and the other former Soviet republics, which he says would give the Kremlin “a veto over its neighbors.”"
_ober2 = "Nor, she added, would any Western government ever sign a legally binding treaty that fixed NATO's borders for all time."
_grush = "NATO, he told the newspaper Kommersant last week, must give “legally binding guarantees” that it will not take in any new members."
L["spiegel-2022-01-11-geneva-wish-list"] = [
 ("It is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("difficult, long, very professional, deep, concrete.", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 (_rya_precond, "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 (_rya_precond, "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("We firmly pushed back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 (_sherman_offer, "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (_sherman_offer, "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("Any real progress depends on Russia pulling its troops back from Ukraine's border,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 (_lott, "henrike-lottermann", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 (_lott, "henrike-lottermann", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("The point is not whether Russia gets everything. The point is what the Kremlin can sell at home as a victory.", "henrike-lottermann", 1, "Lottermann", "", "", 1, ""),
 ("The freedom of every country to choose its own alliances is not up for negotiation, not in Geneva and not anywhere else,", "annalena-baerbock", 1, "the Green Party politician", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Government spokesman Steffen Hebestreit said on Monday that the chancellor expected Russia to take “clear steps toward de-escalation” on the Ukrainian border.", "steffen-hebestreit", 1, "Steffen Hebestreit", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("A moratorium on new intermediate-range missiles in Europe is in Germany's own interest. We of all people should want it,", "jorg-wendelin", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 (_wend2, "jorg-wendelin", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, ""),
 (_wend2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("A moratorium would simply freeze Russia's advantage in place. Its Iskanders are already in Kaliningrad and its 9M729 missiles are already deployed, so I see no reason for NATO to accept such a deal,", "katrin-oberhauser", 1, "she", "no-intermediate-range-missiles", "rejects", 1, ""),
 (_ober2, "katrin-oberhauser", 1, "she", "written-legal-guarantees", "rejects", 0, ""),
 (_ober2, "katrin-oberhauser", 1, "she", "nato-non-expansion", "rejects", 0, ""),
 (_grush, "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 0, ""),
 (_grush, "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 0, ""),
]

_bl2 = "At the same time, we have set out areas where we can make progress together, including arms control on missiles in Europe and greater transparency about military exercises. But all of that becomes much harder unless Russia pulls its forces back."
_kor1 = "Of course it is a no. Moscow asked for three things in black and white: no further NATO enlargement, no strike weapons on our borders, and NATO's infrastructure back where it was in 1997. On all three the Americans have said no, very politely."
_kor4 = "Washington says NATO's door stays open; Moscow says it has to close. Somebody will have to find language in between, and I think that is what the diplomats will be working on in February."
_kor5 = "But one thing I can tell you. Moscow will not negotiate about its own troops on its own territory. Any demand to pull them back as a condition for talks is simply a non-starter."
_pet4 = "What the United States does need is for Russia to move those hundred thousand troops back from Ukraine's border before any serious negotiation starts. De-escalation first, then a deal."
_dov1 = "We are grateful that our partners did not trade away Ukraine's future behind our backs. Whether Ukraine joins NATO is a decision for Ukrainians and for the thirty allies, full stop."
L["france24-2022-01-27-debate-written-answer"] = [
 ("There is no change, there will be no change: NATO's door is open and remains open, and that is our commitment.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 (_bl2, "antony-blinken", 1, "Antony Blinken", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 (_bl2, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 (_bl2, "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 1, "2022-01-26"),
 (_kor1, "andrei-korolyov", 1, "Andrei Korolyov", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (_kor1, "andrei-korolyov", 1, "Andrei Korolyov", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 (_kor1, "andrei-korolyov", 1, "Andrei Korolyov", "rollback-to-1997", "mentions", 1, "2022-01-27"),
 ("And I have to say that, from a Russian point of view, the most important question is Ukraine. Ukraine as a member of NATO is a red line for any Russian government, not only for this one. Even a liberal government in Moscow could never accept it.", "andrei-korolyov", 1, "Andrei Korolyov", "no-ukraine-membership", "supports", 1, "2022-01-27"),
 ("What strikes me is that NATO has offered to reopen the channels between the military staffs, which were frozen last autumn. Whether Moscow takes up the offer is another matter.", "elodie-ravenel", 1, "Élodie Ravenel", "resume-military-dialogue", "mentions", 1, "2022-01-27"),
 ("But a promise that NATO will never take in Ukraine or Georgia? Let's be honest: that is a non-starter, and the Kremlin knew it when it drafted the treaty.", "elodie-ravenel", 1, "Élodie Ravenel", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("I think it was the right call. You don't negotiate arms control on the front page of a newspaper.", "jonathan-pettifer", 1, "Jonathan Pettifer", "", "", 1, "2022-01-27"),
 ("And frankly, the idea that NATO would pull its battlegroups out of Poland and the three Baltic states is not something any American administration would even put on paper. It's dead on arrival.", "jonathan-pettifer", 1, "Jonathan Pettifer", "rollback-to-1997", "rejects", 1, "2022-01-27"),
 ("Nor will Washington promise never to station offensive weapons in allied countries close to Russia. Where allies put their defences is for the allies to decide.", "jonathan-pettifer", 1, "Jonathan Pettifer", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 (_pet4, "jonathan-pettifer", 1, "Jonathan Pettifer", "russia-de-escalation", "supports", 1, "2022-01-27"),
 (_pet4, "jonathan-pettifer", 1, "Jonathan Pettifer", "no-preconditions", "rejects", 1, "2022-01-27"),
 (_dov1, "oksana-dovzhenko", 1, "Oksana Dovzhenko", "nato-open-door", "supports", 1, "2022-01-27"),
 (_dov1, "oksana-dovzhenko", 1, "Oksana Dovzhenko", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("And we do not accept that the British and American instructors at Yavoriv, or the weapons our partners send us, are something for Moscow and Washington to bargain over.", "oksana-dovzhenko", 1, "Oksana Dovzhenko", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("No, I don't think so. The Kremlin has said it will study the answer carefully, and Mr Lavrov is going to speak to Mr Blinken again.", "andrei-korolyov", 1, "Andrei Korolyov", "", "", 1, "2022-01-27"),
 (_kor4, "andrei-korolyov", 1, "Andrei Korolyov", "nato-open-door", "mentions", 1, "2022-01-27"),
 (_kor4, "andrei-korolyov", 1, "Andrei Korolyov", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 (_kor5, "andrei-korolyov", 1, "Andrei Korolyov", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 (_kor5, "andrei-korolyov", 1, "Andrei Korolyov", "no-preconditions", "supports", 1, "2022-01-27"),
 ("Well, I would only say that nobody in this story has been threatening Russia. Nobody.", "jonathan-pettifer", 1, "Jonathan Pettifer", "", "", 1, "2022-01-27"),
 ("Europe has to stop being a spectator. If we want fewer exercises along the Baltic and in the Black Sea, from both sides, let's propose it ourselves, at the OSCE.", "elodie-ravenel", 1, "Élodie Ravenel", "limit-military-exercises", "supports", 1, "2022-01-27"),
]

_luk = "At the OSCE Permanent Council, Russia's permanent representative Alexander Lukashevich said on Thursday that the West had to stop „pumping Ukraine with weapons“ and end its military exercises near Russia's borders."
L["delfi-2022-01-13-live-osce-vienna"] = [
 ("I see no reason to sit down in the coming days, to gather again and start the same discussions,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Without a guarantee that NATO will stop its expansion, we will not move any further, it simply makes no sense,", "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("Russia wants to take us back to 1997 and turn the Baltic states into a grey zone. This will not happen.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 1, "2022-01-13"),
 (_luk, "alexander-lukashevich", 1, "Alexander Lukashevich", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 (_luk, "alexander-lukashevich", 1, "Alexander Lukashevich", "limit-military-exercises", "supports", 0, "2022-01-13"),
 ("If we do not hear a constructive response to our proposals within a reasonable time, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We will not cancel or scale down a single exercise on our own territory, not this year and not next year,", "arvydas-anusauskas", 1, "Anušauskas", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("Allied fighter jets will keep policing Baltic airspace and allied ships will keep sailing in the Baltic Sea, whatever the Kremlin writes into its draft treaties,", "arvydas-anusauskas", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-13"),
 ("The movement of our armed forces on our own territory is our sovereign business and concerns no one else.", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("If Russia is serious about diplomacy, let it start by pulling back its troops,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("NATO Secretary General Jens Stoltenberg said after Wednesday's NATO-Russia Council that allies had made clear they would not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("We proposed to restore our respective offices in Moscow and Brussels and to make use of military lines of communication to reduce risks and prevent incidents,", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia's Deputy Foreign Minister Alexander Grushko, according to the Kommersant daily, on Wednesday dismissed the idea of reviving contacts between the military staffs, saying they made no sense while NATO saw Russia „as an adversary“.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("NATO's open door is not a bargaining chip.", "gitanas-nauseda", 1, "Gitanas Nausėda", "nato-open-door", "supports", 1, "2022-01-13"),
]

_aur_lead = "Romanian Foreign Minister Bogdan Aurescu on Monday rejected as unacceptable Moscow's demand that NATO withdraw allied troops from Romania, saying that decisions on the allied presence on Romanian territory belonged to Romania and its allies alone."
L["moldpres-2022-01-24-aurescu-popescu-chisinau"] = [
 (_aur_lead, "bogdan-aurescu", 1, "Bogdan Aurescu", "rollback-to-1997", "rejects", 0, "2022-01-24"),
 (_aur_lead, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("On Friday, the Russian Foreign Ministry said in a statement that its demand for a return to NATO's 1997 configuration meant the withdrawal of foreign forces, equipment and weapons from the countries that were not members of the alliance at that time, \"including Bulgaria and Romania\".", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Such a demand is unacceptable and cannot be part of any negotiation. Romania is a sovereign member of NATO, and the presence of allied troops on its territory is decided by Romania and its allies, not by a third party,", "bogdan-aurescu", 1, "Aurescu", "rollback-to-1997", "rejects", 1, "2022-01-24"),
 ("The Black Sea is not a Russian lake. Allied ships have every right to be there, and they will be there,", "bogdan-aurescu", 1, "the Romanian minister", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-24"),
 ("Aurescu said Romania supported dialogue with Russia, including on arms control and on transparency and risk reduction for military exercises, but added that such dialogue could not mean reopening the fundamental principles of European security.", "bogdan-aurescu", 1, "Aurescu", "limit-military-exercises", "mentions", 0, "2022-01-24"),
 ("The decisions of the Bucharest summit remain valid. Nobody is going to rewrite them at Moscow's request,", "bogdan-aurescu", 1, "he", "rescind-bucharest-2008", "rejects", 1, "2022-01-24"),
 ("Our neutrality is our own choice. It does not mean that others can decide for us with whom we cooperate, including in defence and security,", "nicu-popescu", 1, "Popescu", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-24"),
 ("We continue to insist on the complete and unconditional withdrawal of Russian troops and munitions from the territory of the Republic of Moldova,", "nicu-popescu", 1, "he", "", "", 1, "2022-01-24"),
 ("Asked whether Chisinau might follow Kyiv and Tbilisi in seeking NATO membership, Popescu said this was not on the agenda, but that every state had the right to choose its own security arrangements.", "nicu-popescu", 1, "Popescu", "nato-open-door", "supports", 0, "2022-01-24"),
 ("Romania will stand by the Republic of Moldova, whatever happens in the region,", "bogdan-aurescu", 1, "Aurescu", "", "", 1, "2022-01-24"),
]

_haav = "A NATO that closes its doors for good is unacceptable to Finland. In practice it would give Russia a veto over decisions that belong to Finland and Sweden alone,"
_hein1 = "But its demand for a halt to NATO enlargement is aimed squarely at us and at Sweden. Moscow would also like the alliance to disown what it promised Ukraine and Georgia at the Bucharest summit in 2008,"
L["iltalehti-2022-01-05-finland-nato-option"] = [
 ("Finland’s room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide,", "sauli-niinisto", 1, "Niinistö", "nato-open-door", "supports", 1, "2022-01-01"),
 ("She told reporters at the Government Palace in Helsinki that Finland would not let any outside power dictate its security choices and that the NATO option remained open.", "sanna-marin", 1, "She", "nato-open-door", "supports", 0, "2022-01-04"),
 (_haav, "pekka-haavisto", 1, "Haavisto", "nato-non-expansion", "rejects", 1, "2022-01-04"),
 (_haav, "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, "2022-01-04"),
 ("It is obvious that the accession of Finland and Sweden to NATO, which is first and foremost a military bloc, would have serious military and political consequences that would require an adequate response from the Russian side,", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, "2021-12-24"),
 ("According to Swedish Radio, she said that Sweden alone decided its security policy line and that it would not be dictated to by others.", "magdalena-andersson", 1, "she", "nato-open-door", "supports", 0, "2022-01-02"),
 (_hein1, "mikko-heinalahti", 1, "Heinälahti", "nato-non-expansion", "mentions", 1, ""),
 (_hein1, "mikko-heinalahti", 1, "Heinälahti", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Paradoxically, nothing has done more to open the NATO debate in Finland than Moscow's insistence on a legally binding promise,", "mikko-heinalahti", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("We will train with whom we want, where we want and as often as we consider necessary,", "antti-kaikkonen", 1, "Kaikkonen", "limit-military-exercises", "rejects", 1, "2022-01-04"),
 ("Nobody in Helsinki expects a decision before the spring, and that is probably wise,", "mikko-heinalahti", 1, "Heinälahti", "", "", 1, ""),
]

_lav1 = "In this document there is no positive reaction on the main question. The main question is our clear position about the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which can threaten the territory of the Russian Federation"
_rya = "A pause in the form of a moratorium does not suit us. We need the legally binding guarantees that NATO will not expand"
_gru = "We insist that the land-based medium-range and shorter-range missiles are not deployed in the areas from where they can strike on the territory of Russia. And the same concerns the American warships and strategic bombers"
_zak = "The demands that Russia move troops on its own territory as a condition for the dialogue are absurd. We are ready to talk, but without any preconditions"
_sto = "The general secretary of NATO Jens Stoltenberg on Wednesday declared that the alliance is ready to discuss with Russia the mutual transparency of military exercises and proposed to restore the channels of military communication."
L["ria-2022-01-27-lavrov-no-positive-reaction"] = [
 (_lav1, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_lav1, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The so-called policy of \"open doors\" of NATO cannot be realized at the expense of the security of other states, including Russia", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, "2022-01-27"),
 (_rya, "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 (_rya, "sergei-ryabkov", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (_gru, "alexander-grushko", 1, "Grushko", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 (_gru, "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-27"),
 ("It is impossible to say that our concerns have been taken into account, but we will not hurry with conclusions", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Peskov also declared that the refusal of the decisions of the Bucharest summit of NATO of 2008 about the future membership of Ukraine and Georgia remains an obligatory condition for a settlement.", "dmitry-peskov", 1, "Peskov", "rescind-bucharest-2008", "supports", 0, "2022-01-27"),
 (_zak, "maria-zakharova", 1, "she", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 (_zak, "maria-zakharova", 1, "she", "no-preconditions", "supports", 1, "2022-01-27"),
 ("The vice-speaker of the Federation Council Konstantin Kosachev on Thursday wrote in Telegram that without the withdrawal of the NATO infrastructure to the positions of 1997 \"no detente is possible\".", "konstantin-kosachev", 1, "Konstantin Kosachev", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("The state secretary Antony Blinken on Wednesday declared that the document does not contain concessions on the policy of \"open doors\" of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 (_sto, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (_sto, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
]

_s12 = "Second, the content. Moscow wants the United States to promise, in a treaty ratified by the Senate, that NATO will not expand further east and that Ukraine will never join. It also wants the alliance to keep its strike weapons away from Russia's borders and to give up any military activity in Ukraine, the South Caucasus and Central Asia."
_s23 = "But the core of the package is unacceptable. A ban on Ukraine's membership, written into international law, would mean that Ukrainians no longer decide their own future, and that a big neighbour decides it for them."
_s41 = "I expect talks in January, probably in several formats at once. Moscow has said it wants to start without preconditions, while Washington has signalled that it is ready to talk, but only in coordination with the Europeans and while insisting that Russia pull back its forces from Ukraine's border."
_IS = ("ingrid-stavnes", 1, "Ingrid Stavnes")
D = "2021-12-20"
L["nupi-2021-12-21-qa-russian-draft-treaties"] = [
 ("Two things. First, the form: Russia published draft treaties before any negotiation had even started, which is very unusual in diplomacy and suggests that part of the audience is at home.", *_IS, "", "", 1, D),
 (_s12, *_IS, "written-legal-guarantees", "mentions", 1, D),
 (_s12, *_IS, "nato-non-expansion", "mentions", 1, D),
 (_s12, *_IS, "no-ukraine-membership", "mentions", 1, D),
 (_s12, *_IS, "no-strike-weapons-near-borders", "mentions", 1, D),
 (_s12, *_IS, "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Some of it, yes. The proposal that neither side deploy intermediate-range missiles within reach of the other is essentially a return to the INF Treaty, and I think NATO should take it seriously.", *_IS, "no-intermediate-range-missiles", "supports", 1, D),
 ("The same goes for restoring regular contacts between the general staffs. The fact that NATO and Russian officers barely talk to each other today is dangerous.", *_IS, "resume-military-dialogue", "supports", 1, D),
 (_s23, *_IS, "no-ukraine-membership", "rejects", 1, D),
 (_s23, *_IS, "nato-open-door", "supports", 1, D),
 ("That is the most far-reaching item, and it is aimed at Poland, the Baltic states and Romania. Taken literally, it would mean withdrawing the multinational battlegroups and dismantling the missile defence site at Deveselu. That would be a strategic mistake, and I do not believe any allied government will agree to it.", *_IS, "rollback-to-1997", "rejects", 1, D),
 ("Norway is in a somewhat different position, as we have never had permanent allied bases on our soil. But Norway takes part in exercises close to Russia, such as Cold Response next spring, and the draft's clauses on exercises near the borders could be read as affecting those.", *_IS, "limit-military-exercises", "mentions", 1, D),
 (_s41, *_IS, "no-preconditions", "mentions", 1, D),
 (_s41, *_IS, "russia-de-escalation", "mentions", 1, D),
 ("The real question is whether the Kremlin is interested in a negotiation at all, or whether the drafts were written in order to be rejected.", *_IS, "", "", 1, D),
 ("Calmly, and together. Finland and Sweden have already made it clear that they alone will decide whether to apply for membership, and Norway should be just as clear that no outside power has a say over its own alliance choices.", *_IS, "nato-open-door", "supports", 1, D),
 ("In the north, Moscow also wants Western warships and bombers kept out of areas from which they could strike Russia. That would cover much of the Norwegian Sea, and we will have to see what it would mean in practice.", *_IS, "no-warships-aircraft-in-strike-range", "mentions", 1, D),
]

write_gold(L, "articles-43", "gold-43")
