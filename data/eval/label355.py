#!/usr/bin/env python3
"""Writes the held-out gold of batch 355 (gold-355/*.nq) from the labels below.

Batch 355 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- bloomberg-2022-01-13-osce-permanent-council: Bloomberg wire story on the OSCE
  Permanent Council (front matter, bullets standfirst, "Read more" line, quotes
  interrupted by "he told reporters", analyst, Moscow's demand named in passing).
- tass-2022-01-26-security-guarantees-live: TASS live updates on the day of the
  US/NATO written answers (no front matter, BOM + CRLF, time stamps, « » quotes,
  "the diplomat said", fragments of quotes inside reported speech).
- mid-ru-2022-01-20-zakharova-briefing: Russian MFA briefing transcript (front
  matter, table of contents, prepared statement paragraphs, Question:/Maria
  Zakharova: labels; questions carrying Western positions get no label).
- kyiv-post-2022-02-01-putin-breaks-silence: Kyiv Post story (no front matter,
  "Published Feb. 1, 2022", READ ALSO line, Putin quote interrupted by "he went
  on", Bucharest background, Moscow's drafts described in passing).
- cnn-2022-01-11-analysis-geneva-talks: CNN analysis (front matter, quoted
  fragments inside reported speech, Baker-Gorbachev background, "the Kremlin
  wants" paraphrases, analysts with and without a stance).
- carnegie-2022-02-03-after-the-letters: Carnegie commentary (no front matter,
  author's own voice, which is neither quotation nor reported speech and is not
  labelled; documents paraphrased; vague dates).
- europarl-2022-01-19-eu-russia-debate: European Parliament verbatim report
  (front matter, "Name, on behalf of the X Group. –" labels, each speech
  paragraph one direct quotation; chair lines unlabelled).

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

Writer's choices: an undated "said" in a same-day news story is dated on the
publication date; a journalist's own paraphrase of Moscow's demands is treated
as a demand attributed in passing to Moscow (russia, supports); a short quote
whose demand is only clear from the sentence before it is labelled by that
meaning; the prepared statement paragraphs of the MFA briefing are labelled
like answers (one direct quotation per paragraph).
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-13"
L["bloomberg-2022-01-13-osce-permanent-council"] = [
 ("Alexander Lukashevich, Moscow's envoy to the Organization for Security and Cooperation in Europe, told the group's Permanent Council that the alliance's refusal to stop moving toward Russia's frontier left the Kremlin with little room.", "alexander-lukashevich", 1, "Alexander Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take necessary measures to eliminate unacceptable threats to our security,", "alexander-lukashevich", 1, "he", "", "", 1, D),
 ("Lukashevich said that the halt of NATO's eastward enlargement was \"the key element\" of the package, and that Moscow would not settle for assurances that could be withdrawn at the next summit.", "alexander-lukashevich", 1, "Lukashevich", "nato-non-expansion", "supports", 0, D),
 ("Lukashevich said that the halt of NATO's eastward enlargement was \"the key element\" of the package, and that Moscow would not settle for assurances that could be withdrawn at the next summit.", "alexander-lukashevich", 1, "Lukashevich", "written-legal-guarantees", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees,", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("Not assurances, not safeguards — guarantees.", "alexander-lukashevich", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("He said the US would not negotiate away the right of the OSCE's 57 members to pick their own security arrangements, a principle enshrined in the 1975 Helsinki Final Act and the 1990 Charter of Paris.", "michael-carpenter", 1, "He", "nato-open-door", "supports", 0, D),
 ("We are not going to compromise on our principles,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 ("It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,", "zbigniew-rau", 1, "Rau", "", "", 1, D),
 ("The US and its allies are not ready to meet our key demands,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("Ryabkov said Russia would not accept any deal that left open the prospect of Ukraine eventually joining the bloc, and he did not rule out military deployments to Cuba or Venezuela if diplomacy failed.", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 0, D),
 ("I don't want to confirm anything, and I don't want to rule anything out,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("So far, there is no reason to be optimistic,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("NATO Secretary-General Jens Stoltenberg on Wednesday said allies were ready to talk about missile deployments and limits on drills but not about closing the door to new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, "2022-01-12"),
 ("NATO Secretary-General Jens Stoltenberg on Wednesday said allies were ready to talk about missile deployments and limits on drills but not about closing the door to new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 ("NATO Secretary-General Jens Stoltenberg on Wednesday said allies were ready to talk about missile deployments and limits on drills but not about closing the door to new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("No one can slam the door shut,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-12"),
 ("Washington and its allies have called on Moscow to pull those forces back, and have threatened sanctions of unprecedented scale if it invades.", "united-states", 0, "Washington", "russia-de-escalation", "supports", 0, ""),
 ("The Russians have put themselves in a corner by making the maximalist points public,", "katarzyna-pisarska-weld", 1, "Katarzyna Pisarska-Weld", "", "", 1, D),
 ("It's hard for Putin to walk back a demand on Ukraine's membership he put in writing.", "katarzyna-pisarska-weld", 1, "Katarzyna Pisarska-Weld", "no-ukraine-membership", "mentions", 1, D),
 ("Moscow's proposals also call for NATO to pull back forces and weapons from the countries that joined after 1997, a point that Baltic and Polish diplomats in Vienna called a demand to create second-class members.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("That would turn the clock back a quarter century,", "rytis-paulauskas-kenn", 1, "Rytis Paulauskas-Kenn", "rollback-to-1997", "rejects", 1, D),
 ("We will not accept a Europe where some countries have less security than others.", "rytis-paulauskas-kenn", 1, "Rytis Paulauskas-Kenn", "rollback-to-1997", "rejects", 1, D),
]

D = "2022-01-26"
L["tass-2022-01-26-security-guarantees-live"] = [
 ("We are waiting for the answer, we were promised it this week. The main thing for us is the clear position on non-expansion of NATO to the east,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("Lavrov stressed that Russia would not be satisfied with arguments about the «open door».", "sergei-lavrov", 1, "Lavrov", "nato-open-door", "rejects", 0, D),
 ("According to him, the West cannot continue to claim that every state is free to choose alliances while ignoring the principle that no one should strengthen its security at the expense of others.", "sergei-lavrov", 1, "him", "nato-open-door", "rejects", 0, D),
 ("This is the indivisibility of security, which they signed up to in Istanbul in 1999 and in Astana in 2010,", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("We will read it carefully, the President will be informed, and then we will decide,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Our priority is the non-deployment of strike weapon systems near Russian borders and the return of NATO's military infrastructure to the configuration of 1997,", "sergei-ryabkov", 1, "the diplomat", "no-strike-weapons-near-borders", "supports", 1, D),
 ("Our priority is the non-deployment of strike weapon systems near Russian borders and the return of NATO's military infrastructure to the configuration of 1997,", "sergei-ryabkov", 1, "the diplomat", "rollback-to-1997", "supports", 1, D),
 ("Ukrainian Foreign Minister Dmitry Kuleba said in Kiev that the US had coordinated the text of its answer with the Ukrainian side and that it contains no concessions on Ukraine's future in the alliance.", "dmytro-kuleba", 1, "Dmitry Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("He said the text also contains proposals on reciprocal transparency regarding military exercises and on the deployment of missiles in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("He said the text also contains proposals on reciprocal transparency regarding military exercises and on the deployment of missiles in Europe.", "antony-blinken", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said Washington is ready for further talks if Russia chooses that path, and again urged Moscow to withdraw its forces from the Ukrainian border.", "antony-blinken", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("We are ready to listen to Russia's concerns, but we cannot compromise on the principle that each nation has the right to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("He added that NATO called on Russia to \"immediately de-escalate the situation.\"", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("If the key point about guarantees of non-expansion is rejected, then it is not an answer but a formal reply,", "leonid-slutsky", 1, "Slutsky", "nato-non-expansion", "supports", 1, D),
 ("We should not draw conclusions before the experts analyze every line,", "vladimir-dzhabarov", 1, "he", "", "", 1, D),
 ("The fact that both sides keep writing to each other is already something, even if the positions are very far apart,", "fyodor-lukyanov", 1, "he", "", "", 1, D),
]

D = "2022-01-20"
Z = "maria-zakharova"
L["mid-ru-2022-01-20-zakharova-briefing"] = [
 ("On January 21, Foreign Minister Sergey Lavrov will hold talks in Geneva with US Secretary of State Antony Blinken. The ministers will continue the discussion of the Russian initiatives on legally binding security guarantees that were handed over to the American side on December 15, 2021 and published on December 17.", Z, 1, "Maria Zakharova", "written-legal-guarantees", "supports", 1, D),
 ("We expect that the American side will finally present a substantive answer on paper, point by point, as we requested. We are not going to drag out this process endlessly. Our proposals are not a menu from which one can choose the dishes one likes; they are a package and must be considered as a whole.", Z, 1, "Maria Zakharova", "", "", 1, D),
 ("We have taken note of the statements by NATO Secretary General Jens Stoltenberg following the January 12 meeting of the Russia-NATO Council. Once again we heard the mantra that the Alliance's doors are \"open\". Let me remind you that this \"open door\" policy is the creation of the bloc itself and is not an obligation under international law. No one is obliged to accept anyone.", Z, 1, "Maria Zakharova", "nato-open-door", "rejects", 1, D),
 ("The decision adopted at the 2008 summit in Bucharest that Ukraine and Georgia \"will become members\" of NATO remains a mine under European security. It must be disavowed. This is not our whim – it is a question of our survival.", Z, 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 1, D),
 ("We heard this. The American side has been repeating it for weeks as if it were a spell. But you cannot build the security of one state on the ruins of the security of another. This is the principle of indivisibility of security, which the OSCE states signed at the highest level.", Z, 1, "Maria Zakharova", "nato-open-door", "rejects", 1, D),
 ("If the Americans believe that Ukraine's accession to NATO is a matter between Kiev and Brussels only, then they are deeply mistaken. For us it is a red line. We need a guarantee that Ukraine will never be accepted into the bloc, not someday, not under certain conditions, but never.", Z, 1, "Maria Zakharova", "no-ukraine-membership", "supports", 1, D),
 ("These deliveries only confirm what we have been saying. The West is turning Ukraine into a military foothold. We demand that the United States and its allies stop pumping weapons into Ukraine and stop military development of territories of states that are not members of NATO, including Ukraine, Georgia and Moldova.", Z, 1, "Maria Zakharova", "no-military-activity-ex-soviet", "supports", 1, D),
 ("Mr. Kirby likes to tell us where we should deploy our troops. I remind him that these are Russian troops on Russian territory. We will not take orders on how to move our forces inside our own country.", Z, 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, D),
 ("It is the United States that has brought its soldiers thousands of kilometres across the ocean to our borders, not the other way round. We are not going to discuss the withdrawal of our units from our own regions as a precondition for anything.", Z, 1, "Maria Zakharova", "russia-de-escalation", "rejects", 1, D),
 ("It is the United States that has brought its soldiers thousands of kilometres across the ocean to our borders, not the other way round. We are not going to discuss the withdrawal of our units from our own regions as a precondition for anything.", Z, 1, "Maria Zakharova", "no-preconditions", "supports", 1, D),
 ("This disinformation circulated by the British Foreign Office is yet another evidence that it is the NATO countries, led by the Anglo-Saxons, who are escalating tensions around Ukraine. We call on the British side to stop spreading nonsense.", Z, 1, "Maria Zakharova", "", "", 1, D),
 ("We have never proposed to decide anything about Ukraine behind its back. Our drafts are addressed to the United States and to NATO, because it is they who deploy infrastructure and conduct exercises next to us. It is with them that we want to agree on limiting such drills and on the non-deployment of intermediate-range missiles in places where they can reach the territory of the other side.", Z, 1, "Maria Zakharova", "limit-military-exercises", "supports", 1, D),
 ("We have never proposed to decide anything about Ukraine behind its back. Our drafts are addressed to the United States and to NATO, because it is they who deploy infrastructure and conduct exercises next to us. It is with them that we want to agree on limiting such drills and on the non-deployment of intermediate-range missiles in places where they can reach the territory of the other side.", Z, 1, "Maria Zakharova", "no-intermediate-range-missiles", "supports", 1, D),
]

D = "2022-02-01"
P3 = "He listed them: no further expansion of NATO, no deployment of strike weapons systems near Russia's borders, and a return of the bloc's military infrastructure in Europe to where it stood in 1997, when the NATO-Russia Founding Act was signed."
MD = "Moscow's draft agreements, published on Dec. 17, 2021, would bar Ukraine, Georgia and other ex-Soviet countries from ever joining the alliance and would prohibit NATO from conducting any military activity on Ukrainian territory."
KU = "Russia does not have and cannot have any veto over Ukraine's aspirations. Our path to NATO is written into the Constitution and no one in Moscow will decide it for us,"
MB = "Mykola Bielieskov-Tkach, a research fellow at the National Institute for Strategic Studies, said Russia might use the coming weeks to demand separate guarantees on missile placement and limits on exercises in exchange for a pullback."
L["kyiv-post-2022-02-01-putin-breaks-silence"] = [
 ("It is already clear now – I informed Prime Minister Orban about this – that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (P3, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (P3, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (P3, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("We did not see an adequate consideration of our three key demands,", "vladimir-putin", 1, "the Russian leader", "", "", 1, D),
 ("Imagine Ukraine is a NATO member and starts a military operation in Crimea,", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 ("what should we do? Fight with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (KU, "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, D),
 (KU, "dmytro-kuleba", 1, "Kuleba", "no-ukraine-membership", "rejects", 1, D),
 ("He urged partners to keep up pressure on Russia to withdraw the more than 100,000 troops deployed near Ukraine's border and in Belarus.", "dmytro-kuleba", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("This is a pressure campaign, plain and simple,", "oleksandr-vdovychenko-lys", 1, "Oleksandr Vdovychenko-Lys", "", "", 1, D),
 ("The Kremlin wants us to think that our future is being negotiated in Geneva. It is not.", "oleksandr-vdovychenko-lys", 1, "Oleksandr Vdovychenko-Lys", "", "", 1, D),
 (MD, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (MD, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 (MD, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("According to a senior State Department official, Blinken urged Russia to pursue de-escalation and the diplomatic path, and stressed that any further invasion of Ukraine would be met with swift and severe consequences.", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 0, D),
 ("Putin did not slam the door, he left it ajar. That tells us he still wants something he can present as a win at home,", "mariia-zolkina-haidash", 1, "Mariia Zolkina-Haidash", "", "", 1, D),
 (MB, "mykola-bielieskov-tkach", 1, "Mykola Bielieskov-Tkach", "no-intermediate-range-missiles", "mentions", 0, D),
 (MB, "mykola-bielieskov-tkach", 1, "Mykola Bielieskov-Tkach", "limit-military-exercises", "mentions", 0, D),
 (MB, "mykola-bielieskov-tkach", 1, "Mykola Bielieskov-Tkach", "russia-de-escalation", "mentions", 0, D),
 ("For Ukraine the important thing is that nothing about us is agreed without us,", "mykola-bielieskov-tkach", 1, "he", "", "", 1, D),
]

M = "2022-01-10"
D = "2022-01-11"
SH = "She told reporters the two sides discussed the future of intermediate-range missiles in Europe and possible limits on the size and scope of military exercises, on a reciprocal basis."
AC = "asks NATO to give up something it never had the right to give away in the first place — the choices of other countries."
CB = "He said the Kremlin's demands were maximalist by design but that there was space for compromise on missiles and exercises."
L["cnn-2022-01-11-analysis-geneva-talks"] = [
 ("For us it's absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, M),
 ("He added that Moscow needed \"ironclad\" guarantees, and that a mere promise would not do.", "sergei-ryabkov", 1, "He", "written-legal-guarantees", "supports", 0, M),
 ("will not allow anyone to slam closed NATO's open-door policy,", "wendy-sherman", 1, "She", "nato-open-door", "supports", 1, M),
 ("The Kremlin wants NATO to pull its troops and weapons back from the eastern flank members that joined after 1997 — Poland, the Baltic states, Romania and others.", "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("It wants an end to US bases and military cooperation across the former Soviet space.", "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, ""),
 ("And it wants all of this in writing, in a legally binding form.", "russia", 0, "it", "written-legal-guarantees", "supports", 0, ""),
 ("We need to see progress quickly,", "sergei-ryabkov", 1, "he", "", "", 1, M),
 (SH, "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, M),
 (SH, "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, M),
 ("These are areas where we think we can make progress,", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 1, M),
 ("These are areas where we think we can make progress,", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 1, M),
 ("It's hard to see how we can make progress in an atmosphere of escalation,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, M),
 ("Russia should de-escalate and return those forces to their barracks.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, M),
 ("not about the US making concessions.", "jake-sullivan", 1, "Jake Sullivan", "", "", 1, M),
 ("We're going to be guided by the principle that we are not negotiating over the heads of our allies and partners,", "jake-sullivan", 1, "Sullivan", "", "", 1, M),
 ("The Kremlin has turned 1990 into a grievance that explains everything and justifies anything,", "leah-abernathy-cole", 1, "Leah Abernathy-Cole", "", "", 1, D),
 (AC, "leah-abernathy-cole", 1, "She", "nato-non-expansion", "rejects", 1, D),
 (AC, "leah-abernathy-cole", 1, "She", "nato-open-door", "supports", 1, D),
 ("She said the Russian demand to halt further enlargement \"asks NATO to give up something it never had the right to give away in the first place — the choices of other countries.\"", "russia", 0, "the Russian demand", "nato-non-expansion", "supports", 0, ""),
 (CB, "samuel-charap-brodsky", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (CB, "samuel-charap-brodsky", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("There's a deal to be had there, if both sides want it,", "samuel-charap-brodsky", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 ("There's a deal to be had there, if both sides want it,", "samuel-charap-brodsky", 1, "he", "limit-military-exercises", "mentions", 1, D),
 ("We will not compromise on core principles,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, ""),
]

LV = "There is no positive answer in this document to the main question. The main question is our clear position on the inadmissibility of further expansion of NATO to the east and the deployment of strike weapons which could threaten the territory of the Russian Federation,"
WA = "The American answer, according to the published text, offered reciprocal transparency measures for the Aegis Ashore sites in Romania and Poland, talks on a follow-up to the INF Treaty, and mutual restraints on the scale of exercises near borders."
RY = "Senior Russian officials, including Ryabkov, have said a moratorium on enlargement would not be enough."
L["carnegie-2022-02-03-after-the-letters"] = [
 (LV, "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, "2022-01-28"),
 (LV, "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, "2022-01-28"),
 ("Lavrov did not list the withdrawal of allied forces from the eastern flank among the essentials, although Vladimir Putin restored it to the list a few days later.", "vladimir-putin", 1, "Vladimir Putin", "rollback-to-1997", "supports", 0, ""),
 ("Nor did he mention the proposed ban on NATO activity in Central Asia and the South Caucasus.", "russia", 0, "the proposed ban", "no-military-activity-ex-soviet", "supports", 0, ""),
 (WA, "united-states", 0, "The American answer", "no-intermediate-range-missiles", "mentions", 0, ""),
 (WA, "united-states", 0, "The American answer", "limit-military-exercises", "mentions", 0, ""),
 ("Washington also proposed reviving military-to-military channels to avoid incidents in the air and at sea.", "united-states", 0, "Washington", "resume-military-dialogue", "supports", 0, ""),
 ("Deputy Secretary of State Wendy Sherman told Congress in closed hearings, according to two people familiar with her remarks, that the US had rejected outright any pledge to keep Ukraine out of the alliance.", "wendy-sherman", 1, "Wendy Sherman", "no-ukraine-membership", "rejects", 0, ""),
 ("NATO's relationship with Ukraine is going to be decided by the 30 allies and Ukraine, no one else,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("can't be ignored and won't be ignored.", "dmitry-peskov", 1, "Dmitry Peskov", "", "", 1, "2022-01-31"),
 ("Moscow has repeatedly said it wants legally binding commitments rather than political ones.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (RY, "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-19"
B = "josep-borrell"
GA = "Madam President, Mr High Representative, Putin wants a veto over the decisions of sovereign states. He wants to turn back the clock to before 1997, to make Poland, the Baltic States and Romania second-class members of the Alliance. This Parliament must say no, clearly and with one voice."
TP = "Moscow says it wants guarantees that NATO will not come any closer. I say: NATO did not come closer to Russia; the countries of Central Europe came closer to freedom, and they chose their alliances themselves."
IK = "Madam President, the Kremlin is demanding that no Western soldier, no Western instructor, no Western exercise be allowed in the countries between the EU and Russia. That is the logic of a protectorate. The European Union must answer by increasing its support for these countries, not reducing it."
TM = "Madam President, let us be honest with ourselves. For thirty years we have expanded NATO eastwards, despite what was promised to Mr Gorbachev. Russia is asking for a simple thing: that Ukraine should not become a NATO base. Is that so unreasonable? A neutral Ukraine would be in the interest of all Europeans."
AF = "Madam President, I come from a country that knows what it means when great powers decide over our heads. The so-called security guarantees demanded by Moscow are nothing more than a request to withdraw the allied troops from my country and from our Baltic neighbours. This is unacceptable."
SL = "Madam President, we must take seriously the risk of a war in Europe. I support dialogue on arms control and on military exercises, but only if it is mutual and verifiable. Russia must reduce its forces near Ukraine first."
L["europarl-2022-01-19-eu-russia-debate"] = [
 ("Madam President, honourable Members, last week I was in Ukraine, on the contact line in Donbas. I saw with my own eyes the consequences of a conflict that has already killed more than 14 000 people. And now more than 100 000 Russian soldiers stand at Ukraine's borders, with heavy equipment, without any plausible explanation.", B, 1, "Josep Borrell Fontelles", "", "", 1, D),
 ("Russia has put on the table two draft treaties that would take us back to a world of spheres of influence. Let me be very clear: we will not accept that. The European security architecture is built on principles that Russia itself signed – that every country is free to choose its alliances, that borders cannot be changed by force.", B, 1, "Josep Borrell Fontelles", "nato-open-door", "supports", 1, D),
 ("There can be no discussion about European security without the Europeans. The European Union is not a spectator. We have been in close coordination with the United States and NATO before and after the meetings in Geneva, Brussels and Vienna, and this coordination will continue.", B, 1, "Josep Borrell Fontelles", "", "", 1, D),
 ("We call on Russia to de-escalate, to withdraw its troops and to engage in meaningful dialogue. Any further military aggression against Ukraine will have massive consequences and severe costs.", B, 1, "Josep Borrell Fontelles", "russia-de-escalation", "supports", 1, D),
 ("At the same time, we are ready to discuss concerns about risk reduction, transparency and arms control. These issues are legitimate and they concern us too, because the missiles that Russia deploys in Kaliningrad can reach every European capital.", B, 1, "Josep Borrell Fontelles", "no-intermediate-range-missiles", "mentions", 1, D),
 (GA, "michael-gahler", 1, "Michael Gahler", "rollback-to-1997", "rejects", 1, D),
 (GA, "michael-gahler", 1, "Michael Gahler", "nato-open-door", "supports", 1, D),
 (GA, "russia", 0, "Putin", "rollback-to-1997", "supports", 0, ""),
 ("Our answer must be deterrence and unity. I welcome the statements of the High Representative, but I want the Council to prepare the sanctions package now, not after the tanks have crossed the border.", "michael-gahler", 1, "Michael Gahler", "", "", 1, D),
 ("Madam President, it is right to keep the door to dialogue open. Talking is always better than shooting. But dialogue cannot mean negotiating over the heads of Ukrainians, Georgians or Moldovans.", "tonino-picula-grbac", 1, "Tonino Picula-Grbac", "", "", 1, D),
 (TP, "tonino-picula-grbac", 1, "Tonino Picula-Grbac", "nato-non-expansion", "rejects", 1, D),
 (TP, "tonino-picula-grbac", 1, "Tonino Picula-Grbac", "nato-open-door", "supports", 1, D),
 (TP, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (IK, "ilhan-kyuchyuk-varga", 1, "Ilhan Kyuchyuk-Varga", "no-military-activity-ex-soviet", "rejects", 1, D),
 (IK, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 (TM, "thierry-mariani-dubreuil", 1, "Thierry Mariani-Dubreuil", "no-ukraine-membership", "supports", 1, D),
 (TM, "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, ""),
 (AF, "anna-fotyga-zielinska", 1, "Anna Fotyga-Zielińska", "rollback-to-1997", "rejects", 1, D),
 (AF, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (SL, "sergey-lagodinsky-roth", 1, "Sergey Lagodinsky-Roth", "limit-military-exercises", "mentions", 1, D),
 (SL, "sergey-lagodinsky-roth", 1, "Sergey Lagodinsky-Roth", "russia-de-escalation", "supports", 1, D),
 ("Madam President, the escalation on both sides must stop. We need a new conference on security in Europe, in the spirit of Helsinki, where the concerns of all sides are heard.", "ozlem-demirel-haas", 1, "Özlem Demirel-Haas", "", "", 1, D),
 ("Madam President, thank you for this debate, which has shown a large consensus in this House. I will go to Geneva, to Kyiv and to Washington with this message: unity, firmness and openness to dialogue.", B, 1, "Josep Borrell Fontelles", "", "", 1, D),
]

write_gold(L, "articles-355", "gold-355")
