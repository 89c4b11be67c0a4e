#!/usr/bin/env python3
"""Writes the held-out gold of batch 228 (gold-228/*.nq) from the labels below.

Batch 228 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- nytimes-2022-01-27-lavrov-reply-moscow: New York Times report from Moscow with
  front matter, curly quotes, caption, quotes interrupted by "said", the Baker 1990
  history, a paraphrase of the December drafts, vox-pop and an analyst.
- reuters-2022-01-26-factbox-russia-demands: Reuters factbox, bullets under
  capitalised crossheads, a quoted draft-treaty article and a quoted Bucharest
  phrase (not labelled), an anonymous State Department official, many demands
  attributed to Russia/Moscow without a day.
- nato-2022-01-12-stoltenberg-press-conference-nrc: NATO transcript without
  front matter; speaker labels, spokesperson host and journalists' questions (no
  labels), each answer paragraph one quotation, demands rejected by meaning
  ("fly and sail in international waters", "the decision we took in 2008 stands").
- ria-2022-01-24-grushko-interview-guarantees: RIA Novosti report of an interview,
  machine-translated English, « » quotes with "- said he", "Read also" lines
  naming demands, "de-escalation" used by the Russian side, Zakharova "earlier".
- ukrinform-2022-01-27-kuleba-us-response: Ukrinform report, UTF-8 BOM and CRLF,
  date line "27.01.2022 14:12", straight quotes, a Rada member quoting the
  Kremlin's wish, boilerplate background listing Moscow's demands.
- euronews-2022-01-14-explainer-week-of-talks: Euronews explainer with question
  crossheads, short quoted fragments inside reported speech, OSCE speakers,
  two analysts, 1990/1997/2008 history.
- axios-2022-01-26-us-written-response-russia: Axios item with bold-style lead-ins
  and dash bullets, "There is no change, there will be no change" meaning the
  open door, a quoted fragment by Ryabkov, a December Putin flashback.

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
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

NE, UA, BU, SW = "nato-non-expansion", "no-ukraine-membership", "rescind-bucharest-2008", "no-strike-weapons-near-borders"
INF, SEA, EX, R97 = "no-intermediate-range-missiles", "no-warships-aircraft-in-strike-range", "limit-military-exercises", "rollback-to-1997"
EXS, WR, NP, MIL = "no-military-activity-ex-soviet", "written-legal-guarantees", "no-preconditions", "resume-military-dialogue"
DE, OD = "russia-de-escalation", "nato-open-door"
S, R, M = "supports", "rejects", "mentions"

# --- New York Times, Moscow, 27 Jan 2022 (Thursday) ---
lav1 = "The main issue is our clear position on the inadmissibility of further eastward expansion of NATO and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
lap1 = "The Kremlin has put non-enlargement at the very top of the list, above everything else, and nobody in Washington is in a position to give that,"
lap2 = "So the question now is whether Putin looks for a way to declare a partial victory on missiles and drills, or whether he decides that talking has run its course."
usoff = "American officials have said the document proposes negotiations on reciprocal limits on where offensive missiles can be placed in Europe and on the size and location of military exercises on both sides of the line."
drafts = "The draft treaties that Moscow published in December would have barred NATO from admitting Ukraine and any other new members and obliged the alliance to pull forces out of the countries that joined after 1997."
L["nytimes-2022-01-27-lavrov-reply-moscow"] = [
 (lav1, "sergei-lavrov", 1, "Sergey V. Lavrov", NE, S, 1, "2022-01-27"),
 (lav1, "sergei-lavrov", 1, "Sergey V. Lavrov", SW, S, 1, "2022-01-27"),
 ("There is a reaction in the document that gives hope for the start of a serious conversation, but only on secondary questions.", "sergei-lavrov", 1, "Mr. Lavrov", "", "", 1, "2022-01-27"),
 ("It is obvious that our main concerns have not been taken into account in this document,", "dmitry-peskov", 1, "Mr. Peskov", "", "", 1, "2022-01-27"),
 ("But we will study it, and then we will decide.", "dmitry-peskov", 1, "Mr. Peskov", "", "", 1, "2022-01-27"),
 (usoff, "united-states", 0, "American officials", INF, M, 0, ""),
 (usoff, "united-states", 0, "American officials", EX, M, 0, ""),
 ("makes clear that there are core principles that we are committed to uphold, including the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "Antony J. Blinken", OD, S, 1, "2022-01-26"),
 ("He told reporters at the State Department that there had been no change in NATO’s open-door policy and that there would be none.", "antony-blinken", 1, "He", OD, S, 0, "2022-01-26"),
 (lap1, "yevgenia-lapshina", 1, "Yevgenia Lapshina", NE, M, 1, ""),
 (lap1, "russia", 0, "The Kremlin", NE, S, 0, ""),
 (lap2, "yevgenia-lapshina", 1, "Yevgenia Lapshina", INF, M, 1, ""),
 (lap2, "yevgenia-lapshina", 1, "Yevgenia Lapshina", EX, M, 1, ""),
 ("Russian officials have seized on that history to argue that the West owes them something more binding this time.", "russia", 0, "Russian officials", WR, S, 0, ""),
 (drafts, "russia", 0, "Moscow", NE, S, 0, ""),
 (drafts, "russia", 0, "Moscow", UA, S, 0, ""),
 (drafts, "russia", 0, "Moscow", R97, S, 0, ""),
 ("American and NATO soldiers have no business in the Baltics and in Poland, and sooner or later they will have to go back to where they stood in 1997,", "aleksandr-vereshchagin", 1, "Aleksandr Vereshchagin", R97, S, 1, "2022-01-27"),
 ("At the Pentagon, John F. Kirby, the press secretary, said on Wednesday that Russia should pull its forces back from Ukraine’s borders if it was serious about diplomacy.", "john-kirby", 1, "John F. Kirby", DE, S, 0, "2022-01-26"),
 ("Everyone here is tired of hearing about war that never comes,", "marina-golubeva", 1, "Marina Golubeva", "", "", 1, ""),
 ("I just want the prices to stop going up.", "marina-golubeva", 1, "Marina Golubeva", "", "", 1, ""),
]

# --- Reuters factbox, 26 Jan 2022 (Wednesday) ---
r1 = "Russia wants a legally binding promise that the alliance will admit no new members, and in particular that Ukraine will never be allowed to join."
bu = "Moscow wants that pledge formally withdrawn; the alliance has refused."
st = "NATO Secretary-General Jens Stoltenberg has repeatedly said that only Ukraine and the 30 allies can decide whether Kyiv joins, and that Russia has no say in the matter."
usd = "U.S. officials have said they are willing to discuss reciprocal restrictions on missile deployments in Europe and on the scale of exercises, as well as measures to reduce the risk of incidents at sea and in the air."
st12 = "After a meeting of the NATO-Russia Council in Brussels on Jan. 12, Stoltenberg said allies were ready to talk about arms control, missile deployments and greater transparency around exercises, but would not compromise on the right of each nation to choose its own path."
L["reuters-2022-01-26-factbox-russia-demands"] = [
 (r1, "russia", 0, "Russia", NE, S, 0, ""),
 (r1, "russia", 0, "Russia", UA, S, 0, ""),
 (r1, "russia", 0, "Russia", WR, S, 0, ""),
 ("We need to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", UA, S, 1, "2022-01-10"),
 (bu, "russia", 0, "Moscow", BU, S, 0, ""),
 (bu, "nato", 0, "the alliance", BU, R, 0, ""),
 (st, "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 0, ""),
 (st, "jens-stoltenberg", 1, "Jens Stoltenberg", UA, R, 0, ""),
 ("Moscow is asking NATO to remove troops and weapons it has stationed since 1997 in countries that joined the alliance after that year - in effect all of central and eastern Europe and the Baltic states.", "russia", 0, "Moscow", R97, S, 0, ""),
 ("Moscow also wants NATO to forgo any military activity in Ukraine, the South Caucasus and Central Asia, regions that Russia regards as its backyard.", "russia", 0, "Moscow", EXS, S, 0, ""),
 ("Washington and its allies say deploying allied forces on allied territory is not up for negotiation.", "united-states", 0, "Washington", R97, R, 0, ""),
 ("There will be no rolling back of NATO's presence on its eastern flank,", "us-state-department", 0, "a senior U.S. State Department official", R97, R, 1, "2022-01-25"),
 ("Under the Russian drafts, neither side would station intermediate- and shorter-range missiles in places from which they could hit the other's territory.", "russia", 0, "the Russian drafts", INF, S, 0, ""),
 ("Russia also wants both sides to keep warships and heavy bombers out of areas from which they could strike targets on the other side, which would affect U.S. and allied patrols in the Black Sea and the Baltic.", "russia", 0, "Russia", SEA, S, 0, ""),
 ("Russia has proposed that drills involving more than a brigade be banned along agreed border zones and that both sides exchange information about exercises.", "russia", 0, "Russia", EX, S, 0, ""),
 (usd, "united-states", 0, "U.S. officials", INF, M, 0, ""),
 (usd, "united-states", 0, "U.S. officials", EX, M, 0, ""),
 (st12, "jens-stoltenberg", 1, "Stoltenberg", INF, M, 0, "2022-01-12"),
 (st12, "jens-stoltenberg", 1, "Stoltenberg", EX, M, 0, "2022-01-12"),
 (st12, "jens-stoltenberg", 1, "Stoltenberg", OD, S, 0, "2022-01-12"),
 ("NATO has also proposed restoring its liaison office in Moscow and Russia's mission to the alliance in Brussels, which were shut in October, and making better use of military-to-military hotlines.", "nato", 0, "NATO", MIL, S, 0, ""),
 ("Washington has said Russia must first pull back the troops it has deployed near Ukraine's borders for any agreement to be possible.", "united-states", 0, "Washington", DE, S, 0, ""),
 ("Russian Foreign Minister Sergei Lavrov has said Moscow expects guarantees that are legally binding rather than political declarations, which he said the West had broken in the past.", "sergei-lavrov", 1, "Sergei Lavrov", WR, S, 0, ""),
 ("We will not rush to conclusions, the documents need to be read carefully,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-26"),
]

# --- NATO transcript, 12 Jan 2022 ---
SG = "NATO Secretary General Jens Stoltenberg"
p3 = "Allies called on Russia to immediately de-escalate the situation along Ukraine's borders, to withdraw its forces, and to refrain from any further aggressive actions. There is a real risk for new armed conflict in Europe."
p4 = "Allies also made clear that we will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and 30 NATO Allies can decide when Ukraine is ready to join NATO. Russia does not have a veto over that process."
p5 = "Russia's demand that NATO withdraw forces and infrastructure from the Allies that joined after 1997 is something we will not agree to. We will not have first- and second-class members in NATO. We will continue to protect and defend all Allies."
p6 = "At the same time, NATO Allies are ready to sit down with Russia and discuss arms control, including the placement of intermediate-range missiles in Europe, as well as greater transparency and risk reduction around military exercises. We also proposed to re-establish our respective offices in Moscow and Brussels, and to make full use of our military-to-military channels of communication to prevent incidents and accidents."
a2 = "But let me be very clear: NATO will not give up its open door policy, and we will not sign anything that shuts the door to new members. That is a matter for Allies and the aspirant countries alone, not for Russia."
D12 = "2022-01-12"
L["nato-2022-01-12-stoltenberg-press-conference-nrc"] = [
 ("Good afternoon. We have just concluded a meeting of the NATO-Russia Council. It was the first meeting of the Council in more than two years, and I welcome that all 30 Allies and Russia sat around the same table and engaged on substantive topics.", "jens-stoltenberg", 1, SG, "", "", 1, D12),
 ("It was not an easy discussion, but that is exactly why the meeting was so important. NATO Allies and Russia have significant differences, and our differences will not be easy to bridge. Still, it is a positive sign that we met, that we spoke frankly, and that we agreed on the need to continue the dialogue.", "jens-stoltenberg", 1, SG, "", "", 1, D12),
 (p3, "jens-stoltenberg", 1, SG, DE, S, 1, D12),
 (p4, "jens-stoltenberg", 1, SG, OD, S, 1, D12),
 (p4, "jens-stoltenberg", 1, SG, UA, R, 1, D12),
 (p5, "jens-stoltenberg", 1, SG, R97, R, 1, D12),
 (p5, "russia", 0, "Russia", R97, S, 0, ""),
 (p6, "jens-stoltenberg", 1, SG, INF, M, 1, D12),
 (p6, "jens-stoltenberg", 1, SG, EX, M, 1, D12),
 (p6, "jens-stoltenberg", 1, SG, MIL, S, 1, D12),
 ("Russia was not in a position to agree today to our proposal for a series of meetings, but Deputy Minister Grushko said they needed time to come back to us on that. We stand ready to meet again.", "jens-stoltenberg", 1, SG, "", "", 1, D12),
 ("We will now consult closely among Allies, and with Ukraine and our other partners, on the next steps.", "jens-stoltenberg", 1, SG, "", "", 1, D12),
 (a2, "jens-stoltenberg", 1, SG, OD, S, 1, D12),
 (a2, "jens-stoltenberg", 1, SG, NE, R, 1, D12),
 ("There was no commitment from Russia today to reduce the number of troops along Ukraine's border, and that is of course of great concern. We continue to call on Russia to pull back its forces and to choose the path of diplomacy.", "jens-stoltenberg", 1, SG, DE, S, 1, D12),
 ("On Bucharest, the decision we took in 2008 stands. Allies reaffirmed that today, and I don't see any Ally ready to reverse it.", "jens-stoltenberg", 1, SG, BU, R, 1, D12),
 ("We are ready to discuss reciprocal transparency and notification of exercises, and we have put concrete proposals on the table to reduce military risks.", "jens-stoltenberg", 1, SG, EX, M, 1, D12),
 ("But we will not accept a situation where we cannot deploy forces on our own territory to protect our own Allies. Our presence in the eastern part of the Alliance is defensive and proportionate, and it is a direct response to Russia's illegal annexation of Crimea.", "jens-stoltenberg", 1, SG, R97, R, 1, D12),
 ("There are some areas where we can make progress, and arms control is one of them. We are willing to listen to Russian concerns about missiles, and we expect Russia to listen to our concerns about its deployment of new missile systems, including the SSC-8, which led to the demise of the INF Treaty.", "jens-stoltenberg", 1, SG, INF, M, 1, D12),
 ("But we also made it clear that we will continue to fly and to sail in international waters and airspace, in line with international law. That is not something we will negotiate away.", "jens-stoltenberg", 1, SG, SEA, R, 1, D12),
 ("No, we did not agree on a date, but the fact that all Allies and Russia sat down together and had a serious exchange today is a starting point. Now it is up to Russia to respond.", "jens-stoltenberg", 1, SG, "", "", 1, D12),
]

# --- RIA Novosti, 24 Jan 2022 (Monday), machine-translated ---
D24 = "2022-01-24"
g0 = "Russia expects from NATO not the promises, but the legally binding guarantees that the alliance will not move further to the east, told in an interview to RIA Novosti on Monday the deputy minister of foreign affairs of the Russian Federation Alexander Grushko."
g1 = "According to him, the answer of the alliance must contain the refusal from the further expansion, including the accession of Ukraine and Georgia, and also the cancel of the formula of the Bucharest summit of 2008 year about their future membership."
g2 = "The deputy minister noted that at the session in Brussels the Russian side explained in detail why it insists on the return of the military infrastructure of the alliance to the positions of 1997 year."
g3 = "At the same time the diplomat said that the ideas of the alliance concerning the missiles of intermediate range and the transparency of the exercises can be discussed, but only in the package with the main questions, not separately."
sem = "Americans will agree to speak about the exercises and about the missiles, because this is profitable for them also, but on the non-expansion they will not move even on one millimetre"
L["ria-2022-01-24-grushko-interview-guarantees"] = [
 (g0, "alexander-grushko", 1, "Alexander Grushko", WR, S, 0, D24),
 (g0, "alexander-grushko", 1, "Alexander Grushko", NE, S, 0, D24),
 ("We did not come to Brussels in order to hear once again that the door of NATO is open. For us the open door is a door to the confrontation", "alexander-grushko", 1, "the diplomat", OD, R, 1, D24),
 (g1, "alexander-grushko", 1, "him", NE, S, 0, D24),
 (g1, "alexander-grushko", 1, "him", UA, S, 0, D24),
 (g1, "alexander-grushko", 1, "him", BU, S, 0, D24),
 ("Grushko underlined that Moscow is not satisfied with the position of the alliance, which continues to talk about the right of every state to choose the alliances, while ignoring the principle of indivisibility of security.", "alexander-grushko", 1, "Grushko", OD, R, 0, D24),
 ("Nobody has the right to strengthen own security at the expense of the security of other states. This is written in the documents of OSCE, which were signed also by the NATO countries", "alexander-grushko", 1, "he", "", "", 1, D24),
 (g2, "alexander-grushko", 1, "The deputy minister", R97, S, 0, D24),
 (g2, "russia", 0, "the Russian side", R97, S, 0, "2022-01-12"),
 ("The return to the configuration of 1997 year is not our whim, it is the minimal thing which is necessary for the real de-escalation in Europe", "alexander-grushko", 1, "Grushko", R97, S, 1, D24),
 ("The flights of the strategic bombers of the USA along our borders and the entering of the warships of NATO into the Black Sea became practically the norm. This must be stopped", "alexander-grushko", 1, "he", SEA, S, 1, D24),
 (g3, "alexander-grushko", 1, "the diplomat", INF, M, 0, D24),
 (g3, "alexander-grushko", 1, "the diplomat", EX, M, 0, D24),
 ("We are ready to the restoration of the military channels of the contacts, but it was NATO itself who cut them in 2014 year", "alexander-grushko", 1, "the deputy head of the MFA", MIL, S, 1, D24),
 ("If the political-diplomatic way does not bring the result, we will provide our security by the military-technical means", "alexander-grushko", 1, "Grushko", "", "", 1, D24),
 ("Earlier the official representative of the MFA of Russia Maria Zakharova declared that Moscow waits for the answers of the USA and NATO in the written form and not in the form of the \"verbal assurances\", which, according to her, the West already gave in the 1990 years and did not fulfil.", "maria-zakharova", 1, "Maria Zakharova", WR, S, 0, ""),
 (sem, "igor-semyonov", 1, "the expert", EX, M, 1, ""),
 (sem, "igor-semyonov", 1, "the expert", INF, M, 1, ""),
 (sem, "igor-semyonov", 1, "the expert", NE, M, 1, ""),
]

# --- Ukrinform, 27 Jan 2022 (Thursday), BOM + CRLF ---
D27 = "2022-01-27"
k2 = "There is nothing in the response that would close the door of NATO for Ukraine. The open door policy remains, and this is the position of the United States which we fully share,"
kn = "Kuleba noted that Washington had made no commitment to Moscow either on a withdrawal of Allied forces from the eastern flank or on a moratorium on the enlargement of the Alliance."
vq = "The Kremlin wanted a promise that Ukraine would never be in NATO. It did not get it, and it will not get it,"
va = "She added that Russia's demand to ban Western military cooperation with Ukraine was an attempt to return to the logic of spheres of influence, which Europe buried in 1991."
bg = "Among other things, Moscow demands that NATO abandon further eastward expansion, including the accession of Ukraine, and withdraw its forces to the positions of 1997."
L["ukrinform-2022-01-27-kuleba-us-response"] = [
 ("We saw the American response before it was sent to Moscow, and we have no objections to it. Our partners kept their word: nothing about Ukraine was decided without Ukraine,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D27),
 (k2, "dmytro-kuleba", 1, "the minister", OD, S, 1, D27),
 (k2, "dmytro-kuleba", 1, "the minister", UA, R, 1, D27),
 (kn, "dmytro-kuleba", 1, "Kuleba", R97, M, 0, D27),
 (kn, "dmytro-kuleba", 1, "Kuleba", NE, M, 0, D27),
 ("Russia should withdraw its troops from our borders. This is the only real way to de-escalate, and everyone in the world understands it,", "dmytro-kuleba", 1, "he", DE, S, 1, D27),
 ("Today the threat is serious, but it is not higher than it was in April last year,", "dmytro-kuleba", 1, "the minister", "", "", 1, D27),
 ("The Paris meeting showed that there is a desire on all sides to continue the dialogue in the Normandy format,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D27),
 (vq, "iryna-vlasenko", 1, "Vlasenko", UA, R, 1, ""),
 (vq, "russia", 0, "The Kremlin", UA, S, 0, ""),
 (va, "iryna-vlasenko", 1, "She", EXS, R, 0, ""),
 (va, "russia", 0, "Russia", EXS, S, 0, ""),
 ("U.S. Secretary of State Antony Blinken said on the same day that the response reaffirmed the principle that countries are free to choose their own alliances.", "antony-blinken", 1, "Antony Blinken", OD, S, 0, "2022-01-26"),
 (bg, "russia", 0, "Moscow", NE, S, 0, ""),
 (bg, "russia", 0, "Moscow", UA, S, 0, ""),
 (bg, "russia", 0, "Moscow", R97, S, 0, ""),
]

# --- Euronews explainer, 14 Jan 2022 (Friday) ---
kw = "The Kremlin wants a written guarantee that the alliance will take in no new members - Ukraine and Georgia above all - and that it will pull back troops and weapons from the countries in central and eastern Europe that joined after 1997."
sh = "The US, she said, was prepared to discuss where missiles are stationed in Europe and to look at limits on the size and scope of military exercises, as long as Russia did the same."
stw = "At the NATO-Russia Council in Brussels on Wednesday, Secretary General Jens Stoltenberg said allies had made clear they would not compromise on \"core principles\", and that Russia did not have a veto over who joins the alliance."
gr = "Grushko told reporters afterwards that NATO's insistence on the right of every country to choose its alliances ignored Russia's concerns, and he repeated that Moscow regarded the withdrawal of NATO infrastructure to its 1997 lines as essential."
de1 = "Moscow asked for things it knew it could not get, like a permanent ban on Ukraine joining, and bundled them together with things the West can actually negotiate on, such as missiles and drills,"
D13 = "2022-01-13"
L["euronews-2022-01-14-explainer-week-of-talks"] = [
 ("At the top of Moscow's list is an end to NATO's expansion.", "russia", 0, "Moscow", NE, S, 0, ""),
 (kw, "russia", 0, "The Kremlin", WR, S, 0, ""),
 (kw, "russia", 0, "The Kremlin", NE, S, 0, ""),
 (kw, "russia", 0, "The Kremlin", UA, S, 0, ""),
 (kw, "russia", 0, "The Kremlin", R97, S, 0, ""),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", UA, S, 1, "2022-01-10"),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "he", WR, S, 1, "2022-01-10"),
 ("slam closed NATO's open-door policy", "wendy-sherman", 1, "Sherman", OD, S, 1, "2022-01-10"),
 (sh, "wendy-sherman", 1, "she", INF, M, 0, "2022-01-10"),
 (sh, "wendy-sherman", 1, "she", EX, M, 0, "2022-01-10"),
 (stw, "jens-stoltenberg", 1, "Jens Stoltenberg", OD, S, 0, "2022-01-12"),
 ("He called on Moscow to de-escalate along Ukraine's border.", "jens-stoltenberg", 1, "He", DE, S, 0, "2022-01-12"),
 (gr, "alexander-grushko", 1, "Grushko", OD, R, 0, "2022-01-12"),
 (gr, "alexander-grushko", 1, "Grushko", R97, S, 0, "2022-01-12"),
 ("We need a concrete answer, article by article, in writing, not a lecture about values,", "alexander-lukashevich", 1, "Lukashevich", WR, S, 1, D13),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D13),
 ("US ambassador Michael Carpenter said the \"drumbeat of war is sounding loud\" and urged Russia to pull back its forces.", "michael-carpenter", 1, "Michael Carpenter", DE, S, 0, D13),
 ("We face a crisis in European security,", "michael-carpenter", 1, "he", "", "", 1, D13),
 ("about our allies without our allies", "michael-carpenter", 1, "he", "", "", 1, D13),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D13),
 (de1, "mathieu-delorme", 1, "Mathieu Delorme", UA, M, 1, ""),
 (de1, "mathieu-delorme", 1, "Mathieu Delorme", INF, M, 1, ""),
 (de1, "mathieu-delorme", 1, "Mathieu Delorme", EX, M, 1, ""),
 (de1, "russia", 0, "Moscow", UA, S, 0, ""),
 (de1, "russia", 0, "Moscow", INF, S, 0, ""),
 (de1, "russia", 0, "Moscow", EX, S, 0, ""),
 ("The real test is whether Russia is willing to pick from the menu or insists on the whole meal.", "mathieu-delorme", 1, "Mathieu Delorme", "", "", 1, ""),
 ("NATO cannot sign away the right of sovereign states to apply for membership without destroying the principle it was built on,", "joanna-pawlak-muller", 1, "Joanna Pawlak-Müller", OD, S, 1, ""),
 ("In my view the West should not even pretend that question is open.", "joanna-pawlak-muller", 1, "Joanna Pawlak-Müller", OD, S, 1, ""),
 ("waiting for a written answer", "sergei-lavrov", 1, "Sergei Lavrov", WR, S, 1, "2022-01-14"),
 ("We will not accept that these talks drag on endlessly,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-14"),
]

# --- Axios, 26 Jan 2022 (Wednesday) ---
D26 = "2022-01-26"
lead = "The U.S. delivered its long-awaited written response to Russia's security demands on Wednesday, offering talks on arms control and transparency around military drills while refusing to shut NATO's door to Ukraine."
nc = "There is no change, there will be no change,"
bl = "According to Blinken, the U.S. is offering to negotiate reciprocal limits on the deployment of offensive missiles in Europe and to discuss transparency measures for military exercises."
wf = "This is a document designed to show the Europeans, and frankly the Russians, that Washington is serious about arms control without giving an inch on enlargement,"
L["axios-2022-01-26-us-written-response-russia"] = [
 (lead, "united-states", 0, "The U.S.", UA, R, 0, D26),
 (lead, "united-states", 0, "The U.S.", EX, M, 0, D26),
 ("has a better chance to succeed if we provide space for confidential talks.", "antony-blinken", 1, "Tony Blinken", "", "", 1, D26),
 ("It sets out a serious diplomatic path forward, should Russia choose it,", "antony-blinken", 1, "Blinken", "", "", 1, D26),
 (nc, "antony-blinken", 1, "he", OD, S, 1, D26),
 (nc, "antony-blinken", 1, "he", UA, R, 1, D26),
 ("He said the response reaffirms that every country has the right to choose its own security arrangements and alliances.", "antony-blinken", 1, "He", OD, S, 0, D26),
 (bl, "antony-blinken", 1, "Blinken", INF, M, 0, D26),
 (bl, "antony-blinken", 1, "Blinken", EX, M, 0, D26),
 ("Notably absent: any U.S. commitment to pull forces out of NATO's eastern members, which Moscow has demanded.", "russia", 0, "Moscow", R97, S, 0, ""),
 ("Secretary-General Jens Stoltenberg said Wednesday the alliance's letter proposed reopening the NATO office in Moscow and Russia's mission in Brussels, and setting up regular military-to-military contacts to avoid dangerous incidents.", "jens-stoltenberg", 1, "Jens Stoltenberg", MIL, S, 0, D26),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principles on which the security of our alliance and of Europe rests,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D26),
 ("a clear answer on the non-expansion of NATO, first of all,", "sergei-ryabkov", 1, "Sergei Ryabkov", NE, S, 1, D26),
 ("Press secretary Jen Psaki said Wednesday the administration's message to Moscow hadn't changed: pull back the troops and choose diplomacy.", "jen-psaki", 1, "Jen Psaki", DE, S, 0, D26),
 (wf, "dana-whitfield", 1, "Dana Whitfield", NE, M, 1, ""),
 ("If Putin says no to this, it will be much harder for him to argue that the West never offered him anything,", "dana-whitfield", 1, "she", "", "", 1, ""),
 ("Putin said in December that Russia needed guarantees \"immediately, now\" and that NATO's eastward movement was unacceptable to Moscow.", "vladimir-putin", 1, "Putin", NE, S, 0, ""),
]

write_gold(L, "articles-228", "gold-228")
