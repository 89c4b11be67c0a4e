#!/usr/bin/env python3
"""Writes the held-out gold of batch 252 (gold-252/*.nq) from the labels below.

Batch 252 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- npr-2022-01-11-geneva-talks-far-apart: NPR Morning Edition radio transcript
  (front matter); archived soundbites (Sherman, Ryabkov "through interpreter"),
  host questions, an invented analyst whose answers report Sherman and Moscow.
- spiegel-2022-01-27-washington-answer-to-moscow: Der Spiegel International news
  analysis (front matter) of the 26 January answers; crossheads, "Related Article"
  links, quotes split by "he said", pronoun speakers, 1990/1997 background.
- kommersant-2022-02-02-concerns-turned-out-ignored: Kommersant, machine-translated
  (no front matter, UTF-8 BOM, CRLF); « » quotes with "- said X", broken word
  order, Putin on 1 February, Lavrov's indivisible-security letter, an anonymous
  ministry source, Grushko, an IMEMO expert and a Duma deputy.
- lrt-2022-01-13-osce-vienna-rau-warning: LRT English news (front matter) on the
  OSCE Permanent Council; “ ” quotes, "Read also" lines, Lithuanian officials,
  an invented MP and analyst, demands attributed to Russia inside others' quotes.
- sejm-2022-01-19-foreign-affairs-committee-record: Polish Sejm Foreign Affairs
  Committee full record in unofficial translation (no front matter); speaker labels,
  chair's procedural turns and MPs' questions (unlabelled), ministry answers.
- russian-embassy-usa-2022-01-27-antonov-us-response: Russian Embassy in the USA,
  "Ambassador Antonov's answer to a media question" (no front matter); Question /
  Answer paragraphs, Blinken reported inside an answer, rejection of de-escalation.
- atlantic-council-2022-01-26-experts-react-us-nato-answers: Atlantic Council
  "Experts react" page (front matter); expert sections without quotation marks,
  each expert named only in the bio line under the section, jump-link list.

Conventions: One label per (speaker, demand) a passage expresses. Direct quotations: the evidence is the words
between the marks (punctuation inside kept), direct 1; a quotation interrupted by "X said" is two
spans; one running over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker label); questions and
the host get no label. Reported speech: the whole sentence (dateline excluded), direct 0. Stance by
the speaker's own position; mentions when the speaker only reports a demand, asks about it or
offers to discuss it. A direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or about demands left
unspecified gets none. Background history, words quoted from documents, headlines, crossheads,
standfirsts, captions and link lines are not labelled. A demand attributed in passing to Moscow
inside another speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts (independent people)
speak for themselves and have no side: they "support"/"reject" only when they voice the demand in
their own words with a stance of their own, else "mentions".

Writer's notes: in the transcript, the committee record, the embassy Q/A and the
expert-reactions page, each paragraph of a speaker's own turn is a direct quotation
(the Atlantic Council experts write without quotation marks). Such paragraphs are
dated by the day of the broadcast / sitting / answer / "weighed in on Wednesday".
Named people whose words are reported inside another speaker's quotation (Sherman
in the NPR interview, Blinken in Antonov's answer) get their own reported label; so do organisations and countries whose position is
reported inside a quotation (Washington in the NPR interview, "all Allies" and "the
Americans" in the Sejm record), mentions when they only offer to talk.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-11"
Y = "2022-01-10"
L["npr-2022-01-11-geneva-talks-far-apart"] = [
 ("We were firm, however, in pushing back on security proposals that are simply nonstarters for the United States. We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance.",
  "wendy-sherman", 1, "WENDY SHERMAN", "nato-open-door", "supports", 1, Y),
 ("For us, it is absolutely mandatory to make sure that Ukraine never - never, never - becomes a member of NATO.",
  "sergei-ryabkov", 1, "SERGEI RYABKOV", "no-ukraine-membership", "supports", 1, Y),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards - guarantees.",
  "sergei-ryabkov", 1, "SERGEI RYABKOV", "written-legal-guarantees", "supports", 1, Y),
 ("There are a few things, and they're not trivial. Washington has already said it's willing to talk about where intermediate-range missiles sit in Europe and about putting limits on the size and the location of military exercises, on both sides. Those were on the table yesterday, and I think Sherman was signaling there's a deal there if Moscow wants one.",
  "daniel-torvik", 1, "TORVIK", "no-intermediate-range-missiles", "mentions", 1, D),
 ("There are a few things, and they're not trivial. Washington has already said it's willing to talk about where intermediate-range missiles sit in Europe and about putting limits on the size and the location of military exercises, on both sides. Those were on the table yesterday, and I think Sherman was signaling there's a deal there if Moscow wants one.",
  "daniel-torvik", 1, "TORVIK", "limit-military-exercises", "mentions", 1, D),
 ("Washington has already said it's willing to talk about where intermediate-range missiles sit in Europe and about putting limits on the size and the location of military exercises, on both sides.",
  "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Washington has already said it's willing to talk about where intermediate-range missiles sit in Europe and about putting limits on the size and the location of military exercises, on both sides.",
  "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("The core of it. Moscow wants a legally binding promise that NATO stops growing, period, and that Ukraine in particular stays out forever. No American administration is going to sign that.",
  "daniel-torvik", 1, "TORVIK", "nato-non-expansion", "mentions", 1, D),
 ("The core of it. Moscow wants a legally binding promise that NATO stops growing, period, and that Ukraine in particular stays out forever. No American administration is going to sign that.",
  "daniel-torvik", 1, "TORVIK", "no-ukraine-membership", "mentions", 1, D),
 ("The core of it. Moscow wants a legally binding promise that NATO stops growing, period, and that Ukraine in particular stays out forever. No American administration is going to sign that.",
  "daniel-torvik", 1, "TORVIK", "written-legal-guarantees", "mentions", 1, D),
 ("Moscow wants a legally binding promise that NATO stops growing, period, and that Ukraine in particular stays out forever.",
  "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a legally binding promise that NATO stops growing, period, and that Ukraine in particular stays out forever.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow wants a legally binding promise that NATO stops growing, period, and that Ukraine in particular stays out forever.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("The North Atlantic Treaty has Article 10, which says the door is open to any European state that can contribute to the security of the area. Who comes in is decided by the allies and the country that applies. Russia isn't part of that conversation, and it never has been.",
  "daniel-torvik", 1, "TORVIK", "nato-open-door", "supports", 1, D),
 ("That's the conversation between James Baker and Gorbachev, the famous \"not one inch eastward.\" It was about Germany, it was never written down in any treaty, and Gorbachev himself later said enlargement wasn't discussed. But it matters less whether the Russians are right about 1990 than that they believe it, and that Putin has built this whole campaign on the idea that the West cheated.",
  "daniel-torvik", 1, "TORVIK", "", "", 1, D),
 ("Fewer of them. Sherman said it plainly yesterday: if Russia wants progress, it has to pull its forces back from Ukraine's border, because nobody negotiates with a gun to their head. I don't think anyone in Washington expects that to happen this week.",
  "daniel-torvik", 1, "TORVIK", "russia-de-escalation", "mentions", 1, D),
 ("Sherman said it plainly yesterday: if Russia wants progress, it has to pull its forces back from Ukraine's border, because nobody negotiates with a gun to their head.",
  "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, Y),
 ("Very much so. The Poles and the Baltic states hear Russia asking for NATO to go back to the way things stood in 1997, and they read that as being sent back into a gray zone. The administration has worked hard on \"nothing about you without you,\" and so far I think it's kept to that.",
  "daniel-torvik", 1, "TORVIK", "rollback-to-1997", "mentions", 1, D),
 ("The Poles and the Baltic states hear Russia asking for NATO to go back to the way things stood in 1997, and they read that as being sent back into a gray zone.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There is. Ryabkov has already said they won't accept a process that drags on for months. If they decide the talking is over, the worry is that the troops are the next chapter.",
  "daniel-torvik", 1, "TORVIK", "", "", 1, D),
]

W = "2022-01-26"
T = "2022-01-27"
sp = "spiegel-2022-01-27-washington-answer-to-moscow"
ald1 = "On enlargement, on Ukraine and on pulling NATO back to where it stood in 1997, the answer is a polite but unmistakable no."
stol = "NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance was prepared to exchange briefings on exercises and nuclear policy, to talk about arms control including intermediate-range missiles, and to discuss restoring the channels of military-to-military contact that both sides cut last autumn."
lav = "there is no positive response on the main issue."
lav2 = "The main issue, he said, was Russia's clear position that NATO must not expand further to the east and that no strike weapons be deployed that could threaten Russian territory."
ald2 = "Aldermann believes the offer on missiles and maneuvers is substantial enough to test the Kremlin's intentions."
ald3 = "Whether Putin takes it depends on whether he ever wanted a deal on missiles and exercises – or only a pretext,"
L[sp] = [
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,",
  "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("There had been no change to that position, he added, and there would be none.",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 0, W),
 ("Among other things, Moscow wants NATO to renounce the 2008 promise that Ukraine and Georgia would one day become members.",
  "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 (stol, "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, W),
 (stol, "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, W),
 (stol, "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, W),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the right of every nation to choose its own path,",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, W),
 ("The American paper, according to diplomats familiar with it, goes further in one area: It offers a mechanism through which Russia could satisfy itself that no offensive cruise missiles are stationed at the missile defense sites in Romania and Poland, in return for similar access to Russian facilities.",
  "united-states", 0, "The American paper", "no-intermediate-range-missiles", "mentions", 0, W),
 ("The Americans have answered the questions Moscow did not ask and ignored the ones it did,",
  "henning-aldermann", 1, "Henning Aldermann", "", "", 1, ""),
 (ald1, "henning-aldermann", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (ald1, "henning-aldermann", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (ald1, "henning-aldermann", 1, "he", "rollback-to-1997", "mentions", 1, ""),
 ("a reaction that allows us to count on the start of a serious conversation on secondary issues,",
  "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, T),
 (lav, "sergei-lavrov", 1, "Sergei Lavrov", "nato-non-expansion", "supports", 1, T),
 (lav, "sergei-lavrov", 1, "Sergei Lavrov", "no-strike-weapons-near-borders", "supports", 1, T),
 (lav2, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, T),
 (lav2, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, T),
 (lav2, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (lav2, "russia", 0, "Russia", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("We are in no hurry to draw any conclusions here,",
  "dmitry-peskov", 1, "Peskov", "", "", 1, T),
 ("Deputy Foreign Minister Sergei Ryabkov had already said in Geneva that Russia could not accept anything short of a legally binding document.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 ("Verbal assurances, in the Kremlin's reading, are what the West gave Mikhail Gorbachev in 1990 – and then, so the argument goes, broke.",
  "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("Whether Ukraine joins NATO is a matter for Ukraine and the 30 allies alone, he said.",
  "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 0, W),
 (ald2, "henning-aldermann", 1, "Aldermann", "no-intermediate-range-missiles", "mentions", 0, ""),
 (ald2, "henning-aldermann", 1, "Aldermann", "limit-military-exercises", "mentions", 0, ""),
 (ald3, "henning-aldermann", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ald3, "henning-aldermann", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 ("But Russia must now take clear steps toward de-escalation,",
  "annalena-baerbock", 1, "she", "russia-de-escalation", "supports", 1, T),
]

Tu = "2022-02-01"
Mo = "2022-01-31"
kp = "According to him, in the American answers \"adequate consideration\" was not found for three key requests of Moscow: non-expansion of NATO, refusal from deployment of shock weapon systems near the Russian borders and return of the military infrastructure of the bloc to the position of the year 1997, when was signed the Founding act Russia - NATO."
src = "Source of \"Kommersant\" in the Ministry of foreign affairs of RF, familiar with the course of the preparation of the response, said that the American proposals on intermediate-range missiles and on the measures of trust at the exercises \"are not without interest\", but they \"do not touch the main part\"."
kor = "The answers give Moscow a possibility to fix the agreement on missiles and on the exercises and present this as its victory. But on the principal question - NATO expansion - nobody in the West will write a legal obligation, this was clear from the start"
sem = "If the Americans do not want to sign the paper that NATO will not go further to the East, they take all the responsibility for what happens next"
L["kommersant-2022-02-02-concerns-turned-out-ignored"] = [
 ("It is already possible to state now - I informed about this the Minister of foreign affairs of Hungary… sorry, the Prime Minister, - that the principal Russian concerns turned out to be ignored",
  "vladimir-putin", 1, "Vladimir Putin", "", "", 1, Tu),
 (kp, "vladimir-putin", 1, "him", "nato-non-expansion", "supports", 0, Tu),
 (kp, "vladimir-putin", 1, "him", "no-strike-weapons-near-borders", "supports", 0, Tu),
 (kp, "vladimir-putin", 1, "him", "rollback-to-1997", "supports", 0, Tu),
 (kp, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (kp, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (kp, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Imagine that Ukraine is a member of NATO and starts these military operations. What, we should fight with the NATO bloc? Did someone think about this? It seems, no",
  "vladimir-putin", 1, "Mr. Putin", "no-ukraine-membership", "supports", 1, Tu),
 ("I hope that we will in the end find the decision, although this is not easy",
  "vladimir-putin", 1, "he", "", "", 1, Tu),
 ("We will not allow that this question is diluted",
  "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, Mo),
 ("prefers to speak only about the right of freely choosing alliances, forgetting the second half of the obligation",
  "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 1, Mo),
 ("The choice of alliances, the minister explained, cannot be realized if it harms the security of another state, and therefore Russia expects from each country individual answer, not a \"collective\" one from NATO or the European Union.",
  "sergei-lavrov", 1, "the minister", "nato-open-door", "rejects", 0, Mo),
 (src, "russian-foreign-ministry", 0, "Source of \"Kommersant\" in the Ministry of foreign affairs of RF", "no-intermediate-range-missiles", "mentions", 0, ""),
 (src, "russian-foreign-ministry", 0, "Source of \"Kommersant\" in the Ministry of foreign affairs of RF", "limit-military-exercises", "mentions", 0, ""),
 ("do not touch the main part", "russian-foreign-ministry", 0, "Source of \"Kommersant\" in the Ministry of foreign affairs of RF", "", "", 1, ""),
 ("We are asked to discuss the secondary items, having left aside the central one",
  "russian-foreign-ministry", 0, "the interlocutor", "", "", 1, ""),
 ("In the meantime in Washington the Secretary of state Antony Blinken in a telephone conversation with Sergei Lavrov on Tuesday called the Russian side to immediately de-escalate and to withdraw troops from the borders of Ukraine, as informed the State department.",
  "antony-blinken", 1, "Antony Blinken", "russia-de-escalation", "supports", 0, Tu),
 ("In the Russian Ministry of foreign affairs, in its turn, informed that Mr. Lavrov during the conversation \"underlined the unacceptability\" of the continued expansion of the alliance.",
  "sergei-lavrov", 1, "Mr. Lavrov", "nato-non-expansion", "supports", 0, Tu),
 ("will be forced to answer by the military-technical means",
  "alexander-grushko", 1, "Alexander Grushko", "", "", 1, ""),
 ("the answer of NATO does not contain anything that would remove our concerns about the alliance coming closer to our borders",
  "alexander-grushko", 1, "he", "nato-non-expansion", "supports", 1, Tu),
 (kor, "vadim-korostylev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (kor, "vadim-korostylev", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (kor, "vadim-korostylev", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (kor, "vadim-korostylev", 1, "the expert", "written-legal-guarantees", "mentions", 1, ""),
 (sem, "igor-semyrazhnikov", 1, "Igor Semyrazhnikov", "nato-non-expansion", "supports", 1, ""),
 (sem, "igor-semyrazhnikov", 1, "Igor Semyrazhnikov", "written-legal-guarantees", "supports", 1, ""),
]

Th = "2022-01-13"
luk = "Speaking to journalists after the session, Lukashevich said the West had to stop “drawing Ukraine into NATO” and accept that Russia's demand for guarantees against the alliance's further expansion was not up for negotiation."
oder = "The Russian idea that there should be no allied forces east of the Oder is not a proposal, it is an ultimatum,"
vai = "The Russians put in the same basket things the West can discuss – like limits on exercises or missiles – and things it cannot, like a ban on enlargement,"
L["lrt-2022-01-13-osce-vienna-rau-warning"] = [
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,",
  "zbigniew-rau", 1, "Rau", "", "", 1, Th),
 ("If we do not hear a constructive response to our proposals within a reasonable timeframe, and aggressive behaviour towards Russia continues, we will be forced to draw the appropriate conclusions and take all necessary measures,",
  "alexander-lukashevich", 1, "he", "", "", 1, Th),
 (luk, "alexander-lukashevich", 1, "Lukashevich", "no-ukraine-membership", "supports", 0, Th),
 (luk, "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, Th),
 (luk, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("the drumbeat of war is sounding loud",
  "michael-carpenter", 1, "Michael Carpenter", "", "", 1, Th),
 ("We are not going to negotiate over the heads of our allies and partners, and we will not accept the idea that any country has a veto over another country's choice of alliances,",
  "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, Th),
 ("He added that Russia could show its seriousness by withdrawing its forces from Ukraine's borders.",
  "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 0, Th),
 ("What Russia is asking for is very simple: that NATO should pack up and leave Lithuania, Latvia, Estonia and Poland. This will not happen,",
  "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, Th),
 ("What Russia is asking for is very simple: that NATO should pack up and leave Lithuania, Latvia, Estonia and Poland.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("The presence of allied troops in Lithuania is not a subject for discussion with the Kremlin, not this week and not ever,",
  "gabrielius-landsbergis", 1, "the minister", "rollback-to-1997", "rejects", 1, Th),
 ("Vilmantė Daugėlienė, deputy chair of the Seimas Committee on National Security and Defence, said the talks had shown that Lithuania needed a permanent allied presence on its soil more than ever.",
  "vilmante-daugeliene", 1, "Vilmantė Daugėlienė", "rollback-to-1997", "rejects", 0, ""),
 (oder, "vilmante-daugeliene", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 (oder, "russia", 0, "The Russian idea", "rollback-to-1997", "supports", 0, ""),
 ("The answer to it should be more allied troops here, not fewer.",
  "vilmante-daugeliene", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 ("would prefer a bad peace to a good war, but not at the price of our freedom",
  "gitanas-nauseda", 1, "Gitanas Nausėda", "", "", 1, Th),
 (vai, "justinas-vaitkevicius", 1, "he", "limit-military-exercises", "mentions", 1, ""),
 (vai, "justinas-vaitkevicius", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (vai, "justinas-vaitkevicius", 1, "he", "nato-non-expansion", "mentions", 1, ""),
 (vai, "russia", 0, "The Russians", "limit-military-exercises", "supports", 0, ""),
 (vai, "russia", 0, "The Russians", "no-intermediate-range-missiles", "supports", 0, ""),
 (vai, "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 ("It makes it easy to say afterwards that the West refused everything.",
  "justinas-vaitkevicius", 1, "he", "", "", 1, ""),
]

S = "2022-01-19"
p2 = "Let me recall what the Russian side actually put on the table. The two documents published by Moscow in December would, if accepted, mean that the allied forces present in Poland and in the Baltic states since 2016 would have to leave, because Russia wants to return to the configuration of 1997. For Poland this is unacceptable, and I wish to state it very clearly in this room: there is no Polish consent, and there will be none, to the division of NATO members into better and worse ones."
p3 = "The second element is Ukraine. Russia demands that Ukraine, and also Georgia, never become members of the Alliance. We stand by the decisions taken at the Bucharest summit in 2008, and we do not accept that a third state should decide on the membership of anyone in NATO. The door of the Alliance remains open, and this was confirmed by all Allies in Brussels on 12 January."
r1 = "Thank you. Regarding Redzikowo: the Russian side claims that the launchers of the Aegis Ashore system could be used to fire offensive cruise missiles, and it demands that no such weapons be placed within reach of its territory. This is not true, and the Americans are ready to demonstrate it through a mechanism of mutual verification."
PZ = ("marcin-przydacz", 1, "Secretary of State in the Ministry of Foreign Affairs Marcin Przydacz")
L["sejm-2022-01-19-foreign-affairs-committee-record"] = [
 ("Mr Chairman, High Committee, last week was an exceptionally intense week of diplomacy, and Poland took part in it in two roles: as a member of the North Atlantic Alliance and as the country chairing the Organization for Security and Co-operation in Europe this year.",
  *PZ, "", "", 1, S),
 (p2, *PZ, "rollback-to-1997", "rejects", 1, S),
 ("The two documents published by Moscow in December would, if accepted, mean that the allied forces present in Poland and in the Baltic states since 2016 would have to leave, because Russia wants to return to the configuration of 1997.",
  "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (p3, *PZ, "no-ukraine-membership", "rejects", 1, S),
 (p3, *PZ, "rescind-bucharest-2008", "rejects", 1, S),
 (p3, *PZ, "nato-open-door", "supports", 1, S),
 ("Russia demands that Ukraine, and also Georgia, never become members of the Alliance.",
  "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 ("The door of the Alliance remains open, and this was confirmed by all Allies in Brussels on 12 January.",
  "nato", 0, "all Allies", "nato-open-door", "supports", 0, "2022-01-12"),
 ("At the same time, we do not say no to everything. There are areas where dialogue is possible – transparency of exercises, risk reduction, arms control. Our American partners have assured us that on each of these questions nothing will be decided about us without us, and I have no reason to doubt it.",
  *PZ, "limit-military-exercises", "mentions", 1, S),
 ("The condition of any dialogue is, however, de-escalation. Russia has concentrated around 100,000 soldiers near the Ukrainian border, and forces are now arriving in Belarus. The first step must be taken by Moscow: it must withdraw these troops.",
  *PZ, "russia-de-escalation", "supports", 1, S),
 ("Thank you, Mr Chairman. The opposition has no doubts about the fundamental assessment: the Russian demands are an attempt to restore a sphere of influence, and there can be no agreement to them. On this we speak with one voice with the government.",
  "joanna-michalak-dudek", 1, "MP Joanna Michalak-Dudek", "", "", 1, S),
 (r1, "agnieszka-rembowska", 1, "Director of the Security Policy Department of the Ministry of Foreign Affairs Agnieszka Rembowska", "no-intermediate-range-missiles", "mentions", 1, S),
 ("Regarding Redzikowo: the Russian side claims that the launchers of the Aegis Ashore system could be used to fire offensive cruise missiles, and it demands that no such weapons be placed within reach of its territory.",
  "russia", 0, "the Russian side", "no-intermediate-range-missiles", "supports", 0, ""),
 ("This is not true, and the Americans are ready to demonstrate it through a mechanism of mutual verification.",
  "united-states", 0, "the Americans", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Any such mechanism would be reciprocal and would also cover Russian installations, including in the Kaliningrad region. The Polish side is consulted at every stage, and no arrangement concerning the territory of Poland will be made without the consent of the Polish government.",
  "agnieszka-rembowska", 1, "Director of the Security Policy Department of the Ministry of Foreign Affairs Agnieszka Rembowska", "no-intermediate-range-missiles", "mentions", 1, S),
 ("If I may add, in reply to MP Lubomirski-Wierzba: I understand the historical sensitivity, but today's situation is not the situation of 1945. Poland is a member of NATO and of the European Union, and our partners have declared unambiguously that there will be no talks about Poland without Poland.",
  *PZ, "", "", 1, S),
]

E = "2022-01-27"
a3 = "Our key demands are well known and have not changed. NATO must stop its eastward expansion. Ukraine must not be drawn into the Alliance. Offensive weapons systems must not be deployed in the immediate vicinity of our borders. These are not some \"maximalist wishes\", as they like to write in Washington, but the minimum that is necessary for the security of the Russian Federation."
a8 = "I will not comment on the content of a confidential document. I can say only that we have always been open to a professional conversation on arms control, including on medium-range missiles, and on restoring the contacts between our military that were frozen by the American side. But such talk cannot replace an answer to our main questions."
AN = ("anatoly-antonov", 1, "Ambassador Anatoly Antonov")
L["russian-embassy-usa-2022-01-27-antonov-us-response"] = [
 ("Indeed, yesterday Ambassador John Sullivan passed the American document to the Russian Foreign Ministry. The leadership of our country is studying it. It is not for me to get ahead of the conclusions that will be drawn in Moscow.",
  *AN, "", "", 1, E),
 ("At the same time, I would like to recall what we are talking about. Russia does not need vague declarations. We need legally binding guarantees, fixed on paper and signed, and not promises that can be forgotten the next day, as happened with the assurances given to the Soviet leadership at the time of German unification.",
  *AN, "written-legal-guarantees", "supports", 1, E),
 (a3, *AN, "nato-non-expansion", "supports", 1, E),
 (a3, *AN, "no-ukraine-membership", "supports", 1, E),
 (a3, *AN, "no-strike-weapons-near-borders", "supports", 1, E),
 ("We have heard the statements of Secretary of State Antony Blinken that the \"open door\" of NATO is not subject to discussion. Let me say frankly: the freedom to choose alliances cannot be exercised at the expense of the security of other states. This is the principle of indivisible security, to which all OSCE members, including the United States, subscribed in Istanbul and Astana.",
  *AN, "nato-open-door", "rejects", 1, E),
 ("We have heard the statements of Secretary of State Antony Blinken that the \"open door\" of NATO is not subject to discussion.",
  "antony-blinken", 1, "Secretary of State Antony Blinken", "nato-open-door", "supports", 0, ""),
 ("The Russian troops are on Russian territory. We do not tell the Americans where to hold their exercises in Texas or in California. Demands to \"de-escalate\" addressed to us are groundless, and we will not accept them.",
  *AN, "russia-de-escalation", "rejects", 1, E),
 ("What really causes concern is the constant flow of American weapons to Kyiv, the activity of American instructors on Ukrainian soil and the placing of 8,500 American servicemen on heightened readiness. All this is happening right next to our borders. Who is escalating here?",
  *AN, "no-military-activity-ex-soviet", "supports", 1, E),
 ("We also see the activity of NATO warships in the Black Sea and of strategic bombers near our borders. We have proposed to agree that warships and aircraft of the two sides not be present in areas from which they can hit targets on the territory of the other. This is a reasonable idea, and we are ready to discuss it in detail.",
  *AN, "no-warships-aircraft-in-strike-range", "supports", 1, E),
 (a8, *AN, "no-intermediate-range-missiles", "mentions", 1, E),
 (a8, *AN, "resume-military-dialogue", "mentions", 1, E),
 ("We are convinced that there is still a chance for diplomacy. It is important that our American colleagues hear us this time.",
  *AN, "", "", 1, E),
]

A = "2022-01-26"
o1 = "The US response does what it had to do. It says no, politely but clearly, to the things no US administration could ever put its name to: a veto for Moscow over who joins NATO, and a promise that the Alliance will shut its doors to Ukraine and Georgia for good."
o2 = "But it also takes Russia's complaints about missiles and military drills seriously, more seriously than I expected. The Kremlin spent years saying it wanted transparency and reciprocal limits. Now it has an offer on paper. If Moscow walks away from that, it will tell us a lot about what it really wanted."
o2s = "But it also takes Russia's complaints about missiles and military drills seriously, more seriously than I expected."
h1 = "Among the Russian demands, the one about intermediate-range missiles is the easiest to work with, because the United States has no such ground-launched missiles in Europe today and no plans to put them there. A reciprocal arrangement, with inspections on both sides, would cost the US very little."
h1s = "Among the Russian demands, the one about intermediate-range missiles is the easiest to work with, because the United States has no such ground-launched missiles in Europe today and no plans to put them there."
h2 = "I would go further than the administration has. Both sides should agree to keep bombers and warships out of each other's close approaches and to return to the incident-prevention mechanisms that worked during the Cold War. We need militaries talking to militaries again; the fact that US and Russian generals have so few channels left is itself a risk."
MO = ("marguerite-olander", 1, "Marguerite Olander")
BH = ("brandon-hollis", 1, "Brandon Hollis")
IB = ("iryna-bondarchuk", 1, "Iryna Bondarchuk")
PL = ("peter-lindahl", 1, "Peter Lindahl")
L["atlantic-council-2022-01-26-experts-react-us-nato-answers"] = [
 ("a serious diplomatic path forward, should Russia choose it.",
  "antony-blinken", 1, "Antony Blinken", "", "", 1, A),
 ("There is no change; there will be no change.",
  "antony-blinken", 1, "he", "nato-open-door", "supports", 1, A),
 (o1, *MO, "nato-open-door", "mentions", 1, A),
 (o1, *MO, "no-ukraine-membership", "mentions", 1, A),
 (o2, *MO, "no-intermediate-range-missiles", "mentions", 1, A),
 (o2, *MO, "limit-military-exercises", "mentions", 1, A),
 (o2s, "russia", 0, "Russia", "no-intermediate-range-missiles", "supports", 0, ""),
 (o2s, "russia", 0, "Russia", "limit-military-exercises", "supports", 0, ""),
 ("My bet is that Putin will not say yes or no quickly. He will pocket the concessions, call them insufficient, and keep the troops where they are.",
  *MO, "", "", 1, A),
 (h1, *BH, "no-intermediate-range-missiles", "supports", 1, A),
 (h1s, "russia", 0, "the Russian demands", "no-intermediate-range-missiles", "supports", 0, ""),
 (h2, *BH, "no-warships-aircraft-in-strike-range", "supports", 1, A),
 (h2, *BH, "resume-military-dialogue", "supports", 1, A),
 ("What I would not touch is the idea of pulling allied forces out of Poland and the Baltic states. Those battalions are a tripwire, not an invasion force, and withdrawing them would reward exactly the behavior we are trying to deter.",
  *BH, "rollback-to-1997", "rejects", 1, A),
 ("In Kyiv, the biggest fear was that Washington would trade Ukraine's future for calm with Moscow. That did not happen. Foreign Minister Dmytro Kuleba said on Wednesday that Ukraine had seen the US text in advance and had no objections, which tells you the Ukrainians were consulted.",
  *IB, "", "", 1, A),
 ("Ukraine's path to NATO remains long, and everyone in Kyiv knows it. But that is a decision for Ukrainians and for the allies, not for the Kremlin.",
  *IB, "nato-open-door", "supports", 1, A),
 ("The real test is on the ground. Ukrainians want to see Russian battalions leave the border, not just warmer words in Geneva. Without that, nobody in Kyiv will believe the diplomacy is working.",
  *IB, "russia-de-escalation", "supports", 1, A),
 ("Whatever Putin thinks of the letters, the military facts keep moving. Russian units are arriving in Belarus for exercises that start in February, and the buildup around Ukraine has not slowed this week.",
  *PL, "", "", 1, A),
 ("The Kremlin will probably answer in writing, and Sergei Lavrov will complain that the main Russian concerns were not addressed. That is theater. The decision that matters will be made by one man, and it will be made on the basis of what his generals tell him, not what his diplomats tell him.",
  *PL, "", "", 1, A),
]

write_gold(L, "articles-252", "gold-252")
