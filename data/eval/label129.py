#!/usr/bin/env python3
"""Writes the 129th held-out gold (gold-129/*.nq) from the labels below.

Batch 129 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented but plausible articles, in forms the earlier batches used
little:
- npr-2022-01-10-geneva-talks-no-breakthrough: an NPR radio transcript
  (host, reporter, "(SOUNDBITE OF ARCHIVED RECORDING)" clips with upper-case
  speaker labels, a studio interview with an invented analyst); no front
  matter, date in the "January 10, 2022 4:58 PM ET" line; straight text.
- anadolu-2022-01-26-us-nato-written-replies: Anadolu Agency wire copy, no
  front matter, byline "|26.01.2022", straight double quotes, dash
  crossheads, a quotation split by "Peskov said".
- lsm-2022-01-12-pabriks-interview: LSM.lv Q&A interview with front matter;
  questions "LSM: ...", answers "– ..." (one answer over two paragraphs).
- rg-2021-12-18-grushko-ryabkov-guarantees: a machine-translated
  Rossiyskaya Gazeta story, UTF-8 BOM and CRLF line ends, front matter,
  «guillemet» quotations with "- has noted the diplomat" attribution after
  them, speakers named by role ("the deputy minister") and pronoun.
- helsinki-times-2022-01-19-finland-nato-option: Helsinki Times news story
  with front matter, curly quotes, two speakers in one sentence, an
  invented FIIA researcher, a demand attributed in passing to Moscow.
- hindu-2022-01-28-what-russia-asked-for: an op-ed in The Hindu (front
  matter, headline, standfirst, crossheads, author's note) with historical
  background (Baker 1990, the Founding Act, Bucharest 2008) and document
  wording that is not labelled, invented Indian experts, a split quotation.
- belsat-2022-02-02-live-security-demands: a Belsat live blog, no front
  matter, newest entries first, „Polish“ quotation marks, recaps of the
  previous day.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said" is
  two spans; a quotation running over two sentences is one span;
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
L["npr-2022-01-10-geneva-talks-no-breakthrough"] = [
 ("He said Russia needed what he called ironclad, waterproof, bulletproof, legally binding guarantees, and he left no doubt about what sits at the top of that list.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need legally binding guarantees, not promises and not assurances.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("For us, it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO. We need legally binding guarantees, not promises and not assurances.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The conversation was difficult, long, very professional, deep and concrete, without any attempt to smooth over the differences.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-10"),
 ("Ryabkov said Russia would accept no preconditions for continuing the dialogue, and he dismissed calls for a pullback from the Ukrainian border, saying these were Russian troops on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2022-01-10"),
 ("Ryabkov said Russia would accept no preconditions for continuing the dialogue, and he dismissed calls for a pullback from the Ukrainian border, saying these were Russian troops on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We proposed that neither side deploys intermediate-range and shorter-range missiles in places from where they can reach the territory of the other. This is a serious proposal, and it is on the table.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Wendy Sherman", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-10"),
 ("But she also said there were areas where Washington was prepared to talk, including the future deployment of missiles in Europe and reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("But she also said there were areas where Washington was prepared to talk, including the future deployment of missiles in Europe and reciprocal limits on the size and scope of military exercises.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("State Department spokesman Ned Price told reporters this evening that the question of where U.S. warships and bombers may operate near Russia had come up in Geneva, and that the American side had listened and made no commitments.", "ned-price", 1, "Ned Price", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-10"),
 ("I heard two delegations reading out their positions to each other, and not much else. Both sides got through the day without anyone walking out, and in this climate that counts for something.", "thea-morrow", 1, "Thea Morrow", "", "", 1, "2022-01-10"),
 ("Possibly, on the old arms-control files. The people in that room know how to work them, and they have done it before, in much colder times than these.", "thea-morrow", 1, "Thea Morrow", "", "", 1, "2022-01-10"),
 ("What nobody should expect is a treaty. The Senate is not going to ratify a document that tells Ukraine whom it may ally with, and frankly it shouldn't.", "thea-morrow", 1, "Thea Morrow", "written-legal-guarantees", "rejects", 1, "2022-01-10"),
 ("What nobody should expect is a treaty. The Senate is not going to ratify a document that tells Ukraine whom it may ally with, and frankly it shouldn't.", "thea-morrow", 1, "Thea Morrow", "no-ukraine-membership", "rejects", 1, "2022-01-10"),
 ("What nobody should expect is a treaty. The Senate is not going to ratify a document that tells Ukraine whom it may ally with, and frankly it shouldn't.", "thea-morrow", 1, "Thea Morrow", "nato-open-door", "supports", 1, "2022-01-10"),
]
L["anadolu-2022-01-26-us-nato-written-replies"] = [
 ("US Secretary of State Antony Blinken told a news conference at the State Department that the document, handed to the Russian Foreign Ministry in Moscow by US Ambassador John Sullivan, made clear that Washington would not give ground on NATO's open-door policy.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("NATO's door is open, it remains open, and that is our commitment,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("Blinken said the US was ready to discuss reciprocal transparency measures regarding offensive weapons systems in Ukraine, as well as conditions for the deployment of intermediate-range missiles in Europe, but that progress would be hard to imagine while Russian forces remained massed on Ukraine's border.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Blinken said the US was ready to discuss reciprocal transparency measures regarding offensive weapons systems in Ukraine, as well as conditions for the deployment of intermediate-range missiles in Europe, but that progress would be hard to imagine while Russian forces remained massed on Ukraine's border.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Blinken said the US was ready to discuss reciprocal transparency measures regarding offensive weapons systems in Ukraine, as well as conditions for the deployment of intermediate-range missiles in Europe, but that progress would be hard to imagine while Russian forces remained massed on Ukraine's border.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("because we think that diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("In Brussels, NATO Secretary General Jens Stoltenberg said the alliance had sent its own proposals to Moscow in parallel, offering to reopen the NATO and Russian missions in each other's capitals, to set up a civilian hotline and to restore military-to-military channels to reduce the risk of incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance, and of Europe and North America, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("Stoltenberg also dismissed as \"a non-starter\" Moscow's demand that NATO withdraw troops and equipment from allies that joined after 1997, saying the alliance would not accept first- and second-class members.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("Stoltenberg also dismissed as \"a non-starter\" Moscow's demand that NATO withdraw troops and equipment from allies that joined after 1997, saying the alliance would not accept first- and second-class members.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are against war in the region, and we have told both our Russian and our Ukrainian friends that we are ready to host talks,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, "2022-01-26"),
 ("Russia is moving troops on its own territory,", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-26"),
 ("and calls for us to withdraw them from our own border are absolutely unacceptable.", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, "2022-01-26"),
 ("A guarantee that Ukraine will never join NATO on one side, the open-door principle and an offer of arms control on the other. These are two different conversations,", "selin-aydemir", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("A guarantee that Ukraine will never join NATO on one side, the open-door principle and an offer of arms control on the other. These are two different conversations,", "selin-aydemir", 1, "she", "nato-open-door", "mentions", 1, ""),
]
L["lsm-2022-01-12-pabriks-interview"] = [
 ("As seriously as one takes any ultimatum. It is not going to happen. The multinational battlegroup at Ādaži stays, the Canadians stay, and if anything there will be more allied soldiers here by summer, not fewer.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("In 1997 Latvia was not even on NATO's list. Everything we have built since then we built as a sovereign state, together with our allies, and we are not going to dismantle it because somebody in Moscow drew a line on an old map.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("We will not cancel a single exercise because the Kremlin asks for it. Russia holds exercises with tens of thousands of soldiers right next to our border, and now it is moving troops into Belarus, and nobody asked our opinion. Transparency, yes, under the Vienna Document. A ban, no.", "artis-pabriks", 1, "Artis Pabriks", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("A missile ban that applies to our allies and not to the Iskanders in Kaliningrad is unacceptable to us. Let the Americans and the Russians discuss arms control, that is their business, but Latvia will not accept a deal that leaves Russian missiles pointed at Riga and ties our allies' hands.", "artis-pabriks", 1, "Artis Pabriks", "no-intermediate-range-missiles", "rejects", 1, "2022-01-12"),
 ("Latvia will not become a grey zone where our allies may not place the weapons needed to defend us. What is deployed on Latvian soil is decided by Latvia and by NATO, not by the Russian Foreign Ministry.", "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("I expect the allies to speak with one voice. Dialogue is fine, talking is always better than shooting, but first Russia has to take its troops back from Ukraine's borders.", "artis-pabriks", 1, "Artis Pabriks", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Because that promise would not really be about Ukraine, it would be about all of us. If the allies give Russia a veto over Kyiv today, tomorrow it will ask for a veto over Helsinki or Stockholm. Nobody in Moscow had a veto when Latvia joined, and nobody should have one now.", "artis-pabriks", 1, "Artis Pabriks", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Because that promise would not really be about Ukraine, it would be about all of us. If the allies give Russia a veto over Kyiv today, tomorrow it will ask for a veto over Helsinki or Stockholm. Nobody in Moscow had a veto when Latvia joined, and nobody should have one now.", "artis-pabriks", 1, "Artis Pabriks", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We are in daily contact with our Estonian and Lithuanian colleagues, and the message is the same: stay calm and stay prepared. Our army is not the army of 1991, and our allies are here.", "artis-pabriks", 1, "Artis Pabriks", "", "", 1, "2022-01-12"),
]
L["rg-2021-12-18-grushko-ryabkov-guarantees"] = [
 ("We speak absolutely honestly that the alliance must stop the expansion to the east, and this is not the subject of bargaining", "alexander-grushko", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2021-12-18"),
 ("According to Grushko, the draft of the agreement with NATO provides, that the parties will not deploy the military ships and the aircraft in the areas, from where they can strike on the targets on the territory of other party, and also will reduce the scale of the exercises near the line of contact.", "alexander-grushko", 1, "Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-18"),
 ("According to Grushko, the draft of the agreement with NATO provides, that the parties will not deploy the military ships and the aircraft in the areas, from where they can strike on the targets on the territory of other party, and also will reduce the scale of the exercises near the line of contact.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, "2021-12-18"),
 ("If our colleagues do not want to hear us, then we will pass to the creation of counter-threats. There will be no other way then", "alexander-grushko", 1, "he", "", "", 1, "2021-12-18"),
 ("The deputy minister has specified, that at the present moment there is no sense to restore the channels of the military contacts with the alliance, which were frozen after the closing of the Russian mission at NATO in October.", "alexander-grushko", 1, "The deputy minister", "resume-military-dialogue", "rejects", 0, "2021-12-18"),
 ("The restoration of the military contacts has no sense, while NATO is seeing in Russia the enemy and not the partner", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 1, "2021-12-18"),
 ("We need the firm, legally fixed obligations, which exclude the further moving of NATO to the east and the deployment of weapon systems, threatening us, in the direct proximity from the Russian territory", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-18"),
 ("We need the firm, legally fixed obligations, which exclude the further moving of NATO to the east and the deployment of weapon systems, threatening us, in the direct proximity from the Russian territory", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2021-12-18"),
 ("We need the firm, legally fixed obligations, which exclude the further moving of NATO to the east and the deployment of weapon systems, threatening us, in the direct proximity from the Russian territory", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, "2021-12-18"),
 ("According to him, the USA and their allies have to refuse any military activity on the territory of Ukraine, and also of other states of the Eastern Europe, the South Caucasus and the Central Asia.", "sergei-ryabkov", 1, "him", "no-military-activity-ex-soviet", "supports", 0, "2021-12-18"),
 ("This formula of Bucharest must be disavowed, it must be cancelled officially. Without this there will be no movement", "sergei-ryabkov", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 1, "2021-12-18"),
 ("The West will have to answer, even if it does not like the form of the question. To keep silence will not be possible", "gleb-kornilov", 1, "he", "", "", 1, ""),
]
L["helsinki-times-2022-01-19-finland-nato-option"] = [
 ("President Sauli Niinistö and Prime Minister Sanna Marin have both said in recent weeks that Finland reserves the right to apply to join the alliance, should it so decide.", "sauli-niinisto", 1, "Sauli Niinistö", "nato-open-door", "supports", 0, ""),
 ("President Sauli Niinistö and Prime Minister Sanna Marin have both said in recent weeks that Finland reserves the right to apply to join the alliance, should it so decide.", "sanna-marin", 1, "Sanna Marin", "nato-open-door", "supports", 0, ""),
 ("also include the possibility of military alignment and of applying for NATO membership, should we ourselves so decide.", "sauli-niinisto", 1, "Niinistö", "nato-open-door", "supports", 1, "2022-01-01"),
 ("We have a good and functioning relationship with Russia, and we intend to keep it that way,", "sanna-marin", 1, "Marin", "", "", 1, "2022-01-19"),
 ("Finland's defence capability is strong, and it will stay strong whatever decisions are made in Moscow,", "antti-kaikkonen", 1, "Kaikkonen", "", "", 1, "2022-01-17"),
 ("The drafts ask the alliance to pull its forces back to where they stood in 1997 and to stop taking in new members. Finland's leaders are simply reminding everyone that the second point concerns us too,", "jussi-lehtovaara", 1, "Lehtovaara", "rollback-to-1997", "mentions", 1, ""),
 ("The drafts ask the alliance to pull its forces back to where they stood in 1997 and to stop taking in new members. Finland's leaders are simply reminding everyone that the second point concerns us too,", "jussi-lehtovaara", 1, "Lehtovaara", "nato-non-expansion", "mentions", 1, ""),
 ("According to Lehtovaara, Western capitals are asking Russia to pull its troops back from Ukraine's border before any serious negotiation, while Moscow wants the talks to go ahead with no strings attached.", "jussi-lehtovaara", 1, "Lehtovaara", "russia-de-escalation", "mentions", 0, ""),
 ("According to Lehtovaara, Western capitals are asking Russia to pull its troops back from Ukraine's border before any serious negotiation, while Moscow wants the talks to go ahead with no strings attached.", "jussi-lehtovaara", 1, "Lehtovaara", "no-preconditions", "mentions", 0, ""),
 ("According to Lehtovaara, Western capitals are asking Russia to pull its troops back from Ukraine's border before any serious negotiation, while Moscow wants the talks to go ahead with no strings attached.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("A legally binding treaty of that kind is something the West has never given anyone outside the alliance, and everybody in Moscow knows that,", "jussi-lehtovaara", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Talking without conditions sounds good, but Russia cannot expect to be rewarded for massing troops. The pull-back has to come first,", "pekka-haavisto", 1, "Haavisto", "no-preconditions", "rejects", 1, "2022-01-18"),
 ("Talking without conditions sounds good, but Russia cannot expect to be rewarded for massing troops. The pull-back has to come first,", "pekka-haavisto", 1, "Haavisto", "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("Swedish Prime Minister Magdalena Andersson, speaking at the annual Folk och Försvar conference in Sälen on 9 January, had earlier said her country’s security policy line would be decided in Stockholm and nowhere else.", "magdalena-andersson", 1, "Magdalena Andersson", "nato-open-door", "supports", 0, "2022-01-09"),
 ("The Russian Foreign Ministry has warned on several occasions that a decision by either Nordic country to join NATO would meet a response from Moscow.", "russian-foreign-ministry", 0, "The Russian Foreign Ministry", "nato-non-expansion", "supports", 0, ""),
]
L["hindu-2022-01-28-what-russia-asked-for"] = [
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Our Western colleagues quote one line, the freedom to choose alliances,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("and forget the very next one, that no state may strengthen its security at the expense of others.", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("The United States will continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Revoking Bucharest is the item nobody in Washington even wants to read aloud, and yet after non-expansion it may be the most important one on the list,", "nandini-iyer", 1, "Nandini Iyer", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Revoking Bucharest is the item nobody in Washington even wants to read aloud, and yet after non-expansion it may be the most important one on the list,", "nandini-iyer", 1, "Nandini Iyer", "nato-non-expansion", "mentions", 1, ""),
 ("What Moscow really wants, Prof. Iyer argues, is an end to Western training missions and arms deliveries in Ukraine, Georgia and Moldova, the “military activity” that its draft treaty would ban across the former Soviet space.", "nandini-iyer", 1, "Iyer", "no-military-activity-ex-soviet", "mentions", 0, ""),
 ("What Moscow really wants, Prof. Iyer argues, is an end to Western training missions and arms deliveries in Ukraine, Georgia and Moldova, the “military activity” that its draft treaty would ban across the former Soviet space.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("A written, legally binding treaty on where NATO may and may not go was never going to come out of Washington, and it should not have. No alliance legislates away its own future,", "k-srinivasan", 1, "he", "written-legal-guarantees", "rejects", 1, ""),
 ("A written, legally binding treaty on where NATO may and may not go was never going to come out of Washington, and it should not have. No alliance legislates away its own future,", "k-srinivasan", 1, "he", "nato-non-expansion", "rejects", 1, ""),
 ("The one thing both capitals appear to agree on, he said, is that the generals should be talking to each other again.", "k-srinivasan", 1, "he", "resume-military-dialogue", "mentions", 0, ""),
 ("reasonable security concerns should be taken seriously and addressed", "wang-yi", 1, "Wang Yi", "", "", 1, "2022-01-27"),
 ("a peaceful resolution of the situation through sustained diplomatic efforts", "arindam-bagchi", 1, "Arindam Bagchi", "", "", 1, "2022-01-27"),
]
L["belsat-2022-02-02-live-security-demands"] = [
 ("The Bucharest decision is not something that can be revoked on request. The allies took it together, and only the allies can change it,", "david-zalkaliani", 1, "the minister", "rescind-bucharest-2008", "rejects", 1, "2022-02-02"),
 ("NATO will not sign any document that says the alliance can never take in another member,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-02-02"),
 ("Russian Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing on Wednesday that the leak of the documents „does not change anything in substance“ and that NATO's return to its 1997 configuration remained „on the table“.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 0, "2022-02-02"),
 ("does not change anything in substance", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-02-02"),
 ("Ukraine's course towards NATO is written into our Constitution, and no ultimatum from Moscow will change it,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-02-02"),
 ("Ukraine's course towards NATO is written into our Constitution, and no ultimatum from Moscow will change it,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-02-02"),
 ("On Tuesday in Kyiv, Ukrainian President Volodymyr Zelensky and Polish Prime Minister Mateusz Morawiecki jointly called on Russia to pull its troops back from Ukraine's border and to choose diplomacy.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("On Tuesday in Kyiv, Ukrainian President Volodymyr Zelensky and Polish Prime Minister Mateusz Morawiecki jointly called on Russia to pull its troops back from Ukraine's border and to choose diplomacy.", "mateusz-morawiecki", 1, "Mateusz Morawiecki", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("Living next to a neighbour like Russia, we have the feeling of living at the foot of a volcano,", "mateusz-morawiecki", 1, "Morawiecki", "", "", 1, "2022-02-01"),
 ("Lukashenka has offered Belarusian territory as a platform, and nobody in Minsk ever asked the Belarusians,", "ales-charnyauski", 1, "he", "", "", 1, ""),
 ("Putin said the US and NATO had failed to address his insistence on a halt to NATO expansion, on no strike weapons near Russian borders and on a return of the alliance's military infrastructure in Europe to its 1997 positions.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Putin said the US and NATO had failed to address his insistence on a halt to NATO expansion, on no strike weapons near Russian borders and on a return of the alliance's military infrastructure in Europe to its 1997 positions.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Putin said the US and NATO had failed to address his insistence on a halt to NATO expansion, on no strike weapons near Russian borders and on a return of the alliance's military infrastructure in Europe to its 1997 positions.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("It is already clear that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "he", "", "", 1, "2022-02-01"),
 ("Imagine that Ukraine is a NATO member and starts a military operation to return Crimea. What, are we supposed to fight with the NATO bloc?", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
]

write_gold(L, "articles-129", "gold-129")
