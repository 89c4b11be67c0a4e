#!/usr/bin/env python3
"""Writes the thirty-first held-out gold (gold-31/*.nq) from the labels below.

Batch 31 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.

Outlets and forms: a Xinhua English wire item; an Interfax English story on
Ryabkov's comments after the Geneva talks (no front matter: the id is the file
name, the date is only in the dateline line); a BBC explainer with subheads,
site junk (share panel, image caption, related links) and a correspondent's
analysis box; a White House press briefing transcript (Jen Psaki, Q/A); a
Meduza-style English feature with Russian experts, quotations in « », cookie
banner and "Read more" link; an OSCE Chairmanship press release with Rau's
statement (UTF-8 BOM and CRLF line ends); a POLITICO Europe Brussels Playbook
with several short items.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (after the curated gold and label9.py):
- One label per (speaker, demand) a passage expresses; one passage naming
  three demands gives three labels with the same evidence.
- Direct quotation: the evidence is the words between the marks, punctuation
  inside the marks kept (direct 1); a quotation running over two or three
  sentences is one span; a quotation interrupted by "X said" is two spans.
  Reported speech: the whole sentence, without a dateline (direct 0); a
  sentence of reported speech that embeds a quotation shorter than six words
  is labelled as reported speech.
- Stance: supports/rejects by the speaker's own position; mentions when the
  speaker only reports, analyses, asks or offers to discuss (analysts
  describing what the Kremlin wants, US offers to talk about missiles and
  exercises).
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand gets no label; neither do quotations shorter than six words about no
  demand.
- Historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008,
  the Charter of Paris) and words quoted from documents are not labelled.
  The contents of Russia's draft treaties, as described by the reporter, are
  Russia's position (speaker russia, speaker name as the sentence names the
  drafts or Moscow), dated 17 December 2021 when the text ties them to it.
- Transcript: journalists' questions get no label. The press secretary's
  answers are her direct words (direct 1): in an answer that expresses a
  demand, the evidence is the sentence(s) that express it; an answer about no
  demand gets one demand-less label whose evidence is the whole answer; a
  quotation of someone else inside an answer is labelled for that person.
- Speaker ids are slugs (firstname-lastname) or org ids; anonymous officials
  map to their institution's actor ("One Russian official" -> russia, "a
  senior EU official" -> european-union); the speaker name is the words
  naming the speaker at that point, pronouns and role nouns as written.
- Dates are the day the words were said, resolved against the publication
  date (ISO); "" when the text gives no day (analysts' and MPs' comments
  "told Interfax/Meduza/Playbook", present-tense "says").
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["xinhua-2022-01-28-putin-macron-security"] = [
 ("During the telephone conversation, Putin said Washington and the alliance had ignored Russia's key demands, namely preventing NATO's further expansion, refraining from deploying strike weapons near Russia's borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed, according to a Kremlin statement.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("During the telephone conversation, Putin said Washington and the alliance had ignored Russia's key demands, namely preventing NATO's further expansion, refraining from deploying strike weapons near Russia's borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed, according to a Kremlin statement.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("During the telephone conversation, Putin said Washington and the alliance had ignored Russia's key demands, namely preventing NATO's further expansion, refraining from deploying strike weapons near Russia's borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia-NATO Founding Act was signed, according to a Kremlin statement.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("The Elysee Palace said in a statement that Macron had stressed the need for de-escalation during the call and had told Putin that the sovereignty of every European state, including its freedom to choose its alliances, must be respected.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, "2022-01-28"),
 ("The Elysee Palace said in a statement that Macron had stressed the need for de-escalation during the call and had told Putin that the sovereignty of every European state, including its freedom to choose its alliances, must be respected.", "emmanuel-macron", 1, "Macron", "nato-open-door", "supports", 0, "2022-01-28"),
 ("On Thursday, Russian Foreign Minister Sergei Lavrov said the U.S. reply, delivered in Moscow on Wednesday evening, contained \"some grains of rationality\" on secondary issues such as intermediate-range missiles, but no positive answer on the main one.", "sergei-lavrov", 1, "Sergei Lavrov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "the minister", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-28"),
 ("there is always a prospect for continuing a dialogue.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-27"),
 ("Regional security cannot be guaranteed by strengthening or even expanding military blocs,", "wang-yi", 1, "Wang", "nato-non-expansion", "supports", 1, "2022-01-27"),
 ("doing things that agitate tensions and hype up the crisis.", "wang-yi", 1, "Wang", "", "", 1, "2022-01-27"),
]
L["interfax-2022-01-10-ryabkov-geneva"] = [
 ("Russia has made it clear to the United States that it needs legally binding guarantees that Ukraine will never join NATO, Russian Deputy Foreign Minister Sergei Ryabkov told journalists on Monday after nearly eight hours of talks with U.S. Deputy Secretary of State Wendy Sherman.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("Russia has made it clear to the United States that it needs legally binding guarantees that Ukraine will never join NATO, Russian Deputy Foreign Minister Sergei Ryabkov told journalists on Monday after nearly eight hours of talks with U.S. Deputy Secretary of State Wendy Sherman.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("The conversation was difficult, long, very professional, deep and concrete, without any attempt to gloss over the sharp corners,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("We have no intention to attack Ukraine. There is no reason to fear some sort of escalating scenario,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-10"),
 ("The diplomat said Moscow would not accept any preconditions for continuing the dialogue, least of all a demand that Russia first pull its troops back from the Ukrainian border.", "sergei-ryabkov", 1, "The diplomat", "no-preconditions", "supports", 0, "2022-01-10"),
 ("The diplomat said Moscow would not accept any preconditions for continuing the dialogue, least of all a demand that Russia first pull its troops back from the Ukrainian border.", "sergei-ryabkov", 1, "The diplomat", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("Troop movements on our own territory are not a subject for negotiation,", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, "2022-01-10"),
 ("pushed back firmly on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("We will not allow anyone to slam closed NATO's open door policy,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, "2022-01-10"),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, but that real progress required Russia to de-escalate.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, but that real progress required Russia to de-escalate.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She said Washington was open to discussing the future deployment of intermediate-range missiles in Europe and reciprocal limits on the size and scope of military exercises, but that real progress required Russia to de-escalate.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("If the Americans think they can trade us a few confidence-building measures in exchange for NATO's expansion, they are mistaken. The Geneva round was reconnaissance, nothing more,", "gennady-lyubimov", 1, "the deputy", "nato-non-expansion", "supports", 1, ""),
]
L["bbc-2022-01-13-what-does-russia-want"] = [
 ("Russia says it wants legally binding guarantees that Nato will not expand any further east.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Russia says it wants legally binding guarantees that Nato will not expand any further east.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("The drafts would bar Ukraine and Georgia from ever joining the alliance and rule out any Western military activity in Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "The drafts", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("The drafts would bar Ukraine and Georgia from ever joining the alliance and rule out any Western military activity in Eastern Europe, the South Caucasus and Central Asia.", "russia", 0, "The drafts", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Moscow also wants Nato to withdraw forces and weapons from countries that joined after 1997 - including Poland, Romania and the Baltic states - and wants US and Russian warships and bombers kept out of areas from which they could strike each other's territory.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow also wants Nato to withdraw forces and weapons from countries that joined after 1997 - including Poland, Romania and the Baltic states - and wants US and Russian warships and bombers kept out of areas from which they could strike each other's territory.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("It also wants the alliance to formally disown the promise made at its 2008 summit in Bucharest that Ukraine and Georgia would one day become members.", "russia", 0, "It", "rescind-bucharest-2008", "supports", 0, ""),
 ("Are we putting our missiles near the US border? No. It is the United States that has come to our home with its missiles and is already standing at our doorstep.", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("Nato's relationship with Ukraine will be decided by the 30 allies and Ukraine, and no one else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Nato's relationship with Ukraine will be decided by the 30 allies and Ukraine, and no one else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("There is a real risk for new armed conflict in Europe.", "jens-stoltenberg", 1, "Mr Stoltenberg", "", "", 1, "2022-01-12"),
 ("We asked nicely for thirty years and were ignored. Now we are asking in writing.", "russia", 0, "One Russian official", "written-legal-guarantees", "supports", 1, ""),
]
L["whitehouse-2022-01-26-psaki-briefing"] = [
 ("Hi, everyone. Just one item for you at the top. As many of you have seen, our Ambassador in Moscow, John Sullivan, delivered our written response to Russia's proposals to the Russian Foreign Ministry earlier today, and Secretary Blinken will speak to it this afternoon, so I'm not going to get ahead of him. What I can tell you is that it was fully coordinated with our Allies and partners, including Ukraine, and that it lays out a serious diplomatic path should Russia choose it.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, "2022-01-26"),
 ("No. There's no change in our position, and there's not going to be. NATO's door is open and will stay open, and whether Ukraine joins is a decision for Ukraine and the 30 NATO Allies — not for Moscow.", "jen-psaki", 1, "MS. PSAKI", "nato-open-door", "supports", 1, "2022-01-26"),
 ("No. There's no change in our position, and there's not going to be. NATO's door is open and will stay open, and whether Ukraine joins is a decision for Ukraine and the 30 NATO Allies — not for Moscow.", "jen-psaki", 1, "MS. PSAKI", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("No. There's no change in our position, and there's not going to be. NATO's door is open and will stay open, and whether Ukraine joins is a decision for Ukraine and the 30 NATO Allies — not for Moscow.", "jen-psaki", 1, "MS. PSAKI", "nato-non-expansion", "rejects", 1, "2022-01-26"),
 ("But we've said for weeks there are areas where we think progress is possible: arms control, including on intermediate-range missiles, and reciprocal transparency and limits on military exercises.", "jen-psaki", 1, "MS. PSAKI", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("But we've said for weeks there are areas where we think progress is possible: arms control, including on intermediate-range missiles, and reciprocal transparency and limits on military exercises.", "jen-psaki", 1, "MS. PSAKI", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("What we're not going to do is pull American forces out of the territory of our NATO Allies on the eastern flank.", "jen-psaki", 1, "MS. PSAKI", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("If we get to the point where there are areas of agreement, of course those could be written down and formalized, together with our Allies.", "jen-psaki", 1, "MS. PSAKI", "written-legal-guarantees", "mentions", 1, "2022-01-26"),
 ("Absolutely. De-escalation is the first step. It's hard to see how you have a productive diplomatic process when more than 100,000 troops are sitting on Ukraine's border and we're still seeing more arrive.", "jen-psaki", 1, "MS. PSAKI", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("I don't have a call or a meeting to preview for you. As the President said at his press conference last Wednesday, \"Russia will be held accountable if it invades.\" He has always believed in leader-level diplomacy, but right now the ball is in Russia's court.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, "2022-01-26"),
 ("Russia will be held accountable if it invades.", "joe-biden", 1, "the President", "", "", 1, "2022-01-19"),
 ("I'll have to get you the latest number from the team. Orders are still coming in, and the Postal Service has been shipping them out on the timeline we expected.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, "2022-01-26"),
 ("Our guidance hasn't changed. We've said American citizens in Ukraine should consider departing now using commercially available options, and we're not going to be in a position to evacuate them if Russia invades.", "jen-psaki", 1, "MS. PSAKI", "", "", 1, "2022-01-26"),
]
L["meduza-2022-01-27-experts-written-answers"] = [
 ("It would be wrong to expect any quick conclusions from us,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("The Kremlin never believed that Washington would slam NATO's door on Ukraine. The demands were written so that they could not be accepted in full,", "dmitry-trenin", 1, "Dmitry Trenin", "no-ukraine-membership", "mentions", 1, ""),
 ("What can realistically be obtained is a package on intermediate-range missiles and on exercises near the borders. That was already on the table in Geneva,", "dmitry-trenin", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What can realistically be obtained is a package on intermediate-range missiles and on exercises near the borders. That was already on the table in Geneva,", "dmitry-trenin", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("Without a legally binding promise that the alliance stops where it is, nothing else will satisfy the Kremlin. And the people around Putin do not like to look defeated,", "anna-vorontsova", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("Without a legally binding promise that the alliance stops where it is, nothing else will satisfy the Kremlin. And the people around Putin do not like to look defeated,", "anna-vorontsova", 1, "she", "written-legal-guarantees", "mentions", 1, ""),
 ("Nobody in Moscow seriously expects the Americans to leave Poland or the Baltics,", "fyodor-lukyanov", 1, "Lukyanov", "rollback-to-1997", "mentions", 1, ""),
 ("Ukraine in NATO means American missiles five minutes from Moscow. No Russian government can accept that, and none will,", "viktor-lesnichenko", 1, "Lesnichenko", "no-ukraine-membership", "supports", 1, ""),
 ("Ukraine in NATO means American missiles five minutes from Moscow. No Russian government can accept that, and none will,", "viktor-lesnichenko", 1, "Lesnichenko", "no-strike-weapons-near-borders", "supports", 1, ""),
]
L["osce-2022-01-13-rau-permanent-council"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("For several weeks we have been faced with the prospect of a major military escalation in Eastern Europe. A build-up of forces along the border of a participating State is not a contribution to dialogue; it is a source of fear. I call for it to be reversed,", "zbigniew-rau", 1, "the Chairman-in-Office", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("The Chairman-in-Office stressed that the principles of the Helsinki Final Act and the Charter of Paris, including the right of every participating State to be free to choose or change its security arrangements, including treaties of alliance, are “not subject to negotiation”.", "zbigniew-rau", 1, "The Chairman-in-Office", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The OSCE is the natural place for such a dialogue, because here all of us sit at the table as equals,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("He said the dialogue could address arms control, confidence- and security-building measures under the Vienna Document, including greater transparency and limits on large-scale military exercises, as well as risk reduction and the protracted conflicts in the OSCE area.", "zbigniew-rau", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("The Russian Federation presented its proposals on security guarantees, calling for legally binding commitments that NATO will not enlarge further to the east.", "russia", 0, "The Russian Federation", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The Russian Federation presented its proposals on security guarantees, calling for legally binding commitments that NATO will not enlarge further to the east.", "russia", 0, "The Russian Federation", "nato-non-expansion", "supports", 0, "2022-01-13"),
 ("The United States and the European Union reaffirmed that every State has the right to choose its own alliances.", "united-states", 0, "The United States", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The United States and the European Union reaffirmed that every State has the right to choose its own alliances.", "european-union", 0, "the European Union", "nato-open-door", "supports", 0, "2022-01-13"),
 ("The OSCE has the tools, the expertise and, above all, the inclusiveness to help. We stand ready to put them to use.", "helga-schmid", 1, "Helga Schmid", "", "", 1, "2022-01-13"),
]
L["politico-2022-01-27-brussels-playbook"] = [
 ("We think diplomacy has the best chance to succeed if we provide space for confidential talks,", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns. But we cannot compromise on the principles on which the security of our alliance and of Europe rests, including the right of each nation to choose its own path,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Stoltenberg also ruled out pulling allied troops out of the members that joined after 1997, insisting NATO would not accept “first- and second-class members.”", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-26"),
 ("NATO’s paper proposes reopening the alliance’s and Russia’s missions in Moscow and Brussels, which were shut last year, and restoring military-to-military channels to avoid dangerous incidents, Stoltenberg said.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("But a senior EU official told Playbook the bloc had been “consulted at every step” and was comfortable with talks on where missiles can and cannot be deployed in Europe.", "european-union", 0, "a senior EU official", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("If Europe’s security is on the table, Europe has to be at the table, full stop,", "european-union", 0, "the official", "", "", 1, ""),
 ("The moment we start bargaining over where allied troops may stand, we have already lost. Tallinn is not a buffer zone,", "kadri-lepik", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("There are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "he", "", "", 1, "2022-01-26"),
 ("We are working with our partners to make sure we have enough supply, whatever happens this winter,", "ursula-von-der-leyen", 1, "she", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-31", "gold-31")
