#!/usr/bin/env python3
"""Writes the held-out gold of batch 197 (gold-197/*.nq) from the labels below.

Batch 197 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw, in seven forms:
- Reuters wire copy from Geneva (10 Jan), with front matter, straight quotes,
  a quotation split by "Ryabkov told reporters", a crosshead, Baker 1990 as
  background, and an invented think-tank analyst;
- the NATO transcript of Stoltenberg's press conference after the NATO-Russia
  Council (12 Jan), no front matter, speaker labels, journalists' questions
  and a moderator;
- a Telegraph comment piece (27 Jan) on the written answers, no front matter,
  curly quotes, a standfirst, a photo caption and a "Read more" link line,
  Baker 1990 and Bucharest 2008 as background, invented experts;
- a Novaya Gazeta Q&A interview (19 Jan) with an invented former diplomat,
  front matter, « » quotes, answers introduced by dashes;
- Interfax-Ukraine wire copy (26 Jan) with a UTF-8 BOM and CRLF line ends, no
  front matter, a senior EU official, a "despite Moscow's demands" clause and
  a background paragraph on the draft documents;
- a Sky News live blog from the OSCE meeting in Vienna (13 Jan), front matter,
  timestamped entries in reverse order, key points and crossheads, a
  quotation running over two paragraphs;
- a machine-translated transcript of Zakharova's briefing (22 Dec), no front
  matter, „ “ quotes, a contents list, crossheads and questions.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks (punctuation
  inside kept), direct 1; a quotation interrupted by "X said" is two spans; a
  quotation running over two sentences is one span; a quotation running over
  two paragraphs (opening mark repeated) is one span per paragraph;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when the
  speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand, or about demands left unspecified ("the main issue", "the issue
  that matters most"), gets no label;
- historical background (Baker 1990, Bucharest 2008), words quoted from
  documents, headlines, crossheads, key points, standfirsts, photo captions
  and link lines are not labelled; statements by unnamed groups with no
  identifiable actor ("one European official") are left out;
- a demand attributed in passing to Moscow inside another speaker's sentence
  ("despite Moscow's demands that ...", "asked about Moscow's request for
  ...") is also Russia's label (speaker russia, not a person), undated when no
  day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union; speaker name = the words naming the speaker at that point,
  pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  live-blog entries are the day of the blog; "" when the text gives no day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it was vital to ensure Ukraine never joins NATO, as talks in Geneva between the two powers ended with no sign of a breakthrough on Moscow's demands for sweeping security guarantees.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, said after nearly eight hours of talks with U.S. Deputy Secretary of State Wendy Sherman that Moscow needed legally binding guarantees that the alliance would not move any further east.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Deputy Foreign Minister Sergei Ryabkov, who led the Russian delegation, said after nearly eight hours of talks with U.S. Deputy Secretary of State Wendy Sherman that Moscow needed legally binding guarantees that the alliance would not move any further east.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said Russia also insisted that NATO pull its forces and infrastructure back to where they stood in 1997, before the alliance began admitting former Warsaw Pact states.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("Ryabkov said he had assured the U.S. side that Russia had no intention of attacking Ukraine, and described the movement of troops near the border as exercises on Russia's own territory that were nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("The Russian diplomat added that Moscow had proposed restoring regular contacts between the two countries' militaries, which have been largely frozen for years.", "sergei-ryabkov", 1, "The Russian diplomat", "resume-military-dialogue", "supports", 0, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided that Russia did the same.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was prepared to discuss the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, provided that Russia did the same.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We were firm in making clear that the way to get results is for Russia to de-escalate and to return its troops to their barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Asked about Moscow's demand that Ukraine be barred from the alliance for good, Sherman said that was a decision for Kyiv and the 30 allies alone.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Asked about Moscow's demand that Ukraine be barred from the alliance for good, Sherman said that was a decision for Kyiv and the 30 allies alone.", "wendy-sherman", 1, "Sherman", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("Asked about Moscow's demand that Ukraine be barred from the alliance for good, Sherman said that was a decision for Kyiv and the 30 allies alone.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("Kremlin spokesman Dmitry Peskov told reporters on a conference call earlier on Monday that Russia would not accept any formula that left NATO's door open to Ukraine.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-open-door", "rejects", 0, "2022-01-10"),
 ("Kremlin spokesman Dmitry Peskov told reporters on a conference call earlier on Monday that Russia would not accept any formula that left NATO's door open to Ukraine.", "dmitry-peskov", 1, "Dmitry Peskov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Washington can talk about missiles and drills all day long, but the Russians came here for one thing, and that is a firm no to Ukraine,", "marguerite-osterholm", 1, "Marguerite Osterholm", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington can talk about missiles and drills all day long, but the Russians came here for one thing, and that is a firm no to Ukraine,", "marguerite-osterholm", 1, "Marguerite Osterholm", "limit-military-exercises", "mentions", 1, ""),
 ("Washington can talk about missiles and drills all day long, but the Russians came here for one thing, and that is a firm no to Ukraine,", "marguerite-osterholm", 1, "Marguerite Osterholm", "no-ukraine-membership", "mentions", 1, ""),
 ("We cannot allow this process to be dragged out for months and years. We need a result, and we need it quickly,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
L["nato-2022-01-12-nrc-stoltenberg-presser"] = [
 ("Good afternoon. We have just finished a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies and Russia expressed their views on the security situation in Europe, including the situation in and around Ukraine. There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("NATO Allies called on Russia to immediately de-escalate the situation in and around Ukraine, to refrain from aggressive rhetoric and to pull back the forces it has massed along Ukraine's borders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and 30 NATO Allies decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We will not compromise on core principles. Each nation has the right to choose its own path, and only Ukraine and 30 NATO Allies decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Russia also demanded that NATO withdraw its forces and infrastructure from the Allies that joined after 1997. This is not acceptable. We will not end up with first- and second-class members of this Alliance, and we will not give up our ability to protect and defend each other.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("Russia also demanded that NATO withdraw its forces and infrastructure from the Allies that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("At the same time, Allies are ready to engage in a dialogue with Russia on arms control, including on the placement of intermediate-range missiles in Europe, and on greater transparency and limits on military exercises. These are issues where we can make progress if Russia is ready to engage in good faith.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("At the same time, Allies are ready to engage in a dialogue with Russia on arms control, including on the placement of intermediate-range missiles in Europe, and on greater transparency and limits on military exercises. These are issues where we can make progress if Russia is ready to engage in good faith.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 1, "2022-01-12"),
 ("We have made it clear that we are ready to put our proposals in writing, and we will do that in the coming days together with the United States. But what we put in writing will not include any commitment that NATO will stop enlarging. That is not on the table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "written-legal-guarantees", "mentions", 1, "2022-01-12"),
 ("We have made it clear that we are ready to put our proposals in writing, and we will do that in the coming days together with the United States. But what we put in writing will not include any commitment that NATO will stop enlarging. That is not on the table.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 1, "2022-01-12"),
 ("We are also ready to resume the regular meetings of the NATO-Russia Council, and to restore the channels between our militaries, which are essential to avoid incidents, accidents and misunderstandings. I made that proposal today, and I hope Russia will respond positively.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Ukraine is a close and highly valued partner, and NATO Allies will continue to provide support, including training and equipment. That is cooperation between sovereign nations, and it is not for Russia to decide on it.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-12"),
 ("The decisions we made in Bucharest still stand. We are not going to revise them.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
 ("Allies are ready to discuss how we can reduce risks and avoid dangerous incidents in the air and at sea. But we will not accept restrictions that prevent NATO Allies from defending their own territory and from operating in international waters and airspace.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-12"),
 ("Let me also say that there is a real risk for new armed conflict in Europe. That is exactly why we need diplomacy, and why this meeting today was important.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("The Russian delegation did not say that they are ready to de-escalate, and they did not say that they are not ready. They said they need time to come back with an answer, and we will of course await that answer.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "mentions", 1, "2022-01-12"),
]
L["telegraph-2022-01-27-written-answers-comment"] = [
 ("makes clear that there are core principles that we are committed to uphold and defend, including the sovereignty and territorial integrity of Ukraine, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("Mr Blinken said the document offered to discuss reciprocal commitments by Russia and the United States not to deploy offensive strike systems in Ukraine, along with transparency over the size of military exercises in Europe.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 ("Mr Blinken said the document offered to discuss reciprocal commitments by Russia and the United States not to deploy offensive strike systems in Ukraine, along with transparency over the size of military exercises in Europe.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("He made clear that Washington would not sign any legally binding treaty of the kind the Russian foreign ministry had drafted.", "antony-blinken", 1, "He", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 ("Nor did the reply give ground on Moscow's demand that allied troops leave the countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The main question is our clear position on the inadmissibility of further Nato expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the foreign minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further Nato expansion eastward and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the foreign minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("The Kremlin has framed this as all or nothing. It wants Nato frozen in place, Ukraine and Georgia locked out for ever, the Bucharest pledge torn up and no Western soldier or instructor anywhere in the former Soviet space. No Western government can sign that,", "rowena-aske", 1, "Rowena Aske", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin has framed this as all or nothing. It wants Nato frozen in place, Ukraine and Georgia locked out for ever, the Bucharest pledge torn up and no Western soldier or instructor anywhere in the former Soviet space. No Western government can sign that,", "rowena-aske", 1, "Rowena Aske", "no-ukraine-membership", "mentions", 1, ""),
 ("The Kremlin has framed this as all or nothing. It wants Nato frozen in place, Ukraine and Georgia locked out for ever, the Bucharest pledge torn up and no Western soldier or instructor anywhere in the former Soviet space. No Western government can sign that,", "rowena-aske", 1, "Rowena Aske", "rescind-bucharest-2008", "mentions", 1, ""),
 ("The Kremlin has framed this as all or nothing. It wants Nato frozen in place, Ukraine and Georgia locked out for ever, the Bucharest pledge torn up and no Western soldier or instructor anywhere in the former Soviet space. No Western government can sign that,", "rowena-aske", 1, "Rowena Aske", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("If there is a genuine deal to be had, it is on missiles. The INF treaty is dead, and both sides have an interest in keeping intermediate-range systems out of each other's reach,", "piers-lindqvist", 1, "he", "no-intermediate-range-missiles", "supports", 1, ""),
 ("Whether Russia pulls those battalions back from the border is now the only question that matters, and nothing in these letters answers it,", "piers-lindqvist", 1, "Lindqvist", "russia-de-escalation", "mentions", 1, ""),
 ("Our troops in Estonia are not going anywhere, whatever Mr Putin demands,", "james-heappey", 1, "James Heappey", "rollback-to-1997", "rejects", 1, "2022-01-27"),
]
L["novayagazeta-2022-01-19-zavolzhsky-interview"] = [
 ("We do not accept any preconditions for dialogue, including demands to move our troops around on our own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "no-preconditions", "supports", 1, "2022-01-18"),
 ("We do not accept any preconditions for dialogue, including demands to move our troops around on our own territory.", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("In the narrow sense, Moscow wants three things on paper: that NATO does not expand any further, that no strike weapons are placed near our borders, and that the alliance's infrastructure goes back to where it was in 1997. Everything else is packaging.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "nato-non-expansion", "mentions", 1, "2022-01-18"),
 ("In the narrow sense, Moscow wants three things on paper: that NATO does not expand any further, that no strike weapons are placed near our borders, and that the alliance's infrastructure goes back to where it was in 1997. Everything else is packaging.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-18"),
 ("In the narrow sense, Moscow wants three things on paper: that NATO does not expand any further, that no strike weapons are placed near our borders, and that the alliance's infrastructure goes back to where it was in 1997. Everything else is packaging.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "rollback-to-1997", "mentions", 1, "2022-01-18"),
 ("In the narrow sense, Moscow wants three things on paper: that NATO does not expand any further, that no strike weapons are placed near our borders, and that the alliance's infrastructure goes back to where it was in 1997. Everything else is packaging.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "written-legal-guarantees", "mentions", 1, "2022-01-18"),
 ("The demand about 1997 is not realistic, and I think everybody on Smolenskaya Square knows it. You cannot ask Poland or Estonia to become second-class members of their own alliance, and I would not ask them to.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "rollback-to-1997", "rejects", 1, "2022-01-18"),
 ("There is a real chance on missiles. A mutual moratorium on intermediate-range missiles in Europe would be in the interest of both countries, and it would be verifiable.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "no-intermediate-range-missiles", "supports", 1, "2022-01-18"),
 ("Nobody is going to accept Ukraine into NATO in the next ten or fifteen years, everybody knows that, including in Kyiv. The question is whether Moscow gets that in writing, and I doubt that it will.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "no-ukraine-membership", "mentions", 1, "2022-01-18"),
 ("Nobody is going to accept Ukraine into NATO in the next ten or fifteen years, everybody knows that, including in Kyiv. The question is whether Moscow gets that in writing, and I doubt that it will.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "written-legal-guarantees", "mentions", 1, "2022-01-18"),
 ("The West says every state is free to choose its alliances; Moscow says no state may strengthen its security at the expense of another. Both sides are quoting the same OSCE documents, from Helsinki to Istanbul, and both are right in their own way.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "nato-open-door", "mentions", 1, "2022-01-18"),
 ("I think that part is reasonable. The Bucharest formula was a mistake that even people in Berlin and Paris privately admit, and withdrawing it would cost the alliance very little.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "rescind-bucharest-2008", "supports", 1, "2022-01-18"),
 ("I would restore contacts between the militaries, tomorrow if possible. When generals do not talk to each other, an incident in the Black Sea can turn into something much worse.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "resume-military-dialogue", "supports", 1, "2022-01-18"),
 ("The Kremlin will never agree to withdraw troops as a condition for sitting down at the table, and I think it is right about that. Talks should go ahead without preconditions from either side.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "russia-de-escalation", "rejects", 1, "2022-01-18"),
 ("The Kremlin will never agree to withdraw troops as a condition for sitting down at the table, and I think it is right about that. Talks should go ahead without preconditions from either side.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "no-preconditions", "supports", 1, "2022-01-18"),
 ("Diplomacy is slow, and the worst thing anyone could do now is slam the door. But I am afraid that in Moscow there are people who are tired of diplomacy.", "andrei-zavolzhsky", 1, "Andrei Zavolzhsky", "", "", 1, "2022-01-18"),
]
L["interfaxukraine-2022-01-26-kuleba-us-reply"] = [
 ("There is not a single 'red line' of ours in this text that has been crossed. The United States made no concessions on the question of Ukraine's membership, and NATO's door remains open,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is not a single 'red line' of ours in this text that has been crossed. The United States made no concessions on the question of Ukraine's membership, and NATO's door remains open,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("Kuleba also stressed that Ukraine would never accept any agreement under which NATO countries renounced military cooperation with Kyiv, including training missions and the supply of weapons.", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-26"),
 ("Sitting down with Moscow with no conditions attached, while more than 100,000 Russian soldiers stand at our border, would be a mistake. De-escalation must come first,", "dmytro-kuleba", 1, "the minister", "no-preconditions", "rejects", 1, "2022-01-26"),
 ("Sitting down with Moscow with no conditions attached, while more than 100,000 Russian soldiers stand at our border, would be a mistake. De-escalation must come first,", "dmytro-kuleba", 1, "the minister", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("The Foreign Ministry's spokesman Oleg Nikolenko said Ukraine's course towards NATO membership was enshrined in the Constitution, despite Moscow's demands that Kyiv be barred from the alliance forever.", "oleg-nikolenko", 1, "Oleg Nikolenko", "no-ukraine-membership", "rejects", 0, ""),
 ("The Foreign Ministry's spokesman Oleg Nikolenko said Ukraine's course towards NATO membership was enshrined in the Constitution, despite Moscow's demands that Kyiv be barred from the alliance forever.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("A senior EU official said on Wednesday that the EU had been consulted by Washington and fully supported the principle that every country is free to choose its own alliances.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Defense Minister Oleksii Reznikov said at a briefing on Wednesday that Ukraine would not agree to any arrangement barring the deployment of Western defensive weapons on its territory, calling Russian talk of \"strike systems\" near its borders a pretext.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-26"),
 ("In his evening video address on Tuesday, President Volodymyr Zelensky called on Moscow to pull back the troops gathered near Ukraine's borders and urged Ukrainians not to panic.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "russia-de-escalation", "supports", 0, "2022-01-25"),
 ("We are strong enough to keep everything under control and to derail any attempts at destabilization,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, "2022-01-25"),
 ("Moscow wanted Washington to promise that American warships and bombers would stay out of the Black Sea and away from Russian shores, and it has clearly received nothing of the sort,", "ostap-hrytsenko", 1, "the analyst", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The Kremlin has spent weeks preparing its public for a 'no'. Now it has one,", "ostap-hrytsenko", 1, "he", "", "", 1, ""),
 ("It will take time; we will not be hasty with our conclusions,", "dmitry-peskov", 1, "he", "", "", 1, ""),
]
L["skynews-2022-01-13-osce-vienna-live"] = [
 ("We need a guarantee that NATO will not expand to the east, and on that there has been no movement whatsoever,", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis has reacted to reports that Russia wants limits on NATO drills in the Baltic region.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("Lithuania will not ask permission from Moscow to train with its allies on its own soil. That idea is simply a non-starter,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("If Russia wants to be taken seriously at the negotiating table, it should start by pulling its troops back from the Ukrainian border,", "ben-wallace", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Asked about Moscow's request for limits on NATO exercises near Russia's borders, the defence secretary said Britain was open to discussing reciprocal transparency over drills, as long as Russia did the same.", "ben-wallace", 1, "the defence secretary", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("Asked about Moscow's request for limits on NATO exercises near Russia's borders, the defence secretary said Britain was open to discussing reciprocal transparency over drills, as long as Russia did the same.", "russia", 0, "Moscow", "limit-military-exercises", "supports", 0, ""),
 ("The Aegis Ashore facility in Deveselu is purely defensive, and its launchers are not up for negotiation with Russia as part of any missile deal,", "bogdan-aurescu", 1, "Aurescu", "no-intermediate-range-missiles", "rejects", 1, "2022-01-13"),
 ("Moscow's wish-list goes well beyond Ukraine. It wants no NATO drills near its borders, no American bombers or warships within range of its territory and no missiles in Europe that could reach Moscow.", "thea-marwood", 1, "Thea Marwood", "limit-military-exercises", "mentions", 1, "2022-01-13"),
 ("Moscow's wish-list goes well beyond Ukraine. It wants no NATO drills near its borders, no American bombers or warships within range of its territory and no missiles in Europe that could reach Moscow.", "thea-marwood", 1, "Thea Marwood", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-13"),
 ("Moscow's wish-list goes well beyond Ukraine. It wants no NATO drills near its borders, no American bombers or warships within range of its territory and no missiles in Europe that could reach Moscow.", "thea-marwood", 1, "Thea Marwood", "no-intermediate-range-missiles", "mentions", 1, "2022-01-13"),
 ("The Russians keep stressing that they came to Vienna without preconditions, but they have also made it clear that their proposals must be taken as a whole.", "thea-marwood", 1, "Thea Marwood", "no-preconditions", "mentions", 1, "2022-01-13"),
 ("We need legally binding guarantees on paper, not words that can be forgotten tomorrow,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, "2022-01-13"),
 ("We will not be shut out of Europe's security, and we will not cede anyone's right to choose their own alliances,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, "2022-01-13"),
 ("I see no grounds to sit down in the coming days, to gather again and start these same discussions,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("Mr Rau later said the OSCE was ready to host talks on risk reduction, including the restoration of regular military-to-military contacts, if both sides wanted them.", "zbigniew-rau", 1, "Rau", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
]
L["mid-2021-12-22-zakharova-briefing"] = [
 ("On December 17, we published the draft treaty between the Russian Federation and the United States of America on security guarantees and the draft agreement on measures to ensure the security of the Russian Federation and member states of the North Atlantic Treaty Organization. We did this openly, so that there would be no misinterpretations and no speculation.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2021-12-22"),
 ("I want to emphasize: we need legally fixed guarantees, not promises and not a moratorium. In the 1990s we were already given verbal assurances, and everybody knows how that ended. This time, everything must be on paper and signed.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, "2021-12-22"),
 ("The draft agreement provides that the parties will not deploy land-based intermediate- and shorter-range missiles in areas from which they can strike the territory of the other side. The United States and NATO must also refrain from any military activity on the territory of Ukraine and other states of Eastern Europe, the Transcaucasus and Central Asia.", "maria-zakharova", 1, "Maria Zakharova", "no-intermediate-range-missiles", "supports", 1, "2021-12-22"),
 ("The draft agreement provides that the parties will not deploy land-based intermediate- and shorter-range missiles in areas from which they can strike the territory of the other side. The United States and NATO must also refrain from any military activity on the territory of Ukraine and other states of Eastern Europe, the Transcaucasus and Central Asia.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2021-12-22"),
 ("Separately about the Bucharest summit. The formula of 2008 that Ukraine and Georgia „will become members of NATO“ must be disavowed. It is not a sacred text, it is a political mistake that must be corrected.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, "2021-12-22"),
 ("American destroyers in the Black Sea and strategic bombers along our borders — this is not „freedom of navigation“, this is a rehearsal. We propose a simple rule: warships and aircraft stay out of the zones from which they can hit the territory of the other side.", "maria-zakharova", 1, "Maria Zakharova", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-22"),
 ("As for NATO exercises at our borders, they grow in scale every year. This must be limited, and we have written this into the draft agreement.", "maria-zakharova", 1, "Maria Zakharova", "limit-military-exercises", "supports", 1, "2021-12-22"),
 ("Mr. Stoltenberg likes to talk about the „right to choose alliances“. But the same OSCE documents say that no state may strengthen its security at the expense of the security of others. The so-called „open door policy“ is not a law of nature, and we do not recognize it.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2021-12-22"),
 ("We see no sense in this as long as the alliance officially treats us as an adversary. Contacts for the sake of contacts do not interest us, and we suspended the work of our mission to NATO for good reasons.", "maria-zakharova", 1, "Maria Zakharova", "resume-military-dialogue", "rejects", 1, "2021-12-22"),
 ("We are ready to begin negotiations in Geneva immediately, without any preconditions and without delays. But nobody will dictate to us where to place our own troops on our own territory.", "maria-zakharova", 1, "Maria Zakharova", "no-preconditions", "supports", 1, "2021-12-22"),
 ("We are ready to begin negotiations in Geneva immediately, without any preconditions and without delays. But nobody will dictate to us where to place our own troops on our own territory.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, "2021-12-22"),
 ("The President said everything clearly, and I would not add anything to his words. I can only recommend that our Western colleagues read the full text carefully and without emotions.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2021-12-22"),
 ("The dates will be announced when the sides agree on them. I would ask you not to rush; we have waited for thirty years, and we can wait a few more weeks for a serious answer.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2021-12-22"),
]

write_gold(L, "articles-197", "gold-197")
