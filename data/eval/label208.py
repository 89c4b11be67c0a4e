#!/usr/bin/env python3
"""Writes the held-out gold of batch 208 (gold-208/*.nq) from the labels below.

Batch 208 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-26-us-delivers-written-reply: Reuters wire from Washington on the US
  written reply; front matter; quotation interrupted by "Blinken said", a quote fragment inside
  a reported Stoltenberg sentence, an analyst, anonymous US officials, Bucharest history with a
  Moscow demand in passing, crossheads in capitals.
- ap-2022-01-27-ukraine-welcomes-us-reply: AP story from Kyiv (no front matter, "Zelenskyy"
  spelling); Kuleba and Zelensky, demands listed in a narrator's sentence and then rejected by
  "those demands", a Zelensky quote via his office, Lavrov with Moscow's demand in passing,
  a resident and an analyst.
- bbc-2022-01-12-nato-russia-council-live: BBC live page on the NATO-Russia Council day, reverse
  chronological time stamps, summary bullets and crossheads (not labelled), present-tense
  "he says", unnamed "Nato diplomats", the 17 December drafts described by the correspondent.
- afp-2022-01-28-putin-macron-call: AFP report built on the Kremlin readout of the Putin-Macron
  call; readout list of demands, "indivisibility of security" (no demand), the Elysee and an
  anonymous French official, Lavrov on "secondary" issues, AFP crossheads with dashes.
- tass-2022-01-18-ryabkov-interview: TASS translated wire (UTF-8 BOM, CRLF), curly quotes,
  "the diplomat"/"the deputy minister", Baker-Gorbachev history, a denial of ultimatums,
  boilerplate on the draft agreements (document content, not labelled).
- bloomberg-2022-01-14-polish-deputy-minister-interview: Bloomberg TV transcript in Q/A form
  with an invented Polish deputy foreign minister; every answer paragraph is a quotation,
  questions carry demands but get no label.
- sky-2022-01-24-eu-ministers-brussels: Sky News from Brussels; standfirst, byline block,
  "Read more" links and an image caption (not labelled), an EU joint statement, an MEP,
  Peskov, the 1997 Founding Act quoted as a document, an anonymous EU diplomat.

Where a Moscow demand is attributed in passing inside another speaker's sentence or quotation,
the russia label takes the same evidence with direct 0 (Russia's own words are not quoted).

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence
is the words between the marks (punctuation inside kept), direct 1; a quotation interrupted by
"X said" is two spans; one running over two sentences is one span. In Q/A interviews and
transcripts each paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole sentence (dateline
excluded), direct 0. Stance by the speaker's own position; mentions when the speaker only reports
a demand, asks about it or offers to discuss it. A direct quotation of six or more words about
none of the demands gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words quoted from
documents, headlines, crossheads, standfirsts, captions and link lines are not labelled. A demand
attributed in passing to Moscow inside another speaker's sentence is also Russia's label (speaker
russia, not a person, supports; undated when no day is given). Dates are the day the words were
said, resolved against the publication date; "" when the text gives no day. Analysts and experts
(independent people) speak for themselves and have no side: they "support"/"reject" only when
they voice the demand in their own words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
lead = "The United States handed Russia its written response to Moscow's security proposals on Wednesday, and Secretary of State Antony Blinken said the document gave no ground on the Russian insistence that Ukraine be shut out of NATO for good."
wr = "The written answer, which Washington did not make public, laid out what Blinken described as concrete proposals for reciprocal limits on the deployment of intermediate-range missiles in Europe and for greater transparency about military exercises on both sides."
mil = "He said the United States was also prepared to discuss restoring the military-to-military channels with Moscow that have largely gone quiet in recent years."
rus = "Russia, which has massed more than 100,000 troops near Ukraine's borders, has demanded a legally binding promise that the Western alliance will not expand any further and that it pull forces and weapons back from the eastern European countries that joined after 1997."
st1 = 'In Brussels, NATO Secretary-General Jens Stoltenberg said the alliance had sent its own written proposals to Moscow in parallel, offering to talk about missile limits and notification of exercises, but not to abandon "the right of each nation to choose its own path".'
st2 = '"We cannot and will not compromise on the principles on which the security of our alliance and of Europe rests," Stoltenberg said, adding that allies had also called on Russia to pull back the forces it has deployed around Ukraine.'
buc = 'At a summit in Bucharest in 2008, NATO leaders declared that Ukraine and Georgia "will become members" of the alliance, without giving a timetable - a pledge that Moscow has long wanted withdrawn.'
ost = "Moscow asked for a veto over who joins NATO and for the clock to be turned back a quarter century. It was never going to get either, and the administration has now said so on paper."
ost2 = "Ostrander said the offers on missiles and exercises echoed proposals Washington had made to Moscow years ago, before the collapse of the Intermediate-Range Nuclear Forces Treaty in 2019."
L["reuters-2022-01-26-us-delivers-written-reply"] = [
 (lead, "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, D),
 (lead, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("There is no change, there will be no change, in our position that NATO's door is open and stays open.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 (wr, "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 (wr, "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 (mil, "antony-blinken", 1, "He", "resume-military-dialogue", "mentions", 0, D),
 (rus, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (rus, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (rus, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("We're not going to negotiate this in public, but we expect the Russians to read it carefully,", "ned-price", 1, "Ned Price", "", "", 1, D),
 (st1, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (st1, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("the right of each nation to choose its own path", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, D),
 ("We cannot and will not compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 (st2, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 (buc, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 ("The reply is a menu, not a capitulation,", "michael-ostrander", 1, "Michael Ostrander", "", "", 1, D),
 (ost, "michael-ostrander", 1, "Michael Ostrander", "nato-non-expansion", "mentions", 1, D),
 (ost, "michael-ostrander", 1, "Michael Ostrander", "rollback-to-1997", "mentions", 1, D),
 (ost, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (ost, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (ost2, "michael-ostrander", 1, "Ostrander", "no-intermediate-range-missiles", "mentions", 0, D),
 (ost2, "michael-ostrander", 1, "Ostrander", "limit-military-exercises", "mentions", 0, D),
 ("The administration kept faith with Kyiv, and that matters more than any single paragraph in the letter,", "carla-whitfield", 1, "Carla Whitfield", "", "", 1, D),
 ("areas where we think we can make progress", "united-states", 0, "U.S. officials", "", "", 1, D),
]

D = "2022-01-27"
ru = "The U.S. and NATO delivered separate written replies Wednesday to Russian demands that the alliance never admit Ukraine, halt deployments of weapons near Russian borders and roll back its forces from Eastern Europe."
us = "Washington and its allies have called those demands non-starters, while offering to talk about arms control and other confidence-building steps."
lav = 'Russian Foreign Minister Sergey Lavrov said Thursday the U.S. document contained "no positive answer" on the main question, Moscow\'s demand that the alliance stop moving eastward, although it could lay the groundwork for serious talks on "secondary issues."'
bo1 = "Taras Bondarchuk, an analyst at the Kyiv-based Center for Security Studies, said the U.S. refusal to trade away Ukraine's NATO hopes was welcome but should not be confused with an invitation."
bo2 = "Still, Bondarchuk said, the written reply had removed one fear that had haunted Kyiv since the Geneva talks earlier this month — that Washington might quietly agree to a freeze on expansion in exchange for a Russian pullback."
ku1 = "Kuleba also dismissed Russian complaints that Western weapons deliveries to Ukraine were provocative."
ku2 = "He said Ukraine would continue to receive defensive arms from its partners and that no one in Moscow could dictate what Ukraine's army keeps on its own territory."
L["ap-2022-01-27-ukraine-welcomes-us-reply"] = [
 ("The United States showed us its answer before it went to Moscow, and there are no objections from the Ukrainian side,", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, D),
 ("It is important that the door to NATO stays open, and this is said clearly.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, D),
 ("Ukraine's sovereign right, and only Ukrainians will make it,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (ru, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 (ru, "russia", 0, "Russian", "no-strike-weapons-near-borders", "supports", 0, ""),
 (ru, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 (us, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, ""),
 (us, "united-states", 0, "Washington", "no-strike-weapons-near-borders", "rejects", 0, ""),
 (us, "united-states", 0, "Washington", "rollback-to-1997", "rejects", 0, ""),
 ("The best guarantee of security in Europe today is very simple: Russia takes its troops back to where they came from,", "dmytro-kuleba", 1, "Kuleba", "russia-de-escalation", "supports", 1, D),
 ("there is always a prospect for continuing a dialogue.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, D),
 (lav, "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 (lav, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("We are stronger than we were in 2014. Our army is stronger. We do not need panic, we need unity,", "volodymyr-zelensky", 1, "he", "", "", 1, "2022-01-26"),
 ("any decisions about Ukraine's security must be taken with Ukraine at the table.", "volodymyr-zelensky", 1, "he", "", "", 1, D),
 ("I keep a bag packed by the door, but I don't believe Putin will really attack us,", "iryna-melnyk", 1, "Iryna Melnyk", "", "", 1, D),
 (bo1, "taras-bondarchuk", 1, "Taras Bondarchuk", "no-ukraine-membership", "mentions", 0, D),
 ("Kyiv wants more than a door left open. It wants to hear when it can walk through it,", "taras-bondarchuk", 1, "Bondarchuk", "nato-open-door", "mentions", 1, D),
 ("Right now nobody in Brussels is ready to say that.", "taras-bondarchuk", 1, "Bondarchuk", "nato-open-door", "mentions", 1, D),
 (bo2, "taras-bondarchuk", 1, "Bondarchuk", "nato-non-expansion", "mentions", 0, D),
 (bo2, "taras-bondarchuk", 1, "Bondarchuk", "russia-de-escalation", "mentions", 0, D),
 (ku1, "dmytro-kuleba", 1, "Kuleba", "no-military-activity-ex-soviet", "rejects", 0, D),
 (ku1, "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 (ku2, "dmytro-kuleba", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
]

D = "2022-01-12"
mar2 = 'She said the alliance\'s offer to discuss missile deployments was "not trivial" and could form the basis of a deal if Moscow wanted one.'
gr1 = "He says Moscow needs a legally binding halt to the alliance's eastward movement and that the Russian proposals must be seen as a single package, not a menu from which Nato can pick what it likes."
gr2 = 'He adds that Nato\'s military activity in Ukraine, Georgia and other former Soviet republics is a "direct threat" that Moscow "will not tolerate indefinitely".'
sto1 = "Mr Stoltenberg says allies told Russia they are ready for a series of meetings on arms control, including on missiles, and on greater transparency around military exercises."
sto4 = "Russia cannot have a veto over whether Ukraine becomes a Nato member. That is for Ukraine and the 30 allies to decide, nobody else,"
dr1 = "On 17 December Moscow published two draft treaties, in which it asked Washington to prevent any further eastward expansion of Nato and to refrain from military co-operation with former Soviet states that are not members of the alliance."
dr2 = "It also proposed that neither side should place intermediate-range missiles where they could reach the other's territory."
dip = "Nato diplomats tell me the alliance is willing to talk about missile deployments and exercise transparency, but that the idea of rolling back deployments in Poland and the Baltic states is a non-starter."
wel = "Russia wants a guarantee that Ukraine will never be admitted to the alliance and that Nato forces and weapons will be withdrawn from countries that joined after 1997."
nat = "Nato says the door to membership is open to any European democracy that qualifies - and that neither Moscow nor anyone else has a say in that."
L["bbc-2022-01-12-nato-russia-council-live"] = [
 ("Moscow has put maximalist demands on the table knowing that most of them will be refused,", "helena-marsh", 1, "Dr Helena Marsh", "", "", 1, D),
 ("The real question is what the Kremlin does with the refusal.", "helena-marsh", 1, "she", "", "", 1, D),
 (mar2, "helena-marsh", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We asked them plainly to de-escalate, to send those forces back to their barracks, and we did not get an answer,", "julianne-smith", 1, "she", "russia-de-escalation", "supports", 1, D),
 (gr1, "alexander-grushko", 1, "He", "nato-non-expansion", "supports", 0, D),
 (gr1, "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (gr1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (gr1, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("If Nato chooses the road of containment, we will answer with counter-containment. If it chooses deterrence, there will be counter-deterrence,", "alexander-grushko", 1, "Mr Grushko", "", "", 1, D),
 (gr2, "alexander-grushko", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 (gr2, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (sto1, "jens-stoltenberg", 1, "Mr Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (sto1, "jens-stoltenberg", 1, "Mr Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ("We will not accept a situation where we have first- and second-class members of Nato, where we are told we cannot defend the allies who joined after 1997,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 ("He also calls on Russia to pull back its troops from Ukraine's borders.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 (sto4, "jens-stoltenberg", 1, "the secretary general", "nato-open-door", "supports", 1, D),
 (sto4, "jens-stoltenberg", 1, "the secretary general", "no-ukraine-membership", "rejects", 1, D),
 ("There are significant differences between Nato allies and Russia on these issues. Our differences will not be easy to bridge,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 (dr1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (dr1, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (dr2, "russia", 0, "It", "no-intermediate-range-missiles", "supports", 0, "2021-12-17"),
 (dip, "nato", 0, "Nato diplomats", "no-intermediate-range-missiles", "mentions", 0, D),
 (dip, "nato", 0, "Nato diplomats", "limit-military-exercises", "mentions", 0, D),
 (dip, "nato", 0, "Nato diplomats", "rollback-to-1997", "rejects", 0, D),
 ("We need guarantees on paper, legally binding ones, not assurances on the margins of a meeting,", "dmitry-peskov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("by its results, not by its atmosphere", "dmitry-peskov", 1, "Mr Peskov", "", "", 1, D),
 ("We are not going to let anyone close Nato's door. We said that in Geneva, and we will say it again today.", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 (wel, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (wel, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (nat, "nato", 0, "Nato", "nato-open-door", "supports", 0, ""),
]

D = "2022-01-28"
rd = "According to the Kremlin readout, Putin noted that the US and NATO had ignored Russia's key demands: preventing the alliance's further expansion, refusing to deploy strike weapons systems near Russia's borders and returning the bloc's military capabilities and infrastructure in Europe to where they stood in 1997, when the NATO-Russia Founding Act was signed."
ro = "The Kremlin statement did not mention Ukraine's own NATO ambitions directly, but Russian officials have repeatedly said that Kyiv must never be allowed into the alliance."
ely = 'The Elysee, for its part, said the two presidents had agreed on "the need for a de-escalation" and that Putin had said he had no offensive plans.'
fro = "A French presidential official, who asked not to be named, said Macron had told the Russian leader that the sovereignty of Ukraine and the right of every European country to choose its own security arrangements were not up for negotiation."
lv1 = 'But he said the Western answers offered talks only on what he called "secondary" matters, such as intermediate-range missiles and the scope of military exercises, while sidestepping the main issue - the alliance\'s eastward expansion, which Russia wants stopped.'
lv2 = '"We will not allow our interests to be trampled on and ignored," Lavrov said, adding that Moscow wanted a written commitment it could rely on rather than "political declarations".'
lef = "Putin is telling Macron what he wants Washington to hear: the talk about missiles is welcome, but it does not replace Moscow's core demand on enlargement,"
L["afp-2022-01-28-putin-macron-call"] = [
 (rd, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, D),
 (rd, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (rd, "vladimir-putin", 1, "Putin", "rollback-to-1997", "supports", 0, D),
 (rd, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (rd, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 (rd, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (ro, "russia", 0, "Russian officials", "no-ukraine-membership", "supports", 0, ""),
 (ely, "france", 0, "The Elysee", "russia-de-escalation", "supports", 0, D),
 (fro, "emmanuel-macron", 1, "Macron", "nato-open-door", "supports", 0, D),
 ("The president was very firm on the principles, but the tone of the call was constructive,", "france", 0, "the official", "", "", 1, D),
 ("If it depends on Russia, there will be no war. We do not want wars,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (lv1, "sergei-lavrov", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 (lv1, "sergei-lavrov", 1, "he", "limit-military-exercises", "mentions", 0, D),
 (lv1, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, D),
 (lv1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("We will not allow our interests to be trampled on and ignored,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (lv2, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, D),
 (lv2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (lef, "arnaud-lefebvre", 1, "Lefebvre", "no-intermediate-range-missiles", "mentions", 1, D),
 (lef, "arnaud-lefebvre", 1, "Lefebvre", "nato-non-expansion", "mentions", 1, D),
 (lef, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Macron is the European leader most willing to pick up the phone, and the Kremlin uses him as a channel,", "arnaud-lefebvre", 1, "he", "", "", 1, D),
 ("Conflict is not inevitable. There is still time and space for diplomacy,", "lloyd-austin", 1, "Austin", "", "", 1, D),
]

D = "2022-01-18"
od = "According to him, the thesis about the “open doors” of the North Atlantic Alliance is “an artificial construct” which Moscow does not accept and will not accept in the future."
mis = "The diplomat noted that Moscow is ready to discuss the issue of the intermediate-range and shorter-range missiles, the moratorium on deployment of which in Europe Russia had proposed long ago, but not “in isolation” from the main demands."
dri = "Drills of NATO near our borders, in the Black Sea, the flights of strategic bombers along our borders, all this must be reduced. This is also a part of our proposals, and we will insist on it,"
red = "He added that the activity of the United States on the territory of former Soviet republics which are not members of NATO is a “red line” for Russia."
mc = "Ryabkov also said that Russia considers useful the restoration of channels of contacts between the military of Russia and of the United States, which would allow to prevent incidents, including dangerous approaches of ships and aircraft."
wd = "At the same time, the deputy minister repeated that Russia does not intend to withdraw troops from its own territory at the request of anybody."
gen = "After the Geneva talks, Ryabkov told journalists that the US side had treated the Russian proposals seriously, but Washington had said that it could not accept the demand about non-expansion of NATO."
L["tass-2022-01-18-ryabkov-interview"] = [
 ("For us it is absolutely mandatory to ensure that Ukraine never, never becomes a member of NATO. This is not a subject for bargaining,", "sergei-ryabkov", 1, "the diplomat", "no-ukraine-membership", "supports", 1, D),
 (od, "sergei-ryabkov", 1, "him", "nato-open-door", "rejects", 0, D),
 ("We need legally binding guarantees, not promises, not declarations. We have seen where promises lead,", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 (mis, "sergei-ryabkov", 1, "The diplomat", "no-intermediate-range-missiles", "supports", 0, D),
 (mis, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (dri, "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "supports", 1, D),
 (dri, "sergei-ryabkov", 1, "Ryabkov", "no-warships-aircraft-in-strike-range", "supports", 1, D),
 (red, "sergei-ryabkov", 1, "He", "no-military-activity-ex-soviet", "supports", 0, D),
 (red, "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("We insist that the US should not create military bases on the territory of the states of the former Soviet Union which are not members of the alliance, and should not use their infrastructure for any military activity,", "sergei-ryabkov", 1, "the deputy minister", "no-military-activity-ex-soviet", "supports", 1, D),
 ("The Western colleagues should understand that we are not bluffing,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 (mc, "sergei-ryabkov", 1, "Ryabkov", "resume-military-dialogue", "supports", 0, D),
 (mc, "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 ("The contacts by military lines is necessary, it is in common interest,", "sergei-ryabkov", 1, "he", "resume-military-dialogue", "supports", 1, D),
 (wd, "sergei-ryabkov", 1, "the deputy minister", "russia-de-escalation", "rejects", 0, D),
 ("Russia moves its troops on its own territory as it considers necessary. Nobody has the right to demand from us to withdraw them,", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 1, D),
 (gen, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-10"),
 (gen, "united-states", 0, "Washington", "nato-non-expansion", "rejects", 0, "2022-01-10"),
 (gen, "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-14"
K = "piotr-kaczmarczyk"
a1 = "And I want to be precise about what is being asked. Poland joined NATO in 1999. When Moscow demands that the alliance pull its forces back to where they stood in 1997, it is demanding that my country become a second-class member. That will not happen, not now and not later."
a3 = "A moratorium is just a veto with a calendar attached. Ukraine's path to the alliance will be decided by Ukraine and by the thirty allies, and what we said in Bucharest still stands."
a4 = "They want a treaty that would tie NATO's hands forever, and no allied parliament would ratify it. We can put many things on paper: confidence-building measures, risk reduction, limits on missiles if they are mutual and verifiable. We will not put the sovereignty of our neighbours on paper."
L["bloomberg-2022-01-14-polish-deputy-minister-interview"] = [
 ("Honestly, we heard nothing new. Ambassador Lukashevich repeated that if there is no constructive answer in a reasonable time, Russia will take its own measures. That is the language of pressure, not the language of a security dialogue.", K, 1, "Kaczmarczyk", "", "", 1, D),
 (a1, K, 1, "Kaczmarczyk", "rollback-to-1997", "rejects", 1, D),
 (a1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("On transparency of exercises, on notification, on inviting observers, yes, we are open. We have proposed exactly this in the OSCE for years, through the Vienna Document. If Russia is serious, this is where we can start tomorrow.", K, 1, "Kaczmarczyk", "limit-military-exercises", "mentions", 1, D),
 ("But no one in Moscow will tell Poland how many allied soldiers can train on Polish soil, or when.", K, 1, "Kaczmarczyk", "limit-military-exercises", "rejects", 1, D),
 (a3, K, 1, "Kaczmarczyk", "no-ukraine-membership", "rejects", 1, D),
 (a3, K, 1, "Kaczmarczyk", "nato-open-door", "supports", 1, D),
 (a3, K, 1, "Kaczmarczyk", "rescind-bucharest-2008", "rejects", 1, D),
 (a4, K, 1, "Kaczmarczyk", "written-legal-guarantees", "rejects", 1, D),
 (a4, K, 1, "Kaczmarczyk", "no-intermediate-range-missiles", "mentions", 1, D),
 (a4, "russia", 0, "They", "written-legal-guarantees", "supports", 0, ""),
 ("No. We see the opposite. More battalion tactical groups, more equipment moving into Belarus for exercises in February. The first step is very simple, and it is in Moscow's hands: pull these forces back.", K, 1, "Kaczmarczyk", "russia-de-escalation", "supports", 1, D),
 ("I spoke with Wendy Sherman's team before Geneva and after Geneva. The Americans have been very clear: nothing about Europe without Europe, nothing about Ukraine without Ukraine. I have no reason to doubt it.", K, 1, "Kaczmarczyk", "", "", 1, D),
 ("Yes, and let's remember who closed the door there. We would welcome military-to-military contacts that reduce the risk of accidents, in the air over the Baltic Sea and at sea. That is in everybody's interest, including Russia's.", K, 1, "Kaczmarczyk", "resume-military-dialogue", "supports", 1, D),
 ("We wait for the written answers from Washington and from NATO, we stay united, and we prepare for the worst while working for the best. That is what responsible governments do.", K, 1, "Kaczmarczyk", "", "", 1, D),
]

D = "2022-01-24"
eu = "In a joint statement, the 27 ministers called on Russia to de-escalate and to pull back the troops it has massed near Ukraine, warning that any further military aggression would have “massive consequences and severe costs”."
oz = "The Kremlin wants NATO soldiers out of Riga and Vilnius, and back to the borders of 1997, and then it wants us to say thank you,"
pe2 = "He said the sending of additional ships and aircraft showed that Russia's concerns were justified, and that Moscow would continue to insist on a legally binding end to NATO's eastward enlargement."
uk = "The UK has already sent anti-tank weapons to Ukraine, a move Moscow has condemned as part of what it calls the militarisation of its neighbour by the West."
no = "NATO officials said on Monday that the forces now being deployed were rotational and defensive, and that the alliance would decide for itself how to protect its eastern members."
L["sky-2022-01-24-eu-ministers-brussels"] = [
 ("We will always respond to any deterioration of our security environment, including by strengthening our collective defence in the east of the alliance,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("because we do not know of any specific reasons that would justify it", "josep-borrell", 1, "Josep Borrell", "", "", 1, D),
 ("We are not going to do the same thing. I don't think we have to dramatise,", "josep-borrell", 1, "he", "", "", 1, D),
 ("Russia's demands touch the architecture of European security, and they cannot be discussed without the Europeans at the table.", "josep-borrell", 1, "Mr Borrell", "", "", 1, D),
 (eu, "european-union", 0, "the 27 ministers", "russia-de-escalation", "supports", 0, D),
 ("Every country has the right to choose its own alliances, and that includes Ukraine. We have to say that clearly, today and every day,", "gabrielius-landsbergis", 1, "he", "nato-open-door", "supports", 1, D),
 (oz, "ieva-ozola", 1, "she", "rollback-to-1997", "rejects", 1, D),
 (oz, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("It is NATO that is moving forces closer to our borders, and then we are lectured about de-escalation,", "dmitry-peskov", 1, "Dmitry Peskov", "russia-de-escalation", "rejects", 1, D),
 (pe2, "dmitry-peskov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (pe2, "dmitry-peskov", 1, "He", "written-legal-guarantees", "supports", 0, D),
 (pe2, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (pe2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (uk, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (no, "nato", 0, "NATO officials", "rollback-to-1997", "rejects", 0, D),
 ("Everyone in this building knows what the Russians want. The question is what they will do when they do not get it.", "european-union", 0, "One senior EU diplomat", "", "", 1, D),
]

write_gold(L, "articles-208", "gold-208")
