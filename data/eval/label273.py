#!/usr/bin/env python3
"""Writes the held-out gold of batch 273 (gold-273/*.nq) from the labels below.

Batch 273 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- axios-2022-01-26-us-written-response-russia: Axios "smart brevity" story on the
  US written answer (front matter); bold-less crossheads ("Why it matters:"), dashed
  bullets whose subjects are pronouns, an unnamed State Department official, an
  analyst, Baker/Bucharest flashback, a "Go deeper" link line.
- financial-times-2022-01-10-geneva-talks-nato-ukraine: FT news story on the Geneva
  talks (front matter, headline, standfirst and byline repeated in the body); curly
  quotes, a quotation running over two sentences, a quote embedded in reported speech,
  an interrupted analyst quote, Moscow's demand named in passing by Sherman and by
  the analyst, Bucharest background.
- vedomosti-2022-01-13-ryabkov-osce-impasse: Vedomosti machine-translated (no front
  matter, date in the rubric line); « » quotes followed by "– he said", clumsy word
  order, interrupted Carpenter quote, an expert listing demands as "secondary"/"main",
  a "Let us remind" background paragraph and "Read also" lines.
- hromadske-2022-01-21-blinken-lavrov-geneva: Hromadske English news story on
  Blinken-Lavrov (front matter); Ukrainian reactions, a Facebook quote over two
  sentences, analysts, a quote inside a sentence whose reported part carries the
  stance, the Bucharest declaration quoted as a document, "Read also" links.
- canada-house-of-commons-2022-01-31-emergency-debate-ukraine: Hansard of an emergency
  debate (UTF-8 BOM, CRLF, no front matter); speaker labels with ridings, each
  paragraph one direct quotation, [Translation] markers, Russia's and Putin's demands
  reported inside MPs' speeches, a question in the debate, Budapest background.
- kremlin-2021-12-21-putin-scholz-telephone-conversation: the Kremlin readout of the
  Putin-Scholz call (third-person "Vladimir Putin stressed...") followed by a news
  story on it (no front matter, date in the readout header and the dateline); the
  government spokesman quoted for the chancellor, an analyst, "last week" undated.
- german-marshall-fund-2022-02-02-putin-answer-paper-trail: GMF commentary (front
  matter); the author's own unattributed opinion (not labelled), Putin's and Lavrov's
  reactions with relative dates (Tuesday, a day later), Grushko fragment, analysts,
  Russia's wish for written guarantees attributed in passing several times.

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

Writer's notes: an MP's question in the debate is a participant's speech (labelled), only the
Speaker of the House counts as host. The GMF author's own prose is not attributed speech and gets
no label. "Document says" sentences (the US/NATO texts, the Russian drafts) are not labelled.
Russia's in-passing labels inside another speaker's quotation are direct 0 (Russia's words are
not quoted); their evidence is the quoted span, or in Hansard the sentence of the paragraph.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

A = "axios-2022-01-26-us-written-response-russia"
L[A] = [
 ("The U.S. delivered its written response to Russia's security demands on Wednesday, with Secretary of State Tony Blinken saying the document holds the line on NATO's \"open door\" while offering talks on missiles and military drills.",
  "antony-blinken", 1, "Tony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("The U.S. delivered its written response to Russia's security demands on Wednesday, with Secretary of State Tony Blinken saying the document holds the line on NATO's \"open door\" while offering talks on missiles and military drills.",
  "antony-blinken", 1, "Tony Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The U.S. delivered its written response to Russia's security demands on Wednesday, with Secretary of State Tony Blinken saying the document holds the line on NATO's \"open door\" while offering talks on missiles and military drills.",
  "antony-blinken", 1, "Tony Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 1, "2022-01-26"),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "He", "", "", 1, "2022-01-26"),
 ("The U.S. is ready to discuss reciprocal limits on where offensive missiles can be based in Europe and more transparency around large military exercises, Blinken said.",
  "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("The U.S. is ready to discuss reciprocal limits on where offensive missiles can be based in Europe and more transparency around large military exercises, Blinken said.",
  "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, "2022-01-26"),
 ("We're not going to negotiate in public,", "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-26"),
 ("addresses some of Russia's concerns and makes clear where we can't go.", "us-state-department", 0, "A senior State Department official", "", "", 1, "2022-01-26"),
 ("Moscow has demanded a legally binding promise that NATO will never admit Ukraine and that the alliance pull troops and weapons back from members that joined after 1997.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow has demanded a legally binding promise that NATO will never admit Ukraine and that the alliance pull troops and weapons back from members that joined after 1997.",
  "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has demanded a legally binding promise that NATO will never admit Ukraine and that the alliance pull troops and weapons back from members that joined after 1997.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Deputy Foreign Minister Sergei Ryabkov said on Tuesday that the key question for Moscow remained a clear answer on halting NATO's march eastward.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "nato-non-expansion", "supports", 0, "2022-01-25"),
 ("We cannot compromise on the right of each nation in Europe to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He said allies were prepared to discuss reopening the NATO and Russian missions in each other's capitals and restoring military-to-military hotlines.",
  "jens-stoltenberg", 1, "He", "resume-military-dialogue", "mentions", 0, "2022-01-26"),
 ("He also called on Russia to immediately de-escalate and to pull back the forces it has moved toward Ukraine.",
  "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, "2022-01-26"),
 ("Washington has given Moscow something it could say yes to, on missiles and on exercises, without ever touching the membership question,",
  "oksana-demchenko-hart", 1, "Oksana Demchenko-Hart", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Washington has given Moscow something it could say yes to, on missiles and on exercises, without ever touching the membership question,",
  "oksana-demchenko-hart", 1, "Oksana Demchenko-Hart", "limit-military-exercises", "mentions", 1, ""),
 ("Washington has given Moscow something it could say yes to, on missiles and on exercises, without ever touching the membership question,",
  "oksana-demchenko-hart", 1, "Oksana Demchenko-Hart", "no-ukraine-membership", "mentions", 1, ""),
 ("If the Kremlin wanted a face-saving off-ramp, it is sitting in that envelope,", "oksana-demchenko-hart", 1, "she", "", "", 1, ""),
 ("The ball is now firmly in Moscow's court,", "us-state-department", 0, "the senior State Department official", "", "", 1, "2022-01-26"),
]

F = "financial-times-2022-01-10-geneva-talks-nato-ukraine"
LEDE = "Russia told the US on Monday that it needed legally watertight guarantees that Nato would never admit Ukraine, as almost eight hours of talks in Geneva ended without a breakthrough and with Washington warning of severe costs should Moscow invade its neighbour."
ZH2 = "What it cannot get is Nato shutting the door on Kyiv in writing."
L[F] = [
 (LEDE, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, "2022-01-10"),
 (LEDE, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ("absolutely ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees.",
  "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("For us it is absolutely imperative that Ukraine never, never, never becomes a member of Nato,",
  "sergei-ryabkov", 1, "he", "no-ukraine-membership", "supports", 1, "2022-01-10"),
 ("Ryabkov said Russia had no intention of attacking Ukraine and dismissed western calls for it to pull back troops from the border as an attempt to dictate where Russia may station forces on its own territory.",
  "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, "2022-01-10"),
 ("He also said the alliance should formally walk away from its 2008 summit pledge.",
  "sergei-ryabkov", 1, "He", "rescind-bucharest-2008", "supports", 0, "2022-01-10"),
 ("The Bucharest formula must be disavowed, and the sooner the better,",
  "sergei-ryabkov", 1, "Ryabkov", "rescind-bucharest-2008", "supports", 1, "2022-01-10"),
 ("allow anyone to slam closed Nato’s open-door policy", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We were firm, however, in pushing back on security proposals that are simply non-starters for the United States,",
  "wendy-sherman", 1, "Sherman", "", "", 1, "2022-01-10"),
 ("Sherman said the US was prepared to explore, on a reciprocal basis, where intermediate-range missiles could be deployed in Europe and limits on the size and scope of military exercises.",
  "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 ("Sherman said the US was prepared to explore, on a reciprocal basis, where intermediate-range missiles could be deployed in Europe and limits on the size and scope of military exercises.",
  "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 ("She said she had also told Ryabkov that Moscow’s call for allied forces to leave the countries that joined Nato after 1997 could not be the subject of negotiation.",
  "wendy-sherman", 1, "She", "rollback-to-1997", "rejects", 0, "2022-01-10"),
 ("She said she had also told Ryabkov that Moscow’s call for allied forces to leave the countries that joined Nato after 1997 could not be the subject of negotiation.",
  "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Sherman said real progress would require de-escalation, and urged Russia to return the troops massed near Ukraine to their barracks.",
  "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, "2022-01-10"),
 ("Moscow can pocket the missile talks and declare victory,", "konstantin-zhuravlyov", 1, "he", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ZH2, "konstantin-zhuravlyov", 1, "he", "no-ukraine-membership", "mentions", 1, ""),
 (ZH2, "konstantin-zhuravlyov", 1, "he", "written-legal-guarantees", "mentions", 1, ""),
 (ZH2, "russia", 0, "it", "no-ukraine-membership", "supports", 0, ""),
 (ZH2, "russia", 0, "it", "written-legal-guarantees", "supports", 0, ""),
 ("nothing about Ukraine will be decided without Ukraine", "dmytro-kuleba", 1, "Dmytro Kuleba", "", "", 1, ""),
 ("Nobody in the alliance is going to hand Moscow a veto over who joins,", "nato", 0, "the official", "nato-open-door", "supports", 1, ""),
]

V = "vedomosti-2022-01-13-ryabkov-osce-impasse"
RY = "The American side and NATO side are not ready to meet us on the key points, on the non-expansion of alliance, on the non-deployment of strike systems near our borders"
IG = "noted that the West demonstratively separated the Russian package: the «secondary» topics like missiles and manoeuvres it is ready to take, but the «main» – non-expansion and return to configuration of 1997 – it rejects."
IGS = "Deputy head of the Department of European Security of IMEMO RAS Vladislav Ignatenko in conversation with «Vedomosti» " + IG
LU = "He underlined that Moscow expects that the principle of indivisibility of security will be finally implemented, and that NATO must refuse from the further movement to the east, including Ukraine and Georgia."
CA = "Carpenter also declared that the USA are ready to discuss with Russia measures of transparency and restrictions on exercises, but not under the gun of the 100-thousand grouping at the Ukrainian border."
L[V] = [
 ("as a whole were not successful", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("a certain dead end or difference of approaches", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 (RY, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 1, "2022-01-13"),
 (RY, "sergei-ryabkov", 1, "Ryabkov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-13"),
 ("Everything depends on actions of American colleagues", "sergei-ryabkov", 1, "he", "", "", 1, "2022-01-13"),
 ("Ryabkov also stressed that Russia needs the guarantees fixed on paper, in a juridically obligatory form, and not the verbal promises, which, in his words, already were given in 1990 and were not fulfilled.",
  "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-13"),
 ("We were deceived once, we will not be deceived second time in the same way", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, "2022-01-13"),
 ("Either the OSCE participating states will give an answer to our proposals in a constructive manner, or Russia will be forced to take measures for ensuring its security by other means",
  "alexander-lukashevich", 1, "Lukashevich", "", "", 1, "2022-01-13"),
 (LU, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, "2022-01-13"),
 (LU, "alexander-lukashevich", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-13"),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-13"),
 ("Rau called on Moscow to return the forces to places of permanent deployment.", "zbigniew-rau", 1, "Rau", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("He said journalists that Washington will not give up the «basic principle», according to which every state has the right to choose alliances.",
  "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We are facing a crisis in European security", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill", "michael-carpenter", 1, "Carpenter", "", "", 1, "2022-01-13"),
 (CA, "michael-carpenter", 1, "Carpenter", "limit-military-exercises", "mentions", 0, "2022-01-13"),
 (CA, "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("There are positive elements, there are nuances, but on the main questions there are disagreements", "dmitry-peskov", 1, "he", "", "", 1, "2022-01-13"),
 (IGS, "vladislav-ignatenko", 1, "Vladislav Ignatenko", "no-intermediate-range-missiles", "mentions", 0, ""),
 (IGS, "vladislav-ignatenko", 1, "Vladislav Ignatenko", "limit-military-exercises", "mentions", 0, ""),
 (IGS, "vladislav-ignatenko", 1, "Vladislav Ignatenko", "nato-non-expansion", "mentions", 0, ""),
 (IGS, "vladislav-ignatenko", 1, "Vladislav Ignatenko", "rollback-to-1997", "mentions", 0, ""),
 ("Moscow has formulated the demands in a way of ultimatum, and for Washington to accept it means to lose the face before the allies",
  "vladislav-ignatenko", 1, "the expert", "", "", 1, ""),
]

H = "hromadske-2022-01-21-blinken-lavrov-geneva"
BL = "Blinken said he had told Lavrov once again that the United States would not retreat from the principle that each country may choose its own alliances, including Ukraine."
KU = "The minister added that Ukraine's path to NATO was a matter for Ukraine and the 30 allies only and that no third country could veto it."
BI = "The Kremlin asks for things it knows it will not get — a ban on Ukraine's membership, the withdrawal of NATO to the borders of 1997,"
SO = "Limits on intermediate-range missiles and on large exercises are things Ukraine has wanted for years too — as long as they apply to Russia in Belarus and Crimea as well,"
L[H] = [
 ("We didn't expect a major breakthrough to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns,",
  "antony-blinken", 1, "Blinken", "", "", 1, "2022-01-21"),
 (BL, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 (BL, "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-21"),
 ("If any Russian military forces move across Ukraine's border, that's a renewed invasion,", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("It will be met with swift, severe and a united response from the United States and our partners and allies.", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("Lavrov, for his part, called the meeting \"frank and useful\" and said Moscow expected the written answer to address all the points of its drafts, above all the non-expansion of NATO.",
  "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-21"),
 ("We have been waiting for a response on paper, point by point, and Blinken confirmed that we will receive it next week,",
  "sergei-lavrov", 1, "the Russian minister", "", "", 1, "2022-01-21"),
 ("\"We do not threaten anyone,\" Lavrov told reporters, describing Western demands that Russia pull back its troops as \"hysteria\".",
  "sergei-lavrov", 1, "Lavrov", "russia-de-escalation", "rejects", 0, "2022-01-21"),
 ("Lavrov also said Moscow would insist on NATO pulling its forces and weapons back to where they stood in 1997, before the alliance began admitting former Warsaw Pact states.",
  "sergei-lavrov", 1, "Lavrov", "rollback-to-1997", "supports", 0, "2022-01-21"),
 ("The United States did not make a single concession at Ukraine's expense. This is the most important result for us,",
  "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
 (KU, "dmytro-kuleba", 1, "The minister", "nato-open-door", "supports", 0, ""),
 (KU, "dmytro-kuleba", 1, "The minister", "no-ukraine-membership", "rejects", 0, ""),
 ("Our army is ready, our diplomats are working, and our partners are with us,", "volodymyr-zelensky", 1, "he", "", "", 1, ""),
 (BI, "mykola-bielieskov", 1, "Bielieskov", "no-ukraine-membership", "mentions", 1, ""),
 (BI, "mykola-bielieskov", 1, "Bielieskov", "rollback-to-1997", "mentions", 1, ""),
 (BI, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (BI, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The question is whether it uses the refusal as a pretext.", "mykola-bielieskov", 1, "Bielieskov", "", "", 1, ""),
 (SO, "iryna-savchuk-orel", 1, "she", "no-intermediate-range-missiles", "supports", 1, ""),
 (SO, "iryna-savchuk-orel", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("Moscow has demanded that this promise be revoked.", "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
]

C = "canada-house-of-commons-2022-01-31-emergency-debate-ukraine"
D = "2022-01-31"
J1 = "Mr. Speaker, I rise tonight at a time of grave danger for Ukraine and for the security of our continent. More than 100,000 Russian troops surround Ukraine on three sides, and our message to Moscow is simple: step back from the border and de-escalate now."
J2 = "Last week I was in Kyiv, and I met with Minister Kuleba and President Zelensky. They asked Canada for one thing above all: that no decision about Ukraine be taken without Ukraine at the table."
J3 = "Russia has demanded that NATO shut its door to Ukraine forever and that allied troops leave the countries on the alliance's eastern flank. Canada will never accept that. Every sovereign nation has the right to choose its own security arrangements, and no country has a veto over another's choices."
J4 = "At the same time, we support the path of diplomacy. Our allies have offered Russia serious talks on arms control, on transparency and on risk reduction, and we stand fully behind that offer."
C1 = "Mr. Speaker, I thank the minister for her remarks, but this government has been slow to act. Ukraine has been asking for lethal defensive weapons for months, and the government has not delivered them."
C2 = "Let us be clear about what the Kremlin is asking for. It wants a sphere of influence. It wants a written treaty that forbids NATO from ever moving east again and forbids Ukraine from ever choosing the west. That is a demand from the nineteenth century, not the twenty-first."
J5 = "Mr. Speaker, we have extended Operation UNIFIER and we are sending more trainers. We will continue to do everything we can to help Ukraine defend itself."
B1 = "Mr. Speaker, the Bloc Québécois stands in solidarity with the Ukrainian people. The Russian government claims that it is only asking for guarantees of its security, but one does not negotiate with a pistol pointed at the temple of one's neighbour."
B2 = "Nevertheless, I would like to ask the minister whether Canada is prepared to support a revival of the channels of military dialogue between NATO and Russia, which have been frozen for years, in order to reduce the risk of an accident."
J6 = "Mr. Speaker, yes. Canada believes that we must keep every channel of communication open, including between our militaries, to avoid a miscalculation."
M1 = "Mr. Speaker, New Democrats support Ukraine's sovereignty without reservation. We also believe that Canada must push for de-escalation through diplomacy, through the OSCE and through the United Nations, and not only through more weapons."
K1 = "Mr. Speaker, I represent thousands of Ukrainian Canadians whose grandparents came to this country fleeing tyranny. They are watching this debate tonight."
K2 = "President Putin has said that he wants NATO to go back to where it was in 1997. For the people of Estonia, Latvia, Lithuania and Poland, that would mean being abandoned. It is a demand no ally can take seriously, and I hope every member in this House will say so."
K3 = "In 1994, Ukraine gave up the world's third-largest nuclear arsenal under the Budapest Memorandum, in exchange for assurances that its borders would be respected. Those assurances were broken in 2014."
N1 = "Mr. Speaker, will the member agree that the best way to defend our allies is to stay united with them, both on sanctions and on the offer of talks?"
K4 = "Mr. Speaker, unity is essential, but unity has to mean something. It has to mean that Canada says, plainly, that Ukraine's future in NATO is for Ukrainians and the allies to decide, not Moscow."
J3R = "Russia has demanded that NATO shut its door to Ukraine forever and that allied troops leave the countries on the alliance's eastern flank."
C2R = "It wants a written treaty that forbids NATO from ever moving east again and forbids Ukraine from ever choosing the west."
L[C] = [
 (J1, "melanie-joly", 1, "Mélanie Joly", "russia-de-escalation", "supports", 1, D),
 (J2, "melanie-joly", 1, "Mélanie Joly", "", "", 1, D),
 (J3, "melanie-joly", 1, "Mélanie Joly", "no-ukraine-membership", "rejects", 1, D),
 (J3, "melanie-joly", 1, "Mélanie Joly", "rollback-to-1997", "rejects", 1, D),
 (J3, "melanie-joly", 1, "Mélanie Joly", "nato-open-door", "supports", 1, D),
 (J3R, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (J3R, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 (J4, "melanie-joly", 1, "Mélanie Joly", "", "", 1, D),
 (C1, "michael-chong", 1, "Michael Chong", "", "", 1, D),
 (C2, "michael-chong", 1, "Michael Chong", "nato-non-expansion", "rejects", 1, D),
 (C2, "michael-chong", 1, "Michael Chong", "no-ukraine-membership", "rejects", 1, D),
 (C2, "michael-chong", 1, "Michael Chong", "written-legal-guarantees", "mentions", 1, D),
 (C2R, "russia", 0, "It", "nato-non-expansion", "supports", 0, ""),
 (C2R, "russia", 0, "It", "no-ukraine-membership", "supports", 0, ""),
 (C2R, "russia", 0, "It", "written-legal-guarantees", "supports", 0, ""),
 (J5, "melanie-joly", 1, "Mélanie Joly", "", "", 1, D),
 (B1, "stephane-bergeron", 1, "Stéphane Bergeron", "", "", 1, D),
 (B2, "stephane-bergeron", 1, "Stéphane Bergeron", "resume-military-dialogue", "mentions", 1, D),
 (J6, "melanie-joly", 1, "Mélanie Joly", "resume-military-dialogue", "supports", 1, D),
 (M1, "heather-mcpherson", 1, "Heather McPherson", "russia-de-escalation", "supports", 1, D),
 (K1, "darren-kowalyk", 1, "Darren Kowalyk", "", "", 1, D),
 (K2, "darren-kowalyk", 1, "Darren Kowalyk", "rollback-to-1997", "rejects", 1, D),
 ("President Putin has said that he wants NATO to go back to where it was in 1997.", "vladimir-putin", 1, "President Putin", "rollback-to-1997", "supports", 0, ""),
 (K3, "darren-kowalyk", 1, "Darren Kowalyk", "", "", 1, D),
 (N1, "yasir-naqvi", 1, "Yasir Naqvi", "", "", 1, D),
 (K4, "darren-kowalyk", 1, "Darren Kowalyk", "nato-open-door", "supports", 1, D),
 (K4, "darren-kowalyk", 1, "Darren Kowalyk", "no-ukraine-membership", "rejects", 1, D),
]

K = "kremlin-2021-12-21-putin-scholz-telephone-conversation"
P1 = "Vladimir Putin stressed that Russia needs legally binding guarantees that would exclude any further eastward expansion of NATO and the deployment of offensive weapons systems in countries bordering Russia."
P2 = "In the Kremlin readout, Putin is described as telling Scholz that Russia needed legal guarantees ruling out further NATO enlargement to the east and the stationing of offensive weapons in states next to Russia."
E = "2021-12-21"
L[K] = [
 (P1, "vladimir-putin", 1, "Vladimir Putin", "written-legal-guarantees", "supports", 0, E),
 (P1, "vladimir-putin", 1, "Vladimir Putin", "nato-non-expansion", "supports", 0, E),
 (P1, "vladimir-putin", 1, "Vladimir Putin", "no-strike-weapons-near-borders", "supports", 0, E),
 ("Russian President Vladimir Putin used his first phone call with Germany's new chancellor on Tuesday to lobby for Moscow's proposed security treaties with the West, according to the Kremlin's account of the conversation, while Berlin said Olaf Scholz had pressed for a de-escalation on the Ukrainian border.",
  "olaf-scholz", 1, "Olaf Scholz", "russia-de-escalation", "supports", 0, E),
 (P2, "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, E),
 (P2, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, E),
 (P2, "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, E),
 ("The chancellor stressed the urgent need for de-escalation of the situation on the Russian-Ukrainian border,",
  "steffen-hebestreit", 1, "Hebestreit", "russia-de-escalation", "supports", 1, E),
 ("He underlined Germany's support for the sovereignty and territorial integrity of Ukraine.", "steffen-hebestreit", 1, "Hebestreit", "", "", 1, E),
 ("We expect that the American side will come to the table soon, and that it will not drag this out,", "dmitry-peskov", 1, "Peskov", "", "", 1, E),
 ("On the same day, Putin told an expanded meeting of the Defence Ministry board that Russia had \"nowhere further to retreat\" and that the West must give Moscow long-term, legally fixed guarantees.",
  "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, E),
 ("Putin wants Berlin to see the treaty as a reasonable starting point and to lean on the Americans,", "katrin-oberlander", 1, "she", "", "", 1, ""),
 ("But no German government can sign up to a ban on NATO enlargement, and Scholz knows it.", "katrin-oberlander", 1, "she", "nato-non-expansion", "mentions", 1, ""),
 ("The German foreign minister, Annalena Baerbock, said last week that NATO's open-door policy was not up for negotiation and that Germany stood by the principles of the Paris Charter of 1990.",
  "annalena-baerbock", 1, "Annalena Baerbock", "nato-open-door", "supports", 0, ""),
 ("Moscow denies any plan to attack and says it is free to move troops on its own territory.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

G = "german-marshall-fund-2022-02-02-putin-answer-paper-trail"
PL = "He then listed them: no further enlargement of the alliance, no strike systems stationed near Russia's borders, and the return of NATO's military infrastructure in Europe to where it stood in 1997."
LV = "A day later, he told Russian radio stations that the main question was NATO's eastward expansion and the deployment of strike weapons near Russia, and that everything else was secondary."
JW = "The Russians asked for guarantees on paper, and they have received an offer of guarantees on paper, just not the ones they wanted most,"
T1 = "2022-02-01"
L[G] = [
 ("It is already clear that the fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, T1),
 (PL, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, T1),
 (PL, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, T1),
 (PL, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, T1),
 ("The Russian president went on to argue that Ukraine's accession would drag the alliance into a war with Russia.",
  "vladimir-putin", 1, "The Russian president", "no-ukraine-membership", "supports", 0, T1),
 ("Imagine that Ukraine is a NATO member and starts a military operation in Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, T1),
 ("Are we supposed to go to war with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, T1),
 ("no positive answer on the main question.", "sergei-lavrov", 1, "Sergey Lavrov", "", "", 1, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, "2022-01-28"),
 (LV, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 0, "2022-01-28"),
 ("Moscow has also made clear it wants more than promises.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Lavrov's ministry has repeatedly said that any guarantee must take the form of a treaty ratified by the U.S. Senate, not a political declaration that a future administration could drop.",
  "russian-foreign-ministry", 0, "Lavrov's ministry", "written-legal-guarantees", "supports", 0, ""),
 ("Blinken told reporters on January 26 that the U.S. was prepared to discuss reciprocal transparency measures and limits on missile deployments in Europe.",
  "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, "2022-01-26"),
 ("Stoltenberg, for his part, said NATO was ready to listen to Russia's concerns but would not compromise on the right of every country to choose its own path.",
  "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("Stoltenberg repeated on Tuesday that NATO expected Moscow to de-escalate.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, T1),
 ("We see no de-escalation on the ground; on the contrary, Russia continues to move in more troops,", "jens-stoltenberg", 1, "he", "russia-de-escalation", "supports", 1, T1),
 ("Whatever the historical record shows, the lesson Moscow draws from it is that words are worthless unless written into law.",
  "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("a moratorium or any other temporary arrangement.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 1, ""),
 ("The U.S. answer offers exactly what Russia says it values — legally binding, verifiable commitments — but on the issues where the West can give something: intermediate-range missiles, exercises, and military-to-military contacts.",
  "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (JW, "jakub-wielgosz-harrer", 1, "Jakub Wielgosz-Harrer", "written-legal-guarantees", "mentions", 1, ""),
 (JW, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 ("Ivana Rakić, an analyst of Russian military policy at GMF's Belgrade office, believes reopening military-to-military channels should be the first step.", "ivana-rakic", 1, "Ivana Rakić", "resume-military-dialogue", "supports", 0, ""),
 ("An incident in the Black Sea or over the Baltic is the most likely way this crisis turns into a war nobody planned,", "ivana-rakic", 1, "she", "", "", 1, ""),
 ("Restoring a standing dialogue between the general staffs is the cheapest insurance Europe can buy.", "ivana-rakic", 1, "she", "resume-military-dialogue", "supports", 1, ""),
]

write_gold(L, "articles-273", "gold-273")
