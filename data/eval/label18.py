#!/usr/bin/env python3
"""Writes the eighteenth held-out gold (gold-18/*.nq) from the labels below.

Batch 18 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor its command code,
nor any other batch from 10 on (only DESIGN.md, the curated statements,
goldlib.py and batch 9 as format examples). The seven articles are invented
but keep to facts plausible for their dates (17 Dec 2021 drafts; Geneva
10 Jan, NATO-Russia Council 12 Jan, OSCE Permanent Council 13 Jan 2022;
written answers 26 Jan; Lavrov's letter of 28 Jan; Putin with Orban 1 Feb;
Scholz in Moscow 15 Feb). Outlets and forms: a US regional paper (Star
Tribune), an Indian daily with wire inputs (The Hindu), a Turkish daily
(Daily Sabah), a machine-translated Russian state TV page without front
matter (BOM, CRLF, guillemets, dash attributions), a web page with site
junk (Balkan Insight: menu, cookie banner, byline, share buttons, photo
caption, related links, tags, footer), a government press-conference
transcript (Bundesregierung, speaker turns in capitals, a journalist's
question), and a wire factbox of reactions by capital (Reuters).

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.

Convention choices:
- One label per (speaker, demand) a passage expresses. A direct quotation of
  six or more words about none of the demands gets one label with empty
  demand and stance; reported speech about none of the demands is not
  labelled (as in batch 9). Quoted fragments of five words or fewer inside
  reported speech get no label of their own; the whole sentence is the
  evidence (direct=0).
- A quoted fragment of six or more words that carries the demand itself
  (Ryabkov's "without any preconditions ...", Klobuchar's "cannot be allowed
  ...", Rau's warning) is the evidence, direct=1.
- Transcript (Bundesregierung): evidence is the sentence(s) of the turn that
  carry the position, direct=1; a turn about no demand is one label with the
  whole turn. The journalist's question is not labelled. Speaker name is the
  turn label as printed ("PRESIDENT PUTIN").
- Speaker name is the words naming the speaker at that point: a pronoun or
  role noun as written ("he", "She", "the President", "the minister",
  "the prime minister"), otherwise the name without its title.
- Draft content is the statement of its author as the article names it
  (Reuters: "Russia" published the drafts -> speaker russia, name "the
  drafts"). An anonymous "senior administration official" -> united-states.
  Peskov reporting how Putin regards NATO activity in Ukraine: speaker
  Peskov only.
- Related-link headline on the web page that reports Moscow's demand
  ("Moscow Wants NATO Pulled Back to 1997 Lines") is a row for russia,
  undated (as the curated gold does for such headlines). Headlines naming no
  single demand ("Putin: the USA and NATO have ignored the principal
  concerns of Russia") are not rows.
- Background history (Bucharest 2008, the 1999 OSCE Istanbul Charter, the
  1997 Founding Act, Crimea 2014, NRC history) is not labelled.
- Stances: offers to discuss missiles, exercises or military channels are
  `mentions`. Scholz saying Ukraine's membership "is not on the agenda" is
  `mentions` of no-ukraine-membership (he neither endorses nor rejects it);
  his open-door sentence names "every state", not Ukraine, so it gives
  nato-open-door only. Putin saying where Russian troops stand on Russian
  territory is for Russia to decide rejects russia-de-escalation. Georgia's
  "Georgia will become a member ... no third country has a veto" rejects
  rescind-bucharest-2008 and no-ukraine-membership (which covers Georgia)
  and supports nato-open-door. Poland's eastern-flank troops "not up for
  negotiation" rejects rollback-to-1997. Grushko's "open door" cannot
  override others' security rejects nato-open-door; Putin's "impossible to
  strengthen own security at the expense of others" likewise.
  Lavrov's letter sentence and Peskov's "analysing the documents" carry no
  demand; Ryabkov's "no central demand moved" names none.
- Dates: resolved against the publication date ("Monday" in a Tuesday
  paper, "a day after" a Wednesday, Lavrov's "on Friday" in a Tuesday
  1 February piece -> 28 Jan). Where a paragraph gives no day but the
  article places the event (Geneva talks on Monday, the NRC and its press
  conferences on Wednesday, the OSCE session on Thursday), the remarks take
  that day. Undated related-link headline: "".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["startribune-2022-01-11-geneva-ukrainian-minnesotans"] = [
 ("Every time there is another meeting, I tell myself it buys us one more week,", "halyna-petrenko", 1, "Petrenko", "", "", 1, "2022-01-10"),
 ("Deputy Secretary of State Wendy Sherman, who led the U.S. delegation, told reporters on a call afterward that Washington had pushed back firmly on proposals that were \"simply non-starters\" and would not allow anyone to slam shut NATO's door to new members.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("She said the United States was willing to discuss, on a reciprocal basis, where missiles could be placed in Europe and how to limit the size and scope of military exercises, a far narrower agenda than the one Moscow put on the table in December.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("She said the United States was willing to discuss, on a reciprocal basis, where missiles could be placed in Europe and how to limit the size and scope of military exercises, a far narrower agenda than the one Moscow put on the table in December.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("For us it is absolutely mandatory that Ukraine never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("He said Russia needed guarantees that were \"legally binding,\" not promises, and that NATO had to stop moving toward Russia's borders.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 ("He said Russia needed guarantees that were \"legally binding,\" not promises, and that NATO had to stop moving toward Russia's borders.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-10"),
 ("cannot be allowed to decide which countries get to join NATO.", "amy-klobuchar", 1, "Amy Klobuchar", "nato-open-door", "supports", 1, "2022-01-10"),
]
L["thehindu-2022-01-13-nato-russia-council-brussels"] = [
 ("Russia does not have a veto on whether Ukraine can become a NATO member. That is for Ukraine and the 30 allies to decide.", "jens-stoltenberg", 1, "Mr. Stoltenberg", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Russia does not have a veto on whether Ukraine can become a NATO member. That is for Ukraine and the 30 allies to decide.", "jens-stoltenberg", 1, "Mr. Stoltenberg", "no-ukraine-membership", "rejects", 1, "2022-01-12"),
 ("He said the allies were ready to hold talks on arms control, including limits on missiles in Europe, and on reopening channels of military-to-military communication to reduce the risk of incidents, but that Russia had not agreed to a date for a further meeting.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("He said the allies were ready to hold talks on arms control, including limits on missiles in Europe, and on reopening channels of military-to-military communication to reduce the risk of incidents, but that Russia had not agreed to a date for a further meeting.", "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-12"),
 ("At a separate press conference on Wednesday, Mr. Grushko said the \"open door\" principle could not be allowed to override the security interests of other states.", "alexander-grushko", 1, "Mr. Grushko", "nato-open-door", "rejects", 0, "2022-01-12"),
 ("We told our NATO colleagues plainly that the Bucharest formula on Ukraine and Georgia must be disavowed, and that the alliance must stop pulling these countries into its orbit,", "alexander-grushko", 1, "he", "rescind-bucharest-2008", "supports", 1, "2022-01-12"),
 ("We told our NATO colleagues plainly that the Bucharest formula on Ukraine and Georgia must be disavowed, and that the alliance must stop pulling these countries into its orbit,", "alexander-grushko", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("Mr. Fomin, speaking alongside him, said NATO warships and reconnaissance aircraft operating close to Russia's borders in the Black Sea and the Baltic had caused dangerous encounters, and that such flights and patrols had to be moved further away.", "alexander-fomin", 1, "Mr. Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("We believe that the issues can be resolved through sustained diplomatic dialogue, and we would urge all sides to avoid steps that raise tensions,", "arindam-bagchi", 1, "he", "", "", 1, "2022-01-13"),
]
L["dailysabah-2022-01-14-osce-vienna-permanent-council"] = [
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Russia's permanent representative to the OSCE, Alexander Lukashevich, told reporters after the session that Moscow would not be satisfied with \"promises and declarations\" and wanted its security guarantees set down in a legally binding document.", "alexander-lukashevich", 1, "Alexander Lukashevich", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("He also demanded an end to what he called the \"military development\" of Ukraine by NATO countries, including weapons deliveries and the presence of Western military instructors.", "alexander-lukashevich", 1, "He", "no-military-activity-ex-soviet", "supports", 0, "2022-01-13"),
 ("Russia has a simple choice: pull back the troops it has massed on Ukraine's border, or face a united and very costly response,", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("Our Euro-Atlantic choice is not something Russia can negotiate away with anyone,", "yevhenii-tsymbaliuk", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("Our Euro-Atlantic choice is not something Russia can negotiate away with anyone,", "yevhenii-tsymbaliuk", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Turkey supported NATO's open-door policy, Çavuşoğlu said, but the alliance should \"also listen to Russia's concerns\" and avoid steps that would deepen the crisis.", "mevlut-cavusoglu", 1, "Çavuşoğlu", "nato-open-door", "supports", 0, "2022-01-13"),
]
L["vesti-2022-02-01-putin-orban-security-guarantees"] = [
 ("It is already clear that the principal Russian concerns have been ignored. We did not see adequate consideration of our three key demands concerning the prevention of NATO expansion, the refusal of deployment of shock weapon systems near the Russian borders, and the returning of the military potential and infrastructure of the block in Europe to the condition of 1997, when the Founding act Russia – NATO was signed", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-01"),
 ("It is already clear that the principal Russian concerns have been ignored. We did not see adequate consideration of our three key demands concerning the prevention of NATO expansion, the refusal of deployment of shock weapon systems near the Russian borders, and the returning of the military potential and infrastructure of the block in Europe to the condition of 1997, when the Founding act Russia – NATO was signed", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-01"),
 ("It is already clear that the principal Russian concerns have been ignored. We did not see adequate consideration of our three key demands concerning the prevention of NATO expansion, the refusal of deployment of shock weapon systems near the Russian borders, and the returning of the military potential and infrastructure of the block in Europe to the condition of 1997, when the Founding act Russia – NATO was signed", "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 1, "2022-02-01"),
 ("But it is impossible to strengthen own security at the expense of the security of other states. Where is this principle in the answers? We do not see it", "vladimir-putin", 1, "the President", "nato-open-door", "rejects", 1, "2022-02-01"),
 ("I hope that in the end we will find this decision, though we understand that it is not simple", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-01"),
 ("I think that the agreement which will suit everyone is possible, and Hungary is interested in it", "viktor-orban", 1, "the Hungarian prime minister", "", "", 1, "2022-02-01"),
 ("The President needs not assurances but the legally fixed obligations, this is the essence of our proposals", "dmitry-peskov", 1, "Peskov", "written-legal-guarantees", "supports", 1, "2022-02-01"),
 ("We will not allow them to sweep this question under the carpet. Each of them must answer in its own name", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-28"),
]
L["balkaninsight-2022-01-27-milanovic-nato-ukraine"] = [
 ("Croatia's government on Wednesday distanced itself from President Zoran Milanovic, a day after he said Ukraine “does not belong in NATO” and that Croatia would withdraw its soldiers from NATO deployments in Eastern Europe if the crisis escalated into war.", "zoran-milanovic", 1, "he", "no-ukraine-membership", "supports", 0, "2022-01-25"),
 ("This has nothing to do with Ukraine or with Russia. It has to do with the dynamics of American domestic politics,", "zoran-milanovic", 1, "Milanovic", "", "", 1, "2022-01-25"),
 ("Croatia respects Ukraine's right to decide on its own alliances and will honour its obligations to NATO allies, the prime minister said.", "andrej-plenkovic", 1, "the prime minister", "nato-open-door", "supports", 0, "2022-01-25"),
 ("Croatia respects Ukraine's right to decide on its own alliances and will honour its obligations to NATO allies, the prime minister said.", "andrej-plenkovic", 1, "the prime minister", "no-ukraine-membership", "rejects", 0, "2022-01-25"),
 ("We make clear that there are core principles that we are committed to uphold, including the right of every country to choose its own security arrangements and alliances,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("In Moscow, Foreign Minister Sergei Lavrov said on Thursday that the answers contained “no positive response” on the main question – Moscow's demand that NATO not expand further east and not deploy strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("In Moscow, Foreign Minister Sergei Lavrov said on Thursday that the answers contained “no positive response” on the main question – Moscow's demand that NATO not expand further east and not deploy strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 0, "2022-01-27"),
 ("Moscow Wants NATO Pulled Back to 1997 Lines", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]
L["bundesregierung-2022-02-15-scholz-putin-press-conference"] = [
 ("Our key demands, namely no further eastward expansion of NATO and no deployment of strike weapons systems near Russia's borders, have unfortunately been left without a constructive response.", "vladimir-putin", 1, "PRESIDENT PUTIN", "nato-non-expansion", "supports", 1, "2022-02-15"),
 ("Our key demands, namely no further eastward expansion of NATO and no deployment of strike weapons systems near Russia's borders, have unfortunately been left without a constructive response.", "vladimir-putin", 1, "PRESIDENT PUTIN", "no-strike-weapons-near-borders", "supports", 1, "2022-02-15"),
 ("Deploying more than 100,000 soldiers on Ukraine's borders is a threat, and we therefore expect clear steps of de-escalation.", "olaf-scholz", 1, "FEDERAL CHANCELLOR SCHOLZ", "russia-de-escalation", "supports", 1, "2022-02-15"),
 ("As for NATO membership, everyone knows that the question of Ukraine joining is not on the agenda. It is somewhat strange that the Russian government is making a big issue of something that is not on the agenda.", "olaf-scholz", 1, "FEDERAL CHANCELLOR SCHOLZ", "no-ukraine-membership", "mentions", 1, "2022-02-15"),
 ("But the principle that every state can freely choose its alliances is not up for negotiation, and we will not give it up.", "olaf-scholz", 1, "FEDERAL CHANCELLOR SCHOLZ", "nato-open-door", "supports", 1, "2022-02-15"),
 ("Where and how our troops are stationed on our own territory is for us to decide, and it threatens no one.", "vladimir-putin", 1, "PRESIDENT PUTIN", "russia-de-escalation", "rejects", 1, "2022-02-15"),
 ("As for the idea, floated in some capitals, of a moratorium on Ukraine's membership: we are told that Ukraine will not join NATO tomorrow. So when will it join, the day after tomorrow? What changes for us? That is why we want this question resolved now, in the form of legally binding guarantees, not verbal promises or moratoriums.", "vladimir-putin", 1, "PRESIDENT PUTIN", "no-ukraine-membership", "supports", 1, "2022-02-15"),
 ("That is why we want this question resolved now, in the form of legally binding guarantees, not verbal promises or moratoriums.", "vladimir-putin", 1, "PRESIDENT PUTIN", "written-legal-guarantees", "supports", 1, "2022-02-15"),
 ("We have agreed with our allies that there would be far-reaching consequences in the event of military aggression against Ukraine. Everything is on the table, and I will not go into details here. I am convinced that the possibilities of diplomacy are far from exhausted.", "olaf-scholz", 1, "FEDERAL CHANCELLOR SCHOLZ", "", "", 1, "2022-02-15"),
]
L["reuters-2021-12-18-factbox-reactions-russia-drafts"] = [
 ("Among other things, the drafts would commit both sides to keep warships and aircraft out of areas from which they could strike each other's territory, to limit military exercises near the borders and to resume regular military-to-military dialogue.", "russia", 0, "the drafts", "no-warships-aircraft-in-strike-range", "supports", 0, "2021-12-17"),
 ("Among other things, the drafts would commit both sides to keep warships and aircraft out of areas from which they could strike each other's territory, to limit military exercises near the borders and to resume regular military-to-military dialogue.", "russia", 0, "the drafts", "limit-military-exercises", "supports", 0, "2021-12-17"),
 ("Among other things, the drafts would commit both sides to keep warships and aircraft out of areas from which they could strike each other's territory, to limit military exercises near the borders and to resume regular military-to-military dialogue.", "russia", 0, "the drafts", "resume-military-dialogue", "supports", 0, "2021-12-17"),
 ("without any preconditions and without drowning our proposals in endless consultations.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-preconditions", "supports", 1, "2021-12-17"),
 ("Kremlin spokesman Dmitry Peskov said on Friday that President Vladimir Putin regarded the \"military development\" of Ukraine by NATO countries, including arms deliveries and training missions, as crossing Russia's red lines.", "dmitry-peskov", 1, "Dmitry Peskov", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("A senior administration official told reporters on Friday that the United States was prepared to discuss Russia's concerns about missile deployments in Europe, but that some of the proposals were \"unacceptable\" and Moscow knew it.", "united-states", 0, "A senior administration official", "no-intermediate-range-missiles", "mentions", 0, "2021-12-17"),
 ("The decision of the 2008 Bucharest summit that Georgia will become a member of NATO remains in force, and no third country has a veto over it,", "david-zalkaliani", 1, "David Zalkaliani", "rescind-bucharest-2008", "rejects", 1, "2021-12-17"),
 ("The decision of the 2008 Bucharest summit that Georgia will become a member of NATO remains in force, and no third country has a veto over it,", "david-zalkaliani", 1, "David Zalkaliani", "no-ukraine-membership", "rejects", 1, "2021-12-17"),
 ("The decision of the 2008 Bucharest summit that Georgia will become a member of NATO remains in force, and no third country has a veto over it,", "david-zalkaliani", 1, "David Zalkaliani", "nato-open-door", "supports", 1, "2021-12-17"),
 ("The presence of allied troops on NATO's eastern flank is not up for negotiation with Moscow, and it will not be bargained away over our heads.", "marcin-przydacz", 1, "Marcin Przydacz", "rollback-to-1997", "rejects", 1, "2021-12-18"),
]

write_gold(L, "articles-18", "gold-18")
