#!/usr/bin/env python3
"""Writes the fourteenth held-out gold (gold-14/*.nq) from the labels below.

Correction after the first run: the writer slugged "Vassily Nebenzia" as
vassily-nebenzia; the graph's id for him is vasily-nebenzya (the gazetteer's,
which batch 7 already uses), so the five labels now carry that id. Nothing
else was changed.

Batch 14 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any batch from 10 on;
the only models were DESIGN.md, the curated gold (statements.nq), goldlib.py,
label9.py and the articles of batch 9. Seven invented articles on Russia's
December 2021 - February 2022 demands for security guarantees, one per style:
a New York Times news analysis, a UN Security Council meeting report, an
Izvestia item in machine-translated English (no front matter, BOM, CRLF line
endings, « » quotes), a Reuters factbox, a Kremlin call readout followed by a
White House readout paragraph, a Notes from Poland report and a State
Department press-availability transcript. Quotations are invented; Miriam
Kessler (NYT) and Anatoly Vereshchagin (Izvestia) are invented people.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices:
- One label per (speaker, demand) a passage expresses. A direct quotation of
  six or more words about none of the demands gets one label with demand ""
  and stance "". Indirect (reported) speech about none of the demands is NOT
  labelled (as in label9.py), e.g. Rau's "risk of war" remark, Putin's
  sanctions warning, Zhang Jun's "quiet diplomacy", Kyslytsya.
- Evidence: a direct quotation = the words between the marks (a quotation of
  two sentences is one span); indirect speech = the whole sentence; in the
  transcript, the sentence(s) of the answer that carry the position, and the
  whole turn for a turn about no demand. direct=1 for quotations and
  transcript answers, 0 for reported speech, readouts and draft contents.
- speakerName: the words naming the speaker at that point; a pronoun ("he",
  "she", "According to him") is replaced by the nearest preceding proper name
  of that speaker (curated convention, not label9's "he"), even when another
  person's name stands in between (Duda's "he added" after Stoltenberg). Role
  nouns are kept as written ("the senator", "the minister", "the former White
  House official", "the representative of the Russian Federation").
  Transcript turns: "SECRETARY BLINKEN".
- Speakers: anonymous "senior administration official" -> united-states;
  "Washington" -> united-states; the Russian side / Russia / Moscow -> russia;
  the drafts' contents ("The draft agreement would ...", "Under the draft
  treaty ...") -> russia, dated 17 Dec 2021 (publication day given in the
  factbox); the foreign ministry's Friday statement -> russian-foreign-ministry.
  "The Presidents agreed" -> one label each for Putin and Biden. The White
  House readout's "President Biden urged ..." -> joe-biden (reported, direct 0).
  UN representatives -> the person named earlier in the report.
- A noun phrase naming Moscow's demand inside someone else's statement
  ("Moscow's proposal to keep American warships ... out", "Russia's demand that
  NATO withdraw") is not a Russian statement (as label9's Wallace label); a
  clause saying Russia/the ministry SAID or WANTS something is.
- Background history is not labelled: the 2008 Bucharest declaration, NATO's
  growth, the 1997 Founding Act ("in which NATO said ..."), the 2016 Warsaw
  summit, the 2019 INF withdrawal ("Moscow denies that"). Journalists'
  questions are not labelled.
- Stances: an offer to discuss a demand (exercises, intermediate-range
  missiles) is mentions; Biden's statement that the US had no intention of
  deploying strike weapons in Ukraine is mentions (an assurance, not an
  endorsement of the demand); Kessler's analysis of what Moscow expected is
  mentions; Blinken's "We're not [setting preconditions]" supports
  no-preconditions; Lukashevich calling a troop withdrawal as precondition
  unacceptable supports no-preconditions and rejects russia-de-escalation;
  Western officials supporting regular military contacts support
  resume-military-dialogue. Refusing to negotiate Ukraine's membership rejects
  no-ukraine-membership; an open-door statement naming Ukraine also supports
  nato-open-door. Sherman's "frank and forthright" and Izvestia's "the
  conversation of the deaf" are quotations under six words: not labelled.
- Dates: the day the words were said, resolved against the publication date
  ("on Friday" in the NYT piece of Tue 11 Jan = 2022-01-07). Follow-on
  sentences of the same speech or session take its day ("According to the
  diplomat" = Lukashevich's Thursday session; Duda's "he added" = his Friday
  speech, not the Thursday call it mentions). "last week", "earlier", no day
  given, or an unstated day ("Following the conversation", which ran past
  midnight Moscow time) -> "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["nyt-2022-01-11-geneva-where-us-bends"] = [
 ("For us it is a matter of principle that Ukraine does not join the alliance, not this year and not in 10 years,", "sergei-ryabkov", 1, "Sergei A. Ryabkov", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("In a telephone briefing for reporters on Friday, Karen Donfried, the assistant secretary of state for European and Eurasian affairs, said Washington was prepared to discuss reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be placed in Europe.", "karen-donfried", 1, "Karen Donfried", "limit-military-exercises", "mentions", 0, "2022-01-07"),
 ("In a telephone briefing for reporters on Friday, Karen Donfried, the assistant secretary of state for European and Eurasian affairs, said Washington was prepared to discuss reciprocal limits on the size and scope of military exercises and on where intermediate-range missiles could be placed in Europe.", "karen-donfried", 1, "Karen Donfried", "no-intermediate-range-missiles", "mentions", 0, "2022-01-07"),
 ("That is not on the table, and it will not be put on the table,", "karen-donfried", 1, "Ms. Donfried", "rollback-to-1997", "rejects", 1, "2022-01-07"),
 ("Those decisions belong to Ukraine and to the 30 allies, and we are not going to negotiate them with Russia,", "jake-sullivan", 1, "Mr. Sullivan", "nato-open-door", "supports", 1, "2022-01-09"),
 ("Those decisions belong to Ukraine and to the 30 allies, and we are not going to negotiate them with Russia,", "jake-sullivan", 1, "Mr. Sullivan", "no-ukraine-membership", "rejects", 1, "2022-01-09"),
 ("The alliance does not withdraw its word because somebody has parked tanks on a border,", "victoria-nuland", 1, "Victoria Nuland", "rescind-bucharest-2008", "rejects", 1, ""),
 ("A senior administration official, speaking on condition of anonymity to describe the private exchanges, called Moscow’s proposal to keep American warships and bombers out of striking distance of Russian territory unworkable for a country with allies on the Baltic and Black Seas.", "united-states", 0, "A senior administration official", "no-warships-aircraft-in-strike-range", "rejects", 0, ""),
 ("Nobody in Moscow expected Washington to promise that NATO would never grow again,", "miriam-kessler", 1, "the former White House official", "nato-non-expansion", "mentions", 1, ""),
 ("The point was to get the refusal on paper, and then decide what to do with it.", "miriam-kessler", 1, "the former White House official", "", "", 1, ""),
]
L["un-2022-01-31-security-council-ukraine"] = [
 ("Our Western colleagues are talking about a war that nobody is planning, and afterwards they will take credit for having prevented it,", "vasily-nebenzya", 1, "Vassily Nebenzia", "", "", 1, "2022-01-31"),
 ("She called on the Russian Federation to de-escalate, to pull those forces back and to return to the negotiating table, adding that her Government had delivered a written response to Moscow’s proposals on 26 January.", "linda-thomas-greenfield", 1, "Linda Thomas-Greenfield", "russia-de-escalation", "supports", 0, "2022-01-31"),
 ("Taking the floor again, the representative of the Russian Federation said that his country’s proposals on security guarantees were clear: NATO must not expand further eastward, strike weapons must not be deployed near Russia’s borders, and the alliance’s military infrastructure must return to where it stood in 1997.", "vasily-nebenzya", 1, "the representative of the Russian Federation", "nato-non-expansion", "supports", 0, "2022-01-31"),
 ("Taking the floor again, the representative of the Russian Federation said that his country’s proposals on security guarantees were clear: NATO must not expand further eastward, strike weapons must not be deployed near Russia’s borders, and the alliance’s military infrastructure must return to where it stood in 1997.", "vasily-nebenzya", 1, "the representative of the Russian Federation", "no-strike-weapons-near-borders", "supports", 0, "2022-01-31"),
 ("Taking the floor again, the representative of the Russian Federation said that his country’s proposals on security guarantees were clear: NATO must not expand further eastward, strike weapons must not be deployed near Russia’s borders, and the alliance’s military infrastructure must return to where it stood in 1997.", "vasily-nebenzya", 1, "the representative of the Russian Federation", "rollback-to-1997", "supports", 0, "2022-01-31"),
 ("Russian troops were on Russian territory, he said, and the Russian Federation would not take instructions from anyone on where to deploy them.", "vasily-nebenzya", 1, "Vassily Nebenzia", "russia-de-escalation", "rejects", 0, "2022-01-31"),
 ("The legitimate security concerns of the Russian Federation should be taken seriously, he continued, adding that the continued eastward expansion of a military bloc was not conducive to stability in the region.", "zhang-jun", 1, "Zhang Jun", "nato-non-expansion", "supports", 0, "2022-01-31"),
 ("It is for Ukraine, and for Ukraine alone, to decide whether it seeks membership of NATO,", "barbara-woodward", 1, "Barbara Woodward", "nato-open-door", "supports", 1, "2022-01-31"),
 ("It is for Ukraine, and for Ukraine alone, to decide whether it seeks membership of NATO,", "barbara-woodward", 1, "Barbara Woodward", "no-ukraine-membership", "rejects", 1, "2022-01-31"),
 ("However, the principles of the Helsinki Final Act and the Charter of Paris, including the freedom of each State to choose its own security arrangements, were not negotiable, he said.", "nicolas-de-riviere", 1, "Nicolas de Rivière", "nato-open-door", "supports", 0, "2022-01-31"),
]
L["izvestia-2022-01-13-osce-vienna-dzhabarov"] = [
 ("The permanent representative of Russia at the OSCE Alexander Lukashevich on Thursday, 13 January, at the special session of the Permanent Council of the organization in Vienna has declared that Russia needs legally binding guarantees of the security, and not the verbal assurances which the West already gave in the 1990s.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("According to the diplomat, the attempts of the Western partners to make the withdrawal of the Russian troops from the own territory of Russia the preliminary condition of the dialogue are unacceptable.", "alexander-lukashevich", 1, "the diplomat", "no-preconditions", "supports", 0, "2022-01-13"),
 ("According to the diplomat, the attempts of the Western partners to make the withdrawal of the Russian troops from the own territory of Russia the preliminary condition of the dialogue are unacceptable.", "alexander-lukashevich", 1, "the diplomat", "russia-de-escalation", "rejects", 0, "2022-01-13"),
 ("If we do not receive the constructive answer to our proposals in the reasonable time, and the aggressive line towards Russia will continue, we will be forced to take the necessary measures for the elimination of the unacceptable threats", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 ("The Americans and their allies are ready to speak about anything, except the main thing. And the main thing for us is that NATO does not make one more step to the east", "vladimir-dzhabarov", 1, "the senator", "nato-non-expansion", "supports", 1, "2022-01-13"),
 ("According to him, the West tries to replace the legal guarantees with the «promises on the word», as it was in 1990 with the unification of Germany.", "vladimir-dzhabarov", 1, "Vladimir Dzhabarov", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("The member of the same committee senator Andrei Klimov earlier wrote in his Telegram channel that the exercises of NATO near the Russian borders must be sharply reduced, otherwise any agreements will remain on the paper.", "andrei-klimov", 1, "Andrei Klimov", "limit-military-exercises", "supports", 0, ""),
 ("For us the flight time is the question of the survival. If the American complexes of the medium range appear in Poland or in Romania, the time of the flight to Moscow will be counted in minutes", "anatoly-vereshchagin", 1, "the expert", "no-intermediate-range-missiles", "supports", 1, ""),
]
L["reuters-2022-01-10-factbox-what-russia-wants"] = [
 ("We are going to Geneva with our eyes open, and without any illusions.", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-09"),
 ("The draft agreement would commit NATO members to refrain from any further enlargement of the alliance, including the accession of Ukraine and other states.", "russia", 0, "The draft agreement", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("The draft agreement would commit NATO members to refrain from any further enlargement of the alliance, including the accession of Ukraine and other states.", "russia", 0, "The draft agreement", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("Russia does not get a vote on who joins this alliance, and that is not going to change,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2021-12-16"),
 ("Under the draft treaty, neither side would deploy ground-launched intermediate- and shorter-range missiles in areas from which they could strike the other's territory.", "russia", 0, "the draft treaty", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 ("Russia also wants U.S. heavy bombers and surface warships kept out of areas from which they could hit targets on its territory.", "russia", 0, "Russia", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("NATO would not deploy troops or weapons in any European country beyond those it had there on May 27, 1997, when the NATO-Russia Founding Act was signed, according to the draft agreement.", "russia", 0, "the draft agreement", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("The draft treaty would also rule out U.S. bases in, and military cooperation with, former Soviet states that are not NATO members.", "russia", 0, "The draft treaty", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Washington wants Russia to pull back the estimated 100,000 troops it has massed near Ukraine's borders, and has threatened sweeping sanctions if Moscow invades.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
]
L["kremlin-2021-12-31-putin-biden-call"] = [
 ("The Russian side stressed that it is a matter of principle for Russia to obtain legally fixed guarantees excluding the further expansion of NATO eastwards and the deployment of offensive weapons systems in the states adjacent to Russia.", "russia", 0, "The Russian side", "written-legal-guarantees", "supports", 0, "2021-12-30"),
 ("The Russian side stressed that it is a matter of principle for Russia to obtain legally fixed guarantees excluding the further expansion of NATO eastwards and the deployment of offensive weapons systems in the states adjacent to Russia.", "russia", 0, "The Russian side", "nato-non-expansion", "supports", 0, "2021-12-30"),
 ("The Russian side stressed that it is a matter of principle for Russia to obtain legally fixed guarantees excluding the further expansion of NATO eastwards and the deployment of offensive weapons systems in the states adjacent to Russia.", "russia", 0, "The Russian side", "no-strike-weapons-near-borders", "supports", 0, "2021-12-30"),
 ("Joseph Biden, for his part, said that the United States had no intention of deploying offensive strike weapons in Ukraine.", "joe-biden", 1, "Joseph Biden", "no-strike-weapons-near-borders", "mentions", 0, "2021-12-30"),
 ("The Presidents agreed that contacts between the military departments of the two countries should be put on a regular footing, in order to prevent incidents and dangerous military activity.", "vladimir-putin", 1, "The Presidents", "resume-military-dialogue", "supports", 0, "2021-12-30"),
 ("The Presidents agreed that contacts between the military departments of the two countries should be put on a regular footing, in order to prevent incidents and dangerous military activity.", "joe-biden", 1, "The Presidents", "resume-military-dialogue", "supports", 0, "2021-12-30"),
 ("The conversation was frank and substantive, and, in our view, it created a good background for the forthcoming talks.", "yuri-ushakov", 1, "Yuri Ushakov", "", "", 1, ""),
 ("President Biden urged President Putin to de-escalate tensions with Ukraine and to pull back the forces Russia has gathered along its border.", "joe-biden", 1, "President Biden", "russia-de-escalation", "supports", 0, "2021-12-30"),
]
L["notesfrompoland-2022-01-22-duda-blaszczak-1997"] = [
 ("Poland’s president and defence minister have rejected Russia’s demand that NATO withdraw troops and weapons from the countries that joined the alliance after 1997, after the Russian foreign ministry said on Friday that the demand covers all of them.", "andrzej-duda", 1, "Poland’s president", "rollback-to-1997", "rejects", 0, "2022-01-21"),
 ("Poland’s president and defence minister have rejected Russia’s demand that NATO withdraw troops and weapons from the countries that joined the alliance after 1997, after the Russian foreign ministry said on Friday that the demand covers all of them.", "mariusz-blaszczak", 1, "defence minister", "rollback-to-1997", "rejects", 0, "2022-01-22"),
 ("Poland’s president and defence minister have rejected Russia’s demand that NATO withdraw troops and weapons from the countries that joined the alliance after 1997, after the Russian foreign ministry said on Friday that the demand covers all of them.", "russian-foreign-ministry", 0, "the Russian foreign ministry", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("The ministry’s statement, issued in response to media questions, named Bulgaria and Romania alongside the countries of central Europe and the Baltics.", "russian-foreign-ministry", 0, "The ministry’s statement", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("Allied soldiers are here because we asked for them and because the whole alliance decided it, together. Nobody in Moscow is going to decide for us where they stand,", "andrzej-duda", 1, "Andrzej Duda", "rollback-to-1997", "rejects", 1, "2022-01-21"),
 ("agreed by all thirty allies, word for word", "andrzej-duda", 1, "Andrzej Duda", "", "", 1, "2022-01-21"),
 ("Speaking to Polish Radio, he said that instead of withdrawing, the United States should station more of its troops in Poland permanently, and that Moscow’s demand showed why.", "mariusz-blaszczak", 1, "Mariusz Błaszczak", "rollback-to-1997", "rejects", 0, "2022-01-22"),
 ("Russia wants to divide NATO into first- and second-class members. We are not a second-class member, and we will never agree to that,", "mariusz-blaszczak", 1, "the minister", "rollback-to-1997", "rejects", 1, "2022-01-22"),
]
L["state-2022-01-26-blinken-press-availability"] = [
 ("We're prepared to discuss confidence-building measures on military exercises and maneuvers in Europe, on a reciprocal basis.", "antony-blinken", 1, "SECRETARY BLINKEN", "limit-military-exercises", "mentions", 1, "2022-01-26"),
 ("We're also ready to talk about arms control, including where intermediate-range missiles can be based, if Russia is ready to do the same.", "antony-blinken", 1, "SECRETARY BLINKEN", "no-intermediate-range-missiles", "mentions", 1, "2022-01-26"),
 ("No, and no. There is no change in our position on that, and there will be no change. NATO's door is open and it remains open, and that is a decision for NATO and for the countries that aspire to join it.", "antony-blinken", 1, "SECRETARY BLINKEN", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("No, and no. There is no change in our position on that, and there will be no change. NATO's door is open and it remains open, and that is a decision for NATO and for the countries that aspire to join it.", "antony-blinken", 1, "SECRETARY BLINKEN", "nato-open-door", "supports", 1, "2022-01-26"),
 ("It's in there, and the answer is no. We're not going to accept that, and neither will any of our Allies.", "antony-blinken", 1, "SECRETARY BLINKEN", "rollback-to-1997", "rejects", 1, "2022-01-26"),
 ("We're not. We sat down with them in Geneva, in Brussels and in Vienna without anyone setting conditions for those meetings.", "antony-blinken", 1, "SECRETARY BLINKEN", "no-preconditions", "supports", 1, "2022-01-26"),
 ("But diplomacy has a much better chance of succeeding if Russia pulls its forces back from Ukraine's borders rather than adding to them.", "antony-blinken", 1, "SECRETARY BLINKEN", "russia-de-escalation", "supports", 1, "2022-01-26"),
 ("I expect to speak with Foreign Minister Lavrov in the next few days, once they've had a chance to read the paper and reflect on it. I'm not going to put a timeline on when we'd meet again. That will depend on where they go from here.", "antony-blinken", 1, "SECRETARY BLINKEN", "", "", 1, "2022-01-26"),
]

write_gold(L, "articles-14", "gold-14")
