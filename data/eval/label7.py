#!/usr/bin/env python3
"""Writes the seventh held-out gold (gold-7/*.nq) from the labels below.

Batch 7 was written and labelled before the extractor ever ran on it, by a
writer who had seen neither the extractor's code, its lexicon, batches 4-6
nor any earlier first-run score; it is run once, at the end of round 6, to
give the honest unseen number.

The labels were written by hand, from reading the articles. Each label names
its evidence by a unique substring of the article; this script only turns it
into code-point offsets (into the whole file, BOM and front matter included)
and N-Quads.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}
L["cnn-2022-02-02-pentagon-troops-poland-romania"] = [
 ("These are not permanent moves, and these troops are not going to fight in Ukraine,", "john-kirby", 1, "Kirby", "", "", 1, "2022-02-02"),
 ("What we have seen over the last 24 hours is that Mr. Putin continues to add forces, not only in western Russia but in Belarus as well. We want to see him de-escalate, and we want to see him choose diplomacy,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, "2022-02-02"),
 ("Kirby replied that Russia did not get to decide where American troops are based in allied nations.", "john-kirby", 1, "Kirby", "rollback-to-1997", "rejects", 0, "2022-02-02"),
 ("He also said the Pentagon would welcome a resumption of regular military-to-military contacts with Moscow, which have been largely frozen for months.", "john-kirby", 1, "Kirby", "resume-military-dialogue", "supports", 0, "2022-02-02"),
 ("We remain ready to talk with Russia about reciprocal limits on exercises and about missile deployments in Europe,", "lloyd-austin", 1, "Austin", "limit-military-exercises", "mentions", 1, "2022-01-28"),
 ("We remain ready to talk with Russia about reciprocal limits on exercises and about missile deployments in Europe,", "lloyd-austin", 1, "Austin", "no-intermediate-range-missiles", "mentions", 1, "2022-01-28"),
 ("We are not going to negotiate NATO's open-door policy with Moscow.", "lloyd-austin", 1, "Austin", "nato-open-door", "supports", 1, "2022-01-28"),
]
L["tass-2022-01-28-rudenko-ryabkov-nato"] = [
 ("Moscow expects Washington and NATO to give a clear answer to its demand that Ukraine never join the North Atlantic Alliance, Russian Deputy Foreign Minister Andrei Rudenko told TASS on Friday.", "andrei-rudenko", 1, "Andrei Rudenko", "no-ukraine-membership", "supports", 0, "2022-01-28"),
 ("The non-accession of Ukraine to NATO is a key element for us, and the written answers we received on Wednesday do not close this question,", "andrei-rudenko", 1, "the diplomat", "no-ukraine-membership", "supports", 1, "2022-01-28"),
 ("The decision of the Bucharest summit of 2008 that Ukraine and Georgia will become members of NATO must be disavowed,", "andrei-rudenko", 1, "Rudenko", "rescind-bucharest-2008", "supports", 1, "2022-01-28"),
 ("According to Rudenko, Moscow also insists that NATO countries stop their military cooperation with Ukraine, Georgia and Moldova, including arms supplies and the training of their armed forces.", "andrei-rudenko", 1, "Rudenko", "no-military-activity-ex-soviet", "supports", 0, "2022-01-28"),
 ("The so-called open door policy is not a law of nature, and it cannot be used to ignore the security of others,", "andrei-rudenko", 1, "the deputy minister", "nato-open-door", "rejects", 1, "2022-01-28"),
 ("We do not need a moratorium, we need legally binding guarantees,", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-27"),
 ("There is no answer on the central issue of NATO's non-expansion, said Ryabkov, adding that the documents nevertheless contain elements on which a serious conversation is possible, including intermediate-range missiles.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-27"),
 ("There is no answer on the central issue of NATO's non-expansion, said Ryabkov, adding that the documents nevertheless contain elements on which a serious conversation is possible, including intermediate-range missiles.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, "2022-01-27"),
 ("We will study the answers carefully and report to the leadership of the country,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, "2022-01-27"),
]
L["politico-2022-01-24-eu-ministers-borrell-baerbock"] = [
 ("Speaking after the meeting, EU foreign policy chief Josep Borrell said the bloc rejected Moscow's demand to freeze NATO enlargement.", "josep-borrell", 1, "Josep Borrell", "nato-non-expansion", "rejects", 0, "2022-01-24"),
 ("The ball is in Russia's court. Moscow has to de-escalate and pull back the troops it has concentrated on Ukraine's border,", "josep-borrell", 1, "Borrell", "russia-de-escalation", "supports", 1, "2022-01-24"),
 ("The best answer to Russia is unity, and today we showed it,", "josep-borrell", 1, "Borrell", "", "", 1, "2022-01-24"),
 ("We are ready for serious talks with Russia about security in Europe,", "annalena-baerbock", 1, "Annalena Baerbock", "", "", 1, "2022-01-24"),
 ("but no one in Moscow gets to decide which alliances their neighbours may join.", "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 1, "2022-01-24"),
 ("Baerbock said Berlin was prepared to discuss arms control and greater transparency around military exercises in the NATO-Russia Council, provided Russia showed up.", "annalena-baerbock", 1, "Baerbock", "limit-military-exercises", "mentions", 0, "2022-01-24"),
 ("An EU official, who was not authorized to speak on the record, said several ministers wanted any negotiation on intermediate-range missiles and on the scale of military exercises to include Europeans, since “it is our territory.”", "european-union", 0, "An EU official", "no-intermediate-range-missiles", "mentions", 0, "2022-01-24"),
 ("An EU official, who was not authorized to speak on the record, said several ministers wanted any negotiation on intermediate-range missiles and on the scale of military exercises to include Europeans, since “it is our territory.”", "european-union", 0, "An EU official", "limit-military-exercises", "mentions", 0, "2022-01-24"),
]
# Analysts (README, "Convention: analysts"): Lavrinenko (Moscow) leans to
# Russia, Hollis (Washington) to the West; attributions to an actor and
# forecasts are mentions; neither gives the day they spoke.
L["almonitor-2022-01-09-geneva-analysts"] = [
 ("The Kremlin's main demand is that NATO stop expanding and that this be written into a treaty, not a communique,", "yegor-lavrinenko", 1, "Yegor Lavrinenko", "nato-non-expansion", "mentions", 1, ""),
 ("The Kremlin's main demand is that NATO stop expanding and that this be written into a treaty, not a communique,", "yegor-lavrinenko", 1, "Yegor Lavrinenko", "written-legal-guarantees", "mentions", 1, ""),
 ("Lavrinenko expects Moscow to show more flexibility on the size of military drills than on enlargement.", "yegor-lavrinenko", 1, "Lavrinenko", "limit-military-exercises", "mentions", 0, ""),
 ("Lavrinenko expects Moscow to show more flexibility on the size of military drills than on enlargement.", "yegor-lavrinenko", 1, "Lavrinenko", "nato-non-expansion", "mentions", 0, ""),
 ("Frankly, the West has to stop pretending that NATO's infrastructure in Romania and Poland is harmless. It must go back to where it was in 1997,", "yegor-lavrinenko", 1, "Lavrinenko", "rollback-to-1997", "supports", 1, ""),
 ("The best we can hope for on Monday is an agreement to meet again,", "yegor-lavrinenko", 1, "Lavrinenko", "", "", 1, ""),
 ("Washington cannot give Moscow a veto over who joins the alliance. That is simply not on the table,", "margaret-hollis", 1, "Hollis", "nato-open-door", "supports", 1, ""),
 ("She expects the American side to propose reviving the military-to-military channels that were cut after 2014 and to offer talks on where intermediate-range missiles may be placed.", "margaret-hollis", 1, "Hollis", "resume-military-dialogue", "mentions", 0, ""),
 ("She expects the American side to propose reviving the military-to-military channels that were cut after 2014 and to offer talks on where intermediate-range missiles may be placed.", "margaret-hollis", 1, "Hollis", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Banning our warships and bombers from anywhere they could reach Russian territory would push the US Navy out of the Black Sea and the Baltic. It's a nonstarter,", "margaret-hollis", 1, "Hollis", "no-warships-aircraft-in-strike-range", "rejects", 1, ""),
]
L["wire-2022-01-28-putin-macron-call"] = [
 ("President Vladimir Putin told French President Emmanuel Macron on Friday that Russia needed security guarantees that were legally binding and that the written replies from Washington and NATO had not provided them, the Kremlin said in a statement.", "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, "2022-01-28"),
 ("According to the readout, the Russian leader said the United States and the alliance had sidestepped the key questions: stopping NATO's expansion, keeping strike weapons away from Russia's borders and rolling the alliance's military infrastructure back to its 1997 positions.", "vladimir-putin", 1, "the Russian leader", "nato-non-expansion", "supports", 0, "2022-01-28"),
 ("According to the readout, the Russian leader said the United States and the alliance had sidestepped the key questions: stopping NATO's expansion, keeping strike weapons away from Russia's borders and rolling the alliance's military infrastructure back to its 1997 positions.", "vladimir-putin", 1, "the Russian leader", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("According to the readout, the Russian leader said the United States and the alliance had sidestepped the key questions: stopping NATO's expansion, keeping strike weapons away from Russia's borders and rolling the alliance's military infrastructure back to its 1997 positions.", "vladimir-putin", 1, "the Russian leader", "rollback-to-1997", "supports", 0, "2022-01-28"),
 ("will carefully study the answers received before deciding on further actions,", "vladimir-putin", 1, "Putin", "", "", 1, "2022-01-28"),
 ("Macron told Putin that France was attached to the sovereignty of Ukraine and to the principle that every European nation is free to choose its alliances, the French presidency said.", "emmanuel-macron", 1, "Macron", "nato-open-door", "supports", 0, "2022-01-28"),
 ("Macron also called for the Russian forces massed near Ukraine's border to be pulled back, the Elysee added, saying the two leaders had agreed to keep working through the Normandy format with Ukraine and Germany.", "emmanuel-macron", 1, "Macron", "russia-de-escalation", "supports", 0, "2022-01-28"),
]
L["aggregator-2022-02-04-lavrov-mongolia-press"] = [
 ("The minister of the foreign affairs of Russia Sergei Lavrov at the press conference following the negotiations with the Minister of Foreign Affairs of Mongolia Batmunkh Battsetseg in Moscow on Thursday has declared, that the western answers to the Russian proposals on the security guarantees do not contain reaction on the main question - the non-expansion of NATO to the east.", "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 0, "2022-02-03"),
 ("The position of Russia is known, we need the legally binding guarantees that NATO will not move further to the east and will not deploy the strike weapon systems near our borders,", "sergei-lavrov", 1, "the head of the Russian diplomacy", "written-legal-guarantees", "supports", 1, "2022-02-03"),
 ("The position of Russia is known, we need the legally binding guarantees that NATO will not move further to the east and will not deploy the strike weapon systems near our borders,", "sergei-lavrov", 1, "the head of the Russian diplomacy", "nato-non-expansion", "supports", 1, "2022-02-03"),
 ("The position of Russia is known, we need the legally binding guarantees that NATO will not move further to the east and will not deploy the strike weapon systems near our borders,", "sergei-lavrov", 1, "the head of the Russian diplomacy", "no-strike-weapons-near-borders", "supports", 1, "2022-02-03"),
 ("According to him, the western colleagues again refer to the principle of the free choice of the alliances, but forget about the obligation not to strengthen own security at the expense of others.", "sergei-lavrov", 1, "him", "nato-open-door", "rejects", 0, "2022-02-03"),
 ("The policy of the open doors is not the dogma, and nobody gave to NATO the right to decide the questions of security of Europe at the expense of Russia,", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 1, "2022-02-03"),
 ("The minister also pointed out, that Moscow does not accept the attempts to put before Russia the preconditions for the dialogue, including the withdrawal of the troops from own territory.", "sergei-lavrov", 1, "The minister", "no-preconditions", "supports", 0, "2022-02-03"),
 ("The minister also pointed out, that Moscow does not accept the attempts to put before Russia the preconditions for the dialogue, including the withdrawal of the troops from own territory.", "sergei-lavrov", 1, "The minister", "russia-de-escalation", "rejects", 0, "2022-02-03"),
 ("We will not allow to drag out the discussion endlessly,", "sergei-lavrov", 1, "Lavrov", "", "", 1, "2022-02-03"),
 ("Mongolia highly values the traditional friendship and the good-neighbourly relations with Russia,", "batmunkh-battsetseg", 1, "the Mongolian minister", "", "", 1, "2022-02-03"),
]
L["un-2022-01-31-security-council-ukraine"] = [
 ("This is the largest mobilization of troops in Europe in decades. We are asking Russia to pull its forces back and return to the negotiating table,", "linda-thomas-greenfield", 1, "Linda Thomas-Greenfield", "russia-de-escalation", "supports", 1, "2022-01-31"),
 ("Thomas-Greenfield rejected Moscow's demand for a halt to NATO enlargement, saying that Ukraine, like every country in Europe, had the right to choose its own partners.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "nato-non-expansion", "rejects", 0, "2022-01-31"),
 ("Thomas-Greenfield rejected Moscow's demand for a halt to NATO enlargement, saying that Ukraine, like every country in Europe, had the right to choose its own partners.", "linda-thomas-greenfield", 1, "Thomas-Greenfield", "nato-open-door", "supports", 0, "2022-01-31"),
 ("There is no threat of an invasion, and where we deploy our troops on our own territory is nobody's business,", "vasily-nebenzya", 1, "Vasily Nebenzya", "russia-de-escalation", "rejects", 1, "2022-01-31"),
 ("Nebenzya said it was the West that was raising tensions, accusing the United States and its allies of pumping weapons and military instructors into Ukraine.", "vasily-nebenzya", 1, "Nebenzya", "no-military-activity-ex-soviet", "supports", 0, "2022-01-31"),
 ("The very discussion of a so-called threat of war is provocative in itself,", "vasily-nebenzya", 1, "Nebenzya", "", "", 1, "2022-01-31"),
 ("What is urgently needed now is quiet diplomacy, not megaphone diplomacy,", "zhang-jun", 1, "Zhang Jun", "", "", 1, "2022-01-31"),
 ("Zhang said the continued eastward expansion of NATO reflected a Cold War mentality and that Russia's legitimate security concerns should be taken seriously.", "zhang-jun", 1, "Zhang", "nato-non-expansion", "supports", 0, "2022-01-31"),
]
# An interview printed without labels: every answer paragraph is Duda's, direct.
DUDA_1 = "It is an important signal, and I thank President Biden for it. But let me say it clearly: the eastern flank must be strengthened, not weakened. We will never agree to Russia's demand that NATO withdraw its troops and infrastructure from the countries that joined after 1997. We are not second-class members of the alliance."
DUDA_2 = "No. The open door is the foundation of the alliance, and Poland itself walked through that door. Every nation, Ukraine and Georgia included, has the right to seek membership. In Bucharest in 2008 the allies promised them that they would become members. That promise has not expired, and nobody in Moscow can cancel it."
DUDA_3 = "Transparency about exercises, yes, we can talk about that, and about missiles too, as long as it is reciprocal. But Russia must also withdraw the troops it has gathered at the Ukrainian border."
DUDA_4 = "The base in Redzikowo is defensive, it threatens no one, and it will stay where it is."
DUDA_5 = "People are worried, of course, but I see no panic. We remember our history, and we know that we are safer today than ever before."
L["euractiv-2022-02-08-duda-interview"] = [
 (DUDA_1, "andrzej-duda", 1, "Andrzej Duda", "rollback-to-1997", "rejects", 1, "2022-02-07"),
 (DUDA_2, "andrzej-duda", 1, "Andrzej Duda", "nato-open-door", "supports", 1, "2022-02-07"),
 (DUDA_2, "andrzej-duda", 1, "Andrzej Duda", "no-ukraine-membership", "rejects", 1, "2022-02-07"),
 (DUDA_2, "andrzej-duda", 1, "Andrzej Duda", "rescind-bucharest-2008", "rejects", 1, "2022-02-07"),
 (DUDA_3, "andrzej-duda", 1, "Andrzej Duda", "limit-military-exercises", "mentions", 1, "2022-02-07"),
 (DUDA_3, "andrzej-duda", 1, "Andrzej Duda", "no-intermediate-range-missiles", "mentions", 1, "2022-02-07"),
 (DUDA_3, "andrzej-duda", 1, "Andrzej Duda", "russia-de-escalation", "supports", 1, "2022-02-07"),
 (DUDA_4, "andrzej-duda", 1, "Andrzej Duda", "no-strike-weapons-near-borders", "rejects", 1, "2022-02-07"),
 (DUDA_5, "andrzej-duda", 1, "Andrzej Duda", "", "", 1, "2022-02-07"),
]

write_gold(L, "articles-7", "gold-7")
