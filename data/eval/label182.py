#!/usr/bin/env python3
"""Writes the held-out gold for batch 182 (gold-182/*.nq) from the labels below.

Batch 182 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch. It
is meant to look like the coverage most readers actually saw, in the forms
they saw it in:

- tass-2021-12-18-ryabkov-draft-treaties: TASS wire copy, no front matter
  (date line "18 DEC 2021, 11:40"), straight quotes, crossheads; Ryabkov's
  briefing and Grushko's TV interview on the day the drafts were published,
  a quoted treaty article, Baker 1990 and the Founding Act as history.
- ap-2022-01-10-geneva-sherman-ryabkov: Associated Press wire story with
  front matter, straight quotes, byline and contributor line; Geneva talks,
  the Russian embassy's statement, anonymous European diplomats, an
  invented analyst, INF treaty background.
- aljazeera-2022-01-12-nato-russia-council-live: Al Jazeera English live
  blog with front matter, curly quotes, bullet standfirst, timestamped
  entries with headline-like titles (newest first); NATO-Russia Council.
- osce-2022-01-13-rau-schmid-lukashevich-vienna: unofficial press-pool
  transcript with speaker labels and journalists' questions; UTF-8 BOM and
  CRLF line ends, no front matter (date line "Vienna, 13 January 2022").
- cnn-2022-01-23-blinken-state-of-the-union: TV interview transcript
  ("Antony Blinken:" / "Dana Bash:"), no front matter ("Aired January 23,
  2022").
- interfax-2022-01-27-peskov-lavrov-us-answers: machine-translated
  aggregator copy of a wire story, guillemets and "– X has told", no front
  matter (date line "27 Jan, 2022 14:05"); transliterations Sergey
  Ryabkov, Dmitry Kuleba, Kiev.
- spiegel-2022-02-03-leaked-answers-analysis: DER SPIEGEL International
  analysis with front matter, German-style „...“ quotes, standfirst and
  crossheads, quoted passages of the leaked US answer, history section,
  invented analysts and an invented MP next to real ministers.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions:
- one label per (speaker, demand) a passage expresses;
- direct quotations: the evidence is the words between the marks
  (punctuation inside kept), direct 1; a quotation interrupted by "X said"
  is two spans; a quotation running over two sentences is one span;
- Q/A interviews and transcripts: each paragraph of an answer is one direct
  quotation (evidence = the paragraph without the dash or speaker label);
  journalists' questions and the moderator get no label; the interviewee's
  name is the one the intro/speaker label gives;
- reported speech: the whole sentence (dateline excluded), direct 0;
- stance: supports / rejects by the speaker's own position; mentions when
  the speaker only reports a demand, asks about it or offers to discuss it;
- every direct quotation of six or more words about none of the demands
  gets one demand-less label (demand "", stance ""); reported speech about
  no demand, or about demands left unspecified ("the main issue",
  "fundamental concerns"), gets no label;
- historical background (Baker 1990, the 1997 Founding Act, Bucharest
  2008), words quoted from documents, headlines, crossheads, standfirsts,
  photo captions and link lines are not labelled; statements by unnamed
  groups with no identifiable actor are left out;
- a demand attributed in passing to Moscow inside another speaker's
  sentence ("despite Moscow's demands that ...") is also Russia's label
  (speaker russia, not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country; speaker name = the words
  naming the speaker at that point, pronouns as written, titles dropped;
- dates: the day the words were said, resolved against the publication
  date; "" when the text gives no day. Entries of the live blog are dated
  to its day.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
D = "2021-12-17"
L["tass-2021-12-18-ryabkov-draft-treaties"] = [
 ("We expect a serious answer, and we expect it soon, because we cannot wait for months,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("everyone can see what we are proposing.", "sergei-ryabkov", 1, "The deputy minister", "", "", 1, D),
 ("For us, the non-admission of Ukraine to NATO is an absolute imperative,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We are not going to accept any further expansion of the alliance to the east.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("According to the diplomat, the decision of the 2008 Bucharest summit, under which Ukraine and Georgia were told that they would become members of NATO, must be formally disavowed by the alliance.", "sergei-ryabkov", 1, "the diplomat", "rescind-bucharest-2008", "supports", 0, D),
 ("Ryabkov said that the provision on intermediate-range and shorter-range missiles was a natural continuation of Russia's unilateral moratorium, and that Moscow expected Washington to treat it seriously.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "supports", 0, D),
 ("We also insist that American warships and heavy bombers should not operate in areas from which they can strike targets on Russian territory,", "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 ("We are ready to sit down at the table even tomorrow, but we will not accept attempts to pick out of the package only the things that suit the Americans,", "sergei-ryabkov", 1, "the diplomat", "", "", 1, D),
 ("The so-called open door policy cannot be implemented at the expense of the security of other states,", "sergei-ryabkov", 1, "he", "nato-open-door", "rejects", 1, D),
 ("We are proposing that the alliance return to the configuration of May 1997, and that it renounce any military activity on the territory of Ukraine, in Eastern Europe, in the Transcaucasus and in Central Asia,", "alexander-grushko", 1, "Grushko", "rollback-to-1997", "supports", 1, D),
 ("We are proposing that the alliance return to the configuration of May 1997, and that it renounce any military activity on the territory of Ukraine, in Eastern Europe, in the Transcaucasus and in Central Asia,", "alexander-grushko", 1, "Grushko", "no-military-activity-ex-soviet", "supports", 1, D),
 ("He said the draft agreement with NATO also provides for an understanding that Russia and the alliance will not hold exercises above brigade level in an agreed zone along the line of contact, which in his words would \"sharply reduce\" the risk of incidents.", "alexander-grushko", 1, "He", "limit-military-exercises", "supports", 0, D),
 ("As long as NATO treats Russia as an adversary, our military has nothing to discuss with people who plan their drills against us,", "alexander-grushko", 1, "he", "resume-military-dialogue", "rejects", 1, D),
]
D = "2022-01-10"
L["ap-2022-01-10-geneva-sherman-ryabkov"] = [
 ("Senior U.S. and Russian officials emerged from nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted that Ukraine must never be allowed to join NATO and Washington flatly rejected the demand.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, D),
 ("Senior U.S. and Russian officials emerged from nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow insisted that Ukraine must never be allowed to join NATO and Washington flatly rejected the demand.", "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees,", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("There is no reason to fear an escalation scenario,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said Washington was willing to discuss the future deployment of intermediate-range missiles in Europe, provided Russia was prepared to reciprocate.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Asked about Moscow's demand that U.S. warships and bombers keep away from Russia's coasts, Sherman said the issue had come up but gave no details.", "wendy-sherman", 1, "Sherman", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 ("Asked about Moscow's demand that U.S. warships and bombers keep away from Russia's coasts, Sherman said the issue had come up but gave no details.", "russia", 0, "Moscow", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("Sherman said the U.S. had also rejected Russia's demand that NATO pull its forces out of the countries that joined the alliance after 1997.", "wendy-sherman", 1, "Sherman", "rollback-to-1997", "rejects", 0, D),
 ("Sherman said the U.S. had also rejected Russia's demand that NATO pull its forces out of the countries that joined the alliance after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("She added that the U.S. delegation had put forward ideas for restoring regular military-to-military channels with Moscow to reduce the risk of accidents and miscalculation.", "wendy-sherman", 1, "She", "resume-military-dialogue", "supports", 0, D),
 ("The Russian Embassy in Washington, in a statement posted on Facebook on Monday, said the United States must stop the \"military development\" of Ukraine and end its drills with the armed forces of former Soviet republics.", "russia", 0, "The Russian Embassy in Washington", "no-military-activity-ex-soviet", "supports", 0, D),
 ("Moscow has put down maximalist demands knowing full well that Washington cannot accept most of them, and the real question is whether it is looking for a deal or for a pretext,", "diane-kessler-ward", 1, "Diane Kessler-Ward", "", "", 1, ""),
 ("Kessler-Ward said talk of negotiating without preconditions meant little when each side had drawn up its own list of red lines in advance.", "diane-kessler-ward", 1, "Kessler-Ward", "no-preconditions", "mentions", 0, ""),
]
D = "2022-01-12"
L["aljazeera-2022-01-12-nato-russia-council-live"] = [
 ("What Moscow wants, in effect, is for NATO to pull its troops and weapons back out of Poland, Romania and the Baltic states,", "miriam-alvarado-keane", 1, "she", "rollback-to-1997", "mentions", 1, D),
 ("What Moscow wants, in effect, is for NATO to pull its troops and weapons back out of Poland, Romania and the Baltic states,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Nobody here expected a breakthrough today, and nobody got one.", "miriam-alvarado-keane", 1, "she", "", "", 1, D),
 ("in a very frank and direct way", "alexander-grushko", 1, "Alexander Grushko", "", "", 1, D),
 ("It is absolutely necessary to stop the process of NATO’s expansion to the east,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("The open door is not a dogma, and it is certainly not a reason to ignore the security of others,", "alexander-grushko", 1, "the deputy foreign minister", "nato-open-door", "rejects", 1, D),
 ("If NATO moves to a policy of containment, there will be counter-containment from our side.", "alexander-grushko", 1, "He", "", "", 1, D),
 ("We will not make decisions about Ukraine without Ukraine, and our security assistance to Ukraine is not up for negotiation,", "wendy-sherman", 1, "she", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("Both Sherman and Stoltenberg said Russia had given no commitment to de-escalate, and both urged Moscow to pull its troops back from the Ukrainian border.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("Both Sherman and Stoltenberg said Russia had given no commitment to de-escalate, and both urged Moscow to pull its troops back from the Ukrainian border.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Stoltenberg said allies had proposed a series of meetings on arms control and risk reduction, and had called for the restoration of military lines of communication to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("A senior EU official, briefing journalists on condition of anonymity, said the bloc expected Russia to withdraw its forces from the Ukrainian border before any new architecture for European security could be discussed.", "european-union", 0, "A senior EU official", "russia-de-escalation", "supports", 0, D),
 ("Russia has made the written, legally binding form of the guarantees the condition for everything else, which means there can be no quick deal,", "tomasz-wierzbicki", 1, "Wierzbicki", "written-legal-guarantees", "mentions", 1, D),
 ("Russia has made the written, legally binding form of the guarantees the condition for everything else, which means there can be no quick deal,", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Everything now hinges on whether Washington and Moscow can find language on the open door that both capitals can live with.", "tomasz-wierzbicki", 1, "Wierzbicki", "nato-open-door", "mentions", 1, D),
 ("We are not prepared to wait forever, and our partners know that very well,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
]
D = "2022-01-13"
L["osce-2022-01-13-rau-schmid-lukashevich-vienna"] = [
 ("Good afternoon. Today the Permanent Council held a special meeting devoted to European security, and I am grateful to all participating States for a frank and, I would say, intense exchange of views.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last thirty years. We must focus on a peaceful resolution of the conflict in and around Ukraine, in full respect of its sovereignty and territorial integrity.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("The OSCE is the natural place for a dialogue on the indivisibility of security, and I intend to launch a renewed European security dialogue under the Polish Chairmanship, open to every participating State and without preconditions.", "zbigniew-rau", 1, "Rau", "no-preconditions", "supports", 1, D),
 ("Every participating State has the right to choose its own security arrangements, including treaties of alliance. This is not my invention; this is what all of us, including the Russian Federation, agreed in Helsinki and reaffirmed in Istanbul and Astana.", "zbigniew-rau", 1, "Rau", "nato-open-door", "supports", 1, D),
 ("Whether guarantees are written down or not, legally binding or political, is something the United States and the Russian Federation are discussing between themselves. The OSCE will not be a rubber stamp, but it will not be a bystander either.", "zbigniew-rau", 1, "Rau", "written-legal-guarantees", "mentions", 1, D),
 ("There is no date yet. We will consult all delegations in the coming weeks.", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("Allow me to add that the OSCE toolbox, the Vienna Document and our confidence- and security-building measures, already offers ways to make military exercises more transparent and to limit them by agreement. We stand ready to support any participating States who want to use it.", "helga-schmid", 1, "Schmid", "limit-military-exercises", "mentions", 1, D),
 ("The Special Monitoring Mission works in Ukraine, in the areas defined by its mandate; it does not monitor the territory of the Russian Federation. What I can say is that every step to reduce the military presence along the border would lower tensions, and we call on the Russian Federation to take such steps.", "helga-schmid", 1, "Schmid", "russia-de-escalation", "supports", 1, D),
 ("We came to Vienna to explain our proposals, not to listen to lectures. If we do not receive a constructive answer within a reasonable time, we will be forced to take the necessary measures to restore the strategic balance.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("Our main demand is simple: NATO must not expand any further, and Ukraine and Georgia must not become members. This is not a wish list; it is the minimum we need for our security.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 1, D),
 ("Our main demand is simple: NATO must not expand any further, and Ukraine and Georgia must not become members. This is not a wish list; it is the minimum we need for our security.", "alexander-lukashevich", 1, "Lukashevich", "no-ukraine-membership", "supports", 1, D),
 ("Missiles and exercises are secondary issues. We are ready to discuss them, but only together with the key points, as a package. We will not allow anyone to pull out of the package whatever is convenient for them.", "alexander-lukashevich", 1, "Lukashevich", "no-intermediate-range-missiles", "mentions", 1, D),
 ("Missiles and exercises are secondary issues. We are ready to discuss them, but only together with the key points, as a package. We will not allow anyone to pull out of the package whatever is convenient for them.", "alexander-lukashevich", 1, "Lukashevich", "limit-military-exercises", "mentions", 1, D),
 ("I would also like the United States and NATO to understand that the deployment of strike weapons on Ukrainian territory is a red line for us.", "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Russian troops are on Russian territory, and nobody can tell us where to deploy them on our own soil.", "alexander-lukashevich", 1, "Lukashevich", "russia-de-escalation", "rejects", 1, D),
 ("We will study it. But I must say frankly that the OSCE cannot replace the talks with Washington and Brussels, where the key decisions are taken.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
]
D = "2022-01-23"
B = ("antony-blinken", 1, "Antony Blinken")
L["cnn-2022-01-23-blinken-state-of-the-union"] = [
 ("Dana, good morning. We've said we'll put our ideas on paper and share them with Russia this week. They'll set out the areas where we think there's real room for progress, on arms control, on transparency, on risk reduction. And we're going to do that in full coordination with our allies and partners.", *B, "", "", 1, D),
 ("But let me be very clear about what we won't do. We will not sign anything that closes NATO's door. The door is open, it will remain open, and that's a fundamental principle that we are not going to trade away.", *B, "nato-open-door", "supports", 1, D),
 ("No. The idea that NATO would pull its forces out of countries that are sovereign members of the alliance, that joined of their own free will, is a non-starter. What we will do is talk about reciprocal limits on where missiles are deployed, if Russia is prepared to do the same.", *B, "rollback-to-1997", "rejects", 1, D),
 ("No. The idea that NATO would pull its forces out of countries that are sovereign members of the alliance, that joined of their own free will, is a non-starter. What we will do is talk about reciprocal limits on where missiles are deployed, if Russia is prepared to do the same.", *B, "no-intermediate-range-missiles", "mentions", 1, D),
 ("The purpose of the sanctions is to deter Russian aggression, and if they're triggered now, you lose the deterrent effect. What we've made clear is that if a single additional Russian military force moves into Ukraine, there will be a swift, severe and united response.", *B, "", "", 1, D),
 ("The best thing Russia could do right now is to pull back those forces, to de-escalate, and to give diplomacy a real chance. We're ready to keep talking, and we're not setting any preconditions for that.", *B, "russia-de-escalation", "supports", 1, D),
 ("The best thing Russia could do right now is to pull back those forces, to de-escalate, and to give diplomacy a real chance. We're ready to keep talking, and we're not setting any preconditions for that.", *B, "no-preconditions", "supports", 1, D),
 ("That's a decision for Ukraine and for the 30 NATO allies, not for Russia, and not for me in an interview. But nobody gets to tell Ukraine that the door is closed to it forever.", *B, "no-ukraine-membership", "rejects", 1, D),
 ("That's a decision for Ukraine and for the 30 NATO allies, not for Russia, and not for me in an interview. But nobody gets to tell Ukraine that the door is closed to it forever.", *B, "nato-open-door", "supports", 1, D),
 ("What was agreed at Bucharest stands, and it's not going to be revoked because Moscow demands it.", *B, "rescind-bucharest-2008", "rejects", 1, D),
 ("What was agreed at Bucharest stands, and it's not going to be revoked because Moscow demands it.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("We're going to continue to fly and sail wherever international law allows, including in the Black Sea. We're not going to accept a demand that American ships and planes stay out of international waters and airspace.", *B, "no-warships-aircraft-in-strike-range", "rejects", 1, D),
 ("Look, I'd love to believe it. But we have to judge by actions, not words. Russia has a long track record of saying one thing and doing another, and we've seen it in Crimea, we've seen it in Georgia.", *B, "", "", 1, D),
]
D = "2022-01-27"
L["interfax-2022-01-27-peskov-lavrov-us-answers"] = [
 ("It is impossible to say that our considerations were taken into account or that the readiness to take into account our concerns was shown. But we will not hasten with the estimations", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("According to him, the principal question – the non-expansion of NATO – must be solved first of all, and not postponed for the later.", "dmitry-peskov", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("We do not need the talks for the sake of the talks. The continuation of the dialogue is possible only if our key concerns will be taken as the starting point", "dmitry-peskov", 1, "the press secretary", "no-preconditions", "rejects", 1, D),
 ("To the question about the moving of the troops near the border of Ukraine the Kremlin representative has answered, that Russia moves the troops on its own territory and that nobody has the right to demand from Moscow their withdrawal.", "dmitry-peskov", 1, "the Kremlin representative", "russia-de-escalation", "rejects", 0, D),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position about the inadmissibility of the further expansion of NATO to the east and the deployment of the strike weapons which can threaten the territory of the Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Lavrov also has noted, that in the American document there is a reaction on the secondary questions – about the risk reduction and about the restoration of the military contacts – which, according to the minister, can be discussed seriously.", "sergei-lavrov", 1, "Lavrov", "resume-military-dialogue", "mentions", 0, D),
 ("The open door of NATO, it is the door through which the alliance has come to our borders, and we will not agree that it remains open", "maria-zakharova", 1, "the diplomat", "nato-open-door", "rejects", 1, D),
 ("The deputy minister of foreign affairs Sergey Ryabkov in the interview to the magazine «International Affairs» has declared, that the demand about the non-approaching of the American military ships and aircrafts to the Russian borders remains in force.", "sergei-ryabkov", 1, "Sergey Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The official representative of the State Department Ned Price on Wednesday has declared, that Washington does not intend to give to Moscow any legal guarantees concerning the non-expansion of NATO.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 ("The official representative of the State Department Ned Price on Wednesday has declared, that Washington does not intend to give to Moscow any legal guarantees concerning the non-expansion of NATO.", "ned-price", 1, "Ned Price", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("In Kiev the minister of foreign affairs Dmitry Kuleba on Thursday has declared, that Ukraine will never agree to the refusal from the perspective of the membership in NATO, and that he has acquainted with the American answer before its transfer to Moscow.", "dmytro-kuleba", 1, "Dmitry Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("We have seen the text. There are no positions in it which would contradict the interests of Ukraine", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
]
D = "2022-02-02"
L["spiegel-2022-02-03-leaked-answers-analysis"] = [
 ("The Americans have put more on the table than many expected, above all a promise not to deploy offensive weapons in Ukraine if Russia reciprocates. But on the heart of the matter for Moscow – an end to NATO enlargement – there is nothing,", "ilse-brandtner", 1, "Ilse Brandtner", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The Americans have put more on the table than many expected, above all a promise not to deploy offensive weapons in Ukraine if Russia reciprocates. But on the heart of the matter for Moscow – an end to NATO enlargement – there is nothing,", "ilse-brandtner", 1, "Ilse Brandtner", "nato-non-expansion", "mentions", 1, ""),
 ("The Americans have put more on the table than many expected, above all a promise not to deploy offensive weapons in Ukraine if Russia reciprocates. But on the heart of the matter for Moscow – an end to NATO enlargement – there is nothing,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("A ban on military cooperation with former Soviet republics would in practice end every Western training mission in Ukraine and Georgia, and that alone shows how far apart the two sides are,", "ilse-brandtner", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("Whether the promise of Bucharest is revoked or simply left to gather dust makes little practical difference,", "ilse-brandtner", 1, "she", "rescind-bucharest-2008", "mentions", 1, ""),
 ("We are ready for serious dialogue with Russia, on arms control and on risk reduction,", "annalena-baerbock", 1, "Baerbock", "", "", 1, D),
 ("But the freedom of every country to choose its alliances is not negotiable.", "annalena-baerbock", 1, "Baerbock", "nato-open-door", "supports", 1, D),
 ("Defence Minister Christine Lambrecht said this week that the Bundeswehr would continue to take part in NATO exercises in the Baltic states, and dismissed as „absurd“ any idea of scaling them back under Russian pressure.", "christine-lambrecht", 1, "Christine Lambrecht", "limit-military-exercises", "rejects", 0, ""),
 ("A ban on intermediate-range missiles in Europe that binds only NATO while Russia keeps its Iskanders in Kaliningrad would be unacceptable,", "jurgen-hardtwig", 1, "Jürgen Hardtwig", "no-intermediate-range-missiles", "rejects", 1, ""),
 ("Which weapons allies deploy in Estonia is for Estonia and NATO to decide, not for Moscow, she told Estonian public radio on Tuesday.", "kaja-kallas", 1, "she", "no-strike-weapons-near-borders", "rejects", 0, "2022-02-01"),
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("He listed what he called the key points – no further NATO expansion and no strike weapons near Russia's borders – and said neither had been answered.", "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("He listed what he called the key points – no further NATO expansion and no strike weapons near Russia's borders – and said neither had been answered.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Ukraine's membership is not on the agenda for a decade anyway, which is what makes the insistence on a formal ban so revealing,", "pavel-gorodnitsky", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("Whether the troops are pulled back from the border will tell us more about Russian intentions than any paper.", "pavel-gorodnitsky", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("We were consulted at every stage, and nothing in these papers was written behind our backs,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, ""),
]

write_gold(L, "articles-182", "gold-182")
