#!/usr/bin/env python3
"""Writes the 187th held-out gold (gold-187/*.nq) from the labels below.

Batch 187 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
It imitates the coverage most readers actually saw, in seven forms:

- bloomberg-2021-12-17-russia-draft-treaties: Bloomberg wire copy with front
  matter, bullet standfirst, byline, crossheads, straight quotes, a quotation
  split by "the deputy foreign minister added", a passage quoted from the draft
  treaty (not labelled), Baker 1990 background (not labelled), an embassy as
  speaker, a Thursday statement in a Friday story, a link line.
- ria-2022-01-10-ryabkov-geneva: RIA Novosti machine-translated, no front
  matter (date as "21:47 10.01.2022"), « » quotes with the attribution after
  "- ", a passive ("It was underlined by the diplomat"), a photo caption, a
  history sentence by Ryabkov (Baker 1990, not labelled), a paragraph
  describing the drafts (document content, not labelled), link lines.
- guardian-2022-01-12-nato-russia-council-live: Guardian live blog, UTF-8 BOM
  and CRLF line ends, front matter, reverse-chronological entries with
  timestamps and crossheads, curly quotes, two speakers in one sentence
  (Landsbergis and Rinkēvičs), Moscow's demands attributed in passing inside
  Stoltenberg's and Przydacz's sentences, unnamed diplomats (not labelled), a
  rejection of unspecified "non-starters" (demand-less), a Tuesday interview.
- izvestia-2022-01-20-grushko-interview: Izvestia Q&A interview in English,
  no front matter, „ “ quotes in the headline and intro, questions and answers
  both introduced by a dash; each answer paragraph is one quotation.
- whitehouse-2022-01-27-psaki-briefing: White House press briefing
  transcript with front matter, "MS. PSAKI:" and "Q:" labels; offers to
  discuss (mentions), a rejection phrased as "not up for negotiation", a
  journalist's question that reports Lavrov (not labelled).
- mid-2022-01-14-lavrov-press-conference: Russian Foreign Ministry
  transcript of Lavrov's annual news conference, CRLF without BOM, no front
  matter, "Sergey Lavrov:" and "Question (outlet):" labels, an answer in
  several paragraphs, a question quoting Rau (not labelled).
- politico-2022-01-27-written-answers-moscow: Politico Europe analysis quoting
  experts, front matter, curly quotes; indirect speech running over two
  sentences ("the minister went on"), a senior EU official, a Moscow demand
  glossed by the reporter, the 1997 Founding Act (not labelled), a "non-starter"
  rejection, a quotation split by "Wielgosz said" whose second part is too
  short to label.

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
L["bloomberg-2021-12-17-russia-draft-treaties"] = [
 ("Russia's Foreign Ministry on Friday published draft security agreements with the US and NATO that would bar Ukraine from ever joining the alliance and require NATO to pull forces and weapons back from the countries that joined it after 1997.", "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia's Foreign Ministry on Friday published draft security agreements with the US and NATO that would bar Ukraine from ever joining the alliance and require NATO to pull forces and weapons back from the countries that joined it after 1997.", "russian-foreign-ministry", 0, "Russia's Foreign Ministry", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("NATO's open-door policy is for us absolutely unacceptable,", "sergei-ryabkov", 1, "the deputy foreign minister", "nato-open-door", "rejects", 1, "2021-12-17"),
 ("and membership for Ukraine is a red line that we will not let anyone cross.", "sergei-ryabkov", 1, "the deputy foreign minister", "no-ukraine-membership", "supports", 1, "2021-12-17"),
 ("He said Moscow was ready to start negotiations \"without delay,\" possibly in Geneva, and would not attach any preconditions to them.", "sergei-ryabkov", 1, "He", "no-preconditions", "supports", 0, "2021-12-17"),
 ("According to the ministry, both sides would also refrain from flying heavy bombers or sending surface warships into areas from which they could strike each other's territory.", "russian-foreign-ministry", 0, "the ministry", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("The Russian Embassy in Washington said in a Facebook post that the US had to stop \"pumping weapons\" into Ukraine and end the presence of American military instructors there.", "russia", 0, "The Russian Embassy in Washington", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("the key principles on which European security is built.", "jen-psaki", 1, "Jen Psaki", "", "", 1, "2021-12-17"),
 ("There will be no talks about European security without our European allies and partners,", "jen-psaki", 1, "she", "", "", 1, "2021-12-17"),
 ("NATO Secretary-General Jens Stoltenberg said on Thursday that only Ukraine and the 30 allies would decide whether Kyiv joins the alliance, and that Russia had no veto over that choice.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2021-12-16"),
 ("NATO Secretary-General Jens Stoltenberg said on Thursday that only Ukraine and the 30 allies would decide whether Kyiv joins the alliance, and that Russia had no veto over that choice.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2021-12-16"),
 ("We are ready for dialogue, but we are also prepared for the worst,", "jens-stoltenberg", 1, "he", "", "", 1, "2021-12-16"),
 ("Nobody in Washington is going to promise that Ukraine will stay out forever, and the Kremlin knows that perfectly well,", "irina-sokolovskaya", 1, "Irina Sokolovskaya", "no-ukraine-membership", "mentions", 1, ""),
 ("The real question is whether the pledge to halt enlargement is an opening bid or a pretext,", "irina-sokolovskaya", 1, "she", "nato-non-expansion", "mentions", 1, ""),
]
L["ria-2022-01-10-ryabkov-geneva"] = [
 ("Russia at the talks with the USA in Geneva has insisted that NATO must not expand further to the east, has declared at the press conference the deputy head of MFA of Russia Sergei Ryabkov.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("We have not got the impression that the American side understands the urgency of these questions and the necessity of their decision", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("It was underlined by the diplomat, that Moscow will not be satisfied with the verbal assurances or with the temporary moratorium instead of the legally obligatory treaty.", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("The deputy minister has declared, that Moscow is ready to discuss the medium-range missiles and the parameters of the military exercises, but only in the package with the main questions.", "sergei-ryabkov", 1, "The deputy minister", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("The deputy minister has declared, that Moscow is ready to discuss the medium-range missiles and the parameters of the military exercises, but only in the package with the main questions.", "sergei-ryabkov", 1, "The deputy minister", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("We have proposed to restore the regular contacts of the military at the level of the experts, and the Americans have listened to it attentively", "sergei-ryabkov", 1, "the diplomat", "resume-military-dialogue", "supports", 1, "2022-01-10"),
 ("Meanwhile the first deputy secretary of state of the USA Wendy Sherman after the talks has declared to the journalists, that Washington has rejected the proposals which are «simply non-starters», including the obligation about the non-expansion of NATO.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 ("We had the frank and forthright discussion, and we will continue it with our allies and partners", "wendy-sherman", 1, "she", "", "", 1, "2022-01-10"),
 ("According to Sherman, the USA have told to the Russian side, that Russia must withdraw the forces from the borders of Ukraine for the de-escalation of the situation.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Washington should listen at last to what Moscow says, and not invent its own agenda", "maria-zakharova", 1, "Maria Zakharova", "", "", 1, "2022-01-10"),
 ("The Americans will be ready to talk about everything, except their military cooperation with Kiev and Tbilisi", "gleb-sarantsev", 1, "Gleb Sarantsev", "no-military-activity-ex-soviet", "mentions", 1, ""),
]
L["guardian-2022-01-12-nato-russia-council-live"] = [
 ("The decisions of the Bucharest summit must be disavowed. As long as they stand, they are a time bomb under European security,", "alexander-grushko", 1, "the deputy minister", "rescind-bucharest-2008", "supports", 1, "2022-01-12"),
 ("Sitting beside him, the deputy defence minister, Alexander Fomin, said Nato exercises near Russia’s borders had reached a scale “not seen since the cold war” and had to be scaled back.", "alexander-fomin", 1, "Alexander Fomin", "limit-military-exercises", "supports", 0, "2022-01-12"),
 ("Allies and Russia have significant differences on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("Stoltenberg also rejected Moscow’s demand that Nato withdraw troops and infrastructure from the members that joined after 1997, saying there could be no “first and second class members” in the alliance.", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Stoltenberg also rejected Moscow’s demand that Nato withdraw troops and infrastructure from the members that joined after 1997, saying there could be no “first and second class members” in the alliance.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There is a real risk for new armed conflict in Europe,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-12"),
 ("We were firm in pushing back on proposals that are simply non-starters for the United States and for our allies.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-12"),
 ("Some items on the list Nato could live with. Pulling its troops out of Poland and the Baltic states is not one of them, and everyone in that room knows it,", "helen-marwick", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("Marwick said the real test would come in the next few weeks, when it would become clear whether Russian units around Ukraine were moving back from the border.", "helen-marwick", 1, "Marwick", "russia-de-escalation", "mentions", 0, ""),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, and his Latvian counterpart, Edgars Rinkēvičs, both said on Wednesday that their countries would not cut back exercises with allied troops to placate Moscow.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("Lithuania’s foreign minister, Gabrielius Landsbergis, and his Latvian counterpart, Edgars Rinkēvičs, both said on Wednesday that their countries would not cut back exercises with allied troops to placate Moscow.", "edgars-rinkevics", 1, "Edgars Rinkēvičs", "limit-military-exercises", "rejects", 0, "2022-01-12"),
 ("We will hold the drills we need, where we need them. Moscow does not get to write our training calendar,", "gabrielius-landsbergis", 1, "Landsbergis", "limit-military-exercises", "rejects", 1, "2022-01-12"),
 ("Poland’s deputy foreign minister, Marcin Przydacz, on Wednesday dismissed Russia’s demand that no offensive weapons be stationed near its borders as a “non-starter”, saying what Poland hosts on its own soil is a matter for Warsaw and its allies.", "marcin-przydacz", 1, "Marcin Przydacz", "no-strike-weapons-near-borders", "rejects", 0, "2022-01-12"),
 ("Poland’s deputy foreign minister, Marcin Przydacz, on Wednesday dismissed Russia’s demand that no offensive weapons be stationed near its borders as a “non-starter”, saying what Poland hosts on its own soil is a matter for Warsaw and its allies.", "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("Negotiations under the barrel of a gun are not negotiations. First Russia withdraws its troops, then we talk,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-11"),
 ("Negotiations under the barrel of a gun are not negotiations. First Russia withdraws its troops, then we talk,", "dmytro-kuleba", 1, "he", "no-preconditions", "rejects", 1, "2022-01-11"),
 ("but we will not compromise on core principles", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, "2022-01-12"),
]
G = "Alexander Grushko"
L["izvestia-2022-01-20-grushko-interview"] = [
 ("The conversation was frank and rather direct, and in that sense it was useful. But we did not hear from our partners any readiness to take our key concerns into account. Instead we heard the usual set of accusations about an \"invasion\" that nobody is planning.", "alexander-grushko", 1, G, "", "", 1, "2022-01-20"),
 ("The so-called open-door policy is a relic of the Cold War, and nobody has ever recognised it in any international legal document. All OSCE states, on the contrary, signed up in Istanbul and Astana to the principle that no one may strengthen their security at the expense of others. The freedom to choose alliances is not absolute, and we will not accept it as an argument.", "alexander-grushko", 1, G, "nato-open-door", "rejects", 1, "2022-01-20"),
 ("We need legally binding guarantees, first of all that NATO will not expand further to the east and will not deploy strike weapon systems near our borders. Political declarations did not work: we were given assurances in 1990, and everyone knows what happened next.", "alexander-grushko", 1, G, "written-legal-guarantees", "supports", 1, "2022-01-20"),
 ("We need legally binding guarantees, first of all that NATO will not expand further to the east and will not deploy strike weapon systems near our borders. Political declarations did not work: we were given assurances in 1990, and everyone knows what happened next.", "alexander-grushko", 1, G, "nato-non-expansion", "supports", 1, "2022-01-20"),
 ("We need legally binding guarantees, first of all that NATO will not expand further to the east and will not deploy strike weapon systems near our borders. Political declarations did not work: we were given assurances in 1990, and everyone knows what happened next.", "alexander-grushko", 1, G, "no-strike-weapons-near-borders", "supports", 1, "2022-01-20"),
 ("It is not a maximalist demand at all. It is a return to the configuration in which the NATO–Russia Founding Act was signed. Everything that has been moved to our borders since then, the forces and the infrastructure, must be withdrawn.", "alexander-grushko", 1, G, "rollback-to-1997", "supports", 1, "2022-01-20"),
 ("The OSCE is a useful platform, but it cannot replace direct talks with the United States and NATO. We heard a great many speeches there, including from the Polish chairmanship, but not a single answer to our questions.", "alexander-grushko", 1, G, "", "", 1, "2022-01-20"),
 ("As long as the alliance officially calls Russia a threat and has itself cut the channels, we see no point in restoring military contacts. Our mission in Brussels was not closed by our choice, and the NATO information office in Moscow was closed in response.", "alexander-grushko", 1, G, "resume-military-dialogue", "rejects", 1, "2022-01-20"),
 ("The decisions taken at the Bucharest summit must be cancelled. While they remain in force, they push Kyiv and Tbilisi toward dangerous adventures, and August 2008 showed where such adventures lead.", "alexander-grushko", 1, G, "rescind-bucharest-2008", "supports", 1, "2022-01-20"),
 ("We will study everything that comes in writing, carefully and without prejudice. But I want to be understood correctly: the package must be considered as a whole, not picked apart item by item.", "alexander-grushko", 1, G, "", "", 1, "2022-01-20"),
 ("Then we will have to respond with military-technical measures. We have said this openly, there is no secret and no bluff here.", "alexander-grushko", 1, G, "", "", 1, "2022-01-20"),
]
P = "Jen Psaki"
L["whitehouse-2022-01-27-psaki-briefing"] = [
 ("Hi, everyone. Okay, a couple of items for you at the top. Yesterday, Ambassador Sullivan delivered our written response to the Russian government in Moscow, and NATO delivered its own response in parallel. As the Secretary said last night, it sets out a serious diplomatic path forward, should Russia choose it.", "jen-psaki", 1, P, "", "", 1, "2022-01-27"),
 ("The response addresses areas where we believe we can make progress: confidence-building measures on military exercises and maneuvers in Europe, and arms control on missiles in Europe, including the kind of intermediate-range systems that were once covered by the INF Treaty. We are prepared to discuss all of that on a reciprocal basis.", "jen-psaki", 1, P, "limit-military-exercises", "mentions", 1, "2022-01-27"),
 ("The response addresses areas where we believe we can make progress: confidence-building measures on military exercises and maneuvers in Europe, and arms control on missiles in Europe, including the kind of intermediate-range systems that were once covered by the INF Treaty. We are prepared to discuss all of that on a reciprocal basis.", "jen-psaki", 1, P, "no-intermediate-range-missiles", "mentions", 1, "2022-01-27"),
 ("We're not going to release the document publicly. We think diplomacy has the best chance to succeed if we give it space, and we've briefed our allies and Ukraine on every line of it.", "jen-psaki", 1, P, "", "", 1, "2022-01-27"),
 ("It did, and it was clear. We will uphold the principle of NATO's open door, and we are not going to negotiate that principle away with Russia or with anyone else. There is not going to be a deal that closes the alliance to new members.", "jen-psaki", 1, P, "nato-open-door", "supports", 1, "2022-01-27"),
 ("It did, and it was clear. We will uphold the principle of NATO's open door, and we are not going to negotiate that principle away with Russia or with anyone else. There is not going to be a deal that closes the alliance to new members.", "jen-psaki", 1, P, "nato-non-expansion", "rejects", 1, "2022-01-27"),
 ("Some of the arms control pieces could ultimately take the form of agreements, as they have in the past, and we're open to discussing that. But I'm not going to get ahead of the process or negotiate from this podium.", "jen-psaki", 1, P, "written-legal-guarantees", "mentions", 1, "2022-01-27"),
 ("We've never said diplomacy has to wait. We're ready to keep talking without preconditions. But it's hard to see real progress while more than 100,000 Russian troops sit on Ukraine's border, and Russia needs to de-escalate.", "jen-psaki", 1, P, "no-preconditions", "supports", 1, "2022-01-27"),
 ("We've never said diplomacy has to wait. We're ready to keep talking without preconditions. But it's hard to see real progress while more than 100,000 Russian troops sit on Ukraine's border, and Russia needs to de-escalate.", "jen-psaki", 1, P, "russia-de-escalation", "supports", 1, "2022-01-27"),
 ("They will. We have provided more security assistance to Ukraine in the past year than at any point before, and another shipment arrived in Kyiv this week. Our security cooperation with Ukraine is not up for negotiation with Moscow.", "jen-psaki", 1, P, "no-military-activity-ex-soviet", "rejects", 1, "2022-01-27"),
 ("I'd refer you to the Pentagon on specific deployments. But we are not going to accept limits on where U.S. ships and aircraft can operate in international waters and airspace.", "jen-psaki", 1, P, "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-27"),
 ("I'm not going to parse every comment from the Russian Foreign Ministry. What matters is what they do, not what they say on a given morning.", "jen-psaki", 1, P, "", "", 1, "2022-01-27"),
 ("He will speak with President Zelensky this afternoon, and we'll have a readout for all of you after the call.", "jen-psaki", 1, P, "", "", 1, "2022-01-27"),
 ("Absolutely. The Chancellor and the President have spoken several times, and we are in lockstep with our German partners.", "jen-psaki", 1, P, "", "", 1, "2022-01-27"),
]
V = "Sergey Lavrov"
L["mid-2022-01-14-lavrov-press-conference"] = [
 ("Ladies and gentlemen, good afternoon. This week has been very busy: on Monday we held talks with the Americans in Geneva, on Wednesday at the Russia-NATO Council in Brussels, and yesterday at the OSCE Permanent Council in Vienna. Our Western partners have been given every opportunity to understand our position, and I will not repeat the details of each meeting.", "sergei-lavrov", 1, V, "", "", 1, "2022-01-14"),
 ("Our patience has run out. We need legally binding guarantees, not promises, and we expect a written answer, article by article, to our draft treaty and our draft agreement.", "sergei-lavrov", 1, V, "written-legal-guarantees", "supports", 1, "2022-01-14"),
 ("The key to everything is a guarantee that NATO will not expand eastward. Without it, all the rest loses its meaning.", "sergei-lavrov", 1, V, "nato-non-expansion", "supports", 1, "2022-01-14"),
 ("Our Western colleagues quote only the part of the OSCE commitments that suits them, the freedom to choose alliances. But the same documents say that no state may strengthen its security at the expense of the security of others. The open door is not a principle of international law, it is an internal rule of the alliance.", "sergei-lavrov", 1, V, "nato-open-door", "rejects", 1, "2022-01-14"),
 ("At Bucharest in 2008 they wrote that Ukraine and Georgia would become members of NATO. This decision must be revoked, otherwise it will continue to poison everything.", "sergei-lavrov", 1, V, "rescind-bucharest-2008", "supports", 1, "2022-01-14"),
 ("We move our troops on our own territory as we see fit. Nobody is going to dictate to us where to keep our armed forces, and the calls to “de-escalate” are addressed to the wrong party.", "sergei-lavrov", 1, V, "russia-de-escalation", "rejects", 1, "2022-01-14"),
 ("Intermediate-range missiles are an important topic. Back in 2019 we proposed a moratorium on deploying them in Europe, and nobody answered us. We are still in favour of keeping such missiles out of range of each other’s territory.", "sergei-lavrov", 1, V, "no-intermediate-range-missiles", "supports", 1, "2022-01-14"),
 ("The risk exists, and it is created by the military development of Ukraine’s territory by NATO countries: instructors, weapons deliveries, bases under the guise of training centres. All of that must stop.", "sergei-lavrov", 1, V, "no-military-activity-ex-soviet", "supports", 1, "2022-01-14"),
 ("We have never refused such contacts. It was NATO that froze the military channels of the Russia-NATO Council in 2014. We are in favour of restoring a normal professional dialogue between the militaries, so that incidents in the air and at sea do not turn into something worse.", "sergei-lavrov", 1, V, "resume-military-dialogue", "supports", 1, "2022-01-14"),
 ("There is no date. We are waiting for the written answers, and then we will decide.", "sergei-lavrov", 1, V, "", "", 1, "2022-01-14"),
]
L["politico-2022-01-27-written-answers-moscow"] = [
 ("There is no change, there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It cannot be said that our thoughts were taken into account or that any readiness was shown to take our concerns into account,", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("But NATO’s eastward expansion had to stop, the minister went on, or the rest would lead nowhere.", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Georgia’s foreign minister, David Zalkaliani, said on Thursday that the 2008 Bucharest decision “remains valid” and that no one outside the alliance could revoke it.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2022-01-27"),
 ("A senior EU official told POLITICO the bloc would not accept a return to “spheres of influence” in Europe, a reference to Moscow’s demand that NATO pull its forces back to where they stood in 1997.", "european-union", 0, "A senior EU official", "rollback-to-1997", "rejects", 0, ""),
 ("A senior EU official told POLITICO the bloc would not accept a return to “spheres of influence” in Europe, a reference to Moscow’s demand that NATO pull its forces back to where they stood in 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Treaty-level guarantees were never on the cards, and they shouldn’t be. Verbal assurances, yes; ratified obligations, no,", "paul-hendricksen", 1, "Paul Hendricksen", "written-legal-guarantees", "rejects", 1, ""),
 ("A ban on American intermediate-range missiles in Europe while the Russian 9M729 stays deployed is a non-starter,", "paul-hendricksen", 1, "he", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Hendricksen noted that both replies now speak of restoring military-to-military contacts, something neither side has yet put a date on.", "paul-hendricksen", 1, "Hendricksen", "resume-military-dialogue", "mentions", 0, ""),
 ("Undoing Bucharest is the most symbolic item on the list, and the one least discussed in Washington,", "katarzyna-wielgosz", 1, "Katarzyna Wielgosz", "rescind-bucharest-2008", "mentions", 1, ""),
 ("What can be stationed near Russia’s borders, and what Russia stations near ours, is the one place where a real bargain might be found,", "katarzyna-wielgosz", 1, "she", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("Keeping warships and bombers out of each other’s strike range sounds technical, but in the Black Sea it would change everything,", "maximilian-oberlander", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Everyone says they are ready to talk without preconditions. The question is what they are ready to talk about,", "maximilian-oberlander", 1, "Oberländer", "no-preconditions", "mentions", 1, ""),
 ("The open door is now the whole argument,", "katarzyna-wielgosz", 1, "Wielgosz", "nato-open-door", "mentions", 1, ""),
]

write_gold(L, "articles-187", "gold-187")
