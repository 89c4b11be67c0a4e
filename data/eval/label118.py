#!/usr/bin/env python3
"""Writes the 118th held-out gold (gold-118/*.nq) from the labels below.

Batch 118 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers saw, in seven forms:

- reuters-2022-01-10-geneva-ryabkov-sherman: Reuters wire copy with front
  matter and straight quotes; dateline, photo caption, a quotation split by
  "Sherman said", one sentence with two speakers (Russia, Washington),
  attribution after the quotation, a speaker named by role ("the deputy
  minister"), "according to", an invented analyst, INF history (unlabelled).
- kommersant-2022-01-14-grushko-interview: Kommersant Q&A interview in
  English, UTF-8 BOM and CRLF line ends, « » quotes, dashes for questions and
  answers; the answers were given on Thursday (13 Jan); a reported sentence
  by Stoltenberg after the NATO-Russia Council (12 Jan); history of the
  council at the end (unlabelled).
- rusnews-mt-2022-01-13-osce-lukashevich: machine-translated aggregator, no
  front matter, „ “ quotes, "– has told the diplomat" attributions, "Read
  also" link lines (unlabelled even when they quote), Moscow's rollback
  demand named in passing inside Carpenter's sentence, an invented Kyiv
  political scientist.
- dod-2022-01-26-kirby-briefing: Pentagon briefing transcript with front
  matter, "MR. KIRBY:" speaker labels and "Q:" questions (questions never
  labelled, even when they say what the Russians want).
- rferl-2022-01-27-live-blog-us-answers: RFE/RL live blog, no front matter,
  curly quotes, time-stamped entries about the 26 Jan written answers;
  an embassy (-> russia), a senior EU official (-> european-union), unnamed
  Western diplomats (left out), Russia's and Moscow's demands named in
  passing inside Price's and Stoltenberg's sentences.
- ft-2022-02-03-nato-promise-haunts-standoff: FT analysis with front matter,
  single curly quotes, standfirst and photo caption (unlabelled), Baker 1990,
  the 1997 Founding Act and Bucharest 2008 as history (unlabelled, document
  words unlabelled), experts quoted in the present tense (undated), a
  quotation running over two sentences.
- mid-2022-01-20-zakharova-briefing: Russian MFA briefing transcript in
  English, no front matter, table of contents and crossheads (unlabelled),
  "Question:" / "Maria Zakharova:" labels, straight quotes.

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

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["reuters-2022-01-10-geneva-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it must be guaranteed that Ukraine will never join NATO, but Washington rejected the demand as a non-starter after nearly eight hours of talks in Geneva that produced no breakthrough.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia told the United States on Monday that it must be guaranteed that Ukraine will never join NATO, but Washington rejected the demand as a non-starter after nearly eight hours of talks in Geneva that produced no breakthrough.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Ryabkov said Moscow needed \"ironclad, waterproof, bulletproof, legally binding guarantees\", not assurances or safeguards.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("The impression is that the American side took the Russian proposals very seriously and studied them in depth,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the United States was open to discussing the future placement of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia was prepared to do the same.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the United States was open to discussing the future placement of intermediate-range missiles in Europe, as well as reciprocal limits on the size and scope of military exercises, provided Russia was prepared to do the same.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We had a frank and forthright discussion,", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("but real progress requires Russia to pull back the 100,000 troops it has massed along Ukraine's border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("Asked whether Moscow would heed that call, Ryabkov said there was no reason for concern, insisting that Russian units were training on Russian territory and posed no threat to anyone.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We want a verifiable ban on intermediate-range missiles anywhere they could reach the other side's territory, and we discussed that in detail,", "sergei-ryabkov", 1, "the deputy minister", "no-intermediate-range-missiles", "supports", 1, "2022-01-10"),
 ("According to Ryabkov, Moscow will not allow the talks to be reduced to secondary topics while the question of NATO's eastward expansion remains unanswered.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("The demand on warships and bombers is the sleeper issue in this package. Nobody in Washington has yet worked out what it would mean for the Black Sea,", "mark-ellery", 1, "Mark Ellery", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
]
L["kommersant-2022-01-14-grushko-interview"] = [
 ("After the meeting, NATO Secretary General Jens Stoltenberg said the allies would not compromise on the right of each nation to choose its own path, including Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("After the meeting, NATO Secretary General Jens Stoltenberg said the allies would not compromise on the right of each nation to choose its own path, including Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("We told our colleagues plainly that the enlargement of NATO must stop, and that this has to be fixed in a legally binding form, not in declarations that are forgotten the next day.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("We told our colleagues plainly that the enlargement of NATO must stop, and that this has to be fixed in a legally binding form, not in declarations that are forgotten the next day.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Our proposals are a package. We are not going to pick out the convenient pieces and leave the main issue for later.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
 ("The so-called open door is not a norm of international law; it is a political slogan of the alliance. No one gave NATO the right to decide on its own who joins it and at whose expense.", "alexander-grushko", 1, "Alexander Grushko", "nato-open-door", "rejects", 1, "2022-01-13"),
 ("Ukraine and Georgia must never become members of the alliance. This is a red line for us, and our partners know it perfectly well.", "alexander-grushko", 1, "Alexander Grushko", "no-ukraine-membership", "supports", 1, "2022-01-13"),
 ("In the current situation I see no point in restoring military contacts for the sake of contacts. The alliance itself dismantled every mechanism of dialogue, and now it wants to talk about talks.", "alexander-grushko", 1, "Alexander Grushko", "resume-military-dialogue", "rejects", 1, "2022-01-13"),
 ("We need the alliance to stop its drills near our borders, first of all in the Baltic and Black Sea regions.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 1, "2022-01-13"),
 ("If NATO aircraft and ships stop practising strikes on Russian territory off our coasts, we will be ready to take reciprocal steps.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 1, "2022-01-13"),
 ("Where we station our troops on our own territory is our business and nobody else's. The calls to «de-escalate» are addressed to the wrong side: it is NATO that has been bringing its forces closer to us for years.", "alexander-grushko", 1, "Alexander Grushko", "russia-de-escalation", "rejects", 1, "2022-01-13"),
 ("We will draw conclusions and ensure our security by other means. I do not want to speculate today about what exactly those means will be.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
 ("We are ready to continue the conversation, but not at the expense of substance, and not forever.", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, "2022-01-13"),
]
L["rusnews-mt-2022-01-13-osce-lukashevich"] = [
 ("We need the legally fixed guarantees that NATO will not move further to the East, and we need them now, not in some months", "alexander-lukashevich", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("We need the legally fixed guarantees that NATO will not move further to the East, and we need them now, not in some months", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("According to him, the Russian side is ready to discuss in the frameworks of the OSCE the questions of the limitation of the military exercises and of the transparency, but „only after we will receive the answer on the main things from Washington and Brussels“.", "alexander-lukashevich", 1, "him", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("only after we will receive the answer on the main things from Washington and Brussels", "alexander-lukashevich", 1, "him", "", "", 1, "2022-01-13"),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("The Polish minister has called Russia to withdraw the forces from the border with Ukraine and to return to the dialogue, and has offered the „renewed European security dialogue“ in the frameworks of the organisation.", "zbigniew-rau", 1, "The Polish minister", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("He has said that the United States will not renounce the principle that every state chooses itself its alliances, and that the demand of Moscow to return NATO to the borders of 1997 is „a non-starter“.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("He has said that the United States will not renounce the principle that every state chooses itself its alliances, and that the demand of Moscow to return NATO to the borders of 1997 is „a non-starter“.", "michael-carpenter", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-13"),
 ("He has said that the United States will not renounce the principle that every state chooses itself its alliances, and that the demand of Moscow to return NATO to the borders of 1997 is „a non-starter“.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The drum beat of war is sounding loud, and the rhetoric has grown rather shrill", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("any agreements about Ukraine without Ukraine will not be recognised by Kiev", "yevhenii-tsymbaliuk", 1, "Yevhenii Tsymbaliuk", "", "", 1, "2022-01-13"),
 ("The Ukrainian diplomat also has stressed that the military cooperation of Kiev with the USA, Great Britain and Canada is the sovereign right of Ukraine and is not the subject for the trade with Moscow.", "yevhenii-tsymbaliuk", 1, "The Ukrainian diplomat", "no-military-activity-ex-soviet", "rejects", 0, "2022-01-13"),
 ("Earlier in the day the deputy minister of foreign affairs of Russia Sergei Ryabkov in the interview to the channel RTVI has said that he sees „no reason“ to sit down for the new talks in the coming days, because the US do not want to give the answer on the principal thing — that Ukraine and Georgia will never become the members of NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("The question of Western instructors and bases in Ukraine, Georgia and Moldova is the point on which the West will make concessions least of all", "vadim-korotich", 1, "he", "no-military-activity-ex-soviet", "mentions", 1, ""),
]
L["dod-2022-01-26-kirby-briefing"] = [
 ("Good afternoon, everybody. Just a couple of things at the top. As you know, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow earlier today, and NATO is delivering its own.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 ("The Secretary spoke this morning with Ukrainian Defense Minister Oleksii Reznikov and reaffirmed our commitment to Ukraine's sovereignty and territorial integrity.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 ("We continue to see Russia add forces in Belarus and along Ukraine's border, and we call again on Moscow to de-escalate and to move those forces back.", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("I'm not going to get into the details of a document that we've said we won't make public.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 ("Broadly, though, our security assistance to Ukraine, and our training there, will continue. That's a decision between two sovereign nations, and it is not up for negotiation with Moscow.", "john-kirby", 1, "Kirby", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-26"),
 ("No. We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea.", "john-kirby", 1, "Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("We've said we're willing to discuss the deployment of intermediate-range missiles in Europe on a reciprocal basis, with verification, and we're open to talking about reciprocal limits on the size and scope of exercises. Those are areas where we think progress is possible.", "john-kirby", 1, "Kirby", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("We've said we're willing to discuss the deployment of intermediate-range missiles in Europe on a reciprocal basis, with verification, and we're open to talking about reciprocal limits on the size and scope of exercises. Those are areas where we think progress is possible.", "john-kirby", 1, "Kirby", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("We've also said we're prepared to discuss transparency measures at the Aegis Ashore sites in Romania and Poland, so that anyone can confirm they don't host offensive systems.", "john-kirby", 1, "Kirby", "no-strike-weapons-near-borders", "mentions", 1, "2022-01-26"),
 ("The Secretary has made clear that he would welcome a conversation with Minister Shoigu. More military-to-military communication, not less, is in everybody's interest right now.", "john-kirby", 1, "Kirby", "resume-military-dialogue", "supports", 1, "2022-01-26"),
 ("That's a decision for Ukraine and for the 30 allies. No outside country gets a veto over that, and the open-door policy is not on the table.", "john-kirby", 1, "Kirby", "nato-open-door", "supports", 1, "2022-01-26"),
 ("That's a decision for Ukraine and for the 30 allies. No outside country gets a veto over that, and the open-door policy is not on the table.", "john-kirby", 1, "Kirby", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("The question of NATO enlargement is addressed in the document, and I'll leave it to my State Department colleagues to characterize how.", "john-kirby", 1, "Kirby", "nato-non-expansion", "mentions", 1, "2022-01-26"),
 ("No decisions have been made about deploying them. If the NATO Response Force is activated, they would go to reinforce our allies on the eastern flank.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 ("Any idea that the alliance should pull its forces back to where they were in 1997 is simply not going to happen.", "john-kirby", 1, "Kirby", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We consulted with our allies and partners every step of the way, and I think you've heard that from them too. Nothing about Europe without Europe, nothing about Ukraine without Ukraine.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
 ("We still don't believe that Mr. Putin has made a final decision, but he has more than enough forces in place to act, and he keeps adding to them.", "john-kirby", 1, "Kirby", "", "", 1, "2022-01-26"),
]
L["rferl-2022-01-27-live-blog-us-answers"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of countries like Ukraine to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold and defend, including the right of countries like Ukraine to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("State Department spokesman Ned Price said on Wednesday that the document addressed Russia's call to revoke the 2008 Bucharest declaration, but declined to say how.", "ned-price", 1, "Ned Price", "rescind-bucharest-2008", "mentions", 0, "2022-01-26"),
 ("State Department spokesman Ned Price said on Wednesday that the document addressed Russia's call to revoke the 2008 Bucharest declaration, but declined to say how.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("NATO Secretary-General Jens Stoltenberg said on January 26 that the alliance had sent Moscow its own proposals, including an offer to reopen the two sides' offices and to set up a civilian and military hotline.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our alliance rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("He dismissed as “a non-starter” Moscow's demand that allies withdraw troops and equipment from Poland, the Baltic states and other members that joined after 1997.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("He dismissed as “a non-starter” Moscow's demand that allies withdraw troops and equipment from Poland, the Baltic states and other members that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The secretary-general also said allies stood by their decision at the 2008 Bucharest summit and would not revoke it.", "jens-stoltenberg", 1, "The secretary-general", "rescind-bucharest-2008", "rejects", 0, "2022-01-26"),
 ("It cannot be said that our thoughts were taken into account, or that readiness to take our concerns into account was shown,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("He repeated that Moscow would accept nothing short of a legally binding guarantee and said the movement of Russian troops on Russian territory was “nobody's business.”", "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 ("He repeated that Moscow would accept nothing short of a legally binding guarantee and said the movement of Russian troops on Russian territory was “nobody's business.”", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-27"),
 ("Peskov added that the Kremlin had taken note of NATO's offer to restore military contacts and would study it “without haste.”", "dmitry-peskov", 1, "Peskov", "resume-military-dialogue", "mentions", 0, "2022-01-27"),
 ("Foreign Minister Sergei Lavrov told lawmakers on Thursday that the U.S. response contained “no positive answer” on the main issue, which he said was that NATO must not expand further eastward.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is a reaction that gives hope for the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-01-27"),
 ("Ukraine will never accept an arrangement in which Russia decides who we train with or whose weapons we buy,", "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("President Volodymyr Zelensky said in an evening address on Wednesday that he was ready to meet Vladimir Putin in any format and without preconditions “to end the war.”", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "no-preconditions", "supports", 0, "2022-01-26"),
 ("Moscow has now got in writing what it was told in Geneva: Washington will talk about missile deployments and about the scale of exercises, and that is about all,", "katerina-holub", 1, "Katerina Holub", "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("Moscow has now got in writing what it was told in Geneva: Washington will talk about missile deployments and about the scale of exercises, and that is about all,", "katerina-holub", 1, "Katerina Holub", "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("The Kremlin asked for a treaty and got a letter,", "katerina-holub", 1, "she", "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 ("What it does next is a political decision, not a diplomatic one,", "katerina-holub", 1, "Holub", "", "", 1, "2022-01-27"),
 ("With Iskander missiles sitting in Kaliningrad, a ban that applies only to NATO territory is unacceptable to Poland,", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "no-intermediate-range-missiles", "rejects", 1, "2022-01-27"),
 ("He said the exercises Poland holds with its allies would go ahead as planned and would not be scaled down.", "mariusz-blaszczak", 1, "He", "limit-military-exercises", "rejects", 0, "2022-01-27"),
 ("Where NATO places its defensive systems on allied territory is decided by NATO, not by the Kremlin,", "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-27"),
 ("The Russian Embassy in Washington wrote on Telegram on January 27 that the United States “continues to ignore” Russia's call for guarantees that NATO will not move eastward.", "russia", 0, "The Russian Embassy in Washington", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("A senior EU official, speaking on condition of anonymity in Brussels on Thursday, said the bloc had been consulted on the U.S. text and fully backed its refusal to limit NATO's right to take in new members.", "european-union", 0, "A senior EU official", "nato-open-door", "supports", 0, "2022-01-27"),
]
L["ft-2022-02-03-nato-promise-haunts-standoff"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("He said the west had brushed aside his key demands: no further Nato expansion and no deployment of strike weapons near Russia’s borders.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("He said the west had brushed aside his key demands: no further Nato expansion and no deployment of strike weapons near Russia’s borders.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Imagine that Ukraine is a Nato member and starts a military operation to take back Crimea. Are we supposed to go to war with the Nato bloc?", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, "2022-02-01"),
 ("A written pledge of non-enlargement is a non-starter. No US Senate would ratify it, and no allied parliament would either,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "written-legal-guarantees", "rejects", 1, ""),
 ("A written pledge of non-enlargement is a non-starter. No US Senate would ratify it, and no allied parliament would either,", "tomasz-wierzbicki", 1, "Tomasz Wierzbicki", "nato-non-expansion", "rejects", 1, ""),
 ("The Bucharest formula was a mistake, but rescinding it now, under duress, would be a far bigger one,", "tomasz-wierzbicki", 1, "Wierzbicki", "rescind-bucharest-2008", "rejects", 1, ""),
 ("For Moscow, keeping Ukraine out of Nato is existential; for Washington, the open door is a principle. Those two positions do not meet,", "pavel-terekhin", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("For Moscow, keeping Ukraine out of Nato is existential; for Washington, the open door is a principle. Those two positions do not meet,", "pavel-terekhin", 1, "he", "nato-open-door", "mentions", 1, ""),
 ("Terekhin argues that Moscow’s insistence on pulling Nato forces out of the eastern members is a bargaining chip rather than a serious expectation.", "pavel-terekhin", 1, "Terekhin", "rollback-to-1997", "mentions", 0, ""),
 ("Terekhin argues that Moscow’s insistence on pulling Nato forces out of the eastern members is a bargaining chip rather than a serious expectation.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Pulling the troops back from Ukraine’s border costs Russia nothing militarily, which is exactly why the Kremlin will not do it on command,", "pavel-terekhin", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("There is a real deal to be had on intermediate-range missiles and on the size of exercises, the kind of confidence-building the OSCE used to do well. Whether the Kremlin wants that deal is another matter.", "hannah-lindqvist", 1, "Hannah Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("There is a real deal to be had on intermediate-range missiles and on the size of exercises, the kind of confidence-building the OSCE used to do well. Whether the Kremlin wants that deal is another matter.", "hannah-lindqvist", 1, "Hannah Lindqvist", "limit-military-exercises", "mentions", 1, ""),
 ("Sovereign countries choose their own alliances. There will be no return to spheres of influence in Europe,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, ""),
 ("Negotiating while Russia holds a gun to Ukraine’s head is not diplomacy. Moscow must pull its troops back before anything else is discussed,", "kaja-kallas", 1, "Kaja Kallas", "no-preconditions", "rejects", 1, "2022-01-31"),
 ("Negotiating while Russia holds a gun to Ukraine’s head is not diplomacy. Moscow must pull its troops back before anything else is discussed,", "kaja-kallas", 1, "Kaja Kallas", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("Jens Stoltenberg, Nato’s secretary-general, insisted on Wednesday that Russia must pull back its forces from around Ukraine, warning that the alliance would ‘not compromise on core principles’.", "jens-stoltenberg", 1, "Jens Stoltenberg", "russia-de-escalation", "supports", 0, "2022-02-02"),
]
L["mid-2022-01-20-zakharova-briefing"] = [
 ("Tomorrow, January 21, Foreign Minister Sergey Lavrov will hold talks with US Secretary of State Antony Blinken in Geneva.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("We expect Washington to present a concrete, article-by-article response to our draft treaty, and we will insist that the guarantees be legally binding. Political declarations and verbal assurances are not enough for us; we have been given those before.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, "2022-01-20"),
 ("We once again call on NATO countries to stop the military development of Ukraine: the flights of instructors, the arms deliveries, the training missions on Ukrainian soil. The alliance has no business there.", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, "2022-01-20"),
 ("The alliance must also disavow the decision of the Bucharest summit, which promised membership to Ukraine and Georgia. As long as that promise stands, Kiev will be tempted to solve its problems by force.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, "2022-01-20"),
 ("The \"open door\" is a convenient myth that the alliance uses to justify its expansion. No treaty obliges NATO to take in anyone, and security cannot be strengthened at the expense of others.", "maria-zakharova", 1, "Maria Zakharova", "nato-open-door", "rejects", 1, "2022-01-20"),
 ("Our American colleagues keep repeating that they are ready to talk without preconditions. We have heard this many times. Talking for the sake of talking is not the goal.", "maria-zakharova", 1, "Maria Zakharova", "no-preconditions", "mentions", 1, "2022-01-20"),
 ("Every new deployment of this kind only confirms why we proposed that NATO return to the configuration of 1997. The forces and infrastructure brought into those states after that year must be withdrawn.", "maria-zakharova", 1, "Maria Zakharova", "rollback-to-1997", "supports", 1, "2022-01-20"),
 ("Moving strike systems closer to our borders makes nobody safer, including the countries that agree to host them.", "maria-zakharova", 1, "Maria Zakharova", "no-strike-weapons-near-borders", "supports", 1, "2022-01-20"),
 ("Mr Kuleba says many things, and most of them are addressed to an audience in Washington rather than in Kiev.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("Ukraine's membership in NATO is a direct threat to our security and must be excluded once and for all.", "maria-zakharova", 1, "Maria Zakharova", "no-ukraine-membership", "supports", 1, "2022-01-20"),
 ("Russian troops are on Russian territory. We do not tell the Americans where to station their units in Texas or Alaska, and we will not take instructions on where to station ours.", "maria-zakharova", 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, "2022-01-20"),
 ("I have nothing to add to what Deputy Minister Ryabkov has said on this matter.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
 ("That will depend on our partners. We do not want to disrupt the negotiating process, but we have nothing to hide from our citizens.", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-20"),
]

write_gold(L, "articles-118", "gold-118")
