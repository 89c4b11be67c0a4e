#!/usr/bin/env python3
"""Writes the seventy-seventh held-out gold (gold-77/*.nq) from the labels below.

Batch 77 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
The seven articles are invented but plausible, and deliberately use outlets
and forms other batches rarely use:

- fmprc-2022-01-27-zhao-lijian-security-guarantees: a Chinese Foreign
  Ministry regular press conference transcript, no front matter (date in the
  title line), questions labelled by outlet (CCTV, RIA Novosti, Bloomberg,
  Phoenix TV, NHK, AFP, Global Times, Kyodo News), answers labelled
  "Zhao Lijian:", several answers running over two paragraphs, some answers
  off topic (Olympics, Taiwan, Japan);
- nikkei-2022-01-11-geneva-talks-asia: a Nikkei Asia analysis with front
  matter, curly quotes, byline, standfirst and crossheads; quotations split
  by "X said", a partial quotation inside a reported sentence, a speaker
  named only by role ("The deputy foreign minister"), invented analysts
  (Kenji Morisaki, Farah Quek, Ethan Caldwell), a passing "Moscow's demand"
  inside Sherman's sentence, a Bucharest 2008 history sentence, an anonymous
  official;
- arabnews-2022-01-20-bogdanov-interview: an Arab News Q&A interview with
  front matter; questions marked "Q:", the first paragraph of each answer
  marked "Bogdanov:", the interview given "on Tuesday" (two days before
  publication); one answer is pure history (Baker 1990, enlargement waves);
- aljazeera-2022-01-27-written-answers-live: a machine-translated Al Jazeera
  Arabic live blog, no front matter (date in the header), entries newest
  first with times, "today" / "yesterday" resolved against 27/1/2022,
  « » and „ “ quotation marks, awkward translated syntax ("the NATO",
  "said to Al Jazeera"), unnamed "diplomatic sources" and an unnamed
  correspondent;
- ahram-2022-01-13-osce-vienna: an Ahram Online report with front matter and
  straight quotes on the OSCE Permanent Council in Vienna, with Ryabkov in
  Moscow, an Egyptian spokesman saying nothing about any demand, a 1990
  "broken promise" history sentence, and an invented Egyptian analyst
  (Hany Sallam);
- premiumtimes-2022-01-13-nato-russia-council: a Nigerian Premium Times wire
  rewrite ("with agency reports") with front matter and curly quotes on the
  NATO-Russia Council of Wednesday 12 January, Mr/Ms honorifics, passing
  "Russia's call" / "Moscow's demand" inside other speakers' sentences, and
  an invented Nigerian academic (Adaeze Okonkwo);
- nz-hansard-2022-02-09-oral-questions-ukraine: a New Zealand Parliament
  question time transcript (Hansard draft), UTF-8 BOM and CRLF line ends, no
  front matter, speaker labels "Hon NANAIA MAHUTA (Minister of Foreign
  Affairs):" / "Hon NANAIA MAHUTA:", MPs' questions, "Hon Members" and the
  SPEAKER.

Conventions followed by these labels:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside the marks kept), direct 1; a quotation interrupted by
  "X said" is two spans; a quotation running over two sentences is one span;
  a partial quotation inside a reported sentence is its own span (a demand
  it carries goes on that span; a demand in the unquoted part goes on the
  whole sentence);
- transcripts and Q&A interviews: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the speaker label); the
  speaker name is the one the speaker label gives, "Hon" dropped, spelled as
  written ("Bogdanov", "Zhao Lijian", "NANAIA MAHUTA"); journalists' and MPs'
  questions, the SPEAKER and "Hon Members" get no label, even when a
  question reports what Russia wants;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it, assesses it or offers to
  discuss it (Sherman, Stoltenberg, Blinken, Mahuta offering talks on
  missiles, warships or exercises; Rau offering a venue for military
  contacts; Ryabkov treating the US readiness to discuss missiles as
  secondary);
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""), including quotations about
  demands left unspecified ("non-starters", "our main concerns", "the main
  question") and answer paragraphs about history; reported speech about no
  demand or about unspecified demands gets no label;
- historical background (Baker 1990, enlargement waves, Bucharest 2008, the
  1990 "broken promise"), words quoted from documents, descriptions of the
  draft texts without a speaker, headlines, standfirsts, crossheads, bylines
  and header lines are not labelled; statements by unnamed groups or
  anonymous officials ("diplomats", "diplomatic sources", "one senior
  official", "analysts", the correspondent) are left out;
- a demand attributed in passing to Moscow/Russia inside another speaker's
  reported sentence ("dismissing Moscow's demand that ...", "rejected
  Russia's call for ...") is also Russia's label (speaker russia, not a
  person, supports), undated when no day is given; when a Russian official
  states "Moscow's" demand (Zakharova), or an analyst or minister mentions
  what Moscow wants inside a direct quotation, only that speaker is
  labelled;
- speaker ids: persons as firstname-lastname slugs (Lavrov as
  sergei-lavrov although the translation writes Sergey); speaker name = the
  words naming the speaker at that point, pronouns as written, titles and
  Mr/Ms dropped;
- dates: the day the words were said, resolved against the publication date
  (Nikkei: Monday = 2022-01-10, Tuesday = 2022-01-11; Arab News interview
  "on Tuesday" = 2022-01-18; Premium Times: Wednesday = 2022-01-12; the live
  blog's "yesterday" = 2022-01-26); "" when the text gives no day (analysts
  quoted with a bare "said"/"told").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["fmprc-2022-01-27-zhao-lijian-security-guarantees"] = [
 ("As I said earlier this week, more than 30 heads of state, heads of government, members of royal families and heads of international organizations have registered to attend the opening ceremony. We welcome all of them, and we are confident that Beijing will present a simple, safe and splendid Games to the world.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("We have noted the relevant reports. Russia's legitimate security concerns should be taken seriously and resolved. The security of one country cannot be built on the insecurity of others, and regional security cannot be guaranteed by strengthening or even expanding military blocs.", "zhao-lijian", 1, "Zhao Lijian", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("China hopes that all parties concerned will keep calm, refrain from doing things that stoke tensions and hype up the crisis, and properly address their differences through dialogue and consultation on the basis of equality.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("The readout of the phone call has been released, and I would refer you to it.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("Russia is deploying its forces on its own territory. This is within its sovereign rights, and it is not for others to tell Russia to pull them back. Hyping up the so-called threat of an invasion, shipping weapons and evacuating the families of embassy staff will only make the situation more tense.", "zhao-lijian", 1, "Zhao Lijian", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("NATO should stop treating its so-called open-door policy as if it were a sacred principle standing above the security of others. A military alliance left over from the Cold War that keeps moving eastward toward Russia's borders will only create new divisions and new confrontation in Europe.", "zhao-lijian", 1, "Zhao Lijian", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("NATO should stop treating its so-called open-door policy as if it were a sacred principle standing above the security of others. A military alliance left over from the Cold War that keeps moving eastward toward Russia's borders will only create new divisions and new confrontation in Europe.", "zhao-lijian", 1, "Zhao Lijian", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("We urge NATO to abandon the Cold War mentality and the zero-sum game, and to do more things that are conducive to mutual trust and to peace and stability in Europe.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("China firmly opposes the deployment of US land-based intermediate-range missiles in the Asia-Pacific, and we understand and support Russia's position that such missiles must not be placed within striking distance of its territory in Europe.", "zhao-lijian", 1, "Zhao Lijian", "no-intermediate-range-missiles", "supports", 1, "2022-01-27"),
 ("As for the so-called trilateral arms control negotiations, China's position is clear. China's nuclear forces are always kept at the minimum level required by national security, and China has no intention of taking part in such negotiations.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("The Taiwan question and the Ukraine issue are completely different in nature and cannot be compared. Taiwan is an inalienable part of China's territory, and the Taiwan question is purely China's internal affair that brooks no foreign interference.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
 ("China supports Russia and the US in continuing their dialogue on an equal footing and without preconditions, so as to reach a balanced, effective and sustainable European security mechanism. Talks in which one side sets preconditions for the other are not how problems get solved.", "zhao-lijian", 1, "Zhao Lijian", "no-preconditions", "supports", 1, "2022-01-27"),
 ("I have no information to release at the moment. China and Japan maintain communication at various levels, and we hope Japan will work with China in the same direction to keep bilateral relations on the right track.", "zhao-lijian", 1, "Zhao Lijian", "", "", 1, "2022-01-27"),
]
L["nikkei-2022-01-11-geneva-talks-asia"] = [
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She also said the U.S. Navy would keep operating in the Black Sea as before, dismissing Moscow’s demand that American warships and aircraft stay out of areas from which they could strike Russian territory.", "wendy-sherman", 1, "She", "no-warships-aircraft-in-strike-range", "rejects", 0, "2022-01-10"),
 ("She also said the U.S. Navy would keep operating in the Black Sea as before, dismissing Moscow’s demand that American warships and aircraft stay out of areas from which they could strike Russian territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("iron-clad, waterproof, bulletproof, legally binding guarantees — not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "The deputy foreign minister", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("no reason to fear an escalation scenario.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("Ryabkov rejected Western calls to pull back the roughly 100,000 troops massed near Ukraine, saying Russian forces were conducting exercises on Russian soil and that there was “no reason to fear an escalation scenario.”", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("What Moscow is really asking is for Washington to sign away the Bucharest promise and to accept that the former Soviet space is off-limits to Western militaries,", "kenji-morisaki", 1, "Kenji Morisaki", "rescind-bucharest-2008", "mentions", 1, ""),
 ("What Moscow is really asking is for Washington to sign away the Bucharest promise and to accept that the former Soviet space is off-limits to Western militaries,", "kenji-morisaki", 1, "Kenji Morisaki", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Tokyo should read this carefully, because the same logic of spheres of influence is heard in Beijing.", "kenji-morisaki", 1, "Kenji Morisaki", "", "", 1, ""),
 ("Everyone in the region is reading the transcripts from Geneva,", "farah-quek", 1, "Farah Quek", "", "", 1, ""),
 ("If Washington agrees not to put intermediate-range systems within reach of Russia, Beijing will ask why the same rule should not apply in the Western Pacific.", "farah-quek", 1, "Farah Quek", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("A one-sided pledge never to put intermediate-range missiles within reach of Russia, while Russia keeps its own 9M729s aimed at Europe, would be a gift to Moscow and a warning sign for Tokyo,", "ethan-caldwell", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Chief Cabinet Secretary Hirokazu Matsuno told a regular news conference on Tuesday that Tokyo expected Russia to reduce tensions by pulling back its forces from the Ukrainian border and to resolve the situation through diplomacy.", "hirokazu-matsuno", 1, "Hirokazu Matsuno", "russia-de-escalation", "supports", 0, "2022-01-11"),
]
L["arabnews-2022-01-20-bogdanov-interview"] = [
 ("We want a simple thing: legally binding guarantees that NATO will not move further east, that Ukraine and Georgia will not be admitted, and that no strike weapons will be placed near our borders. It must be on paper, signed and ratified, not promises of the kind we were given before.", "mikhail-bogdanov", 1, "Bogdanov", "nato-non-expansion", "supports", 1, "2022-01-18"),
 ("We want a simple thing: legally binding guarantees that NATO will not move further east, that Ukraine and Georgia will not be admitted, and that no strike weapons will be placed near our borders. It must be on paper, signed and ratified, not promises of the kind we were given before.", "mikhail-bogdanov", 1, "Bogdanov", "no-ukraine-membership", "supports", 1, "2022-01-18"),
 ("We want a simple thing: legally binding guarantees that NATO will not move further east, that Ukraine and Georgia will not be admitted, and that no strike weapons will be placed near our borders. It must be on paper, signed and ratified, not promises of the kind we were given before.", "mikhail-bogdanov", 1, "Bogdanov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-18"),
 ("We want a simple thing: legally binding guarantees that NATO will not move further east, that Ukraine and Georgia will not be admitted, and that no strike weapons will be placed near our borders. It must be on paper, signed and ratified, not promises of the kind we were given before.", "mikhail-bogdanov", 1, "Bogdanov", "written-legal-guarantees", "supports", 1, "2022-01-18"),
 ("We also proposed that the alliance return to the positions where it stood in May 1997, when the Founding Act was signed, and remove the forces and infrastructure it has placed since then in the new member states. That is a fair basis for security in Europe.", "mikhail-bogdanov", 1, "Bogdanov", "rollback-to-1997", "supports", 1, "2022-01-18"),
 ("In 1990 the American secretary of state told Mikhail Gorbachev that NATO would not move one inch to the east. Afterwards came 1999, 2004, 2009, 2017 and 2020, five waves of expansion.", "mikhail-bogdanov", 1, "Bogdanov", "", "", 1, "2022-01-18"),
 ("The so-called open-door policy is not an obligation written anywhere. No club is obliged to admit everyone who knocks, and no one can claim the right to strengthen his own security at the expense of ours.", "mikhail-bogdanov", 1, "Bogdanov", "nato-open-door", "rejects", 1, "2022-01-18"),
 ("These are our troops, on our own territory, and we will move them as we see fit. Nobody in Washington or Brussels is going to give us instructions about that.", "mikhail-bogdanov", 1, "Bogdanov", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("We are ready to continue the conversation without any preconditions, at any level. But it has to be about the whole package; we will not let them pick out the topics they find convenient and set aside the main thing.", "mikhail-bogdanov", 1, "Bogdanov", "no-preconditions", "supports", 1, "2022-01-18"),
 ("We expect the written answer from Washington next week, and then we will see.", "mikhail-bogdanov", 1, "Bogdanov", "", "", 1, "2022-01-18"),
 ("The CSTO mission in Kazakhstan was sent at the request of a sovereign government, and it is already leaving. What we will not accept is American bases or NATO instructors in Central Asia or in the South Caucasus.", "mikhail-bogdanov", 1, "Bogdanov", "no-military-activity-ex-soviet", "supports", 1, "2022-01-18"),
 ("Our relations with Riyadh and Abu Dhabi are friendly and do not depend on anyone else. We coordinate with them closely within OPEC+, and that cooperation has served the market and our partners well.", "mikhail-bogdanov", 1, "Bogdanov", "", "", 1, "2022-01-18"),
 ("We believe an agreement in Vienna is within reach if the Americans show the necessary political will and lift the sanctions that contradict the nuclear deal.", "mikhail-bogdanov", 1, "Bogdanov", "", "", 1, "2022-01-18"),
 ("Nobody in Moscow wants a war. But for many years we have been saying that our concerns are ignored, and this time we want a serious answer.", "mikhail-bogdanov", 1, "Bogdanov", "", "", 1, "2022-01-18"),
]
L["aljazeera-2022-01-27-written-answers-live"] = [
 ("does not contain a positive response on the main question", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 ("our clear position on the inadmissibility of further expansion of the NATO to the east and the deployment of strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("our clear position on the inadmissibility of further expansion of the NATO to the east and the deployment of strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("it is obvious that our main concerns were not taken into consideration in this document", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("The spokeswoman of the Russian Foreign Ministry Maria Zakharova said in her weekly press briefing today that Moscow will not accept that the West answers its demand of withdrawal of the forces of the NATO to the lines of the year 1997 with the silence, and she requested a clear answer on this point.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 0, "2022-01-27"),
 ("The right of Ukraine to join the NATO is not a subject of negotiation with Russia, and neither is our military cooperation with our partners", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("The right of Ukraine to join the NATO is not a subject of negotiation with Russia, and neither is our military cooperation with our partners", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("The right of Ukraine to join the NATO is not a subject of negotiation with Russia, and neither is our military cooperation with our partners", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("We are not going to sign away, in a treaty or in any other paper, the right of countries to join the alliance in the future.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We are not going to sign away, in a treaty or in any other paper, the right of countries to join the alliance in the future.", "ned-price", 1, "Ned Price", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("We are not going to sign away, in a treaty or in any other paper, the right of countries to join the alliance in the future.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("the Russians put the offensive weapons on their borders at the top of the list, alongside the expansion, and here precisely the American answer was the weakest", "ahmed-darwish", 1, "Ahmed Darwish", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-27"),
 ("the Russians put the offensive weapons on their borders at the top of the list, alongside the expansion, and here precisely the American answer was the weakest", "ahmed-darwish", 1, "Ahmed Darwish", "nato-non-expansion", "mentions", 1, "2022-01-27"),
 ("the next days will show if the door of diplomacy remains open", "ahmed-darwish", 1, "Darwish", "", "", 1, "2022-01-27"),
 ("The Secretary General of the NATO Jens Stoltenberg said in a press conference in Brussels yesterday that the alliance sent to Moscow its own written proposals, and he explained that they include the reopening of the offices of the NATO in Moscow and of Russia in the alliance, the establishment of a civilian hotline and the restoration of the military contacts for reduction of the risks, and he called Russia to withdraw its forces from Ukraine and its surroundings.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("The Secretary General of the NATO Jens Stoltenberg said in a press conference in Brussels yesterday that the alliance sent to Moscow its own written proposals, and he explained that they include the reopening of the offices of the NATO in Moscow and of Russia in the alliance, the establishment of a civilian hotline and the restoration of the military contacts for reduction of the risks, and he called Russia to withdraw its forces from Ukraine and its surroundings.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("We will not have members of first class and members of second class in the alliance", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We make clear that there are fundamental principles that we are committed to preserve and defend, including the sovereignty of Ukraine and its territorial integrity and the right of the states to choose their security arrangements and their alliances", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He added that the document offers to Russia a serious diplomatic path, including measures of transparency and of confidence building concerning the military exercises and the manoeuvres in Europe, and the control of the weapons.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-26"),
]
L["ahram-2022-01-13-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau said the OSCE stood ready to host talks on military transparency and on restoring the military-to-military contacts between Russia and NATO that have withered in recent years.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("We need a guarantee that the military activity of NATO in Ukraine, in the South Caucasus and in Central Asia will stop. This is not a wish list, this is the minimum,", "alexander-lukashevich", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2022-01-13"),
 ("If we don't hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "the diplomat", "", "", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("Carpenter said Washington was ready to keep talking but urged Moscow to pull back the troops it has massed along Ukraine's border, adding: \"We will not negotiate away the right of sovereign states to choose their own alliances.\"", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("We will not negotiate away the right of sovereign states to choose their own alliances.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, "2022-01-13"),
 ("No serious negotiation is possible under the barrel of a gun. First the troops go back to their barracks, then we talk,", "yevhenii-tsymbaliuk", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("No serious negotiation is possible under the barrel of a gun. First the troops go back to their barracks, then we talk,", "yevhenii-tsymbaliuk", 1, "he", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("I see no grounds to sit down in the coming days, to gather again and start these same discussions,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("The deputy minister said the Americans' willingness to discuss intermediate-range missiles could not make up for their refusal on the main point, the non-expansion of NATO, and that the talks had reached what he called a \"dead end\".", "sergei-ryabkov", 1, "The deputy minister", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("The deputy minister said the Americans' willingness to discuss intermediate-range missiles could not make up for their refusal on the main point, the non-expansion of NATO, and that the talks had reached what he called a \"dead end\".", "sergei-ryabkov", 1, "The deputy minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 ("Moscow says it is ready to talk without preconditions, Washington says first de-escalate, and each side is preparing the ground to blame the other if things go wrong,", "hany-sallam", 1, "Hany Sallam", "no-preconditions", "mentions", 1, ""),
 ("Moscow says it is ready to talk without preconditions, Washington says first de-escalate, and each side is preparing the ground to blame the other if things go wrong,", "hany-sallam", 1, "Hany Sallam", "russia-de-escalation", "mentions", 1, ""),
 ("The Russians put the rollback to 1997 on the table so that they have something to give up later,", "hany-sallam", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("For Egypt, the bigger worry is the price of bread,", "hany-sallam", 1, "he", "", "", 1, ""),
 ("More than half of the wheat we import comes from Russia and Ukraine, and any war there will be felt in every Egyptian bakery.", "hany-sallam", 1, "he", "", "", 1, ""),
]
L["premiumtimes-2022-01-13-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
 ("No one else has anything to say, and of course Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("No one else has anything to say, and of course Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("According to the NATO chief, allies offered Russia a series of meetings on arms control, including on missiles, on reciprocal transparency of military exercises and on risk reduction, and proposed restoring military-to-military channels and re-opening their respective offices in Brussels and Moscow.", "jens-stoltenberg", 1, "the NATO chief", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("According to the NATO chief, allies offered Russia a series of meetings on arms control, including on missiles, on reciprocal transparency of military exercises and on risk reduction, and proposed restoring military-to-military channels and re-opening their respective offices in Brussels and Moscow.", "jens-stoltenberg", 1, "the NATO chief", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("According to the NATO chief, allies offered Russia a series of meetings on arms control, including on missiles, on reciprocal transparency of military exercises and on risk reduction, and proposed restoring military-to-military channels and re-opening their respective offices in Brussels and Moscow.", "jens-stoltenberg", 1, "the NATO chief", "resume-military-dialogue", "supports", 0, "2022-01-12"),
 ("Mr Stoltenberg also rejected Russia’s call for NATO to revoke its 2008 Bucharest pledge that Ukraine and Georgia would one day join, saying the decision “stands” and was taken by all allies.", "jens-stoltenberg", 1, "Stoltenberg", "rescind-bucharest-2008", "rejects", 0, "2022-01-12"),
 ("Mr Stoltenberg also rejected Russia’s call for NATO to revoke its 2008 Bucharest pledge that Ukraine and Georgia would one day join, saying the decision “stands” and was taken by all allies.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("We told our NATO colleagues that it is absolutely imperative to stop the expansion of the alliance and to disavow the decision taken in Bucharest in 2008,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, "2022-01-12"),
 ("We told our NATO colleagues that it is absolutely imperative to stop the expansion of the alliance and to disavow the decision taken in Bucharest in 2008,", "alexander-grushko", 1, "Grushko", "rescind-bucharest-2008", "supports", 1, "2022-01-12"),
 ("Grushko said Moscow saw no point, for now, in restoring the military liaison channels with the alliance that it shut down in October, as long as NATO treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("We demand that the alliance scale down its exercises near our borders and that its warships and bombers stop operating in areas from which they can hit Russian territory,", "alexander-fomin", 1, "the general", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("We demand that the alliance scale down its exercises near our borders and that its warships and bombers stop operating in areas from which they can hit Russian territory,", "alexander-fomin", 1, "the general", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-12"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who attended the meeting, told reporters on Wednesday that Washington would not accept limits on what allies station on their own territory, rejecting Moscow’s demand that no offensive weapons be deployed in countries bordering Russia.", "wendy-sherman", 1, "Wendy Sherman", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("U.S. Deputy Secretary of State Wendy Sherman, who attended the meeting, told reporters on Wednesday that Washington would not accept limits on what allies station on their own territory, rejecting Moscow’s demand that no offensive weapons be deployed in countries bordering Russia.", "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Lithuania’s Foreign Minister, Gabrielius Landsbergis, said in Vilnius on Wednesday that allies would not scale back drills on their own soil to please the Kremlin.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("The Russians are asking for a veto over Kyiv’s choices, written into a treaty, and the West says there is no veto. That is the whole story in one sentence,", "adaeze-okonkwo", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("The Russians are asking for a veto over Kyiv’s choices, written into a treaty, and the West says there is no veto. That is the whole story in one sentence,", "adaeze-okonkwo", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("The Russians are asking for a veto over Kyiv’s choices, written into a treaty, and the West says there is no veto. That is the whole story in one sentence,", "adaeze-okonkwo", 1, "she", "nato-open-door", "mentions", 1, ""),
 ("For Africa the danger is economic. Whoever is right about NATO’s borders, our markets will pay for a war through wheat and fuel prices,", "adaeze-okonkwo", 1, "Okonkwo", "", "", 1, ""),
]
L["nz-hansard-2022-02-09-oral-questions-ukraine"] = [
 ("New Zealand has consistently called on Russia to de-escalate and to withdraw the forces it has massed on Ukraine's border, and we have made that point directly to the Russian ambassador in Wellington.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "russia-de-escalation", "supports", 1, "2022-02-09"),
 ("We are also clear that Ukraine's sovereignty and territorial integrity must be respected by all parties.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "", "", 1, "2022-02-09"),
 ("Yes. New Zealand does not accept that any country should be able to dictate the alliances that another sovereign State chooses to join. Whether Ukraine joins NATO is a matter for Ukraine and for NATO's members, not for Russia.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "nato-open-door", "supports", 1, "2022-02-09"),
 ("Yes. New Zealand does not accept that any country should be able to dictate the alliances that another sovereign State chooses to join. Whether Ukraine joins NATO is a matter for Ukraine and for NATO's members, not for Russia.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "no-ukraine-membership", "rejects", 1, "2022-02-09"),
 ("Russia's proposals on missiles, on the operation of warships and aircraft, and on military exercises are matters on which the United States and NATO have said they are prepared to talk, and we would encourage Russia to take up that offer at the table.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "no-intermediate-range-missiles", "mentions", 1, "2022-02-09"),
 ("Russia's proposals on missiles, on the operation of warships and aircraft, and on military exercises are matters on which the United States and NATO have said they are prepared to talk, and we would encourage Russia to take up that offer at the table.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-02-09"),
 ("Russia's proposals on missiles, on the operation of warships and aircraft, and on military exercises are matters on which the United States and NATO have said they are prepared to talk, and we would encourage Russia to take up that offer at the table.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "limit-military-exercises", "mentions", 1, "2022-02-09"),
 ("Russia itself signed the Helsinki Final Act in 1975 and the Charter of Paris in 1990, and it reaffirmed those commitments at the OSCE summit in Istanbul in 1999.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "", "", 1, "2022-02-09"),
 ("I have seen those reports. The demand that NATO withdraw its forces from members that joined after 1997 is not one that New Zealand regards as a legitimate basis for negotiation. Those countries are sovereign members of the alliance.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "rollback-to-1997", "rejects", 1, "2022-02-09"),
 ("New Zealand does not currently have an autonomous sanctions regime, and any response would be considered in light of our obligations under the Charter of the United Nations and in close consultation with our partners.", "nanaia-mahuta", 1, "NANAIA MAHUTA", "", "", 1, "2022-02-09"),
 ("No request for military assistance has been received. The New Zealand Defence Force continues to monitor the situation closely, together with our partners.", "peeni-henare", 1, "PEENI HENARE", "", "", 1, "2022-02-09"),
 ("It is not for me to speculate on hypothetical deployments. Our focus is on the safety of New Zealanders in Ukraine, and the Ministry of Foreign Affairs and Trade has advised against all travel there.", "peeni-henare", 1, "PEENI HENARE", "", "", 1, "2022-02-09"),
]

write_gold(L, "articles-77", "gold-77")
