#!/usr/bin/env python3
"""Writes the sixty-fifth held-out gold (gold-65/*.nq) from the labels below.

Batch 65 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor the other batches.
Seven invented articles, in forms and from outlets little used before:

- abc-2022-01-11-am-geneva-talks: an ABC Radio National "AM" transcript
  (no front matter, date in the "Broadcast:" line), speaker labels in capitals,
  a presenter and a correspondent (narration with reported speech, roles and
  pronouns), clips of Ryabkov and Sherman, then a live interview with an
  invented ANU academic; no quotation marks at all.
- alarabiya-2022-01-26-live-us-nato-answers: an Al Arabiya English live blog
  with front matter and GMT time stamps in reverse order; curly quotes, a
  quotation split by "he said", a demand attributed in passing to Moscow, two
  speakers in one sentence, an anonymous State Department official.
- thehindu-2022-01-14-brussels-vienna-analysis: a The Hindu analysis with
  front matter and straight quotes, quoting Grushko, Fomin, Stoltenberg,
  Lukashevich, an invented JNU professor, an invented retired ambassador and
  the MEA spokesperson; crossheads; a paragraph of history (Baker 1990,
  Bucharest 2008) that is not labelled; indirect speech running over two
  sentences.
- dawn-2021-12-18-russia-draft-security-pacts: Dawn agency copy with a UTF-8
  BOM, CRLF line ends and front matter; the publication of the draft treaties,
  words quoted from the drafts (not labelled), a passive ("was rejected ... by"),
  "according to", an invented Islamabad analyst, closing boilerplate.
- un-2022-01-12-noon-briefing: a UN noon briefing transcript without front
  matter ("Spokesman:" / "Question:" labels); journalists' questions name
  demands and are not labelled; every answer paragraph is a quotation.
- osce-2022-01-13-rau-permanent-council: an OSCE press release, no front
  matter, dateline "VIENNA, 13 January 2022 –"; a quotation split by
  "Rau said", a Russian delegation as speaker, "many delegations" (unnamed,
  not labelled), Vienna Document background.
- agenciabrasil-2022-02-02-general-radio-interview: Agência Brasil in stiff,
  machine-translated English with front matter, „ “ and « » quotation marks;
  a radio Q/A with an invented retired general ("Revista Brasil:" questions
  are not labelled, each answer paragraph is one quotation).

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
  not a person), undated when no day is given;
- speaker ids: persons as firstname-lastname slugs; a senior EU official ->
  european-union, an embassy -> its country (so a senior State Department
  official -> us-state-department, a national delegation -> its country);
  speaker name = the words naming the speaker at that point, pronouns as
  written, titles dropped;
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
L["abc-2022-01-11-am-geneva-talks"] = [
 ("For us it is absolutely obligatory that Ukraine will never, never become a member of NATO. We need guarantees which are binding in law, signed and ratified. Not promises, not assurances. Guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("For us it is absolutely obligatory that Ukraine will never, never become a member of NATO. We need guarantees which are binding in law, signed and ratified. Not promises, not assurances. Guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("We did not come to Geneva to talk about secondary things while the main question, the question of NATO moving further to the east, is put aside. If there is no movement on this, I see no sense in continuing.", "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-10"),
 ("The deputy foreign minister said Russia had also pressed its demand that American warships and strategic bombers keep out of areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "The deputy foreign minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-10"),
 ("He brushed aside calls for a Russian pullback from the Ukrainian border, saying the troops were on Russian soil and Moscow would move them as it saw fit.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("We will not allow anyone to slam shut NATO's open door. That has been the policy of the alliance all along and it will stay the policy of the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were open to discussing where missiles can be placed in Europe, and reciprocal limits on the size and scope of military exercises, provided Russia is ready to do the same on its side.", "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 1, "2022-01-10"),
 ("We were open to discussing where missiles can be placed in Europe, and reciprocal limits on the size and scope of military exercises, provided Russia is ready to do the same on its side.", "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 1, "2022-01-10"),
 ("It was a frank and forthright discussion, and we were firm where we needed to be firm.", "wendy-sherman", 1, "Wendy Sherman", "", "", 1, "2022-01-10"),
 ("Ms Sherman also said the United States could not tell whether Moscow was serious about diplomacy while its forces stayed massed near the border, and she urged Russia to pull them back.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("There is a deal to be had at the edges. Intermediate-range missiles are the obvious one. The Americans have now said they are prepared to talk about limits on where those can be deployed, and that is a real opening.", "rosalind-achterberg", 1, "Rosalind Achterberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-11"),
 ("But what cannot be given is the centrepiece, and frankly it should not be. A treaty saying Ukraine can never join NATO would hand Moscow a veto over its neighbours' choices, and no Australian government should want to see that principle established anywhere.", "rosalind-achterberg", 1, "Rosalind Achterberg", "no-ukraine-membership", "rejects", 1, "2022-01-11"),
 ("But what cannot be given is the centrepiece, and frankly it should not be. A treaty saying Ukraine can never join NATO would hand Moscow a veto over its neighbours' choices, and no Australian government should want to see that principle established anywhere.", "rosalind-achterberg", 1, "Rosalind Achterberg", "nato-open-door", "supports", 1, "2022-01-11"),
 ("There is a real risk, yes. I don't think anyone in Canberra should pretend otherwise, and I don't think the Europeans do either.", "rosalind-achterberg", 1, "Rosalind Achterberg", "", "", 1, "2022-01-11"),
 ("It's the most sensible thing on the table. The two militaries have barely spoken to each other properly for years, and restoring a regular military-to-military line costs nobody anything and could stop an accident from turning into a war.", "rosalind-achterberg", 1, "Rosalind Achterberg", "resume-military-dialogue", "supports", 1, "2022-01-11"),
]
L["alarabiya-2022-01-26-live-us-nato-answers"] = [
 ("NATO’s door is open and it will stay open. There is no change on that, and there will be none,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("We have laid out a serious diplomatic path,", "antony-blinken", 1, "he", "", "", 1, "2022-01-26"),
 ("including on reciprocal arms control for missiles in Europe and on transparency around military exercises, if Russia chooses to take it.", "antony-blinken", 1, "he", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("including on reciprocal arms control for missiles in Europe and on transparency around military exercises, if Russia chooses to take it.", "antony-blinken", 1, "he", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("Blinken said the document made no concession on Moscow’s central demands that NATO halt its eastward expansion and never admit Ukraine.", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 0, "2022-01-26"),
 ("Blinken said the document made no concession on Moscow’s central demands that NATO halt its eastward expansion and never admit Ukraine.", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-26"),
 ("Blinken said the document made no concession on Moscow’s central demands that NATO halt its eastward expansion and never admit Ukraine.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Blinken said the document made no concession on Moscow’s central demands that NATO halt its eastward expansion and never admit Ukraine.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Earlier on Wednesday, State Department spokesman Ned Price said the United States would not enter into any legally binding commitment that limits whom NATO can admit.", "ned-price", 1, "Ned Price", "written-legal-guarantees", "rejects", 0, "2022-01-26"),
 ("Earlier on Wednesday, State Department spokesman Ned Price said the United States would not enter into any legally binding commitment that limits whom NATO can admit.", "ned-price", 1, "Ned Price", "nato-open-door", "supports", 0, "2022-01-26"),
 ("Our ships and aircraft will continue to sail and fly wherever international law allows, including in the Black Sea,", "us-state-department", 0, "a senior State Department official", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-26"),
 ("Our red line was that the door to NATO must stay open for Ukraine, and that red line has been respected,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Our red line was that the door to NATO must stay open for Ukraine, and that red line has been respected,", "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("We are ready to listen to Russia’s concerns and to engage in real talks, but we will not compromise on the principles on which our security rests,", "jens-stoltenberg", 1, "he", "", "", 1, "2022-01-26"),
 ("Stoltenberg said NATO had proposed to reopen the two sides’ missions in Moscow and Brussels and to re-establish military communication lines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("We will not remove troops from the eastern part of the alliance, and we will not cancel the exercises we need to defend it,", "jens-stoltenberg", 1, "the secretary-general", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We will not remove troops from the eastern part of the alliance, and we will not cancel the exercises we need to defend it,", "jens-stoltenberg", 1, "the secretary-general", "limit-military-exercises", "rejects", 1, "2022-01-26"),
 ("Both Blinken and Stoltenberg have repeatedly called on Russia to pull its troops back from Ukraine’s borders if it wants diplomacy to succeed.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, ""),
 ("Both Blinken and Stoltenberg have repeatedly called on Russia to pull its troops back from Ukraine’s borders if it wants diplomacy to succeed.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, ""),
 ("Nobody in Moscow will decide what weapons our allies keep in Lithuania,", "gabrielius-landsbergis", 1, "he", "no-strike-weapons-near-borders", "rejects", 1, "2022-01-26"),
 ("In Warsaw, Deputy Foreign Minister Marcin Przydacz told public radio that Poland would reject any deal restricting US missile deployments in Europe as long as Russia kept nuclear-capable Iskander missiles in Kaliningrad.", "marcin-przydacz", 1, "Marcin Przydacz", "no-intermediate-range-missiles", "rejects", 0, "2022-01-26"),
 ("The principle of freedom to choose alliances cannot be applied at the expense of the security of others. That is what all of us signed up to in Istanbul and in Astana,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-01-26"),
 ("Deputy Foreign Minister Sergei Ryabkov told Interfax that Moscow would not be satisfied with confidence-building measures alone while the question of not deploying strike weapons near Russia’s borders went unanswered.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-26"),
 ("We will read them, analyse them, and only then draw conclusions; there is no point in guessing,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
 ("He dismissed Western calls for Russia to pull back its forces from Ukraine’s borders, calling them “interference in our internal affairs”.", "dmitry-peskov", 1, "He", "russia-de-escalation", "rejects", 0, "2022-01-26"),
]
L["thehindu-2022-01-14-brussels-vienna-analysis"] = [
 ("Mr. Grushko told reporters afterwards that the alliance had to give a legally binding commitment to stop its eastward expansion, warning that otherwise Russia would respond with \"military-technical\" measures.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("Mr. Grushko told reporters afterwards that the alliance had to give a legally binding commitment to stop its eastward expansion, warning that otherwise Russia would respond with \"military-technical\" measures.", "alexander-grushko", 1, "Grushko", "written-legal-guarantees", "supports", 0, "2022-01-12"),
 ("The Bucharest declaration of 2008, he said, had to be formally disowned by the alliance, because it remained \"a mine under European security\".", "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 0, "2022-01-12"),
 ("If NATO wants to talk about exercises, let it begin by moving them away from our borders,", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 1, "2022-01-12"),
 ("Deputy Defence Minister Alexander Fomin, who sat beside him, said there was no sense in restoring military-to-military contacts with the alliance as long as NATO described Russia as its principal threat.", "alexander-fomin", 1, "Alexander Fomin", "resume-military-dialogue", "rejects", 0, "2022-01-12"),
 ("Russia will not have a veto over whether Ukraine can join NATO. Ukraine and the 30 allies decide, nobody else,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("Russia will not have a veto over whether Ukraine can join NATO. Ukraine and the 30 allies decide, nobody else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("We are prepared to sit down and talk about arms control, including missiles, but not about whether sovereign states have the right to choose their own path,", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 1, "2022-01-12"),
 ("We are prepared to sit down and talk about arms control, including missiles, but not about whether sovereign states have the right to choose their own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("If we do not hear a constructive response to our proposals within a reasonable time, we will be forced to draw conclusions and take the necessary measures,", "alexander-lukashevich", 1, "he", "", "", 1, "2022-01-13"),
 ("No enlargement, no Ukraine, NATO back to where it stood in 1997, and no Western soldiers anywhere in the former Soviet Union. That is the package, and it comes as one piece,", "shubhangi-vaidyanathan", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("No enlargement, no Ukraine, NATO back to where it stood in 1997, and no Western soldiers anywhere in the former Soviet Union. That is the package, and it comes as one piece,", "shubhangi-vaidyanathan", 1, "she", "no-ukraine-membership", "mentions", 1, ""),
 ("No enlargement, no Ukraine, NATO back to where it stood in 1997, and no Western soldiers anywhere in the former Soviet Union. That is the package, and it comes as one piece,", "shubhangi-vaidyanathan", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("No enlargement, no Ukraine, NATO back to where it stood in 1997, and no Western soldiers anywhere in the former Soviet Union. That is the package, and it comes as one piece,", "shubhangi-vaidyanathan", 1, "she", "no-military-activity-ex-soviet", "mentions", 1, ""),
 ("There is also the demand that NATO disown Bucharest, which is about symbolism more than soldiers,", "shubhangi-vaidyanathan", 1, "Vaidyanathan", "rescind-bucharest-2008", "mentions", 1, ""),
 ("She noted that both sides now claimed to want talks \"without preconditions\", while each described the other's demands as preconditions.", "shubhangi-vaidyanathan", 1, "She", "no-preconditions", "mentions", 0, ""),
 ("Keeping warships and bombers out of each other's strike range is the kind of thing the two navies used to negotiate as a matter of routine,", "ajay-bhalerao", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 1, ""),
 ("The Americans keep asking the Russians to pull back from the border. That will only happen when Moscow feels it has got something in return,", "ajay-bhalerao", 1, "he", "russia-de-escalation", "mentions", 1, ""),
 ("Dialogue without preconditions is the only sensible course, and it is the course New Delhi has always recommended,", "ajay-bhalerao", 1, "Bhalerao", "no-preconditions", "supports", 1, ""),
 ("We believe the issues can be resolved only through sustained diplomatic efforts and quiet, constructive dialogue,", "arindam-bagchi", 1, "he", "", "", 1, "2022-01-13"),
]
L["dawn-2021-12-18-russia-draft-security-pacts"] = [
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and Nato, demanding that the alliance deny membership to Ukraine and roll back its military deployments in Central and Eastern Europe.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia on Friday published draft security agreements it wants to negotiate with the United States and Nato, demanding that the alliance deny membership to Ukraine and roll back its military deployments in Central and Eastern Europe.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We need legally binding guarantees, because the verbal ones we were given turned out to be worth nothing,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2021-12-17"),
 ("According to Ryabkov, Moscow is ready to start talks “as early as Saturday” in Geneva, and sees no reason why they should be tied to any conditions.", "sergei-ryabkov", 1, "Ryabkov", "no-preconditions", "supports", 0, "2021-12-17"),
 ("We do not want to see Nato instructors and bases in Ukraine, in Georgia or anywhere else in the post-Soviet space. For us this is a matter of vital interest,", "sergei-ryabkov", 1, "he", "no-military-activity-ex-soviet", "supports", 1, "2021-12-17"),
 ("The deputy minister also said US and Nato warships and bombers must stay out of areas from which they could hit targets on Russian territory.", "sergei-ryabkov", 1, "The deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("This is not a menu. We need answers on every single point,", "dmitry-peskov", 1, "he", "", "", 1, ""),
 ("There will be no talks on European security without our European allies and partners at the table,", "jen-psaki", 1, "Psaki", "", "", 1, "2021-12-17"),
 ("A day earlier, Nato Secretary General Jens Stoltenberg, meeting Ukrainian President Volodymyr Zelensky in Brussels, said the relationship between Nato and Ukraine would be decided by the 30 allies and Ukraine, “nobody else”.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2021-12-16"),
 ("A day earlier, Nato Secretary General Jens Stoltenberg, meeting Ukrainian President Volodymyr Zelensky in Brussels, said the relationship between Nato and Ukraine would be decided by the 30 allies and Ukraine, “nobody else”.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2021-12-16"),
 ("In Kyiv, Defence Minister Oleksii Reznikov said on Friday that Ukraine would keep training with Nato partners and hosting their instructors, whatever the Kremlin chose to put on paper.", "oleksii-reznikov", 1, "Oleksii Reznikov", "no-military-activity-ex-soviet", "rejects", 0, "2021-12-17"),
 ("Andriy Yermak, the head of the Ukrainian presidential office, said on Friday that any talks on European security had to start with Russia withdrawing its troops from Ukraine’s borders, not with a list of Kremlin demands.", "andriy-yermak", 1, "Andriy Yermak", "russia-de-escalation", "supports", 0, "2021-12-17"),
 ("Andriy Yermak, the head of the Ukrainian presidential office, said on Friday that any talks on European security had to start with Russia withdrawing its troops from Ukraine’s borders, not with a list of Kremlin demands.", "andriy-yermak", 1, "Andriy Yermak", "no-preconditions", "rejects", 0, "2021-12-17"),
 ("Moscow’s demand to revoke the Bucharest pledge was rejected within hours by Georgian Foreign Minister David Zalkaliani, who said Russia had no say over Georgia’s path to Nato.", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 0, "2021-12-17"),
 ("Moscow’s demand to revoke the Bucharest pledge was rejected within hours by Georgian Foreign Minister David Zalkaliani, who said Russia had no say over Georgia’s path to Nato.", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 0, "2021-12-17"),
 ("Moscow’s demand to revoke the Bucharest pledge was rejected within hours by Georgian Foreign Minister David Zalkaliani, who said Russia had no say over Georgia’s path to Nato.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("What is on the table is a signed promise that Nato will never again move east and that Ukraine stays outside,", "nadeem-afridi-shah", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 ("What is on the table is a signed promise that Nato will never again move east and that Ukraine stays outside,", "nadeem-afridi-shah", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 ("What is on the table is a signed promise that Nato will never again move east and that Ukraine stays outside,", "nadeem-afridi-shah", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 ("Pakistan has no stake in that quarrel beyond the hope that it does not become a war.", "nadeem-afridi-shah", 1, "he", "", "", 1, ""),
 ("Moscow denies any plans to attack its neighbour and says it has the right to move forces on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]
L["un-2022-01-12-noon-briefing"] = [
 ("Yesterday, together with our humanitarian partners, we launched the largest single-country appeal ever, for more than $5 billion, to help some 22 million people inside Afghanistan and millions of Afghan refugees in neighbouring countries.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
 ("Martin Griffiths said the money is needed to prevent a full-blown humanitarian catastrophe this winter, and we urge donors to come forward quickly and generously.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
 ("On Ukraine, the Secretary-General continues to follow very closely the talks taking place this week: Monday in Geneva, today at the NATO-Russia Council in Brussels, and tomorrow in Vienna at the OSCE. He welcomes the fact that the parties are talking to each other and hopes the discussions will be constructive.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
 ("I've seen the reports of what the Russian side wants, including that Ukraine should never join NATO. I'm not going to comment on the substance of those proposals. It's not for the Secretary-General to referee the positions of the parties around that table.", "stephane-dujarric", 1, "Stéphane Dujarric", "no-ukraine-membership", "mentions", 1, "2022-01-12"),
 ("What the Secretary-General has said very clearly is that any concerns should be addressed through diplomacy, and that the sovereignty and territorial integrity of Ukraine must be respected, in line with the Charter.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
 ("We would obviously like to see a de-escalation on the ground, and any step that reduces the military build-up along Ukraine's borders would be very welcome.", "stephane-dujarric", 1, "Stéphane Dujarric", "russia-de-escalation", "supports", 1, "2022-01-12"),
 ("We have always said that dialogue should proceed in good faith and without preconditions from any side. That's the way you get results.", "stephane-dujarric", 1, "Stéphane Dujarric", "no-preconditions", "supports", 1, "2022-01-12"),
 ("We would encourage all channels of communication to be kept open and used, including military ones. In a situation this tense, you want people who can pick up the phone to each other to avoid a miscalculation.", "stephane-dujarric", 1, "Stéphane Dujarric", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("The UN is not a party to these talks. Our colleagues at the OSCE are hosting the meeting, and we will be following it closely from here.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
 ("He is in regular contact with a wide range of leaders. If and when there are calls to read out, we will share them with you.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
 ("We've seen the announcement. We continue to call for restraint by all sides, and for any investigations into the violence to be thorough and transparent.", "stephane-dujarric", 1, "Stéphane Dujarric", "", "", 1, "2022-01-12"),
]
L["osce-2022-01-13-rau-permanent-council"] = [
 ("The risk of war in the OSCE area appears greater today than at any point in the past three decades,", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We cannot allow the Organization to be a spectator while the foundations of European security are called into question.", "zbigniew-rau", 1, "Rau", "", "", 1, "2022-01-13"),
 ("We must focus on a peaceful resolution of the conflict in and around Ukraine, with full respect for its sovereignty and territorial integrity within its internationally recognized borders,", "zbigniew-rau", 1, "he", "", "", 1, "2022-01-13"),
 ("This means above all that the military build-up along Ukraine's borders must be reversed. De-escalation is the first test of every participating State's good faith,", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("The principles we adopted together in Helsinki and in Paris are not up for negotiation, including the right of every State to choose its own security arrangements, including treaties of alliance,", "zbigniew-rau", 1, "the Chairman-in-Office", "nato-open-door", "supports", 1, "2022-01-13"),
 ("He said the Chairmanship stood ready to host discussions on arms control, on greater transparency and possible limits for military exercises under a modernized Vienna Document, and on re-establishing military-to-military contacts between participating States.", "zbigniew-rau", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("He said the Chairmanship stood ready to host discussions on arms control, on greater transparency and possible limits for military exercises under a modernized Vienna Document, and on re-establishing military-to-military contacts between participating States.", "zbigniew-rau", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-13"),
 ("At today's session, the delegation of the Russian Federation presented its proposals on legally binding security guarantees, and more than 50 delegations took the floor in the discussion that followed.", "russia", 0, "the delegation of the Russian Federation", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The OSCE has the instruments and the expertise to help rebuild trust. What is needed now is the political will to use them,", "helga-maria-schmid", 1, "she", "", "", 1, "2022-01-13"),
 ("Dialogue is not a concession and not a reward. It is an obligation we all accepted when we joined this Organization,", "zbigniew-rau", 1, "the Chairman-in-Office", "", "", 1, "2022-01-13"),
]
L["agenciabrasil-2022-02-02-general-radio-interview"] = [
 ("a military logic and a political logic that do not meet", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "", "", 1, "2022-02-02"),
 ("the Americans did not respond to our principal question, the non-expansion of NATO", "maria-zakharova", 1, "Maria Zakharova", "nato-non-expansion", "supports", 1, "2022-02-02"),
 ("Russia wants three things and wants them written on paper, with signature: that NATO does not grow more, that Ukraine and Georgia never enter, and that the alliance takes back its troops and its weapons to where they were in 1997.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "nato-non-expansion", "mentions", 1, "2022-02-02"),
 ("Russia wants three things and wants them written on paper, with signature: that NATO does not grow more, that Ukraine and Georgia never enter, and that the alliance takes back its troops and its weapons to where they were in 1997.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "no-ukraine-membership", "mentions", 1, "2022-02-02"),
 ("Russia wants three things and wants them written on paper, with signature: that NATO does not grow more, that Ukraine and Georgia never enter, and that the alliance takes back its troops and its weapons to where they were in 1997.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "rollback-to-1997", "mentions", 1, "2022-02-02"),
 ("Russia wants three things and wants them written on paper, with signature: that NATO does not grow more, that Ukraine and Georgia never enter, and that the alliance takes back its troops and its weapons to where they were in 1997.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "written-legal-guarantees", "mentions", 1, "2022-02-02"),
 ("Frankly, the third point is unrealistic. No Polish or Lithuanian government will accept to become members of second class again, and they are right.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("Putin speaks of offensive weapons near the Russian borders, of missiles in Ukraine that arrive in Moscow in five minutes. That is his argument, and he repeats it in every speech.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "no-strike-weapons-near-borders", "mentions", 1, "2022-02-02"),
 ("From what the Spanish newspaper published, the Americans offered to negotiate about the missiles and about limits for the exercises, always with reciprocity, and about the enlargement of NATO they repeated that the door stays open.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "no-intermediate-range-missiles", "mentions", 1, "2022-02-02"),
 ("From what the Spanish newspaper published, the Americans offered to negotiate about the missiles and about limits for the exercises, always with reciprocity, and about the enlargement of NATO they repeated that the door stays open.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "limit-military-exercises", "mentions", 1, "2022-02-02"),
 ("From what the Spanish newspaper published, the Americans offered to negotiate about the missiles and about limits for the exercises, always with reciprocity, and about the enlargement of NATO they repeated that the door stays open.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "nato-open-door", "mentions", 1, "2022-02-02"),
 ("The question of the missiles is where an agreement is possible, and I think it must be made. Both sides lose if the missiles of the Cold War return to Europe.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "no-intermediate-range-missiles", "supports", 1, "2022-02-02"),
 ("As a soldier I understand it, the Black Sea is very close to Sevastopol. But the Americans will never accept that someone tells them where they can navigate in international waters, and in this they are right.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-02-02"),
 ("There are more than 100 thousand Russian soldiers there, with field hospitals and fuel. The first thing necessary is that Russia withdraws part of these troops from the border.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Another thing that would help is to open again the conversation between the militaries. In my time as attaché the generals talked regularly, today almost nobody talks.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "resume-military-dialogue", "supports", 1, "2022-02-02"),
 ("Brazil must keep its tradition: dialogue, non-intervention and not choosing a side in a fight between great powers. The President goes to Moscow to talk about fertilizers and commerce, not about NATO.", "heitor-valadares-brum", 1, "Heitor Valadares Brum", "", "", 1, "2022-02-02"),
]

write_gold(L, "articles-65", "gold-65")
