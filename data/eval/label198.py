#!/usr/bin/env python3
"""Writes the held-out gold of batch 198 (gold-198/*.nq) from the labels below.

Batch 198 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented but plausible articles, in forms and outlets recent batches
used little:

- pap-2022-01-13-rau-osce-vienna: PAP wire copy with front matter, straight
  quotes, dateline; Rau at the OSCE Permanent Council, the Russian envoy
  Lukashevich, US ambassador Carpenter, an invented Warsaw analyst whose
  quotation is split by "Wierzbowski told PAP", history of the 1997 Founding
  Act that is not labelled.
- anadolu-2022-01-10-geneva-ryabkov-sherman: Anadolu Agency copy without
  front matter (date in the byline line), curly quotes; Geneva talks, a
  quotation interrupted by "Sherman said", "According to Sherman", pronouns,
  an invented Ankara analyst.
- npr-2022-01-27-written-answers-heller: NPR Morning Edition transcript with
  a UTF-8 BOM and CRLF line ends; speaker labels, soundbites "(Through
  interpreter)", host questions (not labelled), an invented analyst whose
  answer paragraphs are one quotation each, a correspondent reporting Peskov.
- lsm-2022-01-13-krumins-interview: LSM.lv Q&A without front matter; answers
  as dash paragraphs of an invented Saeima committee deputy chair interviewed
  on the evening of the NATO-Russia Council (Wednesday, 12 Jan); the same
  speaker rejects a demand in one paragraph and offers to discuss it in the
  next; Rinkēvičs on Twitter.
- thehindu-2022-02-03-menon-security-guarantees: The Hindu op-ed with front
  matter; Baker 1990 and Bucharest 2008 history (not labelled), Putin on 23
  Dec and 1 Feb ("fundamental concerns" gets a demand-less label), two
  speakers in one sentence, invented New Delhi experts quoted without a day.
- rg-2021-12-18-grushko-ryabkov-drafts: machine-translated aggregator of
  Rossiyskaya Gazeta, « » quotes with ", - X said", "declared, that",
  "According to the diplomat", roles ("the deputy head of MFA").
- delfi-2022-01-26-live-written-answers: Delfi live blog with front matter,
  timestamped posts, „ “ and straight quotes; Stoltenberg with a demand
  attributed in passing to Moscow, two ministers in one sentence, a senior
  EU official, the Russian embassy in Vilnius, history in the opening post.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash, the speaker label or
  "(Through interpreter)"); questions, host and moderator get no label; the
  interviewee's name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "fundamental
  concerns", "core principles"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008),
  words quoted from documents, headlines, crossheads, standfirsts, photo
  captions and link lines are not labelled; statements by unnamed groups
  with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demand that ...") is also Russia's label (speaker
  russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-13"
L["pap-2022-01-13-rau-osce-vienna"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Rau, whose country took over the rotating chairmanship on January 1, said Warsaw was ready to host a renewed dialogue on European security that could cover arms control and confidence-building measures, including the scale and advance notification of military exercises.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, D),
 ("The OSCE is the natural place to talk about the transparency of exercises and about reducing military risks, and we will make that forum available to everyone,", "zbigniew-rau", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("We need legally binding guarantees, not vague promises, that NATO will not move one step further eastward,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, D),
 ("We need legally binding guarantees, not vague promises, that NATO will not move one step further eastward,", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("The Russian diplomat also said Moscow wanted the alliance and the United States to give up any military activity on the territory of Ukraine and other countries of Eastern Europe, the South Caucasus and Central Asia.", "alexander-lukashevich", 1, "The Russian diplomat", "no-military-activity-ex-soviet", "supports", 0, D),
 ("The drumbeat of war is sounding loud and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("We will not sign anything that freezes NATO's enlargement or takes away a country's sovereign right to choose its partners,", "michael-carpenter", 1, "he", "nato-non-expansion", "rejects", 1, D),
 ("We will not sign anything that freezes NATO's enlargement or takes away a country's sovereign right to choose its partners,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("Ukraine's permanent representative, Yevhenii Tsymbaliuk, told the meeting that the only way to lower tensions was for Russia to withdraw the more than 100,000 troops it had deployed along Ukraine's borders and in occupied Crimea.", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "russia-de-escalation", "supports", 0, D),
 ("Moscow is asking NATO to withdraw everything it has deployed on our territory since 1997,", "tomasz-wierzbowski", 1, "Wierzbowski", "rollback-to-1997", "mentions", 1, ""),
 ("That is simply a non-starter for Warsaw and for the Baltic states.", "tomasz-wierzbowski", 1, "Wierzbowski", "rollback-to-1997", "rejects", 1, ""),
 ("He said the Russian draft also asked that NATO aircraft and warships stay out of areas from which they could strike Russian territory, a clause that, taken literally, would end allied air policing over the Baltic states.", "tomasz-wierzbowski", 1, "He", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("What Rau is doing is sensible: he is keeping the OSCE door open without giving an inch on substance,", "tomasz-wierzbowski", 1, "Wierzbowski", "", "", 1, ""),
 ("Nothing about Central Europe can be decided without Central Europe, and Poland will not be anyone's bargaining chip,", "marcin-przydacz", 1, "Przydacz", "", "", 1, D),
 ("I see no basis to sit down in the coming days, to gather again and to begin the same discussions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
]
D = "2022-01-10"
L["anadolu-2022-01-10-geneva-ryabkov-sherman"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov also insisted that Russia had no intention of attacking Ukraine and said the movement of Russian troops on Russian territory was no one else’s business and would not be reversed under pressure.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("He added that Moscow also wanted Western drills near Russian borders to be scaled back sharply, and that the American side had been told this clearly.", "sergei-ryabkov", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("We have the impression that the American side has taken the Russian proposals very seriously and has studied them deeply,", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("We will not,", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("According to Sherman, the US side was open to discussing the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("According to Sherman, the US side was open to discussing the future deployment of intermediate-range missiles in Europe and possible reciprocal limits on the size and scope of military exercises, provided Russia was willing to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She also said Washington had urged Moscow to pull back the roughly 100,000 troops it has massed near Ukraine, adding that it would be “very hard” to make progress while the build-up continued.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("Türkiye is ready to do its part so that this crisis is solved through diplomacy,", "mevlut-cavusoglu", 1, "Çavuşoğlu", "", "", 1, D),
 ("Moscow demands that the alliance go back to its 1997 positions, while Washington is ready to talk only about missiles and exercises,", "selim-koruturk", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("Moscow demands that the alliance go back to its 1997 positions, while Washington is ready to talk only about missiles and exercises,", "selim-koruturk", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Moscow demands that the alliance go back to its 1997 positions, while Washington is ready to talk only about missiles and exercises,", "selim-koruturk", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Nobody in Moscow expected the Americans to sign the draft as it is,", "selim-koruturk", 1, "Korutürk", "", "", 1, ""),
 ("We are ready to engage in dialogue with Russia, but we are not ready to compromise on core principles,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
]
D = "2022-01-27"
L["npr-2022-01-27-written-answers-heller"] = [
 ("There is no change; there will be no change. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no positive reaction in this document on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, D),
 ("There is no positive reaction in this document on the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Well, the letter does two things. It says no on keeping Ukraine out of NATO forever, and it says, let's talk, on a range of other issues. That is pretty much what everybody expected.", "marcus-heller", 1, "Marcus Heller", "no-ukraine-membership", "mentions", 1, D),
 ("The things on the table are reciprocal transparency on exercises, a possible arrangement on where intermediate-range missiles can be placed in Europe, and reviving the military channels that were cut off. That last one matters more than people think. When your generals can't pick up the phone to each other, a small incident can become a big one, and I'd like to see those channels reopened tomorrow.", "marcus-heller", 1, "Marcus Heller", "limit-military-exercises", "mentions", 1, D),
 ("The things on the table are reciprocal transparency on exercises, a possible arrangement on where intermediate-range missiles can be placed in Europe, and reviving the military channels that were cut off. That last one matters more than people think. When your generals can't pick up the phone to each other, a small incident can become a big one, and I'd like to see those channels reopened tomorrow.", "marcus-heller", 1, "Marcus Heller", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The things on the table are reciprocal transparency on exercises, a possible arrangement on where intermediate-range missiles can be placed in Europe, and reviving the military channels that were cut off. That last one matters more than people think. When your generals can't pick up the phone to each other, a small incident can become a big one, and I'd like to see those channels reopened tomorrow.", "marcus-heller", 1, "Marcus Heller", "resume-military-dialogue", "supports", 1, D),
 ("Frankly, a legally binding treaty on NATO's future is never going to get through the Senate, and Moscow knows that. I don't think Washington should even try. Treaties like that take years to ratify, and this crisis is being measured in weeks.", "marcus-heller", 1, "Marcus Heller", "written-legal-guarantees", "rejects", 1, D),
 ("Not necessarily. Notice that he didn't slam the door. He said Moscow would study the answer and that President Putin would decide. The Kremlin has left itself room to keep talking, and I think that's deliberate.", "marcus-heller", 1, "Marcus Heller", "", "", 1, D),
 ("The first thing is that those battalion tactical groups around Ukraine have to go back to their garrisons. Everything else only works if Russia stops pointing a gun at Ukraine's head.", "marcus-heller", 1, "Marcus Heller", "russia-de-escalation", "supports", 1, D),
 ("The United States has not made any concessions behind Ukraine's back, and it will not, and we are grateful for that.", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, ""),
 ("He did, though, repeat that Moscow still wants a legally binding guarantee that NATO will stop expanding eastward.", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("He did, though, repeat that Moscow still wants a legally binding guarantee that NATO will stop expanding eastward.", "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("We will not rush to conclusions. We will take the time needed to analyze this text carefully.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
]
D = "2022-01-12"
K = ("edgars-krumins", 1, "Edgars Krūmiņš")
L["lsm-2022-01-13-krumins-interview"] = [
 ("It would mean that the Canadian-led battlegroup at Ādaži packs up and goes home, that the allied jets at Šiauliai stop flying, and that we are left with our own forces facing a neighbour that has just massed 100,000 soldiers next to Ukraine.", *K, "rollback-to-1997", "rejects", 1, D),
 ("Let me be very clear. Pulling NATO back to where it stood in 1997 is not a proposal we can discuss. It is unacceptable for Latvia, and I heard today that it is unacceptable for every ally around that table.", *K, "rollback-to-1997", "rejects", 1, D),
 ("Russia has Iskanders in Kaliningrad, 200 kilometres from Riga, and it wants to tell us what we may have on our own soil. No, we will not accept limits on our defences that Russia does not accept on its own.", *K, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("A moratorium sounds nice. But Russia deployed the 9M729 missile for years while the INF treaty was still in force, and a moratorium now would simply freeze that advantage. I don't think any ally should agree to it on those terms.", *K, "no-intermediate-range-missiles", "rejects", 1, D),
 ("Honestly, Russia wants us to stop training in our own country, and that is absurd. Zapad 2021 involved 200,000 troops, and now they ask whether a few thousand allied soldiers may exercise in Latgale. Our answer to that is no.", *K, "limit-military-exercises", "rejects", 1, D),
 ("What we could discuss is notification and observers, the Vienna Document, transparency for both sides. That is a different thing from a ban.", *K, "limit-military-exercises", "mentions", 1, D),
 ("It came up in Brussels today, as I understand it, and the secretary general mentioned it. Russia suspended its own mission to NATO in October, so whether this goes anywhere is up to Moscow.", *K, "resume-military-dialogue", "mentions", 1, D),
 ("De-escalation, first and foremost. Russia has to withdraw the forces it has sent to the Ukrainian border and to Belarus. Without that, the talk of security guarantees is just a smokescreen.", *K, "russia-de-escalation", "supports", 1, D),
 ("I don't see that risk today. Secretary Blinken and Deputy Secretary Sherman have been in touch with Riga constantly, and every ally has said the same thing: nothing about us without us.", *K, "", "", 1, D),
 ("NATO's open door policy is not up for negotiation, and Ukraine's path is for Ukraine to decide,", "edgars-rinkevics", 1, "Rinkēvičs", "nato-open-door", "supports", 1, D),
 ("NATO's open door policy is not up for negotiation, and Ukraine's path is for Ukraine to decide,", "edgars-rinkevics", 1, "Rinkēvičs", "no-ukraine-membership", "rejects", 1, D),
]
LR = "Foreign Minister Sergei Lavrov and his deputy Sergei Ryabkov have both said since then that any reply that leaves out non-expansion cannot serve as the basis for an agreement."
L["thehindu-2022-02-03-menon-security-guarantees"] = [
 ("We have made it clear that any further movement of NATO to the east is unacceptable. Is there something unclear about this?", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 (LR, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, ""),
 (LR, "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, ""),
 ("Moscow asked for talks without preconditions and, in a sense, it has got them, just not on the subjects it chose,", "nandini-rao", 1, "Rao", "no-preconditions", "mentions", 1, ""),
 ("The Americans want the troops pulled back first, the Russians want the guarantees first. That is the whole knot.", "nandini-rao", 1, "Rao", "russia-de-escalation", "mentions", 1, ""),
 ("People forget that Moscow also wants the Bucharest pledge formally withdrawn, and wants NATO ships and aircraft kept out of range of its territory,", "nandini-rao", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("People forget that Moscow also wants the Bucharest pledge formally withdrawn, and wants NATO ships and aircraft kept out of range of its territory,", "nandini-rao", 1, "she", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The Russians are asking for a treaty because they no longer trust verbal assurances, and that is a position Washington will discuss only if it gets something equally binding in return,", "arjun-sethi", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Offensive systems deployed close to Russia's borders are a legitimate Russian concern, and any serious arrangement in Europe has to address them,", "arjun-sethi", 1, "he", "no-strike-weapons-near-borders", "supports", 1, ""),
 ("We believe the issue can only be resolved through quiet and constructive diplomacy,", "arindam-bagchi", 1, "Bagchi", "", "", 1, "2022-01-28"),
 ("Dr. Rao also flags the Russian demand that the U.S. end all military cooperation with former Soviet states outside NATO.", "nandini-rao", 1, "Rao", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("That clause would cut Kyiv and Tbilisi off from Western training and weapons, which is exactly why it was written,", "nandini-rao", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Ukraine and Georgia, she adds, will keep insisting that every state may choose its own alliances.", "nandini-rao", 1, "she", "nato-open-door", "mentions", 0, ""),
]
D = "2021-12-18"
L["rg-2021-12-18-grushko-ryabkov-drafts"] = [
 ("We speak clearly about what we need. Either they take seriously what we put on the table, or they will face the military-technical alternative", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("According to the diplomat, the alliance must refuse the decision of the Bucharest summit of 2008, in which Ukraine and Georgia were promised the membership, because without this no stability in Europe is possible.", "alexander-grushko", 1, "the diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("The so-called policy of open doors is a dead end. Nobody has the right to expand the military bloc at the expense of the security of others", "alexander-grushko", 1, "the deputy minister", "nato-open-door", "rejects", 1, D),
 ("The so-called policy of open doors is a dead end. Nobody has the right to expand the military bloc at the expense of the security of others", "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 ("He also declared, that Russia wants the NATO forces and armament, placed after 1997 in the countries which joined the alliance later, to be withdrawn to the positions of that year.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Grushko noted that the ships and the aircraft of the USA and NATO must not operate in the zones from where they are able to strike the targets on the territory of Russia.", "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("This concerns first of all the Black Sea and the Baltic, where the provocative flights near our borders became the norm", "alexander-grushko", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("In addition the diplomat said, that Moscow is ready to restore the channels of the military contacts with the alliance, which were broken by the NATO side in 2014.", "alexander-grushko", 1, "the diplomat", "resume-military-dialogue", "supports", 0, D),
 ("We need the regular dialogue of the militaries, to avoid the incidents and the dangerous military activity", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "supports", 1, D),
 ("We are ready to begin negotiations immediately, even on Saturday, without any preconditions", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 1, "2021-12-17"),
 ("He specified, that in the draft treaty with the USA there is the provision about the refusal from the deployment of the ground-based intermediate and shorter-range missiles in the zones from where they can strike the territory of the other side.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("For us this is the question of principle", "sergei-ryabkov", 1, "the deputy head of MFA", "no-intermediate-range-missiles", "supports", 1, "2021-12-17"),
 ("The President instructed to publish the texts, so that our partners and the public understand the logic of our proposals", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("Only Ukraine and the 30 members of the alliance decide, will Ukraine be in NATO. Russia has no voice here", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, ""),
 ("Only Ukraine and the 30 members of the alliance decide, will Ukraine be in NATO. Russia has no voice here", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, ""),
 ("The political scientist, the director of the Center of the Euro-Atlantic research Vadim Strelnikov, considers, that in Washington are ready to speak about the deployment of the strike weapons, but not about the non-expansion of NATO.", "vadim-strelnikov", 1, "Vadim Strelnikov", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("The political scientist, the director of the Center of the Euro-Atlantic research Vadim Strelnikov, considers, that in Washington are ready to speak about the deployment of the strike weapons, but not about the non-expansion of NATO.", "vadim-strelnikov", 1, "Vadim Strelnikov", "nato-non-expansion", "mentions", 0, ""),
 ("The Americans will take from the package what is convenient for them", "vadim-strelnikov", 1, "the expert", "", "", 1, ""),
 ("Any dialogue with Russia would also need to address NATO's concerns about Russia's actions", "jens-stoltenberg", 1, "he", "", "", 1, "2021-12-17"),
]
D = "2022-01-26"
ST = "Stoltenberg said allies would not withdraw troops from the eastern flank despite Moscow's demand that the alliance pull its forces back to where they stood in 1997."
LL = "Lithuanian Foreign Minister Gabrielius Landsbergis and his Estonian counterpart Eva-Maria Liimets said on Wednesday that Russia must first pull back the troops it has massed near Ukraine if the talks are to mean anything."
L["delfi-2022-01-26-live-written-answers"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the right of every nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 (ST, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We propose to re-open our respective offices in Moscow and Brussels and to make better use of military lines of communication to avoid incidents,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, D),
 (LL, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 0, D),
 (LL, "eva-maria-liimets", 1, "Eva-Maria Liimets", "russia-de-escalation", "supports", 0, D),
 ("Talks without conditions while 100,000 soldiers stand at Ukraine's border are not talks, they are blackmail,", "gabrielius-landsbergis", 1, "the minister", "no-preconditions", "rejects", 1, D),
 ("The Bucharest decision stands, and nobody in this alliance is going to tear it up to please the Kremlin,", "gabrielius-landsbergis", 1, "he", "rescind-bucharest-2008", "rejects", 1, D),
 ("Lithuanian Defence Minister Arvydas Anušauskas dismissed the Russian demand that allied warplanes and ships keep out of range of Russian territory, saying NATO air policing over the Baltic states would continue as before.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", "no-warships-aircraft-in-strike-range", "rejects", 0, D),
 ("Our skies are NATO skies, and the Baltic Sea is not a Russian lake,", "arvydas-anusauskas", 1, "he", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("We do not see any reason for panic, but we are preparing for every scenario,", "gitanas-nauseda", 1, "Nausėda", "", "", 1, D),
 ("A senior EU official, speaking to journalists in Brussels on condition of anonymity, said the EU expected Russia to pull back its forces from the Ukrainian border before any agreement could be reached.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, D),
 ("In Moscow, Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing that Moscow saw no point in restoring channels between the two militaries as long as the alliance \"treats Russia as an adversary\".", "maria-zakharova", 1, "Maria Zakharova", "resume-military-dialogue", "rejects", 0, D),
 ("They broke off cooperation themselves, and now they present its return as a gift to us,", "maria-zakharova", 1, "Zakharova", "resume-military-dialogue", "rejects", 1, D),
 ("The Russian embassy in Vilnius wrote on Facebook on Wednesday that Russia needed firm guarantees that the alliance would not grow any further, calling NATO enlargement \"a direct threat\".", "russia", 0, "The Russian embassy in Vilnius", "nato-non-expansion", "supports", 0, D),
 ("We will need time to study whatever arrives, and then we will decide,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
]

write_gold(L, "articles-198", "gold-198")
