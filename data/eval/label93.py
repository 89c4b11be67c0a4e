#!/usr/bin/env python3
"""Writes the 93rd held-out gold (gold-93/*.nq) from the labels below.

Batch 93 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- ap-2022-01-10-geneva-sherman-ryabkov: Associated Press wire copy from
  Geneva (front matter, straight quotes, dateline, a quotation split by
  "Ryabkov told reporters", a speaker named only by role, an invented analyst,
  background on Bucharest 2008 and the 1997 Founding Act).
- mid-2022-01-14-lavrov-annual-press-conference: the Russian Foreign
  Ministry's English transcript of Lavrov's annual news conference (UTF-8 BOM,
  CRLF line ends, no front matter, date in the text, "Sergey Lavrov:" speaker
  labels, journalists' questions and a moderator (Zakharova) who get no label).
- lemonde-2022-01-14-osce-vienna-analysis: Le Monde in English analysis of
  the OSCE Permanent Council of 13 January (« » quotes, crossheads,
  standfirst, invented experts speaking in the present tense, "Mr Rau").
- pravda-2022-01-26-written-answers-live: Ukrainska Pravda live blog on the
  day the written answers were delivered (no front matter, timestamped
  entries in reverse order, curly quotes, a senior EU official, "Moscow's
  demand" attributed in passing inside other speakers' sentences).
- spiegel-2022-02-04-landsbergis-interview: DER SPIEGEL International Q&A
  with Lithuania's foreign minister (front matter, "DER SPIEGEL:" questions,
  multi-paragraph answers, interview conducted on Tuesday 1 February).
- axios-2022-01-26-us-written-response: Axios "smart brevity" piece (no
  front matter, "Jan 26, 2022" in the text, bullets and lead-ins, words
  quoted from the US document, an embassy, unnamed Republicans, a senior
  State Department official).
- rt-2022-02-17-russia-reply-security-guarantees: RT Russian-language piece
  in machine translation („ “ quotes, "– declared ... Sergei Ryabkov"
  attribution after the quotation, the Russian reply of 17 February quoted as
  a document, Baker 1990 and Bucharest 2008 as history).

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

Choices made in this batch:
- an analyst's own main clause "Moscow is asking for ..." inside a direct
  quotation is the analyst's mention only (as in batch 9), not Russia's label;
  a narrator's sentence with Russia as the subject of a demand verb ("Russia
  wants ...", "Moscow has said it will accept nothing short of ...") is
  Russia's label, undated;
- the Axios lead-ins ("Why it matters:" ...) stand in front of unlabelled
  sentences only; bullets are not part of the sentence;
- officials quoted in coverage of one day's event are dated that day; analysts
  speaking in the present tense or "said" with no day are undated; live-blog
  entries are dated by the day of the blog.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Russia's deputy foreign minister said Monday that Moscow needed \"ironclad\" legally binding guarantees that Ukraine would never join NATO, after nearly eight hours of talks with a U.S. delegation in Geneva ended without a breakthrough.", "sergei-ryabkov", 1, "Russia's deputy foreign minister", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("Russia's deputy foreign minister said Monday that Moscow needed \"ironclad\" legally binding guarantees that Ukraine would never join NATO, after nearly eight hours of talks with a U.S. delegation in Geneva ended without a breakthrough.", "sergei-ryabkov", 1, "Russia's deputy foreign minister", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("It is absolutely mandatory for us to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We do not trust the other side. We have very good reasons for that.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-10"),
 ("firmly pushed back on security proposals that are simply non-starters for the United States.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("Sherman said the U.S. was open to discussing the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, provided Russia reciprocated.", "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the U.S. was open to discussing the future deployment of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, provided Russia reciprocated.", "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She said the two sides had also talked about restoring channels between their militaries to avoid accidents in the air and at sea.", "wendy-sherman", 1, "She", "resume-military-dialogue", "mentions", 0, "2022-01-10"),
 ("It is very difficult to have a constructive negotiation while there are 100,000 Russian troops on Ukraine's border. Russia needs to pull them back,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, "2022-01-10"),
 ("We were firm, we were candid, and we were clear about the costs if Moscow chooses confrontation.", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("Ryabkov said the Russian side had assured its counterparts that it had no plans to invade Ukraine, and he insisted that the movement of troops on Russian territory was nobody else's business.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Asked whether Moscow could live with a moratorium on Ukraine's membership instead of a treaty, the deputy minister said a temporary pause of that kind would be worthless to Russia.", "sergei-ryabkov", 1, "the deputy minister", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("The Americans have to understand that the NATO expansion must stop, and it must stop now. Without that, I don't see how we move forward on the rest,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("We have been clear that we will not negotiate about Ukraine without Ukraine, about Europe without Europe, about NATO without NATO,", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("Moscow is asking for a pledge that Ukraine never joins NATO. Washington can't give that, and the Russians know it,", "thomas-greaney", 1, "Thomas Greaney", "no-ukraine-membership", "mentions", 1, ""),
 ("The real question is whether the Kremlin wants a deal or a pretext,", "thomas-greaney", 1, "he", "", "", 1, ""),
 ("The ball is in their court. We will see what comes out of Brussels and Vienna, and then we will draw conclusions,", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-10"),
]
D = "2022-01-14"
L["mid-2022-01-14-lavrov-annual-press-conference"] = [
 ("Good afternoon, ladies and gentlemen. Traditionally we meet at the beginning of the year to sum up the results of the previous one. The year 2021 was not easy, and the pandemic continued to influence international relations, but I will not take much of your time with the introductory words.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
 ("The main thing for us now is the security guarantees. Our patience has come to an end. We were fooled, brazenly deceived, when NATO expanded five times after the promises given to the Soviet leadership. Now we need legally binding guarantees that NATO will not move further eastward and that strike weapon systems creating threats to Russia will not be deployed near our borders.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main thing for us now is the security guarantees. Our patience has come to an end. We were fooled, brazenly deceived, when NATO expanded five times after the promises given to the Soviet leadership. Now we need legally binding guarantees that NATO will not move further eastward and that strike weapon systems creating threats to Russia will not be deployed near our borders.", "sergei-lavrov", 1, "Sergey Lavrov", "written-legal-guarantees", "supports", 1, D),
 ("The main thing for us now is the security guarantees. Our patience has come to an end. We were fooled, brazenly deceived, when NATO expanded five times after the promises given to the Soviet leadership. Now we need legally binding guarantees that NATO will not move further eastward and that strike weapon systems creating threats to Russia will not be deployed near our borders.", "sergei-lavrov", 1, "Sergey Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We are waiting for a written answer, article by article, to our drafts. We will not accept that they take out from the package only the things convenient for them and put aside the main thing, that is, the non-expansion of NATO.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Of course we also need a clear commitment that intermediate-range and shorter-range missiles will not appear in areas from which they can reach the territory of Russia. We proposed a moratorium on this back in 2019, and President Putin repeated it many times, but there was no reaction.", "sergei-lavrov", 1, "Sergey Lavrov", "no-intermediate-range-missiles", "supports", 1, D),
 ("Our Western colleagues like to quote the Istanbul and Astana declarations of the OSCE, but they quote only half. Yes, every state is free to choose alliances, but no state may strengthen its security at the expense of the security of others. The so-called freedom to choose alliances is not absolute, and it cannot be used to move the military machine of NATO up to our borders.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-open-door", "rejects", 1, D),
 ("Ukraine must never become a member of NATO, and the same concerns Georgia. The decision of the Bucharest summit, which said that they will be members, must be disavowed officially. It continues to poison the situation in Europe.", "sergei-lavrov", 1, "Sergey Lavrov", "no-ukraine-membership", "supports", 1, D),
 ("Ukraine must never become a member of NATO, and the same concerns Georgia. The decision of the Bucharest summit, which said that they will be members, must be disavowed officially. It continues to poison the situation in Europe.", "sergei-lavrov", 1, "Sergey Lavrov", "rescind-bucharest-2008", "supports", 1, D),
 ("We insist that NATO returns to the configuration of 27 May 1997, when the Founding Act was signed. The forces and the infrastructure which appeared after that date on the territory of the countries that joined the alliance later must be withdrawn.", "sergei-lavrov", 1, "Sergey Lavrov", "rollback-to-1997", "supports", 1, D),
 ("We also want the United States not to create military bases on the territory of the former Soviet states that are not NATO members and not to use their infrastructure for any military activity. This concerns Ukraine, but not only Ukraine.", "sergei-lavrov", 1, "Sergey Lavrov", "no-military-activity-ex-soviet", "supports", 1, D),
 ("Our troops are on our own territory. We do not have to report to anyone where and why we hold exercises in our country. The demands to \"de-escalate\" addressed to us are sent to the wrong address.", "sergei-lavrov", 1, "Sergey Lavrov", "russia-de-escalation", "rejects", 1, D),
 ("It was NATO that expelled our diplomats in October and made the work of our mission impossible. We see no sense in restoring the military channels with the alliance in the current circumstances, as long as it continues to treat us as an adversary.", "sergei-lavrov", 1, "Sergey Lavrov", "resume-military-dialogue", "rejects", 1, D),
 ("I will not guess. President Putin has already said that in this case we will take adequate military-technical measures. But we do not want to anticipate events. We expect an answer next week.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
 ("Thank you. I hope we will meet again before long.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, D),
]
D = "2022-01-13"
L["lemonde-2022-01-14-osce-vienna-analysis"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "he", "", "", 1, D),
 ("Mr Rau, speaking for the chair, urged Russia to withdraw the troops massed along Ukraine's border and to use the organization's own mechanisms of military transparency instead.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, D),
 ("We need a clear and concrete answer on the non-extension of NATO, and we cannot wait for it forever", "alexander-lukashevich", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("The diplomat also demanded that the alliance stop holding large-scale exercises close to Russia's borders, which Moscow regards as rehearsals for an attack.", "alexander-lukashevich", 1, "The diplomat", "limit-military-exercises", "supports", 0, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 ("We will not be deterred from the principle that every state has the right to choose its own security arrangements, including alliances", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, D),
 ("Among other things, Russia wants NATO's forces and infrastructure pulled back to where they stood in 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Moscow is asking NATO to give up the right to station even a single battalion east of Germany", "camille-verdier", 1, "Camille Verdier", "rollback-to-1997", "mentions", 1, ""),
 ("The Americans have opened the door on intermediate-range missiles and on exercises, and that is the true table of negotiation", "camille-verdier", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("The Americans have opened the door on intermediate-range missiles and on exercises, and that is the true table of negotiation", "camille-verdier", 1, "she", "limit-military-exercises", "mentions", 1, ""),
 ("Talks without preconditions is a slogan that both sides repeat. The difference is what each of them considers negotiable", "camille-verdier", 1, "she", "no-preconditions", "mentions", 1, ""),
 ("As for Moscow's demand to revoke the promise made to Kyiv and Tbilisi at the Bucharest summit, she sees in it mostly a symbol.", "camille-verdier", 1, "she", "rescind-bucharest-2008", "mentions", 0, ""),
 ("As for Moscow's demand to revoke the promise made to Kyiv and Tbilisi at the Bucharest summit, she sees in it mostly a symbol.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("Revoking Bucharest is what the Kremlin wants above all, because it would be a public humiliation for the alliance", "camille-verdier", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("Paper guarantees of the kind Moscow wants, ratified by the US Senate, are a fantasy. No American administration could get such a treaty through, and none will try", "pierre-yves-lemaistre", 1, "he", "written-legal-guarantees", "rejects", 1, ""),
 ("There will be no discussion of European security without the Europeans, and there will be no new Yalta", "jean-yves-le-drian", 1, "he", "", "", 1, D),
]
D = "2022-01-26"
L["pravda-2022-01-26-written-answers-live"] = [
 ("There is no change, there will be no change. We uphold the principle of NATO’s open door,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("We are ready for direct talks with Russia in any format and without any preconditions,", "volodymyr-zelensky", 1, "the president", "no-preconditions", "supports", 1, D),
 ("But nobody will decide for Ukraine which alliances it joins, not in Moscow and not anywhere else.", "volodymyr-zelensky", 1, "the president", "nato-open-door", "supports", 1, D),
 ("But nobody will decide for Ukraine which alliances it joins, not in Moscow and not anywhere else.", "volodymyr-zelensky", 1, "the president", "no-ukraine-membership", "rejects", 1, D),
 ("The conversation was not easy, but we agreed that the ceasefire must be observed unconditionally by all sides,", "andriy-yermak", 1, "Yermak", "", "", 1, D),
 ("We are ready to listen to Russia’s concerns, but we will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He said NATO had proposed to reopen the two sides’ missions in Moscow and Brussels and to restore military lines of communication to reduce risks and avoid incidents.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, D),
 ("The secretary general dismissed Moscow’s demand that allied troops leave the countries that joined after 1997, saying NATO would not accept “first- and second-class members”.", "jens-stoltenberg", 1, "The secretary general", "rollback-to-1997", "rejects", 0, D),
 ("The secretary general dismissed Moscow’s demand that allied troops leave the countries that joined after 1997, saying NATO would not accept “first- and second-class members”.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("A senior EU official told journalists in Brussels that the EU would not object to talks on Moscow’s demand for a halt to NATO enlargement, but that any decision belonged to the Alliance and to the countries concerned.", "european-union", 0, "A senior EU official", "nato-non-expansion", "mentions", 0, D),
 ("A senior EU official told journalists in Brussels that the EU would not object to talks on Moscow’s demand for a halt to NATO enlargement, but that any decision belonged to the Alliance and to the countries concerned.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Talks without preconditions while 100,000 Russian soldiers stand at our border would simply reward blackmail,", "oksana-levytska", 1, "Oksana Levytska", "no-preconditions", "rejects", 1, D),
 ("Moscow wants Western instructors and weapons out of Ukraine, and it wants that written into a treaty,", "yaroslav-hnatiuk", 1, "Yaroslav Hnatiuk", "no-military-activity-ex-soviet", "mentions", 1, D),
 ("Moscow wants Western instructors and weapons out of Ukraine, and it wants that written into a treaty,", "yaroslav-hnatiuk", 1, "Yaroslav Hnatiuk", "written-legal-guarantees", "mentions", 1, D),
 ("Washington keeps asking Russia to pull its troops back, and the Kremlin keeps answering that they are standing on its own soil,", "yaroslav-hnatiuk", 1, "he", "russia-de-escalation", "mentions", 1, D),
 ("We see American ships and aircraft operating ever closer to our borders, in places from which they can strike Russia. This is precisely what we have asked them to stop,", "dmitry-peskov", 1, "Dmitry Peskov", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("Russian Foreign Minister Sergei Lavrov told members of the State Duma that Moscow expected the answers to contain a clear position on the non-deployment of strike weapons near Russia’s borders, and warned that otherwise the Kremlin would take “retaliatory measures”.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, D),
 ("Ukraine’s path to NATO is a matter for Ukraine and the 30 allies, full stop. Our partners have assured us that they will not trade it away behind our backs,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 ("Ukraine’s path to NATO is a matter for Ukraine and the 30 allies, full stop. Our partners have assured us that they will not trade it away behind our backs,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("Our defence cooperation with the United States and Britain, the instructors, the Javelins, the NLAWs, is not a subject of anyone’s talks with Moscow,", "dmytro-kuleba", 1, "the minister", "no-military-activity-ex-soviet", "rejects", 1, D),
]
D = "2022-02-01"
L["spiegel-2022-02-04-landsbergis-interview"] = [
 ("It's very simple: no. The battlegroup in Rukla is here because our allies decided that it should be here, and it will stay as long as we and they think it is needed. Moscow does not get to decide the configuration of NATO forces on allied territory.", "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, D),
 ("What Russia is really asking for is a return to spheres of influence, a Europe in which countries like mine would once again be a buffer zone. We have lived through that once, and we know how it ended.", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, D),
 ("We were consulted, and I am comfortable with reciprocal transparency. But let me be clear: Lithuania will not accept any arrangement under which Moscow dictates which missile systems allies may host on their own territory.", "gabrielius-landsbergis", 1, "Landsbergis", "no-intermediate-range-missiles", "rejects", 1, D),
 ("And we will not cancel our exercises. Zapad is taking place in Belarus with tens of thousands of Russian soldiers, right on our border, and we are supposed to stop training? That would be absurd.", "gabrielius-landsbergis", 1, "Landsbergis", "limit-military-exercises", "rejects", 1, D),
 ("Withdrawing the Bucharest declaration would be a gift to Putin and a betrayal of Kyiv and Tbilisi. It is not going to happen, and no ally I have spoken to is proposing it.", "gabrielius-landsbergis", 1, "Landsbergis", "rescind-bucharest-2008", "rejects", 1, D),
 ("Russia has Iskanders in Kaliningrad, a few hundred kilometers from Vilnius, and it wants us to promise never to deploy anything that could answer them. We will not give that promise.", "gabrielius-landsbergis", 1, "Landsbergis", "no-strike-weapons-near-borders", "rejects", 1, D),
 ("Pull back the troops. Everything begins there. As long as more than 100,000 soldiers stand around Ukraine, every conversation with Russia is conducted at gunpoint.", "gabrielius-landsbergis", 1, "Landsbergis", "russia-de-escalation", "supports", 1, D),
 ("I understand the German debate, but history has taught us in this region that appeasement never works with this kind of regime. I would like to see Berlin lead, not follow.", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, D),
]
D = "2022-01-26"
L["axios-2022-01-26-us-written-response"] = [
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Tony Blinken", "", "", 1, D),
 ("diplomacy has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("Blinken said the U.S. was prepared to discuss a mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, provided Russia offered the same transparency at two of its own bases.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We're going to keep flying and sailing wherever international law allows, and that includes the Black Sea,", "john-kirby", 1, "John Kirby", "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Moscow has said it will accept nothing short of a legally binding commitment that NATO will stop expanding, which the U.S. has repeatedly ruled out.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has said it will accept nothing short of a legally binding commitment that NATO will stop expanding, which the U.S. has repeatedly ruled out.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow has said it will accept nothing short of a legally binding commitment that NATO will stop expanding, which the U.S. has repeatedly ruled out.", "united-states", 0, "the U.S.", "nato-non-expansion", "rejects", 0, ""),
 ("The Russian Embassy in Washington said in a statement on Wednesday that the U.S. must stop \"pumping Ukraine with weapons\" and halt the deployment of military instructors to the country.", "russia", 0, "The Russian Embassy in Washington", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Anna Kiernan, a former National Security Council director for Russia, said the Russian drafts, if signed, would push American bombers and destroyers out of range of Russian territory and keep strike systems out of every country on Russia's periphery.", "anna-kiernan", 1, "Anna Kiernan", "no-warships-aircraft-in-strike-range", "mentions", 0, ""),
 ("Anna Kiernan, a former National Security Council director for Russia, said the Russian drafts, if signed, would push American bombers and destroyers out of range of Russian territory and keep strike systems out of every country on Russia's periphery.", "anna-kiernan", 1, "Anna Kiernan", "no-strike-weapons-near-borders", "mentions", 0, ""),
 ("The U.S. answer restates NATO's open door almost word for word. The Russians will read that as a no, and the question is what Putin does next,", "anna-kiernan", 1, "Kiernan", "nato-open-door", "mentions", 1, ""),
 ("The diplomatic door is open, but it's Russia's choice whether to walk through it,", "us-state-department", 0, "a senior State Department official", "", "", 1, ""),
]
D = "2022-02-17"
L["rt-2022-02-17-russia-reply-security-guarantees"] = [
 ("We have received no constructive answer on the basic elements of the Russian initiative, namely the non-expansion of NATO, the refusal of deploying strike weapons near our borders and the return of the military potential of the alliance to the lines of 1997", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("We have received no constructive answer on the basic elements of the Russian initiative, namely the non-expansion of NATO, the refusal of deploying strike weapons near our borders and the return of the military potential of the alliance to the lines of 1997", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We have received no constructive answer on the basic elements of the Russian initiative, namely the non-expansion of NATO, the refusal of deploying strike weapons near our borders and the return of the military potential of the alliance to the lines of 1997", "sergei-ryabkov", 1, "Sergei Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("The American side is ready to discuss some questions of arms control, but separately from the main questions this does not interest us in principle", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We demand that the United States and NATO stop the military development of the territory of Ukraine, the supplies of weapons and the sending of instructors", "maria-zakharova", 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, D),
 ("The so-called \"invasion\" exists only in the imagination of Western journalists and politicians", "maria-zakharova", 1, "she", "", "", 1, D),
 ("The deputy minister Alexander Grushko in the interview to the channel „Russia-24“ on Thursday said that the alliance must renounce the exercises near the Russian borders and keep its ships and aircraft outside of the zones from which they can strike on Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "limit-military-exercises", "supports", 0, D),
 ("The deputy minister Alexander Grushko in the interview to the channel „Russia-24“ on Thursday said that the alliance must renounce the exercises near the Russian borders and keep its ships and aircraft outside of the zones from which they can strike on Russian territory.", "alexander-grushko", 1, "Alexander Grushko", "no-warships-aircraft-in-strike-range", "supports", 0, D),
 ("Nobody will dictate to us where our troops are located on our own territory", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 ("The president is ready for the dialogue, but not for the endless dialogue without any results", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Earlier on Tuesday the president Vladimir Putin after the negotiations with the German chancellor Olaf Scholz declared that the question of not joining of Ukraine to NATO must be solved „right now“, and not postponed for later.", "vladimir-putin", 1, "Vladimir Putin", "no-ukraine-membership", "supports", 0, "2022-02-15"),
 ("The official representative of the State Department Ned Price on Thursday declared that Washington studies the Russian text, in which Moscow again insists on legally binding guarantees, and will answer after consultations with the allies.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "mentions", 0, D),
 ("The official representative of the State Department Ned Price on Thursday declared that Washington studies the Russian text, in which Moscow again insists on legally binding guarantees, and will answer after consultations with the allies.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Price also called Russia to withdraw the troops from the border with Ukraine and to confirm by deeds the declarations about the withdrawal.", "ned-price", 1, "Price", "russia-de-escalation", "supports", 0, D),
 ("Without legally binding fixation of the non-expansion of NATO all other agreements remain just paper", "pavel-zhuravin", 1, "Pavel Zhuravin", "written-legal-guarantees", "supports", 1, ""),
 ("Without legally binding fixation of the non-expansion of NATO all other agreements remain just paper", "pavel-zhuravin", 1, "Pavel Zhuravin", "nato-non-expansion", "supports", 1, ""),
]

write_gold(L, "articles-93", "gold-93")
