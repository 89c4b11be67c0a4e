#!/usr/bin/env python3
"""Writes the held-out gold of batch 253 (gold-253/*.nq) from the labels below.

Batch 253 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cnbc-2022-01-26-us-hands-russia-written-response: CNBC news story with front
  matter, KEY POINTS bullets, READ MORE/WATCH link lines, a markets section; a
  lead sentence reported for Blinken, a quote reduced to "he said", Peskov in
  reported speech, Kirby and Lavrov saying nothing about a demand, an analyst.
- financial-times-2022-01-10-us-russia-geneva-talks-no-breakthrough: FT news
  story, no front matter (date under the byline), curly quotes, a Ryabkov
  quotation interrupted by "Ryabkov said", short scare-quotes inside reported
  sentences, "Nato diplomats"/"Nato officials" speaking, Bucharest 2008 quoted
  from the declaration (not labelled), an analyst attributing demands to the Kremlin.
- ria-novosti-2022-01-13-lukashevich-moment-of-truth-osce: RIA Novosti machine
  translation with UTF-8 BOM and CRLF, « » quotes followed by "- said X",
  "Read also" line, nested "no" inside a quotation, Grushko dated "on Wednesday"
  (12 January) against a 13 January dateline, closing boilerplate on the drafts.
- delfi-2022-01-12-rinkevics-nato-russia-council-baltic-troops: Delfi English /
  LETA with front matter, Latvian names with diacritics, a Twitter quote, the
  Baltic troop-withdrawal demand (rollback to 1997) named in many ways, a
  caption and a "Read also" line, Founding Act background.
- nato-2022-01-26-secretary-general-press-conference-written-proposals: NATO
  transcript with front matter, speaker labels in brackets, spokesperson as host,
  journalists' questions naming demands (not labelled), each answer paragraph
  one quotation.
- kyiv-post-2022-01-28-tkachuk-interview-nobody-traded-us-away: Kyiv Post Q&A
  with an invented MP, no front matter, answers given on 27 January, an intro
  with Kuleba and Zelensky, Moscow's demands attributed inside his answers,
  a nested Blinken slogan under six words, "Also on Kyiv Post" links.
- brookings-2022-02-03-what-the-kremlin-heard-in-the-western-letters: Brookings
  Order from Chaos commentary with front matter; the author's own voice is not
  labelled (neither quoted nor reported); Putin 1 February, Lavrov and Peskov
  27 January, words quoted from the leaked US document (not labelled), an
  invented former ambassador, Austin and Psaki in reported speech.

Conventions: One label per (speaker, demand) a passage expresses. Direct
quotations: the evidence is the words between the marks (punctuation inside
kept), direct 1; a quotation interrupted by "X said" is two spans; one running
over two sentences is one span. In Q/A interviews and transcripts each
paragraph of an answer is one direct quotation (without the dash or speaker
label); questions and the host get no label. Reported speech: the whole
sentence (dateline excluded), direct 0. Stance by the speaker's own position;
mentions when the speaker only reports a demand, asks about it or offers to
discuss it. A direct quotation of six or more words about none of the demands
gets one demand-less label (demand "", stance ""); reported speech about no
demand or about demands left unspecified gets none. Background history, words
quoted from documents, headlines, crossheads, standfirsts, captions and link
lines are not labelled. A demand attributed in passing to Moscow inside another
speaker's sentence is also Russia's label (speaker russia, not a person,
supports; undated when no day is given). Dates are the day the words were said,
resolved against the publication date; "" when the text gives no day. Analysts
and experts (independent people) speak for themselves and have no side: they
"support"/"reject" only when they voice the demand in their own words with a
stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["cnbc-2022-01-26-us-hands-russia-written-response"] = [
 ("The United States on Wednesday delivered written answers to Moscow's demands for sweeping security guarantees, Secretary of State Antony Blinken said, while making clear Washington would not shut NATO's door to Ukraine or anyone else.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("The United States on Wednesday delivered written answers to Moscow's demands for sweeping security guarantees, Secretary of State Antony Blinken said, while making clear Washington would not shut NATO's door to Ukraine or anyone else.", "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 0, D),
 ("The document we've delivered includes concerns of the United States and our allies and partners about Russia's actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("Blinken said the reply upholds the principle that NATO's door stays open to any European country that wants to walk through it and meets the requirements.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("We think diplomacy has the best chance to succeed if we provide space for confidential talks,", "antony-blinken", 1, "he", "", "", 1, D),
 ("Blinken said Washington was ready to talk about where offensive missiles can and cannot be placed in Europe and about reciprocal limits on the size and scope of military drills, provided Moscow reciprocated.", "antony-blinken", 1, "Blinken", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Blinken said Washington was ready to talk about where offensive missiles can and cannot be placed in Europe and about reciprocal limits on the size and scope of military drills, provided Moscow reciprocated.", "antony-blinken", 1, "Blinken", "limit-military-exercises", "mentions", 0, D),
 ("We're prepared to move forward where there's the possibility of communication and cooperation, if Russia de-escalates its aggression toward Ukraine, stops the inflammatory rhetoric, and approaches discussions about the future of security in Europe in a spirit of reciprocity,", "antony-blinken", 1, "Blinken", "russia-de-escalation", "supports", 1, D),
 ("Kremlin spokesman Dmitry Peskov said on Wednesday that Russia's core concern remained a firm guarantee that NATO would stop moving toward its borders.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, D),
 ("No decisions have been made yet about sending them anywhere, but they are ready to go on short notice,", "john-kirby", 1, "Kirby", "", "", 1, D),
 ("Moscow asked for a guarantee that would freeze NATO's map where it is today, and it got an offer to talk about arms control instead. That gap is where this crisis lives now,", "rachel-oduya", 1, "Rachel Oduya", "nato-non-expansion", "mentions", 1, ""),
 ("Moscow asked for a guarantee that would freeze NATO's map where it is today, and it got an offer to talk about arms control instead. That gap is where this crisis lives now,", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Oduya said the American letter was cleverly drafted to give Putin something to claim as a win on missiles without conceding anything on enlargement.", "rachel-oduya", 1, "Oduya", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Oduya said the American letter was cleverly drafted to give Putin something to claim as a win on missiles without conceding anything on enlargement.", "rachel-oduya", 1, "Oduya", "nato-non-expansion", "mentions", 0, ""),
]

D = "2022-01-10"
LEAD = "Russia and the US ended nearly eight hours of talks in Geneva on Monday with no sign of a breakthrough, as Moscow's chief negotiator said it was “absolutely mandatory” that Ukraine never join Nato and Washington insisted it would not let anyone close the alliance's door."
VOR = "The Kremlin has put maximalist demands on the table — no Nato for Ukraine, no western troops in eastern Europe — knowing full well they will be refused,"
NDIP = "Nato diplomats in Brussels said Moscow's demand that the alliance pull its forces out of the member states that joined after 1997 was not up for discussion at Wednesday's meeting of the Nato-Russia Council."
SHR = "Sherman said the US was willing to discuss reciprocal limits on the size and scope of military exercises and on where missiles could be deployed in Europe, and she urged Russia to pull its forces back from Ukraine's borders to show it was serious about diplomacy."
L["financial-times-2022-01-10-us-russia-geneva-talks-no-breakthrough"] = [
 (LEAD, "sergei-ryabkov", 1, "Moscow's chief negotiator", "no-ukraine-membership", "supports", 0, D),
 (LEAD, "united-states", 0, "Washington", "nato-open-door", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of Nato,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("The American side must understand that we cannot go on like this,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("We need ironclad, waterproof, bulletproof, legally binding guarantees — not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("He added that Moscow would not pull back troops from its own territory, where it was free to move them as it pleased.", "sergei-ryabkov", 1, "He", "russia-de-escalation", "rejects", 0, D),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We were firm in pushing back on security proposals that are simply non-starters to the United States,", "wendy-sherman", 1, "she", "", "", 1, D),
 (SHR, "wendy-sherman", 1, "Sherman", "limit-military-exercises", "mentions", 0, D),
 (SHR, "wendy-sherman", 1, "Sherman", "no-intermediate-range-missiles", "mentions", 0, D),
 (SHR, "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 (NDIP, "nato", 0, "Nato diplomats", "rollback-to-1997", "rejects", 0, ""),
 (NDIP, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (VOR, "mikhail-voronin", 1, "Mikhail Voronin", "no-ukraine-membership", "mentions", 1, ""),
 (VOR, "mikhail-voronin", 1, "Mikhail Voronin", "rollback-to-1997", "mentions", 1, ""),
 (VOR, "russia", 0, "The Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (VOR, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("The question is what it does with the refusal.", "mikhail-voronin", 1, "Mikhail Voronin", "", "", 1, ""),
 ("Nato officials said privately they were relieved that Sherman had not offered any concession on the alliance's presence in the Baltic states and Poland, where it deployed multinational battlegroups after Russia's annexation of Crimea in 2014.", "nato", 0, "Nato officials", "rollback-to-1997", "rejects", 0, ""),
]

D = "2022-01-13"
RY = "The USA say \"no\" on the key questions - on the non-expansion of NATO, on the non-deployment of the strike systems near our borders, on the returning of the infrastructure of alliance to the configuration of 1997"
GR = "According to Grushko, the alliance side proposed to discuss only the measures of transparency of exercises and of reduction of risks, that for Moscow is secondary, while the principal question of non-expansion stays without the solution."
L["ria-novosti-2022-01-13-lukashevich-moment-of-truth-osce"] = [
 ("We are approaching the moment of truth. If we do not hear the constructive answer on our proposals in reasonable time frame and the aggressive behavior towards Russia will continue, we will be forced to take necessary measures for elimination of the unacceptable risks for our security", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("The non-expansion of NATO to the east is the key element, which is not subject of any bargaining", "alexander-lukashevich", 1, "the diplomat", "nato-non-expansion", "supports", 1, D),
 ("According to him, Russia insists on the guarantees fixed on paper and having juridical obligatory force.", "alexander-lukashevich", 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("The Western colleagues like to cite only the first half of this formula, about the freedom to choose alliances, and forget the second half", "alexander-lukashevich", 1, "Lukashevich", "nato-open-door", "rejects", 1, D),
 ("I see no reasons to sit down in the coming days, to gather again and to begin these same discussions", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 (RY, "sergei-ryabkov", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 (RY, "sergei-ryabkov", 1, "the deputy minister", "no-strike-weapons-near-borders", "supports", 1, D),
 (RY, "sergei-ryabkov", 1, "the deputy minister", "rollback-to-1997", "supports", 1, D),
 ("If NATO will switch to the policy of containment, then from our side there will be counter-containment", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 (GR, "alexander-grushko", 1, "Grushko", "limit-military-exercises", "mentions", 0, "2022-01-12"),
 (GR, "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 0, "2022-01-12"),
 ("The official representative of MFA of Russia Maria Zakharova at the briefing on Thursday named unacceptable the statements of the Western colleagues that the decision of Bucharest summit of 2008 about future membership of Ukraine and Georgia remains in force.", "maria-zakharova", 1, "Maria Zakharova", "rescind-bucharest-2008", "supports", 0, D),
 ("The entering of Kiev in NATO is the red line, about which we speak not one year, and we spoke about this absolutely clearly to all", "maria-zakharova", 1, "Zakharova", "no-ukraine-membership", "supports", 1, D),
 ("She also called the Western states to stop \"pumping\" Ukraine with weapons and to stop the joint manoeuvres on the Ukrainian territory, which are, according to her, the direct threat to the security of Russia.", "maria-zakharova", 1, "She", "no-military-activity-ex-soviet", "supports", 0, D),
]

D = "2022-01-12"
LV = "Latvian officials on Wednesday welcomed NATO's refusal to discuss Russia's demand that allied forces leave the Baltic states, after the first meeting of the NATO-Russia Council in more than two years ended in Brussels without agreement."
ST = "Stoltenberg said the allies were ready to discuss arms control, including on missiles, and to exchange more information on military exercises, and he called on Russia to de-escalate and withdraw its forces from the area around Ukraine."
RK = "Russia's demand to pull allied troops out of the Baltic states is simply unacceptable, and nobody in NATO is going to negotiate about it,"
PB = "Moscow wants a sphere of influence and a veto over who can join NATO. It will get neither,"
OZ = "The Kremlin is not really interested in missile ceilings or notifications about exercises. What it wants is to get back a buffer zone from Narva to the Black Sea,"
L["delfi-2022-01-12-rinkevics-nato-russia-council-baltic-troops"] = [
 (LV, "latvia", 0, "Latvian officials", "rollback-to-1997", "rejects", 0, D),
 (LV, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("There are significant differences between NATO Allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO Allies and Russia sat down around the same table,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, D),
 ("Allies will not compromise on the right for NATO to protect and defend all Allies, including in the eastern part of the Alliance,", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 1, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, D),
 ("Grushko, speaking to Russian journalists after the session, said Moscow's proposals were not a menu to pick from and that NATO's insistence on keeping its door open would not bring anyone more security.", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 0, D),
 (RK, "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 (RK, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 ("Latvia joined NATO as a full member in 2004, and we will not accept being treated as a second-class ally,", "edgars-rinkevics", 1, "the minister", "rollback-to-1997", "rejects", 1, D),
 ("Defence Minister Artis Pabriks told Latvian Radio on Wednesday morning that the NATO enhanced forward presence battlegroup in Ādaži would stay, and that Latvia would keep pressing for a permanent US military presence in the country.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 0, D),
 (PB, "artis-pabriks", 1, "Pabriks", "nato-open-door", "supports", 1, D),
 (PB, "artis-pabriks", 1, "Pabriks", "nato-non-expansion", "rejects", 1, D),
 (PB, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (OZ, "kristine-ozolina", 1, "Ozoliņa", "no-intermediate-range-missiles", "mentions", 1, ""),
 (OZ, "kristine-ozolina", 1, "Ozoliņa", "limit-military-exercises", "mentions", 1, ""),
 (OZ, "kristine-ozolina", 1, "Ozoliņa", "rollback-to-1997", "mentions", 1, ""),
 (OZ, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("NATO can offer transparency, and it should. But transparency does not answer a demand for a buffer zone, and that is why I do not expect quick results from Geneva, Brussels or Vienna,", "kristine-ozolina", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("The worst thing for us would have been a split in the alliance, and that did not happen today,", "rihards-kols", 1, "Kols", "", "", 1, D),
]

D = "2022-01-26"
SG = "NATO Secretary General"
P3 = "At the same time, we cannot and will not compromise on the principles on which the security of our Alliance, and security in Europe and North America, rest. This includes the right of each nation to choose its own path, and the right of NATO to protect and defend all Allies. NATO's door remains open."
P5 = "We also propose to engage on reciprocal transparency on exercises and on nuclear policies, and to discuss arms control, including on land-based intermediate-range missiles in Europe."
A1 = "No. What we have sent is a set of proposals for dialogue, not a treaty, and there is nothing in it that changes the core principles of this Alliance."
A2 = "It is for Ukraine and the 30 NATO Allies to decide when Ukraine is ready to become a member. Russia does not have a veto, and Russia does not have a say in that process."
L["nato-2022-01-26-secretary-general-press-conference-written-proposals"] = [
 ("Today, NATO has sent written proposals to Russia, in parallel with the United States. We have done so in close consultation with all Allies, and all Allies have agreed the text.", "jens-stoltenberg", 1, SG, "", "", 1, D),
 ("We are ready to listen to Russia's concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security that we all signed up to, including in the Helsinki Final Act and the Charter of Paris.", "jens-stoltenberg", 1, SG, "", "", 1, D),
 (P3, "jens-stoltenberg", 1, SG, "nato-open-door", "supports", 1, D),
 (P3, "jens-stoltenberg", 1, SG, "rollback-to-1997", "rejects", 1, D),
 ("We propose to re-establish our respective offices in Moscow and in Brussels, and to make full use of existing military lines of communication, to promote transparency and reduce risks.", "jens-stoltenberg", 1, SG, "resume-military-dialogue", "supports", 1, D),
 (P5, "jens-stoltenberg", 1, SG, "limit-military-exercises", "mentions", 1, D),
 (P5, "jens-stoltenberg", 1, SG, "no-intermediate-range-missiles", "mentions", 1, D),
 ("And we call on Russia to immediately de-escalate the situation, and to withdraw its forces from Ukraine, Georgia and the Republic of Moldova, where they are deployed without the consent of these countries.", "jens-stoltenberg", 1, SG, "russia-de-escalation", "supports", 1, D),
 (A1, "jens-stoltenberg", 1, SG, "written-legal-guarantees", "rejects", 1, D),
 (A1, "jens-stoltenberg", 1, SG, "nato-non-expansion", "rejects", 1, D),
 (A2, "jens-stoltenberg", 1, SG, "nato-open-door", "supports", 1, D),
 (A2, "jens-stoltenberg", 1, SG, "no-ukraine-membership", "rejects", 1, D),
 ("We will not go back to a situation where we have first- and second-class members of the Alliance. We will not withdraw from the eastern part of the Alliance; actually, we are considering further strengthening our presence in the Black Sea region.", "jens-stoltenberg", 1, SG, "rollback-to-1997", "rejects", 1, D),
 ("We have invited Russia to a series of meetings in the NATO-Russia Council to address all these issues, and I hope that Moscow will respond positively. That is the best proof that we are serious.", "jens-stoltenberg", 1, SG, "", "", 1, D),
 ("NATO is a defensive alliance and we do not threaten anyone. What we see is a massive Russian military build-up in and around Ukraine, and it is Russia that has to explain why those troops are there.", "jens-stoltenberg", 1, SG, "", "", 1, D),
 ("Let me also say that we have seen no change in the Russian posture over the last days. On the contrary, Russia continues to move more troops and heavy equipment into Belarus ahead of the exercises planned for February.", "jens-stoltenberg", 1, SG, "", "", 1, D),
 ("We will continue to provide support to our partners Ukraine and Georgia, and we will not agree to anything that limits their right to cooperate with NATO. That is their sovereign decision.", "jens-stoltenberg", 1, SG, "no-military-activity-ex-soviet", "rejects", 1, D),
 ("What we are ready to discuss is how we can reduce risks, including by limiting the scale of exercises and increasing transparency, on both sides and on a reciprocal basis.", "jens-stoltenberg", 1, SG, "limit-military-exercises", "mentions", 1, D),
 ("That is for Russia to decide. We have made our proposals in good faith, and the ball is now in Russia's court.", "jens-stoltenberg", 1, SG, "", "", 1, D),
]

D = "2022-01-27"
T = "mykola-tkachuk"
K1 = "I read the public parts and I talked to people who saw the full text. The main thing for us is simple: there is not a single word in it that closes the door to Ukraine. Nobody traded us away behind our backs."
K2 = "Of course, Moscow will say it is not enough. They wanted a signed promise that we will never be in NATO, and they will not get it."
K3 = "Exercises with our partners, training missions, Javelins – this is our sovereign business. We are not a NATO member, and Moscow wants to use that to say that no Western soldier or instructor may ever set foot here. That is exactly what we reject."
K4 = "But if the Americans and the Russians agree on mutual limits on missiles or on exercises near the borders, on both sides, transparent and verifiable, Ukraine will not object. That makes us safer too."
L["kyiv-post-2022-01-28-tkachuk-interview-nobody-traded-us-away"] = [
 ("not out of fear, but out of common sense.", "volodymyr-zelensky", 1, "Volodymyr Zelensky", "", "", 1, ""),
 (K1, T, 1, "Tkachuk", "nato-open-door", "supports", 1, D),
 (K1, T, 1, "Tkachuk", "no-ukraine-membership", "rejects", 1, D),
 (K2, T, 1, "Tkachuk", "no-ukraine-membership", "rejects", 1, D),
 (K2, T, 1, "Tkachuk", "written-legal-guarantees", "rejects", 1, D),
 (K2, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (K2, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (K3, T, 1, "Tkachuk", "no-military-activity-ex-soviet", "rejects", 1, D),
 (K3, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 (K4, T, 1, "Tkachuk", "no-intermediate-range-missiles", "supports", 1, D),
 (K4, T, 1, "Tkachuk", "limit-military-exercises", "supports", 1, D),
 ("Secretary Blinken promised \"nothing about Ukraine without Ukraine,\" and so far they have kept that promise. We are consulted every day. I would say the coordination with Washington is better now than at any time since 2014.", T, 1, "Tkachuk", "", "", 1, D),
 ("We live with this threat since 2014. What has changed is the scale: more than 120,000 troops, and now Belarus as well. Russia must pull them back if it wants anyone to believe in its diplomacy.", T, 1, "Tkachuk", "russia-de-escalation", "supports", 1, D),
 ("It is worth exactly as much as we make of it. Bucharest was a compromise, and many in Ukraine remember it as a disappointment, because we got a promise instead of a Membership Action Plan.", T, 1, "Tkachuk", "", "", 1, D),
 ("But to cancel it now, under the barrel of a gun, would be a gift to the Kremlin. No ally will do it, and we will not ask them to.", T, 1, "Tkachuk", "rescind-bucharest-2008", "rejects", 1, D),
 ("Finlandization is a word from a textbook, not a policy for 2022. Neutrality is written nowhere in our constitution; membership in NATO and the EU is. To change that, you need 300 votes in the Rada, and you will not find even 100.", T, 1, "Tkachuk", "no-ukraine-membership", "rejects", 1, D),
 ("Talk, talk and talk again – in the Normandy format, in Geneva, wherever. Diplomacy is cheaper than war, and every week of talks is a week without tanks.", T, 1, "Tkachuk", "", "", 1, D),
]

D = "2022-02-01"
PL = "He listed three: that NATO stop expanding, that no strike weapons be placed near Russia's borders, and that the alliance's military infrastructure return to where it stood in 1997."
LQ = "The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,"
EK = "The letters give Moscow a negotiation about missiles and exercises, when what it asked for was a sphere of influence,"
PS = "White House press secretary Jen Psaki said on February 1 that the United States remained ready to talk about reciprocal steps on missile deployments and exercises if Russia was prepared to engage seriously."
L["brookings-2022-02-03-what-the-kremlin-heard-in-the-western-letters"] = [
 ("It is already clear — I informed the prime minister about this — that fundamental Russian concerns were ignored,", "vladimir-putin", 1, "Putin", "", "", 1, D),
 (PL, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (PL, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (PL, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Imagine that Ukraine is a NATO member and launches an operation in Crimea, not to mention Donbas. Are we supposed to fight with the NATO bloc?", "vladimir-putin", 1, "he", "no-ukraine-membership", "supports", 1, D),
 (LQ, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LQ, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("It cannot be said that our thoughts were taken into account or that a willingness to take our concerns into account was shown,", "dmitry-peskov", 1, "Peskov", "", "", 1, "2022-01-27"),
 ("In letters to his counterparts in OSCE capitals, published on February 1, he argued that the principle of the indivisibility of security means no state may strengthen its own security at the expense of others, and that this commitment outranks the freedom of states to choose their alliances.", "sergei-lavrov", 1, "he", "nato-open-door", "rejects", 0, D),
 (EK, "martin-ekholm", 1, "Martin Ekholm", "no-intermediate-range-missiles", "mentions", 1, ""),
 (EK, "martin-ekholm", 1, "Martin Ekholm", "limit-military-exercises", "mentions", 1, ""),
 ("The question is whether Putin can sell the first as a partial payment on the second.", "martin-ekholm", 1, "he", "", "", 1, ""),
 ("Defense Secretary Lloyd Austin said on January 28 that Putin could still choose to de-escalate and order his forces away from Ukraine's borders.", "lloyd-austin", 1, "Lloyd Austin", "russia-de-escalation", "supports", 0, "2022-01-28"),
 (PS, "jen-psaki", 1, "Jen Psaki", "no-intermediate-range-missiles", "mentions", 0, D),
 (PS, "jen-psaki", 1, "Jen Psaki", "limit-military-exercises", "mentions", 0, D),
]

write_gold(L, "articles-253", "gold-253")
