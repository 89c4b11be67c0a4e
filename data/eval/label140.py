#!/usr/bin/env python3
"""Writes the 140th held-out gold (gold-140/*.nq) from the labels below.

Batch 140 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
It imitates the coverage most readers actually saw, in seven forms:

- mid-ru-2022-01-10-ryabkov-geneva-briefing: Russian Foreign Ministry
  transcript of Ryabkov's Geneva press conference (speaker labels, journalists'
  questions, multi-paragraph answers; front matter).
- ap-2022-01-12-nato-russia-council-brussels: AP wire copy from the
  NATO-Russia Council (straight quotes, dateline, split quotations, several
  speakers in one sentence, a speaker named only by role; front matter).
- izvestia-2022-01-14-osce-lukashevich-vienna: machine-translated Izvestia
  report on the OSCE Permanent Council (« » quotes with "— the diplomat
  underlined", headline, crosshead, link line; UTF-8 BOM, CRLF line ends, no
  front matter).
- eeas-2022-01-14-borrell-gymnich-brest: EU press conference transcript
  (Borrell's remarks and answers, one paragraph of Le Drian, "Q." questions;
  front matter).
- aljazeera-2022-01-26-live-written-answers: Al Jazeera English live blog on
  the written answers (timestamped entries, curly quotes, captions and a
  "Read more" line; no front matter, date in the text).
- npr-2022-01-27-donfried-interview: NPR Morning Edition Q&A transcript with
  Karen Donfried (HOST/DONFRIED speaker labels; no front matter).
- spiegel-2022-02-01-putin-list-analysis: Der Spiegel International analysis
  quoting Putin, German ministers and invented experts („ “ quotes, a quoted
  draft-treaty article, photo caption, crossheads; front matter).

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

D = "2022-01-10"
R = ("sergei-ryabkov", 1, "Sergey Ryabkov")
L["mid-ru-2022-01-10-ryabkov-geneva-briefing"] = [
 ("Good evening, colleagues. The consultations with the US delegation headed by Deputy Secretary of State Wendy Sherman lasted almost eight hours. The conversation was difficult, long, very professional, deep and concrete, without any attempt to gloss over sharp corners.", *R, "", "", 1, D),
 ("We explained to our American colleagues that it is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees, with all the words \"shall\" and \"must\" in them.", *R, "no-ukraine-membership", "supports", 1, D),
 ("We explained to our American colleagues that it is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes a member of NATO. We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees, with all the words \"shall\" and \"must\" in them.", *R, "written-legal-guarantees", "supports", 1, D),
 ("Unfortunately, no. Our counterparts keep telling us that the so-called open door policy is sacrosanct and that no country outside the alliance can have a say in it. We, for our part, believe that this policy has long outlived itself. Without a firm commitment that NATO will not move one more step to the east, it will be very hard to move forward on any of the other issues on our list. This is not a bazaar where one can pick and choose.", *R, "nato-open-door", "rejects", 1, D),
 ("Unfortunately, no. Our counterparts keep telling us that the so-called open door policy is sacrosanct and that no country outside the alliance can have a say in it. We, for our part, believe that this policy has long outlived itself. Without a firm commitment that NATO will not move one more step to the east, it will be very hard to move forward on any of the other issues on our list. This is not a bazaar where one can pick and choose.", *R, "nato-non-expansion", "supports", 1, D),
 ("On ground-based intermediate-range and shorter-range missiles, the American side showed a certain understanding, and there is room for work here. We have been proposing a moratorium on their deployment in Europe for a long time, and it remains on the table. But I want to stress that our key demands must not be drowned in secondary issues.", *R, "no-intermediate-range-missiles", "supports", 1, D),
 ("We have no intention of attacking Ukraine, and I have said this many times. But the movement of Russian troops on Russian territory is our sovereign business. No one is going to dictate to us where our armed forces should be. This is not a subject for negotiation, and it will not become one.", *R, "russia-de-escalation", "rejects", 1, D),
 ("Yes. We raised the question of withdrawing the NATO forces and infrastructure that were deployed after 1997 to where they were when the Founding Act was signed. The American side said it could not discuss this bilaterally, because it concerns all the allies. Fine. We will put it on the table in Brussels on Wednesday, and we expect a serious answer there.", *R, "rollback-to-1997", "supports", 1, D),
 ("We also told our colleagues that the decision of the 2008 Bucharest summit, the formula that Ukraine and Georgia \"will become members\" of NATO, must be disavowed. As long as that formula stands, it is a time bomb under European security.", *R, "rescind-bucharest-2008", "supports", 1, D),
 ("It is a useful element, but only an element. Our own proposal goes further: no exercises above brigade level in agreed zones along the line of contact between Russia and the alliance, and binding notification of everything else. We are also insisting that American heavy bombers and surface warships stay out of the areas from which they can strike targets on Russian territory.", *R, "limit-military-exercises", "supports", 1, D),
 ("It is a useful element, but only an element. Our own proposal goes further: no exercises above brigade level in agreed zones along the line of contact between Russia and the alliance, and binding notification of everything else. We are also insisting that American heavy bombers and surface warships stay out of the areas from which they can strike targets on Russian territory.", *R, "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("There were no preconditions, and there should be none. We came to Geneva without preconditions, and we expect the same approach from NATO in Brussels and from our partners in Vienna. As for a new round with the Americans, no date has been set, and I would not rush to conclusions.", *R, "no-preconditions", "supports", 1, D),
 ("I am disappointed that we did not hear a clear answer on our key points, but I would not call today a failure. We will report to the leadership, and the decisions will then be taken in Moscow.", *R, "", "", 1, D),
]

D = "2022-01-12"
LEAD = "NATO and Russia failed Wednesday to narrow their differences over Moscow's demands for security guarantees in Europe, with the alliance's top civilian official warning that \"there is a real risk for new armed conflict in Europe\" and Russia's envoy insisting that the alliance must stop growing."
SHERMAN = "\"We will not allow anyone to slam closed NATO's open-door policy,\" Sherman said, adding that Washington was prepared to discuss \"reciprocal\" limits on where offensive missiles could be stationed in Europe."
BOTH = "Both Stoltenberg and Sherman said Russia had to pull back its forces from around Ukraine if it was serious about diplomacy."
NATO_UA = "NATO's relationship with Ukraine will be decided by Ukraine and the 30 allies, and no one else."
GRUSHKO = "It is absolutely imperative for us to put an end to the further expansion of NATO to the east, and we need this on paper, in a legally binding form,"
L["ap-2022-01-12-nato-russia-council-brussels"] = [
 ("there is a real risk for new armed conflict in Europe", "jens-stoltenberg", 1, "the alliance's top civilian official", "", "", 1, D),
 (LEAD, "alexander-grushko", 1, "Russia's envoy", "nato-non-expansion", "supports", 0, D),
 ("We are ready to sit down and talk about reciprocal steps, but we will not compromise on the right of each nation to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (NATO_UA, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (NATO_UA, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("He dismissed Moscow's call for the alliance to withdraw troops and equipment from the countries that joined after 1997, saying there could be no \"first- and second-class members\" of NATO.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He dismissed Moscow's call for the alliance to withdraw troops and equipment from the countries that joined after 1997, saying there could be no \"first- and second-class members\" of NATO.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Stoltenberg also said any moratorium on intermediate-range missiles in Europe would not be credible as long as Russia kept its own SSC-8 missiles deployed in the west of the country.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "rejects", 0, D),
 (GRUSHKO, "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, D),
 (GRUSHKO, "alexander-grushko", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Otherwise we will look for other ways to ensure our security.", "alexander-grushko", 1, "he", "", "", 1, D),
 ("We proposed to re-establish our respective offices in Moscow and Brussels and to use the military lines of communication to avoid dangerous incidents and accidents,", "jens-stoltenberg", 1, "he", "resume-military-dialogue", "supports", 1, D),
 ("We have no use for contacts for the sake of contacts. Military channels stopped working years ago because NATO chose to freeze them, not us,", "alexander-grushko", 1, "the deputy foreign minister", "resume-military-dialogue", "rejects", 1, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the American delegation in Geneva on Monday and sat at the table in Brussels, told reporters after the meeting that the allies had been \"unified and united\" and that a ban on Ukraine ever joining the alliance was a \"non-starter.\"", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 (SHERMAN, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (BOTH, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 (BOTH, "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("In Riga, Latvian Defense Minister Artis Pabriks said on Wednesday that it was for Latvia and its allies, \"not the Kremlin,\" to decide whether allied missiles or other long-range weapons were deployed on Latvian soil.", "artis-pabriks", 1, "Artis Pabriks", "no-strike-weapons-near-borders", "rejects", 0, D),
 ("Everybody in this process says they want talks without preconditions, but Moscow wrote the agenda and set the deadline itself,", "mikael-lindqvist", 1, "Mikael Lindqvist", "no-preconditions", "mentions", 1, ""),
 ("That is not how the alliance makes decisions.", "mikael-lindqvist", 1, "Mikael Lindqvist", "", "", 1, ""),
]

D = "2022-01-13"
LUK = "According to Lukashevich, the Russian side insists on the legally fixed refusal of NATO from the further expansion to the east, including the refusal to accept Ukraine and Georgia into the alliance."
RAU = "Rau has proposed to renew the dialogue about the European security within the OSCE \"without preconditions and ultimatums\", but also has reminded that each state has the right freely to choose or to change its security arrangements, including the treaties of alliance."
CARP = "The permanent representative of the USA at the OSCE Michael Carpenter at the same session has named as «non-starters» the proposals to stop the expansion of NATO, but has declared that Washington is ready to discuss the measures of the transparency concerning the military exercises and the reduction of the risks."
L["izvestia-2022-01-14-osce-lukashevich-vienna"] = [
 ("We are waiting for a constructive answer to our concrete proposals within a short time. If we do not hear it, and if the aggressive line of the West continues, we will be forced to take the necessary measures for the elimination of the threats", "alexander-lukashevich", 1, "the diplomat", "", "", 1, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "no-ukraine-membership", "supports", 0, D),
 ("The OSCE is a platform, but not the party of the negotiations, and we do not agree that our proposals are dissolved in the endless discussions of the Vienna format", "alexander-lukashevich", 1, "He", "", "", 1, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 (RAU, "zbigniew-rau", 1, "Rau", "no-preconditions", "supports", 0, D),
 (RAU, "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 0, D),
 (CARP, "michael-carpenter", 1, "Michael Carpenter", "nato-non-expansion", "rejects", 0, D),
 (CARP, "michael-carpenter", 1, "Michael Carpenter", "limit-military-exercises", "mentions", 0, D),
 ("We do not see the sense to sit down in the coming days and to begin the new negotiations on the same questions", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, D),
 ("The proposal on the moratorium on the deployment of the ground-based missiles of medium and shorter range in Europe is on the table since 2019, and we are ready to work on it, but only as a part of the package, not instead of the package", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 1, D),
 ("There are positive moments, there are nuances, but on the basic questions we see the disagreements", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Earlier Moscow demanded that the states of NATO renounce any military activity on the territory of Ukraine and other states of Eastern Europe, Transcaucasia and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("The West will never give Russia the guarantee of the non-expansion of NATO, this is clear to everybody, including in Moscow. The question is what it can give instead, and whether this will be enough for the Kremlin", "kirill-zavodsky", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
]

D = "2022-01-14"
B = ("josep-borrell", 1, "Josep Borrell")
SPHERES = "We have followed very closely the talks in Geneva, in Brussels and yesterday in Vienna, and we have been in permanent contact with Secretary [of State, Antony] Blinken and with Secretary General [of NATO, Jens] Stoltenberg. Russia has put two drafts on the table, one for the United States and one for NATO. They read like a return to the logic of spheres of influence. The idea that a third country could decide whether Ukraine or Georgia may join an alliance is not acceptable for us, full stop."
L["eeas-2022-01-14-borrell-gymnich-brest"] = [
 ("Thank you, Jean-Yves [Le Drian, French Minister for Europe and Foreign Affairs], and thank you to the French Presidency for hosting us here in Brest, at the edge of the Atlantic, for two days of very intense and very useful discussions.", *B, "", "", 1, D),
 ("The main topic of our discussions was, of course, the security situation in Europe. The Russian military build-up around Ukraine is the most serious threat to European security since the end of the Cold War. Russia has to de-escalate, and it has to do it now, not after another round of meetings.", *B, "russia-de-escalation", "supports", 1, D),
 (SPHERES, *B, "no-ukraine-membership", "rejects", 1, D),
 (SPHERES, *B, "nato-open-door", "supports", 1, D),
 ("At the same time, we are not closing the door to dialogue. There are elements that can be discussed: the placement of missiles in Europe, risk reduction, transparency. But this has to be a discussion about European security with Europeans at the table, not a discussion over our heads.", *B, "no-intermediate-range-missiles", "mentions", 1, D),
 ("Ministers also discussed the cyberattack against Ukrainian government websites this morning. We are mobilising all our resources to help Ukraine, and our Political and Security Committee will meet in an extraordinary session this afternoon.", *B, "", "", 1, D),
 ("Let me add one word. Europe cannot be a spectator of discussions that concern its own security, and we will not accept that decisions about our continent are taken in a format of two, between Washington and Moscow.", "jean-yves-le-drian", 1, "Jean-Yves Le Drian", "", "", 1, D),
 ("On the withdrawal of allied forces from our member states in the East, the answer is no. The Baltic states, Poland, Romania, Bulgaria are members of the European Union and members of NATO, and there cannot be two categories of member states, with less security for some of them.", *B, "rollback-to-1997", "rejects", 1, D),
 ("On the form, whether it is a treaty or a political declaration, legally binding or not, honestly, that is the second question. The first question is the content, and on the content we are very far apart.", *B, "written-legal-guarantees", "mentions", 1, D),
 ("It is not for the European Union to decide what NATO does with the declarations of its summits, including the one of Bucharest. That is a question for the allies, and for them alone, and I will not speculate about it.", *B, "rescind-bucharest-2008", "mentions", 1, D),
 ("We are not a bystander. Whatever arrangement is discussed about European security, it has to be discussed with us, and the European Union will be there. I have said that to Minister Lavrov, and I will say it again.", *B, "", "", 1, D),
 ("We are ready. Any further military aggression against Ukraine will have massive consequences and severe costs, and the Commission has been preparing the options together with the member states. I will not go into details today.", *B, "", "", 1, D),
]

D = "2022-01-26"
STOLT = "We will not compromise on the right of every nation to choose its own path, and we will not withdraw from the eastern part of our alliance,"
KULEBA = "Kuleba added that Ukraine would never accept any arrangement that closed NATO’s door to Ukraine or was agreed “behind our backs”."
LANDS = "Lithuanian Foreign Minister Gabrielius Landsbergis wrote on Twitter on Wednesday that the West should not negotiate with Moscow while it kept its troops on Ukraine’s border, and that any further round of talks must be conditional on Russia pulling its forces back."
L["aljazeera-2022-01-26-live-written-answers"] = [
 ("a serious diplomatic path forward, should Russia choose it", "antony-blinken", 1, "Antony Blinken", "", "", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He said the US was also ready to discuss reciprocal confidence-building measures regarding military exercises and manoeuvres in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (STOLT, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (STOLT, "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("We are ready to listen to Russia’s concerns, but we cannot and will not give up our core principles.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (KULEBA, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 0, D),
 (KULEBA, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 0, D),
 ("Georgia’s Foreign Minister David Zalkaliani said on Wednesday that Tbilisi’s military cooperation with NATO, including joint exercises and training on Georgian soil, was “not up for discussion” with Moscow or anyone else.", "david-zalkaliani", 1, "David Zalkaliani", "no-military-activity-ex-soviet", "rejects", 0, D),
 ("Our concerns are well known, and we will look at whether they have been heard,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("We will not hurry with conclusions.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (LANDS, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "no-preconditions", "rejects", 0, D),
 (LANDS, "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "russia-de-escalation", "supports", 0, D),
 ("Speaking in the State Duma on Wednesday, Russian Foreign Minister Sergei Lavrov said Moscow still wanted NATO to pull its forces and weapons back to the positions of 1997, and that if the answer was not constructive, Russia would “take the necessary retaliatory measures”.", "sergei-lavrov", 1, "Sergei Lavrov", "rollback-to-1997", "supports", 0, D),
 ("The letter leaves NATO’s door exactly where it was, and everyone in Moscow knew it would,", "nadia-okonkwo", 1, "Nadia Okonkwo", "nato-open-door", "mentions", 1, ""),
 ("What matters now is whether the Kremlin treats the offers as a starting point or as an insult.", "nadia-okonkwo", 1, "Nadia Okonkwo", "", "", 1, ""),
 ("We are strong enough to keep everything under control and derail any attempts at destabilisation,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-25"),
]

D = "2022-01-27"
K = ("karen-donfried", 1, "Karen Donfried")
FREEZE = "There is not going to be a legally binding guarantee that freezes NATO where it is today. We did not send back a treaty text, and we are not going to sign away the security of our allies in a document of that kind."
L["npr-2022-01-27-donfried-interview"] = [
 ("The door is open, and it will remain open. NATO's open-door policy is not something we are going to negotiate away with Russia, and we said that very clearly in writing.", *K, "nato-open-door", "supports", 1, D),
 ("We put forward areas where we believe we can make real progress together: arms control on intermediate-range missiles in Europe, reciprocal transparency measures, risk reduction. These are concrete ideas, and several of them respond directly to concerns that Russia itself has raised.", *K, "no-intermediate-range-missiles", "mentions", 1, D),
 (FREEZE, *K, "written-legal-guarantees", "rejects", 1, D),
 (FREEZE, *K, "nato-non-expansion", "rejects", 1, D),
 ("We will continue to sail and fly wherever international law allows, and that includes the Black Sea. The idea that American ships and aircraft should keep out of whole areas off Russia's coast is a non-starter.", *K, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Every word of that document was discussed with our allies and with Ukraine before it went to Moscow. Nothing about Ukraine without Ukraine, nothing about Europe without Europe.", *K, "", "", 1, D),
 ("Yes. We will keep training Ukraine's armed forces and delivering defensive security assistance, as we have done for years. That is a matter between two sovereign countries, and Russia does not get a say in it.", *K, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("The single most important thing Russia can do right now is de-escalate, to pull back the more than 100,000 troops it has put along Ukraine's borders. That would change the atmosphere overnight, and it would give diplomacy a real chance.", *K, "russia-de-escalation", "supports", 1, D),
]

D = "2022-02-01"
PUTIN = "We did not see an adequate response to our three key demands: preventing NATO expansion, renouncing the deployment of strike weapons near Russian borders, and returning the bloc's military infrastructure in Europe to the state of 1997."
REIN = "No further enlargement, no strike weapons near Russia's borders, the alliance back to its 1997 lines: nothing in the American letter could ever have satisfied that list"
SUKHOV = "In Moscow, Andrei Sukhov, a political scientist at the Higher School of Economics, notes that Moscow's demand that Western military instructors leave Ukraine has drawn far less attention in Berlin than the membership question."
CHICKEN = "It is a chicken-and-egg problem: troops pulled back first, or Ukraine's membership taken off the table first"
L["spiegel-2022-02-01-putin-list-analysis"] = [
 ("We see that the fundamental Russian concerns were ignored", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (PUTIN, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, D),
 (PUTIN, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, D),
 (PUTIN, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, D),
 (REIN, "claudia-reinhold", 1, "Claudia Reinhold", "nato-non-expansion", "mentions", 1, ""),
 (REIN, "claudia-reinhold", 1, "Claudia Reinhold", "no-strike-weapons-near-borders", "mentions", 1, ""),
 (REIN, "claudia-reinhold", 1, "Claudia Reinhold", "rollback-to-1997", "mentions", 1, ""),
 ("Everyone involved knew that in December.", "claudia-reinhold", 1, "Claudia Reinhold", "", "", 1, ""),
 ("there can be no negotiation about the freedom of states to choose their alliances.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-18"),
 ("We will not cancel a single exercise to please anyone in Moscow", "christine-lambrecht", 1, "she", "limit-military-exercises", "rejects", 1, "2022-01-30"),
 ("talk about everything that can make Europe safer", "olaf-scholz", 1, "he", "", "", 1, ""),
 ("The demand to keep warships and aircraft out of striking range sounds technical. In the Baltic and the Black Sea, it would mean keeping them out altogether", "jonas-brandt", 1, "Jonas Brandt", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("Bucharest was a mistake in 2008, and I said so at the time. But revoking it today, under Russian pressure, would be a far bigger one", "rudiger-falkenhahn", 1, "he", "rescind-bucharest-2008", "rejects", 1, ""),
 ("NATO has offered to restore the military channels that were cut last autumn. Whether anyone in Moscow actually wants them back is a different question", "rudiger-falkenhahn", 1, "Falkenhahn", "resume-military-dialogue", "mentions", 1, ""),
 (SUKHOV, "andrei-sukhov", 1, "Andrei Sukhov", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (SUKHOV, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (CHICKEN, "andrei-sukhov", 1, "Sukhov", "russia-de-escalation", "mentions", 1, ""),
 (CHICKEN, "andrei-sukhov", 1, "Sukhov", "no-ukraine-membership", "mentions", 1, ""),
 ("Neither side can afford to move first, and both know it.", "andrei-sukhov", 1, "Sukhov", "", "", 1, ""),
]

write_gold(L, "articles-140", "gold-140")
