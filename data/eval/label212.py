#!/usr/bin/env python3
"""Writes the held-out gold of batch 212 (gold-212/*.nq) from the labels below.

Batch 212 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- digi24-2022-01-21-russia-nato-troops-romania-unacceptable: Digi24 (Romanian
  outlet, English edition) news report with front matter, "Digi24.ro | date"
  line, crossheads, photo caption and "Read also" links; Moscow's demand to pull
  NATO forces out of Romania and Bulgaria (rollback-to-1997) said many ways,
  a ministry quote interrupted by "the MAE said in a statement", Moscow's
  demand named in passing in Romanian speakers' sentences, Founding Act history
  quoted from the document, a short quote (<6 words) left unlabelled.
- yle-2022-01-13-haavisto-nato-option-not-negotiable: Yle News report without
  front matter (date "13.1.2022 16:48"), image caption, "Read also" lines,
  party tags "(Greens)", Finnish/Swedish open-door statements, the Russian side
  quoted inside Haavisto's quotation, a partial quotation (Zakharova) with no
  day, an analyst with a demand-less quotation, lead-in sentences ("repeated
  the point") that carry no demand of their own.
- scmp-2022-01-27-wang-yi-blinken-russia-security-concerns: South China
  Morning Post report with front matter, bullet standfirst, byline and
  "Published:" line, "RELATED:" links and print-edition line; China's position
  ("reasonable security concerns", unspecified = demand-less), Nato expansion
  criticised without naming a demand word, Ushakov reporting Xi (dated
  2021-12-15), Hong Kong analyst with a Cantonese full name.
- sfrc-2022-02-01-hearing-russia-security-demands: US Senate Foreign Relations
  Committee hearing transcript (GPO style, UTF-8 BOM and CRLF line ends,
  ``double backtick'' quotes); speaker labels "The Chairman.", "Senator Risch.",
  "Ms. Donfried."; each paragraph of a statement or answer is one quotation,
  continuation paragraphs carry no label, senators' question paragraphs and
  the chairman's procedural lines get none.
- civilge-2022-01-27-georgia-welcomes-us-nato-responses: Civil.ge report with
  front matter, "27/01/2022 - 17:20" line, crossheads and "Also Read:";
  Georgian officials as a group, ministry statement quoted in part, a tweet,
  Bucharest 2008 background and the Russian draft quoted as documents
  (unlabelled), Blinken's "There is no change" answer to a question about the
  open door, Lavrov's quotation over two sentences.
- chathamhouse-2022-01-28-written-answers-russia-gambit: Chatham House expert
  comment with front matter, author box, "4 minute READ", crossheads and
  straight single quotation marks; the author's own analysis (unattributed
  prose, including her summaries of what Russia demands) is not labelled; the
  draft treaty's article and Baker's 1990 words are document/history quotes;
  Putin's and Grushko's threats are demand-less quotations.
- nhk-2022-02-02-putin-says-west-ignored-russia-demands: NHK World-Japan
  report without front matter ("Feb. 2, 2022 19:40 JST"), quotations
  introduced by "He said," / "She says,", indirect speech over two sentences
  (only the sentence naming the demands is labelled), "according to the US
  State Department", Japanese names in family-name-first order (ids follow the
  text's order: matsuno-hirokazu, sato-keiko), narrator sentences on Russia's
  position without a speech verb left unlabelled.

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

Batch-specific notes: Russia's passing labels carry direct 0 and the evidence
of the sentence or quotation they occur in. Ministries other than those listed
in DESIGN.md get "<country>-foreign-ministry" (romanian-, bulgarian-,
georgian-). Middle initials are dropped from ids (james-risch); senators whose
first name the transcript omits get their usual full name (chris-murphy,
jeanne-shaheen, ted-cruz).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-21"
L["digi24-2022-01-21-russia-nato-troops-romania-unacceptable"] = [
 ("Romania's Ministry of Foreign Affairs (MAE) on Friday firmly rejected Moscow's demand that NATO withdraw its troops and military equipment from Romania and Bulgaria, saying the country's defence is not a matter to be negotiated with third parties.",
  "romanian-foreign-ministry", 0, "Romania's Ministry of Foreign Affairs (MAE)", "rollback-to-1997", "rejects", 0, D),
 ("Romania's Ministry of Foreign Affairs (MAE) on Friday firmly rejected Moscow's demand that NATO withdraw its troops and military equipment from Romania and Bulgaria, saying the country's defence is not a matter to be negotiated with third parties.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The reaction came a few hours after the Russian Foreign Ministry, replying to questions from journalists, spelled out what Moscow means when it asks the Alliance to go back to where it stood in 1997.",
  "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "rollback-to-1997", "supports", 0, D),
 ("The reaction came a few hours after the Russian Foreign Ministry, replying to questions from journalists, spelled out what Moscow means when it asks the Alliance to go back to where it stood in 1997.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We are talking about the withdrawal of foreign forces, equipment and weapons, as well as taking other steps to return to the configuration of 1997 in the countries which were not members of NATO at that time. This includes Bulgaria and Romania,",
  "russian-foreign-ministry", 0, "the Russian ministry", "rollback-to-1997", "supports", 1, D),
 ("Such a demand is unacceptable and cannot be part of any negotiation process,",
  "romanian-foreign-ministry", 0, "the MAE", "rollback-to-1997", "rejects", 1, D),
 ("Romania is a sovereign NATO member state, and the Allied presence on its territory is decided by Romania together with its Allies, in line with the decisions of the Alliance.",
  "romanian-foreign-ministry", 0, "the MAE", "rollback-to-1997", "rejects", 1, D),
 ("Russia's demand to take NATO back to the lines of 1997 is not only unacceptable, it is absurd. Romania has been a full member of the Alliance for almost 18 years, with all the rights and obligations that come with it,",
  "bogdan-aurescu", 1, "Aurescu", "rollback-to-1997", "rejects", 1, D),
 ("Russia's demand to take NATO back to the lines of 1997 is not only unacceptable, it is absurd. Romania has been a full member of the Alliance for almost 18 years, with all the rights and obligations that come with it,",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Defence Minister Vasile Dîncu said on Friday that Romania would not accept a reduction of the Allied presence by even a single soldier and that, on the contrary, Bucharest was ready to host more troops, including the French-led battlegroup offered by President Emmanuel Macron.",
  "vasile-dincu", 1, "Defence Minister Vasile Dîncu", "rollback-to-1997", "rejects", 0, D),
 ("We are not a buffer zone. We are the eastern border of NATO, and we will be defended as such,",
  "vasile-dincu", 1, "Dîncu", "rollback-to-1997", "rejects", 1, D),
 ("Romania's security is not negotiable. We will not accept any change to NATO's posture on the Eastern Flank imposed from outside,",
  "klaus-iohannis", 1, "President Klaus Iohannis", "rollback-to-1997", "rejects", 1, D),
 ("In Sofia, Prime Minister Kiril Petkov said on Friday that Bulgaria was a sovereign state which had made its choice long ago, and that the way its defence is organised is decided by Bulgaria and its Allies, not by Moscow.",
  "kiril-petkov", 1, "Prime Minister Kiril Petkov", "rollback-to-1997", "rejects", 0, D),
 ("NATO will not renounce our ability to protect and defend each other, including with the presence of troops in the eastern part of the Alliance,",
  "oana-lungescu", 1, "Lungescu", "rollback-to-1997", "rejects", 1, D),
 ("We reject any idea of spheres of influence in Europe. Every nation has the right to choose its own path.",
  "oana-lungescu", 1, "Lungescu", "nato-open-door", "supports", 1, D),
 ("Speaking to reporters after the Geneva meeting, Lavrov said Moscow expected written answers next week to all its proposals, first of all on NATO not expanding further east and on the Alliance's forces being pulled back to where they stood in 1997.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Speaking to reporters after the Geneva meeting, Lavrov said Moscow expected written answers next week to all its proposals, first of all on NATO not expanding further east and on the Alliance's forces being pulled back to where they stood in 1997.",
  "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, D),
 ("Blinken said the United States had made clear there would be no compromise on the principle that every country chooses its own alliances, and warned that a Russian invasion of Ukraine would be met with a swift, severe and united response.",
  "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("Moscow knows very well that nobody in Brussels or Washington is going to pull troops out of Romania. The demand is there to frighten the eastern flank and to test whether the Allies stay united,",
  "radu-tudorache", 1, "Tudorache", "rollback-to-1997", "mentions", 1, D),
 ("He added that the Russian demand could, paradoxically, speed up the deployment of additional Allied troops to the Black Sea region.",
  "radu-tudorache", 1, "He", "rollback-to-1997", "mentions", 0, D),
 ("People here are not afraid. The Americans have been our neighbours for years, and nobody in this village wants them to leave just because Moscow says so,",
  "constantin-parvu", 1, "mayor Constantin Pârvu", "rollback-to-1997", "rejects", 1, D),
 ("People here are not afraid. The Americans have been our neighbours for years, and nobody in this village wants them to leave just because Moscow says so,",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

L["yle-2022-01-13-haavisto-nato-option-not-negotiable"] = [
 ("Finland will not allow its security policy choices to be negotiated over its head, Foreign Minister Pekka Haavisto (Greens) told Yle on Thursday, a day after a meeting of the Nato-Russia Council in Brussels ended with no agreement on Moscow's demands.",
  "pekka-haavisto", 1, "Foreign Minister Pekka Haavisto", "nato-open-door", "supports", 0, "2022-01-13"),
 ("Finland's room for manoeuvre and our freedom of choice are not something that can be agreed between Russia and the United States, or between Russia and Nato,",
  "pekka-haavisto", 1, "Haavisto", "nato-open-door", "supports", 1, "2022-01-13"),
 ("We have heard the Russian side say that the enlargement of Nato must stop and that this should be put down in a legally binding treaty. That is not something Finland can accept,",
  "pekka-haavisto", 1, "he", "nato-non-expansion", "rejects", 1, "2022-01-13"),
 ("We have heard the Russian side say that the enlargement of Nato must stop and that this should be put down in a legally binding treaty. That is not something Finland can accept,",
  "pekka-haavisto", 1, "he", "written-legal-guarantees", "rejects", 1, "2022-01-13"),
 ("We have heard the Russian side say that the enlargement of Nato must stop and that this should be put down in a legally binding treaty. That is not something Finland can accept,",
  "russia", 0, "the Russian side", "nato-non-expansion", "supports", 0, ""),
 ("We have heard the Russian side say that the enlargement of Nato must stop and that this should be put down in a legally binding treaty. That is not something Finland can accept,",
  "russia", 0, "the Russian side", "written-legal-guarantees", "supports", 0, ""),
 ("Finland's room to manoeuvre and freedom of choice also include the possibility of military alignment and of applying for Nato membership, should we ourselves so decide,",
  "sauli-niinisto", 1, "Niinistö", "nato-open-door", "supports", 1, "2022-01-01"),
 ("The Nato option is a part of our security policy, and it is not going anywhere,",
  "sanna-marin", 1, "Marin", "nato-open-door", "supports", 1, "2022-01-12"),
 ("It is only Finland and the 30 Nato Allies that decide on Finland's membership. No one else has anything to say, and no one else has a veto,",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Deputy Foreign Minister Alexander Grushko, who led the Russian delegation in Brussels, said after the meeting on Wednesday that Nato's open-door policy was not a sacred cow and that Russia needed legally binding guarantees that the alliance would not move further east.",
  "alexander-grushko", 1, "Deputy Foreign Minister Alexander Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("Deputy Foreign Minister Alexander Grushko, who led the Russian delegation in Brussels, said after the meeting on Wednesday that Nato's open-door policy was not a sacred cow and that Russia needed legally binding guarantees that the alliance would not move further east.",
  "alexander-grushko", 1, "Deputy Foreign Minister Alexander Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("Deputy Foreign Minister Alexander Grushko, who led the Russian delegation in Brussels, said after the meeting on Wednesday that Nato's open-door policy was not a sacred cow and that Russia needed legally binding guarantees that the alliance would not move further east.",
  "alexander-grushko", 1, "Deputy Foreign Minister Alexander Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("would have serious military and political consequences",
  "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, ""),
 ("In Stockholm, Swedish Foreign Minister Ann Linde said on Tuesday that Sweden would not accept any Russian demand to close Nato's door to new members, and that Swedish security policy was decided in Stockholm and nowhere else.",
  "ann-linde", 1, "Swedish Foreign Minister Ann Linde", "nato-non-expansion", "rejects", 0, "2022-01-11"),
 ("In Stockholm, Swedish Foreign Minister Ann Linde said on Tuesday that Sweden would not accept any Russian demand to close Nato's door to new members, and that Swedish security policy was decided in Stockholm and nowhere else.",
  "ann-linde", 1, "Swedish Foreign Minister Ann Linde", "nato-open-door", "supports", 0, "2022-01-11"),
 ("In Stockholm, Swedish Foreign Minister Ann Linde said on Tuesday that Sweden would not accept any Russian demand to close Nato's door to new members, and that Swedish security policy was decided in Stockholm and nowhere else.",
  "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("What Moscow is really asking for is a veto over the security arrangements of its neighbours, Finland and Sweden included. The Finnish line has been very consistent in rejecting that,",
  "kaisa-lindroos", 1, "Lindroos", "nato-non-expansion", "mentions", 1, ""),
 ("What Moscow is really asking for is a veto over the security arrangements of its neighbours, Finland and Sweden included. The Finnish line has been very consistent in rejecting that,",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Support for membership in the polls has moved a few points, but I would be careful about reading too much into a single survey,",
  "kaisa-lindroos", 1, "she", "", "", 1, ""),
 ("Juha Rantasalo, a National Coalition Party MP who sits on Parliament's Foreign Affairs Committee, said on Thursday that Finland should begin preparing an application now.",
  "juha-rantasalo", 1, "Juha Rantasalo", "nato-open-door", "supports", 0, "2022-01-13"),
 ("This is exactly the moment to get the paperwork ready, so that the application is on the table the day we need it,",
  "juha-rantasalo", 1, "Rantasalo", "nato-open-door", "supports", 1, "2022-01-13"),
]

D = "2022-01-27"
L["scmp-2022-01-27-wang-yi-blinken-russia-security-concerns"] = [
 ("Russia's reasonable security concerns should be taken seriously and resolved",
  "wang-yi", 1, "Wang", "", "", 1, D),
 ("Regional security cannot be guaranteed by strengthening or even expanding military blocs,",
  "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 1, D),
 ("Blinken, according to US State Department spokesman Ned Price, stressed the need for de-escalation and warned of the global security and economic risks posed by further Russian aggression against Ukraine.",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("Russian Foreign Minister Sergei Lavrov said on Thursday that the US document gave no positive answer on the main issue – the eastward expansion of Nato – but left room for a serious conversation on what he called secondary matters.",
  "sergei-lavrov", 1, "Russian Foreign Minister Sergei Lavrov", "nato-non-expansion", "supports", 0, D),
 ("Nato should abandon its cold war mentality and ideological prejudice and do more things that are conducive to mutual trust and stability,",
  "zhao-lijian", 1, "Zhao", "", "", 1, "2022-01-26"),
 ("The continuous eastward expansion of Nato after the end of the cold war has not made Europe any safer. On the contrary, it has sown the seeds of conflict,",
  "zhao-lijian", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-26"),
 ("The Chinese position echoes the video call between President Xi Jinping and Russian President Vladimir Putin on December 15, after which Kremlin foreign policy aide Yuri Ushakov told reporters that Xi had expressed support for Moscow's push to obtain legally binding security guarantees from the West.",
  "yuri-ushakov", 1, "Kremlin foreign policy aide Yuri Ushakov", "written-legal-guarantees", "supports", 0, "2021-12-15"),
 ("The Chinese position echoes the video call between President Xi Jinping and Russian President Vladimir Putin on December 15, after which Kremlin foreign policy aide Yuri Ushakov told reporters that Xi had expressed support for Moscow's push to obtain legally binding security guarantees from the West.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Beijing sympathises with Moscow's complaint about Nato expansion because it sees the same logic at work in the Asia-Pacific, with Aukus and the Quad,",
  "pang-zhiwei", 1, "Pang Zhiwei", "nato-non-expansion", "mentions", 1, ""),
 ("Beijing sympathises with Moscow's complaint about Nato expansion because it sees the same logic at work in the Asia-Pacific, with Aukus and the Quad,",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("But China has no interest in being dragged into a war in Europe. It has said nothing about Ukraine's membership of Nato, and it will not,",
  "pang-zhiwei", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("The last thing Beijing wants is a war that sends energy prices soaring and overshadows the Winter Olympics, which open on February 4,",
  "victor-lam-chi-keung", 1, "Lam", "", "", 1, ""),
]

D = "2022-02-01"
P1 = "Good morning. This hearing will come to order. Six weeks ago, Moscow put two draft treaties on the table and told the world to sign them. Strip away the diplomatic language and the message is simple: NATO must never take in another member, Ukraine must stay outside the alliance forever, and the United States must pull its forces back from every ally that joined after 1997. Those demands were a nonstarter in December and they are a nonstarter today."
P2 = "Let me be clear about where this committee stands. The United States will not trade away the principle that free nations choose their own alliances. And the burden is on Vladimir Putin to pull back the more than 100,000 troops he has massed on Ukraine's borders and in Belarus."
P3 = "At the same time, I support the Administration's decision to answer in writing and to put reciprocal proposals on the table. If there are real concerns about intermediate-range missiles and about the scale of military exercises, we are prepared to talk--on a reciprocal basis, and never at the expense of our allies. I now turn to the ranking member."
R1 = "Thank you, Mr. Chairman. I agree with much of what you have said. The written response our government delivered in Moscow last week got one thing right: it did not give an inch on NATO's open door. It also offered to talk about reciprocal limits on intermediate-range missile deployments and on exercises, and I want to hear today exactly what we expect to get in return."
R2 = "Let us also remember that Vladimir Putin has not pulled back a single battalion. Until he does, all the talk in Geneva and Brussels is just that--talk."
K1 = "Chairman Menendez, Ranking Member Risch, distinguished members of the committee, thank you for the opportunity to testify today."
K2 = "On January 26, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry, and NATO delivered its own paper the same day. In both documents, and in every conversation since, we have been clear that NATO's door is open and will remain open, and that decisions about Ukraine's membership are for Ukraine and the thirty Allies alone."
K3 = "At the same time, we have set out areas where we are prepared to negotiate on a reciprocal basis: transparency measures and limits on exercises, conditions on offensive missile systems and combat forces in Ukraine, talks on a successor to the INF Treaty, and new confidence-building measures. These are not concessions. They are reciprocal steps that would make the United States and our Allies safer as well."
K4 = "What we will not do is negotiate over the heads of our Allies and partners. Nothing about Ukraine without Ukraine, nothing about Europe without Europe. And none of this can move forward while Russia keeps its forces poised on Ukraine's border. De-escalation has to come first."
K5 = "Not yet, Mr. Chairman. We have seen public comments from Moscow, but no formal reply. We will judge Russia by its actions, not by its words, and our proposals remain on the table."
K6 = "We continue to believe there is a diplomatic path. But it requires Russia to pull its forces back, not to keep adding battalion tactical groups."
S1 = "Thank you, Mr. Chairman. I led a bipartisan delegation to Kyiv last month, and I want our friends in Ukraine to hear that this committee stands with them. Whether Ukraine one day joins NATO is for Ukrainians and the alliance to decide, not for the Kremlin."
K7 = "Senator, the President has placed 8,500 troops on heightened alert, and we are consulting with Allies about strengthening the eastern flank. We are not going to withdraw forces from Allied territory because Moscow demands it; if anything, Russia's actions are producing exactly the opposite."
M1 = "Thank you, Mr. Chairman. I want to associate myself with the chairman's remarks. If we let Vladimir Putin redraw the map of Europe by massing troops on a border, every autocrat in the world will take note. The open door is not up for negotiation, and it shouldn't be."
K8 = "The proposal is for reciprocal transparency measures, including advance notification of large exercises and observers, and for limits that would apply to both sides in agreed areas. Any arrangement would have to be reciprocal, and it would have to be agreed with our Allies."
C1 = "Thank you, Mr. Chairman. The Administration says it will not compromise on Ukraine, but for years Vladimir Putin has been allowed to believe that Ukraine's membership is off the table in practice. Russia's demand that Ukraine never join NATO should have been rejected flatly on day one, not answered with a menu of arms control offers."
K9 = "No, Senator. That has not been said, and it is not our position. Ukraine's aspirations are a matter for Ukraine and for the Allies, and no one else."
L["sfrc-2022-02-01-hearing-russia-security-demands"] = [
 (P1, "robert-menendez", 1, "The Chairman", "nato-non-expansion", "rejects", 1, D),
 (P1, "robert-menendez", 1, "The Chairman", "no-ukraine-membership", "rejects", 1, D),
 (P1, "robert-menendez", 1, "The Chairman", "rollback-to-1997", "rejects", 1, D),
 (P1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (P1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (P1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (P2, "robert-menendez", 1, "The Chairman", "nato-open-door", "supports", 1, D),
 (P2, "robert-menendez", 1, "The Chairman", "russia-de-escalation", "supports", 1, D),
 (P3, "robert-menendez", 1, "The Chairman", "no-intermediate-range-missiles", "mentions", 1, D),
 (P3, "robert-menendez", 1, "The Chairman", "limit-military-exercises", "mentions", 1, D),
 (R1, "james-risch", 1, "Senator Risch", "nato-open-door", "supports", 1, D),
 (R1, "james-risch", 1, "Senator Risch", "no-intermediate-range-missiles", "mentions", 1, D),
 (R1, "james-risch", 1, "Senator Risch", "limit-military-exercises", "mentions", 1, D),
 (R2, "james-risch", 1, "Senator Risch", "russia-de-escalation", "supports", 1, D),
 (K1, "karen-donfried", 1, "Ms. Donfried", "", "", 1, D),
 (K2, "karen-donfried", 1, "Ms. Donfried", "nato-open-door", "supports", 1, D),
 (K2, "karen-donfried", 1, "Ms. Donfried", "no-ukraine-membership", "rejects", 1, D),
 (K3, "karen-donfried", 1, "Ms. Donfried", "limit-military-exercises", "mentions", 1, D),
 (K3, "karen-donfried", 1, "Ms. Donfried", "no-strike-weapons-near-borders", "mentions", 1, D),
 (K3, "karen-donfried", 1, "Ms. Donfried", "no-intermediate-range-missiles", "mentions", 1, D),
 (K4, "karen-donfried", 1, "Ms. Donfried", "russia-de-escalation", "supports", 1, D),
 (K5, "karen-donfried", 1, "Ms. Donfried", "", "", 1, D),
 (K6, "karen-donfried", 1, "Ms. Donfried", "russia-de-escalation", "supports", 1, D),
 (S1, "jeanne-shaheen", 1, "Senator Shaheen", "nato-open-door", "supports", 1, D),
 (S1, "jeanne-shaheen", 1, "Senator Shaheen", "no-ukraine-membership", "rejects", 1, D),
 (K7, "karen-donfried", 1, "Ms. Donfried", "rollback-to-1997", "rejects", 1, D),
 (K7, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (M1, "chris-murphy", 1, "Senator Murphy", "nato-open-door", "supports", 1, D),
 (K8, "karen-donfried", 1, "Ms. Donfried", "limit-military-exercises", "mentions", 1, D),
 (C1, "ted-cruz", 1, "Senator Cruz", "no-ukraine-membership", "rejects", 1, D),
 (C1, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (K9, "karen-donfried", 1, "Ms. Donfried", "no-ukraine-membership", "rejects", 1, D),
 (K9, "karen-donfried", 1, "Ms. Donfried", "nato-open-door", "supports", 1, D),
]

D = "2022-01-27"
G1 = "Georgia's sovereign choice to become a member of NATO is not subject to discussion with any third country,"
GA = "The United States and NATO have made it clear that no one can veto the aspirations of Georgia and Ukraine. That is what we expected, and that is what we welcome,"
SZ = "Georgia's place is in NATO and the EU. No one will decide this for us – not in Geneva, not in Brussels and not in Moscow,"
SP = "Parliament Speaker Shalva Papuashvili told journalists on Thursday that Russia's demands to keep Georgia out of NATO and to annul the 2008 Bucharest decision had been rightly rejected by Washington and Brussels, and that Georgia would continue the reforms needed for membership."
NM = "For months this government could not even say the word NATO out loud, while Moscow openly demands that Georgia never join the Alliance. We will never accept that,"
NK = "For Tbilisi, the main point is that Washington did not trade away the Bucharest promise, even though that is exactly what Moscow asked for,"
L["civilge-2022-01-27-georgia-welcomes-us-nato-responses"] = [
 ("Georgian officials on January 27 welcomed the written responses that the United States and NATO delivered to Moscow a day earlier, saying the Western allies had stood firm on the Alliance's open door policy, including for Georgia.",
  "georgia", 0, "Georgian officials", "nato-open-door", "supports", 0, D),
 (G1, "georgian-foreign-ministry", 0, "The Foreign Ministry of Georgia", "nato-open-door", "supports", 1, D),
 (G1, "georgian-foreign-ministry", 0, "The Foreign Ministry of Georgia", "no-ukraine-membership", "rejects", 1, D),
 ("The Ministry also said that Georgia's defense cooperation with the United States and NATO, including joint exercises and training at the NATO-Georgia Joint Training and Evaluation Center in Krtsanisi, would continue as planned.",
  "georgian-foreign-ministry", 0, "The Ministry", "no-military-activity-ex-soviet", "rejects", 0, D),
 (GA, "irakli-garibashvili", 1, "the Prime Minister", "nato-open-door", "supports", 1, D),
 (GA, "irakli-garibashvili", 1, "the Prime Minister", "no-ukraine-membership", "rejects", 1, D),
 ("We are not going to be part of anyone's confrontation,",
  "irakli-garibashvili", 1, "Garibashvili", "", "", 1, D),
 (SZ, "salome-zourabichvili", 1, "she", "nato-open-door", "supports", 1, D),
 (SZ, "salome-zourabichvili", 1, "she", "no-ukraine-membership", "rejects", 1, D),
 (SP, "shalva-papuashvili", 1, "Parliament Speaker Shalva Papuashvili", "no-ukraine-membership", "rejects", 0, D),
 (SP, "shalva-papuashvili", 1, "Parliament Speaker Shalva Papuashvili", "rescind-bucharest-2008", "rejects", 0, D),
 (SP, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (SP, "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 (NM, "nika-melia", 1, "UNM chair Nika Melia", "no-ukraine-membership", "rejects", 1, D),
 (NM, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("makes clear that there are core principles we are committed to uphold and defend.",
  "antony-blinken", 1, "U.S. Secretary of State Antony Blinken", "", "", 1, "2022-01-26"),
 ("There is no change, there will be no change.",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We cannot and will not compromise on the principles on which the security of our Alliance and of Europe rests, including the right of every nation to choose its own path.",
  "jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no positive response on the main question. The main question is our clear position on the inadmissibility of further NATO expansion to the east,",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 (NK, "nino-kapanadze", 1, "Kapanadze", "rescind-bucharest-2008", "mentions", 1, ""),
 (NK, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("But nobody here should think that membership is around the corner. The Bucharest promise has been sitting in a drawer for fourteen years,",
  "nino-kapanadze", 1, "she", "", "", 1, ""),
]

PU = "We have made it clear that any further movement of NATO to the east is unacceptable. Is there anything unclear about this? Are we deploying missiles near the borders of the United States? No, we are not. It is the United States that has come to our home with its missiles,"
L["chathamhouse-2022-01-28-written-answers-russia-gambit"] = [
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,",
  "sergei-ryabkov", 1, "Deputy Foreign Minister Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.",
  "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 (PU, "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 (PU, "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("In case of the continuation of the obviously aggressive line of our Western colleagues, we will take adequate retaliatory military-technical measures,",
  "vladimir-putin", 1, "Putin", "", "", 1, "2021-12-21"),
 ("If our proposals are not taken up, we will move to creating counter-threats. But then it will be too late to ask us why we took these decisions.",
  "alexander-grushko", 1, "Deputy Foreign Minister Alexander Grushko", "", "", 1, ""),
 ("NATO's door is open, remains open, and that is our commitment,",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The document we delivered sets out a serious diplomatic path forward, should Russia choose it,",
  "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("NATO is ready to listen to Russia's concerns and to discuss how we can uphold and strengthen the fundamental principles of European security.",
  "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, "2022-01-26"),
 ("At his annual press conference on 14 January, Sergei Lavrov said the key to everything was a guarantee that NATO would not expand eastwards, and that Moscow's patience had run out.",
  "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
]

D = "2022-02-01"
PL = "He listed them as preventing NATO's expansion, refusing to deploy strike weapons systems near Russia's borders, and returning the alliance's military infrastructure in Europe to where it was in 1997."
SK = "For Moscow, NATO's enlargement is the core issue, and the US answer did not move on that point at all."
L["nhk-2022-02-02-putin-says-west-ignored-russia-demands"] = [
 ("It is already clear now that fundamental Russian concerns were ignored.",
  "vladimir-putin", 1, "He", "", "", 1, D),
 (PL, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (PL, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (PL, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Putin also argued that Ukraine's membership in NATO could drag the alliance into a war with Russia.",
  "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and starts a military operation to take back Crimea. Are we supposed to go to war with the NATO bloc?",
  "vladimir-putin", 1, "He", "no-ukraine-membership", "supports", 1, D),
 ("Blinken urged Russia to pursue immediate de-escalation and to withdraw troops and equipment from Ukraine's borders, according to the US State Department.",
  "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("The Russian Foreign Ministry says Lavrov told Blinken that Moscow will not allow its proposals to be buried in endless discussions, and stressed that NATO's expansion to the east must stop.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, D),
 ("White House Press Secretary Jen Psaki told reporters on Tuesday that diplomacy remains possible only if Russia pulls its forces back from the border.",
  "jen-psaki", 1, "White House Press Secretary Jen Psaki", "russia-de-escalation", "supports", 0, D),
 ("We strongly urge Russia to ease tensions, including by pulling back its forces, and to resolve the situation through diplomacy.",
  "matsuno-hirokazu", 1, "He", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Japan will continue to coordinate closely with the United States, European countries and the other members of the Group of Seven.",
  "matsuno-hirokazu", 1, "He", "", "", 1, "2022-02-02"),
 (SK, "sato-keiko", 1, "She", "nato-non-expansion", "mentions", 1, ""),
 (SK, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("I think the Kremlin will try to keep diplomacy going at least until the Beijing Winter Olympics are over.",
  "sato-keiko", 1, "Sato", "", "", 1, ""),
]

write_gold(L, "articles-212", "gold-212")
