#!/usr/bin/env python3
"""Writes the held-out gold of batch 346 (gold-346/*.nq) from the labels below.

Batch 346 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- reuters-2022-01-12-nato-russia-council-gap: Reuters wire story on the NATO-Russia
  Council; quotes interrupted by "he said", anonymous diplomats, Moscow's demands in passing.
- mk-2022-01-27-lavrov-otvet-ssha: Moskovsky Komsomolets in machine translation; « » quotes
  with punctuation outside, "Read also" lines, Baker-Gorbachev background, draft-treaty recap.
- white-house-2022-01-09-background-call-geneva: White House background press call
  transcript; anonymous senior official, Q/A, questions naming the demands get no label.
- err-news-2022-01-24-interview-tammsaar: ERR News interview (BOM, CRLF); unlabelled
  questions, answers as paragraphs, the Kremlin's demands in passing inside an answer.
- spectator-2022-01-29-putins-paper-war: The Spectator analysis; single quotes, the
  author's recap of Moscow's list, Putin's December press conference, anonymous Whitehall.
- rusi-2022-01-14-three-venues-one-message: RUSI commentary; author's first-person
  opinion (not labelled), Geneva/Brussels/Vienna quotes, Washington/allies as speakers.
- tweede-kamer-2022-01-19-debate-russia-ukraine: Dutch House debate record in
  translation; speaker labels, interruptions, MPs and the foreign minister.

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

D = "2022-01-12"
L["reuters-2022-01-12-nato-russia-council-gap"] = [
 ("NATO and Russia ended four hours of talks in Brussels on Wednesday without agreement on Moscow's demand that the alliance stop admitting new members, with NATO Secretary-General Jens Stoltenberg saying there were \"significant differences\" that would not be easy to overcome.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, D),
 ("Allies were clear that we will not compromise on the core principle that each nation has the right to choose its own path,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, D),
 ("Russia does not have a veto on whether Ukraine can become a NATO member.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, D),
 ("He said the 30 allies had called on Russia to immediately de-escalate the situation on Ukraine's border, where Western governments say some 100,000 Russian troops are massed, and had offered a series of further meetings on arms control, missile deployments and transparency of exercises.", "jens-stoltenberg", 1, "He", "russia-de-escalation", "supports", 0, D),
 ("He said the 30 allies had called on Russia to immediately de-escalate the situation on Ukraine's border, where Western governments say some 100,000 Russian troops are massed, and had offered a series of further meetings on arms control, missile deployments and transparency of exercises.", "jens-stoltenberg", 1, "He", "no-intermediate-range-missiles", "mentions", 0, D),
 ("He said the 30 allies had called on Russia to immediately de-escalate the situation on Ukraine's border, where Western governments say some 100,000 Russian troops are massed, and had offered a series of further meetings on arms control, missile deployments and transparency of exercises.", "jens-stoltenberg", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("Russian Deputy Foreign Minister Alexander Grushko, who led Moscow's delegation with Deputy Defence Minister Alexander Fomin, told reporters that Russia needed binding commitments rather than promises.", "alexander-grushko", 1, "Alexander Grushko", "written-legal-guarantees", "supports", 0, D),
 ("It is absolutely mandatory for us to ensure that NATO does not expand further,", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("For us it is a question of national security, it is not a matter of negotiation over words.", "alexander-grushko", 1, "Grushko", "nato-non-expansion", "supports", 1, D),
 ("He said Moscow wanted the alliance to pull back forces and weapons it had deployed on the territory of eastern members since 1997, and warned that if NATO tried to contain Russia by military means, Moscow would respond in kind.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, D),
 ("U.S. Deputy Secretary of State Wendy Sherman, who led the U.S. delegation, told reporters by phone that Washington would not slam the door on NATO's open-door policy.", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, D),
 ("That is something that has always been central to the NATO alliance,", "wendy-sherman", 1, "she", "nato-open-door", "supports", 1, D),
 ("Sherman said Russia's refusal to commit to de-escalation was worrying.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("We are asking them to de-escalate, to return troops to barracks,", "wendy-sherman", 1, "she", "russia-de-escalation", "supports", 1, D),
 ("and to give diplomacy a chance.", "wendy-sherman", 1, "she", "", "", 1, D),
 ("Grushko and Fomin also pressed for a ban on drills near Russia's frontiers, Russian news agencies reported.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, D),
 ("Grushko and Fomin also pressed for a ban on drills near Russia's frontiers, Russian news agencies reported.", "alexander-fomin", 1, "Fomin", "limit-military-exercises", "supports", 0, D),
 ("the practice of exercising near our borders.", "russia", 0, "The Russian side", "limit-military-exercises", "supports", 1, D),
 ("NATO offered to restore the two sides' diplomatic missions in Brussels and Moscow, which were closed last year after tit-for-tat expulsions, and to revive contacts between military commanders, a NATO diplomat said.", "nato", 0, "a NATO diplomat", "resume-military-dialogue", "supports", 0, D),
 ("Stoltenberg said allies were ready to discuss reciprocal limits on missile deployments but not the demand, set out in draft treaties Moscow published on Dec. 17, that NATO shut its doors to Ukraine and Georgia.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Stoltenberg said allies were ready to discuss reciprocal limits on missile deployments but not the demand, set out in draft treaties Moscow published on Dec. 17, that NATO shut its doors to Ukraine and Georgia.", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 0, D),
 ("Stoltenberg said allies were ready to discuss reciprocal limits on missile deployments but not the demand, set out in draft treaties Moscow published on Dec. 17, that NATO shut its doors to Ukraine and Georgia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("We will not renege on that,", "jens-stoltenberg", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("We will not renege on that,", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Nobody really thought that NATO would agree to a legally binding freeze on enlargement in one afternoon,", "andrei-kortunov", 1, "he", "nato-non-expansion", "mentions", 1, D),
 ("The question is whether both sides see enough in the arms control track to keep talking.", "andrei-kortunov", 1, "he", "", "", 1, D),
 ("They kept coming back to paper - they want everything on paper and legally binding,", "european-diplomat", 0, "the diplomat", "written-legal-guarantees", "mentions", 1, D),
 ("They kept coming back to paper - they want everything on paper and legally binding,", "russia", 0, "they", "written-legal-guarantees", "supports", 0, ""),
 ("Lithuanian Foreign Minister Gabrielius Landsbergis, speaking in Vilnius, said allies should not be drawn into discussing troop levels on NATO's eastern flank.", "gabrielius-landsbergis", 1, "Gabrielius Landsbergis", "rollback-to-1997", "rejects", 0, ""),
 ("Any conversation about pulling forces out of the Baltic states is not a conversation we can have,", "gabrielius-landsbergis", 1, "he", "rollback-to-1997", "rejects", 1, ""),
]

D = "2022-01-27"
L["mk-2022-01-27-lavrov-otvet-ssha"] = [
 ("There is no positive reaction on the main question in this document,", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which could threaten the territory of Russian Federation", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 1, D),
 ("The main question is our clear position on the inadmissibility of further expansion of NATO to the East and the deployment of strike weapons which could threaten the territory of Russian Federation", "sergei-lavrov", 1, "Lavrov", "no-strike-weapons-near-borders", "supports", 1, D),
 ("He did not specify which, but earlier American side spoke about medium-range missiles and about exercises.", "united-states", 0, "American side", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("He did not specify which, but earlier American side spoke about medium-range missiles and about exercises.", "united-states", 0, "American side", "limit-military-exercises", "mentions", 0, ""),
 ("In them Moscow demands, among other things, that Alliance refuse from admission of Ukraine and other states, and also does not hold any military activity on territory of Ukraine, other countries of Eastern Europe, Transcaucasia and Central Asia.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, "2021-12-17"),
 ("In them Moscow demands, among other things, that Alliance refuse from admission of Ukraine and other states, and also does not hold any military activity on territory of Ukraine, other countries of Eastern Europe, Transcaucasia and Central Asia.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In them Moscow demands, among other things, that Alliance refuse from admission of Ukraine and other states, and also does not hold any military activity on territory of Ukraine, other countries of Eastern Europe, Transcaucasia and Central Asia.", "russia", 0, "Moscow", "no-military-activity-ex-soviet", "supports", 0, "2021-12-17"),
 ("President will get acquainted with the answers, it will take time. We will not rush with assessments,", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Judging by what the American representatives said yesterday, there is not much to be optimistic about", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("The official representative of the MFA Maria Zakharova in her turn once again reminded that Moscow needs not declarations but documents having legal force.", "maria-zakharova", 1, "Maria Zakharova", "written-legal-guarantees", "supports", 0, ""),
 ("We need guarantees of legal character, not the verbal assurances which we already heard in 1990 and which were then forgotten,", "maria-zakharova", 1, "she", "written-legal-guarantees", "supports", 1, ""),
 ("Secretary of State Antony Blinken, presenting the answer in Washington on Wednesday, stated that the document \"sets out a serious diplomatic path forward\", but that on the \"open door\" of NATO there is no change.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, "2022-01-26"),
 ("sets out a serious diplomatic path forward", "antony-blinken", 1, "Antony Blinken", "", "", 1, "2022-01-26"),
 ("We make clear that there are core principles that we are committed to uphold, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, "2022-01-26"),
 ("He also repeated that the issue of Ukraine and Georgia is for Moscow «absolutely obligatory» and that «never, never, ever» they must become members of Alliance.", "sergei-ryabkov", 1, "He", "no-ukraine-membership", "supports", 0, "2022-01-26"),
 ("an attempt to drown the main in the details", "leonid-slutsky", 1, "Leonid Slutsky", "", "", 1, ""),
 ("They offer us to talk about the missiles and the transparency of the exercises, it is good, but the essence is the return of NATO to the configuration of 1997. Without this there is no deal,", "leonid-slutsky", 1, "the deputy", "rollback-to-1997", "supports", 1, ""),
 ("They offer us to talk about the missiles and the transparency of the exercises, it is good, but the essence is the return of NATO to the configuration of 1997. Without this there is no deal,", "leonid-slutsky", 1, "the deputy", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("They offer us to talk about the missiles and the transparency of the exercises, it is good, but the essence is the return of NATO to the configuration of 1997. Without this there is no deal,", "leonid-slutsky", 1, "the deputy", "limit-military-exercises", "mentions", 1, ""),
 ("Americans have offered a dialogue on the intermediate-range missiles in Europe, on the limitation of exercises, on the restoring of military channels. This is what Russia itself proposed in 2018-2020. It is a platform,", "dmitry-suslov", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Americans have offered a dialogue on the intermediate-range missiles in Europe, on the limitation of exercises, on the restoring of military channels. This is what Russia itself proposed in 2018-2020. It is a platform,", "dmitry-suslov", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("Americans have offered a dialogue on the intermediate-range missiles in Europe, on the limitation of exercises, on the restoring of military channels. This is what Russia itself proposed in 2018-2020. It is a platform,", "dmitry-suslov", 1, "the expert", "resume-military-dialogue", "mentions", 1, ""),
 ("No decisions about Ukraine without Ukraine — this principle is respected,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, ""),
]

D = "2022-01-09"
W = ("white-house", 0, "SENIOR ADMINISTRATION OFFICIAL")
def wh(ev, demand, stance):
    return (ev, W[0], W[1], W[2], demand, stance, 1, D)
P2 = "We are going to be putting some ideas on the table, and we will listen to what Russia puts on the table. But there are some things that are simply not up for discussion. We are not going to negotiate on whether Ukraine or any other sovereign country can one day join the Alliance. That is a decision for Ukraine and for the 30 NATO Allies, and nobody else."
P4 = "So, look, I'll be direct. The proposal that NATO commit in a treaty never to take in another member is a non-starter, and the Russians know it. The same goes for the notion that we would pull our forces back to where they were a quarter century ago. Those are not serious proposals."
P7 = "We're not negotiating from their text. We're coming in with our own concerns — Russia's buildup on Ukraine's border, its activities in cyberspace, the deployment of the 9M729 missile that led to the end of the INF Treaty. Progress has to be made in an atmosphere of de-escalation, not escalation. It's very hard to see how you make real progress with a gun pointed at Ukraine's head."
L["white-house-2022-01-09-background-call-geneva"] = [
 wh("Great. Thanks, and good afternoon, everybody. Tomorrow Deputy Secretary Sherman will lead our delegation to the Strategic Stability Dialogue in Geneva, and then we go to Brussels on Wednesday for the NATO-Russia Council and Vienna on Thursday for the OSCE. I want to be very clear at the outset about how we approach this week.", "", ""),
 wh(P2, "no-ukraine-membership", "rejects"),
 wh(P2, "nato-open-door", "supports"),
 wh(P2, "nato-non-expansion", "rejects"),
 wh("And we're not going to be discussing things like the force posture of our Allies in Eastern Europe behind their backs. There will be nothing about Europe without Europe.", "rollback-to-1997", "rejects"),
 wh(P4, "nato-non-expansion", "rejects"),
 wh(P4, "rollback-to-1997", "rejects"),
 wh("What we are prepared to talk about are areas where both sides might take reciprocal steps. For example, the future deployment of offensive missile systems in Ukraine — that's something we're open to discussing, provided Russia is willing to make reciprocal commitments. We've said that before, and I think there's an opportunity there.", "no-strike-weapons-near-borders", "mentions"),
 wh("We are open to exploring reciprocal limits on the size and scope of military exercises, including strategic bombers near each other's territory and ground-based exercises. But again, it has to be reciprocal. It cannot be something where only the United States and our Allies take steps and Russia doesn't.", "limit-military-exercises", "mentions"),
 wh("We are open to exploring reciprocal limits on the size and scope of military exercises, including strategic bombers near each other's territory and ground-based exercises. But again, it has to be reciprocal. It cannot be something where only the United States and our Allies take steps and Russia doesn't.", "no-warships-aircraft-in-strike-range", "mentions"),
 wh(P7, "russia-de-escalation", "supports"),
 wh(P7, "no-preconditions", "rejects"),
 wh("So the simplest thing Russia can do to show it's serious is pull back those forces that it has amassed along the border.", "russia-de-escalation", "supports"),
 wh("I'm not going to put a deadline on diplomacy. What I'd say is that we'll know pretty quickly, after this week, whether there's a path. And I'd note that the President made clear to President Putin on their call on December 30th that if Russia further invades Ukraine, we will respond decisively, along with our Allies and partners.", "", ""),
 wh("It's something we think has value. Risk reduction, better communication between our militaries — that serves both of us, and we're willing to look at it. Deputy Secretary Sherman will raise it.", "resume-military-dialogue", "supports"),
]

D = "2022-01-24"
T = ("riho-tammsaar", 1, "Riho Tammsaar")
def rt(ev, demand, stance):
    return (ev, T[0], T[1], T[2], demand, stance, 1, D)
A3 = "There are things that have been on the table for years. Transparency of exercises, incident prevention at sea and in the air, perhaps also some arrangements on where intermediate-range missiles can be deployed. Those are old conversations from the OSCE and from the INF period, and we are not against them in principle, as long as they are reciprocal and they do not single out the Baltic states."
A4 = "No. The open door is in the Washington Treaty itself, in Article 10. It is not for Moscow to say who can apply and who cannot. If Finland or Sweden tomorrow decided they want to join, that would be their decision. It was the same for us in 2004."
A9 = "I expect the allies to say clearly no on enlargement and no on the 1997 line, and yes to a serious discussion of arms control. Whether Moscow takes that yes or only hears the no, that is the question of the next weeks."
K = "And the Kremlin has been very open that it does not only want Ukraine out of NATO — it wants no Western military cooperation with Ukraine at all, no trainers, no weapons, nothing."
L["err-news-2022-01-24-interview-tammsaar"] = [
 rt("In a way, it was a meeting to buy time. Both sides agreed to keep talking, which is not nothing. But on the substance nothing has moved. The Russian demands of December are still the Russian demands.", "", ""),
 rt("The one that concerns us directly is the idea that NATO should take its forces back to where they were in 1997. That would mean no allied battlegroup in Tapa, no air policing in the form we know it, nothing. For us that is unacceptable, and I think every ally understands that now.", "rollback-to-1997", "rejects"),
 rt(A3, "limit-military-exercises", "mentions"),
 rt(A3, "no-intermediate-range-missiles", "mentions"),
 rt(A4, "nato-open-door", "supports"),
 rt(A4, "nato-non-expansion", "rejects"),
 rt("I understand the logic, but it is a trap. If you give that promise under the pressure of a hundred thousand soldiers, you have rewarded the pressure. Next time the list will be longer. " + K, "no-ukraine-membership", "rejects"),
 (K, "russia", 0, "the Kremlin", "no-ukraine-membership", "supports", 0, ""),
 (K, "russia", 0, "the Kremlin", "no-military-activity-ex-soviet", "supports", 0, ""),
 rt("Two things. First, keep the unity, which so far is good. Second, strengthen the eastern flank now, not after something happens. We have asked for more allied presence and for air defence, and we are glad that the United Kingdom and others have responded.", "", ""),
 rt("And Russia should pull back its troops. That is the first thing. If they are serious about talks, they can show it by moving those units away from the Ukrainian border.", "russia-de-escalation", "supports"),
 rt("I do not see a direct military threat to Estonia at the moment. But I do see a Russia that is willing to use force to change borders, and we have to plan for that.", "", ""),
 rt(A9, "nato-non-expansion", "rejects"),
 rt(A9, "rollback-to-1997", "rejects"),
]

L["spectator-2022-01-29-putins-paper-war"] = [
 ("Moscow wants the alliance to foreswear any further enlargement, in writing and in a form that would bind it in law.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants the alliance to foreswear any further enlargement, in writing and in a form that would bind it in law.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("It wants a specific renunciation of the promise, made at Bucharest in 2008, that Ukraine and Georgia 'will become members of NATO'.", "russia", 0, "It", "rescind-bucharest-2008", "supports", 0, ""),
 ("It wants allied forces and infrastructure withdrawn from the countries that joined after 1997 – which is to say from Poland, the Baltic states, Romania and the rest of the old Warsaw Pact.", "russia", 0, "It", "rollback-to-1997", "supports", 0, ""),
 ("And it wants the Americans to stop sending warships and bombers to places from which they could hit Russian territory.", "russia", 0, "it", "no-warships-aircraft-in-strike-range", "supports", 0, ""),
 ("The main issue is our clear position on the inadmissibility of further Nato expansion to the east,", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, "2022-01-28"),
 ("There will be no change; there will be no change", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 1, ""),
 ("They wrote a letter they knew we couldn't answer, so that the refusal could be the pretext,", "united-kingdom", 0, "the official", "", "", 1, ""),
 ("If you offer arms control talks in response to a military build-up, you are teaching Moscow that build-ups work,", "fiona-harcastle", 1, "she", "", "", 1, ""),
 ("I would have said: de-escalate first, and then we talk about missiles.", "fiona-harcastle", 1, "she", "russia-de-escalation", "supports", 1, ""),
 ("I would have said: de-escalate first, and then we talk about missiles.", "fiona-harcastle", 1, "she", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Liz Truss has said Russia must 'desist and pull back'.", "liz-truss", 1, "Liz Truss", "russia-de-escalation", "supports", 0, ""),
 ("You promised us in the 1990s that NATO would not move an inch to the East. You cheated us shamelessly,", "vladimir-putin", 1, "he", "nato-non-expansion", "supports", 1, "2021-12-23"),
 ("He also made the point, rather less reported, that Russia was not putting its missiles on the border of the United States.", "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, "2021-12-23"),
 ("Is it us who are putting missiles near the American border? No. It is the United States that came with its missiles to our house, to our doorstep,", "vladimir-putin", 1, "he", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
]

L["rusi-2022-01-14-three-venues-one-message"] = [
 ("ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees.", "sergei-ryabkov", 1, "Sergei Ryabkov", "written-legal-guarantees", "supports", 1, "2022-01-10"),
 ("In Brussels, Alexander Grushko said that NATO's refusal to rule out further enlargement left Russia no choice but to pursue 'military-technical' alternatives.", "alexander-grushko", 1, "Alexander Grushko", "nato-non-expansion", "supports", 0, ""),
 ("At the OSCE Permanent Council, the US ambassador, Michael Carpenter, said the US would not accept the logic of spheres of influence.", "michael-carpenter", 1, "Michael Carpenter", "nato-open-door", "supports", 0, "2022-01-13"),
 ("We will not be bullied into abandoning the principle that states choose their own alliances,", "michael-carpenter", 1, "he", "nato-open-door", "supports", 1, "2022-01-13"),
 ("the drumbeat of war is sounding loud", "michael-carpenter", 1, "He", "", "", 1, "2022-01-13"),
 ("The items Washington has signalled it can discuss – reciprocal restraint on the deployment of intermediate-range missiles, limits on the scale and proximity of exercises, and the revival of military-to-military channels – have long histories.", "united-states", 0, "Washington", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("The items Washington has signalled it can discuss – reciprocal restraint on the deployment of intermediate-range missiles, limits on the scale and proximity of exercises, and the revival of military-to-military channels – have long histories.", "united-states", 0, "Washington", "limit-military-exercises", "mentions", 0, ""),
 ("The items Washington has signalled it can discuss – reciprocal restraint on the deployment of intermediate-range missiles, limits on the scale and proximity of exercises, and the revival of military-to-military channels – have long histories.", "united-states", 0, "Washington", "resume-military-dialogue", "mentions", 0, ""),
 ("The items that the allies will not discuss are, by contrast, the ones Moscow has placed at the top of the list: a binding halt to enlargement, and the removal of allied forces from states that joined the Alliance after 1997.", "nato", 0, "the allies", "nato-non-expansion", "rejects", 0, ""),
 ("The items that the allies will not discuss are, by contrast, the ones Moscow has placed at the top of the list: a binding halt to enlargement, and the removal of allied forces from states that joined the Alliance after 1997.", "nato", 0, "the allies", "rollback-to-1997", "rejects", 0, ""),
 ("The items that the allies will not discuss are, by contrast, the ones Moscow has placed at the top of the list: a binding halt to enlargement, and the removal of allied forces from states that joined the Alliance after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("The items that the allies will not discuss are, by contrast, the ones Moscow has placed at the top of the list: a binding halt to enlargement, and the removal of allied forces from states that joined the Alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
]

D = "2022-01-19"
def tk(ev, sp, name, demand, stance):
    return (ev, sp, 1, name, demand, stance, 1, D)
VO = "thijs-van-oordeveld"
V1 = "Chair, thank you. Last week three meetings took place, in Geneva, in Brussels and in Vienna, and I think we can conclude that the Russian Federation has not moved one millimetre. Moscow wants a written promise that NATO will never again admit a new member. My party says very clearly: that promise must not be given. It is not up to the Kremlin to decide whether Ukraine or Georgia joins an alliance."
V2 = "I also want to ask the minister about the demand of Russia that allied troops leave the countries that joined after 1997. Dutch soldiers are in Lithuania within the enhanced Forward Presence. Can the minister confirm that the Netherlands will not withdraw a single soldier because Moscow asks for it?"
S2 = "Chair, my party does not want war and does not want an arms race. The Russian proposals also contain good points. Agreements on where missiles may stand, fewer exercises close to the borders, that is something that the SP has been asking for for years. Why should we throw the whole package in the bin because part of it is unacceptable?"
H1 = "Chair, thank you to the members for their contributions. Let me start with the core. The government's position, which is also the position of all allies, is that the door of NATO remains open. Every country decides for itself. We will not give in on that, not now and not under pressure."
H3 = "At the same time, and here I come to Mr Straatsma, there are subjects on which dialogue is possible. Arms control, transparency around exercises, agreements about the placement of missiles. We have said in NATO that we are prepared to talk about that, on the condition of reciprocity."
H5 = "To Mr Gelderblom I say: no, I will not ask the United States to close the door for Ukraine. That would be a reward for threats."
L["tweede-kamer-2022-01-19-debate-russia-ukraine"] = [
 tk(V1, VO, "Mr Van Oordeveld", "nato-non-expansion", "rejects"),
 tk(V1, VO, "Mr Van Oordeveld", "written-legal-guarantees", "rejects"),
 tk(V1, VO, "Mr Van Oordeveld", "no-ukraine-membership", "rejects"),
 tk(V1, VO, "Mr Van Oordeveld", "nato-open-door", "supports"),
 ("Moscow wants a written promise that NATO will never again admit a new member.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("Moscow wants a written promise that NATO will never again admit a new member.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 tk(V2, VO, "Mr Van Oordeveld", "rollback-to-1997", "rejects"),
 ("I also want to ask the minister about the demand of Russia that allied troops leave the countries that joined after 1997.", "russia", 0, "Russia", "rollback-to-1997", "supports", 0, ""),
 tk("I hear the VVD say \"never, never\". But is it not true that already in 1990 the West gave assurances to Gorbachev that NATO would not expand? Should we not at least be willing to listen to Russian concerns?", "ruben-straatsma", "Mr Straatsma", "nato-non-expansion", "mentions"),
 tk("We can listen as much as we want, but listening is something else than giving in. No document was signed in 1990 and the countries of Central Europe chose freely.", VO, "Mr Van Oordeveld", "nato-open-door", "supports"),
 tk(S2, "ruben-straatsma", "Mr Straatsma", "no-intermediate-range-missiles", "supports"),
 tk(S2, "ruben-straatsma", "Mr Straatsma", "limit-military-exercises", "supports"),
 tk("Chair, the CDA agrees that there are elements in which you can talk. But the first step must come from Moscow. There are around one hundred thousand Russian soldiers at the Ukrainian border. Our demand is simple: withdraw them.", "annelies-kroonenberg", "Mrs Kroonenberg", "russia-de-escalation", "supports"),
 tk("We also want to know from the minister how the Netherlands will contribute if the EU has to take sanctions, and whether the European Union sits at the table at all. It cannot be that the future of European security is decided between Washington and Moscow alone.", "annelies-kroonenberg", "Mrs Kroonenberg", "", ""),
 tk("Chair, the PVV thinks this is not our war. Ukraine is not a member of NATO and, let us be honest, will not become one in the coming years. Why would the Netherlands then risk anything? I ask the minister: is he prepared to say to the Americans that Ukraine simply should not join?", "pieter-gelderblom", "Mr Gelderblom", "no-ukraine-membership", "supports"),
 tk("Chair, D66 hears the PVV ask to give Putin what he wants. That is exactly the wrong lesson. If we accept that a big country can decide with tanks at the border which alliances a neighbour can join, then we will get more tanks at more borders. D66 stands for the right of every country to choose its own path.", "ilse-de-waard", "Mrs De Waard", "nato-open-door", "supports"),
 tk(H1, "wopke-hoekstra", "Minister Hoekstra", "nato-open-door", "supports"),
 tk(H1, "wopke-hoekstra", "Minister Hoekstra", "nato-non-expansion", "rejects"),
 tk("On the question of Mr Van Oordeveld: the Netherlands will not pull back its contribution in Lithuania. The idea that allies would return to the situation before 1997 is for us not a basis for talks.", "wopke-hoekstra", "Minister Hoekstra", "rollback-to-1997", "rejects"),
 tk(H3, "wopke-hoekstra", "Minister Hoekstra", "limit-military-exercises", "mentions"),
 tk(H3, "wopke-hoekstra", "Minister Hoekstra", "no-intermediate-range-missiles", "mentions"),
 tk("Mrs Kroonenberg asked about de-escalation. I fully agree with her. Russia must reduce the troops at the border; that is the most important signal Moscow can give. And on the role of the EU, I can tell her that Josep Borrell and I spoke about this on Monday, and he has made clear that the EU wants to be involved.", "wopke-hoekstra", "Minister Hoekstra", "russia-de-escalation", "supports"),
 tk(H5, "wopke-hoekstra", "Minister Hoekstra", "no-ukraine-membership", "rejects"),
 tk(H5, "wopke-hoekstra", "Minister Hoekstra", "nato-open-door", "supports"),
]

write_gold(L, "articles-346", "gold-346")
