#!/usr/bin/env python3
"""Writes the held-out gold of batch 322 (gold-322/*.nq) from the labels below.

Batch 322 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-10-geneva-talks-ryabkov-sherman: Reuters wire story (front
  matter, "GENEVA, Jan 10 (Reuters) -" dateline); quotations interrupted by
  "he said", a two-sentence quote, an anonymous "senior U.S. official", 1990
  Baker/Gorbachev history and a description of the drafts (unlabelled).
- ria-novosti-2022-01-12-grushko-nato-russia-council: RIA Novosti story in
  machine translation (no front matter, "19:42 12.01.2022" stamp, "Read also"
  links); clumsy renderings of the demands ("configuration of the year 1997",
  "promise of Bucharest was annulled"), "According to him", an expert who
  speaks for Moscow inside his quote.
- white-house-2022-01-26-psaki-press-briefing: White House briefing transcript
  (front matter, MS. PSAKI / Q: labels); every answer paragraph is a quotation,
  many about no demand; offers to discuss = mentions; questions unlabelled.
- lrt-2022-01-13-osce-vienna-lithuania-reaction: LRT English news story with a
  UTF-8 BOM and CRLF line ends, curly quotes, front matter; the rollback-to-1997
  demand seen from Vilnius ("battalions go home", "more deterrence, not less"),
  the 1997 Founding Act as background, an analyst with her own stances.
- politico-europe-2022-01-21-brussels-playbook-geneva: Politico Europe Brussels
  Playbook newsletter (no front matter; capitalised item leads, sponsor and
  subscribe lines); journalist's one-line summary of what Moscow and Washington
  want, weekday dates (Thursday = Jan 20, Wednesday = Jan 19), a tweet, MEPs.
- csis-2022-01-28-written-answers-what-next: CSIS commentary (front matter,
  crossheads); the authors' own analytical prose is not a statement (neither a
  quotation nor reported speech) and is unlabelled; quoted officials with
  explicit dates, Putin "In December" undated, Article 4 of the draft unlabelled.
- senate-foreign-relations-2022-02-01-hearing-russia-demands: Senate Foreign
  Relations hearing transcript (GPO style, no front matter); the chairman is
  the host (no labels), senators' questions unlabelled, the ranking member's
  opening statement and each paragraph of the witness's answers labelled.

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

D = "2022-01-10"
L["reuters-2022-01-10-geneva-talks-ryabkov-sherman"] = [
 ("Russia told the United States on Monday that it was \"absolutely mandatory\" that Ukraine never becomes a member of NATO, as the two sides ended nearly eight hours of talks in Geneva without any sign of a breakthrough on Moscow's demands.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, D),
 ("We need to make sure that Ukraine never, never, never becomes a member of NATO,", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open-door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-non-expansion", "rejects", 1, D),
 ("We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.", "wendy-sherman", 1, "Sherman", "no-military-activity-ex-soviet", "rejects", 1, D),
 ("She said Washington was willing to discuss reciprocal limits on the size and scope of military exercises and the placement of missiles in Europe, but only if Russia pulled back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said Washington was willing to discuss reciprocal limits on the size and scope of military exercises and the placement of missiles in Europe, but only if Russia pulled back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said Washington was willing to discuss reciprocal limits on the size and scope of military exercises and the placement of missiles in Europe, but only if Russia pulled back the roughly 100,000 troops it has massed near Ukraine's border.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("It's hard to see how you make progress in that environment,", "wendy-sherman", 1, "Sherman", "", "", 1, D),
 ("De-escalation would be a welcome sign.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Russia has denied planning an invasion and says it is free to move troops around its own territory.", "russia", 0, "Russia", "russia-de-escalation", "rejects", 0, ""),
 ("Ryabkov said Moscow was not satisfied with the U.S. readiness to talk about missiles and exercises while the question of NATO's eastward expansion went unanswered.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("Ryabkov said Moscow was not satisfied with the U.S. readiness to talk about missiles and exercises while the question of NATO's eastward expansion went unanswered.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Ryabkov said Moscow was not satisfied with the U.S. readiness to talk about missiles and exercises while the question of NATO's eastward expansion went unanswered.", "sergei-ryabkov", 1, "Ryabkov", "limit-military-exercises", "mentions", 0, D),
 ("He said that Russia also insisted that the alliance commit to not stationing offensive weapons systems close to its borders.", "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("For us, the central issue is non-expansion of NATO. Without progress on that, the rest will not work,", "sergei-ryabkov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("There is no reason to shut the door, but the Americans must understand that our patience has limits,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("A senior U.S. official, speaking on condition of anonymity, said Washington had told the Russians it was prepared to explore restoring the conventional arms control framework and resuming talks between military officers to reduce the risk of incidents.", "united-states", 0, "A senior U.S. official", "resume-military-dialogue", "mentions", 0, D),
 ("We made clear that some of these things we can talk about, and some of them we can't, and everybody knows which are which,", "united-states", 0, "the official", "", "", 1, D),
 ("Ukrainian Foreign Minister Dmytro Kuleba said Ukraine's road to membership was a matter for Ukraine and the 30 allies alone and that no outside power had a veto over it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, ""),
 ("Ukrainian Foreign Minister Dmytro Kuleba said Ukraine's road to membership was a matter for Ukraine and the 30 allies alone and that no outside power had a veto over it.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, ""),
 ("Both delegations read out their positions, and both said the other was not listening,", "andrei-kortunov", 1, "Andrei Kortunov", "", "", 1, ""),
 ("That is not a failure, but it is not a success either.", "andrei-kortunov", 1, "Andrei Kortunov", "", "", 1, ""),
 ("Samuel Charap, a political scientist at the RAND Corporation, said the United States could find common ground with Moscow on missile deployments and drills but that the demand on enlargement was designed to be refused.", "samuel-charap", 1, "Samuel Charap", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Samuel Charap, a political scientist at the RAND Corporation, said the United States could find common ground with Moscow on missile deployments and drills but that the demand on enlargement was designed to be refused.", "samuel-charap", 1, "Samuel Charap", "limit-military-exercises", "mentions", 0, ""),
 ("Samuel Charap, a political scientist at the RAND Corporation, said the United States could find common ground with Moscow on missile deployments and drills but that the demand on enlargement was designed to be refused.", "samuel-charap", 1, "Samuel Charap", "nato-non-expansion", "mentions", 0, ""),
]

D = "2022-01-12"
G1 = "Russia at the meeting of the Russia-NATO Council made clear to the alliance that the further expansion of the bloc to the east is a \"red line\" for Moscow, Deputy Foreign Minister Alexander Grushko said to journalists after the session."
G2 = "We told our colleagues very frankly that the situation is becoming unbearable. The policy of the so-called open doors is not a sacred cow for us, and we cannot accept it as a principle that is above the security of Russia,"
G3 = "According to him, the Russian side demands legally fixed obligations of non-expansion of the alliance and the refusal from deploying on the territory of the neighboring states those weapon systems that create threat to Russia."
ST = "Allies have been clear that we will not compromise on core principles, including the right of each nation to choose its own path. Russia does not have a veto on whether Ukraine can become a NATO member,"
BO = "The Americans and Europeans want to take from the package what is convenient for them, missiles and exercises, and leave behind the main thing — non-expansion. Moscow will not agree to this,"
L["ria-novosti-2022-01-12-grushko-nato-russia-council"] = [
 (G1, "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, D),
 (G2, "alexander-grushko", 1, "the deputy minister", "nato-open-door", "rejects", 1, D),
 (G2, "alexander-grushko", 1, "the deputy minister", "nato-non-expansion", "supports", 1, D),
 (G3, "alexander-grushko", 1, "him", "nato-non-expansion", "supports", 0, D),
 (G3, "alexander-grushko", 1, "him", "written-legal-guarantees", "supports", 0, D),
 (G3, "alexander-grushko", 1, "him", "no-strike-weapons-near-borders", "supports", 0, D),
 ("If NATO puts the question in such a way that everyone has the right to choose the alliances, then we also have the right to say that the security of one cannot be strengthened at the expense of the security of another. This is written in documents of OSCE which NATO countries also signed,", "alexander-grushko", 1, "Grushko", "nato-open-door", "rejects", 1, D),
 ("He stressed that Moscow wants the return of the alliance to the configuration of the year 1997, when the Founding Act of Russia-NATO was signed, and the withdrawal of the forces which were put forward since that time on the eastern flank.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("Fomin for his part informed the NATO members that Russia is ready to discuss the transparency of exercises, but only in the packet with the main Russian proposals.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "mentions", 0, D),
 ("Military exercises near our borders have become more intensive and more provocative. We offer to move the zones of exercises away from the line of contact on the agreed distance,", "alexander-fomin", 1, "the deputy head of the defense ministry", "limit-military-exercises", "supports", 1, D),
 ("Grushko also said that the dialogue between militaries of Russia and NATO is practically absent, and without it the risk of incidents grows.", "alexander-grushko", 1, "Grushko", "resume-military-dialogue", "supports", 0, D),
 ("However, he pointed out, the restoration of channels of military contacts is impossible while the alliance treats Russia as an adversary.", "alexander-grushko", 1, "he", "resume-military-dialogue", "mentions", 0, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 (ST, "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("He also called Russia to de-escalate the situation near Ukraine and to return troops to the places of permanent deployment.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("There are some positive moments, but on the main questions the positions are diametrically opposite. We will continue to seek answers,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 (BO, "timofei-bordachev", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 (BO, "timofei-bordachev", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 (BO, "timofei-bordachev", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 (BO, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 ("The deputy of State Duma Leonid Kalashnikov, chairman of the committee on affairs of CIS, said to RIA Novosti that Russia must insist that the promise of Bucharest was annulled officially.", "leonid-kalashnikov", 1, "Leonid Kalashnikov", "rescind-bucharest-2008", "supports", 0, ""),
 ("The Bucharest decision is a mine under European security. As long as it is not cancelled, all talks about stability are just words,", "leonid-kalashnikov", 1, "the parliamentarian", "rescind-bucharest-2008", "supports", 1, ""),
]

D = "2022-01-26"
P = ("jen-psaki", 1, "MS. PSAKI")
def ps(ev, demand="", stance=""):
    return (ev, P[0], P[1], P[2], demand, stance, 1, D)
A1 = "Well, I'm not going to get ahead of the Secretary, but I will say that we have been crystal clear, publicly and privately, that NATO's door is open and remains open. That is a principle that's not up for negotiation."
A4 = "I'm not going to go into the specifics. But we have said before that we're open to talking about reciprocal commitments by both the United States and Russia to refrain from deploying offensive ground-launched missile systems and combat forces in Ukraine, and about the Aegis Ashore sites, as long as Russia makes the same kinds of commitments."
A7 = "No. The President has been very clear that we are not going to withdraw forces from our NATO allies on the eastern flank. If anything, we've been talking with allies about strengthening our posture there."
L["white-house-2022-01-26-psaki-press-briefing"] = [
 ps("Hi, everyone. Okay, just a couple of items for all of you at the top."),
 ps("As you all know, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow earlier today. Secretary Blinken will speak to this in more detail, and I would point you to his remarks, but I'll just reiterate a couple of points from here."),
 ps("The response sets out a serious diplomatic path forward, should Russia choose it. It addresses areas where we think we can make progress together, and it is also clear about the core principles that we are committed to uphold."),
 ps("We are not going to negotiate in public, so we're not releasing the document. What I can tell you is that it reflects input from our allies and partners, including Ukraine, and that it's been shared with them."),
 ps("With that, Zeke, why don't you kick us off."),
 ps(A1, "nato-open-door", "supports"),
 ps(A1, "no-ukraine-membership", "rejects"),
 ps("Countries get to make their own choices about their security arrangements. That's been our position since day one, and there's nothing in the document that changes that.", "nato-open-door", "supports"),
 ps("I'd point you to what the Secretary General of NATO has said, which is that decisions about membership are made by NATO and the country applying, and nobody else.", "nato-open-door", "supports"),
 ps("Look, it's a written document, and it's a serious one. It lays out areas where there are real possibilities — arms control, transparency, reciprocal steps. But it's not going to be what they want on everything, and I don't think anyone expected it to be.", "written-legal-guarantees", "mentions"),
 ps(A4, "no-intermediate-range-missiles", "mentions"),
 ps(A4, "no-strike-weapons-near-borders", "mentions"),
 ps("We've also said we're prepared to discuss reciprocal limits on exercises. We put those ideas on the table in Geneva and we've put them in writing now.", "limit-military-exercises", "mentions"),
 ps("No, we have not seen de-escalation. In fact, we continue to see a buildup of Russian forces along the border with Ukraine and in Belarus.", "russia-de-escalation", "supports"),
 ps("The simplest thing President Putin could do is pull those forces back. If Russia is serious about diplomacy, it should de-escalate, and that would be the clearest signal.", "russia-de-escalation", "supports"),
 ps("Well, we're ready for either path. We've been preparing with our partners for every contingency, including severe economic consequences."),
 ps("And I'd just say that we're not going to let threats — veiled or unveiled — dictate the choices we make with our allies. That's not how this works."),
 ps(A7, "rollback-to-1997", "rejects"),
 ps("We're not going back to the way things were in the 1990s. Those countries are sovereign members of the Alliance, and they have every right to host allied forces.", "rollback-to-1997", "rejects"),
 ps("We're in close touch with President Zelensky and his team. The President spoke with him just last week, and we'll continue to coordinate."),
 ps("That's up to them. We've done our part. We've been clear that we're willing to sit down, whether it's through the Strategic Stability Dialogue, the NATO-Russia Council, or the OSCE, and to keep talking."),
 ps("And we'd welcome the resumption of regular contacts between our militaries. That's something that is in everyone's interest to reduce the risk of miscalculation.", "resume-military-dialogue", "supports"),
]

D = "2022-01-13"
LA = "What Russia is asking for is that NATO leaves us, that the battalions go home and that we go back to the grey zone. This will not happen,"
RJ = "Jankauskaitė-Vaitkienė added that Moscow’s insistence on written, legally binding guarantees was meant to give Russia a permanent lever over NATO decisions."
L["lrt-2022-01-13-osce-vienna-lithuania-reaction"] = [
 ("Lithuanian officials say the demands Moscow brought to the OSCE in Vienna on Thursday would turn the Baltic states into second-class NATO members, and they urged allies not to trade away the alliance’s presence in the region.", "lithuania", 0, "Lithuanian officials", "rollback-to-1997", "rejects", 0, ""),
 ("Foreign Minister Gabrielius Landsbergis, speaking to journalists in Vilnius, said there could be no talk of pulling allied troops out of the Baltics.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, ""),
 (LA, "gabrielius-landsbergis", 1, "Landsbergis", "rollback-to-1997", "rejects", 1, ""),
 (LA, "russia", 0, "Russia", "rollback-to-1997", "supports", 1, ""),
 ("We are not a bargaining chip, and nobody will decide about us without us.", "gabrielius-landsbergis", 1, "Landsbergis", "", "", 1, ""),
 ("We need to receive a constructive response to our proposals in a short time frame. If we do not hear it, we will be forced to draw conclusions and take measures to ensure the strategic balance,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("He told reporters afterwards that the demands were not a menu from which the West could choose what it liked, and that Moscow considered the guarantees on NATO’s eastward expansion the indispensable element.", "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years.", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, D),
 ("Lithuania’s ambassador to the OSCE, Giedrius Čekuolis, said the allied presence was a response to Russian behaviour, not a cause of it.", "giedrius-cekuolis", 1, "Giedrius Čekuolis", "rollback-to-1997", "rejects", 0, ""),
 ("The enhanced forward presence came after Crimea. It was not there in 1997, because in 1997 nobody was threatening us,", "giedrius-cekuolis", 1, "the ambassador", "rollback-to-1997", "rejects", 1, ""),
 ("If Russia wants fewer troops near its border, it can begin by taking its own 100,000 soldiers away from Ukraine.", "giedrius-cekuolis", 1, "the ambassador", "russia-de-escalation", "supports", 1, ""),
 ("Moscow has since argued that the rotating battalions in the Baltic states and Poland breach that pledge.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("President Gitanas Nausėda said on Wednesday that Lithuania expected the alliance to answer Russia’s pressure by strengthening, not reducing, its presence on the eastern flank.", "gitanas-nauseda", 1, "Gitanas Nausėda", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Our allies understand very well that any concession here would be read in Moscow as weakness,", "gitanas-nauseda", 1, "Nausėda", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("The answer to pressure must be more deterrence, not less.", "gitanas-nauseda", 1, "Nausėda", "rollback-to-1997", "rejects", 1, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg, after Wednesday’s NATO-Russia Council in Brussels, said the alliance would not give up its ability to protect and defend its members, including with a presence in the eastern part of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Dr Rūta Jankauskaitė-Vaitkienė, a security analyst at Vilnius University’s Institute of International Relations and Political Science, said the US was right to put arms control and exercises on the table but should keep the question of the Baltic presence out of any package.", "ruta-jankauskaite-vaitkiene", 1, "Dr Rūta Jankauskaitė-Vaitkienė", "limit-military-exercises", "mentions", 0, ""),
 ("Dr Rūta Jankauskaitė-Vaitkienė, a security analyst at Vilnius University’s Institute of International Relations and Political Science, said the US was right to put arms control and exercises on the table but should keep the question of the Baltic presence out of any package.", "ruta-jankauskaite-vaitkiene", 1, "Dr Rūta Jankauskaitė-Vaitkienė", "rollback-to-1997", "rejects", 0, ""),
 ("Limiting exercises on both sides of the border is something Lithuania can live with, as long as it is reciprocal and verifiable,", "ruta-jankauskaite-vaitkiene", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("Removing allied forces is something Lithuania can never live with.", "ruta-jankauskaite-vaitkiene", 1, "she", "rollback-to-1997", "rejects", 1, ""),
 (RJ, "ruta-jankauskaite-vaitkiene", 1, "Jankauskaitė-Vaitkienė", "written-legal-guarantees", "mentions", 0, ""),
 (RJ, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Such a treaty, she said, would be ratified in the Russian Duma but would have to be ratified in 30 allied parliaments too, which she called unrealistic.", "ruta-jankauskaite-vaitkiene", 1, "she", "written-legal-guarantees", "rejects", 0, ""),
 ("Seimas National Security and Defence Committee chairman Laurynas Kasčiūnas said Lithuania would seek a permanent US military presence in the country.", "laurynas-kasciunas", 1, "Laurynas Kasčiūnas", "rollback-to-1997", "rejects", 0, ""),
 ("We do not want a rotating presence forever. We want Americans here permanently, and we will say this clearly to Washington,", "laurynas-kasciunas", 1, "Kasčiūnas", "rollback-to-1997", "rejects", 1, ""),
]

TH = "2022-01-20"
MW = "What Moscow wants, in one line: a written pledge that NATO will stop growing, no Ukraine or Georgia in the club — ever — and allied forces back to where they stood in 1997."
WW = "What Washington is offering, in one line: talks on missiles, drills and transparency, but not on the open door."
MI = "U.S. officials have signalled openness to a deal on intermediate-range missiles modelled loosely on the defunct INF Treaty, and Russia has said it would look at it."
MC = "Russia has said it wants military channels back, but NATO officials say Moscow itself shut its mission to the alliance in October."
L["politico-europe-2022-01-21-brussels-playbook-geneva"] = [
 ("We've been clear: we will not trade away the principles that keep Europe at peace, including the right of countries to choose their own alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, TH),
 (MW, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 (MW, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (MW, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (MW, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (WW, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (WW, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 (WW, "united-states", 0, "Washington", "nato-open-door", "supports", 0, ""),
 ("not accept a situation where our proposals are drowned in an endless discussion.", "sergei-lavrov", 1, "He", "", "", 1, "2022-01-19"),
 ("will not give an inch on enlargement but will be generous on everything else.", "european-union", 0, "A senior EU diplomat", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians will read it, say it's not enough and blame us. That is the choreography.", "european-union", 0, "The diplomat", "", "", 1, ""),
 ("European security is not something to be negotiated between two countries while the Europeans watch.", "josep-borrell", 1, "Josep Borrell", "", "", 1, TH),
 ("Borrell also said the EU stood by the principle that every European country is free to decide whether to apply to join any alliance, and that there could be \"no return to spheres of influence.\"", "josep-borrell", 1, "Borrell", "nato-open-door", "supports", 0, TH),
 ("German Greens MEP Reinhard Bütikofer told Playbook the EU should back the U.S. line \"with no ifs and no buts\" and warned against any deal that would limit where allied troops can deploy.", "reinhard-butikofer", 1, "Reinhard Bütikofer", "rollback-to-1997", "rejects", 0, ""),
 ("If we accept that NATO can't put a battalion in Estonia, we have accepted that Estonia is not really a member,", "reinhard-butikofer", 1, "he", "rollback-to-1997", "rejects", 1, ""),
 ("On the other side of the chamber, Italian MEP Carlo Ferrantelli of the Left group argued that the bloc should take Moscow's security concerns seriously and at least explore a moratorium on enlargement.", "carlo-ferrantelli", 1, "Carlo Ferrantelli", "nato-non-expansion", "supports", 0, ""),
 ("A ten-year pause on Ukraine's accession would cost the West nothing and might prevent a war,", "carlo-ferrantelli", 1, "Ferrantelli", "no-ukraine-membership", "supports", 1, ""),
 ("Ukraine's Foreign Minister Dmytro Kuleba said on Thursday that the West must make clear to Russia that the price of an attack would be unbearable, and that the only acceptable outcome of the talks was a Russian pullback.", "dmytro-kuleba", 1, "Dmytro Kuleba", "russia-de-escalation", "supports", 0, TH),
 ("Not one step back from the principle that Ukraine's future is decided in Kyiv,", "dmytro-kuleba", 1, "Kuleba", "nato-open-door", "supports", 1, TH),
 (MC, "russia", 0, "Russia", "resume-military-dialogue", "supports", 0, ""),
 (MC, "nato", 0, "NATO officials", "resume-military-dialogue", "mentions", 0, ""),
 (MI, "united-states", 0, "U.S. officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 (MI, "russia", 0, "Russia", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("That is the part of the conversation where there is actually something to talk about,", "alexandra-vacroux", 1, "Alexandra Vacroux", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Everything else is theatre for domestic audiences.", "alexandra-vacroux", 1, "Alexandra Vacroux", "", "", 1, ""),
]

LV = "There is no positive reaction on the main issue. The main issue is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons that could threaten the territory of the Russian Federation."
AE = "Washington has proposed talks on reciprocal limits on ground-launched intermediate-range systems in Europe, and on a transparency mechanism to confirm the absence of Tomahawk cruise missiles at the Aegis Ashore sites in Romania and Poland — an idea Russian officials have raised for years."
MO = "We think this is mistaken: Moscow has said repeatedly that a moratorium is not enough, and Ryabkov himself has said that Russia needs guarantees \"that are legally binding, not political promises that can be withdrawn.\""
L["csis-2022-01-28-written-answers-what-next"] = [
 ("a reaction which allows us to count on the start of a serious conversation, but on secondary matters.", "sergei-lavrov", 1, "Sergei Lavrov", "", "", 1, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-27"),
 (LV, "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2022-01-27"),
 ("Deputy Foreign Minister Sergei Ryabkov, for his part, said on January 27 that the Russian side was not going to accept a situation in which its concerns were \"ignored,\" and that the demand for legally binding guarantees remained in force.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 0, "2022-01-27"),
 (AE, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 (AE, "russia", 0, "Russian officials", "no-intermediate-range-missiles", "supports", 0, ""),
 ("The allies have proposed reciprocal notification and limits on the scale of drills near the NATO–Russia border, including snap exercises, which Russia has used repeatedly since 2014.", "nato", 0, "The allies", "limit-military-exercises", "mentions", 0, ""),
 ("Blinken said on January 26 that the United States was ready to work on \"risk reduction\" measures and to restore military-to-military contacts.", "antony-blinken", 1, "Blinken", "resume-military-dialogue", "supports", 0, "2022-01-26"),
 ("Stoltenberg said the alliance had proposed reopening the missions in Moscow and Brussels and establishing a civilian hotline.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, ""),
 ("There is no change; there will be no change", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, "2022-01-26"),
 ("cannot compromise on the principles on which the security of our alliance and security in Europe and North America rest.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, "2022-01-26"),
 ("Michael Kofman of CNA has suggested that a formal moratorium on Ukraine's membership, without a legal ban, might be worth exploring.", "michael-kofman", 1, "Michael Kofman", "no-ukraine-membership", "mentions", 0, ""),
 (MO, "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("that are legally binding, not political promises that can be withdrawn.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 1, ""),
 ("In December, Putin told his annual press conference that the West owed Russia guarantees \"immediately, now,\" and that it was not Russia that was placing missiles near the American border.", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 0, ""),
 ("The second is the troop presence: more than 100,000 Russian soldiers remain near Ukraine, and the administration has said that any diplomacy depends on Russia pulling them back.", "united-states", 0, "the administration", "russia-de-escalation", "supports", 0, ""),
 ("Nobody traded Ukraine. That was our concern, and it did not happen,", "oleksiy-danilov", 1, "Danilov", "", "", 1, ""),
]

D = "2022-02-01"
def kd(ev, demand="", stance=""):
    return (ev, "karen-donfried", 1, "Ms. DONFRIED", demand, stance, 1, D)
def jr(ev, demand="", stance=""):
    return (ev, "james-risch", 1, "Senator RISCH", demand, stance, 1, D)
K4 = "At the same time, we have identified areas where reciprocal steps could improve security for all. These include arms control for missiles in Europe, greater transparency and limits on military exercises, and measures to reduce risks, including through military-to-military channels."
K6 = "No, Mr. Chairman. We have been very clear with the Russian side that we will not accept any arrangement that closes the door to Ukraine or to any other aspirant."
K11 = "That's right, Senator. Deputy Foreign Minister Ryabkov has insisted on a legally binding commitment that NATO will never expand again. We have told the Russian side plainly that no such commitment is available."
L["senate-foreign-relations-2022-02-01-hearing-russia-demands"] = [
 jr("Thank you, Mr. Chairman. Let me be blunt. The documents Moscow put forward in December were never a serious negotiating offer. They were an ultimatum, designed to be rejected, so that Mr. Putin could claim the West left him no choice."),
 jr("No American administration should ever agree to give Russia a say over who joins NATO. That decision belongs to the alliance and to the applicant, period.", "nato-open-door", "supports"),
 jr("I am also concerned about reports that the administration offered to discuss limits on our missile defense sites in Poland and Romania. I want to hear today exactly what was offered, and what we are getting in return.", "no-intermediate-range-missiles", "mentions"),
 kd("Chairman Menendez, Ranking Member Risch, members of the committee, thank you for the opportunity to testify today."),
 kd("Since December, we have engaged Russia in three formats: the Strategic Stability Dialogue in Geneva on January 10, the NATO-Russia Council on January 12, and the OSCE on January 13. In each, we listened to Russia's concerns and stated our own."),
 kd("On January 26, we delivered a written response. It makes clear that we will defend the principle that every country has the sovereign right to choose its own security arrangements, including alliances. NATO's door will stay open.", "nato-open-door", "supports"),
 kd(K4, "no-intermediate-range-missiles", "mentions"),
 kd(K4, "limit-military-exercises", "mentions"),
 kd(K4, "resume-military-dialogue", "mentions"),
 kd("None of this can move forward while Russia keeps more than 100,000 troops on Ukraine's borders. Russia must de-escalate.", "russia-de-escalation", "supports"),
 kd(K6, "no-ukraine-membership", "rejects"),
 kd(K6, "nato-open-door", "supports"),
 kd(K6, "nato-non-expansion", "rejects"),
 kd("The Bucharest summit declaration of 2008 stands. It is not something that we are going to renegotiate with Moscow, and our allies share that view.", "rescind-bucharest-2008", "rejects"),
 kd("Senator, we will continue our security assistance and our training programs with Ukraine. Russia does not get to decide which partners we work with.", "no-military-activity-ex-soviet", "rejects"),
 kd("Senator, I would prefer to go into detail in a classified setting. What I can say here is that any commitment would be reciprocal and verifiable, and that it would not touch the right of allies to defend themselves.", "no-intermediate-range-missiles", "mentions"),
 kd("Russia has for years claimed that the Aegis Ashore sites could be used to launch offensive missiles. We have offered a transparency mechanism so that Russia can see for itself that this is not true, provided that Russia offers reciprocal transparency at two bases of our choosing in Russia.", "no-intermediate-range-missiles", "mentions"),
 kd(K11, "nato-non-expansion", "rejects"),
 kd(K11, "written-legal-guarantees", "mentions"),
 ("Deputy Foreign Minister Ryabkov has insisted on a legally binding commitment that NATO will never expand again.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, ""),
 ("Deputy Foreign Minister Ryabkov has insisted on a legally binding commitment that NATO will never expand again.", "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 kd("We are ready to continue diplomacy, Senator, and we are ready for the alternative. But it is very difficult to imagine real progress under the barrel of a gun.", "russia-de-escalation", "supports"),
]

write_gold(L, "articles-322", "gold-322")
