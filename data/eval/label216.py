#!/usr/bin/env python3
"""Writes the held-out gold of batch 216 (gold-216/*.nq) from the labels below.

Batch 216 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-27-lavrov-us-answers-main-question: Financial Times story from
  Moscow with front matter, curly quotes, a quotation introduced by a colon,
  an interrupted Peskov quote, an analyst whose quote attributes a demand to
  Moscow in passing, US and Nato speaking jointly, Baker/1997 background.
- dw-2022-01-13-ukraine-nato-mission-interview: DW interview (DW:/name labels,
  multi-paragraph answers) with an invented Ukrainian diplomat; no front
  matter, date as "Date 13.01.2022"; questions carry demands but get no label.
- ria-2022-01-20-zakharova-briefing: RIA Novosti report of Zakharova's
  briefing, machine-translated English, « » quotes closed by ", - she said",
  UTF-8 BOM and CRLF line ends, no front matter, Moscow's drafts paraphrased.
- state-2022-01-10-sherman-teleconference-geneva: State Department transcript
  of Sherman's teleconference after Geneva; speaker labels in capitals,
  moderator and questions (one quoting Ryabkov) unlabelled, answers by paragraph.
- kyivindependent-2022-01-28-analysis-western-answers: Kyiv Independent
  analysis of the 26 January answers; indirect speech running over two
  sentences ("the answer on that point"), an interrupted Stoltenberg quote,
  an invented analyst and lawmaker, "Read also" line, Bucharest quoted.
- cnn-2022-01-24-pentagon-troops-heightened-alert: CNN report from the Pentagon
  (Kirby, Psaki, Biden, Peskov), "RELATED:" line, US and NATO rejecting a
  Russian demand in the same sentence, a military analyst.
- axios-2022-01-26-us-written-response-russia: Axios-style item with bold-ish
  section leads and bullet points, quotes inside bullets, a lawmaker quoting
  Putin's ask, an anonymous State Department official.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-27"
e_lav = "our clear position on the unacceptability of Nato’s further expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation"
e_draft = "The exchange marks the latest turn in a standoff that began in December, when Moscow published two draft treaties demanding that Nato rule out membership for Ukraine and withdraw forces and weapons from the countries that joined the alliance after 1997."
e_repl = "In replies delivered on Wednesday, the US and Nato refused to entertain any limit on the alliance’s open-door policy, offering instead talks on arms control, transparency over military exercises and risk reduction."
e_nato = "Nato officials said on Thursday that the alliance’s letter, sent separately from the American one, restated that Ukraine’s membership was a matter for Kyiv and the 30 allies alone."
e_vor = "Moscow asked for a veto over who joins Nato and got an offer to talk about missiles and notifications of exercises,"
L["ft-2022-01-27-lavrov-us-answers-main-question"] = [
 (e_lav, "sergei-lavrov", 1, "Mr Lavrov", "nato-non-expansion", "supports", 1, d),
 (e_lav, "sergei-lavrov", 1, "Mr Lavrov", "no-strike-weapons-near-borders", "supports", 1, d),
 ("It contains a reaction that allows us to count on the start of a serious conversation, but on secondary issues,", "sergei-lavrov", 1, "he", "", "", 1, d),
 (e_draft, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (e_draft, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (e_repl, "united-states", 0, "the US", "nato-open-door", "supports", 0, "2022-01-26"),
 (e_repl, "united-states", 0, "the US", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (e_repl, "nato", 0, "Nato", "nato-open-door", "supports", 0, "2022-01-26"),
 (e_repl, "nato", 0, "Nato", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("There is no change, there will be no change.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("cannot and will not compromise on the principles on which the security of our alliance and security in Europe and North America rest", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 (e_nato, "nato", 0, "Nato officials", "nato-open-door", "supports", 0, d),
 (e_nato, "nato", 0, "Nato officials", "no-ukraine-membership", "rejects", 0, d),
 ("It cannot be said that our views were taken into account, or that there was a readiness to take our concerns into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
 ("But we will not rush to any conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, d),
 (e_vor, "tatiana-voronova", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 (e_vor, "tatiana-voronova", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 (e_vor, "tatiana-voronova", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (e_vor, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("That is not nothing, but it is not what Putin put on the table in December.", "tatiana-voronova", 1, "she", "", "", 1, ""),
 ("Washington has urged Moscow to pull back the forces it has assembled near Ukraine, and on Monday put 8,500 US soldiers on heightened alert for possible deployment to eastern Europe.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("Moscow denies planning an invasion and says it is free to move troops on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
 ("Investors are reading this as the start of a long negotiation rather than the eve of a war,", "oleg-sidorenko", 1, "he", "", "", 1, ""),
]

d = "2022-01-13"
e_rus = "Russia wants legally binding guarantees that NATO will never admit Ukraine and will pull its forces back from eastern Europe."
e_k1 = "I was not in the room, of course — Ukraine is not a member of the NATO-Russia Council. But we were briefed in detail the same evening, and what I heard was very clear. The allies told the Russian delegation that no third country has a veto over who joins the alliance, and that is exactly right. That message was delivered by all 30, not only by the Americans."
e_k2 = "No. Let me be very direct: the answer is no. Our Constitution sets membership in NATO and the EU as Ukraine's strategic course. No government in Kyiv can sign that away, and no government in Washington or Berlin can sign it away for us."
e_k3 = "A moratorium is not a compromise. It is the same demand with an expiry date on it, and the Kremlin would come back for more long before the date arrived."
e_k4 = "The Bucharest declaration is not a gift that can be taken back when it becomes inconvenient. It was a decision of heads of state and government, and it stands. Russia is asking the allies to disown their own words, and I am confident they will not."
e_k5 = "We support any arms control that makes Europe safer, on condition that it is reciprocal and that nothing is negotiated about Ukraine without Ukraine. If Russia wants to talk about intermediate-range missiles, it should start by explaining the 9M729, which is why the INF Treaty collapsed in the first place."
e_k6 = "Exercises are a different matter. Russia held Zapad-2021 with some 200,000 troops and now lectures everybody about drills near its borders. We will not accept limits on Ukraine's own exercises on Ukraine's own soil. Before anyone talks about limiting drills, Russia should send the troops around our borders back to their barracks."
e_k7 = "Honestly, not much. The OSCE is where Russia has blocked every serious attempt to monitor its forces. But it is important that our Polish friends, who chair the organization this year, keep Ukraine at the center of the discussion. Minister Kuleba has said it many times: nothing about Ukraine without Ukraine."
e_k8 = "I believe Russia wants us to believe it. The pressure is the message. What we ask our partners for is simple: make the cost of an attack so high that nobody in the Kremlin wants to pay it, and insist that Russia pulls its forces back from our border before anyone pretends these are normal negotiations."
e_k9 = "More than a year ago, I would have said no. Today the coordination with Washington, London and Brussels is closer than at any time since 2014. We get information before the Russians do, not after."
K = "andriy-kovalchuk"
L["dw-2022-01-13-ukraine-nato-mission-interview"] = [
 (e_rus, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (e_rus, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (e_rus, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (e_k1, K, 1, "Andriy Kovalchuk", "nato-open-door", "supports", 1, d),
 (e_k2, K, 1, "Kovalchuk", "no-ukraine-membership", "rejects", 1, d),
 (e_k2, K, 1, "Kovalchuk", "nato-open-door", "supports", 1, d),
 (e_k3, K, 1, "Kovalchuk", "no-ukraine-membership", "rejects", 1, d),
 (e_k4, K, 1, "Kovalchuk", "rescind-bucharest-2008", "rejects", 1, d),
 ("Russia is asking the allies to disown their own words, and I am confident they will not.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (e_k5, K, 1, "Kovalchuk", "no-intermediate-range-missiles", "mentions", 1, d),
 (e_k6, K, 1, "Kovalchuk", "limit-military-exercises", "rejects", 1, d),
 (e_k6, K, 1, "Kovalchuk", "russia-de-escalation", "supports", 1, d),
 ("Russia held Zapad-2021 with some 200,000 troops and now lectures everybody about drills near its borders.", "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (e_k7, K, 1, "Kovalchuk", "", "", 1, d),
 (e_k8, K, 1, "Kovalchuk", "russia-de-escalation", "supports", 1, d),
 (e_k9, K, 1, "Kovalchuk", "", "", 1, d),
]

d = "2022-01-20"
Z = "maria-zakharova"
e_z1 = "We have explained many times: we need not the assurances, not the promises, but legally binding guarantees that NATO will not move further to the east. The words were already given to us in 1990, and we know how it ended"
e_dr = "In them Moscow demands, in particular, the refusal of further expansion of the NATO, including the accession of Ukraine, and the non-deployment of strike weapon systems near the borders of Russia."
L["ria-2022-01-20-zakharova-briefing"] = [
 ("Russia expects from the United States and NATO the security guarantees fixed on paper and legally binding, and not «verbal equilibristics», said the official representative of the Russian Foreign Ministry Maria Zakharova at a briefing on Thursday.", Z, 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, d),
 (e_z1, Z, 1, "Zakharova", "written-legal-guarantees", "supports", 1, d),
 (e_z1, Z, 1, "Zakharova", "nato-non-expansion", "supports", 1, d),
 (e_dr, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (e_dr, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (e_dr, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("We do not expect from this meeting the breakthrough. But we expect that the American side will come not with the lectures about \"open doors\", but with the understanding of our concerns", Z, 1, "she", "nato-open-door", "rejects", 1, d),
 ("Zakharova called «a myth» the thesis of the Western capitals that any state has the right freely to choose the military alliances, reminding about the principle of the indivisibility of security, fixed in the Istanbul and Astana documents of the OSCE.", Z, 1, "Zakharova", "nato-open-door", "rejects", 0, d),
 ("The freedom to choose alliances cannot be realized at the expense of the security of other states. This is written black on white, and under this signed also the Americans", Z, 1, "the representative of the MFA", "nato-open-door", "rejects", 1, d),
 ("The deliveries of weapons, the instructors, the exercises on the territory of Ukraine - all this is exactly that military development of the territories of our neighbours, from which we demand to refuse in the draft agreement", Z, 1, "Zakharova", "no-military-activity-ex-soviet", "supports", 1, d),
 ("Answering the question of the journalists about the demands of the Western countries to withdraw the Russian forces from the Ukrainian border, the diplomat reminded that Russia moves the troops on own territory.", Z, 1, "the diplomat", "russia-de-escalation", "rejects", 0, d),
 ("Russian troops are on the Russian territory. We are not going to report to anybody where and why we move them on our land", Z, 1, "she", "russia-de-escalation", "rejects", 1, d),
 ("Earlier the deputy minister Sergei Ryabkov stated that Russia sees no sense to continue the negotiations, if the USA will not give the answer on the key questions, first of all on the non-expansion of the NATO.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, ""),
]

d = "2022-01-10"
S = "wendy-sherman"
N = "DEPUTY SECRETARY SHERMAN"
e_s1 = "Thank you very much, Ned, and thanks to all of you for joining at the end of a very long day here in Geneva. Today the United States and Russia held what I would describe as a frank and forthright discussion, lasting nearly eight hours, as part of our Strategic Stability Dialogue."
e_s2 = "We firmly pushed back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO Alliance. We will not forgo bilateral cooperation with sovereign states that wish to work with the United States. And we will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO."
e_s3 = "We were also clear that there are areas where we can make progress if Russia is serious. We are open to discussing the future of certain missile systems in Europe, along the lines of the former INF Treaty. We also discussed the possibility of reciprocal limits on the size and scope of military exercises, and of improved notification requirements for such drills. These are ideas we are ready to take forward together with our Allies and partners."
e_s4 = "But I want to be clear: it is very difficult to make real progress in an atmosphere of escalation and threat. Russia has amassed roughly 100,000 troops along Ukraine's border. We call on Russia to de-escalate, to return those troops to their regular barracks, and to choose the path of diplomacy. Deputy Foreign Minister Ryabkov told us today that Russia has no intention of invading Ukraine. If that is so, the best way to show it is to pull those forces back."
e_s5 = "We will brief our Allies at the NATO-Russia Council in Brussels on Wednesday and at the OSCE Permanent Council in Vienna on Thursday. Nothing will be agreed on behalf of our Allies without them at the table."
e_s6 = "No, we did not give any such assurance, and we will not. The decision on who joins NATO rests with the Alliance and with the aspirant countries themselves, not with any third country. I heard nothing today to suggest that a moratorium is a way forward; a moratorium would simply be a closed door by another name."
e_s7 = "Yes, the Russian delegation raised it, as we expected they would. We were clear that the deployments on NATO's eastern flank are defensive, that they were requested by sovereign members of the Alliance, and that they are not a subject for bilateral discussion between the United States and Russia."
e_s8 = "And to be clear, we are not going to accept a framework under which Moscow tells sovereign states such as Ukraine or Georgia which partners they may train and exercise with."
e_s9 = "We have not set a date for a next meeting. We will consult with our Allies and partners this week, and then we'll see what the appropriate next steps are. I'm not going to get ahead of how, or in what form, we respond."
e_s10 = "What I can tell you is that Deputy Foreign Minister Ryabkov and I agreed that this conversation should continue, and I take him at his word on that."
L["state-2022-01-10-sherman-teleconference-geneva"] = [
 (e_s1, S, 1, N, "", "", 1, d),
 (e_s2, S, 1, N, "nato-open-door", "supports", 1, d),
 (e_s2, S, 1, N, "no-military-activity-ex-soviet", "rejects", 1, d),
 (e_s3, S, 1, N, "no-intermediate-range-missiles", "mentions", 1, d),
 (e_s3, S, 1, N, "limit-military-exercises", "mentions", 1, d),
 (e_s4, S, 1, N, "russia-de-escalation", "supports", 1, d),
 (e_s5, S, 1, N, "", "", 1, d),
 (e_s6, S, 1, N, "no-ukraine-membership", "rejects", 1, d),
 (e_s6, S, 1, N, "nato-open-door", "supports", 1, d),
 (e_s6, S, 1, N, "nato-non-expansion", "rejects", 1, d),
 (e_s7, S, 1, N, "rollback-to-1997", "rejects", 1, d),
 ("Yes, the Russian delegation raised it, as we expected they would.", "russia", 0, "the Russian delegation", "rollback-to-1997", "supports", 0, d),
 (e_s8, S, 1, N, "no-military-activity-ex-soviet", "rejects", 1, d),
 (e_s8, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (e_s9, S, 1, N, "", "", 1, d),
 (e_s10, S, 1, N, "", "", 1, d),
]

d = "2022-01-28"
e_r = "Russia demanded a legally binding promise that NATO would stop enlarging and that Ukraine would never join."
e_b = "According to U.S. Secretary of State Antony Blinken, the answer on that point is an unequivocal no."
e_w = "According to two Western diplomats briefed on the text, Washington offered in its Jan. 26 reply to discuss limits on ground-launched intermediate-range missiles in Europe, reciprocal restraints on military exercises near borders, and a return to regular military-to-military contacts that were largely frozen after 2014."
e_sh1 = "For Ukraine, the most important thing is what did not happen. Nobody in Washington agreed to stop NATO enlargement, and nobody agreed to pull the alliance back to where it stood in 1997,"
e_sh2 = "The danger is the missile and exercise track. If it is negotiated between Moscow and Washington alone, Ukraine could end up with restrictions on its own drills that nobody asked us about,"
L["kyivindependent-2022-01-28-analysis-western-answers"] = [
 (e_r, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (e_r, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (e_r, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (e_b, "antony-blinken", 1, "Antony Blinken", "nato-non-expansion", "rejects", 0, ""),
 (e_b, "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, ""),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Moscow also wants NATO to disavow the promise made at the alliance's 2008 Bucharest summit that Ukraine and Georgia \"will become members.\"", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("It is important for us that the United States keeps holding firmly to the principle of nothing about Ukraine without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, "2022-01-27"),
 (e_w, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (e_w, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (e_w, "united-states", 0, "Washington", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("NATO Secretary General Jens Stoltenberg said on Jan. 26 that the alliance's separate letter proposed reopening the NATO and Russian missions in each other's capitals and restoring military channels of communication to avoid incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-26"),
 ("but we cannot compromise on the right of every nation in Europe to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 (e_sh1, "maryna-shevchuk", 1, "Maryna Shevchuk", "nato-non-expansion", "mentions", 1, ""),
 (e_sh1, "maryna-shevchuk", 1, "Maryna Shevchuk", "rollback-to-1997", "mentions", 1, ""),
 (e_sh2, "maryna-shevchuk", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 (e_sh2, "maryna-shevchuk", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Ukraine will never accept a neutrality that somebody else writes for us,", "viktoriia-savchuk", 1, "she", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("If it depends on Russia, there will be no war. We don't want wars,", "sergei-lavrov", 1, "Lavrov", "", "", 1, d),
 ("I don't consider the situation now more tense than it was before,", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, d),
 ("There is a feeling abroad that there is war here. That's not the case.", "volodymyr-zelensky", 1, "Zelensky", "", "", 1, d),
]

d = "2022-01-24"
e_m = "The move comes as Moscow has demanded that NATO remove troops and weapons from member states in Eastern Europe that joined the alliance after 1997 — a demand US and NATO officials have flatly rejected."
e_p = "We've been very clear that we're prepared to talk about issues of mutual concern, like arms control and the scope of military exercises, but not about closing NATO's door,"
e_h = "Eighty-five hundred troops won't stop a hundred thousand Russians, and that's not the point. The point is to show Moscow that its demand to push NATO back to 1997 is producing the exact opposite,"
L["cnn-2022-01-24-pentagon-troops-heightened-alert"] = [
 ("It's very clear the Russians have no intention right now of de-escalating,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, d),
 ("This is about reassurance to our NATO allies,", "john-kirby", 1, "Kirby", "", "", 1, d),
 ("It sends a very clear signal that we take our commitments to NATO seriously.", "john-kirby", 1, "Kirby", "", "", 1, d),
 (e_m, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (e_m, "united-states", 0, "US and NATO officials", "rollback-to-1997", "rejects", 0, ""),
 (e_m, "nato", 0, "NATO officials", "rollback-to-1997", "rejects", 0, ""),
 ("We're not going to let anybody dictate where our forces go inside the alliance, and the Russians don't get a vote on how NATO defends its own members,", "john-kirby", 1, "he", "rollback-to-1997", "rejects", 1, d),
 ("I had a very, very, very good meeting — total unanimity with all the European leaders,", "joe-biden", 1, "Biden", "", "", 1, d),
 (e_p, "jen-psaki", 1, "Psaki", "limit-military-exercises", "mentions", 1, d),
 (e_p, "jen-psaki", 1, "Psaki", "nato-open-door", "supports", 1, d),
 ("watching these US actions with great concern,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, d),
 (e_h, "thomas-halverson", 1, "Halverson", "rollback-to-1997", "mentions", 1, ""),
 ("The point is to show Moscow that its demand to push NATO back to 1997 is producing the exact opposite,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

d = "2022-01-26"
e_a = "Secretary of State Antony Blinken said Wednesday the U.S. has delivered its written response to Russia's security demands, rejecting Moscow's call to bar Ukraine from NATO while offering talks on arms control and military exercises."
e_wh = "Putin asked for a veto over NATO and he got a seminar on missile transparency. Good."
e_sd = "The U.S. reply does not engage with Moscow's demand that NATO withdraw forces from its Eastern European members, a senior State Department official told reporters on background Wednesday."
e_fb = "Moscow demanded in draft treaties published Dec. 17 that NATO admit no new members and that the U.S. set up no bases in former Soviet states outside the alliance."
e_wa = "Washington and its allies have said for weeks that those two points are off the table, while signaling flexibility on missile deployments and the size of exercises."
L["axios-2022-01-26-us-written-response-russia"] = [
 (e_a, "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, d),
 (e_a, "antony-blinken", 1, "Antony Blinken", "limit-military-exercises", "mentions", 0, d),
 (e_a, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("It sets out a serious diplomatic path forward should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("because we think that diplomacy has the best chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, d),
 ("NATO delivered its own letter in parallel, Secretary General Jens Stoltenberg said on Wednesday, proposing arms control talks, reopened NATO-Russia offices and re-established military-to-military communication channels.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, d),
 ("NATO's door is open, it remains open, and that is our commitment,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, d),
 (e_wh, "dana-whitfield", 1, "Rep. Dana Whitfield", "nato-non-expansion", "rejects", 1, d),
 (e_wh, "dana-whitfield", 1, "Rep. Dana Whitfield", "no-intermediate-range-missiles", "mentions", 1, d),
 (e_wh, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
 (e_sd, "us-state-department", 0, "a senior State Department official", "rollback-to-1997", "mentions", 0, d),
 (e_sd, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The U.S. has demanded that Moscow pull its troops back from Ukraine's border as a condition for any real progress.", "united-states", 0, "The U.S.", "russia-de-escalation", "supports", 0, ""),
 (e_fb, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (e_fb, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Russian Deputy Foreign Minister Sergei Ryabkov said Tuesday that Moscow expected a clear answer on NATO's non-enlargement and would not settle for \"a bureaucratic reply.\"", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-25"),
 (e_wa, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, ""),
 (e_wa, "united-states", 0, "Washington", "no-military-activity-ex-soviet", "rejects", 0, ""),
 (e_wa, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (e_wa, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("We will not hurry with our assessments of this document.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, d),
]

write_gold(L, "articles-216", "gold-216")
