#!/usr/bin/env python3
"""Writes the held-out gold of batch 313 (gold-313/*.nq) from the labels below.

Batch 313 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- ft-2022-01-12-nato-russia-council-deadlock: Financial Times news story on the
  NATO-Russia Council; quotations split by "Stoltenberg told reporters", a Ryabkov
  statement implied by "repeating language used by", paraphrase of the drafts, analysts.
- izvestia-2022-01-24-ryabkov-interview: Izvestia Q&A with Ryabkov in clumsy
  translation, « » quotes, dashes; no day for the interview itself; Baker/Gorbachev
  history inside an answer.
- white-house-2022-01-26-psaki-briefing: Psaki transcript with "Q" and "MS. PSAKI:"
  labels; Russian demands appear only in questions (unlabelled); off-topic answers.
- err-2022-01-13-osce-vienna-liimets: ERR News story (no front matter, date line
  13.01.2022), caption and crosshead, quoted fragments of six+ words inside reported
  speech, Russian demands named in passing by Estonian speakers.
- cnn-2022-01-27-analysis-written-answers: CNN analysis with crossheads, demands
  attributed in passing to Putin and Russia, "Sergey" spelling, analyst with own stance.
- chathamhouse-2022-02-02-putin-answer-expert-comment: Chatham House expert comment
  Q&A (UTF-8 BOM, CRLF); the expert reports Putin, Ryabkov, Lavrov, US and NATO
  inside her own answer paragraphs.
- sejm-2022-01-19-foreign-affairs-committee-record: Polish Sejm committee record in
  English translation; chairman (host) and MPs' questions unlabelled; deputy minister,
  MPs and an official with Polish diacritics in names.

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

Writer's own choices: a journalist's paraphrase of a published document (the Russian drafts,
the US and NATO answers) is labelled as the position of the document's author, dated by the
document's day when the text gives it; "said" in a news story with no day of its own takes the
publication date; an interview given on no stated day is undated.
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-12"
L["ft-2022-01-12-nato-russia-council-deadlock"] = [
 ("Allies reaffirmed the core principle that each nation has the right to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a Nato member.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a Nato member.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("He added that allies had offered to hold a series of further meetings on arms control, missile deployments and transparency around military exercises, but that Moscow had not yet accepted.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He added that allies had offered to hold a series of further meetings on arms control, missile deployments and transparency around military exercises, but that Moscow had not yet accepted.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ('Stoltenberg said Nato was ready to discuss reciprocal limits on drills and risk-reduction measures, provided Russia engaged "in good faith".', "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, D),
 ('He said Russia needed guarantees that were "legally binding" rather than political assurances that could be "forgotten the next morning".', "alexander-grushko", 1, "He", "written-legal-guarantees", "supports", 0, D),
 ("It is absolutely imperative for us to ensure that Ukraine never, never, never becomes a member of Nato,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, D),
 ('"It is absolutely imperative for us to ensure that Ukraine never, never, never becomes a member of Nato," Grushko said, repeating language used by his colleague Sergei Ryabkov in Geneva two days earlier.', "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 0, "2022-01-10"),
 ('Wendy Sherman, US deputy secretary of state, who attended the Brussels session after leading the American delegation in Geneva on Monday, said Washington would not "slam the door" on Nato\'s open-door policy.', "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ('She told reporters that Russia had a choice between diplomacy and confrontation, and that the US wanted to see "de-escalation" along Ukraine\'s border, where western intelligence estimates Moscow has massed about 100,000 troops.', "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("Besides a ban on new members, they call for Nato to pull back forces and weapons deployed in countries that joined the alliance after May 1997", "russia", 0, "they", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Besides a ban on new members, they call for Nato to pull back forces and weapons deployed in countries that joined the alliance after May 1997", "russia", 0, "they", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ('Nato officials said that demand was "a non-starter" and that allies had made clear they would not discuss the security of eastern members without those members at the table.', "nato", 0, "Nato officials", "rollback-to-1997", "rejects", 0, D),
 ('Lithuania\'s foreign minister Gabrielius Landsbergis said in a statement that any concession on Nato\'s eastern flank would "reward blackmail".', "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, D),
 ("The Kremlin has set the bar where nobody in the west can step over it, and that itself is a message,", "kadri-liik", 1, "Kadri Liik", "", "", 1, D),
 ("Andrei Kortunov, director-general of the Russian International Affairs Council, a think-tank close to the foreign ministry, said that Moscow might settle for a moratorium on Ukraine's accession rather than a formal prohibition.", "andrei-kortunov", 1, "Andrei Kortunov", "no-ukraine-membership", "mentions", 0, D),
 ("Andrei Kortunov, director-general of the Russian International Affairs Council, a think-tank close to the foreign ministry, said that Moscow might settle for a moratorium on Ukraine's accession rather than a formal prohibition.", "andrei-kortunov", 1, "Andrei Kortunov", "written-legal-guarantees", "mentions", 0, D),
 ("A ten- or twenty-year pause is something both sides could live with, if they wanted to,", "andrei-kortunov", 1, "he", "no-ukraine-membership", "mentions", 1, D),
 ("But the Kremlin has said publicly it wants a treaty, and it is hard to walk that back.", "andrei-kortunov", 1, "he", "written-legal-guarantees", "mentions", 1, D),
 ("But the Kremlin has said publicly it wants a treaty, and it is hard to walk that back.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("Russian officials have also demanded that the US and Nato refrain from deploying intermediate-range missiles in Europe, an issue on which western diplomats see more room for a deal.", "russia", 0, "Russian officials", "no-intermediate-range-missiles", "supports", 0, ""),
 ('A senior US official said Washington was prepared to discuss "reciprocal" restrictions on where such missiles could be based, echoing a proposal once floated during talks on the defunct INF treaty.', "united-states", 0, "A senior US official", "no-intermediate-range-missiles", "mentions", 0, D),
 ("the risk of war in the OSCE area is now greater than ever before in the last 30 years", "zbigniew-rau", 1, "Zbigniew Rau", "", "", 1, "2022-01-11"),
]

R = ("sergei-ryabkov", 1, "Sergei Ryabkov")
def ry(ev, demand, stance):
    return (ev, R[0], R[1], R[2], demand, stance, 1, "")
L["izvestia-2022-01-24-ryabkov-interview"] = [
 ry("We expect to see a clear article-by-article reaction to our draft texts which we handed over on December 15 and published on December 17. Not general words about «indivisibility of security» which we heard many times, but concrete answer on our key points. First of all it is non-expansion of NATO to the east, this is absolute priority for us.", "nato-non-expansion", "supports"),
 ry("Then it will mean that our partners did not hear us. The policy of «open doors» is not a law of nature, it is a political decision of the alliance, and it can be changed by political decision. We do not accept that NATO can take into its composition whoever it wants regardless of the security of other states.", "nato-open-door", "rejects"),
 ry("Then it will mean that our partners did not hear us. The policy of «open doors» is not a law of nature, it is a political decision of the alliance, and it can be changed by political decision. We do not accept that NATO can take into its composition whoever it wants regardless of the security of other states.", "nato-non-expansion", "supports"),
 ry("This is their position, we know it. But I want to remind that in 2008 in Bucharest the alliance declared that Ukraine and Georgia will become members. This formula must be disavowed, it must be removed from the agenda once and forever. Without this there is no serious conversation.", "rescind-bucharest-2008", "supports"),
 ry("I do not agree with word «impossible». We propose to return to the situation which existed when the Founding Act was signed, that is to withdraw the forces and weapons which appeared on territory of new members after May 27, 1997. This is a question of our security, not of prestige. Military infrastructure of the alliance came close to our borders, and we have the right to demand that it goes back.", "rollback-to-1997", "supports"),
 ry("On the medium-range and shorter-range missiles, on the parameters of exercises, on the measures of confidence, we are ready to work. We do not reject these topics, the Americans themselves put them on the table. But I underline: these are not substitutes for the main thing. You cannot exchange the question of NATO expansion for a few agreements about exercises.", "no-intermediate-range-missiles", "mentions"),
 ry("On the medium-range and shorter-range missiles, on the parameters of exercises, on the measures of confidence, we are ready to work. We do not reject these topics, the Americans themselves put them on the table. But I underline: these are not substitutes for the main thing. You cannot exchange the question of NATO expansion for a few agreements about exercises.", "limit-military-exercises", "mentions"),
 ry("On the medium-range and shorter-range missiles, on the parameters of exercises, on the measures of confidence, we are ready to work. We do not reject these topics, the Americans themselves put them on the table. But I underline: these are not substitutes for the main thing. You cannot exchange the question of NATO expansion for a few agreements about exercises.", "nato-non-expansion", "supports"),
 ry("Only in form of international legal obligations. Promises given orally we already had — in 1990 they told to Gorbachev that the alliance will not move «one inch» to the east, and what came out of it? Therefore we need a treaty ratified by the Senate, signed, with legal force. A moratorium or some declaration of intentions does not suit us.", "written-legal-guarantees", "supports"),
 ry("We move our troops on our own territory as we consider necessary. Nobody can dictate to us where to hold our forces. To put the question so is to try to shift responsibility from a sick head to a healthy one. The tension is created not by us but by the supply of weapons to Kyiv and by activity of NATO near our borders.", "russia-de-escalation", "rejects"),
 ry("Flights of strategic bombers along our borders, the warships in the Black Sea which come with every month more often, instructors in Ukraine. We formulated clearly: the US and NATO must not conduct military activity on territory of Ukraine, other states of Eastern Europe, South Caucasus and Central Asia. This is part of our draft, and this is not accidental.", "no-military-activity-ex-soviet", "supports"),
 ry("Flights of strategic bombers along our borders, the warships in the Black Sea which come with every month more often, instructors in Ukraine. We formulated clearly: the US and NATO must not conduct military activity on territory of Ukraine, other states of Eastern Europe, South Caucasus and Central Asia. This is part of our draft, and this is not accidental.", "no-warships-aircraft-in-strike-range", "supports"),
 ry("Then we will take measures which we consider necessary. The president spoke about this: military-technical measures. I would not like to go into details. We are not going to wait forever, the talks cannot become endless process.", "", ""),
 ry("I would not call any dates. But the understanding of urgency in Moscow is very high, and our partners should understand this.", "", ""),
]

D = "2022-01-26"
def ps(ev, demand="", stance=""):
    return (ev, "jen-psaki", 1, "MS. PSAKI", demand, stance, 1, D)
A_DOOR = "No. And I don't think that should be a surprise to anyone. We have been clear, publicly and privately, that NATO's door is open, that it remains open, and that it's not up to Russia — or up to any other country — to decide who gets to be a member of the NATO Alliance. That's a decision for NATO and for the countries seeking membership."
A_RECIP = "What I would say is that there are areas where we think there can be reciprocal progress — on arms control, on transparency around exercises, on the placement of offensive missile systems in Ukraine, for example. Those are things we have been prepared to talk about for some time. What we are not going to do is negotiate away the sovereignty of Ukraine or the security of our NATO Allies."
L["white-house-2022-01-26-psaki-briefing"] = [
 ps("Hi, everyone. Okay, I have a couple of items for you at the top."),
 ps("As you all saw, Ambassador Sullivan delivered our written response to the Russian Foreign Ministry in Moscow this afternoon. Secretary Blinken will speak to it in more detail shortly from the State Department, so I'm not going to get ahead of him. But I will say that the response sets out a serious diplomatic path, should Russia choose it."),
 ps("It addresses the concerns of the United States and our Allies and partners about Russia's actions that undermine security, it lays out a principled and pragmatic evaluation of the concerns Russia has raised, and it puts forward our own proposals for areas where we may be able to find common ground. We've coordinated it closely with our Ukrainian partners and with our European Allies."),
 ps(A_DOOR, "nato-open-door", "supports"),
 ps(A_DOOR, "no-ukraine-membership", "rejects"),
 ps(A_RECIP, "limit-military-exercises", "mentions"),
 ps(A_RECIP, "no-strike-weapons-near-borders", "mentions"),
 ps(A_RECIP, "no-ukraine-membership", "rejects"),
 ps("We're not going to detail the document. I'd just reiterate that we've made clear to the Russians that nothing about Europe without Europe. Our commitment to our Article 5 obligations is ironclad. We are not going to be withdrawing from the eastern flank; if anything, you've seen the President put troops on heightened alert.", "rollback-to-1997", "rejects"),
 ps("He has not made a decision at this point. The troops are on prepare-to-deploy orders so that they would be ready to move to reinforce the NATO Response Force, should it be activated."),
 ps("Well, we've put our response in writing, which is what they asked for. As to the format of any eventual agreement, I think that's getting way ahead of where we are. Our focus right now is on whether Russia wants to engage in diplomacy or not.", "written-legal-guarantees", "mentions"),
 ps("We haven't seen that. We continue to see a troop buildup that is unprecedented in recent history along the border with Ukraine and in Belarus. The best signal Russia could send would be to pull those forces back and take steps to de-escalate. That would create a much better environment for diplomacy.", "russia-de-escalation", "supports"),
 ps("We'll let the Russians speak for their own timeline. We have done what we said we would do. We said we would provide a written response; we have done that. It's now up to them to determine how they want to proceed."),
 ps("I'm not going to get into the details of the document. What I will tell you is that if Russia invades Ukraine one way or another, Nord Stream 2 will not move forward."),
 ps("I'm not going to get ahead of any announcement by Justice Breyer. It's always been his decision to make."),
 ps("Again, we've put forward ideas on reciprocal transparency measures and on limiting the scope of exercises — on both sides. That offer is on the table. But what we are seeing now is not transparency; it is a massing of forces with no clear explanation, and that's why our Allies are worried.", "limit-military-exercises", "mentions"),
]

D = "2022-01-13"
LI = ("eva-maria-liimets", 1)
S_TROOPS = "The minister added that Estonia saw no basis for discussing Russian proposals which concern the presence of allied troops on the territory of NATO members."
S_LUK = 'He said that the non-enlargement of NATO and the refusal to deploy strike weapon systems in the immediate vicinity of Russia\'s borders were the "key elements" for Moscow, and that talks on them could not be postponed.'
S_CARP = 'He said Washington was ready to discuss reciprocal risk-reduction steps, including limits on military exercises and more transparency, but only "in an atmosphere of de-escalation rather than escalation".'
Q_KAL1 = "The Russians put on the table a demand that NATO leave Estonia, Latvia and Lithuania in all but name. No Estonian government could ever accept that, and Moscow knows it,"
S_KAL2 = "He said that several Russian proposals, such as arrangements on intermediate-range missiles and military exercises, had long been discussed in arms control circles."
Q_KAL3 = "Those parts are not new and could form a package, but they are hostage to the bigger demand,"
S_MIH = 'Mihkelson wrote on social media that Russia\'s demand for a "legally binding" halt to NATO enlargement was "an ultimatum dressed as a treaty".'
L["err-2022-01-13-osce-vienna-liimets"] = [
 ("Foreign Minister Eva-Maria Liimets (Center) told the OSCE Permanent Council in Vienna on Thursday that Estonia would never agree to a European security order in which larger states decide the fate of their neighbors.", *LI, "Eva-Maria Liimets", "nato-open-door", "supports", 0, D),
 ("Every country has the sovereign right to choose its own security arrangements, including to join alliances. This is not a Western invention, it is what all of us, Russia included, signed up to in Helsinki and in Paris,", *LI, "Liimets", "nato-open-door", "supports", 1, D),
 (S_TROOPS, *LI, "The minister", "rollback-to-1997", "rejects", 0, D),
 (S_TROOPS, "russia", 0, "Russian proposals", "rollback-to-1997", "supports", 0, ""),
 ("Our security is not something that can be negotiated over our heads,", *LI, "she", "rollback-to-1997", "rejects", 1, D),
 ("and the allied presence in Estonia is here because we asked for it.", *LI, "she", "rollback-to-1997", "rejects", 1, D),
 ("She said that Russia must withdraw its troops massed near Ukraine if it wanted to be taken seriously as a partner in dialogue.", *LI, "She", "russia-de-escalation", "supports", 0, D),
 (S_LUK, "alexander-lukashevich", 1, "He", "nato-non-expansion", "supports", 0, D),
 (S_LUK, "alexander-lukashevich", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We are not going to be dragged into an endless discussion,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("Either there is an answer, or there is not.", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 ("drumbeat of war is sounding loud", "michael-carpenter", 1, "Michael Carpenter", "", "", 1, D),
 (S_CARP, "michael-carpenter", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("in an atmosphere of de-escalation rather than escalation", "michael-carpenter", 1, "He", "russia-de-escalation", "supports", 1, D),
 ("We will not back away from the principle that every state may choose its own alliances,", "michael-carpenter", 1, "Carpenter", "nato-open-door", "supports", 1, D),
 (Q_KAL1, "kaarel-kaljurand", 1, "Kaljurand", "rollback-to-1997", "mentions", 1, D),
 (Q_KAL1, "russia", 0, "The Russians", "rollback-to-1997", "supports", 0, ""),
 (S_KAL2, "kaarel-kaljurand", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 (S_KAL2, "kaarel-kaljurand", 1, "He", "limit-military-exercises", "mentions", 0, D),
 (S_KAL2, "russia", 0, "Russian proposals", "no-intermediate-range-missiles", "supports", 0, ""),
 (S_KAL2, "russia", 0, "Russian proposals", "limit-military-exercises", "supports", 0, ""),
 (Q_KAL3, "kaarel-kaljurand", 1, "he", "no-intermediate-range-missiles", "mentions", 1, D),
 (Q_KAL3, "kaarel-kaljurand", 1, "he", "limit-military-exercises", "mentions", 1, D),
 (S_MIH, "marko-mihkelson", 1, "Mihkelson", "nato-non-expansion", "rejects", 0, ""),
 (S_MIH, "marko-mihkelson", 1, "Mihkelson", "written-legal-guarantees", "rejects", 0, ""),
 (S_MIH, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (S_MIH, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
]

D = "2022-01-27"
W = "2022-01-26"
S_BAR = "It would bar Ukraine and other former Soviet states from ever joining NATO, shut down any Western military activity in Eastern Europe and Central Asia, and push the alliance's forces back to where they stood before the first eastward wave of enlargement in 1999."
S_RESP = "The US response, according to officials familiar with it, proposes reciprocal commitments on those questions."
S_HEART = "But the heart of Putin's demand — a legally binding halt to NATO's eastward expansion — is exactly what both documents decline."
S_LAV = 'He said that the documents did contain elements that could form the basis of "a serious conversation on secondary issues" but that the main question — Russia\'s insistence that NATO not expand further — had gone unanswered.'
L["cnn-2022-01-27-analysis-written-answers"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("We will not compromise on the principles on which the security of our Alliance and security in Europe and North America rest,", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 1, W),
 (S_BAR, "russia", 0, "It", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 (S_BAR, "russia", 0, "It", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 (S_BAR, "russia", 0, "It", "rollback-to-1997", "supports", 0, "2021-12-17"),
 (S_RESP, "united-states", 0, "The US response", "no-intermediate-range-missiles", "mentions", 0, W),
 (S_RESP, "united-states", 0, "The US response", "limit-military-exercises", "mentions", 0, W),
 (S_RESP, "united-states", 0, "The US response", "no-warships-aircraft-in-strike-range", "mentions", 0, W),
 (S_HEART, "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
 (S_HEART, "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 0, ""),
 (S_HEART, "united-states", 0, "both documents", "nato-non-expansion", "rejects", 0, W),
 (S_HEART, "nato", 0, "both documents", "nato-non-expansion", "rejects", 0, W),
 ("There is no positive response on the main issue,", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 1, D),
 (S_LAV, "sergei-lavrov", 1, "He", "nato-non-expansion", "supports", 0, D),
 (S_LAV, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("It is hardly possible to say that our concerns have been taken into account,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ('Putin, who in December accused the West of having "cheated" Russia over NATO\'s expansion, has kept his own counsel since the talks began.', "vladimir-putin", 1, "Putin", "nato-non-expansion", "supports", 0, ""),
 ("If you write down demands you know the other side cannot accept, you are either preparing a pretext or setting an opening bid very, very high,", "laura-whitcombe", 1, "Whitcombe", "", "", 1, D),
 ("The written answers at least make the second reading possible, because they put real arms control on the table.", "laura-whitcombe", 1, "Whitcombe", "", "", 1, D),
 ("Whitcombe argued that the West had been right to refuse any deal on Ukraine's future membership.", "laura-whitcombe", 1, "Whitcombe", "no-ukraine-membership", "rejects", 0, D),
 ("A country's right to pick its alliances cannot be traded in a bilateral negotiation between Washington and Moscow, and it shouldn't be,", "laura-whitcombe", 1, "she", "nato-open-door", "supports", 1, D),
 ('Pentagon press secretary John Kirby said Wednesday the US was not seeing "any indication" that Russia was pulling forces back.', "john-kirby", 1, "John Kirby", "russia-de-escalation", "mentions", 0, W),
 ("We want to see de-escalation, and we're just not seeing it,", "john-kirby", 1, "Kirby", "russia-de-escalation", "supports", 1, W),
]

D = "2022-02-02"
EW = ("eleanor-whitfield", 1, "Dr Eleanor Whitfield")
def ew(ev, demand="", stance=""):
    return (ev, *EW, demand, stance, 1, D)
P_PUT = "Speaking alongside Hungary's prime minister Viktor Orbán in Moscow, Putin said that Russia's fundamental concerns had been ignored by the United States and NATO. He listed three: no further enlargement of the alliance, no deployment of strike weapons systems close to Russia's borders, and a return of NATO's military infrastructure in Europe to where it stood in 1997."
S_PUT3 = "He listed three: no further enlargement of the alliance, no deployment of strike weapons systems close to Russia's borders, and a return of NATO's military infrastructure in Europe to where it stood in 1997."
P_SAME = "These are exactly the three points Moscow has stressed since December, so in that sense nothing changed. What was new was the tone: he said he hoped dialogue would continue, and he did not declare diplomacy over."
S_SAME = "These are exactly the three points Moscow has stressed since December, so in that sense nothing changed."
P_OFF = "Yes, and Russian officials have more or less admitted it. The US and NATO offered reciprocal talks on intermediate-range missiles, on notification and limits for exercises, and on restoring channels of military communication. These are real offers and some of them go further than Washington has gone for a decade."
S_OFF = "The US and NATO offered reciprocal talks on intermediate-range missiles, on notification and limits for exercises, and on restoring channels of military communication."
P_LEG = "This is where Moscow has boxed itself in. Ryabkov and Lavrov have insisted repeatedly that only a signed, ratified treaty will do, and that a moratorium or political statement would be worthless."
S_LEG = "Ryabkov and Lavrov have insisted repeatedly that only a signed, ratified treaty will do, and that a moratorium or political statement would be worthless."
P_NO = "What matters now is that Ukraine cannot be handed a permanent 'no' by a deal struck over its head. The principle that states choose their own alliances is the foundation of the Helsinki Final Act, and Russia signed it. Abandoning it would not bring stability; it would invite the next demand."
L["chathamhouse-2022-02-02-putin-answer-expert-comment"] = [
 ew(P_PUT, "nato-non-expansion", "mentions"),
 ew(P_PUT, "no-strike-weapons-near-borders", "mentions"),
 ew(P_PUT, "rollback-to-1997", "mentions"),
 (S_PUT3, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, "2022-02-01"),
 (S_PUT3, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2022-02-01"),
 (S_PUT3, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, "2022-02-01"),
 ew(P_SAME, "nato-non-expansion", "mentions"),
 ew(P_SAME, "no-strike-weapons-near-borders", "mentions"),
 ew(P_SAME, "rollback-to-1997", "mentions"),
 (S_SAME, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (S_SAME, "russia", 0, "Moscow", "no-strike-weapons-near-borders", "supports", 0, ""),
 (S_SAME, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ew(P_OFF, "no-intermediate-range-missiles", "mentions"),
 ew(P_OFF, "limit-military-exercises", "mentions"),
 ew(P_OFF, "resume-military-dialogue", "mentions"),
 (S_OFF, "united-states", 0, "The US", "no-intermediate-range-missiles", "mentions", 0, ""),
 (S_OFF, "united-states", 0, "The US", "limit-military-exercises", "mentions", 0, ""),
 (S_OFF, "united-states", 0, "The US", "resume-military-dialogue", "mentions", 0, ""),
 (S_OFF, "nato", 0, "NATO", "no-intermediate-range-missiles", "mentions", 0, ""),
 (S_OFF, "nato", 0, "NATO", "limit-military-exercises", "mentions", 0, ""),
 (S_OFF, "nato", 0, "NATO", "resume-military-dialogue", "mentions", 0, ""),
 ew("I think Western governments were right to put the military-to-military channels back on the table. Crises like this one are exactly when armed forces on both sides need to be able to pick up the phone to each other, and the absence of those contacts since 2014 has made the situation more dangerous, not less.", "resume-military-dialogue", "supports"),
 ew("Moscow's complaint rests on a reading of history — the 1990 conversations between James Baker and Mikhail Gorbachev — that Western historians still argue about. But whatever was said in 1990, it was not a treaty and it did not bind anyone.", "nato-non-expansion", "mentions"),
 ew(P_NO, "no-ukraine-membership", "rejects"),
 ew(P_NO, "nato-open-door", "supports"),
 ew(P_LEG, "written-legal-guarantees", "mentions"),
 (S_LEG, "sergei-ryabkov", 1, "Ryabkov", "written-legal-guarantees", "supports", 0, ""),
 (S_LEG, "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, ""),
 ew("No US administration could get such a treaty through the Senate, and the Kremlin knows this. So the insistence on legal form may be less a negotiating position than a way of making sure the answer will be 'no'.", "written-legal-guarantees", "mentions"),
 ew("Keep the diplomatic track open while making it clear that further aggression would carry very high costs. The pressure point is the troops: more than 100,000 of them around Ukraine and more arriving in Belarus."),
 ew("The most important thing any Western leader can say to Moscow this week is very simple: pull back those forces, and there is a great deal to talk about. Without that, the talks are a cover rather than a solution.", "russia-de-escalation", "supports"),
]

D = "2022-01-19"
MP = ("marcin-przydacz", 1, "Marcin Przydacz")
def mp(ev, demand="", stance=""):
    return (ev, *MP, demand, stance, 1, D)
P_ROLL = "I want to say it very clearly: the Polish government will not accept any arrangement which would divide NATO members into first and second category. The Russian proposal that the Alliance withdraw its forces and infrastructure from the states which joined after 1997 is, for us, absolutely unacceptable, and our allies, first of all the United States, have confirmed to us that it is not a subject of negotiation."
S_ROLL = "The Russian proposal that the Alliance withdraw its forces and infrastructure from the states which joined after 1997 is, for us, absolutely unacceptable, and our allies, first of all the United States, have confirmed to us that it is not a subject of negotiation."
P_NONEN = "The same applies to the so-called non-enlargement. The decision on who is a member of NATO belongs to the Alliance and to the candidate country, not to a third state. We told this to our American partners before Geneva and we heard from Deputy Secretary Sherman the assurance that there will be no talks about Ukraine without Ukraine and about Europe without Europe."
P_DIAL = "At the same time we are not against dialogue where it makes sense. We are ready to discuss transparency of military exercises, on a reciprocal basis, and including the Russian exercises in Belarus, which are for us the greatest concern. Russia must first reduce the tension which it itself created: the concentration of over one hundred thousand soldiers at the border of Ukraine must be withdrawn."
P_BUCH = "Today Russia wants the Alliance to officially revoke that Bucharest promise. I think that any step in this direction, even a symbolic one, would be a catastrophe for the credibility of NATO in our region."
P_MOR = "Thank you very much. To MP Żebrowski: I have no signal that any ally is considering a moratorium. In Brussels on 12 January the position of all thirty allies was identical, and Secretary General Stoltenberg expressed it publicly — the open door policy stays."
S_MOR = "In Brussels on 12 January the position of all thirty allies was identical, and Secretary General Stoltenberg expressed it publicly — the open door policy stays."
P_LK = "If I may add one sentence, Mr Chairman. In the Russian draft agreement with NATO, article 4 speaks about the deployment of forces on the territory of the states that were members as of 27 May 1997. For the Ministry, this is the most dangerous provision of the whole document, because it concerns Poland directly."
L["sejm-2022-01-19-foreign-affairs-committee-record"] = [
 mp("Mr Chairman, High Committee, last week was, without exaggeration, the most intensive week of dialogue between the West and Russia in many years. Poland participated in it in two roles: as a member of the North Atlantic Alliance and as the country holding the OSCE Chairmanship, in whose name Minister Rau opened the Permanent Council in Vienna on 13 January."),
 mp(P_ROLL, "rollback-to-1997", "rejects"),
 (S_ROLL, "russia", 0, "The Russian proposal", "rollback-to-1997", "supports", 0, ""),
 (S_ROLL, "united-states", 0, "the United States", "rollback-to-1997", "rejects", 0, ""),
 mp(P_NONEN, "nato-non-expansion", "rejects"),
 mp(P_NONEN, "nato-open-door", "supports"),
 mp(P_DIAL, "limit-military-exercises", "mentions"),
 mp(P_DIAL, "russia-de-escalation", "supports"),
 ("Thank you, Mr Chairman. Minister, the opposition supports the government in this matter; here there is no division in Poland. I would like only to recall that already in 2008 in Bucharest our diplomacy fought for a membership action plan for Ukraine and Georgia, and it was then, unfortunately, blocked by Germany and France.", "krzysztof-zebrowski", 1, "MP Krzysztof Żebrowski", "", "", 1, D),
 (P_BUCH, "krzysztof-zebrowski", 1, "MP Krzysztof Żebrowski", "rescind-bucharest-2008", "rejects", 1, D),
 ("Today Russia wants the Alliance to officially revoke that Bucharest promise.", "russia", 0, "Russia", "rescind-bucharest-2008", "supports", 0, ""),
 ("Mr Chairman, I will say something less popular. We should not pretend that all Russian proposals are absurd. The limitation of exercises near borders is in the interest of Poland too, because every big exercise at our border is a risk of incident. Here I would support a reasonable agreement, with verification.", "ryszard-tomczyk", 1, "MP Ryszard Tomczyk", "limit-military-exercises", "supports", 1, D),
 mp(P_MOR, "nato-open-door", "supports"),
 (S_MOR, "jens-stoltenberg", 1, "Secretary General Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 (S_MOR, "nato", 0, "all thirty allies", "nato-open-door", "supports", 0, "2022-01-12"),
 mp("To MP Michalak: the base in Redzikowo is a defensive installation, and it has no offensive capacity. The Russian claims that it can be used to launch Tomahawk missiles we consider as disinformation. But we do not exclude that in the framework of a broader agreement on reciprocal transparency, with inspection on both sides, Russia could be given some form of verification, on the condition that Russian Iskander systems in Kaliningrad are also covered.", "no-intermediate-range-missiles", "mentions"),
 mp("To MP Tomczyk: I agree that limitation of exercises can be a subject of talks, but only on a reciprocal basis. It cannot be that NATO limits exercises in Poland and Lithuania and Russia holds Zapad with two hundred thousand soldiers.", "limit-military-exercises", "mentions"),
 (P_LK, "joanna-lis-kaminska", 1, "Ms Joanna Lis-Kamińska", "rollback-to-1997", "rejects", 1, D),
 ("In the Russian draft agreement with NATO, article 4 speaks about the deployment of forces on the territory of the states that were members as of 27 May 1997.", "russia", 0, "the Russian draft agreement", "rollback-to-1997", "supports", 0, ""),
]

write_gold(L, "articles-313", "gold-313")
