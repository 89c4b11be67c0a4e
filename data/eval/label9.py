#!/usr/bin/env python3
"""Writes the ninth held-out gold (gold-9/*.nq) from the labels below.

Batch 9 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor batches 4-8.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["afp-2022-02-07-macron-putin-moscow"] = [
 ("Our main concerns, the non-expansion of NATO and the renunciation of strike systems near Russian borders, have simply been ignored,", "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 1, "2022-02-07"),
 ("Our main concerns, the non-expansion of NATO and the renunciation of strike systems near Russian borders, have simply been ignored,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2022-02-07"),
 ("The Russian leader warned that if Ukraine joined the alliance and then tried to take back Crimea by force, European countries would be drawn automatically into a war with Russia.", "vladimir-putin", 1, "The Russian leader", "no-ukraine-membership", "supports", 0, "2022-02-07"),
 ("If Ukraine is in NATO and decides to return Crimea by military means, do you want France to go to war with Russia?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, "2022-02-07"),
 ("Every European state must remain free to choose its alliances, and that includes Ukraine,", "emmanuel-macron", 1, "he", "nato-open-door", "supports", 1, "2022-02-07"),
 ("Every European state must remain free to choose its alliances, and that includes Ukraine,", "emmanuel-macron", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-02-07"),
 ("with the will to avoid war and to build elements of trust", "emmanuel-macron", 1, "The French president", "", "", 1, "2022-02-07"),
 ("The French president said he had come \"with the will to avoid war and to build elements of trust\", and that the tens of thousands of Russian troops massed near Ukraine's borders had to be pulled back before any lasting arrangement was possible.", "emmanuel-macron", 1, "The French president", "russia-de-escalation", "supports", 0, "2022-02-07"),
 ("could well serve as a basis for further joint steps", "vladimir-putin", 1, "Putin", "", "", 1, "2022-02-07"),
 ("Moscow wants a signed promise that NATO will stop where it is, and no French president can give that,", "julien-marchal", 1, "Julien Marchal", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow wants a signed promise that NATO will stop where it is, and no French president can give that,", "julien-marchal", 1, "Julien Marchal", "written-legal-guarantees", "mentions", 1, ""),
]
L["ria-2022-02-02-zakharova-lavrov-letter"] = [
 ("No one has the right to read these commitments selectively, seeing in them only the freedom to choose alliances,", "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("We expect a concrete answer given on behalf of each national government, not a collective reply from NATO or the EU.", "sergei-lavrov", 1, "the minister", "", "", 1, "2022-01-28"),
 ("In the letter, Lavrov also repeated Moscow's demand that NATO withdraw the forces and weapons it has deployed since 1997 in the countries that joined it afterwards.", "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("The letter is not an exercise in rhetoric,", "maria-zakharova", 1, "Zakharova", "", "", 1, "2022-02-02"),
 ("Without a legally binding guarantee that NATO will not move further east, there can be no indivisible security in Europe.", "maria-zakharova", 1, "Zakharova", "written-legal-guarantees", "supports", 1, "2022-02-02"),
 ("Without a legally binding guarantee that NATO will not move further east, there can be no indivisible security in Europe.", "maria-zakharova", 1, "Zakharova", "nato-non-expansion", "supports", 1, "2022-02-02"),
 ("Asked by RIA Novosti about the 2008 Bucharest summit, the diplomat said the promise of membership given there to Kyiv and Tbilisi had to be formally disavowed.", "maria-zakharova", 1, "the diplomat", "rescind-bucharest-2008", "supports", 0, "2022-02-02"),
 ("NATO must stop turning Ukraine into a training ground for its instructors and its weapons,", "maria-zakharova", 1, "she", "no-military-activity-ex-soviet", "supports", 1, "2022-02-02"),
]
L["guardian-2022-02-01-johnson-kyiv-wallace"] = [
 ("Boris Johnson has urged Vladimir Putin to “step back from the brink”, warning on a visit to Kyiv on Tuesday that a Russian invasion of Ukraine would be “a political, humanitarian and military disaster”.", "boris-johnson", 1, "Boris Johnson", "russia-de-escalation", "supports", 0, "2022-02-01"),
 ("It is for the people of Ukraine, and nobody else, to decide whether they want to join Nato. That is not a matter on which Moscow gets a say.", "boris-johnson", 1, "the prime minister", "nato-open-door", "supports", 1, "2022-02-01"),
 ("It is for the people of Ukraine, and nobody else, to decide whether they want to join Nato. That is not a matter on which Moscow gets a say.", "boris-johnson", 1, "the prime minister", "no-ukraine-membership", "rejects", 1, "2022-02-01"),
 ("vital that Russia pulls back and chooses the path of diplomacy", "boris-johnson", 1, "He", "russia-de-escalation", "supports", 1, "2022-02-01"),
 ("We will not let Russia redraw the map of Europe or put a veto on who joins Nato.", "liz-truss", 1, "Liz Truss", "nato-open-door", "supports", 1, "2022-01-31"),
 ("nowhere to hide for those who prop up the Kremlin", "liz-truss", 1, "she", "", "", 1, "2022-01-31"),
 ("Ben Wallace, the defence secretary, on Monday dismissed as “fantasy” Moscow’s demand that Nato pull its forces out of the countries that joined after 1997, saying the British-led battlegroup in Estonia would stay.", "ben-wallace", 1, "Ben Wallace", "rollback-to-1997", "rejects", 0, "2022-01-31"),
 ("Defence ministers talking to each other is how you avoid miscalculation, and I have offered to go to Moscow to do exactly that.", "ben-wallace", 1, "Wallace", "resume-military-dialogue", "supports", 1, "2022-01-31"),
]
L["ap-2022-01-13-sullivan-briefing"] = [
 ("The United States is ready to negotiate with Russia over where missiles can be placed in Europe and over limits on military exercises, but it will not bargain away NATO's policy of admitting new members, White House national security adviser Jake Sullivan said Thursday.", "jake-sullivan", 1, "Jake Sullivan", "no-intermediate-range-missiles", "mentions", 0, "2022-01-13"),
 ("The United States is ready to negotiate with Russia over where missiles can be placed in Europe and over limits on military exercises, but it will not bargain away NATO's policy of admitting new members, White House national security adviser Jake Sullivan said Thursday.", "jake-sullivan", 1, "Jake Sullivan", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 ("The United States is ready to negotiate with Russia over where missiles can be placed in Europe and over limits on military exercises, but it will not bargain away NATO's policy of admitting new members, White House national security adviser Jake Sullivan said Thursday.", "jake-sullivan", 1, "Jake Sullivan", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We are not going to negotiate over the heads of our European allies, and we are not going to slam NATO's door shut,", "jake-sullivan", 1, "Sullivan", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Russia has a choice to make: de-escalate and pull back its forces, or face consequences it has not seen before,", "jake-sullivan", 1, "Sullivan", "russia-de-escalation", "supports", 1, "2022-01-13"),
 ("No. That is a decision for Ukraine and for the 30 allies, not for Russia,", "jake-sullivan", 1, "he", "no-ukraine-membership", "rejects", 1, "2022-01-13"),
 ("No. That is a decision for Ukraine and for the 30 allies, not for Russia,", "jake-sullivan", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("Speaking to RTVI television, he said Moscow still insisted that U.S. warships and bombers keep out of areas from which they could strike Russian territory.", "sergei-ryabkov", 1, "he", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-13"),
]
L["up-2021-12-17-kuleba-draft-treaties"] = [
 ("Foreign Minister of Ukraine Dmytro Kuleba said on Friday that nobody except Ukraine and the NATO member states can decide whether Ukraine will join the Alliance, commenting on the draft documents the Russian Foreign Ministry published earlier in the day.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, "2021-12-17"),
 ("Foreign Minister of Ukraine Dmytro Kuleba said on Friday that nobody except Ukraine and the NATO member states can decide whether Ukraine will join the Alliance, commenting on the draft documents the Russian Foreign Ministry published earlier in the day.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, "2021-12-17"),
 ("Russia can put anything it likes on paper, but it will never get a veto over who Ukraine chooses as its allies,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, "2021-12-17"),
 ("Under the draft treaty with the United States, according to the Russian Foreign Ministry, NATO countries would renounce any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("Our defence cooperation with the United States, the United Kingdom and Canada is not a subject for talks between the Kremlin and Washington,", "dmytro-kuleba", 1, "he", "no-military-activity-ex-soviet", "rejects", 1, "2021-12-17"),
 ("The minister also dismissed Moscow's demand to revoke the decision of the 2008 Bucharest summit, at which Ukraine and Georgia were told they would one day become members, calling it \"an attempt to rewrite history\".", "dmytro-kuleba", 1, "The minister", "rescind-bucharest-2008", "rejects", 0, "2021-12-17"),
 ("The best guarantee of security in Europe is for Russia to withdraw its troops from our borders and stop its aggression,", "dmytro-kuleba", 1, "he", "russia-de-escalation", "supports", 1, "2021-12-17"),
 ("the Russian side has once again chosen the language of ultimatums instead of diplomacy", "oleg-nikolenko", 1, "Oleg Nikolenko", "", "", 1, ""),
]
L["aggregator-2022-02-09-wang-wenbin-nato"] = [
 ("NATO is the product of the Cold war, it must abandon the ideological prejudices and must not expand further to the east", "wang-wenbin", 1, "Wang Wenbin", "nato-non-expansion", "supports", 1, "2022-02-08"),
 ("According to the diplomat, the security of one country cannot be ensured at the expense of the security of other countries, and the regional security cannot be guaranteed by the strengthening or even expansion of the military blocs.", "wang-wenbin", 1, "the diplomat", "nato-non-expansion", "supports", 0, "2022-02-08"),
 ("China always supported the settlement of the disagreements through the dialogue and consultations", "wang-wenbin", 1, "he", "", "", 1, "2022-02-08"),
 ("In the joint statement accepted on 4 February in Beijing, Russia and China opposed the further enlargement of NATO and called the North Atlantic alliance to refuse the ideologised approaches of the cold war epoch.", "russia", 0, "Russia", "nato-non-expansion", "supports", 0, "2022-02-04"),
 ("In the joint statement accepted on 4 February in Beijing, Russia and China opposed the further enlargement of NATO and called the North Atlantic alliance to refuse the ideologised approaches of the cold war epoch.", "china", 0, "China", "nato-non-expansion", "supports", 0, "2022-02-04"),
 ("Meanwhile the deputy minister of foreign affairs of Russia Sergei Ryabkov on Wednesday has declared, that Moscow does not refuse the dialogue about the missiles of medium and shorter range, but only as part of the package.", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-02-09"),
 ("Without the answer about the non-expansion of NATO, on the principal questions, there will be no progress", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-02-09"),
]

write_gold(L, "articles-9", "gold-9")
