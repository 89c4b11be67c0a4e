#!/usr/bin/env python3
"""Writes the held-out gold of batch 235 (gold-235/*.nq) from the labels below.

Batch 235 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- yle-news-2022-01-13-finland-nato-option-not-on-the-table: Yle News (Finland),
  front matter, web news story with crossheads and "Read also" links; party tags
  after names ("Marin (SDP)"), a New Year's speech dated 1 January, Russia's draft
  treaty contents reported, Grushko and an FIIA analyst attributing demands to Moscow.
- lrt-english-2022-01-22-lithuania-rejects-1997-rollback: LRT English (Lithuania),
  no front matter, "2022.01.22 11:47" date line, „ “ quotes; the 1997 rollback
  clarified by the Russian MFA, Lithuanian officials as a group, Blinken-Lavrov in
  Geneva the day before, a distractor about Russian exercises, Founding Act history.
- telex-english-2022-02-02-orban-in-moscow-putin-says-concerns-ignored: Telex
  English (Hungary), front matter, translated-sounding prose; Putin's 1 February
  list of three demands in one quotation, Bucharest reported, Orbán's
  demand-less quotes, Szijjártó on troops in Hungary (not a Russian demand),
  an opposition leader, Baker 1990 background.
- nhk-world-2022-01-27-us-nato-written-responses-russia: NHK World-Japan, UTF-8 BOM
  and CRLF, no front matter; Japanese names family-name first (Matsuno Hirokazu,
  Hayashi Yoshimasa, Kawamura Shinji); the 26 January written answers, Lavrov's
  "main issue", Kuleba in reported speech, draft contents in the last sentence.
- indian-express-2022-02-01-explained-russia-security-guarantees-india: The Indian
  Express, no front matter, explainer with question crossheads; the explainer lists
  Moscow's demands in its own voice (labelled as Russia's), UNSC meeting of
  31 January, India's demand-less diplomacy quotes, analysts, Telegram junk line.
- anadolu-agency-2022-01-10-geneva-talks-ryabkov-sherman: Anadolu Agency, front
  matter, "- " crossheads that repeat a quotation, Ryabkov's quotation interrupted
  by "adding:", Sherman on open door, missiles and exercises, a Turkish minister's
  demand-less quote, an Ankara analyst.
- the-foreign-desk-podcast-2022-01-28-after-the-letters: podcast transcript
  (host and two guests), front matter, recorded 27 January; speaker labels,
  host questions unlabelled, each answer paragraph one quotation, an analyst who
  takes his own side on missiles, Lavrov and Blinken reported inside answers,
  very short answers.

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each paragraph
of an answer is one direct quotation (without the dash or speaker label);
questions and the host get no label. Reported speech: the whole sentence
(dateline excluded), direct 0. Stance by the speaker's own position; mentions
when the speaker only reports a demand, asks about it or offers to discuss it. A
direct quotation of six or more words about none of the demands gets one
demand-less label (demand "", stance ""); reported speech about no demand or
about demands left unspecified gets none. Background history, words quoted from
documents, headlines, crossheads, standfirsts, captions and link lines are not
labelled. A demand attributed in passing to Moscow inside another speaker's
sentence is also Russia's label (speaker russia, not a person, supports; undated
when no day is given). Dates are the day the words were said, resolved against
the publication date; "" when the text gives no day. Analysts and experts
(independent people) speak for themselves and have no side: they
"support"/"reject" only when they voice the demand in their own words with a
stance of their own, else "mentions".
"""
from goldlib import write_gold

NE = "nato-non-expansion"
UA = "no-ukraine-membership"
BU = "rescind-bucharest-2008"
SW = "no-strike-weapons-near-borders"
MI = "no-intermediate-range-missiles"
WA = "no-warships-aircraft-in-strike-range"
EX = "limit-military-exercises"
RB = "rollback-to-1997"
XS = "no-military-activity-ex-soviet"
WG = "written-legal-guarantees"
NP = "no-preconditions"
MD = "resume-military-dialogue"
DE = "russia-de-escalation"
OD = "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

d = "2022-01-13"
L["yle-news-2022-01-13-finland-nato-option-not-on-the-table"] = [
 ("Finland's top leadership closed ranks on Thursday after Russia used a week of high-level talks with the United States and NATO to press its demand that the Western military alliance take no new members.", "russia", 0, "Russia", NE, S, 0, ""),
 ("No other country can decide for Finland what we do with our own security. That decision belongs to Finns and to nobody else,", "sanna-marin", 1, "Marin", OD, S, 1, d),
 ("She said Moscow's insistence that NATO shut its doors to newcomers was not something Helsinki would ever accept as a basis for a deal.", "sanna-marin", 1, "She", NE, R, 0, d),
 ("She said Moscow's insistence that NATO shut its doors to newcomers was not something Helsinki would ever accept as a basis for a deal.", "russia", 0, "Moscow", NE, S, 0, d),
 ("remains open and will remain open", "sanna-marin", 1, "Marin", OD, S, 1, d),
 ("President Sauli Niinistö set the tone for the debate in his New Year's speech on 1 January, when he said Finland's room to manoeuvre also included the possibility of military alignment and of applying for NATO membership, should Finland itself so decide.", "sauli-niinisto", 1, "Sauli Niinistö", OD, S, 0, "2022-01-01"),
 ("Spheres of influence do not belong in the 2020s,", "sauli-niinisto", 1, "Niinistö", "", "", 1, "2022-01-01"),
 ("Every nation has the right to choose its own path, and that applies to Ukraine as much as it applies to us.", "sauli-niinisto", 1, "Niinistö", OD, S, 1, "2022-01-01"),
 ("Every nation has the right to choose its own path, and that applies to Ukraine as much as it applies to us.", "sauli-niinisto", 1, "Niinistö", UA, R, 1, "2022-01-01"),
 ("Russia's draft treaty with the United States, published by the Russian Foreign Ministry on 17 December, asks Washington to prevent further eastward expansion of NATO.", "russia", 0, "Russia", NE, S, 0, "2021-12-17"),
 ('A separate draft agreement with the alliance would commit NATO members to refrain from any further enlargement, including the accession of Ukraine "as well as other states".', "russia", 0, "draft agreement", NE, S, 0, "2021-12-17"),
 ('A separate draft agreement with the alliance would commit NATO members to refrain from any further enlargement, including the accession of Ukraine "as well as other states".', "russia", 0, "draft agreement", UA, S, 0, "2021-12-17"),
 ("serious military and political consequences", "maria-zakharova", 1, "Maria Zakharova", NE, S, 1, "2021-12-24"),
 ("The Russian side came with the same list it published in December, and it wants its guarantees on paper, legally binding, point by point,", "pekka-haavisto", 1, "Haavisto", WG, M, 1, "2022-01-12"),
 ("The Russian side came with the same list it published in December, and it wants its guarantees on paper, legally binding, point by point,", "russia", 0, "The Russian side", WG, S, 0, "2022-01-12"),
 ("What we heard from our partners is that there will be no agreement that limits the choices of sovereign countries.", "pekka-haavisto", 1, "Haavisto", OD, S, 1, "2022-01-12"),
 ("At a press conference in Brussels on Wednesday, NATO Secretary General Jens Stoltenberg said the allies had been united in rejecting any arrangement that would give Moscow a say over who joins.", "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 0, "2022-01-12"),
 ("It is only Finland and Sweden that can decide on their path, and if they one day apply, we will welcome them,", "jens-stoltenberg", 1, "Stoltenberg", OD, S, 1, "2022-01-12"),
 ("Russia does not have a veto.", "jens-stoltenberg", 1, "Stoltenberg", OD, S, 1, "2022-01-12"),
 ("Stoltenberg added that allies were ready to talk about arms control, including missiles, and about more transparency around military exercises, but that those talks had to be reciprocal.", "jens-stoltenberg", 1, "Stoltenberg", MI, M, 0, "2022-01-12"),
 ("Stoltenberg added that allies were ready to talk about arms control, including missiles, and about more transparency around military exercises, but that those talks had to be reciprocal.", "jens-stoltenberg", 1, "Stoltenberg", EX, M, 0, "2022-01-12"),
 ("Russia's delegation to the council was led by Deputy Foreign Minister Alexander Grushko, who told reporters afterwards that NATO's enlargement had brought the bloc's infrastructure close to Russia's borders and that Moscow needed an end to that process.", "alexander-grushko", 1, "Alexander Grushko", NE, S, 0, "2022-01-12"),
 ("Russia's delegation to the council was led by Deputy Foreign Minister Alexander Grushko, who told reporters afterwards that NATO's enlargement had brought the bloc's infrastructure close to Russia's borders and that Moscow needed an end to that process.", "russia", 0, "Moscow", NE, S, 0, "2022-01-12"),
 ("If NATO goes down the path of containment, there will be counter-containment,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("The message from the government was clear, and I share it: we keep the door open and we keep our nerve,", "elina-vartiainen", 1, "Vartiainen", OD, S, 1, d),
 ("I would warn against making historic decisions in a panic, in the middle of a crisis that is not about Finland,", "juha-rasanen", 1, "Räsänen", "", "", 1, ""),
 ("Russia wanted a written, legally binding promise that NATO would stop growing, and it knew it would not get it,", "mikael-lindroos", 1, "Lindroos", WG, M, 1, ""),
 ("Russia wanted a written, legally binding promise that NATO would stop growing, and it knew it would not get it,", "mikael-lindroos", 1, "Lindroos", NE, M, 1, ""),
 ("Russia wanted a written, legally binding promise that NATO would stop growing, and it knew it would not get it,", "russia", 0, "Russia", WG, S, 0, ""),
 ("Russia wanted a written, legally binding promise that NATO would stop growing, and it knew it would not get it,", "russia", 0, "Russia", NE, S, 0, ""),
 ("The question now is what Moscow does with the refusal.", "mikael-lindroos", 1, "Lindroos", "", "", 1, ""),
 ("He said that the emphasis in the Russian papers on the accession of “other states” was a deliberate signal to Finland and Sweden, but that in his view the real target was Ukraine.", "mikael-lindroos", 1, "He", NE, M, 0, ""),
 ("He said that the emphasis in the Russian papers on the accession of “other states” was a deliberate signal to Finland and Sweden, but that in his view the real target was Ukraine.", "mikael-lindroos", 1, "He", UA, M, 0, ""),
 ("He said that the emphasis in the Russian papers on the accession of “other states” was a deliberate signal to Finland and Sweden, but that in his view the real target was Ukraine.", "russia", 0, "the Russian papers", NE, S, 0, ""),
 ("According to Lindroos, the Kremlin also wants the alliance to pull back what it has built in the east since the late 1990s, which would touch the Baltic states and Poland directly.", "mikael-lindroos", 1, "Lindroos", RB, M, 0, ""),
 ("According to Lindroos, the Kremlin also wants the alliance to pull back what it has built in the east since the late 1990s, which would touch the Baltic states and Poland directly.", "russia", 0, "the Kremlin", RB, S, 0, ""),
]

d = "2022-01-22"
f = "2022-01-21"
L["lrt-english-2022-01-22-lithuania-rejects-1997-rollback"] = [
 ("Lithuanian officials on Saturday brushed aside Russia's latest explanation of what it means by rolling NATO back, after the Russian Foreign Ministry made clear that the demand covered allied troops in every country that joined the alliance after 1997.", "lithuania", 0, "Lithuanian officials", RB, R, 0, d),
 ("Lithuanian officials on Saturday brushed aside Russia's latest explanation of what it means by rolling NATO back, after the Russian Foreign Ministry made clear that the demand covered allied troops in every country that joined the alliance after 1997.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", RB, S, 0, f),
 ("In a statement published on its website on Friday, the Russian Foreign Ministry said its proposal on security guarantees contained „no ambiguities“ and that it was about the withdrawal of foreign forces, equipment and weapons from the states that were not NATO members in May 1997, naming Bulgaria and Romania as examples.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", RB, S, 0, f),
 ("There is nothing to discuss here. Lithuania is a member of NATO with the same rights as every other member, and allied soldiers in Rukla are here because we invited them,", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", RB, R, 1, d),
 ("Moscow wants to draw a line through Europe and put us on the wrong side of it,", "gabrielius-landsbergis", 1, "he", RB, R, 1, d),
 ("Moscow wants to draw a line through Europe and put us on the wrong side of it,", "russia", 0, "Moscow", RB, S, 0, d),
 ("We have been on the wrong side of such lines before. We will not go back.", "gabrielius-landsbergis", 1, "he", RB, R, 1, d),
 ("Landsbergis said Vilnius expected the written answers Washington has promised to hand over next week to say plainly that NATO's presence on the eastern flank was not up for negotiation.", "gabrielius-landsbergis", 1, "Landsbergis", RB, R, 0, d),
 ("Defence Minister Arvydas Anušauskas said that instead of leaving, allies were likely to send more troops to the region.", "arvydas-anusauskas", 1, "Arvydas Anušauskas", RB, R, 0, ""),
 ("If Russia wants fewer NATO soldiers near its borders, it should take its own tens of thousands of soldiers away from Ukraine's border and out of Belarus,", "arvydas-anusauskas", 1, "the minister", DE, S, 1, ""),
 ("If Russia wants fewer NATO soldiers near its borders, it should take its own tens of thousands of soldiers away from Ukraine's border and out of Belarus,", "arvydas-anusauskas", 1, "the minister", RB, M, 1, ""),
 ("If Russia wants fewer NATO soldiers near its borders, it should take its own tens of thousands of soldiers away from Ukraine's border and out of Belarus,", "russia", 0, "Russia", RB, S, 0, ""),
 ("According to the president, the alliance must not accept any agreement that would create two classes of members.", "gitanas-nauseda", 1, "the president", RB, R, 0, f),
 ("We were not expecting any breakthroughs today, but I believe we are now on a clearer path in understanding each other's concerns,", "antony-blinken", 1, "Blinken", "", "", 1, f),
 ("He said he had told Lavrov again that the door of NATO would stay open to any country that wished to join, and that the US would answer a Russian invasion of Ukraine with a swift and severe response.", "antony-blinken", 1, "He", OD, S, 0, f),
 ("We want guarantees, and our main demand, which is that NATO not move further eastward, is the centre of everything,", "sergei-lavrov", 1, "the Russian minister", NE, S, 1, f),
 ("For weeks many people in the West talked as if this was only about Ukraine joining or not joining NATO. The statement shows that Moscow also wants the infrastructure out of Romania, Bulgaria and, logically, out of Lithuania,", "aiste-mickeviciute", 1, "she", UA, M, 1, ""),
 ("For weeks many people in the West talked as if this was only about Ukraine joining or not joining NATO. The statement shows that Moscow also wants the infrastructure out of Romania, Bulgaria and, logically, out of Lithuania,", "aiste-mickeviciute", 1, "she", RB, M, 1, ""),
 ("For weeks many people in the West talked as if this was only about Ukraine joining or not joining NATO. The statement shows that Moscow also wants the infrastructure out of Romania, Bulgaria and, logically, out of Lithuania,", "russia", 0, "Moscow", RB, S, 0, ""),
 ("In my view there is no version of this demand that any allied government could sign, because it would mean abandoning members,", "aiste-mickeviciute", 1, "the analyst", RB, R, 1, ""),
 ("Our priority is that the allied presence is strengthened, not bargained away, and I am sure our partners understand this,", "viktorija-cmilyte-nielsen", 1, "she", RB, R, 1, f),
]

d = "2022-02-01"
L["telex-english-2022-02-02-orban-in-moscow-putin-says-concerns-ignored"] = [
 ("It is already clear that the fundamental concerns of Russia were ignored. We did not see adequate consideration of our three key demands: preventing NATO expansion, the refusal to deploy strike weapon systems near the Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed,", "vladimir-putin", 1, "the Russian president", NE, S, 1, d),
 ("It is already clear that the fundamental concerns of Russia were ignored. We did not see adequate consideration of our three key demands: preventing NATO expansion, the refusal to deploy strike weapon systems near the Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed,", "vladimir-putin", 1, "the Russian president", SW, S, 1, d),
 ("It is already clear that the fundamental concerns of Russia were ignored. We did not see adequate consideration of our three key demands: preventing NATO expansion, the refusal to deploy strike weapon systems near the Russian borders, and returning the military infrastructure of the bloc in Europe to the state of 1997, when the Russia-NATO Founding Act was signed,", "vladimir-putin", 1, "the Russian president", RB, S, 1, d),
 ("Last month the Russian Foreign Ministry said that its demand applies to Romania and Bulgaria, and did not exclude others.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", RB, S, 0, ""),
 ("Imagine that Ukraine is a member of NATO and starts these military operations. What then, we should go to war with the NATO bloc? Has anyone thought about this? It seems nobody did,", "vladimir-putin", 1, "Putin", UA, S, 1, d),
 ("According to the Russian president, the promise that Ukraine may join the alliance one day, made at the Bucharest summit in 2008, was a mistake that Moscow wants to be corrected, and he said he hopes that the dialogue will continue anyway.", "vladimir-putin", 1, "the Russian president", BU, S, 0, d),
 ("According to the Russian president, the promise that Ukraine may join the alliance one day, made at the Bucharest summit in 2008, was a mistake that Moscow wants to be corrected, and he said he hopes that the dialogue will continue anyway.", "russia", 0, "Moscow", BU, S, 0, d),
 ("I told the president that the differences are bridgeable, and that a good agreement which guarantees lasting peace and security for Russia as well as for the NATO member states is possible,", "viktor-orban", 1, "Orbán", "", "", 1, d),
 ("Hungary is a small country, it has no influence on the decisions of the great powers, but we have an interest: that there is no war,", "viktor-orban", 1, "he", "", "", 1, d),
 ("Asked whether Hungary would agree to the withdrawal of allied infrastructure from its territory, as Russia's 1997 demand suggests, Orbán did not answer directly.", "russia", 0, "Russia", RB, S, 0, ""),
 ("The Hungarian Defence Forces can protect Hungary, we see no need for foreign soldiers here,", "peter-szijjarto", 1, "Szijjártó", "", "", 1, "2022-01-31"),
 ("Hungary belongs to the West. It is not Vladimir Putin who decides which country can join NATO and which cannot, and it is not him who decides where allied soldiers can be,", "peter-marki-zay", 1, "Márki-Zay", OD, S, 1, d),
 ("Hungary belongs to the West. It is not Vladimir Putin who decides which country can join NATO and which cannot, and it is not him who decides where allied soldiers can be,", "peter-marki-zay", 1, "Márki-Zay", RB, R, 1, d),
 ("He also said that, in his view, the prime minister should be in Brussels and not in Moscow while Russian tanks stand at the Ukrainian border, and called on Russia to withdraw its forces.", "peter-marki-zay", 1, "He", DE, S, 0, d),
 ("He listed the three demands once more, but he did not say that the talks are finished. For me this is the most important sentence of the evening,", "bence-kovacs-szalai", 1, "the expert", "", "", 1, ""),
 ("In his view, the Americans offered in their letter to negotiate on the deployment of missiles and on the transparency of military exercises, and this is where a compromise can come.", "bence-kovacs-szalai", 1, "his", MI, M, 0, ""),
 ("In his view, the Americans offered in their letter to negotiate on the deployment of missiles and on the transparency of military exercises, and this is where a compromise can come.", "bence-kovacs-szalai", 1, "his", EX, M, 0, ""),
 ("On missiles there can be a deal, on the enlargement of NATO there cannot be, and the Russians know it very well,", "bence-kovacs-szalai", 1, "Kovács-Szalai", MI, M, 1, ""),
 ("On missiles there can be a deal, on the enlargement of NATO there cannot be, and the Russians know it very well,", "bence-kovacs-szalai", 1, "Kovács-Szalai", NE, M, 1, ""),
]

w = "2022-01-26"
t = "2022-01-27"
L["nhk-world-2022-01-27-us-nato-written-responses-russia"] = [
 ("He said the US will not publish the text, but that it reaffirms the principle that every country has the right to choose its own alliances.", "antony-blinken", 1, "He", OD, S, 0, w),
 ("There is no change, there will be no change. NATO's door is open, and that is something we have made clear from the start,", "antony-blinken", 1, "Blinken", OD, S, 1, w),
 ("Blinken said the response also lays out areas where the two sides could make progress, including arms control for missiles in Europe, greater transparency on military exercises and measures to reduce the risk of incidents at sea and in the air.", "antony-blinken", 1, "Blinken", MI, M, 0, w),
 ("Blinken said the response also lays out areas where the two sides could make progress, including arms control for missiles in Europe, greater transparency on military exercises and measures to reduce the risk of incidents at sea and in the air.", "antony-blinken", 1, "Blinken", EX, M, 0, w),
 ("NATO Secretary General Jens Stoltenberg said the alliance has proposed to restore the offices of NATO and Russia in each other's capitals and to use military channels of communication to prevent dangerous incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", MD, S, 0, ""),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, ""),
 ("The main issue is our clear position on the unacceptability of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", NE, S, 1, t),
 ("The main issue is our clear position on the unacceptability of further expansion of NATO to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", SW, S, 1, t),
 ("It is obvious that it will take time to analyze the documents,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("Kuleba said it was important that the United States had not made any concessions that would limit Ukraine's right to seek membership in NATO.", "dmytro-kuleba", 1, "Kuleba", OD, S, 0, ""),
 ("Kuleba said it was important that the United States had not made any concessions that would limit Ukraine's right to seek membership in NATO.", "dmytro-kuleba", 1, "Kuleba", UA, R, 0, ""),
 ("Japan will continue to cooperate closely with the United States and other G7 members, and we will respond appropriately,", "matsuno-hirokazu", 1, "Matsuno", "", "", 1, t),
 ("Hayashi called on Russia to reduce tensions, including by pulling back the troops it has gathered near the border with Ukraine.", "hayashi-yoshimasa", 1, "Hayashi", DE, S, 0, ""),
 ("Russia cannot accept a letter that leaves NATO's door open, and the US cannot give a guarantee that closes it. But there is a real negotiation possible on missiles and on military drills,", "kawamura-shinji", 1, "Kawamura", NE, M, 1, ""),
 ("Russia cannot accept a letter that leaves NATO's door open, and the US cannot give a guarantee that closes it. But there is a real negotiation possible on missiles and on military drills,", "kawamura-shinji", 1, "Kawamura", OD, M, 1, ""),
 ("Russia cannot accept a letter that leaves NATO's door open, and the US cannot give a guarantee that closes it. But there is a real negotiation possible on missiles and on military drills,", "kawamura-shinji", 1, "Kawamura", MI, M, 1, ""),
 ("Russia cannot accept a letter that leaves NATO's door open, and the US cannot give a guarantee that closes it. But there is a real negotiation possible on missiles and on military drills,", "kawamura-shinji", 1, "Kawamura", EX, M, 1, ""),
 ("Russia cannot accept a letter that leaves NATO's door open, and the US cannot give a guarantee that closes it. But there is a real negotiation possible on missiles and on military drills,", "russia", 0, "Russia", NE, S, 0, ""),
 ("Russia in December published draft agreements with the US and NATO that include a ban on NATO's further expansion and a ban on deploying intermediate-range missiles in areas where they can reach the other side's territory.", "russia", 0, "Russia", NE, S, 0, ""),
 ("Russia in December published draft agreements with the US and NATO that include a ban on NATO's further expansion and a ban on deploying intermediate-range missiles in areas where they can reach the other side's territory.", "russia", 0, "Russia", MI, S, 0, ""),
]

m = "2022-01-31"
L["indian-express-2022-02-01-explained-russia-security-guarantees-india"] = [
 ("The first and most important ask: Moscow wants NATO to formally rule out admitting Ukraine, Georgia or any other country that was once part of the Soviet Union.", "russia", 0, "Moscow", UA, S, 0, ""),
 ("The first and most important ask: Moscow wants NATO to formally rule out admitting Ukraine, Georgia or any other country that was once part of the Soviet Union.", "russia", 0, "Moscow", NE, S, 0, ""),
 ("The Kremlin wants this in a legally binding text, not as a political promise, and Russian officials have repeatedly said that oral assurances given in the past were not kept.", "russia", 0, "The Kremlin", WG, S, 0, ""),
 ("Russia also wants NATO to take back the forces and military infrastructure it has placed in Central and Eastern Europe since 1997, the year the NATO-Russia Founding Act was signed.", "russia", 0, "Russia", RB, S, 0, ""),
 ("Moscow's drafts would also bar the deployment of intermediate-range missiles within striking distance of each other's territory, and would stop the US from setting up bases or carrying out military activity in former Soviet republics that are not in NATO, such as Ukraine.", "russia", 0, "Moscow", MI, S, 0, ""),
 ("Moscow's drafts would also bar the deployment of intermediate-range missiles within striking distance of each other's territory, and would stop the US from setting up bases or carrying out military activity in former Soviet republics that are not in NATO, such as Ukraine.", "russia", 0, "Moscow", XS, S, 0, ""),
 ("The package must be taken as a whole,", "sergei-ryabkov", 1, "he", "", "", 1, ""),
 ('Washington has not made the text public, but Secretary of State Antony Blinken has said it offers talks on arms control and confidence-building, while holding firm on NATO\'s "open door".', "antony-blinken", 1, "Antony Blinken", OD, S, 0, ""),
 ("This is the largest mobilisation of troops in Europe in decades. If Russia is serious about diplomacy, it can start by pulling those forces back,", "linda-thomas-greenfield", 1, "she", DE, S, 1, m),
 ("He said Moscow had never threatened anyone and that the deployment of Russian troops on Russian territory was nobody's business.", "vassily-nebenzia", 1, "He", DE, R, 0, m),
 ("Our Western colleagues are talking about de-escalation, but they themselves are pumping Ukraine full of weapons and instructors,", "vassily-nebenzia", 1, "Nebenzia", DE, R, 1, m),
 ("Our Western colleagues are talking about de-escalation, but they themselves are pumping Ukraine full of weapons and instructors,", "vassily-nebenzia", 1, "Nebenzia", XS, S, 1, m),
 ("He added that NATO's eastward expansion was the root cause of the crisis and had to be stopped.", "vassily-nebenzia", 1, "He", NE, S, 0, m),
 ("Quiet and constructive diplomacy is the need of the hour. Any step which increases tension may best be avoided by all sides,", "t-s-tirumurti", 1, "Tirumurti", "", "", 1, m),
 ("We are following the developments closely, including the ongoing talks between the US and Russia,", "arindam-bagchi", 1, "he", "", "", 1, ""),
 ("Delhi will not endorse any side's maximalist position. Russia's ask that NATO freeze its borders and give up the eastern flank is a non-starter in Washington, and the Western insistence on an open door is a non-starter in Moscow,", "nandita-raghavan", 1, "she", NE, M, 1, ""),
 ("Delhi will not endorse any side's maximalist position. Russia's ask that NATO freeze its borders and give up the eastern flank is a non-starter in Washington, and the Western insistence on an open door is a non-starter in Moscow,", "nandita-raghavan", 1, "she", RB, M, 1, ""),
 ("Delhi will not endorse any side's maximalist position. Russia's ask that NATO freeze its borders and give up the eastern flank is a non-starter in Washington, and the Western insistence on an open door is a non-starter in Moscow,", "nandita-raghavan", 1, "she", OD, M, 1, ""),
 ("Delhi will not endorse any side's maximalist position. Russia's ask that NATO freeze its borders and give up the eastern flank is a non-starter in Washington, and the Western insistence on an open door is a non-starter in Moscow,", "russia", 0, "Russia", NE, S, 0, ""),
 ("Delhi will not endorse any side's maximalist position. Russia's ask that NATO freeze its borders and give up the eastern flank is a non-starter in Washington, and the Western insistence on an open door is a non-starter in Moscow,", "russia", 0, "Russia", RB, S, 0, ""),
 ("According to Raghavan, the likeliest outcome was a limited deal on missiles and exercises, with the larger questions parked.", "nandita-raghavan", 1, "Raghavan", MI, M, 0, ""),
 ("According to Raghavan, the likeliest outcome was a limited deal on missiles and exercises, with the larger questions parked.", "nandita-raghavan", 1, "Raghavan", EX, M, 0, ""),
 ("I do not see a war in the coming weeks. Both sides are negotiating through the press, and that usually means they still want to negotiate,", "pramod-kumar-sinha", 1, "Sinha", "", "", 1, ""),
]

d = "2022-01-10"
L["anadolu-agency-2022-01-10-geneva-talks-ryabkov-sherman"] = [
 ("Russian and US diplomats on Monday ended nearly eight hours of talks on security guarantees in Geneva without a breakthrough, with Moscow insisting that Ukraine must never become a NATO member and Washington rejecting what it called non-starters.", "russia", 0, "Moscow", UA, S, 0, d),
 ("difficult, long, very professional, deep, concrete", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, d),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", UA, S, 1, d),
 ("ironclad, waterproof, bulletproof, legally binding guarantees,", "sergei-ryabkov", 1, "He", WG, S, 1, d),
 ("Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "He", WG, S, 1, d),
 ("Ryabkov said Moscow had told the American side that the deployment of US intermediate-range missiles in Europe was unacceptable, and that on this point the sides had found some common understanding.", "sergei-ryabkov", 1, "Ryabkov", MI, S, 0, d),
 ("Ryabkov said Moscow had told the American side that the deployment of US intermediate-range missiles in Europe was unacceptable, and that on this point the sides had found some common understanding.", "russia", 0, "Moscow", MI, S, 0, d),
 ("no reason to fear an escalation scenario.", "sergei-ryabkov", 1, "He", "", "", 1, d),
 ("We have no intention to attack Ukraine. Troops move on our own territory, as they have always done,", "sergei-ryabkov", 1, "he", DE, R, 1, d),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", OD, S, 1, d),
 ("She said the US would not make decisions about Ukraine without Ukraine, and about Europe without Europe, and that Washington would not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "She", XS, R, 0, d),
 ("Sherman said the US was open to discussing the future deployment of certain missile systems in Europe, and possible limits on the size and scope of military exercises, but only on a reciprocal basis.", "wendy-sherman", 1, "Sherman", MI, M, 0, d),
 ("Sherman said the US was open to discussing the future deployment of certain missile systems in Europe, and possible limits on the size and scope of military exercises, but only on a reciprocal basis.", "wendy-sherman", 1, "Sherman", EX, M, 0, d),
 ("It is very hard to make real progress in an atmosphere of escalation. The best way forward is for Russia to de-escalate and to move its troops back to their barracks,", "wendy-sherman", 1, "she", DE, S, 1, d),
 ("As a NATO ally and a neighbor of both Russia and Ukraine in the Black Sea, we want this problem to be solved through dialogue and diplomacy,", "mevlut-cavusoglu", 1, "Cavusoglu", "", "", 1, d),
 ("Moscow says NATO must stop taking in new members and Washington says that is not negotiable. Between those two sentences there is no room for compromise,", "selin-aktas-karaman", 1, "she", NE, M, 1, ""),
 ("Moscow says NATO must stop taking in new members and Washington says that is not negotiable. Between those two sentences there is no room for compromise,", "russia", 0, "Moscow", NE, S, 0, ""),
 ("Karaman said the more promising areas were missile deployments and military exercises, where both Russia and the US had an interest in limiting risks.", "selin-aktas-karaman", 1, "Karaman", MI, M, 0, ""),
 ("Karaman said the more promising areas were missile deployments and military exercises, where both Russia and the US had an interest in limiting risks.", "selin-aktas-karaman", 1, "Karaman", EX, M, 0, ""),
 ("If these talks lead to a new arms control framework in Europe, it would be a very important result, even without a solution on enlargement,", "selin-aktas-karaman", 1, "she", NE, M, 1, ""),
 ("In December, Russia published draft proposals for security treaties with the US and NATO, which demand that the alliance withdraw forces deployed in countries that joined after 1997 and rule out further enlargement.", "russia", 0, "Russia", RB, S, 0, ""),
 ("In December, Russia published draft proposals for security treaties with the US and NATO, which demand that the alliance withdraw forces deployed in countries that joined after 1997 and rule out further enlargement.", "russia", 0, "Russia", NE, S, 0, ""),
]

d = "2022-01-27"
JM, KW = "jonathan-mercer-hale", "katarzyna-wolska"
P1 = "So, from what's been briefed, it's essentially two baskets. The first basket is the stuff Russia really cares about, and there the answer is a polite but firm no. Moscow asked for a legally binding promise that NATO would never take in Ukraine, and it asked for the alliance to pull its forces back to where they were before the first post-Cold War enlargement. Neither of those is in the letter."
P1r = "Moscow asked for a legally binding promise that NATO would never take in Ukraine, and it asked for the alliance to pull its forces back to where they were before the first post-Cold War enlargement."
P2 = "The second basket is where it gets interesting. The US is offering to talk about reciprocal limits on where you put ground-launched intermediate-range missiles, transparency measures on big exercises, maybe some confidence-building around bomber flights and naval activity. That's real arms control, and frankly it's stuff the Russians have been asking for in one form or another since the INF Treaty collapsed."
P2r = "That's real arms control, and frankly it's stuff the Russians have been asking for in one form or another since the INF Treaty collapsed."
W1 = "It looks like relief, honestly. The fear in this region was that the Americans would negotiate over our heads, that there would be some kind of Yalta moment. That didn't happen. The US consulted closely, and the principle that NATO's door stays open is intact."
W2 = "And I want to be clear about my own view here. The idea that a third country gets a veto over who joins an alliance of democracies is unacceptable. Ukraine has every right to apply, and whether it is ready is a question for Ukraine and for the thirty allies, not for the Kremlin."
W3 = "In the short term, no, nobody thinks Ukraine joins next year. But if you give up the principle, you give up much more than Ukraine. You tell Moscow that pressure works."
M3 = "I think it's an opening position. You put it on the table so that when you drop it, it looks like a concession. Nobody in Moscow expects Poland or the Baltics to be emptied of allied troops."
W5 = "For us, it's not theatre. Russia is saying that countries like Poland are second-class members, where allied soldiers should not be. That is the substance of the demand, and we reject it completely. The allied presence on the eastern flank should grow, not shrink, and that is what I've been arguing for years."
W5r = "Russia is saying that countries like Poland are second-class members, where allied soldiers should not be."
M4 = "It's a door not slamming, which in this business counts for something. Lavrov was careful. He said the main thing, for Moscow, is non-expansion of NATO and no strike weapons close to Russia's borders, and that the US didn't move on that. But he didn't say the talks were over."
M4r = "He said the main thing, for Moscow, is non-expansion of NATO and no strike weapons close to Russia's borders, and that the US didn't move on that."
M5 = "Here's where I'll stick my neck out. I think Washington should go further on missiles. A verifiable, reciprocal commitment that neither side deploys ground-launched intermediate-range missiles in Europe is in America's interest anyway. We proposed something like it in the eighties. We should put it in writing now."
M5b = "On missiles, yes. On membership, no."
W6 = "I'm in favour. Channels between the militaries should never have gone quiet, and when there are this many troops near a border, you want the generals to be able to pick up the phone."
M6 = "It's the precondition for everything else, from Washington's point of view. Blinken keeps saying that diplomacy and escalation can't run in parallel for long. The Russians for their part say it's their own territory and nobody's business."
M6b = "Blinken keeps saying that diplomacy and escalation can't run in parallel for long."
M6r = "The Russians for their part say it's their own territory and nobody's business."
M7 = "As far as I can tell, absolutely not. The administration has been clear that security assistance to Ukraine continues, and in fact they've sped it up."
W8 = "And they should. If anything, what Ukraine needs now is more help, not less."
L["the-foreign-desk-podcast-2022-01-28-after-the-letters"] = [
 (P1, JM, 1, "MERCER-HALE", UA, M, 1, d),
 (P1, JM, 1, "MERCER-HALE", WG, M, 1, d),
 (P1, JM, 1, "MERCER-HALE", RB, M, 1, d),
 (P1r, "russia", 0, "Moscow", UA, S, 0, ""),
 (P1r, "russia", 0, "Moscow", WG, S, 0, ""),
 (P1r, "russia", 0, "Moscow", RB, S, 0, ""),
 (P2, JM, 1, "MERCER-HALE", MI, M, 1, d),
 (P2, JM, 1, "MERCER-HALE", EX, M, 1, d),
 (P2, JM, 1, "MERCER-HALE", WA, M, 1, d),
 (P2r, "russia", 0, "the Russians", MI, S, 0, ""),
 (P2r, "russia", 0, "the Russians", EX, S, 0, ""),
 (P2r, "russia", 0, "the Russians", WA, S, 0, ""),
 (W1, KW, 1, "WOLSKA", OD, S, 1, d),
 (W2, KW, 1, "WOLSKA", OD, S, 1, d),
 (W2, KW, 1, "WOLSKA", UA, R, 1, d),
 (W3, KW, 1, "WOLSKA", OD, S, 1, d),
 (W3, KW, 1, "WOLSKA", UA, R, 1, d),
 (M3, JM, 1, "MERCER-HALE", RB, M, 1, d),
 ("I'm not sure I agree with that.", KW, 1, "WOLSKA", "", "", 1, d),
 (W5, KW, 1, "WOLSKA", RB, R, 1, d),
 (W5r, "russia", 0, "Russia", RB, S, 0, ""),
 (M4, JM, 1, "MERCER-HALE", NE, M, 1, d),
 (M4, JM, 1, "MERCER-HALE", SW, M, 1, d),
 (M4r, "sergei-lavrov", 1, "He", NE, S, 0, d),
 (M4r, "sergei-lavrov", 1, "He", SW, S, 0, d),
 (M4r, "russia", 0, "Moscow", NE, S, 0, d),
 (M4r, "russia", 0, "Moscow", SW, S, 0, d),
 (M5, JM, 1, "MERCER-HALE", MI, S, 1, d),
 (M5b, JM, 1, "MERCER-HALE", MI, S, 1, d),
 (M5b, JM, 1, "MERCER-HALE", UA, R, 1, d),
 (W6, KW, 1, "WOLSKA", MD, S, 1, d),
 (M6, JM, 1, "MERCER-HALE", DE, M, 1, d),
 (M6b, "antony-blinken", 1, "Blinken", DE, S, 0, ""),
 (M6r, "russia", 0, "The Russians", DE, R, 0, ""),
 ("Which is what they said in 2014, too.", KW, 1, "WOLSKA", "", "", 1, d),
 (M7, JM, 1, "MERCER-HALE", XS, M, 1, d),
 (W8, KW, 1, "WOLSKA", XS, R, 1, d),
 ("Still talking, and still very worried.", KW, 1, "WOLSKA", "", "", 1, d),
 ("I'd say Putin is going to have to decide whether he wants a negotiation or a war, and I don't think he's decided yet.", JM, 1, "MERCER-HALE", "", "", 1, d),
]

write_gold(L, "articles-235", "gold-235")
