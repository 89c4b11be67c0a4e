#!/usr/bin/env python3
"""Writes the held-out gold of batch 195 (gold-195/*.nq) from the labels below.

Batch 195 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the mainstream coverage most readers saw of the crisis over
Russia's demands for "security guarantees" (December 2021 - February 2022):

- reuters-2022-01-10-sherman-ryabkov-geneva: Reuters wire copy from the Geneva
  talks, front matter, straight quotes, a crosshead, a quotation split by
  "Ryabkov said", a historical Baker 1990 sentence, Moscow's demand in passing.
- nbc-2022-01-26-written-response-live: NBC News live blog on the US/NATO
  written answers, no front matter (date in the byline), curly quotes,
  timestamped entries with headlines, bullet list, photo caption, link line.
- dod-2022-01-24-kirby-press-briefing: Pentagon briefing transcript with
  speaker labels ("John Kirby:", "Q:"); each answer paragraph is a quotation.
- kommersant-2022-01-14-lavrov-osce-ryabkov: machine-translated Kommersant,
  UTF-8 BOM and CRLF line ends, no front matter, „ “ and « » quotes,
  ", - said X" attribution, Lavrov's history of Baker 1990 (not labelled).
- lemonde-2022-02-03-us-reply-moscow-analysis: Le Monde in English analysis
  quoting invented French experts, words quoted from the leaked US reply (not
  labelled), standfirst and photo caption.
- rferl-2022-01-12-nato-russia-council: RFE/RL report on the NATO-Russia
  Council, no front matter, curly quotes, two speakers in one sentence, the
  1997 Founding Act as background (not labelled).
- up-2022-01-27-kuleba-interview: Ukrainska Pravda Q&A with Dmytro Kuleba,
  answers opened by a dash, questions unlabelled.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions: one label per (speaker, demand) a passage expresses; a direct
quotation's evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span; in Q/A and transcripts each answer paragraph
is one quotation (without the dash or speaker label), questions and moderator
lines get nothing; reported speech is the whole sentence (dateline excluded),
direct 0; stance is the speaker's own position, "mentions" when the speaker
only reports a demand, asks about it or offers to discuss it; a direct
quotation of six or more words about no demand gets one demand-less label,
reported speech about no demand (or unspecified ones) gets none; history,
document quotes, headlines, crossheads, standfirsts, captions, link lines and
unnamed groups are not labelled; a demand attributed in passing to Moscow in
another speaker's sentence is also Russia's (undated unless a day is given);
speaker name = words naming the speaker there, titles dropped; dates are the
day the words were said, "" when no day is given.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2022-01-10"
L["reuters-2022-01-10-sherman-ryabkov-geneva"] = [
 ("Russian Deputy Foreign Minister Sergei Ryabkov told U.S. negotiators on Monday that it was absolutely essential for Moscow to obtain a guarantee that Ukraine would never join NATO, as nearly eight hours of talks in Geneva ended without a breakthrough.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov said Russia was prepared to discuss a moratorium on the deployment of intermediate-range missiles in Europe, but only as part of a package whose core was a halt to NATO's eastward enlargement.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Ryabkov said Russia was prepared to discuss a moratorium on the deployment of intermediate-range missiles in Europe, but only as part of a package whose core was a halt to NATO's eastward enlargement.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("He also insisted that U.S. warships and strategic bombers stay out of areas from which they could hit targets on Russian territory, and said the two delegations had touched on restoring military-to-military contacts, without elaborating.", "sergei-ryabkov", 1, "He", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("He also insisted that U.S. warships and strategic bombers stay out of areas from which they could hit targets on Russian territory, and said the two delegations had touched on restoring military-to-military contacts, without elaborating.", "sergei-ryabkov", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 ("We are not going to negotiate under pressure, and we will not accept any preconditions for the next round,", "sergei-ryabkov", 1, "the deputy foreign minister", "no-preconditions", "supports", 1, D),
 ("Ryabkov dismissed U.S. calls for Russian forces to pull back from the border, saying the troops were conducting exercises on Russian soil and that there was no reason to fear an escalation.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We have the impression that the American side took the Russian proposals very seriously,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("but on the questions that matter most to us, there has been no movement at all.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("pushed back firmly on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("Sherman said the U.S. side was open to discussing reciprocal limits on the future deployment of intermediate-range missiles in Europe and on the size and scope of military exercises, ideas that Washington and Moscow had explored in earlier arms control talks.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Sherman said the U.S. side was open to discussing reciprocal limits on the future deployment of intermediate-range missiles in Europe and on the size and scope of military exercises, ideas that Washington and Moscow had explored in earlier arms control talks.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 ("She also said allies would not entertain Moscow's demand that NATO revoke its 2008 pledge that Ukraine and Georgia would one day become members.", "wendy-sherman", 1, "She", "rescind-bucharest-2008", "rejects", 0, D),
 ("She also said allies would not entertain Moscow's demand that NATO revoke its 2008 pledge that Ukraine and Georgia would one day become members.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("It is hard to see how you get to real diplomacy while Russia keeps 100,000 troops on Ukraine's border. De-escalation is the test, and Russia has not passed it yet,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Moscow's wish list was written to be rejected, so that a refusal could later be presented as a pretext,", "tomas-hallberg", 1, "Tomas Hallberg", "", "", 1, ""),
 ("The question is whether anything smaller can be salvaged from it.", "tomas-hallberg", 1, "Tomas Hallberg", "", "", 1, ""),
]
D = "2022-01-26"
L["nbc-2022-01-26-written-response-live"] = [
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Blinken said the document made clear that the United States would not offer Moscow a guarantee that NATO would stop growing.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 0, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the paper also proposed reciprocal transparency measures on military exercises in Europe and conditions-based arms control on intermediate-range missiles, and addressed Russia's concerns about U.S. bombers and warships operating close to its territory.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the paper also proposed reciprocal transparency measures on military exercises in Europe and conditions-based arms control on intermediate-range missiles, and addressed Russia's concerns about U.S. bombers and warships operating close to its territory.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the paper also proposed reciprocal transparency measures on military exercises in Europe and conditions-based arms control on intermediate-range missiles, and addressed Russia's concerns about U.S. bombers and warships operating close to its territory.", "antony-blinken", 1, "He", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 ("He said the paper also proposed reciprocal transparency measures on military exercises in Europe and conditions-based arms control on intermediate-range missiles, and addressed Russia's concerns about U.S. bombers and warships operating close to its territory.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles that the security of our alliance rests upon,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("That includes the right of each nation to choose its own path.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Stoltenberg said NATO proposed restoring the two sides' diplomatic missions and reopening military-to-military communication lines to reduce the risk of incidents and accidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("He again called on Russia to de-escalate immediately.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("If we do not receive a constructive answer and the West continues its aggressive line, Moscow will take the necessary retaliatory measures,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 ("Ukraine's path to NATO is written into our Constitution, and nobody in Moscow will cross it out,", "volodymyr-zelensky", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Ukraine's path to NATO is written into our Constitution, and nobody in Moscow will cross it out,", "volodymyr-zelensky", 1, "he", "nato-open-door", "supports", 1, D),
 ("President Joe Biden told reporters at the White House on Tuesday that he would not accept Russia's demand that Ukraine be barred from ever joining NATO.", "joe-biden", 1, "Joe Biden", "no-ukraine-membership", "rejects", 0, "2022-01-25"),
 ("President Joe Biden told reporters at the White House on Tuesday that he would not accept Russia's demand that Ukraine be barred from ever joining NATO.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The administration just put missiles and exercises on the table. That is a real offer, and the Kremlin knows it,", "dana-whitcombe", 1, "Dana Whitcombe", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The administration just put missiles and exercises on the table. That is a real offer, and the Kremlin knows it,", "dana-whitcombe", 1, "Dana Whitcombe", "limit-military-exercises", "mentions", 1, ""),
 ("Washington will not sign a legally binding treaty that freezes NATO's borders, and it shouldn't. No Senate would ratify it anyway,", "gregory-ashdown", 1, "Gregory Ashdown", "written-legal-guarantees", "rejects", 1, ""),
 ("Washington will not sign a legally binding treaty that freezes NATO's borders, and it shouldn't. No Senate would ratify it anyway,", "gregory-ashdown", 1, "Gregory Ashdown", "nato-non-expansion", "rejects", 1, ""),
]
D = "2022-01-24"
K = ("john-kirby", 1, "John Kirby")
L["dod-2022-01-24-kirby-press-briefing"] = [
 ("Good afternoon, everybody. At the direction of the President, Secretary Austin has placed a range of units here in the United States, totaling up to about 8,500 personnel, on a heightened preparedness to deploy. This is about reassuring our NATO allies on the eastern flank.", *K, "", "", 1, D),
 ("No decision has been made to deploy these forces, and they are not going to Ukraine. If NATO activates its Response Force, or if other situations develop, they will be ready to move quickly.", *K, "", "", 1, D),
 ("Let me be clear, though: the best way to avoid a conflict is for Mr. Putin to de-escalate, to move those troops back. He has well over 100,000 on Ukraine's border, and that number keeps growing.", *K, "russia-de-escalation", "supports", 1, D),
 ("No. The Secretary has been very clear that we are not going to abandon allies who joined NATO after 1997. Our rotational forces in Poland and the Baltic states are there at the invitation of sovereign governments, and they're going to stay.", *K, "rollback-to-1997", "rejects", 1, D),
 ("We're going to continue to fly, sail and operate wherever international law allows, and that includes the Black Sea. We're not going to be restricted in international airspace and waters by a draft treaty written in Moscow.", *K, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("The Aegis Ashore site in Romania is defensive, and it isn't going anywhere. We're not going to let Moscow dictate what allies station on their own territory.", *K, "no-strike-weapons-near-borders", "rejects", 1, D),
 ("The Chairman has a channel with General Gerasimov, and we think that kind of communication is vital. We'd like to see more of it, not less, especially at a time of tension like this.", *K, "resume-military-dialogue", "supports", 1, D),
 ("Look, we've said we're willing to talk about limits on exercises, on a reciprocal basis, in an arms control context. That's a conversation for the diplomats, not for this podium.", *K, "limit-military-exercises", "mentions", 1, D),
 ("I'm not going to dignify that with a response. Ukraine is a sovereign country, it is free to receive defensive assistance and training from whomever it chooses, and our security assistance is going to continue.", *K, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("That's a decision for Ukraine and the 30 allies. It's not a decision for Moscow, and it's certainly not something we're going to trade away.", *K, "nato-open-door", "supports", 1, D),
 ("That's a decision for Ukraine and the 30 allies. It's not a decision for Moscow, and it's certainly not something we're going to trade away.", *K, "no-ukraine-membership", "rejects", 1, D),
 ("They would most likely support the NATO Response Force, but I'm not going to speculate on specific locations or units today.", *K, "", "", 1, D),
 ("I'd refer you to the State Department on timing.", *K, "", "", 1, D),
]
F, T, W = "2022-01-14", "2022-01-13", "2022-01-12"
L["kommersant-2022-01-14-lavrov-osce-ryabkov"] = [
 ("Our patience is finished. We are very patient people, but we have to harness long, and then to go fast", "sergei-lavrov", 1, "the minister", "", "", 1, F),
 ("We need the guarantees on paper, legally obligatory, because the verbal promises the West already many times broke", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 1, F),
 ("The policy of the open doors, about which in NATO speak constantly, is not the international law. It is the internal matter of the alliance, and Russia is not obliged to respect it", "sergei-lavrov", 1, "Sergei Lavrov", "nato-open-door", "rejects", 1, F),
 ("The minister declared also, that Russia is ready to continue the dialogue without any preliminary conditions, but will not permit to drag it out endlessly.", "sergei-lavrov", 1, "The minister", "no-preconditions", "supports", 0, F),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "the Polish minister", "", "", 1, T),
 ("Mr. Rau stated, that the OSCE is ready to give the platform for the dialogue about the expansion of NATO and about the transparency of the military exercises, if all the participating states will agree.", "zbigniew-rau", 1, "Rau", "nato-non-expansion", "mentions", 0, T),
 ("Mr. Rau stated, that the OSCE is ready to give the platform for the dialogue about the expansion of NATO and about the transparency of the military exercises, if all the participating states will agree.", "zbigniew-rau", 1, "Rau", "limit-military-exercises", "mentions", 0, T),
 ("Asked about the Moscow proposal to continue the negotiations without preconditions, the Polish minister answered, that the chairmanship will consult all 57 states.", "zbigniew-rau", 1, "the Polish minister", "no-preconditions", "mentions", 0, T),
 ("Asked about the Moscow proposal to continue the negotiations without preconditions, the Polish minister answered, that the chairmanship will consult all 57 states.", "russia", 0, "Moscow", "no-preconditions", "supports", 0, ""),
 ("we are facing the moment of truth", "alexander-lukashevich", 1, "Alexander Lukashevich", "", "", 1, T),
 ("The diplomat insisted, that the Western countries must give the legally obligatory guarantees instead of the political declarations.", "alexander-lukashevich", 1, "The diplomat", "written-legal-guarantees", "supports", 0, T),
 ("He noted also that the Western delegations all the session repeated the calls to Russia to withdraw the troops from the Ukrainian border.", "alexander-lukashevich", 1, "He", "russia-de-escalation", "mentions", 0, T),
 ("the drumbeat of war sounds loudly, and the rhetoric has become rather sharp", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, T),
 ("According to the diplomat, the USA will not accept the demand of Moscow to take away the forces from the countries of Eastern Europe, which entered NATO after 1997.", "michael-carpenter", 1, "the diplomat", "rollback-to-1997", "rejects", 0, T),
 ("According to the diplomat, the USA will not accept the demand of Moscow to take away the forces from the countries of Eastern Europe, which entered NATO after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Without the answer on the non-expansion of NATO and on the non-placement of the strike systems near our borders there is no sense to meet again", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, T),
 ("Without the answer on the non-expansion of NATO and on the non-placement of the strike systems near our borders there is no sense to meet again", "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, T),
 ("The Americans must refuse from the placement of the ground missiles of medium and shorter range in Europe. For us this is the red line", "sergei-ryabkov", 1, "he", "no-intermediate-range-missiles", "supports", 1, T),
 ("I do not want to confirm anything, and to exclude nothing", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, T),
 ("Earlier, on Wednesday, after the Council Russia-NATO in Brussels the deputy minister Alexander Grushko declared, that the Russian side called NATO to renounce any military activity in Ukraine, Georgia and other states of the post-Soviet space.", "alexander-grushko", 1, "Alexander Grushko", "no-military-activity-ex-soviet", "supports", 0, W),
 ("Russia never will accept that its troops on its own territory become the subject of someone's ultimatums", "dmitry-peskov", 1, "Peskov", "russia-de-escalation", "rejects", 1, F),
 ("From the cancellation of the Bucharest decision to the return to 1997 — it is the starting position. In order to obtain at least the serious dialogue on the missiles and the exercises", "kirill-zarubin", 1, "the expert", "rescind-bucharest-2008", "mentions", 1, ""),
 ("From the cancellation of the Bucharest decision to the return to 1997 — it is the starting position. In order to obtain at least the serious dialogue on the missiles and the exercises", "kirill-zarubin", 1, "the expert", "rollback-to-1997", "mentions", 1, ""),
 ("From the cancellation of the Bucharest decision to the return to 1997 — it is the starting position. In order to obtain at least the serious dialogue on the missiles and the exercises", "kirill-zarubin", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("From the cancellation of the Bucharest decision to the return to 1997 — it is the starting position. In order to obtain at least the serious dialogue on the missiles and the exercises", "kirill-zarubin", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
]
L["lemonde-2022-02-03-us-reply-moscow-analysis"] = [
 ("It is already clear now that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "the Russian president", "", "", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("We have not seen adequate consideration of our three key demands regarding NATO expansion, the renunciation of deploying strike weapons systems near Russian borders, and returning the bloc’s military infrastructure in Europe to the state of 1997,", "vladimir-putin", 1, "he", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("In Paris, Foreign Minister Jean-Yves Le Drian told senators on Wednesday that France would “never accept” a return to spheres of influence in Europe and that every state’s freedom to choose its alliances was “not negotiable.”", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "nato-open-door", "supports", 0, "2022-02-02"),
 ("Europe cannot be a spectator while its own security is being negotiated by others,", "josep-borrell", 1, "he", "", "", 1, "2022-01-31"),
 ("The Americans have offered Moscow almost everything on arms control and nothing on Ukraine’s membership. For the Kremlin, the second was always the point,", "camille-roussel-brenner", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("Roussel-Brenner also noted that the reply sidestepped Moscow’s demand for legally binding guarantees, offering instead what she called “a menu of talks.”", "camille-roussel-brenner", 1, "Roussel-Brenner", "written-legal-guarantees", "mentions", 0, ""),
 ("Roussel-Brenner also noted that the reply sidestepped Moscow’s demand for legally binding guarantees, offering instead what she called “a menu of talks.”", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Rescinding Bucharest would be absurd. The promise was never a timetable, but withdrawing it under threat would reward blackmail,", "arnaud-delmas-keller", 1, "he", "rescind-bucharest-2008", "rejects", 1, ""),
 ("What Moscow really wants is a Ukraine demilitarized in all but name: no Western instructors, no joint exercises, no bases,", "arnaud-delmas-keller", 1, "Delmas-Keller", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Not a single concession at Ukraine’s expense was made, and that is what matters to us,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, "2022-02-02"),
]
D = "2022-01-12"
L["rferl-2022-01-12-nato-russia-council"] = [
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia doesn’t have a veto,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("It is only Ukraine and 30 NATO allies that decide when Ukraine is ready to join NATO. Russia doesn’t have a veto,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("Stoltenberg said allies had offered a series of meetings on arms control, including missile deployments and greater transparency of military exercises, and on improving military-to-military communication.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said allies had offered a series of meetings on arms control, including missile deployments and greater transparency of military exercises, and on improving military-to-military communication.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("Stoltenberg said allies had offered a series of meetings on arms control, including missile deployments and greater transparency of military exercises, and on improving military-to-military communication.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("We call on Russia to immediately de-escalate and to pull its forces back from Ukraine’s borders,", "jens-stoltenberg", 1, "the NATO secretary-general", "russia-de-escalation", "supports", 1, D),
 ("Both Stoltenberg and U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said the allies were ready for further talks but rejected Moscow’s demand that NATO pull its troops and weapons back from members that joined after 1997.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, D),
 ("Both Stoltenberg and U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said the allies were ready for further talks but rejected Moscow’s demand that NATO pull its troops and weapons back from members that joined after 1997.", "wendy-sherman", 1, "Wendy Sherman", "rollback-to-1997", "rejects", 0, D),
 ("Both Stoltenberg and U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation, said the allies were ready for further talks but rejected Moscow’s demand that NATO pull its troops and weapons back from members that joined after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("If NATO moves to a policy of containment, there will be a policy of counter-containment. If there is deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Grushko", "", "", 1, D),
 ("For us, a halt to NATO’s enlargement is an absolute imperative, not a subject for bargaining,", "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("Grushko said Russia wanted the alliance to formally disavow the decision of its 2008 Bucharest summit that Ukraine and Georgia would become members, calling it “the root of the problem.”", "alexander-grushko", 1, "Grushko", "rescind-bucharest-2008", "supports", 0, D),
 ("He added that Moscow wanted NATO to stop holding large-scale drills near Russia’s borders, which he called “provocative.”", "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("But Grushko said Moscow saw no point in restoring military contacts with the alliance as long as NATO treated Russia as an adversary.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "rejects", 0, D),
 ("Georgia’s future is in NATO, and no third country can veto that.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 1, "2022-01-11"),
 ("Georgia’s future is in NATO, and no third country can veto that.", "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 ("We will not cancel a single exercise because the Kremlin demands it,", "gabrielius-landsbergis", 1, "he", "limit-military-exercises", "rejects", 1, D),
 ("He also dismissed as “unacceptable” any moratorium on intermediate-range missile deployments that would leave Russia’s own systems in Kaliningrad in place.", "gabrielius-landsbergis", 1, "He", "no-intermediate-range-missiles", "rejects", 0, D),
 ("Moscow asked for things it knew it would never get, and now it will say it was refused,", "ruslana-pidhirna", 1, "Ruslana Pidhirna", "", "", 1, ""),
]
D = "2022-01-26"
U = ("dmytro-kuleba", 1, "Dmytro Kuleba")
L["up-2022-01-27-kuleba-interview"] = [
 ("In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday morning that the American and NATO replies reaffirmed the alliance's open-door policy and that Russia needed time to study them.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-open-door", "mentions", 0, "2022-01-27"),
 ("There is not much reason for optimism,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("Yes, we saw the American answer before it was delivered to Moscow. I can say with confidence: there is not a single word in it that closes the door of NATO to Ukraine. Nothing about Ukraine without Ukraine – this principle was respected.", *U, "nato-open-door", "supports", 1, D),
 ("Yes, we saw the American answer before it was delivered to Moscow. I can say with confidence: there is not a single word in it that closes the door of NATO to Ukraine. Nothing about Ukraine without Ukraine – this principle was respected.", *U, "no-ukraine-membership", "rejects", 1, D),
 ("No. This is our sovereign right. Ukraine will decide which partners train our army and where allied instructors work, and neither the Kremlin nor anyone else will dictate that to us.", *U, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("We are ready to discuss the question of strike weapons on a reciprocal basis, but only with Ukraine at the table, not in a deal between Moscow and Washington.", *U, "no-strike-weapons-near-borders", "mentions", 1, D),
 ("The Bucharest declaration is not Russia's to cancel. It was adopted by the allies, and only the allies can revisit it. They will not.", *U, "rescind-bucharest-2008", "rejects", 1, D),
 ("Talking about talks 'without preconditions' while 127,000 Russian troops stand at our border is a trick. The first condition of any real conversation is that Russia pulls its forces back.", *U, "no-preconditions", "rejects", 1, D),
 ("Talking about talks 'without preconditions' while 127,000 Russian troops stand at our border is a trick. The first condition of any real conversation is that Russia pulls its forces back.", *U, "russia-de-escalation", "supports", 1, D),
 ("The meeting of political advisers in Paris was difficult but useful. Both sides confirmed their commitment to the ceasefire, and we agreed to meet again in Berlin in two weeks.", *U, "", "", 1, D),
 ("I am not worried. Every partner I spoke to this week told me the same thing, and so far their actions match their words.", *U, "", "", 1, D),
 ("Stay calm and keep working. Panic is also a weapon, and it is the cheapest one the Kremlin has. Our army is stronger than in 2014, and our partners are with us.", *U, "", "", 1, D),
 ("Russia will study the answers and will try to find divisions among the allies. Our task is to make sure it does not find any.", *U, "", "", 1, D),
]

write_gold(L, "articles-195", "gold-195")
