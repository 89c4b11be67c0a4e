#!/usr/bin/env python3
"""Writes the held-out gold of batch 292 (gold-292/*.nq) from the labels below.

Batch 292 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-10-us-russia-geneva-talks-no-breakthrough: Reuters news story
  with front matter and byline; Ryabkov and Sherman after Geneva, quotes split by
  "he said", a three-demand reported sentence, Baker 1990 background, an analyst.
- sputnik-2022-01-27-lavrov-us-response-ignores-main-issue: Sputnik English story,
  no front matter, "14:32 GMT 27.01.2022" date line, READ ALSO link, Lavrov and
  Zakharova on the US answer, Moscow's denial of the build-up reported in passing.
- nrc-2022-01-12-grushko-press-point-brussels: Russian MFA-style transcript of
  Grushko's press point after the NATO-Russia Council; "A.V. Grushko:" labels,
  agency-tagged questions (unlabelled), each answer paragraph one quotation.
- bns-2022-01-13-liimets-russia-cannot-dictate-alliances: BNS English wire with a
  UTF-8 BOM and CRLF line ends; Estonian ministers, Lukashevich and Carpenter at the
  OSCE, an ICDS analyst, Moscow's 1997 demand attributed in passing.
- telegraph-2022-01-27-west-answer-putin-what-next: Telegraph analysis with front
  matter, standfirst, caption and "Read more" line; curly quotes, a Baker/Bucharest
  history paragraph, a former ambassador and a RUSI analyst with a stance of her own.
- carnegie-2022-01-20-halvorsen-what-russia-wants: Carnegie Q&A with an invented
  scholar; questions unlabelled, each answer paragraph one quotation, Moscow's
  demands listed inside her answers (Russia's labels), her own supports/rejects.
- riigikogu-2022-01-19-interpellation-russia-security-demands: Riigikogu verbatim
  record in English translation; time-stamped speaker labels, MPs' questions and the
  chair unlabelled, the minister's answers and the debate speeches labelled.

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
L["reuters-2022-01-10-us-russia-geneva-talks-no-breakthrough"] = [
 ("Russia told the United States on Monday that it was vital to ensure Ukraine would never be admitted to NATO, while Washington called Moscow's wider security proposals non-starters after nearly eight hours of talks in Geneva.", "russia", 0, "Russia", "no-ukraine-membership", "supports", 0, D),
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,", "sergei-ryabkov", 1, "Sergei Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("Ryabkov said Moscow wanted a firm stop to the alliance's movement eastward and the removal of NATO forces and weapons from the countries that joined it after 1997, and that Russia would not discuss the movement of its own troops on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "nato-non-expansion", "supports", 0, D),
 ("Ryabkov said Moscow wanted a firm stop to the alliance's movement eastward and the removal of NATO forces and weapons from the countries that joined it after 1997, and that Russia would not discuss the movement of its own troops on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("Ryabkov said Moscow wanted a firm stop to the alliance's movement eastward and the removal of NATO forces and weapons from the countries that joined it after 1997, and that Russia would not discuss the movement of its own troops on Russian soil.", "sergei-ryabkov", 1, "Ryabkov", "russia-de-escalation", "rejects", 0, D),
 ("We have the impression that the American side has taken the Russian proposals very seriously,", "sergei-ryabkov", 1, "Ryabkov", "", "", 1, D),
 ("The situation is dangerous, and we cannot allow it to drift,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("We need a result, and we need it on paper, not in the form of promises that evaporate the moment the political wind changes.", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance,", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("She said the United States was prepared to discuss reciprocal limits on the size and scope of military exercises and the future of intermediate-range missiles in Europe, but only if Russia pulled back some of the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "She", "limit-military-exercises", "mentions", 0, D),
 ("She said the United States was prepared to discuss reciprocal limits on the size and scope of military exercises and the future of intermediate-range missiles in Europe, but only if Russia pulled back some of the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "She", "no-intermediate-range-missiles", "mentions", 0, D),
 ("She said the United States was prepared to discuss reciprocal limits on the size and scope of military exercises and the future of intermediate-range missiles in Europe, but only if Russia pulled back some of the roughly 100,000 troops it has massed near Ukraine's borders.", "wendy-sherman", 1, "She", "russia-de-escalation", "supports", 0, D),
 ("It's hard to have a constructive, productive discussion in an atmosphere of escalation,", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 1, D),
 ("Kremlin spokesman Dmitry Peskov said earlier on Monday that Moscow expected specific answers to its proposals and would insist that any guarantees it obtained be fixed in a legally binding document.", "dmitry-peskov", 1, "Dmitry Peskov", "written-legal-guarantees", "supports", 0, D),
 ("Secretary-General Jens Stoltenberg has said that NATO will not compromise on the right of each nation to choose its own path, including Ukraine.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, ""),
 ("The Russians have put the non-enlargement pledge at the very top of the list, and Washington simply cannot give that,", "thomas-greer", 1, "Greer", "nato-non-expansion", "mentions", 1, D),
 ("The Russians have put the non-enlargement pledge at the very top of the list, and Washington simply cannot give that,", "russia", 0, "The Russians", "nato-non-expansion", "supports", 0, ""),
 ("The interesting part is the missile and exercise track, which could outlast this crisis.", "thomas-greer", 1, "Greer", "no-intermediate-range-missiles", "mentions", 1, D),
 ("The interesting part is the missile and exercise track, which could outlast this crisis.", "thomas-greer", 1, "Greer", "limit-military-exercises", "mentions", 1, D),
 ("I would not say that there is no chance at all,", "sergei-ryabkov", 1, "he", "", "", 1, D),
 ("But the chance depends on the other side.", "sergei-ryabkov", 1, "he", "", "", 1, D),
]

D = "2022-01-27"
W = "2022-01-26"
L["sputnik-2022-01-27-lavrov-us-response-ignores-main-issue"] = [
 ("The US written response to Russia's proposals on security guarantees contains no positive reaction on the main issue, which is the non-expansion of NATO to the east, Russian Foreign Minister Sergey Lavrov said on Thursday.", "sergei-lavrov", 1, "Sergey Lavrov", "nato-non-expansion", "supports", 0, D),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further NATO expansion to the east and the deployment of strike weapons that could threaten the territory of the Russian Federation,", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("We will read it carefully, and the president will decide on our next steps,", "sergei-lavrov", 1, "the minister", "", "", 1, D),
 ("At the same time, Lavrov said the reply offered grounds for a serious conversation on what he called secondary issues, such as where intermediate-range missiles may be stationed and confidence-building measures around military drills.", "sergei-lavrov", 1, "Lavrov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("At the same time, Lavrov said the reply offered grounds for a serious conversation on what he called secondary issues, such as where intermediate-range missiles may be stationed and confidence-building measures around military drills.", "sergei-lavrov", 1, "Lavrov", "limit-military-exercises", "mentions", 0, D),
 ("Russian Deputy Foreign Minister Sergei Ryabkov told reporters on Thursday that the United States had ignored Moscow's demand for NATO's infrastructure to be pulled back to the positions of 1997, when the NATO-Russia Founding Act was signed.", "sergei-ryabkov", 1, "Sergei Ryabkov", "rollback-to-1997", "supports", 0, D),
 ("Without a response on this point, there is no basis for optimism and there will be none,", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 1, D),
 ("The so-called open-door policy is not a law of nature, it is a political decision of the alliance that can be revised at any moment,", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, D),
 ("We hear about this mantra every day, but we do not hear how NATO proposes to take into account the security of other states.", "maria-zakharova", 1, "Zakharova", "nato-open-door", "rejects", 1, D),
 ("In Washington, US Secretary of State Antony Blinken said on Wednesday that the document reaffirmed Washington's commitment to NATO's open-door policy, but offered Russia reciprocal transparency measures regarding offensive weapons systems in Ukraine.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, W),
 ("In Washington, US Secretary of State Antony Blinken said on Wednesday that the document reaffirmed Washington's commitment to NATO's open-door policy, but offered Russia reciprocal transparency measures regarding offensive weapons systems in Ukraine.", "antony-blinken", 1, "Antony Blinken", "no-strike-weapons-near-borders", "mentions", 0, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, W),
 ("There is no change, there will be no change,", "antony-blinken", 1, "Blinken", "nato-non-expansion", "rejects", 1, W),
 ("NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance was ready to listen to Russia's concerns but would not compromise on core principles, including the right of Ukraine and others to choose their own security arrangements.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, W),
 ("According to Stoltenberg, the alliance also proposed to reopen the NATO and Russian missions in Moscow and Brussels and to use existing military channels of communication more actively to avoid incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("The Americans have answered the questions they wanted to answer, not the ones that were asked,", "fyodor-lukyanenko", 1, "Lukyanenko", "", "", 1, ""),
 ("For Moscow, the absence of a guarantee on Ukraine is the heart of the matter, and everything else is secondary.", "fyodor-lukyanenko", 1, "Lukyanenko", "no-ukraine-membership", "mentions", 1, ""),
 ("For Moscow, the absence of a guarantee on Ukraine is the heart of the matter, and everything else is secondary.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("The West has, in turn, accused Russia of massing troops near the Ukrainian border, which Moscow has repeatedly denied, stressing that it has the right to move forces within its own territory and that it poses no threat to anyone.", "russia", 0, "Moscow", "russia-de-escalation", "rejects", 0, ""),
]

D = "2022-01-12"
G = ("alexander-grushko", 1, "A.V. Grushko")
def g(ev, demand="", stance=""):
    return (ev, G[0], G[1], G[2], demand, stance, 1, D)
P1 = "Good afternoon. We have just had a frank, direct and, I would say, deep conversation with our NATO colleagues. The Russian delegation included Deputy Defence Minister Alexander Fomin, and we set out in detail the logic of the proposals on security guarantees that we handed over in December."
P2 = "We made it clear that the situation is approaching a dangerous line. NATO's expansion must stop. We need legally binding guarantees that the alliance will not move further east, and that Ukraine and Georgia will not be drawn into it under any circumstances."
P3 = "We also told our colleagues that the Bucharest formula of 2008, according to which Ukraine and Georgia will become members of NATO, must be disavowed. This formula has done enormous damage to European security, and as long as it remains on paper, nobody in Kiev or Tbilisi will take it as anything other than an invitation."
P4 = "If the alliance is not prepared to do this, we have other means of ensuring our security, including military-technical means. Nobody should have any illusions on that account."
A1 = "We have heard this formula many times. The so-called open door policy is not an obligation under international law; it is a policy of the alliance, and nothing prevents NATO from changing it. To claim that any country may join any alliance while ignoring the security of others is a very selective reading of the OSCE documents."
A2 = "Compromise is possible on many things, but not on the principle of indivisible security, which all of us signed up to in Istanbul and in Astana."
A3 = "Our colleagues spoke about risk reduction, about the transparency of exercises, about intermediate-range missiles in Europe. These are important topics, and we do not refuse to discuss them. But they can only be considered in a package with the main issues, not instead of them."
A4 = "Russia moves its troops on its own territory, and we are not going to take instructions from anyone about where our units should be stationed. The call to de-escalate should be addressed to those who are pumping weapons into Ukraine and sending instructors there."
A5 = "Of course. We said very clearly that the development of Ukrainian territory by NATO – the training missions, the exercises, the supply of weapons, the infrastructure – is a direct threat to us. The same applies to Georgia and to the countries of Central Asia. This activity must cease, and it must be fixed in a binding manner."
A6 = "Let me remind you that it was NATO that froze all practical civilian and military cooperation with Russia in 2014. Last year the alliance expelled our diplomats, and we drew the conclusions. Today there is no agenda for such contacts, and we see no point in restoring them for the sake of appearances. If our proposals are accepted, the question of military dialogue will arise naturally."
A7 = "No date has been set. We will now report to the leadership, and a great deal depends on the written response that we expect from the alliance. We do not intend to conduct these talks indefinitely."
L["nrc-2022-01-12-grushko-press-point-brussels"] = [
 g(P1),
 g(P2, "nato-non-expansion", "supports"),
 g(P2, "written-legal-guarantees", "supports"),
 g(P2, "no-ukraine-membership", "supports"),
 g(P3, "rescind-bucharest-2008", "supports"),
 g(P4),
 g(A1, "nato-open-door", "rejects"),
 g(A2),
 g(A3, "limit-military-exercises", "mentions"),
 g(A3, "no-intermediate-range-missiles", "mentions"),
 g(A4, "russia-de-escalation", "rejects"),
 g(A5, "no-military-activity-ex-soviet", "supports"),
 g(A5, "written-legal-guarantees", "supports"),
 g(A6, "resume-military-dialogue", "rejects"),
 g(A7),
]

D = "2022-01-13"
LEAD = "Estonian Foreign Minister Eva-Maria Liimets said on Thursday that Russia's demand to halt the enlargement of NATO is unacceptable to Estonia and that sovereign states must remain free to choose their own alliances."
LAANET = "Defense Minister Kalle Laanet said on Thursday that Moscow's demand to pull allied forces back to where they stood in 1997 would mean removing the NATO battlegroup stationed in Tapa, which he said was out of the question."
LUK = "Lukashevich said that Russia expected the West to stop the military development of the territory of Ukraine and to rule out the deployment of offensive weapons systems close to Russian borders."
MAGI1 = "The Kremlin wants a say over where allied soldiers may stand in Estonia, and that is something no NATO member can grant,"
MAGI2 = "What matters now is that the allies do not let the missile and exercise talks become a back door to that."
MAGI3 = "According to Mägi, the Russian demands for a ban on military activity in Ukraine, Georgia and Central Asia would amount to recognition of a Russian sphere of influence."
RINK = "In Riga, Latvian Foreign Minister Edgars Rinkēvičs said on Thursday that Latvia supported the US and NATO position and saw no reason to discuss Russia's demand for legally binding guarantees on non-enlargement."
L["bns-2022-01-13-liimets-russia-cannot-dictate-alliances"] = [
 (LEAD, "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-non-expansion", "rejects", 0, D),
 (LEAD, "eva-maria-liimets", 1, "Eva-Maria Liimets", "nato-open-door", "supports", 0, D),
 (LEAD, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 ("Russia cannot dictate to its neighbours which alliances they join, and Estonia will never accept a Europe divided into spheres of influence,", "eva-maria-liimets", 1, "Liimets", "nato-open-door", "supports", 1, D),
 (LAANET, "kalle-laanet", 1, "Kalle Laanet", "rollback-to-1997", "rejects", 0, D),
 (LAANET, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The allied soldiers in Tapa are here at the invitation of Estonia, and they will stay as long as we consider it necessary,", "kalle-laanet", 1, "Laanet", "rollback-to-1997", "rejects", 1, D),
 ("If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behaviour towards Russia continues, we will have to take the necessary measures,", "alexander-lukashevich", 1, "Lukashevich", "", "", 1, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "no-military-activity-ex-soviet", "supports", 0, D),
 (LUK, "alexander-lukashevich", 1, "Lukashevich", "no-strike-weapons-near-borders", "supports", 0, D),
 ("We are facing a crisis in European security,", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "Carpenter", "", "", 1, D),
 ("Carpenter said the United States was ready to talk about arms control and transparency, but that Russia had to reduce the number of its troops on the Ukrainian border if the talks were to yield anything.", "michael-carpenter", 1, "Carpenter", "russia-de-escalation", "supports", 0, D),
 ("More allied troops on Estonian soil is the best answer to Russian blackmail,", "kaja-kallas", 1, "Kallas", "", "", 1, "2022-01-12"),
 (MAGI1, "kristjan-magi", 1, "Mägi", "rollback-to-1997", "mentions", 1, ""),
 (MAGI1, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 (MAGI2, "kristjan-magi", 1, "Mägi", "no-intermediate-range-missiles", "mentions", 1, ""),
 (MAGI2, "kristjan-magi", 1, "Mägi", "limit-military-exercises", "mentions", 1, ""),
 (MAGI3, "kristjan-magi", 1, "Mägi", "no-military-activity-ex-soviet", "mentions", 0, ""),
 (MAGI3, "russia", 0, "Russian", "no-military-activity-ex-soviet", "supports", 0, ""),
 (RINK, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "written-legal-guarantees", "rejects", 0, D),
 (RINK, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "nato-non-expansion", "rejects", 0, D),
 (RINK, "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 (RINK, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
]

D = "2022-01-27"
W = "2022-01-26"
ANS = "Washington's answer, delivered by hand to the Russian foreign ministry by Ambassador John Sullivan on Wednesday evening, turned down the Kremlin's central demand – a promise that Ukraine will never be admitted to Nato – but offered talks on missiles and military exercises."
STOLT = "We are ready to listen to Russia’s concerns, but we cannot and will not compromise on the principles on which the security of our alliance rests, including the right of every nation to choose its own path,"
RAMAN = "Dr Priya Raman, a Russia specialist at the Royal United Services Institute, said the Kremlin’s insistence that Nato pull its forces back to its 1997 lines was “designed to be refused”."
ASH2 = "The real question is whether he takes the missile talks as a way out, or the refusal on Ukraine as a pretext."
L["telegraph-2022-01-27-west-answer-putin-what-next"] = [
 (ANS, "united-states", 0, "Washington", "no-ukraine-membership", "rejects", 0, W),
 (ANS, "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, W),
 (ANS, "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, W),
 (ANS, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, W),
 ("There is no change; there will be no change,", "antony-blinken", 1, "Antony Blinken", "no-ukraine-membership", "rejects", 1, W),
 (STOLT, "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, W),
 ("The alliance’s own letter, Mr Stoltenberg said on Wednesday, invites Moscow to restore the Nato and Russian missions in each other’s capitals and to reopen military hotlines to reduce the risk of incidents.", "jens-stoltenberg", 1, "Mr Stoltenberg", "resume-military-dialogue", "supports", 0, W),
 ("Addressing the Duma, he said the reply contained no positive answer on the main question, which he defined as the inadmissibility of Nato’s further expansion.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 0, ""),
 ("Putin asked for the moon, and he knew perfectly well he would not get it,", "geoffrey-ashcombe", 1, "Sir Geoffrey", "", "", 1, ""),
 (ASH2, "geoffrey-ashcombe", 1, "Sir Geoffrey", "no-intermediate-range-missiles", "mentions", 1, ""),
 (ASH2, "geoffrey-ashcombe", 1, "Sir Geoffrey", "no-ukraine-membership", "mentions", 1, ""),
 (RAMAN, "priya-raman", 1, "Dr Priya Raman", "rollback-to-1997", "mentions", 0, ""),
 (RAMAN, "russia", 0, "the Kremlin", "rollback-to-1997", "supports", 0, ""),
 ("No American president could sign away the security of Poland or the Baltic states, and Moscow knows it,", "priya-raman", 1, "she", "rollback-to-1997", "mentions", 1, ""),
 ("But the offer on exercises is real. Limiting snap drills near borders would make both sides safer, and I would take it if I were in the Kremlin.", "priya-raman", 1, "she", "limit-military-exercises", "supports", 1, ""),
 ("Kyiv’s own demand, Mr Kuleba added, remained simple: Russia must pull its troops back from Ukraine’s borders and stop trying to bargain over the heads of sovereign nations.", "dmytro-kuleba", 1, "Mr Kuleba", "russia-de-escalation", "supports", 0, D),
 ("Ben Wallace, the Defence Secretary, said on Thursday that the UK would “not be intimidated” and that Nato’s enlargement was a matter for Nato and the countries that wish to join it.", "ben-wallace", 1, "Ben Wallace", "nato-open-door", "supports", 0, D),
]

D = "2022-01-20"
H = ("miriam-halvorsen", 1, "Miriam Halvorsen")
def h(ev, demand="", stance=""):
    return (ev, H[0], H[1], H[2], demand, stance, 1, D)
C1 = "Moscow wants NATO to stop enlarging, to forswear Ukraine and Georgia forever, and to pull its forces back to where they stood in 1997. It also wants the United States and its allies to stay out of Ukraine, the South Caucasus, and Central Asia militarily—no bases, no exercises, no training missions."
C2 = "And it wants all of this in legally binding form. The Russians have said very clearly that they no longer trust political declarations because, in their telling, they were deceived in 1990 over German unification."
C3 = "Part of it is the calendar. The Kremlin believes Ukraine is drifting irreversibly westward, with Western trainers, Turkish drones, and NATO exercises on its soil. Part of it is opportunity: Washington is distracted, Europe is worried about gas prices, and Germany has a new government still finding its feet."
C4 = "Some of it is, and the West should say so. Limits on exercises near borders, transparency measures, a return to some version of the INF Treaty that bans ground-launched intermediate-range missiles in Europe—these would serve American and European security as much as Russia's. I would put them on the table tomorrow."
C5 = "But a formal veto over Ukraine's future is something no alliance leader could sign, and frankly none should. The principle that countries choose their own alliances is written into the Helsinki Final Act and the Paris Charter, which Moscow also signed."
C6 = "The same goes for the 1997 demand. Pulling allied troops out of Poland and the Baltic states would reward exactly the kind of coercion the alliance exists to deter, and it is not going to happen."
C7 = "Not much in substance. Both will restate positions we know by heart, both will agree to keep talking, and the United States will likely promise a written reply next week. The real decisions are being made in the Kremlin, not in a hotel ballroom on the lake."
C8 = "Very serious. More than 100,000 troops are positioned around Ukraine, and units are now moving into Belarus for exercises next month. Washington and its allies are right to insist that Moscow pull these forces back before anything else can move, although I doubt the Kremlin will oblige."
C9 = "It is possible. Some of the demands were drafted in a way that the West could only refuse, and Russian officials published them before any negotiation had begun, which is not how you behave when you want a deal. But I would not rule out that Moscow would take a partial package if it could present it as a victory at home."
C10 = "Stay united and stay at the table. The Europeans were not invited to Geneva, and they resent it. The OSCE track matters, and so does the Normandy format. If Europe looks divided, Moscow will pick the weakest link and press on it."
L["carnegie-2022-01-20-halvorsen-what-russia-wants"] = [
 h(C1, "nato-non-expansion", "mentions"),
 h(C1, "no-ukraine-membership", "mentions"),
 h(C1, "rollback-to-1997", "mentions"),
 h(C1, "no-military-activity-ex-soviet", "mentions"),
 (C1, "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 (C1, "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 (C1, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 (C1, "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, ""),
 h(C2, "written-legal-guarantees", "mentions"),
 (C2, "russia", 0, "The Russians", "written-legal-guarantees", "supports", 0, ""),
 h(C3),
 h(C4, "limit-military-exercises", "supports"),
 h(C4, "no-intermediate-range-missiles", "supports"),
 h(C5, "no-ukraine-membership", "rejects"),
 h(C5, "nato-open-door", "supports"),
 h(C6, "rollback-to-1997", "rejects"),
 h(C7),
 h(C8, "russia-de-escalation", "supports"),
 h(C9),
 h(C10),
]

D = "2022-01-19"
def r(ev, sp, name, demand="", stance=""):
    return (ev, sp, 1, name, demand, stance, 1, D)
LM = "eva-maria-liimets"
LN = "Minister of Foreign Affairs Eva-Maria Liimets"
R1 = "Honourable President of the Riigikogu, honourable members of the Riigikogu! On 17 December the Russian Federation published two draft documents which it calls security guarantees. In substance, Russia wants NATO to renounce any further enlargement and to withdraw allied forces from the states which joined the Alliance after 1997, including Estonia."
R2 = "Estonia's position is clear and it is shared by all our Allies. Every state has the right to choose its own security arrangements, and no third country can have a veto over the decisions of NATO. We will not accept any arrangement under which Allies would be divided into first- and second-class members."
R3 = "At the same time, we support dialogue. The United States and NATO have said they are ready to discuss arms control, risk reduction and the transparency of exercises on the basis of reciprocity, and Estonia has been consulted at every step, both before Geneva and before the NATO-Russia Council last week."
R4 = "I want to underline one more thing. The build-up of Russian forces along the border of Ukraine and in Belarus continues. The first step which Russia must take is to withdraw these forces and to reduce tension, and only then can the talks bring results. Thank you!"
R5 = "Thank you for the question! No. Exercises on Allied territory are decided by the Allies. What can be discussed is mutual notification and observation, as in the Vienna Document, but Russia cannot decide which exercises are held in Estonia or with how many soldiers."
R6 = "The United States has said that it will respond in writing, and the Allies will see the text before it is delivered. But let me underline: a written answer is not the same as a treaty. Nobody is going to sign a legally binding commitment which limits the future decisions of NATO about its own membership."
K1 = "Honourable President, dear colleagues! The Kremlin demands that the Allied battlegroup leave Tapa and that we return to the grey zone of the 1990s. Our answer must be the opposite: more Allied presence, not less, and more air defence."
K2 = "We remember 1994, when the last Russian troops left Estonia. Nobody in this hall wants to see the day when foreign troops come back uninvited. Thank you!"
V1 = "Honourable President! I will say what many people in the country are thinking. We should not leave all of this to Washington. If the Americans and the Russians sit down in Geneva and talk about us without us, we may wake up one morning and find that our security has been traded away."
V2 = "I am not saying the Government is doing nothing. But I want to hear from the minister, here in this hall, that Estonia will say no to any deal that touches the Allied presence here, and that the Russian demand to pull NATO back to 1997 is dead on arrival. Thank you!"
L["riigikogu-2022-01-19-interpellation-russia-security-demands"] = [
 r(R1, LM, LN, "nato-non-expansion", "mentions"),
 r(R1, LM, LN, "rollback-to-1997", "mentions"),
 (R1, "russia", 0, "Russia", "nato-non-expansion", "supports", 0, ""),
 (R1, "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 r(R2, LM, LN, "nato-open-door", "supports"),
 r(R2, LM, LN, "rollback-to-1997", "rejects"),
 r(R3, LM, LN, "limit-military-exercises", "mentions"),
 r(R4, LM, LN, "russia-de-escalation", "supports"),
 r(R5, LM, LN, "limit-military-exercises", "rejects"),
 r(R6, LM, LN, "written-legal-guarantees", "rejects"),
 r(R6, LM, LN, "nato-non-expansion", "rejects"),
 r(K1, "kadri-parnoja", "Kadri Pärnoja", "rollback-to-1997", "rejects"),
 (K1, "russia", 0, "The Kremlin", "rollback-to-1997", "supports", 0, ""),
 r(K2, "kadri-parnoja", "Kadri Pärnoja"),
 r(V1, "jaak-valgepea", "Jaak Valgepea"),
 r(V2, "jaak-valgepea", "Jaak Valgepea", "rollback-to-1997", "rejects"),
 (V2, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
]

write_gold(L, "articles-292", "gold-292")
