#!/usr/bin/env python3
"""Writes the thirtieth held-out gold (gold-30/*.nq) from the labels below.

Batch 30 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 10 and later.

Outlets and forms: an Associated Press story (Blinken-Lavrov meeting, Geneva,
21 Jan 2022); a Pentagon press briefing transcript (John Kirby, Q/A with
reporters named by outlet); a machine-translated Ukrainska Pravda item without
front matter (id = file name, date in the dateline only); a Washington Post
analysis with unnamed officials and one named think-tank expert; a Russian
Defence Ministry news page with « » quotations and site furniture; a Euractiv
story with a cookie banner, "Read more" links and share buttons; an ERR News
item with a UTF-8 BOM and CRLF line ends.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Conventions (after the curated gold and label9.py):
- One label per (speaker, demand) a passage expresses; a passage naming two
  demands gives two labels with the same evidence.
- Direct quotation: the evidence is the words between the marks (inner
  punctuation kept), direct 1; a quotation interrupted by "said X" is two
  spans. Reported speech: the whole sentence, direct 0. When a sentence
  carries a demand in its reported part and a quotation, both are labelled.
- Stance: supports / rejects by the speaker's own position (complaining
  about a practice = supporting the demand to end it); mentions when the
  speaker only reports, asks or offers to discuss (offers of talks on
  missiles or exercise transparency are mentions).
- Every direct quotation of six or more words about none of the demands gets
  one demand-less label (demand "", stance ""); reported speech about no
  demand gets no label; quotations under six words about no demand get none.
- Historical background (Baker 1990, the 1997 Founding Act, Bucharest 2008)
  and words quoted from documents are not labelled; the reporter's own
  explanations are not labelled.
- Transcript: the press secretary's answers are his own words, so they are
  labelled direct 1 with the sentence(s) carrying the demand as evidence;
  answer passages about no demand are not quotations and get no label;
  journalists' questions get no label. A quotation nested in an answer ("As
  the Secretary put it ...") belongs to the person quoted.
- Speakers: person slugs firstname-lastname (Serhiy/Sergey Lavrov ->
  sergei-lavrov); unnamed officials map to their country or organisation
  (a senior administration official, two people familiar with the talks ->
  united-states; a senior EU diplomat -> european-union); the Kremlin and
  ministries map to their country except russian-foreign-ministry, as in the
  curated data.
- Speaker name: the words naming the speaker at that point, pronouns and role
  nouns as written ("he", "the minister", "MR. KIRBY").
- Date: the day the words were said, resolved against the publication date;
  "" when the text gives no day (typically analysts and MPs quoted without a
  day). A passage continuing remarks dated in the preceding sentence takes
  that date.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["ap-2022-01-21-blinken-lavrov-geneva"] = [
 ("But he made clear that those answers would not include the pledge the Kremlin wants most, a promise that Ukraine will never be allowed to join NATO.", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 0, "2022-01-21"),
 ("We were not expecting any breakthroughs today, and we did not get one. What we did get is a clearer understanding of each other's concerns and positions.", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 ("There are core principles that the United States and our allies are committed to upholding, including the right of every country to choose its own alliances, and that is not up for negotiation,", "antony-blinken", 1, "the top U.S. diplomat", "nato-open-door", "supports", 1, "2022-01-21"),
 ("He said Washington was ready to explore arms control, greater transparency about military exercises and reciprocal limits on where missiles could be based in Europe, ideas American negotiators first put to Russian Deputy Foreign Minister Sergei Ryabkov during talks in Geneva on Jan. 10.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, "2022-01-21"),
 ("He said Washington was ready to explore arms control, greater transparency about military exercises and reciprocal limits on where missiles could be based in Europe, ideas American negotiators first put to Russian Deputy Foreign Minister Sergei Ryabkov during talks in Geneva on Jan. 10.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-21"),
 ("If Russia wants to begin to convince the world that it has no aggressive intent, the best way to do that is to de-escalate,", "antony-blinken", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-21"),
 ("Our position is absolutely clear: there must be no further expansion of NATO to the east and no deployment of strike weapons near our borders that threaten Russia,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-21"),
 ("Our position is absolutely clear: there must be no further expansion of NATO to the east and no deployment of strike weapons near our borders that threaten Russia,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-21"),
 ("The minister brushed aside Blinken's call for a pullback, saying Russia was free to move troops on its own territory and would not accept \"any preconditions\" for the talks.", "sergei-lavrov", 1, "The minister", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("The minister brushed aside Blinken's call for a pullback, saying Russia was free to move troops on its own territory and would not accept \"any preconditions\" for the talks.", "sergei-lavrov", 1, "The minister", "no-preconditions", "supports", 0, "2022-01-21"),
 ("We have never threatened the Ukrainian people, and we have no plans to attack Ukraine,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-21"),
 ("Kremlin spokesman Dmitry Peskov told reporters in Moscow on Friday that Russia still wanted \"legally binding\" guarantees rather than political assurances, and that it was \"too early\" to judge the outcome of the Geneva meeting.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, "2022-01-21"),
 ("Both of them needed to be seen at the table, by their own public and by the Europeans,", "katarina-moser", 1, "Katarina Moser", "", "", 1, ""),
 ("The real negotiation starts with the paper Washington sends next week.", "katarina-moser", 1, "Katarina Moser", "", "", 1, ""),
]
L["dod-2022-01-24-kirby-press-briefing"] = [
 ("this is about reassuring our NATO allies, particularly on the eastern flank, that we take our Article 5 commitments seriously.", "lloyd-austin", 1, "the Secretary", "", "", 1, "2022-01-24"),
 ("We continue to call on Russia to de-escalate, to pull back the forces it has arrayed along Ukraine's border and in Belarus, and to choose the path of diplomacy.", "john-kirby", 1, "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("We are not going to pull forces out of countries that have been NATO allies for nearly two decades because Moscow asks us to.", "john-kirby", 1, "MR. KIRBY", "rollback-to-1997", "rejects", 1, "2022-01-24"),
 ("What I'd say is that we've been clear we're willing to discuss transparency on exercises and other risk-reduction measures, on a reciprocal basis.", "john-kirby", 1, "MR. KIRBY", "limit-military-exercises", "mentions", 1, "2022-01-24"),
 ("We fly and sail in international airspace and international waters in accordance with international law, and we're going to keep doing that.", "john-kirby", 1, "MR. KIRBY", "no-warships-aircraft-in-strike-range", "rejects", 1, "2022-01-24"),
 ("We believe it's important to keep lines of communication open between our two militaries, and we'd welcome a more regular dialogue at the senior level.", "john-kirby", 1, "MR. KIRBY", "resume-military-dialogue", "supports", 1, "2022-01-24"),
 ("NATO's door is open, and whether Ukraine walks through it one day is a matter for Ukraine and the 30 allies. Moscow doesn't get a vote.", "john-kirby", 1, "MR. KIRBY", "nato-open-door", "supports", 1, "2022-01-24"),
 ("NATO's door is open, and whether Ukraine walks through it one day is a matter for Ukraine and the 30 allies. Moscow doesn't get a vote.", "john-kirby", 1, "MR. KIRBY", "no-ukraine-membership", "rejects", 1, "2022-01-24"),
]
L["up-2022-01-27-kuleba-us-response"] = [
 ("We have seen the American answer before it was passed to the Russian side. I can say that there is nothing in it that would go against the interests of Ukraine. The door of NATO remains open for Ukraine, and it is not for Russia to close it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-27"),
 ("We have seen the American answer before it was passed to the Russian side. I can say that there is nothing in it that would go against the interests of Ukraine. The door of NATO remains open for Ukraine, and it is not for Russia to close it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 1, "2022-01-27"),
 ("According to the minister, the American side did not make any concessions concerning the so-called \"security guarantees\" which Russia demands, in particular the non-expansion of NATO to the east.", "dmytro-kuleba", 1, "the minister", "nato-non-expansion", "mentions", 0, "2022-01-27"),
 ("Kuleba also called on Russia once more to withdraw its troops from the border of Ukraine and to continue the talks in the Normandy format, the next round of which will take place in Berlin.", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 0, "2022-01-27"),
 ("Secretary of State of the USA Antony Blinken declared after this that the document reaffirms the principle of \"open doors\" of NATO.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("a good signal, but not a guarantee", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "", "", 1, ""),
 ("Russia wants to return Europe in 1997 and to take the troops of the allies away from the Baltic countries and Poland. Neither Washington nor Brussels will agree to this, and Ukraine will never agree.", "oksana-hrytsenko", 1, "Oksana Hrytsenko", "rollback-to-1997", "rejects", 1, ""),
 ("Meanwhile the minister of foreign affairs of Russia Serhiy Lavrov declared on Thursday that in the answer of the USA there is no positive reaction on the main question – the non-expansion of NATO to the east and the non-deployment of strike weapons which could threaten the territory of Russia.", "sergei-lavrov", 1, "Serhiy Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("Meanwhile the minister of foreign affairs of Russia Serhiy Lavrov declared on Thursday that in the answer of the USA there is no positive reaction on the main question – the non-expansion of NATO to the east and the non-deployment of strike weapons which could threaten the territory of Russia.", "sergei-lavrov", 1, "Serhiy Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
]
L["wapo-2022-01-29-us-reply-analysis"] = [
 ("The document sets out a serious diplomatic path, if Russia chooses it,", "united-states", 0, "a senior administration official", "", "", 1, ""),
 ("The reply, according to two people familiar with the talks, proposes negotiations on a successor to the Intermediate-Range Nuclear Forces Treaty, reciprocal limits on the size and location of military exercises near the NATO-Russia border, and a “transparency mechanism” under which Russian inspectors could confirm that there are no Tomahawk cruise missiles at the U.S. missile-defense sites in Romania and Poland.", "united-states", 0, "two people familiar with the talks", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The reply, according to two people familiar with the talks, proposes negotiations on a successor to the Intermediate-Range Nuclear Forces Treaty, reciprocal limits on the size and location of military exercises near the NATO-Russia border, and a “transparency mechanism” under which Russian inspectors could confirm that there are no Tomahawk cruise missiles at the U.S. missile-defense sites in Romania and Poland.", "united-states", 0, "two people familiar with the talks", "limit-military-exercises", "mentions", 0, ""),
 ("On the demands Moscow calls its priorities — a promise that NATO will stop expanding and a pullback of allied forces from Eastern Europe — the reply offers nothing, the officials said.", "united-states", 0, "the officials", "nato-non-expansion", "rejects", 0, ""),
 ("On the demands Moscow calls its priorities — a promise that NATO will stop expanding and a pullback of allied forces from Eastern Europe — the reply offers nothing, the officials said.", "united-states", 0, "the officials", "rollback-to-1997", "rejects", 0, ""),
 ("We were never going to trade away the principle that every country chooses its own alliances. That was not on the table, and the Russians knew it,", "united-states", 0, "the senior administration official", "nato-open-door", "supports", 1, ""),
 ("Secretary General Jens Stoltenberg said the alliance was ready to restore its channels with Moscow, including military-to-military lines of communication, but that allies “will not compromise on the right of every nation to choose its own path.”", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("will not compromise on the right of every nation to choose its own path.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten Russian territory,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("The administration has put real things on the table, including limits on intermediate-range missiles that Moscow has wanted since the INF Treaty collapsed in 2019,", "rachel-lindqvist", 1, "Rachel Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Whether Putin sees that as enough is a question only Putin can answer.", "rachel-lindqvist", 1, "Rachel Lindqvist", "", "", 1, ""),
]
L["mil-ru-2021-12-21-fomin-attaches-briefing"] = [
 ("The intensity of the reconnaissance flights of NATO aircraft along the Russian borders has grown several times this year. US strategic bombers practise the use of weapons against targets on our territory at a distance of 20 kilometres from the state border. Such activity must be stopped", "alexander-fomin", 1, "the Deputy Minister", "no-warships-aircraft-in-strike-range", "supports", 1, "2021-12-21"),
 ("We propose to fix in a legally binding form the refusal to deploy ground-based intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other party", "alexander-fomin", 1, "Alexander Fomin", "no-intermediate-range-missiles", "supports", 1, "2021-12-21"),
 ("We propose to fix in a legally binding form the refusal to deploy ground-based intermediate-range and shorter-range missiles in areas from which they can reach the territory of the other party", "alexander-fomin", 1, "Alexander Fomin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("The Deputy Minister also said that Russia proposes to agree not to conduct exercises above brigade level in an agreed zone along the borders of Russia and its allies on one side and of the NATO member states on the other.", "alexander-fomin", 1, "The Deputy Minister", "limit-military-exercises", "supports", 0, "2021-12-21"),
 ("Russia is open for substantive dialogue with the US Department of Defence and the military structures of NATO, including the restoration of regular contacts through military channels", "alexander-fomin", 1, "he", "resume-military-dialogue", "supports", 1, "2021-12-21"),
 ("Our proposals are not an ultimatum. They are an invitation to a serious conversation about security in Europe", "alexander-fomin", 1, "Alexander Fomin", "", "", 1, "2021-12-21"),
 ("Since 1997, NATO has moved its military infrastructure right up to our borders, to the Baltic states, Poland and Romania. We insist that it be returned to where it stood when the Founding Act was signed", "sergei-shoigu", 1, "Sergei Shoigu", "rollback-to-1997", "supports", 1, "2021-12-21"),
 ("The President of Russia stressed that Moscow needs long-term, legally binding guarantees, since verbal assurances of the Western partners have proved worthless.", "vladimir-putin", 1, "The President of Russia", "written-legal-guarantees", "supports", 0, "2021-12-21"),
 ("In case our Western colleagues continue the obviously aggressive line, we will take adequate retaliatory military-technical measures", "vladimir-putin", 1, "the Supreme Commander-in-Chief", "", "", 1, "2021-12-21"),
]
L["euractiv-2022-01-12-borrell-eu-not-spectator"] = [
 ("We are not a neutral spectator, and we cannot be a spectator in a negotiation that concerns the security of our own continent,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-12"),
 ("The EU’s top diplomat said Russia’s draft treaties amounted to an attempt to divide Europe into spheres of influence, and that Moscow’s demand for a halt to NATO enlargement ran against the principles of the 1975 Helsinki Final Act and the 1990 Charter of Paris.", "josep-borrell", 1, "The EU’s top diplomat", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("Whether Ukraine joins NATO one day is for Ukraine and the allies to decide, not for Moscow and Washington to settle between themselves,", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Whether Ukraine joins NATO one day is for Ukraine and the allies to decide, not for Moscow and Washington to settle between themselves,", "josep-borrell", 1, "Borrell", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He repeated the EU’s call for Russia to pull back its troops from Ukraine’s border, warning that any further military aggression would have “massive consequences and severe costs”.", "josep-borrell", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-12"),
 ("We are consulted, we are briefed, but we are not in the room,", "european-union", 0, "the diplomat", "", "", 1, ""),
 ("No one around the table will accept a NATO with first-class and second-class members. The battlegroups in the Baltics and Poland stay.", "european-union", 0, "the official", "rollback-to-1997", "rejects", 1, ""),
 ("After the NATO-Russia Council meeting, NATO Secretary General Jens Stoltenberg said allies had rejected Russia’s demand that the alliance close its door to new members, and that “significant differences” remained between the two sides.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-non-expansion", "rejects", 0, "2022-01-12"),
 ("After the NATO-Russia Council meeting, NATO Secretary General Jens Stoltenberg said allies had rejected Russia’s demand that the alliance close its door to new members, and that “significant differences” remained between the two sides.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Russian Deputy Foreign Minister Alexander Grushko, who led Moscow’s delegation, told reporters that NATO must stop deploying strike weapons near Russia’s borders, and warned that Moscow would respond by “military-technical” means if its concerns were ignored.", "alexander-grushko", 1, "Alexander Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("If there is going to be a conversation about military exercises, then it has to cover Zapad and the drills in Belarus as well, not only NATO’s side,", "pieter-van-halst", 1, "he", "limit-military-exercises", "mentions", 1, ""),
]
L["err-2022-02-02-liimets-allied-troops"] = [
 ("Foreign Minister Eva-Maria Liimets (Center) said on Wednesday that the presence of allied troops in Estonia cannot be part of any agreement between Russia and the West, a day after President Vladimir Putin accused the United States and NATO of ignoring Moscow's key security demands.", "eva-maria-liimets", 1, "Eva-Maria Liimets", "rollback-to-1997", "rejects", 0, "2022-02-02"),
 ("Estonia has been a member of NATO since 2004, and the allied battlegroup is here because of Russia's behavior, not the other way round. That is not something Moscow gets to negotiate away,", "eva-maria-liimets", 1, "Liimets", "rollback-to-1997", "rejects", 1, "2022-02-02"),
 ("Speaking at a joint press conference with Hungarian Prime Minister Viktor Orbán in Moscow on Tuesday, Putin said the written replies had ignored Russia's three main demands: an end to NATO's expansion, no deployment of strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, "2022-02-01"),
 ("Speaking at a joint press conference with Hungarian Prime Minister Viktor Orbán in Moscow on Tuesday, Putin said the written replies had ignored Russia's three main demands: an end to NATO's expansion, no deployment of strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 ("Speaking at a joint press conference with Hungarian Prime Minister Viktor Orbán in Moscow on Tuesday, Putin said the written replies had ignored Russia's three main demands: an end to NATO's expansion, no deployment of strike weapons near Russia's borders and the return of the alliance's military infrastructure in Europe to where it stood in 1997.", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ("What Russia is asking for is a gray zone on NATO's eastern flank, where some allies would have fewer rights than others. We will never agree to that,", "kalle-laanet", 1, "Laanet", "rollback-to-1997", "rejects", 1, "2022-02-01"),
 ("Prime Minister Kaja Kallas (Reform) told Vikerraadio on Wednesday morning that Russia must pull its troops back from Ukraine's borders if it wanted to be taken seriously in talks on European security.", "kaja-kallas", 1, "Kaja Kallas", "russia-de-escalation", "supports", 0, "2022-02-02"),
 ("NATO's open door policy is not negotiable. Every country decides for itself which alliance it wants to belong to,", "kaja-kallas", 1, "Kallas", "nato-open-door", "supports", 1, "2022-02-02"),
 ("If NATO agrees to pull its exercises back from the border, it is us, the border states, who will lose the most,", "liina-tamm", 1, "she", "limit-military-exercises", "rejects", 1, ""),
 ("The point is to make the Baltic states look like a problem for the rest of the alliance, and then to see who blinks first,", "tiit-kask", 1, "Kask", "", "", 1, ""),
]

write_gold(L, "articles-30", "gold-30")
