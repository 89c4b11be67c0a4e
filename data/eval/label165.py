#!/usr/bin/env python3
"""Writes the held-out gold of batch 165 (gold-165/*.nq) from the labels below.

Batch 165 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the mainstream coverage most readers saw of the December 2021 -
January 2022 crisis over Russia's demands for "security guarantees":

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy on the Geneva
  talks, front matter, straight quotes, dateline, a crosshead, an invented
  analyst, an unnamed-diplomats paragraph and the Baker 1990 background.
- nato-2022-01-12-stoltenberg-nrc-presser: NATO press conference transcript
  after the NATO-Russia Council, no front matter (date in the text), UTF-8 BOM
  and CRLF line ends, speaker labels, a moderator and journalists' questions.
- bbc-2022-01-13-live-osce-vienna: BBC News live page on the OSCE day in
  Vienna, front matter, curly quotes, a summary of bullet points, timestamped
  entries with entry headlines, a senior EU official, a background entry with
  the 1997 Founding Act.
- state-2022-01-26-blinken-written-response: State Department transcript of
  Blinken's press availability on the written answers, no front matter, capital
  speaker labels (SECRETARY BLINKEN, MR PRICE as moderator, QUESTION).
- tass-2022-01-27-peskov-lavrov-us-reply: TASS report of the Kremlin press call
  and Lavrov's remarks, front matter, « » quotes, crossheads, speakers named by
  role ("the spokesman", "the minister", "the deputy minister").
- dw-2022-01-28-interview-ostendorf: DW Q&A interview with an invented SWP
  analyst, front matter, standfirst, "DW:" questions and unlabelled answer
  paragraphs, mostly mentions.
- ukrinform-2021-12-18-kuleba-russian-drafts: Ukrinform wire on the reactions
  to the draft treaties, no front matter (date "18.12.2021 13:40"), „ “ quotes,
  indirect speech spanning sentences, words quoted from the Bucharest
  declaration and from the draft treaty.

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
  ("despite Moscow's demands that ...") is also Russia's label (speaker russia,
  not a person), undated when no day is given; its evidence is that sentence,
  direct 0;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words naming
  the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication date;
  "" when the text gives no day (live-page entries count as said on the day of
  the page).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia's chief negotiator told the United States on Monday that Moscow needed a firm guarantee that Ukraine would never join NATO, after nearly eight hours of talks in Geneva that Washington said had produced no breakthrough on the Kremlin's sweeping security demands.", "sergei-ryabkov", 1, "Russia's chief negotiator", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("He said the Russian side had also insisted that NATO pull back forces and weaponry deployed in member states that joined the alliance after 1997, including Poland and the Baltic states, and that the United States stop sending warships and strategic bombers to areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-10"),
 ("He said the Russian side had also insisted that NATO pull back forces and weaponry deployed in member states that joined the alliance after 1997, including Poland and the Baltic states, and that the United States stop sending warships and strategic bombers to areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman also said U.S. training and defensive assistance to Ukraine would continue despite Moscow's demand that Washington end all military cooperation with Kyiv.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-10"),
 ("Sherman also said U.S. training and defensive assistance to Ukraine would continue despite Moscow's demand that Washington end all military cooperation with Kyiv.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Sherman and NATO Secretary-General Jens Stoltenberg, who spoke by phone after the talks, both called on Russia to pull back the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Sherman and NATO Secretary-General Jens Stoltenberg, who spoke by phone after the talks, both called on Russia to pull back the roughly 100,000 troops it has massed near Ukraine's borders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("This was not a negotiation, it was a discussion, and we will now consult closely with our allies and partners,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("Ryabkov dismissed the call, saying Russian troops were on Russian soil and Moscow would not take orders from anyone about where it trained its own forces.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("The conversation was difficult, long, very professional, without any attempt to gloss over the sharp corners,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("The Russians have put maximalist demands on the table, starting with a halt to any further NATO enlargement, and they know perfectly well that no American administration can sign that,", "kristof-vandenbroeck", 1, "Kristof Vandenbroeck", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians have put maximalist demands on the table, starting with a halt to any further NATO enlargement, and they know perfectly well that no American administration can sign that,", "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 ("What we may see is a slow process on the second-tier issues, while both sides keep their red lines and wait for the other to blink,", "kristof-vandenbroeck", 1, "he", "", "", 1, ""),
]
L["nato-2022-01-12-stoltenberg-nrc-presser"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and it was a very serious and direct exchange.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge. But it is a positive sign that all NATO Allies and Russia sat down around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including the security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Allies made clear that we will not compromise on core principles. Each nation has the right to choose its own path, including the security arrangements it wants to be part of. Only Ukraine and the 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("We will also not give up our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance. There are no first-class and second-class members of NATO, and we are not going to pull our forces back from the Allies who joined us after 1997.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("At the same time, NATO Allies are ready to engage in a meaningful dialogue with Russia on a wide range of issues, including arms control, disarmament and risk reduction.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We also proposed to re-establish our respective offices in Moscow and in Brussels, and to make full use of military lines of communication between NATO and Russia to prevent incidents and reduce risks. I strongly believe that regular military-to-military contacts are in everyone's interest.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("Russia's massive military build-up in and around Ukraine remains a serious concern. We call on Russia to de-escalate, to pull back its forces, and to engage in good faith.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("Russia did not agree to our proposal for a series of further meetings, but neither did it reject it. NATO Allies are ready to meet again.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We discussed exercises, and we are ready to look into more transparency, more notification and mechanisms to avoid dangerous military incidents. But NATO Allies will continue to exercise on their own territory, and no one else can dictate how and where we train our forces.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("NATO does not deploy offensive weapons aimed at Russia, and we will not accept a situation where Russia decides what defensive capabilities Allies may have on their own territory.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-12"),
 ("Nothing about Ukraine without Ukraine, and nothing about European security without Europe. We will continue to consult closely with all Allies and partners.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We will consult among Allies, and we will come back to Russia with our proposals. I will not speculate about the format today. What matters is that we now have a process.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-12"),
 ("We stand by the decisions we made at the Bucharest Summit, and we are not going to revise them, whatever is said in Moscow.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rescind-bucharest-2008", "rejects", 1, "2022-01-12"),
]
L["bbc-2022-01-13-live-osce-vienna"] = [
 ("Our soldiers and our allies will train on Lithuanian soil whenever we decide, and no deal in Vienna or Geneva will change that. Any limit imposed from Moscow is unacceptable,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, "2022-01-13"),
 ("Tomasz Wielgosz, a spokesman for Poland's defence ministry, said on Thursday that Warsaw would not accept any US-Russian understanding that barred the US from deploying intermediate-range missiles on Polish territory.", "tomasz-wielgosz", 1, "Tomasz Wielgosz", "no-intermediate-range-missiles", "rejects", 0, "2022-01-13"),
 ("Talking without preconditions while 100,000 soldiers stand at Ukraine's border is simply a gift to the Kremlin. First the troops go home, then we talk,", "artis-pabriks", 1, "Pabriks", "no-preconditions", "rejects", 1, "2022-01-13"),
 ("Talking without preconditions while 100,000 soldiers stand at Ukraine's border is simply a gift to the Kremlin. First the troops go home, then we talk,", "artis-pabriks", 1, "Pabriks", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("The talks were initiated in order to receive concrete answers to concrete questions, and so far there are disagreements on the main, fundamental points,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-13"),
 ("The movement of our armed forces on our own territory is our sovereign affair and is not a subject for negotiation with anyone,", "dmitry-peskov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("There is a sort of dead end or a difference in approaches,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Mr Ryabkov said Moscow would not accept a mere moratorium on Nato enlargement – it wanted a binding ban written into a treaty.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("Mr Ryabkov said Moscow would not accept a mere moratorium on Nato enlargement – it wanted a binding ban written into a treaty.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("We face a crisis in European security. The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, "2022-01-13"),
 ("We are not going to accept the idea that Russia gets to decide who joins which alliance,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We need guarantees that are legally binding,", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("and that means Nato does not move one step further to the east.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("We are ready to keep talking, but we will not talk endlessly,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("A senior EU official told reporters in Brussels this morning that the bloc would not accept any arrangement that limited the sovereign right of European countries to join the alliances they wanted.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The European Union is not a spectator in this crisis, and any discussion on European security must include us.", "josep-borrell", 1, "Josep Borrell", "", "", 1, "2022-01-13"),
 ("Moscow wants the alliance to return its forces to where they were in 1997, before it took in former Warsaw Pact countries such as Poland, Hungary and the Czech Republic.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("He proposed a renewed dialogue on European security in which, he said, all 57 participating states – Russia included – could raise their concerns, including the scale of military exercises.", "zbigniew-rau", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
]
L["state-2022-01-26-blinken-written-response"] = [
 ("Good afternoon, everyone. A short time ago, Ambassador Sullivan delivered our written response to the Russian Government in Moscow. We've fully coordinated it with Ukraine and with our European allies and partners, and NATO is delivering its own paper in parallel.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("The document we've delivered includes the concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances. NATO's door is open, remains open, and that is our commitment.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We've also set out ideas on arms control and on reducing risks, and we are prepared to discuss the question of offensive strike systems in Europe, including a transparency mechanism for the Aegis Ashore sites in Romania and Poland, provided Russia offers reciprocal transparency at bases of our choosing.", "antony-blinken", 1, "BLINKEN", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("What we have not done is agree to put into a legally binding treaty things that would slam NATO's door shut or halt the enlargement of the Alliance. That is not on the table, and it will not be.", "antony-blinken", 1, "BLINKEN", "written-legal-guarantees", "rejects", 1, "2022-01-26"),
 ("What we have not done is agree to put into a legally binding treaty things that would slam NATO's door shut or halt the enlargement of the Alliance. That is not on the table, and it will not be.", "antony-blinken", 1, "BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("What we have not done is agree to put into a legally binding treaty things that would slam NATO's door shut or halt the enlargement of the Alliance. That is not on the table, and it will not be.", "antony-blinken", 1, "BLINKEN", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("We're not going to release the document publicly, because we think that diplomacy has the best chance to move forward if we provide space for confidential talks. We hope and expect that Russia will have the same view and will take our proposal seriously.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("As for what happens next, that's up to President Putin. We're ready either way.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
 ("We are ready to talk about risk-reduction measures, including rules of the road for how our ships and planes operate near each other. But we're not going to agree that American ships and aircraft should stay out of international waters and international airspace where they have every right to be.", "antony-blinken", 1, "BLINKEN", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("We have not seen any de-escalation; if anything, we've seen more forces moving into Belarus. We're calling on Russia to pull its forces back and choose the diplomatic path, because progress is very hard to achieve in an atmosphere of escalation and threats.", "antony-blinken", 1, "BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the coming days, once the Russians have had a chance to read the document and are ready to discuss next steps.", "antony-blinken", 1, "BLINKEN", "", "", 1, "2022-01-26"),
]
L["tass-2022-01-27-peskov-lavrov-us-reply"] = [
 ("It cannot be said that our views were taken into account or that there was any readiness to take our concerns into account. But we will not rush with assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("It will take time, and we will not be guided by the deadlines that someone in Washington may set,", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-27"),
 ("The so-called open door policy is not an axiom for us. When the alliance declares that it can take in anyone, it simply ignores our security,", "dmitry-peskov", 1, "he", "nato-open-door", "rejects", 1, "2022-01-27"),
 ("Russia moves its troops across its own territory as it sees fit, this does not threaten anyone and should not cause anyone's concern.", "dmitry-peskov", 1, "the spokesman", "russia-de-escalation", "rejects", 1, "2022-01-27"),
 ("There is a reaction which allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction on this main question in the document,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation. There is no positive reaction on this main question in the document,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Lavrov said the American side had offered to discuss the deployment of intermediate-range missiles and the parameters of military exercises, but only as separate topics.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("Lavrov said the American side had offered to discuss the deployment of intermediate-range missiles and the parameters of military exercises, but only as separate topics.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, "2022-01-27"),
 ("We will not allow our proposals to be drowned in endless discussions,", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-27"),
 ("so ideologized, so permeated by the exclusivity of the North Atlantic alliance", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-27"),
 ("As long as the alliance regards us as an adversary and keeps building up its forces near our borders, there is simply no point in restoring regular military contacts,", "alexander-grushko", 1, "the deputy minister", "resume-military-dialogue", "rejects", 1, "2022-01-27"),
]
L["dw-2022-01-28-interview-ostendorf"] = [
 ("Quite a lot, actually, on what I would call the second tier. The United States is willing to negotiate on where intermediate-range missiles may be stationed and on rules for warships and aircraft operating close to each other. None of that is trivial.", "marieke-ostendorf", 1, "Marieke Ostendorf", "no-intermediate-range-missiles", "mentions", 1, "2022-01-28"),
 ("Quite a lot, actually, on what I would call the second tier. The United States is willing to negotiate on where intermediate-range missiles may be stationed and on rules for warships and aircraft operating close to each other. None of that is trivial.", "marieke-ostendorf", 1, "Marieke Ostendorf", "no-warships-aircraft-in-strike-range", "mentions", 1, "2022-01-28"),
 ("The first tier is what Moscow really cares about: a promise that NATO will never take in Ukraine. On that the answer was polite, but it was a very clear no, and everyone in the Kremlin knew it would be.", "marieke-ostendorf", 1, "Marieke Ostendorf", "no-ukraine-membership", "mentions", 1, "2022-01-28"),
 ("The first tier is what Moscow really cares about: a promise that NATO will never take in Ukraine.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Formally revoking Bucharest is one of those things that sound simple and are politically impossible. Thirty parliaments would read it as a capitulation. I don't see a single ally proposing it.", "marieke-ostendorf", 1, "Marieke Ostendorf", "rescind-bucharest-2008", "mentions", 1, "2022-01-28"),
 ("Pulling allied forces back to where they stood in 1997 would mean taking the battlegroups out of Poland and the Baltic states. No government in the region would survive agreeing to that, so in practice it is not negotiable.", "marieke-ostendorf", 1, "Marieke Ostendorf", "rollback-to-1997", "mentions", 1, "2022-01-28"),
 ("The letters restate the open door, and nobody seriously expected anything else. But the real ambiguity is what the United States and individual allies do on Ukrainian soil, the training missions, the weapons deliveries, the joint exercises. That is the area where, in a different climate, some understanding could have been found.", "marieke-ostendorf", 1, "Marieke Ostendorf", "nato-open-door", "mentions", 1, "2022-01-28"),
 ("The letters restate the open door, and nobody seriously expected anything else. But the real ambiguity is what the United States and individual allies do on Ukrainian soil, the training missions, the weapons deliveries, the joint exercises. That is the area where, in a different climate, some understanding could have been found.", "marieke-ostendorf", 1, "Marieke Ostendorf", "no-military-activity-ex-soviet", "mentions", 1, "2022-01-28"),
 ("Talks without preconditions sound generous, but in practice everyone arrives with an agenda. That is a negotiating posture, and we should not confuse it with flexibility.", "marieke-ostendorf", 1, "Marieke Ostendorf", "no-preconditions", "mentions", 1, "2022-01-28"),
 ("Two things. First, whether the military hotlines are restored. NATO has offered to restore regular contacts between the general staffs, and Moscow has so far not said yes.", "marieke-ostendorf", 1, "Marieke Ostendorf", "resume-military-dialogue", "mentions", 1, "2022-01-28"),
 ("Second, the troops. As long as equipment keeps arriving in Belarus and along the border, any talk of a Russian pullback remains just that, talk. Whether Moscow withdraws forces or not is the only test that really matters now.", "marieke-ostendorf", 1, "Marieke Ostendorf", "russia-de-escalation", "mentions", 1, "2022-01-28"),
 ("I hope not. But I have stopped using the word \"impossible\".", "marieke-ostendorf", 1, "Marieke Ostendorf", "", "", 1, "2022-01-28"),
]
L["ukrinform-2021-12-18-kuleba-russian-drafts"] = [
 ("Russia can write whatever it wants in its drafts, but it will not decide for Ukraine which alliance we join. That right belongs to Ukraine and to the members of NATO, and to no one else,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2021-12-18"),
 ("Russia can write whatever it wants in its drafts, but it will not decide for Ukraine which alliance we join. That right belongs to Ukraine and to the members of NATO, and to no one else,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2021-12-18"),
 ("The minister also rejected as unacceptable Moscow's demand that NATO formally renounce the decision of the 2008 Bucharest summit.", "dmytro-kuleba", 1, "The minister", "rescind-bucharest-2008", "rejects", 0, "2021-12-18"),
 ("The minister also rejected as unacceptable Moscow's demand that NATO formally renounce the decision of the 2008 Bucharest summit.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The Bucharest decision is not a gift that can be taken back whenever someone in the Kremlin is unhappy,", "oleg-nikolenko", 1, "Oleg Nikolenko", "rescind-bucharest-2008", "rejects", 1, ""),
 ("The decision of the 2008 summit that Ukraine and Georgia will become members of NATO must be disavowed, and disavowed officially,", "sergei-ryabkov", 1, "the diplomat", "rescind-bucharest-2008", "supports", 1, "2021-12-18"),
 ("The talks, he added, should start without any preconditions and without delay, since the issues were „too serious to be postponed“.", "sergei-ryabkov", 1, "he", "no-preconditions", "supports", 0, "2021-12-18"),
 ("He also repeated the call for a ban on deploying intermediate-range missiles in areas from which they could reach the territory of the other side.", "sergei-ryabkov", 1, "He", "no-intermediate-range-missiles", "supports", 0, "2021-12-18"),
 ("We are making it clear that we are ready to talk about turning a military scenario into a political process. But if this does not work, we will move to a military-technical response,", "alexander-grushko", 1, "Grushko", "", "", 1, ""),
 ("Grushko said the alliance should scale down its drills near Russian borders, and that Moscow was ready to restore the channels of military communication with NATO if the alliance took Russia's concerns seriously.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, ""),
 ("Grushko said the alliance should scale down its drills near Russian borders, and that Moscow was ready to restore the channels of military communication with NATO if the alliance took Russia's concerns seriously.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "supports", 0, ""),
 ("Oksana Tkachuk, an analyst at the Kyiv-based New Europe Center, said Moscow's insistence on legally binding guarantees was designed to produce a refusal that the Kremlin could later use.", "oksana-tkachuk", 1, "Oksana Tkachuk", "written-legal-guarantees", "mentions", 0, ""),
 ("Oksana Tkachuk, an analyst at the Kyiv-based New Europe Center, said Moscow's insistence on legally binding guarantees was designed to produce a refusal that the Kremlin could later use.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("This is a document written to be rejected, and then waved around as a pretext,", "oksana-tkachuk", 1, "Tkachuk", "", "", 1, ""),
]

write_gold(L, "articles-165", "gold-165")
