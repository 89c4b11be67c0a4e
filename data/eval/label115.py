#!/usr/bin/env python3
"""Writes the 115th held-out gold (gold-115/*.nq) from the labels below.

Batch 115 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, in forms and from outlets the earlier batches used
little:
- anadolu-...: Anadolu Agency wire copy from Geneva (10 Jan), no front
  matter, the date only in the byline ("10.01.2022"), straight quotes; a
  quotation split by "Ryabkov said", two quotations around one "Sherman
  said", "the American diplomat", a Moscow demand in passing inside
  Stoltenberg's sentence, the Baker 1990 story (unlabelled), an invented
  Turkish analyst.
- kyodo-...: Kyodo News wire (18 Dec 2021) with front matter, curly quotes;
  words quoted from the draft treaty (unlabelled), "according to the Russian
  Foreign Ministry", a "red lines" quote with no demand, "unacceptable" about
  no demand, an invented Japanese professor referred to as "she".
- lsm-...: LSM.lv edited transcript of a Saeima committee hearing (19 Jan)
  with upper-case speaker labels; the chair's questions are not labelled;
  one label per answer paragraph; a history paragraph (the 1997 Founding Act)
  gets only a demand-less label; "Moscow insists that ..." inside Rinkevics's
  answer is also Russia's label.
- npr-...: NPR Morning Edition transcript (27 Jan) with host, correspondent
  and archived soundbites; the correspondent's reported speech is labelled,
  his own words and the host's are not; "(Through interpreter)" is not part of
  the evidence; "the main issue" and "secondary issues" get no label.
- rg-mt-...: machine-translated digest of Rossiyskaya Gazeta / Izvestia
  (28 Jan), UTF-8 BOM and CRLF line ends, no front matter, guillemets with the
  attribution after the dash ("», — said Lavrov"), speakers named only by role
  ("the head of the Russian diplomacy", "The deputy minister").
- delfi-...: DELFI EN live blog (26 Jan), reverse chronological, „ “ and
  curly quotes mixed; two prime ministers in one sentence; Blinken and
  Moscow in one sentence; a photo caption (unlabelled).
- swissinfo-...: SWI swissinfo.ch Q&A interview (given on Wednesday 2 Feb,
  published 3 Feb) with an invented Geneva researcher; each answer paragraph
  is one quotation; a Baker 1990 answer is about history only.

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

D = "2022-01-10"
s = "Russian Deputy Foreign Minister Sergei Ryabkov told reporters at the Russian mission after the meeting that Moscow needed \"absolutely ironclad, legally binding guarantees\" that Ukraine and Georgia would never become members of the alliance."
s2 = "The deputy minister said the Russian delegation had also explained that the withdrawal of NATO forces and infrastructure from the states that joined the alliance after 1997 was \"an integral part\" of the package, and that Moscow would not accept a deal covering only secondary issues."
s3 = "He dismissed as \"inappropriate\" US calls for Russia to pull its troops back from the Ukrainian border, saying Moscow was free to move forces on its own territory and had no plans to attack anyone."
s4 = "She said the United States was open to discussing the possible future deployment of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia was ready to reciprocate."
s5 = "In Brussels, NATO Secretary-General Jens Stoltenberg said allies were ready to listen to Russia's concerns but would not compromise on core principles, despite Moscow's insistence that the alliance formally rule out any further enlargement."
L["anadolu-2022-01-10-geneva-ryabkov-sherman"] = [
 (s, "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, D),
 (s, "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("The American side, I must say, took our proposals seriously,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("but we did not see any readiness to meet us on the key point, the non-expansion of NATO. For us this is an absolute imperative.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 (s2, "sergei-ryabkov", 1, "The deputy minister", "rollback-to-1997", "supports", 0, D),
 (s3, "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters to the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (s4, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 (s4, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("It is hard to make real progress with 100,000 Russian troops massed on Ukraine's border. If Russia is serious about diplomacy, it can show it by de-escalating and pulling them back,", "wendy-sherman", 1, "the American diplomat", "russia-de-escalation", "supports", 1, D),
 ("We will not agree to anything about Ukraine without Ukraine, or about Europe without Europe,", "wendy-sherman", 1, "she", "", "", 1, D),
 (s5, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The West wants Russia to pull its troops back from the border, and Russia wants security guarantees. We tell both sides the same thing: the only way is dialogue,", "mevlut-cavusoglu", 1, "Cavusoglu", "russia-de-escalation", "mentions", 1, D),
 ("What Moscow wants is for NATO to stop exactly where it is today, and no American administration can promise that without betraying its allies,", "selim-erguder", 1, "Erguder", "nato-non-expansion", "mentions", 1, ""),
 ("We are not in a hurry, but we also cannot wait forever. The ball is in the American court.", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

F, S = "2021-12-17", "2021-12-18"
L["kyodo-2021-12-18-russia-draft-pacts-japan"] = [
 ("Our proposals are not a menu from which you can pick one dish and leave the rest. They are a package, and we expect a serious and quick answer,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, F),
 ("He said Moscow also wanted the United States to keep its warships and heavy bombers out of areas from which they could strike Russian territory, a restriction he said would apply equally to Russian forces.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, F),
 ("According to the Russian Foreign Ministry, the draft agreement with NATO, which the ministry published on Friday alongside the treaty, would also oblige the alliance and Russia not to conduct exercises above brigade level in an agreed zone along their borders.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "limit-military-exercises", "supports", 0, F),
 ("For us, legally binding guarantees are not a whim. They are a matter of our national security, and verbal assurances are no longer enough,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, F),
 ("the right of each nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, F),
 ("There will be no talks on European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, F),
 ("Japan supports the sovereignty and territorial integrity of Ukraine. Any attempt to change the status quo by force is unacceptable, wherever it happens,", "yoshimasa-hayashi", 1, "Hayashi", "", "", 1, S),
 ("Hayashi added that any U.S.-Russian negotiation on intermediate-range missiles would have to take into account the security of Asia, where Japan worries that such weapons could one day be deployed.", "yoshimasa-hayashi", 1, "Hayashi", "no-intermediate-range-missiles", "mentions", 0, S),
 ("Moscow is asking Washington to promise that Ukraine will never join NATO and that no strike weapons will be stationed anywhere near Russia’s borders. No American president can sign that, and the Kremlin knows it,", "keiko-morishita", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Moscow is asking Washington to promise that Ukraine will never join NATO and that no strike weapons will be stationed anywhere near Russia’s borders. No American president can sign that, and the Kremlin knows it,", "keiko-morishita", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Japan, she said, was likely to stick to the line set in Washington that every sovereign state has the right to choose its own alliances.", "keiko-morishita", 1, "she", "nato-open-door", "mentions", 0, ""),
]

W = "2022-01-19"
rk, pb = "RINKĒVIČS", "PABRIKS"
bu = "No. Revoking what the allies said in Bucharest in 2008 is not something NATO will do, and Latvia would not agree to it. The decision on who joins the alliance is taken by the country that applies and by the thirty allies, by nobody else."
ws = "As for the idea that allied ships and aircraft should stay away from Russia's borders, or that no strike weapons may be stationed in countries like ours, both are unacceptable. The Baltic Sea is international waters, air policing is not a provocation, and what we deploy on Latvian territory is for Latvia and its allies to decide."
uk = "I don't see that risk. Moscow insists that Kyiv must never join the alliance; our answer is that this is not Russia's decision to make. No ally has proposed to close the door to Ukraine, and Latvia certainly will not."
L["lsm-2022-01-20-saeima-committee-rinkevics-pabriks"] = [
 ("Thank you, madam chair. Last week we had three meetings in four days, in Geneva, Brussels and Vienna, and the Russian side came to all three with the same two documents. Both of them are built on the idea that some countries in Europe should have less sovereignty than others.", "edgars-rinkevics", 1, rk, "", "", 1, W),
 ("The demand that NATO pull its forces back to where they stood in 1997 is a non-starter for Latvia. It would mean that the allied battlegroup at Ādaži goes home and that we return to a grey zone. That will not happen.", "edgars-rinkevics", 1, rk, "rollback-to-1997", "rejects", 1, W),
 ("I would remind colleagues that in 1997 Russia itself signed the Founding Act with NATO, and at that time nobody in Moscow described it as a humiliation.", "edgars-rinkevics", 1, rk, "", "", 1, W),
 (bu, "edgars-rinkevics", 1, rk, "rescind-bucharest-2008", "rejects", 1, W),
 (bu, "edgars-rinkevics", 1, rk, "nato-open-door", "supports", 1, W),
 ("We are not against arms control, and we have said so to our American colleagues. Dialogue on risk reduction and on transparency makes sense, and Latvia will contribute to it.", "edgars-rinkevics", 1, rk, "", "", 1, W),
 ("But a missile moratorium that leaves Russia's Iskanders in Kaliningrad exactly where they are is not acceptable to us. We will not accept a Europe where Russian missiles stay and only ours are banned.", "edgars-rinkevics", 1, rk, "no-intermediate-range-missiles", "rejects", 1, W),
 ("Our exercises are defensive, and they are announced in advance. We will not cancel Crystal Arrow or any other exercise because Moscow does not like it, and we will not accept limits that apply to us and not to the Zapad drills in Belarus.", "artis-pabriks", 1, pb, "limit-military-exercises", "rejects", 1, W),
 (ws, "artis-pabriks", 1, pb, "no-warships-aircraft-in-strike-range", "rejects", 1, W),
 (ws, "artis-pabriks", 1, pb, "no-strike-weapons-near-borders", "rejects", 1, W),
 ("At the same time, let us look at what is actually happening. Russia has around 100,000 soldiers near Ukraine and is moving units into Belarus. If Moscow wants to show good faith, it should send those troops back to their barracks. That is the only de-escalation that counts.", "artis-pabriks", 1, pb, "russia-de-escalation", "supports", 1, W),
 ("Yes. I am in favour of keeping the channels open and of restoring regular contacts between the militaries, to avoid accidents and miscalculation. That is common sense, and it is not a concession to anybody.", "artis-pabriks", 1, pb, "resume-military-dialogue", "supports", 1, W),
 (uk, "edgars-rinkevics", 1, rk, "no-ukraine-membership", "rejects", 1, W),
 (uk, "edgars-rinkevics", 1, rk, "nato-open-door", "supports", 1, W),
 ("Moscow insists that Kyiv must never join the alliance; our answer is that this is not Russia's decision to make.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
]

Y, T = "2022-01-26", "2022-01-27"
pr = "State Department spokesman Ned Price had already told reporters the answer is, quote, \"not a treaty,\" and that Washington would not sign any legally binding guarantees of the kind Moscow has been demanding."
lv = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and of the deployment of strike weapons that could threaten the territory of the Russian Federation. On this main question, there is no positive reaction."
kl = "The American response does not close NATO's door and does not freeze the alliance where it stands today. That is exactly what we wanted to see, and we have no objections."
L["npr-2022-01-27-us-answer-moscow-morning-edition"] = [
 ("There is no change; there will be no change. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "ANTONY BLINKEN", "nato-open-door", "supports", 1, Y),
 ("Blinken also said Washington told Moscow, again, that any real progress starts with pulling back the more than 100,000 troops Russia has massed near Ukraine.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, Y),
 (pr, "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, ""),
 (pr, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (lv, "sergei-lavrov", 1, "SERGEY LAVROV", "nato-non-expansion", "supports", 1, T),
 (lv, "sergei-lavrov", 1, "SERGEY LAVROV", "no-strike-weapons-near-borders", "supports", 1, T),
 (kl, "dmytro-kuleba", 1, "DMYTRO KULEBA", "nato-open-door", "supports", 1, Y),
 (kl, "dmytro-kuleba", 1, "DMYTRO KULEBA", "nato-non-expansion", "rejects", 1, Y),
 ("No. The Russians asked NATO to pull its forces back to where they were in 1997, which would mean taking troops out of Poland and the Baltic states. That was always the item Washington would say no to first, and it did.", "greg-whitcombe", 1, "WHITCOMBE", "rollback-to-1997", "mentions", 1, T),
 ("Actually, quite a lot. We negotiated confidence-building measures with the Soviets in the worst years of the Cold War. There's a deal to be had if both sides want one, and I think parts of the Russian system do.", "greg-whitcombe", 1, "WHITCOMBE", "", "", 1, T),
 ("The military-to-military channel. That's the piece I'd push hardest. Our generals and theirs barely talk right now, and that's how accidents turn into crises. Restoring regular military-to-military contacts should be the first thing both sides agree on.", "greg-whitcombe", 1, "WHITCOMBE", "resume-military-dialogue", "supports", 1, T),
]

R, Th = "2022-01-28", "2022-01-27"
kr = "The head of MFA of Ukraine Dmitry Kuleba on the contrary approved the answers of the USA and declared, that Ukraine does not accept any requirements of Moscow about the refusal of Kiev from the membership in NATO."
su = "offered to speak about the missiles of medium and shorter range, but carefully bypassed the question of the cancellation of the Bucharest promises of 2008"
L["rg-mt-2022-01-28-lavrov-answers-no-positive-reaction"] = [
 ("If it depends on Russia, the war will not be. But we will not allow that our interests are roughly ignored", "sergei-lavrov", 1, "Lavrov", "", "", 1, R),
 ("By the words of the minister, the main question for Moscow remains the non-expansion of NATO to the east, and on this question the American side has answered negatively.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, R),
 ("The West selects from the OSCE documents only one phrase, about the freedom to choose the alliances, and forgets, that no one has the right to strengthen own security at the expense of the security of others", "sergei-lavrov", 1, "the head of the Russian diplomacy", "nato-open-door", "rejects", 1, R),
 ("While the alliance considers Russia as the adversary and speaks with us in the language of the deterrence, we do not see the sense in restoration of the military channels", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, ""),
 ("The official representative of MFA Maria Zakharova at the briefing on Thursday named «absurd» the demands to Russia to withdraw the troops from the own territory.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 0, Th),
 ("Earlier the deputy minister Sergei Ryabkov demanded, that NATO officially disavowed the decision of the Bucharest summit of 2008 about the future membership of Ukraine and Georgia.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rescind-bucharest-2008", "supports", 0, ""),
 ("Russia is ready to continue the talks without any preconditions and ultimatums, but not to the eternity", "sergei-ryabkov", 1, "The deputy minister", "no-preconditions", "supports", 1, ""),
 ("there is no hurry with the conclusions to be made", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, Th),
 (kr, "dmytro-kuleba", 1, "Dmitry Kuleba", "no-ukraine-membership", "rejects", 0, ""),
 (kr, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (su, "gleb-sutormin", 1, "Gleb Sutormin", "no-intermediate-range-missiles", "mentions", 1, ""),
 (su, "gleb-sutormin", 1, "Gleb Sutormin", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The ball now is on the side of Moscow, and the decision will be accepted by the president", "gleb-sutormin", 1, "the expert", "", "", 1, ""),
]

Wd = "2022-01-26"
bk = "Asked whether the allies were ready to formally withdraw the 2008 Bucharest promise to Kyiv and Tbilisi, as Moscow demands, Blinken said there would be “no change” on that."
kk = "Estonian Prime Minister Kaja Kallas and Latvian Prime Minister Krišjānis Kariņš both said on Wednesday that allied battlegroups would remain in the Baltic states whatever Russia wrote in its draft treaties."
lb = "Negotiating while Russian troops stand at Ukraine's border is negotiating under blackmail. First the troops must go back, then we can talk,"
L["delfi-2022-01-26-live-written-answers-moscow"] = [
 ("Restoring the military hotlines and the liaison offices is on the table now, and that is the least Moscow can accept without losing face,", "tomas-vaitkus", 1, "he", "resume-military-dialogue", "mentions", 1, Wd),
 ("Blinken said the United States was prepared to discuss rules for warships and aircraft operating near each other's borders, on a reciprocal basis, but gave no details.", "antony-blinken", 1, "Blinken", "no-warships-aircraft-in-strike-range", "mentions", 0, Wd),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, Wd),
 (bk, "antony-blinken", 1, "Blinken", "rescind-bucharest-2008", "rejects", 0, Wd),
 (bk, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (kk, "kaja-kallas", 1, "Kaja Kallas", "rollback-to-1997", "rejects", 0, Wd),
 (kk, "krisjanis-karins", 1, "Krišjānis Kariņš", "rollback-to-1997", "rejects", 0, Wd),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, Wd),
 (lb, "gabrielius-landsbergis", 1, "the minister", "russia-de-escalation", "supports", 1, Wd),
 (lb, "gabrielius-landsbergis", 1, "the minister", "no-preconditions", "rejects", 1, Wd),
 ("Russian Foreign Ministry spokeswoman Maria Zakharova told her briefing in Moscow that Western weapons deliveries and military instructors were turning Ukraine into „a NATO training ground“ and had to stop.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 0, Wd),
 ("Nobody will tell us with whom we train our army on our own land,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, Wd),
]

G = "2022-02-02"
ca = "Corinne Aebischer"
wr = "Exactly. Today Moscow wants what it did not get then: a legally binding text that rules out any further enlargement of the alliance. I understand the logic, but I don’t think any Western government can sign such a thing."
L["swissinfo-2022-02-03-aebischer-interview-arms-control"] = [
 ("Less than the optimists hoped, more than the pessimists feared. The two sides agreed to keep talking, which at the start of January was not a given.", "corinne-aebischer", 1, ca, "", "", 1, G),
 ("There was no written promise. James Baker did say something like ‘not one inch eastward’ to Gorbachev in February 1990, but that was in the context of German unification, and none of it went into a treaty.", "corinne-aebischer", 1, ca, "", "", 1, G),
 (wr, "corinne-aebischer", 1, ca, "written-legal-guarantees", "mentions", 1, G),
 (wr, "corinne-aebischer", 1, ca, "nato-non-expansion", "mentions", 1, G),
 ("Intermediate-range missiles, clearly. Both sides lost the INF Treaty in 2019, and both would benefit from a verifiable ban on deploying such missiles in Europe. I would start there.", "corinne-aebischer", 1, ca, "no-intermediate-range-missiles", "supports", 1, G),
 ("Exercises as well. A ceiling on snap drills close to the borders, advance notification, more observers: that is the Vienna Document, only modernised. It would make both sides safer.", "corinne-aebischer", 1, ca, "limit-military-exercises", "supports", 1, G),
 ("Frankly, I find that demand unacceptable. You cannot ask Poland or Estonia to become second-class members of the alliance, and I think Moscow knows this. It is a bargaining chip.", "corinne-aebischer", 1, ca, "rollback-to-1997", "rejects", 1, G),
 ("A ban on any NATO military activity in Ukraine, Georgia or Central Asia would end Western training missions there, and it would be very hard to verify. I would expect Moscow to drop that clause first if the talks ever get serious.", "corinne-aebischer", 1, ca, "no-military-activity-ex-soviet", "mentions", 1, G),
 ("Everyone says they want talks without preconditions, until they set their own. I would not take that slogan at face value from either side.", "corinne-aebischer", 1, ca, "no-preconditions", "mentions", 1, G),
 ("But de-escalation has to come from Russia, and the first step is simple: send some of those 100,000 soldiers back to their barracks.", "corinne-aebischer", 1, ca, "russia-de-escalation", "supports", 1, G),
 ("Switzerland hosted the Geneva meeting and can offer its good offices again, in Geneva or elsewhere. But let us be modest: the decisions will be taken in Moscow and Washington, not on the shores of Lake Geneva.", "corinne-aebischer", 1, ca, "", "", 1, G),
 ("Cautiously. Nobody has left the table yet.", "corinne-aebischer", 1, ca, "", "", 1, G),
]

write_gold(L, "articles-115", "gold-115")
