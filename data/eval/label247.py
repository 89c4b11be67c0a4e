#!/usr/bin/env python3
"""Writes the held-out gold of batch 247 (gold-247/*.nq) from the labels below.

Batch 247 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- washington-post-2022-01-26-us-written-response-russia: The Washington Post news
  story with front matter, photo caption, "Read more" link; curly quotes, quotes
  interrupted by "Ryabkov told reporters", the US answer as an organisation speaking,
  Moscow's demands in passing, the Baker/Gorbachev 1990 background, two analysts.
- cnn-2022-01-12-situation-room-julianne-smith: CNN live TV transcript (rush transcript,
  time codes, upper-case speaker labels, video clips through a translator); answers are
  one quotation per paragraph, host lines and questions unlabelled; an analyst who backs
  one Russian idea in his own words.
- gazeta-ru-2022-01-13-grushko-ryabkov-nato-dead-end: Gazeta.ru machine-translated into
  English (no front matter, date as 13.01.2022, « » quotes followed by a dash, "Read also"
  lines, "Recall," background, odd word order, "shock weapon systems").
- euractiv-2022-01-13-osce-vienna-russia-security-talks: Euractiv news story with front
  matter, caption, crossheads, "Read also"; OSCE Permanent Council, Borrell, Carpenter,
  Lukashevich, invented MEPs; a question put to Borrell that names Russia's demand.
- riigikogu-2022-01-12-question-time-security-situation: Estonian Riigikogu question
  time verbatim record in translation, UTF-8 BOM and CRLF line ends, time-stamped speaker
  lines; MPs' questions and the President of the Riigikogu unlabelled; each paragraph of
  the Prime Minister's answers is one quotation.
- kremlin-2022-01-28-putin-macron-telephone-conversation: the Kremlin's English readout
  of the Putin-Macron call (Putin in reported speech only) followed by a wire-style news
  story on it (Elysee aide, Peskov, Lavrov, an Ifri researcher, Zelensky).
- ecfr-2022-02-03-putins-three-demands-answer: ECFR commentary with front matter, by an
  invented fellow writing in the first person; his own analysis is unlabelled; Putin's
  1 February press conference, Lavrov's letter, the leaked US letter paraphrased,
  anonymous diplomats, a Moscow expert.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the
evidence is the words between the marks (punctuation inside kept), direct 1; a quotation
interrupted by "X said" is two spans; one running over two sentences is one span. In Q/A
interviews and transcripts each paragraph of an answer is one direct quotation (without the
dash or speaker label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position; mentions when
the speaker only reports a demand, asks about it or offers to discuss it. A direct quotation
of six or more words about none of the demands gets one demand-less label (demand "",
stance ""); reported speech about no demand or about demands left unspecified gets none.
Background history, words quoted from documents, headlines, crossheads, standfirsts,
captions and link lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a person, supports;
undated when no day is given). Dates are the day the words were said, resolved against the
publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the
demand in their own words with a stance of their own, else "mentions".

Writer's own choices within these conventions: when a Russian official says "Moscow
insists/needs ..." the statement is his alone (no extra russia label); a journalist's own
summary of what "Moscow wants/demands" is labelled russia (undated unless a day is given);
the content of the written US answer described as Washington's is labelled united-states;
a commentary author's own first-person analysis is not labelled; an anonymous diplomat of a
named country speaks as that country, one of an unnamed country is not labelled.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["washington-post-2022-01-26-us-written-response-russia"] = [
 ("The United States on Wednesday delivered its long-awaited written answer to Moscow, turning down the Kremlin’s insistence that Ukraine be locked out of NATO for good while proposing negotiations on arms control, military exercises and other confidence-building steps that U.S. officials hope could defuse a standoff that has put more than 100,000 Russian troops on Ukraine’s doorstep.", "united-states", 0, "The United States", "no-ukraine-membership", "rejects", 0, D),
 ("The United States on Wednesday delivered its long-awaited written answer to Moscow, turning down the Kremlin’s insistence that Ukraine be locked out of NATO for good while proposing negotiations on arms control, military exercises and other confidence-building steps that U.S. officials hope could defuse a standoff that has put more than 100,000 Russian troops on Ukraine’s doorstep.", "united-states", 0, "The United States", "limit-military-exercises", "mentions", 0, D),
 ("The United States on Wednesday delivered its long-awaited written answer to Moscow, turning down the Kremlin’s insistence that Ukraine be locked out of NATO for good while proposing negotiations on arms control, military exercises and other confidence-building steps that U.S. officials hope could defuse a standoff that has put more than 100,000 Russian troops on Ukraine’s doorstep.", "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change, and there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles we are committed to uphold and defend, including the right of every state to choose its own security arrangements and alliances.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, D),
 ("Blinken said the reply also offered to explore reciprocal transparency measures on offensive weapons systems in Ukraine and limits on the size and location of military maneuvers in Europe, provided Russia took similar steps on its side of the line.", "antony-blinken", 1, "Blinken", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("Blinken said the reply also offered to explore reciprocal transparency measures on offensive weapons systems in Ukraine and limits on the size and location of military maneuvers in Europe, provided Russia took similar steps on its side of the line.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("It sets out a serious diplomatic path, should Russia choose it,", "antony-blinken", 1, "he", "", "", 1, D),
 ("Among other things, Moscow wants a legally binding pledge that the alliance will take in no new members, a ban on U.S. and NATO military activity in former Soviet republics such as Ukraine and Georgia, and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Among other things, Moscow wants a legally binding pledge that the alliance will take in no new members, a ban on U.S. and NATO military activity in former Soviet republics such as Ukraine and Georgia, and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Among other things, Moscow wants a legally binding pledge that the alliance will take in no new members, a ban on U.S. and NATO military activity in former Soviet republics such as Ukraine and Georgia, and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Among other things, Moscow wants a legally binding pledge that the alliance will take in no new members, a ban on U.S. and NATO military activity in former Soviet republics such as Ukraine and Georgia, and the withdrawal of allied forces and weapons from countries that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("But they have also noted that some ideas in the Russian texts, such as curbs on intermediate-range missiles, echoed proposals Washington itself had floated in the past.", "russia", 0, "the Russian texts", "no-intermediate-range-missiles", "supports", 0, ""),
 ("If the answer on nonenlargement is no, then everything else is secondary,", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, D),
 ("We will not let ourselves be dragged into an endless discussion of secondary matters.", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("He said allies would not withdraw the battle groups deployed in Poland and the Baltic states since 2017, as Moscow has demanded, and would not accept that some members of the alliance be treated as “second-class” members.", "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, D),
 ("He said allies would not withdraw the battle groups deployed in Poland and the Baltic states since 2017, as Moscow has demanded, and would not accept that some members of the alliance be treated as “second-class” members.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("We will not rush to conclusions,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("We cannot compromise on the principles on which the security of our alliance, and security in Europe and North America, rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("We’re not going to take our eye off the ball,", "john-kirby", 1, "he", "", "", 1, ""),
 ("There is nothing in this document that was written behind Ukraine’s back,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 ("The administration has essentially told Moscow: Here is everything we can put on the table, and here is the one thing we can’t,", "laura-brennan", 1, "Laura Brennan", "", "", 1, ""),
 ("Nobody in this town is going to sign a treaty promising that Ukraine stays out of NATO forever. It simply isn’t going to happen.", "laura-brennan", 1, "Laura Brennan", "no-ukraine-membership", "mentions", 1, ""),
 ("In his view, Russia’s leadership would seize on the offer of missile talks while continuing to insist that the alliance halt its eastward march.", "vadim-sokolin", 1, "his", "nato-non-expansion", "mentions", 0, ""),
 ("In his view, Russia’s leadership would seize on the offer of missile talks while continuing to insist that the alliance halt its eastward march.", "vadim-sokolin", 1, "his", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("In his view, Russia’s leadership would seize on the offer of missile talks while continuing to insist that the alliance halt its eastward march.", "russia", 0, "Russia’s leadership", "nato-non-expansion", "supports", 0, ""),
 ("Putin has made the nonexpansion point the heart of the whole package,", "vadim-sokolin", 1, "Sokolin", "nato-non-expansion", "mentions", 1, ""),
 ("He cannot walk away from it without losing face.", "vadim-sokolin", 1, "Sokolin", "nato-non-expansion", "mentions", 1, ""),
 ("The ball is in their court now,", "jen-psaki", 1, "she", "", "", 1, ""),
]

D = "2022-01-12"
SMITH3 = "They repeated their call for a halt to NATO enlargement, including a commitment that Ukraine and Georgia will never become members. They also want the alliance to pull its forces and infrastructure back from the eastern flank, essentially to where we were in 1997. That would leave allies like Poland and the Baltic states with a lesser kind of security, and that's something we will not accept."
SMITH4 = "There are areas where we think there's room for reciprocal steps. We talked about transparency around military exercises, about risk reduction, about the deployment of missiles in Europe. Those are things we're willing to sit down and discuss, but on a reciprocal basis, and not under the threat of an invasion."
HALE3 = "That's right. Moscow's idea of keeping intermediate-range missiles out of range of each other's territory is, frankly, not a crazy one. We had a treaty that did something like that until 2019. If I were advising the administration, I'd say put that on the table as an area of possible agreement and test them on it."
L["cnn-2022-01-12-situation-room-julianne-smith"] = [
 ("We told our partners very clearly that the further enlargement of the alliance, the movement of its infrastructure toward our borders, is a red line for us. We need guarantees, and they must be legal guarantees.", "alexander-grushko", 1, "ALEXANDER GRUSHKO", "nato-non-expansion", "supports", 1, D),
 ("We told our partners very clearly that the further enlargement of the alliance, the movement of its infrastructure toward our borders, is a red line for us. We need guarantees, and they must be legal guarantees.", "alexander-grushko", 1, "ALEXANDER GRUSHKO", "written-legal-guarantees", "supports", 1, D),
 ("If NATO chooses the path of deterrence, then there will be counter-deterrence from our side. There is no other way.", "alexander-grushko", 1, "ALEXANDER GRUSHKO", "", "", 1, D),
 ("Russia does not have a veto over whether Ukraine can become a NATO member. That is for Ukraine and the 30 NATO allies to decide, and nobody else.", "jens-stoltenberg", 1, "JENS STOLTENBERG", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto over whether Ukraine can become a NATO member. That is for Ukraine and the 30 NATO allies to decide, and nobody else.", "jens-stoltenberg", 1, "JENS STOLTENBERG", "no-ukraine-membership", "rejects", 1, D),
 ("We also called on Russia to de-escalate, to pull back its forces from the borders of Ukraine, and to engage in good faith.", "jens-stoltenberg", 1, "JENS STOLTENBERG", "russia-de-escalation", "supports", 1, D),
 ("Well, thank you, Wolf. It was a long meeting, about four hours, and I would describe it as frank and serious. We listened carefully to the Russian side, and they laid out once again the proposals they put on paper in December.", "julianne-smith", 1, "JULIANNE SMITH", "", "", 1, D),
 ("But I want to be very clear about where the allies stand. All 30 allies spoke with one voice today, and we said that some of these proposals are simply non-starters. We are not going to slam the door on countries that want to join this alliance.", "julianne-smith", 1, "JULIANNE SMITH", "nato-open-door", "supports", 1, D),
 (SMITH3, "julianne-smith", 1, "SMITH", "nato-non-expansion", "mentions", 1, D),
 (SMITH3, "julianne-smith", 1, "SMITH", "no-ukraine-membership", "mentions", 1, D),
 (SMITH3, "julianne-smith", 1, "SMITH", "rollback-to-1997", "rejects", 1, D),
 ("They repeated their call for a halt to NATO enlargement, including a commitment that Ukraine and Georgia will never become members.", "russia", 0, "They", "nato-non-expansion", "supports", 0, D),
 ("They repeated their call for a halt to NATO enlargement, including a commitment that Ukraine and Georgia will never become members.", "russia", 0, "They", "no-ukraine-membership", "supports", 0, D),
 ("They also want the alliance to pull its forces and infrastructure back from the eastern flank, essentially to where we were in 1997.", "russia", 0, "They", "rollback-to-1997", "supports", 0, ""),
 (SMITH4, "julianne-smith", 1, "SMITH", "limit-military-exercises", "mentions", 1, D),
 (SMITH4, "julianne-smith", 1, "SMITH", "no-intermediate-range-missiles", "mentions", 1, D),
 ("We also proposed that we restore the offices, the NATO office in Moscow, the Russian mission here, and that we reopen the military channels of communication that have gone dark. I think that would be good for everybody.", "julianne-smith", 1, "SMITH", "resume-military-dialogue", "supports", 1, D),
 ("We're going to consult with allies on next steps. I'm not going to get ahead of that process today.", "julianne-smith", 1, "SMITH", "", "", 1, D),
 ("Wolf, I think what we saw this week in Geneva and now in Brussels is that the Russians have not moved an inch. They came in with a maximalist package and they're leaving with the same maximalist package.", "martin-hale", 1, "COL. MARTIN HALE (RET.)", "", "", 1, D),
 ("And look at the calendar. The troops keep arriving. We're seeing tank units, artillery, field hospitals moving west from as far away as the Far East. That is not the behavior of a country that is simply bargaining.", "martin-hale", 1, "COL. MARTIN HALE (RET.)", "", "", 1, D),
 (HALE3, "martin-hale", 1, "HALE", "no-intermediate-range-missiles", "supports", 1, D),
 ("Moscow's idea of keeping intermediate-range missiles out of range of each other's territory is, frankly, not a crazy one.", "russia", 0, "Moscow", "no-intermediate-range-missiles", "supports", 0, ""),
]

D = "2022-01-13"
R2 = "We have a situation of certain dead end or a difference of approaches. For us, the non-expansion of the alliance is an absolute imperative, and we will not be satisfied with promises on the word"
GR = "On the results of meeting Grushko at the press conference said that Russia gave the alliance a clear signal: the further movement of NATO to the East and the deployment of weapon systems on the territory of Ukraine that can threaten Russia are unacceptable."
MOZ = "Washington offers to discuss the exercises and the missiles, and Moscow says: first the guarantees of non-expansion, then all the rest. While this order will not change, the progress will be minimal"
REC = "Moscow demands in particular to refuse the further expansion of the alliance, including the accession of Ukraine, and not to deploy the shock weapon systems near the Russian borders."
L["gazeta-ru-2022-01-13-grushko-ryabkov-nato-dead-end"] = [
 ("I see no reasons to sit down in the coming days, to gather again and to begin the same discussions", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The diplomat underlined that for Moscow the main thing remains the guarantees of non-expansion of NATO to the East, fixed in the legal form.", "sergei-ryabkov", 1, "The diplomat", "nato-non-expansion", "supports", 0, D),
 ("The diplomat underlined that for Moscow the main thing remains the guarantees of non-expansion of NATO to the East, fixed in the legal form.", "sergei-ryabkov", 1, "The diplomat", "written-legal-guarantees", "supports", 0, D),
 (R2, "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 (R2, "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("At the same time Ryabkov did not exclude that some topics, for example the question of the deployment of the medium-range missiles, could be discussed separately, but only «in package» with the main demands of Russia.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 (GR, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 (GR, "alexander-grushko", 1, "Grushko", "no-strike-weapons-near-borders", "supports", 0, "2022-01-12"),
 ("If NATO chooses the way of containment, then there will be counter-containment. If there will be the way of intimidation, then there will be counter-intimidation", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("He also said that Moscow insists that NATO returns its military infrastructure to the configuration of 1997, when the Founding Act of Russia–NATO was signed.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("According to the deputy minister, NATO ships and reconnaissance aircraft regularly approach the Russian borders in the Black Sea and the Baltic, and this creates the risk of incidents.", "alexander-fomin", 1, "the deputy minister", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("Fomin said that the Russian side proposed to the alliance to agree on the distances at which the warships and planes of the sides should not approach each other.", "alexander-fomin", 1, "Fomin", "no-warships-aircraft-in-strike-range", "supports", 0, "2022-01-12"),
 ("The full-scale military dialogue with NATO is today absent. It was broken not on our initiative", "alexander-fomin", 1, "the deputy minister", "resume-military-dialogue", "supports", 1, "2022-01-12"),
 ("The Secretary General of the alliance Jens Stoltenberg stated that the allies are ready to continue the dialogue, but will not give up the \"open door\" policy.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("According to him, Russia has no right of veto concerning the accession of new members.", "jens-stoltenberg", 1, "him", "nato-open-door", "supports", 0, "2022-01-12"),
 ("The Americans and their allies must understand that Russia will not accept the situation when in Ukraine will appear the bases and the instructors of NATO. This is the question of our security, not of the diplomacy", "oleg-lyadov", 1, "the parliamentarian", "no-military-activity-ex-soviet", "supports", 1, ""),
 (MOZ, "kirill-mozhaev", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (MOZ, "kirill-mozhaev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (MOZ, "kirill-mozhaev", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow says: first the guarantees of non-expansion, then all the rest", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (REC, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (REC, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (REC, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
]

D = "2022-01-13"
LUK = "He said Moscow needed a swift and concrete response from the West to its proposals, above all a legally binding arrangement under which the alliance would stop moving eastward, and warned that if it did not get one, it would take “appropriate measures” to protect its security."
VOL = "German MEP Henrike Vollmer (Greens/EFA), who sits on the European Parliament’s foreign affairs committee, said the EU should not close the door on talks about military drills and missile deployments, as long as Russia reciprocated."
VOLQ = "Transparency about exercises and a serious conversation on missiles are in Europe’s interest too,"
BOR = "He said the EU would never accept a Europe divided into spheres of influence and that Moscow’s demand to keep Western militaries out of former Soviet states amounted to exactly that."
L["euractiv-2022-01-13-osce-vienna-russia-security-talks"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 (LUK, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("We are not going to drag out this process endlessly,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("We need a constructive answer, and we need it quickly.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("Carpenter said Washington would not negotiate over the heads of Ukraine or any other sovereign state, and would not accept any arrangement that curtailed a country’s freedom to choose its own alliances.", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 0, D),
 ("Russia, he added, should start by pulling its troops back from Ukraine’s borders to their barracks.", "michael-carpenter", 1, "he", "russia-de-escalation", "supports", 0, D),
 ("We have to take this very seriously. We have to prepare for the eventuality that there could be an escalation,", "michael-carpenter", 1, "he", "", "", 1, D),
 ("There can be no discussion about European security without the Europeans,", "josep-borrell", 1, "he", "", "", 1, D),
 ("We are not a neutral party. We are a party, and we have to be heard.", "josep-borrell", 1, "he", "", "", 1, D),
 ("Asked whether the EU could live with Russia’s proposal to freeze military activity in countries such as Ukraine and Georgia, Borrell was categorical.", "russia", 0, "Russia", "no-military-activity-ex-soviet", "supports", 0, ""),
 (BOR, "josep-borrell", 1, "He", "no-military-activity-ex-soviet", "rejects", 0, D),
 (BOR, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis said on Wednesday that any compromise on the withdrawal of allied troops from the eastern flank would be “a reward for blackmail”.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 (VOL, "henrike-vollmer", 1, "Henrike Vollmer", "limit-military-exercises", "mentions", 0, ""),
 (VOL, "henrike-vollmer", 1, "Henrike Vollmer", "no-intermediate-range-missiles", "mentions", 0, ""),
 (VOLQ, "henrike-vollmer", 1, "Vollmer", "limit-military-exercises", "mentions", 1, ""),
 (VOLQ, "henrike-vollmer", 1, "Vollmer", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("What we cannot do is trade away Ukraine’s right to decide its future.", "henrike-vollmer", 1, "Vollmer", "nato-open-door", "supports", 1, ""),
 ("Moscow is asking us to rewind the clock to 1997 and to pretend the last quarter-century never happened,", "joris-kamphuis", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("Moscow is asking us to rewind the clock to 1997", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Ukraine’s delegation at the Permanent Council, led by Ambassador Yevhenii Tsymbaliuk, urged participating states to put pressure on Moscow to withdraw forces from the border areas and from occupied Crimea.", "ukraine", 0, "Ukraine’s delegation", "russia-de-escalation", "supports", 0, D),
]

D = "2022-01-12"
K = "kaja-kallas"
KN = "Prime Minister Kaja Kallas"
K4 = "Thank you! Yes, if one reads the Russian text literally, this would indeed mean that. Russia wants to decide where the allies can train and what weapons they can place on the territory of sovereign NATO members. We will not accept such a veto."
K4R = "Russia wants to decide where the allies can train and what weapons they can place on the territory of sovereign NATO members."
K6 = "Thank you! This is exactly the point. Russia says it wants legally binding guarantees, but the problem in European security is not a shortage of signed documents. The Helsinki Final Act, the Charter of Paris, the Budapest Memorandum — all of these Russia has signed, and it has broken them."
K9 = "Every country in Europe has the right to choose its alliances. This applies to Estonia, and it applies equally to Ukraine and Georgia, whatever Moscow may write in its draft treaties."
L["riigikogu-2022-01-12-question-time-security-situation"] = [
 ("Honourable President of the Riigikogu! Honourable questioner! Thank you for this very important question. Let me say first that these demands are not new. Russia has wanted a sphere of influence in its neighbourhood for thirty years, and the draft treaties simply put this wish on paper.", K, 1, KN, "", "", 1, D),
 ("The demand that NATO pull back its forces and infrastructure to the positions of 1997 is unacceptable to Estonia and, I can say with confidence, to all our allies. It would mean that there are two kinds of NATO members, some with full security guarantees and some without. Estonia will never agree to be a second-class ally.", K, 1, KN, "rollback-to-1997", "rejects", 1, D),
 ("I have spoken with President Biden's national security team, with Secretary General Stoltenberg and with our Nordic and Baltic colleagues, and the message everywhere is the same: nothing about us without us. The United States has told us clearly that it will not discuss the security of the Baltic states over our heads.", K, 1, KN, "", "", 1, D),
 (K4, K, 1, KN, "limit-military-exercises", "rejects", 1, D),
 (K4, K, 1, KN, "no-strike-weapons-near-borders", "rejects", 1, D),
 (K4R, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 (K4R, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("At the same time, I want to be honest with the Riigikogu. Transparency measures and notification of exercises are not a new idea. They are in the Vienna Document, and if all sides, including Russia, were ready to apply them honestly and reciprocally, this could reduce the risk of incidents. Russia itself has for years conducted so-called snap exercises without notification, close to our border.", K, 1, KN, "limit-military-exercises", "mentions", 1, D),
 (K6, K, 1, KN, "written-legal-guarantees", "rejects", 1, D),
 ("Russia says it wants legally binding guarantees, but the problem in European security is not a shortage of signed documents.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("The real precondition for any progress is that Russia withdraws its troops from Ukraine's border and stops threatening its neighbours. It is Russia that must de-escalate, not NATO.", K, 1, KN, "russia-de-escalation", "supports", 1, D),
 ("Thank you! There is no such treaty and there is no such promise in any document. In 1997 Russia signed the NATO–Russia Founding Act, in which it recognised the right of every state to choose the means of ensuring its own security. Estonia joined NATO in 2004 by the free decision of our people, and that decision is not up for negotiation with anyone.", K, 1, KN, "nato-open-door", "supports", 1, D),
 (K9, K, 1, KN, "nato-open-door", "supports", 1, D),
 (K9, K, 1, KN, "no-ukraine-membership", "rejects", 1, D),
]

D = "2022-01-28"
PUT = "Vladimir Putin noted that the responses of the United States and NATO to the Russian draft treaty and agreement received on January 26 did not take into account Russia's fundamental concerns, including preventing NATO expansion, the non-deployment of strike weapons systems near Russia's borders, and returning the bloc's military capabilities and infrastructure in Europe to the state of 1997, when the Russia–NATO Founding Act was signed."
KRL = "The Kremlin readout listed three demands it said the West had brushed aside: a halt to NATO’s eastward expansion, a ban on deploying strike weapons near Russia’s borders, and the return of the alliance’s military infrastructure in Europe to where it stood in 1997."
AIDE = "The president reminded him that every state in Europe is free to choose its alliances, and that Ukraine is no exception,"
VOLK = "By naming the 1997 line and the strike weapons explicitly, Putin is telling Macron that he has not lowered his price,"
L["kremlin-2022-01-28-putin-macron-telephone-conversation"] = [
 (PUT, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, D),
 (PUT, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, D),
 (PUT, "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, D),
 (KRL, "russia", 0, "The Kremlin", "nato-non-expansion", "supports", 0, D),
 (KRL, "russia", 0, "The Kremlin", "no-strike-weapons-near-borders", "supports", 0, D),
 (KRL, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, D),
 ("A senior aide to Macron said the two leaders had agreed on “the need for a de-escalation” and that Putin had told Macron he had no offensive plans.", "france", 0, "A senior aide to Macron", "russia-de-escalation", "supports", 0, D),
 ("President Putin expressed no offensive intentions,", "france", 0, "the aide", "", "", 1, D),
 ("The aide said Macron had made clear that France and its allies were ready to discuss arms control and transparency measures, but that NATO’s open-door policy and Ukraine’s sovereignty were not negotiable.", "emmanuel-macron", 1, "Macron", "nato-open-door", "supports", 0, D),
 (AIDE, "france", 0, "the aide", "nato-open-door", "supports", 1, D),
 (AIDE, "france", 0, "the aide", "no-ukraine-membership", "rejects", 1, D),
 ("There is nothing in these answers that would allow us to say that our concerns were taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("But we do not close the door to dialogue.", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("He repeated that the most important issue for Moscow was a guarantee that the alliance would not expand further eastward, and said the US had offered nothing concrete on that.", "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("If it depends on Russia, there will be no war,", "sergei-lavrov", 1, "Lavrov", "", "", 1, D),
 (VOLK, "dmitri-volkov", 1, "Volkov", "rollback-to-1997", "mentions", 1, ""),
 (VOLK, "dmitri-volkov", 1, "Volkov", "no-strike-weapons-near-borders", "mentions", 1, ""),
 ("The question for Paris is whether there is anything between his price and nothing.", "dmitri-volkov", 1, "Volkov", "", "", 1, ""),
 ("He said Ukraine would not accept any deal that barred it from joining the alliance.", "volodymyr-zelensky", 1, "He", "no-ukraine-membership", "rejects", 0, D),
]

D = "2022-02-01"
P3 = "He went on to list what he called the three key demands: an end to NATO’s enlargement, a refusal to deploy strike weapons near Russia’s borders, and a return of the alliance’s military infrastructure in Europe to its 1997 positions."
WASH = "Washington proposed talks on a follow-up to the INF treaty, a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland, and reciprocal restraint on exercises and on the movement of bombers and warships close to each other’s territory."
STO = "He said the alliance was prepared to restore its office in Moscow and to reopen channels of military communication with Russia, but that it would not withdraw a single soldier from its eastern members."
GER = "If there is a landing zone, it is on missiles and manoeuvres, not on the map of NATO,"
L["ecfr-2022-02-03-putins-three-demands-answer"] = [
 ("It is already clear that Russia’s fundamental concerns have been ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (P3, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (P3, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (P3, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a member of NATO and starts a military operation in Crimea,", "vladimir-putin", 1, "Putin", "no-ukraine-membership", "supports", 1, D),
 ("What, are we supposed to fight with the NATO bloc? Has anyone given any thought to this? Apparently not.", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("an answer from each country, not a collective response on behalf of the alliance.", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-31"),
 (WASH, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 (WASH, "united-states", 0, "Washington", "no-strike-weapons-near-borders", "mentions", 0, "2022-01-26"),
 (WASH, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 (WASH, "united-states", 0, "Washington", "no-warships-aircraft-in-strike-range", "mentions", 0, "2022-01-26"),
 ("We will not compromise on the principles of the alliance. The door to NATO is open and remains open,", "antony-blinken", 1, "the US secretary of state", "nato-open-door", "supports", 1, "2022-01-26"),
 ("NATO’s Jens Stoltenberg made the same point in Brussels the following day.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-27"),
 (STO, "jens-stoltenberg", 1, "He", "resume-military-dialogue", "supports", 0, "2022-01-27"),
 (STO, "jens-stoltenberg", 1, "He", "rollback-to-1997", "rejects", 0, "2022-01-27"),
 ("no red lines for Ukraine crossed", "dmytro-kuleba", 1, "he", "", "", 1, ""),
 (GER, "germany", 0, "a senior German diplomat", "no-intermediate-range-missiles", "mentions", 1, ""),
 (GER, "germany", 0, "a senior German diplomat", "limit-military-exercises", "mentions", 1, ""),
 (GER, "germany", 0, "a senior German diplomat", "nato-non-expansion", "rejects", 1, ""),
 ("The Russians treat everything except enlargement as decoration,", "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 ("Yevgeny Karpenko, a political scientist at the Higher School of Economics in Moscow, told me he believed the Kremlin would not settle for the missile package alone.", "yevgeny-karpenko", 1, "Yevgeny Karpenko", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("For Putin, the guarantee that Ukraine never joins NATO is not one item on a list. It is the list,", "yevgeny-karpenko", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
]

write_gold(L, "articles-247", "gold-247")
