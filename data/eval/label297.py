#!/usr/bin/env python3
"""Writes the held-out gold of batch 297 (gold-297/*.nq) from the labels below.

Batch 297 was written and labelled before the extractor ever ran on it, by a
writer who saw neither the extractor nor its lexicon nor any other batch.
Seven invented articles, each in a different form:

- guardian-2022-01-26-russia-ukraine-us-written-response-live: The Guardian live
  blog (reverse-chronological GMT stamps, summary bullets, curly quotes); quotes split by
  "he said", passing attributions to Moscow, an invented MP and an invented analyst.
- izvestia-2022-01-11-geneva-talks-without-breakthrough: Izvestia story in
  machine-translated English, « » quotes with "— he added", "According to him" reported
  speech, undated interviews "told Izvestia", a Bucharest flashback that is not labelled.
- nato-2022-01-12-doorstep-stoltenberg-nato-russia-council: NATO doorstep transcript,
  speaker labels, every answer paragraph a quotation, journalists' questions unlabelled.
- delfi-2022-01-19-rinkevics-latvia-not-second-class-nato-member: Delfi (Latvia) English
  story on the 1997 roll-back demand; Founding Act quoted as a document (unlabelled),
  "Read also" links, diacritics in names, an analyst who only mentions.
- washingtonpost-2022-01-24-monkey-cage-why-putin-wants-it-in-writing: Washington Post
  Monkey Cage analysis by an invented political scientist; history (Baker 1990, 1997,
  Bucharest) and the author's own argument are not labelled (only quotations, reported
  speech and passing attributions to Moscow are); dates like "Dec. 21", "on Friday".
- valdai-2022-02-02-sokolovsky-written-answers-interview: Valdai Club Q&A with dashes,
  an invented MGIMO expert who both mentions and (in his own voice) supports demands;
  interview dated by its intro ("recorded on February 1").
- osce-2022-01-13-lukashevich-statement-permanent-council: OSCE Permanent Council
  statement by the Russian delegation (Lukashevich), UTF-8 BOM and CRLF, no front matter;
  each paragraph of the statement is labelled as one direct quotation of Lukashevich.

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

D = "2022-01-26"
L["guardian-2022-01-26-russia-ukraine-us-written-response-live"] = [
 ("The US secretary of state, Antony Blinken, said the document did not give ground on Nato’s open-door policy but offered talks on arms control and transparency.", "antony-blinken", 1, "Antony Blinken", "nato-open-door", "supports", 0, D),
 ("Nato sent a separate reply of its own, which Jens Stoltenberg said made clear that the alliance would not be giving up its right to take in new members.", "jens-stoltenberg", 1, "Jens Stoltenberg", "nato-open-door", "supports", 0, D),
 ("The document we’ve delivered includes concerns of the United States and our allies and partners about Russia’s actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "antony-blinken", 1, "he", "", "", 1, D),
 ("Asked whether the US had shut the door on Moscow’s central demand – a pledge that Ukraine would never be admitted to the western alliance – Blinken was blunt.", "russia", 0, "Moscow", "no-ukraine-membership", "supports", 0, ""),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("There is no change; there will be no change,", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("We make clear that there are core principles that we are committed to uphold and defend, including Ukraine’s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances.", "antony-blinken", 1, "he", "nato-open-door", "supports", 1, D),
 ("He said the reply also proposed reciprocal commitments by both sides to refrain from deploying offensive missile systems and combat forces in Ukraine, as well as confidence-building steps on military exercises in Europe.", "antony-blinken", 1, "He", "no-strike-weapons-near-borders", "mentions", 0, D),
 ("He said the reply also proposed reciprocal commitments by both sides to refrain from deploying offensive missile systems and combat forces in Ukraine, as well as confidence-building steps on military exercises in Europe.", "antony-blinken", 1, "He", "limit-military-exercises", "mentions", 0, D),
 ("It’s up to Russia to decide how to respond. We’re ready either way.", "antony-blinken", 1, "he", "", "", 1, D),
 ("In Brussels, Nato’s secretary general, Jens Stoltenberg, said the alliance had sent Moscow its own written proposals in parallel with the US, covering arms control on intermediate-range missiles, the reopening of Nato and Russian diplomatic missions and the restoration of contacts between military commanders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "no-intermediate-range-missiles", "mentions", 0, D),
 ("In Brussels, Nato’s secretary general, Jens Stoltenberg, said the alliance had sent Moscow its own written proposals in parallel with the US, covering arms control on intermediate-range missiles, the reopening of Nato and Russian diplomatic missions and the restoration of contacts between military commanders.", "jens-stoltenberg", 1, "Jens Stoltenberg", "resume-military-dialogue", "mentions", 0, D),
 ("We are ready to listen to Russia’s concerns and to engage in a real conversation on how to uphold and strengthen the fundamental principles of European security,", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("But we cannot and will not compromise on the principles on which the security of our alliance, and security in Europe and North America, rest.", "jens-stoltenberg", 1, "Stoltenberg", "", "", 1, D),
 ("Nor, he said, would Nato pull its battlegroups out of the allies that joined after 1997, as Moscow has asked.", "jens-stoltenberg", 1, "he", "rollback-to-1997", "rejects", 0, D),
 ("Nor, he said, would Nato pull its battlegroups out of the allies that joined after 1997, as Moscow has asked.", "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("There will be no first- and second-class members in this alliance,", "jens-stoltenberg", 1, "Stoltenberg", "rollback-to-1997", "rejects", 1, D),
 ("Ukraine’s foreign minister, Dmytro Kuleba, said Kyiv had seen the US text before it was delivered and that it contained nothing that would trade away Ukraine’s right to seek Nato membership.", "dmytro-kuleba", 1, "Dmytro Kuleba", "nato-open-door", "supports", 0, D),
 ("Ukraine’s foreign minister, Dmytro Kuleba, said Kyiv had seen the US text before it was delivered and that it contained nothing that would trade away Ukraine’s right to seek Nato membership.", "dmytro-kuleba", 1, "Dmytro Kuleba", "no-ukraine-membership", "rejects", 0, D),
 ("Ukraine’s path to the alliance is our choice and nobody else’s,", "dmytro-kuleba", 1, "he", "nato-open-door", "supports", 1, D),
 ("Ukraine’s path to the alliance is our choice and nobody else’s,", "dmytro-kuleba", 1, "he", "no-ukraine-membership", "rejects", 1, D),
 ("If we start handing Moscow a veto over who joins Nato, we will have rewarded a man for parking 100,000 troops on his neighbour’s doorstep,", "fiona-carradine-hale", 1, "she", "nato-open-door", "supports", 1, D),
 ("Olga Vertinska, a senior fellow at the Kyiv Centre for Security Studies, said the written answer would leave Russia with a choice between talks on missiles and military drills and walking away from the table altogether.", "olga-vertinska", 1, "Olga Vertinska", "no-intermediate-range-missiles", "mentions", 0, D),
 ("Olga Vertinska, a senior fellow at the Kyiv Centre for Security Studies, said the written answer would leave Russia with a choice between talks on missiles and military drills and walking away from the table altogether.", "olga-vertinska", 1, "Olga Vertinska", "limit-military-exercises", "mentions", 0, D),
 ("We will need time to analyse it, we will not jump to any conclusions immediately,", "dmitry-peskov", 1, "he", "", "", 1, D),
 ("Peskov insisted that a firm guarantee against any further Nato expansion eastward remained the heart of the matter.", "dmitry-peskov", 1, "Peskov", "nato-non-expansion", "supports", 0, D),
 ("He told the state news agency RIA Novosti that he expected an answer on every point, above all on ending Nato’s eastward expansion and on keeping strike weapons away from Russia’s borders.", "sergei-ryabkov", 1, "He", "nato-non-expansion", "supports", 0, D),
 ("He told the state news agency RIA Novosti that he expected an answer on every point, above all on ending Nato’s eastward expansion and on keeping strike weapons away from Russia’s borders.", "sergei-ryabkov", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
]

D = "2022-01-10"
L["izvestia-2022-01-11-geneva-talks-without-breakthrough"] = [
 ("For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes member of NATO", "sergei-ryabkov", 1, "Ryabkov", "no-ukraine-membership", "supports", 1, D),
 ("According to him, the American side did not give answer on the main question, the non-expansion of the alliance to the east, and the Russian side insists that the guarantees on this must be legally binding.", "sergei-ryabkov", 1, "him", "nato-non-expansion", "supports", 0, D),
 ("According to him, the American side did not give answer on the main question, the non-expansion of the alliance to the east, and the Russian side insists that the guarantees on this must be legally binding.", "sergei-ryabkov", 1, "him", "written-legal-guarantees", "supports", 0, D),
 ("We need iron-clad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards — guarantees", "sergei-ryabkov", 1, "the diplomat", "written-legal-guarantees", "supports", 1, D),
 ("Ryabkov also informed that Russian side is ready to discuss with Americans the question of medium-range and shorter-range missiles, but only as part of whole package, and not separately from the main demands.", "sergei-ryabkov", 1, "Ryabkov", "no-intermediate-range-missiles", "mentions", 0, D),
 ("We explained to American colleagues that there is no threat of invasion, we have no such intentions. The troops are on own territory, and we are not obliged to pull them back from anywhere", "sergei-ryabkov", 1, "he", "russia-de-escalation", "rejects", 1, D),
 ("Deputy Secretary of State Wendy Sherman, who led the American delegation, at the briefing stated that the American side firmly rejected the proposals which are for Washington \"non-starters\", among them the refusal of further enlargement of the alliance.", "wendy-sherman", 1, "Wendy Sherman", "nato-non-expansion", "rejects", 0, D),
 ("We will not allow anyone to slam closed NATO's open door policy, which has always been central to the NATO alliance", "wendy-sherman", 1, "Sherman", "nato-open-door", "supports", 1, D),
 ("Sherman also called on Russia to withdraw troops from the Ukrainian border, noting that it is difficult to conduct constructive dialogue under conditions of escalation.", "wendy-sherman", 1, "Sherman", "russia-de-escalation", "supports", 0, D),
 ("We will not hurry with conclusions, the talks continue", "dmitry-peskov", 1, "Peskov", "", "", 1, D),
 ("Americans are ready to talk about missiles and about exercises, that is about secondary things. But the main Russian demand — no expansion of NATO — they will not even discuss", "kirill-semenikhin", 1, "the expert", "no-intermediate-range-missiles", "mentions", 1, ""),
 ("Americans are ready to talk about missiles and about exercises, that is about secondary things. But the main Russian demand — no expansion of NATO — they will not even discuss", "kirill-semenikhin", 1, "the expert", "limit-military-exercises", "mentions", 1, ""),
 ("Americans are ready to talk about missiles and about exercises, that is about secondary things. But the main Russian demand — no expansion of NATO — they will not even discuss", "kirill-semenikhin", 1, "the expert", "nato-non-expansion", "mentions", 1, ""),
 ("Americans are ready to talk about missiles and about exercises, that is about secondary things. But the main Russian demand — no expansion of NATO — they will not even discuss", "russia", 0, "Russian", "nato-non-expansion", "supports", 0, ""),
 ("If the West again tries to drown our proposals in talk, Russia will take military-technical measures. NATO bases and instructors in Ukraine are red line for us", "gennady-vorotyntsev", 1, "the parliamentarian", "no-military-activity-ex-soviet", "supports", 1, ""),
]

D = "2022-01-12"
S = ("jens-stoltenberg", 1, "NATO Secretary General Jens Stoltenberg")
def st(ev, demand, stance):
    return (ev, S[0], S[1], S[2], demand, stance, 1, D)
P_ARMS = "Allies are ready to sit down and discuss arms control, including on missiles, as well as greater transparency on military exercises and ways to reduce risks. We are also ready to look at how we can re-establish our offices in Moscow and in Brussels and restore military lines of communication."
P_CORE = "But we will not compromise on core principles. Each nation has the right to choose its own path. Only Ukraine and 30 NATO Allies decide when Ukraine is ready to join the Alliance. Russia has no veto and no right to establish a sphere of influence."
P_DOOR = "No. NATO's door remains open. That is a principle that has been in place for decades, and it is enshrined in the founding documents of NATO and of the OSCE, which Russia has also signed up to."
P_LIM = "But we are ready to talk about reciprocal limits on exercises and about more predictability. For instance, we have proposed briefings on exercises, and we are open to discussing limits on missile deployments on a reciprocal basis."
L["nato-2022-01-12-doorstep-stoltenberg-nato-russia-council"] = [
 st("Today, NATO Allies and Russia will meet in the NATO-Russia Council. This is the first meeting of the Council in more than two years, and it comes at a critical moment for security in Europe.", "", ""),
 st("Russia has amassed tens of thousands of combat-ready troops, heavy weaponry and capabilities near Ukraine's borders. We call on Russia to de-escalate, to pull back its forces and to choose the path of diplomacy.", "russia-de-escalation", "supports"),
 st(P_ARMS, "no-intermediate-range-missiles", "mentions"),
 st(P_ARMS, "limit-military-exercises", "mentions"),
 st(P_ARMS, "resume-military-dialogue", "mentions"),
 st(P_CORE, "nato-open-door", "supports"),
 st(P_CORE, "no-ukraine-membership", "rejects"),
 st("Nor will we give up our ability to protect and defend our Allies. All Allies are equal, and our presence in the eastern part of the Alliance is defensive, proportionate and here to stay.", "rollback-to-1997", "rejects"),
 st(P_DOOR, "nato-open-door", "supports"),
 st(P_DOOR, "nato-non-expansion", "rejects"),
 st("What we can do is to discuss Russia's concerns where they are real, and to put our own concerns on the table. That is what dialogue is about.", "", ""),
 st("There is a real risk of new armed conflict in Europe. Russia has used force against Ukraine before, in 2014, and against Georgia in 2008. So we take this seriously.", "", ""),
 st("The best way to avoid conflict is for Russia to withdraw its troops and to engage in good faith in the talks. Any further aggression will carry a high price.", "russia-de-escalation", "supports"),
 st("We will not go back to a situation where some Allies have a different status than others. The idea that we should withdraw our forces from Allies who joined after 1997 is simply not on the table.", "rollback-to-1997", "rejects"),
 st(P_LIM, "limit-military-exercises", "mentions"),
 st(P_LIM, "no-intermediate-range-missiles", "mentions"),
 st("Nothing about Ukraine without Ukraine. We consult closely with Kyiv, and I spoke with President Zelensky yesterday. It is for Ukraine, and only Ukraine, to decide about its future relations with NATO.", "nato-open-door", "supports"),
 st("It is too early to say. We have proposed a series of meetings to address a broad range of issues. I hope Russia will come back and engage.", "", ""),
]

D = "2022-01-19"
R1 = "Latvia's Foreign Minister Edgars Rinkēvičs on Wednesday rejected Russian demands that NATO pull its troops and weapons out of the countries that joined the alliance after 1997, saying the allied presence in the Baltic states was \"not for sale\"."
PAB = "We need more allied troops here, not fewer. If anyone wants to talk about soldiers near borders, Russia can start by taking its own tanks away from Ukraine's border,"
BO = "Kārlis Bērziņš-Ozols, a researcher at the Latvian Institute of International Affairs, said Moscow's demand to roll NATO's eastern flank back to 1997 had been designed to be rejected, so that Russia could blame the West for the failure of talks."
L["delfi-2022-01-19-rinkevics-latvia-not-second-class-nato-member"] = [
 (R1, "edgars-rinkevics", 1, "Edgars Rinkēvičs", "rollback-to-1997", "rejects", 0, D),
 (R1, "russia", 0, "Russian", "rollback-to-1997", "supports", 0, ""),
 ("The NATO battlegroup in Ādaži is here because we invited it, and it will stay as long as we need it. Nobody in Moscow gets to decide that,", "edgars-rinkevics", 1, "Rinkēvičs", "rollback-to-1997", "rejects", 1, D),
 ("Defence Minister Artis Pabriks went further, calling for a permanent US presence on Latvian soil.", "artis-pabriks", 1, "Artis Pabriks", "rollback-to-1997", "rejects", 0, "2022-01-18"),
 (PAB, "artis-pabriks", 1, "Pabriks", "rollback-to-1997", "rejects", 1, "2022-01-18"),
 (PAB, "artis-pabriks", 1, "Pabriks", "russia-de-escalation", "supports", 1, "2022-01-18"),
 ("Russia's Deputy Foreign Minister Alexander Grushko, who led the Russian delegation at the NATO-Russia Council in Brussels on January 12, told journalists that NATO must return its forces and infrastructure to the configuration of 1997 and called the alliance's eastern deployments a direct threat.", "alexander-grushko", 1, "Alexander Grushko", "rollback-to-1997", "supports", 0, "2022-01-12"),
 ("If NATO moves to a policy of containment, then there will be counter-containment from our side,", "alexander-grushko", 1, "Grushko", "", "", 1, "2022-01-12"),
 ("NATO Secretary General Jens Stoltenberg said after the same meeting that the allies would not give up their ability to protect and defend each other, including with troops in the eastern part of the alliance.", "jens-stoltenberg", 1, "Jens Stoltenberg", "rollback-to-1997", "rejects", 0, "2022-01-12"),
 ("Russia's draft treaties read like an ultimatum from another century. Our allies' soldiers are not a bargaining chip and they are not going home,", "inese-vaivode-krumina", 1, "she", "rollback-to-1997", "rejects", 1, D),
 (BO, "karlis-berzins-ozols", 1, "Kārlis Bērziņš-Ozols", "rollback-to-1997", "mentions", 0, ""),
 (BO, "russia", 0, "Moscow", "rollback-to-1997", "supports", 0, ""),
 ("The Kremlin knows perfectly well that no NATO member will accept this. The point is to have a refusal on paper,", "karlis-berzins-ozols", 1, "he", "rollback-to-1997", "mentions", 1, ""),
]

SH = "Deputy Secretary of State Wendy Sherman told reporters after the Geneva talks on Jan. 10 that the United States was prepared to discuss missile deployments and limits on exercises, but not NATO’s open-door policy."
BL = "After meeting Lavrov on Friday, Blinken said the coming U.S. reply would not trade away Ukraine’s right to apply to join NATO."
L["washingtonpost-2022-01-24-monkey-cage-why-putin-wants-it-in-writing"] = [
 ("Have we deployed our missiles near the U.S. border? No, we have not. It is the United States that has come to our home with its missiles and is already standing at our doorstep,", "vladimir-putin", 1, "Putin", "no-strike-weapons-near-borders", "supports", 1, "2021-12-23"),
 ("We need long-term, legally binding guarantees,", "vladimir-putin", 1, "Putin", "written-legal-guarantees", "supports", 1, "2021-12-21"),
 ("He argued that verbal assurances were worthless, since, in his telling, the West had broken them before.", "vladimir-putin", 1, "He", "written-legal-guarantees", "supports", 0, "2021-12-21"),
 ("Daniel Okonkwo-Reyes of Georgetown University has argued that written commitments matter to Moscow precisely because they would bind future U.S. administrations, which is also why Washington resists them.", "daniel-okonkwo-reyes", 1, "Daniel Okonkwo-Reyes", "written-legal-guarantees", "mentions", 0, ""),
 (SH, "wendy-sherman", 1, "Wendy Sherman", "no-intermediate-range-missiles", "mentions", 0, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Wendy Sherman", "limit-military-exercises", "mentions", 0, "2022-01-10"),
 (SH, "wendy-sherman", 1, "Wendy Sherman", "nato-open-door", "supports", 0, "2022-01-10"),
 ("At a news conference on Jan. 14, Lavrov said a temporary moratorium or verbal promises would not do; only legally binding obligations on paper would.", "sergei-lavrov", 1, "Lavrov", "written-legal-guarantees", "supports", 0, "2022-01-14"),
 (BL, "antony-blinken", 1, "Blinken", "nato-open-door", "supports", 0, "2022-01-21"),
 (BL, "antony-blinken", 1, "Blinken", "no-ukraine-membership", "rejects", 0, "2022-01-21"),
 ("We’ve been clear that there are principles we will not compromise on,", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("We will put our ideas in writing, and we’ll see where we go from there.", "antony-blinken", 1, "he", "", "", 1, "2022-01-21"),
 ("The harder problem is the form of the guarantee Moscow seeks.", "russia", 0, "Moscow", "written-legal-guarantees", "supports", 0, ""),
 ("Russia wants something no American president can deliver, and it knows that,", "sarah-lindqvist-moore", 1, "Sarah Lindqvist-Moore", "", "", 1, ""),
]

D = "2022-02-01"
A = ("artyom-sokolovsky", 1, "Artyom Sokolovsky")
def so(ev, demand, stance):
    return (ev, A[0], A[1], A[2], demand, stance, 1, D)
PN = "He named them as the non-expansion of NATO, the refusal to deploy strike weapon systems near Russian borders and the return of the bloc’s military infrastructure in Europe to the state of 1997."
V1 = "The answers are serious documents, and it would be wrong to say they contain nothing. On arms control, on intermediate-range missiles, on the transparency of exercises, the Americans have gone further than they were prepared to go a year ago."
V2 = "But on the three fundamental points the answer is a polite no. NATO will keep its open door, it will give no guarantee about Ukraine, and it will not discuss the forces it deployed in Eastern Europe after 1997."
V3 = "My personal view is that Russia is right to insist on a legally binding form. A letter from the State Department can be withdrawn by the next administration; a ratified treaty cannot. A promise about non-enlargement that is not fixed in law is worth nothing."
V4 = "There is a formula that was discussed informally: a long moratorium on Ukraine’s accession, ten or twenty years. I doubt it would work, because a moratorium is precisely what the Russian side has said is not enough."
V5 = "They can, and they should. Restoring INF-type limits in Europe would benefit everyone, and so would restoring regular contacts between the militaries. Since 2014 our generals have barely spoken to their NATO counterparts, which is dangerous."
L["valdai-2022-02-02-sokolovsky-written-answers-interview"] = [
 ("It is already clear that fundamental Russian concerns were ignored.", "vladimir-putin", 1, "Vladimir Putin", "", "", 1, D),
 (PN, "vladimir-putin", 1, "He", "nato-non-expansion", "supports", 0, D),
 (PN, "vladimir-putin", 1, "He", "no-strike-weapons-near-borders", "supports", 0, D),
 (PN, "vladimir-putin", 1, "He", "rollback-to-1997", "supports", 0, D),
 so(V1, "no-intermediate-range-missiles", "mentions"),
 so(V1, "limit-military-exercises", "mentions"),
 so(V2, "nato-open-door", "mentions"),
 so(V2, "no-ukraine-membership", "mentions"),
 so(V2, "rollback-to-1997", "mentions"),
 so("No, and the President was careful to say that the dialogue will continue. Russia will respond in writing, point by point, as the Americans did.", "", ""),
 so(V3, "written-legal-guarantees", "supports"),
 so(V3, "nato-non-expansion", "mentions"),
 so(V4, "no-ukraine-membership", "mentions"),
 so(V4, "written-legal-guarantees", "mentions"),
 (V4, "russia", 0, "the Russian side", "written-legal-guarantees", "supports", 0, ""),
 so("Frankly, I think Ukraine in NATO is a scenario that would make a war on the continent almost inevitable. So here I share the official position: neutrality for Ukraine is a necessity, not a whim.", "no-ukraine-membership", "supports"),
 so(V5, "no-intermediate-range-missiles", "supports"),
 so(V5, "limit-military-exercises", "supports"),
 so(V5, "resume-military-dialogue", "supports"),
 so("But these are second-order issues. The Americans would like to trade them for a pullback of troops from the Ukrainian border, and that is a separate conversation.", "russia-de-escalation", "mentions"),
 so("Of course. But those documents contain two principles, not one: the freedom to choose alliances and the indivisibility of security. The West quotes only the first. Our diplomats have been trying for years to get the second taken seriously, and the draft treaties of December are the result of that frustration.", "nato-open-door", "mentions"),
 so("I do not believe in a big war. I believe in a long, nervous negotiation in which both sides will pretend they have not retreated an inch.", "", ""),
]

D = "2022-01-13"
K = ("alexander-lukashevich", 1, "Alexander Lukashevich")
def lu(ev, demand, stance):
    return (ev, K[0], K[1], K[2], demand, stance, 1, D)
O5 = "Our proposals, handed over to the United States and NATO on 15 December and published on 17 December, are clear. We need legally binding guarantees that rule out any further eastward movement of NATO and the accession to the Alliance of Ukraine and other states. Political declarations and promises are not enough; we have heard them before."
O6 = "We also insist that no strike weapon systems be deployed in the immediate vicinity of Russian territory, and that the Alliance refrain from any military activity on the territory of Ukraine and other states of Eastern Europe, the South Caucasus and Central Asia."
O8 = "We are also ready to agree on restrictions on exercises near the line of contact between Russia and NATO, on the non-deployment of ground-launched intermediate- and shorter-range missiles in areas from which they can reach the territory of the other side, and on the resumption of a regular dialogue between military professionals."
L["osce-2022-01-13-lukashevich-statement-permanent-council"] = [
 lu("We welcome the Minister for Foreign Affairs of Poland, Mr. Zbigniew Rau, and thank him for presenting the priorities of the Polish Chairmanship. We note the Chairperson's intention to launch a renewed dialogue on European security, although the timing and format of this initiative raise questions.", "", ""),
 lu("This week has seen an intensive series of contacts. On 10 January, Russian-American consultations took place in Geneva; yesterday, the Russia-NATO Council met in Brussels. Today it is the turn of the OSCE. We intend to set out our approaches here as well, because the principle of indivisible security was agreed upon precisely in this Organization.", "", ""),
 lu("Let me recall that in the Istanbul Charter of 1999 and the Astana Declaration of 2010 all of us undertook not to strengthen our security at the expense of the security of other States, and agreed that no State, group of States or organization can have any pre-eminent responsibility for maintaining peace and stability in the OSCE area. These commitments are being ignored.", "", ""),
 lu("The freedom to choose alliances, to which our Western partners constantly refer, cannot be interpreted in isolation. It is conditioned by the obligation not to strengthen one's security at the expense of others. NATO's so-called open-door policy is therefore not an absolute right, and it cannot be pursued to the detriment of Russia's security.", "nato-open-door", "rejects"),
 lu(O5, "written-legal-guarantees", "supports"),
 lu(O5, "nato-non-expansion", "supports"),
 lu(O5, "no-ukraine-membership", "supports"),
 lu(O6, "no-strike-weapons-near-borders", "supports"),
 lu(O6, "no-military-activity-ex-soviet", "supports"),
 lu("We propose to return to the situation as of 27 May 1997, when the Russia-NATO Founding Act was signed, as far as the deployment of forces and military infrastructure on the territory of the states that joined the Alliance afterwards is concerned.", "rollback-to-1997", "supports"),
 lu(O8, "limit-military-exercises", "supports"),
 lu(O8, "no-intermediate-range-missiles", "supports"),
 lu(O8, "resume-military-dialogue", "supports"),
 lu("We hear calls on Russia to \"de-escalate\" and to withdraw its troops from its own territory. Let me be clear: Russia moves troops on its own soil as it sees fit, and it will not accept instructions in this regard. It is NATO that has been building up its presence at our borders.", "russia-de-escalation", "rejects"),
 lu("Our proposals are not a menu from which one may choose a few convenient dishes. They are a package, and we expect a concrete written response, article by article. We do not intend to let this process be drawn out indefinitely.", "", ""),
 lu("We are facing a moment of truth. If our concerns continue to be ignored, we will be forced to draw the necessary conclusions and to take measures to ensure the strategic balance and to eliminate unacceptable threats to our national security.", "", ""),
 lu("Thank you, Mr. Chairperson. I request that this statement be attached to the journal of the meeting.", "", ""),
]

write_gold(L, "articles-297", "gold-297")
