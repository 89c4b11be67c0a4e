#!/usr/bin/env python3
"""Writes the held-out gold of batch 260 (gold-260/*.nq) from the labels below.

Batch 260 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- cnn-2022-01-26-us-delivers-written-response: CNN news story (front matter,
  byline, "RELATED" link line); quotation interrupted by "he said", a quote
  whose demand sits in the preceding reported clause, an analyst quote naming
  Moscow's demand in passing, unnamed "US officials" as an organisation.
- financial-times-2022-01-14-week-of-talks-leaves-gap: FT analysis (front
  matter, standfirst, lower-case "Nato"); Baker-Gorbachev 1990 and the 1997
  Founding Act as background, "a written response" that is not the demand for
  written guarantees, analysts with and without a demand.
- izvestia-2022-01-11-ryabkov-geneva: Izvestia machine-translated (no front
  matter, « » quotes with "— he added" tails, odd word order); reported speech
  whose speaker comes in the next sentence, a two-sentence quotation, an expert
  endorsing a demand in his own words, "the Russian side" on preconditions.
- euractiv-2022-01-12-nato-russia-council: Euractiv news (front matter,
  crossheads, READ/ALSO READ link lines); two quotations in one sentence, an
  MEP naming Moscow's demand in passing, analyst mentions, a lede that states
  NATO's rejection.
- pentagon-2022-01-24-kirby-briefing-troops-alert: DoD briefing transcript
  (UTF-8 BOM, CRLF, no front matter); every answer paragraph of Kirby is a
  quotation, questions carry the demands and get no label.
- ukrainian-mfa-2022-01-27-statement-security-guarantees: Ukrainian MFA
  statement (no front matter); the ministry's own sentences are labelled as
  its reported statements (direct 0), Russia's demands named in passing,
  Budapest Memorandum background, a two-sentence quotation of Kuleba.
- npr-2022-01-28-antonov-interview: NPR interview transcript (front matter,
  HOST labels, surname labels); host questions name demands that the answers
  only refer to, each answer paragraph is a quotation.

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
lines are not labelled. A demand attributed in passing to Moscow inside
another speaker's sentence is also Russia's label (speaker russia, not a
person, supports; undated when no day is given). Dates are the day the words
were said, resolved against the publication date; "" when the text gives no
day. Analysts and experts (independent people) speak for themselves and have
no side: they "support"/"reject" only when they voice the demand in their own
words with a stance of their own, else "mentions".
"""
from goldlib import write_gold

# (evidence substring, speaker id, is person, speaker name, demand, stance, direct, date)
L = {}

D = "2022-01-26"
L["cnn-2022-01-26-us-delivers-written-response"] = [
 ("There is no change; there will be no change,", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 1, D),
 ("sets out a serious diplomatic path forward, should Russia choose it.", "antony-blinken", 1, "Blinken", "", "", 1, D),
 ("has a better chance to succeed if we give space for confidential talks.", "united-states", 0, "US officials", "", "", 1, ""),
 ("Moscow has demanded that the alliance promise never to admit Ukraine, pull its troops and weaponry back from the members that joined after 1997, and put those promises on paper in a form that would bind future governments.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("Moscow has demanded that the alliance promise never to admit Ukraine, pull its troops and weaponry back from the members that joined after 1997, and put those promises on paper in a form that would bind future governments.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("Moscow has demanded that the alliance promise never to admit Ukraine, pull its troops and weaponry back from the members that joined after 1997, and put those promises on paper in a form that would bind future governments.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Blinken said the United States had not budged on the principle that countries choose their own alliances.", "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine's sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("The response, he added, also lays out areas where the two sides could make progress, including arms control for ground-launched missiles in Europe, reciprocal transparency measures on military exercises and steps to reduce the risk of dangerous encounters between warships and aircraft.", "antony-blinken", 1, "he", "no-intermediate-range-missiles", "mentions", 0, D),
 ("The response, he added, also lays out areas where the two sides could make progress, including arms control for ground-launched missiles in Europe, reciprocal transparency measures on military exercises and steps to reduce the risk of dangerous encounters between warships and aircraft.", "antony-blinken", 1, "he", "limit-military-exercises", "mentions", 0, D),
 ("The response, he added, also lays out areas where the two sides could make progress, including arms control for ground-launched missiles in Europe, reciprocal transparency measures on military exercises and steps to reduce the risk of dangerous encounters between warships and aircraft.", "antony-blinken", 1, "he", "no-warships-aircraft-in-strike-range", "mentions", 0, D),
 ("We are ready to listen to Russia's concerns,", "jens-stoltenberg", 1, "he", "", "", 1, D),
 ("but we cannot compromise on the right of every nation in Europe to choose its own path.", "jens-stoltenberg", 1, "he", "nato-open-door", "supports", 1, D),
 ("Stoltenberg said the alliance had proposed reopening the NATO and Russian missions in each other's capitals and reviving the channels between military commanders that fell silent after 2014, to avoid accidents and misunderstandings.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "supports", 0, D),
 ("Russia has massed more than 100,000 troops near Ukraine's borders, according to US officials, who have repeatedly urged Moscow to pull them back as a first step toward easing tensions.", "united-states", 0, "US officials", "russia-de-escalation", "supports", 0, ""),
 ("We will not rush to any hasty conclusions here,", "dmitry-peskov", 1, "Peskov", "", "", 1, ""),
 ("the non-expansion of NATO to the east and the non-deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "he", "nato-non-expansion", "supports", 1, D),
 ("the non-expansion of NATO to the east and the non-deployment of strike weapons that could threaten Russian territory.", "sergei-lavrov", 1, "he", "no-strike-weapons-near-borders", "supports", 1, D),
 ("There are no positions in it that would go against Ukraine's interests,", "dmytro-kuleba", 1, "Kuleba", "", "", 1, D),
 ("The Russians asked for a veto over NATO's membership and got a menu of arms control instead,", "thomas-brenner", 1, "Thomas Brenner", "nato-non-expansion", "mentions", 1, ""),
 ("The Russians asked for a veto over NATO's membership and got a menu of arms control instead,", "russia", 0, "The Russians", "nato-non-expansion", "supports", 1, ""),
 ("That's not nothing, but it's not what Putin wanted.", "thomas-brenner", 1, "Thomas Brenner", "", "", 1, ""),
]

L["financial-times-2022-01-14-week-of-talks-leaves-gap"] = [
 ("I see no grounds to sit down again in the coming days and start these same discussions,", "sergei-ryabkov", 1, "Sergei Ryabkov", "", "", 1, "2022-01-13"),
 ("In draft treaties it published on December 17, Moscow demanded that Nato forswear any further enlargement and withdraw forces from the central and eastern European states that joined the alliance after 1997.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("In draft treaties it published on December 17, Moscow demanded that Nato forswear any further enlargement and withdraw forces from the central and eastern European states that joined the alliance after 1997.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, "2021-12-17"),
 ("We will not allow anyone to slam closed Nato's open-door policy, which has always been central to the Nato alliance,", "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 1, "2022-01-10"),
 ("We told our partners plainly that the policy of pulling Ukraine and Georgia into the alliance has to stop,", "alexander-grushko", 1, "Grushko", "no-ukraine-membership", "supports", 1, "2022-01-12"),
 ("Jens Stoltenberg, Nato's secretary-general, said the allies had told the Russian delegation that Moscow had no say over whether Ukraine joined the alliance one day.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, "2022-01-12"),
 ("Jens Stoltenberg, Nato's secretary-general, said the allies had told the Russian delegation that Moscow had no say over whether Ukraine joined the alliance one day.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-ukraine-membership", "rejects", 0, "2022-01-12"),
 ("Nato officials said the allies had put several ideas on the table, among them limits on where intermediate-range missiles may be stationed and more advance notice of large exercises.", "nato", 0, "Nato officials", "no-intermediate-range-missiles", "mentions", 0, ""),
 ("Nato officials said the allies had put several ideas on the table, among them limits on where intermediate-range missiles may be stationed and more advance notice of large exercises.", "nato", 0, "Nato officials", "limit-military-exercises", "mentions", 0, ""),
 ("For the Kremlin, a promise is worth something only if it is written down and ratified.", "russia", 0, "the Kremlin", "written-legal-guarantees", "supports", 0, ""),
 ("For Moscow the written, legally binding form is not a detail, it is the whole substance,", "pavel-lukyanenko", 1, "Pavel Lukyanenko", "written-legal-guarantees", "mentions", 1, ""),
 ("For Moscow the written, legally binding form is not a detail, it is the whole substance,", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("Verbal assurances, in the Russian reading, were given in 1990 and then forgotten.", "pavel-lukyanenko", 1, "Pavel Lukyanenko", "written-legal-guarantees", "mentions", 1, ""),
 ("The Kremlin wrote its demands in a way that made a refusal almost certain,", "olga-reinholt", 1, "she", "", "", 1, ""),
 ("Perhaps the refusal itself was the point of the exercise.", "olga-reinholt", 1, "she", "", "", 1, ""),
 ("Michael Carpenter, the US ambassador to the organisation, said Washington would \"not be deterred\" and called on Russia to withdraw the troops it has massed along Ukraine's border.", "michael-carpenter", 1, "Michael Carpenter", "russia-de-escalation", "supports", 0, "2022-01-13"),
 ("We expect a written response, article by article, to our draft,", "sergei-lavrov", 1, "he", "", "", 1, "2022-01-14"),
 ("Lavrov also said Russia would not settle for a temporary moratorium on enlargement or for assurances that a future US administration could simply reverse.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 ("Lavrov also said Russia would not settle for a temporary moratorium on enlargement or for assurances that a future US administration could simply reverse.", "sergei-lavrov", 1, "Lavrov", "nato-non-expansion", "supports", 0, "2022-01-14"),
 ("But the space for it is getting narrower every week.", "karin-lindvall", 1, "Karin Lindvall", "", "", 1, ""),
]

G = "2022-01-10"
L["izvestia-2022-01-11-ryabkov-geneva"] = [
 ("Russia and the USA after almost eight hours of the conversation in Geneva did not manage to bring the positions closer on the key question — the non-expansion of NATO.", "sergei-ryabkov", 1, "Sergey Ryabkov", "nato-non-expansion", "supports", 0, G),
 ("For us it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO", "sergei-ryabkov", 1, "the deputy minister", "no-ukraine-membership", "supports", 1, G),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards, but guarantees", "sergei-ryabkov", 1, "he", "written-legal-guarantees", "supports", 1, G),
 ("The American side took our proposals seriously, but on the key positions for us we did not find an understanding", "sergei-ryabkov", 1, "the deputy minister", "", "", 1, G),
 ("According to him, Moscow offered the Americans to fix in the agreement the refusal of the deployment of ground-based intermediate and shorter-range missiles in Europe, and also reminded that the moratorium proposed by Russia on such deployment still remains on the table.", "sergei-ryabkov", 1, "him", "no-intermediate-range-missiles", "supports", 0, G),
 ("Ryabkov also noted that the question of the return of NATO to the configuration of 1997 is for Moscow «a fundamental question», on which it will not step back.", "sergei-ryabkov", 1, "Ryabkov", "rollback-to-1997", "supports", 0, G),
 ("Recall, on December 17 the Russian Foreign Ministry published the drafts of the treaty with the USA and the agreement with NATO, in which it is demanded the refusal of the further expansion of NATO to the east and the non-deployment of strike weapons near the Russian borders.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "nato-non-expansion", "supports", 0, "2021-12-17"),
 ("Recall, on December 17 the Russian Foreign Ministry published the drafts of the treaty with the USA and the agreement with NATO, in which it is demanded the refusal of the further expansion of NATO to the east and the non-deployment of strike weapons near the Russian borders.", "russian-foreign-ministry", 0, "the Russian Foreign Ministry", "no-strike-weapons-near-borders", "supports", 0, "2021-12-17"),
 ("We were firm in pushing back on security proposals that are simply non-starters for the United States", "wendy-sherman", 1, "Sherman", "", "", 1, G),
 ("At the same time she stated that the USA are ready to discuss with Moscow the placement of missiles and the parameters of military exercises on a mutual basis.", "wendy-sherman", 1, "she", "no-intermediate-range-missiles", "mentions", 0, G),
 ("At the same time she stated that the USA are ready to discuss with Moscow the placement of missiles and the parameters of military exercises on a mutual basis.", "wendy-sherman", 1, "she", "limit-military-exercises", "mentions", 0, G),
 ("Besides, Sherman called on Russia to lead away the troops from the Ukrainian border, in order to «create the conditions for diplomacy».", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, G),
 ("The press secretary of the President of the Russian Federation Dmitry Peskov on Monday declared, that the Kremlin does not see a sense in the continuation of the dialogue, if it will not concern the non-expansion of NATO.", "dmitry-peskov", 1, "Dmitry Peskov", "nato-non-expansion", "supports", 0, G),
 ("In the Kremlin also pointed out that the Russian troops move on its own territory and this does not threaten anybody.", "russia", 0, "the Kremlin", "russia-de-escalation", "rejects", 0, ""),
 ("The Americans want to talk about what is convenient for them, and to leave aside the main thing, the non-expansion of the alliance", "igor-sokolovsky", 1, "Igor Sokolovsky", "nato-non-expansion", "mentions", 1, ""),
 ("In his opinion, the written form of the agreements is the principal point.", "igor-sokolovsky", 1, "his", "written-legal-guarantees", "supports", 0, ""),
 ("Moscow is right to insist on a written guarantee: any oral agreement will not survive the next election in the USA", "igor-sokolovsky", 1, "the expert", "written-legal-guarantees", "supports", 1, ""),
 ("Moscow is right to insist on a written guarantee: any oral agreement will not survive the next election in the USA", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 1, ""),
 ("Nobody left the table with slamming the door. For the current situation it is not little", "marina-avdeeva", 1, "she", "", "", 1, ""),
 ("Earlier the Russian side repeatedly emphasized that the negotiations must be conducted without any preconditions, and that the Russian proposals are not a «menu», from which it is possible to choose separate dishes.", "russia", 0, "the Russian side", "no-preconditions", "supports", 0, ""),
]

W = "2022-01-12"
L["euractiv-2022-01-12-nato-russia-council"] = [
 ("NATO allies and Russia failed to narrow their differences over European security at their first formal meeting in more than two years on Wednesday (12 January), with the alliance rejecting Moscow's demand to halt enlargement but keeping the door open to talks on arms control.", "nato", 0, "the alliance", "nato-non-expansion", "rejects", 0, W),
 ("NATO allies and Russia failed to narrow their differences over European security at their first formal meeting in more than two years on Wednesday (12 January), with the alliance rejecting Moscow's demand to halt enlargement but keeping the door open to talks on arms control.", "russia", 0, "Moscow", "nato-non-expansion", "supports", 0, ""),
 ("There are significant differences between NATO allies and Russia on these issues,", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, W),
 ("Our differences will not be easy to bridge.", "jens-stoltenberg", 1, "Jens Stoltenberg", "", "", 1, W),
 ("Stoltenberg said allies were ready to discuss mutual limits on missile deployments in Europe, greater transparency around military exercises and better military-to-military communication to prevent incidents.", "jens-stoltenberg", 1, "Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, W),
 ("Stoltenberg said allies were ready to discuss mutual limits on missile deployments in Europe, greater transparency around military exercises and better military-to-military communication to prevent incidents.", "jens-stoltenberg", 1, "Stoltenberg", "limit-military-exercises", "mentions", 0, W),
 ("Stoltenberg said allies were ready to discuss mutual limits on missile deployments in Europe, greater transparency around military exercises and better military-to-military communication to prevent incidents.", "jens-stoltenberg", 1, "Stoltenberg", "resume-military-dialogue", "mentions", 0, W),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, W),
 ("Russia does not have a veto on whether Ukraine can become a NATO member,", "jens-stoltenberg", 1, "Stoltenberg", "no-ukraine-membership", "rejects", 1, W),
 ("the right of each nation to choose its own path", "jens-stoltenberg", 1, "Stoltenberg", "nato-open-door", "supports", 1, W),
 ("Our proposals are not a menu from which one can pick the dishes one likes,", "alexander-grushko", 1, "Grushko", "", "", 1, W),
 ("He insisted that the alliance stop drawing Ukraine and Georgia into NATO and pull its forces back from the eastern flank, warning that otherwise Russia would respond with military-technical means.", "alexander-grushko", 1, "He", "no-ukraine-membership", "supports", 0, W),
 ("He insisted that the alliance stop drawing Ukraine and Georgia into NATO and pull its forces back from the eastern flank, warning that otherwise Russia would respond with military-technical means.", "alexander-grushko", 1, "He", "rollback-to-1997", "supports", 0, W),
 ("Grushko also said NATO's large-scale exercises close to Russia's borders should be scaled back, arguing that they created a risk of dangerous incidents.", "alexander-grushko", 1, "Grushko", "limit-military-exercises", "supports", 0, W),
 ("There can be no discussion about European security without the Europeans,", "josep-borrell", 1, "Borrell", "", "", 1, W),
 ("We reject the logic of spheres of influence, and every country in Europe is free to choose the alliances it wants,", "josep-borrell", 1, "he", "nato-open-door", "supports", 1, W),
 ("Nothing about Ukraine without Ukraine, and this principle was respected today,", "olha-stefanishyna", 1, "she", "", "", 1, W),
 ("Moscow wants us to accept that half of the EU has second-class membership of NATO, with no allied troops on its soil. That will never happen,", "petras-vaitkus", 1, "Petras Vaitkus", "rollback-to-1997", "rejects", 1, ""),
 ("Moscow wants us to accept that half of the EU has second-class membership of NATO, with no allied troops on its soil. That will never happen,", "russia", 0, "Moscow", "rollback-to-1997", "supports", 1, ""),
 ("Allies can live with talks on missile ceilings and exercise notifications, that is classic arms control,", "jakob-lindqvist", 1, "Lindqvist", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Allies can live with talks on missile ceilings and exercise notifications, that is classic arms control,", "jakob-lindqvist", 1, "Lindqvist", "limit-military-exercises", "mentions", 1, ""),
 ("What they cannot give is a promise about who joins.", "jakob-lindqvist", 1, "Lindqvist", "nato-non-expansion", "mentions", 1, ""),
 ("He added that a written, legally binding treaty of the kind Russia proposes would in any case never pass the US Senate.", "jakob-lindqvist", 1, "He", "written-legal-guarantees", "mentions", 0, ""),
 ("He added that a written, legally binding treaty of the kind Russia proposes would in any case never pass the US Senate.", "russia", 0, "Russia", "written-legal-guarantees", "supports", 0, ""),
 ("Stoltenberg called on Moscow to de-escalate and to withdraw its forces, saying that would be \"the best way\" to show it was serious about diplomacy.", "jens-stoltenberg", 1, "Stoltenberg", "russia-de-escalation", "supports", 0, W),
]

K = "2022-01-24"
def kb(ev, name, demand="", stance=""):
    return (ev, "john-kirby", 1, name, demand, stance, 1, K)
P6 = "As for Moscow's insistence that the alliance shut its doors to new members, that's a non-starter. The door stays open, and it's not for Moscow to decide who walks through it."
L["pentagon-2022-01-24-kirby-briefing-troops-alert"] = [
 kb("Good afternoon, everybody. Just a couple of things at the top and then we'll get to your questions.", "PRESS SECRETARY JOHN F. KIRBY"),
 kb("At the direction of the President, and after consultation with the Chairman and the combatant commanders, Secretary Austin has placed a range of units in the United States on heightened preparedness to deploy. In total, that's about 8,500 personnel. No decision has been made to deploy them. This is about readiness, and it's about reassurance to our NATO allies, particularly on the eastern flank.", "PRESS SECRETARY JOHN F. KIRBY"),
 kb("It's very clear that the Russians have no intention right now of de-escalating. What we want to see is the Russians pull back their forces from Ukraine's border, de-escalate, and choose the path of diplomacy. That is still available to them, and we hope they'll take it.", "PRESS SECRETARY JOHN F. KIRBY", "russia-de-escalation", "supports"),
 kb("Look, NATO is a defensive alliance. It doesn't threaten Russia, and it never has. It wasn't NATO that put more than 100,000 troops along somebody else's border. The Russians did that.", "MR. KIRBY"),
 kb(P6, "MR. KIRBY", "nato-non-expansion", "rejects"),
 kb(P6, "MR. KIRBY", "nato-open-door", "supports"),
 (P6, "russia", 0, "Moscow", "nato-non-expansion", "supports", 1, ""),
 kb("No. These forces are not being prepared to deploy to Ukraine. They would go to NATO territory, principally as part of the NATO Response Force, if it's activated, or in other contingencies.", "MR. KIRBY"),
 kb("I'm not going to negotiate in public from this podium. What I would say is that we've been clear we're willing to talk, on a reciprocal basis, about limits on the placement of intermediate-range missiles in Europe. That's an area where there could be progress.", "MR. KIRBY", "no-intermediate-range-missiles", "mentions"),
 kb("But we are not going to talk about pulling forces out of allied territory, or going back to some map from 1997. That's just not on the table, and the Russians know it.", "MR. KIRBY", "rollback-to-1997", "rejects"),
 kb("There's no call to read out today. The Secretary would welcome an opportunity to speak with Minister Shoigu. We believe that lines of communication between our two militaries are important, especially at a time of tension like this, and we'd like to see them used more regularly.", "MR. KIRBY", "resume-military-dialogue", "supports"),
 kb("We're watching it very closely. The timing and the scale of those exercises are of concern, no question about it.", "MR. KIRBY"),
 kb("We've offered in the past, and we would offer again, mutual transparency measures on exercises, notification, observers, that kind of thing. That offer stands. But transparency has to go both ways.", "MR. KIRBY", "limit-military-exercises", "mentions"),
 kb("I'll let the State Department speak to the timing of that. The department has been consulted, as you'd expect, but I don't have anything to announce today.", "MR. KIRBY"),
 kb("We're going to continue to support Ukraine's ability to defend itself. That's been true since 2014 and it remains true now. What we're doing with Ukraine is at the request of a sovereign government, and it's nobody else's business to veto it.", "MR. KIRBY", "no-military-activity-ex-soviet", "rejects"),
]

M = "2022-01-27"
def mfa(ev, name, demand, stance):
    return (ev, "ukrainian-foreign-ministry", 0, name, demand, stance, 0, M)
S1 = "The Ministry reiterates that the Russian demand that Ukraine be legally barred from ever joining NATO is incompatible with the Helsinki Final Act, the Charter of Paris and the fundamental principles of international law."
S3 = "Equally unacceptable is Moscow's call to annul the decisions of the 2008 Bucharest Summit, at which the Allies agreed that Ukraine and Georgia will become members of NATO."
S4 = "Ukraine also rejects the attempts of the Russian Federation to prohibit international military cooperation with partners on Ukrainian territory, including joint exercises, training missions and the supply of defensive weapons."
L["ukrainian-mfa-2022-01-27-statement-security-guarantees"] = [
 mfa(S1, "The Ministry", "no-ukraine-membership", "rejects"),
 (S1, "russia", 0, "Russian", "no-ukraine-membership", "supports", 0, ""),
 mfa("Ukraine's Euro-Atlantic course is enshrined in the Constitution of Ukraine, and the right of every state to freely choose its own security arrangements, including treaties of alliance, is not a subject for negotiation with third countries.", "Ministry of Foreign Affairs of Ukraine", "nato-open-door", "supports"),
 mfa(S3, "Ministry of Foreign Affairs of Ukraine", "rescind-bucharest-2008", "rejects"),
 (S3, "russia", 0, "Moscow", "rescind-bucharest-2008", "supports", 0, ""),
 mfa(S4, "Ukraine", "no-military-activity-ex-soviet", "rejects"),
 (S4, "russia", 0, "the Russian Federation", "no-military-activity-ex-soviet", "supports", 0, ""),
 mfa("Such cooperation is the sovereign right of Ukraine and was intensified only as a response to the armed aggression of the Russian Federation, which began in 2014 with the temporary occupation of the Autonomous Republic of Crimea and the city of Sevastopol and continues in certain areas of the Donetsk and Luhansk regions.", "Ministry of Foreign Affairs of Ukraine", "no-military-activity-ex-soviet", "rejects"),
 mfa("The Ministry notes with appreciation that the responses of the United States and NATO contain proposals on arms control, on the transparency of military exercises and on reducing the risks of military incidents, which do not infringe upon the interests of Ukraine and could strengthen security in the entire Euro-Atlantic area.", "The Ministry", "limit-military-exercises", "mentions"),
 mfa("At the same time, no dialogue can be effective while the Russian Federation continues to concentrate its troops along the Ukrainian border and in the temporarily occupied territories.", "Ministry of Foreign Affairs of Ukraine", "russia-de-escalation", "supports"),
 mfa("Ukraine calls on the Russian Federation to withdraw the forces it has amassed near the borders of Ukraine and to take concrete steps towards de-escalation.", "Ukraine", "russia-de-escalation", "supports"),
 ("Ukraine will not trade its future for Russia's empty promises. No one will decide for us which path we take.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 1, "2022-01-26"),
]

N = "2022-01-28"
def an(ev, demand="", stance="", name="ANTONOV"):
    return (ev, "anatoly-antonov", 1, name, demand, stance, 1, N)
A2 = "We have studied the American paper very carefully. I must tell you frankly that our main concern was not addressed. We asked for a clear, legally binding guarantee that NATO would not move further to the east, and we did not get it."
A5 = "Missiles, exercises, these are important issues, and we are ready to work on them with our American colleagues. But for us they are secondary. You cannot take the dessert and leave the main course on the table."
A7 = "Because NATO is conducting exercises near our borders, NATO ships come into the Black Sea, American bombers fly along our borders. This is not a one-way street."
L["npr-2022-01-28-antonov-interview"] = [
 an("Thank you for having me. It is always important to speak directly to the American people, not only to officials.", name="ANATOLY ANTONOV"),
 an(A2, "nato-non-expansion", "supports"),
 an(A2, "written-legal-guarantees", "supports"),
 an("There are some constructive elements, I do not deny it. But they are on the secondary issues."),
 an("Nobody is talking about a veto. We are talking about our security. Imagine how Washington would react if Russian troops and Russian missiles appeared in Mexico or in Canada. This is exactly what we see in Romania and Poland, where American systems are deployed a few minutes' flight time from Moscow. We cannot accept strike weapons like these next to our borders.", "no-strike-weapons-near-borders", "supports"),
 an(A5, "no-intermediate-range-missiles", "mentions"),
 an(A5, "limit-military-exercises", "mentions"),
 an("Russian troops are on Russian territory. We do not have to explain to anyone where we hold exercises and where we keep our forces on our own soil. I want to say clearly: there is no plan to attack Ukraine.", "russia-de-escalation", "rejects"),
 an(A7, "limit-military-exercises", "supports"),
 an(A7, "no-warships-aircraft-in-strike-range", "supports"),
 an("There are some contacts. But we would welcome regular, systematic dialogue between our militaries. It was not Russia that broke off this dialogue in 2014.", "resume-military-dialogue", "supports"),
 an("This promise must be withdrawn. It is a time bomb under European security, and everyone in Washington knows that Ukraine is not ready for NATO anyway.", "rescind-bucharest-2008", "supports"),
 an("We will wait for the decision of President Putin. The papers are on his desk, and he will decide how we proceed."),
]

write_gold(L, "articles-260", "gold-260")
